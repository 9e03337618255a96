/* sd-lifetime.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sd-course.h"

G_BEGIN_DECLS

/* Skin collagen over a lifetime, year by year: the model's one age law (sd-ageing.h) with
 * the course's lifestyle factors (sd-course.h), and the thickness of epidermis and dermis
 * from the skin profile's age law at one site (docs/model.md §4). */

/* The lifestyle factors are taken to act from adult life on (assumption). */
#define SD_LIFESTYLE_ONSET_AGE SD_AGE_MIN
/* Default span of a lifetime table (the 20 to 90). */
#define SD_LIFETIME_FROM_AGE_DEFAULT 20
#define SD_LIFETIME_TO_AGE_DEFAULT   90

typedef struct
{
  SdSex         sex;
  SdSite        site;        /* where the thicknesses are taken; default cheek */
  SdUvExposure  uv;
  gboolean      smoking;
  SdAlcohol     alcohol;
  SdPollution   pollution;
  SdDiet        diet;
} SdLifetimeParams;

typedef struct
{
  double age_years;
  double collagen_rel;    /* relative to the same person at SD_COLLAGEN_PEAK_AGE with a
                           * neutral lifestyle (1.0 = that person at 25) */
  double collagen_low;    /* the typical range: every uncertain parameter at its low or */
  double collagen_high;   /* high end (docs/model.md §5); low <= rel <= high */
  double dermis_um;       /* at params->site, central estimate, with the lifestyle's loss */
  double epidermis_um;
} SdLifetimeYear;

/* Female, cheek, neutral lifestyle (none, no, none, low, good). */
void     sd_lifetime_params_init     (SdLifetimeParams       *params);
gboolean sd_lifetime_params_validate (const SdLifetimeParams *params,
                                      GError                **error);
/* Copies the lifestyle factors of @params into a course's parameters (and back). */
void     sd_lifetime_params_to_course   (const SdLifetimeParams *params,
                                         SdCourseParams         *course);
void     sd_lifetime_params_from_course (SdLifetimeParams       *params,
                                         const SdCourseParams   *course);

/* Collagen at @age_years (any finite age >= 0) at one end of the uncertainty. */
double   sd_lifetime_collagen        (const SdLifetimeParams *params,
                                      double                  age_years,
                                      SdEstimate              estimate);
/* One year's row; @age_years in SD_AGE_MIN..SD_AGE_MAX (the profile's range). */
gboolean sd_lifetime_compute_year    (const SdLifetimeParams *params,
                                      double                  age_years,
                                      SdLifetimeYear         *out,
                                      GError                **error);
/* Checks a span of whole years: both in SD_AGE_MIN..SD_AGE_MAX and @from <= @to. */
gboolean sd_lifetime_check_span      (double                  from_age,
                                      double                  to_age,
                                      GError                **error);
/* One course against the same skin untreated, over the years after its first session:
 * @ratio[y] for y = 0 .. @n_years is treated / untreated collagen 365·y days after it
 * (central estimate), @low and @high its typical range (every uncertain parameter of the
 * course at one end). Each array holds @n_years + 1 values. The course's age, site,
 * lifestyle and plan are @course's; FALSE with @error when the plan has no sessions or
 * the course refuses its parameters. */
#define SD_LIFETIME_COURSE_YEARS_MAX 19
gboolean sd_lifetime_course_effect   (const SdCourseParams   *course,
                                      guint                   n_years,
                                      double                 *ratio,
                                      double                 *low,
                                      double                 *high,
                                      GError                **error);

/* Where the lifetime curve comes from, one paragraph (N_()). */
const char *sd_lifetime_get_source   (void);

G_END_DECLS
