/* sd-ageing-page.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-ageing-page"

#include "config.h"

#include "sd-ageing-page.h"

#include "sd-ageing.h"
#include "sd-lifetime-view.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

/*
 * What less collagen does: the brief's list, each with how the dermis causes it and where
 * that comes from. Where only a textbook statement stands behind a line, it says so.
 */
typedef struct
{
  const char *title;
  const char *text;
  const char *source;
} Consequence;

static const Consequence consequences[] = {
  {
    N_("Wrinkles"),
    N_("Collagen fibres are the dermis' scaffolding. With age fibroblasts make less of "
       "them and the fibres left are broken up, so the dermis thins and folds where the "
       "skin moves: first fine lines, then wrinkles."),
    N_("Source: fibroblasts from people over 80 made about a third less type I procollagen "
       "than those from people aged 18–29 (Varani et al., Am J Pathol 2006); fragmented "
       "collagen in aged skin (review, https://pmc.ncbi.nlm.nih.gov/articles/PMC2887041)."),
  },
  {
    N_("Tone and contours"),
    N_("A thick, dense dermis holds the skin taut over the fat and muscle beneath. As it "
       "thins, the skin holds less firmly and contours such as the jaw line look less "
       "defined."),
    N_("Source: only a textbook statement was found (and the brief); no study measured "
       "contour against collagen. Thinning with age: SCIENCE.md §1e (Meng 2022)."),
  },
  {
    N_("Elasticity"),
    N_("Collagen gives the dermis its strength, elastic fibres its spring; both age. Skin "
       "stretched or pinched returns more slowly."),
    N_("Source: the skin's torsional extensibility falls after 35 (Leveque et al., Int J "
       "Dermatol 1984, 150 people)."),
  },
  {
    N_("Repair"),
    N_("Cuts and burns heal by fibroblasts laying down new collagen. Older fibroblasts "
       "make less, on a weaker, fragmented matrix, so wounds heal more slowly."),
    N_("Source: textbook statement (poor wound healing with a thin, damaged dermis, Fisher "
       "et al. 2008, cited in a textbook chapter); no figure for the delay was found."),
  },
  {
    N_("Hydration"),
    N_("The dermis holds water in the gel between its collagen fibres (hyaluronic acid "
       "and other sugars). Less dermis holds less water, so the skin dries more easily."),
    N_("Source: textbook statement only; no study linking collagen loss to skin hydration "
       "was found."),
  },
};

struct _SdAgeingPage
{
  GtkWidget       parent_instance;

  SdTreatment    *treatment;
  SdSection      *section;
  GtkWidget      *scroller;
  SdLifetimeView *chart;
  GtkLabel       *compare_label;
  GtkAdjustment  *age_adjustment;
};

G_DEFINE_FINAL_TYPE (SdAgeingPage, sd_ageing_page, GTK_TYPE_WIDGET)

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static AdwComboRow *
make_combo (const char        *title,
            const char *const *items)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; items[i] != NULL; i++)
    gtk_string_list_append (model, items[i]);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  return row;
}

static void
update (SdAgeingPage *self)
{
  SdLifetimeParams params;
  SdCourseParams course;
  SdLifetimeYear young, now;
  g_autofree char *text = NULL;
  double age;

  sd_treatment_get_params (self->treatment, &course);
  sd_lifetime_params_init (&params);
  sd_lifetime_params_from_course (&params, &course);
  sd_lifetime_view_set_params (self->chart, &params);

  age = sd_lifetime_view_get_age (self->chart);
  if (!sd_lifetime_compute_year (&params, SD_COLLAGEN_PEAK_AGE, &young, NULL)
      || !sd_lifetime_compute_year (&params, age, &now, NULL))
    return;

  /* translators: compares the skin at 25 with the age shown; %s is the body site */
  text = g_strdup_printf (_("%s skin. At 25: dermis %.2f mm, epidermis %.0f µm. "
                            "At %.0f: dermis %.2f mm (%+.0f %%), epidermis %.0f µm, "
                            "collagen %.0f %% of that at 25 (typical range %.0f–%.0f %%)."),
                          _(sd_site_get_name (params.site)),
                          young.dermis_um / 1000.0, young.epidermis_um, age,
                          now.dermis_um / 1000.0,
                          100.0 * (now.dermis_um / young.dermis_um - 1.0), now.epidermis_um,
                          100.0 * now.collagen_rel, 100.0 * now.collagen_low,
                          100.0 * now.collagen_high);
  gtk_label_set_text (self->compare_label, text);
}

static void
on_chart_age_cb (SdAgeingPage *self)
{
  /* The picture shows the skin at the age on the chart */
  sd_section_set_age (self->section, sd_lifetime_view_get_age (self->chart));
  update (self);
}

static void
sd_ageing_page_dispose (GObject *object)
{
  SdAgeingPage *self = SD_AGEING_PAGE (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->treatment);
  g_clear_object (&self->section);
  g_clear_object (&self->age_adjustment);

  G_OBJECT_CLASS (sd_ageing_page_parent_class)->dispose (object);
}

static void
sd_ageing_page_class_init (SdAgeingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_ageing_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ageingpage");
}

static void
sd_ageing_page_init (SdAgeingPage *self)
{
  (void)self;
}

static void
build (SdAgeingPage *self)
{
  static const char *sexes[] = { N_("Female"), N_("Male"), NULL };
  static const char *uv[] = { NC_("UV exposure", "None"), NC_("UV exposure", "Low"),
                              NC_("UV exposure", "High"), NULL };
  static const char *alcohol[] = { NC_("alcohol", "None"), NC_("alcohol", "Moderate"),
                                   NC_("alcohol", "Heavy"), NULL };
  static const char *pollution[] = { NC_("air pollution", "Low"), NC_("air pollution", "High"),
                                     NULL };
  static const char *diet[] = { NC_("diet", "Good"), NC_("diet", "Poor"), NULL };
  const char *sexes_t[3], *uv_t[4], *alcohol_t[4], *pollution_t[3], *diet_t[3];
  GtkWidget *clamp, *box, *group, *row, *scale, *smoking;
  AdwComboRow *combo;

  for (guint i = 0; i < 2; i++)
    sexes_t[i] = _(sexes[i]);
  sexes_t[2] = NULL;
  for (guint i = 0; i < 3; i++)
    {
      uv_t[i] = g_dpgettext2 (NULL, "UV exposure", uv[i]);
      alcohol_t[i] = g_dpgettext2 (NULL, "alcohol", alcohol[i]);
    }
  uv_t[3] = alcohol_t[3] = NULL;
  for (guint i = 0; i < 2; i++)
    {
      pollution_t[i] = g_dpgettext2 (NULL, "air pollution", pollution[i]);
      diet_t[i] = g_dpgettext2 (NULL, "diet", diet[i]);
    }
  pollution_t[2] = diet_t[2] = NULL;

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 360);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);

  gtk_box_append (GTK_BOX (box),
                  make_label (_("From about the age of 25 the skin makes a little less "
                                "collagen every year; sun, smoking and other habits add to "
                                "the loss, and people differ (genetics). Move along the chart "
                                "to see the skin at that age."), NULL));

  /* The chart and its scrubber */
  self->chart = SD_LIFETIME_VIEW (sd_lifetime_view_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->chart), -1, 340);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->chart));

  self->age_adjustment = g_object_ref_sink (gtk_adjustment_new (40, SD_LIFETIME_FROM_AGE_DEFAULT,
                                                                SD_LIFETIME_TO_AGE_DEFAULT,
                                                                1, 10, 0));
  scale = gtk_scale_new (GTK_ORIENTATION_HORIZONTAL, self->age_adjustment);
  gtk_scale_set_draw_value (GTK_SCALE (scale), TRUE);
  gtk_scale_set_digits (GTK_SCALE (scale), 0);
  gtk_range_set_round_digits (GTK_RANGE (scale), 0);
  gtk_widget_set_name (scale, "ageing-age-scale");
  gtk_accessible_update_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Age shown, in years"), -1);
  gtk_box_append (GTK_BOX (box), scale);
  g_object_bind_property (self->age_adjustment, "value", self->chart, "age",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  self->compare_label = GTK_LABEL (make_label ("", NULL));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->chart),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->compare_label, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->compare_label));
  gtk_box_append (GTK_BOX (box), make_label (_(sd_lifetime_get_source ()), "dim-label"));
  gtk_widget_add_css_class (gtk_widget_get_last_child (box), "caption");
  gtk_box_append (GTK_BOX (box),
                  make_label (_("Microneedling adds collagen where it is used, for months, "
                                "but the decline with age goes on (see the Treatment page's "
                                "chart for one course)."), "dim-label"));
  gtk_widget_add_css_class (gtk_widget_get_last_child (box), "caption");

  /* The person: sex is the section's, the lifestyle the treatment's */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Person and Lifestyle"));
  gtk_box_append (GTK_BOX (box), group);
  combo = make_combo (_("_Sex"), sexes_t);
  gtk_widget_set_name (GTK_WIDGET (combo), "ageing-sex-row");
  g_object_bind_property (self->section, "sex", combo, "selected",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (combo));
  combo = make_combo (_("Sun (_UV) exposure"), uv_t);
  gtk_widget_set_name (GTK_WIDGET (combo), "ageing-uv-row");
  g_object_bind_property (self->treatment, "uv", combo, "selected",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (combo));
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("S_moking"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  smoking = gtk_switch_new ();
  gtk_widget_set_valign (smoking, GTK_ALIGN_CENTER);
  gtk_widget_set_name (smoking, "ageing-smoking-switch");
  gtk_accessible_update_property (GTK_ACCESSIBLE (smoking), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Smoking"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), smoking);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), smoking);
  g_object_bind_property (self->treatment, "smoking", smoking, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  combo = make_combo (_("_Alcohol"), alcohol_t);
  g_object_bind_property (self->treatment, "alcohol", combo, "selected",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (combo));
  combo = make_combo (_("Air _pollution"), pollution_t);
  g_object_bind_property (self->treatment, "pollution", combo, "selected",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (combo));
  combo = make_combo (_("_Diet"), diet_t);
  g_object_bind_property (self->treatment, "diet", combo, "selected",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (combo));

  /* What less collagen does */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("What Less Collagen Does"));
  gtk_box_append (GTK_BOX (box), group);
  for (guint i = 0; i < G_N_ELEMENTS (consequences); i++)
    {
      GtkWidget *expander = adw_expander_row_new ();
      GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *child = adw_preferences_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _(consequences[i].title));
      gtk_widget_set_margin_top (inner, 8);
      gtk_widget_set_margin_bottom (inner, 8);
      gtk_widget_set_margin_start (inner, 12);
      gtk_widget_set_margin_end (inner, 12);
      gtk_box_append (GTK_BOX (inner), make_label (_(consequences[i].text), NULL));
      gtk_box_append (GTK_BOX (inner), make_label (_(consequences[i].source), "dim-label"));
      gtk_widget_add_css_class (gtk_widget_get_last_child (inner), "caption");
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (child), inner);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (child), FALSE);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), child);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), expander);
    }

  /* The skin as an organ */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("The Skin as an Organ"));
  gtk_box_append (GTK_BOX (box), group);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             make_label (_("The skin is an organ made of two kinds of "
                                           "tissue: epithelial tissue (the epidermis) and "
                                           "connective tissue (the dermis and the "
                                           "hypodermis). It makes up about 15 % of body "
                                           "weight, as the brief says; textbooks give 12 % "
                                           "to one sixth (Marcos-Garcés et al., J Anat 2014, "
                                           "citing Kohl et al. 2011: one sixth, "
                                           "https://pmc.ncbi.nlm.nih.gov/articles/PMC4089350; "
                                           "a dermatology textbook chapter: about 12 %)."),
                                         NULL));

  g_signal_connect_object (self->chart, "notify::age", G_CALLBACK (on_chart_age_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->treatment, "changed", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->section, "notify::sex", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->section, "notify::site", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  update (self);
}

GtkWidget *
sd_ageing_page_new (SdTreatment *treatment)
{
  SdAgeingPage *self;

  g_return_val_if_fail (SD_IS_TREATMENT (treatment), NULL);

  self = g_object_new (SD_TYPE_AGEING_PAGE, NULL);
  self->treatment = g_object_ref (treatment);
  self->section = g_object_ref (sd_treatment_get_section (treatment));
  build (self);
  /* Start at the person's age (within the chart's span) */
  gtk_adjustment_set_value (self->age_adjustment,
                            CLAMP (round (sd_section_get_age (self->section)),
                                   SD_LIFETIME_FROM_AGE_DEFAULT, SD_LIFETIME_TO_AGE_DEFAULT));
  return GTK_WIDGET (self);
}

GtkWidget *
sd_ageing_page_get_chart (SdAgeingPage *self)
{
  g_return_val_if_fail (SD_IS_AGEING_PAGE (self), NULL);
  return GTK_WIDGET (self->chart);
}

GtkWidget *
sd_ageing_page_get_compare_label (SdAgeingPage *self)
{
  g_return_val_if_fail (SD_IS_AGEING_PAGE (self), NULL);
  return GTK_WIDGET (self->compare_label);
}
