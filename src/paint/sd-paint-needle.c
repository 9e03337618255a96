/* sd-paint-needle.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pass (overlay): the needle or the roller, the channels it leaves, pinpoint
 * bleeding, the dimple of skin giving way, the layers the tip has entered and
 * the brackets that say how deep it goes.
 */

#define G_LOG_DOMAIN "sd-paint-needle"

#include "config.h"

#include "sd-course-label.h"
#include "sd-paint-private.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

/*
 * Needle, channels, bleeding and the course state (the overlay)
 *
 * Everything here is drawn in the tissue's own frame, the frame of the
 * ruler and of the model's depths: the tip stops at the effective depth,
 * and the part of the needle that never enters (nominal − effective, the
 * skin giving way, SCIENCE.md §2b) stays above the surface. The dimple is
 * drawn over the tissue as a translucent dent of that depth, tapering over
 * a few hundred µm, without moving the layers: moving them would make the
 * ruler lie.
 */

/* The tip starts this far above the skin (µm), at least */
#define NEEDLE_START_ABOVE_UM   200.0
/* Channel width at the surface: 70.7 ± 9.9 µm (Kalluri 2011, §2b) */
#define CHANNEL_WIDTH_UM        70.0
/* Roller: share of the progress in which the first needle goes in */
#define ROLLER_FIRST_SHARE      0.15

double
sd_paint_needle_tip_um (const SdNeedleResult *needle,
                        double                progress)
{
  double start;

  g_return_val_if_fail (needle != NULL, 0.0);

  start = MAX (NEEDLE_START_ABOVE_UM, 0.3 * needle->nominal_um);
  progress = CLAMP (progress, 0, 1);
  if (needle->device == SD_DEVICE_ROLLER)
    progress = MIN (1.0, progress / ROLLER_FIRST_SHARE);
  return -start + (needle->effective_um + start) * progress;
}

/* The shaft and bevelled tip of one needle, hub at @base, tip at @tip (µm) */
static void
needle_shape (cairo_t               *cr,
              const SdPaintGeometry *g,
              double                 xu,
              double                 base,
              double                 tip,
              double                 halfw)
{
  double taper = MIN ((tip - base) * 0.4, 5 * halfw);
  double x = x_for (g, xu);
  double hw = MAX (halfw * g->scale, 1.2);
  cairo_pattern_t *steel;

  cairo_new_path (cr);
  cairo_move_to (cr, x - hw, y_for (g, base));
  cairo_line_to (cr, x - hw, y_for (g, tip - taper));
  cairo_line_to (cr, x, y_for (g, tip));
  cairo_line_to (cr, x + hw, y_for (g, tip - taper));
  cairo_line_to (cr, x + hw, y_for (g, base));
  cairo_close_path (cr);
  steel = cairo_pattern_create_linear (x - hw, 0, x + hw, 0);
  cairo_pattern_add_color_stop_rgb (steel, 0, 0.50, 0.53, 0.58);
  cairo_pattern_add_color_stop_rgb (steel, 0.35, 0.95, 0.96, 0.98);
  cairo_pattern_add_color_stop_rgb (steel, 1, 0.40, 0.43, 0.48);
  cairo_set_source (cr, steel);
  cairo_fill_preserve (cr);
  cairo_pattern_destroy (steel);
  cairo_set_source_rgba (cr, 0.22, 0.24, 0.28, 1);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

/* A wound channel from the surface to @depth, @open 0..1 (closing: narrower, fainter) */
void
_sd_paint_channel (cairo_t               *cr,
                   const SdPaintGeometry *g,
                   double                 xu,
                   double                 depth,
                   double                 open)
{
  double hw = MAX (0.5 * CHANNEL_WIDTH_UM * g->scale * (0.35 + 0.65 * open), 0.8);
  double x = x_for (g, xu), y0 = y_for (g, 0), y1 = y_for (g, depth);

  if (depth <= 0 || open <= 0.01)
    return;
  cairo_new_path (cr);
  cairo_move_to (cr, x - hw, y0);
  cairo_curve_to (cr, x - hw, y0 + 0.6 * (y1 - y0), x - 0.2 * hw, y1, x, y1);
  cairo_curve_to (cr, x + 0.2 * hw, y1, x + hw, y0 + 0.6 * (y1 - y0), x + hw, y0);
  cairo_close_path (cr);
  set_rgb (cr, 0xf6dde3, 0.25 + 0.35 * open);
  cairo_fill_preserve (cr);
  set_rgb (cr, 0x9b1b30, 0.3 + 0.6 * open);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

/* Pinpoint bleeding where a channel crossed the papillary capillaries: a
 * droplet on the surface and red cells along the channel in the dermis.
 * Where bleeding is only possible (the tip nicks the capillary loops without
 * reaching their plexus) the drop is smaller and has fewer red cells. */
static void
bleeding (cairo_t               *cr,
          const SdPaintGeometry *g,
          double                 xu,
          double                 depth,
          double                 amount,
          guint32                salt,
          double                 beside_um)
{
  double dej = _sd_paint_bottom_at (g, SD_LAYER_STRATUM_BASALE, xu);
  double pap_bot = g->bottom_um[SD_LAYER_PAPILLARY_DERMIS];
  gboolean possible = g->opts->needle->bleeding_level == SD_BLEEDING_POSSIBLE;
  double r = MAX (45 * g->scale * (0.5 + 0.5 * amount) * (possible ? 0.6 : 1.0), 3.0);
  double x = x_for (g, xu), y0 = y_for (g, 0);
  cairo_pattern_t *shine;

  if (depth <= dej || amount <= 0)
    return;

  /* red cells escaping the torn capillaries, papillary dermis only */
  for (int i = 0; i < (possible ? 4 : 10); i++)
    {
      double d = dej + (MIN (depth, pap_bot) - dej) * h01 (salt, i, 1);
      double dx = (beside_um + (0.6 + 1.4 * h01 (salt, i, 2) * amount) * CHANNEL_WIDTH_UM)
                  * (i & 1 ? 1 : -1);

      cairo_new_sub_path (cr);
      cairo_arc (cr, x_for (g, xu + dx), y_for (g, d), MAX (3.5 * g->scale, 1.2), 0, 2 * G_PI);
    }
  set_rgb (cr, 0xc8102e, 0.85);
  cairo_fill (cr);

  /* the droplets: domes sitting on the surface, beside the shaft when
   * there is one (@beside_um > 0), else on the channel */
  for (int side = 0; side < (beside_um > 0 && !possible ? 2 : 1); side++)
    {
      double rr = side == 0 ? r : 0.75 * r;
      double xc = beside_um > 0 ? x + (side == 0 ? -1 : 1) * (beside_um * g->scale + rr + 1) : x;

      cairo_new_path (cr);
      cairo_move_to (cr, xc - rr, y0);
      cairo_curve_to (cr, xc - rr, y0 - 1.1 * rr, xc + rr, y0 - 1.1 * rr, xc + rr, y0);
      cairo_close_path (cr);
      set_rgb (cr, 0xb00020, 1);
      cairo_fill (cr);
      shine = cairo_pattern_create_radial (xc - 0.3 * rr, y0 - 0.5 * rr, 0,
                                           xc - 0.3 * rr, y0 - 0.5 * rr, 0.3 * rr);
      cairo_pattern_add_color_stop_rgba (shine, 0, 1, 1, 1, 0.75);
      cairo_pattern_add_color_stop_rgba (shine, 1, 1, 1, 1, 0);
      cairo_set_source (cr, shine);
      cairo_arc (cr, xc - 0.3 * rr, y0 - 0.5 * rr, 0.3 * rr, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_pattern_destroy (shine);
    }
}

static int
deepest_index_at (const SdPaintGeometry *g,
                  double                 xu,
                  double                 depth)
{
  for (guint i = 0; i < g->profile->n_layers; i++)
    if (depth < _sd_paint_bottom_at (g, g->profile->layers[i].id, xu))
      return i;
  return g->profile->n_layers - 1;
}

/* Layers the tip has entered light up around the needle(s): from @u0 to @u1 (µm) */
static void
light_layers (cairo_t               *cr,
              const SdPaintGeometry *g,
              double                 u0,
              double                 u1,
              double                 xu_tip,
              double                 tip,
              gboolean               narrow)
{
  int deepest;
  double reach = narrow ? 120 : MAX (260, 0.08 * g->world_w_um);
  cairo_pattern_t *glow;
  double x0 = x_for (g, u0 - reach), x1 = x_for (g, u1 + reach);

  if (tip <= 0)
    return;
  deepest = deepest_index_at (g, xu_tip, tip);

  cairo_save (cr);
  cairo_new_path (cr);
  _sd_paint_boundary_path (cr, g, -1, FALSE);
  _sd_paint_boundary_path (cr, g, deepest, TRUE);
  cairo_close_path (cr);
  cairo_clip (cr);
  glow = cairo_pattern_create_linear (x0, 0, x1, 0);
  cairo_pattern_add_color_stop_rgba (glow, 0, 1, 0.93, 0.55, 0);
  cairo_pattern_add_color_stop_rgba (glow, (x_for (g, u0) - x0) / MAX (x1 - x0, 1), 1, 0.93, 0.55,
                                     0.42);
  cairo_pattern_add_color_stop_rgba (glow, (x_for (g, u1) - x0) / MAX (x1 - x0, 1), 1, 0.93, 0.55,
                                     0.42);
  cairo_pattern_add_color_stop_rgba (glow, 1, 1, 0.93, 0.55, 0);
  cairo_set_source (cr, glow);
  cairo_rectangle (cr, x0, y_for (g, 0), x1 - x0, y_for (g, g->total_um) - y_for (g, 0));
  cairo_fill (cr);
  cairo_pattern_destroy (glow);
  /* the boundary the tip reached last, traced */
  cairo_new_path (cr);
  _sd_paint_boundary_path (cr, g, deepest - 1, FALSE);
  set_rgb (cr, 0xf0a500, 0.9);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The surface pushed in by @depth at @xu, tapering to nothing at ±@radius */
static void
dimple (cairo_t               *cr,
        const SdPaintGeometry *g,
        double                 xu,
        double                 depth,
        double                 halfw)
{
  double radius = CLAMP (0.8 * depth, 250, 600) + halfw;
  double dash[] = { 5, 4 };
  double y0 = y_for (g, 0);
  int n = 40;

  if (depth * g->scale < 0.5)
    return;
  cairo_new_path (cr);
  cairo_move_to (cr, x_for (g, xu - radius), y0);
  for (int i = 0; i <= n; i++)
    {
      double u = -radius + 2 * radius * i / n;
      double s = CLAMP ((fabs (u) - halfw) / (radius - halfw), 0, 1);
      double c = cos (G_PI / 2 * s);

      cairo_line_to (cr, x_for (g, xu + u), y_for (g, depth * c * c));
    }
  cairo_line_to (cr, x_for (g, xu + radius), y0);
  cairo_close_path (cr);
  set_color (cr, &g->opts->background, 0.22);
  cairo_fill (cr);

  /* the pushed-in surface, dashed: a deformation, not a cut */
  cairo_new_path (cr);
  for (int i = 0; i <= n; i++)
    {
      double u = -radius + 2 * radius * i / n;
      double s = CLAMP ((fabs (u) - halfw) / (radius - halfw), 0, 1);
      double c = cos (G_PI / 2 * s);

      cairo_line_to (cr, x_for (g, xu + u), y_for (g, depth * c * c));
    }
  set_rgb (cr, 0x9c3d63, 0.9);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/* A rounded background behind a label drawn over tissue */
static void
label_pill (cairo_t               *cr,
            const SdPaintGeometry *g,
            PangoLayout           *layout,
            double                 x,
            double                 y)
{
  int lw, lh;

  pango_layout_get_pixel_size (layout, &lw, &lh);
  cairo_new_path (cr);
  _sd_paint_rounded_rect (cr, x - 5, y - 1, lw + 10, lh + 2, 4);
  set_color (cr, &g->opts->background, 0.85);
  cairo_fill (cr);
}

/* A vertical bracket at x from depth d0 to d1 with a label beside it */
static void
bracket (SdPainter             *self,
         cairo_t               *cr,
         const SdPaintGeometry *g,
         double                 x,
         double                 d0,
         double                 d1,
         const char            *text,
         const SdPaintColor    *color,
         gboolean               bold,
         gboolean               label_left)
{
  double y0 = y_for (g, d0), y1 = y_for (g, d1);
  double tick = label_left ? 5 : -5;
  PangoLayout *layout;
  int lw, lh;
  double ly;

  cairo_set_line_width (cr, 2);
  set_color (cr, color, 1);
  cairo_move_to (cr, x + tick, y0);
  cairo_line_to (cr, x, y0);
  cairo_line_to (cr, x, y1);
  cairo_line_to (cr, x + tick, y1);
  cairo_stroke (cr);

  layout = _sd_paint_make_layout (cr, bold ? self->font_bold : self->font, text);
  pango_layout_get_pixel_size (layout, &lw, &lh);
  ly = (CLAMP (y0, 0, g->height) + CLAMP (y1, 0, g->height)) / 2 - lh / 2.0;
  ly = CLAMP (ly, 2, g->height - lh - 2);
  label_pill (cr, g, layout, label_left ? x - 8 - lw : x + 8, ly);
  set_color (cr, color, 1);
  cairo_move_to (cr, label_left ? x - 8 - lw : x + 8, ly);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static void
needle_labels (SdPainter             *self,
               cairo_t               *cr,
               const SdPaintGeometry *g,
               double                 x,
               double                 x_left,
               gboolean               compact)
{
  const SdNeedleResult *n = g->opts->needle;
  double d_gap = n->nominal_um - n->effective_um;
  SdPaintColor warm = { 0.78, 0.33, 0.0, 1 };
  g_autofree char *nom = NULL;
  g_autofree char *eff = NULL;
  g_autofree char *length = NULL;

  if (compact)
    return;
  length = sd_format_length_mm (n->nominal_um / 1000);
  /* translators: bracket along the needle, e.g. "1.5 mm needle" or "1.75 mm needle";
   * %s is the needle length as entered */
  nom = g_strdup_printf (tr (g, N_("%s mm needle")), length);
  /* translators: bracket from the skin surface to the needle tip, e.g. "reaches 0.75 mm" */
  eff = g_strdup_printf (tr (g, N_("reaches %.2f mm")), n->effective_um / 1000);
  bracket (self, cr, g, x + 16, n->effective_um - n->nominal_um, n->effective_um, nom,
           &g->opts->foreground, FALSE,                                           FALSE);
  bracket (self, cr, g, x + 166, 0, n->effective_um, eff, &g->opts->accent, TRUE, FALSE);
  if (d_gap * g->scale > 14 && x_left - 220 > g->tx0)
    {
      /* translators: the part of the needle that does not enter, e.g. "skin gives way 0.75 mm" */
      g_autofree char *gap = g_strdup_printf (tr (g, N_("skin gives way %.2f mm")), d_gap / 1000);
      bracket (self, cr, g, x_left - 52, n->effective_um - n->nominal_um, 0, gap, &warm, FALSE,
                                                                                         TRUE);
    }
}

/* One needle (pen, or the comparison's), its channel, dimple and bleeding */
static void
draw_single_needle (SdPainter             *self,
                    cairo_t               *cr,
                    const SdPaintGeometry *g,
                    double                 xu,
                    gboolean               compact)
{
  const SdNeedleResult *n = g->opts->needle;
  double tip = sd_paint_needle_tip_um (n, g->opts->needle_progress);
  double halfw = 0.5 * (n->device == SD_DEVICE_ROLLER ? 250 : 180);   /* shaft Ø, µm */
  double base = tip - n->nominal_um;
  double depth_in = MAX (0, tip);
  double engage = n->effective_um > 0 ? CLAMP (depth_in / n->effective_um, 0, 1) : 0;
  double x = x_for (g, xu);

  light_layers (cr, g, xu, xu, xu, depth_in, compact);
  if (n->bleeding_level != SD_BLEEDING_NONE
      && depth_in > _sd_paint_bottom_at (g, SD_LAYER_STRATUM_BASALE, xu))
    bleeding (cr, g, xu, depth_in, engage, g->seed + 17, halfw);
  if (!compact)
    dimple (cr, g, xu, (n->nominal_um - n->effective_um) * engage, halfw);
  needle_shape (cr, g, xu, base, tip, halfw);

  if (!compact)
    {
      double w = 2000, h = 4000;   /* the pen's tip, drawn above the hub */

      _sd_paint_draw_svg (self->illustrations, cr, g, SVG_PEN, xu - w / 2, base - h, w, h);
    }
  else
    {
      /* a plain hub */
      cairo_rectangle (cr, x - 3 * halfw * g->scale, y_for (g, base) - 10,
                       6 * halfw * g->scale, 10);
      set_rgb (cr, 0x5b6770, 1);
      cairo_fill (cr);
    }
  if (engage >= 1)
    needle_labels (self, cr, g, x + halfw * g->scale, x - halfw * g->scale, compact);
}

/* The roller: the drum rolls left to right, one needle entering under it,
 * a row of channels behind it */
static void
draw_roller (SdPainter             *self,
             cairo_t               *cr,
             const SdPaintGeometry *g)
{
  const SdNeedleResult *n = g->opts->needle;
  double p = CLAMP (g->opts->needle_progress, 0, 1);
  double ua = um_for_x (g, g->tx0) + 0.32 * (g->tx1 - g->tx0) / g->scale;
  double ub = um_for_x (g, g->tx1) - 0.08 * (g->tx1 - g->tx0) / g->scale;
  double first_tip = sd_paint_needle_tip_um (n, p);
  double ud, pd, halfw = 125;
  double last_done = NAN, deepest = MAX (0, first_tip);
  int n_done = 0;

  /* end exactly on a channel: the last needle is fully in at progress 1 */
  ub = ua + MAX (1, floor ((ub - ua) / ROLLER_PITCH_UM)) * ROLLER_PITCH_UM;

  /* the drum stays over the first channel until that needle is in, then rolls */
  if (p <= ROLLER_FIRST_SHARE)
    ud = ua;
  else
    ud = ua + (ub - ua) * (p - ROLLER_FIRST_SHARE) / (1 - ROLLER_FIRST_SHARE);

  /* channels made so far (snap the row to world positions so it stays put) */
  light_layers (cr, g, ua, MAX (ua, ud), ud, deepest, FALSE);
  for (int k = 0; ; k++)
    {
      double xk = ua + k * ROLLER_PITCH_UM;
      double depth;

      if (xk > ud + ROLLER_PITCH_UM / 2 || xk > ub + 1)
        break;
      if (k == 0)
        depth = MAX (0, first_tip);
      else
        depth = n->effective_um * CLAMP (1 - (xk - ud) / (ROLLER_PITCH_UM / 2), 0, 1);
      if (depth <= 0)
        continue;
      _sd_paint_channel (cr, g, xk, depth, 1);
      /* possible bleeding: a third of the channels bleed */
      if ((n->bleeding_level == SD_BLEEDING_EXPECTED
           || (n->bleeding_level == SD_BLEEDING_POSSIBLE && k % 3 == 0))
          && depth > _sd_paint_bottom_at (g, SD_LAYER_STRATUM_BASALE, xk))
        bleeding (cr, g, xk, depth, depth / n->effective_um, g->seed + 31 * k,
                  fabs (xk - ud) < ROLLER_PITCH_UM / 2 ? halfw : 0);
      if (depth >= n->effective_um)
        {
          last_done = xk;
          n_done++;
        }
    }

  /* the needle pointing down under the drum, and the drum */
  pd = fmod (ud - ua, ROLLER_PITCH_UM);
  if (pd > ROLLER_PITCH_UM / 2)
    pd -= ROLLER_PITCH_UM;
  {
    double xn = ud - pd;   /* the nearest channel position */
    double tipn = (p <= ROLLER_FIRST_SHARE) ? first_tip
                  : n->effective_um * CLAMP (1 - fabs (pd) / (ROLLER_PITCH_UM / 2), 0, 1);
    double base = tipn - n->nominal_um;
    double w = 4000, h = 2000;

    dimple (cr, g, xn, (n->nominal_um - n->effective_um) * CLAMP (tipn / n->effective_um, 0, 1),
            halfw);
    needle_shape (cr, g, xn, base, tipn, halfw);
    _sd_paint_draw_svg (self->illustrations, cr, g, SVG_ROLLER, xn - w / 2, base - h, w, h);
  }

  /* the brackets to the left of the row, once the first channel is made */
  if (n_done > 0 && isfinite (last_done))
    needle_labels (self, cr, g, g->tx0 + 10, g->tx0, FALSE);
}

static gboolean
needle_wanted (const SdPaintGeometry *g)
{
  return g->opts->show_needle && g->opts->needle != NULL;
}

static void
paint_needle (SdPainter             *self,
              cairo_t               *cr,
              const SdPaintGeometry *g)
{
  if (g->opts->needle->device == SD_DEVICE_ROLLER && !g->compact)
    draw_roller (self, cr, g);
  else
    draw_single_needle (self, cr, g, um_for_x (g, (g->tx0 + g->tx1) / 2), g->compact);
}

const SdPaintPass _sd_paint_needle_pass = {
  .name = "needle",
  .part = SD_PAINT_PART_NEEDLE,
  .clip = SD_PAINT_CLIP_TISSUE,
  .wanted = needle_wanted,
  .paint = paint_needle,
};
