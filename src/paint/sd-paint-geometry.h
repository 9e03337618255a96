/* sd-paint-geometry.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sd-painter.h"

G_BEGIN_DECLS

/*
 * The picture's geometry, computed once per paint from (profile, options,
 * width, height) and read by every drawing pass: where the tissue is, the
 * µm ↔ pixel mapping, and the undulating dermal–epidermal junction (DEJ).
 * A value type: initialise one on the stack with sd_paint_geometry_init()
 * and read its fields; it borrows @profile and @options, which must outlive it.
 *
 * A caller that needs several positions in one frame (the widget's snapshot,
 * hit tests) initialises it once instead of calling sd_paint_y_for_depth()
 * and its siblings, which each compute it again.
 */
typedef struct
{
  const SdSkinProfile  *profile;   /* drawn: @adjusted on a course day, else the caller's */
  const SdPaintOptions *opts;
  double   width, height;
  double   tx0, tx1;          /* tissue, px */
  double   scale;             /* px per µm */
  double   top_um;            /* depth at y = 0 */
  double   left_um;           /* µm at x = tx0 */
  double   world_w_um;        /* tissue width at zoom 1, µm: places the appendages */
  double   bottom_um[SD_N_LAYERS]; /* model bottom of each present layer */
  gboolean present[SD_N_LAYERS];
  double   basale_um;         /* basale thickness */
  double   dej_um;            /* mean DEJ depth (model) */
  double   rete_depth;        /* µm below the mean */
  double   rete_period;
  double   total_um;
  double   papilla_ratio;     /* papilla height / ridge depth, for a zero mean */
  double   gland_x[2];        /* sweat glands, µm (NAN: none) */
  double   follicle_x;        /* hair follicle, µm (NAN: none, glabrous skin) */
  guint32  seed;
  gboolean compact;           /* a comparison column: no labels, brackets, pen or dimple */
  SdSkinProfile adjusted;     /* the profile with course_day's epidermis */
} SdPaintGeometry;

void          sd_paint_geometry_init         (SdPaintGeometry       *geometry,
                                              const SdSkinProfile   *profile,
                                              const SdPaintOptions  *options,
                                              double                 width,
                                              double                 height);
double        sd_paint_geometry_x_for_um     (const SdPaintGeometry *geometry,
                                              double                 x_um);
double        sd_paint_geometry_um_for_x     (const SdPaintGeometry *geometry,
                                              double                 x);
double        sd_paint_geometry_y_for_depth  (const SdPaintGeometry *geometry,
                                              double                 depth_um);
double        sd_paint_geometry_depth_for_y  (const SdPaintGeometry *geometry,
                                              double                 y);
/* The depth (µm) of the bottom of layer @id at @x_um, following the DEJ's
 * undulation for the basale and the spinosum. */
double        sd_paint_geometry_bottom_at    (const SdPaintGeometry *geometry,
                                              SdLayerId              id,
                                              double                 x_um);
/* TRUE when (x, y) lies on tissue, with the layer there in @out. */
gboolean      sd_paint_geometry_layer_at     (const SdPaintGeometry *geometry,
                                              double                 x,
                                              double                 y,
                                              SdLayerId             *out);

/* The picture over a geometry already computed: a widget that keeps one for its
 * frame paints and hit-tests with it. The geometry reads the options it was
 * made with, so a caller may change their parts and hovered layer in between. */
void          sd_painter_paint_geometry      (SdPainter             *painter,
                                              cairo_t               *cr,
                                              const SdPaintGeometry *geometry);

G_END_DECLS
