/* sd-paint-illustration.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SVG illustrations (hair follicle, sweat gland, roller drum, pen tip),
 * loaded once from the resources and drawn through a cache.
 */

#define G_LOG_DOMAIN "sd-paint-illustration"

#include "config.h"

#include "sd-paint-private.h"

#include <math.h>

static const char *svg_files[N_SVG] = {
  "hair-follicle.svg", "sweat-gland.svg", "roller-drum.svg", "pen-tip.svg",
};

typedef struct
{
  cairo_surface_t *surface;
  double           px_per_um;
  int              width, height;   /* whole illustration: its size in pixels */
  gboolean         window;          /* else: a window of it, in µm */
  double           u0, d0, u1, d1;
  double           xu, du, wu, hu;  /* where the illustration is, µm */
} SvgCache;

struct _SdPaintIllustrations
{
  RsvgHandle           *svg[N_SVG];
  SvgCache              svg_cache[N_SVG];
};

/* Renders an illustration stretched over a rectangle given in µm (left,
 * depth, width, height), through a cache: librsvg is far too slow to run on
 * every frame. Small on screen, the whole picture is cached and moved when
 * panning; large, a window of it around the view (plus a margin). */
void
_sd_paint_draw_svg (SdPaintIllustrations  *self,
                    cairo_t               *cr,
                    const SdPaintGeometry *g,
                    SvgId                  id,
                    double                 xu,
                    double                 du,
                    double                 wu,
                    double                 hu)
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

SdPaintIllustrations *
_sd_paint_illustrations_new (void)
{
  SdPaintIllustrations *self = g_new0 (SdPaintIllustrations, 1);

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

  return self;
}

void
_sd_paint_illustrations_free (SdPaintIllustrations *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < N_SVG; i++)
    {
      g_clear_object (&self->svg[i]);
      g_clear_pointer (&self->svg_cache[i].surface, cairo_surface_destroy);
    }
  g_free (self);
}
