/* test-consultation.c: what a clinician does at the desk with the window — the
 * patient's handout (its dialog, Save as PDF, the print operation's pages), Reset All
 * and its Undo, and a mouse wheel over the side panel's controls
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (run under xvfb-run) and poppler's pdftotext and pdfinfo; exits 77
 * ("skipped") without a display. GTK is initialised only inside Check's forked
 * children (checked fixture), never in the parent: see STYLE.md §5.9.
 */

#include "config.h"

#include <check.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "sd-glossary.h"
#include "sd-handout-dialog.h"
#include "sd-scroll-guard.h"
#include "sd-section-view.h"
#include "sd-timeline-bar.h"
#include "sd-window.h"
#include "sd-test-gtk.h"
#include "sd-test-home.h"

#include <adwaita.h>

static char *home;

/* Private folders, so that the test can look at everything the app wrote. */
static void
setup (void)
{
  home = sd_test_make_private_home ("sd-consultation-XXXXXX");
  sd_test_gtk_init ();
}

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  ck_assert_msg (object != NULL, "template child %s is missing", name);
  return object;
}

static char *
run_tool (const char *tool,
          const char *path)
{
  const char *argv[] = { tool, path, tool[3] == 't' ? "-" : NULL, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  ck_assert_msg (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, &error),
                 "%s did not run: %s", tool, error != NULL ? error->message : "");
  ck_assert_msg (g_spawn_check_wait_status (status, NULL), "%s failed on %s", tool, path);
  return out;
}

static guint
count_pages (const char *path)
{
  g_autofree char *info = run_tool ("pdfinfo", path);
  const char *line = strstr (info, "Pages:");

  ck_assert_ptr_nonnull (line);
  return (guint)g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

/* The text of @path with runs of white space (line breaks included) made one space. */
static char *
pdf_text (const char *path)
{
  g_autofree char *text = run_tool ("pdftotext", path);
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

static SdHandoutDialog *
find_handout_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (SD_IS_HANDOUT_DIALOG (window))
        return SD_HANDOUT_DIALOG (window);
    }
  return NULL;
}

/* A window with a 63-year-old man's forehead, a 1.0 mm pen and 3 sessions 4 weeks apart */
static SdWindow *
create_window_with_plan (void)
{
  SdWindow *window = sd_window_new (NULL);
  SdSection *section = sd_window_get_section (window);
  SdTreatment *treatment = sd_window_get_treatment (window);

  sd_section_set_site (section, SD_SITE_FOREHEAD);
  sd_section_set_age (section, 63);
  sd_section_set_sex (section, SD_SEX_MALE);
  sd_section_set_device (section, SD_DEVICE_PEN);
  sd_section_set_length_mm (section, 1.0);
  sd_treatment_set_sessions (treatment, 3);
  sd_treatment_set_interval_weeks (treatment, 4);
  gtk_window_present (GTK_WINDOW (window));
  sd_test_spin_main_loop ();
  return window;
}

static void
set_start (SdHandoutDialog *dialog,
           int              year,
           int              month,
           int              day)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 12, 0, 0);

  gtk_calendar_select_day (child (dialog, SD_TYPE_HANDOUT_DIALOG, "calendar"), date);
}

static void
set_note (SdHandoutDialog *dialog,
          const char      *note)
{
  GtkTextView *view = child (dialog, SD_TYPE_HANDOUT_DIALOG, "note_view");

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), note, -1);
}

static gboolean
action_enabled (gpointer    widget,
                const char *action)
{
  GtkWidget *button = child (widget, SD_TYPE_HANDOUT_DIALOG,
                             g_str_equal (action, "print") ? "print_button" : "save_button");

  sd_test_spin_main_loop ();
  return gtk_widget_get_sensitive (button);
}

/*
 * The handout
 */

START_TEST (test_handout_from_window_saved_as_pdf)
{
  SdWindow *window = create_window_with_plan ();
  g_autofree char *out_dir = g_dir_make_tmp ("sd-handout-out-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (out_dir, "for the patient.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  SdHandoutDialog *dialog;
  const char *plan;

  /* Ctrl+P's action opens the dialog over the window, with the plan as it is. */
  ck_assert_ptr_null (find_handout_dialog ());
  gtk_widget_activate_action (GTK_WIDGET (window), "win.print-handout", NULL);
  sd_test_spin_main_loop ();
  dialog = find_handout_dialog ();
  ck_assert_ptr_nonnull (dialog);
  ck_assert_ptr_eq (gtk_window_get_transient_for (GTK_WINDOW (dialog)), GTK_WINDOW (window));
  ck_assert (gtk_window_get_modal (GTK_WINDOW (dialog)));
  plan = gtk_label_get_text (child (dialog, SD_TYPE_HANDOUT_DIALOG, "plan_label"));
  ck_assert_msg (strstr (plan, "Forehead") != NULL && strstr (plan, "63 years") != NULL
                 && strstr (plan, "3 sessions") != NULL, "plan summary: %s", plan);
  ck_assert (action_enabled (dialog, "print"));
  ck_assert (action_enabled (dialog, "save"));

  /* What only the dialog asks for */
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, SD_TYPE_HANDOUT_DIALOG, "name_row")),
                         "Maria Testpatient");
  set_start (dialog, 2027, 1, 15);
  set_note (dialog, "Next appointment: ring the clinic on Monday.");

  ck_assert_msg (sd_handout_dialog_save_to (dialog, file, &error), "save: %s",
                 error != NULL ? error->message : "");
  ck_assert (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* One or two pages, with the plan, the patient's inputs, the dated sessions four weeks
   * apart from the first, the disclaimer and the sources. */
  {
    guint pages = count_pages (path);

    ck_assert_msg (pages >= 1 && pages <= 2, "%u pages", pages);
  }
  text = pdf_text (path);
  ck_assert_msg (strlen (text) > 1500, "the handout is nearly blank: %s", text);
  for (guint i = 0; i < 9; i++)
    {
      const char *wanted[] = { "Forehead", "Maria Testpatient", "ring the clinic on Monday",
                               "15 January 2027", "12 February 2027", "12 March 2027",
                               "1.0 mm", "clinician", "Source" };

      ck_assert_msg (strstr (text, wanted[i]) != NULL, "the handout lacks “%s”: %s",
                     wanted[i], text);
    }

  /* Closing the dialog forgets the name: nothing of it in the app's folders. */
  gtk_window_close (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  sd_test_spin_main_loop ();
  sd_test_collect_files (home, written);
  for (guint i = 0; i < written->len; i++)
    {
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (!g_file_get_contents (written->pdata[i], &contents, &length, NULL))
        continue;
      ck_assert_msg (g_strstr_len (contents, (gssize)length, "Testpatient") == NULL
                     && g_strstr_len (contents, (gssize)length, "Monday") == NULL,
                     "%s keeps the consultation", (char *)written->pdata[i]);
      ck_assert_msg (g_strstr_len (contents, (gssize)length, "for the patient.pdf") == NULL,
                     "%s lists the saved handout", (char *)written->pdata[i]);
    }
  g_unlink (path);
  g_rmdir (out_dir);
}
END_TEST

START_TEST (test_handout_print_operation_draws_pages)
{
  SdWindow *window = create_window_with_plan ();
  g_autofree char *out_dir = g_dir_make_tmp ("sd-handout-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (out_dir, "printed.pdf", NULL);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  SdHandoutDialog *dialog = sd_handout_dialog_new (GTK_WINDOW (window),
                                                   sd_window_get_treatment (window));
  SdHandout *handout;
  GtkPrintOperationResult result;

  /* The print dialog's path without the dialog: the operation draws into a PDF, on
   * Letter paper this time. */
  adw_combo_row_set_selected (child (dialog, SD_TYPE_HANDOUT_DIALOG, "paper_row"), 1);
  ck_assert_int_eq (sd_handout_dialog_get_paper (dialog), SD_PAPER_LETTER);
  set_start (dialog, 2027, 3, 1);
  handout = sd_handout_dialog_create_handout (dialog, &error);
  ck_assert_msg (handout != NULL, "%s", error != NULL ? error->message : "");
  operation = sd_handout_print_operation_new (handout, sd_handout_dialog_get_paper (dialog));
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  ck_assert_msg (result == GTK_PRINT_OPERATION_RESULT_APPLY, "print: %s",
                 error != NULL ? error->message : "not applied");

  {
    guint pages = count_pages (path);
    g_autofree char *info = run_tool ("pdfinfo", path);

    ck_assert_msg (pages >= 1 && pages <= 2, "%u pages", pages);
    /* Letter is 612 × 792 points */
    ck_assert_msg (strstr (info, "612 x 792") != NULL, "not Letter: %s", info);
  }
  text = pdf_text (path);
  ck_assert_msg (strstr (text, "Forehead") != NULL && strstr (text, "1 March 2027") != NULL
                 && strstr (text, "29 March 2027") != NULL, "printed: %s", text);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (out_dir);
}
END_TEST

START_TEST (test_handout_refuses_what_it_cannot_print)
{
  SdWindow *window = create_window_with_plan ();
  g_autofree char *missing = g_build_filename (home, "no such folder", "handout.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) long_note = g_string_new (NULL);
  SdHandoutDialog *dialog = sd_handout_dialog_new (GTK_WINDOW (window),
                                                   sd_window_get_treatment (window));
  GtkLabel *problem = child (dialog, SD_TYPE_HANDOUT_DIALOG, "problem_label");

  /* A folder that is not there: an error naming why, and no file. */
  ck_assert (!sd_handout_dialog_save_to (dialog, file, &error));
  ck_assert_ptr_nonnull (error);
  ck_assert (!g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A note longer than the handout holds: said, and neither Print nor Save works. */
  for (guint i = 0; i < 61; i++)
    g_string_append (long_note, "Ten chars.");
  set_note (dialog, long_note->str);
  ck_assert (!action_enabled (dialog, "print"));
  ck_assert (!action_enabled (dialog, "save"));
  ck_assert (gtk_widget_get_visible (GTK_WIDGET (problem)));
  ck_assert_msg (strstr (gtk_label_get_text (problem), "600") != NULL, "%s",
                 gtk_label_get_text (problem));
  ck_assert_ptr_null (sd_handout_dialog_create_handout (dialog, &error));
  g_clear_error (&error);
  set_note (dialog, "Short again.");
  ck_assert (action_enabled (dialog, "print"));
  ck_assert (!gtk_widget_get_visible (GTK_WIDGET (problem)));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* No sessions planned: the dialog says to set one instead of printing nothing. */
  sd_treatment_set_sessions (sd_window_get_treatment (window), 0);
  dialog = sd_handout_dialog_new (GTK_WINDOW (window), sd_window_get_treatment (window));
  problem = child (dialog, SD_TYPE_HANDOUT_DIALOG, "problem_label");
  ck_assert (!action_enabled (dialog, "save"));
  ck_assert_msg (strstr (gtk_label_get_text (problem), "session") != NULL, "%s",
                 gtk_label_get_text (problem));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/*
 * Reset All and Undo
 */

START_TEST (test_reset_all_can_be_undone)
{
  SdWindow *window = create_window_with_plan ();
  SdSection *section = sd_window_get_section (window);
  SdTreatment *treatment = sd_window_get_treatment (window);
  SdSectionView *view = SD_SECTION_VIEW (sd_window_get_section_view (window));
  SdTimelineBar *bar = child (window, SD_TYPE_WINDOW, "timeline_bar");
  SdCourseParams defaults;

  sd_treatment_set_smoking (treatment, TRUE);
  sd_treatment_set_uv (treatment, SD_UV_HIGH);
  sd_treatment_set_interval_weeks (treatment, 6);
  sd_treatment_set_day (treatment, 30);
  sd_section_view_set_zoom (view, 4.0);
  sd_section_view_set_selected_layer (view, 2);

  gtk_widget_activate_action (GTK_WIDGET (bar), "timeline.reset-all", NULL);
  sd_test_spin_main_loop ();

  /* Everything at the model's defaults… */
  sd_course_params_init (&defaults);
  ck_assert_int_eq (sd_section_get_site (section), defaults.site);
  ck_assert_double_eq (sd_section_get_age (section), defaults.age_years);
  ck_assert_int_eq (sd_section_get_sex (section), defaults.sex);
  ck_assert_int_eq (sd_section_get_device (section), defaults.device);
  ck_assert_uint_eq (sd_treatment_get_day (treatment), 0);
  ck_assert (!sd_treatment_get_smoking (treatment));
  ck_assert_double_eq (sd_section_view_get_zoom (view), 1.0);

  /* …and Undo, the toast's button, puts back every control. */
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-reset", NULL));
  sd_test_spin_main_loop ();
  ck_assert_int_eq (sd_section_get_site (section), SD_SITE_FOREHEAD);
  ck_assert_double_eq (sd_section_get_age (section), 63);
  ck_assert_int_eq (sd_section_get_sex (section), SD_SEX_MALE);
  ck_assert_int_eq (sd_section_get_device (section), SD_DEVICE_PEN);
  ck_assert_double_eq_tol (sd_section_get_length_mm (section), 1.0, 1e-9);
  ck_assert_uint_eq (sd_treatment_get_sessions (treatment), 3);
  ck_assert_double_eq (sd_treatment_get_interval_weeks (treatment), 6);
  ck_assert (sd_treatment_get_smoking (treatment));
  ck_assert_int_eq (sd_treatment_get_uv (treatment), SD_UV_HIGH);
  ck_assert_uint_eq (sd_treatment_get_day (treatment), 30);
  ck_assert_double_eq (sd_section_view_get_zoom (view), 4.0);
  ck_assert_int_eq (sd_section_view_get_selected_layer (view), 2);

  /* Undo is done once; a second Reset All, then two undone at once, goes back to the
   * state before the first. */
  gtk_widget_activate_action (GTK_WIDGET (bar), "timeline.reset-all", NULL);
  sd_section_set_age (section, 70);
  gtk_widget_activate_action (GTK_WIDGET (bar), "timeline.reset-all", NULL);
  sd_test_spin_main_loop ();
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-reset", NULL));
  ck_assert_double_eq (sd_section_get_age (section), 63);
  ck_assert_int_eq (sd_section_get_site (section), SD_SITE_FOREHEAD);

  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/*
 * The mouse wheel over the side panel
 */

START_TEST (test_wheel_over_unfocused_slider_scrolls_panel)
{
  SdWindow *window = sd_window_new (NULL);
  SdSection *section = sd_window_get_section (window);
  GtkScrolledWindow *sidebar = child (window, SD_TYPE_WINDOW, "sidebar");
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (sidebar);
  GtkAdjustment *age = child (window, SD_TYPE_WINDOW, "age_adjustment");
  GtkWidget *scale = NULL;
  g_autoptr(GtkEventController) guard = NULL;
  gboolean handled = FALSE;
  double before;

  /* A short window, so that the panel scrolls. */
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 480);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 20; i++)
    {
      sd_test_spin_main_loop ();
      g_usleep (10000);
    }
  ck_assert_msg (gtk_adjustment_get_upper (vadjustment) > gtk_adjustment_get_page_size (vadjustment),
                 "the side panel does not scroll at this size");

  /* The age slider, and the guard on it */
  for (GtkWidget *w = GTK_WIDGET (sidebar); w != NULL && scale == NULL; )
    {
      GtkWidget *next = gtk_widget_get_first_child (w);

      if (GTK_IS_SCALE (w) && gtk_range_get_adjustment (GTK_RANGE (w)) == age)
        scale = w;
      while (next == NULL && w != GTK_WIDGET (sidebar))
        {
          next = gtk_widget_get_next_sibling (w);
          if (next == NULL)
            w = gtk_widget_get_parent (w);
        }
      w = next;
    }
  ck_assert_ptr_nonnull (scale);
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (scale);

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && guard == NULL; i++)
      {
        g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

        if (g_strcmp0 (gtk_event_controller_get_name (c), SD_SCROLL_GUARD_NAME) == 0)
          guard = g_steal_pointer (&c);
      }
  }
  ck_assert_ptr_nonnull (guard);
  ck_assert_int_eq (gtk_event_controller_get_propagation_phase (guard), GTK_PHASE_CAPTURE);

  /* Not focused: the wheel scrolls the panel and never reaches the slider. */
  gtk_widget_grab_focus (sd_window_get_section_view (window));
  before = gtk_adjustment_get_value (vadjustment);
  g_signal_emit_by_name (guard, "scroll", 0.0, 1.0, &handled);
  ck_assert (handled);
  ck_assert_double_gt (gtk_adjustment_get_value (vadjustment), before);
  ck_assert_double_eq (sd_section_get_age (section), 40);
  g_signal_emit_by_name (guard, "scroll", 0.0, -1.0, &handled);
  ck_assert_double_eq (gtk_adjustment_get_value (vadjustment), before);

  /* Focused (clicked or tabbed to): the slider has the wheel. */
  ck_assert (gtk_widget_grab_focus (scale));
  g_signal_emit_by_name (guard, "scroll", 0.0, 1.0, &handled);
  ck_assert (!handled);

  /* The Treatment page, built on first use, is guarded too: its length spin button. */
  sd_window_set_sidebar_page (window, "treatment");
  sd_test_spin_main_loop ();
  {
    GtkWidget *spin = child (sd_window_get_treatment_panel (window), SD_TYPE_TREATMENT_PANEL,
                             "length_spin");
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (spin);
    gboolean found = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

        found |= g_strcmp0 (gtk_event_controller_get_name (c), SD_SCROLL_GUARD_NAME) == 0;
      }
    ck_assert (found);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/* Alt+1 to Alt+4 show the side panel's pages, the panel revealed if it was folded */
START_TEST (test_page_shortcuts)
{
  SdWindow *window = sd_window_new (NULL);
  const char *pages[] = { "skin", "treatment", "quiz", "ageing" };

  gtk_window_present (GTK_WINDOW (window));
  sd_test_spin_main_loop ();
  sd_window_set_sidebar_revealed (window, FALSE);
  for (guint i = G_N_ELEMENTS (pages); i-- > 0;)
    {
      g_autoptr(GtkShortcut) shortcut = sd_test_find_shortcut (GTK_WIDGET (window), NULL,
                                                               GDK_KEY_1 + i, GDK_ALT_MASK);

      ck_assert_msg (shortcut != NULL, "no Alt+%u", i + 1);
      ck_assert (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                               GTK_WIDGET (window),
                                               gtk_shortcut_get_arguments (shortcut)));
      ck_assert_str_eq (sd_window_get_sidebar_page (window), pages[i]);
      ck_assert (sd_window_get_sidebar_revealed (window));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/* In a narrow window the side panel lies over the picture: Play Needle moves it away */
START_TEST (test_play_needle_uncovers_the_picture)
{
  SdWindow *window = sd_window_new (NULL);
  AdwFlap *flap = child (window, SD_TYPE_WINDOW, "flap");
  SdSectionView *view = SD_SECTION_VIEW (sd_window_get_section_view (window));

  adw_flap_set_fold_policy (flap, ADW_FLAP_FOLD_POLICY_ALWAYS);
  gtk_window_present (GTK_WINDOW (window));
  sd_window_set_sidebar_page (window, "treatment");
  sd_window_set_sidebar_revealed (window, TRUE);
  sd_test_spin_main_loop ();
  ck_assert (adw_flap_get_folded (flap));
  ck_assert (adw_flap_get_reveal_flap (flap));

  ck_assert (gtk_widget_activate_action (GTK_WIDGET (sd_window_get_treatment_panel (window)),
                                         "panel.play-needle", NULL));
  ck_assert (!adw_flap_get_reveal_flap (flap));
  ck_assert (sd_section_view_get_show_needle (view));

  /* Not folded: the panel stays where it is */
  adw_flap_set_fold_policy (flap, ADW_FLAP_FOLD_POLICY_NEVER);
  sd_window_set_sidebar_revealed (window, TRUE);
  sd_test_spin_main_loop ();
  gtk_widget_activate_action (GTK_WIDGET (sd_window_get_treatment_panel (window)),
                              "panel.play-needle", NULL);
  ck_assert (adw_flap_get_reveal_flap (flap));
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/* Zoomed in, a 2.5 mm needle's tip would run off the bottom: the view follows it */
START_TEST (test_view_follows_the_needle)
{
  SdWindow *window = sd_window_new (NULL);
  SdSection *section = sd_window_get_section (window);
  SdSectionView *view = SD_SECTION_VIEW (sd_window_get_section_view (window));
  const SdNeedleResult *needle;
  SdSectionViewMapping m;
  double tip_y;
  int height;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  sd_section_set_site (section, SD_SITE_CHEEK);
  sd_section_set_device (section, SD_DEVICE_PEN);
  sd_section_set_length_mm (section, 2.5);
  sd_section_view_set_zoom (view, 6.0);
  for (guint i = 0; i < 20; i++)
    {
      sd_test_spin_main_loop ();
      g_usleep (10000);
    }
  needle = sd_section_get_needle (section);
  height = gtk_widget_get_height (GTK_WIDGET (view));
  ck_assert (sd_section_view_get_mapping (view, &m));
  tip_y = (needle->effective_um - m.top_um) * m.px_per_um;
  ck_assert_msg (tip_y > height, "the tip (%g px) was in view before playing (%d px)", tip_y,
                 height);

  gtk_widget_activate_action (GTK_WIDGET (view), "section.play-needle", NULL);
  sd_test_spin_main_loop ();
  ck_assert (sd_section_view_get_mapping (view, &m));
  tip_y = (needle->effective_um - m.top_um) * m.px_per_um;
  ck_assert_msg (tip_y >= 0 && tip_y <= height - 40, "the tip at %g px of %d", tip_y, height);
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/* The phase's explanation links to the glossary's entry for that phase */
START_TEST (test_phase_popover_links_to_glossary)
{
  SdWindow *window = sd_window_new (NULL);
  SdTreatment *treatment = sd_window_get_treatment (window);
  GtkWidget *bar = child (window, SD_TYPE_WINDOW, "timeline_bar");
  GtkWidget *button = child (bar, SD_TYPE_TIMELINE_BAR, "phase_term_button");
  guint n = 0;
  const SdGlossaryEntry *entries = sd_glossary_get_entries (&n);
  const char *phases[] = { "inflammation", "proliferation" };
  guint days[] = { 1, 14 };

  gtk_window_present (GTK_WINDOW (window));
  sd_treatment_set_sessions (treatment, 1);
  for (guint k = 0; k < G_N_ELEMENTS (phases); k++)
    {
      GVariant *target;
      gboolean in_glossary = FALSE;

      sd_treatment_set_day (treatment, days[k]);
      sd_test_spin_main_loop ();
      target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
      ck_assert (gtk_widget_get_visible (button));
      ck_assert_str_eq (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), "app.show-term");
      ck_assert_ptr_nonnull (target);
      ck_assert_str_eq (g_variant_get_string (target, NULL), phases[k]);
      for (guint i = 0; i < n; i++)
        in_glossary |= g_str_equal (entries[i].id, phases[k]);
      ck_assert_msg (in_glossary, "no glossary entry “%s”", phases[k]);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

static Suite *
consultation_suite (void)
{
  Suite *suite = suite_create ("consultation");
  TCase *tcase;

  tcase = tcase_create ("handout");
  tcase_add_checked_fixture (tcase, setup, NULL);
  tcase_add_test (tcase, test_handout_from_window_saved_as_pdf);
  tcase_add_test (tcase, test_handout_print_operation_draws_pages);
  tcase_add_test (tcase, test_handout_refuses_what_it_cannot_print);
  suite_add_tcase (suite, tcase);

  tcase = tcase_create ("nothing-lost");
  tcase_add_checked_fixture (tcase, setup, NULL);
  tcase_add_test (tcase, test_reset_all_can_be_undone);
  tcase_add_test (tcase, test_wheel_over_unfocused_slider_scrolls_panel);
  tcase_add_test (tcase, test_page_shortcuts);
  tcase_add_test (tcase, test_play_needle_uncovers_the_picture);
  tcase_add_test (tcase, test_view_follows_the_needle);
  tcase_add_test (tcase, test_phase_popover_links_to_glossary);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  if (!sd_test_have_display ("test-consultation"))
    return 77;

  return sd_test_run_suite (consultation_suite ());
}
