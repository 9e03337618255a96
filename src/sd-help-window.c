/* sd-help-window.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The built-in help: a short page on how to use the app. The text lives in the
 * template (ui/sd-help-window.ui), where translators find it. */

#define G_LOG_DOMAIN "sd-help-window"

#include "config.h"

#include "sd-help-window.h"

struct _SdHelpWindow
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (SdHelpWindow, sd_help_window, ADW_TYPE_WINDOW)

static void
sd_help_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SD_TYPE_HELP_WINDOW);

  G_OBJECT_CLASS (sd_help_window_parent_class)->dispose (object);
}

static void
sd_help_window_class_init (SdHelpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_help_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/sd-help-window.ui");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sd_help_window_init (SdHelpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SdHelpWindow *
sd_help_window_new (void)
{
  return g_object_new (SD_TYPE_HELP_WINDOW, NULL);
}
