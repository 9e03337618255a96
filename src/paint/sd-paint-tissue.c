/* sd-paint-tissue.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pass: the layers, each filled with its colour and texture; the lucidum's
 * compacted lines.
 */

#define G_LOG_DOMAIN "sd-paint-tissue"

#include "config.h"

#include "sd-paint-private.h"

#include <math.h>

static void
paint_tissue (SdPainter             *self,
              cairo_t               *cr,
              const SdPaintGeometry *g)
{
  for (guint i = 0; i < g->profile->n_layers; i++)
    {
      const SdLayer *l = &g->profile->layers[i];
      double top = MIN (l->top_um, _sd_paint_layer_top_at (g, i, g->left_um));
      double bot = l->bottom_um + (_sd_paint_undulates (l->id) ? 2 * g->rete_depth : 0);

      if (i > 0 && _sd_paint_undulates (g->profile->layers[i - 1].id))
        top -= 2 * g->rete_depth;
      if (y_for (g, bot) < 0 || y_for (g, top) > g->height)
        continue;

      _sd_paint_layer_path (cr, g, i);
      _sd_paint_fill_layer (self->textures, cr, g, l->id);
      if (l->id == SD_LAYER_STRATUM_LUCIDUM)
        {
          /* glassy: a few faint compacted lines */
          set_rgb (cr, 0xe3b7c6, 0.7);
          cairo_set_line_width (cr, 1);
          for (int k = 1; k < 6; k++)
            {
              double y = y_for (g, l->top_um + (l->bottom_um - l->top_um) * k / 6);

              if (k == 3)
                continue;
              cairo_move_to (cr, g->tx0, y);
              cairo_line_to (cr, g->tx1, y);
            }
          cairo_stroke (cr);
        }
    }
}

const SdPaintPass _sd_paint_tissue_pass = {
  .name = "tissue",
  .part = SD_PAINT_PART_TISSUE,
  .clip = SD_PAINT_CLIP_TISSUE,
  .wanted = NULL,
  .paint = paint_tissue,
};
