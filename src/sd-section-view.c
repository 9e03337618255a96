/* sd-section-view.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-section-view"

#include "config.h"

#include "sd-section-view.h"
#include "sd-course-label.h"

#include "sd-painter.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#define ZOOM_STEP           1.5
#define ZOOM_DURATION_MS    250
#define SCROLL_ZOOM_STEP    1.15
#define SCROLL_PAN_PX       48.0
#define NEEDLE_DURATION_MS  1500

/* The comparison's needle lengths, mm (SCIENCE.md §2a: 0.25–2.5 mm devices) */
static const double comparison_lengths_mm[] = { 0.25, 0.5, 1.0, 1.5, 2.0, 2.5 };
#define N_COMPARISON G_N_ELEMENTS (comparison_lengths_mm)

struct _SdSectionView
{
  GtkWidget       parent_instance;

  /* Owned references */
  SdSection      *section;
  SdPainter      *painter;
  GskRenderNode  *cache;
  GskRenderNode  *zoom_base;       /* during a zoom animation: the picture it started from */
  AdwAnimation   *animation;
  SdTreatment    *treatment;
  AdwAnimation   *needle_animation;
  char           *caption;         /* "Week 6 · Day 3 · Remodelling" */
  char           *description;     /* the last one set */

  /* State */
  int             selected_layer;
  int             hovered_layer;
  double          zoom;            /* the property: where the view is going */
  double          view_zoom;       /* what is drawn (animated towards zoom) */
  double          top_um;          /* NAN: default (surface near the top) */
  double          left_um;
  /* animation: from → to, keeping an anchor point fixed */
  double          from_zoom;
  double          base_zoom;       /* zoom_base's zoom */
  double          anchor_x;
  double          anchor_y;
  double          anchor_depth;
  double          anchor_um;
  /* gestures */
  double          drag_top_um;
  double          drag_left_um;
  double          pinch_zoom;
  double          pointer_x;
  double          pointer_y;
  double          needle_progress;
  int             needle_day;      /* course day the needle was played on, -1 outside a course */
  int             spoken_layer;    /* layer of the needle tip last described, -1 above the skin */
  double          cached_epidermis_um;   /* the course epidermis the cache was drawn with */
  SdNeedleResult  comparison_needles[N_COMPARISON];
  guint           show_needle : 1;
  guint           resetting : 1;
  guint           show_course : 1;
  guint           comparison : 1;
};

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

static const SdSkinProfile *
get_profile (SdSectionView *self)
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

static const SdCourseDay *
get_course_day (SdSectionView *self)
{
  if (!self->show_course || self->treatment == NULL || self->comparison)
    return NULL;
  return sd_treatment_get_current (self->treatment);
}

static void
fill_options (SdSectionView  *self,
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
  options->course_day = get_course_day (self);
  options->caption = options->course_day != NULL ? self->caption : NULL;
  if (options->course_day != NULL)
    options->day = options->course_day->day;
  get_colors (self, options);
}

/* The comparison fits the deepest needle above the column labels */
static void
fill_comparison_options (SdSectionView  *self,
                         SdPaintOptions *options,
                         double          w,
                         double          h)
{
  const SdSkinProfile *profile = get_profile (self);
  double deepest = 0, air, s1, fit;

  fill_options (self, options);
  options->zoom = 1.0;
  options->top_um = NAN;
  options->left_um = 0;
  options->course_day = NULL;
  options->caption = NULL;
  for (guint i = 0; i < N_COMPARISON; i++)
    deepest = MAX (deepest, self->comparison_needles[i].effective_um);
  air = sd_paint_y_for_depth (profile, options, w, h, 0);
  s1 = sd_paint_px_per_um (profile, options, w, h);
  fit = (h - 80 - air) / MAX (deepest * 1.08 * s1, 1);
  options->zoom = CLAMP (fit, SD_PAINT_ZOOM_MIN, 1.0);
}

static void
compute_comparison (SdSectionView *self)
{
  const SdSkinProfile *profile = get_profile (self);

  if (profile == NULL)
    return;
  for (guint i = 0; i < N_COMPARISON; i++)
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
  const SdCourseDay *day = get_course_day (self);

  g_clear_pointer (&self->caption, g_free);
  if (day == NULL)
    return;
  self->caption = sd_course_label_position (day->day, _(sd_phase_get_name (day->phase)));
}

static void
invalidate (SdSectionView *self)
{
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static const SdLayer *
find_layer (SdSectionView *self,
            int            id)
{
  const SdSkinProfile *profile = get_profile (self);

  if (profile == NULL || id < 0 || id >= SD_N_LAYERS)
    return NULL;
  return sd_skin_profile_find_layer (profile, id);
}

/* A layer's name as written inside a spoken sentence ("the papillary dermis") */
static char *
layer_name_in_sentence (SdLayerId id)
{
  return sd_name_in_sentence (_(sd_layer_get_name (id)));
}

static char *
describe_layer (const SdLayer *layer)
{
  g_autofree char *name = layer_name_in_sentence (layer->id);

  /* translators: "Stratum spinosum, 20 to 45 µm deep" */
  return g_strdup_printf (_("%s, %.0f to %.0f µm deep"), name,
                          layer->top_um, layer->bottom_um);
}

/* The layer the needle tip is in, -1 above the skin or without a needle */
static int
needle_tip_layer (SdSectionView *self)
{
  const SdSkinProfile *profile = get_profile (self);
  const SdNeedleResult *needle = self->section ? sd_section_get_needle (self->section) : NULL;
  double tip;

  if (profile == NULL || needle == NULL || !self->show_needle)
    return -1;
  tip = sd_paint_needle_tip_um (needle, self->needle_progress);
  if (tip <= 0)
    return -1;
  for (guint i = 0; i < profile->n_layers; i++)
    if (tip < profile->layers[i].bottom_um)
      return profile->layers[i].id;
  return profile->layers[profile->n_layers - 1].id;
}

/* "; pinpoint bleeding: expected", as it continues the sentence about the tip */
static const char *
bleeding_in_sentence (SdBleeding level)
{
  switch (level)
    {
    case SD_BLEEDING_NONE:
      /* translators: appended to "Needle tip in the … at … mm"; the level of
       * pinpoint bleeding, as the Treatment page says it ("Not expected") */
      return _("; pinpoint bleeding: not expected");
    case SD_BLEEDING_POSSIBLE:
      /* translators: appended to "Needle tip in the … at … mm"; the level of
       * pinpoint bleeding, as the Treatment page says it ("Possible") */
      return _("; pinpoint bleeding: possible");
    case SD_BLEEDING_EXPECTED:
      /* translators: appended to "Needle tip in the … at … mm"; the level of
       * pinpoint bleeding, as the Treatment page says it ("Expected") */
      return _("; pinpoint bleeding: expected");
    case SD_N_BLEEDING:
    default:
      break;
    }
  g_return_val_if_reached ("");
}

/* "Needle tip in the papillary dermis at 0.62 mm; pinpoint bleeding: expected" */
static void
describe_needle (SdSectionView *self,
                 GString       *text)
{
  const SdSkinProfile *profile = get_profile (self);
  const SdNeedleResult *needle = sd_section_get_needle (self->section);
  double tip;
  SdLayerId id = profile->layers[profile->n_layers - 1].id;
  SdBleeding bleeding;
  g_autofree char *name = NULL;
  g_autofree char *length = NULL;

  if (!self->show_needle || needle == NULL)
    return;
  tip = sd_paint_needle_tip_um (needle, self->needle_progress);
  length = sd_format_length_mm (needle->nominal_um / 1000);
  g_string_append (text, ". ");
  if (tip <= 0)
    {
      /* translators: spoken while the needle approaches, e.g. "1.5 mm needle above the skin";
       * %s is the needle length as entered */
      g_string_append_printf (text, _("%s mm needle above the skin"), length);
      return;
    }
  for (guint i = 0; i < profile->n_layers; i++)
    if (tip < profile->layers[i].bottom_um)
      {
        id = profile->layers[i].id;
        break;
      }
  name = layer_name_in_sentence (id);
  /* translators: spoken state of the needle animation: layer name, depth in mm */
  g_string_append_printf (text, _("Needle tip in the %s at %.2f mm"), name, tip / 1000);
  /* On its way in, the tip has reached no deeper than it is now; all the way in, the
   * level is the model's for this needle. */
  bleeding = MIN (needle->bleeding_level, sd_needle_bleeding_at (profile, tip));
  g_string_append (text, bleeding_in_sentence (bleeding));
  if (self->needle_progress >= 1)
    {
      g_string_append (text, ". ");
      /* translators: e.g. "The 1.5 mm needle reaches 0.75 mm: the skin gives way";
       * the first %s is the needle length as entered */
      g_string_append_printf (text, _("The %s mm needle reaches %.2f mm: the skin gives way"),
                              length, needle->effective_um / 1000);
    }
}

/* "Week 6, remodelling: collagen 31 % above baseline; epidermis 58 µm" */
static void
describe_course (SdSectionView *self,
                 GString       *text)
{
  const SdCourseDay *day = get_course_day (self);
  g_autofree char *phase = NULL;
  double pct;

  if (day == NULL)
    return;
  phase = sd_name_in_sentence (_(sd_phase_get_name (day->phase)));
  pct = (day->collagen_rel - 1) * 100;
  g_string_append (text, ". ");
  if (pct >= 0)
    /* translators: spoken course state: week, phase, collagen percent, epidermis µm */
    g_string_append_printf (text, _("Week %u, %s: collagen %.0f %% above baseline; "
                                    "epidermis %.0f µm"),
                            (guint)floor (day->week), phase, pct, day->epidermis_um);
  else
    /* translators: spoken course state: week, phase, collagen percent, epidermis µm */
    g_string_append_printf (text, _("Week %u, %s: collagen %.0f %% below baseline; "
                                    "epidermis %.0f µm"),
                            (guint)floor (day->week), phase, -pct, day->epidermis_um);
  if (day->inflammation > 0.15)
    g_string_append (text, _("; redness and swelling"));
}

static void
describe_comparison (SdSectionView *self,
                     GString       *text)
{
  g_string_append (text, ". ");
  g_string_append (text, _("Needle lengths compared"));
  for (guint i = 0; i < N_COMPARISON; i++)
    {
      const SdNeedleResult *n = &self->comparison_needles[i];
      g_autofree char *name = layer_name_in_sentence (n->deepest_layer);
      g_autofree char *length = sd_format_length_mm (n->nominal_um / 1000);

      g_string_append (text, i == 0 ? ": " : "; ");
      /* translators: one needle of the comparison,
       * e.g. "1.5 mm reaches 0.75 mm, reticular dermis"; the first %s is the
       * needle length as entered */
      g_string_append_printf (text, _("%s mm reaches %.2f mm, %s"), length,
                              n->effective_um / 1000, name);
    }
}

static void
update_description (SdSectionView *self)
{
  const SdSkinProfile *profile = get_profile (self);
  const SdLayer *selected = find_layer (self, self->selected_layer);
  g_autoptr(GString) text = g_string_new (NULL);

  if (profile == NULL)
    g_string_append (text, _("No skin section to show"));
  else
    {
      g_autofree char *site = sd_name_in_sentence (_(sd_site_get_name (profile->site)));
      const char *sex = profile->sex == SD_SEX_FEMALE ? _("female") : _("male");

      /* translators: "Cross-section of cheek skin, female, 40 years, 7 layers" */
      g_string_append_printf (text, _("Cross-section of %s skin, %s, %.0f years, %u layers"),
                              site, sex, profile->age_years, profile->n_layers);
      if (self->comparison)
        describe_comparison (self, text);
      else
        {
          describe_needle (self, text);
          describe_course (self, text);
        }
      if (selected != NULL)
        {
          g_autofree char *layer = describe_layer (selected);

          g_string_append (text, ". ");
          /* translators: "Selected layer: stratum spinosum, 20 to 45 µm deep" */
          g_string_append_printf (text, _("Selected layer: %s"), layer);
        }
    }

  if (g_strcmp0 (text->str, self->description) == 0)
    return;
  g_free (self->description);
  self->description = g_strdup (text->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str,
                                  -1);
}

static void
update_actions (SdSectionView *self)
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
                                 find_layer (self, self->selected_layer) != NULL);
}

static void
view_size (SdSectionView *self,
           double        *width,
           double        *height)
{
  *width = MAX (1, gtk_widget_get_width (GTK_WIDGET (self)));
  *height = MAX (1, gtk_widget_get_height (GTK_WIDGET (self)));
}

/* Sets the drawn zoom, keeping the anchor's depth and position where they are */
static void
apply_view_zoom (SdSectionView *self,
                 double         zoom)
{
  const SdSkinProfile *profile = get_profile (self);
  SdPaintOptions options;
  double w, h, x0, scale;

  self->view_zoom = CLAMP (zoom, SD_PAINT_ZOOM_MIN, SD_PAINT_ZOOM_MAX);
  if (profile != NULL)
    {
      view_size (self, &w, &h);
      fill_options (self, &options);
      scale = sd_paint_px_per_um (profile, &options, w, h);
      sd_paint_get_tissue_x (&options, w, &x0, NULL);
      self->top_um = self->anchor_depth - self->anchor_y / scale;
      self->left_um = self->anchor_um - (self->anchor_x - x0) / scale;
    }
  invalidate (self);
}

static void
set_anchor (SdSectionView *self,
            double         x,
            double         y)
{
  const SdSkinProfile *profile = get_profile (self);
  SdPaintOptions options;
  double w, h, x0, scale;

  if (profile == NULL)
    return;
  view_size (self, &w, &h);
  fill_options (self, &options);
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
  invalidate (self);
  if (self->resetting)
    {
      self->resetting = FALSE;
      self->top_um = NAN;
      self->left_um = 0;
      invalidate (self);
    }
}

static gboolean
animations_enabled (SdSectionView *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled,
                NULL);
  return enabled && adw_get_enable_animations (GTK_WIDGET (self)) &&
         gtk_widget_get_mapped (GTK_WIDGET (self));
}

/* Zooms around (x, y), animated unless animations are off */
static void
zoom_to (SdSectionView *self,
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

  if (zoom != self->zoom)
    {
      self->zoom = zoom;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
      update_actions (self);
    }

  if (animate && animations_enabled (self) && self->from_zoom != zoom)
    {
      /* Frames of the animation scale the current picture (free), and the
       * last one is painted afresh: repainting at every new scale would
       * rebuild the texture tiles each frame */
      if (self->cache != NULL)
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

/* Where keyboard zoom centres: the selected layer when it is in view */
static void
keyboard_anchor (SdSectionView *self,
                 double        *x,
                 double        *y)
{
  const SdSkinProfile *profile = get_profile (self);
  const SdLayer *layer = find_layer (self, self->selected_layer);
  double w, h;

  view_size (self, &w, &h);
  *x = w / 2;
  *y = h / 2;
  if (layer != NULL && profile != NULL)
    {
      SdPaintOptions options;
      double ly;

      fill_options (self, &options);
      ly = sd_paint_y_for_depth (profile, &options, w, h, (layer->top_um + layer->bottom_um) / 2);
      if (ly >= 0 && ly < h)
        *y = ly;
    }
  else if (isnan (self->top_um))
    *y = 0;   /* the default view: keep the surface in place */
}

static int
layer_at (SdSectionView *self,
          double         x,
          double         y)
{
  const SdSkinProfile *profile = get_profile (self);
  SdPaintOptions options;
  SdLayerId id;
  double w, h;

  if (profile == NULL)
    return -1;
  view_size (self, &w, &h);
  fill_options (self, &options);
  if (!sd_painter_layer_at (self->painter, profile, &options, w, h, x, y, &id))
    return -1;
  return id;
}

static void
set_hovered_layer (SdSectionView *self,
                   int            layer)
{
  if (self->hovered_layer == layer)
    return;
  self->hovered_layer = layer;
  gtk_widget_queue_draw (GTK_WIDGET (self));   /* the cached picture stays */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVERED_LAYER]);
}

/* Pans so that a layer's middle is in view, when it is not */
static void
reveal_layer (SdSectionView *self,
              int            id)
{
  const SdSkinProfile *profile = get_profile (self);
  const SdLayer *layer = find_layer (self, id);
  SdPaintOptions options;
  double w, h, y;

  if (layer == NULL)
    return;
  view_size (self, &w, &h);
  fill_options (self, &options);
  y = sd_paint_y_for_depth (profile, &options, w, h, (layer->top_um + layer->bottom_um) / 2);
  if (y < 0 || y >= h)
    {
      double scale = sd_paint_px_per_um (profile, &options, w, h);

      self->top_um = (layer->top_um + layer->bottom_um) / 2 - h / 2 / scale;
      invalidate (self);
    }
}

static void
clamp_pan (SdSectionView *self)
{
  const SdSkinProfile *profile = get_profile (self);
  SdPaintOptions options;
  double w, h, scale, total;

  if (profile == NULL || isnan (self->top_um))
    return;
  view_size (self, &w, &h);
  fill_options (self, &options);
  scale = sd_paint_px_per_um (profile, &options, w, h);
  total = sd_skin_profile_total_um (profile);
  /* keep some skin on screen: from a little air above to the bottom of the fat */
  self->top_um = CLAMP (self->top_um, -0.5 * h / scale, MAX (0, total - 0.5 * h / scale));
}

/*
 * Signal callbacks
 */

static void
on_section_changed_cb (SdSectionView *self)
{
  g_assert (SD_IS_SECTION_VIEW (self));

  /* the lucidum goes away when leaving palm or sole */
  if (self->selected_layer >= 0 && find_layer (self, self->selected_layer) == NULL)
    sd_section_view_set_selected_layer (self, -1);
  if (self->hovered_layer >= 0 && find_layer (self, self->hovered_layer) == NULL)
    set_hovered_layer (self, -1);
  compute_comparison (self);
  update_description (self);
  update_actions (self);
  invalidate (self);
}

/* A new day: the overlay is drawn fresh; the cached picture only goes when
 * the epidermis it was drawn with moved by SD_PAINT_EPIDERMIS_REPAINT_PX */
static void
on_treatment_day_cb (SdSectionView *self)
{
  const SdSkinProfile *profile = get_profile (self);
  const SdCourseDay *day;
  double epi;

  g_assert (SD_IS_SECTION_VIEW (self));

  day = get_course_day (self);

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
  update_description (self);
  epi = day != NULL ? day->epidermis_um : 0;
  if (self->cache != NULL && profile != NULL)
    {
      SdPaintOptions options;
      double w, h;

      view_size (self, &w, &h);
      fill_options (self, &options);
      if (fabs (epi - self->cached_epidermis_um) * sd_paint_px_per_um (profile, &options, w, h)
          < SD_PAINT_EPIDERMIS_REPAINT_PX)
        {
          gtk_widget_queue_draw (GTK_WIDGET (self));
          return;
        }
    }
  invalidate (self);
}

static void
on_treatment_changed_cb (SdSectionView *self)
{
  g_assert (SD_IS_SECTION_VIEW (self));

  update_caption (self);
  update_description (self);
  invalidate (self);
}

static void
on_needle_value_cb (double         value,
                    SdSectionView *self)
{
  sd_section_view_set_needle_progress (self, value);
}

static void
on_motion_cb (SdSectionView *self,
              double         x,
              double         y)
{
  self->pointer_x = x;
  self->pointer_y = y;
  set_hovered_layer (self, self->comparison ? -1 : layer_at (self, x, y));
}

static void
on_leave_cb (SdSectionView *self)
{
  set_hovered_layer (self, -1);
}

static void
on_click_pressed_cb (SdSectionView   *self,
                     int              n_press,
                     double           x,
                     double           y,
                     GtkGestureClick *gesture)
{
  int layer = self->comparison ? -1 : layer_at (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  sd_section_view_set_selected_layer (self, layer);
  if (n_press == 2 && layer >= 0)
    g_signal_emit (self, signals[LAYER_ACTIVATED], 0, layer);
}

static void
on_drag_begin_cb (SdSectionView *self,
                  double         x,
                  double         y)
{
  const SdSkinProfile *profile = get_profile (self);
  SdPaintOptions options;
  double w, h;

  if (profile == NULL)
    return;
  view_size (self, &w, &h);
  fill_options (self, &options);
  self->drag_top_um = sd_paint_get_top_um (profile, &options, w, h);
  self->drag_left_um = self->left_um;
}

static void
on_drag_update_cb (SdSectionView *self,
                   double         dx,
                   double         dy)
{
  const SdSkinProfile *profile = get_profile (self);
  SdPaintOptions options;
  double w, h, scale;

  if (profile == NULL || (fabs (dx) < 2 && fabs (dy) < 2))
    return;
  view_size (self, &w, &h);
  fill_options (self, &options);
  scale = sd_paint_px_per_um (profile, &options, w, h);
  self->top_um = self->drag_top_um - dy / scale;
  self->left_um = self->drag_left_um - dx / scale;
  clamp_pan (self);
  invalidate (self);
}

static gboolean
on_scroll_cb (SdSectionView            *self,
              double                    dx,
              double                    dy,
              GtkEventControllerScroll *controller)
{
  GdkModifierType state;
  const SdSkinProfile *profile = get_profile (self);

  if (profile == NULL)
    return FALSE;

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  if (state & GDK_CONTROL_MASK)
    {
      /* around the pointer, as tracked by the motion controller */
      double x = self->pointer_x, y = self->pointer_y;

      zoom_to (self, self->zoom * pow (SCROLL_ZOOM_STEP, -dy), x, y, FALSE);
      return TRUE;
    }
  else
    {
      SdPaintOptions options;
      double w, h, scale;

      view_size (self, &w, &h);
      fill_options (self, &options);
      scale = sd_paint_px_per_um (profile, &options, w, h);
      self->top_um = sd_paint_get_top_um (profile, &options, w, h) + dy * SCROLL_PAN_PX / scale;
      self->left_um += dx * SCROLL_PAN_PX / scale;
      clamp_pan (self);
      invalidate (self);
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
  zoom_to (self, self->pinch_zoom * scale, x, y, FALSE);
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
  zoom_to (self, self->zoom * ZOOM_STEP, x, y, TRUE);
}

static void
sd_section_view_zoom_out_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  SdSectionView *self = SD_SECTION_VIEW (widget);
  double x, y;

  keyboard_anchor (self, &x, &y);
  zoom_to (self, self->zoom / ZOOM_STEP, x, y, TRUE);
}

static void
sd_section_view_zoom_reset_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  SdSectionView *self = SD_SECTION_VIEW (widget);
  const SdSkinProfile *profile = get_profile (self);
  SdPaintOptions now, home;
  double w, h, x0, s0, s1, t0, t1, k;

  if (profile == NULL)
    return;

  view_size (self, &w, &h);
  fill_options (self, &now);
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
    zoom_to (self, 1.0, 0, 0, FALSE);
  else
    zoom_to (self, 1.0,
             x0 + (self->left_um - 0) * s1 / (1 - k),
             (t0 - t1) * s1 / (1 - k),
             TRUE);
}

static void
sd_section_view_play_needle_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  SdSectionView *self = SD_SECTION_VIEW (widget);
  const SdCourseDay *day = get_course_day (self);

  sd_section_view_set_show_needle (self, TRUE);
  self->needle_day = day != NULL ? (int)day->day : -1;
  adw_animation_pause (self->needle_animation);
  if (animations_enabled (self))
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
select_step (SdSectionView *self,
             int            step)
{
  const SdSkinProfile *profile = get_profile (self);
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

  if (find_layer (self, self->selected_layer) != NULL)
    g_signal_emit (self, signals[LAYER_ACTIVATED], 0, self->selected_layer);
}

/*
 * GtkWidget overrides
 */

static void
sd_section_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  SdSectionView *self = SD_SECTION_VIEW (widget);
  const SdSkinProfile *profile = get_profile (self);
  double w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);

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
      return;
    }

  if (self->cache == NULL)
    {
      GtkSnapshot *s = gtk_snapshot_new ();
      SdPaintOptions options;
      cairo_t *cr;

      cr = gtk_snapshot_append_cairo (s, &GRAPHENE_RECT_INIT (0, 0, w, h));
      if (self->comparison)
        {
          fill_comparison_options (self, &options, w, h);
          sd_painter_paint_comparison (self->painter, cr, profile, self->comparison_needles,
                                       N_COMPARISON, &options, w, h);
        }
      else
        {
          fill_options (self, &options);
          options.hovered_layer = -1;   /* drawn fresh below */
          options.parts = SD_PAINT_PART_BASE;
          self->cached_epidermis_um = options.course_day ? options.course_day->epidermis_um : 0;
          sd_painter_paint (self->painter, cr, profile, &options, w, h);
        }
      cairo_destroy (cr);
      self->cache = gtk_snapshot_free_to_node (s);
    }

  if (self->cache != NULL)
    gtk_snapshot_append_node (snapshot, self->cache);

  /* the animated parts (needle, channels, course state, caption): every frame */
  if (!self->comparison)
    {
      SdPaintOptions options;

      fill_options (self, &options);
      if ((options.show_needle && options.needle != NULL) || options.course_day != NULL)
        {
          cairo_t *cr;

          options.hovered_layer = -1;
          options.parts = SD_PAINT_PART_OVERLAY;
          cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
          sd_painter_paint (self->painter, cr, profile, &options, w, h);
          cairo_destroy (cr);
        }
    }

  /* the hover highlight changes often: not part of the cached picture */
  if (self->hovered_layer >= 0 && !self->comparison)
    {
      SdPaintOptions options;
      cairo_t *cr;

      const SdLayer *layer = find_layer (self, self->hovered_layer);
      double y0, y1;

      fill_options (self, &options);
      /* only the band the layer can cover (its undulating boundaries stay
       * within 250 µm of the model's depths), not the whole widget */
      y0 = layer ? sd_paint_y_for_depth (profile, &options, w, h, layer->top_um - 250) : 0;
      y1 = layer ? sd_paint_y_for_depth (profile, &options, w, h, layer->bottom_um + 250) : h;
      y0 = floor (CLAMP (y0, 0, h));
      y1 = ceil (CLAMP (y1, 0, h));
      if (y1 > y0)
        {
          cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, y0, w, y1 - y0));
          sd_painter_paint_hover (self->painter, cr, profile, &options, w, h);
          cairo_destroy (cr);
        }
    }

  /* keyboard focus: an accent ring inside the edge (drawn fresh, not cached) */
  if (gtk_widget_has_visible_focus (widget))
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
}

static void
sd_section_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  g_clear_pointer (&SD_SECTION_VIEW (widget)->cache, gsk_render_node_unref);
}

static void
sd_section_view_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (sd_section_view_parent_class)->css_changed (widget, change);
  invalidate (SD_SECTION_VIEW (widget));
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

static gboolean
sd_section_view_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard_mode,
                               GtkTooltip *tooltip)
{
  SdSectionView *self = SD_SECTION_VIEW (widget);
  int id = self->comparison ? -1 : keyboard_mode ? self->selected_layer : layer_at (self, x, y);
  const SdLayer *layer = find_layer (self, id);
  g_autofree char *name = NULL;
  g_autofree char *common = NULL;
  g_autofree char *markup = NULL;

  if (layer == NULL)
    return FALSE;

  name = g_markup_escape_text (_(sd_layer_get_name (layer->id)), -1);
  common = g_markup_escape_text (_(sd_layer_get_common_name (layer->id)), -1);
  /* translators: tooltip: layer name, its plain name, its depths at this body site */
  markup = g_strdup_printf (_("<b>%s</b> (%s)\n%.0f to %.0f µm deep here"), name, common,
                            layer->top_um, layer->bottom_um);
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
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
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  g_clear_pointer (&self->zoom_base, gsk_render_node_unref);
  g_clear_pointer (&self->painter, sd_painter_free);

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

  widget_class->snapshot = sd_section_view_snapshot;
  widget_class->size_allocate = sd_section_view_size_allocate;
  widget_class->css_changed = sd_section_view_css_changed;
  widget_class->measure = sd_section_view_measure;
  widget_class->query_tooltip = sd_section_view_query_tooltip;

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
  /* Not Space: that plays and pauses the weeks, wherever the focus is. */

  gtk_widget_class_set_css_name (widget_class, "sectionview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sd_section_view_init (SdSectionView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;
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

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_click_new ();
  g_signal_connect_swapped (gesture, "pressed", G_CALLBACK (on_click_pressed_cb), self);
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
   * always follows the setting); animations_enabled() checks it too */
  target = adw_callback_animation_target_new ((AdwAnimationTargetFunc)on_animation_value_cb,
                                              self, NULL);
  self->animation = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, ZOOM_DURATION_MS, target);
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_EASE_OUT_CUBIC);
  g_signal_connect_swapped (self->animation, "done", G_CALLBACK (on_animation_done_cb), self);

  self->needle_progress = 1.0;
  self->needle_day = -1;
  self->spoken_layer = -1;
  target = adw_callback_animation_target_new ((AdwAnimationTargetFunc)on_needle_value_cb,
                                              self, NULL);
  self->needle_animation = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, NEEDLE_DURATION_MS,
                                                    target);
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->needle_animation),
                                  ADW_EASE_IN_OUT_CUBIC);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Skin cross-section"),
                                  -1);
  update_description (self);
  update_actions (self);
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
  update_description (self);
  update_actions (self);
  invalidate (self);
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

  zoom_to (self, zoom, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
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
  update_description (self);
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
  /* While the stroke plays, speak when the tip enters another layer (and at
   * the end), not on every frame */
  {
    int layer = needle_tip_layer (self);

    if (adw_animation_get_state (self->needle_animation) != ADW_ANIMATION_PLAYING ||
        progress >= 1 || layer != self->spoken_layer)
      {
        self->spoken_layer = layer;
        update_description (self);
      }
  }
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
    set_hovered_layer (self, -1);
  update_caption (self);
  update_description (self);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}
