/* sd-treatment-panel.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The side panel's "Treatment" page: the needle (device, length with presets, play
 * and compare), what it reaches in this skin (with the sources of the penetration
 * model and of the bleeding rule), the plan (sessions, interval, course length), and
 * the patient's age and lifestyle (each factor with its source; the ones no study
 * measured for collagen marked as assumptions). Every control is bound both ways to
 * SdSection or SdTreatment, so the models stay the single truth. Nothing here is saved:
 * it describes a person.
 */

#define G_LOG_DOMAIN "sd-treatment-panel"

#include "config.h"

#include "sd-treatment-panel.h"

#include "sd-concern-group.h"

#include "sd-course-label.h"
#include "sd-safety.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

const double sd_treatment_panel_presets[SD_TREATMENT_PANEL_N_PRESETS] = {
  0.25, 0.5, 1.0, 1.5, 2.0, 2.5,
};

struct _SdTreatmentPanel
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkWidget         *scroller;
  GtkBox            *content_box;
  GtkWidget         *concern_group;   /* for the current treatment, first in content_box */
  AdwComboRow       *device_row;
  GtkAdjustment     *length_adjustment;
  GtkSpinButton     *length_spin;
  GtkScale          *length_scale;
  GtkButton         *play_needle_button;
  GtkWidget         *presets_box;
  GtkToggleButton   *compare_button;
  AdwActionRow      *depth_row;
  GtkLabel          *depth_label;
  GtkLabel          *layer_label;
  AdwActionRow      *bleeding_row;
  GtkLabel          *bleeding_label;
  GtkLabel          *fraction_source_label;
  GtkLabel          *bleeding_source_label;
  GtkWidget         *caution_box;
  GtkLabel          *caution_label;
  GtkLabel          *site_range_label;
  GtkLabel          *downtime_label;
  GtkLabel          *side_effects_label;
  GtkLabel          *aftercare_label;
  GtkAdjustment     *sessions_adjustment;
  GtkAdjustment     *interval_adjustment;
  GtkAdjustment     *weeks_adjustment;
  GtkAdjustment     *age_adjustment;
  AdwComboRow       *uv_row;
  AdwActionRow      *smoking_row;
  GtkSwitch         *smoking_switch;
  AdwComboRow       *alcohol_row;
  AdwComboRow       *pollution_row;
  AdwComboRow       *diet_row;

  /* Owned references */
  SdTreatment       *treatment;
  GBindingGroup     *treatment_bindings;
  GBindingGroup     *section_bindings;
  GSignalGroup      *section_signals;
  GBindingGroup     *view_bindings;

  /* Borrowed references */
  GtkWidget         *section_view;
};

G_DEFINE_FINAL_TYPE (SdTreatmentPanel, sd_treatment_panel, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_TREATMENT,
  PROP_SECTION_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Auxiliary methods
 */

static SdSection *
get_section (SdTreatmentPanel *self)
{
  return self->treatment ? sd_treatment_get_section (self->treatment) : NULL;
}

static char *
format_mm (double um)
{
  /* translators: a depth in millimetres, e.g. "0.75 mm" */
  return g_strdup_printf (_("%.2f mm"), um / 1000.0);
}

/* A needle length as entered: "1.75 mm", "1.5 mm", "1.0 mm" */
static char *
format_length (double mm)
{
  g_autofree char *number = sd_format_length_mm (mm);

  /* translators: a needle length, e.g. "1.5 mm" or "1.75 mm"; %s is the number */
  return g_strdup_printf (_("%s mm"), number);
}

/* The row's source as tooltip and screen-reader description */
static void
set_row_source (GtkWidget  *row,
                const char *source)
{
  gtk_widget_set_tooltip_text (row, source);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  source, -1);
}

/* A lifestyle factor's row says where the size of its effect comes from: the
 * measurement, or, where no study measured it for collagen, that it is an
 * assumption (in the assumption colour; the reason in the tooltip). */
static void
describe_factor (AdwActionRow      *row,
                 SdLifestyleFactor  factor)
{
  const char *source = _(sd_lifestyle_get_source (factor));

  if (sd_lifestyle_is_assumed (factor))
    {
      /* translators: also the subtitle of a lifestyle factor (alcohol, air pollution,
       * diet) whose effect on collagen no study has measured; the model assumes one */
      adw_action_row_set_subtitle (row, _("Assumed, not measured"));
      gtk_widget_add_css_class (GTK_WIDGET (row), "sd-assumed-row");
    }
  else
    adw_action_row_set_subtitle (row, source);
  set_row_source (GTK_WIDGET (row), source);
}

/* "• fact" lines, then "Source (kind): citation" after each run that shares a source */
static char *
format_safety_topic (SdSafetyTopic topic)
{
  GString *out = g_string_new (NULL);
  guint n = 0;
  const SdSafetyItem *items = sd_safety_get_items (topic, &n);

  g_string_append_printf (out, "<b>%s</b>", _(sd_safety_topic_get_title (topic)));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_markup_escape_text (_(items[i].text), -1);

      g_string_append_printf (out, "\n• %s", text);
      if (i + 1 == n || strcmp (items[i].source, items[i + 1].source) != 0 ||
          items[i].evidence != items[i + 1].evidence)
        {
          g_autofree char *source = g_markup_escape_text (items[i].source, -1);
          /* translators: below a list of facts: the kind of evidence ("measured", "rule of
           * thumb"), then the citation */
          g_autofree char *line = g_strdup_printf (_("Source (%s): %s"),
                                                   _(sd_safety_evidence_get_name (items[i].evidence)),
                                                   source);
          g_string_append_printf (out, "\n<small>%s</small>", line);
        }
    }
  return g_string_free (out, FALSE);
}

/* The caution, downtime and the site's usual range for the needle the section shows */
static void
update_safety (SdTreatmentPanel *self,
               SdSection        *section)
{
  double length_mm = sd_section_get_length_mm (section);
  g_autofree char *range = sd_site_range_describe (sd_section_get_site (section));
  g_autofree char *length = format_length (length_mm);
  g_autofree char *downtime_text = NULL;
  g_autofree char *source = NULL;
  g_autoptr(GError) error = NULL;
  SdDowntime downtime;
  SdCaution caution;

  gtk_label_set_label (self->site_range_label, range);

  if (sd_safety_check_caution (sd_section_get_profile (section),
                               sd_section_get_device (section), length_mm, &caution, &error) &&
      caution.flags != SD_CAUTION_NONE)
    {
      g_autofree char *reason = sd_caution_describe (&caution);

      gtk_label_set_label (self->caution_label, reason);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->caution_box),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reason, -1);
      gtk_widget_set_visible (self->caution_box, TRUE);
    }
  else
    {
      if (error != NULL)
        g_warning ("Failed to check the needle's caution: %s", error->message);
      gtk_label_set_label (self->caution_label, "");
      gtk_widget_set_visible (self->caution_box, FALSE);
    }

  sd_safety_get_downtime (length_mm, &downtime);
  source = g_markup_escape_text (downtime.source, -1);
  /* translators: %s is a needle length ("1.5"), then a range of days; the last %s is a
   * citation */
  downtime_text = g_strdup_printf (_("<b>Downtime</b>\nRedness and swelling for about %u to %u "
                                     "days after a session with a %s mm needle.\n"
                                     "<small>Source (%s): %s</small>"),
                                   downtime.min_days, downtime.max_days, length,
                                   _(sd_safety_evidence_get_name (downtime.evidence)), source);
  gtk_label_set_markup (self->downtime_label, downtime_text);
}

static void
update_needle (SdTreatmentPanel *self)
{
  SdSection *section = get_section (self);
  const SdNeedleResult *needle;
  g_autofree char *depth = NULL;
  g_autofree char *nominal = NULL;
  g_autofree char *text = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "panel.set-length", section != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "panel.play-needle",
                                 section != NULL && self->section_view != NULL);

  if (section == NULL)
    return;

  needle = sd_section_get_needle (section);
  depth = format_mm (needle->effective_um);
  nominal = format_length (needle->nominal_um / 1000.0);
  /* translators: "about 0.75 mm", the depth the needle tips reach */
  text = g_strdup_printf (_("About %s"), depth);
  gtk_label_set_label (self->depth_label, text);
  {
    /* translators: "50 % of the 1.5 mm needle enters the skin (assumed)"; keep "%%" */
    g_autofree char *share = g_strdup_printf (_("%.0f %% of the %s needle (assumed)"),
                                              needle->fraction * 100, nominal);

    adw_action_row_set_subtitle (self->depth_row, share);
  }
  gtk_label_set_label (self->layer_label, _(sd_layer_get_name (needle->deepest_layer)));
  gtk_label_set_label (self->bleeding_label, _(sd_bleeding_get_name (needle->bleeding_level)));
  gtk_label_set_label (self->fraction_source_label,
                       _(sd_device_get_fraction_source (sd_section_get_device (section))));
  update_safety (self, section);
}

static GtkStringList *
create_device_model (void)
{
  GtkStringList *model = gtk_string_list_new (NULL);

  for (guint device = 0; device < SD_N_DEVICES; device++)
    gtk_string_list_append (model, _(sd_device_get_name (device)));

  return model;
}

/*
 * Signal callbacks
 */

static void
on_section_changed_cb (SdTreatmentPanel *self,
                       SdSection        *section)
{
  g_assert (SD_IS_TREATMENT_PANEL (self));

  update_needle (self);
}

/* The spin button writes the length as entered too ("1.5", not "1.50") */
static gboolean
on_length_spin_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text =
    sd_format_length_mm (gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin)));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

/*
 * Actions
 */

static void
sd_treatment_panel_set_length_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  SdTreatmentPanel *self = SD_TREATMENT_PANEL (widget);
  SdSection *section = get_section (self);

  if (section != NULL)
    sd_section_set_length_mm (section, g_variant_get_double (parameter));
}

static void
sd_treatment_panel_play_needle_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  SdTreatmentPanel *self = SD_TREATMENT_PANEL (widget);
  GtkWidget *flap = gtk_widget_get_ancestor (widget, ADW_TYPE_FLAP);

  /* In a narrow window the panel lies over the picture: out of the way, so that the
   * needle is seen */
  if (flap != NULL && adw_flap_get_folded (ADW_FLAP (flap)))
    adw_flap_set_reveal_flap (ADW_FLAP (flap), FALSE);
  if (self->section_view != NULL)
    gtk_widget_activate_action (self->section_view, "section.play-needle", NULL);
}

/*
 * GObject overrides
 */

static void
sd_treatment_panel_dispose (GObject *object)
{
  SdTreatmentPanel *self = (SdTreatmentPanel *)object;

  if (self->treatment_bindings)
    g_binding_group_set_source (self->treatment_bindings, NULL);
  if (self->section_bindings)
    g_binding_group_set_source (self->section_bindings, NULL);
  if (self->section_signals)
    g_signal_group_set_target (self->section_signals, NULL);
  if (self->view_bindings)
    g_binding_group_set_source (self->view_bindings, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_TREATMENT_PANEL);

  g_clear_object (&self->treatment_bindings);
  g_clear_object (&self->section_bindings);
  g_clear_object (&self->section_signals);
  g_clear_object (&self->view_bindings);
  g_clear_object (&self->treatment);
  g_clear_weak_pointer (&self->section_view);

  G_OBJECT_CLASS (sd_treatment_panel_parent_class)->dispose (object);
}

static void
sd_treatment_panel_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SdTreatmentPanel *self = SD_TREATMENT_PANEL (object);

  switch (prop_id)
    {
    case PROP_TREATMENT:
      g_value_set_object (value, self->treatment);
      break;

    case PROP_SECTION_VIEW:
      g_value_set_object (value, self->section_view);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_treatment_panel_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SdTreatmentPanel *self = SD_TREATMENT_PANEL (object);

  switch (prop_id)
    {
    case PROP_TREATMENT:
      sd_treatment_panel_set_treatment (self, g_value_get_object (value));
      break;

    case PROP_SECTION_VIEW:
      sd_treatment_panel_set_section_view (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_treatment_panel_class_init (SdTreatmentPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_treatment_panel_dispose;
  object_class->get_property = sd_treatment_panel_get_property;
  object_class->set_property = sd_treatment_panel_set_property;

  /**
   * SdTreatmentPanel:treatment:
   *
   * The treatment (and through it the section) the controls edit.
   */
  properties[PROP_TREATMENT] =
    g_param_spec_object ("treatment", NULL, NULL, SD_TYPE_TREATMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SdTreatmentPanel:section-view:
   *
   * The picture whose needle "Play Needle" and "Compare Lengths" drive (borrowed).
   */
  properties[PROP_SECTION_VIEW] =
    g_param_spec_object ("section-view", NULL, NULL, GTK_TYPE_WIDGET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/sd-treatment-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, content_box);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, device_row);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, length_adjustment);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, length_spin);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, length_scale);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, play_needle_button);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, presets_box);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, compare_button);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, depth_row);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, depth_label);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, layer_label);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, bleeding_row);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, bleeding_label);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, fraction_source_label);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, bleeding_source_label);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, caution_box);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, caution_label);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, site_range_label);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, downtime_label);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, side_effects_label);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, aftercare_label);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, sessions_adjustment);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, interval_adjustment);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, weeks_adjustment);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, age_adjustment);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, uv_row);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, smoking_row);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, smoking_switch);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, alcohol_row);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, pollution_row);
  gtk_widget_class_bind_template_child (widget_class, SdTreatmentPanel, diet_row);

  gtk_widget_class_bind_template_callback (widget_class, on_length_spin_output_cb);

  gtk_widget_class_install_action (widget_class, "panel.set-length", "d",
                                   sd_treatment_panel_set_length_action);
  gtk_widget_class_install_action (widget_class, "panel.play-needle", NULL,
                                   sd_treatment_panel_play_needle_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "treatmentpanel");
}

static void
sd_treatment_panel_init (SdTreatmentPanel *self)
{
  g_autoptr(GtkStringList) devices = create_device_model ();

  gtk_widget_init_template (GTK_WIDGET (self));

  {
    g_autofree char *side_effects = format_safety_topic (SD_SAFETY_SIDE_EFFECTS);
    g_autofree char *aftercare = format_safety_topic (SD_SAFETY_AFTERCARE);

    gtk_label_set_markup (self->side_effects_label, side_effects);
    gtk_label_set_markup (self->aftercare_label, aftercare);
  }

  /* The two buttons share a row: longer translations wrap onto a second line
   * instead of widening the side panel. */
  {
    GtkButton *buttons[] = { self->play_needle_button, GTK_BUTTON (self->compare_button) };

    for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
      {
        GtkWidget *label = gtk_button_get_child (buttons[i]);

        if (GTK_IS_LABEL (label))
          {
            gtk_label_set_wrap (GTK_LABEL (label), TRUE);
            gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
          }
      }
  }

  /* Preset buttons are labelled from their action targets as entered, in the
   * user's number format ("0,25" in German), and spoken with their unit */
  for (GtkWidget *button = gtk_widget_get_first_child (self->presets_box);
       button != NULL;
       button = gtk_widget_get_next_sibling (button))
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
      g_autofree char *text = NULL;
      g_autofree char *spoken = NULL;
      double mm;

      if (target == NULL || !g_variant_is_of_type (target, G_VARIANT_TYPE_DOUBLE))
        continue;
      mm = g_variant_get_double (target);
      text = sd_format_length_mm (mm);
      spoken = format_length (mm);
      gtk_button_set_label (GTK_BUTTON (button), text);
      gtk_widget_set_tooltip_text (button, spoken);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      spoken, -1);
    }

  adw_combo_row_set_model (self->device_row, G_LIST_MODEL (devices));

  /* Where the bleeding rule comes from: below the group, as the penetration's
   * source is, and on the row itself for the pointer and screen readers */
  gtk_label_set_label (self->bleeding_source_label, _(sd_bleeding_get_source ()));
  set_row_source (GTK_WIDGET (self->bleeding_row), _(sd_bleeding_get_source ()));

  describe_factor (ADW_ACTION_ROW (self->uv_row), SD_FACTOR_UV);
  describe_factor (self->smoking_row, SD_FACTOR_SMOKING);
  describe_factor (ADW_ACTION_ROW (self->alcohol_row), SD_FACTOR_ALCOHOL);
  describe_factor (ADW_ACTION_ROW (self->pollution_row), SD_FACTOR_POLLUTION);
  describe_factor (ADW_ACTION_ROW (self->diet_row), SD_FACTOR_DIET);

  for (guint i = 0; i < SD_TREATMENT_PANEL_N_PRESETS; i++)
    gtk_scale_add_mark (self->length_scale, sd_treatment_panel_presets[i], GTK_POS_BOTTOM, NULL);

  /* Controls ↔ models. The models clamp and validate; the controls follow. */
  self->treatment_bindings = g_binding_group_new ();
  g_binding_group_bind (self->treatment_bindings, "sessions",
                        self->sessions_adjustment, "value",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->treatment_bindings, "interval-weeks",
                        self->interval_adjustment, "value",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->treatment_bindings, "weeks",
                        self->weeks_adjustment, "value",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->treatment_bindings, "uv", self->uv_row, "selected",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->treatment_bindings, "smoking", self->smoking_switch, "active",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->treatment_bindings, "alcohol", self->alcohol_row, "selected",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->treatment_bindings, "pollution", self->pollution_row, "selected",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->treatment_bindings, "diet", self->diet_row, "selected",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  self->section_bindings = g_binding_group_new ();
  g_binding_group_bind (self->section_bindings, "device", self->device_row, "selected",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->section_bindings, "length-mm", self->length_adjustment, "value",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->section_bindings, "age", self->age_adjustment, "value",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  self->section_signals = g_signal_group_new (SD_TYPE_SECTION);
  g_signal_group_connect_object (self->section_signals, "changed",
                                 G_CALLBACK (on_section_changed_cb), self, G_CONNECT_SWAPPED);

  self->view_bindings = g_binding_group_new ();
  g_binding_group_bind (self->view_bindings, "comparison", self->compare_button, "active",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  update_needle (self);
}

/*
 * Public API
 */

GtkWidget *
sd_treatment_panel_new (void)
{
  return g_object_new (SD_TYPE_TREATMENT_PANEL, NULL);
}

SdTreatment *
sd_treatment_panel_get_treatment (SdTreatmentPanel *self)
{
  g_return_val_if_fail (SD_IS_TREATMENT_PANEL (self), NULL);

  return self->treatment;
}

void
sd_treatment_panel_set_treatment (SdTreatmentPanel *self,
                                  SdTreatment      *treatment)
{
  g_return_if_fail (SD_IS_TREATMENT_PANEL (self));
  g_return_if_fail (treatment == NULL || SD_IS_TREATMENT (treatment));

  if (!g_set_object (&self->treatment, treatment))
    return;

  g_binding_group_set_source (self->treatment_bindings, treatment);
  g_binding_group_set_source (self->section_bindings, get_section (self));
  if (self->concern_group != NULL)
    gtk_box_remove (self->content_box, g_steal_pointer (&self->concern_group));
  if (treatment != NULL)
    {
      self->concern_group = sd_concern_group_new (treatment);
      gtk_box_prepend (self->content_box, self->concern_group);
    }
  g_signal_group_set_target (self->section_signals, get_section (self));
  update_needle (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TREATMENT]);
}

GtkWidget *
sd_treatment_panel_get_section_view (SdTreatmentPanel *self)
{
  g_return_val_if_fail (SD_IS_TREATMENT_PANEL (self), NULL);

  return self->section_view;
}

void
sd_treatment_panel_set_section_view (SdTreatmentPanel *self,
                                     GtkWidget        *section_view)
{
  g_return_if_fail (SD_IS_TREATMENT_PANEL (self));
  g_return_if_fail (section_view == NULL || GTK_IS_WIDGET (section_view));

  if (self->section_view == section_view)
    return;

  /* Borrowed (weakly): the window owns the picture. */
  g_set_weak_pointer (&self->section_view, section_view);
  g_binding_group_set_source (self->view_bindings, section_view);
  update_needle (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION_VIEW]);
}
