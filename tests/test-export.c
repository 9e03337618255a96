/* test-export.c: the window's exports (Export Picture…, Export Chart…) and Ctrl+C on
 * the picture
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (run under xvfb-run); exits 77 ("skipped") without one. GTK is
 * initialised only inside Check's forked children (checked fixture), STYLE.md §5.9.
 * The writing is called with a GFile, as the file chooser's response does.
 */

#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sd-course-chart.h"
#include "sd-export.h"
#include "sd-section-view.h"
#include "sd-window.h"
#include "sd-window-export.h"
#include "sd-test-files.h"
#include "sd-test-gtk.h"

#include <adwaita.h>

static char *dir;

static void
setup (void)
{
  sd_test_gtk_init ();
  dir = g_dir_make_tmp ("sd-export-XXXXXX", NULL);
  ck_assert_ptr_nonnull (dir);
}

static void
teardown (void)
{
  sd_test_remove_dir (dir);
  g_clear_pointer (&dir, g_free);
}

static GFile *
file_in_dir (const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_new_for_path (path);
}

/* A window on screen, its picture and chart drawn at their sizes. */
static SdWindow *
present_window (void)
{
  SdWindow *window = sd_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (sd_window_get_section_view (window));
  return window;
}

static SdCourseChart *
get_chart (SdWindow *window)
{
  return SD_COURSE_CHART (gtk_widget_get_template_child (GTK_WIDGET (window), SD_TYPE_WINDOW,
                                                         "course_chart"));
}

static char *
number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_dtostr (buf, sizeof buf, value));
}

/* `skin-deep-sim course` for the same plan as @params: its standard output. */
static char *
sim_course (const SdCourseParams *params)
{
  const char *sim = g_getenv ("SD_SIM");
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  ck_assert_msg (sim != NULL, "SD_SIM (the built skin-deep-sim) is not set");
#define ARG(s) g_ptr_array_add (argv, g_strdup (s))
#define NUM(v) g_ptr_array_add (argv, number (v))
  ARG (sim); ARG ("course");
  ARG ("--site"); ARG (sd_site_to_id (params->site));
  ARG ("--age"); NUM (params->age_years);
  ARG ("--sex"); ARG (sd_sex_to_id (params->sex));
  ARG ("--device"); ARG (sd_device_to_id (params->device));
  ARG ("--length-mm"); NUM (params->length_mm);
  ARG ("--sessions"); g_ptr_array_add (argv, g_strdup_printf ("%u", params->sessions));
  ARG ("--interval-weeks"); NUM (params->interval_weeks);
  ARG ("--weeks"); g_ptr_array_add (argv, g_strdup_printf ("%u", params->weeks));
  ARG ("--uv"); ARG (sd_uv_to_id (params->uv));
  ARG ("--smoking"); ARG (params->smoking ? "yes" : "no");
  ARG ("--alcohol"); ARG (sd_alcohol_to_id (params->alcohol));
  ARG ("--pollution"); ARG (sd_pollution_to_id (params->pollution));
  ARG ("--diet"); ARG (sd_diet_to_id (params->diet));
  if (params->fraction > 0)
    {
      ARG ("--fraction"); NUM (params->fraction);
    }
  if (params->channels_per_cm2 > 0)
    {
      ARG ("--channels"); NUM (params->channels_per_cm2);
    }
#undef ARG
#undef NUM
  g_ptr_array_add (argv, NULL);

  ck_assert_msg (g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error),
                 "%s", error ? error->message : "");
  ck_assert_msg (g_spawn_check_wait_status (status, NULL), "skin-deep-sim course failed");
  return out;
}

/*
 * The picture
 */

START_TEST (test_export_picture_png_svg_pdf)
{
  SdWindow *window = present_window ();
  GtkWidget *view = sd_window_get_section_view (window);
  g_autoptr(GFile) png = file_in_dir ("skin-deep-palm.png");
  g_autoptr(GFile) svg = file_in_dir ("skin-deep-palm.svg");
  g_autoptr(GFile) pdf = file_in_dir ("skin-deep-palm.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *png_path = g_file_get_path (png);
  g_autofree char *pdf_path = g_file_get_path (pdf);
  g_autofree char *text = NULL;
  int w, h;
  guint pw, ph;
  gsize len;
  const char *data;

  g_object_set (sd_window_get_section (window), "site", SD_SITE_PALM, NULL);
  sd_section_view_set_selected_layer (SD_SECTION_VIEW (view), SD_LAYER_STRATUM_LUCIDUM);
  gtk_test_widget_wait_for_draw (view);
  w = gtk_widget_get_width (view);
  h = gtk_widget_get_height (view);
  ck_assert_int_gt (w, 100);
  ck_assert_int_gt (h, 100);

  /* PNG: twice the view's pixels */
  ck_assert_msg (sd_window_export_picture (window, png, &error), "%s", error->message);
  bytes = sd_test_read_file (png_path);
  sd_test_assert_png (bytes, &pw, &ph);
  ck_assert_uint_eq (pw, 2 * (guint)w);
  ck_assert_uint_eq (ph, 2 * (guint)h);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* SVG: a drawing */
  ck_assert (sd_window_export_picture (window, svg, &error));
  {
    g_autofree char *svg_path = g_file_get_path (svg);

    bytes = sd_test_read_file (svg_path);
  }
  data = g_bytes_get_data (bytes, &len);
  ck_assert (g_str_has_prefix (data, "<?xml"));
  ck_assert_ptr_nonnull (g_strstr_len (data, (gssize)len, "<svg"));
  ck_assert_ptr_nonnull (g_strstr_len (data, (gssize)len, "</svg>"));
  g_clear_pointer (&bytes, g_bytes_unref);

  /* PDF: the palm's picture, with its stratum lucidum, which the cheek has not */
  ck_assert (sd_window_export_picture (window, pdf, &error));
  bytes = sd_test_read_file (pdf_path);
  ck_assert_int_eq (memcmp (g_bytes_get_data (bytes, NULL), "%PDF", 4), 0);
  text = sd_test_pdf_text (pdf_path);
  if (text != NULL)
    {
      ck_assert_msg (strstr (text, "Stratum lucidum") != NULL, "%s", text);
      g_clear_pointer (&text, g_free);
      g_object_set (sd_window_get_section (window), "site", SD_SITE_CHEEK, NULL);
      ck_assert (sd_window_export_picture (window, pdf, &error));
      text = sd_test_pdf_text (pdf_path);
      ck_assert_msg (strstr (text, "Stratum corneum") != NULL, "%s", text);
      ck_assert_msg (strstr (text, "Stratum lucidum") == NULL, "%s", text);
    }

  {
    g_autofree char *others = sd_test_dir_others (dir, (const char *[]) {
      "skin-deep-palm.png", "skin-deep-palm.svg", "skin-deep-palm.pdf", NULL });
    ck_assert_str_eq (others, "");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

START_TEST (test_export_picture_follows_the_view)
{
  SdWindow *window = present_window ();
  SdSectionView *view = SD_SECTION_VIEW (sd_window_get_section_view (window));
  g_autoptr(GFile) a = file_in_dir ("a.png");
  g_autoptr(GFile) b = file_in_dir ("b.png");
  g_autoptr(GFile) c = file_in_dir ("c.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) ba = NULL, bb = NULL, bc = NULL;
  g_autofree char *pa = g_file_get_path (a), *pb = g_file_get_path (b);
  g_autofree char *pc = g_file_get_path (c);
  SdPaintOptions options;

  ck_assert (sd_window_export_picture (window, a, &error));
  /* zoomed in: another picture, with the view's zoom */
  sd_section_view_set_zoom (view, 4.0);
  ck_assert (sd_section_view_get_paint_options (view, 300, 200, &options, NULL, NULL) != NULL);
  ck_assert_msg (options.zoom > 1.0, "zoom %g", options.zoom);
  /* (animated: jump to the end, as the view's own drawing does) */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
  for (int i = 0; i < 100 && sd_section_view_get_paint_options (view, 300, 200, &options,
                                                                  NULL, NULL) &&
                  options.zoom < 4.0; i++)
    {
      g_usleep (10000);
      sd_test_spin_main_loop ();
    }
  ck_assert (sd_window_export_picture (window, b, &error));
  /* the comparison */
  sd_section_view_set_zoom (view, 1.0);
  sd_section_view_set_comparison (view, TRUE);
  {
    const SdNeedleResult *needles = NULL;
    guint n = 0;

    sd_section_view_get_paint_options (view, 300, 200, &options, &needles, &n);
    ck_assert_uint_eq (n, 6);
    ck_assert_ptr_nonnull (needles);
  }
  ck_assert (sd_window_export_picture (window, c, &error));

  ba = sd_test_read_file (pa);
  bb = sd_test_read_file (pb);
  bc = sd_test_read_file (pc);
  ck_assert (!g_bytes_equal (ba, bb));
  ck_assert (!g_bytes_equal (ba, bc));
  ck_assert (!g_bytes_equal (bb, bc));
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

START_TEST (test_export_bad_names_and_targets)
{
  SdWindow *window = present_window ();
  g_autoptr(GFile) txt = file_in_dir ("notes.txt");
  g_autoptr(GFile) csv = file_in_dir ("picture.csv");
  g_autoptr(GFile) ro = file_in_dir ("old.png");
  g_autoptr(GFile) missing = file_in_dir ("no-folder/x.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *ro_path = g_file_get_path (ro);
  g_autofree char *contents = NULL;

  /* an unknown extension: refused, saying which and what is allowed; nothing written */
  ck_assert (!sd_window_export_picture (window, txt, &error));
  ck_assert (g_error_matches (error, SD_EXPORT_ERROR, SD_EXPORT_ERROR_UNKNOWN_FORMAT));
  ck_assert_msg (strstr (error->message, ".txt") && strstr (error->message, ".png"), "%s",
                 error->message);
  g_clear_error (&error);
  /* the picture has no CSV; the chart has */
  ck_assert (!sd_window_export_picture (window, csv, &error));
  ck_assert (g_error_matches (error, SD_EXPORT_ERROR, SD_EXPORT_ERROR_UNKNOWN_FORMAT));
  g_clear_error (&error);
  ck_assert (!sd_window_export_chart (window, txt, &error));
  ck_assert (g_error_matches (error, SD_EXPORT_ERROR, SD_EXPORT_ERROR_UNKNOWN_FORMAT));
  ck_assert_msg (strstr (error->message, ".csv") != NULL, "%s", error->message);
  g_clear_error (&error);

  /* a read-only file stays as it was */
  ck_assert (g_file_set_contents (ro_path, "keep", -1, NULL));
  ck_assert_int_eq (g_chmod (ro_path, 0444), 0);
  ck_assert (!sd_window_export_picture (window, ro, &error));
  ck_assert (g_error_matches (error, SD_EXPORT_ERROR, SD_EXPORT_ERROR_READ_ONLY));
  g_clear_error (&error);
  ck_assert (!sd_window_export_chart (window, ro, &error));
  ck_assert (g_error_matches (error, SD_EXPORT_ERROR, SD_EXPORT_ERROR_READ_ONLY));
  g_clear_error (&error);
  ck_assert (g_file_get_contents (ro_path, &contents, NULL, NULL));
  ck_assert_str_eq (contents, "keep");

  /* a folder that is not there */
  ck_assert (!sd_window_export_chart (window, missing, &error));
  ck_assert (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT));
  g_clear_error (&error);

  /* nothing partial, nothing else */
  {
    g_autofree char *others = sd_test_dir_others (dir, (const char *[]) { "old.png", NULL });
    ck_assert_str_eq (others, "");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/*
 * The chart
 */

START_TEST (test_export_chart_png_svg_pdf_csv)
{
  SdWindow *window = present_window ();
  SdCourseChart *chart = get_chart (window);
  g_autoptr(GFile) png = file_in_dir ("chart.png");
  g_autoptr(GFile) svg = file_in_dir ("chart.svg");
  g_autoptr(GFile) pdf = file_in_dir ("chart.pdf");
  g_autoptr(GFile) csv = file_in_dir ("course.CSV");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *written = NULL;
  g_autofree char *expected = NULL;
  guint pw, ph;

  /* the chart is shown on the Treatment page */
  sd_window_set_sidebar_page (window, "treatment");
  for (guint i = 0; i < 20 && !gtk_widget_get_mapped (GTK_WIDGET (chart)); i++)
    {
      sd_test_spin_main_loop ();
      g_usleep (10000);
    }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  ck_assert_ptr_nonnull (sd_course_chart_get_data (chart));
  ck_assert_msg (sd_window_export_chart (window, png, &error), "%s", error->message);
  path = g_file_get_path (png);
  bytes = sd_test_read_file (path);
  sd_test_assert_png (bytes, &pw, &ph);
  /* the chart is on screen below the picture: twice its pixels */
  ck_assert (gtk_widget_get_mapped (GTK_WIDGET (chart)));
  ck_assert_uint_eq (pw, 2 * (guint)gtk_widget_get_width (GTK_WIDGET (chart)));
  ck_assert_uint_eq (ph, 2 * (guint)gtk_widget_get_height (GTK_WIDGET (chart)));
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&path, g_free);

  ck_assert (sd_window_export_chart (window, svg, &error));
  path = g_file_get_path (svg);
  bytes = sd_test_read_file (path);
  ck_assert_ptr_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), -1, "<svg"));
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&path, g_free);

  ck_assert (sd_window_export_chart (window, pdf, &error));
  path = g_file_get_path (pdf);
  bytes = sd_test_read_file (path);
  ck_assert_int_eq (memcmp (g_bytes_get_data (bytes, NULL), "%PDF", 4), 0);
  g_clear_pointer (&path, g_free);

  /* the course as CSV: what `skin-deep-sim course` prints for the same plan, the header
   * included (the extension's case does not matter) */
  sd_treatment_set_sessions (sd_window_get_treatment (window), 3);
  ck_assert (sd_window_export_chart (window, csv, &error));
  path = g_file_get_path (csv);
  ck_assert (g_file_get_contents (path, &written, NULL, NULL));
  expected = sim_course (sd_course_chart_get_params (chart));
  {
    g_auto(GStrv) wl = g_strsplit (written, "\n", 2);
    g_auto(GStrv) el = g_strsplit (expected, "\n", 2);

    ck_assert_str_eq (wl[0], el[0]);
  }
  ck_assert_str_eq (written, expected);
  ck_assert_uint_eq (sd_course_chart_get_params (chart)->sessions, 3);
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

START_TEST (test_export_actions_and_names)
{
  SdWindow *window = sd_window_new (NULL);
  gboolean found_picture = FALSE, found_chart = FALSE;
  const GVariantType *parameter_type;
  const char *name, *property;
  GType owner;
  guint i = 0;

  /* the actions are the window's */
  while (gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (window), i++, &owner, &name,
                                        &parameter_type, &property))
    {
      found_picture |= g_str_equal (name, "win.export-picture");
      found_chart |= g_str_equal (name, "win.export-chart");
    }
  ck_assert (found_picture);
  ck_assert (found_chart);

  /* the suggested names follow the site */
  {
    g_autofree char *a = sd_window_export_suggest_name (window, FALSE, "png");
    g_autofree char *b = NULL;

    ck_assert_str_eq (a, "skin-deep-cheek.png");
    g_object_set (sd_window_get_section (window), "site", SD_SITE_PALM, NULL);
    b = sd_window_export_suggest_name (window, TRUE, "csv");
    ck_assert_str_eq (b, "skin-deep-palm-collagen.csv");
  }

  /* the picture and the chart have a context menu with their commands */
  {
    struct { GtkWidget *widget; const char *first; guint n; } menus[] = {
      { sd_window_get_section_view (window), "section.copy", 2 },
      { GTK_WIDGET (get_chart (window)), "win.export-chart", 1 },
    };

    for (guint m = 0; m < G_N_ELEMENTS (menus); m++)
      {
        GtkWidget *popover = gtk_widget_get_first_child (menus[m].widget);
        GMenuModel *model;
        g_autofree char *action = NULL;

        ck_assert (GTK_IS_POPOVER_MENU (popover));
        ck_assert (!gtk_widget_get_visible (popover));
        model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover));
        ck_assert_int_eq (g_menu_model_get_n_items (model), (int)menus[m].n);
        ck_assert (g_menu_model_get_item_attribute (model, 0, G_MENU_ATTRIBUTE_ACTION, "s",
                                                    &action));
        ck_assert_str_eq (action, menus[m].first);
      }
  }

  /* Ctrl+C is the picture's, not the window's: text fields keep theirs */
  {
    g_autoptr(GtkShortcut) on_view = sd_test_find_shortcut (sd_window_get_section_view (window),
                                                            NULL, GDK_KEY_c, GDK_CONTROL_MASK);
    g_autoptr(GtkShortcut) on_window = sd_test_find_shortcut (GTK_WIDGET (window), NULL,
                                                              GDK_KEY_c, GDK_CONTROL_MASK);
    GtkShortcutAction *action;

    ck_assert_ptr_nonnull (on_view);
    action = gtk_shortcut_get_action (on_view);
    ck_assert (GTK_IS_NAMED_ACTION (action));
    ck_assert_str_eq (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                      "section.copy");
    ck_assert_ptr_null (on_window);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/*
 * The clipboard
 */

static void
on_texture_read_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GdkTexture **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = gdk_clipboard_read_texture_finish (GDK_CLIPBOARD (source), result, &error);
  ck_assert_msg (*out != NULL, "%s", error ? error->message : "no texture");
}

START_TEST (test_export_copy_picture_to_clipboard)
{
  SdWindow *window = present_window ();
  GtkWidget *view = sd_window_get_section_view (window);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (view);
  g_autoptr(GdkTexture) texture = NULL;
  int scale = gtk_widget_get_scale_factor (view);

  /* something else on the clipboard first */
  gdk_clipboard_set_text (clipboard, "text");
  ck_assert (gtk_widget_activate_action (view, "section.copy", NULL));
  ck_assert (gdk_clipboard_get_formats (clipboard) != NULL);
  ck_assert (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard),
                                                GDK_TYPE_TEXTURE));

  gdk_clipboard_read_texture_async (clipboard, NULL, on_texture_read_cb, &texture);
  for (int i = 0; i < 500 && texture == NULL; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  ck_assert_ptr_nonnull (texture);
  ck_assert_int_eq (gdk_texture_get_width (texture), gtk_widget_get_width (view) * scale);
  ck_assert_int_eq (gdk_texture_get_height (texture), gtk_widget_get_height (view) * scale);

  /* it is the picture: the top left pixel is the view's background, not transparent */
  {
    gsize stride = (gsize)gdk_texture_get_width (texture) * 4;
    g_autofree guint32 *pixels = g_malloc (stride * (gsize)gdk_texture_get_height (texture));

    gdk_texture_download (texture, (guchar *)pixels, stride);
    ck_assert_uint_eq (pixels[0] >> 24, 0xff);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

static Suite *
export_suite (void)
{
  Suite *suite = suite_create ("export");
  TCase *tcase;

  tcase = tcase_create ("picture");
  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_add_test (tcase, test_export_picture_png_svg_pdf);
  tcase_add_test (tcase, test_export_picture_follows_the_view);
  tcase_add_test (tcase, test_export_bad_names_and_targets);
  suite_add_tcase (suite, tcase);

  tcase = tcase_create ("chart");
  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_add_test (tcase, test_export_chart_png_svg_pdf_csv);
  suite_add_tcase (suite, tcase);

  tcase = tcase_create ("actions");
  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_add_test (tcase, test_export_actions_and_names);
  tcase_add_test (tcase, test_export_copy_picture_to_clipboard);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  if (!sd_test_have_display ("test-export"))
    return 77;

  return sd_test_run_suite (export_suite ());
}
