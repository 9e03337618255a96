/* test-ageing-page.c: the Ageing page in the window — the age on its chart is the
 * picture's, one course of the plan is set against the lifetime, and the skin at two
 * ages is drawn side by side to one scale
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (run under xvfb-run); exits 77 ("skipped") without one. GTK is
 * initialised only inside Check's forked children (checked fixture): STYLE.md §5.9.
 */

#include "config.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sd-ageing-page.h"
#include "sd-concern-group.h"
#include "sd-concerns.h"
#include "sd-lifetime-view.h"
#include "sd-painter.h"
#include "sd-window.h"
#include "sd-test-gtk.h"

#include <adwaita.h>

static SdAgeingPage *
open_page (SdWindow **window_out)
{
  SdWindow *window = sd_window_new (NULL);
  GtkWidget *page;

  gtk_window_present (GTK_WINDOW (window));
  sd_window_set_sidebar_page (window, "ageing");
  page = sd_window_get_ageing_page (window);
  ck_assert (SD_IS_AGEING_PAGE (page));
  sd_test_spin_main_loop ();
  *window_out = window;
  return SD_AGEING_PAGE (page);
}

static const char *
label_text (GtkWidget *label)
{
  return gtk_label_get_text (GTK_LABEL (label));
}

START_TEST (test_chart_age_is_the_pictures_age)
{
  SdWindow *window;
  SdAgeingPage *page = open_page (&window);
  SdLifetimeView *chart = SD_LIFETIME_VIEW (sd_ageing_page_get_chart (page));

  sd_lifetime_view_set_age (chart, 67);
  sd_test_spin_main_loop ();
  ck_assert_double_eq (sd_section_get_age (sd_window_get_section (window)), 67);
  ck_assert_msg (strstr (label_text (sd_ageing_page_get_compare_label (page)), "At 67") != NULL,
                 "%s", label_text (sd_ageing_page_get_compare_label (page)));
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

START_TEST (test_one_course_against_the_lifetime)
{
  SdWindow *window;
  SdAgeingPage *page = open_page (&window);
  SdTreatment *treatment = sd_window_get_treatment (window);
  SdLifetimeView *chart = SD_LIFETIME_VIEW (sd_ageing_page_get_chart (page));
  GtkWidget *label = sd_ageing_page_get_course_label (page);
  g_autofree char *gain = NULL;
  SdCourseParams course;
  double ratio[11], low[11], high[11];

  sd_treatment_set_sessions (treatment, 4);
  sd_lifetime_view_set_age (chart, 50);
  sd_test_spin_main_loop ();

  /* The sentence gives the model's gain after a year for this plan at this age */
  sd_treatment_get_params (treatment, &course);
  ck_assert_double_eq (course.age_years, 50);
  ck_assert (sd_lifetime_course_effect (&course, 10, ratio, low, high, NULL));
  gain = g_strdup_printf ("%+.0f", 100.0 * (ratio[1] - 1.0));
  ck_assert_msg (strstr (label_text (label), "4 sessions at 50") != NULL
                 && strstr (label_text (label), gain) != NULL
                 && strstr (label_text (label), "does not stop") != NULL,
                 "wanted %s: %s", gain, label_text (label));

  /* No sessions: no course, and the page says where to plan one */
  sd_treatment_set_sessions (treatment, 0);
  sd_test_spin_main_loop ();
  ck_assert_msg (strstr (label_text (label), "Treatment page") != NULL, "%s",
                 label_text (label));
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/* The first row from the top, in columns [x0, x1), where most pixels are the
 * hypodermis' fat: where the drawn dermis ends */
static int
fat_row (cairo_surface_t *surface,
         int              x0,
         int              x1)
{
  SdPaintColor fat = sd_painter_get_layer_color (SD_LAYER_HYPODERMIS);
  SdPaintColor dermis = sd_painter_get_layer_color (SD_LAYER_RETICULAR_DERMIS);
  guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    {
      int n = 0;

      for (int x = x0; x < x1; x++)
        {
          guint32 p = *(guint32 *)(data + y * stride + 4 * x);
          double r = ((p >> 16) & 0xff) / 255.0, g = ((p >> 8) & 0xff) / 255.0,
                 b = (p & 0xff) / 255.0;
          double to_fat = hypot (hypot (r - fat.red, g - fat.green), b - fat.blue);
          double to_dermis = hypot (hypot (r - dermis.red, g - dermis.green), b - dermis.blue);

          n += to_fat < to_dermis && to_fat < 0.15;
        }
      if (n > (x1 - x0) / 2)
        return y;
    }
  return -1;
}

START_TEST (test_two_ages_side_by_side_to_one_scale)
{
  SdWindow *window;
  SdAgeingPage *page = open_page (&window);
  SdLifetimeView *chart = SD_LIFETIME_VIEW (sd_ageing_page_get_chart (page));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 320, 260);
  cairo_t *cr = cairo_create (surface);
  int young, old, same_left, same_right;

  /* 25 on the left (the default), 85 on the right: the older dermis is thinner, so its
   * fat starts higher in the picture */
  ck_assert_double_eq (gtk_adjustment_get_value (sd_ageing_page_get_pair_adjustment (page)), 25);
  sd_lifetime_view_set_age (chart, 85);
  sd_test_spin_main_loop ();
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  sd_ageing_page_paint_pair (page, cr, 320, 260);
  cairo_surface_flush (surface);
  young = fat_row (surface, 20, 134);
  old = fat_row (surface, 186, 300);
  ck_assert_msg (young > 0 && old > 0, "fat rows %d and %d", young, old);
  ck_assert_msg (old < young - 10, "at 25 the fat starts at row %d, at 85 at row %d", young, old);

  /* The same age on both sides: the same picture, to the same scale */
  gtk_adjustment_set_value (sd_ageing_page_get_pair_adjustment (page), 85);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  sd_ageing_page_paint_pair (page, cr, 320, 260);
  cairo_surface_flush (surface);
  same_left = fat_row (surface, 20, 134);
  same_right = fat_row (surface, 186, 300);
  ck_assert_int_le (abs (same_left - same_right), 2);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

static GtkWidget *
find_concern_group (GtkWidget *widget)
{
  if (SD_IS_CONCERN_GROUP (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_concern_group (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The Treatment page's Concern choice: Use This Plan sets a protocol within the
 * concern's published ranges at one of its usual sites; a concern with no protocol
 * (cellulite) offers none. */
START_TEST (test_concern_use_this_plan)
{
  SdWindow *window = sd_window_new (NULL);
  SdTreatment *treatment = sd_window_get_treatment (window);
  SdSection *section = sd_window_get_section (window);
  GtkWidget *group;
  guint n = sd_concern_get_n ();
  gboolean saw_without = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  sd_window_set_sidebar_page (window, "treatment");
  sd_test_spin_main_loop ();
  group = find_concern_group (GTK_WIDGET (sd_window_get_treatment_panel (window)));
  ck_assert_ptr_nonnull (group);

  for (guint i = 0; i < n; i++)
    {
      const SdConcern *c = sd_concern_get (i);
      gboolean at_site = FALSE;

      sd_concern_group_set_selected (SD_CONCERN_GROUP (group), i);
      sd_section_set_site (section, SD_SITE_PALM);
      sd_treatment_set_sessions (treatment, 0);
      gtk_widget_activate_action (group, "concern.use-plan", NULL);
      sd_test_spin_main_loop ();
      if (!c->has_protocol)
        {
          /* nothing set from a protocol nobody published */
          saw_without = TRUE;
          ck_assert_int_eq (sd_section_get_site (section), SD_SITE_PALM);
          ck_assert_uint_eq (sd_treatment_get_sessions (treatment), 0);
          continue;
        }
      for (guint k = 0; k < c->n_sites; k++)
        at_site |= sd_section_get_site (section) == c->sites[k];
      ck_assert_msg (at_site, "%s: site %d is not one of its usual sites", c->id,
                     sd_section_get_site (section));
      ck_assert_msg (sd_section_get_length_mm (section) >= c->length_mm[0] - 1e-9
                     && sd_section_get_length_mm (section) <= c->length_mm[1] + 1e-9,
                     "%s: %g mm", c->id, sd_section_get_length_mm (section));
      ck_assert_uint_ge (sd_treatment_get_sessions (treatment), c->sessions[0]);
      ck_assert_uint_le (sd_treatment_get_sessions (treatment), c->sessions[1]);
      ck_assert (sd_treatment_get_interval_weeks (treatment) >= c->interval_weeks[0]
                 && sd_treatment_get_interval_weeks (treatment) <= c->interval_weeks[1]);
      /* long enough to see the last session's remodelling */
      ck_assert_double_ge (sd_treatment_get_weeks (treatment),
                           sd_treatment_get_sessions (treatment)
                           * sd_treatment_get_interval_weeks (treatment));
    }
  ck_assert (saw_without);
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

static Suite *
ageing_page_suite (void)
{
  Suite *suite = suite_create ("ageing-page");
  TCase *tcase = tcase_create ("page");

  tcase_add_checked_fixture (tcase, sd_test_gtk_init, NULL);
  tcase_add_test (tcase, test_chart_age_is_the_pictures_age);
  tcase_add_test (tcase, test_one_course_against_the_lifetime);
  tcase_add_test (tcase, test_two_ages_side_by_side_to_one_scale);
  tcase_add_test (tcase, test_concern_use_this_plan);
  suite_add_tcase (suite, tcase);
  return suite;
}

int
main (void)
{
  if (!sd_test_have_display ("test-ageing-page"))
    return 77;

  return sd_test_run_suite (ageing_page_suite ());
}
