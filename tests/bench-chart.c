/* bench-chart.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Paints 1920×1080 frames of the collagen chart into a cairo image surface
 * (what GSK's cairo renderer does with the widget's cairo node) and prints
 * the median and 95th percentile time per frame against the 8 ms target.
 * A benchmark, not a timed test: it always exits 0 unless painting fails.
 *
 *   first   a new chart each frame: text layout, polylines and paint
 *           (a resize or new parameters);
 *   frame   the whole chart with its layout cached, cursor moving
 *           (what a redraw costs when the render node is not reused);
 *   cursor  only the cursor, as the widget draws it over its cached node.
 *
 * Each for 5 monthly sessions over 26 weeks, and 20 yearly ones over 20 years.
 *
 *   bench-chart [FRAMES]
 */

#include "config.h"

#include "sd-chart.h"
#include "sd-bench-figures.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define TARGET_MS 8.0
#define REPAINT_TARGET_MS 4.0   /* issue 10: a full repaint of a 20-year course */
#define WIDTH 1920
#define HEIGHT 1080

typedef enum { MODE_FIRST, MODE_FRAME, MODE_CURSOR } Mode;

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* This thread's CPU time, µs (a shared machine's neighbours do not count) */
static gint64
now_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* The floor: composite a cached 1920×1080 image, as a cached chart costs */
static double
measure_floor (guint            frames,
               cairo_surface_t *surface)
{
  cairo_surface_t *cached = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  g_autofree double *times = g_new (double, frames);

  for (guint i = 0; i < frames; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = now_us ();

      cairo_set_source_surface (cr, cached, 0, 0);
      cairo_paint (cr);
      cairo_surface_flush (surface);
      times[i] = (now_us () - start) / 1000.0;
      cairo_destroy (cr);
    }
  cairo_surface_destroy (cached);
  qsort (times, frames, sizeof (double), compare_double);
  return times[frames / 2];
}

static double
run (const char        *name,
     SdChartData       *data,
     Mode               mode,
     guint              frames,
     cairo_surface_t   *surface)
{
  static const char *mode_names[] = { "first", "frame", "cursor" };
  g_autofree double *times = g_new (double, frames);
  g_autoptr(SdChart) chart = sd_chart_new ();
  SdChartOptions options;
  guint n_days = sd_chart_data_get_n_days (data);
  double median, p95;

  sd_chart_options_init (&options);
  sd_chart_set_data (chart, data);

  /* Warm up fonts and the layout cache. */
  {
    cairo_t *cr = cairo_create (surface);

    sd_chart_paint (chart, cr, &options, WIDTH, HEIGHT);
    cairo_destroy (cr);
  }

  for (guint i = 0; i < frames; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = now_us ();
      guint day = (i * 7) % n_days;

      switch (mode)
        {
        case MODE_FIRST:
          {
            g_autoptr(SdChart) fresh = sd_chart_new ();

            sd_chart_set_data (fresh, data);
            options.day = day;
            sd_chart_paint (fresh, cr, &options, WIDTH, HEIGHT);
          }
          break;
        case MODE_FRAME:
          options.day = day;
          sd_chart_paint (chart, cr, &options, WIDTH, HEIGHT);
          break;
        case MODE_CURSOR:
        default:
          sd_chart_paint_cursor (chart, cr, &options, WIDTH, HEIGHT, day);
          break;
        }
      cairo_surface_flush (surface);
      times[i] = (now_us () - start) / 1000.0;
      if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
        {
          fprintf (stderr, "painting failed: %s\n", cairo_status_to_string (cairo_status (cr)));
          exit (EXIT_FAILURE);
        }
      cairo_destroy (cr);
    }

  qsort (times, frames, sizeof (double), compare_double);
  median = times[frames / 2];
  p95 = times[MIN (frames - 1, (guint)(frames * 0.95))];
  printf ("%-18s %-7s median %6.2f ms  p95 %6.2f ms  %s\n",
          name, mode_names[mode], median, p95, p95 <= TARGET_MS ? "ok" : "OVER 8 ms");
  return median;
}

int
main (int    argc,
      char **argv)
{
  guint frames = argc > 1 ? (guint)atoi (argv[1]) : 200;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  struct { const char *name; guint sessions; double interval; guint weeks; } courses[] = {
    { "5 monthly, 26 wk", 5, 4, 26 },
    { "20 yearly, 20 yr", 20, 52, 1040 },
  };
  double floor_ms, repaint_20y = NAN;

  if (frames < 2)
    frames = 2;

  printf ("Collagen chart, %d×%d, cairo image surface, %u frames, CPU ms (target: p95 ≤ %.0f ms)\n",
          WIDTH, HEIGHT, frames, TARGET_MS);
  floor_ms = measure_floor (frames, surface);
  printf ("floor (composite a cached image): median %.2f ms\n", floor_ms);

  for (guint c = 0; c < G_N_ELEMENTS (courses); c++)
    {
      g_autoptr(SdChartData) data = NULL;
      g_autoptr(GError) error = NULL;
      SdCourseParams p;

      sd_course_params_init (&p);
      p.length_mm = 1.5;
      p.sessions = courses[c].sessions;
      p.interval_weeks = courses[c].interval;
      p.weeks = courses[c].weeks;
      if (!(data = sd_chart_data_new_for_params (&p, &error)))
        {
          fprintf (stderr, "%s\n", error->message);
          return EXIT_FAILURE;
        }
      for (Mode m = MODE_FIRST; m <= MODE_CURSOR; m++)
        {
          double median = run (courses[c].name, data, m, frames, surface);

          if (c == 1 && m == MODE_FRAME)
            repaint_20y = median;
        }
    }

  printf ("a full repaint of the 20-year course: %.2f ms (target ≤ %.0f ms): %s\n", repaint_20y,
          REPAINT_TARGET_MS, repaint_20y <= REPAINT_TARGET_MS ? "met" : "NOT met");
  sd_bench_figure ("chart_repaint_20y_ms", repaint_20y, "ms", REPAINT_TARGET_MS, floor_ms,
                   repaint_20y <= REPAINT_TARGET_MS);
  sd_bench_figure ("chart_floor_ms", floor_ms, "ms", NAN, NAN, -1);
  sd_bench_figures_write ();

  cairo_surface_destroy (surface);
  return EXIT_SUCCESS;
}
