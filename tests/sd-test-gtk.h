/* sd-test-gtk.h: what every widget test does the same way
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK is initialised only inside Check's forked children (STYLE.md §5.9):
 * sd_test_gtk_init() is the checked fixture, never called from main().
 * The GLib-only helpers (the suite runner, the notify counter) are in
 * sd-test-utils.h.
 */

#pragma once

#include <adwaita.h>

#include "sd-test-utils.h"

/* The checked fixture: libadwaita (and GTK) up, and any warning fails the test. */
static inline void
sd_test_gtk_init (void)
{
  adw_init ();
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
}

/* The application's stylesheet on the default display, as AdwApplication loads it, for
 * windows tested without an application (the kiosk's touch targets come from it). */
static inline void
sd_test_gtk_load_app_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* The shortcut on @widget for @keyval with exactly @mods, in the shortcut
 * controller named @controller (NULL: any of the widget's shortcut
 * controllers, its class key bindings included), or NULL. */
static inline GtkShortcut *
sd_test_find_shortcut (GtkWidget       *widget,
                       const char      *controller,
                       guint            keyval,
                       GdkModifierType  mods)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (c)
          || (controller != NULL
              && g_strcmp0 (gtk_event_controller_get_name (c), controller) != 0))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (c)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (c), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods)
            return g_steal_pointer (&shortcut);
        }
    }
  return NULL;
}

/* FALSE, with a line saying so, when there is no display to test on
 * (the caller then exits 77, "skipped"). */
static inline gboolean
sd_test_have_display (const char *test)
{
  if (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL)
    return TRUE;
  g_print ("%s: no display; run under xvfb-run\n", test);
  return FALSE;
}
