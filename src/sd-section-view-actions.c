/* sd-section-view-actions.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The section.* actions (zoom, layer selection, the needle stroke, copying the
 * picture), their key bindings and their enabled state.
 */

#define G_LOG_DOMAIN "sd-section-view-actions"

#include "config.h"

#include "sd-section-view-private.h"

#include <math.h>

#define ZOOM_STEP           1.5

/*
 * Auxiliary methods
 */

void
_sd_section_view_update_actions (SdSectionView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_section = self->section != NULL;

  gtk_widget_action_set_enabled (widget, "section.zoom-in",
                                 has_section && self->zoom < SD_PAINT_ZOOM_MAX);
  gtk_widget_action_set_enabled (widget, "section.zoom-out",
                                 has_section && self->zoom > SD_PAINT_ZOOM_MIN);
  gtk_widget_action_set_enabled (widget, "section.zoom-reset", has_section);
  gtk_widget_action_set_enabled (widget, "section.select-next", has_section);
  gtk_widget_action_set_enabled (widget, "section.select-previous", has_section);
  gtk_widget_action_set_enabled (widget, "section.activate",
                                 _sd_section_view_find_layer (self, self->selected_layer) != NULL);
  gtk_widget_action_set_enabled (widget, "section.copy", has_section && !self->no_copy);
}

void
sd_section_view_set_can_copy (SdSectionView *self,
                              gboolean       can_copy)
{
  g_return_if_fail (SD_IS_SECTION_VIEW (self));

  self->no_copy = !can_copy;
  _sd_section_view_update_actions (self);
}

/* The picture as shown, at the view's size and the display's scale, as an image */
static GdkTexture *
create_texture (SdSectionView *self)
{
  g_autoptr(SdPainter) painter = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const SdNeedleResult *needles;
  const SdSkinProfile *profile;
  SdPaintOptions options;
  cairo_surface_t *surface;
  cairo_t *cr;
  double w, h;
  guint n_needles;
  int scale, pw, ph;

  _sd_section_view_get_size (self, &w, &h);
  profile = sd_section_view_get_paint_options (self, w, h, &options, &needles, &n_needles);
  if (profile == NULL)
    return NULL;

  scale = MAX (1, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  pw = (int)ceil (w * scale);
  ph = (int)ceil (h * scale);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  painter = sd_painter_new ();
  if (n_needles > 0)
    sd_painter_paint_comparison (painter, cr, profile, needles, n_needles, &options, w, h);
  else
    sd_painter_paint (painter, cr, profile, &options, w, h);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize)cairo_image_surface_get_stride (surface) * (gsize)ph);
  {
    GdkTexture *texture = gdk_memory_texture_new (pw, ph, GDK_MEMORY_DEFAULT, bytes,
                                                  cairo_image_surface_get_stride (surface));

    cairo_surface_destroy (surface);
    return texture;
  }
}

/* Where keyboard zoom centres: the selected layer when it is in view */
static void
keyboard_anchor (SdSectionView *self,
                 double        *x,
                 double        *y)
{
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);
  const SdLayer *layer = _sd_section_view_find_layer (self, self->selected_layer);
  double w, h;

  _sd_section_view_get_size (self, &w, &h);
  *x = w / 2;
  *y = h / 2;
  if (layer != NULL && profile != NULL)
    {
      SdPaintOptions options;
      double ly;

      _sd_section_view_fill_options (self, &options);
      ly = sd_paint_y_for_depth (profile, &options, w, h, (layer->top_um + layer->bottom_um) / 2);
      if (ly >= 0 && ly < h)
        *y = ly;
    }
  else if (isnan (self->top_um))
    *y = 0;   /* the default view: keep the surface in place */
}

/* Pans so that a layer's middle is in view, when it is not */
static void
reveal_layer (SdSectionView *self,
              int            id)
{
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);
  const SdLayer *layer = _sd_section_view_find_layer (self, id);
  SdPaintOptions options;
  double w, h, y;

  if (layer == NULL)
    return;
  _sd_section_view_get_size (self, &w, &h);
  _sd_section_view_fill_options (self, &options);
  y = sd_paint_y_for_depth (profile, &options, w, h, (layer->top_um + layer->bottom_um) / 2);
  if (y < 0 || y >= h)
    {
      double scale = sd_paint_px_per_um (profile, &options, w, h);

      self->top_um = (layer->top_um + layer->bottom_um) / 2 - h / 2 / scale;
      _sd_section_view_invalidate (self);
    }
}

static void
select_step (SdSectionView *self,
             int            step)
{
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);
  int index = -1, n;

  if (profile == NULL)
    return;
  n = profile->n_layers;
  for (int i = 0; i < n; i++)
    if ((int)profile->layers[i].id == self->selected_layer)
      index = i;

  if (index < 0)
    index = step > 0 ? 0 : n - 1;
  else
    index = CLAMP (index + step, 0, n - 1);

  sd_section_view_set_selected_layer (self, profile->layers[index].id);
  reveal_layer (self, profile->layers[index].id);
}

/*
 * Actions
 */

static void
sd_section_view_zoom_in_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  SdSectionView *self = SD_SECTION_VIEW (widget);
  double x, y;

  keyboard_anchor (self, &x, &y);
  _sd_section_view_zoom_to (self, self->zoom * ZOOM_STEP, x, y, TRUE);
}

static void
sd_section_view_zoom_out_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  SdSectionView *self = SD_SECTION_VIEW (widget);
  double x, y;

  keyboard_anchor (self, &x, &y);
  _sd_section_view_zoom_to (self, self->zoom / ZOOM_STEP, x, y, TRUE);
}

static void
sd_section_view_zoom_reset_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  SdSectionView *self = SD_SECTION_VIEW (widget);
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);
  SdPaintOptions now, home;
  double w, h, x0, s0, s1, t0, t1, k;

  if (profile == NULL)
    return;

  _sd_section_view_get_size (self, &w, &h);
  _sd_section_view_fill_options (self, &now);
  home = now;
  home.zoom = 1.0;
  home.top_um = NAN;
  home.left_um = 0;
  s0 = sd_paint_px_per_um (profile, &now, w, h);
  s1 = sd_paint_px_per_um (profile, &home, w, h);
  t0 = sd_paint_get_top_um (profile, &now, w, h);
  t1 = sd_paint_get_top_um (profile, &home, w, h);
  sd_paint_get_tissue_x (&now, w, &x0, NULL);
  k = s1 / s0;

  /* The default view is the current one scaled by k about one fixed point:
   * zoom about that point, and the animation ends exactly there */
  self->resetting = TRUE;
  if (fabs (1 - k) < 1e-9)
    _sd_section_view_zoom_to (self, 1.0, 0, 0, FALSE);
  else
    _sd_section_view_zoom_to (self, 1.0,
                              x0 + (self->left_um - 0) * s1 / (1 - k),
                              (t0 - t1) * s1 / (1 - k),
                              TRUE);
}

/* Before the needle plays: pans so that its tip at full depth, and the labels beside
 * it, will be in view (a 2.5 mm needle ran off the bottom of a short window). The
 * surface stays in view too where both fit. */
static void
reveal_needle (SdSectionView *self)
{
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);
  const SdNeedleResult *needle = self->section != NULL ? sd_section_get_needle (self->section)
                                                       : NULL;
  SdPaintOptions options;
  double w, h, tip_y, scale, margin = 72.0;

  if (profile == NULL || needle == NULL || self->comparison)
    return;
  _sd_section_view_get_size (self, &w, &h);
  if (w < 1 || h < 2 * margin)
    return;
  _sd_section_view_fill_options (self, &options);
  tip_y = sd_paint_y_for_depth (profile, &options, w, h, needle->effective_um);
  if (tip_y >= 0 && tip_y <= h - margin)
    return;   /* in view already */

  scale = sd_paint_px_per_um (profile, &options, w, h);
  /* the tip a margin above the bottom edge, but never more air above the surface than
   * the default view has */
  options.top_um = NAN;
  self->top_um = MAX (needle->effective_um - (h - margin) / scale,
                      sd_paint_get_top_um (profile, &options, w, h));
  _sd_section_view_invalidate (self);
}

static void
sd_section_view_play_needle_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  SdSectionView *self = SD_SECTION_VIEW (widget);
  const SdCourseDay *day = _sd_section_view_get_course_day (self);

  reveal_needle (self);

  sd_section_view_set_show_needle (self, TRUE);
  self->needle_day = day != NULL ? (int)day->day : -1;
  adw_animation_pause (self->needle_animation);
  if (_sd_section_view_animations_enabled (self))
    {
      sd_section_view_set_needle_progress (self, 0);
      adw_animation_reset (self->needle_animation);
      adw_animation_play (self->needle_animation);
    }
  else
    sd_section_view_set_needle_progress (self, 1);   /* a jump, not an animation */
}

static void
sd_section_view_reset_needle_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  SdSectionView *self = SD_SECTION_VIEW (widget);

  adw_animation_pause (self->needle_animation);
  sd_section_view_set_needle_progress (self, 0);
}

static void
sd_section_view_select_next_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  select_step (SD_SECTION_VIEW (widget), +1);
}

static void
sd_section_view_select_previous_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *param)
{
  select_step (SD_SECTION_VIEW (widget), -1);
}

static void
sd_section_view_activate_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  SdSectionView *self = SD_SECTION_VIEW (widget);

  if (_sd_section_view_find_layer (self, self->selected_layer) != NULL)
    _sd_section_view_emit_layer_activated (self, self->selected_layer);
}

static void
sd_section_view_copy_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  SdSectionView *self = SD_SECTION_VIEW (widget);
  g_autoptr(GdkTexture) texture = create_texture (self);

  if (texture != NULL)
    gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
}

/*
 * Class initialization
 */

void
_sd_section_view_class_actions_init (SdSectionViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "section.zoom-in", NULL,
                                   sd_section_view_zoom_in_action);
  gtk_widget_class_install_action (widget_class, "section.zoom-out", NULL,
                                   sd_section_view_zoom_out_action);
  gtk_widget_class_install_action (widget_class, "section.zoom-reset", NULL,
                                   sd_section_view_zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "section.select-next", NULL,
                                   sd_section_view_select_next_action);
  gtk_widget_class_install_action (widget_class, "section.select-previous", NULL,
                                   sd_section_view_select_previous_action);
  gtk_widget_class_install_action (widget_class, "section.activate", NULL,
                                   sd_section_view_activate_action);
  gtk_widget_class_install_action (widget_class, "section.play-needle", NULL,
                                   sd_section_view_play_needle_action);
  gtk_widget_class_install_action (widget_class, "section.reset-needle", NULL,
                                   sd_section_view_reset_needle_action);
  gtk_widget_class_install_action (widget_class, "section.copy", NULL,
                                   sd_section_view_copy_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "section.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "section.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "section.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "section.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "section.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "section.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK,
                                       "section.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0,
                                       "section.select-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, 0,
                                       "section.select-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0,
                                       "section.select-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, 0,
                                       "section.select-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0,
                                       "section.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0,
                                       "section.activate", NULL);
  /* On the picture only: in a text field Ctrl+C copies its text. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK,
                                       "section.copy", NULL);
  /* Not Space: that plays and pauses the weeks, wherever the focus is. */
}
