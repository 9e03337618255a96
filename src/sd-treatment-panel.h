/* sd-treatment-panel.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sd-treatment.h"

G_BEGIN_DECLS

/* Needle presets offered as buttons, mm. */
#define SD_TREATMENT_PANEL_N_PRESETS 6
extern const double sd_treatment_panel_presets[SD_TREATMENT_PANEL_N_PRESETS];

/* The range the panel offers (the model accepts up to SD_NEEDLE_LENGTH_MAX_MM). */
#define SD_TREATMENT_PANEL_LENGTH_MIN_MM 0.1
#define SD_TREATMENT_PANEL_LENGTH_MAX_MM 2.5

#define SD_TYPE_TREATMENT_PANEL (sd_treatment_panel_get_type ())

G_DECLARE_FINAL_TYPE (SdTreatmentPanel, sd_treatment_panel, SD, TREATMENT_PANEL, GtkWidget)

GtkWidget   *sd_treatment_panel_new              (void);
SdTreatment *sd_treatment_panel_get_treatment    (SdTreatmentPanel *self);
void         sd_treatment_panel_set_treatment    (SdTreatmentPanel *self,
                                                  SdTreatment      *treatment);
/* The picture whose needle the panel plays and compares (section.play-needle,
 * "comparison"). */
GtkWidget   *sd_treatment_panel_get_section_view (SdTreatmentPanel *self);
void         sd_treatment_panel_set_section_view (SdTreatmentPanel *self,
                                                  GtkWidget        *section_view);

G_END_DECLS
