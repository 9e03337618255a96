/* sd-chart.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-chart"

#include "config.h"

#include "sd-chart.h"
#include "sd-chart-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

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

void
_sd_chart_set_series_color (cairo_t              *cr,
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

void
_sd_chart_add_label (SdChart     *chart,
                     PangoLayout *layout,
                     double       x,
                     double       y,
                     LabelRole    role)
{
  Label label = { layout, x, y, role };

  g_array_append_val (chart->labels, label);
}

const char *
_sd_chart_phase_label (SdPhase phase)
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
set_font (SdChart                    *chart,
          const PangoFontDescription *font)
{
  g_clear_pointer (&chart->font, pango_font_description_free);
  if (font)
    {
      chart->font = pango_font_description_copy (font);
      chart->font_is_default = FALSE;
    }
  else
    {
      chart->font = pango_font_description_from_string ("Sans 9");
      chart->font_is_default = TRUE;
    }
}

/* The tick font: 90 % of @font */
static PangoFontDescription *
small_font (const PangoFontDescription *font)
{
  PangoFontDescription *small = pango_font_description_copy (font);

  if (pango_font_description_get_size (font) > 0)
    {
      int size = pango_font_description_get_size (font) * 0.9;

      if (pango_font_description_get_size_is_absolute (font))
        pango_font_description_set_absolute_size (small, size);
      else
        pango_font_description_set_size (small, size);
    }
  return small;
}

/* Phase bands of the latest session, as runs of days, named inside the strip
 * under the plot where they fit. */
static void
layout_phases (SdChart                    *chart,
               const PangoFontDescription *small)
{
  const SdChartData *data = chart->data;

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

      if (chart->strip_h > 8 && _sd_chart_phase_label (phase))
        {
          double tw, th;
          PangoLayout *layout = _sd_paint_make_layout_in (chart->pango, small,
                                                          _sd_chart_phase_label (phase), &tw, &th);

          if (tw + 8 <= seg.x1 - seg.x0)
            _sd_chart_add_label (chart, layout, seg.x0 + 4,
                                 chart->strip_y + (chart->strip_h - th) / 2.0, LABEL_STRIP);
          else
            g_object_unref (layout);
        }
    }
}

/* Session numbers beside the needle glyphs, where they have room. */
static void
layout_session_numbers (SdChart                    *chart,
                        const PangoFontDescription *small)
{
  const SdChartData *data = chart->data;
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
        _sd_chart_add_label (chart, layout, x_for_day_in (chart, data->session_days[s]) + 5,
                             chart->marker_y - 2 - th, LABEL_MARKER);
      }
}

static void
ensure_layout (SdChart              *chart,
               const SdChartOptions *options,
               double                width,
               double                height)
{
  g_autoptr(PangoFontDescription) small = NULL;
  const SdChartData *data = chart->data;
  double margin, line_h, tick_h, legend_h = 0, marker_h = 0;
  double plot_top, plot_bottom, plot_left, plot_right;

  if (options_match (chart, options, width, height))
    return;

  invalidate (chart);
  set_font (chart, options->font);
  chart->width = width;
  chart->height = height;
  chart->series = options->series;
  chart->show_legend = options->show_legend;
  chart->valid = TRUE;

  small = small_font (chart->font);
  g_object_unref (_sd_paint_make_layout_in (chart->pango, chart->font, "Ag", NULL, &line_h));
  g_object_unref (_sd_paint_make_layout_in (chart->pango, small, "0", NULL, &tick_h));

  margin = width >= 800 && height >= 400 ? 14 : 8;

  /* Legend: swatch + text items, flowed into rows. */
  if (options->show_legend)
    legend_h = _sd_chart_legend_layout (chart, options, small, margin, line_h, tick_h);

  /* Session markers: a small needle glyph with the session number. */
  if (data && data->n_sessions > 0)
    marker_h = MAX (tick_h, 14.0) + 2;

  plot_top = margin + legend_h + marker_h;

  /* Bottom: the phase strip under the plot, then week ticks and labels. */
  chart->strip_h = (width >= 560 && height >= 280) ? tick_h + 4 : 5;
  chart->tick_label_y = height - margin - tick_h;
  plot_bottom = chart->tick_label_y - 5 - chart->strip_h;
  chart->strip_y = plot_bottom;

  _sd_chart_axis_fit_y (chart, options, plot_bottom - plot_top);
  plot_left = margin + _sd_chart_axis_label_width (chart, small) + 6;
  plot_right = width - margin - 6;

  chart->plot.x = plot_left;
  chart->plot.y = plot_top;
  chart->plot.width = MAX (1.0, plot_right - plot_left);
  chart->plot.height = MAX (1.0, plot_bottom - plot_top);
  chart->marker_y = plot_top;

  _sd_chart_axis_add_y_labels (chart, small, plot_right);
  if (!data)
    return;
  _sd_chart_axis_add_x_labels (chart, small, plot_right);
  layout_phases (chart, small);
  layout_session_numbers (chart, small);
  _sd_chart_axis_build_lines (chart);
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
paint_needle (cairo_t     *cr,
              double       x,
              double       tip_y,
              SdPaintColor c,
              gboolean     compact)
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
      _sd_chart_set_series_color (cr, dots[i].s, options);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* Phase tints across the plot, and the strip under it */
static void
paint_phases (SdChart              *chart,
              cairo_t              *cr,
              const SdChartOptions *options)
{
  const cairo_rectangle_t *plot = &chart->plot;

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
}

/* The grid, the week ticks on the strip's lower edge and the baseline */
static void
paint_grid (SdChart              *chart,
            cairo_t              *cr,
            const SdChartOptions *options)
{
  const cairo_rectangle_t *plot = &chart->plot;
  SdPaintColor fg = options->foreground;
  double baseline_y;

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
}

/* The band and the lines, clipped to the plot */
static void
paint_series (SdChart              *chart,
              cairo_t              *cr,
              const SdChartOptions *options)
{
  const cairo_rectangle_t *plot = &chart->plot;

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

      _sd_chart_set_series_color (cr, SD_CHART_SERIES_RANGE, options);
      fill_band (cr, hi, lo, plot);
    }

  if (options->series & SD_CHART_SERIES_UNTREATED)
    {
      static const double dash[] = { 5, 4 };

      cairo_set_line_width (cr, 2);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      _sd_chart_set_series_color (cr, SD_CHART_SERIES_UNTREATED, options);
      stroke_line (cr, chart->lines[V_UNTREATED], dash, 2);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
    }

  if (options->series & SD_CHART_SERIES_TYPE_III)
    {
      cairo_set_line_width (cr, 2);
      _sd_chart_set_series_color (cr, SD_CHART_SERIES_TYPE_III, options);
      stroke_line (cr, chart->lines[V_TYPE_III], NULL, 0);
    }

  if (options->series & SD_CHART_SERIES_TYPE_I)
    {
      cairo_set_line_width (cr, 2);
      _sd_chart_set_series_color (cr, SD_CHART_SERIES_TYPE_I, options);
      stroke_line (cr, chart->lines[V_TYPE_I], NULL, 0);
    }

  if (options->series & SD_CHART_SERIES_TOTAL)
    {
      cairo_set_line_width (cr, 2.75);
      _sd_chart_set_series_color (cr, SD_CHART_SERIES_TOTAL, options);
      stroke_line (cr, chart->lines[V_TOTAL], NULL, 0);
    }

  cairo_restore (cr);
}

/* Every label laid out, in the foreground colour */
static void
paint_labels (SdChart              *chart,
              cairo_t              *cr,
              const SdChartOptions *options)
{
  SdPaintColor fg = options->foreground;

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
}

void
sd_chart_paint (SdChart              *chart,
                cairo_t              *cr,
                const SdChartOptions *options,
                double                width,
                double                height)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (options != NULL);

  ensure_layout (chart, options, width, height);

  cairo_save (cr);

  if (options->fill_background)
    {
      set_color (cr, &options->background, 1);
      cairo_paint (cr);
    }

  paint_phases (chart, cr, options);
  paint_grid (chart, cr, options);
  if (chart->data)
    {
      paint_series (chart, cr, options);
      for (guint s = 0; s < chart->data->n_sessions; s++)
        paint_needle (cr, x_for_day_in (chart, chart->data->session_days[s]), chart->marker_y,
                      options->foreground, chart->compact_markers);
    }
  _sd_chart_legend_paint (chart, cr, options);
  paint_labels (chart, cr, options);

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
