/* sd-section-view-input.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pointer, touch and scroll input on the section view: hover and hit-testing,
 * click and double-click, drag and scroll panning (clamped to the skin), pinch
 * and Ctrl+scroll zoom, and the zoom animation that keeps an anchor point fixed.
 */

#define G_LOG_DOMAIN "sd-section-view-input"

#include "config.h"

#include "sd-section-view-private.h"

#include <math.h>

#define ZOOM_DURATION_MS    250
#define SCROLL_ZOOM_STEP    1.15
#define SCROLL_PAN_PX       48.0

/*
 * Auxiliary methods
 */

/* Sets the drawn zoom, keeping the anchor's depth and position where they are */
static void
apply_view_zoom (SdSectionView *self,
                 double         zoom)
{
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);
  SdPaintOptions options;
  double w, h, x0, scale;

  self->view_zoom = CLAMP (zoom, SD_PAINT_ZOOM_MIN, SD_PAINT_ZOOM_MAX);
  if (profile != NULL)
    {
      _sd_section_view_get_size (self, &w, &h);
      _sd_section_view_fill_options (self, &options);
      scale = sd_paint_px_per_um (profile, &options, w, h);
      sd_paint_get_tissue_x (&options, w, &x0, NULL);
      self->top_um = self->anchor_depth - self->anchor_y / scale;
      self->left_um = self->anchor_um - (self->anchor_x - x0) / scale;
    }
  _sd_section_view_invalidate (self);
}

static void
set_anchor (SdSectionView *self,
            double         x,
            double         y)
{
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);
  SdPaintOptions options;
  double w, h, x0, scale;

  if (profile == NULL)
    return;
  _sd_section_view_get_size (self, &w, &h);
  _sd_section_view_fill_options (self, &options);
  scale = sd_paint_px_per_um (profile, &options, w, h);
  sd_paint_get_tissue_x (&options, w, &x0, NULL);
  self->anchor_x = x;
  self->anchor_y = y;
  self->anchor_depth = sd_paint_depth_for_y (profile, &options, w, h, y);
  self->anchor_um = self->left_um + (x - x0) / scale;
}

static void
on_animation_value_cb (double         value,
                       SdSectionView *self)
{
  /* geometric interpolation: zooming feels even at every scale */
  apply_view_zoom (self, self->from_zoom * pow (self->zoom / self->from_zoom, value));
}

static void
on_animation_done_cb (SdSectionView *self)
{
  g_clear_pointer (&self->zoom_base, gsk_render_node_unref);
  _sd_section_view_invalidate (self);
  if (self->resetting)
    {
      self->resetting = FALSE;
      self->top_um = NAN;
      self->left_um = 0;
      _sd_section_view_invalidate (self);
    }
}

/* Zooms around (x, y), animated unless animations are off */
void
_sd_section_view_zoom_to (SdSectionView *self,
                          double         zoom,
                          double         x,
                          double         y,
                          gboolean       animate)
{
  zoom = CLAMP (zoom, SD_PAINT_ZOOM_MIN, SD_PAINT_ZOOM_MAX);

  adw_animation_pause (self->animation);
  /* a zoom during a zoom: paint for real from here on */
  g_clear_pointer (&self->zoom_base, gsk_render_node_unref);
  set_anchor (self, x, y);
  self->from_zoom = self->view_zoom;

  _sd_section_view_set_target_zoom (self, zoom);

  if (animate && _sd_section_view_animations_enabled (self) && self->from_zoom != zoom)
    {
      /* Frames of the animation scale the current picture (free), and the
       * last one is painted afresh: repainting at every new scale would
       * rebuild the texture tiles each frame */
      if (self->cache != NULL && !self->panned)   /* after a pan, the cache is behind */
        {
          self->zoom_base = gsk_render_node_ref (self->cache);
          self->base_zoom = self->view_zoom;
        }
      adw_animation_reset (self->animation);
      adw_animation_play (self->animation);
    }
  else
    {
      apply_view_zoom (self, zoom);
      on_animation_done_cb (self);
    }
}

int
_sd_section_view_layer_at (SdSectionView *self,
                           double         x,
                           double         y)
{
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);
  SdPaintOptions options;
  SdLayerId id;
  double w, h;

  if (profile == NULL)
    return -1;
  _sd_section_view_get_size (self, &w, &h);
  _sd_section_view_fill_options (self, &options);
  if (!sd_painter_layer_at (self->painter, profile, &options, w, h, x, y, &id))
    return -1;
  return id;
}

static void
clamp_pan (SdSectionView *self)
{
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);
  SdPaintOptions options;
  double w, h, scale, total;

  if (profile == NULL || isnan (self->top_um))
    return;
  _sd_section_view_get_size (self, &w, &h);
  _sd_section_view_fill_options (self, &options);
  scale = sd_paint_px_per_um (profile, &options, w, h);
  total = sd_skin_profile_total_um (profile);
  /* keep some skin on screen: from a little air above to the bottom of the fat */
  self->top_um = CLAMP (self->top_um, -0.5 * h / scale, MAX (0, total - 0.5 * h / scale));
}

/*
 * Signal callbacks
 */

static void
on_motion_cb (SdSectionView *self,
              double         x,
              double         y)
{
  int layer = self->comparison ? -1 : _sd_section_view_layer_at (self, x, y);

  self->pointer_x = x;
  self->pointer_y = y;
  _sd_section_view_set_hovered_layer (self, layer);
}

static void
on_leave_cb (SdSectionView *self)
{
  _sd_section_view_set_hovered_layer (self, -1);
}

static void
on_click_pressed_cb (SdSectionView   *self,
                     int              n_press,
                     double           x,
                     double           y,
                     GtkGestureClick *gesture)
{
  int layer = self->comparison ? -1 : _sd_section_view_layer_at (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  sd_section_view_set_selected_layer (self, layer);
  if (n_press == 2 && layer >= 0)
    _sd_section_view_emit_layer_activated (self, layer);
}

/* The context menu (the window's: copy, export) at the pointer, with the focus here so
 * that its Ctrl+C is the picture's. */
static void
on_secondary_released_cb (SdSectionView   *self,
                         int              n_press,
                         double           x,
                         double           y,
                         GtkGestureClick *gesture)
{
  if (self->context_menu == NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                               &(GdkRectangle) { (int)x, (int)y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_drag_begin_cb (SdSectionView *self,
                  double         x,
                  double         y)
{
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);
  SdPaintOptions options;
  double w, h;

  if (profile == NULL)
    return;
  _sd_section_view_get_size (self, &w, &h);
  _sd_section_view_fill_options (self, &options);
  self->drag_top_um = sd_paint_get_top_um (profile, &options, w, h);
  self->drag_left_um = self->left_um;
}

static void
on_drag_update_cb (SdSectionView *self,
                   double         dx,
                   double         dy)
{
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);
  SdPaintOptions options;
  double w, h, scale;

  if (profile == NULL || (fabs (dx) < 2 && fabs (dy) < 2))
    return;
  _sd_section_view_get_size (self, &w, &h);
  _sd_section_view_fill_options (self, &options);
  scale = sd_paint_px_per_um (profile, &options, w, h);
  self->top_um = self->drag_top_um - dy / scale;
  self->left_um = self->drag_left_um - dx / scale;
  clamp_pan (self);
  _sd_section_view_pan_changed (self);
}

static gboolean
on_scroll_cb (SdSectionView            *self,
              double                    dx,
              double                    dy,
              GtkEventControllerScroll *controller)
{
  GdkModifierType state;
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);

  if (profile == NULL)
    return FALSE;

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  if (state & GDK_CONTROL_MASK)
    {
      /* around the pointer, as tracked by the motion controller */
      double x = self->pointer_x, y = self->pointer_y;

      _sd_section_view_zoom_to (self, self->zoom * pow (SCROLL_ZOOM_STEP, -dy), x, y, FALSE);
      return TRUE;
    }
  else
    {
      SdPaintOptions options;
      double w, h, scale;

      _sd_section_view_get_size (self, &w, &h);
      _sd_section_view_fill_options (self, &options);
      scale = sd_paint_px_per_um (profile, &options, w, h);
      self->top_um = sd_paint_get_top_um (profile, &options, w, h) + dy * SCROLL_PAN_PX / scale;
      self->left_um += dx * SCROLL_PAN_PX / scale;
      clamp_pan (self);
      _sd_section_view_pan_changed (self);
      return TRUE;
    }
}

static void
on_pinch_begin_cb (SdSectionView  *self,
                   GdkEventSequence *sequence,
                   GtkGestureZoom *gesture)
{
  self->pinch_zoom = self->zoom;
}

static void
on_pinch_scale_changed_cb (SdSectionView  *self,
                           double          scale,
                           GtkGestureZoom *gesture)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
  _sd_section_view_zoom_to (self, self->pinch_zoom * scale, x, y, FALSE);
}

/*
 * Initialization
 */

void
_sd_section_view_input_init (SdSectionView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;
  AdwAnimationTarget *target;

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_click_new ();
  g_signal_connect_swapped (gesture, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect_swapped (gesture, "released", G_CALLBACK (on_secondary_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  g_signal_connect_swapped (gesture, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect_swapped (gesture, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect_swapped (gesture, "begin", G_CALLBACK (on_pinch_begin_cb), self);
  g_signal_connect_swapped (gesture, "scale-changed", G_CALLBACK (on_pinch_scale_changed_cb),
                            self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (gtk_widget_queue_draw), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_swapped (controller, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  /* AdwAnimation skips to the end when gtk-enable-animations is off (Adw 1.2
   * always follows the setting); _sd_section_view_animations_enabled() checks it too */
  target = adw_callback_animation_target_new ((AdwAnimationTargetFunc)on_animation_value_cb,
                                              self, NULL);
  self->animation = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, ZOOM_DURATION_MS, target);
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_EASE_OUT_CUBIC);
  g_signal_connect_swapped (self->animation, "done", G_CALLBACK (on_animation_done_cb), self);
}
