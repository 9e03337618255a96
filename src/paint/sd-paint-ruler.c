/* sd-paint-ruler.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pass: the depth ruler left of the tissue.
 */

#define G_LOG_DOMAIN "sd-paint-ruler"

#include "config.h"

#include "sd-paint-private.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

static void
draw_ruler (SdPainter             *self,
            cairo_t               *cr,
            const SdPaintGeometry *g)
{
  const SdPaintColor *fg = &g->opts->foreground;
  double x = g->tx0 - 0.5;
  double step = _sd_paint_nice_depth_step (34.0 * _sd_paint_text_scale (g->opts) / g->scale);
  double minor = step / 5;
  double d0 = MAX (0, g->top_um), d1 = g->top_um + g->height / g->scale;
  PangoLayout *title = _sd_paint_make_layout (cr, self->font_small, _("depth"));
  int tw, th;
  double title_y;
  gboolean title_at_top;

  pango_layout_get_pixel_size (title, &tw, &th);
  title_at_top = y_for (g, 0) - th - 4 < 2;
  title_y = title_at_top ? 2 : y_for (g, 0) - th - 4;

  d1 = MIN (d1, g->total_um);
  set_color (cr, fg, ink (g->opts, 0.6));
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, x, y_for (g, d0));
  cairo_line_to (cr, x, y_for (g, d1));
  cairo_stroke (cr);

  if (minor * g->scale >= 5)
    {
      set_color (cr, fg, ink (g->opts, 0.35));
      for (double d = ceil (d0 / minor) * minor; d <= d1; d += minor)
        {
          double y = round (y_for (g, d)) + 0.5;
          cairo_move_to (cr, x - 4, y);
          cairo_line_to (cr, x, y);
        }
      cairo_stroke (cr);
    }

  for (double d = ceil (d0 / step) * step; d <= d1 + 0.01; d += step)
    {
      double y = round (y_for (g, d)) + 0.5;
      g_autofree char *text = _sd_paint_format_depth (d, step);
      PangoLayout *layout = _sd_paint_make_layout (cr, self->font_small, text);
      int lw, lh;

      set_color (cr, fg, ink (g->opts, 0.7));
      cairo_move_to (cr, x - 8, y);
      cairo_line_to (cr, x, y);
      cairo_stroke (cr);

      pango_layout_get_pixel_size (layout, &lw, &lh);
      if (y - lh / 2.0 >= 0 && y + lh / 2.0 <= g->height
          && !(title_at_top && y - lh / 2.0 < title_y + th))
        {
          set_color (cr, fg, ink (g->opts, 0.85));
          cairo_move_to (cr, x - 11 - lw, y - lh / 2.0);
          pango_cairo_show_layout (cr, layout);
        }
      g_object_unref (layout);
    }

  /* Title: what the axis is, above the surface, or at the top once the surface has
   * scrolled away (where the tick labels under it make way) */
  pango_layout_get_pixel_size (title, &tw, &th);
  set_color (cr, fg, ink (g->opts, 0.55));
  cairo_move_to (cr, x - 8 - tw, title_y);
  pango_cairo_show_layout (cr, title);
  g_object_unref (title);
}

static gboolean
ruler_wanted (const SdPaintGeometry *g)
{
  return g->opts->show_ruler;
}

const SdPaintPass _sd_paint_ruler_pass = {
  .name = "ruler",
  .part = SD_PAINT_PART_CHROME,
  .clip = SD_PAINT_CLIP_NONE,
  .wanted = ruler_wanted,
  .paint = draw_ruler,
};
