/* sd-painter.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-painter"

#include "config.h"

#include "sd-painter.h"
#include "sd-chart.h"
#include "sd-course-label.h"
#include "sd-paint-private.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

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

/* Below this, a tile is drawn once and repeated; above, features are drawn directly. */
#define TILE_MAX_PX 1400.0

typedef enum
{
  TEX_CORNEUM,
  TEX_GRANULOSUM,
  TEX_SPINOSUM,
  TEX_PAPILLARY,
  TEX_RETICULAR,
  TEX_FAT,
  N_TEX
} TexId;

typedef enum
{
  SVG_FOLLICLE,
  SVG_SWEAT_GLAND,
  SVG_ROLLER,
  SVG_PEN,
  N_SVG
} SvgId;

static const char *svg_files[N_SVG] = {
  "hair-follicle.svg", "sweat-gland.svg", "roller-drum.svg", "pen-tip.svg",
};

typedef struct
{
  cairo_surface_t *surface;
  double           px_per_um;
  guint32          seed;
} Tile;

/* A texture drawn at a power-of-two scale ("level", px per µm) at or above the display
 * scale. Exact-scale tiles are resampled from it, so zooming redraws the texture's
 * paths only when it crosses a power of two, and the first level can be drawn on a
 * worker thread while the application starts (sd_painter_prepare). */
typedef struct
{
  cairo_surface_t *surface;
  double           level;
  guint32          seed;
} LevelTile;

/* Work handed to the preparing thread; read by the painter only after joining it. */
typedef struct
{
  double           level;
  guint32          seed;
  LevelTile        tiles[N_TEX];
} Prepared;

typedef struct
{
  cairo_surface_t *surface;
  double           px_per_um;
  int              width, height;   /* whole illustration: its size in pixels */
  gboolean         window;          /* else: a window of it, in µm */
  double           u0, d0, u1, d1;
  double           xu, du, wu, hu;  /* where the illustration is, µm */
} SvgCache;

/* Zoomed far in, a texture is drawn for the visible window plus a margin
 * (in µm), and reused while panning stays inside it */
typedef struct
{
  cairo_surface_t *surface;
  double           px_per_um;
  guint32          seed;
  double           u0, d0, u1, d1;
} WindowCache;

struct _SdPainter
{
  RsvgHandle           *svg[N_SVG];
  SvgCache              svg_cache[N_SVG];
  Tile                  tiles[N_TEX];
  LevelTile             levels[N_TEX];
  GThread              *prepare_thread;   /* owns its Prepared until joined */
  double                prepared_level;
  guint32               prepared_seed;
  WindowCache           windows[N_TEX];
  PangoFontDescription *font;
  PangoFontDescription *font_bold;
  PangoFontDescription *font_small;
  gboolean              compact;   /* inside a comparison column */
};

/* Everything a paint needs, computed once per call */
typedef struct
{
  const SdSkinProfile  *profile;
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
  SdSkinProfile adjusted;     /* the profile with course_day's epidermis */
} Geo;

/*
 * Deterministic noise
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
 * Colours: H&E-inspired, friendly
 */

static const SdPaintColor layer_colors[SD_N_LAYERS] = {
  [SD_LAYER_STRATUM_CORNEUM]    = { 0.945, 0.698, 0.769, 1 },  /* eosinophilic pink */
  [SD_LAYER_STRATUM_LUCIDUM]    = { 0.984, 0.890, 0.918, 1 },  /* glassy, pale */
  [SD_LAYER_STRATUM_GRANULOSUM] = { 0.612, 0.439, 0.722, 1 },  /* basophilic granules */
  [SD_LAYER_STRATUM_SPINOSUM]   = { 0.871, 0.639, 0.800, 1 },  /* pink-lilac */
  [SD_LAYER_STRATUM_BASALE]     = { 0.678, 0.467, 0.769, 1 },  /* deeper purple */
  [SD_LAYER_PAPILLARY_DERMIS]   = { 0.976, 0.812, 0.847, 1 },  /* loose, light pink */
  [SD_LAYER_RETICULAR_DERMIS]   = { 0.918, 0.592, 0.667, 1 },  /* dense, salmon pink */
  [SD_LAYER_HYPODERMIS]         = { 0.992, 0.949, 0.788, 1 },  /* pale yellow fat */
};

#define RGB(c) (c).red, (c).green, (c).blue

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

static inline double
ink (const SdPaintOptions *options,
     double                alpha)
{
  return sd_paint_ink (options->high_contrast, alpha);
}

/*
 * Geometry
 */

static void
columns (const SdPaintOptions *opts,
         double                width,
         double               *ruler_w,
         double               *labels_w)
{
  *ruler_w = opts->show_ruler ? 64.0 : 0.0;
  *labels_w = (opts->show_labels && width >= 480) ? CLAMP (width * 0.2, 196.0, 240.0) : 0.0;
}

void
sd_paint_get_tissue_x (const SdPaintOptions *options,
                       double                width,
                       double               *x0,
                       double               *x1)
{
  double rw, lw;

  g_return_if_fail (options != NULL);

  columns (options, width, &rw, &lw);
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

static void
geo_init (Geo                  *g,
          const SdSkinProfile  *profile,
          const SdPaintOptions *opts,
          double                width,
          double                height)
{
  double viable = 0, spin = 0, pap = 0;

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

static inline double
x_for (const Geo *g,
       double     xu)
{
  return g->tx0 + (xu - g->left_um) * g->scale;
}

static inline double
y_for (const Geo *g,
       double     d)
{
  return (d - g->top_um) * g->scale;
}

static inline double
um_for_x (const Geo *g,
          double     x)
{
  return g->left_um + (x - g->tx0) / g->scale;
}

/* Offset of the DEJ from its mean at @xu, µm (positive = deeper). Zero mean
 * over every period: the ridge share is A·sin³, the papilla −B·sin^1.5 with B
 * chosen so that both areas are equal. Each period varies its height. */
static double
dej_offset (const Geo *g,
            double     xu)
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
static double
bottom_at (const Geo *g,
           SdLayerId  id,
           double     xu)
{
  if (id == SD_LAYER_STRATUM_BASALE)
    return g->dej_um + dej_offset (g, xu);
  if (id == SD_LAYER_STRATUM_SPINOSUM)
    return g->dej_um + dej_offset (g, xu) - g->basale_um;
  return g->bottom_um[id];
}

static gboolean
undulates (SdLayerId id)
{
  return id == SD_LAYER_STRATUM_BASALE || id == SD_LAYER_STRATUM_SPINOSUM;
}

static double
layer_top_at (const Geo *g,
              guint      index,
              double     xu)
{
  if (index == 0)
    return 0;
  return bottom_at (g, g->profile->layers[index - 1].id, xu);
}

/* Appends a boundary as a polyline, left to right (or reversed). */
static void
boundary_path (cairo_t   *cr,
               const Geo *g,
               int        index,   /* layer whose bottom this is; -1 = surface */
               gboolean   reverse)
{
  double x0 = g->tx0 - 2, x1 = g->tx1 + 2;

  if (index < 0 || !undulates (g->profile->layers[index].id))
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
          cairo_line_to (cr, x, y_for (g, bottom_at (g, id, um_for_x (g, x))));
        }
    }
}

static void
layer_path (cairo_t   *cr,
            const Geo *g,
            guint      index)
{
  cairo_new_path (cr);
  boundary_path (cr, g, (int)index - 1, FALSE);
  boundary_path (cr, g, index, TRUE);
  cairo_close_path (cr);
}

static int
layer_index (const Geo *g,
             SdLayerId  id)
{
  for (guint i = 0; i < g->profile->n_layers; i++)
    if (g->profile->layers[i].id == id)
      return i;
  return -1;
}

/*
 * Textures: periodic tiles drawn in µm. Each draws [0, w) × [0, h) and
 * wraps features across the edges so that the tile repeats seamlessly.
 */

typedef struct
{
  double  w, h;               /* tile period, µm */
  double  px;                 /* one pixel, in µm */
  guint32 seed;
  double  cx0, cy0, cx1, cy1; /* only features touching this rectangle are drawn */
} TexCtx;

typedef void (*TexDrawFunc) (cairo_t *cr, const TexCtx *t);

/* Jittered quad mosaic: vertex (i, j) of an nx × ny periodic grid */
static void
mosaic_vertex (guint32 seed,
               int     i,
               int     j,
               int     nx,
               int     ny,
               double  cw,
               double  ch,
               double  jitter,
               double  stagger,
               double *x,
               double *y)
{
  int ii = ((i % nx) + nx) % nx;
  int jj = ((j % ny) + ny) % ny;

  *x = i * cw + (j & 1) * stagger * cw + jitter * cw * hpm (seed, ii, jj * 2 + 1);
  *y = j * ch + jitter * ch * hpm (seed, ii, jj * 2 + 2);
}

static void
draw_cell_mosaic (cairo_t      *cr,
                  const TexCtx *t,
                  double   w,
                  double   h,
                  double   cell_w,
                  double   cell_h,
                  double   jitter,
                  double   stagger,
                  double   inset,
                  guint32  seed,
                  gboolean fill_cells,
                  guint32  fill_a,
                  guint32  fill_b,
                  double   fill_alpha,
                  guint32  edge,
                  double   edge_alpha,
                  double   edge_width)
{
  int nx = MAX (1, (int)round (w / cell_w));
  int ny = MAX (2, ((int)round (h / cell_h) + 1) & ~1);
  double cw = w / nx, ch = h / ny;

  for (int j = -1; j < ny + 1; j++)
    for (int i = -1; i < nx + 1; i++)
      {
        double px[4], py[4], cx = 0, cy = 0;

        mosaic_vertex (seed, i, j, nx, ny, cw, ch, jitter, stagger, &px[0], &py[0]);
        mosaic_vertex (seed, i + 1, j, nx, ny, cw, ch, jitter, stagger, &px[1], &py[1]);
        mosaic_vertex (seed, i + 1, j + 1, nx, ny, cw, ch, jitter, stagger, &px[2], &py[2]);
        mosaic_vertex (seed, i, j + 1, nx, ny, cw, ch, jitter, stagger, &px[3], &py[3]);
        for (int k = 0; k < 4; k++)
          {
            cx += px[k] / 4;
            cy += py[k] / 4;
          }
        if (cx + 2 * cw < t->cx0 || cx - 2 * cw > t->cx1 ||
            cy + 2 * ch < t->cy0 || cy - 2 * ch > t->cy1)
          continue;
        cairo_new_path (cr);
        for (int k = 0; k < 4; k++)
          {
            double ax = cx + (px[k] - cx) * (1 - inset);
            double ay = cy + (py[k] - cy) * (1 - inset);
            double bx = cx + (px[(k + 1) % 4] - cx) * (1 - inset);
            double by = cy + (py[(k + 1) % 4] - cy) * (1 - inset);

            if (k == 0)
              cairo_move_to (cr, (ax + bx) / 2, (ay + by) / 2);
            else
              cairo_curve_to (cr, ax, ay, ax, ay, (ax + bx) / 2, (ay + by) / 2);
          }
        {
          double ax = cx + (px[0] - cx) * (1 - inset);
          double ay = cy + (py[0] - cy) * (1 - inset);
          double bx = cx + (px[1] - cx) * (1 - inset);
          double by = cy + (py[1] - cy) * (1 - inset);
          cairo_curve_to (cr, ax, ay, ax, ay, (ax + bx) / 2, (ay + by) / 2);
        }
        cairo_close_path (cr);
        if (fill_cells)
          {
            int ii = ((i % nx) + nx) % nx, jj = ((j % ny) + ny) % ny;
            set_rgb (cr, h01 (seed, ii + 7, jj + 13) < 0.5 ? fill_a : fill_b, fill_alpha);
            cairo_fill_preserve (cr);
          }
        set_rgb (cr, edge, edge_alpha);
        cairo_set_line_width (cr, edge_width);
        cairo_stroke (cr);
      }
}

/* Draws a feature at (x, y) and its wrapped copies that touch the tile */
#define WRAP(w, h, x, y, r, BODY) \
  for (int _wx = -1; _wx <= 1; _wx++) \
    for (int _wy = -1; _wy <= 1; _wy++) \
      { \
        double X = (x) + _wx * (w), Y = (y) + _wy * (h); \
        if (X + (r) < t->cx0 || X - (r) > t->cx1 || Y + (r) < t->cy0 || Y - (r) > t->cy1) \
          continue; \
        BODY \
      }

/* Spindle-shaped fibroblast nuclei scattered through a dermis texture: one
 * per @area px², half-axes @rx × @ry px, tilted up to ±@tilt rad */
static void
fibroblast_nuclei (cairo_t      *cr,
                   const TexCtx *t,
                   double        area,
                   int           salt,
                   guint32       rgb,
                   double        rx,
                   double        ry,
                   double        tilt)
{
  double w = t->w, h = t->h;
  guint32 seed = t->seed;

  set_rgb (cr, rgb, 0.85);
  for (int i = 0; i < (int)(w * h / area); i++)
    {
      double x = w * h01 (seed, i, salt), y = h * h01 (seed, i, salt + 1);
      double a = tilt * hpm (seed, i, salt + 2);

      WRAP (w, h, x, y, rx + 1,
            {
              cairo_save (cr);
              cairo_translate (cr, X, Y);
              cairo_rotate (cr, a);
              cairo_scale (cr, rx, ry);
              cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
              cairo_restore (cr);
              cairo_fill (cr);
            })
    }
}

static void
tex_corneum (cairo_t      *cr,
            const TexCtx *t)
{
  double w = t->w, h = t->h, px = t->px;
  guint32 seed = t->seed;
  /* Flattened anucleate corneocytes in a loose "basket weave" */
  double spacing = MAX (2.6, 2.2 * px);
  int rows = MAX (1, (int)floor (h / spacing));

  spacing = h / rows;
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, MAX (0.8, 0.35 * spacing));
  for (int r = 0; r < rows; r++)
    {
      double x = -w * h01 (seed, r, 1);
      double y0 = (r + 0.5) * spacing;

      while (x < w)
        {
          double len = 18 + 22 * h01 (seed, r, (int)(x * 8) + 3);
          double dy = 0.25 * spacing * hpm (seed, r, (int)(x * 8) + 5);
          double gap = 2 + 4 * h01 (seed, r, (int)(x * 8) + 9);
          double x1 = x + len;

          set_rgb (cr, 0xdc8aa6, 0.6);
          WRAP (w, h, (x + x1) / 2, y0, len,
                {
                  cairo_move_to (cr, X - len / 2, Y + dy);
                  cairo_curve_to (cr, X - len / 6, Y - dy, X + len / 6, Y + dy, X + len / 2, Y - dy);
                  cairo_stroke (cr);
                })
          x = x1 + gap;
        }
    }
}

static void
tex_granulosum (cairo_t      *cr,
               const TexCtx *t)
{
  double w = t->w, h = t->h, px = t->px;
  guint32 seed = t->seed;
  /* Flattened diamond cells full of dark keratohyalin granules */
  draw_cell_mosaic (cr, t, w, h, 24, 7, 0.15, 0.5, 0.06, seed, TRUE, 0x9a6dbb, 0x8f62b0, 0.5,
                    0xe4c3e6, 0.9, MAX (0.6, 1.0 * px));
  if (px > 1.2)
    return;
  for (int i = 0; i < (int)(w * h / 8); i++)
    {
      double x = w * h01 (seed, i, 21), y = h * h01 (seed, i, 22);
      double r = 0.45 + 0.35 * h01 (seed, i, 23);

      set_rgb (cr, 0x3f2266, 0.75);
      WRAP (w, h, x, y, r,
            {
              cairo_arc (cr, X, Y, r, 0, 2 * G_PI);
              cairo_fill (cr);
            })
    }
}

static void
tex_spinosum (cairo_t      *cr,
             const TexCtx *t)
{
  double w = t->w, h = t->h, px = t->px;
  guint32 seed = t->seed;
  /* Polygonal keratinocytes joined by "spines": pale gaps between cells,
   * a round purple nucleus with a nucleolus in each */
  double cell = 12.0;
  int nx = MAX (1, (int)round (w / cell));
  int ny = MAX (2, ((int)round (h / (cell * 0.9)) + 1) & ~1);
  double cw = w / nx, ch = h / ny;

  /* small on screen: softer outlines, so that the layer reads as a tone */
  gboolean small = px > 0.09;

  draw_cell_mosaic (cr, t, w, h, cell, cell * 0.9, 0.18, 0.5, 0.05, seed, TRUE, 0xe2a9d2, 0xd69cc6,
                    0.7, 0xf6e0ee, small ? 0.3 : 0.95, MAX (0.8, (small ? 0.8 : 1.2) * px));
  for (int j = 0; j < ny; j++)
    for (int i = 0; i < nx; i++)
      {
        double x0, y0, x1, y1;
        double cx, cy, rx = 2.8 + 0.5 * h01 (seed, i, j + 40), ry = 2.3 + 0.4 * h01 (seed, i, j + 41);
        double ang = 0.6 * hpm (seed, i, j + 42);

        mosaic_vertex (seed, i, j, nx, ny, cw, ch, 0.18, 0.5, &x0, &y0);
        mosaic_vertex (seed, i + 1, j + 1, nx, ny, cw, ch, 0.18, 0.5, &x1, &y1);
        cx = (x0 + x1) / 2;
        cy = (y0 + y1) / 2;
        WRAP (w, h, cx, cy, rx,
              {
                cairo_save (cr);
                cairo_translate (cr, X, Y);
                cairo_rotate (cr, ang);
                cairo_scale (cr, rx, ry);
                cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
                cairo_restore (cr);
                set_rgb (cr, 0x6b479f, small ? 0.4 : 0.85);
                cairo_fill (cr);
                if (px < 0.7)
                  {
                    cairo_arc (cr, X + 0.6, Y - 0.4, 0.7, 0, 2 * G_PI);
                    set_rgb (cr, 0x3b2166, 0.9);
                    cairo_fill (cr);
                  }
              })
      }
}

static void
wavy_fibre (cairo_t *cr,
            double   x,
            double   y,
            double   len,
            double   angle,
            double   wave,
            double   phase)
{
  int n = 6;
  double dx = cos (angle), dy = sin (angle);

  cairo_move_to (cr, x, y);
  for (int i = 1; i <= n; i++)
    {
      double t = (double)i / n;
      double off = wave * sin (phase + t * 2 * G_PI * 1.5);
      cairo_line_to (cr, x + dx * len * t - dy * off, y + dy * len * t + dx * off);
    }
}

static void
tex_papillary (cairo_t      *cr,
              const TexCtx *t)
{
  double w = t->w, h = t->h, px = t->px;
  guint32 seed = t->seed;
  /* Loose, fine collagen (types I and III) and a few fibroblasts */
  int n = (int)(w * h / 260);

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (int i = 0; i < n; i++)
    {
      double x = w * h01 (seed, i, 1), y = h * h01 (seed, i, 2);
      double len = 18 + 30 * h01 (seed, i, 3);
      double a = G_PI * hpm (seed, i, 4) * 0.6;

      cairo_set_line_width (cr, MAX (0.8 * px, 0.6 + 0.9 * h01 (seed, i, 5)));
      set_rgb (cr, 0xe49ab2, 0.8);
      WRAP (w, h, x, y, len,
            {
              wavy_fibre (cr, X, Y, len, a, 1.5, h01 (seed, i, 6) * 6);
              cairo_stroke (cr);
            })
    }
  fibroblast_nuclei (cr, t, 2500, 11, 0x5d3d8f, 5, 1.4, 0.5);
}

static void
tex_reticular (cairo_t      *cr,
              const TexCtx *t)
{
  double w = t->w, h = t->h, px = t->px;
  guint32 seed = t->seed;
  /* Dense, coarse, interwoven bundles of type I collagen running mostly
   * parallel to the surface, thin dark elastin fibres between them */
  int n = (int)(w * h / 2600);

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (int i = 0; i < n; i++)
    {
      double x = w * h01 (seed, i, 1), y = h * h01 (seed, i, 2);
      double len = 90 + 140 * h01 (seed, i, 3);
      double a = 0.35 * hpm (seed, i, 4) + (h01 (seed, i, 9) < 0.15 ? 1.2 * hpm (seed, i, 10) : 0);
      double thick = 7 + 12 * h01 (seed, i, 5);
      double ph = 6 * h01 (seed, i, 6);

      WRAP (w, h, x, y, len + thick,
            {
              wavy_fibre (cr, X, Y, len, a, 4, ph);
              set_rgb (cr, 0xd77594, 0.55);
              cairo_set_line_width (cr, thick);
              cairo_stroke_preserve (cr);
              set_rgb (cr, 0xf2b3c4, 0.55);
              cairo_set_line_width (cr, MAX (thick * 0.3, 0.8 * px));
              cairo_stroke (cr);
            })
    }
  for (int i = 0; i < (int)(w * h / 9000); i++)
    {
      double x = w * h01 (seed, i, 21), y = h * h01 (seed, i, 22);
      double len = 120 + 160 * h01 (seed, i, 23);
      double a = 0.5 * hpm (seed, i, 24);

      set_rgb (cr, 0x6e2f6e, 0.8);
      cairo_set_line_width (cr, MAX (1.2, 0.9 * px));
      WRAP (w, h, x, y, len,
            {
              wavy_fibre (cr, X, Y, len, a, 6, h01 (seed, i, 25) * 6);
              cairo_stroke (cr);
            })
    }
  fibroblast_nuclei (cr, t, 5000, 31, 0x54357f, 6, 1.5, 0.3);
}

/* Centre of adipocyte (i, j) on a periodic, jittered hexagonal lattice */
static void
fat_cell_centre (guint32 seed,
                 int     i,
                 int     j,
                 int     nx,
                 int     ny,
                 double  cw,
                 double  ch,
                 double *x,
                 double *y)
{
  int ii = ((i % nx) + nx) % nx, jj = ((j % ny) + ny) % ny;

  *x = (i + 0.5 + ((j & 1) ? 0.5 : 0) + 0.18 * hpm (seed, ii, jj * 2 + 1)) * cw;
  *y = (j + 0.5 + 0.18 * hpm (seed, ii, jj * 2 + 2)) * ch;
}

static int
fat_lobule (guint32 seed,
            int     i,
            int     j,
            int     nx,
            int     ny)
{
  /* nearest of a few jittered lobule centres, periodic over the tile */
  int lx = MAX (1, nx / 4), ly = MAX (1, ny / 4);
  double sx = (double)nx / lx, sy = (double)ny / ly;
  double best = G_MAXDOUBLE;
  int ii = ((i % nx) + nx) % nx, jj = ((j % ny) + ny) % ny;
  int out = 0;

  for (int a = 0; a < lx; a++)
    for (int b = 0; b < ly; b++)
      {
        double cx = (a + 0.5 + 0.4 * hpm (seed, a, b + 500)) * sx;
        double cy = (b + 0.5 + 0.4 * hpm (seed, a, b + 600)) * sy;
        double dx = fabs (ii + 0.5 + ((jj & 1) ? 0.5 : 0) - cx), dy = fabs (jj + 0.5 - cy);

        dx = MIN (dx, nx - dx);
        dy = MIN (dy, ny - dy);
        if (dx * dx + dy * dy < best)
          {
            best = dx * dx + dy * dy;
            out = a * ly + b;
          }
      }
  return out;
}

static void
tex_fat (cairo_t      *cr,
         const TexCtx *t)
{
  double w = t->w, h = t->h, px = t->px;
  guint32 seed = t->seed;
  /* Adipocytes (~70 µm): one big lipid droplet each, thin pink rims meeting
   * like chicken wire, in lobules separated by fibrous septa */
  double cell = 70;
  int nx = MAX (1, (int)round (w / cell));
  int ny = MAX (2, ((int)round (h / (cell * 0.866)) + 1) & ~1);
  double cw = w / nx, ch = h / ny;
  gboolean far = cell / px < 18;
  static const int nb[3][2] = { { 1, 0 }, { 0, 1 }, { -1, 1 } };

  /* rims: the background between the droplets */
  set_rgb (cr, 0xefc6cf, 1);
  cairo_paint (cr);

  for (int j = -1; j <= ny; j++)
    for (int i = -1; i <= nx; i++)
      {
        double x, y, r;
        int ii = ((i % nx) + nx) % nx, jj = ((j % ny) + ny) % ny;

        fat_cell_centre (seed, i, j, nx, ny, cw, ch, &x, &y);
        /* ≥ cw/√3 closes the gaps of the hexagonal packing */
        r = cw * (0.58 + 0.04 * h01 (seed, ii, jj + 70));
        if (x + r < t->cx0 || x - r > t->cx1 || y + r < t->cy0 || y - r > t->cy1)
          continue;
        cairo_new_path (cr);
        cairo_arc (cr, x, y, r, 0, 2 * G_PI);
        set_rgb (cr, h01 (seed, ii + 7, jj + 13) < 0.5 ? 0xfdf4d2 : 0xfbefc6, 1);
        cairo_fill_preserve (cr);
        set_rgb (cr, 0xe3a5b4, far ? 0.35 : 0.9);
        cairo_set_line_width (cr, MAX (1.0 * px, 1.4));
        cairo_stroke (cr);

        /* a flattened nucleus pressed against the rim of some cells */
        if (h01 (seed, ii, jj + 90) < 0.25 && !far)
          {
            double a = 2 * G_PI * h01 (seed, ii, jj + 91);

            cairo_save (cr);
            cairo_translate (cr, x + 0.86 * r * cos (a), y + 0.86 * r * sin (a));
            cairo_rotate (cr, a + G_PI / 2);
            cairo_scale (cr, 6, 1.8);
            cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
            cairo_restore (cr);
            set_rgb (cr, 0x6b4a9b, 0.8);
            cairo_fill (cr);
          }
      }

  /* septa: along the boundary between neighbours of different lobules */
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  set_rgb (cr, 0xdb8da1, 0.95);
  cairo_set_line_width (cr, MAX (7.0, 2.0 * px));
  for (int j = -1; j <= ny; j++)
    for (int i = -1; i <= nx; i++)
      {
        double x0, y0;
        int here = fat_lobule (seed, i, j, nx, ny);

        fat_cell_centre (seed, i, j, nx, ny, cw, ch, &x0, &y0);
        for (int k = 0; k < 3; k++)
          {
            /* half the hex neighbours (right, lower two): odd rows are
             * shifted right by half a cell */
            int ni = i + nb[k][0] + ((nb[k][1] != 0 && (j & 1)) ? 1 : 0);
            int nj = j + nb[k][1];
            double x1, y1, mx, my, dx, dy, len;
            if (fat_lobule (seed, ni, nj, nx, ny) == here)
              continue;
            fat_cell_centre (seed, ni, nj, nx, ny, cw, ch, &x1, &y1);
            mx = (x0 + x1) / 2;
            my = (y0 + y1) / 2;
            dx = x1 - x0;
            dy = y1 - y0;
            len = sqrt (dx * dx + dy * dy);
            if (len <= 0 || mx < t->cx0 - cw || mx > t->cx1 + cw || my < t->cy0 - ch ||
                my > t->cy1 + ch)
              continue;
            /* perpendicular through the midpoint, a cell side long */
            cairo_move_to (cr, mx - dy / len * 0.33 * cw, my + dx / len * 0.33 * cw);
            cairo_line_to (cr, mx + dy / len * 0.33 * cw, my - dx / len * 0.33 * cw);
          }
      }
  cairo_stroke (cr);
}

static const struct
{
  TexDrawFunc draw;
  double      w, h;     /* tile period, µm */
} textures[N_TEX] = {
  [TEX_CORNEUM]    = { tex_corneum, 240, 48 },
  [TEX_GRANULOSUM] = { tex_granulosum, 144, 42 },
  [TEX_SPINOSUM]   = { tex_spinosum, 120, 108 },
  [TEX_PAPILLARY]  = { tex_papillary, 240, 240 },
  [TEX_RETICULAR]  = { tex_reticular, 640, 480 },
  [TEX_FAT]        = { tex_fat, 1050, 840 },
};

static const TexId layer_texture[SD_N_LAYERS] = {
  [SD_LAYER_STRATUM_CORNEUM]    = TEX_CORNEUM,
  [SD_LAYER_STRATUM_LUCIDUM]    = N_TEX,
  [SD_LAYER_STRATUM_GRANULOSUM] = TEX_GRANULOSUM,
  [SD_LAYER_STRATUM_SPINOSUM]   = TEX_SPINOSUM,
  [SD_LAYER_STRATUM_BASALE]     = N_TEX,
  [SD_LAYER_PAPILLARY_DERMIS]   = TEX_PAPILLARY,
  [SD_LAYER_RETICULAR_DERMIS]   = TEX_RETICULAR,
  [SD_LAYER_HYPODERMIS]         = TEX_FAT,
};

/* The layer a texture belongs to: its tile's background colour. */
static SdLayerId
texture_layer (TexId tex)
{
  for (guint id = 0; id < SD_N_LAYERS; id++)
    if (layer_texture[id] == tex)
      return id;
  g_assert_not_reached ();
}

/* Draws one period of a texture into a new opaque iw × ih surface at @px_per_um.
 * Pure: safe to call from the preparing thread. */
static cairo_surface_t *
render_texture (TexId   tex,
                int     iw,
                int     ih,
                double  px_per_um,
                guint32 seed)
{
  double tw = textures[tex].w, th = textures[tex].h;
  TexCtx t = { tw, th, 1.0 / px_per_um, seed + tex * 7919, 0, 0, tw, th };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, iw, ih);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, RGB (layer_colors[texture_layer (tex)]));
  cairo_paint (cr);
  cairo_scale (cr, iw / tw, ih / th);
  textures[tex].draw (cr, &t);
  cairo_destroy (cr);

  return surface;
}

/* The power-of-two scale at or above @px_per_um: drawn there, a texture is at most
 * halved when resampled to the display, never enlarged. */
static double
level_for_scale (double px_per_um)
{
  return exp2 (ceil (log2 (px_per_um) - 1e-9));
}

static void
level_tile_size (TexId   tex,
                 double  level,
                 int    *iw,
                 int    *ih)
{
  *iw = (int)ceil (textures[tex].w * level);
  *ih = (int)ceil (textures[tex].h * level);
}

static gpointer
prepare_thread_func (gpointer data)
{
  Prepared *prepared = data;

  for (TexId tex = 0; tex < N_TEX; tex++)
    {
      int iw, ih;

      level_tile_size (tex, prepared->level, &iw, &ih);
      prepared->tiles[tex].surface = render_texture (tex, iw, ih, prepared->level, prepared->seed);
      prepared->tiles[tex].level = prepared->level;
      prepared->tiles[tex].seed = prepared->seed;
    }

  return prepared;
}

/* Waits for the preparing thread; keeps its tiles where they are still wanted. */
static void
finish_prepare (SdPainter *self)
{
  Prepared *prepared;

  if (self->prepare_thread == NULL)
    return;

  prepared = g_thread_join (g_steal_pointer (&self->prepare_thread));
  for (TexId tex = 0; tex < N_TEX; tex++)
    {
      if (self->levels[tex].surface == NULL)
        self->levels[tex] = prepared->tiles[tex];
      else
        g_clear_pointer (&prepared->tiles[tex].surface, cairo_surface_destroy);
    }
  g_free (prepared);
}

/* The texture drawn at the level for @px_per_um, or NULL where that level would make
 * too large an image (zoomed far in: the exact scale is drawn directly instead). */
static cairo_surface_t *
level_tile (SdPainter *self,
            TexId      tex,
            double     px_per_um,
            guint32    seed)
{
  LevelTile *tile = &self->levels[tex];
  double level = level_for_scale (px_per_um);
  int iw, ih;

  level_tile_size (tex, level, &iw, &ih);
  if (MAX (iw, ih) > TILE_MAX_PX)
    return NULL;

  /* Join the preparing thread only when it is drawing what is wanted now. */
  if (self->prepare_thread != NULL && self->prepared_level == level && self->prepared_seed == seed)
    {
      g_clear_pointer (&tile->surface, cairo_surface_destroy);
      finish_prepare (self);
    }

  if (tile->surface == NULL || tile->level != level || tile->seed != seed)
    {
      g_clear_pointer (&tile->surface, cairo_surface_destroy);
      tile->surface = render_texture (tex, iw, ih, level, seed);
      tile->level = level;
      tile->seed = seed;
    }

  return tile->surface;
}

/* One period of the texture at the display scale: @level resampled to iw × ih. */
static cairo_surface_t *
resample_tile (cairo_surface_t *level,
               int              iw,
               int              ih)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, iw, ih);
  cairo_t *cr = cairo_create (surface);
  cairo_pattern_t *pattern;

  cairo_scale (cr, (double)iw / cairo_image_surface_get_width (level),
               (double)ih / cairo_image_surface_get_height (level));
  pattern = cairo_pattern_create_for_surface (level);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_GOOD);
  cairo_set_source (cr, pattern);
  cairo_paint (cr);
  cairo_pattern_destroy (pattern);
  cairo_destroy (cr);

  return surface;
}

/* Fills the current path (a layer) with the layer's colour and texture,
 * anchored at world (0, 0) so that it stays put while panning. Tiles are
 * opaque (colour included) and repeated untransformed, cairo's fastest path;
 * zoomed far in, the few visible features are drawn directly instead. */
static void
fill_layer (SdPainter *self,
            cairo_t   *cr,
            const Geo *g,
            SdLayerId  id)
{
  TexId tex = layer_texture[id];
  double tw, th, pw, ph;

  if (tex == N_TEX)
    {
      cairo_set_source_rgb (cr, RGB (layer_colors[id]));
      cairo_fill (cr);
      return;
    }

  tw = textures[tex].w;
  th = textures[tex].h;
  pw = tw * g->scale;
  ph = th * g->scale;

  if (pw < 4 || ph < 4)
    {
      cairo_set_source_rgb (cr, RGB (layer_colors[id]));
      cairo_fill (cr);
    }
  else if (pw <= TILE_MAX_PX && ph <= TILE_MAX_PX)
    {
      Tile *tile = &self->tiles[tex];
      int iw = (int)ceil (pw), ih = (int)ceil (ph);
      cairo_pattern_t *pattern;
      cairo_matrix_t m;

      if (tile->surface == NULL || tile->px_per_um != g->scale || tile->seed != g->seed)
        {
          cairo_surface_t *level = level_tile (self, tex, g->scale, g->seed);

          g_clear_pointer (&tile->surface, cairo_surface_destroy);
          if (level != NULL)
            tile->surface = resample_tile (level, iw, ih);
          else
            tile->surface = render_texture (tex, iw, ih, g->scale, g->seed);
          tile->px_per_um = g->scale;
          tile->seed = g->seed;
        }

      pattern = cairo_pattern_create_for_surface (tile->surface);
      cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
      cairo_pattern_set_filter (pattern, CAIRO_FILTER_FAST);
      cairo_matrix_init_translate (&m, -round (x_for (g, 0)), -round (y_for (g, 0)));
      cairo_pattern_set_matrix (pattern, &m);
      cairo_set_source (cr, pattern);
      cairo_fill (cr);
      cairo_pattern_destroy (pattern);
    }
  else
    {
      WindowCache *wc = &self->windows[tex];
      double cx0, cy0, cx1, cy1, u0, u1, d0, d1;
      cairo_pattern_t *pattern;
      cairo_matrix_t m;

      cairo_path_extents (cr, &cx0, &cy0, &cx1, &cy1);
      cx0 = MAX (cx0, g->tx0);
      cx1 = MIN (cx1, g->tx1);
      cy0 = MAX (cy0, 0);
      cy1 = MIN (cy1, g->height);
      if (cx1 <= cx0 || cy1 <= cy0)
        {
          cairo_new_path (cr);
          return;
        }
      u0 = um_for_x (g, cx0);
      u1 = um_for_x (g, cx1);
      d0 = g->top_um + cy0 / g->scale;
      d1 = g->top_um + cy1 / g->scale;

      if (wc->surface == NULL || wc->px_per_um != g->scale || wc->seed != g->seed ||
          u0 < wc->u0 || u1 > wc->u1 || d0 < wc->d0 || d1 > wc->d1)
        {
          double mu = 0.25 * (u1 - u0), md = 0.25 * (d1 - d0);
          int w, h;
          cairo_t *wcr;

          u0 -= mu;
          u1 += mu;
          d0 -= md;
          d1 += md;
          w = (int)ceil ((u1 - u0) * g->scale);
          h = (int)ceil ((d1 - d0) * g->scale);

          g_clear_pointer (&wc->surface, cairo_surface_destroy);
          wc->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
          wcr = cairo_create (wc->surface);
          cairo_set_antialias (wcr, CAIRO_ANTIALIAS_FAST);
          cairo_set_source_rgb (wcr, RGB (layer_colors[id]));
          cairo_paint (wcr);
          cairo_scale (wcr, g->scale, g->scale);
          cairo_translate (wcr, -u0, -d0);
          for (double ty = floor (d0 / th) * th; ty < d1; ty += th)
            for (double tx = floor (u0 / tw) * tw; tx < u1; tx += tw)
              {
                TexCtx t = { tw, th, 1.0 / g->scale, g->seed + tex * 7919,
                             MAX (0, u0 - tx), MAX (0, d0 - ty),
                             MIN (tw, u1 - tx), MIN (th, d1 - ty) };

                cairo_save (wcr);
                cairo_translate (wcr, tx, ty);
                cairo_rectangle (wcr, 0, 0, tw, th);
                cairo_clip (wcr);
                textures[tex].draw (wcr, &t);
                cairo_restore (wcr);
              }
          cairo_destroy (wcr);
          wc->px_per_um = g->scale;
          wc->seed = g->seed;
          wc->u0 = u0;
          wc->u1 = u1;
          wc->d0 = d0;
          wc->d1 = d1;
        }

      pattern = cairo_pattern_create_for_surface (wc->surface);
      cairo_pattern_set_filter (pattern, CAIRO_FILTER_FAST);
      cairo_matrix_init_translate (&m, -round (x_for (g, wc->u0)), -round (y_for (g, wc->d0)));
      cairo_pattern_set_matrix (pattern, &m);
      cairo_set_source (cr, pattern);
      cairo_fill (cr);
      cairo_pattern_destroy (pattern);
      return;
    }
  g_clear_pointer (&self->windows[tex].surface, cairo_surface_destroy);
}

/*
 * Illustrations (SVG)
 */

/* Renders an illustration stretched over a rectangle given in µm (left,
 * depth, width, height), through a cache: librsvg is far too slow to run on
 * every frame. Small on screen, the whole picture is cached and moved when
 * panning; large, a window of it around the view (plus a margin). */
static void
draw_svg (SdPainter *self,
          cairo_t   *cr,
          const Geo *g,
          SvgId      id,
          double     xu,
          double     du,
          double     wu,
          double     hu)
{
  SvgCache *c = &self->svg_cache[id];
  double w = wu * g->scale, h = hu * g->scale;
  double vu0 = MAX (xu, um_for_x (g, g->tx0)), vu1 = MIN (xu + wu, um_for_x (g, g->tx1));
  double vd0 = MAX (du, g->top_um), vd1 = MIN (du + hu, g->top_um + g->height / g->scale);
  gboolean window = w * h > 4e6;
  cairo_pattern_t *pattern;
  cairo_matrix_t m;

  if (self->svg[id] == NULL || w < 1 || h < 1 || vu1 <= vu0 || vd1 <= vd0)
    return;

  if (c->surface == NULL || c->px_per_um != g->scale || c->window != window ||
      c->wu != wu || c->hu != hu ||
      (window && (c->xu != xu || c->du != du || vu0 < c->u0 || vu1 > c->u1 ||
                  vd0 < c->d0 || vd1 > c->d1)))
    {
      RsvgRectangle viewport;
      g_autoptr(GError) error = NULL;
      cairo_t *scr;
      int iw, ih;

      if (window)
        {
          double mu = 0.25 * (vu1 - vu0), md = 0.25 * (vd1 - vd0);

          c->u0 = MAX (xu, vu0 - mu);
          c->u1 = MIN (xu + wu, vu1 + mu);
          c->d0 = MAX (du, vd0 - md);
          c->d1 = MIN (du + hu, vd1 + md);
        }
      else
        {
          c->u0 = xu;
          c->u1 = xu + wu;
          c->d0 = du;
          c->d1 = du + hu;
        }
      iw = (int)ceil ((c->u1 - c->u0) * g->scale);
      ih = (int)ceil ((c->d1 - c->d0) * g->scale);
      viewport.x = (xu - c->u0) * g->scale;
      viewport.y = (du - c->d0) * g->scale;
      viewport.width = w;
      viewport.height = h;

      g_clear_pointer (&c->surface, cairo_surface_destroy);
      c->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (iw, 1), MAX (ih, 1));
      scr = cairo_create (c->surface);
      if (!rsvg_handle_render_document (self->svg[id], scr, &viewport, &error))
        g_warning ("Failed to render %s: %s", svg_files[id], error->message);
      cairo_destroy (scr);
      c->px_per_um = g->scale;
      c->window = window;
      c->xu = xu;
      c->du = du;
      c->wu = wu;
      c->hu = hu;
    }

  /* the whole picture moves with its owner (two glands share one) */
  pattern = cairo_pattern_create_for_surface (c->surface);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_FAST);
  cairo_matrix_init_translate (&m, -round (x_for (g, c->u0 + (window ? 0 : xu - c->xu))),
                               -round (y_for (g, c->d0 + (window ? 0 : du - c->du))));
  cairo_pattern_set_matrix (pattern, &m);
  cairo_set_source (cr, pattern);
  cairo_paint (cr);
  cairo_pattern_destroy (pattern);
}

/*
 * Structures
 */

static void
vessel (cairo_t   *cr,
        const Geo *g,
        double     xu,
        double     d,
        double     rx_um,
        double     ry_um,
        gboolean   artery)
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
nerve (cairo_t   *cr,
       const Geo *g,
       double     xu,
       double     d,
       double     r_um)
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
tube (cairo_t   *cr,
      const Geo *g,
      double     width_um,
      guint32    hex,
      double     alpha)
{
  cairo_set_line_width (cr, MAX (width_um * g->scale, 1.2));
  set_rgb (cr, hex, alpha);
  cairo_stroke (cr);
}

static void
draw_vessels_and_nerves (cairo_t   *cr,
                         const Geo *g)
{
  double u0 = um_for_x (g, g->tx0 - 100), u1 = um_for_x (g, g->tx1 + 100);
  double pap_bot = g->bottom_um[SD_LAYER_PAPILLARY_DERMIS];
  double ret_bot = g->bottom_um[SD_LAYER_RETICULAR_DERMIS];
  double dermis = ret_bot - g->dej_um;
  double slot, s0, s1;

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* Capillary loops, one per dermal papilla, from the subpapillary plexus */
  if (g->rete_period * g->scale > 6)
    {
      double k0 = floor (u0 / g->rete_period), k1 = ceil (u1 / g->rete_period);
      double base = g->dej_um + 0.45 * (pap_bot - g->dej_um);
      double vx[512], vtip[512], vwig[512];
      int nv = 0;

      cairo_new_path (cr);

      for (double k = k0; k <= k1; k++)
        {
          double xc = (k + SD_RETE_PEG_SHARE + (1 - SD_RETE_PEG_SHARE) / 2) * g->rete_period;
          double tip = g->dej_um + dej_offset (g, xc) + 5 + g->basale_um * 0.1;
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
  {
    double dp = pap_bot - 0.12 * (pap_bot - g->dej_um);
    double yA = y_for (g, dp), yV = y_for (g, dp + 14);

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
draw_sweat_gland (SdPainter *self,
                  cairo_t   *cr,
                  const Geo *g,
                  double     xu)
{
  double ret_bot = g->bottom_um[SD_LAYER_RETICULAR_DERMIS];
  double cw = 320, ch = 215;
  double coil_top = ret_bot - 0.55 * ch;
  double dej = g->dej_um + dej_offset (g, xu);
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

  draw_svg (self, cr, g, SVG_SWEAT_GLAND, xu - cw / 2, coil_top, cw, ch);
}

static void
draw_follicle (SdPainter *self,
               cairo_t   *cr,
               const Geo *g,
               double     xu)
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

  draw_svg (self, cr, g, SVG_FOLLICLE, xu - w / 3, top, w, bulb - top);
}

static void
draw_basale_cells (cairo_t   *cr,
                   const Geo *g)
{
  double cell = 7.5;
  double u0 = um_for_x (g, g->tx0 - 10), u1 = um_for_x (g, g->tx1 + 10);
  double mx[512], my[512];
  int n_mel = 0;

  if (cell * g->scale < 2.5)
    return;

  cairo_new_path (cr);
  for (double k = floor (u0 / cell); k * cell < u1; k++)
    {
      double xu = (k + 0.5) * cell;
      double d = g->dej_um + dej_offset (g, xu);
      double slope = (dej_offset (g, xu + 1) - dej_offset (g, xu - 1)) / 2;
      double ang = atan2 (1, -slope);    /* normal pointing down into the dermis */
      double cx = x_for (g, xu), cy = y_for (g, d - g->basale_um * 0.5);
      double rl = MIN (4.2, g->basale_um * 0.38) * g->scale, rw = 2.2 * g->scale;

      {
        cairo_matrix_t saved;

        cairo_get_matrix (cr, &saved);
        cairo_translate (cr, cx, cy);
        cairo_rotate (cr, ang - G_PI / 2);
        cairo_scale (cr, rw, rl);
        cairo_new_sub_path (cr);
        cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
        cairo_set_matrix (cr, &saved);
      }

      /* melanin caps above some nuclei (scattered melanocyte output) */
      if (h01 (g->seed, (int)k, 55) < 0.35 && g->scale * cell > 6)
        {
          mx[n_mel] = cx + 0.9 * rl * cos (ang + G_PI);
          my[n_mel] = cy - 0.9 * rl * sin (ang);
          n_mel = MIN (n_mel + 1, (int)G_N_ELEMENTS (mx) - 1);
        }
    }
  set_rgb (cr, 0x45287a, 0.9);
  cairo_fill (cr);
  for (int i = 0; i < n_mel; i++)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, mx[i], my[i], 1.4 * g->scale, 0, 2 * G_PI);
    }
  set_rgb (cr, 0x7a4a26, 0.8);
  cairo_fill (cr);
}

/*
 * Decorations
 */

static PangoLayout *
make_layout (cairo_t                    *cr,
             const PangoFontDescription *font,
             const char                 *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoContext *context = pango_layout_get_context (layout);

  pango_cairo_context_set_resolution (context, 96);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static char *
format_depth (double um,
              double step)
{
  if (step >= 500 || fabs (um) >= 10000)
    {
      int decimals = step >= 1000 ? 0 : 1;
      return g_strdup_printf ("%.*f mm", decimals, um / 1000.0);
    }
  return g_strdup_printf ("%.0f µm", um);
}

static double
nice_step (double min_um)
{
  static const double steps[] = { 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000,
                                  10000 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] >= min_um)
      return steps[i];
  return 20000;
}

static void
draw_ruler (SdPainter *self,
            cairo_t   *cr,
            const Geo *g)
{
  const SdPaintColor *fg = &g->opts->foreground;
  double x = g->tx0 - 0.5;
  double step = nice_step (34.0 / g->scale);
  double minor = step / 5;
  double d0 = MAX (0, g->top_um), d1 = g->top_um + g->height / g->scale;

  d1 = MIN (d1, g->total_um);
  set_color (cr, fg, ink (g->opts, 0.6));
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, x, y_for (g, d0));
  cairo_line_to (cr, x, y_for (g, d1));
  cairo_stroke (cr);

  if (minor * g->scale >= 5)
    {
      set_color (cr, fg, ink (g->opts, 0.35));
      for (double d = ceil (d0 / minor) * minor; d <= d1; d += minor)
        {
          double y = round (y_for (g, d)) + 0.5;
          cairo_move_to (cr, x - 4, y);
          cairo_line_to (cr, x, y);
        }
      cairo_stroke (cr);
    }

  for (double d = ceil (d0 / step) * step; d <= d1 + 0.01; d += step)
    {
      double y = round (y_for (g, d)) + 0.5;
      g_autofree char *text = format_depth (d, step);
      PangoLayout *layout = make_layout (cr, self->font_small, text);
      int lw, lh;

      set_color (cr, fg, ink (g->opts, 0.7));
      cairo_move_to (cr, x - 8, y);
      cairo_line_to (cr, x, y);
      cairo_stroke (cr);

      pango_layout_get_pixel_size (layout, &lw, &lh);
      if (y - lh / 2.0 >= 0 && y + lh / 2.0 <= g->height)
        {
          set_color (cr, fg, ink (g->opts, 0.85));
          cairo_move_to (cr, x - 11 - lw, y - lh / 2.0);
          pango_cairo_show_layout (cr, layout);
        }
      g_object_unref (layout);
    }

  {
    /* Title: what the axis is */
    PangoLayout *layout = make_layout (cr, self->font_small, _("depth"));
    int lw, lh;

    pango_layout_get_pixel_size (layout, &lw, &lh);
    set_color (cr, fg, ink (g->opts, 0.55));
    cairo_move_to (cr, x - 8 - lw, MAX (2, y_for (g, 0) - lh - 4));
    pango_cairo_show_layout (cr, layout);
    g_object_unref (layout);
  }
}

static void
draw_scale_bar (SdPainter *self,
                cairo_t   *cr,
                const Geo *g)
{
  double len = nice_step (70.0 / g->scale);
  double px = len * g->scale;
  double x = g->tx0 + 16, y = g->height - 18;
  g_autofree char *text = len >= 1000 ? g_strdup_printf ("%g mm", len / 1000)
                                      : g_strdup_printf ("%g µm", len);
  PangoLayout *layout = make_layout (cr, self->font_small, text);
  int lw, lh;

  pango_layout_get_pixel_size (layout, &lw, &lh);

  /* pill behind, so the bar reads on any tissue */
  cairo_new_path (cr);
  {
    double bx = x - 8, by = y - lh - 10, bw = MAX (px, lw) + 16, bh = lh + 20, r = 6;
    cairo_arc (cr, bx + bw - r, by + r, r, -G_PI / 2, 0);
    cairo_arc (cr, bx + bw - r, by + bh - r, r, 0, G_PI / 2);
    cairo_arc (cr, bx + r, by + bh - r, r, G_PI / 2, G_PI);
    cairo_arc (cr, bx + r, by + r, r, G_PI, 3 * G_PI / 2);
  }
  set_color (cr, &g->opts->background, 0.85);
  cairo_fill (cr);

  set_color (cr, &g->opts->foreground, 1);
  cairo_rectangle (cr, x, y - 1.5, px, 3);
  cairo_fill (cr);
  cairo_rectangle (cr, x, y - 5, 1.5, 10);
  cairo_rectangle (cr, x + px - 1.5, y - 5, 1.5, 10);
  cairo_fill (cr);
  cairo_move_to (cr, x + (px - lw) / 2, y - lh - 4);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static void
draw_labels (SdPainter *self,
             cairo_t   *cr,
             const Geo *g)
{
  const SdPaintColor *fg = &g->opts->foreground;
  double lx = g->tx1 + 14;
  double want[SD_N_LAYERS], ys[SD_N_LAYERS], lhs[SD_N_LAYERS];
  PangoLayout *layouts[SD_N_LAYERS] = { NULL, };
  int ids[SD_N_LAYERS];
  guint n = 0;
  double gap = 3;

  for (guint i = 0; i < g->profile->n_layers; i++)
    {
      const SdLayer *l = &g->profile->layers[i];
      double top = MAX (l->top_um, g->top_um);
      double bot = MIN (l->bottom_um, g->top_um + g->height / g->scale);
      gboolean bold = (int)l->id == g->opts->selected_layer;
      int lw, lh;

      if (bot <= top)
        continue;
      layouts[n] = make_layout (cr, bold ? self->font_bold : self->font,
                                _(sd_layer_get_name (l->id)));
      pango_layout_set_width (layouts[n], (int)MAX (1, (g->width - lx - 13 - 4) * PANGO_SCALE));
      pango_layout_set_ellipsize (layouts[n], PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (layouts[n], &lw, &lh);
      want[n] = y_for (g, (top + bot) / 2);
      lhs[n] = lh;
      ids[n] = i;
      n++;
    }

  /* Place top-down without overlap, then push back up from the bottom */
  for (guint i = 0; i < n; i++)
    {
      ys[i] = want[i] - lhs[i] / 2;
      if (i > 0)
        ys[i] = MAX (ys[i], ys[i - 1] + lhs[i - 1] + gap);
    }
  for (int i = (int)n - 1; i >= 0; i--)
    {
      double limit = (i == (int)n - 1) ? g->height - lhs[i] - 2 : ys[i + 1] - lhs[i] - gap;
      ys[i] = MIN (ys[i], limit);
    }

  for (guint i = 0; i < n; i++)
    {
      const SdLayer *l = &g->profile->layers[ids[i]];
      gboolean selected = (int)l->id == g->opts->selected_layer;
      gboolean hovered = (int)l->id == g->opts->hovered_layer;
      double ly = ys[i] + lhs[i] / 2;

      /* leader */
      set_color (cr, fg, ink (g->opts, 0.45));
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, g->tx1 + 1, want[i]);
      cairo_line_to (cr, g->tx1 + 6, want[i]);
      cairo_line_to (cr, lx - 4, ly);
      cairo_stroke (cr);

      /* swatch */
      cairo_arc (cr, lx + 4, ly, 4, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, RGB (layer_colors[l->id]));
      cairo_fill_preserve (cr);
      set_color (cr, selected ? &g->opts->accent : fg, selected ? 1 : 0.4);
      cairo_set_line_width (cr, selected ? 2 : 1);
      cairo_stroke (cr);

      set_color (cr, selected ? &g->opts->accent : fg, (selected || hovered) ? 1 : 0.85);
      cairo_move_to (cr, lx + 13, ys[i]);
      pango_cairo_show_layout (cr, layouts[i]);
      g_object_unref (layouts[i]);
    }
}

/* A rounded background behind a label drawn over tissue */
static void
label_pill (cairo_t     *cr,
            const Geo   *g,
            PangoLayout *layout,
            double       x,
            double       y)
{
  int lw, lh;
  double bx, by, bw, bh, r = 4;

  pango_layout_get_pixel_size (layout, &lw, &lh);
  bx = x - 5;
  by = y - 1;
  bw = lw + 10;
  bh = lh + 2;
  cairo_new_path (cr);
  cairo_arc (cr, bx + bw - r, by + r, r, -G_PI / 2, 0);
  cairo_arc (cr, bx + bw - r, by + bh - r, r, 0, G_PI / 2);
  cairo_arc (cr, bx + r, by + bh - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, bx + r, by + r, r, G_PI, 3 * G_PI / 2);
  set_color (cr, &g->opts->background, 0.85);
  cairo_fill (cr);
}

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
/* Roller: Dermaroller MF8 drum, 2 cm Ø, 192 needles in 8 rows (Schwarz &
 * Laaff 2011, SCIENCE.md §2a): 24 needles around each ring, the 8 staggered
 * rows projected onto the section plane. */
#define ROLLER_PITCH_UM         (G_PI * 20000.0 / 24.0 / 8.0)
/* Channel width at the surface: 70.7 ± 9.9 µm (Kalluri 2011, §2b) */
#define CHANNEL_WIDTH_UM        70.0
/* Roller: share of the progress in which the first needle goes in */
#define ROLLER_FIRST_SHARE      0.15

G_GNUC_FORMAT (2) static const char *
tr (const Geo  *g,
    const char *msgid)
{
  if (g->opts->translate != NULL)
    return g->opts->translate (msgid);
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

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

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The shaft and bevelled tip of one needle, hub at @base, tip at @tip (µm) */
static void
needle_shape (cairo_t   *cr,
              const Geo *g,
              double     xu,
              double     base,
              double     tip,
              double     halfw)
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
static void
channel (cairo_t   *cr,
         const Geo *g,
         double     xu,
         double     depth,
         double     open)
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
bleeding (cairo_t   *cr,
          const Geo *g,
          double     xu,
          double     depth,
          double     amount,
          guint32    salt,
          double     beside_um)
{
  double dej = bottom_at (g, SD_LAYER_STRATUM_BASALE, xu);
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
deepest_index_at (const Geo *g,
                  double     xu,
                  double     depth)
{
  for (guint i = 0; i < g->profile->n_layers; i++)
    if (depth < bottom_at (g, g->profile->layers[i].id, xu))
      return i;
  return g->profile->n_layers - 1;
}

/* Layers the tip has entered light up around the needle(s): from @u0 to @u1 (µm) */
static void
light_layers (cairo_t   *cr,
              const Geo *g,
              double     u0,
              double     u1,
              double     xu_tip,
              double     tip,
              gboolean   narrow)
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
  boundary_path (cr, g, -1, FALSE);
  boundary_path (cr, g, deepest, TRUE);
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
  boundary_path (cr, g, deepest - 1, FALSE);
  set_rgb (cr, 0xf0a500, 0.9);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The surface pushed in by @depth at @xu, tapering to nothing at ±@radius */
static void
dimple (cairo_t   *cr,
        const Geo *g,
        double     xu,
        double     depth,
        double     halfw)
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

/* A vertical bracket at x from depth d0 to d1 with a label beside it */
static void
bracket (SdPainter          *self,
         cairo_t            *cr,
         const Geo          *g,
         double              x,
         double              d0,
         double              d1,
         const char         *text,
         const SdPaintColor *color,
         gboolean            bold,
         gboolean            label_left)
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

  layout = make_layout (cr, bold ? self->font_bold : self->font, text);
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
needle_labels (SdPainter *self,
               cairo_t   *cr,
               const Geo *g,
               double     x,
               double     x_left,
               gboolean   compact)
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
           &g->opts->foreground, FALSE, FALSE);
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
draw_single_needle (SdPainter *self,
                    cairo_t   *cr,
                    const Geo *g,
                    double     xu,
                    gboolean   compact)
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
      && depth_in > bottom_at (g, SD_LAYER_STRATUM_BASALE, xu))
    bleeding (cr, g, xu, depth_in, engage, g->seed + 17, halfw);
  if (!compact)
    dimple (cr, g, xu, (n->nominal_um - n->effective_um) * engage, halfw);
  needle_shape (cr, g, xu, base, tip, halfw);

  if (!compact)
    {
      double w = 2000, h = 4000;   /* the pen's tip, drawn above the hub */

      draw_svg (self, cr, g, SVG_PEN, xu - w / 2, base - h, w, h);
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
draw_roller (SdPainter *self,
             cairo_t   *cr,
             const Geo *g)
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
      channel (cr, g, xk, depth, 1);
      /* possible bleeding: a third of the channels bleed */
      if ((n->bleeding_level == SD_BLEEDING_EXPECTED
           || (n->bleeding_level == SD_BLEEDING_POSSIBLE && k % 3 == 0))
          && depth > bottom_at (g, SD_LAYER_STRATUM_BASALE, xk))
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
    draw_svg (self, cr, g, SVG_ROLLER, xn - w / 2, base - h, w, h);
  }

  /* the brackets to the left of the row, once the first channel is made */
  if (n_done > 0 && isfinite (last_done))
    needle_labels (self, cr, g, g->tx0 + 10, g->tx0, FALSE);
}

/* The course state of the day: inflammation, closing channels, fibroblasts,
 * new collagen. Positions come from a fixed world grid and a hash, so that
 * cells and fibres stay put from day to day and only appear or fade. */
static void
draw_course (cairo_t   *cr,
             const Geo *g)
{
  const SdCourseDay *day = g->opts->course_day;
  int pap = layer_index (g, SD_LAYER_PAPILLARY_DERMIS);
  int ret = layer_index (g, SD_LAYER_RETICULAR_DERMIS);
  double pap_bot = g->bottom_um[SD_LAYER_PAPILLARY_DERMIS];
  double ret_bot = g->bottom_um[SD_LAYER_RETICULAR_DERMIS];
  double zone_bot = pap_bot + 0.3 * (ret_bot - pap_bot);
  double u0 = um_for_x (g, g->tx0) - 100, u1 = um_for_x (g, g->tx1) + 100;
  double top_vis = MAX (g->dej_um - 20, g->top_um), bot_vis = g->top_um + g->height / g->scale;
  SdChartOptions copts;
  SdPaintColor c1, c3;

  if (pap < 0 || ret < 0)
    return;
  sd_chart_options_init (&copts);
  copts.background = g->opts->background;
  c1 = sd_chart_get_series_color (SD_CHART_SERIES_TYPE_I, &copts);
  c3 = sd_chart_get_series_color (SD_CHART_SERIES_TYPE_III, &copts);

  /* inflammation: redness in the dermis, strongest under the epidermis */
  if (day->inflammation > 0.01)
    {
      cairo_pattern_t *red;
      double a = CLAMP (day->inflammation, 0, 1.5);

      cairo_new_path (cr);
      boundary_path (cr, g, pap - 1, FALSE);
      boundary_path (cr, g, ret, TRUE);
      cairo_close_path (cr);
      red = cairo_pattern_create_linear (0, y_for (g, g->dej_um), 0, y_for (g, ret_bot));
      cairo_pattern_add_color_stop_rgba (red, 0, 0.92, 0.08, 0.16, 0.30 * a);
      cairo_pattern_add_color_stop_rgba (red, 1, 0.92, 0.08, 0.16, 0.06 * a);
      cairo_set_source (cr, red);
      cairo_fill (cr);
      cairo_pattern_destroy (red);
    }

  /* the latest session's channels, closing */
  if (day->sessions_done > 0 && day->channels_open > 0.01 && g->opts->needle != NULL)
    for (double k = ceil (u0 / ROLLER_PITCH_UM); k * ROLLER_PITCH_UM < u1; k++)
      {
        double xk = k * ROLLER_PITCH_UM + 60 * hpm (g->seed, (int)k, 77);

        channel (cr, g, xk, g->opts->needle->effective_um, day->channels_open);
      }

  if (bot_vis < g->dej_um || top_vis > zone_bot)
    return;

  /* new type III (thin, wavy) and type I (thicker bundles) fibres */
  {
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
        for (double j = floor (MAX (top_vis, g->dej_um) / ch); j * ch < MIN (zone_bot, bot_vis);
             j++)
          for (double i = floor (u0 / cw); i * cw < u1; i++)
            {
              guint32 s = g->seed + 101 + pass * 7;
              double x = (i + h01 (s, (int)i, (int)j * 3)) * cw;
              double y = (j + h01 (s, (int)i, (int)j * 3 + 1)) * ch;
              double len = pass == 0 ? 45 + 30 * h01 (s, (int)i, (int)j * 3 + 2)
                                     : 80 + 50 * h01 (s, (int)i, (int)j * 3 + 2);
              double a = 0.35 * hpm (s, (int)i, (int)j * 5 + 4);

              if (h01 (s, (int)i, (int)j * 3 + 9) >= p ||
                  y < bottom_at (g, SD_LAYER_STRATUM_BASALE, x) + 6 ||
                  y > zone_bot)
                continue;
              if (pass == 0)
                wavy_fibre (cr, x_for (g, x), y_for (g, y), len * g->scale, a, 3 * g->scale,
                            6 * h01 (s, (int)i, (int)j));
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
  {
    double pf = CLAMP (0.18 * day->fibroblasts_rel, 0, 0.95);
    double cw = 70, ch = 40;
    double lx = MAX (14 * g->scale, 5), ly = MAX (3.5 * g->scale, 1.8);

    cairo_new_path (cr);
    for (double j = floor (MAX (top_vis, g->dej_um) / ch); j * ch < MIN (zone_bot, bot_vis); j++)
      for (double i = floor (u0 / cw); i * cw < u1; i++)
        {
          guint32 s = g->seed + 211;
          double x = (i + h01 (s, (int)i, (int)j * 3)) * cw;
          double y = (j + h01 (s, (int)i, (int)j * 3 + 1)) * ch;
          double a = 0.5 * hpm (s, (int)i, (int)j * 3 + 2);
          cairo_matrix_t m;

          if (h01 (s, (int)i, (int)j * 3 + 7) >= pf ||
              y < bottom_at (g, SD_LAYER_STRATUM_BASALE, x) + 5 ||
              y > zone_bot)
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
}

static void
draw_caption (SdPainter *self,
              cairo_t   *cr,
              const Geo *g)
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
  layout = make_layout (cr, self->font_bold, g->opts->caption);
  pango_layout_get_pixel_size (layout, &lw, &lh);
  if (day != NULL && day->inflammation > 0.15)
    {
      /* swelling is told, not drawn: drawing it would move the layers off the ruler */
      sub = make_layout (cr, self->font_small, tr (g, N_("Redness and swelling")));
      pango_layout_get_pixel_size (sub, &sw, &sh);
    }
  if (day != NULL)
    {
      /* legend: what the new marks are */
      const char *names[3] = { tr (g, N_("fibroblasts")), tr (g, N_("new type III collagen")),
                               tr (g, N_("new type I collagen")) };

      for (int i = 0; i < 3; i++)
        {
          legend[i] = make_layout (cr, self->font_small, names[i]);
          pango_layout_get_pixel_size (legend[i], &legend_w[i], &legend_h);
          sw = MAX (sw, legend_w[i] + 26);
        }
    }
  bh = lh + (sub ? sh + 2 : 0) + (legend[0] ? 3 * (legend_h + 1) + 4 : 0) + 2 * pad - 6;
  rounded_rect (cr, x, y, MAX (lw, sw) + 2 * pad, bh, 8);
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
    {
      SdChartOptions copts;
      double ly = y + pad - 3 + lh + (sh ? sh + 2 : 0) + 4;

      sd_chart_options_init (&copts);
      copts.background = g->opts->background;
      for (int i = 0; i < 3; i++, ly += legend_h + 1)
        {
          double cy = ly + legend_h / 2.0, sx = x + pad;

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
              SdPaintColor c = sd_chart_get_series_color (i == 1 ? SD_CHART_SERIES_TYPE_III
                                                                 : SD_CHART_SERIES_TYPE_I, &copts);

              wavy_fibre (cr, sx, cy, 18, 0, i == 1 ? 2 : 0.5, 0);
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
}

static void
draw_overlay (SdPainter *self,
              cairo_t   *cr,
              const Geo *g,
              gboolean   compact)
{
  if (g->opts->course_day != NULL)
    draw_course (cr, g);

  if (g->opts->show_needle && g->opts->needle != NULL)
    {
      if (g->opts->needle->device == SD_DEVICE_ROLLER && !compact)
        draw_roller (self, cr, g);
      else
        draw_single_needle (self, cr, g, um_for_x (g, (g->tx0 + g->tx1) / 2), compact);
    }
}

static void
draw_highlight (cairo_t   *cr,
                const Geo *g,
                int        id,
                gboolean   selected)
{
  int index = (id >= 0 && id < SD_N_LAYERS) ? layer_index (g, id) : -1;

  if (index < 0)
    return;
  layer_path (cr, g, index);
  if (!selected)
    {
      cairo_set_source_rgba (cr, 1, 1, 1, 0.28);
      cairo_fill_preserve (cr);
      set_color (cr, &g->opts->foreground, ink (g->opts, 0.6));
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  else
    {
      set_color (cr, &g->opts->accent, 0.12);
      cairo_fill_preserve (cr);
      set_color (cr, &g->opts->accent, 1);
      cairo_set_line_width (cr, 2.5);
      cairo_stroke (cr);
    }
}

/*
 * Public API
 */

void
sd_paint_options_init (SdPaintOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->zoom = 1.0;
  options->top_um = NAN;
  options->left_um = 0;
  options->hovered_layer = -1;
  options->selected_layer = -1;
  options->show_ruler = TRUE;
  options->show_labels = TRUE;
  options->show_scale_bar = TRUE;
  options->needle_progress = 1.0;
  options->day = -1;
  options->course_day = NULL;
  options->caption = NULL;
  options->translate = NULL;
  options->parts = SD_PAINT_PART_ALL;
  options->foreground = (SdPaintColor) { 0.13, 0.13, 0.15, 1 };
  options->background = (SdPaintColor) { 0.98, 0.98, 0.98, 1 };
  options->accent = (SdPaintColor) { 0.21, 0.52, 0.89, 1 };
  options->seed = 0x5EEDu;
}

SdPainter *
sd_painter_new (void)
{
  SdPainter *self = g_new0 (SdPainter, 1);

  for (guint i = 0; i < N_SVG; i++)
    {
      g_autofree char *path = g_strconcat (SD_PAINT_RESOURCE_PATH, svg_files[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      gsize len;
      const guint8 *data;

      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes == NULL)
        {
          g_warning ("Failed to load %s: %s", path, error->message);
          continue;
        }
      data = g_bytes_get_data (bytes, &len);
      self->svg[i] = rsvg_handle_new_from_data (data, len, &error);
      if (self->svg[i] == NULL)
        g_warning ("Failed to parse %s: %s", path, error->message);
    }

  self->font = pango_font_description_from_string ("Sans 10");
  self->font_bold = pango_font_description_from_string ("Sans Bold 10");
  self->font_small = pango_font_description_from_string ("Sans 8.5");
  return self;
}

void
sd_painter_free (SdPainter *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < N_SVG; i++)
    {
      g_clear_object (&self->svg[i]);
      g_clear_pointer (&self->svg_cache[i].surface, cairo_surface_destroy);
    }
  finish_prepare (self);
  for (guint i = 0; i < N_TEX; i++)
    {
      g_clear_pointer (&self->tiles[i].surface, cairo_surface_destroy);
      g_clear_pointer (&self->levels[i].surface, cairo_surface_destroy);
      g_clear_pointer (&self->windows[i].surface, cairo_surface_destroy);
    }
  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->font_bold, pango_font_description_free);
  g_clear_pointer (&self->font_small, pango_font_description_free);
  g_free (self);
}

/**
 * sd_painter_prepare:
 * @px_per_um: the scale the first paint is expected at
 * @seed: the texture seed it will use (#SdPaintOptions.seed)
 *
 * Starts drawing the textures for that scale on a worker thread, so that the first
 * paint finds them ready (a window shows while GTK is still starting). A paint at
 * another scale simply draws its own; nothing waits for a guess that was wrong.
 */
void
sd_painter_prepare (SdPainter *self,
                    double     px_per_um,
                    guint32    seed)
{
  Prepared *prepared;

  g_return_if_fail (self != NULL);
  g_return_if_fail (px_per_um > 0);

  if (self->prepare_thread != NULL)
    return;

  prepared = g_new0 (Prepared, 1);
  prepared->level = level_for_scale (px_per_um);
  prepared->seed = seed;
  self->prepared_level = prepared->level;
  self->prepared_seed = seed;
  self->prepare_thread = g_thread_new ("sd-paint-prepare", prepare_thread_func, prepared);
}

SdPaintColor
sd_painter_get_layer_color (SdLayerId id)
{
  SdPaintColor none = { 0, 0, 0, 0 };

  g_return_val_if_fail (id < SD_N_LAYERS, none);
  return layer_colors[id];
}


void
sd_painter_paint (SdPainter            *self,
                  cairo_t              *cr,
                  const SdSkinProfile  *profile,
                  const SdPaintOptions *options,
                  double                width,
                  double                height)
{
  Geo geo, *g = &geo;
  double ybot;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (profile != NULL && profile->n_layers > 0);
  g_return_if_fail (options != NULL);

  if (width < 1 || height < 1)
    return;

  geo_init (g, profile, options, width, height);

  cairo_save (cr);
  /* Cairo's fast rasteriser: half the cost of the default on these
   * strokes and fills, and no visible loss at these sizes. Text keeps its
   * own font options. */
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);

  if (!(options->parts & SD_PAINT_PART_BASE))
    {
      /* the overlay alone, over a cached base */
      cairo_save (cr);
      cairo_rectangle (cr, g->tx0, 0, g->tx1 - g->tx0, height);
      cairo_clip (cr);
      if (options->parts & SD_PAINT_PART_OVERLAY)
        draw_overlay (self, cr, g, FALSE);
      cairo_restore (cr);
      if (options->parts & SD_PAINT_PART_OVERLAY)
        draw_caption (self, cr, g);
      cairo_restore (cr);
      return;
    }

  set_color (cr, &options->background, 1);
  cairo_paint (cr);

  /* Tissue */
  cairo_save (cr);
  cairo_rectangle (cr, g->tx0, 0, g->tx1 - g->tx0, height);
  cairo_clip (cr);

  for (guint i = 0; i < g->profile->n_layers; i++)
    {
      const SdLayer *l = &g->profile->layers[i];
      double top = MIN (l->top_um, layer_top_at (g, i, g->left_um));
      double bot = l->bottom_um + (undulates (l->id) ? 2 * g->rete_depth : 0);

      if (i > 0 && undulates (g->profile->layers[i - 1].id))
        top -= 2 * g->rete_depth;
      if (y_for (g, bot) < 0 || y_for (g, top) > height)
        continue;

      layer_path (cr, g, i);
      fill_layer (self, cr, g, l->id);
      if (l->id == SD_LAYER_STRATUM_LUCIDUM)
        {
          /* glassy: a few faint compacted lines */
          set_rgb (cr, 0xe3b7c6, 0.7);
          cairo_set_line_width (cr, 1);
          for (int k = 1; k < 6; k++)
            {
              double y = y_for (g, l->top_um + (l->bottom_um - l->top_um) * k / 6);

              if (k == 3)
                continue;
              cairo_move_to (cr, g->tx0, y);
              cairo_line_to (cr, g->tx1, y);
            }
          cairo_stroke (cr);
        }
    }

  draw_basale_cells (cr, g);

  /* basement membrane along the DEJ */
  cairo_new_path (cr);
  boundary_path (cr, g, layer_index (g, SD_LAYER_STRATUM_BASALE), FALSE);
  set_rgb (cr, 0x9c4a78, 0.8);
  cairo_set_line_width (cr, MAX (1.0, 1.0 * g->scale));
  cairo_stroke (cr);

  /* Appendages, vessels, nerves: clipped to the dermis and below */
  draw_vessels_and_nerves (cr, g);
  for (int a = 0; a < 2; a++)
    if (isfinite (g->gland_x[a]))
      draw_sweat_gland (self, cr, g, g->gland_x[a]);
  if (isfinite (g->follicle_x))
    draw_follicle (self, cr, g, g->follicle_x);

  /* The model stops at the bottom of the hypodermis: show where */
  ybot = y_for (g, g->total_um);
  if (ybot < height)
    {
      double dash[] = { 4, 4 };
      set_color (cr, &options->background, 1);
      cairo_rectangle (cr, g->tx0, ybot, g->tx1 - g->tx0, height - ybot);
      cairo_fill (cr);
      set_color (cr, &options->foreground, ink (options, 0.5));
      cairo_set_dash (cr, dash, 2, 0);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, g->tx0, round (ybot) + 0.5);
      cairo_line_to (cr, g->tx1, round (ybot) + 0.5);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  /* air above the surface */
  if (y_for (g, 0) > 0)
    {
      set_color (cr, &options->background, 1);
      cairo_rectangle (cr, g->tx0, 0, g->tx1 - g->tx0, y_for (g, 0));
      cairo_fill (cr);
    }

  /* Hover and selection */
  draw_highlight (cr, g, options->hovered_layer, FALSE);
  draw_highlight (cr, g, options->selected_layer, TRUE);

  if (options->parts & SD_PAINT_PART_OVERLAY)
    draw_overlay (self, cr, g, self->compact);

  if (options->show_scale_bar)
    draw_scale_bar (self, cr, g);
  cairo_restore (cr);

  if (options->show_ruler)
    draw_ruler (self, cr, g);
  if (options->show_labels && g->tx1 < width - 20)
    draw_labels (self, cr, g);
  if (options->parts & SD_PAINT_PART_OVERLAY)
    draw_caption (self, cr, g);

  cairo_restore (cr);
}

gboolean
sd_painter_layer_at (SdPainter            *self,
                     const SdSkinProfile  *profile,
                     const SdPaintOptions *options,
                     double                width,
                     double                height,
                     double                x,
                     double                y,
                     SdLayerId            *out)
{
  Geo geo, *g = &geo;
  double d, xu;

  g_return_val_if_fail (profile != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  geo_init (g, profile, options, width, height);
  if (x < g->tx0 || x >= g->tx1 || y < 0 || y >= height)
    return FALSE;

  d = g->top_um + y / g->scale;
  xu = um_for_x (g, x);
  if (d < 0 || d >= g->total_um)
    return FALSE;

  for (guint i = 0; i < g->profile->n_layers; i++)
    if (d < bottom_at (g, g->profile->layers[i].id, xu))
      {
        if (out)
          *out = g->profile->layers[i].id;
        return TRUE;
      }
  return FALSE;
}

void
sd_painter_paint_hover (SdPainter            *self,
                        cairo_t              *cr,
                        const SdSkinProfile  *profile,
                        const SdPaintOptions *options,
                        double                width,
                        double                height)
{
  Geo geo, *g = &geo;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (profile != NULL && profile->n_layers > 0);
  g_return_if_fail (options != NULL);

  if (width < 1 || height < 1 || options->hovered_layer < 0)
    return;

  geo_init (g, profile, options, width, height);
  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  cairo_rectangle (cr, g->tx0, MAX (0, y_for (g, 0)), g->tx1 - g->tx0, height);
  cairo_clip (cr);
  draw_highlight (cr, g, options->hovered_layer, FALSE);
  cairo_restore (cr);
}

void
sd_painter_paint_comparison (SdPainter            *self,
                             cairo_t              *cr,
                             const SdSkinProfile  *profile,
                             const SdNeedleResult *needles,
                             guint                 n,
                             const SdPaintOptions *options,
                             double                width,
                             double                height)
{
  SdPaintOptions col;
  double ruler_w, labels_w, cw;
  Geo geo;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (profile != NULL && profile->n_layers > 0);
  g_return_if_fail (n == 0 || needles != NULL);
  g_return_if_fail (options != NULL);

  if (width < 1 || height < 1)
    return;

  columns (options, width, &ruler_w, &labels_w);
  cw = (width - ruler_w) / MAX (n, 1);

  cairo_save (cr);
  set_color (cr, &options->background, 1);
  cairo_paint (cr);
  cairo_restore (cr);

  self->compact = TRUE;
  for (guint i = 0; i < MAX (n, 1); i++)
    {
      double x0 = ruler_w + i * cw;

      col = *options;
      col.show_labels = FALSE;
      col.show_scale_bar = FALSE;
      col.show_ruler = (i == 0) && options->show_ruler;
      col.caption = NULL;
      col.course_day = NULL;
      col.needle = n > 0 ? &needles[i] : NULL;
      col.show_needle = n > 0;
      col.needle_progress = 1.0;
      col.hovered_layer = -1;
      col.selected_layer = -1;
      /* same depth at the top and the same µm at each column's left edge */
      col.top_um = sd_paint_get_top_um (profile, options, width, height);

      cairo_save (cr);
      cairo_rectangle (cr, i == 0 ? 0 : x0, 0, i == 0 ? x0 + cw : cw, height);
      cairo_clip (cr);
      cairo_translate (cr, i == 0 ? 0 : x0, 0);
      sd_painter_paint (self, cr, profile, &col, (i == 0 ? ruler_w : 0) + cw, height);
      cairo_restore (cr);

      /* the column's label: nominal, effective, deepest layer */
      if (n > 0)
        {
          const SdNeedleResult *nd = &needles[i];
          g_autofree char *text = NULL;
          g_autofree char *length = sd_format_length_mm (nd->nominal_um / 1000);
          PangoLayout *layout;
          int lw, lh;
          double lx, ly;

          geo_init (&geo, profile, &col, cw, height);
          /* translators: comparison column label, three lines, e.g.
           * "1.5 mm needle\nreaches 0.75 mm\nPapillary dermis"; the first %s is the
           * needle length as entered */
          text = g_strdup_printf (tr (&geo, N_("%s mm needle\nreaches %.2f mm\n%s")),
                                  length, nd->effective_um / 1000,
                                  tr (&geo, sd_layer_get_name (nd->deepest_layer)));
          layout = make_layout (cr, self->font, text);
          pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
          pango_layout_set_width (layout, (int)(MAX (cw - 12, 10) * PANGO_SCALE));
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          pango_layout_get_pixel_size (layout, &lw, &lh);
          lx = x0 + 6;
          ly = height - lh - 12;
          cairo_save (cr);
          rounded_rect (cr, lx - 2, ly - 4, cw - 8, lh + 8, 6);
          set_color (cr, &options->background, 0.9);
          cairo_fill (cr);
          set_color (cr, &options->foreground, 1);
          cairo_move_to (cr, lx, ly);
          pango_cairo_show_layout (cr, layout);
          cairo_restore (cr);
          g_object_unref (layout);

          /* column divider */
          if (i > 0)
            {
              cairo_save (cr);
              set_color (cr, &options->foreground, ink (options, 0.35));
              cairo_rectangle (cr, round (x0) - 1, 0, 2, height);
              cairo_fill (cr);
              cairo_restore (cr);
            }
        }
    }
  self->compact = FALSE;
}
