/* sd-paint-highlight.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pass: the hovered layer (a light veil) and the selected one (the accent).
 * Also the hover alone, for a caller that caches everything else.
 */

#define G_LOG_DOMAIN "sd-paint-highlight"

#include "config.h"

#include "sd-paint-private.h"

#include <math.h>

/* Outlines layer @id: hovered (a veil) or @selected (the accent) */
void
_sd_paint_highlight (cairo_t               *cr,
                     const SdPaintGeometry *g,
                     int                    id,
                     gboolean               selected)
{
  int index = (id >= 0 && id < SD_N_LAYERS) ? _sd_paint_layer_index (g, id) : -1;

  if (index < 0)
    return;
  _sd_paint_layer_path (cr, g, index);
  if (!selected)
    {
      cairo_set_source_rgba (cr, 1, 1, 1, 0.28);
      cairo_fill_preserve (cr);
      set_color (cr, &g->opts->foreground, ink (g->opts, 0.6));
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  else
    {
      set_color (cr, &g->opts->accent, 0.12);
      cairo_fill_preserve (cr);
      set_color (cr, &g->opts->accent, 1);
      cairo_set_line_width (cr, 2.5);
      cairo_stroke (cr);
    }
}

static void
paint_highlight (SdPainter             *self,
                 cairo_t               *cr,
                 const SdPaintGeometry *g)
{
  _sd_paint_highlight (cr, g, g->opts->hovered_layer, FALSE);
  _sd_paint_highlight (cr, g, g->opts->selected_layer, TRUE);
}

const SdPaintPass _sd_paint_highlight_pass = {
  .name = "highlight",
  .part = SD_PAINT_PART_TISSUE,
  .clip = SD_PAINT_CLIP_TISSUE,
  .wanted = NULL,
  .paint = paint_highlight,
};

void
sd_painter_paint_hover (SdPainter            *self,
                        cairo_t              *cr,
                        const SdSkinProfile  *profile,
                        const SdPaintOptions *options,
                        double                width,
                        double                height)
{
  SdPaintGeometry geo, *g = &geo;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (profile != NULL && profile->n_layers > 0);
  g_return_if_fail (options != NULL);

  if (width < 1 || height < 1 || options->hovered_layer < 0)
    return;

  sd_paint_geometry_init (g, profile, options, width, height);
  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  cairo_rectangle (cr, g->tx0, MAX (0, y_for (g, 0)), g->tx1 - g->tx0, height);
  cairo_clip (cr);
  _sd_paint_highlight (cr, g, options->hovered_layer, FALSE);
  cairo_restore (cr);
}
