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
GtkWidget        *sd_window_get_section_view    (SdWindow      *self);
/* The side panel's page, "skin" or "treatment" */
const char       *sd_window_get_sidebar_page    (SdWindow      *self);
void              sd_window_set_sidebar_page    (SdWindow      *self,
                                                 const char    *page);
gboolean          sd_window_get_sidebar_revealed (SdWindow     *self);
void              sd_window_set_sidebar_revealed (SdWindow     *self,
                                                  gboolean      revealed);
/* Selects @layer in the picture and the list and shows its details. */
void              sd_window_add_toast           (SdWindow      *self,
                                                 AdwToast      *toast);
void              sd_window_show_layer          (SdWindow      *self,
                                                 int            layer);
/* The guided tour (sd-tour.h) */
gpointer          sd_window_get_tour            (SdWindow      *self);
/* Offers the tour in a card above the picture (first start). */
void              sd_window_offer_tour          (SdWindow      *self);
/* Presentation mode (sd-presentation.h), also the action win.present */
gpointer          sd_window_get_presentation    (SdWindow      *self);

G_END_DECLS
