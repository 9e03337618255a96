/* sd-lifetime.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-lifetime"

#include "config.h"

#include "sd-lifetime.h"

#include "sd-ageing.h"

#include <math.h>

#define N_(s) (s)

/*
 * Collagen(age) = A(age) · L(age), where A is the age law (sd_collagen_age_factor, at the
 * estimate's end of its range, menopause included for women) and L the course's
 * untreated-twin ratio for the lifestyle (sd_lifestyle_collagen_ratio), begun at
 * SD_LIFESTYLE_ONSET_AGE. Nothing here is a second age law: both pieces are the model's.
 */

#define SOURCE N_("Collagen relative to the same person at 25 with a neutral lifestyle. " \
  "Age: ~1 %/yr from 25 (Shuster 1975, via secondary sources; range 0.7–1.5 %/yr); women " \
  "2.1 %/yr for 15 years after menopause, up to 30 % in the first 5 (Calleja-Agius & " \
  "Brincat 2011); menopause at 51 is an assumption. Lifestyle: UV and smoking measured " \
  "(Talwar 1995, Knuutinen 2002); alcohol, pollution and diet are assumptions; taken to " \
  "act from the age of 18 (assumption). The band is the spread between people and what " \
  "the model does not know.")

void
sd_lifetime_params_init (SdLifetimeParams *params)
{
  g_return_if_fail (params != NULL);

  params->sex = SD_SEX_FEMALE;
  params->site = SD_SITE_CHEEK;
  params->uv = SD_UV_NONE;
  params->smoking = FALSE;
  params->alcohol = SD_ALCOHOL_NONE;
  params->pollution = SD_POLLUTION_LOW;
  params->diet = SD_DIET_GOOD;
}

void
sd_lifetime_params_to_course (const SdLifetimeParams *params,
                              SdCourseParams         *course)
{
  g_return_if_fail (params != NULL);
  g_return_if_fail (course != NULL);

  course->sex = params->sex;
  course->site = params->site;
  course->uv = params->uv;
  course->smoking = params->smoking;
  course->alcohol = params->alcohol;
  course->pollution = params->pollution;
  course->diet = params->diet;
}

void
sd_lifetime_params_from_course (SdLifetimeParams     *params,
                                const SdCourseParams *course)
{
  g_return_if_fail (params != NULL);
  g_return_if_fail (course != NULL);

  params->sex = course->sex;
  params->site = course->site;
  params->uv = course->uv;
  params->smoking = course->smoking;
  params->alcohol = course->alcohol;
  params->pollution = course->pollution;
  params->diet = course->diet;
}

gboolean
sd_lifetime_params_validate (const SdLifetimeParams  *params,
                             GError                 **error)
{
  SdCourseParams course;

  g_return_val_if_fail (params != NULL, FALSE);

  /* The course checks every one of these fields the same way. */
  sd_course_params_init (&course);
  sd_lifetime_params_to_course (params, &course);
  return sd_course_params_validate (&course, error);
}

static gboolean
check_whole_age (const char  *what,
                 double       age_years,
                 GError     **error)
{
  if (!isfinite (age_years) || age_years < SD_AGE_MIN || age_years > SD_AGE_MAX)
    {
      g_set_error (error, SD_MODEL_ERROR,
                   isfinite (age_years) ? SD_MODEL_ERROR_OUT_OF_RANGE
                                        : SD_MODEL_ERROR_NOT_A_NUMBER,
                   "%s %g is out of range; expected %g to %g years",
                   what, age_years, SD_AGE_MIN, SD_AGE_MAX);
      return FALSE;
    }
  return TRUE;
}

gboolean
sd_lifetime_check_span (double   from_age,
                        double   to_age,
                        GError **error)
{
  if (!check_whole_age ("First age", from_age, error)
      || !check_whole_age ("Last age", to_age, error))
    return FALSE;
  if (from_age > to_age)
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE,
                   "First age %g is after last age %g; expected the first age to be at "
                   "most the last", from_age, to_age);
      return FALSE;
    }
  return TRUE;
}

double
sd_lifetime_collagen (const SdLifetimeParams *params,
                      double                  age_years,
                      SdEstimate              estimate)
{
  SdCourseParams course;

  g_return_val_if_fail (params != NULL, 1.0);
  g_return_val_if_fail ((guint)estimate < SD_N_ESTIMATES, 1.0);
  g_return_val_if_fail ((guint)params->sex < SD_N_SEXES, 1.0);

  sd_course_params_init (&course);
  sd_lifetime_params_to_course (params, &course);
  course.estimate = estimate;

  return sd_collagen_age_factor (MAX (age_years, 0.0), params->sex, estimate)
         * sd_lifestyle_collagen_ratio (&course, age_years - SD_LIFESTYLE_ONSET_AGE);
}

gboolean
sd_lifetime_compute_year (const SdLifetimeParams *params,
                          double                  age_years,
                          SdLifetimeYear         *out,
                          GError                **error)
{
  SdSkinProfile profile;
  SdCourseParams course;
  double low, high;

  g_return_val_if_fail (params != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!sd_lifetime_params_validate (params, error)
      || !sd_skin_profile_compute (params->site, age_years, params->sex, &profile, error))
    return FALSE;

  sd_course_params_init (&course);
  sd_lifetime_params_to_course (params, &course);

  out->age_years = age_years;
  out->collagen_rel = sd_lifetime_collagen (params, age_years, SD_ESTIMATE_CENTRAL);
  low = sd_lifetime_collagen (params, age_years, SD_ESTIMATE_LOW);
  high = sd_lifetime_collagen (params, age_years, SD_ESTIMATE_HIGH);
  out->collagen_low = MIN (out->collagen_rel, MIN (low, high));
  out->collagen_high = MAX (out->collagen_rel, MAX (low, high));
  out->epidermis_um = sd_skin_profile_epidermis_um (&profile);
  /* The profile's dermis follows the age law; the lifestyle takes its share as in the
   * course (the whole dermis with the lifestyle's loss). */
  out->dermis_um = sd_skin_profile_dermis_um (&profile)
                   * sd_lifestyle_collagen_ratio (&course, age_years - SD_LIFESTYLE_ONSET_AGE);
  return TRUE;
}

const char *
sd_lifetime_get_source (void)
{
  return SOURCE;
}

gboolean
sd_lifetime_course_effect (const SdCourseParams *course,
                           guint                 n_years,
                           double               *ratio,
                           double               *low,
                           double               *high,
                           GError              **error)
{
  static const SdEstimate estimates[] = { SD_ESTIMATE_CENTRAL, SD_ESTIMATE_LOW,
                                          SD_ESTIMATE_HIGH };
  double *out[] = { ratio, low, high };

  g_return_val_if_fail (course != NULL, FALSE);
  g_return_val_if_fail (n_years >= 1 && n_years <= SD_LIFETIME_COURSE_YEARS_MAX, FALSE);
  g_return_val_if_fail (ratio != NULL && low != NULL && high != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (course->sessions < 1)
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE,
                   "The plan has no sessions; a course's effect needs at least one");
      return FALSE;
    }

  for (guint e = 0; e < G_N_ELEMENTS (estimates); e++)
    {
      SdCourseParams treated = *course, untreated;
      g_autoptr(SdCourse) with = NULL;
      g_autoptr(SdCourse) without = NULL;

      treated.estimate = estimates[e];
      treated.weeks = (guint)ceil (n_years * 365.0 / 7.0) + 1;
      untreated = treated;
      untreated.sessions = 0;
      with = sd_course_run (&treated, error);
      if (with == NULL)
        return FALSE;
      without = sd_course_run (&untreated, error);
      if (without == NULL)
        return FALSE;
      for (guint y = 0; y <= n_years; y++)
        {
          guint day = MIN (y * 365, sd_course_get_n_days (with) - 1);

          out[e][y] = sd_course_get_day (with, day)->collagen_rel
                      / sd_course_get_day (without, day)->collagen_rel;
        }
    }

  /* The range holds the central line whatever way an estimate's end leans */
  for (guint y = 0; y <= n_years; y++)
    {
      double a = low[y], b = high[y];

      low[y] = MIN (ratio[y], MIN (a, b));
      high[y] = MAX (ratio[y], MAX (a, b));
    }
  return TRUE;
}
