/* sd-paint-palette.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "sd-course.h"
#include "sd-painter.h"

G_BEGIN_DECLS

/*
 * The colours of the picture and the chart, and how they are set on cairo:
 * one palette, so that the section's new collagen and the chart's curves are
 * the same colours and neither module includes the other.
 */

/* H&E-inspired layer fills (the textures are drawn over them) */
extern const SdPaintColor _sd_paint_layer_colors[SD_N_LAYERS];

#define RGB(c) (c).red, (c).green, (c).blue

static inline SdPaintColor
rgb (guint32 hex,
     double  alpha)
{
  return (SdPaintColor) {
    ((hex >> 16) & 0xff) / 255.0, ((hex >> 8) & 0xff) / 255.0, (hex & 0xff) / 255.0, alpha
  };
}

static inline void
set_rgb (cairo_t *cr,
         guint32  hex,
         double   alpha)
{
  cairo_set_source_rgba (cr,
                         ((hex >> 16) & 0xff) / 255.0,
                         ((hex >> 8) & 0xff) / 255.0,
                         (hex & 0xff) / 255.0,
                         alpha);
}

static inline void
set_color (cairo_t            *cr,
           const SdPaintColor *c,
           double              alpha)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha * alpha);
}

/* How strongly text and lines in the foreground colour are drawn, for the
 * picture and the chart alike: as asked, or, in high contrast, about twice as
 * strong (faint lines stay visible, dimmed text becomes full text). */
static inline double
_sd_paint_ink (gboolean high_contrast,
               double   alpha)
{
  return high_contrast ? MIN (1.0, 0.2 + 2.0 * alpha) : alpha;
}

gboolean      _sd_paint_is_dark          (const SdPaintColor *color);
SdPaintColor  _sd_paint_mix              (SdPaintColor        a,
                                          SdPaintColor        b,
                                          double              t);
/* Collagen types I and III on @background (the chart's series, the
 * section's new fibres and its caption's legend) */
SdPaintColor  _sd_paint_type_i_color     (const SdPaintColor *background);
SdPaintColor  _sd_paint_type_iii_color   (const SdPaintColor *background);
/* A healing phase (transparent for the baseline) */
SdPaintColor  _sd_paint_phase_color      (SdPhase             phase);

G_END_DECLS
