/* sd-paint-private.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <librsvg/rsvg.h>
#include <math.h>
#include <pango/pango.h>

#include "sd-paint-geometry.h"
#include "sd-paint-palette.h"
#include "sd-paint-text.h"
#include "sd-painter.h"

G_BEGIN_DECLS

/* librsvg 2.54 has no g_autoptr(RsvgHandle): define the cleanup once, here. */
#if !LIBRSVG_CHECK_VERSION (2, 56, 0)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsvgHandle, g_object_unref)
#endif

#define SD_PAINT_RESOURCE_PATH "/io/github/skindeep/SkinDeep/paint/"

/*
 * Parameters of the drawing (not of the model)
 *
 * The dermal–epidermal junction (DEJ) undulates around the model's
 * basale/papillary boundary: rete ridges (epidermal pegs) reach down, dermal
 * papillae rise between them. Their height is not measured in SCIENCE.md
 * (NOT FOUND), so it is a drawing assumption proportional to the thickness
 * of the viable epidermis (basale + spinosum + granulosum):
 *   rete ridge depth below the mean = SD_RETE_DEPTH_FRACTION × viable
 *   spacing of the ridges            = SD_RETE_PERIOD_FRACTION × viable,
 *                                      clamped to 60–220 µm.
 * The undulation has zero mean over every period, so the mean boundary stays
 * exactly at the model's depth. Every other boundary is flat at the model's
 * depth.
 */
#define SD_RETE_DEPTH_FRACTION   0.40
#define SD_RETE_PERIOD_FRACTION  2.0
#define SD_RETE_PERIOD_MIN_UM    60.0
#define SD_RETE_PERIOD_MAX_UM    220.0
/* The ridge takes this share of each period, the papilla the rest. */
#define SD_RETE_PEG_SHARE        0.42

/* Roller: Dermaroller MF8 drum, 2 cm Ø, 192 needles in 8 rows (Schwarz &
 * Laaff 2011, SCIENCE.md §2a): 24 needles around each ring, the 8 staggered
 * rows projected onto the section plane. The course's closing channels use
 * the same spacing. */
#define ROLLER_PITCH_UM         (G_PI * 20000.0 / 24.0 / 8.0)

/*
 * Deterministic noise: same seed, same picture
 */

static inline guint32
hash3 (guint32 seed,
       gint32  a,
       gint32  b)
{
  guint32 h = seed * 0x9E3779B1u ^ (guint32)a * 0x85EBCA77u ^ (guint32)b * 0xC2B2AE3Du;

  h ^= h >> 15;
  h *= 0x2C1B3C6Du;
  h ^= h >> 12;
  h *= 0x297A2D39u;
  h ^= h >> 15;
  return h;
}

static inline double
h01 (guint32 seed,
     gint32  a,
     gint32  b)
{
  return (hash3 (seed, a, b) >> 8) / (double)(1u << 24);
}

static inline double
hpm (guint32 seed,
     gint32  a,
     gint32  b)
{
  return 2.0 * h01 (seed, a, b) - 1.0;
}

/*
 * The geometry's mapping, inline: every pass calls these thousands of times
 */

static inline double
x_for (const SdPaintGeometry *g,
       double                 xu)
{
  return g->tx0 + (xu - g->left_um) * g->scale;
}

static inline double
y_for (const SdPaintGeometry *g,
       double                 d)
{
  return (d - g->top_um) * g->scale;
}

static inline double
um_for_x (const SdPaintGeometry *g,
          double                 x)
{
  return g->left_um + (x - g->tx0) / g->scale;
}

static inline double
ink (const SdPaintOptions *options,
     double                alpha)
{
  return _sd_paint_ink (options->high_contrast, alpha);
}

G_GNUC_FORMAT (2) static inline const char *
tr (const SdPaintGeometry *g,
    const char            *msgid)
{
  if (g->opts->translate != NULL)
    return g->opts->translate (msgid);
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

/* sd-paint-geometry.c */
void          _sd_paint_columns          (const SdPaintOptions  *options,
                                          double                 width,
                                          double                *ruler_w,
                                          double                *labels_w);
double        _sd_paint_dej_offset       (const SdPaintGeometry *g,
                                          double                 xu);
double        _sd_paint_bottom_at        (const SdPaintGeometry *g,
                                          SdLayerId              id,
                                          double                 xu);
gboolean      _sd_paint_undulates        (SdLayerId              id);
double        _sd_paint_layer_top_at     (const SdPaintGeometry *g,
                                          guint                  index,
                                          double                 xu);
void          _sd_paint_boundary_path    (cairo_t               *cr,
                                          const SdPaintGeometry *g,
                                          int                    index,
                                          gboolean               reverse);
void          _sd_paint_layer_path       (cairo_t               *cr,
                                          const SdPaintGeometry *g,
                                          guint                  index);
int           _sd_paint_layer_index      (const SdPaintGeometry *g,
                                          SdLayerId              id);

/* sd-paint-texture.c: the layers' textures and their caches */
typedef struct _SdPaintTextures SdPaintTextures;

SdPaintTextures *_sd_paint_textures_new  (void);
void          _sd_paint_textures_free    (SdPaintTextures       *textures);
void          _sd_paint_textures_prepare (SdPaintTextures       *textures,
                                          double                 px_per_um,
                                          guint32                seed);
void          _sd_paint_fill_layer       (SdPaintTextures       *textures,
                                          cairo_t               *cr,
                                          const SdPaintGeometry *g,
                                          SdLayerId              id);
void          _sd_paint_wavy_fibre       (cairo_t               *cr,
                                          double                 x,
                                          double                 y,
                                          double                 len,
                                          double                 angle,
                                          double                 wave,
                                          double                 phase);

/* sd-paint-illustration.c: the SVG illustrations and their caches */
typedef enum
{
  SVG_FOLLICLE,
  SVG_SWEAT_GLAND,
  SVG_ROLLER,
  SVG_PEN,
  N_SVG
} SvgId;

typedef struct _SdPaintIllustrations SdPaintIllustrations;

SdPaintIllustrations *_sd_paint_illustrations_new (void);
void          _sd_paint_illustrations_free (SdPaintIllustrations *illustrations);
void          _sd_paint_draw_svg         (SdPaintIllustrations  *illustrations,
                                          cairo_t               *cr,
                                          const SdPaintGeometry *g,
                                          SvgId                  id,
                                          double                 xu,
                                          double                 du,
                                          double                 wu,
                                          double                 hu);

struct _SdPainter
{
  SdPaintTextures      *textures;
  SdPaintIllustrations *illustrations;
  PangoFontDescription *font;
  PangoFontDescription *font_bold;
  PangoFontDescription *font_small;
  double                font_scale;   /* the text_scale the fonts are sized for */
};

/* sd-painter.c: sizes the painter's fonts for @options' text scale */
void          _sd_painter_use_text_scale (SdPainter             *painter,
                                          const SdPaintOptions  *options);
/* @options' text scale, clamped */
double        _sd_paint_text_scale       (const SdPaintOptions  *options);

/*
 * Passes: one drawing concern each, in one sd-paint-<pass>.c. sd-painter.c
 * lists them in drawing order and runs those whose part is asked for and
 * which are wanted.
 */

typedef enum
{
  SD_PAINT_CLIP_TISSUE,        /* clipped to [tx0, tx1] */
  SD_PAINT_CLIP_NONE,          /* ruler, labels, caption */
} SdPaintClip;

typedef struct
{
  const char   *name;          /* "tissue", "needle", …: G_MESSAGES_DEBUG=sd-painter timings */
  SdPaintParts  part;          /* SD_PAINT_PART_BASE (cacheable) or SD_PAINT_PART_OVERLAY */
  SdPaintClip   clip;
  gboolean    (*wanted) (const SdPaintGeometry *g);        /* NULL = always */
  void        (*paint)  (SdPainter             *painter,   /* caches, fonts */
                         cairo_t               *cr,
                         const SdPaintGeometry *g);
} SdPaintPass;

extern const SdPaintPass _sd_paint_tissue_pass;
extern const SdPaintPass _sd_paint_junction_pass;
extern const SdPaintPass _sd_paint_structures_pass;
extern const SdPaintPass _sd_paint_edges_pass;
extern const SdPaintPass _sd_paint_highlight_pass;
extern const SdPaintPass _sd_paint_course_pass;
extern const SdPaintPass _sd_paint_needle_pass;
extern const SdPaintPass _sd_paint_scale_bar_pass;
extern const SdPaintPass _sd_paint_ruler_pass;
extern const SdPaintPass _sd_paint_labels_pass;
extern const SdPaintPass _sd_paint_caption_pass;

/* sd-painter.c: the passes of g->opts->parts, for a geometry made by the caller */
void          _sd_painter_paint_geometry (SdPainter             *painter,
                                          cairo_t               *cr,
                                          const SdPaintGeometry *g);

/* sd-paint-highlight.c: the hover (@selected FALSE) or selection outline of layer @id */
void          _sd_paint_highlight        (cairo_t               *cr,
                                          const SdPaintGeometry *g,
                                          int                    id,
                                          gboolean               selected);

/* sd-paint-needle.c: a wound channel from the surface to @depth, @open 0..1 */
void          _sd_paint_channel          (cairo_t               *cr,
                                          const SdPaintGeometry *g,
                                          double                 xu,
                                          double                 depth,
                                          double                 open);

G_END_DECLS
