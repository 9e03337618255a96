/* sd-timeline-bar.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sd-treatment.h"

G_BEGIN_DECLS

/* Playback speeds offered by the bar, in days per second. */
typedef enum
{
  SD_TIMELINE_SPEED_1_DAY,
  SD_TIMELINE_SPEED_2_DAYS,
  SD_TIMELINE_SPEED_1_WEEK,
  SD_TIMELINE_SPEED_4_WEEKS,
  SD_N_TIMELINE_SPEEDS
} SdTimelineSpeed;

#define SD_TIMELINE_SPEED_DEFAULT SD_TIMELINE_SPEED_1_WEEK

#define SD_TYPE_TIMELINE_BAR (sd_timeline_bar_get_type ())

G_DECLARE_FINAL_TYPE (SdTimelineBar, sd_timeline_bar, SD, TIMELINE_BAR, GtkWidget)

GtkWidget       *sd_timeline_bar_new               (void);
SdTreatment     *sd_timeline_bar_get_treatment     (SdTimelineBar   *self);
void             sd_timeline_bar_set_treatment     (SdTimelineBar   *self,
                                                    SdTreatment     *treatment);
gboolean         sd_timeline_bar_get_playing       (SdTimelineBar   *self);
void             sd_timeline_bar_set_playing       (SdTimelineBar   *self,
                                                    gboolean         playing);
SdTimelineSpeed  sd_timeline_bar_get_speed         (SdTimelineBar   *self);
void             sd_timeline_bar_set_speed         (SdTimelineBar   *self,
                                                    SdTimelineSpeed  speed);
double           sd_timeline_speed_get_days_per_second (SdTimelineSpeed speed);
/* "Week 6 · Day 3 · Remodelling", as the bar shows it. */
char            *sd_timeline_bar_dup_position      (SdTimelineBar   *self);
/* The spoken state: "Week 6, remodelling: collagen 31 % above baseline; without
 * treatment 1 % below", the text of the bar's status label. */
char            *sd_timeline_bar_dup_description   (SdTimelineBar   *self);
/* Adds Space, Left/Right, Shift+Left/Right, Page Up/Down and Home/End to @scope
 * (bubble phase: focused text fields, spin buttons and scales keep their keys). */
void             sd_timeline_bar_add_shortcuts_to  (SdTimelineBar   *self,
                                                    GtkWidget       *scope);

G_END_DECLS
