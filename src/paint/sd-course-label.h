/* sd-course-label.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *sd_course_label_position (guint       day,
                                const char *phase);
char *sd_name_in_sentence      (const char *name);
char *sd_format_length_mm      (double      mm);

G_END_DECLS
