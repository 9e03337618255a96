/* sd-section-view-frame.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The section view's frames: what does not change between them is painted
 * once into image surfaces, and a frame composites those and paints only what
 * moves.
 *
 *   still      the base (tissue, ruler, labels, scale bar), one blit;
 *   hover      the base, and the hovered layer's band painted over it;
 *   playback   the base, the course's state (an image painted when the day
 *              changes) and the needle (painted every frame);
 *   pan        the tissue, painted once PAN_MARGIN_PX beyond the view on
 *              every side when a pan starts, moved by whole pixels (and
 *              re-centred, painting only what that uncovers, near its edge),
 *              the chrome (ruler, labels, scale bar) painted over it;
 *              PAN_SETTLE_MS after the last move the base is painted afresh
 *              at the exact position;
 *   zoom       the animation scales the base it started from and the last
 *              frame is painted afresh (sd-section-view-input.c).
 *
 * The caches are images, not recorded cairo drawing: GSK's cairo renderer
 * replays a recording in full every frame, an image it only composites.
 */

#define G_LOG_DOMAIN "sd-section-view"

#include "config.h"

#include "sd-section-view-private.h"

#include <math.h>

/* After the view stops moving, the picture is painted afresh this much later */
#define PAN_SETTLE_MS 120

/* The scale bar's pill lies within this many px of the tissue's bottom left
 * (sd-paint-scale-bar.c: 70 px of a nice length, its label, 16 px in) */
#define SCALE_BAR_BOX_PX 64

/* While panning, the tissue is kept painted this far beyond the view on every
 * side: a pan within it only moves the image */
#define PAN_MARGIN_PX 160

/* An image for the view at the widget's scale. RGB24 for what is opaque (the
 * background pass covers the whole picture), which cairo copies instead of
 * blending; ARGB32 for what goes over it. */
static cairo_surface_t *
new_image (SdSectionView  *self,
           cairo_format_t  format,
           double          w,
           double          h)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  cairo_surface_t *image;

  image = cairo_image_surface_create (format, (int)ceil (w * scale), (int)ceil (h * scale));
  cairo_surface_set_device_scale (image, scale, scale);
  return image;
}

/* A node that only composites @image at (x, y), clipped to @clip */
static void
append_image (GtkSnapshot           *snapshot,
              cairo_surface_t       *image,
              const graphene_rect_t *clip,
              double                 x,
              double                 y)
{
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, clip);

  cairo_set_source_surface (cr, image, x, y);
  cairo_paint (cr);
  cairo_destroy (cr);
}

void
_sd_section_view_drop_caches (SdSectionView *self)
{
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  g_clear_pointer (&self->tissue_image, cairo_surface_destroy);
  g_clear_pointer (&self->spare_image, cairo_surface_destroy);
  g_clear_pointer (&self->course_image, cairo_surface_destroy);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->panned = FALSE;
}

static gboolean
settle_cb (gpointer user_data)
{
  SdSectionView *self = user_data;

  self->settle_id = 0;
  _sd_section_view_invalidate (self);
  return G_SOURCE_REMOVE;
}

void
_sd_section_view_pan_changed (SdSectionView *self)
{
  g_assert (SD_IS_SECTION_VIEW (self));

  /* the cache stays: the next frame moves it */
  g_clear_handle_id (&self->settle_id, g_source_remove);
  if (self->cache != NULL)
    self->settle_id = g_timeout_add (PAN_SETTLE_MS, settle_cb, self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Paints the base (the tissue and the chrome, what a still frame shows) into
 * an image; the tissue for panning is painted when a pan starts */
static void
build_cache (SdSectionView         *self,
             const SdSkinProfile   *profile,
             SdPaintOptions        *options,
             const SdPaintGeometry *geometry)
{
  double w = geometry->width, h = geometry->height;
  cairo_surface_t *base;
  GtkSnapshot *s;
  cairo_t *cr;

  _sd_section_view_drop_caches (self);
  base = new_image (self, CAIRO_FORMAT_RGB24, w, h);
  cr = cairo_create (base);
  if (self->comparison)
    {
      SdPaintOptions comparison;

      _sd_section_view_fill_comparison_options (self, &comparison, w, h);
      sd_painter_paint_comparison (self->painter, cr, profile, self->comparison_needles,
                                   SD_SECTION_VIEW_N_COMPARISON, &comparison, w, h);
    }
  else
    {
      options->hovered_layer = -1;
      options->parts = SD_PAINT_PART_TISSUE;
      sd_painter_paint_geometry (self->painter, cr, geometry);

      options->parts = SD_PAINT_PART_CHROME;
      sd_painter_paint_geometry (self->painter, cr, geometry);

      self->cached_epidermis_um = options->course_day ? options->course_day->epidermis_um : 0;
      self->cache_scale = geometry->scale;
      self->cache_top_um = geometry->top_um;
      self->cache_left_um = geometry->left_um;
    }
  cairo_destroy (cr);
  cairo_surface_flush (base);

  s = gtk_snapshot_new ();
  append_image (s, base, &GRAPHENE_RECT_INIT (0, 0, w, h), 0, 0);
  self->cache = gtk_snapshot_free_to_node (s);
  self->cache_width = w;
  self->cache_height = h;
  cairo_surface_destroy (base);   /* the node holds it */
}

/* The geometry of the pan image: the view's, over PAN_MARGIN_PX more on every
 * side, with the tissue's origin at (left_um, top_um) */
static void
pan_geometry (const SdPaintGeometry *view,
              double                 left_um,
              double                 top_um,
              SdPaintGeometry       *out)
{
  *out = *view;
  out->width = view->width + 2 * PAN_MARGIN_PX;
  out->height = view->height + 2 * PAN_MARGIN_PX;
  out->tx1 = view->tx1 + 2 * PAN_MARGIN_PX;
  out->left_um = left_um;
  out->top_um = top_um;
}

/* Paints the pan image's tissue within @clip (pan image pixels) */
static void
paint_pan_tissue (SdSectionView         *self,
                  cairo_t               *cr,
                  const SdPaintGeometry *pan,
                  const cairo_rectangle_t *clip)
{
  cairo_save (cr);
  cairo_rectangle (cr, clip->x, clip->y, clip->width, clip->height);
  cairo_clip (cr);
  sd_painter_paint_geometry (self->painter, cr, pan);
  cairo_restore (cr);
}

/* The pan image's offset (whole px) from the view, or FALSE when the view
 * differs from the cache by more than a pan */
static gboolean
pan_offset (SdSectionView         *self,
            const SdPaintGeometry *g,
            double                *ox,
            double                *oy)
{
  if (self->comparison || self->cache_width != g->width || self->cache_height != g->height
      || fabs (g->scale - self->cache_scale) > 1e-9 * g->scale)
    return FALSE;
  *ox = round ((g->left_um - self->pan_left_um) * g->scale);
  *oy = round ((g->top_um - self->pan_top_um) * g->scale);
  return TRUE;
}

/* Keeps the pan image under the view: painted whole when a pan starts, then
 * moved by whole pixels with only the strips it uncovers painted, once the
 * view comes within reach of its edge. Returns the view's offset in it. */
static void
update_pan_image (SdSectionView         *self,
                  const SdSkinProfile   *profile,
                  const SdPaintOptions  *view_options,
                  const SdPaintGeometry *view,
                  double                *ox,
                  double                *oy)
{
  double w = view->width + 2 * PAN_MARGIN_PX, h = view->height + 2 * PAN_MARGIN_PX;
  double x0 = floor (view->tx0), x1 = ceil (view->tx1) + 2 * PAN_MARGIN_PX;
  SdPaintOptions options = *view_options;
  SdPaintGeometry pan;
  cairo_surface_t *image;
  cairo_t *cr;
  double sx, sy;

  options.hovered_layer = -1;
  options.parts = SD_PAINT_PART_TISSUE;

  if (self->tissue_image == NULL)
    {
      /* the view at the middle of the image */
      self->pan_left_um = view->left_um - PAN_MARGIN_PX / view->scale;
      self->pan_top_um = view->top_um - PAN_MARGIN_PX / view->scale;
      pan_geometry (view, self->pan_left_um, self->pan_top_um, &pan);
      pan.opts = &options;
      self->tissue_image = new_image (self, CAIRO_FORMAT_RGB24, w, h);
      cr = cairo_create (self->tissue_image);
      paint_pan_tissue (self, cr, &pan, &(cairo_rectangle_t) { 0, 0, w, h });
      cairo_destroy (cr);
      cairo_surface_flush (self->tissue_image);
      pan_offset (self, view, ox, oy);
      return;
    }

  pan_offset (self, view, ox, oy);
  if (*ox >= 0 && *ox <= 2 * PAN_MARGIN_PX && *oy >= 0 && *oy <= 2 * PAN_MARGIN_PX)
    return;

  /* Re-centre: move the image by (sx, sy) and paint what that uncovers */
  sx = *ox - PAN_MARGIN_PX;
  sy = *oy - PAN_MARGIN_PX;
  self->pan_left_um += sx / view->scale;
  self->pan_top_um += sy / view->scale;
  pan_geometry (view, self->pan_left_um, self->pan_top_um, &pan);
  pan.opts = &options;

  /* Two images in turn: the one the frame before last showed is free again */
  image = g_steal_pointer (&self->spare_image);
  if (image == NULL)
    image = new_image (self, CAIRO_FORMAT_RGB24, w, h);
  cr = cairo_create (image);
  if (fabs (sx) < w && fabs (sy) < h)
    {
      cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
      cairo_set_source_surface (cr, self->tissue_image, -sx, -sy);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
      if (sx < 0)
        paint_pan_tissue (self, cr, &pan, &(cairo_rectangle_t) { x0, 0, -sx, h });
      else if (sx > 0)
        paint_pan_tissue (self, cr, &pan, &(cairo_rectangle_t) { x1 - sx, 0, sx, h });
      if (sy < 0)
        paint_pan_tissue (self, cr, &pan, &(cairo_rectangle_t) { x0, 0, x1 - x0, -sy });
      else if (sy > 0)
        paint_pan_tissue (self, cr, &pan, &(cairo_rectangle_t) { x0, h - sy, x1 - x0, sy });
    }
  else
    paint_pan_tissue (self, cr, &pan, &(cairo_rectangle_t) { 0, 0, w, h });
  cairo_destroy (cr);
  cairo_surface_flush (image);

  self->spare_image = self->tissue_image;
  self->tissue_image = image;
  pan_offset (self, view, ox, oy);
}

/* While the view pans: the moving tissue, and the chrome over it */
static void
snapshot_panned (SdSectionView         *self,
                 GtkSnapshot           *snapshot,
                 SdPaintOptions        *options,
                 const SdPaintGeometry *g,
                 double                 ox,
                 double                 oy)
{
  double w = g->width, h = g->height;
  double x0 = floor (g->tx0), x1 = ceil (g->tx1);
  GdkRGBA bg = { options->background.red, options->background.green,
                 options->background.blue, 1 };
  /* The chrome in three small nodes, not one over the whole view: the
   * renderer replays a cairo node through a surface of its size */
  graphene_rect_t chrome[3] = {
    GRAPHENE_RECT_INIT (0, 0, x0, h),                                /* ruler */
    GRAPHENE_RECT_INIT (x1, 0, MAX (0, w - x1), h),                  /* labels */
    GRAPHENE_RECT_INIT (x0, MAX (0, h - SCALE_BAR_BOX_PX), MIN (4 * SCALE_BAR_BOX_PX, x1 - x0),
                        MIN (h, SCALE_BAR_BOX_PX)),                  /* scale bar */
  };

  append_image (snapshot, self->tissue_image, &GRAPHENE_RECT_INIT (x0, 0, x1 - x0, h),
                -ox, -oy);

  options->hovered_layer = -1;
  options->parts = SD_PAINT_PART_CHROME;
  for (guint i = 0; i < G_N_ELEMENTS (chrome); i++)
    {
      cairo_t *cr;

      if (chrome[i].size.width < 1 || chrome[i].size.height < 1)
        continue;
      if (i < 2)
        gtk_snapshot_append_color (snapshot, &bg, &chrome[i]);
      cr = gtk_snapshot_append_cairo (snapshot, &chrome[i]);
      cairo_rectangle (cr, chrome[i].origin.x, chrome[i].origin.y,
                       chrome[i].size.width, chrome[i].size.height);
      cairo_clip (cr);
      /* the ruler's line sits half a pixel left of the tissue */
      sd_painter_paint_geometry (self->painter, cr, g);
      cairo_destroy (cr);
    }
}

/* The course's overlay (inflammation, closing channels, new fibres,
 * fibroblasts, caption) changes with the day, not every frame: it is painted
 * into an image of its own when the day or the view changes. */
static void
snapshot_course (SdSectionView         *self,
                 GtkSnapshot           *snapshot,
                 SdPaintOptions        *options,
                 const SdPaintGeometry *g)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  if (self->course_image == NULL || self->course_image_day != options->course_day
      || self->course_image_left_um != g->left_um || self->course_image_top_um != g->top_um
      || self->course_image_scale != g->scale
      || self->course_image_needle != !!options->show_needle
      || cairo_image_surface_get_width (self->course_image) != (int)ceil (g->width * scale)
      || cairo_image_surface_get_height (self->course_image) != (int)ceil (g->height * scale))
    {
      cairo_t *cr;

      g_clear_pointer (&self->course_image, cairo_surface_destroy);
      self->course_image = new_image (self, CAIRO_FORMAT_ARGB32, g->width, g->height);
      cr = cairo_create (self->course_image);
      options->hovered_layer = -1;
      options->parts = SD_PAINT_PART_COURSE;
      sd_painter_paint_geometry (self->painter, cr, g);
      cairo_destroy (cr);
      cairo_surface_flush (self->course_image);
      self->course_image_day = options->course_day;
      self->course_image_left_um = g->left_um;
      self->course_image_top_um = g->top_um;
      self->course_image_scale = g->scale;
      self->course_image_needle = !!options->show_needle;
    }
  append_image (snapshot, self->course_image, &GRAPHENE_RECT_INIT (0, 0, g->width, g->height),
                0, 0);
}

/* The needle moves every frame: recorded, and replayed within the box its ink
 * covers (a roller's channels cross the view, a pen's needle is narrow) */
static void
snapshot_needle (SdSectionView         *self,
                 GtkSnapshot           *snapshot,
                 SdPaintOptions        *options,
                 const SdPaintGeometry *g)
{
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (recording);
  double x, y, bw, bh, x0, y0, x1, y1;

  options->hovered_layer = -1;
  options->parts = SD_PAINT_PART_NEEDLE;
  sd_painter_paint_geometry (self->painter, cr, g);
  cairo_destroy (cr);

  cairo_recording_surface_ink_extents (recording, &x, &y, &bw, &bh);
  x0 = floor (CLAMP (x, 0, g->width));
  y0 = floor (CLAMP (y, 0, g->height));
  x1 = ceil (CLAMP (x + bw, 0, g->width));
  y1 = ceil (CLAMP (y + bh, 0, g->height));
  if (x1 > x0 && y1 > y0)
    {
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x0, y0, x1 - x0, y1 - y0));
      cairo_set_source_surface (cr, recording, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
    }
  cairo_surface_destroy (recording);
}

static void
snapshot_hover (SdSectionView         *self,
                GtkSnapshot           *snapshot,
                const SdSkinProfile   *profile,
                SdPaintOptions        *options,
                const SdPaintGeometry *g)
{
  const SdLayer *layer = _sd_section_view_find_layer (self, self->hovered_layer);
  double y0, y1;
  cairo_t *cr;

  /* only the band the layer can cover (its undulating boundaries stay within
   * 250 µm of the model's depths), not the whole widget */
  y0 = layer ? sd_paint_geometry_y_for_depth (g, layer->top_um - 250) : 0;
  y1 = layer ? sd_paint_geometry_y_for_depth (g, layer->bottom_um + 250) : g->height;
  y0 = floor (CLAMP (y0, 0, g->height));
  y1 = ceil (CLAMP (y1, 0, g->height));
  if (y1 <= y0)
    return;

  options->hovered_layer = self->hovered_layer;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, y0, g->width, y1 - y0));
  sd_painter_paint_hover (self->painter, cr, profile, options, g->width, g->height);
  cairo_destroy (cr);
}

static void
snapshot_focus_ring (GtkWidget   *widget,
                     GtkSnapshot *snapshot,
                     double       w,
                     double       h)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GskRoundedRect outline;
  GdkRGBA accent;
  float widths[4] = { 2, 2, 2, 2 };

  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = (GdkRGBA) { 0.21f, 0.52f, 0.89f, 1 };
  accent.alpha = 0.6f;
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (1, 1, w - 2, h - 2), 4);
  gtk_snapshot_append_border (snapshot, &outline, widths,
                              (GdkRGBA[4]) { accent, accent, accent, accent });
}

void
_sd_section_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  SdSectionView *self = SD_SECTION_VIEW (widget);
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);
  double w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  SdPaintOptions options;
  SdPaintGeometry geometry;
  double ox = 0, oy = 0;

  if (profile == NULL || w < 1 || h < 1)
    return;

  if (self->zoom_base != NULL &&
      adw_animation_get_state (self->animation) == ADW_ANIMATION_PLAYING)
    {
      double k = self->view_zoom / self->base_zoom;

      gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (self->anchor_x, self->anchor_y));
      gtk_snapshot_scale (snapshot, k, k);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-self->anchor_x, -self->anchor_y));
      gtk_snapshot_append_node (snapshot, self->zoom_base);
      gtk_snapshot_pop (snapshot);
      _sd_section_view_snapshot_overlay (self, snapshot);
      return;
    }

  /* one geometry for the whole frame */
  _sd_section_view_fill_options (self, &options);
  sd_paint_geometry_init (&geometry, profile, &options, w, h);

  if (self->cache != NULL && (self->cache_width != w || self->cache_height != h))
    _sd_section_view_drop_caches (self);
  if (self->cache != NULL && !self->comparison
      && (self->panned || self->cache_left_um != geometry.left_um
          || self->cache_top_um != geometry.top_um))
    {
      if (pan_offset (self, &geometry, &ox, &oy))
        self->panned = TRUE;
      else
        _sd_section_view_drop_caches (self);
    }

  if (self->cache == NULL)
    build_cache (self, profile, &options, &geometry);

  if (self->panned)
    {
      update_pan_image (self, profile, &options, &geometry, &ox, &oy);
      snapshot_panned (self, snapshot, &options, &geometry, ox, oy);
    }
  else
    gtk_snapshot_append_node (snapshot, self->cache);

  if (!self->comparison)
    {
      /* the animated parts: the course's state, the needle */
      if (options.course_day != NULL)
        snapshot_course (self, snapshot, &options, &geometry);
      if (options.show_needle && options.needle != NULL)
        snapshot_needle (self, snapshot, &options, &geometry);

      /* the hover highlight changes often: not part of the cached picture */
      if (self->hovered_layer >= 0)
        snapshot_hover (self, snapshot, profile, &options, &geometry);
      /* the presenter's pen */
      _sd_section_view_snapshot_overlay (self, snapshot);
    }

  /* keyboard focus: an accent ring inside the edge (drawn fresh, not cached) */
  if (gtk_widget_has_visible_focus (widget))
    snapshot_focus_ring (widget, snapshot, w, h);
}
