/* sd-paint-comparison.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The comparison: columns of the same site to scale, one needle each.
 */

#define G_LOG_DOMAIN "sd-paint-comparison"

#include "config.h"

#include "sd-course-label.h"
#include "sd-paint-private.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

/* The column's label: nominal length, effective depth, deepest layer */
static void
paint_column_label (SdPainter             *self,
                    cairo_t               *cr,
                    const SdPaintGeometry *g,
                    const SdNeedleResult  *nd,
                    double                 x0,
                    double                 cw)
{
  g_autofree char *text = NULL;
  g_autofree char *length = sd_format_length_mm (nd->nominal_um / 1000);
  PangoLayout *layout;
  int lw, lh;
  double lx, ly;

  /* translators: comparison column label, three lines, e.g.
   * "1.5 mm needle\nreaches 0.75 mm\nPapillary dermis"; the first %s is the
   * needle length as entered */
  text = g_strdup_printf (tr (g, N_("%s mm needle\nreaches %.2f mm\n%s")),
                          length, nd->effective_um / 1000,
                          tr (g, sd_layer_get_name (nd->deepest_layer)));
  layout = _sd_paint_make_layout (cr, self->font, text);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_width (layout, (int)(MAX (cw - 12, 10) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (layout, &lw, &lh);
  lx = x0 + 6;
  ly = g->height - lh - 12;
  cairo_save (cr);
  _sd_paint_rounded_rect (cr, lx - 2, ly - 4, cw - 8, lh + 8, 6);
  set_color (cr, &g->opts->background, 0.9);
  cairo_fill (cr);
  set_color (cr, &g->opts->foreground, 1);
  cairo_move_to (cr, lx, ly);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
  g_object_unref (layout);
}

void
sd_painter_paint_comparison (SdPainter            *self,
                             cairo_t              *cr,
                             const SdSkinProfile  *profile,
                             const SdNeedleResult *needles,
                             guint                 n,
                             const SdPaintOptions *options,
                             double                width,
                             double                height)
{
  SdPaintOptions col;
  double ruler_w, labels_w, cw;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (profile != NULL && profile->n_layers > 0);
  g_return_if_fail (n == 0 || needles != NULL);
  g_return_if_fail (options != NULL);

  if (width < 1 || height < 1)
    return;

  _sd_paint_columns (options, width, &ruler_w, &labels_w);
  cw = (width - ruler_w) / MAX (n, 1);

  cairo_save (cr);
  set_color (cr, &options->background, 1);
  cairo_paint (cr);
  cairo_restore (cr);

  for (guint i = 0; i < MAX (n, 1); i++)
    {
      double x0 = ruler_w + i * cw;
      SdPaintGeometry geo;

      col = *options;
      col.show_labels = FALSE;
      col.show_scale_bar = FALSE;
      col.show_ruler = (i == 0) && options->show_ruler;
      col.caption = NULL;
      col.course_day = NULL;
      col.needle = n > 0 ? &needles[i] : NULL;
      col.show_needle = n > 0;
      col.needle_progress = 1.0;
      col.hovered_layer = -1;
      col.selected_layer = -1;
      /* same depth at the top and the same µm at each column's left edge */
      col.top_um = sd_paint_get_top_um (profile, options, width, height);

      cairo_save (cr);
      cairo_rectangle (cr, i == 0 ? 0 : x0, 0, i == 0 ? x0 + cw : cw, height);
      cairo_clip (cr);
      cairo_translate (cr, i == 0 ? 0 : x0, 0);
      sd_paint_geometry_init (&geo, profile, &col, (i == 0 ? ruler_w : 0) + cw, height);
      geo.compact = TRUE;
      if (geo.width >= 1)
        _sd_painter_paint_geometry (self, cr, &geo);
      cairo_restore (cr);

      if (n > 0)
        {
          paint_column_label (self, cr, &geo, &needles[i], x0, cw);

          /* column divider */
          if (i > 0)
            {
              cairo_save (cr);
              set_color (cr, &options->foreground, ink (options, 0.35));
              cairo_rectangle (cr, round (x0) - 1, 0, 2, height);
              cairo_fill (cr);
              cairo_restore (cr);
            }
        }
    }
}
