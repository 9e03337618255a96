/* sd-treatment.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "sd-course.h"
#include "sd-section.h"

G_BEGIN_DECLS

/* A treatment plan for the skin an SdSection shows (its site, age, sex, device and needle
 * length), the course the model computes for it, the same skin untreated, and the day the
 * timeline is at. GLib only: the timeline's playback (ticks, speed) lives in the UI. */

#define SD_TREATMENT_DEFAULT_SESSIONS        3    /* NCT02646917: 3 sessions, 1 month apart */
#define SD_TREATMENT_DEFAULT_INTERVAL_WEEKS  4.0
#define SD_TREATMENT_DEFAULT_WEEKS           26

#define SD_TYPE_TREATMENT (sd_treatment_get_type ())

G_DECLARE_FINAL_TYPE (SdTreatment, sd_treatment, SD, TREATMENT, GObject)

SdTreatment       *sd_treatment_new                (SdSection      *section);
SdSection         *sd_treatment_get_section        (SdTreatment    *self);

/* Plan. Each setter validates with g_return_if_fail and recomputes the courses. */
guint              sd_treatment_get_sessions       (SdTreatment    *self);
void               sd_treatment_set_sessions       (SdTreatment    *self,
                                                    guint           sessions);
double             sd_treatment_get_interval_weeks (SdTreatment    *self);
void               sd_treatment_set_interval_weeks (SdTreatment    *self,
                                                    double          interval_weeks);
guint              sd_treatment_get_weeks          (SdTreatment    *self);
void               sd_treatment_set_weeks          (SdTreatment    *self,
                                                    guint           weeks);
SdUvExposure       sd_treatment_get_uv             (SdTreatment    *self);
void               sd_treatment_set_uv             (SdTreatment    *self,
                                                    SdUvExposure    uv);
gboolean           sd_treatment_get_smoking        (SdTreatment    *self);
void               sd_treatment_set_smoking        (SdTreatment    *self,
                                                    gboolean        smoking);
SdAlcohol          sd_treatment_get_alcohol        (SdTreatment    *self);
void               sd_treatment_set_alcohol        (SdTreatment    *self,
                                                    SdAlcohol       alcohol);
SdPollution        sd_treatment_get_pollution      (SdTreatment    *self);
void               sd_treatment_set_pollution      (SdTreatment    *self,
                                                    SdPollution     pollution);
SdDiet             sd_treatment_get_diet           (SdTreatment    *self);
void               sd_treatment_set_diet           (SdTreatment    *self,
                                                    SdDiet          diet);

/* The full parameters of the treated course (section's values + plan). */
void               sd_treatment_get_params         (SdTreatment    *self,
                                                    SdCourseParams *out);
const SdCourse    *sd_treatment_get_course         (SdTreatment    *self);
/* The same skin and lifestyle with no sessions. */
const SdCourse    *sd_treatment_get_untreated      (SdTreatment    *self);
guint              sd_treatment_get_n_days         (SdTreatment    *self);

/* Timeline position, clamped to 0 .. n_days - 1 (a shorter course pulls it back). */
guint              sd_treatment_get_day            (SdTreatment    *self);
void               sd_treatment_set_day            (SdTreatment    *self,
                                                    guint           day);
/* State of the treated and untreated course on the current day. */
const SdCourseDay *sd_treatment_get_current        (SdTreatment    *self);
const SdCourseDay *sd_treatment_get_current_untreated (SdTreatment *self);

/* Back to the defaults above, neutral factors, day 0 (does not touch the section). */
void               sd_treatment_reset              (SdTreatment    *self);

G_END_DECLS
