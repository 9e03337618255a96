/* sd-chart.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

#include "sd-course.h"
#include "sd-painter.h"

G_BEGIN_DECLS

/*
 * The collagen chart: collagen I, collagen III and total collagen over the
 * weeks of a course, against the same skin without treatment, with the
 * evidence range, phase bands and session markers. Plain cairo/pango, no
 * GTK, so the widget, file export and the command line draw the same picture.
 *
 * Values are shown as percent change from baseline: (relative value - 1) × 100.
 */

/* The typical range. The chart runs the treated course again at both ends of the
 * model's documented uncertainty (SdCourseParams.estimate: needle depth for this device,
 * response gain and the spread between people, lifestyle effect sizes, the age law) and
 * shows, for total collagen, the band between the lowest and highest of the three courses
 * on each day. The legend names it "typical range". SD_CHART_RANGE_SOURCE says what it
 * contains; it is marked for translation: translate it with _() where it is shown. */
#define SD_CHART_RANGE_SOURCE N_( \
  "Typical range: every uncertain part of the model at its low or high end together: how " \
  "deep this device really goes, how strongly people respond (people differ by about 20 %, " \
  "Sibilla via Reilly & Lozano 2021), the size of the lifestyle effects and the rate of " \
  "ageing. Not the best or worst possible result")

typedef enum
{
  SD_CHART_SERIES_TOTAL     = 1 << 0,   /* total collagen (types I + III), treated */
  SD_CHART_SERIES_TYPE_I    = 1 << 1,
  SD_CHART_SERIES_TYPE_III  = 1 << 2,
  SD_CHART_SERIES_UNTREATED = 1 << 3,   /* total collagen, same skin, no sessions */
  SD_CHART_SERIES_RANGE     = 1 << 4,   /* band: the typical range */
  SD_CHART_SERIES_ALL       = 0x1f,
} SdChartSeries;

/*
 * Data: the four courses, reduced to what the chart needs. Immutable and
 * reference counted, so the widget and a painter can share it.
 */

typedef struct _SdChartData SdChartData;

/* The values of one day, in percent change from baseline. */
typedef struct
{
  guint   day;
  SdPhase phase;            /* of the latest session (treated course) */
  guint   sessions_done;
  double  total_pct;        /* treated, types I + III */
  double  type_i_pct;
  double  type_iii_pct;
  double  untreated_pct;    /* same skin without treatment */
  double  range_low_pct;    /* lowest total of the treated, low and high courses */
  double  range_high_pct;   /* highest of them */
} SdChartSample;

/* @treated, @untreated (same parameters, sessions = 0), @low and @high (the
 * treated course at SD_ESTIMATE_LOW / SD_ESTIMATE_HIGH) must all
 * have the same number of days. The courses are copied from, not kept. */
SdChartData  *sd_chart_data_new          (const SdCourse        *treated,
                                          const SdCourse        *untreated,
                                          const SdCourse        *low,
                                          const SdCourse        *high);
/* Runs the four courses for @params (microseconds) and builds the data. */
SdChartData  *sd_chart_data_new_for_params (const SdCourseParams *params,
                                            GError              **error);
SdChartData  *sd_chart_data_ref          (SdChartData           *data);
void          sd_chart_data_unref        (SdChartData           *data);
guint         sd_chart_data_get_n_days   (const SdChartData     *data);
guint         sd_chart_data_get_n_sessions (const SdChartData   *data);
/* First day of session @session (0-based). */
guint         sd_chart_data_get_session_day (const SdChartData  *data,
                                             guint               session);
/* @day < n_days. */
void          sd_chart_data_get_sample   (const SdChartData     *data,
                                          guint                  day,
                                          SdChartSample         *out);

/*
 * Painting
 */

/* Options grow by appending fields: always start from sd_chart_options_init(). */
typedef struct
{
  SdChartSeries series;             /* which series to draw */
  int           day;                /* cursor day, -1 = no cursor */
  gboolean      fill_background;    /* FALSE in the widget (the theme paints it) */
  gboolean      show_legend;

  /* Colours from the caller (theme). Series colours are fixed and
   * colour-blind safe (Okabe–Ito), lighter variants on dark backgrounds. */
  SdPaintColor  foreground;         /* axes, labels, total collagen */
  SdPaintColor  background;
  SdPaintColor  accent;             /* the cursor */

  const PangoFontDescription *font; /* borrowed; NULL = "Sans 9" */
  gboolean      high_contrast;      /* the system's high contrast: grid, ticks, labels
                                     * and the untreated line drawn stronger */
} SdChartOptions;

typedef struct _SdChart SdChart;

void          sd_chart_options_init      (SdChartOptions        *options);

SdChart      *sd_chart_new               (void);
void          sd_chart_free              (SdChart               *chart);
/* Takes a reference; NULL clears. Drops the cached geometry. */
void          sd_chart_set_data          (SdChart               *chart,
                                          SdChartData           *data);
SdChartData  *sd_chart_get_data          (SdChart               *chart);

void          sd_chart_paint             (SdChart               *chart,
                                          cairo_t               *cr,
                                          const SdChartOptions  *options,
                                          double                 width,
                                          double                 height);
/* Only the cursor (line and dot on total collagen) at @day, for callers
 * that cache everything else. */
void          sd_chart_paint_cursor      (SdChart               *chart,
                                          cairo_t               *cr,
                                          const SdChartOptions  *options,
                                          double                 width,
                                          double                 height,
                                          guint                  day);

/* Geometry shared with the widget (cursor, hit tests, tests). The layout
 * depends on the text sizes, so these take the same options as paint. */
void          sd_chart_get_plot_area     (SdChart               *chart,
                                          const SdChartOptions  *options,
                                          double                 width,
                                          double                 height,
                                          cairo_rectangle_t     *out);
double        sd_chart_x_for_day         (SdChart               *chart,
                                          const SdChartOptions  *options,
                                          double                 width,
                                          double                 height,
                                          double                 day);
/* Nearest day, clamped to the course; -1 without data. */
int           sd_chart_day_for_x         (SdChart               *chart,
                                          const SdChartOptions  *options,
                                          double                 width,
                                          double                 height,
                                          double                 x);
double        sd_chart_y_for_pct         (SdChart               *chart,
                                          const SdChartOptions  *options,
                                          double                 width,
                                          double                 height,
                                          double                 pct);
/* The colour a series is drawn with on this background. */
SdPaintColor  sd_chart_get_series_color  (SdChartSeries          series,
                                          const SdChartOptions  *options);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SdChartData, sd_chart_data_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SdChart, sd_chart_free)

G_END_DECLS
