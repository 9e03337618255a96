/* sd-painter.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The painter: its caches and fonts, and the picture as an ordered list of
 * passes over one geometry. A new picture element is a new sd-paint-<pass>.c
 * and one line in passes[] (HACKING.md).
 */

#define G_LOG_DOMAIN "sd-painter"

#include "config.h"

#include "sd-painter.h"
#include "sd-paint-private.h"

#include <math.h>

static void
paint_background (SdPainter             *self,
                  cairo_t               *cr,
                  const SdPaintGeometry *g)
{
  set_color (cr, &g->opts->background, 1);
  cairo_paint (cr);
}

static const SdPaintPass background_pass = {
  .name = "background",
  .part = SD_PAINT_PART_TISSUE,
  .clip = SD_PAINT_CLIP_NONE,
  .wanted = NULL,
  .paint = paint_background,
};

/* The picture, bottom to top. Consecutive passes with the same clip share one
 * cairo_save()/cairo_restore(), so they also share the state they leave
 * behind: the model's bottom and the overlay are stroked with the round caps
 * and joins the structures set, as they always were. A pass that needs other
 * state sets it itself. */
static const SdPaintPass *passes[] = {
  &background_pass,
  &_sd_paint_tissue_pass,      /* layer fills and textures, lucidum lines */
  &_sd_paint_junction_pass,    /* basal cells, basement membrane along the DEJ */
  &_sd_paint_structures_pass,  /* vessels, nerves, sweat glands, follicle */
  &_sd_paint_edges_pass,       /* where the model stops (dashed line), air above the surface */
  &_sd_paint_highlight_pass,   /* hover + selection */
  &_sd_paint_course_pass,      /* overlay: inflammation, closing channels, fibres, fibroblasts */
  &_sd_paint_needle_pass,      /* overlay: needle/roller, channels, bleeding, dimple */
  &_sd_paint_scale_bar_pass,
  &_sd_paint_ruler_pass,       /* SD_PAINT_CLIP_NONE from here on */
  &_sd_paint_labels_pass,
  &_sd_paint_caption_pass,     /* overlay */
};

void
_sd_painter_paint_geometry (SdPainter             *self,
                            cairo_t               *cr,
                            const SdPaintGeometry *g)
{
  /* G_MESSAGES_DEBUG=sd-painter logs what each pass costs */
  gboolean timed = !g_log_writer_default_would_drop (G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN);
  gboolean clipped = FALSE;

  _sd_painter_use_text_scale (self, g->opts);

  cairo_save (cr);
  /* Cairo's fast rasteriser: half the cost of the default on these
   * strokes and fills, and no visible loss at these sizes. Text keeps its
   * own font options. */
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);

  for (guint i = 0; i < G_N_ELEMENTS (passes); i++)
    {
      const SdPaintPass *pass = passes[i];
      gboolean want_clip = pass->clip == SD_PAINT_CLIP_TISSUE;

      if (!(g->opts->parts & pass->part) || (pass->wanted != NULL && !pass->wanted (g)))
        continue;

      if (want_clip && !clipped)
        {
          cairo_save (cr);
          cairo_rectangle (cr, g->tx0, 0, g->tx1 - g->tx0, g->height);
          cairo_clip (cr);
        }
      else if (!want_clip && clipped)
        cairo_restore (cr);
      clipped = want_clip;

      if (G_UNLIKELY (timed))
        {
          gint64 start = g_get_monotonic_time ();

          pass->paint (self, cr, g);
          g_debug ("%s: %.2f ms", pass->name, (g_get_monotonic_time () - start) / 1000.0);
        }
      else
        pass->paint (self, cr, g);
    }
  if (clipped)
    cairo_restore (cr);

  cairo_restore (cr);
}

double
_sd_paint_text_scale (const SdPaintOptions *options)
{
  if (!(options->text_scale > 0))   /* also NAN */
    return 1.0;
  return CLAMP (options->text_scale, 0.5, 3.0);
}

void
_sd_painter_use_text_scale (SdPainter            *self,
                            const SdPaintOptions *options)
{
  double scale = _sd_paint_text_scale (options);

  if (scale == self->font_scale)
    return;
  self->font_scale = scale;
  pango_font_description_set_size (self->font, (int)round (10 * scale * PANGO_SCALE));
  pango_font_description_set_size (self->font_bold, (int)round (10 * scale * PANGO_SCALE));
  pango_font_description_set_size (self->font_small, (int)round (8.5 * scale * PANGO_SCALE));
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
  options->text_scale = 1.0;
}

SdPainter *
sd_painter_new (void)
{
  SdPainter *self = g_new0 (SdPainter, 1);

  self->illustrations = _sd_paint_illustrations_new ();
  self->textures = _sd_paint_textures_new ();
  self->font = pango_font_description_from_string ("Sans 10");
  self->font_bold = pango_font_description_from_string ("Sans Bold 10");
  self->font_small = pango_font_description_from_string ("Sans 8.5");
  self->font_scale = 1.0;
  return self;
}

void
sd_painter_free (SdPainter *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->illustrations, _sd_paint_illustrations_free);
  g_clear_pointer (&self->textures, _sd_paint_textures_free);
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
  g_return_if_fail (self != NULL);
  g_return_if_fail (px_per_um > 0);

  _sd_paint_textures_prepare (self->textures, px_per_um, seed);
}

SdPaintColor
sd_painter_get_layer_color (SdLayerId id)
{
  SdPaintColor none = { 0, 0, 0, 0 };

  g_return_val_if_fail (id < SD_N_LAYERS, none);
  return _sd_paint_layer_colors[id];
}

void
sd_painter_paint (SdPainter            *self,
                  cairo_t              *cr,
                  const SdSkinProfile  *profile,
                  const SdPaintOptions *options,
                  double                width,
                  double                height)
{
  SdPaintGeometry geometry;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (profile != NULL && profile->n_layers > 0);
  g_return_if_fail (options != NULL);

  if (width < 1 || height < 1)
    return;

  sd_paint_geometry_init (&geometry, profile, options, width, height);
  _sd_painter_paint_geometry (self, cr, &geometry);
}

void
sd_painter_paint_geometry (SdPainter             *self,
                           cairo_t               *cr,
                           const SdPaintGeometry *geometry)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (geometry != NULL && geometry->opts != NULL);

  if (geometry->width < 1 || geometry->height < 1)
    return;
  _sd_painter_paint_geometry (self, cr, geometry);
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
  SdPaintGeometry geometry;

  g_return_val_if_fail (profile != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  sd_paint_geometry_init (&geometry, profile, options, width, height);
  return sd_paint_geometry_layer_at (&geometry, x, y, out);
}
