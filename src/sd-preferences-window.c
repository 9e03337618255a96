/* sd-preferences-window.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-preferences-window"

#include "config.h"

#include "sd-preferences-window.h"

#include <glib/gi18n.h>

struct _SdPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  AdwComboRow *depth_unit_row;
  AdwComboRow *style_row;

  /* Owned references */
  GSettings   *settings;
};

G_DEFINE_FINAL_TYPE (SdPreferencesWindow, sd_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The string values of the two keys, in the order of the rows' models. */
static const char * const depth_units[] = { "micrometres", "millimetres", NULL };
static const char * const color_schemes[] = { "default", "light", "dark", NULL };

/*
 * Auxiliary methods
 */

static gboolean
choice_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char * const *choices = user_data;
  const char *str = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_strcmp0 (choices[i], str) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
choice_set_mapping (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  const char * const *choices = user_data;
  guint selected = g_value_get_uint (value);

  if (selected >= g_strv_length ((char **)choices))
    return NULL;

  return g_variant_new_string (choices[selected]);
}

static void
bind_settings (SdPreferencesWindow *self)
{
  g_settings_bind_with_mapping (self->settings, "depth-unit",
                                self->depth_unit_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                choice_get_mapping, choice_set_mapping,
                                (gpointer)depth_units, NULL);
  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                choice_get_mapping, choice_set_mapping,
                                (gpointer)color_schemes, NULL);
}

/*
 * GObject overrides
 */

static void
sd_preferences_window_constructed (GObject *object)
{
  SdPreferencesWindow *self = (SdPreferencesWindow *)object;

  G_OBJECT_CLASS (sd_preferences_window_parent_class)->constructed (object);

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);

  bind_settings (self);
}

static void
sd_preferences_window_dispose (GObject *object)
{
  SdPreferencesWindow *self = (SdPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sd_preferences_window_parent_class)->dispose (object);
}

static void
sd_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SdPreferencesWindow *self = SD_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SdPreferencesWindow *self = SD_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_preferences_window_class_init (SdPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sd_preferences_window_constructed;
  object_class->dispose = sd_preferences_window_dispose;
  object_class->get_property = sd_preferences_window_get_property;
  object_class->set_property = sd_preferences_window_set_property;

  /**
   * SdPreferencesWindow:settings:
   *
   * The application's settings; a new GSettings for the app id when unset.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/sd-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SdPreferencesWindow, depth_unit_row);
  gtk_widget_class_bind_template_child (widget_class, SdPreferencesWindow, style_row);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
sd_preferences_window_init (SdPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

/**
 * sd_preferences_window_new:
 * @settings: (nullable): the application's settings
 */
SdPreferencesWindow *
sd_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (SD_TYPE_PREFERENCES_WINDOW, "settings", settings, NULL);
}
