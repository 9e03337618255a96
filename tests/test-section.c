/* test-section.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <check.h>
#include <stdlib.h>

#include "sd-section.h"
#include "sd-test-utils.h"

static void
count_changed_cb (SdSection *section,
                  guint     *counter)
{
  (*counter)++;
}

START_TEST (test_section_defaults_match_model)
{
  g_autoptr(SdSection) section = sd_section_new ();
  SdSkinProfile expected;
  SdNeedleResult needle;
  g_autoptr(GError) error = NULL;

  ck_assert_int_eq (sd_section_get_site (section), SD_SITE_CHEEK);
  ck_assert_int_eq (sd_section_get_sex (section), SD_SEX_FEMALE);
  ck_assert_double_eq (sd_section_get_age (section), 40.0);

  ck_assert (sd_skin_profile_compute (SD_SITE_CHEEK, 40.0, SD_SEX_FEMALE, &expected, &error));
  ck_assert_uint_eq (sd_section_get_profile (section)->n_layers, expected.n_layers);
  for (guint i = 0; i < expected.n_layers; i++)
    {
      ck_assert_int_eq (sd_section_get_profile (section)->layers[i].id, expected.layers[i].id);
      ck_assert_double_eq (sd_section_get_profile (section)->layers[i].bottom_um,
                           expected.layers[i].bottom_um);
    }

  ck_assert (sd_needle_compute (&expected, SD_DEVICE_ROLLER, 1.5, 0.0, &needle, &error));
  ck_assert_double_eq (sd_section_get_needle (section)->effective_um, needle.effective_um);
}
END_TEST

START_TEST (test_section_site_change_recomputes_and_notifies_once)
{
  g_autoptr(SdSection) section = sd_section_new ();
  guint changed = 0, notified = 0;

  g_signal_connect (section, "changed", G_CALLBACK (count_changed_cb), &changed);
  g_signal_connect (section, "notify::site", G_CALLBACK (sd_test_count_notify_cb), &notified);

  sd_section_set_site (section, SD_SITE_PALM);
  ck_assert_uint_eq (changed, 1);
  ck_assert_uint_eq (notified, 1);
  ck_assert_ptr_nonnull (sd_skin_profile_find_layer (sd_section_get_profile (section),
                                                     SD_LAYER_STRATUM_LUCIDUM));

  /* Setting the same value again is not a change. */
  sd_section_set_site (section, SD_SITE_PALM);
  g_object_set (section, "site", SD_SITE_PALM, NULL);
  ck_assert_uint_eq (changed, 1);
  ck_assert_uint_eq (notified, 1);

  sd_section_set_site (section, SD_SITE_EYELID);
  ck_assert_uint_eq (changed, 2);
  ck_assert_ptr_null (sd_skin_profile_find_layer (sd_section_get_profile (section),
                                                  SD_LAYER_STRATUM_LUCIDUM));
}
END_TEST

START_TEST (test_section_longer_needle_reaches_deeper)
{
  g_autoptr(SdSection) section = sd_section_new ();
  double shallow, deep;

  g_object_set (section, "length-mm", 0.25, NULL);
  shallow = sd_section_get_needle (section)->effective_um;
  g_object_set (section, "length-mm", 2.5, NULL);
  deep = sd_section_get_needle (section)->effective_um;
  ck_assert_double_gt (deep, shallow);
  ck_assert_int_ge (sd_section_get_needle (section)->deepest_layer, SD_LAYER_PAPILLARY_DERMIS);
}
END_TEST

START_TEST (test_section_age_and_sex_change_profile)
{
  g_autoptr(SdSection) section = sd_section_new ();
  double young, old;

  sd_section_set_age (section, 25.0);
  young = sd_skin_profile_epidermis_um (sd_section_get_profile (section));
  sd_section_set_age (section, 85.0);
  old = sd_skin_profile_epidermis_um (sd_section_get_profile (section));
  ck_assert_double_lt (old, young);

  g_object_set (section, "sex", SD_SEX_MALE, NULL);
  ck_assert_int_eq (sd_section_get_sex (section), SD_SEX_MALE);
}
END_TEST

START_TEST (test_section_rejects_invalid_input)
{
  g_autoptr(SdSection) section = sd_section_new ();

  /* Programmer errors: the value is refused and nothing changes. */
  g_test_expect_message ("sd-section", G_LOG_LEVEL_CRITICAL, "*age_years >= SD_AGE_MIN*");
  sd_section_set_age (section, 5.0);
  g_test_assert_expected_messages ();
  ck_assert_double_eq (sd_section_get_age (section), 40.0);

  g_test_expect_message ("sd-section", G_LOG_LEVEL_CRITICAL, "*site < SD_N_SITES*");
  sd_section_set_site (section, SD_N_SITES);
  g_test_assert_expected_messages ();
  ck_assert_int_eq (sd_section_get_site (section), SD_SITE_CHEEK);
}
END_TEST

START_TEST (test_section_finalizes)
{
  SdSection *section = sd_section_new ();

  g_assert_finalize_object (section);
}
END_TEST

static Suite *
section_suite (void)
{
  Suite *s = suite_create ("section");
  TCase *tc = tcase_create ("model-object");

  tcase_add_test (tc, test_section_defaults_match_model);
  tcase_add_test (tc, test_section_site_change_recomputes_and_notifies_once);
  tcase_add_test (tc, test_section_longer_needle_reaches_deeper);
  tcase_add_test (tc, test_section_age_and_sex_change_profile);
  tcase_add_test (tc, test_section_rejects_invalid_input);
  tcase_add_test (tc, test_section_finalizes);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return sd_test_run_suite (section_suite ());
}
