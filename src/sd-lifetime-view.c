/* sd-lifetime-view.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-lifetime-view"

#include "config.h"

#include "sd-lifetime-view.h"

#include "sd-ageing.h"
#include "sd-lifetime-chart.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

struct _SdLifetimeView
{
  GtkWidget         parent_instance;

  SdLifetimeParams  params;
  double            age;

  /* One course drawn over the lifetime (course_age NAN: none) */
  double            course_age;
  guint             course_years;
  double            course_ratio[SD_LIFETIME_COURSE_YEARS_MAX + 1];
  double            course_low[SD_LIFETIME_COURSE_YEARS_MAX + 1];
  double            course_high[SD_LIFETIME_COURSE_YEARS_MAX + 1];
};

G_DEFINE_FINAL_TYPE (SdLifetimeView, sd_lifetime_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_AGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static SdPaintColor
paint_color (const GdkRGBA *rgba)
{
  return (SdPaintColor) { rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

static const char *
translate (const char *msgid)
{
  return _(msgid);
}

char *
sd_lifetime_view_dup_summary (SdLifetimeView *self)
{
  SdLifetimeYear now, young;
  g_autofree char *menopause = NULL;

  g_return_val_if_fail (SD_IS_LIFETIME_VIEW (self), NULL);

  if (!sd_lifetime_compute_year (&self->params, self->age, &now, NULL)
      || !sd_lifetime_compute_year (&self->params, SD_COLLAGEN_PEAK_AGE, &young, NULL))
    return g_strdup ("");

  /* translators: the chart's description for screen readers; %.0f are ages and percents */
  return g_strdup_printf (_("Collagen from 20 to 90 years, relative to the same person at 25. "
                            "At %.0f years: %.0f %% (typical range %.0f to %.0f %%); dermis "
                            "%.2f mm, %.0f %% of its thickness at 25; epidermis %.0f µm."),
                          self->age, 100.0 * now.collagen_rel, 100.0 * now.collagen_low,
                          100.0 * now.collagen_high, now.dermis_um / 1000.0,
                          100.0 * now.dermis_um / young.dermis_um, now.epidermis_um);
}

static void
update_accessible (SdLifetimeView *self)
{
  g_autofree char *summary = sd_lifetime_view_dup_summary (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
}

static void
sd_lifetime_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  SdLifetimeView *self = SD_LIFETIME_VIEW (widget);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  SdLifetimeChartOptions options;
  GdkRGBA rgba;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  sd_lifetime_chart_options_init (&options);
  options.fill_background = FALSE;
  options.cursor_age = self->age;
  options.translate = translate;
  options.course_age = self->course_age;
  options.course_years = self->course_years;
  options.course_ratio = self->course_ratio;
  options.course_low = self->course_low;
  options.course_high = self->course_high;
  gtk_style_context_get_color (style, &rgba);
  options.foreground = paint_color (&rgba);
  if (gtk_style_context_lookup_color (style, "view_bg_color", &rgba) ||
      gtk_style_context_lookup_color (style, "window_bg_color", &rgba))
    options.background = paint_color (&rgba);
  if (gtk_style_context_lookup_color (style, "accent_color", &rgba))
    options.accent = paint_color (&rgba);
  options.font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  sd_lifetime_chart_paint (cr, &self->params, &options, width, height);
  cairo_destroy (cr);
}

static void
set_age_from_x (SdLifetimeView *self,
                double          x)
{
  sd_lifetime_view_set_age (self,
                            round (sd_lifetime_chart_age_for_x (gtk_widget_get_width (GTK_WIDGET (self)), x)));
}

static void
on_click_pressed_cb (SdLifetimeView *self,
                     int             n_press,
                     double          x,
                     double          y,
                     GtkGestureClick *gesture)
{
  (void)n_press;
  (void)y;
  (void)gesture;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  set_age_from_x (self, x);
}

static void
on_drag_update_cb (SdLifetimeView *self,
                   double          dx,
                   double          dy,
                   GtkGestureDrag *gesture)
{
  double x0, y0;

  (void)dy;
  if (gtk_gesture_drag_get_start_point (gesture, &x0, &y0))
    set_age_from_x (self, x0 + dx);
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SdLifetimeView *self = SD_LIFETIME_VIEW (widget);
  double step = g_variant_get_double (parameter);

  (void)action_name;
  sd_lifetime_view_set_age (self, self->age + step);
}

static void
sd_lifetime_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SdLifetimeView *self = SD_LIFETIME_VIEW (object);

  switch (prop_id)
    {
    case PROP_AGE:
      g_value_set_double (value, self->age);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_lifetime_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SdLifetimeView *self = SD_LIFETIME_VIEW (object);

  switch (prop_id)
    {
    case PROP_AGE:
      sd_lifetime_view_set_age (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_lifetime_view_class_init (SdLifetimeViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sd_lifetime_view_get_property;
  object_class->set_property = sd_lifetime_view_set_property;
  widget_class->snapshot = sd_lifetime_view_snapshot;

  properties[PROP_AGE] =
    g_param_spec_double ("age", NULL, NULL, SD_LIFETIME_FROM_AGE_DEFAULT,
                         SD_LIFETIME_TO_AGE_DEFAULT, 40.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "lifetime.step", "d", step_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "lifetime.step", "d", -1.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "lifetime.step", "d", 1.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "lifetime.step", "d", -10.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "lifetime.step", "d", 10.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "lifetime.step", "d", -100.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "lifetime.step", "d", 100.0);

  gtk_widget_class_set_css_name (widget_class, "lifetimechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sd_lifetime_view_init (SdLifetimeView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();

  sd_lifetime_params_init (&self->params);
  self->age = 40.0;
  self->course_age = NAN;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_click_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Collagen over a lifetime"),
                                  -1);
  update_accessible (self);
}

GtkWidget *
sd_lifetime_view_new (void)
{
  return g_object_new (SD_TYPE_LIFETIME_VIEW, NULL);
}

void
sd_lifetime_view_set_params (SdLifetimeView         *self,
                             const SdLifetimeParams *params)
{
  g_return_if_fail (SD_IS_LIFETIME_VIEW (self));
  g_return_if_fail (params != NULL);

  if (memcmp (&self->params, params, sizeof *params) == 0)
    return;
  self->params = *params;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sd_lifetime_view_set_course (SdLifetimeView *self,
                             double          age,
                             guint           years,
                             const double   *ratio,
                             const double   *low,
                             const double   *high)
{
  g_return_if_fail (SD_IS_LIFETIME_VIEW (self));
  g_return_if_fail (years <= SD_LIFETIME_COURSE_YEARS_MAX);

  if (!isfinite (age) || years == 0 || ratio == NULL || low == NULL || high == NULL)
    {
      self->course_age = NAN;
      self->course_years = 0;
    }
  else
    {
      self->course_age = age;
      self->course_years = years;
      memcpy (self->course_ratio, ratio, (years + 1) * sizeof *ratio);
      memcpy (self->course_low, low, (years + 1) * sizeof *low);
      memcpy (self->course_high, high, (years + 1) * sizeof *high);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sd_lifetime_view_get_params (SdLifetimeView   *self,
                             SdLifetimeParams *out)
{
  g_return_if_fail (SD_IS_LIFETIME_VIEW (self));
  *out = self->params;
}

double
sd_lifetime_view_get_age (SdLifetimeView *self)
{
  g_return_val_if_fail (SD_IS_LIFETIME_VIEW (self), 0.0);
  return self->age;
}

void
sd_lifetime_view_set_age (SdLifetimeView *self,
                          double          age)
{
  g_return_if_fail (SD_IS_LIFETIME_VIEW (self));

  if (!isfinite (age))
    return;
  age = CLAMP (round (age), SD_LIFETIME_FROM_AGE_DEFAULT, SD_LIFETIME_TO_AGE_DEFAULT);
  if (age == self->age)
    return;
  self->age = age;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGE]);
}
