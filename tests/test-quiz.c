/* test-quiz.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-quiz"

#include "config.h"

#include "sd-quiz.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Seeds the set-wide properties are checked over */
#define N_SEEDS 200

static SdQuiz *
generate (guint32 seed,
          guint   count)
{
  g_autoptr(GError) error = NULL;
  SdQuiz *quiz = sd_quiz_generate (seed, count, &error);

  ck_assert_msg (quiz != NULL, "seed %u: %s", seed, error != NULL ? error->message : "");
  ck_assert_uint_eq (sd_quiz_get_n_questions (quiz), count);
  return quiz;
}

static SdSkinProfile
profile_for (const SdQuizQuestion *q)
{
  SdSkinProfile profile;

  ck_assert (q->inputs & SD_QUIZ_INPUT_SITE);
  ck_assert (q->inputs & SD_QUIZ_INPUT_AGE);
  ck_assert (q->inputs & SD_QUIZ_INPUT_SEX);
  ck_assert (sd_skin_profile_compute (q->site, q->age_years, q->sex, &profile, NULL));
  return profile;
}

static void
assert_questions_equal (const SdQuizQuestion *a,
                        const SdQuizQuestion *b)
{
  ck_assert_int_eq (a->kind, b->kind);
  ck_assert_str_eq (a->prompt, b->prompt);
  ck_assert_str_eq (a->explanation, b->explanation);
  ck_assert_str_eq (a->source, b->source);
  ck_assert_uint_eq (a->n_choices, b->n_choices);
  ck_assert_uint_eq (a->n_answers, b->n_answers);
  for (guint i = 0; i < a->n_choices; i++)
    ck_assert_str_eq (a->choices[i], b->choices[i]);
  for (guint i = 0; i < a->n_answers; i++)
    ck_assert_uint_eq (a->answer[i], b->answer[i]);
  ck_assert_uint_eq (a->inputs, b->inputs);
  ck_assert (a->site == b->site && a->sex == b->sex && a->device == b->device);
  ck_assert (a->age_years == b->age_years && a->depth_um == b->depth_um &&
             a->length_mm == b->length_mm);
}

/*
 * Tests
 */

START_TEST (test_deterministic_per_seed)
{
  g_autoptr(SdQuiz) a = generate (1234, 10);
  g_autoptr(SdQuiz) b = generate (1234, 10);
  g_autoptr(SdQuiz) c = generate (1235, 10);
  g_autoptr(SdQuiz) longer = generate (1234, 20);
  gboolean differs = FALSE;

  ck_assert_uint_eq (sd_quiz_get_seed (a), 1234);
  for (guint i = 0; i < 10; i++)
    {
      assert_questions_equal (sd_quiz_get_question (a, i), sd_quiz_get_question (b, i));
      /* a longer quiz of the same seed starts with the same questions */
      assert_questions_equal (sd_quiz_get_question (a, i), sd_quiz_get_question (longer, i));
      differs |= strcmp (sd_quiz_get_question (a, i)->prompt,
                         sd_quiz_get_question (c, i)->prompt) != 0;
    }
  ck_assert_msg (differs, "seeds 1234 and 1235 gave the same quiz");
}
END_TEST

START_TEST (test_every_kind_appears)
{
  for (guint32 seed = 0; seed < N_SEEDS; seed++)
    {
      g_autoptr(SdQuiz) quiz = generate (seed, SD_QUIZ_COUNT_DEFAULT);
      guint seen[SD_N_QUIZ_KINDS] = { 0, };

      for (guint i = 0; i < sd_quiz_get_n_questions (quiz); i++)
        seen[sd_quiz_get_question (quiz, i)->kind]++;
      for (guint k = 0; k < SD_N_QUIZ_KINDS; k++)
        ck_assert_msg (seen[k] > 0, "seed %u: no %s question", seed,
                       sd_quiz_kind_to_id ((SdQuizKind)k));
    }
}
END_TEST

START_TEST (test_no_duplicates)
{
  for (guint32 seed = 0; seed < N_SEEDS; seed++)
    {
      g_autoptr(SdQuiz) quiz = generate (seed * 7919u, SD_QUIZ_COUNT_MAX);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < sd_quiz_get_n_questions (quiz); i++)
        {
          const SdQuizQuestion *q = sd_quiz_get_question (quiz, i);

          ck_assert_msg (g_hash_table_add (seen, q->prompt), "seed %u: “%s” twice",
                         seed * 7919u, q->prompt);
        }
    }
}
END_TEST

START_TEST (test_questions_are_well_formed)
{
  for (guint32 seed = 0; seed < N_SEEDS; seed++)
    {
      g_autoptr(SdQuiz) quiz = generate (seed, 20);

      for (guint i = 0; i < sd_quiz_get_n_questions (quiz); i++)
        {
          const SdQuizQuestion *q = sd_quiz_get_question (quiz, i);

          ck_assert (q->prompt[0] != '\0' && q->explanation[0] != '\0' && q->source[0] != '\0');
          ck_assert_uint_ge (q->n_choices, 2);
          ck_assert_uint_ge (q->n_answers, 1);
          ck_assert (q->multiple || q->n_answers == 1);
          for (guint a = 0; a < q->n_answers; a++)
            {
              ck_assert_uint_lt (q->answer[a], q->n_choices);
              if (a > 0)
                ck_assert_uint_gt (q->answer[a], q->answer[a - 1]);
            }
          for (guint c = 0; c < q->n_choices; c++)
            for (guint d = 0; d < c; d++)
              ck_assert_str_ne (q->choices[c], q->choices[d]);
          ck_assert (sd_quiz_question_check (q, q->answer, q->n_answers));
        }
    }
}
END_TEST

/* The layer whose [top, bottom) holds @depth, walked here rather than asked of the model */
static const SdLayer *
layer_holding (const SdSkinProfile *profile,
               double               depth_um)
{
  for (guint i = 0; i < profile->n_layers; i++)
    if (profile->layers[i].top_um <= depth_um && depth_um < profile->layers[i].bottom_um)
      return &profile->layers[i];
  return NULL;
}

START_TEST (test_layer_at_depth_matches_model)
{
  guint n = 0;

  for (guint32 seed = 0; seed < N_SEEDS; seed++)
    {
      g_autoptr(SdQuiz) quiz = generate (seed, 30);

      for (guint i = 0; i < sd_quiz_get_n_questions (quiz); i++)
        {
          const SdQuizQuestion *q = sd_quiz_get_question (quiz, i);
          SdSkinProfile profile;
          const SdLayer *layer;

          if (q->kind != SD_QUIZ_LAYER_AT_DEPTH)
            continue;
          n++;
          ck_assert (q->inputs & SD_QUIZ_INPUT_DEPTH);
          ck_assert (!(q->inputs & (SD_QUIZ_INPUT_DEVICE | SD_QUIZ_INPUT_LENGTH)));
          profile = profile_for (q);
          layer = layer_holding (&profile, q->depth_um);
          ck_assert (layer != NULL);
          ck_assert (layer == sd_skin_profile_layer_at_depth (&profile, q->depth_um));
          ck_assert_uint_eq (q->n_answers, 1);
          ck_assert_int_eq (q->choice_values[q->answer[0]], layer->id);
          ck_assert_str_eq (q->choices[q->answer[0]], sd_layer_get_name (layer->id));
          ck_assert_int_eq (sd_quiz_question_find_layer (q, layer->id), (int)q->answer[0]);
          /* every layer of the site is offered, so the picture's layers are all choices */
          ck_assert_uint_eq (q->n_choices, profile.n_layers);
          /* whole µm, in 10 µm steps from 0.1 mm as the prompt shows them */
          ck_assert (q->depth_um == round (q->depth_um));
          ck_assert (q->depth_um < 100 || fmod (q->depth_um, 10.0) == 0.0);
        }
    }
  ck_assert_uint_gt (n, N_SEEDS);
}
END_TEST

START_TEST (test_layers_reached_matches_model)
{
  guint n = 0;

  for (guint32 seed = 0; seed < N_SEEDS; seed++)
    {
      g_autoptr(SdQuiz) quiz = generate (seed, 30);

      for (guint i = 0; i < sd_quiz_get_n_questions (quiz); i++)
        {
          const SdQuizQuestion *q = sd_quiz_get_question (quiz, i);
          SdSkinProfile profile;
          SdNeedleResult result;
          guint expected = 0, got = 0;

          if (q->kind != SD_QUIZ_LAYERS_REACHED)
            continue;
          n++;
          ck_assert (q->multiple);
          ck_assert (q->inputs & SD_QUIZ_INPUT_DEVICE && q->inputs & SD_QUIZ_INPUT_LENGTH);
          profile = profile_for (q);
          ck_assert (sd_needle_compute (&profile, q->device, q->length_mm, 0, &result, NULL));
          /* a layer is entered when its top lies above the tip */
          for (guint l = 0; l < profile.n_layers; l++)
            if (profile.layers[l].top_um < result.effective_um)
              expected |= SD_LAYER_MASK (profile.layers[l].id);
          ck_assert_uint_eq (expected, result.layers_reached);
          for (guint a = 0; a < q->n_answers; a++)
            got |= SD_LAYER_MASK (q->choice_values[q->answer[a]]);
          ck_assert_uint_eq (got, expected);
        }
    }
  ck_assert_uint_gt (n, N_SEEDS);
}
END_TEST

START_TEST (test_bleeding_matches_model)
{
  guint n = 0;

  for (guint32 seed = 0; seed < N_SEEDS; seed++)
    {
      g_autoptr(SdQuiz) quiz = generate (seed, 30);

      for (guint i = 0; i < sd_quiz_get_n_questions (quiz); i++)
        {
          const SdQuizQuestion *q = sd_quiz_get_question (quiz, i);
          SdSkinProfile profile;
          SdNeedleResult result;

          if (q->kind != SD_QUIZ_BLEEDING)
            continue;
          n++;
          profile = profile_for (q);
          ck_assert (sd_needle_compute (&profile, q->device, q->length_mm, 0, &result, NULL));
          ck_assert_uint_eq (q->n_answers, 1);
          ck_assert_int_eq (q->choice_values[q->answer[0]],
                            sd_needle_bleeding_at (&profile, result.effective_um));
          /* an epidermis-only tip never bleeds */
          if (result.effective_um <= sd_skin_profile_epidermis_um (&profile))
            ck_assert_int_eq (q->choice_values[q->answer[0]], SD_BLEEDING_NONE);
        }
    }
  ck_assert_uint_gt (n, N_SEEDS);
}
END_TEST

START_TEST (test_fixed_kinds_match_model)
{
  for (guint32 seed = 0; seed < N_SEEDS; seed++)
    {
      g_autoptr(SdQuiz) quiz = generate (seed, 10);

      for (guint i = 0; i < sd_quiz_get_n_questions (quiz); i++)
        {
          const SdQuizQuestion *q = sd_quiz_get_question (quiz, i);

          switch (q->kind)
            {
            case SD_QUIZ_LUCIDUM_SITES:
              /* the palms and soles, and only they (histology) */
              for (guint c = 0; c < q->n_choices; c++)
                ck_assert_int_eq (sd_quiz_question_is_answer (q, c),
                                  q->choice_values[c] == SD_SITE_PALM ||
                                  q->choice_values[c] == SD_SITE_SOLE);
              break;
            case SD_QUIZ_PHASE_ORDER:
              /* inflammation, then proliferation, then remodelling */
              ck_assert_str_eq (q->choices[q->answer[0]],
                                "Inflammation → Proliferation → Remodelling");
              ck_assert_uint_eq (q->n_choices, 4);
              break;
            case SD_QUIZ_COLLAGEN_FIRST:
              /* wound healing lays down type III before type I */
              ck_assert_str_eq (q->choices[q->answer[0]], "Type III collagen");
              break;
            case SD_QUIZ_LAYER_AT_DEPTH:
            case SD_QUIZ_LAYERS_REACHED:
            case SD_QUIZ_BLEEDING:
            case SD_N_QUIZ_KINDS:
            default:
              break;
            }
        }
    }
}
END_TEST

START_TEST (test_check_answers)
{
  g_autoptr(SdQuiz) quiz = generate (77, 10);

  for (guint i = 0; i < sd_quiz_get_n_questions (quiz); i++)
    {
      const SdQuizQuestion *q = sd_quiz_get_question (quiz, i);
      guint wrong = 0;
      guint twice[2] = { q->answer[0], q->answer[0] };

      while (sd_quiz_question_is_answer (q, wrong))
        wrong++;
      ck_assert (!sd_quiz_question_check (q, &wrong, 1));
      ck_assert (!sd_quiz_question_check (q, NULL, 0));
      ck_assert (!sd_quiz_question_check (q, twice, 2));
      if (q->n_answers > 1)
        ck_assert (!sd_quiz_question_check (q, q->answer, q->n_answers - 1));
    }
}
END_TEST

START_TEST (test_count_out_of_range)
{
  guint bad[] = { 0, SD_QUIZ_COUNT_MAX + 1, G_MAXUINT };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      SdQuiz *quiz = sd_quiz_generate (1, bad[i], &error);

      ck_assert (quiz == NULL);
      ck_assert (g_error_matches (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE));
      ck_assert (strstr (error->message, "1 to 50") != NULL);
    }
}
END_TEST

static Suite *
quiz_suite (void)
{
  Suite *s = suite_create ("quiz");
  TCase *tc = tcase_create ("core");

  tcase_set_timeout (tc, 120);
  tcase_add_test (tc, test_deterministic_per_seed);
  tcase_add_test (tc, test_every_kind_appears);
  tcase_add_test (tc, test_no_duplicates);
  tcase_add_test (tc, test_questions_are_well_formed);
  tcase_add_test (tc, test_layer_at_depth_matches_model);
  tcase_add_test (tc, test_layers_reached_matches_model);
  tcase_add_test (tc, test_bleeding_matches_model);
  tcase_add_test (tc, test_fixed_kinds_match_model);
  tcase_add_test (tc, test_check_answers);
  tcase_add_test (tc, test_count_out_of_range);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  SRunner *sr = srunner_create (quiz_suite ());
  int failed;

  srunner_run_all (sr, CK_NORMAL);
  failed = srunner_ntests_failed (sr);
  srunner_free (sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
