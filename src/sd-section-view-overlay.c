/* sd-section-view-overlay.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What presenting needs of the picture: the tissue ↔ pixel mapping of the frame
 * drawn, a hook that draws over every frame (the pen), the text scale and the
 * projector palette.
 */

#define G_LOG_DOMAIN "sd-section-view"

#include "config.h"

#include "sd-section-view-private.h"

#include <math.h>

/* The projector palette. A projected picture loses most of its contrast to the
 * room's light: ink near black on white, and an accent dark enough to read on the
 * pale layer colours (the layers keep their own colours). */
#define PROJECTOR_FOREGROUND 0x101014
#define PROJECTOR_BACKGROUND 0xffffff
#define PROJECTOR_ACCENT     0x0b3fa8

static SdPaintColor
hex_color (guint32 hex)
{
  return (SdPaintColor) { ((hex >> 16) & 0xff) / 255.0, ((hex >> 8) & 0xff) / 255.0,
                          (hex & 0xff) / 255.0, 1.0 };
}

void
_sd_section_view_fill_palette (SdSectionView  *self,
                               SdPaintOptions *options)
{
  options->text_scale = self->text_scale;
  if (!self->projector)
    return;
  options->foreground = hex_color (PROJECTOR_FOREGROUND);
  options->background = hex_color (PROJECTOR_BACKGROUND);
  options->accent = hex_color (PROJECTOR_ACCENT);
  options->high_contrast = TRUE;
}

void
_sd_section_view_snapshot_overlay (SdSectionView *self,
                                   GtkSnapshot   *snapshot)
{
  if (self->overlay_func != NULL)
    self->overlay_func (self, snapshot, self->overlay_data);
}

void
_sd_section_view_overlay_dispose (SdSectionView *self)
{
  sd_section_view_set_overlay_func (self, NULL, NULL, NULL);
}

/*
 * Public API
 */

/**
 * sd_section_view_get_mapping:
 * @mapping: (out): the mapping of the picture as the next frame draws it
 *
 * Returns: FALSE when there is nothing to map yet (no section, or no size), or the
 * comparison of needle lengths is shown (its columns each have their own)
 */
gboolean
sd_section_view_get_mapping (SdSectionView        *self,
                             SdSectionViewMapping *mapping)
{
  const SdSkinProfile *profile;
  SdPaintOptions options;
  SdPaintGeometry geometry;
  double w, h;

  g_return_val_if_fail (SD_IS_SECTION_VIEW (self), FALSE);
  g_return_val_if_fail (mapping != NULL, FALSE);

  profile = _sd_section_view_get_profile (self);
  w = gtk_widget_get_width (GTK_WIDGET (self));
  h = gtk_widget_get_height (GTK_WIDGET (self));
  if (profile == NULL || w < 1 || h < 1 || self->comparison)
    return FALSE;

  _sd_section_view_fill_options (self, &options);
  sd_paint_geometry_init (&geometry, profile, &options, w, h);
  mapping->x0 = geometry.tx0;
  mapping->left_um = geometry.left_um;
  mapping->top_um = geometry.top_um;
  mapping->px_per_um = geometry.scale;
  return TRUE;
}

void
sd_section_view_set_overlay_func (SdSectionView            *self,
                                  SdSectionViewOverlayFunc  func,
                                  gpointer                  user_data,
                                  GDestroyNotify            destroy)
{
  GDestroyNotify old_destroy;
  gpointer old_data;

  g_return_if_fail (SD_IS_SECTION_VIEW (self));

  old_destroy = self->overlay_destroy;
  old_data = self->overlay_data;
  self->overlay_func = func;
  self->overlay_data = user_data;
  self->overlay_destroy = destroy;
  if (old_destroy != NULL)
    old_destroy (old_data);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
sd_section_view_get_text_scale (SdSectionView *self)
{
  g_return_val_if_fail (SD_IS_SECTION_VIEW (self), 1.0);

  return self->text_scale;
}

void
sd_section_view_set_text_scale (SdSectionView *self,
                                double         text_scale)
{
  g_return_if_fail (SD_IS_SECTION_VIEW (self));

  if (!isfinite (text_scale))
    text_scale = 1.0;
  text_scale = CLAMP (text_scale, 0.5, 3.0);
  if (self->text_scale == text_scale)
    return;
  self->text_scale = text_scale;
  _sd_section_view_invalidate (self);
}

gboolean
sd_section_view_get_projector (SdSectionView *self)
{
  g_return_val_if_fail (SD_IS_SECTION_VIEW (self), FALSE);

  return self->projector;
}

void
sd_section_view_set_projector (SdSectionView *self,
                               gboolean       projector)
{
  g_return_if_fail (SD_IS_SECTION_VIEW (self));

  projector = !!projector;
  if (self->projector == projector)
    return;
  self->projector = projector;
  if (projector)
    gtk_widget_add_css_class (GTK_WIDGET (self), "projector");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "projector");
  _sd_section_view_invalidate (self);
}
