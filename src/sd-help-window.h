/* sd-help-window.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SD_TYPE_HELP_WINDOW (sd_help_window_get_type ())

G_DECLARE_FINAL_TYPE (SdHelpWindow, sd_help_window, SD, HELP_WINDOW, AdwWindow)

SdHelpWindow *sd_help_window_new (void);

G_END_DECLS
