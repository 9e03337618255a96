/* sd-course-chart.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sd-chart.h"
#include "sd-course.h"

G_BEGIN_DECLS

#define SD_TYPE_COURSE_CHART (sd_course_chart_get_type ())

G_DECLARE_FINAL_TYPE (SdCourseChart, sd_course_chart, SD, COURSE_CHART, GtkWidget)

GtkWidget            *sd_course_chart_new             (void);
/* Runs the treated, untreated and the two range courses (microseconds).
 * On failure the chart keeps its previous course. */
gboolean              sd_course_chart_set_params      (SdCourseChart        *self,
                                                       const SdCourseParams *params,
                                                       GError              **error);
/* NULL until parameters were set. */
const SdCourseParams *sd_course_chart_get_params      (SdCourseChart        *self);
/* NULL until parameters were set. */
SdChartData          *sd_course_chart_get_data        (SdCourseChart        *self);
guint                 sd_course_chart_get_day         (SdCourseChart        *self);
/* Clamped to the course's last day. */
void                  sd_course_chart_set_day         (SdCourseChart        *self,
                                                       guint                 day);
SdChartSeries         sd_course_chart_get_series      (SdCourseChart        *self);
void                  sd_course_chart_set_series      (SdCourseChart        *self,
                                                       SdChartSeries         series);
/* The spoken state of the current day, as set for the accessible description:
 * "Week 6, remodelling: collagen 31 % above baseline (typical range 18 to 40 %);
 * without treatment 1 % below". */
char                 *sd_course_chart_dup_description (SdCourseChart        *self);
/* The chart as shown, over a filled background, for drawing it into a file. */
void                  sd_course_chart_get_paint_options (SdCourseChart      *self,
                                                         SdChartOptions     *options);
/* A menu shown at the pointer on a secondary click; NULL (the default): none. */
void                  sd_course_chart_set_context_menu  (SdCourseChart      *self,
                                                         GMenuModel         *model);

G_END_DECLS
