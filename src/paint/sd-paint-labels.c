/* sd-paint-labels.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pass: the layers' names right of the tissue, with leaders and swatches.
 */

#define G_LOG_DOMAIN "sd-paint-labels"

#include "config.h"

#include "sd-paint-private.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

static void
draw_labels (SdPainter             *self,
             cairo_t               *cr,
             const SdPaintGeometry *g)
{
  const SdPaintColor *fg = &g->opts->foreground;
  double lx = g->tx1 + 14;
  double want[SD_N_LAYERS], ys[SD_N_LAYERS], lhs[SD_N_LAYERS];
  PangoLayout *layouts[SD_N_LAYERS] = { NULL, };
  int ids[SD_N_LAYERS];
  guint n = 0;
  double gap = 3;

  for (guint i = 0; i < g->profile->n_layers; i++)
    {
      const SdLayer *l = &g->profile->layers[i];
      double top = MAX (l->top_um, g->top_um);
      double bot = MIN (l->bottom_um, g->top_um + g->height / g->scale);
      gboolean bold = (int)l->id == g->opts->selected_layer;
      int lw, lh;

      if (bot <= top)
        continue;
      layouts[n] = _sd_paint_make_layout (cr, bold ? self->font_bold : self->font,
                                          _(sd_layer_get_name (l->id)));
      pango_layout_set_width (layouts[n], (int)MAX (1, (g->width - lx - 13 - 4) * PANGO_SCALE));
      pango_layout_set_ellipsize (layouts[n], PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (layouts[n], &lw, &lh);
      want[n] = y_for (g, (top + bot) / 2);
      lhs[n] = lh;
      ids[n] = i;
      n++;
    }

  /* Place top-down without overlap, then push back up from the bottom */
  for (guint i = 0; i < n; i++)
    {
      ys[i] = want[i] - lhs[i] / 2;
      if (i > 0)
        ys[i] = MAX (ys[i], ys[i - 1] + lhs[i - 1] + gap);
    }
  for (int i = (int)n - 1; i >= 0; i--)
    {
      double limit = (i == (int)n - 1) ? g->height - lhs[i] - 2 : ys[i + 1] - lhs[i] - gap;
      ys[i] = MIN (ys[i], limit);
    }

  for (guint i = 0; i < n; i++)
    {
      const SdLayer *l = &g->profile->layers[ids[i]];
      gboolean selected = (int)l->id == g->opts->selected_layer;
      gboolean hovered = (int)l->id == g->opts->hovered_layer;
      double ly = ys[i] + lhs[i] / 2;

      /* leader */
      set_color (cr, fg, ink (g->opts, 0.45));
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, g->tx1 + 1, want[i]);
      cairo_line_to (cr, g->tx1 + 6, want[i]);
      cairo_line_to (cr, lx - 4, ly);
      cairo_stroke (cr);

      /* swatch */
      cairo_arc (cr, lx + 4, ly, 4, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, RGB (_sd_paint_layer_colors[l->id]));
      cairo_fill_preserve (cr);
      set_color (cr, selected ? &g->opts->accent : fg, selected ? 1 : 0.4);
      cairo_set_line_width (cr, selected ? 2 : 1);
      cairo_stroke (cr);

      set_color (cr, selected ? &g->opts->accent : fg, (selected || hovered) ? 1 : 0.85);
      cairo_move_to (cr, lx + 13, ys[i]);
      pango_cairo_show_layout (cr, layouts[i]);
      g_object_unref (layouts[i]);
    }
}

static gboolean
labels_wanted (const SdPaintGeometry *g)
{
  return g->opts->show_labels && g->tx1 < g->width - 20;
}

const SdPaintPass _sd_paint_labels_pass = {
  .name = "labels",
  .part = SD_PAINT_PART_CHROME,
  .clip = SD_PAINT_CLIP_NONE,
  .wanted = labels_wanted,
  .paint = draw_labels,
};
