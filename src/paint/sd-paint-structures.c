/* sd-paint-structures.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pass: the dermis's structures: capillary loops and the two vascular
 * plexuses with their nerves, the sweat glands and the hair follicle.
 */

#define G_LOG_DOMAIN "sd-paint-structures"

#include "config.h"

#include "sd-paint-private.h"

#include <math.h>

static void
vessel (cairo_t               *cr,
        const SdPaintGeometry *g,
        double                 xu,
        double                 d,
        double                 rx_um,
        double                 ry_um,
        gboolean               artery)
{
  double x = x_for (g, xu), y = y_for (g, d);
  double rx = MAX (rx_um * g->scale, 1.5), ry = MAX (ry_um * g->scale, 1.5);
  double wall = artery ? 0.32 : 0.16;

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, rx, ry);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
  set_rgb (cr, artery ? 0xa8283f : 0x2f4f96, 1);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, rx * (1 - wall), ry * (1 - wall));
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
  set_rgb (cr, artery ? 0xe5394f : 0x5a7fd4, 1);
  cairo_fill (cr);

  if (rx > 10)
    {
      /* red cells in the lumen */
      for (int i = 0; i < 5; i++)
        {
          double a = 2 * G_PI * i / 5 + xu;
          set_rgb (cr, artery ? 0xc21f35 : 0x7b3a6e, 0.8);
          cairo_arc (cr, x + 0.4 * rx * cos (a), y + 0.4 * ry * sin (a),
                     MIN (3.5 * g->scale, 0.2 * rx), 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }
}

static void
nerve (cairo_t               *cr,
       const SdPaintGeometry *g,
       double                 xu,
       double                 d,
       double                 r_um)
{
  double x = x_for (g, xu), y = y_for (g, d);
  double r = MAX (r_um * g->scale, 1.5);

  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  set_rgb (cr, 0xf4d35e, 1);
  cairo_fill_preserve (cr);
  set_rgb (cr, 0xb58b1e, 1);
  cairo_set_line_width (cr, MAX (1.0, 0.08 * r));
  cairo_stroke (cr);
  if (r > 8)
    {
      /* fascicles */
      for (int i = 0; i < 5; i++)
        {
          double a = 2 * G_PI * i / 5 + 0.4;
          double rr = i == 4 ? 0 : 0.5 * r;

          cairo_new_sub_path (cr);
          cairo_arc (cr, x + rr * cos (a), y + rr * sin (a), 0.3 * r, 0, 2 * G_PI);
        }
      set_rgb (cr, 0xfae69a, 1);
      cairo_fill_preserve (cr);
      set_rgb (cr, 0xc9a232, 1);
      cairo_set_line_width (cr, MAX (0.8, 0.03 * r));
      cairo_stroke (cr);
    }
}

static void
tube (cairo_t               *cr,
      const SdPaintGeometry *g,
      double                 width_um,
      guint32                hex,
      double                 alpha)
{
  cairo_set_line_width (cr, MAX (width_um * g->scale, 1.2));
  set_rgb (cr, hex, alpha);
  cairo_stroke (cr);
}

/* Capillary loops, one per dermal papilla, from the subpapillary plexus */
static void
draw_capillary_loops (cairo_t               *cr,
                      const SdPaintGeometry *g,
                      double                 u0,
                      double                 u1)
{
  double pap_bot = g->bottom_um[SD_LAYER_PAPILLARY_DERMIS];
  double k0 = floor (u0 / g->rete_period), k1 = ceil (u1 / g->rete_period);
  double base = g->dej_um + 0.45 * (pap_bot - g->dej_um);
  double vx[512], vtip[512], vwig[512];
  int nv = 0;

  cairo_new_path (cr);

  for (double k = k0; k <= k1; k++)
    {
      double xc = (k + SD_RETE_PEG_SHARE + (1 - SD_RETE_PEG_SHARE) / 2) * g->rete_period;
      double tip = g->dej_um + _sd_paint_dej_offset (g, xc) + 5 + g->basale_um * 0.1;
      double half = MAX (5.0, 0.09 * g->rete_period);
      double x = x_for (g, xc);
      double wig = 2.5 * hpm (g->seed, (int)k, 5);

      if (tip >= base)
        continue;
      /* arterial limb up (red), venous limb down (blue) */
      cairo_move_to (cr, x_for (g, xc - half - 2), y_for (g, base));
      cairo_curve_to (cr, x_for (g, xc - half + wig), y_for (g, (base + tip) / 2),
                      x_for (g, xc - half), y_for (g, tip + half),
                      x_for (g, xc - half), y_for (g, tip + half));
      cairo_arc (cr, x, y_for (g, tip + half), half * g->scale, G_PI, 0);
      cairo_move_to (cr, x_for (g, xc + half), y_for (g, tip + half));
      cairo_curve_to (cr, x_for (g, xc + half), y_for (g, tip + half),
                      x_for (g, xc + half - wig), y_for (g, (base + tip) / 2),
                      x_for (g, xc + half + 2), y_for (g, base));
      /* the venous half is stroked again in blue below */
      vx[nv] = xc;
      vtip[nv] = tip;
      vwig[nv] = wig;
      nv = MIN (nv + 1, (int)G_N_ELEMENTS (vx) - 1);
    }
  tube (cr, g, 6, 0xd62f45, 0.95);
  for (int i = 0; i < nv; i++)
    {
      double half = MAX (5.0, 0.09 * g->rete_period);

      cairo_move_to (cr, x_for (g, vx[i]), y_for (g, vtip[i]));
      cairo_arc (cr, x_for (g, vx[i]), y_for (g, vtip[i] + half), half * g->scale,
                 -G_PI / 2, 0);
      cairo_curve_to (cr, x_for (g, vx[i] + half), y_for (g, vtip[i] + half),
                      x_for (g, vx[i] + half - vwig[i]), y_for (g, (base + vtip[i]) / 2),
                      x_for (g, vx[i] + half + 2), y_for (g, base));
    }
  tube (cr, g, 7, 0x5a6fc4, 0.95);
}

/* Subpapillary plexus: horizontal arterioles and venules with their cross sections */
static void
draw_subpapillary_plexus (cairo_t               *cr,
                          const SdPaintGeometry *g,
                          double                 u0,
                          double                 u1)
{
  double pap_bot = g->bottom_um[SD_LAYER_PAPILLARY_DERMIS];
  double dp = pap_bot - 0.12 * (pap_bot - g->dej_um);
  double yA = y_for (g, dp), yV = y_for (g, dp + 14);
  double slot, s0, s1;

  cairo_new_path (cr);
  for (double x = g->tx0 - 16; x <= g->tx1 + 16; x += 16)
    cairo_line_to (cr, x, yA + 3 * g->scale * sin (um_for_x (g, x) / 90.0));
  tube (cr, g, 8, 0xc8283f, 0.85);
  cairo_new_path (cr);
  for (double x = g->tx0 - 16; x <= g->tx1 + 16; x += 16)
    cairo_line_to (cr, x, yV + 4 * g->scale * sin (um_for_x (g, x) / 120.0 + 1));
  tube (cr, g, 12, 0x4664b4, 0.85);

  slot = 320;
  s0 = floor (u0 / slot);
  s1 = ceil (u1 / slot);
  for (double k = s0; k <= s1; k++)
    {
      double xc = (k + 0.2 + 0.6 * h01 (g->seed, (int)k, 301)) * slot;
      vessel (cr, g, xc, dp + 4, 11, 9, TRUE);
      vessel (cr, g, xc + 34, dp + 10, 17, 12, FALSE);
    }
}

/* Deep (cutaneous) plexus at the dermis–hypodermis border, with nerves;
 * communicating vessels and nerve twigs rise towards the papillary dermis */
static void
draw_deep_plexus (cairo_t               *cr,
                  const SdPaintGeometry *g,
                  double                 u0,
                  double                 u1)
{
  double pap_bot = g->bottom_um[SD_LAYER_PAPILLARY_DERMIS];
  double ret_bot = g->bottom_um[SD_LAYER_RETICULAR_DERMIS];
  double dermis = ret_bot - g->dej_um;
  double slot, s0, s1;

  slot = 640;
  s0 = floor (u0 / slot);
  s1 = ceil (u1 / slot);
  for (double k = s0; k <= s1; k++)
    {
      static const double tries[] = { -1, 0.05, 0.6, 0.35, 0.85 };
      double xc = 0;
      double dp = ret_bot - 40 + 30 * hpm (g->seed, (int)k, 402);
      double top = pap_bot - 0.12 * (pap_bot - g->dej_um);
      gboolean clear = FALSE;

      /* a place in this slot clear of the gland coils and the follicle's bulb */
      for (guint t = 0; t < G_N_ELEMENTS (tries) && !clear; t++)
        {
          double f = tries[t] < 0 ? 0.15 + 0.5 * h01 (g->seed, (int)k, 401) : tries[t];

          xc = (k + f) * slot - (f > 0.7 ? 200 : 0);
          clear = TRUE;
          for (int a = 0; a < 3; a++)
            {
              /* the coil is 320 µm wide, the bulb ~120 µm; the group spans
               * xc − 40 .. xc + 200 */
              double ax = a < 2 ? g->gland_x[a] : g->follicle_x;
              double ex = a < 2 ? 175 : 75;

              if (isfinite (ax) && xc + 200 > ax - ex && xc - 40 < ax + ex)
                clear = FALSE;
            }
        }
      if (!clear)
        continue;

      /* candelabra vessels */
      cairo_new_path (cr);
      cairo_move_to (cr, x_for (g, xc), y_for (g, dp));
      cairo_curve_to (cr, x_for (g, xc + 40), y_for (g, dp - dermis * 0.3),
                      x_for (g, xc - 40), y_for (g, top + dermis * 0.3),
                      x_for (g, xc + 10), y_for (g, top));
      tube (cr, g, 10, 0xc8283f, 0.9);
      cairo_new_path (cr);
      cairo_move_to (cr, x_for (g, xc + 70), y_for (g, dp));
      cairo_curve_to (cr, x_for (g, xc + 120), y_for (g, dp - dermis * 0.35),
                      x_for (g, xc + 20), y_for (g, top + dermis * 0.3),
                      x_for (g, xc + 60), y_for (g, top + 10));
      tube (cr, g, 14, 0x4664b4, 0.9);
      /* a nerve twig up to the papillary dermis, free endings at the DEJ */
      cairo_new_path (cr);
      cairo_move_to (cr, x_for (g, xc + 150), y_for (g, dp));
      cairo_curve_to (cr, x_for (g, xc + 220), y_for (g, dp - dermis * 0.5),
                      x_for (g, xc + 120), y_for (g, g->dej_um + dermis * 0.2),
                      x_for (g, xc + 170), y_for (g, g->dej_um + 8));
      tube (cr, g, 6, 0xe0b42a, 0.95);

      vessel (cr, g, xc, dp, 38, 28, TRUE);
      vessel (cr, g, xc + 80, dp + 6, 55, 36, FALSE);
      nerve (cr, g, xc + 160, dp - 4, 34);
    }
}

static void
draw_vessels_and_nerves (cairo_t               *cr,
                         const SdPaintGeometry *g)
{
  double u0 = um_for_x (g, g->tx0 - 100), u1 = um_for_x (g, g->tx1 + 100);

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (g->rete_period * g->scale > 6)
    draw_capillary_loops (cr, g, u0, u1);
  draw_subpapillary_plexus (cr, g, u0, u1);
  draw_deep_plexus (cr, g, u0, u1);
}

static void
draw_sweat_gland (SdPainter             *self,
                  cairo_t               *cr,
                  const SdPaintGeometry *g,
                  double                 xu)
{
  double ret_bot = g->bottom_um[SD_LAYER_RETICULAR_DERMIS];
  double cw = 320, ch = 215;
  double coil_top = ret_bot - 0.55 * ch;
  double dej = g->dej_um + _sd_paint_dej_offset (g, xu);
  double x, y;
  int turns;

  /* The duct: straight-ish through the dermis, corkscrew through the epidermis */
  cairo_new_path (cr);
  cairo_move_to (cr, x_for (g, xu), y_for (g, coil_top + 10));
  cairo_curve_to (cr, x_for (g, xu + 30), y_for (g, coil_top - 0.4 * (coil_top - dej)),
                  x_for (g, xu - 30), y_for (g, dej + 0.4 * (coil_top - dej)),
                  x_for (g, xu), y_for (g, dej + 4));
  turns = MAX (2, (int)(dej / 18));
  for (int i = 1; i <= turns; i++)
    {
      double d = dej - dej * i / (double)turns;
      x = xu + ((i & 1) ? 9 : -9) * (i == turns ? 0 : 1);
      y = d;
      cairo_line_to (cr, x_for (g, x), y_for (g, y));
    }
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  tube (cr, g, 20, 0x7f55a3, 1);
  cairo_new_path (cr);
  cairo_move_to (cr, x_for (g, xu), y_for (g, coil_top + 10));
  cairo_curve_to (cr, x_for (g, xu + 30), y_for (g, coil_top - 0.4 * (coil_top - dej)),
                  x_for (g, xu - 30), y_for (g, dej + 0.4 * (coil_top - dej)),
                  x_for (g, xu), y_for (g, dej + 4));
  for (int i = 1; i <= turns; i++)
    {
      double d = dej - dej * i / (double)turns;
      x = xu + ((i & 1) ? 9 : -9) * (i == turns ? 0 : 1);
      cairo_line_to (cr, x_for (g, x), y_for (g, d));
    }
  tube (cr, g, 5, 0xfbeaf0, 1);

  _sd_paint_draw_svg (self->illustrations, cr, g, SVG_SWEAT_GLAND, xu - cw / 2, coil_top, cw, ch);
}

static void
draw_follicle (SdPainter             *self,
               cairo_t               *cr,
               const SdPaintGeometry *g,
               double                 xu)
{
  double ret_bot = g->bottom_um[SD_LAYER_RETICULAR_DERMIS];
  double hyp = g->total_um - ret_bot;
  double bulb = g->profile->site == SD_SITE_SCALP ? ret_bot + 0.35 * MIN (hyp, 2500)
                                                  : ret_bot * 0.92;
  double w = CLAMP (0.3 * bulb, 240, 420);
  double top = -0.004 * bulb;   /* the follicle's axis is at 1/3 of the SVG's width */

  /* the hair above the surface */
  cairo_new_path (cr);
  cairo_move_to (cr, x_for (g, xu), y_for (g, 0));
  cairo_curve_to (cr, x_for (g, xu - 20), y_for (g, -120), x_for (g, xu - 60), y_for (g, -220),
                  x_for (g, xu - 140), y_for (g, -320));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  tube (cr, g, 0.045 * w, 0x5a3820, 1);

  _sd_paint_draw_svg (self->illustrations, cr, g, SVG_FOLLICLE, xu - w / 3, top, w, bulb - top);
}

static void
paint_structures (SdPainter             *self,
                  cairo_t               *cr,
                  const SdPaintGeometry *g)
{
  /* Appendages, vessels, nerves: clipped to the dermis and below */
  draw_vessels_and_nerves (cr, g);
  for (int a = 0; a < 2; a++)
    if (isfinite (g->gland_x[a]))
      draw_sweat_gland (self, cr, g, g->gland_x[a]);
  if (isfinite (g->follicle_x))
    draw_follicle (self, cr, g, g->follicle_x);
}

const SdPaintPass _sd_paint_structures_pass = {
  .name = "structures",
  .part = SD_PAINT_PART_TISSUE,
  .clip = SD_PAINT_CLIP_TISSUE,
  .wanted = NULL,
  .paint = paint_structures,
};
