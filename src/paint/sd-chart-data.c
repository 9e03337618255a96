/* sd-chart-data.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart's data: the four courses (treated, untreated, and the treated
 * course at both ends of the model's uncertainty) reduced to percentages per
 * day, with the phases and the session days. Immutable and reference counted.
 */

#define G_LOG_DOMAIN "sd-chart-data"

#include "config.h"

#include "sd-chart-private.h"

static void
sd_chart_data_clear (gpointer mem)
{
  SdChartData *data = mem;

  for (guint i = 0; i < N_VALUES; i++)
    g_clear_pointer (&data->values[i], g_free);
  g_clear_pointer (&data->phases, g_free);
  g_clear_pointer (&data->sessions_done, g_free);
}

static inline double
pct (double rel)
{
  return (rel - 1.0) * 100.0;
}

SdChartData *
sd_chart_data_new (const SdCourse *treated,
                   const SdCourse *untreated,
                   const SdCourse *low,
                   const SdCourse *high)
{
  SdChartData *data;
  guint n;

  g_return_val_if_fail (treated != NULL, NULL);
  g_return_val_if_fail (untreated != NULL, NULL);
  g_return_val_if_fail (low != NULL, NULL);
  g_return_val_if_fail (high != NULL, NULL);

  n = sd_course_get_n_days (treated);
  g_return_val_if_fail (n > 0, NULL);
  g_return_val_if_fail (sd_course_get_n_days (untreated) == n, NULL);
  g_return_val_if_fail (sd_course_get_n_days (low) == n, NULL);
  g_return_val_if_fail (sd_course_get_n_days (high) == n, NULL);

  data = g_atomic_rc_box_new0 (SdChartData);
  data->n_days = n;
  for (guint i = 0; i < N_VALUES; i++)
    {
      data->values[i] = g_new (double, n);
      data->min[i] = G_MAXDOUBLE;
      data->max[i] = -G_MAXDOUBLE;
    }
  data->phases = g_new (SdPhase, n);
  data->sessions_done = g_new (guint, n);

  for (guint d = 0; d < n; d++)
    {
      const SdCourseDay *t = sd_course_get_day (treated, d);
      double lo_total = pct (sd_course_get_day (low, d)->collagen_rel);
      double hi_total = pct (sd_course_get_day (high, d)->collagen_rel);
      double total = pct (t->collagen_rel);
      double v[N_VALUES];

      v[V_TOTAL] = total;
      v[V_TYPE_I] = pct (t->collagen_i_rel);
      v[V_TYPE_III] = pct (t->collagen_iii_rel);
      v[V_UNTREATED] = pct (sd_course_get_day (untreated, d)->collagen_rel);
      /* The envelope of the three courses: deeper needles need not mean more
       * collagen on every day, so take the extremes rather than low/high. */
      v[V_RANGE_LOW] = MIN (total, MIN (lo_total, hi_total));
      v[V_RANGE_HIGH] = MAX (total, MAX (lo_total, hi_total));

      for (guint i = 0; i < N_VALUES; i++)
        {
          data->values[i][d] = v[i];
          data->min[i] = MIN (data->min[i], v[i]);
          data->max[i] = MAX (data->max[i], v[i]);
        }
      data->phases[d] = t->phase;
      data->sessions_done[d] = t->sessions_done;
    }

  for (guint s = 0; s < SD_COURSE_SESSIONS_MAX; s++)
    {
      guint day = sd_course_get_session_day (treated, s);

      if (day == G_MAXUINT || day >= n)
        break;
      data->session_days[data->n_sessions++] = day;
    }

  return data;
}

SdChartData *
sd_chart_data_new_for_params (const SdCourseParams *params,
                              GError              **error)
{
  g_autoptr(SdCourse) treated = NULL;
  g_autoptr(SdCourse) untreated = NULL;
  g_autoptr(SdCourse) low = NULL;
  g_autoptr(SdCourse) high = NULL;
  SdCourseParams p;

  g_return_val_if_fail (params != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(treated = sd_course_run (params, error)))
    return NULL;

  p = *params;
  p.sessions = 0;
  if (!(untreated = sd_course_run (&p, error)))
    return NULL;

  /* The typical range: see SD_CHART_RANGE_SOURCE in sd-chart.h. */
  p = *params;
  p.estimate = SD_ESTIMATE_LOW;
  if (!(low = sd_course_run (&p, error)))
    return NULL;

  p.estimate = SD_ESTIMATE_HIGH;
  if (!(high = sd_course_run (&p, error)))
    return NULL;

  return sd_chart_data_new (treated, untreated, low, high);
}

SdChartData *
sd_chart_data_ref (SdChartData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return g_atomic_rc_box_acquire (data);
}

void
sd_chart_data_unref (SdChartData *data)
{
  g_return_if_fail (data != NULL);

  g_atomic_rc_box_release_full (data, sd_chart_data_clear);
}

guint
sd_chart_data_get_n_days (const SdChartData *data)
{
  g_return_val_if_fail (data != NULL, 0);

  return data->n_days;
}

guint
sd_chart_data_get_n_sessions (const SdChartData *data)
{
  g_return_val_if_fail (data != NULL, 0);

  return data->n_sessions;
}

guint
sd_chart_data_get_session_day (const SdChartData *data,
                               guint              session)
{
  g_return_val_if_fail (data != NULL, G_MAXUINT);
  g_return_val_if_fail (session < data->n_sessions, G_MAXUINT);

  return data->session_days[session];
}

void
sd_chart_data_get_sample (const SdChartData *data,
                          guint              day,
                          SdChartSample     *out)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (out != NULL);
  g_return_if_fail (day < data->n_days);

  out->day = day;
  out->phase = data->phases[day];
  out->sessions_done = data->sessions_done[day];
  out->total_pct = data->values[V_TOTAL][day];
  out->type_i_pct = data->values[V_TYPE_I][day];
  out->type_iii_pct = data->values[V_TYPE_III][day];
  out->untreated_pct = data->values[V_UNTREATED][day];
  out->range_low_pct = data->values[V_RANGE_LOW][day];
  out->range_high_pct = data->values[V_RANGE_HIGH][day];
}
