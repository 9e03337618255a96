/* sd-quiz.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sd-course.h"

G_BEGIN_DECLS

/*
 * A quiz drawn from the model: every question is made at random body sites, ages, sexes,
 * devices and needle lengths from a seed, and every answer is what the model computes for
 * those inputs (sd_skin_profile_compute, sd_needle_compute, sd_course_run), never a kept
 * list. The same seed and count give the same questions, in any language.
 */

/* Questions in one quiz (inclusive) */
#define SD_QUIZ_COUNT_MIN      1
#define SD_QUIZ_COUNT_MAX      50
#define SD_QUIZ_COUNT_DEFAULT  10
#define SD_QUIZ_MAX_CHOICES    8

typedef enum
{
  SD_QUIZ_LAYER_AT_DEPTH,   /* which layer is at a depth, at a site */
  SD_QUIZ_LAYERS_REACHED,   /* which layers a needle enters (several answers) */
  SD_QUIZ_LUCIDUM_SITES,    /* where the stratum lucidum is found (one or two answers) */
  SD_QUIZ_PHASE_ORDER,      /* the healing phases in the order the model goes through them */
  SD_QUIZ_COLLAGEN_FIRST,   /* which collagen type rises first after a session */
  SD_QUIZ_BLEEDING,         /* whether a needle draws blood */
  SD_N_QUIZ_KINDS
} SdQuizKind;

/* "layer-at-depth", "layers-reached", … (stable, for JSON) */
const char *sd_quiz_kind_to_id (SdQuizKind kind);

/* Which of the inputs below a question was drawn from */
typedef enum
{
  SD_QUIZ_INPUT_SITE      = 1 << 0,
  SD_QUIZ_INPUT_AGE       = 1 << 1,
  SD_QUIZ_INPUT_SEX       = 1 << 2,
  SD_QUIZ_INPUT_DEPTH     = 1 << 3,
  SD_QUIZ_INPUT_DEVICE    = 1 << 4,
  SD_QUIZ_INPUT_LENGTH    = 1 << 5,
} SdQuizInputs;

typedef struct
{
  SdQuizKind  kind;
  char       *prompt;                         /* translated */
  char       *choices[SD_QUIZ_MAX_CHOICES];   /* translated */
  /* What each choice stands for: an SdLayerId (layer-at-depth, layers-reached), an SdSite
   * (lucidum-sites), an SdBleeding (bleeding); the choice's index otherwise. */
  int         choice_values[SD_QUIZ_MAX_CHOICES];
  guint       n_choices;
  guint       answer[SD_QUIZ_MAX_CHOICES];    /* indices of the right choices, ascending */
  guint       n_answers;
  gboolean    multiple;                       /* several choices may be right: choose all */
  char       *explanation;                    /* translated */
  char       *source;                         /* citation(s) behind the answer */

  guint       inputs;                         /* SdQuizInputs: which fields below apply */
  SdSite      site;
  double      age_years;                      /* whole years */
  SdSex       sex;
  double      depth_um;                       /* whole µm (10 µm steps from 100 µm) */
  SdDevice    device;
  double      length_mm;
} SdQuizQuestion;

typedef struct _SdQuiz SdQuiz;

/* @count: SD_QUIZ_COUNT_MIN..MAX. Every kind appears once in the first SD_N_QUIZ_KINDS
 * questions (in a seeded order); the questions after those are of the kinds that draw on
 * sites, ages and needles (layer-at-depth, layers-reached, bleeding). No two questions of
 * a quiz have the same prompt. Strings are translated with the current locale. */
SdQuiz               *sd_quiz_generate         (guint32               seed,
                                                guint                 count,
                                                GError              **error);
void                  sd_quiz_free             (SdQuiz               *quiz);
guint32               sd_quiz_get_seed         (const SdQuiz         *quiz);
guint                 sd_quiz_get_n_questions  (const SdQuiz         *quiz);
const SdQuizQuestion *sd_quiz_get_question     (const SdQuiz         *quiz,
                                                guint                 index);

/* TRUE when @chosen (@n_chosen choice indices, any order, no repeats) is exactly the
 * question's set of right answers. */
gboolean              sd_quiz_question_check   (const SdQuizQuestion *question,
                                                const guint          *chosen,
                                                guint                 n_chosen);
gboolean              sd_quiz_question_is_answer (const SdQuizQuestion *question,
                                                  guint                 choice);
/* The choice that stands for @layer (layer-at-depth, layers-reached), or -1. */
int                   sd_quiz_question_find_layer (const SdQuizQuestion *question,
                                                   SdLayerId             layer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SdQuiz, sd_quiz_free)

G_END_DECLS
