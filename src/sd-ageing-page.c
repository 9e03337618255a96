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
#include "sd-painter.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

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
  GtkLabel       *course_label;
  GtkWidget      *pair_area;       /* the skin at two ages, side by side */
  GtkAdjustment  *age_adjustment;
  GtkAdjustment  *pair_adjustment; /* the other age of the pair (default 25) */
  SdPainter      *painter;

  /* The course drawn over the lifetime, for the plan it was computed from */
  SdCourseParams  course_for;
  gboolean        course_valid;
  double          course_ratio[SD_LIFETIME_COURSE_YEARS_MAX + 1];
  double          course_low[SD_LIFETIME_COURSE_YEARS_MAX + 1];
  double          course_high[SD_LIFETIME_COURSE_YEARS_MAX + 1];
  guint           course_years;
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

#define COURSE_YEARS 10

/* One course of the plan at the age shown, on the chart and in words. */
static void
update_course (SdAgeingPage         *self,
               const SdCourseParams *plan)
{
  g_autofree char *text = NULL;
  SdCourseParams course = *plan;
  double age = round (sd_lifetime_view_get_age (self->chart));
  guint years = (guint)MIN (COURSE_YEARS, SD_LIFETIME_TO_AGE_DEFAULT - age);

  course.age_years = CLAMP (age, SD_AGE_MIN, SD_AGE_MAX);
  if (course.sessions < 1 || years < 1)
    {
      self->course_valid = FALSE;
      sd_lifetime_view_set_course (self->chart, NAN, 0, NULL, NULL, NULL);
      gtk_label_set_text (self->course_label,
                          _("Microneedling adds collagen where it is used, for months to "
                            "years, but the decline with age goes on. Plan sessions on the "
                            "Treatment page to see one course on this chart."));
      return;
    }

  /* The course runs ten years of days three times over: only when the plan changed */
  if (!self->course_valid || years != self->course_years
      || memcmp (&course, &self->course_for, sizeof course) != 0)
    {
      g_autoptr(GError) error = NULL;

      self->course_valid = sd_lifetime_course_effect (&course, years, self->course_ratio,
                                                      self->course_low, self->course_high,
                                                      &error);
      if (!self->course_valid)
        g_warning ("The course over the lifetime: %s", error->message);
      self->course_for = course;
      self->course_years = years;
    }
  if (!self->course_valid)
    {
      sd_lifetime_view_set_course (self->chart, NAN, 0, NULL, NULL, NULL);
      gtk_label_set_text (self->course_label, "");
      return;
    }
  sd_lifetime_view_set_course (self->chart, age, years, self->course_ratio, self->course_low,
                               self->course_high);

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* translators: one course over the lifetime; the
                                        * percentages are collagen against the same skin
                                        * untreated (typical range in brackets) */
                                       "One course of %u session at %.0f: after a year "
                                       "%+.0f %% collagen against the same skin untreated "
                                       "(typical range %+.0f to %+.0f %%); after %u years "
                                       "%+.0f %% (%+.0f to %+.0f %%). The decline with age "
                                       "goes on: microneedling adds collagen, it does not "
                                       "stop its loss.",
                                       "One course of %u sessions at %.0f: after a year "
                                       "%+.0f %% collagen against the same skin untreated "
                                       "(typical range %+.0f to %+.0f %%); after %u years "
                                       "%+.0f %% (%+.0f to %+.0f %%). The decline with age "
                                       "goes on: microneedling adds collagen, it does not "
                                       "stop its loss.", course.sessions),
                          course.sessions, age,
                          100.0 * (self->course_ratio[1] - 1.0),
                          100.0 * (self->course_low[1] - 1.0),
                          100.0 * (self->course_high[1] - 1.0), years,
                          100.0 * (self->course_ratio[years] - 1.0),
                          100.0 * (self->course_low[years] - 1.0),
                          100.0 * (self->course_high[years] - 1.0));
  gtk_label_set_text (self->course_label, text);
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
  update_course (self, &course);
  gtk_widget_queue_draw (self->pair_area);
}

/* The skin at two ages side by side, to the same scale: the other age of the pair on
 * the left, the age on the chart on the right. */
static void
draw_pair (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  sd_ageing_page_paint_pair (SD_AGEING_PAGE (user_data), cr, width, height);
}

void
sd_ageing_page_paint_pair (SdAgeingPage *self,
                           cairo_t      *cr,
                           int           width,
                           int           height)
{
  GtkWidget *area = self->pair_area;
  GtkStyleContext *style = gtk_widget_get_style_context (area);
  const PangoFontDescription *font =
    pango_context_get_font_description (gtk_widget_get_pango_context (area));
  SdSite site = sd_section_get_site (self->section);
  SdSex sex = sd_section_get_sex (self->section);
  double ages[2] = { gtk_adjustment_get_value (self->pair_adjustment),
                     round (sd_lifetime_view_get_age (self->chart)) };
  SdSkinProfile profiles[2];
  SdPaintOptions options;
  double col_w = (width - 12) / 2.0, label_h, pic_h, px_per_um = G_MAXDOUBLE;
  GdkRGBA fg;
  int th;

  gtk_style_context_get_color (style, &fg);
  for (guint i = 0; i < 2; i++)
    if (!sd_skin_profile_compute (site, ages[i], sex, &profiles[i], NULL))
      return;

  {
    PangoLayout *layout = pango_cairo_create_layout (cr);

    pango_layout_set_font_description (layout, font);
    pango_layout_set_text (layout, "Ag", -1);
    pango_layout_get_pixel_size (layout, NULL, &th);
    g_object_unref (layout);
  }
  label_h = th + 6;
  pic_h = height - label_h;
  if (col_w < 40 || pic_h < 40)
    return;

  sd_paint_options_init (&options);
  options.show_labels = FALSE;
  options.show_ruler = FALSE;
  options.show_scale_bar = FALSE;
  {
    GdkRGBA bg;

    if (!gtk_style_context_lookup_color (style, "window_bg_color", &bg))
      bg = (GdkRGBA) { 1, 1, 1, 1 };
    options.foreground = (SdPaintColor) { fg.red, fg.green, fg.blue, fg.alpha };
    options.background = (SdPaintColor) { bg.red, bg.green, bg.blue, bg.alpha };
  }
  /* One scale for both: the one that fits the thicker skin */
  for (guint i = 0; i < 2; i++)
    px_per_um = MIN (px_per_um, sd_paint_px_per_um (&profiles[i], &options, col_w, pic_h));

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *label = NULL;
      PangoLayout *layout;
      int lw;

      options.zoom = 1.0;
      options.zoom = px_per_um / sd_paint_px_per_um (&profiles[i], &options, col_w, pic_h);
      cairo_save (cr);
      cairo_translate (cr, i * (col_w + 12), label_h);
      cairo_rectangle (cr, 0, 0, col_w, pic_h);
      cairo_clip (cr);
      sd_painter_paint (self->painter, cr, &profiles[i], &options, col_w, pic_h);
      cairo_restore (cr);

      /* translators: above the skin at one age in the side-by-side pictures */
      label = g_strdup_printf (_("At %.0f"), ages[i]);
      layout = pango_cairo_create_layout (cr);
      pango_layout_set_font_description (layout, font);
      pango_layout_set_text (layout, label, -1);
      pango_layout_get_pixel_size (layout, &lw, NULL);
      gdk_cairo_set_source_rgba (cr, &fg);
      cairo_move_to (cr, i * (col_w + 12) + (col_w - lw) / 2.0, 0);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
    }
}

static void
update_pair_description (SdAgeingPage *self)
{
  g_autofree char *text = NULL;
  SdSkinProfile a, b;
  double ages[2] = { gtk_adjustment_get_value (self->pair_adjustment),
                     round (sd_lifetime_view_get_age (self->chart)) };

  if (!sd_skin_profile_compute (sd_section_get_site (self->section), ages[0],
                                sd_section_get_sex (self->section), &a, NULL)
      || !sd_skin_profile_compute (sd_section_get_site (self->section), ages[1],
                                   sd_section_get_sex (self->section), &b, NULL))
    return;
  /* translators: the side-by-side pictures for screen readers */
  text = g_strdup_printf (_("The skin at %.0f and at %.0f, to the same scale: dermis %.2f mm "
                            "and %.2f mm, epidermis %.0f µm and %.0f µm."),
                          ages[0], ages[1], sd_skin_profile_dermis_um (&a) / 1000.0,
                          sd_skin_profile_dermis_um (&b) / 1000.0,
                          sd_skin_profile_epidermis_um (&a),
                          sd_skin_profile_epidermis_um (&b));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pair_area),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  gtk_widget_queue_draw (self->pair_area);
}

static void
on_chart_age_cb (SdAgeingPage *self)
{
  /* The picture shows the skin at the age on the chart */
  sd_section_set_age (self->section, sd_lifetime_view_get_age (self->chart));
  update (self);
  update_pair_description (self);
}

static void
sd_ageing_page_dispose (GObject *object)
{
  SdAgeingPage *self = SD_AGEING_PAGE (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->treatment);
  g_clear_object (&self->section);
  g_clear_object (&self->age_adjustment);
  g_clear_object (&self->pair_adjustment);
  g_clear_pointer (&self->painter, sd_painter_free);

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
  self->course_label = GTK_LABEL (make_label ("", NULL));
  gtk_widget_set_name (GTK_WIDGET (self->course_label), "ageing-course-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->course_label));

  /* Two ages side by side */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Side by Side"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The same site at two ages, to the same scale: "
                                           "the age on the chart on the right."));
  gtk_box_append (GTK_BOX (box), group);
  {
    GtkWidget *spin;

    self->pair_adjustment = g_object_ref_sink (gtk_adjustment_new (SD_COLLAGEN_PEAK_AGE,
                                                                   SD_LIFETIME_FROM_AGE_DEFAULT,
                                                                   SD_LIFETIME_TO_AGE_DEFAULT,
                                                                   1, 10, 0));
    row = adw_action_row_new ();
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Compare _with age"));
    adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
    spin = gtk_spin_button_new (self->pair_adjustment, 1, 0);
    gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
    gtk_widget_set_name (spin, "ageing-pair-spin");
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
    adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    g_signal_connect_object (self->pair_adjustment, "value-changed",
                             G_CALLBACK (update_pair_description), self, G_CONNECT_SWAPPED);
  }
  self->painter = sd_painter_new ();
  self->pair_area = gtk_drawing_area_new ();
  gtk_widget_set_name (self->pair_area, "ageing-pair");
  gtk_widget_set_size_request (self->pair_area, -1, 260);
  gtk_widget_set_margin_top (self->pair_area, 12);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->pair_area), draw_pair, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pair_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The skin at two ages, side by side"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->pair_area);

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
  /* named by its row (an explicit label as well was read twice: "Smoking Smoking") */
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
  g_signal_connect_object (self->section, "notify::site", G_CALLBACK (update_pair_description),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->section, "notify::sex", G_CALLBACK (update_pair_description),
                           self, G_CONNECT_SWAPPED);
  update (self);
  update_pair_description (self);
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
sd_ageing_page_get_course_label (SdAgeingPage *self)
{
  g_return_val_if_fail (SD_IS_AGEING_PAGE (self), NULL);
  return GTK_WIDGET (self->course_label);
}

GtkAdjustment *
sd_ageing_page_get_pair_adjustment (SdAgeingPage *self)
{
  g_return_val_if_fail (SD_IS_AGEING_PAGE (self), NULL);
  return self->pair_adjustment;
}

GtkWidget *
sd_ageing_page_get_compare_label (SdAgeingPage *self)
{
  g_return_val_if_fail (SD_IS_AGEING_PAGE (self), NULL);
  return GTK_WIDGET (self->compare_label);
}
