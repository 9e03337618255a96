/* test-model-types.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-model-types"

#include "config.h"

#include "sd-model-types.h"
#include "sd-test-utils.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/*
 * Helpers
 */

static void
assert_error (GError     *error,
              int         code,
              const char *needle1,
              const char *needle2)
{
  ck_assert_ptr_nonnull (error);
  ck_assert_msg (g_error_matches (error, SD_MODEL_ERROR, code),
                 "expected SD_MODEL_ERROR code %d, got %s %d: %s",
                 code, g_quark_to_string (error->domain), error->code, error->message);
  if (needle1 != NULL)
    ck_assert_msg (strstr (error->message, needle1) != NULL,
                   "“%s” not in “%s”", needle1, error->message);
  if (needle2 != NULL)
    ck_assert_msg (strstr (error->message, needle2) != NULL,
                   "“%s” not in “%s”", needle2, error->message);
}

static guint
count_sentences (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '.' && (p[1] == '\0' || p[1] == ' '))
        n++;
    }
  return n;
}

/*
 * Identifiers
 */

START_TEST (test_model_types_site_ids_round_trip)
{
  for (guint i = 0; i < SD_N_SITES; i++)
    {
      g_autoptr(GError) error = NULL;
      SdSite site = SD_N_SITES;
      const char *id = sd_site_to_id ((SdSite)i);

      ck_assert_ptr_nonnull (id);
      ck_assert (sd_site_from_id (id, &site, &error));
      ck_assert_ptr_null (error);
      ck_assert_int_eq (site, i);
      ck_assert_ptr_nonnull (sd_site_get_name ((SdSite)i));
      ck_assert_int_gt (strlen (sd_site_get_name ((SdSite)i)), 0);
      for (guint j = 0; j < i; j++)
        ck_assert_str_ne (id, sd_site_to_id ((SdSite)j));
    }
  ck_assert_str_eq (sd_site_to_id (SD_SITE_UPPER_LIP), "upper-lip");
  ck_assert_str_eq (sd_site_get_name (SD_SITE_UPPER_LIP), "Upper lip");
}
END_TEST

START_TEST (test_model_types_thick_skin_only_palm_and_sole)
{
  for (guint i = 0; i < SD_N_SITES; i++)
    ck_assert_int_eq (sd_site_is_thick_skin ((SdSite)i),
                      i == SD_SITE_PALM || i == SD_SITE_SOLE);
}
END_TEST

START_TEST (test_model_types_enum_ids_round_trip)
{
  SdSex sex;
  SdDevice device;
  SdUvExposure uv;
  SdAlcohol alcohol;
  SdPollution pollution;
  SdDiet diet;
  SdLayerId layer;

  for (guint i = 0; i < SD_N_SEXES; i++)
    {
      ck_assert (sd_sex_from_id (sd_sex_to_id ((SdSex)i), &sex, NULL));
      ck_assert_int_eq (sex, i);
    }
  for (guint i = 0; i < SD_N_DEVICES; i++)
    {
      ck_assert (sd_device_from_id (sd_device_to_id ((SdDevice)i), &device, NULL));
      ck_assert_int_eq (device, i);
      ck_assert_int_gt (strlen (sd_device_get_name ((SdDevice)i)), 0);
    }
  for (guint i = 0; i < SD_N_UV; i++)
    {
      ck_assert (sd_uv_from_id (sd_uv_to_id ((SdUvExposure)i), &uv, NULL));
      ck_assert_int_eq (uv, i);
    }
  for (guint i = 0; i < SD_N_ALCOHOL; i++)
    {
      ck_assert (sd_alcohol_from_id (sd_alcohol_to_id ((SdAlcohol)i), &alcohol, NULL));
      ck_assert_int_eq (alcohol, i);
    }
  for (guint i = 0; i < SD_N_POLLUTION; i++)
    {
      ck_assert (sd_pollution_from_id (sd_pollution_to_id ((SdPollution)i), &pollution, NULL));
      ck_assert_int_eq (pollution, i);
    }
  for (guint i = 0; i < SD_N_DIET; i++)
    {
      ck_assert (sd_diet_from_id (sd_diet_to_id ((SdDiet)i), &diet, NULL));
      ck_assert_int_eq (diet, i);
    }
  for (guint i = 0; i < SD_N_LAYERS; i++)
    {
      ck_assert (sd_layer_id_from_string (sd_layer_id_to_string ((SdLayerId)i), &layer, NULL));
      ck_assert_int_eq (layer, i);
    }

  ck_assert_str_eq (sd_sex_to_id (SD_SEX_MALE), "male");
  ck_assert_str_eq (sd_device_to_id (SD_DEVICE_PEN), "pen");
  ck_assert_str_eq (sd_uv_to_id (SD_UV_HIGH), "high");
  ck_assert_str_eq (sd_alcohol_to_id (SD_ALCOHOL_MODERATE), "moderate");
  ck_assert_str_eq (sd_pollution_to_id (SD_POLLUTION_LOW), "low");
  ck_assert_str_eq (sd_diet_to_id (SD_DIET_POOR), "poor");
  ck_assert_str_eq (sd_layer_id_to_string (SD_LAYER_STRATUM_CORNEUM), "stratum-corneum");
}
END_TEST

/*
 * Layers
 */

START_TEST (test_model_types_layer_texts)
{
  for (guint i = 0; i < SD_N_LAYERS; i++)
    {
      const char *description = sd_layer_get_description ((SdLayerId)i);
      guint sentences = count_sentences (description);

      ck_assert_int_gt (strlen (sd_layer_get_name ((SdLayerId)i)), 0);
      ck_assert_int_gt (strlen (sd_layer_get_common_name ((SdLayerId)i)), 0);
      ck_assert_int_gt (strlen (sd_layer_get_description_source ((SdLayerId)i)), 0);
      ck_assert_msg (sentences >= 2 && sentences <= 4,
                     "%s: %u sentences", sd_layer_id_to_string ((SdLayerId)i), sentences);
    }
}
END_TEST

START_TEST (test_model_types_layer_common_names_follow_brief)
{
  /* The brief: "basal (or germinal), spiny, granular, shiny, and horny". */
  ck_assert_ptr_nonnull (strstr (sd_layer_get_common_name (SD_LAYER_STRATUM_BASALE), "basal"));
  ck_assert_ptr_nonnull (strstr (sd_layer_get_common_name (SD_LAYER_STRATUM_BASALE),
                                 "germinal"));
  ck_assert_ptr_nonnull (strstr (sd_layer_get_common_name (SD_LAYER_STRATUM_SPINOSUM),
                                 "spiny"));
  ck_assert_ptr_nonnull (strstr (sd_layer_get_common_name (SD_LAYER_STRATUM_GRANULOSUM),
                                 "granular"));
  ck_assert_ptr_nonnull (strstr (sd_layer_get_common_name (SD_LAYER_STRATUM_LUCIDUM),
                                 "shiny"));
  ck_assert_ptr_nonnull (strstr (sd_layer_get_common_name (SD_LAYER_STRATUM_CORNEUM),
                                 "horny"));
}
END_TEST

START_TEST (test_model_types_layer_groups)
{
  for (guint i = 0; i < SD_N_LAYERS; i++)
    {
      gboolean epi = i <= SD_LAYER_STRATUM_BASALE;
      gboolean dermis = i == SD_LAYER_PAPILLARY_DERMIS || i == SD_LAYER_RETICULAR_DERMIS;

      ck_assert_int_eq (sd_layer_is_epidermis ((SdLayerId)i), epi);
      ck_assert_int_eq (sd_layer_is_dermis ((SdLayerId)i), dermis);
    }
  ck_assert_uint_eq (SD_LAYER_MASK (SD_LAYER_HYPODERMIS), 1u << 7);
}
END_TEST

/*
 * Errors
 */

START_TEST (test_model_types_error_quark)
{
  ck_assert_uint_ne (SD_MODEL_ERROR, 0);
  ck_assert_str_eq (g_quark_to_string (SD_MODEL_ERROR), "sd-model-error-quark");
}
END_TEST

START_TEST (test_model_types_unknown_site_lists_allowed)
{
  g_autoptr(GError) error = NULL;
  SdSite site = SD_SITE_BACK;

  ck_assert (!sd_site_from_id ("elbow", &site, &error));
  assert_error (error, SD_MODEL_ERROR_UNKNOWN_SITE, "“elbow”", "forehead, eyelid");
  ck_assert_ptr_nonnull (strstr (error->message, "sole"));
  ck_assert_int_eq (site, SD_SITE_BACK);
  g_clear_error (&error);

  /* Case matters: ids are stable identifiers. */
  ck_assert (!sd_site_from_id ("Cheek", &site, &error));
  assert_error (error, SD_MODEL_ERROR_UNKNOWN_SITE, "Cheek", NULL);
  g_clear_error (&error);

  ck_assert (!sd_site_from_id (NULL, &site, &error));
  assert_error (error, SD_MODEL_ERROR_UNKNOWN_SITE, NULL, NULL);
}
END_TEST

START_TEST (test_model_types_unknown_enum_ids)
{
  g_autoptr(GError) error = NULL;
  SdSex sex;
  SdDevice device;
  SdUvExposure uv;
  SdAlcohol alcohol;
  SdPollution pollution;
  SdDiet diet;
  SdLayerId layer;

  ck_assert (!sd_sex_from_id ("other", &sex, &error));
  assert_error (error, SD_MODEL_ERROR_INVALID_VALUE, "“other”", "female, male");
  g_clear_error (&error);

  ck_assert (!sd_device_from_id ("laser", &device, &error));
  assert_error (error, SD_MODEL_ERROR_INVALID_VALUE, "“laser”", "roller, pen");
  g_clear_error (&error);

  ck_assert (!sd_uv_from_id ("extreme", &uv, &error));
  assert_error (error, SD_MODEL_ERROR_INVALID_VALUE, "“extreme”", "none, low, high");
  g_clear_error (&error);

  ck_assert (!sd_alcohol_from_id ("lots", &alcohol, &error));
  assert_error (error, SD_MODEL_ERROR_INVALID_VALUE, "“lots”", "none, moderate, heavy");
  g_clear_error (&error);

  ck_assert (!sd_pollution_from_id ("medium", &pollution, &error));
  assert_error (error, SD_MODEL_ERROR_INVALID_VALUE, "“medium”", "low, high");
  g_clear_error (&error);

  ck_assert (!sd_diet_from_id ("vegan", &diet, &error));
  assert_error (error, SD_MODEL_ERROR_INVALID_VALUE, "“vegan”", "good, poor");
  g_clear_error (&error);

  ck_assert (!sd_layer_id_from_string ("dermis", &layer, &error));
  assert_error (error, SD_MODEL_ERROR_INVALID_VALUE, "“dermis”", "papillary-dermis");
}
END_TEST

START_TEST (test_model_types_check_age)
{
  g_autoptr(GError) error = NULL;

  ck_assert (sd_check_age (SD_AGE_MIN, NULL));
  ck_assert (sd_check_age (SD_AGE_MAX, NULL));
  ck_assert (sd_check_age (42.5, &error));
  ck_assert_ptr_null (error);

  ck_assert (!sd_check_age (130.0, &error));
  assert_error (error, SD_MODEL_ERROR_OUT_OF_RANGE, "Age 130", "18 to 100 years");
  g_clear_error (&error);

  ck_assert (!sd_check_age (17.5, &error));
  assert_error (error, SD_MODEL_ERROR_OUT_OF_RANGE, "17.5", NULL);
  g_clear_error (&error);

  ck_assert (!sd_check_age (NAN, &error));
  assert_error (error, SD_MODEL_ERROR_NOT_A_NUMBER, "nan", NULL);
  g_clear_error (&error);

  ck_assert (!sd_check_age (-INFINITY, &error));
  assert_error (error, SD_MODEL_ERROR_NOT_A_NUMBER, "inf", NULL);
}
END_TEST

/*
 * Main
 */

static Suite *
model_types_suite (void)
{
  Suite *suite = suite_create ("model-types");
  TCase *tc;

  tc = tcase_create ("ids");
  tcase_add_test (tc, test_model_types_site_ids_round_trip);
  tcase_add_test (tc, test_model_types_thick_skin_only_palm_and_sole);
  tcase_add_test (tc, test_model_types_enum_ids_round_trip);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("layers");
  tcase_add_test (tc, test_model_types_layer_texts);
  tcase_add_test (tc, test_model_types_layer_common_names_follow_brief);
  tcase_add_test (tc, test_model_types_layer_groups);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("errors");
  tcase_add_test (tc, test_model_types_error_quark);
  tcase_add_test (tc, test_model_types_unknown_site_lists_allowed);
  tcase_add_test (tc, test_model_types_unknown_enum_ids);
  tcase_add_test (tc, test_model_types_check_age);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return sd_test_run_suite (model_types_suite ());
}
