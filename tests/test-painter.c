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

#include "sd-course-label.h"
#include "sd-paint-geometry.h"
#include "sd-painter.h"
#include "sd-test-utils.h"

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

START_TEST (test_painter_geometry_matches_the_per_call_api)
{
  /* SdPaintGeometry, computed once, gives what the per-call functions give,
   * zoomed, panned and on a course day that thickens the epidermis */
  g_autoptr(SdPainter) painter = sd_painter_new ();
  SdSkinProfile cheek;
  SdPaintOptions options;
  SdPaintGeometry g;
  SdCourseDay day;
  double x0, x1;

  ck_assert (sd_skin_profile_compute (SD_SITE_CHEEK, 40, SD_SEX_FEMALE, &cheek, NULL));
  memset (&day, 0, sizeof day);
  day.fibroblasts_rel = day.collagen_i_rel = day.collagen_iii_rel = day.collagen_rel = 1;
  day.epidermis_um = 1.3 * sd_skin_profile_epidermis_um (&cheek);
  sd_paint_options_init (&options);
  options.zoom = 3;
  options.left_um = 250;
  options.top_um = 20;
  options.course_day = &day;

  sd_paint_geometry_init (&g, &cheek, &options, W, H);
  sd_paint_get_tissue_x (&options, W, &x0, &x1);
  ck_assert_double_eq (g.tx0, x0);
  ck_assert_double_eq (g.tx1, x1);
  ck_assert_double_eq (g.scale, sd_paint_px_per_um (&cheek, &options, W, H));
  ck_assert_double_eq (g.top_um, sd_paint_get_top_um (&cheek, &options, W, H));
  for (double d = 0; d < 3000; d += 125)
    {
      double y = sd_paint_geometry_y_for_depth (&g, d);

      ck_assert_double_eq_tol (y, sd_paint_y_for_depth (&cheek, &options, W, H, d), 1e-9);
      ck_assert_double_eq_tol (sd_paint_geometry_depth_for_y (&g, y), d, 1e-9);
    }
  ck_assert_double_eq_tol (sd_paint_geometry_um_for_x (&g, sd_paint_geometry_x_for_um (&g, 777)),
                           777, 1e-9);
  ck_assert_double_eq_tol (sd_paint_geometry_x_for_um (&g, options.left_um), x0, 1e-9);

  /* hit tests agree everywhere, and follow the undulating junction */
  for (double y = 0; y < H; y += 23)
    for (double x = x0 - 10; x < x1 + 10; x += 37)
      {
        SdLayerId a = SD_N_LAYERS, b = SD_N_LAYERS;
        gboolean hit = sd_paint_geometry_layer_at (&g, x, y, &a);

        ck_assert_int_eq (hit, sd_painter_layer_at (painter, &cheek, &options, W, H, x, y, &b));
        ck_assert_int_eq (a, b);
        if (hit)
          ck_assert (sd_paint_geometry_depth_for_y (&g, y)
                     < sd_paint_geometry_bottom_at (&g, a, sd_paint_geometry_um_for_x (&g, x)));
      }
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

START_TEST (test_render_day_shows_the_course)
{
  g_autofree char *dir = g_dir_make_tmp ("sd-render-day-XXXXXX", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.png", NULL);
  g_autofree char *healing = g_build_filename (dir, "day45.png", NULL);
  g_autofree char *plain_data = NULL, *healing_data = NULL;
  g_autofree char *out = NULL, *err = NULL;
  gsize plain_len, healing_len;
  const char *plain_args[] = { "render", "--site", "cheek", "--width", "400", "--height", "300",
                               "-o", plain, NULL };
  const char *day_args[] = { "render", "--site", "cheek", "--width", "400", "--height", "300",
                             "--day", "45", "-o", healing, NULL };
  const char *bad_args[] = { "render", "--site", "cheek", "--day", "-1", "-o", healing, NULL };

  ck_assert_int_eq (run_sim (plain_args, &out, &err), 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  ck_assert_int_eq (run_sim (day_args, &out, &err), 0);
  ck_assert (g_file_get_contents (plain, &plain_data, &plain_len, NULL));
  ck_assert (g_file_get_contents (healing, &healing_data, &healing_len, NULL));
  /* Week 6 of a course draws fibroblasts, new fibres and a caption: another picture. */
  ck_assert (plain_len != healing_len || memcmp (plain_data, healing_data, plain_len) != 0);

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  ck_assert_int_eq (run_sim (bad_args, &out, &err), 2);
  ck_assert_str_eq (out, "");
  ck_assert_ptr_nonnull (strstr (err, "--day"));

  g_unlink (plain);
  g_unlink (healing);
  g_rmdir (dir);
}
END_TEST

/* Renders cheek at 400×300 with @extra arguments; returns the PNG's bytes */
static GBytes *
render_bytes (const char *dir,
              const char *name,
              const char *extra[])
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  char *data = NULL;
  gsize len = 0;
  const char *base[] = { "render", "--site", "cheek", "--width", "400", "--height", "300",
                         "-o", path };

  for (guint i = 0; i < G_N_ELEMENTS (base); i++)
    g_ptr_array_add (args, (char *)base[i]);
  for (guint i = 0; extra[i]; i++)
    g_ptr_array_add (args, (char *)extra[i]);
  g_ptr_array_add (args, NULL);
  ck_assert_int_eq (run_sim ((const char * const *)args->pdata, &out, &err), 0);
  ck_assert (g_file_get_contents (path, &data, &len, NULL));
  g_unlink (path);
  return g_bytes_new_take (data, len);
}

START_TEST (test_render_day_needle_on_session_days_only)
{
  g_autofree char *dir = g_dir_make_tmp ("sd-render-needle-XXXXXX", NULL);
  const char *day0_needle[] = { "--day", "0", "--length-mm", "1.5", NULL };
  const char *day0[] = { "--day", "0", NULL };
  const char *day10_needle[] = { "--day", "10", "--length-mm", "1.5", NULL };
  const char *day10[] = { "--day", "10", NULL };
  const char *day28_needle[] = { "--day", "28", "--length-mm", "1.5", NULL };
  const char *day28[] = { "--day", "28", NULL };
  g_autoptr(GBytes) a = NULL, b = NULL;

  ck_assert_msg (sim_path () != NULL, "SD_SIM (the built skin-deep-sim) is not set");

  /* On a session's day (the first, the second 4 weeks later) the needle is drawn ... */
  a = render_bytes (dir, "a.png", day0_needle);
  b = render_bytes (dir, "b.png", day0);
  ck_assert (!g_bytes_equal (a, b));
  g_clear_pointer (&a, g_bytes_unref);
  g_clear_pointer (&b, g_bytes_unref);
  a = render_bytes (dir, "a.png", day28_needle);
  b = render_bytes (dir, "b.png", day28);
  ck_assert (!g_bytes_equal (a, b));
  g_clear_pointer (&a, g_bytes_unref);
  g_clear_pointer (&b, g_bytes_unref);

  /* ... and days later it is not in the skin: the same 1.5 mm course, the same picture */
  a = render_bytes (dir, "a.png", day10_needle);
  b = render_bytes (dir, "b.png", day10);
  ck_assert (g_bytes_equal (a, b));
  g_rmdir (dir);
}
END_TEST

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


/*
 * Needle, comparison and course state
 */

static cairo_surface_t *
paint_needle (SdPainter            *painter,
              const SdSkinProfile  *profile,
              const SdNeedleResult *needle,
              double                progress,
              SdPaintOptions       *options)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  cairo_t *cr = cairo_create (surface);

  sd_paint_options_init (options);
  options->show_needle = needle != NULL;
  options->needle = needle;
  options->needle_progress = progress;
  sd_painter_paint (painter, cr, profile, options, W, H);
  ck_assert_int_eq (cairo_status (cr), CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  x = CLAMP (x, 0, cairo_image_surface_get_width (surface) - 1);
  y = CLAMP (y, 0, cairo_image_surface_get_height (surface) - 1);
  return *(const guint32 *)(data + y * stride + 4 * x);
}

/* Blood-red pixels (the droplets) in the band just above the skin surface */
static guint
count_blood_above_surface (cairo_surface_t      *surface,
                           const SdSkinProfile  *profile,
                           const SdPaintOptions *options)
{
  double x0, x1, ys = sd_paint_y_for_depth (profile, options, W, H, 0);
  guint n = 0;

  sd_paint_get_tissue_x (options, W, &x0, &x1);
  for (int y = MAX (0, (int)ys - 40); y < (int)ys; y++)
    for (int x = (int)x0; x < (int)x1; x++)
      {
        guint32 px = pixel_at (surface, x, y);
        int r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, b = px & 0xff;

        if (r > 140 && g < 40 && b < 70)
          n++;
      }
  return n;
}

/* Darkness (0 white .. 255 black) summed over a rectangle */
static double
ink_in (cairo_surface_t *surface,
        int              x0,
        int              y0,
        int              x1,
        int              y1)
{
  double sum = 0;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        guint32 px = pixel_at (surface, x, y);

        sum += 255 - (0.2126 * ((px >> 16) & 0xff) + 0.7152 * ((px >> 8) & 0xff)
                      + 0.0722 * (px & 0xff));
      }
  return sum;
}

START_TEST (test_painter_high_contrast_strengthens_the_ruler)
{
  g_autoptr(SdPainter) painter = sd_painter_new ();
  SdSkinProfile profile;
  SdPaintOptions plain, strong;
  cairo_surface_t *a, *b;
  double x0, x1, ruler_plain, ruler_strong, mid_y;
  int tissue_w;

  ck_assert (sd_skin_profile_compute (SD_SITE_CHEEK, 40, SD_SEX_FEMALE, &profile, NULL));
  a = paint_needle (painter, &profile, NULL, 0, &plain);
  sd_paint_options_init (&strong);
  strong.high_contrast = TRUE;
  b = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  {
    cairo_t *cr = cairo_create (b);

    sd_painter_paint (painter, cr, &profile, &strong, W, H);
    cairo_destroy (cr);
    cairo_surface_flush (b);
  }

  /* The ruler (left of the tissue): its depths go from 85 % to full strength,
   * its minor ticks from 35 % to 90 %: clearly more ink */
  sd_paint_get_tissue_x (&plain, W, &x0, &x1);
  ruler_plain = ink_in (a, 0, 0, (int)x0, H);
  ruler_strong = ink_in (b, 0, 0, (int)x0, H);
  ck_assert_msg (ruler_strong > 1.15 * ruler_plain,
                 "ruler ink %.0f in high contrast, %.0f normally", ruler_strong, ruler_plain);

  /* The tissue itself keeps its colours: the same pixels mid-dermis */
  mid_y = sd_paint_y_for_depth (&profile, &plain, W, H, 600);
  tissue_w = (int)(x1 - x0) - 20;
  ck_assert_double_eq_tol (ink_in (a, (int)x0 + 10, (int)mid_y, (int)x0 + 10 + tissue_w, (int)mid_y + 4),
                           ink_in (b, (int)x0 + 10, (int)mid_y, (int)x0 + 10 + tissue_w, (int)mid_y + 4),
                           1e-6);

  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}
END_TEST

static cairo_surface_t *
paint_with_text_scale (SdPainter           *painter,
                       const SdSkinProfile *profile,
                       double               text_scale,
                       SdPaintOptions      *options)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  cairo_t *cr = cairo_create (surface);

  sd_paint_options_init (options);
  options->text_scale = text_scale;
  sd_painter_paint (painter, cr, profile, options, W, H);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static gboolean
same_pixels (cairo_surface_t *a,
             cairo_surface_t *b)
{
  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++)
      if (pixel_at (a, x, y) != pixel_at (b, x, y))
        return FALSE;
  return TRUE;
}

/* Presenting draws the labels and the ruler larger; their columns widen with them */
START_TEST (test_painter_text_scale_enlarges_labels)
{
  g_autoptr(SdPainter) painter = sd_painter_new ();
  g_autoptr(SdPainter) fresh = sd_painter_new ();
  SdSkinProfile profile;
  SdPaintOptions plain, large, unset, again;
  cairo_surface_t *a, *b, *c, *d;
  double ax0, ax1, bx0, bx1;

  ck_assert (sd_skin_profile_compute (SD_SITE_CHEEK, 40, SD_SEX_FEMALE, &profile, NULL));
  a = paint_with_text_scale (fresh, &profile, 1.0, &plain);
  b = paint_with_text_scale (painter, &profile, 1.5, &large);

  sd_paint_get_tissue_x (&plain, W, &ax0, &ax1);
  sd_paint_get_tissue_x (&large, W, &bx0, &bx1);
  ck_assert_msg (bx0 > ax0 && bx1 < ax1, "tissue %.0f..%.0f at 1.5, %.0f..%.0f at 1",
                 bx0, bx1, ax0, ax1);
  /* the layer names: more ink right of the tissue */
  ck_assert_msg (ink_in (b, (int)bx1 + 1, 0, W, H) > 1.3 * ink_in (a, (int)ax1 + 1, 0, W, H),
                 "label ink %.0f at 1.5, %.0f at 1",
                 ink_in (b, (int)bx1 + 1, 0, W, H), ink_in (a, (int)ax1 + 1, 0, W, H));

  /* unset (0) is the usual size, and a painter that drew large draws the usual size again */
  c = paint_with_text_scale (fresh, &profile, 0.0, &unset);
  d = paint_with_text_scale (painter, &profile, 1.0, &again);
  ck_assert (same_pixels (a, c));
  ck_assert (same_pixels (a, d));

  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  cairo_surface_destroy (c);
  cairo_surface_destroy (d);
}
END_TEST

START_TEST (test_painter_bleeding_only_past_the_epidermis)
{
  g_autoptr(SdPainter) painter = sd_painter_new ();
  SdSkinProfile palm, cheek;
  SdNeedleResult short_needle, long_needle;
  SdPaintOptions options;
  cairo_surface_t *surface;
  guint blood;

  ck_assert (sd_skin_profile_compute (SD_SITE_PALM, 40, SD_SEX_FEMALE, &palm, NULL));
  ck_assert (sd_skin_profile_compute (SD_SITE_CHEEK, 40, SD_SEX_FEMALE, &cheek, NULL));
  ck_assert (sd_needle_compute (&palm, SD_DEVICE_PEN, 0.1, 0, &short_needle, NULL));
  ck_assert (sd_needle_compute (&cheek, SD_DEVICE_PEN, 1.5, 0, &long_needle, NULL));
  ck_assert (!short_needle.bleeding);
  ck_assert (long_needle.bleeding);

  /* 0.1 mm on the palm stays in the horny layer: no drops */
  surface = paint_needle (painter, &palm, &short_needle, 1.0, &options);
  blood = count_blood_above_surface (surface, &palm, &options);
  ck_assert_msg (blood == 0, "%u blood-red pixels above the palm", blood);
  cairo_surface_destroy (surface);

  /* 1.5 mm on the cheek reaches the papillary capillaries: drops */
  surface = paint_needle (painter, &cheek, &long_needle, 1.0, &options);
  blood = count_blood_above_surface (surface, &cheek, &options);
  ck_assert_msg (blood > 30, "only %u blood-red pixels above the cheek", blood);
  cairo_surface_destroy (surface);

  /* the same needle still in the epidermis: no drops yet */
  {
    const SdLayer *basale = sd_skin_profile_find_layer (&cheek, SD_LAYER_STRATUM_BASALE);
    double start = -sd_paint_needle_tip_um (&long_needle, 0);
    double p = (start + 0.3 * basale->top_um) / (start + long_needle.effective_um);

    ck_assert (sd_paint_needle_tip_um (&long_needle, p) < basale->top_um);
    surface = paint_needle (painter, &cheek, &long_needle, p, &options);
    blood = count_blood_above_surface (surface, &cheek, &options);
    ck_assert_msg (blood == 0, "%u blood-red pixels with the tip in the epidermis", blood);
    cairo_surface_destroy (surface);
  }
}
END_TEST

/* Bleeding has three levels (the model's, docs/model.md §2.3): none draws no drop,
 * possible fewer and smaller drops than expected. The lengths are the ones the
 * model puts at each level on the cheek (skin-deep-sim needle --site cheek
 * --device roller --length-mm 0.25 / 0.5 / 1.5: none, possible, expected). */
START_TEST (test_painter_bleeding_follows_the_level)
{
  g_autoptr(SdPainter) painter = sd_painter_new ();
  static const struct { double mm; SdBleeding level; } cases[] = {
    { 0.25, SD_BLEEDING_NONE }, { 0.5, SD_BLEEDING_POSSIBLE }, { 1.5, SD_BLEEDING_EXPECTED },
  };
  SdSkinProfile cheek;
  guint blood[G_N_ELEMENTS (cases)];

  ck_assert (sd_skin_profile_compute (SD_SITE_CHEEK, 40, SD_SEX_FEMALE, &cheek, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SdNeedleResult needle;
      SdPaintOptions options;
      cairo_surface_t *surface;

      ck_assert (sd_needle_compute (&cheek, SD_DEVICE_ROLLER, cases[i].mm, 0, &needle, NULL));
      ck_assert_msg (needle.bleeding_level == cases[i].level,
                     "the model now says %s for a %.2f mm roller on the cheek",
                     sd_bleeding_to_id (needle.bleeding_level), cases[i].mm);
      surface = paint_needle (painter, &cheek, &needle, 1.0, &options);
      blood[i] = count_blood_above_surface (surface, &cheek, &options);
      cairo_surface_destroy (surface);
    }

  ck_assert_msg (blood[0] == 0, "%u blood-red pixels where no bleeding is expected", blood[0]);
  ck_assert_msg (blood[1] > 0, "no drops where bleeding is possible");
  ck_assert_msg (blood[1] * 2 < blood[2],
                 "possible bleeding: %u blood-red pixels, expected: %u (want far fewer)",
                 blood[1], blood[2]);
}
END_TEST

/* Needle lengths are written as entered, never rounded (1.75 mm is not "1.8 mm") */
START_TEST (test_format_length_as_entered)
{
  static const struct { double mm; const char *text; } cases[] = {
    { 1.75, "1.75" }, { 1.25, "1.25" }, { 1.5, "1.5" }, { 1.0, "1.0" }, { 0.25, "0.25" },
    { 0.5, "0.5" }, { 2.0, "2.0" }, { 0.1, "0.1" }, { 3.0, "3.0" }, { 0.125, "0.125" },
    /* what a slider or a sum of steps leaves behind */
    { 0.1 + 0.2, "0.3" }, { 1.7499999999, "1.75" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = sd_format_length_mm (cases[i].mm);

      ck_assert_str_eq (text, cases[i].text);
    }
}
END_TEST

START_TEST (test_painter_needle_lights_crossed_layers)
{
  g_autoptr(SdPainter) painter = sd_painter_new ();
  SdSkinProfile cheek;
  SdNeedleResult needle;
  SdPaintOptions options;
  cairo_surface_t *plain, *lit;
  const SdLayer *reticular, *hypodermis;
  double x0, x1, xc, scale;
  int x, y_ret, y_hyp;

  ck_assert (sd_skin_profile_compute (SD_SITE_CHEEK, 40, SD_SEX_FEMALE, &cheek, NULL));
  /* a pen of 0.5 mm: the model puts its tip in the reticular dermis (skin-deep-sim needle
   * --site cheek --device pen --length-mm 0.5) */
  ck_assert (sd_needle_compute (&cheek, SD_DEVICE_PEN, 0.5, 0, &needle, NULL));
  ck_assert_int_eq (needle.deepest_layer, SD_LAYER_RETICULAR_DERMIS);
  reticular = sd_skin_profile_find_layer (&cheek, SD_LAYER_RETICULAR_DERMIS);
  hypodermis = sd_skin_profile_find_layer (&cheek, SD_LAYER_HYPODERMIS);

  plain = paint_needle (painter, &cheek, NULL, 1.0, &options);
  lit = paint_needle (painter, &cheek, &needle, 1.0, &options);
  sd_paint_get_tissue_x (&options, W, &x0, &x1);
  xc = (x0 + x1) / 2;
  scale = sd_paint_px_per_um (&cheek, &options, W, H);
  /* beside the shaft, below the tip but inside the layer it entered: lit;
   * the hypodermis it never reached: untouched */
  x = (int)round (xc + 150 * scale);
  y_ret = (int)round (sd_paint_y_for_depth (&cheek, &options, W, H,
                                            MAX (needle.effective_um + 60,
                                                 reticular->bottom_um - 100)));
  y_hyp = (int)round (sd_paint_y_for_depth (&cheek, &options, W, H, hypodermis->top_um + 60));
  ck_assert (y_hyp < H);
  ck_assert_msg (pixel_at (plain, x, y_ret) != pixel_at (lit, x, y_ret),
                 "the reticular dermis is not lit at (%d, %d)", x, y_ret);
  ck_assert_msg (pixel_at (plain, x, y_hyp) == pixel_at (lit, x, y_hyp),
                 "the hypodermis changed at (%d, %d)", x, y_hyp);
  cairo_surface_destroy (plain);
  cairo_surface_destroy (lit);
}
END_TEST

static gboolean
is_steel (guint32 px)
{
  int r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, b = px & 0xff;

  return abs (r - g) < 18 && abs (g - b) < 22 && r > 60 && r < 250;
}

START_TEST (test_painter_comparison_tips_to_scale)
{
  /* rollers: their tips (0.07 to 0.41 mm with the dimple model) all lie inside the
   * picture at the painter's own zoom */
  static const double lengths[] = { 0.5, 1.0, 1.5 };
  g_autoptr(SdPainter) painter = sd_painter_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  cairo_t *cr = cairo_create (surface);
  SdNeedleResult needles[G_N_ELEMENTS (lengths)];
  SdSkinProfile cheek;
  SdPaintOptions options;
  double x0, x1, cw, ys;
  guint n = G_N_ELEMENTS (lengths);

  ck_assert (sd_skin_profile_compute (SD_SITE_CHEEK, 40, SD_SEX_FEMALE, &cheek, NULL));
  for (guint i = 0; i < n; i++)
    ck_assert (sd_needle_compute (&cheek, SD_DEVICE_ROLLER, lengths[i], 0, &needles[i], NULL));
  sd_paint_options_init (&options);
  sd_painter_paint_comparison (painter, cr, &cheek, needles, n, &options, W, H);
  ck_assert_int_eq (cairo_status (cr), CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* n columns right of the ruler, a needle down the middle of each */
  sd_paint_get_tissue_x (&options, W, &x0, &x1);
  cw = (W - x0) / n;
  ys = sd_paint_y_for_depth (&cheek, &options, W, H, 0);
  for (guint i = 0; i < n; i++)
    {
      int x = (int)round (x0 + (i + 0.5) * cw);
      double expected = sd_paint_y_for_depth (&cheek, &options, W, H, needles[i].effective_um);
      int last = -1;

      /* the shaft runs unbroken from above the surface down to the tip */
      ck_assert (is_steel (pixel_at (surface, x, (int)ys + 2)));
      for (int y = (int)ys + 2; y < H; y++)
        {
          if (is_steel (pixel_at (surface, x, y)))
            last = y;
          else if (y > last + 2)
            break;
        }
      /* the bevel narrows to a point: its last pixels blend with the tissue */
      ck_assert_msg (fabs (last - expected) <= 6,
                     "needle %u (%.2f mm): tip at y %d, expected %.1f", i, lengths[i], last,
                     expected);
    }
  cairo_surface_destroy (surface);
}
END_TEST

START_TEST (test_painter_course_epidermis_moves_the_dej)
{
  g_autoptr(SdPainter) painter = sd_painter_new ();
  SdSkinProfile cheek;
  SdPaintOptions options;
  SdCourseDay day;
  const SdLayer *basale;
  double x0, x1, y, delta, y_ret;
  const SdLayer *reticular;
  SdLayerId id;
  guint epidermal[2] = { 0, 0 }, n = 0;

  ck_assert (sd_skin_profile_compute (SD_SITE_CHEEK, 40, SD_SEX_FEMALE, &cheek, NULL));
  basale = sd_skin_profile_find_layer (&cheek, SD_LAYER_STRATUM_BASALE);
  memset (&day, 0, sizeof day);
  day.fibroblasts_rel = day.collagen_i_rel = day.collagen_iii_rel = day.collagen_rel = 1;
  day.epidermis_um = 1.5 * sd_skin_profile_epidermis_um (&cheek);

  sd_paint_options_init (&options);
  sd_paint_get_tissue_x (&options, W, &x0, &x1);
  y = sd_paint_y_for_depth (&cheek, &options, W, H, basale->bottom_um + 8);
  reticular = sd_skin_profile_find_layer (&cheek, SD_LAYER_RETICULAR_DERMIS);
  delta = day.epidermis_um - sd_skin_profile_epidermis_um (&cheek);
  y_ret = sd_paint_y_for_depth (&cheek, &options, W, H, reticular->bottom_um + delta / 2);

  /* just below the untreated DEJ: mostly dermis before, epidermis after */
  for (int pass = 0; pass < 2; pass++)
    {
      options.course_day = pass == 0 ? NULL : &day;
      n = 0;
      for (double x = x0 + 1; x < x1 - 1; x += 3, n++)
        {
          ck_assert (sd_painter_layer_at (painter, &cheek, &options, W, H, x, y, &id));
          if (id <= SD_LAYER_STRATUM_BASALE)
            epidermal[pass]++;
        }
    }
  ck_assert_msg (epidermal[0] * 2 < n && epidermal[1] * 10 > n * 9,
                 "epidermis at the old DEJ + 8 µm: %u then %u of %u", epidermal[0], epidermal[1],
                 n);

  /* the picture follows: the ruler's scale stays, the layers below move down */
  ck_assert_double_eq_tol (sd_paint_y_for_depth (&cheek, &options, W, H, 0),
                           sd_paint_y_for_depth (&cheek,
                                                 &(SdPaintOptions) { .zoom = 1, .top_um = NAN },
                                                 W, H, 0), 1e-9);
  /* everything below the epidermis moves down by the added thickness */
  options.course_day = NULL;
  ck_assert (sd_painter_layer_at (painter, &cheek, &options, W, H, (x0 + x1) / 2, y_ret, &id));
  ck_assert_int_eq (id, SD_LAYER_HYPODERMIS);
  options.course_day = &day;
  ck_assert (sd_painter_layer_at (painter, &cheek, &options, W, H, (x0 + x1) / 2, y_ret, &id));
  ck_assert_int_eq (id, SD_LAYER_RETICULAR_DERMIS);
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
    cairo_t *cr = cairo_create (surface);
    Census before, after;
    SdPaintOptions plain;

    sd_paint_options_init (&plain);
    sd_painter_paint (painter, cr, &cheek, &plain, W, H);
    cairo_surface_flush (surface);
    census_row (surface, &cheek, (int)round (y), (int)x0, (int)x1, &before);
    sd_painter_paint (painter, cr, &cheek, &options, W, H);
    cairo_surface_flush (surface);
    census_row (surface, &cheek, (int)round (y), (int)x0, (int)x1, &after);
    ck_assert_msg (after.counts[SD_LAYER_PAPILLARY_DERMIS] * 2 <
                   before.counts[SD_LAYER_PAPILLARY_DERMIS],
                   "papillary-looking pixels at the old DEJ: %u before, %u after",
                   before.counts[SD_LAYER_PAPILLARY_DERMIS],
                   after.counts[SD_LAYER_PAPILLARY_DERMIS]);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
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
  tcase_add_test (tc, test_painter_geometry_matches_the_per_call_api);
  suite_add_tcase (s, tc);

  tc = tcase_create ("needle-and-course");
  tcase_add_test (tc, test_painter_bleeding_only_past_the_epidermis);
  tcase_add_test (tc, test_painter_bleeding_follows_the_level);
  tcase_add_test (tc, test_format_length_as_entered);
  tcase_add_test (tc, test_painter_high_contrast_strengthens_the_ruler);
  tcase_add_test (tc, test_painter_text_scale_enlarges_labels);
  tcase_add_test (tc, test_painter_needle_lights_crossed_layers);
  tcase_add_test (tc, test_painter_comparison_tips_to_scale);
  tcase_add_test (tc, test_painter_course_epidermis_moves_the_dej);
  suite_add_tcase (s, tc);

  tc = tcase_create ("render");
  tcase_add_test (tc, test_render_png_svg_pdf);
  tcase_add_test (tc, test_render_day_shows_the_course);
  tcase_add_test (tc, test_render_day_needle_on_session_days_only);
  suite_add_tcase (s, tc);

  return s;
}

/*
 * Checksums (tests/render-checksums.sh): what `skin-deep-sim render` cannot
 * reach (the comparison, hover, selection, high contrast, a dark theme, the
 * base and the overlay painted apart), painted and printed as one
 * "name sha256" line each. Not a test: a refactoring that only moves code
 * must print the same lines before and after.
 */

static void
print_checksum (const char      *name,
                cairo_surface_t *surface)
{
  g_autofree char *sum = NULL;

  cairo_surface_flush (surface);
  sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, cairo_image_surface_get_data (surface),
                                     (gsize)cairo_image_surface_get_stride (surface)
                                     * cairo_image_surface_get_height (surface));
  g_print ("%s %s\n", name, sum);
}

typedef enum
{
  RENDER_PAINT,
  RENDER_HOVER,
  RENDER_COMPARISON,
} RenderKind;

static void
render_one (SdPainter            *painter,
            const char           *name,
            RenderKind            kind,
            const SdSkinProfile  *profile,
            const SdPaintOptions *options,
            const SdNeedleResult *needles,
            guint                 n,
            int                   width,
            int                   height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  switch (kind)
    {
    case RENDER_HOVER:
      sd_painter_paint_hover (painter, cr, profile, options, width, height);
      break;
    case RENDER_COMPARISON:
      sd_painter_paint_comparison (painter, cr, profile, needles, n, options, width, height);
      break;
    case RENDER_PAINT:
    default:
      sd_painter_paint (painter, cr, profile, options, width, height);
      break;
    }
  cairo_destroy (cr);
  print_checksum (name, surface);
  cairo_surface_destroy (surface);
}

static int
print_render_checksums (void)
{
  static const SdSite sites[] = { SD_SITE_CHEEK, SD_SITE_PALM, SD_SITE_SCALP };
  static const double lengths[] = { 0.25, 1.0, 2.5 };
  g_autoptr(SdPainter) painter = sd_painter_new ();

  for (guint s = 0; s < G_N_ELEMENTS (sites); s++)
    {
      const char *site = sd_site_to_id (sites[s]);
      g_autoptr(SdCourse) course = NULL;
      SdNeedleResult rollers[G_N_ELEMENTS (lengths)], pens[G_N_ELEMENTS (lengths)];
      SdCourseParams params;
      SdSkinProfile profile;
      SdPaintOptions options, base;
      char name[128];

      g_assert (sd_skin_profile_compute (sites[s], 40, SD_SEX_FEMALE, &profile, NULL));
      for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
        {
          g_assert (sd_needle_compute (&profile, SD_DEVICE_ROLLER, lengths[i], 0, &rollers[i],
                                       NULL));
          g_assert (sd_needle_compute (&profile, SD_DEVICE_PEN, lengths[i], 0, &pens[i], NULL));
        }
      sd_course_params_init (&params);
      params.site = sites[s];
      course = sd_course_run (&params, NULL);
      g_assert (course != NULL);

      sd_paint_options_init (&base);

      /* the comparison: none, rollers, pens, one; with and without the ruler */
      for (guint n = 0; n <= G_N_ELEMENTS (lengths); n++)
        for (int dev = 0; dev < 2; dev++)
          {
            options = base;
            options.show_ruler = n != 1;
            g_snprintf (name, sizeof name, "comparison/%s/%s-%u", site, dev ? "pen" : "roller", n);
            render_one (painter, name, RENDER_COMPARISON, &profile, &options,
                        dev ? pens : rollers, n, W, H);
          }
      options = base;
      options.zoom = 3;
      options.high_contrast = TRUE;
      g_snprintf (name, sizeof name, "comparison/%s/zoom3-hc", site);
      render_one (painter, name, RENDER_COMPARISON, &profile, &options, rollers, 3, 1280, 720);

      /* view state, theme and parts */
      for (int v = 0; v < 9; v++)
        {
          options = base;
          options.needle = &rollers[1];
          switch (v)
            {
            case 0:   /* hover + selection, labels bold */
              options.hovered_layer = SD_LAYER_STRATUM_SPINOSUM;
              options.selected_layer = SD_LAYER_RETICULAR_DERMIS;
              break;
            case 1:   /* dark theme, high contrast, needle half in */
              options.foreground = (SdPaintColor) { 0.95, 0.95, 0.95, 1 };
              options.background = (SdPaintColor) { 0.14, 0.14, 0.15, 1 };
              options.accent = (SdPaintColor) { 0.47, 0.68, 0.93, 1 };
              options.high_contrast = TRUE;
              options.show_needle = TRUE;
              options.needle_progress = 0.5;
              break;
            case 2:   /* the base alone, on a course day */
              options.parts = SD_PAINT_PART_BASE;
              options.course_day = sd_course_get_day (course, 3);
              options.show_needle = TRUE;
              break;
            case 3:   /* the overlay alone, on a session's day, with a caption */
              options.parts = SD_PAINT_PART_OVERLAY;
              options.course_day = sd_course_get_day (course, 0);
              options.show_needle = TRUE;
              options.caption = "Day 0";
              break;
            case 4:   /* everything, a week later, panned and zoomed */
              options.course_day = sd_course_get_day (course, 7);
              options.caption = "Week 1";
              options.zoom = 6;
              options.left_um = 300;
              options.top_um = 40;
              break;
            case 5:   /* no decorations, pen, zoomed far in */
              options.show_ruler = options.show_labels = options.show_scale_bar = FALSE;
              options.needle = &pens[2];
              options.show_needle = TRUE;
              options.zoom = 40;
              options.top_um = 0;
              break;
            case 6:   /* narrow: no labels column */
              options.selected_layer = SD_LAYER_HYPODERMIS;
              options.show_needle = TRUE;
              options.needle = &pens[0];
              break;
            case 7:   /* zoomed out, roller rolling */
              options.zoom = 0.3;
              options.show_needle = TRUE;
              options.needle = &rollers[2];
              options.needle_progress = 0.6;
              break;
            case 8:   /* the hover alone */
              options.hovered_layer = SD_LAYER_PAPILLARY_DERMIS;
              break;
            default:
              g_assert_not_reached ();
            }
          g_snprintf (name, sizeof name, "paint/%s/view-%d", site, v);
          render_one (painter, name, v == 8 ? RENDER_HOVER : RENDER_PAINT, &profile, &options,
                      NULL, 0, v == 6 ? 460 : W, H);
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

  return sd_test_run_suite (painter_suite ());
}
