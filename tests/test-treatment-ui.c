/* test-treatment-ui.c: the Treatment page, the timeline bar and the chart in the window
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (run under xvfb-run); exits 77 ("skipped") without one.
 * GTK is initialised only inside Check's forked children (checked fixture),
 * never in the parent: see STYLE.md §5.9. Everything is driven through the
 * widgets' actions, the way the buttons and keys drive it.
 */

#include "config.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sd-course-chart.h"
#include "sd-course-label.h"
#include "sd-section-view.h"
#include "sd-timeline-bar.h"
#include "sd-treatment-panel.h"
#include "sd-window.h"
#include "sd-test-gtk.h"

#include <adwaita.h>

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  ck_assert_msg (object != NULL, "template child %s is missing", name);
  return object;
}

/* Iterates the main loop until @done says so or @seconds pass. */
static gboolean
spin_until (gboolean (*done) (gpointer), gpointer data, double seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64)(seconds * G_USEC_PER_SEC);

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

typedef struct
{
  SdWindow         *window;
  SdTreatment      *treatment;
  SdSection        *section;
  SdTimelineBar    *bar;
  SdTreatmentPanel *panel;
  SdCourseChart    *chart;
  SdSectionView    *view;
} Fixture;

static void
fixture_init (Fixture *f)
{
  f->window = sd_window_new (NULL);
  ck_assert_ptr_nonnull (f->window);
  f->treatment = sd_window_get_treatment (f->window);
  f->section = sd_window_get_section (f->window);
  f->bar = child (f->window, SD_TYPE_WINDOW, "timeline_bar");
  f->panel = sd_window_get_treatment_panel (f->window);
  f->chart = child (f->window, SD_TYPE_WINDOW, "course_chart");
  f->view = child (f->window, SD_TYPE_WINDOW, "section_view");
  gtk_window_present (GTK_WINDOW (f->window));
  sd_test_spin_main_loop ();
}

static void
fixture_clear (Fixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  sd_test_spin_main_loop ();
}

static void
step (Fixture *f,
      int      days)
{
  gtk_widget_activate_action (GTK_WIDGET (f->bar), "timeline.step", "i", days);
}

static void
disable_animations (void)
{
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

/* "31" for 1.31: the percentage the spoken state uses, from the model. */
static char *
expected_percent (double rel)
{
  return g_strdup_printf ("%.0f %%", fabs (round ((rel - 1.0) * 100.0)));
}

/*
 * Wiring
 */

START_TEST (test_course_overlay_follows_page_and_timeline)
{
  Fixture f;
  GtkStack *stack;

  fixture_init (&f);
  stack = child (f.window, SD_TYPE_WINDOW, "sidebar_stack");

  /* Plain anatomy on the Skin page at the first day… */
  ck_assert_str_eq (gtk_stack_get_visible_child_name (stack), "skin");
  ck_assert (!sd_section_view_get_show_course (f.view));
  /* no chart or timeline saying "Inflammation" under plain anatomy */
  ck_assert (!gtk_widget_get_visible (GTK_WIDGET (f.chart)));
  ck_assert (!gtk_widget_get_visible (GTK_WIDGET (f.bar)));

  /* …the healing response on the Treatment page, whose panel fills the page… */
  gtk_stack_set_visible_child_name (stack, "treatment");
  ck_assert (sd_section_view_get_show_course (f.view));
  ck_assert (gtk_widget_get_visible (GTK_WIDGET (f.chart)));
  ck_assert (gtk_widget_get_visible (GTK_WIDGET (f.bar)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f.window));
  ck_assert_int_ge (gtk_widget_get_height (GTK_WIDGET (f.panel)),
                    gtk_widget_get_height (GTK_WIDGET (stack)) - 1);
  gtk_stack_set_visible_child_name (stack, "skin");
  ck_assert (!sd_section_view_get_show_course (f.view));

  /* …and whenever the timeline has moved, whatever the page. */
  step (&f, 3);
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), 3);
  ck_assert (sd_section_view_get_show_course (f.view));
  ck_assert (gtk_widget_get_visible (GTK_WIDGET (f.bar)));
  gtk_widget_activate_action (GTK_WIDGET (f.bar), "timeline.first", NULL);
  ck_assert (!sd_section_view_get_show_course (f.view));

  fixture_clear (&f);
}
END_TEST

START_TEST (test_window_shares_one_treatment)
{
  Fixture f;
  SdCourseParams params;
  g_autoptr(SdTreatment) shown = NULL;

  fixture_init (&f);

  ck_assert_ptr_nonnull (f.treatment);
  ck_assert_ptr_eq (sd_treatment_get_section (f.treatment), f.section);
  ck_assert_ptr_eq (sd_timeline_bar_get_treatment (f.bar), f.treatment);
  ck_assert_ptr_eq (sd_treatment_panel_get_treatment (f.panel), f.treatment);
  ck_assert_ptr_eq (sd_treatment_panel_get_section_view (f.panel), GTK_WIDGET (f.view));
  g_object_get (f.view, "treatment", &shown, NULL);
  ck_assert_ptr_eq (shown, f.treatment);

  /* The chart shows the same plan, and follows it. */
  sd_treatment_get_params (f.treatment, &params);
  ck_assert_uint_eq (sd_course_chart_get_params (f.chart)->sessions, params.sessions);
  sd_treatment_set_sessions (f.treatment, 6);
  ck_assert_uint_eq (sd_course_chart_get_params (f.chart)->sessions, 6);
  sd_section_set_length_mm (f.section, 0.5);
  ck_assert_double_eq_tol (sd_course_chart_get_params (f.chart)->length_mm, 0.5, 1e-9);

  /* Every button of the bar and the panel can be pressed. */
  {
    GtkWidget *roots[] = { GTK_WIDGET (f.bar), GTK_WIDGET (f.panel) };

    for (guint r = 0; r < G_N_ELEMENTS (roots); r++)
      {
        GtkWidget *w = roots[r];

        /* depth-first walk over the widget tree */
        while (w != NULL)
          {
            /* (the application's own actions, such as app.show-term, exist only with an
             * application, which this window has not) */
            if (GTK_IS_BUTTON (w)
                && !g_str_has_prefix (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)) != NULL
                                      ? gtk_actionable_get_action_name (GTK_ACTIONABLE (w)) : "",
                                      "app."))
              ck_assert_msg (gtk_widget_is_sensitive (w), "a %s is insensitive",
                             G_OBJECT_TYPE_NAME (w));
            if (gtk_widget_get_first_child (w) != NULL)
              w = gtk_widget_get_first_child (w);
            else
              {
                while (w != roots[r] && gtk_widget_get_next_sibling (w) == NULL)
                  w = gtk_widget_get_parent (w);
                w = w == roots[r] ? NULL : gtk_widget_get_next_sibling (w);
              }
          }
      }
  }

  /* The timeline keys live on the content area, not on the whole window. */
  {
    GtkWidget *content = child (f.window, SD_TYPE_WINDOW, "content_box");
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (content);
    gboolean found = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

        if (g_strcmp0 (gtk_event_controller_get_name (c), "sd-timeline-shortcuts") == 0)
          {
            found = TRUE;
            ck_assert_int_eq (gtk_event_controller_get_propagation_phase (c), GTK_PHASE_BUBBLE);
          }
      }
    ck_assert (found);
  }

  fixture_clear (&f);
}
END_TEST

/*
 * Timeline
 */

START_TEST (test_timeline_step_moves_model_chart_and_labels)
{
  Fixture f;
  GtkLabel *status;
  GtkLabel *position;
  const SdCourseDay *today;
  g_autofree char *description = NULL;
  g_autofree char *chart_description = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *week = NULL;
  g_autofree char *problem = NULL;
  guint last;

  fixture_init (&f);
  status = child (f.bar, SD_TYPE_TIMELINE_BAR, "status_label");
  position = child (f.bar, SD_TYPE_TIMELINE_BAR, "position_label");

  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), 0);

  /* Six weeks on: model, chart and labels agree. */
  step (&f, 7 * 6);
  step (&f, 3);
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), 45);
  ck_assert_uint_eq (sd_course_chart_get_day (f.chart), 45);
  ck_assert_double_eq (gtk_adjustment_get_value (child (f.bar, SD_TYPE_TIMELINE_BAR,
                                                        "day_adjustment")), 45);

  today = sd_treatment_get_current (f.treatment);
  ck_assert_uint_eq (today->day, 45);
  week = g_strdup_printf ("Week %u", today->day / 7);
  percent = expected_percent (today->collagen_rel);
  description = sd_timeline_bar_dup_description (f.bar);
  ck_assert_str_eq (gtk_label_get_label (status), description);
  ck_assert_msg (strstr (description, week) != NULL, "“%s” lacks “%s”", description, week);
  ck_assert_msg (strstr (description, percent) != NULL, "“%s” lacks “%s”", description, percent);
  ck_assert_msg (strstr (gtk_label_get_label (position), week) != NULL,
                 "“%s” lacks “%s”", gtk_label_get_label (position), week);
  ck_assert_msg (strstr (gtk_label_get_label (position), sd_phase_get_name (today->phase)) != NULL,
                 "“%s” lacks the phase", gtk_label_get_label (position));

  /* The chart's spoken state is about the same day and the same collagen level. */
  chart_description = sd_course_chart_dup_description (f.chart);
  ck_assert_msg (strstr (chart_description, week) != NULL, "%s", chart_description);
  ck_assert_msg (strstr (chart_description, percent) != NULL, "%s", chart_description);
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (f.chart),
                                                GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                chart_description);
  ck_assert_msg (problem == NULL, "%s", problem);

  /* The picture describes itself too (its text is its own; see test-section-view). */
  ck_assert (gtk_test_accessible_has_property (GTK_ACCESSIBLE (f.view),
                                               GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  /* The chart moves the model back (both ways). */
  sd_course_chart_set_day (f.chart, 10);
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), 10);

  /* Steps clamp at both ends; first and last jump there. */
  step (&f, -100);
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), 0);
  gtk_widget_activate_action (GTK_WIDGET (f.bar), "timeline.first", NULL);
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), 0);
  last = sd_treatment_get_n_days (f.treatment) - 1;
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (f.bar), "timeline.last", NULL));
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), last);
  ck_assert_uint_eq (sd_course_chart_get_day (f.chart), last);
  step (&f, 7);
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), last);
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (f.bar), "timeline.first", NULL));
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), 0);

  /* A shorter course pulls the timeline back with it. */
  step (&f, 100);
  sd_treatment_set_weeks (f.treatment, 8);
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), 56);
  ck_assert_double_eq (gtk_adjustment_get_upper (child (f.bar, SD_TYPE_TIMELINE_BAR,
                                                        "day_adjustment")), 56);

  fixture_clear (&f);
}
END_TEST

static gboolean
day_moved (gpointer data)
{
  return sd_treatment_get_day (data) > 0;
}

static gboolean
stopped (gpointer data)
{
  return !sd_timeline_bar_get_playing (data);
}

START_TEST (test_timeline_play_without_animations)
{
  Fixture f;
  GtkToggleButton *play_button;
  guint last;

  disable_animations ();
  fixture_init (&f);
  play_button = child (f.bar, SD_TYPE_TIMELINE_BAR, "play_button");

  /* Play is a stateful action; the button follows it. */
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (f.bar), "timeline.play", NULL));
  ck_assert (sd_timeline_bar_get_playing (f.bar));
  sd_test_spin_main_loop ();
  ck_assert (gtk_toggle_button_get_active (play_button));

  /* Without animations the course moves in whole seconds' worth of days
   * (1 week per second by default), never in between. */
  ck_assert (spin_until (day_moved, f.treatment, 5));
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment) % 7, 0);

  ck_assert (gtk_widget_activate_action (GTK_WIDGET (f.bar), "timeline.play", NULL));
  ck_assert (!sd_timeline_bar_get_playing (f.bar));
  sd_test_spin_main_loop ();
  ck_assert (!gtk_toggle_button_get_active (play_button));

  /* Playing stops by itself on the last day. */
  last = sd_treatment_get_n_days (f.treatment) - 1;
  sd_timeline_bar_set_speed (f.bar, SD_TIMELINE_SPEED_4_WEEKS);
  sd_treatment_set_day (f.treatment, last - 3);
  sd_timeline_bar_set_playing (f.bar, TRUE);
  ck_assert (spin_until (stopped, f.bar, 5));
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), last);

  /* Play from the end starts over. */
  sd_timeline_bar_set_playing (f.bar, TRUE);
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), 0);
  sd_timeline_bar_set_playing (f.bar, FALSE);

  fixture_clear (&f);
}
END_TEST

START_TEST (test_timeline_plays_on_frames)
{
  Fixture f;

  fixture_init (&f);

  /* With animations, the frame clock drives playback (Xvfb still ticks), on the
   * Treatment page where the timeline is shown. */
  sd_window_set_sidebar_page (f.window, "treatment");
  sd_test_spin_main_loop ();
  sd_timeline_bar_set_speed (f.bar, SD_TIMELINE_SPEED_4_WEEKS);
  sd_timeline_bar_set_playing (f.bar, TRUE);
  ck_assert (spin_until (day_moved, f.treatment, 10));
  sd_timeline_bar_set_playing (f.bar, FALSE);

  /* Unmapping (a hidden window) stops playback. */
  sd_timeline_bar_set_playing (f.bar, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (f.window), FALSE);
  ck_assert (!sd_timeline_bar_get_playing (f.bar));

  fixture_clear (&f);
}
END_TEST

/* Fires the timeline shortcut for @keyval/@mods as the content area's controller would. */
static void
press (Fixture         *f,
       guint            keyval,
       GdkModifierType  mods)
{
  GtkWidget *content = child (f->window, SD_TYPE_WINDOW, "content_box");
  g_autoptr(GtkShortcut) shortcut = sd_test_find_shortcut (content, "sd-timeline-shortcuts",
                                                           keyval, mods);

  ck_assert_msg (shortcut != NULL, "no timeline shortcut for %s", gdk_keyval_name (keyval));
  ck_assert_msg (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, content,
                                               gtk_shortcut_get_arguments (shortcut)),
                 "the timeline shortcut for %s did nothing", gdk_keyval_name (keyval));
}

START_TEST (test_timeline_keys)
{
  Fixture f;
  guint last;

  disable_animations ();
  fixture_init (&f);
  last = sd_treatment_get_n_days (f.treatment) - 1;

  press (&f, GDK_KEY_Right, 0);
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), 1);
  press (&f, GDK_KEY_Right, GDK_SHIFT_MASK);
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), 8);
  press (&f, GDK_KEY_Page_Down, 0);
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), 15);
  press (&f, GDK_KEY_Page_Up, 0);
  press (&f, GDK_KEY_Left, GDK_SHIFT_MASK);
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), 1);
  press (&f, GDK_KEY_Left, 0);
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), 0);
  press (&f, GDK_KEY_End, 0);
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), last);
  press (&f, GDK_KEY_Home, 0);
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), 0);
  press (&f, GDK_KEY_space, 0);
  ck_assert (sd_timeline_bar_get_playing (f.bar));
  press (&f, GDK_KEY_space, 0);
  ck_assert (!sd_timeline_bar_get_playing (f.bar));

  fixture_clear (&f);
}
END_TEST

/*
 * Needle
 */

START_TEST (test_needle_preset_sets_length)
{
  Fixture f;
  GtkAdjustment *length;
  const SdNeedleResult *needle;
  g_autofree char *depth = NULL;

  fixture_init (&f);
  length = child (f.panel, SD_TYPE_TREATMENT_PANEL, "length_adjustment");

  ck_assert (gtk_widget_activate_action (GTK_WIDGET (f.panel), "panel.set-length", "d", 0.5));
  ck_assert_double_eq_tol (sd_section_get_length_mm (f.section), 0.5, 1e-9);
  ck_assert_double_eq_tol (gtk_adjustment_get_value (length), 0.5, 1e-9);

  for (guint i = 0; i < SD_TREATMENT_PANEL_N_PRESETS; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (f.panel), "panel.set-length", "d",
                                  sd_treatment_panel_presets[i]);
      ck_assert_double_eq_tol (sd_section_get_length_mm (f.section),
                               sd_treatment_panel_presets[i], 1e-9);
    }

  /* The slider and spin button write to the section, clamped to the panel's range. */
  gtk_adjustment_set_value (length, 0.75);
  ck_assert_double_eq_tol (sd_section_get_length_mm (f.section), 0.75, 1e-9);
  gtk_adjustment_set_value (length, 9);
  ck_assert_double_eq_tol (sd_section_get_length_mm (f.section),
                           SD_TREATMENT_PANEL_LENGTH_MAX_MM, 1e-9);

  /* What the needle reaches, as the model says. */
  needle = sd_section_get_needle (f.section);
  depth = g_strdup_printf ("%.2f mm", needle->effective_um / 1000.0);
  ck_assert_msg (strstr (gtk_label_get_label (child (f.panel, SD_TYPE_TREATMENT_PANEL,
                                                      "depth_label")), depth) != NULL,
                 "depth label lacks %s", depth);

  /* Device combo ↔ section. */
  adw_combo_row_set_selected (child (f.panel, SD_TYPE_TREATMENT_PANEL, "device_row"),
                              SD_DEVICE_PEN);
  ck_assert_int_eq (sd_section_get_device (f.section), SD_DEVICE_PEN);

  /* Play Needle plays the picture's needle; without animations it jumps to the end. */
  {
    gboolean show_needle = FALSE;
    double progress = -1;

    disable_animations ();
    g_object_set (f.view, "show-needle", FALSE, "needle-progress", 0.0, NULL);
    ck_assert (gtk_widget_activate_action (GTK_WIDGET (f.panel), "panel.play-needle", NULL));
    g_object_get (f.view, "show-needle", &show_needle, "needle-progress", &progress, NULL);
    ck_assert (show_needle);
    ck_assert_double_eq (progress, 1.0);
  }

  /* Compare Lengths is the picture's "comparison". */
  {
    gboolean comparison = FALSE;

    gtk_toggle_button_set_active (child (f.panel, SD_TYPE_TREATMENT_PANEL, "compare_button"), TRUE);
    g_object_get (f.view, "comparison", &comparison, NULL);
    ck_assert (comparison);
  }

  fixture_clear (&f);
}
END_TEST

/* The screen-reader description GTK holds for @widget (4.8 has no getter: the check
 * function returns the real value when it differs from the one asked). */
static char *
get_description (gpointer widget)
{
  char *value = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                    "\x01 no such description");

  ck_assert_ptr_nonnull (value);
  return value;
}

/* Pinpoint bleeding is a level, from the model; the rule's source is on the page.
 * Lengths from the model, not from the panel (skin-deep-sim needle --site cheek
 * --device roller|pen --length-mm …): 0.25 mm roller none, 0.5 mm roller possible,
 * 1.5 mm pen expected. */
START_TEST (test_needle_bleeding_level_and_source)
{
  static const struct
  {
    SdDevice    device;
    double      mm;
    SdBleeding  level;
    const char *shown;
  } cases[] = {
    { SD_DEVICE_ROLLER, 0.25, SD_BLEEDING_NONE, "Not expected" },
    { SD_DEVICE_ROLLER, 0.5, SD_BLEEDING_POSSIBLE, "Possible" },
    { SD_DEVICE_PEN, 1.5, SD_BLEEDING_EXPECTED, "Expected" },
  };
  Fixture f;
  GtkLabel *label;
  GtkWidget *row;
  g_autofree char *description = NULL;

  fixture_init (&f);
  label = child (f.panel, SD_TYPE_TREATMENT_PANEL, "bleeding_label");
  row = child (f.panel, SD_TYPE_TREATMENT_PANEL, "bleeding_row");
  sd_section_set_site (f.section, SD_SITE_CHEEK);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      adw_combo_row_set_selected (child (f.panel, SD_TYPE_TREATMENT_PANEL, "device_row"),
                                  cases[i].device);
      ck_assert (gtk_widget_activate_action (GTK_WIDGET (f.panel), "panel.set-length", "d",
                                             cases[i].mm));
      ck_assert_int_eq (sd_section_get_device (f.section), cases[i].device);
      ck_assert_msg (sd_section_get_needle (f.section)->bleeding_level == cases[i].level,
                     "the model now says %s for %.2f mm",
                     sd_bleeding_to_id (sd_section_get_needle (f.section)->bleeding_level),
                     cases[i].mm);
      ck_assert_str_eq (gtk_label_get_label (label), cases[i].shown);
    }

  /* the rule and its sources: a source line under the group, the row's tooltip and
   * its screen-reader description */
  ck_assert_str_eq (gtk_label_get_label (child (f.panel, SD_TYPE_TREATMENT_PANEL,
                                                 "bleeding_source_label")),
                    sd_bleeding_get_source ());
  ck_assert_str_eq (gtk_widget_get_tooltip_text (row), sd_bleeding_get_source ());
  description = get_description (row);
  ck_assert_str_eq (description, sd_bleeding_get_source ());

  fixture_clear (&f);
}
END_TEST

/* Needle lengths are shown as entered: "1.75 mm" (not "1.8 mm"), "1.5 mm" (not
 * "1.50 mm"); the presets are labelled, shown and spoken the same way */
START_TEST (test_needle_length_shown_as_entered)
{
  Fixture f;
  AdwActionRow *depth_row;
  GtkSpinButton *spin;

  fixture_init (&f);
  depth_row = child (f.panel, SD_TYPE_TREATMENT_PANEL, "depth_row");
  spin = child (f.panel, SD_TYPE_TREATMENT_PANEL, "length_spin");
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (f.panel), "panel.set-length", "d", 1.75));
  ck_assert_msg (strstr (adw_action_row_get_subtitle (depth_row), "of the 1.75 mm needle") != NULL,
                 "%s", adw_action_row_get_subtitle (depth_row));
  ck_assert_str_eq (gtk_editable_get_text (GTK_EDITABLE (spin)), "1.75");
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (f.panel), "panel.set-length", "d", 1.5));
  ck_assert_msg (strstr (adw_action_row_get_subtitle (depth_row), "of the 1.5 mm needle") != NULL,
                 "%s", adw_action_row_get_subtitle (depth_row));
  ck_assert_str_eq (gtk_editable_get_text (GTK_EDITABLE (spin)), "1.5");

  /* and what is typed there is read back */
  gtk_editable_set_text (GTK_EDITABLE (spin), "1.25");
  gtk_spin_button_update (spin);
  ck_assert_double_eq_tol (sd_section_get_length_mm (f.section), 1.25, 1e-9);
  ck_assert_str_eq (gtk_editable_get_text (GTK_EDITABLE (spin)), "1.25");

  for (GtkWidget *button = gtk_widget_get_first_child (child (f.panel, SD_TYPE_TREATMENT_PANEL,
                                                               "presets_box"));
       button != NULL;
       button = gtk_widget_get_next_sibling (button))
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
      g_autofree char *text = sd_format_length_mm (g_variant_get_double (target));
      g_autofree char *spoken = g_strdup_printf ("%s mm", text);

      ck_assert_str_eq (gtk_button_get_label (GTK_BUTTON (button)), text);
      ck_assert_str_eq (gtk_widget_get_tooltip_text (button), spoken);
    }

  fixture_clear (&f);
}
END_TEST

/*
 * Lifestyle
 */

/* UV and smoking show their measured source; alcohol, pollution and diet are marked as
 * assumptions, with the reason in the tooltip and the screen-reader description. */
START_TEST (test_lifestyle_sources_and_assumptions)
{
  static const struct
  {
    const char        *row;
    SdLifestyleFactor  factor;
  } rows[] = {
    { "uv_row", SD_FACTOR_UV },
    { "smoking_row", SD_FACTOR_SMOKING },
    { "alcohol_row", SD_FACTOR_ALCOHOL },
    { "pollution_row", SD_FACTOR_POLLUTION },
    { "diet_row", SD_FACTOR_DIET },
  };
  Fixture f;

  fixture_init (&f);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      AdwActionRow *row = child (f.panel, SD_TYPE_TREATMENT_PANEL, rows[i].row);
      const char *source = sd_lifestyle_get_source (rows[i].factor);
      const char *subtitle = adw_action_row_get_subtitle (row);
      g_autofree char *description = get_description (row);

      ck_assert_str_eq (gtk_widget_get_tooltip_text (GTK_WIDGET (row)), source);
      ck_assert_str_eq (description, source);
      if (sd_lifestyle_is_assumed (rows[i].factor))
        {
          ck_assert_str_eq (subtitle, "Assumed, not measured");
          ck_assert (gtk_widget_has_css_class (GTK_WIDGET (row), "sd-assumed-row"));
        }
      else
        {
          ck_assert_str_eq (subtitle, source);
          ck_assert (!gtk_widget_has_css_class (GTK_WIDGET (row), "sd-assumed-row"));
        }
    }
  /* the model marks the three without a collagen measurement, no more */
  ck_assert (!sd_lifestyle_is_assumed (SD_FACTOR_UV));
  ck_assert (!sd_lifestyle_is_assumed (SD_FACTOR_SMOKING));
  ck_assert (sd_lifestyle_is_assumed (SD_FACTOR_ALCOHOL));

  fixture_clear (&f);
}
END_TEST

/*
 * Reset all
 */

START_TEST (test_reset_all_restores_every_control)
{
  Fixture f;
  SdCourseParams d;
  gboolean comparison = TRUE;

  disable_animations ();
  fixture_init (&f);
  sd_course_params_init (&d);

  /* Change everything, through the controls where there are any. */
  gtk_adjustment_set_value (child (f.panel, SD_TYPE_TREATMENT_PANEL, "sessions_adjustment"), 7);
  gtk_adjustment_set_value (child (f.panel, SD_TYPE_TREATMENT_PANEL, "interval_adjustment"), 2);
  gtk_adjustment_set_value (child (f.panel, SD_TYPE_TREATMENT_PANEL, "weeks_adjustment"), 52);
  adw_combo_row_set_selected (child (f.panel, SD_TYPE_TREATMENT_PANEL, "uv_row"), SD_UV_HIGH);
  gtk_switch_set_active (child (f.panel, SD_TYPE_TREATMENT_PANEL, "smoking_switch"), TRUE);
  adw_combo_row_set_selected (child (f.panel, SD_TYPE_TREATMENT_PANEL, "alcohol_row"),
                              SD_ALCOHOL_HEAVY);
  adw_combo_row_set_selected (child (f.panel, SD_TYPE_TREATMENT_PANEL, "pollution_row"),
                              SD_POLLUTION_HIGH);
  adw_combo_row_set_selected (child (f.panel, SD_TYPE_TREATMENT_PANEL, "diet_row"), SD_DIET_POOR);
  adw_combo_row_set_selected (child (f.panel, SD_TYPE_TREATMENT_PANEL, "device_row"),
                              SD_DEVICE_PEN);
  gtk_widget_activate_action (GTK_WIDGET (f.panel), "panel.set-length", "d", 0.5);
  adw_combo_row_set_selected (child (f.window, SD_TYPE_WINDOW, "site_row"), SD_SITE_FOREHEAD);
  gtk_adjustment_set_value (child (f.window, SD_TYPE_WINDOW, "age_adjustment"), 70);
  adw_combo_row_set_selected (child (f.window, SD_TYPE_WINDOW, "sex_row"), SD_SEX_MALE);
  gtk_drop_down_set_selected (child (f.bar, SD_TYPE_TIMELINE_BAR, "speed_dropdown"),
                              SD_TIMELINE_SPEED_4_WEEKS);
  sd_section_view_set_zoom (f.view, 2.0);
  sd_section_view_set_selected_layer (f.view, SD_LAYER_PAPILLARY_DERMIS);
  g_object_set (f.view, "comparison", TRUE, "show-needle", TRUE, "needle-progress", 0.4, NULL);
  step (&f, 30);
  gtk_widget_activate_action (GTK_WIDGET (f.bar), "timeline.play", NULL);
  sd_test_spin_main_loop ();

  ck_assert_uint_eq (sd_treatment_get_sessions (f.treatment), 7);
  ck_assert_double_eq (sd_treatment_get_interval_weeks (f.treatment), 2);
  ck_assert_uint_eq (sd_treatment_get_weeks (f.treatment), 52);
  ck_assert_int_eq (sd_treatment_get_uv (f.treatment), SD_UV_HIGH);
  ck_assert (sd_treatment_get_smoking (f.treatment));
  ck_assert_int_eq (sd_treatment_get_alcohol (f.treatment), SD_ALCOHOL_HEAVY);
  ck_assert_int_eq (sd_treatment_get_pollution (f.treatment), SD_POLLUTION_HIGH);
  ck_assert_int_eq (sd_treatment_get_diet (f.treatment), SD_DIET_POOR);
  ck_assert_int_eq (sd_section_get_device (f.section), SD_DEVICE_PEN);
  ck_assert_int_eq (sd_section_get_site (f.section), SD_SITE_FOREHEAD);
  ck_assert_double_eq (sd_section_get_age (f.section), 70);
  ck_assert_int_eq (sd_section_get_sex (f.section), SD_SEX_MALE);
  ck_assert_uint_eq (sd_timeline_bar_get_speed (f.bar), SD_TIMELINE_SPEED_4_WEEKS);
  ck_assert (sd_timeline_bar_get_playing (f.bar));

  ck_assert (gtk_widget_activate_action (GTK_WIDGET (f.bar), "timeline.reset-all", NULL));
  sd_test_spin_main_loop ();

  /* The models. */
  ck_assert_uint_eq (sd_treatment_get_sessions (f.treatment), SD_TREATMENT_DEFAULT_SESSIONS);
  ck_assert_double_eq (sd_treatment_get_interval_weeks (f.treatment),
                       SD_TREATMENT_DEFAULT_INTERVAL_WEEKS);
  ck_assert_uint_eq (sd_treatment_get_weeks (f.treatment), SD_TREATMENT_DEFAULT_WEEKS);
  ck_assert_int_eq (sd_treatment_get_uv (f.treatment), SD_UV_NONE);
  ck_assert (!sd_treatment_get_smoking (f.treatment));
  ck_assert_int_eq (sd_treatment_get_alcohol (f.treatment), SD_ALCOHOL_NONE);
  ck_assert_int_eq (sd_treatment_get_pollution (f.treatment), SD_POLLUTION_LOW);
  ck_assert_int_eq (sd_treatment_get_diet (f.treatment), SD_DIET_GOOD);
  ck_assert_uint_eq (sd_treatment_get_day (f.treatment), 0);
  ck_assert_int_eq (sd_section_get_site (f.section), d.site);
  ck_assert_double_eq (sd_section_get_age (f.section), d.age_years);
  ck_assert_int_eq (sd_section_get_sex (f.section), d.sex);
  ck_assert_int_eq (sd_section_get_device (f.section), d.device);
  ck_assert_double_eq_tol (sd_section_get_length_mm (f.section), d.length_mm, 1e-9);

  /* The controls. */
  ck_assert_double_eq (gtk_adjustment_get_value (child (f.panel, SD_TYPE_TREATMENT_PANEL,
                                                        "sessions_adjustment")),
                       SD_TREATMENT_DEFAULT_SESSIONS);
  ck_assert_double_eq (gtk_adjustment_get_value (child (f.panel, SD_TYPE_TREATMENT_PANEL,
                                                        "interval_adjustment")),
                       SD_TREATMENT_DEFAULT_INTERVAL_WEEKS);
  ck_assert_double_eq (gtk_adjustment_get_value (child (f.panel, SD_TYPE_TREATMENT_PANEL,
                                                        "weeks_adjustment")),
                       SD_TREATMENT_DEFAULT_WEEKS);
  ck_assert_uint_eq (adw_combo_row_get_selected (child (f.panel, SD_TYPE_TREATMENT_PANEL,
                                                        "uv_row")), SD_UV_NONE);
  ck_assert (!gtk_switch_get_active (child (f.panel, SD_TYPE_TREATMENT_PANEL, "smoking_switch")));
  ck_assert_uint_eq (adw_combo_row_get_selected (child (f.panel, SD_TYPE_TREATMENT_PANEL,
                                                        "alcohol_row")), SD_ALCOHOL_NONE);
  ck_assert_uint_eq (adw_combo_row_get_selected (child (f.panel, SD_TYPE_TREATMENT_PANEL,
                                                        "pollution_row")), SD_POLLUTION_LOW);
  ck_assert_uint_eq (adw_combo_row_get_selected (child (f.panel, SD_TYPE_TREATMENT_PANEL,
                                                        "diet_row")), SD_DIET_GOOD);
  ck_assert_uint_eq (adw_combo_row_get_selected (child (f.panel, SD_TYPE_TREATMENT_PANEL,
                                                        "device_row")), d.device);
  ck_assert_double_eq_tol (gtk_adjustment_get_value (child (f.panel, SD_TYPE_TREATMENT_PANEL,
                                                            "length_adjustment")),
                           d.length_mm, 1e-9);
  ck_assert_double_eq (gtk_adjustment_get_value (child (f.panel, SD_TYPE_TREATMENT_PANEL,
                                                        "age_adjustment")), d.age_years);
  ck_assert_uint_eq (adw_combo_row_get_selected (child (f.window, SD_TYPE_WINDOW, "site_row")),
                     d.site);
  ck_assert_double_eq (gtk_adjustment_get_value (child (f.window, SD_TYPE_WINDOW,
                                                        "age_adjustment")), d.age_years);
  ck_assert_uint_eq (adw_combo_row_get_selected (child (f.window, SD_TYPE_WINDOW, "sex_row")),
                     d.sex);
  ck_assert_uint_eq (gtk_drop_down_get_selected (child (f.bar, SD_TYPE_TIMELINE_BAR,
                                                        "speed_dropdown")),
                     SD_TIMELINE_SPEED_DEFAULT);
  ck_assert_uint_eq (sd_timeline_bar_get_speed (f.bar), SD_TIMELINE_SPEED_DEFAULT);
  ck_assert (!sd_timeline_bar_get_playing (f.bar));
  ck_assert (!gtk_toggle_button_get_active (child (f.bar, SD_TYPE_TIMELINE_BAR, "play_button")));
  ck_assert_double_eq (gtk_adjustment_get_value (child (f.bar, SD_TYPE_TIMELINE_BAR,
                                                        "day_adjustment")), 0);
  ck_assert_uint_eq (sd_course_chart_get_day (f.chart), 0);
  ck_assert_uint_eq (sd_course_chart_get_params (f.chart)->sessions,
                     SD_TREATMENT_DEFAULT_SESSIONS);

  /* The picture. */
  ck_assert_double_eq (sd_section_view_get_zoom (f.view), 1.0);
  ck_assert_int_eq (sd_section_view_get_selected_layer (f.view), -1);
  {
    gboolean show_needle = TRUE;
    double progress = -1;

    g_object_get (f.view, "comparison", &comparison, "show-needle", &show_needle,
                  "needle-progress", &progress, NULL);
    ck_assert (!comparison);
    ck_assert (!show_needle);
    ck_assert_double_eq (progress, 1.0);
  }
  ck_assert (!gtk_toggle_button_get_active (child (f.panel, SD_TYPE_TREATMENT_PANEL,
                                                   "compare_button")));

  fixture_clear (&f);
}
END_TEST

/*
 * Memory
 */

static long
resident_pages (void)
{
  long size = 0, resident = 0;
  FILE *statm = fopen ("/proc/self/statm", "r");

  if (statm == NULL)
    return -1;
  if (fscanf (statm, "%ld %ld", &size, &resident) != 2)
    resident = -1;
  fclose (statm);
  return resident;
}

static void
play_frames (Fixture *f,
             guint    frames)
{
  guint last = sd_treatment_get_n_days (f->treatment) - 1;

  for (guint i = 0; i < frames; i++)
    {
      if (sd_treatment_get_day (f->treatment) >= last)
        gtk_widget_activate_action (GTK_WIDGET (f->bar), "timeline.first", NULL);
      else
        step (f, 1);
      /* Let GTK lay out, draw and update accessibility as it would per frame. */
      if (i % 50 == 0)
        sd_test_spin_main_loop ();
    }
  sd_test_spin_main_loop ();
}

START_TEST (test_memory_flat_over_playback)
{
  Fixture f;
  long page_kb = sysconf (_SC_PAGESIZE) / 1024;
  long rss[11];
  long jump = 0, growth;

  if (access ("/proc/self/statm", R_OK) != 0)
    return;

  fixture_init (&f);

  /* Warm up: caches, glyphs, the chart image, every day's labels. */
  play_frames (&f, 3000);

  /* 10,000 frames in ten blocks of 1,000. A leak grows in every block; GTK may
   * also take a window-sized frame buffer once (~3.5 MB, seen at random points),
   * so the largest single step is set aside. A leak of 150 bytes a frame would
   * still add more than 1 MB over the other nine blocks. */
  rss[0] = resident_pages ();
  for (guint block = 1; block <= 10; block++)
    {
      play_frames (&f, 1000);
      rss[block] = resident_pages ();
      jump = MAX (jump, rss[block] - rss[block - 1]);
    }
  growth = rss[10] - rss[0] - jump;

  g_print ("test-treatment-ui: RSS %ld kB → %ld kB over 10000 frames "
           "(largest step %+ld kB; the rest %+ld kB)\n",
           rss[0] * page_kb, rss[10] * page_kb, jump * page_kb, growth * page_kb);
#if defined(__SANITIZE_ADDRESS__)
  /* AddressSanitizer holds freed memory in quarantine, so RSS grows by design. */
  g_print ("test-treatment-ui: built with AddressSanitizer; RSS not checked\n");
#else
  ck_assert_msg (growth * page_kb < 1024,
                 "RSS grew by %ld kB over 10000 frames", growth * page_kb);
#endif

  fixture_clear (&f);
}
END_TEST

static gboolean
has_hardware_gpu (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_getenv ("LIBGL_ALWAYS_SOFTWARE") != NULL)
    return FALSE;
  if ((dir = g_dir_open ("/dev/dri", 0, NULL)) == NULL)
    return FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      return TRUE;
  return FALSE;
}

static Suite *
treatment_ui_suite (void)
{
  Suite *suite = suite_create ("treatment-ui");
  TCase *tcase;

  tcase = tcase_create ("wiring");
  tcase_add_checked_fixture (tcase, sd_test_gtk_init, NULL);
  tcase_add_test (tcase, test_window_shares_one_treatment);
  tcase_add_test (tcase, test_course_overlay_follows_page_and_timeline);
  suite_add_tcase (suite, tcase);

  tcase = tcase_create ("timeline");
  tcase_add_checked_fixture (tcase, sd_test_gtk_init, NULL);
  tcase_add_test (tcase, test_timeline_step_moves_model_chart_and_labels);
  tcase_add_test (tcase, test_timeline_play_without_animations);
  tcase_add_test (tcase, test_timeline_plays_on_frames);
  tcase_add_test (tcase, test_timeline_keys);
  suite_add_tcase (suite, tcase);

  tcase = tcase_create ("needle");
  tcase_add_checked_fixture (tcase, sd_test_gtk_init, NULL);
  tcase_add_test (tcase, test_needle_preset_sets_length);
  tcase_add_test (tcase, test_needle_bleeding_level_and_source);
  tcase_add_test (tcase, test_needle_length_shown_as_entered);
  suite_add_tcase (suite, tcase);

  tcase = tcase_create ("lifestyle");
  tcase_add_checked_fixture (tcase, sd_test_gtk_init, NULL);
  tcase_add_test (tcase, test_lifestyle_sources_and_assumptions);
  suite_add_tcase (suite, tcase);

  tcase = tcase_create ("reset");
  tcase_add_checked_fixture (tcase, sd_test_gtk_init, NULL);
  tcase_add_test (tcase, test_reset_all_restores_every_control);
  suite_add_tcase (suite, tcase);

  tcase = tcase_create ("memory");
  tcase_add_checked_fixture (tcase, sd_test_gtk_init, NULL);
  tcase_set_timeout (tcase, 120);
  tcase_add_test (tcase, test_memory_flat_over_playback);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  if (!sd_test_have_display ("test-treatment-ui"))
    return 77;

  /* Render as the app does on this machine (src/main.c): without a hardware GPU,
   * as under Xvfb, it uses GTK's cairo renderer. GTK's GL renderer on Mesa's
   * software rasteriser keeps driver allocations that would hide what this test
   * measures (the app's own memory over playback). */
  if (g_getenv ("GSK_RENDERER") == NULL && !has_hardware_gpu ())
    g_setenv ("GSK_RENDERER", "cairo", TRUE);

  return sd_test_run_suite (treatment_ui_suite ());
}
