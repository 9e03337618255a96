/* sd-chart-private.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "sd-chart.h"
#include "sd-paint-palette.h"
#include "sd-paint-text.h"

G_BEGIN_DECLS

/*
 * The chart's units: the data (sd-chart-data.c), the axes with their ticks
 * and the decimated lines (sd-chart-axis.c), the legend (sd-chart-legend.c)
 * and the plot, which lays them out and paints (sd-chart.c).
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
  return chart->plot.y
         + chart->plot.height * (chart->y_max - value) / (chart->y_max - chart->y_min);
}

/* sd-chart.c */
void          _sd_chart_add_label          (SdChart                    *chart,
                                            PangoLayout                *layout,
                                            double                      x,
                                            double                      y,
                                            LabelRole                   role);
const char   *_sd_chart_phase_label        (SdPhase                     phase);
void          _sd_chart_set_series_color   (cairo_t                    *cr,
                                            SdChartSeries               series,
                                            const SdChartOptions       *options);

/* sd-chart-axis.c */
void          _sd_chart_axis_fit_y         (SdChart                    *chart,
                                            const SdChartOptions       *options,
                                            double                      plot_h);
double        _sd_chart_axis_label_width   (SdChart                    *chart,
                                            const PangoFontDescription *small);
void          _sd_chart_axis_add_y_labels  (SdChart                    *chart,
                                            const PangoFontDescription *small,
                                            double                      plot_right);
void          _sd_chart_axis_add_x_labels  (SdChart                    *chart,
                                            const PangoFontDescription *small,
                                            double                      plot_right);
void          _sd_chart_axis_build_lines   (SdChart                    *chart);

/* sd-chart-legend.c */
double        _sd_chart_legend_layout      (SdChart                    *chart,
                                            const SdChartOptions       *options,
                                            const PangoFontDescription *small,
                                            double                      margin,
                                            double                      line_h,
                                            double                      tick_h);
void          _sd_chart_legend_paint       (SdChart                    *chart,
                                            cairo_t                    *cr,
                                            const SdChartOptions       *options);

G_END_DECLS
