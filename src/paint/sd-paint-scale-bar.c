/* sd-paint-scale-bar.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pass: a scale bar of a round length in the tissue's lower left corner.
 */

#define G_LOG_DOMAIN "sd-paint-scale-bar"

#include "config.h"

#include "sd-paint-private.h"

#include <math.h>
#include <pango/pangocairo.h>

static void
draw_scale_bar (SdPainter             *self,
                cairo_t               *cr,
                const SdPaintGeometry *g)
{
  double len = _sd_paint_nice_depth_step (70.0 / g->scale);
  double px = len * g->scale;
  double x = g->tx0 + 16, y = g->height - 18;
  g_autofree char *text = len >= 1000 ? g_strdup_printf ("%g mm", len / 1000)
                                      : g_strdup_printf ("%g µm", len);
  PangoLayout *layout = _sd_paint_make_layout (cr, self->font_small, text);
  int lw, lh;

  pango_layout_get_pixel_size (layout, &lw, &lh);

  /* pill behind, so the bar reads on any tissue */
  cairo_new_path (cr);
  _sd_paint_rounded_rect (cr, x - 8, y - lh - 10, MAX (px, lw) + 16, lh + 20, 6);
  set_color (cr, &g->opts->background, 0.85);
  cairo_fill (cr);

  set_color (cr, &g->opts->foreground, 1);
  cairo_rectangle (cr, x, y - 1.5, px, 3);
  cairo_fill (cr);
  cairo_rectangle (cr, x, y - 5, 1.5, 10);
  cairo_rectangle (cr, x + px - 1.5, y - 5, 1.5, 10);
  cairo_fill (cr);
  cairo_move_to (cr, x + (px - lw) / 2, y - lh - 4);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static gboolean
scale_bar_wanted (const SdPaintGeometry *g)
{
  return g->opts->show_scale_bar;
}

const SdPaintPass _sd_paint_scale_bar_pass = {
  .name = "scale-bar",
  .part = SD_PAINT_PART_CHROME,
  .clip = SD_PAINT_CLIP_TISSUE,
  .wanted = scale_bar_wanted,
  .paint = draw_scale_bar,
};
