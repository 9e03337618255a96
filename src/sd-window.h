/* sd-window.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sd-application.h"
#include "sd-section.h"
#include "sd-treatment.h"

#include "sd-treatment-panel.h"

G_BEGIN_DECLS

#define SD_TYPE_WINDOW (sd_window_get_type ())

G_DECLARE_FINAL_TYPE (SdWindow, sd_window, SD, WINDOW, AdwApplicationWindow)

SdWindow         *sd_window_new                 (SdApplication *application);
SdSection        *sd_window_get_section         (SdWindow      *self);
SdTreatment      *sd_window_get_treatment       (SdWindow      *self);
SdTreatmentPanel *sd_window_get_treatment_panel (SdWindow      *self);
GtkWidget        *sd_window_get_ageing_page     (SdWindow      *self);

G_END_DECLS
