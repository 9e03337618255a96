/* sd-window-export.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sd-window.h"

G_BEGIN_DECLS

/* The window's exports: win.export-picture (Ctrl+E) and win.export-chart ask for a file
 * (GtkFileChooserNative) and write the picture, or the chart or the course, into it;
 * errors are shown in a dialog that names the file. */

/* Installs win.export-picture and win.export-chart on the window's class. */
void      _sd_window_export_class_init (GtkWidgetClass *widget_class);
/* Gives the picture and the chart their context menus (copy, export). */
void      _sd_window_export_init       (SdWindow       *self);

/* The picture as shown, into @file: PNG (at twice the view's size in pixels), SVG or
 * PDF (the view's size in points), by the name's extension. FALSE with @error (the
 * reason; the caller names the file) for another extension, a file that is not local
 * or cannot be written; the old file then stays as it was, and nothing partial is
 * left. */
gboolean  sd_window_export_picture     (SdWindow       *self,
                                        GFile          *file,
                                        GError        **error);
/* The collagen chart as shown (PNG, SVG, PDF), or with a .csv name the course day by
 * day, as `skin-deep-sim course` prints it. Errors as for the picture. */
gboolean  sd_window_export_chart       (SdWindow       *self,
                                        GFile          *file,
                                        GError        **error);
/* "skin-deep-cheek.png", "skin-deep-cheek-collagen.csv": the name the file chooser
 * suggests (newly allocated). */
char     *sd_window_export_suggest_name (SdWindow      *self,
                                         gboolean       chart,
                                         const char    *extension);

G_END_DECLS
