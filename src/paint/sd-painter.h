/* sd-painter.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "sd-course.h"
#include "sd-needle.h"
#include "sd-skin-profile.h"

G_BEGIN_DECLS

/*
 * The cross-section painter: plain cairo/pango/librsvg, no GTK, so that the
 * widget, file export and the command line draw the same picture.
 *
 * Geometry: the vertical axis is depth in µm, linear. At zoom 1 the view
 * fits the epidermis, the dermis and the top of the hypodermis; the zoom
 * multiplies that scale. top_um is the depth shown at the top edge (vertical
 * pan), left_um the horizontal position (µm) at the left edge of the tissue.
 */

/* Zoom range, as a multiple of the default (fitted) scale. The maximum is
 * enough for a 10 µm cell to be tens of pixels tall on any usual window. */
#define SD_PAINT_ZOOM_MIN 0.2
#define SD_PAINT_ZOOM_MAX 64.0

/* A caller that caches the base (SD_PAINT_PART_BASE) repaints it when the
 * course's epidermis has moved the DEJ by this many pixels: between repaints
 * the drawn epidermis is off the model by less than a pixel (≈ 2 µm at zoom 1). */
#define SD_PAINT_EPIDERMIS_REPAINT_PX 1.0

typedef struct
{
  double red, green, blue, alpha;
} SdPaintColor;

/* What sd_painter_paint() draws. A widget caches the base (the tissue, and the
 * ruler, labels and scale bar fixed to the view; it depends on course_day's
 * epidermis thickness) and paints the overlay over it: the course part
 * (course state, caption) when the day changes, the needle part (needle,
 * channels, bleeding) every frame. While the view pans, the cached tissue moves
 * as it is and only what it uncovers and the chrome are painted. */
typedef enum
{
  SD_PAINT_PART_TISSUE  = 1 << 0,   /* moves with the skin: layers, structures, selection */
  SD_PAINT_PART_COURSE  = 1 << 1,   /* the course day: inflammation, channels, fibres, caption */
  SD_PAINT_PART_CHROME  = 1 << 2,   /* fixed to the view: ruler, labels, scale bar */
  SD_PAINT_PART_NEEDLE  = 1 << 3,   /* the needle or roller, its channels, bleeding, dimple */
  SD_PAINT_PART_BASE    = SD_PAINT_PART_TISSUE | SD_PAINT_PART_CHROME,
  SD_PAINT_PART_OVERLAY = SD_PAINT_PART_COURSE | SD_PAINT_PART_NEEDLE,
  SD_PAINT_PART_ALL     = 0xf,
} SdPaintParts;

/* Returns the translation of an English msgid (the layer names, the needle's
 * labels). Must return a string that stays valid (gettext's do). */
typedef const char *(*SdPaintTranslateFunc) (const char *msgid);

/* Options grow by appending fields: always start from sd_paint_options_init(). */
typedef struct
{
  /* View */
  double        zoom;             /* SD_PAINT_ZOOM_MIN..MAX; 1 = fitted default */
  double        top_um;           /* depth at the top edge; NAN = default (a little air above) */
  double        left_um;          /* horizontal pan, µm at the tissue's left edge */

  /* View state drawn on top */
  int           hovered_layer;    /* SdLayerId or -1 */
  int           selected_layer;   /* SdLayerId or -1 */

  /* Decorations */
  gboolean      show_ruler;
  gboolean      show_labels;
  gboolean      show_scale_bar;

  /* Needle overlay (needs @needle). Progress 0 = tip above the skin (needle
   * approaching), 1 = tip at the effective depth. The roller's drum rolls
   * across the section as progress goes 0 → 1, leaving channels. */
  gboolean      show_needle;
  const SdNeedleResult *needle;   /* borrowed */
  double        needle_progress;  /* 0..1 */

  /* Course day number (-1 = none); informational, the state is in course_day */
  int           day;

  /* Colours from the caller (theme) */
  SdPaintColor  foreground;       /* labels, ruler, outlines */
  SdPaintColor  background;       /* behind the tissue */
  SdPaintColor  accent;           /* selection */

  guint32       seed;             /* texture PRNG seed; same inputs, same picture */

  /* The treatment course */
  const SdCourseDay   *course_day;  /* borrowed; NULL = none. Draws inflammation (red tint;
                                     * swelling as tint + label only, so the ruler stays
                                     * true), the latest session's channels closing,
                                     * fibroblasts, new type III and type I fibres, and
                                     * the viable epidermis scaled to epidermis_um (the
                                     * layers below move down; the ruler follows) */
  const char          *caption;     /* borrowed; e.g. "Week 6 · Remodelling"; NULL = none */
  SdPaintTranslateFunc translate;   /* NULL = the painter's own gettext domain */
  SdPaintParts         parts;       /* default SD_PAINT_PART_ALL */
  gboolean             high_contrast; /* the system's high contrast: labels, ruler and
                                       * outlines drawn stronger */
  double               text_scale;  /* labels, ruler, scale bar and caption: 1 = the usual
                                     * size (10 pt at 96 dpi), clamped to 0.5..3; the
                                     * ruler and label columns widen with it */
} SdPaintOptions;

typedef struct _SdPainter SdPainter;

void          sd_paint_options_init      (SdPaintOptions       *options);

SdPainter    *sd_painter_new             (void);
void          sd_painter_free            (SdPainter            *painter);
void          sd_painter_prepare         (SdPainter            *painter,
                                          double                px_per_um,
                                          guint32               seed);

void          sd_painter_paint           (SdPainter            *painter,
                                          cairo_t              *cr,
                                          const SdSkinProfile  *profile,
                                          const SdPaintOptions *options,
                                          double                width,
                                          double                height);
/* Only the hover highlight of options->hovered_layer, for a caller that
 * caches the rest (sd_painter_paint() with hovered_layer -1) */
void          sd_painter_paint_hover     (SdPainter            *painter,
                                          cairo_t              *cr,
                                          const SdSkinProfile  *profile,
                                          const SdPaintOptions *options,
                                          double                width,
                                          double                height);
/* @n columns of the same site to scale, one needle each at full depth,
 * each labelled with its nominal and effective length and the deepest layer.
 * Every column uses the vertical geometry of sd_paint_y_for_depth() for
 * (@profile, @options, @width, @height); a ruler on the left. */
void          sd_painter_paint_comparison (SdPainter           *painter,
                                           cairo_t             *cr,
                                           const SdSkinProfile *profile,
                                           const SdNeedleResult *needles,
                                           guint                n,
                                           const SdPaintOptions *options,
                                           double               width,
                                           double               height);
/* The depth of the needle tip at @progress (µm below the surface; negative
 * while still above the skin), for single needles (pen) and the roller's
 * needle under the drum. Shared with the widget's spoken description. */
double        sd_paint_needle_tip_um     (const SdNeedleResult *needle,
                                          double                progress);
/* TRUE when (x, y) lies on tissue, with the layer there in @out. */
gboolean      sd_painter_layer_at        (SdPainter            *painter,
                                          const SdSkinProfile  *profile,
                                          const SdPaintOptions *options,
                                          double                width,
                                          double                height,
                                          double                x,
                                          double                y,
                                          SdLayerId            *out);
/* The flat fill colour of a layer (textures are drawn over it). */
SdPaintColor  sd_painter_get_layer_color (SdLayerId             id);

/* Geometry shared with the widget (pan, zoom around a point, hit tests). */
double        sd_paint_px_per_um         (const SdSkinProfile  *profile,
                                          const SdPaintOptions *options,
                                          double                width,
                                          double                height);
double        sd_paint_get_top_um        (const SdSkinProfile  *profile,
                                          const SdPaintOptions *options,
                                          double                width,
                                          double                height);
double        sd_paint_y_for_depth       (const SdSkinProfile  *profile,
                                          const SdPaintOptions *options,
                                          double                width,
                                          double                height,
                                          double                depth_um);
double        sd_paint_depth_for_y       (const SdSkinProfile  *profile,
                                          const SdPaintOptions *options,
                                          double                width,
                                          double                height,
                                          double                y);
/* The tissue's horizontal extent in pixels (between ruler and labels). */
void          sd_paint_get_tissue_x      (const SdPaintOptions *options,
                                          double                width,
                                          double               *x0,
                                          double               *x1);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SdPainter, sd_painter_free)

G_END_DECLS
