/* sd-section-view.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cross-section of the skin: its properties, the picture (painted through
 * SdPainter; its frames and caches are in sd-section-view-frame.c) and the model's signals.
 * The actions and key bindings are in sd-section-view-actions.c, the spoken
 * description and the tooltip in sd-section-view-a11y.c, the pointer, touch and
 * zoom animation in sd-section-view-input.c; sd-section-view-private.h joins them.
 */

#define G_LOG_DOMAIN "sd-section-view"

#include "config.h"

#include "sd-section-view-private.h"
#include "sd-course-label.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#define NEEDLE_DURATION_MS  1500

/* The comparison's needle lengths, mm (SCIENCE.md §2a: 0.25–2.5 mm devices) */
static const double comparison_lengths_mm[] = { 0.25, 0.5, 1.0, 1.5, 2.0, 2.5 };
G_STATIC_ASSERT (G_N_ELEMENTS (comparison_lengths_mm) == SD_SECTION_VIEW_N_COMPARISON);

G_DEFINE_FINAL_TYPE (SdSectionView, sd_section_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SECTION,
  PROP_SELECTED_LAYER,
  PROP_HOVERED_LAYER,
  PROP_ZOOM,
  PROP_SHOW_NEEDLE,
  PROP_NEEDLE_PROGRESS,
  PROP_TREATMENT,
  PROP_SHOW_COURSE,
  PROP_COMPARISON,
  N_PROPS
};

enum {
  LAYER_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

const SdSkinProfile *
_sd_section_view_get_profile (SdSectionView *self)
{
  return self->section ? sd_section_get_profile (self->section) : NULL;
}

static void
get_colors (SdSectionView  *self,
            SdPaintOptions *options)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA fg, bg, accent;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "view_bg_color", &bg))
    bg = (GdkRGBA) { 1, 1, 1, 1 };
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = (GdkRGBA) { 0.21f, 0.52f, 0.89f, 1 };

  options->foreground = (SdPaintColor) { fg.red, fg.green, fg.blue, fg.alpha };
  options->background = (SdPaintColor) { bg.red, bg.green, bg.blue, bg.alpha };
  options->accent = (SdPaintColor) { accent.red, accent.green, accent.blue, accent.alpha };
  options->high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
}

const SdCourseDay *
_sd_section_view_get_course_day (SdSectionView *self)
{
  if (!self->show_course || self->treatment == NULL || self->comparison)
    return NULL;
  return sd_treatment_get_current (self->treatment);
}

void
_sd_section_view_fill_options (SdSectionView  *self,
                               SdPaintOptions *options)
{
  sd_paint_options_init (options);
  options->zoom = self->view_zoom;
  options->top_um = self->top_um;
  options->left_um = self->left_um;
  options->hovered_layer = self->hovered_layer;
  options->selected_layer = self->selected_layer;
  options->show_needle = self->show_needle && self->section != NULL;
  options->needle = self->section ? sd_section_get_needle (self->section) : NULL;
  options->needle_progress = self->needle_progress;
  options->course_day = _sd_section_view_get_course_day (self);
  options->caption = options->course_day != NULL ? self->caption : NULL;
  if (options->course_day != NULL)
    options->day = options->course_day->day;
  get_colors (self, options);
  _sd_section_view_fill_palette (self, options);
}

/* The comparison fits the deepest needle above the column labels */
void
_sd_section_view_fill_comparison_options (SdSectionView  *self,
                         SdPaintOptions *options,
                         double          w,
                         double          h)
{
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);
  double deepest = 0, air, s1, fit;

  _sd_section_view_fill_options (self, options);
  options->zoom = 1.0;
  options->top_um = NAN;
  options->left_um = 0;
  options->course_day = NULL;
  options->caption = NULL;
  for (guint i = 0; i < SD_SECTION_VIEW_N_COMPARISON; i++)
    deepest = MAX (deepest, self->comparison_needles[i].effective_um);
  air = sd_paint_y_for_depth (profile, options, w, h, 0);
  s1 = sd_paint_px_per_um (profile, options, w, h);
  fit = (h - 80 - air) / MAX (deepest * 1.08 * s1, 1);
  options->zoom = CLAMP (fit, SD_PAINT_ZOOM_MIN, 1.0);
}

static void
compute_comparison (SdSectionView *self)
{
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);

  if (profile == NULL)
    return;
  for (guint i = 0; i < SD_SECTION_VIEW_N_COMPARISON; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!sd_needle_compute (profile, sd_section_get_device (self->section),
                              comparison_lengths_mm[i], 0.0, &self->comparison_needles[i],
                              &error))
        g_critical ("Model refused a needle length: %s", error->message);
    }
}

static void
update_caption (SdSectionView *self)
{
  const SdCourseDay *day = _sd_section_view_get_course_day (self);

  g_clear_pointer (&self->caption, g_free);
  if (day == NULL)
    return;
  /* Skin left untreated is named as the timeline names it */
  self->caption = sd_course_label_position (day->day,
                                            self->treatment != NULL
                                            && sd_treatment_get_sessions (self->treatment) == 0
                                            ? _("No treatment")
                                            : _(sd_phase_get_name (day->phase)));
}

void
_sd_section_view_invalidate (SdSectionView *self)
{
  _sd_section_view_drop_caches (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const SdLayer *
_sd_section_view_find_layer (SdSectionView *self,
                             int            id)
{
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);

  if (profile == NULL || id < 0 || id >= SD_N_LAYERS)
    return NULL;
  return sd_skin_profile_find_layer (profile, id);
}

void
_sd_section_view_get_size (SdSectionView *self,
                           double        *width,
                           double        *height)
{
  *width = MAX (1, gtk_widget_get_width (GTK_WIDGET (self)));
  *height = MAX (1, gtk_widget_get_height (GTK_WIDGET (self)));
}

gboolean
_sd_section_view_animations_enabled (SdSectionView *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled,
                NULL);
  return enabled && adw_get_enable_animations (GTK_WIDGET (self)) &&
         gtk_widget_get_mapped (GTK_WIDGET (self));
}

/* The zoom property: where the view is going; _sd_section_view_zoom_to() animates what is drawn */
void
_sd_section_view_set_target_zoom (SdSectionView *self,
                                  double         zoom)
{
  if (zoom == self->zoom)
    return;
  self->zoom = zoom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  _sd_section_view_update_actions (self);
}

void
_sd_section_view_set_hovered_layer (SdSectionView *self,
                                    int            layer)
{
  if (self->hovered_layer == layer)
    return;
  self->hovered_layer = layer;
  gtk_widget_queue_draw (GTK_WIDGET (self));   /* the cached picture stays */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVERED_LAYER]);
}

void
_sd_section_view_emit_layer_activated (SdSectionView *self,
                                       int            layer)
{
  g_signal_emit (self, signals[LAYER_ACTIVATED], 0, layer);
}

/*
 * Signal callbacks
 */

static void
on_section_changed_cb (SdSectionView *self)
{
  g_assert (SD_IS_SECTION_VIEW (self));

  /* the lucidum goes away when leaving palm or sole */
  if (self->selected_layer >= 0 && _sd_section_view_find_layer (self, self->selected_layer) == NULL)
    sd_section_view_set_selected_layer (self, -1);
  if (self->hovered_layer >= 0 && _sd_section_view_find_layer (self, self->hovered_layer) == NULL)
    _sd_section_view_set_hovered_layer (self, -1);
  compute_comparison (self);
  _sd_section_view_update_description (self);
  _sd_section_view_update_actions (self);
  _sd_section_view_invalidate (self);
}

/* A new day: the overlay is drawn fresh; the cached picture only goes when
 * the epidermis it was drawn with moved by SD_PAINT_EPIDERMIS_REPAINT_PX */
static void
on_treatment_day_cb (SdSectionView *self)
{
  const SdSkinProfile *profile = _sd_section_view_get_profile (self);
  const SdCourseDay *day;
  double epi;

  g_assert (SD_IS_SECTION_VIEW (self));

  day = _sd_section_view_get_course_day (self);

  /* The needle belongs to the session it was played on: days later the skin
   * shows closing channels, not a needle still in it and fresh bleeding. */
  if (self->show_needle && self->needle_day >= 0
      && (day == NULL || (int)day->day != self->needle_day))
    {
      adw_animation_pause (self->needle_animation);
      self->needle_day = -1;
      sd_section_view_set_show_needle (self, FALSE);
    }

  update_caption (self);
  _sd_section_view_update_description (self);
  epi = day != NULL ? day->epidermis_um : 0;
  if (self->cache != NULL && profile != NULL)
    {
      SdPaintOptions options;
      double w, h;

      _sd_section_view_get_size (self, &w, &h);
      _sd_section_view_fill_options (self, &options);
      if (fabs (epi - self->cached_epidermis_um) * sd_paint_px_per_um (profile, &options, w, h)
          < SD_PAINT_EPIDERMIS_REPAINT_PX)
        {
          gtk_widget_queue_draw (GTK_WIDGET (self));
          return;
        }
    }
  _sd_section_view_invalidate (self);
}

static void
on_treatment_changed_cb (SdSectionView *self)
{
  g_assert (SD_IS_SECTION_VIEW (self));

  update_caption (self);
  _sd_section_view_update_description (self);
  _sd_section_view_invalidate (self);
}

static void
on_needle_value_cb (double         value,
                    SdSectionView *self)
{
  sd_section_view_set_needle_progress (self, value);
}

/*
 * GtkWidget overrides
 */

static void
sd_section_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  SdSectionView *self = SD_SECTION_VIEW (widget);

  _sd_section_view_drop_caches (self);
  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));
}

static void
sd_section_view_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (sd_section_view_parent_class)->css_changed (widget, change);
  _sd_section_view_invalidate (SD_SECTION_VIEW (widget));
}

static void
sd_section_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 200;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 720 : 540;
}

/*
 * GObject overrides
 */

static void
sd_section_view_dispose (GObject *object)
{
  SdSectionView *self = (SdSectionView *)object;

  if (self->section != NULL)
    g_signal_handlers_disconnect_by_func (self->section, on_section_changed_cb, self);
  g_clear_object (&self->section);
  if (self->treatment != NULL)
    g_signal_handlers_disconnect_by_data (self->treatment, self);
  g_clear_object (&self->treatment);
  g_clear_object (&self->animation);
  if (self->needle_animation != NULL)
    adw_animation_pause (self->needle_animation);
  g_clear_object (&self->needle_animation);
  g_clear_pointer (&self->caption, g_free);
  g_clear_pointer (&self->description, g_free);
  _sd_section_view_drop_caches (self);
  g_clear_pointer (&self->zoom_base, gsk_render_node_unref);
  g_clear_pointer (&self->painter, sd_painter_free);
  _sd_section_view_overlay_dispose (self);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);

  G_OBJECT_CLASS (sd_section_view_parent_class)->dispose (object);
}

static void
sd_section_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SdSectionView *self = SD_SECTION_VIEW (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;
    case PROP_SELECTED_LAYER:
      g_value_set_int (value, self->selected_layer);
      break;
    case PROP_HOVERED_LAYER:
      g_value_set_int (value, self->hovered_layer);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_SHOW_NEEDLE:
      g_value_set_boolean (value, self->show_needle);
      break;
    case PROP_NEEDLE_PROGRESS:
      g_value_set_double (value, self->needle_progress);
      break;
    case PROP_TREATMENT:
      g_value_set_object (value, self->treatment);
      break;
    case PROP_SHOW_COURSE:
      g_value_set_boolean (value, self->show_course);
      break;
    case PROP_COMPARISON:
      g_value_set_boolean (value, self->comparison);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_section_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SdSectionView *self = SD_SECTION_VIEW (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      sd_section_view_set_section (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_LAYER:
      sd_section_view_set_selected_layer (self, g_value_get_int (value));
      break;
    case PROP_ZOOM:
      sd_section_view_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_SHOW_NEEDLE:
      sd_section_view_set_show_needle (self, g_value_get_boolean (value));
      break;
    case PROP_NEEDLE_PROGRESS:
      sd_section_view_set_needle_progress (self, g_value_get_double (value));
      break;
    case PROP_TREATMENT:
      sd_section_view_set_treatment (self, g_value_get_object (value));
      break;
    case PROP_SHOW_COURSE:
      sd_section_view_set_show_course (self, g_value_get_boolean (value));
      break;
    case PROP_COMPARISON:
      sd_section_view_set_comparison (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_section_view_class_init (SdSectionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_section_view_dispose;
  object_class->get_property = sd_section_view_get_property;
  object_class->set_property = sd_section_view_set_property;

  widget_class->snapshot = _sd_section_view_snapshot;
  widget_class->size_allocate = sd_section_view_size_allocate;
  widget_class->css_changed = sd_section_view_css_changed;
  widget_class->measure = sd_section_view_measure;
  widget_class->query_tooltip = _sd_section_view_query_tooltip;

  /**
   * SdSectionView:section:
   *
   * The model drawn: site, age, sex, needle.
   */
  properties[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL, SD_TYPE_SECTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SdSectionView:selected-layer:
   *
   * The selected layer (an SdLayerId), or -1.
   */
  properties[PROP_SELECTED_LAYER] =
    g_param_spec_int ("selected-layer", NULL, NULL, -1, SD_N_LAYERS - 1, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SdSectionView:hovered-layer:
   *
   * The layer under the pointer (an SdLayerId), or -1.
   */
  properties[PROP_HOVERED_LAYER] =
    g_param_spec_int ("hovered-layer", NULL, NULL, -1, SD_N_LAYERS - 1, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SdSectionView:zoom:
   *
   * Magnification: 1 fits the epidermis, the dermis and the top of the
   * hypodermis; clamped to SD_PAINT_ZOOM_MIN..SD_PAINT_ZOOM_MAX.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, SD_PAINT_ZOOM_MIN, SD_PAINT_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SdSectionView:show-needle:
   *
   * Whether the needle (nominal length and effective depth) is drawn.
   */
  properties[PROP_SHOW_NEEDLE] =
    g_param_spec_boolean ("show-needle", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SdSectionView:needle-progress:
   *
   * The needle's stroke: 0 = tip above the skin, 1 = tip at the effective
   * depth (the roller has rolled across the section). Animated by
   * section.play-needle.
   */
  properties[PROP_NEEDLE_PROGRESS] =
    g_param_spec_double ("needle-progress", NULL, NULL, 0.0, 1.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SdSectionView:treatment:
   *
   * The treatment plan whose current day is drawn when show-course is on.
   */
  properties[PROP_TREATMENT] =
    g_param_spec_object ("treatment", NULL, NULL, SD_TYPE_TREATMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SdSectionView:show-course:
   *
   * Whether the treatment's current day is drawn: inflammation, closing
   * channels, fibroblasts, new collagen, the epidermis, the week and phase.
   */
  properties[PROP_SHOW_COURSE] =
    g_param_spec_boolean ("show-course", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SdSectionView:comparison:
   *
   * Whether the view shows needles of 0.25 to 2.5 mm side by side, to scale,
   * for the section's site and device, instead of the single section.
   */
  properties[PROP_COMPARISON] =
    g_param_spec_boolean ("comparison", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SdSectionView::layer-activated:
   * @layer: the SdLayerId
   *
   * A layer was double-clicked, or Enter was pressed on the selected one:
   * show its details.
   */
  signals[LAYER_ACTIVATED] =
    g_signal_new ("layer-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  _sd_section_view_class_actions_init (klass);

  gtk_widget_class_set_css_name (widget_class, "sectionview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sd_section_view_init (SdSectionView *self)
{
  AdwAnimationTarget *target;
  SdPaintOptions defaults;

  /* Draw the textures for the scale a default window shows (the picture of a 1200 × 800
   * window is about 0.3 px/µm at zoom 1) on a worker thread while GTK starts up. */
  sd_paint_options_init (&defaults);
  self->painter = sd_painter_new ();
  sd_painter_prepare (self->painter, 0.3, defaults.seed);
  self->selected_layer = -1;
  self->hovered_layer = -1;
  self->zoom = 1.0;
  self->view_zoom = 1.0;
  self->from_zoom = 1.0;
  self->top_um = NAN;
  self->left_um = 0;
  self->text_scale = 1.0;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  _sd_section_view_input_init (self);

  self->needle_progress = 1.0;
  self->needle_day = -1;
  self->spoken_layer = -1;
  target = adw_callback_animation_target_new ((AdwAnimationTargetFunc)on_needle_value_cb,
                                              self, NULL);
  self->needle_animation = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, NEEDLE_DURATION_MS,
                                                    target);
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->needle_animation),
                                  ADW_EASE_IN_OUT_CUBIC);

  _sd_section_view_a11y_init (self);
  _sd_section_view_update_actions (self);
}

/*
 * Public API
 */

GtkWidget *
sd_section_view_new (void)
{
  return g_object_new (SD_TYPE_SECTION_VIEW, NULL);
}

/**
 * sd_section_view_get_section:
 *
 * Returns: (transfer none) (nullable): the section drawn
 */
SdSection *
sd_section_view_get_section (SdSectionView *self)
{
  g_return_val_if_fail (SD_IS_SECTION_VIEW (self), NULL);

  return self->section;
}

void
sd_section_view_set_section (SdSectionView *self,
                             SdSection     *section)
{
  g_return_if_fail (SD_IS_SECTION_VIEW (self));
  g_return_if_fail (section == NULL || SD_IS_SECTION (section));

  if (self->section == section)
    return;

  if (self->section != NULL)
    g_signal_handlers_disconnect_by_func (self->section, on_section_changed_cb, self);
  g_set_object (&self->section, section);
  if (self->section != NULL)
    g_signal_connect_object (self->section, "changed", G_CALLBACK (on_section_changed_cb), self,
                             G_CONNECT_SWAPPED);

  on_section_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

int
sd_section_view_get_selected_layer (SdSectionView *self)
{
  g_return_val_if_fail (SD_IS_SECTION_VIEW (self), -1);

  return self->selected_layer;
}

void
sd_section_view_set_selected_layer (SdSectionView *self,
                                    int            layer)
{
  g_return_if_fail (SD_IS_SECTION_VIEW (self));
  g_return_if_fail (layer >= -1 && layer < SD_N_LAYERS);

  if (self->selected_layer == layer)
    return;

  self->selected_layer = layer;
  _sd_section_view_update_description (self);
  _sd_section_view_update_actions (self);
  _sd_section_view_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_LAYER]);
}

int
sd_section_view_get_hovered_layer (SdSectionView *self)
{
  g_return_val_if_fail (SD_IS_SECTION_VIEW (self), -1);

  return self->hovered_layer;
}

double
sd_section_view_get_zoom (SdSectionView *self)
{
  g_return_val_if_fail (SD_IS_SECTION_VIEW (self), 1.0);

  return self->zoom;
}

/* Sets the zoom at once (no animation), around the view's centre */
void
sd_section_view_set_zoom (SdSectionView *self,
                          double         zoom)
{
  g_return_if_fail (SD_IS_SECTION_VIEW (self));
  g_return_if_fail (!isnan (zoom));

  zoom = CLAMP (zoom, SD_PAINT_ZOOM_MIN, SD_PAINT_ZOOM_MAX);
  if (zoom == self->zoom)
    return;

  _sd_section_view_zoom_to (self, zoom, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                            gtk_widget_get_height (GTK_WIDGET (self)) / 2.0, FALSE);
}

gboolean
sd_section_view_get_show_needle (SdSectionView *self)
{
  g_return_val_if_fail (SD_IS_SECTION_VIEW (self), FALSE);

  return self->show_needle;
}

void
sd_section_view_set_show_needle (SdSectionView *self,
                                 gboolean       show_needle)
{
  g_return_if_fail (SD_IS_SECTION_VIEW (self));

  show_needle = !!show_needle;
  if (self->show_needle == show_needle)
    return;

  self->show_needle = show_needle;
  _sd_section_view_update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));   /* the needle is not in the cache */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_NEEDLE]);
}

double
sd_section_view_get_needle_progress (SdSectionView *self)
{
  g_return_val_if_fail (SD_IS_SECTION_VIEW (self), 1.0);

  return self->needle_progress;
}

void
sd_section_view_set_needle_progress (SdSectionView *self,
                                     double         progress)
{
  g_return_if_fail (SD_IS_SECTION_VIEW (self));
  g_return_if_fail (!isnan (progress));

  progress = CLAMP (progress, 0.0, 1.0);
  if (progress == self->needle_progress)
    return;

  self->needle_progress = progress;
  _sd_section_view_describe_needle_tip (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));   /* the needle is not in the cache */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEEDLE_PROGRESS]);
}

/**
 * sd_section_view_get_treatment:
 *
 * Returns: (transfer none) (nullable): the treatment drawn with show-course
 */
SdTreatment *
sd_section_view_get_treatment (SdSectionView *self)
{
  g_return_val_if_fail (SD_IS_SECTION_VIEW (self), NULL);

  return self->treatment;
}

void
sd_section_view_set_treatment (SdSectionView *self,
                               SdTreatment   *treatment)
{
  g_return_if_fail (SD_IS_SECTION_VIEW (self));
  g_return_if_fail (treatment == NULL || SD_IS_TREATMENT (treatment));

  if (self->treatment == treatment)
    return;

  if (self->treatment != NULL)
    g_signal_handlers_disconnect_by_data (self->treatment, self);
  g_set_object (&self->treatment, treatment);
  if (self->treatment != NULL)
    {
      g_signal_connect_object (self->treatment, "notify::day", G_CALLBACK (on_treatment_day_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->treatment, "changed", G_CALLBACK (on_treatment_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  on_treatment_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TREATMENT]);
}

gboolean
sd_section_view_get_show_course (SdSectionView *self)
{
  g_return_val_if_fail (SD_IS_SECTION_VIEW (self), FALSE);

  return self->show_course;
}

void
sd_section_view_set_show_course (SdSectionView *self,
                                 gboolean       show_course)
{
  g_return_if_fail (SD_IS_SECTION_VIEW (self));

  show_course = !!show_course;
  if (self->show_course == show_course)
    return;

  self->show_course = show_course;
  on_treatment_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_COURSE]);
}

gboolean
sd_section_view_get_comparison (SdSectionView *self)
{
  g_return_val_if_fail (SD_IS_SECTION_VIEW (self), FALSE);

  return self->comparison;
}

void
sd_section_view_set_comparison (SdSectionView *self,
                                gboolean       comparison)
{
  g_return_if_fail (SD_IS_SECTION_VIEW (self));

  comparison = !!comparison;
  if (self->comparison == comparison)
    return;

  self->comparison = comparison;
  if (comparison)
    _sd_section_view_set_hovered_layer (self, -1);
  update_caption (self);
  _sd_section_view_update_description (self);
  _sd_section_view_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

/**
 * sd_section_view_get_paint_options:
 * @width: the width of the picture to draw, as for sd_painter_paint()
 * @height: its height
 * @options: (out): the painter's options for the picture as shown
 * @comparison: (out) (optional) (transfer none): the comparison's needles, or %NULL
 * @n_comparison: (out) (optional): their number; 0 when the view shows no comparison
 *
 * The picture as the view shows it (site, age, sex, zoom, pan, selection, needle,
 * course day, comparison), for another surface: a file, the clipboard. The hover
 * highlight is left out. With @n_comparison > 0 draw it with
 * sd_painter_paint_comparison(), otherwise with sd_painter_paint(). The pointers in
 * @options and @comparison belong to the view and stay valid until it changes.
 *
 * Returns: (transfer none) (nullable): the skin drawn, or %NULL without a section
 */
const SdSkinProfile *
sd_section_view_get_paint_options (SdSectionView         *self,
                                   double                 width,
                                   double                 height,
                                   SdPaintOptions        *options,
                                   const SdNeedleResult **comparison,
                                   guint                 *n_comparison)
{
  const SdSkinProfile *profile;

  g_return_val_if_fail (SD_IS_SECTION_VIEW (self), NULL);
  g_return_val_if_fail (width >= 1 && height >= 1, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  profile = _sd_section_view_get_profile (self);
  if (self->comparison && profile != NULL)
    _sd_section_view_fill_comparison_options (self, options, width, height);
  else
    _sd_section_view_fill_options (self, options);
  options->hovered_layer = -1;

  if (comparison != NULL)
    *comparison = self->comparison ? self->comparison_needles : NULL;
  if (n_comparison != NULL)
    *n_comparison = self->comparison ? SD_SECTION_VIEW_N_COMPARISON : 0;
  return profile;
}

/**
 * sd_section_view_set_context_menu:
 * @model: (nullable): the menu to show on a secondary click (its actions resolve from
 *   the view upwards: section.*, win.*), or %NULL for none
 */
void
sd_section_view_set_context_menu (SdSectionView *self,
                                  GMenuModel    *model)
{
  g_return_if_fail (SD_IS_SECTION_VIEW (self));
  g_return_if_fail (model == NULL || G_IS_MENU_MODEL (model));

  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  if (model == NULL)
    return;
  self->context_menu = gtk_popover_menu_new_from_model (model);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
}
