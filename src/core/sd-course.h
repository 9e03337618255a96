/* sd-course.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sd-needle.h"

G_BEGIN_DECLS

#define SD_COURSE_SESSIONS_MAX        20
#define SD_COURSE_INTERVAL_WEEKS_MIN  1.0
#define SD_COURSE_INTERVAL_WEEKS_MAX  52.0
#define SD_COURSE_WEEKS_MAX           1040
/* Channel density a caller may set, per cm² (0 = SD_STANDARD_CHANNELS_PER_CM2). */
#define SD_COURSE_CHANNELS_MIN        25.0
#define SD_COURSE_CHANNELS_MAX        1000.0

typedef enum
{
  SD_PHASE_BASELINE,
  SD_PHASE_INFLAMMATION,
  SD_PHASE_PROLIFERATION,
  SD_PHASE_REMODELLING,
  SD_N_PHASES
} SdPhase;

const char *sd_phase_to_id              (SdPhase phase);   /* "remodelling" */
const char *sd_phase_get_name           (SdPhase phase);   /* "Remodelling" (N_()) */
const char *sd_phase_get_description    (SdPhase phase);   /* plain language (N_()) */
const char *sd_phase_get_source         (SdPhase phase);   /* short citation */

typedef struct
{
  SdSite        site;
  double        age_years;
  SdSex         sex;
  SdDevice      device;
  double        length_mm;
  double        fraction;         /* 0 = device default */
  guint         sessions;         /* 0..SD_COURSE_SESSIONS_MAX; 0 = untreated course */
  double        interval_weeks;   /* SD_COURSE_INTERVAL_WEEKS_MIN..MAX */
  guint         weeks;            /* 1..SD_COURSE_WEEKS_MAX */
  SdUvExposure  uv;
  gboolean      smoking;
  SdAlcohol     alcohol;
  SdPollution   pollution;
  SdDiet        diet;
  double        channels_per_cm2; /* 0 = SD_STANDARD_CHANNELS_PER_CM2, else
                                   * SD_COURSE_CHANNELS_MIN..MAX */
  SdEstimate    estimate;         /* which end of the model's uncertainty (docs/model.md §5) */
} SdCourseParams;

/* Defaults: cheek, 40, female, roller, 1.5 mm, device fraction, 1 session,
 * 4 weeks interval, 26 weeks, neutral factors (none, no, none, low, good),
 * standard channel density, central estimate. */
void     sd_course_params_init     (SdCourseParams       *params);
gboolean sd_course_params_validate (const SdCourseParams *params,
                                    GError              **error);

/* State at the end of one day. Relative values are relative to the same
 * quantity in the treated zone just before the first session (1.0 = baseline). */
typedef struct
{
  guint   day;
  double  week;               /* day / 7 */
  SdPhase phase;              /* for the latest session; BASELINE before any */
  guint   sessions_done;
  guint   days_since_session; /* G_MAXUINT before any session */
  double  inflammation;       /* 0 = none, 1 = peak after a standard 1.5 mm session */
  double  channels_open;      /* fraction of the latest session's channels still open, 0..1 */
  double  fibroblasts_rel;
  double  remodelling_rel;    /* slow, months-long extra synthesis activity, 0 at baseline */
  double  synthesis_rel;
  double  collagen_i_rel;
  double  collagen_iii_rel;
  double  collagen_rel;       /* types I + III */
  double  epidermis_um;
  double  dermis_um;
} SdCourseDay;

typedef struct _SdCourse SdCourse;

/* The lifestyle factors' size: multipliers on collagen synthesis (type I, type III) and
 * degradation for the whole set of factors in @params at @params->estimate. */
typedef struct
{
  double synthesis_i;
  double synthesis_iii;
  double degradation;
} SdLifestyleEffect;

typedef enum
{
  SD_FACTOR_UV,
  SD_FACTOR_SMOKING,
  SD_FACTOR_ALCOHOL,
  SD_FACTOR_POLLUTION,
  SD_FACTOR_DIET,
  SD_N_FACTORS
} SdLifestyleFactor;

void        sd_course_params_get_lifestyle (const SdCourseParams *params,
                                            SdLifestyleEffect    *out);
/* Where the size of a factor's effect comes from, one sentence (N_()); for the assumed
 * factors it begins with "Assumption:". */
const char *sd_lifestyle_get_source        (SdLifestyleFactor     factor);
/* TRUE when no study measured this factor's effect on collagen (only on appearance). */
gboolean    sd_lifestyle_is_assumed        (SdLifestyleFactor     factor);
/* Untreated collagen with the lifestyle in @params (at @params->estimate) relative to the
 * same skin with a neutral lifestyle, @years (>= 0) after the lifestyle began: the
 * course's two untreated twins (R / R0) at steady production, 1.0 at @years = 0. */
double      sd_lifestyle_collagen_ratio    (const SdCourseParams *params,
                                            double                years);

/* Runs the whole course, days 0 .. 7 * weeks. Pure, deterministic, thread-safe. */
SdCourse          *sd_course_run        (const SdCourseParams *params,
                                         GError              **error);
void               sd_course_free       (SdCourse             *course);
const SdCourseParams *sd_course_get_params (const SdCourse    *course);
guint              sd_course_get_n_days (const SdCourse       *course);
/* @day < n_days */
const SdCourseDay *sd_course_get_day    (const SdCourse       *course,
                                         guint                 day);
/* The first day of the given session (0-based); G_MAXUINT when there is none. */
guint              sd_course_get_session_day (const SdCourse  *course,
                                              guint            session);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SdCourse, sd_course_free)

G_END_DECLS
