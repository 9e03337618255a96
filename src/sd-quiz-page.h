/* sd-quiz-page.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sd-quiz.h"

G_BEGIN_DECLS

#define SD_TYPE_QUIZ_PAGE (sd_quiz_page_get_type ())

G_DECLARE_FINAL_TYPE (SdQuizPage, sd_quiz_page, SD, QUIZ_PAGE, GtkBox)

GtkWidget    *sd_quiz_page_new               (void);
/* A new quiz of SD_QUIZ_COUNT_DEFAULT questions from @seed; the score starts at 0. */
void          sd_quiz_page_start             (SdQuizPage *self,
                                              guint32     seed);
/* The quiz shown; NULL before the page was first shown or started */
const SdQuiz *sd_quiz_page_get_quiz          (SdQuizPage *self);
guint         sd_quiz_page_get_position      (SdQuizPage *self);   /* 0-based */
guint         sd_quiz_page_get_score         (SdQuizPage *self);
gboolean      sd_quiz_page_get_checked       (SdQuizPage *self);   /* answer shown */
gboolean      sd_quiz_page_get_finished      (SdQuizPage *self);
/* A click on the question's picture at (@x, @y) in its own coordinates: chooses the layer
 * there. TRUE when a choice was made. */
gboolean      sd_quiz_page_click_picture     (SdQuizPage *self,
                                              double      x,
                                              double      y);
GtkWidget    *sd_quiz_page_get_picture       (SdQuizPage *self);

G_END_DECLS
