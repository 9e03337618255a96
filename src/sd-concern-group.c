/* sd-concern-group.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-concern-group"

#include "config.h"

#include "sd-concern-group.h"

#include "sd-concerns.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

struct _SdConcernGroup
{
  GtkWidget     parent_instance;

  SdTreatment  *treatment;
  GtkWidget    *group;
  AdwComboRow  *row;
  GtkLabel     *details;
  GtkLabel     *sources;
  GtkWidget    *use_button;
};

G_DEFINE_FINAL_TYPE (SdConcernGroup, sd_concern_group, GTK_TYPE_WIDGET)

static char *
format_range (double low,
              double high,
              const char *unit)
{
  /* translators: a range such as "1.5–2.5 mm"; %s is the unit */
  return g_strdup_printf (C_("range", "%g–%g %s"), low, high, unit);
}

static void
update_details (SdConcernGroup *self)
{
  const SdConcern *c = sd_concern_get (sd_concern_group_get_selected (self));
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) sources = g_string_new (NULL);
  g_autofree char *markup_evidence = NULL;

  g_string_append_printf (text, "<b>%s</b>\n", _(sd_evidence_get_name (c->evidence)));
  markup_evidence = g_markup_escape_text (_(c->evidence_note), -1);
  g_string_append_printf (text, "%s\n", markup_evidence);

  g_string_append (text, _("Usual sites:"));
  for (guint s = 0; s < c->n_sites; s++)
    g_string_append_printf (text, "%s%s", s > 0 ? ", " : " ", _(sd_site_get_name (c->sites[s])));
  g_string_append_c (text, '\n');

  if (c->has_protocol)
    {
      g_autofree char *length = format_range (c->length_mm[0], c->length_mm[1], "mm");
      g_autofree char *interval = format_range (c->interval_weeks[0], c->interval_weeks[1],
                                                _("weeks"));
      g_autofree char *line = NULL;

      /* translators: "Needle 1.5–2.5 mm; 3 to 6 sessions, 2–4 weeks apart" */
      line = g_strdup_printf (_("Needle %s; %u to %u sessions, %s apart"), length,
                              c->sessions[0], c->sessions[1], interval);
      g_string_append_printf (text, "%s\n", line);
    }
  else
    {
      g_string_append_printf (text, "%s\n", _("No needle length or protocol was found."));
    }
  {
    g_autofree char *found = g_markup_escape_text (_(c->findings), -1);
    /* translators: what studies found, as a range */
    g_string_append_printf (text, "%s %s", _("Found:"), found);
  }
  gtk_label_set_markup (self->details, text->str);

  {
    g_autofree char *protocol = g_markup_escape_text (_(c->protocol_source), -1);

    g_string_append_printf (sources, "%s", protocol);
  }
  for (guint s = 0; c->sources[s] != NULL; s++)
    {
      g_autofree char *escaped = g_markup_escape_text (c->sources[s], -1);

      g_string_append_printf (sources, "\n• %s", escaped);
    }
  gtk_label_set_markup (self->sources, sources->str);

  gtk_widget_set_sensitive (self->use_button, c->has_protocol);
  gtk_widget_set_tooltip_text (self->use_button,
                               c->has_protocol ? _("Set the site, device, needle length and "
                                                   "plan to a published protocol")
                                               : _("No published protocol was found"));
}

static void
use_plan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SdConcernGroup *self = SD_CONCERN_GROUP (widget);
  const SdConcern *c = sd_concern_get (sd_concern_group_get_selected (self));
  SdSection *section = sd_treatment_get_section (self->treatment);
  guint weeks;

  (void)action_name;
  (void)parameter;
  if (!c->has_protocol)
    return;

  sd_section_set_site (section, c->plan_site);
  sd_section_set_device (section, c->plan_device);
  sd_section_set_length_mm (section, c->plan_length_mm);
  sd_treatment_set_sessions (self->treatment, c->plan_sessions);
  sd_treatment_set_interval_weeks (self->treatment, c->plan_interval_weeks);
  /* Long enough to see the last session's remodelling (12 weeks after it) */
  weeks = (guint)ceil (c->plan_sessions * c->plan_interval_weeks) + 12;
  if (sd_treatment_get_weeks (self->treatment) < weeks)
    sd_treatment_set_weeks (self->treatment, weeks);
}

static void
sd_concern_group_dispose (GObject *object)
{
  SdConcernGroup *self = SD_CONCERN_GROUP (object);

  g_clear_pointer (&self->group, gtk_widget_unparent);
  g_clear_object (&self->treatment);

  G_OBJECT_CLASS (sd_concern_group_parent_class)->dispose (object);
}

static void
sd_concern_group_class_init (SdConcernGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_concern_group_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "concern.use-plan", NULL, use_plan_action);
}

static GtkLabel *
make_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return GTK_LABEL (label);
}

static void
sd_concern_group_init (SdConcernGroup *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  GtkWidget *inner, *details_row;

  for (guint i = 0; i < sd_concern_get_n (); i++)
    gtk_string_list_append (model, _(sd_concern_get (i)->name));

  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), _("Concern"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
                                         _("What microneedling is used for, and what "
                                           "published studies used and found"));
  gtk_widget_set_parent (self->group, GTK_WIDGET (self));

  self->row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row), _("C_oncern"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->row), TRUE);
  adw_combo_row_set_model (self->row, G_LIST_MODEL (model));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), GTK_WIDGET (self->row));

  details_row = adw_preferences_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (details_row), FALSE);
  inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_margin_top (inner, 10);
  gtk_widget_set_margin_bottom (inner, 10);
  gtk_widget_set_margin_start (inner, 12);
  gtk_widget_set_margin_end (inner, 12);
  self->details = make_label (NULL);
  self->sources = make_label ("dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->sources), "caption");
  gtk_label_set_wrap_mode (self->sources, PANGO_WRAP_WORD_CHAR);
  /* no mnemonic: GTK 4.8 would read its underscore to screen readers */
  self->use_button = gtk_button_new_with_label (_("Use This Plan"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->use_button), "concern.use-plan");
  gtk_widget_set_halign (self->use_button, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->use_button, "pill");
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (self->details));
  gtk_box_append (GTK_BOX (inner), self->use_button);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (details_row), inner);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), details_row);
  {
    /* The citations behind the lines above, in a row of their own that opens: they are
     * long, and the needle's controls come after this group */
    GtkWidget *expander = adw_expander_row_new ();
    GtkWidget *sources_row = adw_preferences_row_new ();

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Sources"));
    gtk_widget_set_margin_top (GTK_WIDGET (self->sources), 8);
    gtk_widget_set_margin_bottom (GTK_WIDGET (self->sources), 8);
    gtk_widget_set_margin_start (GTK_WIDGET (self->sources), 12);
    gtk_widget_set_margin_end (GTK_WIDGET (self->sources), 12);
    gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (sources_row), GTK_WIDGET (self->sources));
    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (sources_row), FALSE);
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), sources_row);
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), expander);
  }

  g_signal_connect_object (self->row, "notify::selected", G_CALLBACK (update_details), self,
                           G_CONNECT_SWAPPED);
  update_details (self);
}

GtkWidget *
sd_concern_group_new (SdTreatment *treatment)
{
  SdConcernGroup *self;

  g_return_val_if_fail (SD_IS_TREATMENT (treatment), NULL);

  self = g_object_new (SD_TYPE_CONCERN_GROUP, NULL);
  self->treatment = g_object_ref (treatment);
  return GTK_WIDGET (self);
}

guint
sd_concern_group_get_selected (SdConcernGroup *self)
{
  guint selected;

  g_return_val_if_fail (SD_IS_CONCERN_GROUP (self), 0);
  selected = adw_combo_row_get_selected (self->row);
  return selected < sd_concern_get_n () ? selected : 0;
}

void
sd_concern_group_set_selected (SdConcernGroup *self,
                               guint           index)
{
  g_return_if_fail (SD_IS_CONCERN_GROUP (self));
  g_return_if_fail (index < sd_concern_get_n ());
  adw_combo_row_set_selected (self->row, index);
}

GtkWidget *
sd_concern_group_get_details (SdConcernGroup *self)
{
  g_return_val_if_fail (SD_IS_CONCERN_GROUP (self), NULL);
  return GTK_WIDGET (self->details);
}

GtkWidget *
sd_concern_group_get_use_button (SdConcernGroup *self)
{
  g_return_val_if_fail (SD_IS_CONCERN_GROUP (self), NULL);
  return self->use_button;
}
