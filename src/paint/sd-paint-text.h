/* sd-paint-text.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/*
 * Text and numbers for the picture and the chart: layouts, round steps for
 * axes, the formats of depths and percentages, rounded boxes behind labels.
 */

/* A layout for @cr at 96 dpi (the picture: it follows the target's font options) */
PangoLayout  *_sd_paint_make_layout       (cairo_t                    *cr,
                                           const PangoFontDescription *font,
                                           const char                 *text);
/* A layout in @context, measured (the chart lays out before it has a cairo_t) */
PangoLayout  *_sd_paint_make_layout_in    (PangoContext               *context,
                                           const PangoFontDescription *font,
                                           const char                 *text,
                                           double                     *width,
                                           double                     *height);

/* The smallest round step ≥ @raw in 1-2-5 steps of any power of ten (the chart) */
double        _sd_paint_nice_step         (double                      raw);
/* The smallest depth step ≥ @min_um a ruler or scale bar shows (1, 2, 5, 10,
 * 20, 25, 50 … µm: 25 and 250 read well as fractions of a millimetre) */
double        _sd_paint_nice_depth_step   (double                      min_um);
/* "120 µm", or in mm from 500 µm steps or 10 mm on */
char         *_sd_paint_format_depth      (double                      um,
                                           double                      step);
/* "+12 %", "−3 %" (a typographic minus), "0 %" */
char         *_sd_paint_format_pct        (double                      value);

/* Appends a rounded rectangle as a closed sub-path */
void          _sd_paint_rounded_rect      (cairo_t                    *cr,
                                           double                      x,
                                           double                      y,
                                           double                      w,
                                           double                      h,
                                           double                      r);

G_END_DECLS
