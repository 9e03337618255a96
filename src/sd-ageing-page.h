/* sd-ageing-page.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sd-treatment.h"

G_BEGIN_DECLS

#define SD_TYPE_AGEING_PAGE (sd_ageing_page_get_type ())

G_DECLARE_FINAL_TYPE (SdAgeingPage, sd_ageing_page, SD, AGEING_PAGE, GtkWidget)

/* The Ageing page: collagen over a lifetime for the section's sex and site and the
 * treatment's lifestyle (both shared with the other pages), an age scrubber that sets the
 * section's age (so the picture shows that skin), what less collagen does, and the skin
 * as an organ. */
GtkWidget *sd_ageing_page_new           (SdTreatment  *treatment);
/* For tests: the chart (SdLifetimeView) and the comparison label */
GtkWidget *sd_ageing_page_get_chart     (SdAgeingPage *self);
GtkWidget *sd_ageing_page_get_compare_label (SdAgeingPage *self);
/* The sentence on one course of the plan at the age shown, against the lifetime */
GtkWidget *sd_ageing_page_get_course_label (SdAgeingPage *self);
/* The other age of the side-by-side pictures (the chart's age is the second) */
GtkAdjustment *sd_ageing_page_get_pair_adjustment (SdAgeingPage *self);
/* Paints the side-by-side pictures (what the page shows) on @cr, @width × @height */
void       sd_ageing_page_paint_pair    (SdAgeingPage *self,
                                         cairo_t      *cr,
                                         int           width,
                                         int           height);

G_END_DECLS
