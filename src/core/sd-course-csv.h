/* sd-course-csv.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "sd-course.h"

G_BEGIN_DECLS

/* The course as a table, one row a day: `skin-deep-sim course` prints it (CSV, or the
 * same keys as JSON) and the window exports it as CSV. */

/* The CSV header is part of the command-line contract: keep it exactly. */
#define SD_COURSE_CSV_HEADER \
  "day,week,phase,sessions_done,fibroblasts_rel,synthesis_rel,collagen_i_rel," \
  "collagen_iii_rel,collagen_rel,epidermis_um,dermis_um,inflammation,channels_open," \
  "remodelling_rel,collagen_low,collagen_high"

/* The treated course at the model's central estimate and at both ends of its
 * uncertainty (the typical range, docs/model.md §5); all with the same days. */
typedef struct
{
  const SdCourse *central;
  const SdCourse *low;
  const SdCourse *high;
} SdCourseEstimates;

/* The values of day @index in the header's column order: comma-separated, or with
 * @json the members of a JSON object ("day":0,"week":0.0000,…) without the braces. */
void   sd_course_csv_append_day (GString                 *out,
                                 const SdCourseEstimates *courses,
                                 guint                    index,
                                 gboolean                 json);
/* The header line and one line a day, each ending in '\n'. */
void   sd_course_csv_append     (GString                 *out,
                                 const SdCourseEstimates *courses);
/* Runs the three courses for @params (its estimate ignored) and returns the CSV; NULL
 * with the model's error for parameters it refuses. */
char  *sd_course_csv_new_for_params (const SdCourseParams *params,
                                     GError              **error);

G_END_DECLS
