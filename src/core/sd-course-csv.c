/* sd-course-csv.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-course-csv"

#include "config.h"

#include "sd-course-csv.h"
#include "sd-format.h"
#include "sd-model-types.h"

#define WEEK_DECIMALS 4
#define REL_DECIMALS  6
#define UM_DECIMALS   3

void
sd_course_csv_append_day (GString                 *out,
                          const SdCourseEstimates *courses,
                          guint                    index,
                          gboolean                 json)
{
  static const char *keys[] = {
    "day", "week", "phase", "sessions_done", "fibroblasts_rel", "synthesis_rel",
    "collagen_i_rel", "collagen_iii_rel", "collagen_rel", "epidermis_um", "dermis_um",
    "inflammation", "channels_open", "remodelling_rel", "collagen_low", "collagen_high",
  };
  const SdCourseDay *day;
  double low, high;
  guint k = 0;
  guint i;

  g_return_if_fail (out != NULL);
  g_return_if_fail (courses != NULL && courses->central != NULL);
  g_return_if_fail (courses->low != NULL && courses->high != NULL);
  g_return_if_fail (index < sd_course_get_n_days (courses->central));

  day = sd_course_get_day (courses->central, index);
  low = sd_course_get_day (courses->low, index)->collagen_rel;
  high = sd_course_get_day (courses->high, index)->collagen_rel;

  {
    /* The ends of the range are not always the extremes on every day (a deeper needle
     * reaches the ceiling sooner), so take the extremes with the central value. */
    const double tail[] = {
      day->inflammation, day->channels_open, day->remodelling_rel,
      MIN (day->collagen_rel, MIN (low, high)), MAX (day->collagen_rel, MAX (low, high)),
    };
    const double rel[] = {
      day->fibroblasts_rel, day->synthesis_rel, day->collagen_i_rel, day->collagen_iii_rel,
      day->collagen_rel,
    };

#define KEY() G_STMT_START { \
      if (json) \
        g_string_append_printf (out, "%s\"%s\":", k > 0 ? "," : "", keys[k]); \
      else if (k > 0) \
        g_string_append_c (out, ','); \
      k++; \
    } G_STMT_END

    KEY ();
    g_string_append_printf (out, "%u", day->day);
    KEY ();
    sd_format_append_fixed (out, day->week, WEEK_DECIMALS);
    KEY ();
    /* a phase id is plain ASCII letters: nothing to escape in JSON or CSV */
    if (json)
      g_string_append_printf (out, "\"%s\"", sd_phase_to_id (day->phase));
    else
      g_string_append (out, sd_phase_to_id (day->phase));
    KEY ();
    g_string_append_printf (out, "%u", day->sessions_done);
    for (i = 0; i < G_N_ELEMENTS (rel); i++)
      {
        KEY ();
        sd_format_append_fixed (out, rel[i], REL_DECIMALS);
      }
    KEY ();
    sd_format_append_fixed (out, day->epidermis_um, UM_DECIMALS);
    KEY ();
    sd_format_append_fixed (out, day->dermis_um, UM_DECIMALS);
    for (i = 0; i < G_N_ELEMENTS (tail); i++)
      {
        KEY ();
        sd_format_append_fixed (out, tail[i], REL_DECIMALS);
      }

#undef KEY
  }

  g_assert (k == G_N_ELEMENTS (keys));
}

void
sd_course_csv_append (GString                 *out,
                      const SdCourseEstimates *courses)
{
  guint n_days;

  g_return_if_fail (out != NULL);
  g_return_if_fail (courses != NULL && courses->central != NULL);

  n_days = sd_course_get_n_days (courses->central);
  g_string_append (out, SD_COURSE_CSV_HEADER "\n");
  for (guint i = 0; i < n_days; i++)
    {
      sd_course_csv_append_day (out, courses, i, FALSE);
      g_string_append_c (out, '\n');
    }
}

char *
sd_course_csv_new_for_params (const SdCourseParams *params,
                              GError              **error)
{
  g_autoptr(SdCourse) central = NULL;
  g_autoptr(SdCourse) low = NULL;
  g_autoptr(SdCourse) high = NULL;
  SdCourseParams p;
  GString *out;

  g_return_val_if_fail (params != NULL, NULL);

  p = *params;
  p.estimate = SD_ESTIMATE_CENTRAL;
  if ((central = sd_course_run (&p, error)) == NULL)
    return NULL;
  p.estimate = SD_ESTIMATE_LOW;
  if ((low = sd_course_run (&p, error)) == NULL)
    return NULL;
  p.estimate = SD_ESTIMATE_HIGH;
  if ((high = sd_course_run (&p, error)) == NULL)
    return NULL;

  out = g_string_new (NULL);
  sd_course_csv_append (out, &(SdCourseEstimates) { central, low, high });
  return g_string_free (out, FALSE);
}
