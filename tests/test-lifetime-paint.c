/* test-lifetime-paint.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-lifetime-paint"

#include "config.h"

#include "sd-lifetime-chart.h"
#include "sd-painter.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>

#define W 400
#define H 600

static double
color_distance (guint32      pixel,
                SdPaintColor c)
{
  double r = ((pixel >> 16) & 0xff) / 255.0 - c.red;
  double g = ((pixel >> 8) & 0xff) / 255.0 - c.green;
  double b = (pixel & 0xff) / 255.0 - c.blue;

  return sqrt (r * r + g * g + b * b);
}

/* The first row (from the top) in which most pixels are drawn nearer the hypodermis'
 * fat colour than the dermis' colours: where the drawn dermis ends */
static int
find_fat_row (double age,
              double px_per_um)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, W, H);
  cairo_t *cr = cairo_create (surface);
  SdPainter *painter = sd_painter_new ();
  SdPaintColor papillary = sd_painter_get_layer_color (SD_LAYER_PAPILLARY_DERMIS);
  SdPaintColor reticular = sd_painter_get_layer_color (SD_LAYER_RETICULAR_DERMIS);
  SdPaintColor fat = sd_painter_get_layer_color (SD_LAYER_HYPODERMIS);
  SdPaintColor white = { 1, 1, 1, 1 };
  SdSkinProfile profile;
  SdPaintOptions options;
  int found = -1;
  guint8 *data;
  int stride;

  ck_assert (sd_skin_profile_compute (SD_SITE_CHEEK, age, SD_SEX_FEMALE, &profile, NULL));
  sd_paint_options_init (&options);
  options.show_labels = FALSE;
  options.show_ruler = FALSE;
  options.show_scale_bar = FALSE;
  options.background = white;
  options.zoom = 1.0;
  /* The same scale for both ages: zoom = wanted / fitted */
  options.zoom = px_per_um / sd_paint_px_per_um (&profile, &options, W, H);
  options.top_um = -20.0;
  sd_painter_paint (painter, cr, &profile, &options, W, H);
  cairo_surface_flush (surface);
  if (g_getenv ("SD_TEST_SAVE_DIR") != NULL)
    {
      g_autofree char *name = g_strdup_printf ("%s/section-%g.png", g_getenv ("SD_TEST_SAVE_DIR"), age);

      cairo_surface_write_to_png (surface, name);
    }

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < H && found < 0; y++)
    {
      guint n_fat = 0;

      for (int x = 0; x < W; x++)
        {
          guint32 pixel = *(guint32 *)(data + y * stride + 4 * x);
          double d_dermis = MIN (color_distance (pixel, papillary),
                                 color_distance (pixel, reticular));

          n_fat += color_distance (pixel, fat) < d_dermis
                   && color_distance (pixel, fat) < color_distance (pixel, white);
        }
      if (n_fat > W / 2)
        found = y;
    }

  sd_painter_free (painter);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return found;
}

START_TEST (test_aged_skin_drawn_thinner)
{
  SdSkinProfile young, old;
  double px_per_um = 0.3;   /* 1.5 mm of dermis is 450 px */
  int fat_young = find_fat_row (25, px_per_um);
  int fat_old = find_fat_row (85, px_per_um);
  double expected_young, expected_old;

  ck_assert (sd_skin_profile_compute (SD_SITE_CHEEK, 25, SD_SEX_FEMALE, &young, NULL));
  ck_assert (sd_skin_profile_compute (SD_SITE_CHEEK, 85, SD_SEX_FEMALE, &old, NULL));
  /* Where the profile puts the top of the hypodermis, at this scale (±10 %) */
  expected_young = px_per_um * (20.0 + sd_skin_profile_find_layer (&young, SD_LAYER_HYPODERMIS)->top_um);
  expected_old = px_per_um * (20.0 + sd_skin_profile_find_layer (&old, SD_LAYER_HYPODERMIS)->top_um);
  g_debug ("fat from row %d at 25 (%.0f expected), %d at 85 (%.0f)", fat_young, expected_young,
           fat_old, expected_old);
  ck_assert_int_gt (fat_young, 0);
  ck_assert_int_gt (fat_old, 0);
  ck_assert_double_lt (fabs (fat_young - expected_young), 0.1 * expected_young);
  ck_assert_double_lt (fabs (fat_old - expected_old), 0.1 * expected_old);
  /* At 85 the drawn skin over the fat is clearly thinner than at 25 */
  ck_assert_msg (fat_old < 0.8 * fat_young, "fat from row %d at 25, %d at 85",
                 fat_young, fat_old);
}
END_TEST

static guint
count_colored (cairo_surface_t *surface,
               guint32          hex,
               int              x0,
               int              x1)
{
  guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int height = cairo_image_surface_get_height (surface);
  guint n = 0;

  for (int y = 0; y < height; y++)
    for (int x = x0; x < x1; x++)
      {
        guint32 p = *(guint32 *)(data + y * stride + 4 * x) & 0xffffff;
        int dr = (int)((p >> 16) & 0xff) - (int)((hex >> 16) & 0xff);
        int dg = (int)((p >> 8) & 0xff) - (int)((hex >> 8) & 0xff);
        int db = (int)(p & 0xff) - (int)(hex & 0xff);

        n += abs (dr) + abs (dg) + abs (db) < 40;
      }
  return n;
}

static cairo_surface_t *
paint_chart (const SdLifetimeParams *params)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 640, 400);
  cairo_t *cr = cairo_create (surface);
  SdLifetimeChartOptions options;

  sd_lifetime_chart_options_init (&options);
  options.cursor_age = 60;
  sd_lifetime_chart_paint (cr, params, &options, 640, 400);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (g_getenv ("SD_TEST_SAVE") != NULL)
    cairo_surface_write_to_png (surface, g_getenv ("SD_TEST_SAVE"));
  return surface;
}

START_TEST (test_lifetime_chart_lifestyle_curve)
{
  SdLifetimeParams params;
  cairo_surface_t *neutral, *sun;

  sd_lifetime_params_init (&params);
  neutral = paint_chart (&params);
  params.uv = SD_UV_HIGH;
  sun = paint_chart (&params);

  /* The lifestyle's curve (vermilion) appears only when a factor is set; the
   * neutral curve (blue) is drawn in both */
  ck_assert_uint_eq (count_colored (neutral, 0xd55e00, 60, 580), 0);
  ck_assert_uint_gt (count_colored (sun, 0xd55e00, 60, 580), 200);
  ck_assert_uint_gt (count_colored (neutral, 0x0072b2, 60, 580), 200);
  ck_assert_uint_gt (count_colored (sun, 0x0072b2, 60, 580), 100);
  /* The dermis (bluish green) is drawn */
  ck_assert_uint_gt (count_colored (neutral, 0x009e73, 60, 580), 200);

  cairo_surface_destroy (neutral);
  cairo_surface_destroy (sun);
}
END_TEST

START_TEST (test_lifetime_chart_age_mapping)
{
  ck_assert_double_eq_tol (sd_lifetime_chart_age_for_x (640, sd_lifetime_chart_x_for_age (640, 47)),
                           47, 1e-9);
  ck_assert_double_lt (sd_lifetime_chart_x_for_age (640, 30), sd_lifetime_chart_x_for_age (640, 31));
  /* Clamped to the chart's span */
  ck_assert_double_eq (sd_lifetime_chart_age_for_x (640, -100), SD_LIFETIME_FROM_AGE_DEFAULT);
  ck_assert_double_eq (sd_lifetime_chart_age_for_x (640, 1e6), SD_LIFETIME_TO_AGE_DEFAULT);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("lifetime-paint");
  TCase *tc = tcase_create ("paint");
  SRunner *runner;
  int n_failed;

  tcase_add_test (tc, test_aged_skin_drawn_thinner);
  tcase_add_test (tc, test_lifetime_chart_lifestyle_curve);
  tcase_add_test (tc, test_lifetime_chart_age_mapping);
  suite_add_tcase (suite, tc);
  runner = srunner_create (suite);
  srunner_run_all (runner, CK_NORMAL);
  n_failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return n_failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
