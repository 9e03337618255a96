/* test-needle.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-needle"

#include "config.h"

#include "sd-needle.h"
#include "sd-test-utils.h"

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

static gboolean
is_face (SdSite site)
{
  return site <= SD_SITE_CHIN;
}

START_TEST (test_needle_roller_anchors)
{
  SdSkinProfile cheek = compute_profile (SD_SITE_CHEEK, SD_SEX_FEMALE);
  double rat = sd_device_real_depth_um (SD_DEVICE_ROLLER, SD_ESTIMATE_CENTRAL, 0.77);
  SdNeedleResult r;

  /* Kalluri 2011: a 770 µm DermaRoller leaves a 152.5 ± 9.6 µm channel (rat). */
  ck_assert_msg (fabs (rat - 152.5) <= 9.6, "0.77 mm roller: %g µm", rat);

  /* Lam 2008 (pig): under 50 % of the length is buried for insertions under 1 mm, even
   * at the high end of the roller's range. */
  for (double length = 0.1; length < 1.0; length += 0.05)
    {
      for (guint e = 0; e < SD_N_ESTIMATES; e++)
        {
          double d = sd_device_real_depth_um (SD_DEVICE_ROLLER, (SdEstimate)e, length);

          ck_assert_msg (d < 0.5 * length * 1000.0 + 1e-6, "%g mm, estimate %u: %g µm",
                         length, e, d);
        }
    }

  /* Lima 2013 (pig rollers): 0.5 mm reaches the papillary dermis, 2–2.5 mm the
   * reticular dermis. On the cheek: 0.5 mm just past the epidermis ... */
  r = compute_needle (&cheek, SD_DEVICE_ROLLER, 0.5, 0.0);
  ck_assert_int_eq (r.deepest_layer, SD_LAYER_PAPILLARY_DERMIS);
  /* ... 2.0 and 2.5 mm in the reticular dermis, not in the fat. */
  r = compute_needle (&cheek, SD_DEVICE_ROLLER, 2.0, 0.0);
  ck_assert_int_eq (r.deepest_layer, SD_LAYER_RETICULAR_DERMIS);
  r = compute_needle (&cheek, SD_DEVICE_ROLLER, 2.5, 0.0);
  ck_assert_int_eq (r.deepest_layer, SD_LAYER_RETICULAR_DERMIS);
  ck_assert_ptr_nonnull (strstr (sd_device_get_fraction_source (SD_DEVICE_ROLLER),
                                 "Kalluri 2011"));
}
END_TEST

START_TEST (test_needle_pen_anchors)
{
  double press = sd_device_real_depth_um (SD_DEVICE_PEN, SD_ESTIMATE_LOW, 0.6);

  /* Sasaki 2019 (human facial skin, histology): 0.5 and 1.5 mm channels "closely
   * approximated" the set depth; read as at least 85 % of it. */
  ck_assert_double_ge (sd_device_get_default_fraction (SD_DEVICE_PEN, 0.5), 0.85);
  ck_assert_double_ge (sd_device_get_default_fraction (SD_DEVICE_PEN, 1.5), 0.85);
  ck_assert_double_le (sd_device_get_default_fraction (SD_DEVICE_PEN, 1.5), 1.0);
  /* The low end is a slow press: 600 µm needles pressed by hand went ≈ 460 µm deep
   * (human, OCT: 0.77). */
  ck_assert_msg (fabs (press - 460.0) <= 30.0, "0.6 mm pressed: %g µm", press);
  ck_assert_ptr_nonnull (strstr (sd_device_get_fraction_source (SD_DEVICE_PEN),
                                 "Sasaki 2019"));
}
END_TEST

START_TEST (test_needle_devices_differ_and_dimple)
{
  for (double length = 0.1; length <= 3.0 + 1e-9; length += 0.05)
    {
      for (guint d = 0; d < SD_N_DEVICES; d++)
        {
          double low = sd_device_real_depth_um ((SdDevice)d, SD_ESTIMATE_LOW, length);
          double mid = sd_device_real_depth_um ((SdDevice)d, SD_ESTIMATE_CENTRAL, length);
          double high = sd_device_real_depth_um ((SdDevice)d, SD_ESTIMATE_HIGH, length);
          double fraction = sd_device_get_default_fraction ((SdDevice)d, length);

          ck_assert_double_gt (low, 0.0);
          ck_assert_double_le (low, mid);
          ck_assert_double_le (mid, high);
          ck_assert_double_le (high, length * 1000.0);
          ck_assert_double_eq_tol (fraction, mid / (length * 1000.0), 1e-12);
        }
      /* A pen stamps deeper than a roller of the same length. */
      ck_assert_double_gt (sd_device_real_depth_um (SD_DEVICE_PEN, SD_ESTIMATE_CENTRAL, length),
                           sd_device_real_depth_um (SD_DEVICE_ROLLER, SD_ESTIMATE_CENTRAL,
                                                    length));
    }

  /* The skin dimples first: a short needle mostly indents it, so the share of the length
   * that enters grows with the length. */
  for (guint d = 0; d < SD_N_DEVICES; d++)
    ck_assert_double_lt (sd_device_get_default_fraction ((SdDevice)d, 0.25),
                         sd_device_get_default_fraction ((SdDevice)d, 2.0));
}
END_TEST

START_TEST (test_needle_effective_depth_and_override)
{
  SdSkinProfile p = compute_profile (SD_SITE_CHEEK, SD_SEX_FEMALE);
  SdNeedleResult roller = compute_needle (&p, SD_DEVICE_ROLLER, 1.5, 0.0);
  SdNeedleResult pen = compute_needle (&p, SD_DEVICE_PEN, 1.5, 0.0);
  SdNeedleResult low = compute_needle (&p, SD_DEVICE_ROLLER, 1.5, 0.2);
  SdNeedleResult high = compute_needle (&p, SD_DEVICE_PEN, 1.5, 0.77);

  ck_assert_int_eq (roller.device, SD_DEVICE_ROLLER);
  ck_assert_double_eq_tol (roller.nominal_um, 1500.0, 1e-9);
  ck_assert_double_eq_tol (roller.effective_um,
                           sd_device_real_depth_um (SD_DEVICE_ROLLER, SD_ESTIMATE_CENTRAL, 1.5),
                           1e-9);
  ck_assert_double_eq_tol (roller.fraction, roller.effective_um / 1500.0, 1e-12);
  ck_assert_double_gt (pen.effective_um, roller.effective_um);
  /* --fraction overrides the device: a constant share of the length. */
  ck_assert_double_eq (low.fraction, 0.2);
  ck_assert_double_eq_tol (low.effective_um, 300.0, 1e-9);
  ck_assert_int_eq (high.device, SD_DEVICE_PEN);
  ck_assert_double_eq_tol (high.effective_um, 1155.0, 1e-9);

  ck_assert_int_eq (roller.deepest_layer, SD_LAYER_RETICULAR_DERMIS);
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
            ck_assert_int_ge (r.bleeding_level, prev.bleeding_level);
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

START_TEST (test_needle_bleeding_levels)
{
  SdSkinProfile cheek = compute_profile (SD_SITE_CHEEK, SD_SEX_FEMALE);
  SdSkinProfile palm = compute_profile (SD_SITE_PALM, SD_SEX_FEMALE);
  SdNeedleResult r;

  /* The rule: none in the avascular epidermis, possible in the papillary dermis (its
   * capillary loops), expected from the plexus at its base; "bleeding" = expected. */
  for (guint site = 0; site < SD_N_SITES; site++)
    for (guint sex = 0; sex < SD_N_SEXES; sex++)
      {
        SdSkinProfile p = compute_profile ((SdSite)site, (SdSex)sex);
        const SdLayer *pap = sd_skin_profile_find_layer (&p, SD_LAYER_PAPILLARY_DERMIS);

        for (double length = 0.1; length <= 3.0; length += 0.05)
          for (guint d = 0; d < SD_N_DEVICES; d++)
            {
              SdBleeding want;

              r = compute_needle (&p, (SdDevice)d, length, 0.0);
              want = r.effective_um <= pap->top_um ? SD_BLEEDING_NONE
                     : r.effective_um < pap->bottom_um ? SD_BLEEDING_POSSIBLE
                     : SD_BLEEDING_EXPECTED;
              ck_assert_int_eq (r.bleeding_level, want);
              ck_assert_int_eq (r.bleeding, want == SD_BLEEDING_EXPECTED);
            }

        /* Home rollers (≤ 0.25 mm) never bleed on the face. */
        if (is_face ((SdSite)site))
          for (double length = 0.1; length <= 0.25 + 1e-9; length += 0.05)
            {
              r = compute_needle (&p, SD_DEVICE_ROLLER, length, 0.0);
              ck_assert_msg (r.bleeding_level == SD_BLEEDING_NONE, "%s %g mm: %s",
                             sd_site_to_id ((SdSite)site), length,
                             sd_bleeding_to_id (r.bleeding_level));
            }
      }

  /* The clinical endpoint with a 1.5 mm roller or pen on the cheek ... */
  r = compute_needle (&cheek, SD_DEVICE_ROLLER, 1.5, 0.0);
  ck_assert_int_eq (r.bleeding_level, SD_BLEEDING_EXPECTED);
  r = compute_needle (&cheek, SD_DEVICE_PEN, 1.5, 0.0);
  ck_assert_int_eq (r.bleeding_level, SD_BLEEDING_EXPECTED);
  /* ... possible with a 0.5 mm roller (Lima 2013: red cells in the papillary dermis) ... */
  r = compute_needle (&cheek, SD_DEVICE_ROLLER, 0.5, 0.0);
  ck_assert_int_eq (r.bleeding_level, SD_BLEEDING_POSSIBLE);
  /* ... none where the tip stays in the corneum, nor with 1 mm in the 0.6 mm palm
   * epidermis. */
  r = compute_needle (&cheek, SD_DEVICE_ROLLER, 0.1, 0.1);
  ck_assert_int_eq (r.deepest_layer, SD_LAYER_STRATUM_CORNEUM);
  ck_assert_int_eq (r.bleeding_level, SD_BLEEDING_NONE);
  r = compute_needle (&palm, SD_DEVICE_ROLLER, 1.0, 0.0);
  ck_assert_int_eq (r.bleeding_level, SD_BLEEDING_NONE);
  ck_assert (sd_layer_is_epidermis (r.deepest_layer));
  ck_assert (r.layers_reached & SD_LAYER_MASK (SD_LAYER_STRATUM_LUCIDUM));

  for (guint level = 0; level < SD_N_BLEEDING; level++)
    ck_assert_ptr_nonnull (sd_bleeding_get_name ((SdBleeding)level));
  ck_assert_str_eq (sd_bleeding_to_id (SD_BLEEDING_POSSIBLE), "possible");
  ck_assert_ptr_nonnull (strstr (sd_bleeding_get_source (), "Braverman"));
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
  tcase_add_test (tc, test_needle_roller_anchors);
  tcase_add_test (tc, test_needle_pen_anchors);
  tcase_add_test (tc, test_needle_devices_differ_and_dimple);
  tcase_add_test (tc, test_needle_effective_depth_and_override);
  tcase_add_test (tc, test_needle_monotonic_in_length);
  tcase_add_test (tc, test_needle_layers_reached_contiguous);
  tcase_add_test (tc, test_needle_bleeding_levels);
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
  return sd_test_run_suite (needle_suite ());
}
