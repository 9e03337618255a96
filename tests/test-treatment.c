/* test-treatment.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <check.h>
#include <stdlib.h>

#include "sd-treatment.h"
#include "sd-test-utils.h"

static void
count_changed_cb (SdTreatment *treatment,
                  guint       *counter)
{
  (*counter)++;
}

static void
assert_course_equals_model (SdTreatment *treatment)
{
  g_autoptr(SdCourse) expected = NULL;
  g_autoptr(GError) error = NULL;
  SdCourseParams params;
  const SdCourse *course = sd_treatment_get_course (treatment);

  sd_treatment_get_params (treatment, &params);
  expected = sd_course_run (&params, &error);
  ck_assert_ptr_nonnull (expected);
  ck_assert_uint_eq (sd_course_get_n_days (course), sd_course_get_n_days (expected));
  for (guint d = 0; d < sd_course_get_n_days (expected); d++)
    ck_assert_double_eq (sd_course_get_day (course, d)->collagen_rel,
                         sd_course_get_day (expected, d)->collagen_rel);
}

START_TEST (test_treatment_defaults_follow_the_section)
{
  g_autoptr(SdSection) section = sd_section_new ();
  g_autoptr(SdTreatment) treatment = sd_treatment_new (section);
  SdCourseParams params;

  ck_assert_ptr_eq (sd_treatment_get_section (treatment), section);
  ck_assert_uint_eq (sd_treatment_get_sessions (treatment), SD_TREATMENT_DEFAULT_SESSIONS);
  ck_assert_uint_eq (sd_treatment_get_weeks (treatment), SD_TREATMENT_DEFAULT_WEEKS);
  ck_assert_uint_eq (sd_treatment_get_n_days (treatment), 7 * SD_TREATMENT_DEFAULT_WEEKS + 1);
  ck_assert_uint_eq (sd_treatment_get_day (treatment), 0);

  sd_treatment_get_params (treatment, &params);
  ck_assert_int_eq (params.site, sd_section_get_site (section));
  ck_assert_double_eq (params.length_mm, sd_section_get_length_mm (section));
  assert_course_equals_model (treatment);

  /* The untreated course has no sessions and never rises above its start. */
  for (guint d = 0; d < sd_course_get_n_days (sd_treatment_get_untreated (treatment)); d++)
    {
      const SdCourseDay *day = sd_course_get_day (sd_treatment_get_untreated (treatment), d);

      ck_assert_uint_eq (day->sessions_done, 0);
      ck_assert_double_le (day->collagen_rel, 1.0 + 1e-9);
    }
}
END_TEST

START_TEST (test_treatment_recomputes_on_plan_and_section_changes)
{
  g_autoptr(SdSection) section = sd_section_new ();
  g_autoptr(SdTreatment) treatment = sd_treatment_new (section);
  guint changed = 0;
  double before, after;

  g_signal_connect (treatment, "changed", G_CALLBACK (count_changed_cb), &changed);
  sd_treatment_set_day (treatment, 120);
  before = sd_treatment_get_current (treatment)->collagen_rel;

  sd_treatment_set_sessions (treatment, 5);
  ck_assert_uint_eq (changed, 1);
  assert_course_equals_model (treatment);
  after = sd_treatment_get_current (treatment)->collagen_rel;
  ck_assert_double_gt (after, before);

  /* The section is part of the plan: a shorter needle changes the course. */
  sd_section_set_length_mm (section, 0.25);
  ck_assert_uint_eq (changed, 2);
  assert_course_equals_model (treatment);
  ck_assert_double_lt (sd_treatment_get_current (treatment)->collagen_rel, after);

  /* Unchanged values are not changes. */
  sd_treatment_set_sessions (treatment, 5);
  g_object_set (treatment, "smoking", FALSE, NULL);
  ck_assert_uint_eq (changed, 2);

  g_object_set (treatment, "smoking", TRUE, "uv", SD_UV_HIGH, NULL);
  ck_assert_uint_eq (changed, 4);
  assert_course_equals_model (treatment);
}
END_TEST

START_TEST (test_treatment_day_is_clamped_and_notified)
{
  g_autoptr(SdTreatment) treatment = sd_treatment_new (NULL);
  guint notified = 0;

  g_signal_connect (treatment, "notify::day", G_CALLBACK (sd_test_count_notify_cb), &notified);
  sd_treatment_set_day (treatment, 100000);
  ck_assert_uint_eq (sd_treatment_get_day (treatment), sd_treatment_get_n_days (treatment) - 1);
  ck_assert_uint_eq (notified, 1);
  ck_assert_uint_eq (sd_treatment_get_current (treatment)->day, sd_treatment_get_day (treatment));

  /* A shorter course pulls the day back inside it. */
  sd_treatment_set_weeks (treatment, 4);
  ck_assert_uint_eq (sd_treatment_get_day (treatment), 28);
  ck_assert_uint_eq (notified, 2);
  ck_assert_uint_eq (sd_treatment_get_current_untreated (treatment)->day, 28);
}
END_TEST

START_TEST (test_treatment_reset_restores_defaults)
{
  g_autoptr(SdSection) section = sd_section_new ();
  g_autoptr(SdTreatment) treatment = sd_treatment_new (section);

  g_object_set (treatment,
                "sessions", 7, "interval-weeks", 2.5, "weeks", 80,
                "uv", SD_UV_HIGH, "smoking", TRUE, "alcohol", SD_ALCOHOL_HEAVY,
                "pollution", SD_POLLUTION_HIGH, "diet", SD_DIET_POOR, "day", 300,
                NULL);
  sd_section_set_site (section, SD_SITE_BACK);

  sd_treatment_reset (treatment);
  ck_assert_uint_eq (sd_treatment_get_sessions (treatment), SD_TREATMENT_DEFAULT_SESSIONS);
  ck_assert_double_eq (sd_treatment_get_interval_weeks (treatment),
                       SD_TREATMENT_DEFAULT_INTERVAL_WEEKS);
  ck_assert_uint_eq (sd_treatment_get_weeks (treatment), SD_TREATMENT_DEFAULT_WEEKS);
  ck_assert_int_eq (sd_treatment_get_uv (treatment), SD_UV_NONE);
  ck_assert (!sd_treatment_get_smoking (treatment));
  ck_assert_int_eq (sd_treatment_get_alcohol (treatment), SD_ALCOHOL_NONE);
  ck_assert_int_eq (sd_treatment_get_pollution (treatment), SD_POLLUTION_LOW);
  ck_assert_int_eq (sd_treatment_get_diet (treatment), SD_DIET_GOOD);
  ck_assert_uint_eq (sd_treatment_get_day (treatment), 0);
  /* The section is the window's to reset, not the plan's. */
  ck_assert_int_eq (sd_section_get_site (section), SD_SITE_BACK);
  assert_course_equals_model (treatment);
}
END_TEST

START_TEST (test_treatment_rejects_invalid_plans)
{
  g_autoptr(SdTreatment) treatment = sd_treatment_new (NULL);

  g_test_expect_message ("sd-treatment", G_LOG_LEVEL_CRITICAL, "*sd_treatment_set_sessions*");
  sd_treatment_set_sessions (treatment, SD_COURSE_SESSIONS_MAX + 1);
  g_test_assert_expected_messages ();
  ck_assert_uint_eq (sd_treatment_get_sessions (treatment), SD_TREATMENT_DEFAULT_SESSIONS);

  g_test_expect_message ("sd-treatment", G_LOG_LEVEL_CRITICAL, "*sd_treatment_set_interval_weeks*");
  sd_treatment_set_interval_weeks (treatment, 0.5);
  g_test_assert_expected_messages ();
  ck_assert_double_eq (sd_treatment_get_interval_weeks (treatment),
                       SD_TREATMENT_DEFAULT_INTERVAL_WEEKS);
}
END_TEST

START_TEST (test_treatment_finalizes_and_releases_section)
{
  SdSection *section = sd_section_new ();
  SdTreatment *treatment = sd_treatment_new (section);

  g_assert_finalize_object (treatment);
  /* The section outlives the treatment and no handler is left behind. */
  sd_section_set_site (section, SD_SITE_PALM);
  g_assert_finalize_object (section);
}
END_TEST

static Suite *
treatment_suite (void)
{
  Suite *s = suite_create ("treatment");
  TCase *tc = tcase_create ("plan");

  tcase_add_test (tc, test_treatment_defaults_follow_the_section);
  tcase_add_test (tc, test_treatment_recomputes_on_plan_and_section_changes);
  tcase_add_test (tc, test_treatment_day_is_clamped_and_notified);
  tcase_add_test (tc, test_treatment_reset_restores_defaults);
  tcase_add_test (tc, test_treatment_rejects_invalid_plans);
  tcase_add_test (tc, test_treatment_finalizes_and_releases_section);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return sd_test_run_suite (treatment_suite ());
}
