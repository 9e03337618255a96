/* test-lifetime.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-lifetime"

#include "config.h"

#include "sd-ageing.h"
#include "sd-concerns.h"
#include "sd-lifetime.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static SdLifetimeParams
make_params (SdSex sex)
{
  SdLifetimeParams params;

  sd_lifetime_params_init (&params);
  params.sex = sex;
  return params;
}

static double
collagen (const SdLifetimeParams *params,
          double                  age)
{
  return sd_lifetime_collagen (params, age, SD_ESTIMATE_CENTRAL);
}

/* Mean yearly loss between two ages, as a fraction (0.01 = 1 %/yr) */
static double
yearly_loss (const SdLifetimeParams *params,
             double                  from,
             double                  to)
{
  return 1.0 - pow (collagen (params, to) / collagen (params, from), 1.0 / (to - from));
}

START_TEST (test_lifetime_flat_before_25)
{
  SdLifetimeParams params = make_params ((SdSex)_i);

  /* A neutral lifestyle: no change up to the peak age */
  for (double age = 18; age <= 25; age += 0.5)
    ck_assert_double_eq_tol (collagen (&params, age), 1.0, 1e-9);
}
END_TEST

START_TEST (test_lifetime_declines_after_25)
{
  SdLifetimeParams params = make_params ((SdSex)_i);
  double previous = collagen (&params, 25);

  for (guint age = 26; age <= 100; age++)
    {
      double now = collagen (&params, age);

      ck_assert_msg (now < previous, "age %u: %g, not below %g", age, now, previous);
      previous = now;
    }
  /* About 1 %/yr in adult life (SCIENCE.md §4: ~1 %/yr, range 0.7–1.5 %/yr) */
  ck_assert_double_ge (yearly_loss (&params, 26, 45), 0.007);
  ck_assert_double_le (yearly_loss (&params, 26, 45), 0.015);
  /* By 90, well under the level at 25, but not gone */
  ck_assert_double_lt (collagen (&params, 90), 0.6);
  ck_assert_double_gt (collagen (&params, 90), 0.2);
}
END_TEST

START_TEST (test_lifetime_menopause)
{
  SdLifetimeParams women = make_params (SD_SEX_FEMALE);
  SdLifetimeParams men = make_params (SD_SEX_MALE);
  double before = yearly_loss (&women, 40, SD_MENOPAUSE_AGE);
  double after = yearly_loss (&women, SD_MENOPAUSE_AGE, SD_MENOPAUSE_AGE + 10);

  /* Faster after menopause for women (2.1 %/yr for 15 years, Calleja-Agius & Brincat) */
  ck_assert_double_gt (after, before * 1.5);
  ck_assert_double_ge (after, 0.018);
  /* Not for men */
  ck_assert_double_eq_tol (yearly_loss (&men, SD_MENOPAUSE_AGE, SD_MENOPAUSE_AGE + 10),
                           yearly_loss (&men, 40, SD_MENOPAUSE_AGE), 1e-9);
  /* Before menopause, the same loss in both sexes (Shuster 1975: same rate) */
  ck_assert_double_eq_tol (collagen (&women, 45), collagen (&men, 45), 1e-9);
  ck_assert_double_lt (collagen (&women, 70), collagen (&men, 70));
}
END_TEST

/* Each harmful factor on its own lowers the curve, and adding one more lowers it more */
START_TEST (test_lifetime_each_harmful_factor)
{
  SdLifetimeParams neutral = make_params (SD_SEX_FEMALE);
  SdLifetimeParams all = neutral;
  SdLifetimeParams one[5];
  double previous;

  for (guint i = 0; i < G_N_ELEMENTS (one); i++)
    one[i] = neutral;
  one[0].uv = SD_UV_HIGH;
  one[1].smoking = TRUE;
  one[2].alcohol = SD_ALCOHOL_HEAVY;
  one[3].pollution = SD_POLLUTION_HIGH;
  one[4].diet = SD_DIET_POOR;

  for (guint i = 0; i < G_N_ELEMENTS (one); i++)
    for (guint age = 30; age <= 90; age += 10)
      ck_assert_msg (collagen (&one[i], age) < collagen (&neutral, age),
                     "factor %u at %u", i, age);

  /* Moderate UV lies between none and high */
  {
    SdLifetimeParams low = neutral;

    low.uv = SD_UV_LOW;
    ck_assert_double_lt (collagen (&low, 50), collagen (&neutral, 50));
    ck_assert_double_gt (collagen (&low, 50), collagen (&one[0], 50));
  }

  previous = collagen (&all, 60);
  all.uv = SD_UV_HIGH;
  ck_assert_double_lt (collagen (&all, 60), previous);
  previous = collagen (&all, 60);
  all.smoking = TRUE;
  ck_assert_double_lt (collagen (&all, 60), previous);
  previous = collagen (&all, 60);
  all.alcohol = SD_ALCOHOL_HEAVY;
  ck_assert_double_lt (collagen (&all, 60), previous);
  previous = collagen (&all, 60);
  all.pollution = SD_POLLUTION_HIGH;
  ck_assert_double_lt (collagen (&all, 60), previous);
  previous = collagen (&all, 60);
  all.diet = SD_DIET_POOR;
  ck_assert_double_lt (collagen (&all, 60), previous);
}
END_TEST

START_TEST (test_lifetime_band_contains_curve)
{
  static const SdUvExposure uv[] = { SD_UV_NONE, SD_UV_HIGH };
  SdLifetimeParams params = make_params ((SdSex)_i);

  for (guint u = 0; u < G_N_ELEMENTS (uv); u++)
    {
      params.uv = uv[u];
      params.smoking = u == 1;
      for (guint age = 20; age <= 90; age++)
        {
          SdLifetimeYear year;

          ck_assert (sd_lifetime_compute_year (&params, age, &year, NULL));
          ck_assert_double_le (year.collagen_low, year.collagen_rel);
          ck_assert_double_le (year.collagen_rel, year.collagen_high);
          if (age >= 35)
            ck_assert_double_gt (year.collagen_high - year.collagen_low, 0.01);
        }
    }
}
END_TEST

START_TEST (test_lifetime_thickness)
{
  SdLifetimeParams params = make_params (SD_SEX_FEMALE);
  SdLifetimeYear young, old;
  SdSkinProfile profile;

  ck_assert (sd_lifetime_compute_year (&params, 25, &young, NULL));
  ck_assert (sd_lifetime_compute_year (&params, 80, &old, NULL));
  /* Aged skin is thinner, dermis and epidermis */
  ck_assert_double_lt (old.dermis_um, young.dermis_um * 0.8);
  ck_assert_double_lt (old.epidermis_um, young.epidermis_um);
  /* Neutral lifestyle: the same thickness as the skin profile at that age and site */
  ck_assert (sd_skin_profile_compute (SD_SITE_CHEEK, 80, SD_SEX_FEMALE, &profile, NULL));
  ck_assert_double_eq_tol (old.dermis_um, sd_skin_profile_dermis_um (&profile), 1e-6);
  ck_assert_double_eq_tol (old.epidermis_um, sd_skin_profile_epidermis_um (&profile), 1e-6);
  /* Another site gives another thickness */
  params.site = SD_SITE_BACK;
  ck_assert (sd_lifetime_compute_year (&params, 80, &young, NULL));
  ck_assert_double_ne (young.dermis_um, old.dermis_um);
  /* Sun-damaged skin has a thinner dermis than the neutral */
  params.site = SD_SITE_CHEEK;
  params.uv = SD_UV_HIGH;
  ck_assert (sd_lifetime_compute_year (&params, 80, &young, NULL));
  ck_assert_double_lt (young.dermis_um, old.dermis_um);
}
END_TEST

START_TEST (test_lifetime_bad_input)
{
  SdLifetimeParams params = make_params (SD_SEX_FEMALE);
  g_autoptr(GError) error = NULL;
  SdLifetimeYear year;

  ck_assert (!sd_lifetime_compute_year (&params, 17, &year, &error));
  ck_assert (g_error_matches (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE));
  g_clear_error (&error);
  ck_assert (!sd_lifetime_compute_year (&params, NAN, &year, &error));
  g_clear_error (&error);
  ck_assert (!sd_lifetime_check_span (60, 40, &error));
  ck_assert_ptr_nonnull (strstr (error->message, "60"));
  g_clear_error (&error);
  ck_assert (!sd_lifetime_check_span (20, 101, &error));
  g_clear_error (&error);
  ck_assert (sd_lifetime_check_span (40, 40, NULL));
  params.uv = (SdUvExposure)7;
  ck_assert (!sd_lifetime_params_validate (&params, &error));
}
END_TEST

START_TEST (test_concerns_data)
{
  guint n = sd_concern_get_n ();
  gboolean seen_cellulite = FALSE;

  ck_assert_uint_ge (n, 4);
  ck_assert_ptr_null (sd_concern_find ("wrinkle", NULL));
  for (guint i = 0; i < n; i++)
    {
      const SdConcern *c = sd_concern_get (i);

      ck_assert_ptr_eq (sd_concern_find (c->id, NULL), c);
      ck_assert_uint_ge (c->n_sites, 1);
      ck_assert_ptr_nonnull (c->sources[0]);
      ck_assert_ptr_nonnull (c->findings);
      ck_assert_ptr_nonnull (c->evidence_note);
      if (strcmp (c->id, "cellulite") == 0)
        {
          seen_cellulite = TRUE;
          ck_assert_int_eq (c->evidence, SD_EVIDENCE_WEAK);
          ck_assert (!c->has_protocol);
          continue;
        }
      ck_assert (c->has_protocol);
      ck_assert_double_le (c->length_mm[0], c->length_mm[1]);
      ck_assert_uint_le (c->sessions[0], c->sessions[1]);
      ck_assert_double_ge (c->plan_length_mm, c->length_mm[0]);
      ck_assert_double_le (c->plan_length_mm, c->length_mm[1]);
      ck_assert_uint_ge (c->plan_sessions, c->sessions[0]);
      ck_assert_uint_le (c->plan_sessions, c->sessions[1]);
      ck_assert_double_ge (c->plan_interval_weeks, c->interval_weeks[0]);
      ck_assert_double_le (c->plan_interval_weeks, c->interval_weeks[1]);
      /* The plan's site is one of the concern's sites */
      {
        gboolean in_sites = FALSE;

        for (guint s = 0; s < c->n_sites; s++)
          in_sites |= c->sites[s] == c->plan_site;
        ck_assert (in_sites);
      }
    }
  ck_assert (seen_cellulite);
}
END_TEST

/* One course against the lifetime: a gain that fades over the years, never a stopped
 * decline; the range holds the central line; no sessions is an error. */
START_TEST (test_lifetime_course_effect)
{
  double ratio[11], low[11], high[11];
  g_autoptr(GError) error = NULL;
  SdCourseParams course;
  guint peak = 0;

  sd_course_params_init (&course);
  course.site = SD_SITE_CHEEK;
  course.age_years = 45;
  course.length_mm = 1.5;
  course.sessions = 3;
  course.interval_weeks = 4;
  ck_assert_msg (sd_lifetime_course_effect (&course, 10, ratio, low, high, &error), "%s",
                 error != NULL ? error->message : "");

  /* Day 0, before any new collagen: the same as untreated */
  ck_assert_double_eq_tol (ratio[0], 1.0, 0.01);
  for (guint y = 0; y <= 10; y++)
    {
      ck_assert (low[y] <= ratio[y] && ratio[y] <= high[y]);
      if (ratio[y] > ratio[peak])
        peak = y;
    }
  /* A few sessions add a visible share of collagen within the first two years… */
  ck_assert_uint_le (peak, 2);
  ck_assert_double_gt (ratio[peak], 1.05);
  ck_assert_double_gt (high[peak], low[peak]);
  /* …which then fades: ten years on, most of it is gone. */
  ck_assert_double_lt (ratio[10] - 1.0, 0.5 * (ratio[peak] - 1.0));

  /* More sessions, more collagen at the peak */
  {
    double more[11], more_low[11], more_high[11];

    course.sessions = 6;
    ck_assert (sd_lifetime_course_effect (&course, 10, more, more_low, more_high, NULL));
    ck_assert_double_gt (more[1], ratio[1]);
  }

  course.sessions = 0;
  ck_assert (!sd_lifetime_course_effect (&course, 10, ratio, low, high, &error));
  ck_assert_ptr_nonnull (error);
}
END_TEST

static Suite *
lifetime_suite (void)
{
  Suite *suite = suite_create ("lifetime");
  TCase *tc = tcase_create ("model");

  tcase_add_loop_test (tc, test_lifetime_flat_before_25, 0, SD_N_SEXES);
  tcase_add_loop_test (tc, test_lifetime_declines_after_25, 0, SD_N_SEXES);
  tcase_add_test (tc, test_lifetime_menopause);
  tcase_add_test (tc, test_lifetime_each_harmful_factor);
  tcase_add_loop_test (tc, test_lifetime_band_contains_curve, 0, SD_N_SEXES);
  tcase_add_test (tc, test_lifetime_thickness);
  tcase_add_test (tc, test_lifetime_bad_input);
  tcase_add_test (tc, test_concerns_data);
  tcase_add_test (tc, test_lifetime_course_effect);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  SRunner *runner = srunner_create (lifetime_suite ());
  int n_failed;

  srunner_run_all (runner, CK_NORMAL);
  n_failed = srunner_ntests_failed (runner);
  srunner_free (runner);

  return n_failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
