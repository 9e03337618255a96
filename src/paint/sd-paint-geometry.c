/* sd-paint-geometry.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where things are: the tissue between the ruler and the labels, the µm ↔
 * pixel mapping, the fitted scale, the course's epidermis and the undulating
 * dermal–epidermal junction with the paths of the layers' boundaries.
 */

#define G_LOG_DOMAIN "sd-paint-geometry"

#include "config.h"

#include "sd-paint-geometry.h"
#include "sd-paint-private.h"

#include <math.h>
#include <string.h>

void
_sd_paint_columns (const SdPaintOptions *opts,
                   double                width,
                   double               *ruler_w,
                   double               *labels_w)
{
  double k = _sd_paint_text_scale (opts);

  *ruler_w = opts->show_ruler ? 64.0 * k : 0.0;
  *labels_w = (opts->show_labels && width >= 480)
              ? MIN (CLAMP (width * 0.2 * k, 196.0 * k, 240.0 * k), MAX (240.0, width * 0.4)) : 0.0;
}

void
sd_paint_get_tissue_x (const SdPaintOptions *options,
                       double                width,
                       double               *x0,
                       double               *x1)
{
  double rw, lw;

  g_return_if_fail (options != NULL);

  _sd_paint_columns (options, width, &rw, &lw);
  if (x0)
    *x0 = rw;
  if (x1)
    *x1 = MAX (rw + 1, width - lw);
}

static double
air_px (double height)
{
  return CLAMP (height * 0.07, 12.0, 72.0);
}

static double
fit_px_per_um (const SdSkinProfile *profile,
               double               height)
{
  double epi = sd_skin_profile_epidermis_um (profile);
  double der = sd_skin_profile_dermis_um (profile);
  double total = sd_skin_profile_total_um (profile);
  double hyp = MAX (0.0, total - epi - der);
  double view = epi + der + MIN (hyp, 0.3 * (epi + der));

  return MAX (1.0, height - air_px (height)) / MAX (view, 1.0);
}

double
sd_paint_px_per_um (const SdSkinProfile  *profile,
                    const SdPaintOptions *options,
                    double                width,
                    double                height)
{
  g_return_val_if_fail (profile != NULL, 1.0);
  g_return_val_if_fail (options != NULL, 1.0);

  return fit_px_per_um (profile, height)
         * CLAMP (options->zoom, SD_PAINT_ZOOM_MIN, SD_PAINT_ZOOM_MAX);
}

double
sd_paint_get_top_um (const SdSkinProfile  *profile,
                     const SdPaintOptions *options,
                     double                width,
                     double                height)
{
  g_return_val_if_fail (profile != NULL, 0.0);
  g_return_val_if_fail (options != NULL, 0.0);

  if (isfinite (options->top_um))
    return options->top_um;
  return -air_px (height) / sd_paint_px_per_um (profile, options, width, height);
}

double
sd_paint_y_for_depth (const SdSkinProfile  *profile,
                      const SdPaintOptions *options,
                      double                width,
                      double                height,
                      double                depth_um)
{
  double top = sd_paint_get_top_um (profile, options, width, height);

  return (depth_um - top) * sd_paint_px_per_um (profile, options, width, height);
}

double
sd_paint_depth_for_y (const SdSkinProfile  *profile,
                      const SdPaintOptions *options,
                      double                width,
                      double                height,
                      double                y)
{
  double top = sd_paint_get_top_um (profile, options, width, height);

  return top + y / sd_paint_px_per_um (profile, options, width, height);
}

/* The course's epidermis: the viable layers (granulosum, spinosum,
 * basale) scaled so that the epidermis measures @epidermis_um; the horny
 * layers keep their thickness, everything below moves down. The scale of the
 * picture stays that of the untreated profile, so the DEJ visibly moves. */
static void
adjust_epidermis (const SdSkinProfile *in,
                  double               epidermis_um,
                  SdSkinProfile       *out)
{
  const SdLayer *gran = sd_skin_profile_find_layer (in, SD_LAYER_STRATUM_GRANULOSUM);
  double horny = gran ? gran->top_um : 0;
  double epi0 = sd_skin_profile_epidermis_um (in);
  double viable0 = epi0 - horny, viable1, k, delta;

  *out = *in;
  if (viable0 <= 0)
    return;
  viable1 = MAX (epidermis_um - horny, 0.3 * viable0);
  k = viable1 / viable0;
  delta = viable1 - viable0;
  for (guint i = 0; i < out->n_layers; i++)
    {
      double *d[2] = { &out->layers[i].top_um, &out->layers[i].bottom_um };

      for (int e = 0; e < 2; e++)
        {
          if (*d[e] <= horny)
            continue;
          else if (*d[e] <= epi0 + 1e-9)
            *d[e] = horny + (*d[e] - horny) * k;
          else
            *d[e] += delta;
        }
    }
}

/**
 * sd_paint_geometry_init:
 *
 * Computes the geometry of a paint of @profile with @options at @width × @height.
 */
void
sd_paint_geometry_init (SdPaintGeometry      *g,
                        const SdSkinProfile  *profile,
                        const SdPaintOptions *opts,
                        double                width,
                        double                height)
{
  double viable = 0, spin = 0, pap = 0;

  g_return_if_fail (g != NULL);
  g_return_if_fail (profile != NULL);
  g_return_if_fail (opts != NULL);

  memset (g, 0, sizeof *g);
  g->profile = profile;
  if (opts->course_day != NULL && opts->course_day->epidermis_um > 0)
    {
      adjust_epidermis (profile, opts->course_day->epidermis_um, &g->adjusted);
      g->profile = &g->adjusted;
    }
  g->opts = opts;
  g->width = width;
  g->height = height;
  sd_paint_get_tissue_x (opts, width, &g->tx0, &g->tx1);
  g->scale = sd_paint_px_per_um (profile, opts, width, height);
  g->top_um = sd_paint_get_top_um (profile, opts, width, height);
  g->left_um = opts->left_um;
  g->world_w_um = (g->tx1 - g->tx0) / fit_px_per_um (profile, height);
  g->total_um = sd_skin_profile_total_um (g->profile);
  g->seed = opts->seed;

  for (guint i = 0; i < g->profile->n_layers; i++)
    {
      const SdLayer *l = &g->profile->layers[i];
      double t = l->bottom_um - l->top_um;

      g->present[l->id] = TRUE;
      g->bottom_um[l->id] = l->bottom_um;
      if (l->id == SD_LAYER_STRATUM_BASALE)
        {
          g->basale_um = t;
          g->dej_um = l->bottom_um;
        }
      if (l->id == SD_LAYER_STRATUM_SPINOSUM)
        spin = t;
      if (l->id == SD_LAYER_PAPILLARY_DERMIS)
        pap = t;
      if (l->id == SD_LAYER_STRATUM_BASALE || l->id == SD_LAYER_STRATUM_SPINOSUM ||
          l->id == SD_LAYER_STRATUM_GRANULOSUM)
        viable += t;
    }

  /* ∫sin³ = 4/3π and ∫sin^1.5 = Γ(1.25)/(√π Γ(1.75)) over one half wave */
  g->papilla_ratio = SD_RETE_PEG_SHARE * (4.0 / (3.0 * G_PI))
                     / ((1 - SD_RETE_PEG_SHARE) * tgamma (1.25) / (sqrt (G_PI) * tgamma (1.75)));
  g->rete_depth = SD_RETE_DEPTH_FRACTION * viable;
  /* Papillae (rising 0.51 × the ridge depth, up to ×1.25 with variation)
   * stay in the lower half of the spinosum; ridge tips in the upper 40 % of the
   * papillary dermis. */
  g->rete_depth = MIN (g->rete_depth, 0.45 * spin / (0.51 * 1.25));
  g->rete_depth = MIN (g->rete_depth, 0.4 * pap / 1.25);
  if (sd_site_is_thick_skin (profile->site))
    {
      /* glabrous skin: no hair, many eccrine glands */
      g->gland_x[0] = 0.26 * g->world_w_um;
      g->gland_x[1] = 0.74 * g->world_w_um;
      g->follicle_x = NAN;
    }
  else
    {
      g->gland_x[0] = 0.30 * g->world_w_um;
      g->gland_x[1] = NAN;
      g->follicle_x = 0.66 * g->world_w_um;
    }
  g->rete_period = CLAMP (SD_RETE_PERIOD_FRACTION * viable,
                          SD_RETE_PERIOD_MIN_UM, SD_RETE_PERIOD_MAX_UM);
}

/* Offset of the DEJ from its mean at @xu, µm (positive = deeper). Zero mean
 * over every period: the ridge share is A·sin³, the papilla −B·sin^1.5 with B
 * chosen so that both areas are equal. Each period varies its height. */
double
_sd_paint_dej_offset (const SdPaintGeometry *g,
                      double                 xu)
{
  double t, k, f, amp;

  if (g->rete_depth <= 0)
    return 0;

  t = xu / g->rete_period;
  k = floor (t);
  f = t - k;
  amp = g->rete_depth * (0.75 + 0.5 * h01 (g->seed, (gint32)k, 71));

  if (f < SD_RETE_PEG_SHARE)
    {
      double s = sin (G_PI * f / SD_RETE_PEG_SHARE);
      return amp * s * s * s;
    }
  else
    {
      double s = sin (G_PI * (f - SD_RETE_PEG_SHARE) / (1 - SD_RETE_PEG_SHARE));
      return -amp * g->papilla_ratio * pow (s, 1.5);
    }
}

/* Depth of a layer's bottom at @xu */
double
_sd_paint_bottom_at (const SdPaintGeometry *g,
                     SdLayerId              id,
                     double                 xu)
{
  if (id == SD_LAYER_STRATUM_BASALE)
    return g->dej_um + _sd_paint_dej_offset (g, xu);
  if (id == SD_LAYER_STRATUM_SPINOSUM)
    return g->dej_um + _sd_paint_dej_offset (g, xu) - g->basale_um;
  return g->bottom_um[id];
}

gboolean
_sd_paint_undulates (SdLayerId id)
{
  return id == SD_LAYER_STRATUM_BASALE || id == SD_LAYER_STRATUM_SPINOSUM;
}

double
_sd_paint_layer_top_at (const SdPaintGeometry *g,
                        guint                  index,
                        double                 xu)
{
  if (index == 0)
    return 0;
  return _sd_paint_bottom_at (g, g->profile->layers[index - 1].id, xu);
}

/* Appends a boundary as a polyline, left to right (or reversed). */
void
_sd_paint_boundary_path (cairo_t               *cr,
                         const SdPaintGeometry *g,
                         int                    index,   /* whose bottom; -1 = surface */
                         gboolean               reverse)
{
  double x0 = g->tx0 - 2, x1 = g->tx1 + 2;

  if (index < 0 || !_sd_paint_undulates (g->profile->layers[index].id))
    {
      double d = index < 0 ? 0 : g->profile->layers[index].bottom_um;
      double y = y_for (g, d);

      if (!reverse)
        {
          cairo_line_to (cr, x0, y);
          cairo_line_to (cr, x1, y);
        }
      else
        {
          cairo_line_to (cr, x1, y);
          cairo_line_to (cr, x0, y);
        }
      return;
    }
  else
    {
      SdLayerId id = g->profile->layers[index].id;
      double step = CLAMP (g->rete_period * g->scale / 24.0, 1.5, 6.0);
      int n = (int)ceil ((x1 - x0) / step);

      for (int i = 0; i <= n; i++)
        {
          double x = reverse ? x1 - i * step : x0 + i * step;
          cairo_line_to (cr, x, y_for (g, _sd_paint_bottom_at (g, id, um_for_x (g, x))));
        }
    }
}

void
_sd_paint_layer_path (cairo_t               *cr,
                      const SdPaintGeometry *g,
                      guint                  index)
{
  cairo_new_path (cr);
  _sd_paint_boundary_path (cr, g, (int)index - 1, FALSE);
  _sd_paint_boundary_path (cr, g, index, TRUE);
  cairo_close_path (cr);
}

int
_sd_paint_layer_index (const SdPaintGeometry *g,
                       SdLayerId              id)
{
  for (guint i = 0; i < g->profile->n_layers; i++)
    if (g->profile->layers[i].id == id)
      return i;
  return -1;
}

double
sd_paint_geometry_x_for_um (const SdPaintGeometry *geometry,
                            double                 x_um)
{
  g_return_val_if_fail (geometry != NULL, 0.0);

  return x_for (geometry, x_um);
}

double
sd_paint_geometry_um_for_x (const SdPaintGeometry *geometry,
                            double                 x)
{
  g_return_val_if_fail (geometry != NULL, 0.0);

  return um_for_x (geometry, x);
}

double
sd_paint_geometry_y_for_depth (const SdPaintGeometry *geometry,
                               double                 depth_um)
{
  g_return_val_if_fail (geometry != NULL, 0.0);

  return y_for (geometry, depth_um);
}

double
sd_paint_geometry_depth_for_y (const SdPaintGeometry *geometry,
                               double                 y)
{
  g_return_val_if_fail (geometry != NULL, 0.0);

  return geometry->top_um + y / geometry->scale;
}

double
sd_paint_geometry_bottom_at (const SdPaintGeometry *geometry,
                             SdLayerId              id,
                             double                 x_um)
{
  g_return_val_if_fail (geometry != NULL, 0.0);
  g_return_val_if_fail (id < SD_N_LAYERS, 0.0);

  return _sd_paint_bottom_at (geometry, id, x_um);
}

gboolean
sd_paint_geometry_layer_at (const SdPaintGeometry *geometry,
                            double                 x,
                            double                 y,
                            SdLayerId             *out)
{
  const SdPaintGeometry *g = geometry;
  double d, xu;

  g_return_val_if_fail (geometry != NULL, FALSE);

  if (x < g->tx0 || x >= g->tx1 || y < 0 || y >= g->height)
    return FALSE;

  d = g->top_um + y / g->scale;
  xu = um_for_x (g, x);
  if (d < 0 || d >= g->total_um)
    return FALSE;

  for (guint i = 0; i < g->profile->n_layers; i++)
    if (d < _sd_paint_bottom_at (g, g->profile->layers[i].id, xu))
      {
        if (out)
          *out = g->profile->layers[i].id;
        return TRUE;
      }
  return FALSE;
}
