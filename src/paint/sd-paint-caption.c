/* sd-paint-caption.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pass (overlay): the course caption ("Week 6 · Remodelling"), what is told
 * rather than drawn (swelling) and a legend of the new marks.
 */

#define G_LOG_DOMAIN "sd-paint-caption"

#include "config.h"

#include "sd-paint-private.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

/* The legend of the new marks, from @ly down: a fibroblast, a new type III
 * fibre and a new type I bundle, drawn as in the tissue, each with its name */
static void
draw_legend (cairo_t               *cr,
             const SdPaintGeometry *g,
             PangoLayout          **legend,
             int                    legend_h,
             double                 x,
             double                 ly)
{
  for (int i = 0; i < 3; i++, ly += legend_h + 1)
    {
      double cy = ly + legend_h / 2.0, sx = x;

      cairo_new_path (cr);
      if (i == 0)
        {
          cairo_save (cr);
          cairo_translate (cr, sx + 9, cy);
          cairo_scale (cr, 8, 2.2);
          cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
          cairo_restore (cr);
          set_rgb (cr, 0x3d1f7a, 0.9);
          cairo_fill (cr);
        }
      else
        {
          SdPaintColor c = i == 1 ? _sd_paint_type_iii_color (&g->opts->background)
                                  : _sd_paint_type_i_color (&g->opts->background);

          _sd_paint_wavy_fibre (cr, sx, cy, 18, 0, i == 1 ? 2 : 0.5, 0);
          set_color (cr, &c, 1);
          cairo_set_line_width (cr, i == 1 ? 1.8 : 4);
          cairo_stroke (cr);
        }
      set_color (cr, &g->opts->foreground, ink (g->opts, 0.9));
      cairo_move_to (cr, sx + 26, ly);
      pango_cairo_show_layout (cr, legend[i]);
      g_object_unref (legend[i]);
    }
}

static void
draw_caption (SdPainter             *self,
              cairo_t               *cr,
              const SdPaintGeometry *g)
{
  const SdCourseDay *day = g->opts->course_day;
  PangoLayout *layout;
  int lw, lh, sw = 0, sh = 0;
  double x = g->tx0 + 14, y = 12, pad = 10, bh;
  PangoLayout *sub = NULL;
  PangoLayout *legend[3] = { NULL, NULL, NULL };
  int legend_w[3] = { 0, 0, 0 }, legend_h = 0;

  if (g->opts->caption == NULL || *g->opts->caption == '\0')
    return;
  layout = _sd_paint_make_layout (cr, self->font_bold, g->opts->caption);
  pango_layout_get_pixel_size (layout, &lw, &lh);
  /* With the needle drawn, only the day and phase: the card's legend would cover the
   * needle's own labels (its length, the depth it reaches), which matter more then */
  if (g->opts->show_needle)
    day = NULL;
  if (day != NULL && day->inflammation > 0.15)
    {
      /* swelling is told, not drawn: drawing it would move the layers off the ruler */
      sub = _sd_paint_make_layout (cr, self->font_small, tr (g, N_("Redness and swelling")));
      pango_layout_get_pixel_size (sub, &sw, &sh);
    }
  if (day != NULL && day->sessions_done > 0)
    {
      /* legend: what the new marks are (none in skin left untreated) */
      const char *names[3] = { tr (g, N_("fibroblasts")), tr (g, N_("new type III collagen")),
                               tr (g, N_("new type I collagen")) };

      for (int i = 0; i < 3; i++)
        {
          legend[i] = _sd_paint_make_layout (cr, self->font_small, names[i]);
          pango_layout_get_pixel_size (legend[i], &legend_w[i], &legend_h);
          sw = MAX (sw, legend_w[i] + 26);
        }
    }
  bh = lh + (sub ? sh + 2 : 0) + (legend[0] ? 3 * (legend_h + 1) + 4 : 0) + 2 * pad - 6;
  _sd_paint_rounded_rect (cr, x, y, MAX (lw, sw) + 2 * pad, bh, 8);
  set_color (cr, &g->opts->background, 0.92);
  cairo_fill_preserve (cr);
  set_color (cr, &g->opts->foreground, ink (g->opts, 0.25));
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  set_color (cr, &g->opts->foreground, 1);
  cairo_move_to (cr, x + pad, y + pad - 3);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
  if (sub != NULL)
    {
      set_rgb (cr, 0xc8102e, 1);
      cairo_move_to (cr, x + pad, y + pad - 3 + lh + 2);
      pango_cairo_show_layout (cr, sub);
      g_object_unref (sub);
    }
  if (legend[0] != NULL)
    draw_legend (cr, g, legend, legend_h, x + pad, y + pad - 3 + lh + (sh ? sh + 2 : 0) + 4);
}

const SdPaintPass _sd_paint_caption_pass = {
  .name = "caption",
  .part = SD_PAINT_PART_COURSE,
  .clip = SD_PAINT_CLIP_NONE,
  .wanted = NULL,
  .paint = draw_caption,
};
