/* sd-chart-axis.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart's axes: the vertical range in round steps and its labels, the
 * week (or year) ticks, and the lines in device coordinates, decimated where
 * days are closer than a pixel (Sysprof's value axis and normalised series).
 */

#define G_LOG_DOMAIN "sd-chart-axis"

#include "config.h"

#include "sd-chart-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

/* The vertical range for a plot @plot_h pixels high: every drawn series and
 * the baseline, in round steps. */
void
_sd_chart_axis_fit_y (SdChart              *chart,
                      const SdChartOptions *options,
                      double                plot_h)
{
  const SdChartData *data = chart->data;
  double lo, hi, step;
  int n_ticks;

  lo = 0;
  hi = 0;
  if (data)
    {
      for (guint i = 0; i < N_VALUES; i++)
        {
          SdChartSeries s = i == V_TOTAL ? SD_CHART_SERIES_TOTAL :
                            i == V_TYPE_I ? SD_CHART_SERIES_TYPE_I :
                            i == V_TYPE_III ? SD_CHART_SERIES_TYPE_III :
                            i == V_UNTREATED ? SD_CHART_SERIES_UNTREATED :
                            SD_CHART_SERIES_RANGE;

          if (!(options->series & s))
            continue;
          lo = MIN (lo, data->min[i]);
          hi = MAX (hi, data->max[i]);
        }
    }
  if (hi - lo < 4)
    {
      hi = MAX (hi, 2);
      lo = MIN (lo, -2);
    }
  n_ticks = CLAMP ((int)(plot_h / 42.0), 2, 8);
  step = _sd_paint_nice_step ((hi - lo) / n_ticks);
  chart->y_step = step;
  /* Tight ends with a little air (ticks stay on round values): a course that
   * dips 0.5 % below baseline must not spend a fifth of the plot on it. */
  chart->y_min = MIN (0, lo) - MAX (step * 0.25, (hi - lo) * 0.04);
  chart->y_max = hi + MAX (step * 0.25, (hi - lo) * 0.06);
}

/* The widest vertical label: it decides the plot's left edge. */
double
_sd_chart_axis_label_width (SdChart                    *chart,
                            const PangoFontDescription *small)
{
  double step = chart->y_step, label_w = 0;

  for (double v = ceil (chart->y_min / step - 1e-9) * step; v <= chart->y_max + 1e-9; v += step)
    {
      g_autofree char *text = _sd_paint_format_pct (v);
      double tw;

      g_object_unref (_sd_paint_make_layout_in (chart->pango, small, text, &tw, NULL));
      label_w = MAX (label_w, tw);
    }
  return label_w;
}

/* The vertical labels, right-aligned against the plot, and "baseline" at
 * the plot's right end where patients look for it. */
void
_sd_chart_axis_add_y_labels (SdChart                    *chart,
                             const PangoFontDescription *small,
                             double                      plot_right)
{
  double step = chart->y_step;

  for (double v = ceil (chart->y_min / step - 1e-9) * step; v <= chart->y_max + 1e-9; v += step)
    {
      g_autofree char *text = _sd_paint_format_pct (v);
      double tw, th;
      PangoLayout *layout = _sd_paint_make_layout_in (chart->pango, small, text, &tw, &th);

      _sd_chart_add_label (chart, layout, chart->plot.x - 6 - tw,
                           y_for_pct_in (chart, v) - th / 2.0, LABEL_TICK);
    }

  if (chart->data && chart->height >= 200)
    {
      double tw, th;
      PangoLayout *layout = _sd_paint_make_layout_in (chart->pango, small, _("baseline"), &tw,
                                                      &th);

      _sd_chart_add_label (chart, layout, plot_right - tw - 2, y_for_pct_in (chart, 0) - th - 1,
                           LABEL_TICK);
    }
}

void
_sd_chart_axis_add_x_labels (SdChart                    *chart,
                             const PangoFontDescription *small,
                             double                      plot_right)
{
  static const guint week_steps[] = { 1, 2, 4, 8, 13, 26, 52, 104, 156, 260, 520 };
  const SdChartData *data = chart->data;
  double week_px, unit_w, unit_x;
  guint n_weeks;
  gboolean in_years;

  /* Week ticks: the smallest round step whose labels do not collide. Courses
   * of three years and more are labelled in years (of 52 weeks: the ticks
   * stay on week boundaries, where sessions fall). */
  n_weeks = (data->n_days - 1) / 7;
  in_years = n_weeks >= 156;
  {
    double tw;

    g_object_unref (_sd_paint_make_layout_in (chart->pango, small, "888", &tw, NULL));
    week_px = data->n_days > 1 ? chart->plot.width * 7.0 / (data->n_days - 1) : chart->plot.width;
    chart->x_step_weeks = week_steps[G_N_ELEMENTS (week_steps) - 1];
    for (guint i = 0; i < G_N_ELEMENTS (week_steps); i++)
      if ((!in_years || week_steps[i] % 52 == 0) && week_steps[i] * week_px >= MAX (tw + 14, 30))
        {
          chart->x_step_weeks = week_steps[i];
          break;
        }
  }
  {
    /* translators: unit under the chart's horizontal axis */
    const char *text = in_years ? _("years") : _("weeks");
    PangoLayout *unit = _sd_paint_make_layout_in (chart->pango, small, text, &unit_w, NULL);

    unit_x = plot_right - unit_w;
    _sd_chart_add_label (chart, unit, unit_x, chart->tick_label_y, LABEL_TICK);
  }
  for (guint w = 0; w <= n_weeks; w += chart->x_step_weeks)
    {
      char text[16];
      double tw, x;
      PangoLayout *layout;

      g_snprintf (text, sizeof text, "%u", in_years ? w / 52 : w);
      layout = _sd_paint_make_layout_in (chart->pango, small, text, &tw, NULL);
      x = x_for_day_in (chart, w * 7.0) - tw / 2.0;
      x = MAX (x, chart->plot.x - 2);
      if (x + tw > unit_x - 8)
        {
          g_object_unref (layout);
          continue;
        }
      _sd_chart_add_label (chart, layout, x, chart->tick_label_y, LABEL_TICK);
    }
}

/* One point per day when days are at least half a pixel apart. Otherwise
 * days are gathered in 2 px buckets: one point (the middle day) where the
 * curve moves less than a pixel and a half inside the bucket, else its first,
 * lowest, highest and last values, so that peaks survive. A 20-year course
 * then costs about as much to stroke as a 6-month one. */
static void
build_line (SdChart      *chart,
            GArray       *out,
            const double *v,
            int           mode)   /* 0 = line, -1 = lower edge, +1 = upper edge */
{
  guint n = chart->data->n_days;
  double px_per_day = n > 1 ? chart->plot.width / (n - 1) : 0;
  double px_per_pct = chart->plot.height / (chart->y_max - chart->y_min);

  g_array_set_size (out, 0);

  if (px_per_day >= 0.5 || n < 2)
    {
      for (guint d = 0; d < n; d++)
        {
          Point p = { x_for_day_in (chart, d), y_for_pct_in (chart, v[d]) };
          g_array_append_val (out, p);
        }
      return;
    }

  for (guint d = 0; d < n;)
    {
      int bucket = (int)floor (px_per_day * d / 2.0);
      guint first = d, lo = d, hi = d, last = d;

      while (d < n && (int)floor (px_per_day * d / 2.0) == bucket)
        {
          if (v[d] < v[lo])
            lo = d;
          if (v[d] > v[hi])
            hi = d;
          last = d++;
        }

      if (mode != 0 || (v[hi] - v[lo]) * px_per_pct < 1.5)
        {
          guint mid = mode < 0 ? lo : mode > 0 ? hi : (first + last) / 2;
          Point p = { x_for_day_in (chart, (first + last) / 2.0), y_for_pct_in (chart, v[mid]) };

          /* Keep the ends exact, so the band and lines meet the axes. */
          if (first == 0)
            p.x = x_for_day_in (chart, 0);
          if (last == n - 1)
            p.x = x_for_day_in (chart, n - 1);
          g_array_append_val (out, p);
        }
      else
        {
          guint order[4] = { first, MIN (lo, hi), MAX (lo, hi), last };

          for (guint k = 0; k < 4; k++)
            {
              Point p = { x_for_day_in (chart, order[k]), y_for_pct_in (chart, v[order[k]]) };

              if (k > 0 && order[k] == order[k - 1])
                continue;
              g_array_append_val (out, p);
            }
        }
    }
}

void
_sd_chart_axis_build_lines (SdChart *chart)
{
  const SdChartData *data = chart->data;

  for (guint i = 0; i < N_VALUES; i++)
    build_line (chart, chart->lines[i], data->values[i],
                i == V_RANGE_LOW ? -1 : i == V_RANGE_HIGH ? +1 : 0);
}
