/* sd-paint-course.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pass (overlay): the course state of the day: inflammation, the latest
 * session's channels closing, new collagen fibres and fibroblasts.
 */

#define G_LOG_DOMAIN "sd-paint-course"

#include "config.h"

#include "sd-paint-private.h"

#include <math.h>

/*
 * The course state of the day. Positions come from a fixed world grid and a
 * hash, so that cells and fibres stay put from day to day and only appear or
 * fade. New collagen and fibroblasts are drawn in the zone the treatment
 * remodels: from the DEJ to 30 % into the reticular dermis.
 */

typedef struct
{
  double zone_bot;            /* bottom of the remodelled zone, µm */
  double top_vis, bot_vis;    /* depths in view, µm */
  double u0, u1;              /* µm in view, with a margin */
  double d0, d1;              /* depths of the zone in view, µm */
} Zone;

/* inflammation: redness in the dermis, strongest under the epidermis */
static void
draw_inflammation (cairo_t               *cr,
                   const SdPaintGeometry *g,
                   int                    pap,
                   int                    ret)
{
  const SdCourseDay *day = g->opts->course_day;
  double ret_bot = g->bottom_um[SD_LAYER_RETICULAR_DERMIS];
  double a = CLAMP (day->inflammation, 0, 1.5);
  cairo_pattern_t *red;

  cairo_new_path (cr);
  _sd_paint_boundary_path (cr, g, pap - 1, FALSE);
  _sd_paint_boundary_path (cr, g, ret, TRUE);
  cairo_close_path (cr);
  red = cairo_pattern_create_linear (0, y_for (g, g->dej_um), 0, y_for (g, ret_bot));
  cairo_pattern_add_color_stop_rgba (red, 0, 0.92, 0.08, 0.16, 0.30 * a);
  cairo_pattern_add_color_stop_rgba (red, 1, 0.92, 0.08, 0.16, 0.06 * a);
  cairo_set_source (cr, red);
  cairo_fill (cr);
  cairo_pattern_destroy (red);
}

/* the latest session's channels, closing */
static void
draw_closing_channels (cairo_t               *cr,
                       const SdPaintGeometry *g,
                       const Zone            *z)
{
  const SdCourseDay *day = g->opts->course_day;

  for (double k = ceil (z->u0 / ROLLER_PITCH_UM); k * ROLLER_PITCH_UM < z->u1; k++)
    {
      double xk = k * ROLLER_PITCH_UM + 60 * hpm (g->seed, (int)k, 77);

      _sd_paint_channel (cr, g, xk, g->opts->needle->effective_um, day->channels_open);
    }
}

/* new type III (thin, wavy) and type I (thicker bundles) fibres */
static void
draw_new_fibres (cairo_t               *cr,
                 const SdPaintGeometry *g,
                 const Zone            *z)
{
  const SdCourseDay *day = g->opts->course_day;
  SdPaintColor c1 = _sd_paint_type_i_color (&g->opts->background);
  SdPaintColor c3 = _sd_paint_type_iii_color (&g->opts->background);
  double p3 = CLAMP (1.6 * (day->collagen_iii_rel - 1), 0, 0.95);
  double p1 = CLAMP (1.6 * (day->collagen_i_rel - 1), 0, 0.95);
  double cw = 110, ch = 45;

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (int pass = 0; pass < 2; pass++)
    {
      double p = pass == 0 ? p3 : p1;
      const SdPaintColor *c = pass == 0 ? &c3 : &c1;

      if (p <= 0)
        continue;
      cairo_new_path (cr);
      for (double j = floor (z->d0 / ch); j * ch < z->d1; j++)
        for (double i = floor (z->u0 / cw); i * cw < z->u1; i++)
          {
            guint32 s = g->seed + 101 + pass * 7;
            double x = (i + h01 (s, (int)i, (int)j * 3)) * cw;
            double y = (j + h01 (s, (int)i, (int)j * 3 + 1)) * ch;
            double len = pass == 0 ? 45 + 30 * h01 (s, (int)i, (int)j * 3 + 2)
                                   : 80 + 50 * h01 (s, (int)i, (int)j * 3 + 2);
            double a = 0.35 * hpm (s, (int)i, (int)j * 5 + 4);

            if (h01 (s, (int)i, (int)j * 3 + 9) >= p ||
                y < _sd_paint_bottom_at (g, SD_LAYER_STRATUM_BASALE, x) + 6 ||
                y > z->zone_bot)
              continue;
            if (pass == 0)
              _sd_paint_wavy_fibre (cr, x_for (g, x), y_for (g, y), len * g->scale, a,
                                    3 * g->scale, 6 * h01 (s, (int)i, (int)j));
            else
              {
                cairo_move_to (cr, x_for (g, x), y_for (g, y));
                cairo_curve_to (cr, x_for (g, x + len / 3), y_for (g, y - 6 + 12 * sin (a * 9)),
                                x_for (g, x + 2 * len / 3), y_for (g, y + 6 * cos (a * 7)),
                                x_for (g, x + len), y_for (g, y + len * sin (a) * 0.3));
              }
          }
      set_color (cr, c, pass == 0 ? 0.9 : 0.85);
      cairo_set_line_width (cr, MAX (pass == 0 ? 1.8 : 3.5, (pass == 0 ? 2.0 : 8.0) * g->scale));
      if (pass == 0)
        cairo_stroke (cr);
      else
        {
          /* a bundle: a lighter core along a darker body */
          cairo_stroke_preserve (cr);
          cairo_set_source_rgba (cr, 1, 1, 1, 0.45);
          cairo_set_line_width (cr, MAX (1.0, 2.5 * g->scale));
          cairo_stroke (cr);
        }
    }
}

/* fibroblasts: spindle cells, density ∝ fibroblasts_rel */
static void
draw_fibroblasts (cairo_t               *cr,
                  const SdPaintGeometry *g,
                  const Zone            *z)
{
  const SdCourseDay *day = g->opts->course_day;
  double pf = CLAMP (0.18 * day->fibroblasts_rel, 0, 0.95);
  double cw = 70, ch = 40;
  double lx = MAX (14 * g->scale, 5), ly = MAX (3.5 * g->scale, 1.8);

  cairo_new_path (cr);
  for (double j = floor (z->d0 / ch); j * ch < z->d1; j++)
    for (double i = floor (z->u0 / cw); i * cw < z->u1; i++)
      {
        guint32 s = g->seed + 211;
        double x = (i + h01 (s, (int)i, (int)j * 3)) * cw;
        double y = (j + h01 (s, (int)i, (int)j * 3 + 1)) * ch;
        double a = 0.5 * hpm (s, (int)i, (int)j * 3 + 2);
        cairo_matrix_t m;

        if (h01 (s, (int)i, (int)j * 3 + 7) >= pf ||
            y < _sd_paint_bottom_at (g, SD_LAYER_STRATUM_BASALE, x) + 5 ||
            y > z->zone_bot)
          continue;
        cairo_get_matrix (cr, &m);
        cairo_translate (cr, x_for (g, x), y_for (g, y));
        cairo_rotate (cr, a);
        cairo_scale (cr, lx, ly);
        cairo_new_sub_path (cr);
        cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
        cairo_set_matrix (cr, &m);
      }
  set_rgb (cr, 0x3d1f7a, 0.9);
  cairo_fill_preserve (cr);
  set_rgb (cr, 0xf3e6ff, 0.8);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

static void
paint_course (SdPainter             *self,
              cairo_t               *cr,
              const SdPaintGeometry *g)
{
  const SdCourseDay *day = g->opts->course_day;
  int pap = _sd_paint_layer_index (g, SD_LAYER_PAPILLARY_DERMIS);
  int ret = _sd_paint_layer_index (g, SD_LAYER_RETICULAR_DERMIS);
  double pap_bot = g->bottom_um[SD_LAYER_PAPILLARY_DERMIS];
  double ret_bot = g->bottom_um[SD_LAYER_RETICULAR_DERMIS];
  Zone z = {
    .zone_bot = pap_bot + 0.3 * (ret_bot - pap_bot),
    .top_vis = MAX (g->dej_um - 20, g->top_um),
    .bot_vis = g->top_um + g->height / g->scale,
    .u0 = um_for_x (g, g->tx0) - 100,
    .u1 = um_for_x (g, g->tx1) + 100,
  };

  if (pap < 0 || ret < 0)
    return;

  if (day->inflammation > 0.01)
    draw_inflammation (cr, g, pap, ret);
  if (day->sessions_done > 0 && day->channels_open > 0.01 && g->opts->needle != NULL)
    draw_closing_channels (cr, g, &z);

  if (z.bot_vis < g->dej_um || z.top_vis > z.zone_bot)
    return;
  z.d0 = MAX (z.top_vis, g->dej_um);
  z.d1 = MIN (z.zone_bot, z.bot_vis);
  draw_new_fibres (cr, g, &z);
  draw_fibroblasts (cr, g, &z);
}

static gboolean
course_wanted (const SdPaintGeometry *g)
{
  return g->opts->course_day != NULL;
}

const SdPaintPass _sd_paint_course_pass = {
  .name = "course",
  .part = SD_PAINT_PART_COURSE,
  .clip = SD_PAINT_CLIP_TISSUE,
  .wanted = course_wanted,
  .paint = paint_course,
};
