/* test-chart.c: the collagen chart painter (src/paint/sd-chart.c)
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No display needed: the chart is painted into cairo image surfaces and the
 * pixels are compared with where the model says the curves are. Set
 * SD_CHART_PNG=/tmp/chart.png to also write the 1200×500 picture.
 */

#include "config.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sd-chart.h"
#include "sd-test-utils.h"

/* Five monthly 1.5 mm roller sessions over 26 weeks (Lotfi 2013's protocol). */
static void
monthly_params (SdCourseParams *p)
{
  sd_course_params_init (p);
  p->length_mm = 1.5;
  p->sessions = 5;
  p->interval_weeks = 4;
  p->weeks = 26;
}

static SdChartData *
monthly_data (void)
{
  SdCourseParams p;
  g_autoptr(GError) error = NULL;
  SdChartData *data;

  monthly_params (&p);
  data = sd_chart_data_new_for_params (&p, &error);
  ck_assert_msg (data != NULL, "%s", error ? error->message : "");
  return data;
}

static cairo_surface_t *
paint (SdChart              *chart,
       const SdChartOptions *options,
       int                   width,
       int                   height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  sd_chart_paint (chart, cr, options, width, height);
  ck_assert_int_eq (cairo_status (cr), CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Un-premultiplied 0..255 channels of the pixel at (x, y). */
static void
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y,
          int             *r,
          int             *g,
          int             *b)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 argb;
  int a;

  ck_assert_int_ge (x, 0);
  ck_assert_int_ge (y, 0);
  ck_assert_int_lt (x, cairo_image_surface_get_width (surface));
  ck_assert_int_lt (y, cairo_image_surface_get_height (surface));

  memcpy (&argb, data + y * stride + x * 4, 4);
  a = argb >> 24;
  ck_assert_int_gt (a, 0);
  *r = ((argb >> 16) & 0xff) * 255 / a;
  *g = ((argb >> 8) & 0xff) * 255 / a;
  *b = (argb & 0xff) * 255 / a;
}

static int
distance_to (cairo_surface_t *surface,
             int              x,
             int              y,
             SdPaintColor     c)
{
  int r, g, b;

  pixel_at (surface, x, y, &r, &g, &b);
  return MAX (abs (r - (int)(c.red * 255)),
              MAX (abs (g - (int)(c.green * 255)), abs (b - (int)(c.blue * 255))));
}

START_TEST (test_chart_data_matches_model)
{
  g_autoptr(SdChartData) data = monthly_data ();
  g_autoptr(SdCourse) course = NULL;
  SdCourseParams p;
  SdChartSample s;

  monthly_params (&p);
  course = sd_course_run (&p, NULL);
  ck_assert_ptr_nonnull (course);
  ck_assert_uint_eq (sd_chart_data_get_n_days (data), sd_course_get_n_days (course));
  ck_assert_uint_eq (sd_chart_data_get_n_sessions (data), 5);
  for (guint i = 0; i < 5; i++)
    ck_assert_uint_eq (sd_chart_data_get_session_day (data, i),
                       sd_course_get_session_day (course, i));

  for (guint d = 0; d < sd_course_get_n_days (course); d++)
    {
      const SdCourseDay *day = sd_course_get_day (course, d);

      sd_chart_data_get_sample (data, d, &s);
      ck_assert_double_eq_tol (s.total_pct, (day->collagen_rel - 1) * 100, 1e-9);
      ck_assert_double_eq_tol (s.type_i_pct, (day->collagen_i_rel - 1) * 100, 1e-9);
      ck_assert_double_eq_tol (s.type_iii_pct, (day->collagen_iii_rel - 1) * 100, 1e-9);
      ck_assert_int_eq (s.phase, day->phase);
      /* The range always contains the course it is the range of. */
      ck_assert (s.range_low_pct <= s.total_pct && s.total_pct <= s.range_high_pct);
    }
}
END_TEST

START_TEST (test_chart_total_drawn_where_the_model_says)
{
  g_autoptr(SdChartData) data = monthly_data ();
  g_autoptr(SdChart) chart = sd_chart_new ();
  SdChartOptions options;
  SdPaintColor total;
  cairo_surface_t *surface;
  const guint days[] = { 20, 60, 100, 150, 168, 182 };

  sd_chart_set_data (chart, data);
  sd_chart_options_init (&options);
  surface = paint (chart, &options, 800, 400);
  total = sd_chart_get_series_color (SD_CHART_SERIES_TOTAL, &options);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      SdChartSample s;
      double x, y;

      sd_chart_data_get_sample (data, days[i], &s);
      x = sd_chart_x_for_day (chart, &options, 800, 400, days[i]);
      y = sd_chart_y_for_pct (chart, &options, 800, 400, s.total_pct);
      ck_assert_msg (distance_to (surface, (int)x, (int)y, total) < 70,
                     "day %u: pixel at (%d, %d) is not the total-collagen colour",
                     days[i], (int)x, (int)y);
    }

  cairo_surface_destroy (surface);
}
END_TEST

START_TEST (test_chart_band_has_width)
{
  g_autoptr(SdChartData) data = monthly_data ();
  g_autoptr(SdChart) chart = sd_chart_new ();
  SdChartOptions options;
  cairo_surface_t *surface;
  SdChartSample s;
  double x, y_lo, y_hi;
  int r, g, b;

  sd_chart_set_data (chart, data);
  sd_chart_options_init (&options);
  options.series = SD_CHART_SERIES_RANGE;
  surface = paint (chart, &options, 800, 400);

  /* Where the low and high courses differ, the band is drawn and has height. */
  sd_chart_data_get_sample (data, 168, &s);
  ck_assert_double_gt (s.range_high_pct - s.range_low_pct, 1.0);
  x = sd_chart_x_for_day (chart, &options, 800, 400, 168);
  y_lo = sd_chart_y_for_pct (chart, &options, 800, 400, s.range_low_pct);
  y_hi = sd_chart_y_for_pct (chart, &options, 800, 400, s.range_high_pct);
  ck_assert_double_gt (y_lo - y_hi, 4);

  pixel_at (surface, (int)x, (int)((y_lo + y_hi) / 2), &r, &g, &b);
  ck_assert_msg (r < 240 && g < 240 && b < 240, "no band at day 168: %d %d %d", r, g, b);
  /* Outside the band (well above it) the background shows. */
  pixel_at (surface, (int)x + 3, (int)y_hi - 12, &r, &g, &b);
  ck_assert_msg (r > 240 && g > 240 && b > 240, "band drawn above its top: %d %d %d", r, g, b);

  /* Day 0, before any healing, the courses agree. */
  sd_chart_data_get_sample (data, 0, &s);
  ck_assert_double_eq_tol (s.range_high_pct, s.range_low_pct, 0.5);

  cairo_surface_destroy (surface);
}
END_TEST

START_TEST (test_chart_untreated_at_or_below_baseline)
{
  g_autoptr(SdChartData) data = monthly_data ();
  g_autoptr(SdChart) chart = sd_chart_new ();
  SdChartOptions options;
  cairo_surface_t *surface;
  cairo_rectangle_t plot;
  double baseline_y;
  guint dark_below = 0;

  for (guint d = 0; d < sd_chart_data_get_n_days (data); d++)
    {
      SdChartSample s;

      sd_chart_data_get_sample (data, d, &s);
      ck_assert_double_le (s.untreated_pct, 1e-9);
    }

  sd_chart_set_data (chart, data);
  sd_chart_options_init (&options);
  options.series = SD_CHART_SERIES_UNTREATED;
  options.show_legend = FALSE;
  surface = paint (chart, &options, 800, 400);
  sd_chart_get_plot_area (chart, &options, 800, 400, &plot);
  baseline_y = sd_chart_y_for_pct (chart, &options, 800, 400, 0);

  /* No dark pixel above the baseline in the plot's left half (the right end
   * carries the "baseline" label); the dashed line is at or just under it. */
  for (int y = (int)plot.y + 1; y < (int)baseline_y - 3; y++)
    for (int x = (int)plot.x + 2; x < (int)(plot.x + plot.width / 2); x++)
      {
        int r, g, b;

        pixel_at (surface, x, y, &r, &g, &b);
        ck_assert_msg (r > 200 && g > 200 && b > 200,
                       "untreated course drawn above baseline at (%d, %d)", x, y);
      }
  for (int y = (int)baseline_y - 2; y < (int)baseline_y + 6; y++)
    for (int x = (int)plot.x + 2; x < (int)(plot.x + plot.width / 2); x++)
      {
        int r, g, b;

        pixel_at (surface, x, y, &r, &g, &b);
        dark_below += r < 200;
      }
  ck_assert_uint_gt (dark_below, 50);

  cairo_surface_destroy (surface);
}
END_TEST

START_TEST (test_chart_deterministic_and_geometry)
{
  g_autoptr(SdChartData) data = monthly_data ();
  g_autoptr(SdChart) a = sd_chart_new ();
  g_autoptr(SdChart) b = sd_chart_new ();
  SdChartOptions options;
  cairo_surface_t *sa, *sb;
  int stride;

  sd_chart_set_data (a, data);
  sd_chart_set_data (b, data);
  sd_chart_options_init (&options);
  options.day = 100;
  sa = paint (a, &options, 640, 320);
  sb = paint (b, &options, 640, 320);
  stride = cairo_image_surface_get_stride (sa);
  ck_assert_int_eq (memcmp (cairo_image_surface_get_data (sa),
                            cairo_image_surface_get_data (sb), stride * 320), 0);

  for (guint d = 0; d < sd_chart_data_get_n_days (data); d++)
    ck_assert_int_eq (sd_chart_day_for_x (a, &options, 640, 320,
                                          sd_chart_x_for_day (a, &options, 640, 320, d)), d);
  ck_assert_int_eq (sd_chart_day_for_x (a, &options, 640, 320, -100), 0);
  ck_assert_int_eq (sd_chart_day_for_x (a, &options, 640, 320, 1e6),
                    sd_chart_data_get_n_days (data) - 1);
  ck_assert_double_lt (sd_chart_y_for_pct (a, &options, 640, 320, 10),
                       sd_chart_y_for_pct (a, &options, 640, 320, 0));

  cairo_surface_destroy (sa);
  cairo_surface_destroy (sb);
}
END_TEST

/* Darkness summed beside the plot, left of it: the percent labels */
static double
axis_ink (cairo_surface_t         *surface,
          const cairo_rectangle_t *plot)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  double sum = 0;

  for (int y = (int)plot->y; y < (int)(plot->y + plot->height); y++)
    for (int x = 0; x < (int)plot->x - 2; x++)
      {
        guint32 argb;

        memcpy (&argb, data + y * stride + x * 4, 4);
        sum += 255 - (0.2126 * ((argb >> 16) & 0xff) + 0.7152 * ((argb >> 8) & 0xff)
                      + 0.0722 * (argb & 0xff));
      }
  return sum;
}

START_TEST (test_chart_high_contrast_labels_stronger)
{
  g_autoptr(SdChartData) data = monthly_data ();
  g_autoptr(SdChart) chart = sd_chart_new ();
  SdChartOptions plain, strong;
  cairo_surface_t *sa, *sb;
  cairo_rectangle_t plot;
  double a, b;

  sd_chart_set_data (chart, data);
  sd_chart_options_init (&plain);
  strong = plain;
  strong.high_contrast = TRUE;
  sa = paint (chart, &plain, 640, 320);
  sb = paint (chart, &strong, 640, 320);
  sd_chart_get_plot_area (chart, &plain, 640, 320, &plot);

  /* the axis labels go from 65 % to full strength */
  a = axis_ink (sa, &plot);
  b = axis_ink (sb, &plot);
  ck_assert_msg (b > 1.3 * a, "axis ink %.0f in high contrast, %.0f normally", b, a);

  cairo_surface_destroy (sa);
  cairo_surface_destroy (sb);
}
END_TEST

START_TEST (test_chart_sizes_and_long_course)
{
  g_autoptr(SdChartData) data = monthly_data ();
  g_autoptr(SdChartData) long_data = NULL;
  g_autoptr(SdChart) chart = sd_chart_new ();
  g_autoptr(GError) error = NULL;
  SdChartOptions options;
  SdCourseParams p;
  const char *png = g_getenv ("SD_CHART_PNG");
  const int sizes[][2] = { { 400, 250 }, { 1200, 500 }, { 1920, 1080 }, { 60, 40 } };

  sd_chart_set_data (chart, data);
  sd_chart_options_init (&options);
  options.day = 168;
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_surface_t *surface = paint (chart, &options, sizes[i][0], sizes[i][1]);

      if (png && sizes[i][0] == 1200)
        ck_assert_int_eq (cairo_surface_write_to_png (surface, png), CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (surface);
    }

  /* Twenty yearly sessions over twenty years: more days than pixels. */
  sd_course_params_init (&p);
  p.sessions = 20;
  p.interval_weeks = 52;
  p.weeks = 1040;
  long_data = sd_chart_data_new_for_params (&p, &error);
  ck_assert_msg (long_data != NULL, "%s", error ? error->message : "");
  sd_chart_set_data (chart, long_data);
  cairo_surface_destroy (paint (chart, &options, 800, 400));

  /* Without data: axes only, no crash. */
  sd_chart_set_data (chart, NULL);
  ck_assert_int_eq (sd_chart_day_for_x (chart, &options, 800, 400, 100), -1);
  cairo_surface_destroy (paint (chart, &options, 800, 400));
}
END_TEST

START_TEST (test_chart_untreated_course_flat_range)
{
  g_autoptr(SdChartData) data = NULL;
  g_autoptr(GError) error = NULL;
  SdCourseParams p;

  monthly_params (&p);
  p.sessions = 0;
  data = sd_chart_data_new_for_params (&p, &error);
  ck_assert_msg (data != NULL, "%s", error ? error->message : "");
  ck_assert_uint_eq (sd_chart_data_get_n_sessions (data), 0);
  for (guint d = 0; d < sd_chart_data_get_n_days (data); d++)
    {
      SdChartSample s;

      sd_chart_data_get_sample (data, d, &s);
      ck_assert_double_le (s.total_pct, 1e-9);
      ck_assert_double_eq_tol (s.total_pct, s.untreated_pct, 1e-9);
      ck_assert_int_eq (s.phase, SD_PHASE_BASELINE);
    }

  /* Invalid parameters are reported, not drawn. */
  p.weeks = 0;
  ck_assert_ptr_null (sd_chart_data_new_for_params (&p, &error));
  ck_assert_ptr_nonnull (error);
}
END_TEST

START_TEST (test_chart_range_depends_on_device)
{
  double width[SD_N_DEVICES];

  for (guint d = 0; d < SD_N_DEVICES; d++)
    {
      g_autoptr(SdChartData) data = NULL;
      g_autoptr(SdCourse) low = NULL;
      g_autoptr(GError) error = NULL;
      SdCourseParams p;
      SdChartSample s;

      monthly_params (&p);
      p.device = d;
      p.length_mm = 1.0;
      data = sd_chart_data_new_for_params (&p, &error);
      ck_assert_msg (data != NULL, "%s", error ? error->message : "");
      sd_chart_data_get_sample (data, 150, &s);
      width[d] = s.range_high_pct - s.range_low_pct;

      /* The band's low edge is the model's low-outcome estimate of this plan. */
      p.estimate = SD_ESTIMATE_LOW;
      low = sd_course_run (&p, &error);
      ck_assert_ptr_nonnull (low);
      ck_assert_double_eq_tol (s.range_low_pct,
                               (sd_course_get_day (low, 150)->collagen_rel - 1.0) * 100.0, 1e-9);
    }
  /* Built from each device's own uncertainty: a roller's depth is far less certain than
   * a pen's, so the two bands differ. */
  ck_assert_msg (fabs (width[SD_DEVICE_ROLLER] - width[SD_DEVICE_PEN]) > 1.0,
                 "roller %g, pen %g points", width[SD_DEVICE_ROLLER], width[SD_DEVICE_PEN]);
}
END_TEST

static Suite *
chart_suite (void)
{
  Suite *s = suite_create ("chart");
  TCase *data = tcase_create ("data");
  TCase *pixels = tcase_create ("pixels");

  tcase_add_test (data, test_chart_data_matches_model);
  tcase_add_test (data, test_chart_untreated_course_flat_range);
  tcase_add_test (data, test_chart_range_depends_on_device);
  suite_add_tcase (s, data);

  tcase_add_test (pixels, test_chart_total_drawn_where_the_model_says);
  tcase_add_test (pixels, test_chart_band_has_width);
  tcase_add_test (pixels, test_chart_untreated_at_or_below_baseline);
  tcase_add_test (pixels, test_chart_deterministic_and_geometry);
  tcase_add_test (pixels, test_chart_high_contrast_labels_stronger);
  tcase_add_test (pixels, test_chart_sizes_and_long_course);
  suite_add_tcase (s, pixels);

  return s;
}

/*
 * Checksums (tests/render-checksums.sh): charts of a few courses, sizes,
 * series and themes, printed as one "name sha256" line each. Not a test: a
 * refactoring that only moves code must print the same lines before and after.
 */
static int
print_render_checksums (void)
{
  static const struct { int w, h; } sizes[] = { { 1200, 500 }, { 520, 300 }, { 960, 260 },
                                                { 300, 180 } };
  static const guint weeks[] = { 26, 156, 1040 };

  for (guint c = 0; c < G_N_ELEMENTS (weeks); c++)
    {
      g_autoptr(SdChartData) data = NULL;
      g_autoptr(SdChart) chart = sd_chart_new ();
      SdCourseParams p;

      monthly_params (&p);
      p.weeks = weeks[c];
      if (c == 2)
        {
          p.sessions = SD_COURSE_SESSIONS_MAX;
          p.interval_weeks = 52;
        }
      data = sd_chart_data_new_for_params (&p, NULL);
      g_assert (data != NULL);
      sd_chart_set_data (chart, data);

      for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
        for (int v = 0; v < 4; v++)
          {
            SdChartOptions options;
            cairo_surface_t *surface;
            cairo_t *cr;
            g_autofree char *sum = NULL;

            sd_chart_options_init (&options);
            if (v == 1)
              {
                options.foreground = (SdPaintColor) { 0.95, 0.95, 0.95, 1 };
                options.background = (SdPaintColor) { 0.14, 0.14, 0.15, 1 };
                options.high_contrast = TRUE;
                options.day = 20;
              }
            else if (v == 2)
              {
                options.series = SD_CHART_SERIES_TOTAL | SD_CHART_SERIES_UNTREATED;
                options.show_legend = FALSE;
              }
            else if (v == 3)
              {
                options.series = SD_CHART_SERIES_TYPE_I | SD_CHART_SERIES_TYPE_III
                                 | SD_CHART_SERIES_RANGE;
                options.day = 7 * weeks[c];
              }
            surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[z].w, sizes[z].h);
            cr = cairo_create (surface);
            sd_chart_paint (chart, cr, &options, sizes[z].w, sizes[z].h);
            cairo_destroy (cr);
            cairo_surface_flush (surface);
            sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                               cairo_image_surface_get_data (surface),
                                               (gsize)cairo_image_surface_get_stride (surface)
                                               * cairo_image_surface_get_height (surface));
            g_print ("chart/%uw/%dx%d/v%d %s\n", weeks[c], sizes[z].w, sizes[z].h, v, sum);
            cairo_surface_destroy (surface);
          }
    }
  return EXIT_SUCCESS;
}

int
main (int    argc,
      char **argv)
{
  if (argc == 2 && strcmp (argv[1], "--print-render-checksums") == 0)
    return print_render_checksums ();

  return sd_test_run_suite (chart_suite ());
}
