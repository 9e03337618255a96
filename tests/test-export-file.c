/* test-export-file.c: the shared file writer (src/paint/sd-export.c) and the course's
 * CSV (src/core/sd-course-csv.c), headless
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <check.h>
#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sd-course-csv.h"
#include "sd-export.h"
#include "sd-painter.h"
#include "sd-test-files.h"
#include "sd-test-utils.h"

static char *dir;

static void
setup (void)
{
  dir = g_dir_make_tmp ("sd-export-XXXXXX", NULL);
  ck_assert_ptr_nonnull (dir);
}

static void
teardown (void)
{
  sd_test_remove_dir (dir);
  g_clear_pointer (&dir, g_free);
}

static char *
path_in_dir (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static void
compute_cheek (SdSkinProfile  *profile,
               SdNeedleResult *needle,
               SdPaintOptions *options)
{
  g_autoptr(GError) error = NULL;

  ck_assert (sd_skin_profile_compute (SD_SITE_CHEEK, 40, SD_SEX_FEMALE, profile, &error));
  ck_assert (sd_needle_compute (profile, SD_DEVICE_PEN, 1.0, 0, needle, &error));
  sd_paint_options_init (options);
  options->show_needle = TRUE;
  options->needle = needle;
  options->needle_progress = 1;
  options->selected_layer = SD_LAYER_STRATUM_SPINOSUM;
}

/* The picture painted straight into an image, for comparing with a file. */
static cairo_surface_t *
paint_direct (const SdSkinProfile  *profile,
              const SdPaintOptions *options,
              int                   width,
              int                   height)
{
  g_autoptr(SdPainter) painter = sd_painter_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  sd_painter_paint (painter, cr, profile, options, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static gboolean
same_pixels (cairo_surface_t *a,
             cairo_surface_t *b)
{
  int h = cairo_image_surface_get_height (a);
  int w = cairo_image_surface_get_width (a);

  if (w != cairo_image_surface_get_width (b) || h != cairo_image_surface_get_height (b))
    return FALSE;
  for (int y = 0; y < h; y++)
    if (memcmp (cairo_image_surface_get_data (a) + y * cairo_image_surface_get_stride (a),
                cairo_image_surface_get_data (b) + y * cairo_image_surface_get_stride (b),
                (size_t)w * 4) != 0)
      return FALSE;
  return TRUE;
}

static gboolean
fail_cb (const char *tmp_path,
         gpointer    user_data,
         GError    **error)
{
  char **seen = user_data;

  *seen = g_strdup (tmp_path);
  /* half a file, then a failure */
  ck_assert (g_file_set_contents (tmp_path, "half", -1, NULL));
  g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC, "disk full");
  return FALSE;
}

/*
 * Formats
 */

START_TEST (test_export_format_for_path)
{
  g_autoptr(GError) error = NULL;
  SdExportFormat format = SD_N_EXPORT_FORMATS;

  ck_assert (sd_export_format_for_path ("/a/b/Cheek.PNG", SD_EXPORT_FORMATS_IMAGE, &format,
                                        &error));
  ck_assert_int_eq (format, SD_EXPORT_FORMAT_PNG);
  ck_assert (sd_export_format_for_path ("x.svg", SD_EXPORT_FORMATS_IMAGE, &format, &error));
  ck_assert_int_eq (format, SD_EXPORT_FORMAT_SVG);
  ck_assert (sd_export_format_for_path ("x.tar.pdf", SD_EXPORT_FORMATS_IMAGE, &format, &error));
  ck_assert_int_eq (format, SD_EXPORT_FORMAT_PDF);

  /* CSV only where it is allowed */
  ck_assert (!sd_export_format_for_path ("course.csv", SD_EXPORT_FORMATS_IMAGE, &format,
                                         &error));
  ck_assert (g_error_matches (error, SD_EXPORT_ERROR, SD_EXPORT_ERROR_UNKNOWN_FORMAT));
  ck_assert_msg (strstr (error->message, ".csv") != NULL && strstr (error->message, ".png"),
                 "%s", error->message);
  g_clear_error (&error);
  ck_assert (sd_export_format_for_path ("course.csv", SD_EXPORT_FORMATS_IMAGE |
                                        SD_EXPORT_FORMAT_MASK (SD_EXPORT_FORMAT_CSV),
                                        &format, &error));
  ck_assert_int_eq (format, SD_EXPORT_FORMAT_CSV);

  /* unknown and missing extensions: the message names what is allowed */
  ck_assert (!sd_export_format_for_path ("notes.txt", SD_EXPORT_FORMATS_IMAGE, &format, &error));
  ck_assert (g_error_matches (error, SD_EXPORT_ERROR, SD_EXPORT_ERROR_UNKNOWN_FORMAT));
  ck_assert_msg (strstr (error->message, ".txt") != NULL, "%s", error->message);
  ck_assert_msg (strstr (error->message, ".svg") != NULL && strstr (error->message, ".pdf"),
                 "%s", error->message);
  g_clear_error (&error);
  ck_assert (!sd_export_format_for_path ("dir.png/picture", SD_EXPORT_FORMATS_IMAGE, &format,
                                         &error));
  ck_assert (g_error_matches (error, SD_EXPORT_ERROR, SD_EXPORT_ERROR_UNKNOWN_FORMAT));
  g_clear_error (&error);

  ck_assert_str_eq (sd_export_format_get_mime_type (SD_EXPORT_FORMAT_SVG), "image/svg+xml");
}
END_TEST

/*
 * Pictures and charts
 */

START_TEST (test_export_picture_png_is_the_painters_picture)
{
  g_autofree char *path = path_in_dir ("cheek.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  SdSkinProfile profile;
  SdNeedleResult needle;
  SdPaintOptions options;
  cairo_surface_t *direct, *read;
  guint w, h;

  compute_cheek (&profile, &needle, &options);
  ck_assert_msg (sd_export_picture (path, "test", SD_EXPORT_FORMAT_PNG, &profile, &options,
                                    NULL, 0, 300, 200, 1.0, &error), "%s", error->message);
  bytes = sd_test_read_file (path);
  sd_test_assert_png (bytes, &w, &h);
  ck_assert_uint_eq (w, 300);
  ck_assert_uint_eq (h, 200);

  /* pixel for pixel what the painter draws */
  direct = paint_direct (&profile, &options, 300, 200);
  read = cairo_image_surface_create_from_png (path);
  ck_assert_int_eq (cairo_surface_status (read), CAIRO_STATUS_SUCCESS);
  ck_assert (same_pixels (direct, read));
  cairo_surface_destroy (read);
  cairo_surface_destroy (direct);

  /* twice the pixels at scale 2 */
  ck_assert (sd_export_picture (path, "test", SD_EXPORT_FORMAT_PNG, &profile, &options, NULL, 0,
                                300, 200, 2.0, &error));
  g_bytes_unref (bytes);
  bytes = sd_test_read_file (path);
  sd_test_assert_png (bytes, &w, &h);
  ck_assert_uint_eq (w, 600);
  ck_assert_uint_eq (h, 400);

  /* an ordinary file: the umask's mode, not mkstemp's 0600 */
  {
    mode_t mask = umask (022);
    GStatBuf st;

    umask (mask);
    ck_assert_int_eq (g_stat (path, &st), 0);
    ck_assert_uint_eq (st.st_mode & 0777, 0666 & ~mask);
  }
  {
    g_autofree char *others = sd_test_dir_others (dir, (const char *[]) { "cheek.png", NULL });
    ck_assert_str_eq (others, "");
  }
}
END_TEST

START_TEST (test_export_picture_svg_pdf_and_comparison)
{
  g_autofree char *svg = path_in_dir ("palm.svg");
  g_autofree char *pdf = path_in_dir ("palm.pdf");
  g_autofree char *cmp = path_in_dir ("comparison.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  SdSkinProfile profile;
  SdNeedleResult needles[2];
  SdPaintOptions options;
  gsize len;
  const char *data;
  guint w, h;

  ck_assert (sd_skin_profile_compute (SD_SITE_PALM, 30, SD_SEX_MALE, &profile, &error));
  sd_paint_options_init (&options);
  ck_assert (sd_export_picture (svg, "test", SD_EXPORT_FORMAT_SVG, &profile, &options, NULL, 0,
                                400, 300, 1.0, &error));
  bytes = sd_test_read_file (svg);
  data = g_bytes_get_data (bytes, &len);
  ck_assert (len > 100);
  ck_assert_ptr_nonnull (g_strstr_len (data, (gssize)len, "<svg"));
  ck_assert_ptr_nonnull (g_strstr_len (data, (gssize)len, "</svg>"));
  g_clear_pointer (&bytes, g_bytes_unref);

  ck_assert (sd_export_picture (pdf, "test", SD_EXPORT_FORMAT_PDF, &profile, &options, NULL, 0,
                                1200, 800, 1.0, &error));
  bytes = sd_test_read_file (pdf);
  ck_assert_int_eq (memcmp (g_bytes_get_data (bytes, NULL), "%PDF", 4), 0);
  /* the palm's thick skin has a stratum lucidum, labelled in the picture */
  text = sd_test_pdf_text (pdf);
  if (text != NULL)
    ck_assert_msg (strstr (text, "Stratum lucidum") != NULL, "%s", text);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* the comparison is drawn by its own painter call */
  ck_assert (sd_needle_compute (&profile, SD_DEVICE_PEN, 0.5, 0, &needles[0], &error));
  ck_assert (sd_needle_compute (&profile, SD_DEVICE_PEN, 2.0, 0, &needles[1], &error));
  ck_assert (sd_export_picture (cmp, "test", SD_EXPORT_FORMAT_PNG, &profile, &options, needles,
                                2, 400, 300, 1.0, &error));
  bytes = sd_test_read_file (cmp);
  sd_test_assert_png (bytes, &w, &h);
  ck_assert_uint_eq (w, 400);
  {
    cairo_surface_t *read = cairo_image_surface_create_from_png (cmp);
    cairo_surface_t *plain = paint_direct (&profile, &options, 400, 300);

    ck_assert (!same_pixels (read, plain));
    cairo_surface_destroy (plain);
    cairo_surface_destroy (read);
  }
}
END_TEST

START_TEST (test_export_chart)
{
  g_autofree char *path = path_in_dir ("chart.png");
  g_autofree char *pdf = path_in_dir ("chart.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SdChartData) data = NULL;
  g_autoptr(SdChart) chart = sd_chart_new ();
  SdCourseParams params;
  SdChartOptions options;
  cairo_surface_t *direct, *read;
  cairo_t *cr;
  guint w, h;

  sd_course_params_init (&params);
  params.sessions = 3;
  data = sd_chart_data_new_for_params (&params, &error);
  ck_assert_ptr_nonnull (data);
  sd_chart_options_init (&options);
  options.day = 30;

  ck_assert (sd_export_chart (path, "test", SD_EXPORT_FORMAT_PNG, data, &options, 480, 240, 1.0,
                              &error));
  bytes = sd_test_read_file (path);
  sd_test_assert_png (bytes, &w, &h);
  ck_assert_uint_eq (w, 480);
  ck_assert_uint_eq (h, 240);

  direct = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 480, 240);
  cr = cairo_create (direct);
  sd_chart_set_data (chart, data);
  sd_chart_paint (chart, cr, &options, 480, 240);
  cairo_destroy (cr);
  cairo_surface_flush (direct);
  read = cairo_image_surface_create_from_png (path);
  ck_assert (same_pixels (direct, read));
  cairo_surface_destroy (read);
  cairo_surface_destroy (direct);

  ck_assert (sd_export_chart (pdf, "test", SD_EXPORT_FORMAT_PDF, data, &options, 480, 240, 1.0,
                              &error));
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = sd_test_read_file (pdf);
  ck_assert_int_eq (memcmp (g_bytes_get_data (bytes, NULL), "%PDF", 4), 0);
}
END_TEST

/*
 * The atomic write
 */

START_TEST (test_export_refuses_targets_and_leaves_them)
{
  g_autofree char *ro = path_in_dir ("ro.png");
  g_autofree char *sub = path_in_dir ("sub.png");
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "x.png", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  SdSkinProfile profile;
  SdNeedleResult needle;
  SdPaintOptions options;

  compute_cheek (&profile, &needle, &options);

  /* read-only: refused (also for root), left as it was */
  ck_assert (g_file_set_contents (ro, "keep", -1, NULL));
  ck_assert_int_eq (g_chmod (ro, 0444), 0);
  ck_assert (!sd_export_picture (ro, "test", SD_EXPORT_FORMAT_PNG, &profile, &options, NULL, 0,
                                 64, 64, 1.0, &error));
  ck_assert (g_error_matches (error, SD_EXPORT_ERROR, SD_EXPORT_ERROR_READ_ONLY));
  ck_assert (g_file_get_contents (ro, &contents, NULL, NULL));
  ck_assert_str_eq (contents, "keep");
  g_clear_error (&error);

  /* a directory is not replaced */
  ck_assert_int_eq (g_mkdir (sub, 0755), 0);
  ck_assert (!sd_export_write_contents (sub, "test", "x", -1, &error));
  ck_assert (g_error_matches (error, SD_EXPORT_ERROR, SD_EXPORT_ERROR_NOT_REGULAR));
  ck_assert (g_file_test (sub, G_FILE_TEST_IS_DIR));
  g_clear_error (&error);

  /* a folder that does not exist */
  ck_assert (!sd_export_write_contents (missing, "test", "x", -1, &error));
  ck_assert (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT));
  ck_assert_msg (strstr (error->message, g_strerror (ENOENT)) != NULL, "%s", error->message);
  g_clear_error (&error);

  {
    g_autofree char *others = sd_test_dir_others (dir, (const char *[]) { "ro.png", "sub.png",
                                                                          NULL });
    ck_assert_str_eq (others, "");
  }
}
END_TEST

START_TEST (test_export_failure_keeps_the_old_file)
{
  g_autofree char *path = path_in_dir ("old.pdf");
  g_autofree char *seen = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  ck_assert (g_file_set_contents (path, "the old file", -1, NULL));
  ck_assert (!sd_export_write_atomically (path, "test", fail_cb, &seen, &error));
  ck_assert (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC));
  /* the temporary file was beside the target, named after the prefix, and is gone */
  ck_assert_ptr_nonnull (seen);
  {
    g_autofree char *seen_dir = g_path_get_dirname (seen);
    g_autofree char *seen_base = g_path_get_basename (seen);

    ck_assert_str_eq (seen_dir, dir);
    ck_assert (g_str_has_prefix (seen_base, ".test-"));
  }
  ck_assert (!g_file_test (seen, G_FILE_TEST_EXISTS));
  ck_assert (g_file_get_contents (path, &contents, NULL, NULL));
  ck_assert_str_eq (contents, "the old file");
  {
    g_autofree char *others = sd_test_dir_others (dir, (const char *[]) { "old.pdf", NULL });
    ck_assert_str_eq (others, "");
  }
}
END_TEST

START_TEST (test_export_writes_through_links)
{
  g_autofree char *real = path_in_dir ("real.csv");
  g_autofree char *link = path_in_dir ("link.csv");
  g_autofree char *dangling = path_in_dir ("dangling.csv");
  g_autofree char *made = path_in_dir ("made.csv");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  ck_assert (g_file_set_contents (real, "old", -1, NULL));
  ck_assert_int_eq (symlink ("real.csv", link), 0);
  ck_assert (sd_export_write_contents (link, "test", "new\n", -1, &error));
  ck_assert_int_eq (g_lstat (link, &st), 0);
  ck_assert (S_ISLNK (st.st_mode));
  ck_assert (g_file_get_contents (real, &contents, NULL, NULL));
  ck_assert_str_eq (contents, "new\n");
  g_clear_pointer (&contents, g_free);

  /* a dangling link makes the file it names */
  ck_assert_int_eq (symlink ("made.csv", dangling), 0);
  ck_assert (sd_export_write_contents (dangling, "test", "made\n", 5, &error));
  ck_assert (g_file_get_contents (made, &contents, NULL, NULL));
  ck_assert_str_eq (contents, "made\n");
}
END_TEST

/*
 * The course as CSV
 */

START_TEST (test_course_csv_table)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) header = NULL;
  SdCourseParams params;
  guint n_lines, rising = 0;
  double first_collagen = NAN, last_collagen = NAN;

  /* numbers with '.', whatever the locale says (where the machine has a comma locale) */
  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL && setlocale (LC_NUMERIC, "de_DE") == NULL)
    g_print ("no de_DE locale here: the decimals are not checked under a comma locale\n");

  sd_course_params_init (&params);
  params.sessions = 3;
  params.weeks = 20;
  csv = sd_course_csv_new_for_params (&params, &error);
  ck_assert_msg (csv != NULL, "%s", error ? error->message : "");
  ck_assert (g_str_has_suffix (csv, "\n"));
  lines = g_strsplit (csv, "\n", -1);
  n_lines = g_strv_length (lines);
  /* the header, a line a day (day 0 to 7 × 20), and "" after the last '\n' */
  ck_assert_uint_eq (n_lines, 1 + 7 * 20 + 1 + 1);
  ck_assert_str_eq (lines[n_lines - 1], "");
  header = g_strsplit (lines[0], ",", -1);
  ck_assert_uint_eq (g_strv_length (header), 16);
  ck_assert_str_eq (header[0], "day");
  ck_assert_str_eq (header[14], "collagen_low");

  for (guint i = 1; i + 1 < n_lines; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], ",", -1);
      double collagen, low, high;
      char *end;

      ck_assert_uint_eq (g_strv_length (f), 16);
      ck_assert_uint_eq (g_ascii_strtoull (f[0], NULL, 10), i - 1);
      ck_assert_msg (strchr (f[1], '.') != NULL, "week %s", f[1]);
      collagen = g_ascii_strtod (f[8], &end);
      ck_assert (*end == '\0');
      low = g_ascii_strtod (f[14], NULL);
      high = g_ascii_strtod (f[15], NULL);
      ck_assert_msg (low <= collagen && collagen <= high, "day %u: %g ≤ %g ≤ %g", i - 1, low,
                     collagen, high);
      ck_assert (strncmp (f[8], "-0.000000", 9) != 0);
      if (i == 1)
        first_collagen = collagen;
      last_collagen = collagen;
      rising += low < high;
    }
  /* three sessions build collagen, and the range has a width */
  ck_assert (last_collagen > first_collagen);
  ck_assert (rising > 0);
  setlocale (LC_NUMERIC, "C");

  /* the model's refusal comes through */
  params.length_mm = 99;
  ck_assert_ptr_null (sd_course_csv_new_for_params (&params, &error));
  ck_assert_ptr_nonnull (error);
}
END_TEST

START_TEST (test_course_csv_file_and_json_rows)
{
  g_autofree char *path = path_in_dir ("course.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(SdCourse) central = NULL, low = NULL, high = NULL;
  g_autoptr(GString) row = g_string_new (NULL);
  g_autofree char *csv = NULL;
  g_autofree char *written = NULL;
  SdCourseParams params;

  sd_course_params_init (&params);
  ck_assert (sd_export_course_csv (path, "test", &params, &error));
  ck_assert (g_file_get_contents (path, &written, NULL, NULL));
  csv = sd_course_csv_new_for_params (&params, &error);
  ck_assert_str_eq (written, csv);

  /* a JSON day: the same keys as the CSV header, in its order */
  central = sd_course_run (&params, &error);
  params.estimate = SD_ESTIMATE_LOW;
  low = sd_course_run (&params, &error);
  params.estimate = SD_ESTIMATE_HIGH;
  high = sd_course_run (&params, &error);
  sd_course_csv_append_day (row, &(SdCourseEstimates) { central, low, high }, 0, TRUE);
  {
    g_auto(GStrv) keys = g_strsplit (SD_COURSE_CSV_HEADER, ",", -1);
    const char *p = row->str;

    for (guint k = 0; keys[k] != NULL; k++)
      {
        g_autofree char *quoted = g_strdup_printf ("\"%s\":", keys[k]);
        const char *at = strstr (p, quoted);

        ck_assert_msg (at != NULL, "%s not after its predecessor in %s", quoted, row->str);
        p = at + strlen (quoted);
      }
    ck_assert_ptr_nonnull (strstr (row->str, "\"phase\":\"inflammation\""));
  }
}
END_TEST

static Suite *
export_suite (void)
{
  Suite *suite = suite_create ("export-file");
  TCase *tc;

  tc = tcase_create ("formats");
  tcase_add_test (tc, test_export_format_for_path);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("pictures");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_export_picture_png_is_the_painters_picture);
  tcase_add_test (tc, test_export_picture_svg_pdf_and_comparison);
  tcase_add_test (tc, test_export_chart);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("atomic");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_export_refuses_targets_and_leaves_them);
  tcase_add_test (tc, test_export_failure_keeps_the_old_file);
  tcase_add_test (tc, test_export_writes_through_links);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("course-csv");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_course_csv_table);
  tcase_add_test (tc, test_course_csv_file_and_json_rows);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return sd_test_run_suite (export_suite ());
}
