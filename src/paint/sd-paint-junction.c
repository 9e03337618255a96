/* sd-paint-junction.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pass: the dermal–epidermal junction: the basal cells with their melanin caps
 * and the basement membrane along it.
 */

#define G_LOG_DOMAIN "sd-paint-junction"

#include "config.h"

#include "sd-paint-private.h"

#include <math.h>

static void
draw_basale_cells (cairo_t               *cr,
                   const SdPaintGeometry *g)
{
  double cell = 7.5;
  double u0 = um_for_x (g, g->tx0 - 10), u1 = um_for_x (g, g->tx1 + 10);
  double mx[512], my[512];
  int n_mel = 0;

  if (cell * g->scale < 2.5)
    return;

  cairo_new_path (cr);
  for (double k = floor (u0 / cell); k * cell < u1; k++)
    {
      double xu = (k + 0.5) * cell;
      double d = g->dej_um + _sd_paint_dej_offset (g, xu);
      double slope = (_sd_paint_dej_offset (g, xu + 1) - _sd_paint_dej_offset (g, xu - 1)) / 2;
      double ang = atan2 (1, -slope);    /* normal pointing down into the dermis */
      double cx = x_for (g, xu), cy = y_for (g, d - g->basale_um * 0.5);
      double rl = MIN (4.2, g->basale_um * 0.38) * g->scale, rw = 2.2 * g->scale;

      {
        cairo_matrix_t saved;

        cairo_get_matrix (cr, &saved);
        cairo_translate (cr, cx, cy);
        cairo_rotate (cr, ang - G_PI / 2);
        cairo_scale (cr, rw, rl);
        cairo_new_sub_path (cr);
        cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
        cairo_set_matrix (cr, &saved);
      }

      /* melanin caps above some nuclei (scattered melanocyte output) */
      if (h01 (g->seed, (int)k, 55) < 0.35 && g->scale * cell > 6)
        {
          mx[n_mel] = cx + 0.9 * rl * cos (ang + G_PI);
          my[n_mel] = cy - 0.9 * rl * sin (ang);
          n_mel = MIN (n_mel + 1, (int)G_N_ELEMENTS (mx) - 1);
        }
    }
  set_rgb (cr, 0x45287a, 0.9);
  cairo_fill (cr);
  for (int i = 0; i < n_mel; i++)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, mx[i], my[i], 1.4 * g->scale, 0, 2 * G_PI);
    }
  set_rgb (cr, 0x7a4a26, 0.8);
  cairo_fill (cr);
}

static void
paint_junction (SdPainter             *self,
                cairo_t               *cr,
                const SdPaintGeometry *g)
{
  draw_basale_cells (cr, g);

  /* basement membrane along the DEJ */
  cairo_new_path (cr);
  _sd_paint_boundary_path (cr, g, _sd_paint_layer_index (g, SD_LAYER_STRATUM_BASALE), FALSE);
  set_rgb (cr, 0x9c4a78, 0.8);
  cairo_set_line_width (cr, MAX (1.0, 1.0 * g->scale));
  cairo_stroke (cr);
}

const SdPaintPass _sd_paint_junction_pass = {
  .name = "junction",
  .part = SD_PAINT_PART_TISSUE,
  .clip = SD_PAINT_CLIP_TISSUE,
  .wanted = NULL,
  .paint = paint_junction,
};
