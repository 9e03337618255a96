/* sd-paint-texture.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layers' textures: periodic tiles drawn in µm (corneocytes, granules,
 * keratinocytes, collagen, fat), and the caches that keep them off the frame's
 * critical path: power-of-two level tiles (the first drawn on a worker thread at
 * start-up), exact-scale tiles resampled from them, and windows of the texture
 * when zoomed far in. One entry point: _sd_paint_fill_layer().
 */

#define G_LOG_DOMAIN "sd-paint-texture"

#include "config.h"

#include "sd-paint-private.h"

#include <math.h>

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

/* Zoomed far in, a texture is drawn for the visible window plus a margin
 * (in µm), and reused while panning stays inside it */
typedef struct
{
  cairo_surface_t *surface;
  double           px_per_um;
  guint32          seed;
  double           u0, d0, u1, d1;
} WindowCache;

struct _SdPaintTextures
{
  Tile                  tiles[N_TEX];
  LevelTile             levels[N_TEX];
  GThread              *prepare_thread;   /* owns its Prepared until joined */
  double                prepared_level;
  guint32               prepared_seed;
  WindowCache           windows[N_TEX];
};

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
                  double        w,
                  double        h,
                  double        cell_w,
                  double        cell_h,
                  double        jitter,
                  double        stagger,
                  double        inset,
                  guint32       seed,
                  gboolean      fill_cells,
                  guint32       fill_a,
                  guint32       fill_b,
                  double        fill_alpha,
                  guint32       edge,
                  double        edge_alpha,
                  double        edge_width)
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

void
_sd_paint_wavy_fibre (cairo_t *cr,
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

/* Thin fibre @i of a texture, stroked with the current source and width: at a
 * hashed place (salts @salt and @salt + 1), @len0 + @len_span × a hash (@salt + 2)
 * long, running at @angle and waving by @wave with @phase */
static void
thin_fibre (cairo_t      *cr,
            const TexCtx *t,
            int           i,
            int           salt,
            double        len0,
            double        len_span,
            double        angle,
            double        wave,
            double        phase)
{
  double w = t->w, h = t->h;
  double x = w * h01 (t->seed, i, salt), y = h * h01 (t->seed, i, salt + 1);
  double len = len0 + len_span * h01 (t->seed, i, salt + 2);

  WRAP (w, h, x, y, len,
        {
          _sd_paint_wavy_fibre (cr, X, Y, len, angle, wave, phase);
          cairo_stroke (cr);
        })
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
      double a = G_PI * hpm (seed, i, 4) * 0.6;

      cairo_set_line_width (cr, MAX (0.8 * px, 0.6 + 0.9 * h01 (seed, i, 5)));
      set_rgb (cr, 0xe49ab2, 0.8);
      thin_fibre (cr, t, i, 1, 18, 30, a, 1.5, h01 (seed, i, 6) * 6);
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
              _sd_paint_wavy_fibre (cr, X, Y, len, a, 4, ph);
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
      double a = 0.5 * hpm (seed, i, 24);

      set_rgb (cr, 0x6e2f6e, 0.8);
      cairo_set_line_width (cr, MAX (1.2, 0.9 * px));
      thin_fibre (cr, t, i, 21, 120, 160, a, 6, h01 (seed, i, 25) * 6);
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

  cairo_set_source_rgb (cr, RGB (_sd_paint_layer_colors[texture_layer (tex)]));
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
level_tile_size (TexId  tex,
                 double level,
                 int   *iw,
                 int   *ih)
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
finish_prepare (SdPaintTextures *self)
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
level_tile (SdPaintTextures *self,
            TexId            tex,
            double           px_per_um,
            guint32          seed)
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

/* The texture repeated from one tile at the display scale, resampled from
 * its level (or drawn directly when the level would be too large). */
static void
fill_tiled (SdPaintTextures       *self,
            cairo_t               *cr,
            const SdPaintGeometry *g,
            TexId                  tex,
            double                 pw,
            double                 ph)
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

/* Zoomed far in: the features of the visible window (plus a margin) drawn
 * directly, and kept while panning stays inside it. */
static void
fill_window (SdPaintTextures       *self,
             cairo_t               *cr,
             const SdPaintGeometry *g,
             SdLayerId              id,
             TexId                  tex)
{
  double tw = textures[tex].w, th = textures[tex].h;
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
      cairo_set_source_rgb (wcr, RGB (_sd_paint_layer_colors[id]));
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
  
}

/* Fills the current path (a layer) with the layer's colour and texture,
 * anchored at world (0, 0) so that it stays put while panning. Tiles are
 * opaque (colour included) and repeated untransformed, cairo's fastest path;
 * zoomed far in, the few visible features are drawn directly instead. */
void
_sd_paint_fill_layer (SdPaintTextures       *self,
                      cairo_t               *cr,
                      const SdPaintGeometry *g,
                      SdLayerId              id)
{
  TexId tex = layer_texture[id];
  double pw, ph;

  if (tex == N_TEX)
    {
      cairo_set_source_rgb (cr, RGB (_sd_paint_layer_colors[id]));
      cairo_fill (cr);
      return;
    }

  pw = textures[tex].w * g->scale;
  ph = textures[tex].h * g->scale;

  if (pw < 4 || ph < 4)
    {
      cairo_set_source_rgb (cr, RGB (_sd_paint_layer_colors[id]));
      cairo_fill (cr);
    }
  else if (pw <= TILE_MAX_PX && ph <= TILE_MAX_PX)
    fill_tiled (self, cr, g, tex, pw, ph);
  else
    {
      fill_window (self, cr, g, id, tex);
      return;
    }
  g_clear_pointer (&self->windows[tex].surface, cairo_surface_destroy);
}

SdPaintTextures *
_sd_paint_textures_new (void)
{
  return g_new0 (SdPaintTextures, 1);
}

void
_sd_paint_textures_free (SdPaintTextures *self)
{
  if (self == NULL)
    return;
  finish_prepare (self);
  for (guint i = 0; i < N_TEX; i++)
    {
      g_clear_pointer (&self->tiles[i].surface, cairo_surface_destroy);
      g_clear_pointer (&self->levels[i].surface, cairo_surface_destroy);
      g_clear_pointer (&self->windows[i].surface, cairo_surface_destroy);
    }
  g_free (self);
}

/* Starts drawing the textures for @px_per_um on a worker thread (sd_painter_prepare) */
void
_sd_paint_textures_prepare (SdPaintTextures *self,
                            double           px_per_um,
                            guint32          seed)
{
  Prepared *prepared;

  if (self->prepare_thread != NULL)
    return;

  prepared = g_new0 (Prepared, 1);
  prepared->level = level_for_scale (px_per_um);
  prepared->seed = seed;
  self->prepared_level = prepared->level;
  self->prepared_seed = seed;
  self->prepare_thread = g_thread_new ("sd-paint-prepare", prepare_thread_func, prepared);
}
