/* test-painter.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cross-section painter, without a display: paints into cairo image
 * surfaces and checks that the pixels at a layer's mid-depth show that
 * layer (by its fill colour as the painter reports it), for thin facial
 * skin and for palm. Not golden images: textures and structures may change,
 * the layer at each depth may not. Also checks the render subcommand's
 * PNG, SVG and PDF files when $SD_SIM is set.
 */

#include "config.h"

#include <check.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sd-painter.h"

#define W 900
#define H 600

typedef struct
{
  guint counts[SD_N_LAYERS];
  guint total;
} Census;

static double
color_distance (guint32             argb,
                const SdPaintColor *c)
{
  double r = ((argb >> 16) & 0xff) / 255.0 - c->red;
  double g = ((argb >> 8) & 0xff) / 255.0 - c->green;
  double b = (argb & 0xff) / 255.0 - c->blue;

  return sqrt (r * r + g * g + b * b);
}

/* Classifies every pixel of row @y between @x0 and @x1 as the layer whose
 * fill colour is nearest */
static void
census_row (cairo_surface_t     *surface,
            const SdSkinProfile *profile,
            int                  y,
            int                  x0,
            int                  x1,
            Census              *out)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  memset (out, 0, sizeof *out);
  for (int x = x0; x < x1; x++)
    {
      guint32 px = *(const guint32 *)(data + y * stride + 4 * x);
      double best = G_MAXDOUBLE;
      int best_id = -1;

      for (guint i = 0; i < profile->n_layers; i++)
        {
          SdPaintColor c = sd_painter_get_layer_color (profile->layers[i].id);
          double d = color_distance (px, &c);

          if (d < best)
            {
              best = d;
              best_id = profile->layers[i].id;
            }
        }
      out->counts[best_id]++;
      out->total++;
    }
}

static int
plurality (const Census *census)
{
  int best = -1;

  for (int i = 0; i < SD_N_LAYERS; i++)
    if (best < 0 || census->counts[i] > census->counts[best])
      best = i;
  return best;
}

/* Paints @site zoomed so that @layer fills a good part of the picture, and
 * checks its mid-depth row. Returns the row's plurality layer. */
static int
check_layer_at_mid_depth (SdPainter *painter,
                          SdSite     site,
                          SdLayerId  id)
{
  SdSkinProfile profile;
  SdPaintOptions options;
  g_autoptr(GError) error = NULL;
  const SdLayer *layer;
  cairo_surface_t *surface;
  cairo_t *cr;
  Census census;
  double mid, x0, x1, y, thickness, fit;
  SdLayerId hit;
  int winner;

  ck_assert (sd_skin_profile_compute (site, 40, SD_SEX_FEMALE, &profile, &error));
  layer = sd_skin_profile_find_layer (&profile, id);
  ck_assert_ptr_nonnull (layer);

  sd_paint_options_init (&options);
  /* the layer takes about a third of the height */
  thickness = layer->bottom_um - layer->top_um;
  options.zoom = 1.0;
  fit = sd_paint_px_per_um (&profile, &options, W, H);
  options.zoom = CLAMP (H / 3.0 / thickness / fit, SD_PAINT_ZOOM_MIN, SD_PAINT_ZOOM_MAX);
  mid = (layer->top_um + layer->bottom_um) / 2;
  options.top_um = mid - H / 2.0 / sd_paint_px_per_um (&profile, &options, W, H);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  cr = cairo_create (surface);
  sd_painter_paint (painter, cr, &profile, &options, W, H);
  ck_assert_int_eq (cairo_status (cr), CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  y = sd_paint_y_for_depth (&profile, &options, W, H, mid);
  ck_assert_double_eq_tol (sd_paint_depth_for_y (&profile, &options, W, H, y), mid, 1e-6);
  sd_paint_get_tissue_x (&options, W, &x0, &x1);
  ck_assert (x1 > x0 + 100);

  census_row (surface, &profile, (int)round (y), (int)ceil (x0), (int)floor (x1), &census);
  winner = plurality (&census);
  ck_assert_msg (winner == (int)id && census.counts[id] * 10 >= census.total * 4,
                 "%s at %.1f µm (y %.0f): %u of %u pixels look like it, most look like %s",
                 sd_layer_id_to_string (id), mid, y, census.counts[id], census.total,
                 sd_layer_id_to_string (winner));

  /* the hit test agrees at the middle of the row */
  ck_assert (sd_painter_layer_at (painter, &profile, &options, W, H, (x0 + x1) / 2, y, &hit));
  ck_assert_int_eq (hit, id);

  cairo_surface_destroy (surface);
  return winner;
}

static void
check_site (SdSite           site,
            const SdLayerId *ids,
            guint            n)
{
  g_autoptr(SdPainter) painter = sd_painter_new ();
  int previous = -1;

  for (guint i = 0; i < n; i++)
    {
      int winner = check_layer_at_mid_depth (painter, site, ids[i]);

      /* and adjacent layers look different */
      ck_assert_int_ne (winner, previous);
      previous = winner;
    }
}

START_TEST (test_painter_cheek_layers_at_depth)
{
  static const SdLayerId ids[] = {
    SD_LAYER_STRATUM_CORNEUM, SD_LAYER_STRATUM_GRANULOSUM, SD_LAYER_STRATUM_SPINOSUM,
    SD_LAYER_PAPILLARY_DERMIS, SD_LAYER_RETICULAR_DERMIS, SD_LAYER_HYPODERMIS,
  };

  check_site (SD_SITE_CHEEK, ids, G_N_ELEMENTS (ids));
}
END_TEST

START_TEST (test_painter_eyelid_layers_at_depth)
{
  static const SdLayerId ids[] = {
    SD_LAYER_STRATUM_CORNEUM, SD_LAYER_STRATUM_SPINOSUM, SD_LAYER_PAPILLARY_DERMIS,
    SD_LAYER_RETICULAR_DERMIS, SD_LAYER_HYPODERMIS,
  };

  check_site (SD_SITE_EYELID, ids, G_N_ELEMENTS (ids));
}
END_TEST

START_TEST (test_painter_palm_layers_at_depth)
{
  static const SdLayerId ids[] = {
    SD_LAYER_STRATUM_CORNEUM, SD_LAYER_STRATUM_LUCIDUM, SD_LAYER_STRATUM_GRANULOSUM,
    SD_LAYER_STRATUM_SPINOSUM, SD_LAYER_PAPILLARY_DERMIS, SD_LAYER_RETICULAR_DERMIS,
    SD_LAYER_HYPODERMIS,
  };

  check_site (SD_SITE_PALM, ids, G_N_ELEMENTS (ids));
}
END_TEST

START_TEST (test_painter_layer_colors_distinct)
{
  for (int a = 0; a < SD_N_LAYERS; a++)
    for (int b = a + 1; b < SD_N_LAYERS; b++)
      {
        SdPaintColor ca = sd_painter_get_layer_color (a);
        SdPaintColor cb = sd_painter_get_layer_color (b);
        double d = sqrt ((ca.red - cb.red) * (ca.red - cb.red) +
                         (ca.green - cb.green) * (ca.green - cb.green) +
                         (ca.blue - cb.blue) * (ca.blue - cb.blue));

        ck_assert_msg (d > 0.05, "layers %d and %d have nearly the same colour", a, b);
      }
}
END_TEST

START_TEST (test_painter_deterministic)
{
  g_autoptr(SdPainter) p1 = sd_painter_new ();
  g_autoptr(SdPainter) p2 = sd_painter_new ();
  SdSkinProfile profile;
  SdPaintOptions options;
  SdNeedleResult needle;
  cairo_surface_t *s1 = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 640, 480);
  cairo_surface_t *s2 = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 640, 480);
  cairo_t *cr;

  ck_assert (sd_skin_profile_compute (SD_SITE_FOREHEAD, 55, SD_SEX_MALE, &profile, NULL));
  ck_assert (sd_needle_compute (&profile, SD_DEVICE_PEN, 1.0, 0, &needle, NULL));
  sd_paint_options_init (&options);
  options.show_needle = TRUE;
  options.needle = &needle;
  options.selected_layer = SD_LAYER_RETICULAR_DERMIS;
  options.hovered_layer = SD_LAYER_HYPODERMIS;

  cr = cairo_create (s1);
  sd_painter_paint (p1, cr, &profile, &options, 640, 480);
  cairo_destroy (cr);
  cr = cairo_create (s2);
  sd_painter_paint (p2, cr, &profile, &options, 640, 480);
  cairo_destroy (cr);
  cairo_surface_flush (s1);
  cairo_surface_flush (s2);

  ck_assert_int_eq (memcmp (cairo_image_surface_get_data (s1), cairo_image_surface_get_data (s2),
                            cairo_image_surface_get_stride (s1) * 480), 0);
  cairo_surface_destroy (s1);
  cairo_surface_destroy (s2);
}
END_TEST

START_TEST (test_painter_geometry_and_hit_test)
{
  g_autoptr(SdPainter) painter = sd_painter_new ();
  SdSkinProfile profile;
  SdPaintOptions options;
  SdLayerId id;
  double x0, x1, y0, y1;

  ck_assert (sd_skin_profile_compute (SD_SITE_CHEEK, 40, SD_SEX_FEMALE, &profile, NULL));
  sd_paint_options_init (&options);

  /* linear depth axis: doubling the zoom doubles distances */
  y0 = sd_paint_y_for_depth (&profile, &options, W, H, 0);
  y1 = sd_paint_y_for_depth (&profile, &options, W, H, 1000);
  ck_assert (y1 > y0);
  ck_assert (y0 > 0);   /* some air above the surface by default */
  options.zoom = 2;
  options.top_um = 0;
  ck_assert_double_eq_tol (sd_paint_y_for_depth (&profile, &options, W, H, 1000),
                           2 * (y1 - y0), 1e-6);

  /* zoom is clamped */
  options.zoom = 1e6;
  options.top_um = NAN;
  ck_assert_double_eq_tol (sd_paint_px_per_um (&profile, &options, W, H),
                           SD_PAINT_ZOOM_MAX * (y1 - y0) / 1000, 1e-6);

  /* default view: the epidermis, the dermis and some fat fit */
  options.zoom = 1;
  ck_assert (sd_paint_y_for_depth (&profile, &options, W, H,
                                   sd_skin_profile_epidermis_um (&profile) +
                                   sd_skin_profile_dermis_um (&profile)) < H);

  /* nothing above the surface, nor outside the tissue */
  sd_paint_get_tissue_x (&options, W, &x0, &x1);
  ck_assert (!sd_painter_layer_at (painter, &profile, &options, W, H, (x0 + x1) / 2, 1, &id));
  ck_assert (!sd_painter_layer_at (painter, &profile, &options, W, H, x0 - 5, H / 2.0, &id));
  ck_assert (sd_painter_layer_at (painter, &profile, &options, W, H, (x0 + x1) / 2, H - 2, &id));
}
END_TEST

/*
 * The render subcommand
 */

static const char *
sim_path (void)
{
  const char *sim = g_getenv ("SD_SIM");

  return (sim != NULL && g_file_test (sim, G_FILE_TEST_IS_EXECUTABLE)) ? sim : NULL;
}

static int
run_sim (const char * const *args,
         char              **out,
         char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (char *)sim_path ());
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);

  ck_assert (g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                           &status, &error));
  ck_assert (WIFEXITED (status));
  return WEXITSTATUS (status);
}

START_TEST (test_render_png_svg_pdf)
{
  g_autofree char *dir = NULL;
  static const char *exts[] = { "png", "svg", "pdf" };

  ck_assert_msg (sim_path () != NULL, "SD_SIM (the built skin-deep-sim) is not set");

  dir = g_dir_make_tmp ("sd-render-XXXXXX", NULL);
  ck_assert_ptr_nonnull (dir);

  for (guint i = 0; i < G_N_ELEMENTS (exts); i++)
    {
      g_autofree char *name = g_strdup_printf ("palm.%s", exts[i]);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *out = NULL, *err = NULL, *data = NULL;
      const char *args[] = { "render", "--site", "palm", "--length-mm", "1.5", "--width", "320",
                             "--height", "240", "-o", path, NULL };
      gsize len;

      ck_assert_int_eq (run_sim (args, &out, &err), 0);
      ck_assert_str_eq (out, "");
      ck_assert (g_file_get_contents (path, &data, &len, NULL));
      if (i == 0)
        {
          static const guint8 sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
          const guint8 *d = (const guint8 *)data;

          ck_assert (len > 33);
          ck_assert_int_eq (memcmp (data, sig, 8), 0);
          ck_assert_int_eq (memcmp (data + 12, "IHDR", 4), 0);
          ck_assert_uint_eq ((guint)(d[16] << 24 | d[17] << 16 | d[18] << 8 | d[19]), 320);
          ck_assert_uint_eq ((guint)(d[20] << 24 | d[21] << 16 | d[22] << 8 | d[23]), 240);
        }
      else if (i == 1)
        ck_assert_ptr_nonnull (strstr (data, "<svg"));
      else
        ck_assert_int_eq (strncmp (data, "%PDF", 4), 0);
      g_unlink (path);
    }

  /* bad input: exit 2, one line on stderr, nothing on stdout, no file */
  {
    g_autofree char *path = g_build_filename (dir, "x.jpg", NULL);
    g_autofree char *out = NULL, *err = NULL;
    const char *args[] = { "render", "--site", "cheek", "-o", path, NULL };

    ck_assert_int_eq (run_sim (args, &out, &err), 2);
    ck_assert_str_eq (out, "");
    ck_assert_ptr_nonnull (strstr (err, ".jpg"));
    ck_assert_ptr_nonnull (strstr (err, ".png"));
    ck_assert (!g_file_test (path, G_FILE_TEST_EXISTS));
  }
  {
    g_autofree char *path = g_build_filename (dir, "x.png", NULL);
    g_autofree char *out = NULL, *err = NULL;
    const char *args[] = { "render", "--site", "cheek", "--width", "9000", "-o", path, NULL };

    ck_assert_int_eq (run_sim (args, &out, &err), 2);
    ck_assert_str_eq (out, "");
    ck_assert_ptr_nonnull (strstr (err, "9000"));
    ck_assert (!g_file_test (path, G_FILE_TEST_EXISTS));
  }
  {
    g_autofree char *path = g_build_filename (dir, "missing", "x.png", NULL);
    g_autofree char *out = NULL, *err = NULL;
    const char *args[] = { "render", "--site", "cheek", "-o", path, NULL };

    ck_assert_int_eq (run_sim (args, &out, &err), 1);
    ck_assert_str_eq (out, "");
  }

  /* nothing left behind (no temporary files) */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    ck_assert_ptr_null (g_dir_read_name (d));
  }
  g_rmdir (dir);
}
END_TEST

static Suite *
painter_suite (void)
{
  Suite *s = suite_create ("painter");
  TCase *tc;

  tc = tcase_create ("layers");
  tcase_add_test (tc, test_painter_cheek_layers_at_depth);
  tcase_add_test (tc, test_painter_eyelid_layers_at_depth);
  tcase_add_test (tc, test_painter_palm_layers_at_depth);
  tcase_add_test (tc, test_painter_layer_colors_distinct);
  suite_add_tcase (s, tc);

  tc = tcase_create ("geometry");
  tcase_add_test (tc, test_painter_deterministic);
  tcase_add_test (tc, test_painter_geometry_and_hit_test);
  suite_add_tcase (s, tc);

  tc = tcase_create ("render");
  tcase_add_test (tc, test_render_png_svg_pdf);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  SRunner *runner = srunner_create (painter_suite ());
  int failed;

  srunner_run_all (runner, CK_NORMAL);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
