/* sd-pen-layer.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The presenter's pen. It adds a drag gesture to the picture, in the capture
 * phase so that it claims the press before the picture's own pan and click, and
 * only while the pen is on; it draws its strokes through the picture's overlay
 * hook, in the same frame and with the same mapping as the tissue under them.
 */

#define G_LOG_DOMAIN "sd-pen-layer"

#include "config.h"

#include "sd-pen-layer.h"

#include <glib/gi18n.h>
#include <math.h>

/* Screen pixels: the same on a projector at every zoom. A white halo keeps a
 * stroke visible on any layer's colour. */
#define STROKE_WIDTH_PX 5.0
#define HALO_WIDTH_PX   9.0
/* A new point is kept once the pen has moved this far from the last one */
#define MIN_STEP_PX     1.5

typedef struct
{
  double x_um;
  double depth_um;
} PenPoint;

typedef struct
{
  SdPenColor  color;
  GArray     *points;   /* PenPoint */
} PenStroke;

struct _SdPenLayer
{
  GObject        parent_instance;

  SdSectionView *view;       /* weak */
  GtkGesture    *gesture;    /* owned by the view */
  GPtrArray     *strokes;    /* PenStroke */
  PenStroke     *current;    /* the last of strokes while drawing */
  double         start_x;
  double         start_y;
  SdPenColor     color;
  guint          active : 1;
};

G_DEFINE_FINAL_TYPE (SdPenLayer, sd_pen_layer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTIVE,
  PROP_COLOR,
  PROP_N_STROKES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  guint32     hex;
  const char *name;
} pen_colors[SD_PEN_N_COLORS] = {
  [SD_PEN_COLOR_RED] = { 0xe01b24, N_("Red") },
  [SD_PEN_COLOR_BLUE] = { 0x1a5fb4, N_("Blue") },
  [SD_PEN_COLOR_GREEN] = { 0x1f9d55, N_("Green") },
  [SD_PEN_COLOR_BLACK] = { 0x141414, N_("Black") },
};

/*
 * Auxiliary methods
 */

static void
pen_stroke_free (gpointer data)
{
  PenStroke *stroke = data;

  g_array_unref (stroke->points);
  g_free (stroke);
}

static gboolean
to_tissue (SdPenLayer *self,
           double      x,
           double      y,
           PenPoint   *point)
{
  SdSectionViewMapping m;

  if (self->view == NULL || !sd_section_view_get_mapping (self->view, &m))
    return FALSE;
  point->x_um = m.left_um + (x - m.x0) / m.px_per_um;
  point->depth_um = m.top_um + y / m.px_per_um;
  return TRUE;
}

static void
queue_draw (SdPenLayer *self)
{
  if (self->view != NULL)
    gtk_widget_queue_draw (GTK_WIDGET (self->view));
}

static void
notify_n_strokes (SdPenLayer *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STROKES]);
  queue_draw (self);
}

static void
draw_strokes (SdPenLayer                 *self,
              cairo_t                    *cr,
              const SdSectionViewMapping *m,
              double                      width,
              gboolean                    halo)
{
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, width);

  for (guint i = 0; i < self->strokes->len; i++)
    {
      PenStroke *stroke = g_ptr_array_index (self->strokes, i);
      GdkRGBA rgba;

      for (guint j = 0; j < stroke->points->len; j++)
        {
          PenPoint *p = &g_array_index (stroke->points, PenPoint, j);
          double x = m->x0 + (p->x_um - m->left_um) * m->px_per_um;
          double y = (p->depth_um - m->top_um) * m->px_per_um;

          if (j == 0)
            cairo_move_to (cr, x, y);
          cairo_line_to (cr, x, y);   /* a lone point draws as a dot */
        }
      if (halo)
        cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
      else
        {
          sd_pen_color_get_rgba (stroke->color, &rgba);
          gdk_cairo_set_source_rgba (cr, &rgba);
        }
      cairo_stroke (cr);
    }
}

/*
 * Signal callbacks
 */

static void
snapshot_strokes_cb (SdSectionView *view,
                     GtkSnapshot   *snapshot,
                     gpointer       user_data)
{
  SdPenLayer *self = SD_PEN_LAYER (user_data);
  double w = gtk_widget_get_width (GTK_WIDGET (view));
  double h = gtk_widget_get_height (GTK_WIDGET (view));
  SdSectionViewMapping m;
  cairo_t *cr;

  if (self->strokes->len == 0 || !sd_section_view_get_mapping (view, &m))
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  draw_strokes (self, cr, &m, HALO_WIDTH_PX, TRUE);
  draw_strokes (self, cr, &m, STROKE_WIDTH_PX, FALSE);
  cairo_destroy (cr);
}

static void
on_drag_begin_cb (SdPenLayer     *self,
                  double          x,
                  double          y,
                  GtkGestureDrag *gesture)
{
  g_assert (SD_IS_PEN_LAYER (self));

  if (!self->active)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  g_debug ("stroke begins at %.0f, %.0f", x, y);
  /* the press is the pen's: the picture neither pans nor selects */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  self->start_x = x;
  self->start_y = y;
  sd_pen_layer_begin_stroke (self, x, y);
}

static void
on_drag_update_cb (SdPenLayer     *self,
                   double          dx,
                   double          dy,
                   GtkGestureDrag *gesture)
{
  g_assert (SD_IS_PEN_LAYER (self));

  if (self->current != NULL)
    sd_pen_layer_extend_stroke (self, self->start_x + dx, self->start_y + dy);
}

static void
on_drag_end_cb (SdPenLayer     *self,
                double          dx,
                double          dy,
                GtkGestureDrag *gesture)
{
  g_assert (SD_IS_PEN_LAYER (self));

  g_debug ("stroke ends after %.0f, %.0f", dx, dy);
  sd_pen_layer_end_stroke (self);
}

/*
 * GObject overrides
 */

static void
sd_pen_layer_dispose (GObject *object)
{
  SdPenLayer *self = (SdPenLayer *)object;

  if (self->view != NULL)
    {
      if (self->gesture != NULL)
        gtk_widget_remove_controller (GTK_WIDGET (self->view),
                                      GTK_EVENT_CONTROLLER (self->gesture));
      sd_section_view_set_overlay_func (self->view, NULL, NULL, NULL);
      gtk_widget_set_cursor (GTK_WIDGET (self->view), NULL);
      g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *)&self->view);
      self->view = NULL;
    }
  self->gesture = NULL;
  self->current = NULL;
  if (self->strokes != NULL)
    g_ptr_array_set_size (self->strokes, 0);

  G_OBJECT_CLASS (sd_pen_layer_parent_class)->dispose (object);
}

static void
sd_pen_layer_finalize (GObject *object)
{
  SdPenLayer *self = (SdPenLayer *)object;

  g_clear_pointer (&self->strokes, g_ptr_array_unref);

  G_OBJECT_CLASS (sd_pen_layer_parent_class)->finalize (object);
}

static void
sd_pen_layer_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SdPenLayer *self = SD_PEN_LAYER (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_COLOR:
      g_value_set_uint (value, self->color);
      break;
    case PROP_N_STROKES:
      g_value_set_uint (value, self->strokes->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_pen_layer_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SdPenLayer *self = SD_PEN_LAYER (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      sd_pen_layer_set_active (self, g_value_get_boolean (value));
      break;
    case PROP_COLOR:
      sd_pen_layer_set_color (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_pen_layer_class_init (SdPenLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sd_pen_layer_dispose;
  object_class->finalize = sd_pen_layer_finalize;
  object_class->get_property = sd_pen_layer_get_property;
  object_class->set_property = sd_pen_layer_set_property;

  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOR] =
    g_param_spec_uint ("color", NULL, NULL, 0, SD_PEN_N_COLORS - 1, SD_PEN_COLOR_RED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_STROKES] =
    g_param_spec_uint ("n-strokes", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sd_pen_layer_init (SdPenLayer *self)
{
  self->strokes = g_ptr_array_new_with_free_func (pen_stroke_free);
  self->color = SD_PEN_COLOR_RED;
}

/*
 * Public API
 */

void
sd_pen_color_get_rgba (SdPenColor  color,
                       GdkRGBA    *rgba)
{
  guint32 hex;

  g_return_if_fail (rgba != NULL);

  hex = pen_colors[color < SD_PEN_N_COLORS ? color : SD_PEN_COLOR_RED].hex;
  *rgba = (GdkRGBA) { ((hex >> 16) & 0xff) / 255.f, ((hex >> 8) & 0xff) / 255.f,
                      (hex & 0xff) / 255.f, 1.f };
}

const char *
sd_pen_color_get_name (SdPenColor color)
{
  g_return_val_if_fail (color < SD_PEN_N_COLORS, NULL);

  return _(pen_colors[color].name);
}

/**
 * sd_pen_layer_new:
 * @view: the picture to draw over; the layer adds its gesture and overlay to it
 *   and takes them away when it is disposed
 */
SdPenLayer *
sd_pen_layer_new (SdSectionView *view)
{
  SdPenLayer *self;

  g_return_val_if_fail (SD_IS_SECTION_VIEW (view), NULL);

  self = g_object_new (SD_TYPE_PEN_LAYER, NULL);
  self->view = view;
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *)&self->view);

  self->gesture = gtk_gesture_drag_new ();
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (self->gesture), "sd-pen");
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (self->gesture),
                                              GTK_PHASE_NONE);
  g_signal_connect_object (self->gesture, "drag-begin", G_CALLBACK (on_drag_begin_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->gesture, "drag-update", G_CALLBACK (on_drag_update_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->gesture, "drag-end", G_CALLBACK (on_drag_end_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (view), GTK_EVENT_CONTROLLER (self->gesture));

  sd_section_view_set_overlay_func (view, snapshot_strokes_cb, self, NULL);

  return self;
}

gboolean
sd_pen_layer_get_active (SdPenLayer *self)
{
  g_return_val_if_fail (SD_IS_PEN_LAYER (self), FALSE);

  return self->active;
}

void
sd_pen_layer_set_active (SdPenLayer *self,
                         gboolean    active)
{
  g_return_if_fail (SD_IS_PEN_LAYER (self));

  active = !!active;
  if (self->active == active)
    return;
  self->active = active;

  if (!active)
    sd_pen_layer_end_stroke (self);
  if (self->gesture != NULL)
    {
      gtk_event_controller_reset (GTK_EVENT_CONTROLLER (self->gesture));
      gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (self->gesture),
                                                  active ? GTK_PHASE_CAPTURE : GTK_PHASE_NONE);
    }
  if (self->view != NULL)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self->view), active ? "crosshair" : NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

SdPenColor
sd_pen_layer_get_color (SdPenLayer *self)
{
  g_return_val_if_fail (SD_IS_PEN_LAYER (self), SD_PEN_COLOR_RED);

  return self->color;
}

void
sd_pen_layer_set_color (SdPenLayer *self,
                        SdPenColor  color)
{
  g_return_if_fail (SD_IS_PEN_LAYER (self));
  g_return_if_fail (color < SD_PEN_N_COLORS);

  if (self->color == color)
    return;
  self->color = color;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

/**
 * sd_pen_layer_begin_stroke:
 * @x: (in): where the stroke starts, in the view's pixels
 *
 * Starts a stroke in the current colour (ending one still being drawn). Does
 * nothing while the view has nothing to draw on.
 */
void
sd_pen_layer_begin_stroke (SdPenLayer *self,
                           double      x,
                           double      y)
{
  PenStroke *stroke;
  PenPoint point;

  g_return_if_fail (SD_IS_PEN_LAYER (self));

  sd_pen_layer_end_stroke (self);
  if (!isfinite (x) || !isfinite (y) || !to_tissue (self, x, y, &point))
    return;

  stroke = g_new0 (PenStroke, 1);
  stroke->color = self->color;
  stroke->points = g_array_new (FALSE, FALSE, sizeof (PenPoint));
  g_array_append_val (stroke->points, point);
  g_ptr_array_add (self->strokes, stroke);
  self->current = stroke;
  notify_n_strokes (self);
}

void
sd_pen_layer_extend_stroke (SdPenLayer *self,
                            double      x,
                            double      y)
{
  SdSectionViewMapping m;
  PenPoint point, *last;

  g_return_if_fail (SD_IS_PEN_LAYER (self));

  if (self->current == NULL || !isfinite (x) || !isfinite (y) || !to_tissue (self, x, y, &point))
    return;

  last = &g_array_index (self->current->points, PenPoint, self->current->points->len - 1);
  if (sd_section_view_get_mapping (self->view, &m)
      && hypot (point.x_um - last->x_um, point.depth_um - last->depth_um) * m.px_per_um
         < MIN_STEP_PX)
    return;
  g_array_append_val (self->current->points, point);
  queue_draw (self);
}

void
sd_pen_layer_end_stroke (SdPenLayer *self)
{
  g_return_if_fail (SD_IS_PEN_LAYER (self));

  self->current = NULL;
}

/**
 * sd_pen_layer_undo:
 *
 * Takes away the last stroke (also one still being drawn).
 */
void
sd_pen_layer_undo (SdPenLayer *self)
{
  g_return_if_fail (SD_IS_PEN_LAYER (self));

  if (self->strokes->len == 0)
    return;
  self->current = NULL;
  g_ptr_array_set_size (self->strokes, self->strokes->len - 1);
  notify_n_strokes (self);
}

void
sd_pen_layer_clear (SdPenLayer *self)
{
  g_return_if_fail (SD_IS_PEN_LAYER (self));

  if (self->strokes->len == 0)
    return;
  self->current = NULL;
  g_ptr_array_set_size (self->strokes, 0);
  notify_n_strokes (self);
}

guint
sd_pen_layer_get_n_strokes (SdPenLayer *self)
{
  g_return_val_if_fail (SD_IS_PEN_LAYER (self), 0);

  return self->strokes->len;
}

guint
sd_pen_layer_get_stroke_length (SdPenLayer *self,
                                guint       stroke)
{
  g_return_val_if_fail (SD_IS_PEN_LAYER (self), 0);
  g_return_val_if_fail (stroke < self->strokes->len, 0);

  return ((PenStroke *)g_ptr_array_index (self->strokes, stroke))->points->len;
}

SdPenColor
sd_pen_layer_get_stroke_color (SdPenLayer *self,
                               guint       stroke)
{
  g_return_val_if_fail (SD_IS_PEN_LAYER (self), SD_PEN_COLOR_RED);
  g_return_val_if_fail (stroke < self->strokes->len, SD_PEN_COLOR_RED);

  return ((PenStroke *)g_ptr_array_index (self->strokes, stroke))->color;
}

gboolean
sd_pen_layer_get_point (SdPenLayer *self,
                        guint       stroke,
                        guint       index,
                        double     *x_um,
                        double     *depth_um)
{
  PenStroke *s;
  PenPoint *p;

  g_return_val_if_fail (SD_IS_PEN_LAYER (self), FALSE);

  if (stroke >= self->strokes->len)
    return FALSE;
  s = g_ptr_array_index (self->strokes, stroke);
  if (index >= s->points->len)
    return FALSE;
  p = &g_array_index (s->points, PenPoint, index);
  if (x_um)
    *x_um = p->x_um;
  if (depth_um)
    *depth_um = p->depth_um;
  return TRUE;
}
