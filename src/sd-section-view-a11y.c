/* sd-section-view-a11y.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What assistive technologies hear about the section view: the accessible label,
 * the live description (the section, the needle as it goes in, the course day,
 * the comparison, the selected layer) and the layer tooltip.
 */

#define G_LOG_DOMAIN "sd-section-view-a11y"

#include "config.h"

#include "sd-section-view-private.h"
#include "sd-course-label.h"

#include <glib/gi18n.h>
#include <math.h>

/*
 * Auxiliary methods
 */

/* A layer's name as written inside a spoken sentence ("the papillary dermis") */
static char *
layer_name_in_sentence (SdLayerId id)
{
  return sd_name_in_sentence (_(sd_layer_get_name (id)));
}

static char *
describe_layer (const SdLayer *layer)
{
  g_autofree char *name = layer_name_in_sentence (layer->id);

  /* translators: "Stratum spinosum, 20 to 45 µm deep" */
  return g_strdup_printf (_("%s, %.0f to %.0f µm deep"), name,
                          layer->top_um, layer->bottom_um);
}

/* The layer the needle tip is in, -1 above the skin or without a needle */
static int
needle_tip_layer (SdSectionView *self)
{
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);
  const SdNeedleResult *needle = self->section ? sd_section_get_needle (self->section) : NULL;
  double tip;

  if (profile == NULL || needle == NULL || !self->show_needle)
    return -1;
  tip = sd_paint_needle_tip_um (needle, self->needle_progress);
  if (tip <= 0)
    return -1;
  for (guint i = 0; i < profile->n_layers; i++)
    if (tip < profile->layers[i].bottom_um)
      return profile->layers[i].id;
  return profile->layers[profile->n_layers - 1].id;
}

/* "; pinpoint bleeding: expected", as it continues the sentence about the tip */
static const char *
bleeding_in_sentence (SdBleeding level)
{
  switch (level)
    {
    case SD_BLEEDING_NONE:
      /* translators: appended to "Needle tip in the … at … mm"; the level of
       * pinpoint bleeding, as the Treatment page says it ("Not expected") */
      return _("; pinpoint bleeding: not expected");
    case SD_BLEEDING_POSSIBLE:
      /* translators: appended to "Needle tip in the … at … mm"; the level of
       * pinpoint bleeding, as the Treatment page says it ("Possible") */
      return _("; pinpoint bleeding: possible");
    case SD_BLEEDING_EXPECTED:
      /* translators: appended to "Needle tip in the … at … mm"; the level of
       * pinpoint bleeding, as the Treatment page says it ("Expected") */
      return _("; pinpoint bleeding: expected");
    case SD_N_BLEEDING:
    default:
      break;
    }
  g_return_val_if_reached ("");
}

/* "Needle tip in the papillary dermis at 0.62 mm; pinpoint bleeding: expected" */
static void
describe_needle (SdSectionView *self,
                 GString       *text)
{
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);
  const SdNeedleResult *needle = sd_section_get_needle (self->section);
  double tip;
  SdLayerId id = profile->layers[profile->n_layers - 1].id;
  SdBleeding bleeding;
  g_autofree char *name = NULL;
  g_autofree char *length = NULL;

  if (!self->show_needle || needle == NULL)
    return;
  tip = sd_paint_needle_tip_um (needle, self->needle_progress);
  length = sd_format_length_mm (needle->nominal_um / 1000);
  g_string_append (text, ". ");
  if (tip <= 0)
    {
      /* translators: spoken while the needle approaches, e.g. "1.5 mm needle above the skin";
       * %s is the needle length as entered */
      g_string_append_printf (text, _("%s mm needle above the skin"), length);
      return;
    }
  for (guint i = 0; i < profile->n_layers; i++)
    if (tip < profile->layers[i].bottom_um)
      {
        id = profile->layers[i].id;
        break;
      }
  name = layer_name_in_sentence (id);
  /* translators: spoken state of the needle animation: layer name, depth in mm */
  g_string_append_printf (text, _("Needle tip in the %s at %.2f mm"), name, tip / 1000);
  /* On its way in, the tip has reached no deeper than it is now; all the way in, the
   * level is the model's for this needle. */
  bleeding = MIN (needle->bleeding_level, sd_needle_bleeding_at (profile, tip));
  g_string_append (text, bleeding_in_sentence (bleeding));
  if (self->needle_progress >= 1)
    {
      g_string_append (text, ". ");
      /* translators: e.g. "The 1.5 mm needle reaches 0.75 mm: the skin gives way";
       * the first %s is the needle length as entered */
      g_string_append_printf (text, _("The %s mm needle reaches %.2f mm: the skin gives way"),
                              length, needle->effective_um / 1000);
    }
}

/* "Week 6, remodelling: collagen 31 % above baseline; epidermis 58 µm" */
static void
describe_course (SdSectionView *self,
                 GString       *text)
{
  const SdCourseDay *day = _sd_section_view_get_course_day (self);
  g_autofree char *phase = NULL;
  double pct;

  if (day == NULL)
    return;
  phase = sd_name_in_sentence (_(sd_phase_get_name (day->phase)));
  pct = (day->collagen_rel - 1) * 100;
  g_string_append (text, ". ");
  if (pct >= 0)
    /* translators: spoken course state: week, phase, collagen percent, epidermis µm */
    g_string_append_printf (text, _("Week %u, %s: collagen %.0f %% above baseline; "
                                    "epidermis %.0f µm"),
                            (guint)floor (day->week), phase, pct, day->epidermis_um);
  else
    /* translators: spoken course state: week, phase, collagen percent, epidermis µm */
    g_string_append_printf (text, _("Week %u, %s: collagen %.0f %% below baseline; "
                                    "epidermis %.0f µm"),
                            (guint)floor (day->week), phase, -pct, day->epidermis_um);
  if (day->inflammation > 0.15)
    g_string_append (text, _("; redness and swelling"));
}

static void
describe_comparison (SdSectionView *self,
                     GString       *text)
{
  g_string_append (text, ". ");
  g_string_append (text, _("Needle lengths compared"));
  for (guint i = 0; i < SD_SECTION_VIEW_N_COMPARISON; i++)
    {
      const SdNeedleResult *n = &self->comparison_needles[i];
      g_autofree char *name = layer_name_in_sentence (n->deepest_layer);
      g_autofree char *length = sd_format_length_mm (n->nominal_um / 1000);

      g_string_append (text, i == 0 ? ": " : "; ");
      /* translators: one needle of the comparison,
       * e.g. "1.5 mm reaches 0.75 mm, reticular dermis"; the first %s is the
       * needle length as entered */
      g_string_append_printf (text, _("%s mm reaches %.2f mm, %s"), length,
                              n->effective_um / 1000, name);
    }
}

void
_sd_section_view_update_description (SdSectionView *self)
{
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);
  const SdLayer *selected = _sd_section_view_find_layer (self, self->selected_layer);
  g_autoptr(GString) text = g_string_new (NULL);

  if (profile == NULL)
    g_string_append (text, _("No skin section to show"));
  else
    {
      g_autofree char *site = sd_name_in_sentence (_(sd_site_get_name (profile->site)));
      const char *sex = profile->sex == SD_SEX_FEMALE ? _("female") : _("male");

      /* translators: "Cross-section of cheek skin, female, 40 years, 7 layers" */
      g_string_append_printf (text, _("Cross-section of %s skin, %s, %.0f years, %u layers"),
                              site, sex, profile->age_years, profile->n_layers);
      if (self->comparison)
        describe_comparison (self, text);
      else
        {
          describe_needle (self, text);
          describe_course (self, text);
        }
      if (selected != NULL)
        {
          g_autofree char *layer = describe_layer (selected);

          g_string_append (text, ". ");
          /* translators: "Selected layer: stratum spinosum, 20 to 45 µm deep" */
          g_string_append_printf (text, _("Selected layer: %s"), layer);
        }
    }

  if (g_strcmp0 (text->str, self->description) == 0)
    return;
  g_free (self->description);
  self->description = g_strdup (text->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str,
                                  -1);
}

/* While the stroke plays, speak when the tip enters another layer (and at
 * the end), not on every frame */
void
_sd_section_view_describe_needle_tip (SdSectionView *self)
{
  int layer = needle_tip_layer (self);

  if (adw_animation_get_state (self->needle_animation) != ADW_ANIMATION_PLAYING ||
      self->needle_progress >= 1 || layer != self->spoken_layer)
    {
      self->spoken_layer = layer;
      _sd_section_view_update_description (self);
    }
}

/*
 * GtkWidget overrides
 */

gboolean
_sd_section_view_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard_mode,
                                GtkTooltip *tooltip)
{
  SdSectionView *self = SD_SECTION_VIEW (widget);
  int id = self->comparison ? -1
           : keyboard_mode ? self->selected_layer
           : _sd_section_view_layer_at (self, x, y);
  const SdLayer *layer = _sd_section_view_find_layer (self, id);
  g_autofree char *name = NULL;
  g_autofree char *common = NULL;
  g_autofree char *markup = NULL;

  if (layer == NULL)
    return FALSE;

  name = g_markup_escape_text (_(sd_layer_get_name (layer->id)), -1);
  common = g_markup_escape_text (_(sd_layer_get_common_name (layer->id)), -1);
  /* translators: tooltip: layer name, its plain name, its depths at this body site */
  markup = g_strdup_printf (_("<b>%s</b> (%s)\n%.0f to %.0f µm deep here"), name, common,
                            layer->top_um, layer->bottom_um);
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

/*
 * Initialization
 */

void
_sd_section_view_a11y_init (SdSectionView *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Skin cross-section"),
                                  -1);
  _sd_section_view_update_description (self);
}
