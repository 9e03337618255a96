/* sd-paint-edges.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pass: where the picture stops being skin: the model's bottom (a dashed line,
 * background below) and the air above the surface.
 */

#define G_LOG_DOMAIN "sd-paint-edges"

#include "config.h"

#include "sd-paint-private.h"

#include <math.h>

static void
paint_edges (SdPainter             *self,
             cairo_t               *cr,
             const SdPaintGeometry *g)
{
  double ybot;

  /* The model stops at the bottom of the hypodermis: show where */
  ybot = y_for (g, g->total_um);
  if (ybot < g->height)
    {
      double dash[] = { 4, 4 };
      set_color (cr, &g->opts->background, 1);
      cairo_rectangle (cr, g->tx0, ybot, g->tx1 - g->tx0, g->height - ybot);
      cairo_fill (cr);
      set_color (cr, &g->opts->foreground, ink (g->opts, 0.5));
      cairo_set_dash (cr, dash, 2, 0);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, g->tx0, round (ybot) + 0.5);
      cairo_line_to (cr, g->tx1, round (ybot) + 0.5);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  /* air above the surface */
  if (y_for (g, 0) > 0)
    {
      set_color (cr, &g->opts->background, 1);
      cairo_rectangle (cr, g->tx0, 0, g->tx1 - g->tx0, y_for (g, 0));
      cairo_fill (cr);
    }
}

const SdPaintPass _sd_paint_edges_pass = {
  .name = "edges",
  .part = SD_PAINT_PART_TISSUE,
  .clip = SD_PAINT_CLIP_TISSUE,
  .wanted = NULL,
  .paint = paint_edges,
};
