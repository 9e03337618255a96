/* test-safety.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sd-safety.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static SdSkinProfile
profile_for (SdSite site)
{
  SdSkinProfile profile;
  g_autoptr(GError) error = NULL;

  ck_assert (sd_skin_profile_compute (site, 40, SD_SEX_FEMALE, &profile, &error));
  return profile;
}

/* The deepest layer `skin-deep-sim needle` reports: the model, asked from outside. */
static gboolean
sim_reaches_fat (SdSite      site,
                 const char *device,
                 double      length_mm)
{
  const char *sim = g_getenv ("SD_SIM");
  char length[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *out = NULL;
  int status = 0;

  ck_assert_ptr_nonnull (sim);
  g_ascii_dtostr (length, sizeof length, length_mm);
  {
    const char *argv[] = { sim, "needle", "--site", sd_site_to_id (site), "--device", device,
                           "--length-mm", length, NULL };
    ck_assert (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                             &out, NULL, &status, NULL));
  }
  ck_assert_int_eq (status, 0);
  return strstr (out, "\"deepest_layer\":\"hypodermis\"") != NULL;
}

START_TEST (test_safety_eyelid_long_pen_cautions)
{
  SdSkinProfile profile = profile_for (SD_SITE_EYELID);
  SdCaution caution;
  g_autofree char *text = NULL;

  ck_assert (sd_safety_check_caution (&profile, SD_DEVICE_PEN, 1.5, &caution, NULL));
  /* SCIENCE.md §2e: around the eyes 0.25 / 0.25–0.5 mm */
  ck_assert (caution.has_range);
  ck_assert_double_eq_tol (caution.range.max_mm, 0.5, 1e-9);
  ck_assert (caution.flags & SD_CAUTION_ABOVE_SITE_RANGE);
  ck_assert (sim_reaches_fat (SD_SITE_EYELID, "pen", 1.5));
  ck_assert (caution.flags & SD_CAUTION_REACHES_HYPODERMIS);
  text = sd_caution_describe (&caution);
  ck_assert_ptr_nonnull (text);
  ck_assert_ptr_nonnull (strstr (text, "fat"));
  ck_assert_ptr_nonnull (strstr (text, "0.25 to 0.50 mm"));
  ck_assert_ptr_nonnull (strstr (text, "drpen.net"));
}
END_TEST

START_TEST (test_safety_cheek_short_needle_is_fine)
{
  SdSkinProfile profile = profile_for (SD_SITE_CHEEK);
  SdCaution caution;

  for (int d = 0; d < SD_N_DEVICES; d++)
    {
      ck_assert (sd_safety_check_caution (&profile, (SdDevice)d, 0.5, &caution, NULL));
      ck_assert_int_eq (caution.flags, SD_CAUTION_NONE);
      ck_assert_ptr_null (sd_caution_describe (&caution));
    }
  /* cheek & chin 0.5–1.0 / 1.0–2.0 mm */
  ck_assert_double_eq_tol (caution.range.min_mm, 0.5, 1e-9);
  ck_assert_double_eq_tol (caution.range.max_mm, 2.0, 1e-9);
}
END_TEST

/* Whatever length the model's needle enters the fat at, the caution says so, and not
 * before: checked against the command line on every site, both devices. */
START_TEST (test_safety_hypodermis_follows_the_model)
{
  static const char *devices[] = { "roller", "pen" };
  static const double lengths[] = { 0.25, 1.0, 2.0, 3.0 };
  gboolean some_fat = FALSE, some_not = FALSE;

  for (int s = 0; s < SD_N_SITES; s++)
    {
      SdSkinProfile profile = profile_for ((SdSite)s);

      for (int d = 0; d < SD_N_DEVICES; d++)
        for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
          {
            SdCaution caution;
            gboolean fat = sim_reaches_fat ((SdSite)s, devices[d], lengths[i]);

            ck_assert (sd_safety_check_caution (&profile, (SdDevice)d, lengths[i], &caution,
                                                NULL));
            ck_assert_msg (fat == !!(caution.flags & SD_CAUTION_REACHES_HYPODERMIS),
                           "%s %s %g mm", sd_site_to_id ((SdSite)s), devices[d], lengths[i]);
            if (fat)
              {
                g_autofree char *text = sd_caution_describe (&caution);
                ck_assert_ptr_nonnull (strstr (text, "reaches the fat"));
                ck_assert (caution.depth_um > caution.fat_um);
              }
            some_fat |= fat;
            some_not |= !fat;
          }
    }
  ck_assert (some_fat && some_not);
}
END_TEST

START_TEST (test_safety_site_without_range)
{
  SdSkinProfile profile = profile_for (SD_SITE_FOREARM);
  SdCaution caution;
  g_autofree char *text = sd_site_range_describe (SD_SITE_FOREARM);
  g_autofree char *eyelid = sd_site_range_describe (SD_SITE_EYELID);
  SdSiteRange range;

  ck_assert (!sd_safety_get_site_range (SD_SITE_FOREARM, &range));
  ck_assert (!sd_safety_get_site_range (SD_SITE_NECK, &range));
  ck_assert_ptr_nonnull (strstr (text, "No published range"));
  ck_assert_ptr_nonnull (strstr (eyelid, "0.25 to 0.50 mm"));
  ck_assert (sd_safety_check_caution (&profile, SD_DEVICE_ROLLER, 1.0, &caution, NULL));
  ck_assert (!caution.has_range);
  ck_assert (!(caution.flags & SD_CAUTION_ABOVE_SITE_RANGE));
  /* scalp: 0.5–2.5 mm across studies (English 2022) */
  ck_assert (sd_safety_get_site_range (SD_SITE_SCALP, &range));
  ck_assert_double_eq_tol (range.max_mm, 2.5, 1e-9);
}
END_TEST

START_TEST (test_safety_pen_past_evaluated_depth)
{
  SdSkinProfile profile = profile_for (SD_SITE_CHEEK);
  SdCaution caution;

  ck_assert (sd_safety_check_caution (&profile, SD_DEVICE_PEN, 1.75, &caution, NULL));
  ck_assert (caution.flags & SD_CAUTION_NOT_EVALUATED);
  ck_assert (sd_safety_check_caution (&profile, SD_DEVICE_PEN, 1.5, &caution, NULL));
  ck_assert (!(caution.flags & SD_CAUTION_NOT_EVALUATED));
  ck_assert (sd_safety_check_caution (&profile, SD_DEVICE_ROLLER, 1.75, &caution, NULL));
  ck_assert (!(caution.flags & SD_CAUTION_NOT_EVALUATED));
}
END_TEST

START_TEST (test_safety_downtime_by_depth)
{
  /* vendor guide: 0.2–0.5 mm 2–3 d; 0.8–1.5 mm 4–5 d; 2.0–3.0 mm 6–7 d */
  static const struct { double mm; guint lo, hi; } cases[] = {
    { 0.25, 2, 3 }, { 0.5, 2, 3 }, { 0.6, 4, 5 }, { 1.0, 4, 5 }, { 1.5, 4, 5 },
    { 1.75, 6, 7 }, { 2.5, 6, 7 }, { 3.0, 6, 7 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SdDowntime downtime;

      sd_safety_get_downtime (cases[i].mm, &downtime);
      ck_assert_uint_eq (downtime.min_days, cases[i].lo);
      ck_assert_uint_eq (downtime.max_days, cases[i].hi);
      ck_assert_int_eq (downtime.evidence, SD_SAFETY_EVIDENCE_RULE_OF_THUMB);
      ck_assert_ptr_nonnull (strstr (downtime.source, "drpen"));
    }
}
END_TEST

START_TEST (test_safety_items_have_sources)
{
  gboolean seven_days = FALSE, spf = FALSE, isotretinoin = FALSE;

  for (int t = 0; t < SD_N_SAFETY_TOPICS; t++)
    {
      guint n = 0;
      const SdSafetyItem *items = sd_safety_get_items ((SdSafetyTopic)t, &n);

      ck_assert_uint_gt (n, 0);
      ck_assert_ptr_nonnull (sd_safety_topic_get_title ((SdSafetyTopic)t));
      for (guint i = 0; i < n; i++)
        {
          ck_assert (items[i].text != NULL && *items[i].text != '\0');
          ck_assert (items[i].source != NULL && *items[i].source != '\0');
          ck_assert_ptr_nonnull (sd_safety_evidence_get_name (items[i].evidence));
          if (t == SD_SAFETY_SIDE_EFFECTS && strstr (items[i].text, "up to 7 days"))
            seven_days = strstr (items[i].source, "Chu") != NULL &&
                         items[i].evidence == SD_SAFETY_EVIDENCE_MEASURED;
          if (t == SD_SAFETY_AFTERCARE && strstr (items[i].text, "SPF 30"))
            spf = items[i].evidence == SD_SAFETY_EVIDENCE_RULE_OF_THUMB;
          if (t == SD_SAFETY_CONTRAINDICATIONS && strstr (items[i].text, "Isotretinoin"))
            isotretinoin = strstr (items[i].text, "6 months") != NULL;
        }
    }
  ck_assert (seven_days && spf && isotretinoin);
}
END_TEST

START_TEST (test_safety_length_out_of_range)
{
  SdSkinProfile profile = profile_for (SD_SITE_CHEEK);
  SdCaution caution;
  g_autoptr(GError) error = NULL;

  ck_assert (!sd_safety_check_caution (&profile, SD_DEVICE_PEN, 5.0, &caution, &error));
  ck_assert (g_error_matches (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE));
}
END_TEST

static Suite *
safety_suite (void)
{
  Suite *suite = suite_create ("safety");
  TCase *tc = tcase_create ("caution");

  tcase_add_test (tc, test_safety_eyelid_long_pen_cautions);
  tcase_add_test (tc, test_safety_cheek_short_needle_is_fine);
  tcase_add_test (tc, test_safety_hypodermis_follows_the_model);
  tcase_add_test (tc, test_safety_site_without_range);
  tcase_add_test (tc, test_safety_pen_past_evaluated_depth);
  tcase_add_test (tc, test_safety_length_out_of_range);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("facts");
  tcase_add_test (tc, test_safety_downtime_by_depth);
  tcase_add_test (tc, test_safety_items_have_sources);
  suite_add_tcase (suite, tc);
  return suite;
}

int
main (void)
{
  SRunner *runner = srunner_create (safety_suite ());
  int failures;

  srunner_run_all (runner, CK_NORMAL);
  failures = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failures > 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
