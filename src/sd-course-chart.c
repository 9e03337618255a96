/* sd-course-chart.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-course-chart"

#include "config.h"

#include "sd-course-chart.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

/*
 * The collagen chart widget: SdChart (src/paint) painted with cairo. The
 * chart is cached as an image in a render node (see render_chart()), dropped on
 * size, scale, parameter, series and CSS changes; the day cursor is drawn
 * fresh every frame with gtk_snapshot_append_cairo. Keyboard: Left/Right move one day, Shift+Left/Right a week,
 * Home/End go to the first and last day.
 */

struct _SdCourseChart
{
  GtkWidget       parent_instance;

  /* Owned references */
  SdChart        *chart;
  SdChartData    *data;
  GskRenderNode  *cached;
  GtkWidget      *context_menu;   /* a GtkPopoverMenu on secondary click, or NULL */

  /* State */
  SdCourseParams  params;
  SdChartSeries   series;
  guint           day;
  int             cached_width;
  int             cached_height;
  guint           has_params : 1;
};

G_DEFINE_FINAL_TYPE (SdCourseChart, sd_course_chart, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Auxiliary methods
 */

static void
invalidate_cache (SdCourseChart *self)
{
  g_clear_pointer (&self->cached, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static SdPaintColor
paint_color (const GdkRGBA *rgba)
{
  return (SdPaintColor) { rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

static void
fill_options (SdCourseChart  *self,
              SdChartOptions *options)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA rgba;

  sd_chart_options_init (options);
  options->series = self->series;
  options->day = -1;
  options->fill_background = FALSE;

  gtk_style_context_get_color (style, &rgba);
  options->foreground = paint_color (&rgba);
  if (gtk_style_context_lookup_color (style, "view_bg_color", &rgba) ||
      gtk_style_context_lookup_color (style, "window_bg_color", &rgba))
    options->background = paint_color (&rgba);
  if (gtk_style_context_lookup_color (style, "accent_color", &rgba))
    options->accent = paint_color (&rgba);
  options->font = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  options->high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
}

static const char *
phase_words (SdPhase phase)
{
  switch (phase)
    {
    /* translators: used as "Week 6, remodelling: collagen 31 % above baseline" */
    case SD_PHASE_INFLAMMATION:  return _("inflammation");
    case SD_PHASE_PROLIFERATION: return _("proliferation");
    case SD_PHASE_REMODELLING:   return _("remodelling");
    case SD_PHASE_BASELINE:
    case SD_N_PHASES:
    default:                     return _("before treatment");
    }
}

static char *
format_signed (double value)
{
  double r = round (value);

  if (fabs (r) < 0.5)
    return g_strdup ("0");
  return g_strdup_printf ("%s%.0f", r < 0 ? "\u2212" : "", fabs (r));
}

/* "+48", "−3", "0": a change, for the tooltip's columns of numbers. */
static char *
format_delta (double value)
{
  double r = round (value);

  if (fabs (r) < 0.5)
    return g_strdup ("0");
  return g_strdup_printf ("%s%.0f", r < 0 ? "\u2212" : "+", fabs (r));
}

static char *
format_when (guint day)
{
  if (day < 7)
    /* translators: the point in the course; days since the course began */
    return g_strdup_printf (_("Day %u"), day);
  if (day % 7 == 0)
    /* translators: the point in the course; weeks since the course began */
    return g_strdup_printf (_("Week %u"), day / 7);
  /* translators: the point in the course: full weeks, then days into the next week */
  return g_strdup_printf (_("Week %u, day %u"), day / 7, day % 7);
}

static char *
format_level (double value)
{
  if (fabs (value) < 0.5)
    return g_strdup (_("collagen at baseline"));
  if (value > 0)
    /* translators: %.0f is a percentage; keep "%%" */
    return g_strdup_printf (_("collagen %.0f %% above baseline"), fabs (value));
  /* translators: %.0f is a percentage; keep "%%" */
  return g_strdup_printf (_("collagen %.0f %% below baseline"), fabs (value));
}

static char *
format_untreated (double value)
{
  if (fabs (value) < 0.5)
    return g_strdup (_("without treatment at baseline"));
  if (value > 0)
    /* translators: %.0f is a percentage; keep "%%" */
    return g_strdup_printf (_("without treatment %.0f %% above"), fabs (value));
  /* translators: %.0f is a percentage; keep "%%" */
  return g_strdup_printf (_("without treatment %.0f %% below"), fabs (value));
}

static char *
describe_day (SdCourseChart *self,
              guint          day)
{
  g_autofree char *when = NULL;
  g_autofree char *level = NULL;
  g_autofree char *range = NULL;
  g_autofree char *untreated = NULL;
  SdChartSample s;

  if (self->data == NULL)
    return g_strdup (_("No course yet"));

  sd_chart_data_get_sample (self->data, day, &s);
  when = format_when (day);
  level = format_level (s.total_pct);
  untreated = format_untreated (s.untreated_pct);

  if (round (s.range_high_pct) != round (s.range_low_pct))
    {
      g_autofree char *lo = format_signed (s.range_low_pct);
      g_autofree char *hi = format_signed (s.range_high_pct);

      /* translators: the evidence range of the value before it; "%%" is a percent sign */
      range = g_strdup_printf (_(" (typical range %s to %s %%)"), lo, hi);
    }

  if (sd_chart_data_get_n_sessions (self->data) == 0)
    /* translators: "Week 6", "collagen 1 % below baseline"; a course without sessions */
    return g_strdup_printf (_("%s, no treatment: %s"), when, level);

  /* translators: "Week 6", "remodelling", "collagen 31 % above baseline",
   * " (typical range 18 to 40 %)" or nothing, "without treatment 1 % below" */
  return g_strdup_printf (_("%s, %s: %s%s; %s"),
                          when, phase_words (s.phase), level, range ? range : "", untreated);
}

static void
update_accessible (SdCourseChart *self)
{
  g_autofree char *description = describe_day (self, self->day);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static guint
last_day (SdCourseChart *self)
{
  return self->data ? sd_chart_data_get_n_days (self->data) - 1 : 0;
}

static void
move_day (SdCourseChart *self,
          int            delta)
{
  gint64 day = (gint64)self->day + delta;

  sd_course_chart_set_day (self, (guint)CLAMP (day, 0, (gint64)last_day (self)));
}

/* The chart, painted once per size, scale, parameters or theme into an
 * image surface, wrapped in a cairo node that only paints that image. A cairo
 * node keeps a recording surface which GSK's cairo renderer replays on every
 * frame (every cursor move), so recording the chart itself would repaint it
 * each time; a texture node is no better there (GTK 4.8 copies and pads the
 * texture each frame, ~16 ms at 1920×1080). Replaying one image blit is
 * about 0.7 ms. */
static GskRenderNode *
render_chart (SdCourseChart        *self,
              const SdChartOptions *options,
              int                   width,
              int                   height)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  GskRenderNode *node;
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  sd_chart_paint (self->chart, cr, options, width, height);
  cairo_destroy (cr);

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }

  node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
  cr = gsk_cairo_node_get_draw_context (node);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  self->cached_width = width;
  self->cached_height = height;

  return node;
}

/*
 * Signal callbacks
 */

static void
on_drag_begin_cb (SdCourseChart  *self,
                  double          x,
                  double          y,
                  GtkGestureDrag *drag)
{
  SdChartOptions options;
  int day;

  g_assert (SD_IS_COURSE_CHART (self));

  if (self->data == NULL)
    return;

  fill_options (self, &options);
  day = sd_chart_day_for_x (self->chart, &options,
                            gtk_widget_get_width (GTK_WIDGET (self)),
                            gtk_widget_get_height (GTK_WIDGET (self)), x);
  if (day >= 0)
    sd_course_chart_set_day (self, day);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_drag_update_cb (SdCourseChart  *self,
                   double          offset_x,
                   double          offset_y,
                   GtkGestureDrag *drag)
{
  double start_x, start_y;

  g_assert (SD_IS_COURSE_CHART (self));

  if (gtk_gesture_drag_get_start_point (drag, &start_x, &start_y))
    on_drag_begin_cb (self, start_x + offset_x, start_y, drag);
}

/*
 * Actions
 */

static void
sd_course_chart_move_day_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  move_day (SD_COURSE_CHART (widget), g_variant_get_int32 (param));
}

static void
sd_course_chart_first_day_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  sd_course_chart_set_day (SD_COURSE_CHART (widget), 0);
}

static void
sd_course_chart_last_day_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  SdCourseChart *self = SD_COURSE_CHART (widget);

  sd_course_chart_set_day (self, last_day (self));
}

/*
 * GtkWidget overrides
 */

static void
sd_course_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  SdCourseChart *self = (SdCourseChart *)widget;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  SdChartOptions options;
  cairo_rectangle_t plot;
  double x;
  cairo_t *cr;

  if (width <= 0 || height <= 0 || self->data == NULL)
    return;

  fill_options (self, &options);

  if (self->cached == NULL)
    self->cached = render_chart (self, &options, width, height);
  if (self->cached)
    gtk_snapshot_append_node (snapshot, self->cached);

  /* The cursor, fresh each frame: a narrow cairo node around it. */
  sd_chart_get_plot_area (self->chart, &options, width, height, &plot);
  x = sd_chart_x_for_day (self->chart, &options, width, height, self->day);
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (floor (x) - 8, plot.y - 8, 17,
                                                       plot.height + 16));
  sd_chart_paint_cursor (self->chart, cr, &options, width, height, self->day);
  cairo_destroy (cr);

  if (gtk_widget_has_visible_focus (widget))
    {
      GskRoundedRect outline;
      GdkRGBA accent = { options.accent.red, options.accent.green, options.accent.blue, 0.6 };
      GdkRGBA colors[4] = { accent, accent, accent, accent };
      float widths[4] = { 2, 2, 2, 2 };

      gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (1, 1, width - 2, height - 2), 6);
      gtk_snapshot_append_border (snapshot, &outline, widths, colors);
    }
}

/* The context menu (the window's: export) at the pointer */
static void
on_secondary_released_cb (SdCourseChart   *self,
                         int              n_press,
                         double           x,
                         double           y,
                         GtkGestureClick *gesture)
{
  g_assert (SD_IS_COURSE_CHART (self));

  if (self->context_menu == NULL)
    return;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                               &(GdkRectangle) { (int)x, (int)y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
sd_course_chart_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  SdCourseChart *self = (SdCourseChart *)widget;

  if (width != self->cached_width || height != self->cached_height)
    invalidate_cache (self);
  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));
}

static void
sd_course_chart_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (sd_course_chart_parent_class)->css_changed (widget, change);
  invalidate_cache (SD_COURSE_CHART (widget));
}

static void
sd_course_chart_state_flags_changed (GtkWidget     *widget,
                                     GtkStateFlags  previous)
{
  GTK_WIDGET_CLASS (sd_course_chart_parent_class)->state_flags_changed (widget, previous);
  /* The focus ring is drawn per frame; only a redraw is needed. */
  gtk_widget_queue_draw (widget);
}

static void
sd_course_chart_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 720;
    }
  else
    {
      *minimum = 160;
      *natural = 320;
    }
}

static gboolean
sd_course_chart_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard_mode,
                               GtkTooltip *tooltip)
{
  SdCourseChart *self = (SdCourseChart *)widget;
  g_autofree char *when = NULL;
  g_autofree char *total = NULL;
  g_autofree char *lo = NULL;
  g_autofree char *hi = NULL;
  g_autofree char *type_i = NULL;
  g_autofree char *type_iii = NULL;
  g_autofree char *untreated = NULL;
  g_autofree char *text = NULL;
  SdChartOptions options;
  cairo_rectangle_t plot;
  SdChartSample s;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int day;

  if (self->data == NULL)
    return FALSE;

  fill_options (self, &options);
  if (keyboard_mode)
    day = self->day;
  else
    {
      sd_chart_get_plot_area (self->chart, &options, width, height, &plot);
      if (x < plot.x - 4 || x > plot.x + plot.width + 4 || y < plot.y || y > plot.y + plot.height)
        return FALSE;
      day = sd_chart_day_for_x (self->chart, &options, width, height, x);
    }
  if (day < 0)
    return FALSE;

  sd_chart_data_get_sample (self->data, day, &s);
  if (day < 7)
    when = format_when (day);
  else
    {
      g_autofree char *week = format_when (day);

      /* translators: "Week 6, day 3" and the day count since the start */
      when = g_strdup_printf (_("%s (day %u)"), week, day);
    }
  total = format_delta (s.total_pct);
  lo = format_delta (s.range_low_pct);
  hi = format_delta (s.range_high_pct);
  type_i = format_delta (s.type_i_pct);
  type_iii = format_delta (s.type_iii_pct);
  untreated = format_delta (s.untreated_pct);

  /* translators: a tooltip: the point in the course ("Week 6, day 3 (day 45)") and its
   * phase; then signed whole numbers of percent. Keep "%%" (a percent sign) and the line
   * breaks; the spaces before "%%" are no-break spaces. Short on purpose: the sources
   * are in the phase's explanation and the Sources page. */
  text = g_strdup_printf (_("%s, %s\n"
                            "Total collagen: %s %% (typical range %s to %s %%)\n"
                            "Type I: %s %%, type III: %s %%\n"
                            "Without treatment: %s %%"),
                          when, phase_words (s.phase),
                          total, lo, hi, type_i, type_iii, untreated);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/*
 * GObject overrides
 */

static void
sd_course_chart_dispose (GObject *object)
{
  SdCourseChart *self = (SdCourseChart *)object;

  g_clear_pointer (&self->cached, gsk_render_node_unref);
  g_clear_pointer (&self->data, sd_chart_data_unref);
  g_clear_pointer (&self->chart, sd_chart_free);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);

  G_OBJECT_CLASS (sd_course_chart_parent_class)->dispose (object);
}

static void
sd_course_chart_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SdCourseChart *self = SD_COURSE_CHART (object);

  switch (prop_id)
    {
    case PROP_DAY:
      g_value_set_uint (value, self->day);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_course_chart_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SdCourseChart *self = SD_COURSE_CHART (object);

  switch (prop_id)
    {
    case PROP_DAY:
      sd_course_chart_set_day (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_course_chart_class_init (SdCourseChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_course_chart_dispose;
  object_class->get_property = sd_course_chart_get_property;
  object_class->set_property = sd_course_chart_set_property;

  widget_class->snapshot = sd_course_chart_snapshot;
  widget_class->size_allocate = sd_course_chart_size_allocate;
  widget_class->css_changed = sd_course_chart_css_changed;
  widget_class->state_flags_changed = sd_course_chart_state_flags_changed;
  widget_class->measure = sd_course_chart_measure;
  widget_class->query_tooltip = sd_course_chart_query_tooltip;

  /**
   * SdCourseChart:day:
   *
   * The day under the cursor, 0 .. the course's last day (clamped).
   */
  properties[PROP_DAY] =
    g_param_spec_uint ("day", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "chart.move-day", "i",
                                   sd_course_chart_move_day_action);
  gtk_widget_class_install_action (widget_class, "chart.first-day", NULL,
                                   sd_course_chart_first_day_action);
  gtk_widget_class_install_action (widget_class, "chart.last-day", NULL,
                                   sd_course_chart_last_day_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "chart.move-day", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "chart.move-day", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "chart.move-day", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "chart.move-day", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK,
                                       "chart.move-day", "i", -7);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK,
                                       "chart.move-day", "i", 7);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "chart.first-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "chart.first-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "chart.last-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_End, 0, "chart.last-day", NULL);

  gtk_widget_class_set_css_name (widget_class, "coursechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sd_course_chart_init (SdCourseChart *self)
{
  GtkGesture *drag;

  self->chart = sd_chart_new ();
  self->series = SD_CHART_SERIES_ALL;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  /* The cached image is drawn for one scale: a new monitor needs a new one. */
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (invalidate_cache), NULL);

  drag = gtk_gesture_drag_new ();
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  drag = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (drag, "released", G_CALLBACK (on_secondary_released_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Collagen over the course"),
                                  -1);
  update_accessible (self);
}

/*
 * Public API
 */

GtkWidget *
sd_course_chart_new (void)
{
  return g_object_new (SD_TYPE_COURSE_CHART, NULL);
}

gboolean
sd_course_chart_set_params (SdCourseChart         *self,
                            const SdCourseParams  *params,
                            GError               **error)
{
  SdChartData *data;
  guint day;

  g_return_val_if_fail (SD_IS_COURSE_CHART (self), FALSE);
  g_return_val_if_fail (params != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(data = sd_chart_data_new_for_params (params, error)))
    return FALSE;

  self->params = *params;
  self->has_params = TRUE;
  g_clear_pointer (&self->data, sd_chart_data_unref);
  self->data = data;
  sd_chart_set_data (self->chart, data);
  invalidate_cache (self);

  day = MIN (self->day, last_day (self));
  if (day != self->day)
    {
      self->day = day;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
    }
  update_accessible (self);

  return TRUE;
}

const SdCourseParams *
sd_course_chart_get_params (SdCourseChart *self)
{
  g_return_val_if_fail (SD_IS_COURSE_CHART (self), NULL);

  return self->has_params ? &self->params : NULL;
}

SdChartData *
sd_course_chart_get_data (SdCourseChart *self)
{
  g_return_val_if_fail (SD_IS_COURSE_CHART (self), NULL);

  return self->data;
}

guint
sd_course_chart_get_day (SdCourseChart *self)
{
  g_return_val_if_fail (SD_IS_COURSE_CHART (self), 0);

  return self->day;
}

void
sd_course_chart_set_day (SdCourseChart *self,
                         guint          day)
{
  g_return_if_fail (SD_IS_COURSE_CHART (self));

  if (self->data)
    day = MIN (day, last_day (self));
  if (day == self->day)
    return;

  self->day = day;
  update_accessible (self);
  /* Only the cursor moves: the cached chart stays. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

SdChartSeries
sd_course_chart_get_series (SdCourseChart *self)
{
  g_return_val_if_fail (SD_IS_COURSE_CHART (self), 0);

  return self->series;
}

void
sd_course_chart_set_series (SdCourseChart *self,
                            SdChartSeries  series)
{
  g_return_if_fail (SD_IS_COURSE_CHART (self));

  series &= SD_CHART_SERIES_ALL;
  if (series == self->series)
    return;

  self->series = series;
  invalidate_cache (self);
}

char *
sd_course_chart_dup_description (SdCourseChart *self)
{
  g_return_val_if_fail (SD_IS_COURSE_CHART (self), NULL);

  return describe_day (self, self->day);
}

/**
 * sd_course_chart_get_paint_options:
 * @options: (out): the chart's options as shown
 *
 * The chart as the widget shows it (the theme's colours and font, its series, the
 * day's cursor), over a filled background: for drawing it into a file.
 * options->font belongs to the widget.
 */
void
sd_course_chart_get_paint_options (SdCourseChart  *self,
                                   SdChartOptions *options)
{
  g_return_if_fail (SD_IS_COURSE_CHART (self));
  g_return_if_fail (options != NULL);

  fill_options (self, options);
  options->fill_background = TRUE;
  options->day = self->data != NULL ? (int)self->day : -1;
}

/**
 * sd_course_chart_set_context_menu:
 * @model: (nullable): the menu to show on a secondary click, or %NULL for none
 */
void
sd_course_chart_set_context_menu (SdCourseChart *self,
                                  GMenuModel    *model)
{
  g_return_if_fail (SD_IS_COURSE_CHART (self));
  g_return_if_fail (model == NULL || G_IS_MENU_MODEL (model));

  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  if (model == NULL)
    return;
  self->context_menu = gtk_popover_menu_new_from_model (model);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
}
