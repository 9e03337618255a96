/* sd-chart.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-chart"

#include "config.h"

#include "sd-chart.h"
#include "sd-paint-palette.h"
#include "sd-paint-text.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

/*
 * Data
 */

enum
{
  V_TOTAL,
  V_TYPE_I,
  V_TYPE_III,
  V_UNTREATED,
  V_RANGE_LOW,
  V_RANGE_HIGH,
  N_VALUES
};

struct _SdChartData
{
  guint    n_days;
  guint    n_sessions;
  guint    session_days[SD_COURSE_SESSIONS_MAX];
  double  *values[N_VALUES];   /* percent change from baseline, per day */
  SdPhase *phases;
  guint   *sessions_done;
  double   min[N_VALUES];
  double   max[N_VALUES];
};

/* Lines are cached in device coordinates; the band as two edges. */
typedef struct
{
  double x, y;
} Point;

typedef enum
{
  LABEL_TICK,
  LABEL_LEGEND,
  LABEL_STRIP,
  LABEL_MARKER,
} LabelRole;

typedef struct
{
  PangoLayout *layout;
  double       x, y;
  LabelRole    role;
} Label;

typedef enum
{
  SWATCH_LINE,
  SWATCH_DASHED,
  SWATCH_BAND,
  SWATCH_THICK,
  SWATCH_PHASE,
} SwatchKind;

typedef struct
{
  SdChartSeries series;
  SwatchKind    kind;
  SdPhase       phase;       /* SWATCH_PHASE */
  double        x, y, w;     /* swatch position: centre line */
} Swatch;

typedef struct
{
  double  x0, x1;
  SdPhase phase;
} PhaseSegment;

struct _SdChart
{
  SdChartData          *data;
  PangoContext         *pango;

  /* Layout cache key */
  gboolean              valid;
  double                width;
  double                height;
  SdChartSeries         series;
  gboolean              show_legend;
  PangoFontDescription *font;
  gboolean              font_is_default;

  /* Layout */
  cairo_rectangle_t     plot;
  double                y_min, y_max, y_step;
  double                strip_y, strip_h;
  double                marker_y;          /* needle tips (= plot top) */
  double                tick_label_y;
  guint                 x_step_weeks;
  gboolean              compact_markers;   /* sessions too close for needle glyphs */
  GArray               *labels;            /* Label */
  GArray               *swatches;          /* Swatch */
  GArray               *segments;          /* PhaseSegment */
  GArray               *lines[N_VALUES];   /* Point; V_RANGE_* are the band edges */
};

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
sd_chart_data_new_for_params (const SdCourseParams  *params,
                              GError               **error)
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

/*
 * Colours
 */

static inline double
ink (const SdChartOptions *options,
     double                alpha)
{
  return _sd_paint_ink (options->high_contrast, alpha);
}

/* Okabe & Ito's colour-blind-safe palette (2008): blue / sky blue for type I,
 * vermillion / orange for type III, so that the pair differs in hue and in
 * lightness for every common colour-vision deficiency. */
SdPaintColor
sd_chart_get_series_color (SdChartSeries         series,
                           const SdChartOptions *options)
{
  g_return_val_if_fail (options != NULL, rgb (0, 1));

  switch ((int)series)
    {
    case SD_CHART_SERIES_TYPE_I:
      return _sd_paint_type_i_color (&options->background);
    case SD_CHART_SERIES_TYPE_III:
      return _sd_paint_type_iii_color (&options->background);
    case SD_CHART_SERIES_UNTREATED:
      return _sd_paint_mix (options->foreground, options->background,
                            options->high_contrast ? 0.2 : 0.45);
    case SD_CHART_SERIES_RANGE:
      {
        SdPaintColor c = options->foreground;
        c.alpha *= _sd_paint_is_dark (&options->background) ? 0.16 : 0.15;
        return c;
      }
    case SD_CHART_SERIES_TOTAL:
    default:
      return options->foreground;
    }
}

static void
set_series_color (cairo_t              *cr,
                  SdChartSeries         series,
                  const SdChartOptions *options)
{
  SdPaintColor c = sd_chart_get_series_color (series, options);

  set_color (cr, &c, 1);
}

/*
 * Layout
 */

static void
clear_label (gpointer p)
{
  Label *label = p;

  g_clear_object (&label->layout);
}

static void
invalidate (SdChart *chart)
{
  chart->valid = FALSE;
  g_array_set_size (chart->labels, 0);
  g_array_set_size (chart->swatches, 0);
  g_array_set_size (chart->segments, 0);
  for (guint i = 0; i < N_VALUES; i++)
    g_array_set_size (chart->lines[i], 0);
}

static void
add_label (SdChart     *chart,
           PangoLayout *layout,
           double       x,
           double       y,
           LabelRole    role)
{
  Label label = { layout, x, y, role };

  g_array_append_val (chart->labels, label);
}

static inline double
x_for_day_in (SdChart *chart,
              double   day)
{
  guint n = chart->data->n_days;

  if (n < 2)
    return chart->plot.x;
  return chart->plot.x + chart->plot.width * day / (double)(n - 1);
}

static inline double
y_for_pct_in (SdChart *chart,
              double   value)
{
  return chart->plot.y + chart->plot.height * (chart->y_max - value) / (chart->y_max - chart->y_min);
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

static const char *
phase_label (SdPhase phase)
{
  switch (phase)
    {
    case SD_PHASE_INFLAMMATION:  return _("Inflammation");
    case SD_PHASE_PROLIFERATION: return _("Proliferation");
    case SD_PHASE_REMODELLING:   return _("Remodelling");
    case SD_PHASE_BASELINE:
    case SD_N_PHASES:
    default:                     return NULL;
    }
}

static gboolean
options_match (SdChart              *chart,
               const SdChartOptions *options,
               double                width,
               double                height)
{
  if (!chart->valid ||
      chart->width != width ||
      chart->height != height ||
      chart->series != options->series ||
      chart->show_legend != options->show_legend)
    return FALSE;

  if (options->font == NULL)
    return chart->font_is_default;
  return !chart->font_is_default && pango_font_description_equal (chart->font, options->font);
}

static void
ensure_layout (SdChart              *chart,
               const SdChartOptions *options,
               double                width,
               double                height)
{
  g_autoptr(PangoFontDescription) small = NULL;
  const SdChartData *data = chart->data;
  PangoFontDescription *font;
  double margin, line_h, tick_h, legend_h = 0, marker_h = 0;
  double plot_top, plot_bottom, plot_left, plot_right, label_w = 0;
  double lo, hi, step, week_px, unit_w, unit_x;
  guint n_weeks;
  int n_ticks;
  static const guint week_steps[] = { 1, 2, 4, 8, 13, 26, 52, 104, 156, 260, 520 };
  gboolean in_years;

  if (options_match (chart, options, width, height))
    return;

  invalidate (chart);

  g_clear_pointer (&chart->font, pango_font_description_free);
  if (options->font)
    {
      chart->font = pango_font_description_copy (options->font);
      chart->font_is_default = FALSE;
    }
  else
    {
      chart->font = pango_font_description_from_string ("Sans 9");
      chart->font_is_default = TRUE;
    }
  chart->width = width;
  chart->height = height;
  chart->series = options->series;
  chart->show_legend = options->show_legend;
  chart->valid = TRUE;

  font = chart->font;
  small = pango_font_description_copy (font);
  if (pango_font_description_get_size (font) > 0)
    {
      int size = pango_font_description_get_size (font) * 0.9;

      if (pango_font_description_get_size_is_absolute (font))
        pango_font_description_set_absolute_size (small, size);
      else
        pango_font_description_set_size (small, size);
    }

  g_object_unref (_sd_paint_make_layout_in (chart->pango, font, "Ag", NULL, &line_h));
  g_object_unref (_sd_paint_make_layout_in (chart->pango, small, "0", NULL, &tick_h));

  margin = width >= 800 && height >= 400 ? 14 : 8;

  /* Legend: swatch + text items, flowed into rows. */
  if (options->show_legend)
    {
      struct { SdChartSeries s; SwatchKind k; SdPhase phase; const char *text; } items[] = {
        { SD_CHART_SERIES_TOTAL, SWATCH_THICK, 0, _("Total collagen") },
        { SD_CHART_SERIES_TYPE_I, SWATCH_LINE, 0, _("Type I") },
        { SD_CHART_SERIES_TYPE_III, SWATCH_LINE, 0, _("Type III") },
        { SD_CHART_SERIES_UNTREATED, SWATCH_DASHED, 0, _("Without treatment") },
        /* translators: the shaded band around total collagen */
        { SD_CHART_SERIES_RANGE, SWATCH_BAND, 0, _("Typical range") },
        /* Phases only where there is room for them on one more row at most. */
        { 0, SWATCH_PHASE, SD_PHASE_INFLAMMATION, phase_label (SD_PHASE_INFLAMMATION) },
        { 0, SWATCH_PHASE, SD_PHASE_PROLIFERATION, phase_label (SD_PHASE_PROLIFERATION) },
        { 0, SWATCH_PHASE, SD_PHASE_REMODELLING, phase_label (SD_PHASE_REMODELLING) },
      };
      /* Small charts keep the plot large: the legend takes the tick font. */
      gboolean compact = width < 560 || height < 320;
      const PangoFontDescription *legend_font = compact ? small : font;
      double sw = compact ? 14 : 20, gap = compact ? 4 : 6, item_gap = compact ? 12 : 18;
      double row_h = (compact ? tick_h : line_h) + 2;
      double x = margin, y = margin;
      gboolean row_empty = TRUE;

      for (guint i = 0; i < G_N_ELEMENTS (items); i++)
        {
          PangoLayout *layout;
          double tw, th, item_w;
          Swatch swatch;

          if (items[i].k == SWATCH_PHASE ? (width < 900 || !data || data->n_sessions == 0)
                                         : !(options->series & items[i].s))
            continue;

          layout = _sd_paint_make_layout_in (chart->pango, legend_font, items[i].text, &tw, &th);
          item_w = sw + gap + tw;
          if (!row_empty && x + item_w > width - margin)
            {
              x = margin;
              y += row_h;
            }
          swatch = (Swatch) { items[i].s, items[i].k, items[i].phase, x, y + th / 2.0, sw };
          g_array_append_val (chart->swatches, swatch);
          add_label (chart, layout, x + sw + gap, y, LABEL_LEGEND);
          x += item_w + item_gap;
          row_empty = FALSE;
        }

      if (!row_empty)
        legend_h = y + row_h - margin + (compact ? tick_h * 0.3 : line_h * 0.6);
    }

  /* Session markers: a small needle glyph with the session number. */
  if (data && data->n_sessions > 0)
    marker_h = MAX (tick_h, 14.0) + 2;

  plot_top = margin + legend_h + marker_h;

  /* Bottom: the phase strip under the plot, then week ticks and labels. */
  chart->strip_h = (width >= 560 && height >= 280) ? tick_h + 4 : 5;
  chart->tick_label_y = height - margin - tick_h;
  plot_bottom = chart->tick_label_y - 5 - chart->strip_h;
  chart->strip_y = plot_bottom;

  /* Vertical range: every drawn series and the baseline, in round steps. */
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
  n_ticks = CLAMP ((int)((plot_bottom - plot_top) / 42.0), 2, 8);
  step = _sd_paint_nice_step ((hi - lo) / n_ticks);
  chart->y_step = step;
  /* Tight ends with a little air (ticks stay on round values): a course that
   * dips 0.5 % below baseline must not spend a fifth of the plot on it. */
  chart->y_min = MIN (0, lo) - MAX (step * 0.25, (hi - lo) * 0.04);
  chart->y_max = hi + MAX (step * 0.25, (hi - lo) * 0.06);

  /* Label width decides the left edge. */
  for (double v = ceil (chart->y_min / step - 1e-9) * step; v <= chart->y_max + 1e-9; v += step)
    {
      g_autofree char *text = _sd_paint_format_pct (v);
      double tw;

      g_object_unref (_sd_paint_make_layout_in (chart->pango, small, text, &tw, NULL));
      label_w = MAX (label_w, tw);
    }
  plot_left = margin + label_w + 6;
  plot_right = width - margin - 6;

  chart->plot.x = plot_left;
  chart->plot.y = plot_top;
  chart->plot.width = MAX (1.0, plot_right - plot_left);
  chart->plot.height = MAX (1.0, plot_bottom - plot_top);
  chart->marker_y = plot_top;

  /* Y labels, right-aligned against the plot. */
  for (double v = ceil (chart->y_min / step - 1e-9) * step; v <= chart->y_max + 1e-9; v += step)
    {
      g_autofree char *text = _sd_paint_format_pct (v);
      double tw, th;
      PangoLayout *layout = _sd_paint_make_layout_in (chart->pango, small, text, &tw, &th);

      add_label (chart, layout, plot_left - 6 - tw, y_for_pct_in (chart, v) - th / 2.0, LABEL_TICK);
    }

  if (!data)
    return;

  /* The baseline named where patients look for it. */
  if (height >= 200)
    {
      double tw, th;
      PangoLayout *layout = _sd_paint_make_layout_in (chart->pango, small, _("baseline"), &tw, &th);

      add_label (chart, layout, plot_right - tw - 2, y_for_pct_in (chart, 0) - th - 1, LABEL_TICK);
    }

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
    PangoLayout *unit = _sd_paint_make_layout_in (chart->pango, small, in_years ? _("years") : _("weeks"), &unit_w, NULL);

    unit_x = plot_right - unit_w;
    add_label (chart, unit, unit_x, chart->tick_label_y, LABEL_TICK);
  }
  for (guint w = 0; w <= n_weeks; w += chart->x_step_weeks)
    {
      char text[16];
      double tw, x;
      PangoLayout *layout;

      g_snprintf (text, sizeof text, "%u", in_years ? w / 52 : w);
      layout = _sd_paint_make_layout_in (chart->pango, small, text, &tw, NULL);
      x = x_for_day_in (chart, w * 7.0) - tw / 2.0;
      x = MAX (x, plot_left - 2);
      if (x + tw > unit_x - 8)
        {
          g_object_unref (layout);
          continue;
        }
      add_label (chart, layout, x, chart->tick_label_y, LABEL_TICK);
    }

  /* Phase bands of the latest session, as runs of days. */
  for (guint d = 0; d < data->n_days;)
    {
      SdPhase phase = data->phases[d];
      guint start = d;
      PhaseSegment seg;

      while (d < data->n_days && data->phases[d] == phase)
        d++;
      seg.phase = phase;
      seg.x0 = x_for_day_in (chart, start);
      seg.x1 = x_for_day_in (chart, MIN (d, data->n_days - 1));
      if (seg.x1 <= seg.x0)
        seg.x1 = seg.x0 + 1;
      g_array_append_val (chart->segments, seg);

      /* Names inside the strip where they fit. */
      if (chart->strip_h > 8 && phase_label (phase))
        {
          double tw, th;
          PangoLayout *layout = _sd_paint_make_layout_in (chart->pango, small, phase_label (phase), &tw, &th);

          if (tw + 8 <= seg.x1 - seg.x0)
            add_label (chart, layout, seg.x0 + 4,
                       chart->strip_y + (chart->strip_h - th) / 2.0, LABEL_STRIP);
          else
            g_object_unref (layout);
        }
    }

  /* Session numbers, where they have room. */
  {
    double tw, min_gap = G_MAXDOUBLE;

    for (guint s = 1; s < data->n_sessions; s++)
      min_gap = MIN (min_gap, x_for_day_in (chart, data->session_days[s]) -
                              x_for_day_in (chart, data->session_days[s - 1]));
    g_object_unref (_sd_paint_make_layout_in (chart->pango, small, "20", &tw, NULL));
    chart->compact_markers = min_gap < 8;
    if (min_gap >= tw + 12)
      for (guint s = 0; s < data->n_sessions; s++)
        {
          char text[8];
          double th;
          PangoLayout *layout;

          g_snprintf (text, sizeof text, "%u", s + 1);
          layout = _sd_paint_make_layout_in (chart->pango, small, text, NULL, &th);
          add_label (chart, layout, x_for_day_in (chart, data->session_days[s]) + 5,
                     chart->marker_y - 2 - th, LABEL_MARKER);
        }
  }

  /* Polylines. */
  for (guint i = 0; i < N_VALUES; i++)
    build_line (chart, chart->lines[i], data->values[i],
                i == V_RANGE_LOW ? -1 : i == V_RANGE_HIGH ? +1 : 0);
}

/*
 * Painting
 */

/* Long polylines are stroked in pieces: with full antialiasing, cairo's
 * rasteriser spends its time on the span of one large stroke polygon, and
 * pieces of a few dozen points cut that by up to half (measured on a 20-year
 * course at 1920×1080). The round caps where pieces meet are hidden under the
 * line (opaque), and dashes continue across pieces. */
#define STROKE_PIECE 48

static void
stroke_line (cairo_t      *cr,
             GArray       *points,
             const double *dash,
             int           n_dash)
{
  const Point *p = (const Point *)(gpointer)points->data;
  double offset = 0;

  if (points->len < 2)
    return;

  for (guint a = 0; a + 1 < points->len; a += STROKE_PIECE)
    {
      guint b = MIN (a + STROKE_PIECE, points->len - 1);

      if (dash)
        cairo_set_dash (cr, dash, n_dash, offset);
      cairo_move_to (cr, p[a].x, p[a].y);
      for (guint i = a + 1; i <= b; i++)
        {
          cairo_line_to (cr, p[i].x, p[i].y);
          offset += hypot (p[i].x - p[i - 1].x, p[i].y - p[i - 1].y);
        }
      cairo_stroke (cr);
    }
  if (dash)
    cairo_set_dash (cr, NULL, 0, 0);
}

/* The band between two edges with the same x positions, filled in vertical
 * strips for the same reason; each strip is clipped to whole pixels, so the
 * strips tile without seams or double coverage. */
static void
fill_band (cairo_t                 *cr,
           GArray                  *hi,
           GArray                  *lo,
           const cairo_rectangle_t *plot)
{
  const Point *h = (const Point *)(gpointer)hi->data;
  const Point *l = (const Point *)(gpointer)lo->data;
  guint n = MIN (hi->len, lo->len);
  double x_prev;

  if (n < 2)
    return;

  x_prev = floor (h[0].x) - 1;
  for (guint a = 0; a + 1 < n; a += STROKE_PIECE)
    {
      guint b = MIN (a + STROKE_PIECE, n - 1);
      guint from = a > 0 ? a - 1 : 0;
      guint to = MIN (b + 1, n - 1);
      double x_end = b == n - 1 ? ceil (h[b].x) + 1 : floor (h[b].x);

      cairo_save (cr);
      cairo_rectangle (cr, x_prev, floor (plot->y - 3), x_end - x_prev, ceil (plot->height + 6));
      cairo_clip (cr);
      cairo_move_to (cr, h[from].x, h[from].y);
      for (guint i = from + 1; i <= to; i++)
        cairo_line_to (cr, h[i].x, h[i].y);
      for (guint i = to + 1; i > from; i--)
        cairo_line_to (cr, l[i - 1].x, l[i - 1].y);
      cairo_close_path (cr);
      cairo_fill (cr);
      cairo_restore (cr);
      x_prev = x_end;
    }
}

static void
paint_swatch (cairo_t              *cr,
              const Swatch         *s,
              const SdChartOptions *options)
{
  SdPaintColor c = sd_chart_get_series_color (s->series, options);

  cairo_save (cr);
  set_color (cr, &c, 1);
  switch (s->kind)
    {
    case SWATCH_BAND:
      cairo_rectangle (cr, s->x, s->y - 5, s->w, 10);
      cairo_fill (cr);
      break;
    case SWATCH_PHASE:
      c = _sd_paint_phase_color (s->phase);
      set_color (cr, &c, _sd_paint_is_dark (&options->background) ? 0.45 : 0.30);
      cairo_rectangle (cr, s->x, s->y - 5, s->w, 10);
      cairo_fill (cr);
      break;
    case SWATCH_DASHED:
      {
        static const double dash[] = { 4, 3 };

        cairo_set_dash (cr, dash, 2, 0);
      }
      G_GNUC_FALLTHROUGH;
    case SWATCH_LINE:
    case SWATCH_THICK:
    default:
      cairo_set_line_width (cr, s->kind == SWATCH_THICK ? 2.5 : 2);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_move_to (cr, s->x, s->y);
      cairo_line_to (cr, s->x + s->w, s->y);
      cairo_stroke (cr);
      break;
    }
  cairo_restore (cr);
}

static void
paint_needle (cairo_t      *cr,
              double        x,
              double        tip_y,
              SdPaintColor  c,
              gboolean      compact)
{
  set_color (cr, &c, 0.75);
  if (compact)
    {
      /* Sessions a few pixels apart: plain ticks. */
      cairo_rectangle (cr, round (x) - 0.5, tip_y - 8, 1, 8);
      cairo_fill (cr);
      return;
    }

  /* A needle pointing down at the skin: a 1 px shaft under a small hub. */
  cairo_rectangle (cr, round (x) - 0.5, tip_y - 7, 1, 6);
  cairo_fill (cr);
  cairo_rectangle (cr, round (x) - 2, tip_y - 12, 4, 5);
  cairo_fill (cr);
  cairo_move_to (cr, round (x) - 0.5, tip_y - 1);
  cairo_line_to (cr, round (x), tip_y);
  cairo_line_to (cr, round (x) + 0.5, tip_y - 1);
  cairo_close_path (cr);
  cairo_fill (cr);
}

void
sd_chart_paint_cursor (SdChart              *chart,
                       cairo_t              *cr,
                       const SdChartOptions *options,
                       double                width,
                       double                height,
                       guint                 day)
{
  static const struct { SdChartSeries s; int v; } dots[] = {
    { SD_CHART_SERIES_UNTREATED, V_UNTREATED },
    { SD_CHART_SERIES_TYPE_III, V_TYPE_III },
    { SD_CHART_SERIES_TYPE_I, V_TYPE_I },
    { SD_CHART_SERIES_TOTAL, V_TOTAL },
  };
  double x;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (options != NULL);

  if (!chart->data)
    return;
  ensure_layout (chart, options, width, height);
  day = MIN (day, chart->data->n_days - 1);
  x = x_for_day_in (chart, day);

  cairo_save (cr);
  set_color (cr, &options->foreground, ink (options, 0.55));
  cairo_rectangle (cr, round (x) - 0.75, chart->plot.y, 1.5, chart->plot.height);
  cairo_fill (cr);

  for (guint i = 0; i < G_N_ELEMENTS (dots); i++)
    {
      double y;

      if (!(options->series & dots[i].s))
        continue;
      y = y_for_pct_in (chart, chart->data->values[dots[i].v][day]);
      cairo_new_path (cr);
      cairo_arc (cr, x, y, dots[i].s == SD_CHART_SERIES_TOTAL ? 5 : 3.5, 0, 2 * G_PI);
      set_color (cr, &options->background, 1);
      cairo_fill_preserve (cr);
      set_series_color (cr, dots[i].s, options);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

void
sd_chart_paint (SdChart              *chart,
                cairo_t              *cr,
                const SdChartOptions *options,
                double                width,
                double                height)
{
  const cairo_rectangle_t *plot;
  SdPaintColor fg;
  double baseline_y;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (options != NULL);

  ensure_layout (chart, options, width, height);
  plot = &chart->plot;
  fg = options->foreground;

  cairo_save (cr);

  if (options->fill_background)
    {
      set_color (cr, &options->background, 1);
      cairo_paint (cr);
    }

  /* Phase tints across the plot, and the strip under it. */
  for (guint i = 0; i < chart->segments->len; i++)
    {
      const PhaseSegment *seg = &g_array_index (chart->segments, PhaseSegment, i);
      SdPaintColor c = _sd_paint_phase_color (seg->phase);
      gboolean dark = _sd_paint_is_dark (&options->background);

      if (c.alpha == 0)
        continue;
      /* Remodelling is most of any course: it stays unshaded in the plot. */
      if (seg->phase != SD_PHASE_REMODELLING)
        {
          set_color (cr, &c, dark ? 0.07 : 0.06);
          cairo_rectangle (cr, seg->x0, plot->y, seg->x1 - seg->x0, plot->height);
          cairo_fill (cr);
        }
      set_color (cr, &c, dark ? 0.45 : 0.30);
      cairo_rectangle (cr, seg->x0, chart->strip_y, seg->x1 - seg->x0, chart->strip_h);
      cairo_fill (cr);
    }

  /* Grid. */
  cairo_set_line_width (cr, 1);
  set_color (cr, &fg, ink (options, 0.08));
  for (double v = ceil (chart->y_min / chart->y_step - 1e-9) * chart->y_step;
       v <= chart->y_max + 1e-9; v += chart->y_step)
    {
      double y = round (y_for_pct_in (chart, v)) + 0.5;

      if (fabs (v) < 1e-9)
        continue;
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
    }
  cairo_stroke (cr);

  /* Week ticks on the strip's lower edge. */
  if (chart->data)
    {
      guint n_weeks = (chart->data->n_days - 1) / 7;

      set_color (cr, &fg, ink (options, 0.35));
      for (guint w = 0; w <= n_weeks; w += chart->x_step_weeks)
        {
          double x = round (x_for_day_in (chart, w * 7.0)) + 0.5;

          cairo_move_to (cr, x, chart->strip_y + chart->strip_h);
          cairo_line_to (cr, x, chart->strip_y + chart->strip_h + 4);
        }
      cairo_stroke (cr);
    }

  /* Baseline. */
  baseline_y = round (y_for_pct_in (chart, 0)) + 0.5;
  set_color (cr, &fg, ink (options, 0.45));
  cairo_move_to (cr, plot->x, baseline_y);
  cairo_line_to (cr, plot->x + plot->width, baseline_y);
  cairo_stroke (cr);

  if (chart->data)
    {
      cairo_save (cr);
      /* Pixel-aligned, so cairo clips by rectangle instead of by mask. */
      cairo_rectangle (cr, floor (plot->x - 3), floor (plot->y - 3),
                       ceil (plot->x + plot->width + 3) - floor (plot->x - 3),
                       ceil (plot->y + plot->height + 3) - floor (plot->y - 3));
      cairo_clip (cr);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      /* Courses with more days than pixels (years long) make long, dense
       * curves; cairo's 4×4 antialiasing keeps them within the frame budget
       * and looks the same at that density. */
      if (chart->data->n_days > 2 * chart->plot.width)
        cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

      if (options->series & SD_CHART_SERIES_RANGE)
        {
          GArray *hi = chart->lines[V_RANGE_HIGH];
          GArray *lo = chart->lines[V_RANGE_LOW];

          set_series_color (cr, SD_CHART_SERIES_RANGE, options);
          fill_band (cr, hi, lo, plot);
        }

      if (options->series & SD_CHART_SERIES_UNTREATED)
        {
          static const double dash[] = { 5, 4 };

          cairo_set_line_width (cr, 2);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
          set_series_color (cr, SD_CHART_SERIES_UNTREATED, options);
          stroke_line (cr, chart->lines[V_UNTREATED], dash, 2);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
        }

      if (options->series & SD_CHART_SERIES_TYPE_III)
        {
          cairo_set_line_width (cr, 2);
          set_series_color (cr, SD_CHART_SERIES_TYPE_III, options);
          stroke_line (cr, chart->lines[V_TYPE_III], NULL, 0);
        }

      if (options->series & SD_CHART_SERIES_TYPE_I)
        {
          cairo_set_line_width (cr, 2);
          set_series_color (cr, SD_CHART_SERIES_TYPE_I, options);
          stroke_line (cr, chart->lines[V_TYPE_I], NULL, 0);
        }

      if (options->series & SD_CHART_SERIES_TOTAL)
        {
          cairo_set_line_width (cr, 2.75);
          set_series_color (cr, SD_CHART_SERIES_TOTAL, options);
          stroke_line (cr, chart->lines[V_TOTAL], NULL, 0);
        }

      cairo_restore (cr);

      for (guint s = 0; s < chart->data->n_sessions; s++)
        paint_needle (cr, x_for_day_in (chart, chart->data->session_days[s]), chart->marker_y, fg,
                      chart->compact_markers);
    }

  for (guint i = 0; i < chart->swatches->len; i++)
    paint_swatch (cr, &g_array_index (chart->swatches, Swatch, i), options);

  for (guint i = 0; i < chart->labels->len; i++)
    {
      const Label *label = &g_array_index (chart->labels, Label, i);
      double alpha = label->role == LABEL_LEGEND ? 0.9 :
                     label->role == LABEL_STRIP ? 0.8 : 0.65;

      set_color (cr, &fg, ink (options, alpha));
      cairo_move_to (cr, label->x, label->y);
      pango_cairo_update_layout (cr, label->layout);
      pango_cairo_show_layout (cr, label->layout);
    }

  cairo_restore (cr);

  if (options->day >= 0 && chart->data)
    sd_chart_paint_cursor (chart, cr, options, width, height, options->day);
}

/*
 * Public API
 */

void
sd_chart_options_init (SdChartOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->series = SD_CHART_SERIES_ALL;
  options->day = -1;
  options->fill_background = TRUE;
  options->show_legend = TRUE;
  options->foreground = rgb (0x241f31, 1);   /* Adwaita's light-theme text */
  options->background = rgb (0xffffff, 1);
  options->accent = rgb (0x3584e4, 1);
  options->font = NULL;
}

SdChart *
sd_chart_new (void)
{
  SdChart *chart = g_new0 (SdChart, 1);

  chart->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  chart->labels = g_array_new (FALSE, FALSE, sizeof (Label));
  g_array_set_clear_func (chart->labels, clear_label);
  chart->swatches = g_array_new (FALSE, FALSE, sizeof (Swatch));
  chart->segments = g_array_new (FALSE, FALSE, sizeof (PhaseSegment));
  for (guint i = 0; i < N_VALUES; i++)
    chart->lines[i] = g_array_new (FALSE, FALSE, sizeof (Point));

  return chart;
}

void
sd_chart_free (SdChart *chart)
{
  if (chart == NULL)
    return;

  g_clear_pointer (&chart->data, sd_chart_data_unref);
  g_clear_pointer (&chart->labels, g_array_unref);
  g_clear_pointer (&chart->swatches, g_array_unref);
  g_clear_pointer (&chart->segments, g_array_unref);
  for (guint i = 0; i < N_VALUES; i++)
    g_clear_pointer (&chart->lines[i], g_array_unref);
  g_clear_pointer (&chart->font, pango_font_description_free);
  g_clear_object (&chart->pango);
  g_free (chart);
}

void
sd_chart_set_data (SdChart     *chart,
                   SdChartData *data)
{
  g_return_if_fail (chart != NULL);

  if (data == chart->data)
    return;
  if (data)
    sd_chart_data_ref (data);
  g_clear_pointer (&chart->data, sd_chart_data_unref);
  chart->data = data;
  invalidate (chart);
}

SdChartData *
sd_chart_get_data (SdChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->data;
}

void
sd_chart_get_plot_area (SdChart              *chart,
                        const SdChartOptions *options,
                        double                width,
                        double                height,
                        cairo_rectangle_t    *out)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (options != NULL);
  g_return_if_fail (out != NULL);

  ensure_layout (chart, options, width, height);
  *out = chart->plot;
}

double
sd_chart_x_for_day (SdChart              *chart,
                    const SdChartOptions *options,
                    double                width,
                    double                height,
                    double                day)
{
  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (options != NULL, 0);

  ensure_layout (chart, options, width, height);
  if (!chart->data)
    return chart->plot.x;
  return x_for_day_in (chart, day);
}

int
sd_chart_day_for_x (SdChart              *chart,
                    const SdChartOptions *options,
                    double                width,
                    double                height,
                    double                x)
{
  double day;

  g_return_val_if_fail (chart != NULL, -1);
  g_return_val_if_fail (options != NULL, -1);

  ensure_layout (chart, options, width, height);
  if (!chart->data)
    return -1;
  if (chart->data->n_days < 2)
    return 0;
  day = round ((x - chart->plot.x) / chart->plot.width * (chart->data->n_days - 1));
  return (int)CLAMP (day, 0, chart->data->n_days - 1);
}

double
sd_chart_y_for_pct (SdChart              *chart,
                    const SdChartOptions *options,
                    double                width,
                    double                height,
                    double                value)
{
  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (options != NULL, 0);

  ensure_layout (chart, options, width, height);
  return y_for_pct_in (chart, value);
}
