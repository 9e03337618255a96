/* test-needle.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-needle"

#include "config.h"

#include "sd-needle.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/*
 * Helpers
 */

static SdSkinProfile
compute_profile (SdSite site,
                 SdSex  sex)
{
  SdSkinProfile profile;

  ck_assert (sd_skin_profile_compute (site, 40.0, sex, &profile, NULL));
  return profile;
}

static SdNeedleResult
compute_needle (const SdSkinProfile *profile,
                SdDevice             device,
                double               length_mm,
                double               fraction)
{
  g_autoptr(GError) error = NULL;
  SdNeedleResult result;

  ck_assert_msg (sd_needle_compute (profile, device, length_mm, fraction, &result, &error),
                 "%s", error != NULL ? error->message : "");
  return result;
}

static void
assert_needle_error (double      length_mm,
                     double      fraction,
                     int         code,
                     const char *needle)
{
  g_autoptr(GError) error = NULL;
  SdSkinProfile p = compute_profile (SD_SITE_CHEEK, SD_SEX_FEMALE);
  SdNeedleResult result;

  ck_assert (!sd_needle_compute (&p, SD_DEVICE_PEN, length_mm, fraction, &result, &error));
  ck_assert_msg (g_error_matches (error, SD_MODEL_ERROR, code), "code %d: %s",
                 error != NULL ? error->code : -1, error != NULL ? error->message : "");
  ck_assert_msg (strstr (error->message, needle) != NULL, "“%s” not in “%s”",
                 needle, error->message);
}

/*
 * Penetration
 */

START_TEST (test_needle_default_fraction)
{
  for (guint d = 0; d < SD_N_DEVICES; d++)
    {
      double f = sd_device_get_default_fraction ((SdDevice)d);
      const char *source = sd_device_get_fraction_source ((SdDevice)d);

      /* SCIENCE.md §7.6: default 0.5, measured anchors 0.2 ... 0.77. */
      ck_assert_double_eq (f, 0.5);
      ck_assert_double_ge (f, 0.2);
      ck_assert_double_le (f, 0.77);
      ck_assert (g_str_has_prefix (source, "Assumption"));
      ck_assert_ptr_nonnull (strstr (source, "No device-specific human measurement"));
    }
}
END_TEST

START_TEST (test_needle_effective_depth_and_override)
{
  SdSkinProfile p = compute_profile (SD_SITE_CHEEK, SD_SEX_FEMALE);
  SdNeedleResult def = compute_needle (&p, SD_DEVICE_ROLLER, 1.5, 0.0);
  SdNeedleResult low = compute_needle (&p, SD_DEVICE_ROLLER, 1.5, 0.2);
  SdNeedleResult high = compute_needle (&p, SD_DEVICE_PEN, 1.5, 0.77);

  ck_assert_int_eq (def.device, SD_DEVICE_ROLLER);
  ck_assert_double_eq_tol (def.nominal_um, 1500.0, 1e-9);
  ck_assert_double_eq (def.fraction, 0.5);
  ck_assert_double_eq_tol (def.effective_um, 750.0, 1e-9);
  ck_assert_double_eq (low.fraction, 0.2);
  ck_assert_double_eq_tol (low.effective_um, 300.0, 1e-9);
  ck_assert_int_eq (high.device, SD_DEVICE_PEN);
  ck_assert_double_eq_tol (high.effective_um, 1155.0, 1e-9);

  /* 750 µm on a ~45 µm epidermis + ~0.87 mm dermis: deep in the reticular dermis. */
  ck_assert_int_eq (def.deepest_layer, SD_LAYER_RETICULAR_DERMIS);
  ck_assert (def.bleeding);
}
END_TEST

START_TEST (test_needle_monotonic_in_length)
{
  for (guint site = 0; site < SD_N_SITES; site++)
    for (guint d = 0; d < SD_N_DEVICES; d++)
      {
        SdSkinProfile p = compute_profile ((SdSite)site, SD_SEX_MALE);
        SdNeedleResult prev = compute_needle (&p, (SdDevice)d, SD_NEEDLE_LENGTH_MIN_MM, 0.0);

        for (guint step = 1; step <= 58; step++)
          {
            double length = SD_NEEDLE_LENGTH_MIN_MM + step * 0.05;
            SdNeedleResult r = compute_needle (&p, (SdDevice)d, MIN (length, 3.0), 0.0);

            ck_assert_double_ge (r.effective_um, prev.effective_um);
            ck_assert_int_ge (r.deepest_layer, prev.deepest_layer);
            /* Layers reached is a superset of those reached by a shorter needle. */
            ck_assert_uint_eq (r.layers_reached & prev.layers_reached, prev.layers_reached);
            ck_assert (r.bleeding || !prev.bleeding);
            prev = r;
          }
      }
}
END_TEST

START_TEST (test_needle_layers_reached_contiguous)
{
  for (guint site = 0; site < SD_N_SITES; site++)
    {
      SdSkinProfile p = compute_profile ((SdSite)site, SD_SEX_FEMALE);

      for (double length = 0.1; length <= 3.0; length += 0.1)
        {
          SdNeedleResult r = compute_needle (&p, SD_DEVICE_PEN, length, 0.0);
          gboolean stopped = FALSE;

          for (guint i = 0; i < p.n_layers; i++)
            {
              const SdLayer *l = &p.layers[i];
              gboolean reached = (r.layers_reached & SD_LAYER_MASK (l->id)) != 0;

              /* Reached exactly when the layer's top is above the tip; no gaps. */
              ck_assert_int_eq (reached, l->top_um < r.effective_um);
              ck_assert (!(reached && stopped));
              if (!reached)
                stopped = TRUE;
              else
                ck_assert_int_le (l->id, r.deepest_layer);
            }
          ck_assert (r.layers_reached & SD_LAYER_MASK (SD_LAYER_STRATUM_CORNEUM));
          ck_assert (r.layers_reached & SD_LAYER_MASK (r.deepest_layer));
          if (r.effective_um <= sd_skin_profile_total_um (&p))
            ck_assert_ptr_eq (sd_skin_profile_layer_at_depth (&p, r.effective_um - 1e-9),
                              sd_skin_profile_find_layer (&p, r.deepest_layer));
          else
            ck_assert_int_eq (r.deepest_layer, SD_LAYER_HYPODERMIS);
        }
    }
}
END_TEST

START_TEST (test_needle_bleeding_iff_papillary)
{
  SdSkinProfile cheek = compute_profile (SD_SITE_CHEEK, SD_SEX_FEMALE);
  SdSkinProfile palm = compute_profile (SD_SITE_PALM, SD_SEX_FEMALE);
  SdNeedleResult r;

  for (guint site = 0; site < SD_N_SITES; site++)
    {
      SdSkinProfile p = compute_profile ((SdSite)site, SD_SEX_FEMALE);

      for (double length = 0.1; length <= 3.0; length += 0.05)
        {
          r = compute_needle (&p, SD_DEVICE_ROLLER, length, 0.3);
          ck_assert_int_eq (r.bleeding,
                            (r.layers_reached & SD_LAYER_MASK (SD_LAYER_PAPILLARY_DERMIS)) != 0);
        }
    }

  /* A tip that stays in the corneum of the cheek does not bleed ... */
  r = compute_needle (&cheek, SD_DEVICE_ROLLER, 0.1, 0.1);
  ck_assert_int_eq (r.deepest_layer, SD_LAYER_STRATUM_CORNEUM);
  ck_assert (!r.bleeding);
  /* ... nor does 1 mm at the default fraction in the 0.6 mm epidermis of the palm. */
  r = compute_needle (&palm, SD_DEVICE_ROLLER, 1.0, 0.0);
  ck_assert (!r.bleeding);
  ck_assert (sd_layer_is_epidermis (r.deepest_layer));
  ck_assert (r.layers_reached & SD_LAYER_MASK (SD_LAYER_STRATUM_LUCIDUM));
}
END_TEST

START_TEST (test_needle_deep_reaches_hypodermis)
{
  SdSkinProfile eyelid = compute_profile (SD_SITE_EYELID, SD_SEX_FEMALE);
  SdNeedleResult r = compute_needle (&eyelid, SD_DEVICE_PEN, 3.0, 1.0);

  ck_assert_int_eq (r.deepest_layer, SD_LAYER_HYPODERMIS);
  ck_assert (r.bleeding);
}
END_TEST

/*
 * Roller
 */

START_TEST (test_needle_roller_channel_density)
{
  double d15 = sd_roller_channel_density (15);

  /* Doddaballapur 2009: 15 passes ≈ 250 holes/cm². */
  ck_assert_msg (fabs (d15 - 250.0) <= 0.2 * 250.0, "15 passes: %g /cm²", d15);
  /* 192 needles / (π × 2 cm × 2 cm) per pass. */
  ck_assert_double_eq_tol (sd_roller_channel_density (1), 192.0 / (G_PI * 4.0), 1e-9);
  ck_assert_double_eq (sd_roller_channel_density (0), 0.0);
  ck_assert_double_eq_tol (sd_roller_channel_density (30), 2.0 * d15, 1e-9);
}
END_TEST

/*
 * Errors
 */

START_TEST (test_needle_errors)
{
  g_autoptr(GError) error = NULL;
  SdSkinProfile p = compute_profile (SD_SITE_CHEEK, SD_SEX_FEMALE);
  SdNeedleResult r;

  assert_needle_error (5.0, 0.0, SD_MODEL_ERROR_OUT_OF_RANGE, "5 mm");
  assert_needle_error (5.0, 0.0, SD_MODEL_ERROR_OUT_OF_RANGE, "0.1 to 3 mm");
  assert_needle_error (0.05, 0.0, SD_MODEL_ERROR_OUT_OF_RANGE, "0.05");
  assert_needle_error (NAN, 0.0, SD_MODEL_ERROR_NOT_A_NUMBER, "nan");
  assert_needle_error (INFINITY, 0.0, SD_MODEL_ERROR_NOT_A_NUMBER, "inf");
  assert_needle_error (1.0, 0.05, SD_MODEL_ERROR_OUT_OF_RANGE, "0.05");
  assert_needle_error (1.0, 1.5, SD_MODEL_ERROR_OUT_OF_RANGE, "1.5");
  assert_needle_error (1.0, -0.5, SD_MODEL_ERROR_OUT_OF_RANGE, "-0.5");
  assert_needle_error (1.0, NAN, SD_MODEL_ERROR_NOT_A_NUMBER, "nan");

  ck_assert (!sd_needle_compute (&p, (SdDevice)9, 1.0, 0.0, &r, &error));
  ck_assert (g_error_matches (error, SD_MODEL_ERROR, SD_MODEL_ERROR_INVALID_VALUE));
  ck_assert_ptr_nonnull (strstr (error->message, "9"));

  /* The range ends are accepted. */
  compute_needle (&p, SD_DEVICE_PEN, SD_NEEDLE_LENGTH_MIN_MM, SD_PENETRATION_FRACTION_MIN);
  compute_needle (&p, SD_DEVICE_PEN, SD_NEEDLE_LENGTH_MAX_MM, SD_PENETRATION_FRACTION_MAX);
}
END_TEST

/*
 * Main
 */

static Suite *
needle_suite (void)
{
  Suite *suite = suite_create ("needle");
  TCase *tc;

  tc = tcase_create ("penetration");
  tcase_add_test (tc, test_needle_default_fraction);
  tcase_add_test (tc, test_needle_effective_depth_and_override);
  tcase_add_test (tc, test_needle_monotonic_in_length);
  tcase_add_test (tc, test_needle_layers_reached_contiguous);
  tcase_add_test (tc, test_needle_bleeding_iff_papillary);
  tcase_add_test (tc, test_needle_deep_reaches_hypodermis);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("roller");
  tcase_add_test (tc, test_needle_roller_channel_density);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("errors");
  tcase_add_test (tc, test_needle_errors);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  SRunner *runner = srunner_create (needle_suite ());
  int failures;

  srunner_run_all (runner, CK_NORMAL);
  failures = srunner_ntests_failed (runner);
  srunner_free (runner);

  return failures > 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
