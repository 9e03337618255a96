/* sd-worksheet.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "sd-painter.h"
#include "sd-quiz.h"

G_BEGIN_DECLS

/*
 * The quiz on paper and in pictures: the printable worksheet (questions with the pictures
 * they need, then the answer key on its own page) and the small cross-section a
 * layer-at-depth question shows, shared by the worksheet and the app's quiz page.
 */

/* TRUE for the questions that come with a picture (layer-at-depth) */
gboolean sd_quiz_question_has_picture  (const SdQuizQuestion *question);

/* The profile and paint options of the question's picture at @width × @height: no layer
 * labels (they would give the answer away), zoomed so that the depth asked about sits in
 * the upper half. The same options serve sd_painter_layer_at() for a click. */
void     sd_quiz_picture_setup         (const SdQuizQuestion *question,
                                        double                width,
                                        double                height,
                                        SdSkinProfile        *profile,
                                        SdPaintOptions       *options);
/* Paints the picture with a dashed marker and "?" at the depth asked about.
 * @options from sd_quiz_picture_setup(); its colours may be changed first. */
void     sd_quiz_picture_paint         (SdPainter            *painter,
                                        cairo_t              *cr,
                                        const SdQuizQuestion *question,
                                        const SdSkinProfile  *profile,
                                        const SdPaintOptions *options,
                                        double                width,
                                        double                height);

/* Writes @quiz as an A4 PDF worksheet to @path (the caller renames it into place). */
gboolean sd_worksheet_write_pdf        (const SdQuiz         *quiz,
                                        const char           *path,
                                        GError              **error);

G_END_DECLS
