/* test-course-chart.c: the collagen chart widget (SdCourseChart)
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (run under xvfb-run); exits 77 ("skipped") without one.
 * GTK is initialised only inside Check's forked children (checked fixture),
 * never in the parent: see STYLE.md §5.9. Set SD_CHART_WIDGET_PNG to a path
 * to save what the widget drew.
 */

#include "config.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sd-course-chart.h"
#include "sd-test-gtk.h"

#include <adwaita.h>

static void
count_cb (guint *counter)
{
  (*counter)++;
}

/* Five monthly 1.5 mm roller sessions over 26 weeks. */
static void
monthly_params (SdCourseParams *p)
{
  sd_course_params_init (p);
  p->length_mm = 1.5;
  p->sessions = 5;
  p->interval_weeks = 4;
  p->weeks = 26;
}

static void
assert_description_is_current (SdCourseChart *chart)
{
  g_autofree char *description = sd_course_chart_dup_description (chart);
  g_autofree char *mismatch = NULL;

  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart),
                                                 GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                 description);
  ck_assert_msg (mismatch == NULL, "accessible description: %s", mismatch);
}

START_TEST (test_course_chart_new_finalizes)
{
  GtkWidget *chart = g_object_ref_sink (sd_course_chart_new ());

  ck_assert (gtk_test_accessible_has_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG));
  ck_assert_str_eq (gtk_widget_get_css_name (chart), "coursechart");
  ck_assert (gtk_widget_get_focusable (chart));
  ck_assert_ptr_null (sd_course_chart_get_params (SD_COURSE_CHART (chart)));
  g_assert_finalize_object (chart);
}
END_TEST

START_TEST (test_course_chart_description_matches_model)
{
  SdCourseChart *chart = g_object_ref_sink (SD_COURSE_CHART (sd_course_chart_new ()));
  g_autoptr(SdCourse) course = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *mismatch = NULL;
  SdCourseParams p;
  double pct;

  monthly_params (&p);
  ck_assert (sd_course_chart_set_params (chart, &p, &error));
  ck_assert_ptr_nonnull (sd_course_chart_get_params (chart));
  sd_course_chart_set_day (chart, 168);
  ck_assert_uint_eq (sd_course_chart_get_day (chart), 168);

  course = sd_course_run (&p, &error);
  ck_assert_ptr_nonnull (course);
  pct = (sd_course_get_day (course, 168)->collagen_rel - 1.0) * 100.0;
  percent = g_strdup_printf ("collagen %.0f %% %s baseline", fabs (pct), pct >= 0 ? "above" : "below");

  description = sd_course_chart_dup_description (chart);
  ck_assert_msg (strstr (description, "Week 24") != NULL, "%s", description);
  ck_assert_msg (strstr (description, percent) != NULL, "'%s' lacks '%s'", description, percent);
  ck_assert_msg (strstr (description, "typical range") != NULL, "%s", description);
  ck_assert_msg (strstr (description, "without treatment") != NULL, "%s", description);
  assert_description_is_current (chart);

  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                 "Collagen over the course");
  ck_assert_msg (mismatch == NULL, "accessible label: %s", mismatch);

  g_assert_finalize_object (chart);
}
END_TEST

START_TEST (test_course_chart_day_clamped_and_notified)
{
  SdCourseChart *chart = g_object_ref_sink (SD_COURSE_CHART (sd_course_chart_new ()));
  SdCourseParams p;
  guint notified = 0, last;

  monthly_params (&p);
  ck_assert (sd_course_chart_set_params (chart, &p, NULL));
  last = sd_chart_data_get_n_days (sd_course_chart_get_data (chart)) - 1;
  g_signal_connect_swapped (chart, "notify::day", G_CALLBACK (count_cb), &notified);

  sd_course_chart_set_day (chart, 100000);
  ck_assert_uint_eq (sd_course_chart_get_day (chart), last);
  ck_assert_uint_eq (notified, 1);
  g_object_set (chart, "day", 100000, NULL);
  ck_assert_uint_eq (notified, 1);

  /* A shorter course pulls the day in, and says so. */
  p.weeks = 10;
  ck_assert (sd_course_chart_set_params (chart, &p, NULL));
  ck_assert_uint_eq (sd_course_chart_get_day (chart), 70);
  ck_assert_uint_eq (notified, 2);
  assert_description_is_current (chart);

  /* Invalid parameters leave the course as it was. */
  {
    g_autoptr(GError) error = NULL;

    p.weeks = 0;
    ck_assert (!sd_course_chart_set_params (chart, &p, &error));
    ck_assert_ptr_nonnull (error);
    ck_assert_uint_eq (sd_course_chart_get_params (chart)->weeks, 10);
  }

  g_assert_finalize_object (chart);
}
END_TEST

START_TEST (test_course_chart_keyboard_moves_day)
{
  GtkWidget *window = gtk_window_new ();
  SdCourseChart *chart = g_object_ref (SD_COURSE_CHART (sd_course_chart_new ()));
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SdCourseParams p;
  guint notified = 0, last;

  monthly_params (&p);
  ck_assert (sd_course_chart_set_params (chart, &p, NULL));
  last = sd_chart_data_get_n_days (sd_course_chart_get_data (chart)) - 1;
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (chart));
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 400);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (GTK_WIDGET (chart));
  sd_test_spin_main_loop ();

  sd_course_chart_set_day (chart, 168);
  before = sd_course_chart_dup_description (chart);
  g_signal_connect_swapped (chart, "notify::day", G_CALLBACK (count_cb), &notified);

  /* The actions the Left/Right/Shift/Home/End bindings trigger. */
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.move-day", "i", 1);
  ck_assert_uint_eq (sd_course_chart_get_day (chart), 169);
  after = sd_course_chart_dup_description (chart);
  ck_assert_str_ne (before, after);
  assert_description_is_current (chart);

  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.move-day", "i", -1);
  ck_assert_uint_eq (sd_course_chart_get_day (chart), 168);
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.move-day", "i", 7);
  ck_assert_uint_eq (sd_course_chart_get_day (chart), 175);
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.move-day", "i", -7);
  ck_assert_uint_eq (sd_course_chart_get_day (chart), 168);
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.last-day", NULL);
  ck_assert_uint_eq (sd_course_chart_get_day (chart), last);
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.move-day", "i", 7);
  ck_assert_uint_eq (sd_course_chart_get_day (chart), last);
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.first-day", NULL);
  ck_assert_uint_eq (sd_course_chart_get_day (chart), 0);
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.move-day", "i", -1);
  ck_assert_uint_eq (sd_course_chart_get_day (chart), 0);
  ck_assert_uint_eq (notified, 6);
  assert_description_is_current (chart);

  gtk_window_destroy (GTK_WINDOW (window));
  sd_test_spin_main_loop ();
  g_assert_finalize_object (chart);
}
END_TEST

START_TEST (test_course_chart_renders)
{
  GtkWidget *window = gtk_window_new ();
  SdCourseChart *chart = g_object_ref (SD_COURSE_CHART (sd_course_chart_new ()));
  const char *png = g_getenv ("SD_CHART_WIDGET_PNG");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  graphene_rect_t bounds;
  SdCourseParams p;
  GskRenderer *renderer;

  monthly_params (&p);
  ck_assert (sd_course_chart_set_params (chart, &p, NULL));
  sd_course_chart_set_day (chart, 168);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (chart));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 500);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (chart));

  /* The whole window, so the picture has the theme's background under it. */
  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot,
                          gtk_widget_get_width (window),
                          gtk_widget_get_height (window));
  node = gtk_snapshot_to_node (snapshot);
  ck_assert_ptr_nonnull (node);
  gsk_render_node_get_bounds (node, &bounds);
  ck_assert_float_gt (bounds.size.width, 100);

  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  texture = gsk_renderer_render_texture (renderer, node, &bounds);
  ck_assert_ptr_nonnull (texture);
  if (png)
    ck_assert (gdk_texture_save_to_png (texture, png));

  /* Moving the day only moves the cursor: same size, still drawable. */
  sd_course_chart_set_day (chart, 20);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (chart));

  gtk_window_destroy (GTK_WINDOW (window));
  sd_test_spin_main_loop ();
  g_clear_object (&paintable);
  g_assert_finalize_object (chart);
}
END_TEST

static Suite *
course_chart_suite (void)
{
  Suite *s = suite_create ("course-chart");
  TCase *tc = tcase_create ("widget");

  tcase_add_checked_fixture (tc, sd_test_gtk_init, NULL);
  tcase_add_test (tc, test_course_chart_new_finalizes);
  tcase_add_test (tc, test_course_chart_description_matches_model);
  tcase_add_test (tc, test_course_chart_day_clamped_and_notified);
  tcase_add_test (tc, test_course_chart_keyboard_moves_day);
  tcase_add_test (tc, test_course_chart_renders);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  if (!sd_test_have_display ("test-course-chart"))
    return 77;

  return sd_test_run_suite (course_chart_suite ());
}
