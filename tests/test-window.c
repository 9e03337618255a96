/* test-window.c: the main window's template, controls, settings and side panel
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (run under xvfb-run); exits 77 ("skipped") without one.
 * GTK is initialised only inside Check's forked children (checked fixture),
 * never in the parent: see STYLE.md §5.9.
 */

#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "sd-application.h"
#include "sd-help-window.h"
#include "sd-layer-list.h"
#include "sd-preferences-window.h"
#include "sd-section-view.h"
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

static void
count_cb (guint *counter)
{
  (*counter)++;
}

static SdWindow *
create_window (void)
{
  SdWindow *window = sd_window_new (NULL);

  ck_assert_ptr_nonnull (window);
  return window;
}

/*
 * Template
 */

START_TEST (test_window_template_loads)
{
  SdWindow *window = create_window ();
  SdSection *section = sd_window_get_section (window);
  GtkSelectionModel *model;

  ck_assert_ptr_nonnull (section);
  ck_assert (ADW_IS_COMBO_ROW (child (window, SD_TYPE_WINDOW, "site_row")));
  ck_assert (ADW_IS_COMBO_ROW (child (window, SD_TYPE_WINDOW, "sex_row")));
  ck_assert (GTK_IS_ADJUSTMENT (child (window, SD_TYPE_WINDOW, "age_adjustment")));
  ck_assert (SD_IS_LAYER_LIST (child (window, SD_TYPE_WINDOW, "layer_list")));
  ck_assert (SD_IS_SECTION_VIEW (child (window, SD_TYPE_WINDOW, "section_view")));

  /* The picture shows the window's section. */
  {
    g_autoptr(SdSection) shown = NULL;

    g_object_get (child (window, SD_TYPE_WINDOW, "section_view"), "section", &shown, NULL);
    ck_assert_ptr_eq (shown, section);
  }

  /* The list has one row per layer of the default site (cheek: thin skin). */
  model = gtk_list_view_get_model (child (child (window, SD_TYPE_WINDOW, "layer_list"),
                                          SD_TYPE_LAYER_LIST, "list_view"));
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (model)),
                     sd_section_get_profile (section)->n_layers);

  /* The subtitle names the site. */
  ck_assert_str_eq (adw_window_title_get_subtitle (child (window, SD_TYPE_WINDOW, "window_title")),
                    sd_site_get_name (sd_section_get_site (section)));

  gtk_window_present (GTK_WINDOW (window));
  sd_test_spin_main_loop ();
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

START_TEST (test_window_dialogs_load)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  SdPreferencesWindow *preferences = sd_preferences_window_new (settings);
  SdHelpWindow *help = sd_help_window_new ();
  AdwComboRow *unit_row = child (preferences, SD_TYPE_PREFERENCES_WINDOW, "depth_unit_row");

  /* The preferences write straight to the settings. */
  adw_combo_row_set_selected (unit_row, 1);
  {
    g_autofree char *unit = g_settings_get_string (settings, "depth-unit");
    ck_assert_str_eq (unit, "millimetres");
  }
  g_settings_set_string (settings, "depth-unit", "micrometres");
  ck_assert_uint_eq (adw_combo_row_get_selected (unit_row), 0);

  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (help));
}
END_TEST

/*
 * Controls
 */

START_TEST (test_window_controls_change_section)
{
  SdWindow *window = create_window ();
  SdSection *section = sd_window_get_section (window);
  AdwComboRow *site_row = child (window, SD_TYPE_WINDOW, "site_row");
  AdwComboRow *sex_row = child (window, SD_TYPE_WINDOW, "sex_row");
  GtkAdjustment *age = child (window, SD_TYPE_WINDOW, "age_adjustment");
  GtkSelectionModel *model = gtk_list_view_get_model (
    child (child (window, SD_TYPE_WINDOW, "layer_list"), SD_TYPE_LAYER_LIST, "list_view"));
  guint changed = 0;

  g_signal_connect_swapped (section, "changed", G_CALLBACK (count_cb), &changed);

  /* Controls start from the model. */
  ck_assert_uint_eq (adw_combo_row_get_selected (site_row), sd_section_get_site (section));
  ck_assert_uint_eq (adw_combo_row_get_selected (sex_row), sd_section_get_sex (section));
  ck_assert_double_eq (gtk_adjustment_get_value (age), sd_section_get_age (section));

  /* Palm: thick skin, one more layer (the stratum lucidum) in the list. */
  adw_combo_row_set_selected (site_row, SD_SITE_PALM);
  ck_assert_int_eq (sd_section_get_site (section), SD_SITE_PALM);
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (model)), 8);
  ck_assert_str_eq (adw_window_title_get_subtitle (child (window, SD_TYPE_WINDOW, "window_title")),
                    "Palm");

  gtk_adjustment_set_value (age, 75);
  ck_assert_double_eq (sd_section_get_age (section), 75);

  adw_combo_row_set_selected (sex_row, SD_SEX_MALE);
  ck_assert_int_eq (sd_section_get_sex (section), SD_SEX_MALE);
  ck_assert_uint_eq (changed, 3);

  /* And the other way: the model drives the controls. */
  sd_section_set_site (section, SD_SITE_EYELID);
  ck_assert_uint_eq (adw_combo_row_get_selected (site_row), SD_SITE_EYELID);
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (model)), 7);
  sd_section_set_age (section, 30);
  ck_assert_double_eq (gtk_adjustment_get_value (age), 30);

  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/*
 * Settings
 */

START_TEST (test_window_settings_persist_site_and_size)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  SdWindow *window;
  int width, height;

  /* Defaults: cheek, 1200 × 800. */
  window = create_window ();
  ck_assert_int_eq (sd_section_get_site (sd_window_get_section (window)), SD_SITE_CHEEK);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  ck_assert_int_eq (width, 1200);
  ck_assert_int_eq (height, 800);

  /* Changes are written back. */
  adw_combo_row_set_selected (child (window, SD_TYPE_WINDOW, "site_row"), SD_SITE_FOREHEAD);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  {
    g_autofree char *site = g_settings_get_string (settings, "site");
    ck_assert_str_eq (site, "forehead");
  }
  ck_assert_int_eq (g_settings_get_int (settings, "window-width"), 1000);
  ck_assert_int_eq (g_settings_get_int (settings, "window-height"), 700);

  /* Age and sex are never stored: there are no keys for them. */
  {
    g_autoptr(GSettingsSchema) schema = NULL;

    g_object_get (settings, "settings-schema", &schema, NULL);
    ck_assert (!g_settings_schema_has_key (schema, "age"));
    ck_assert (!g_settings_schema_has_key (schema, "sex"));

    /* A corrupt size (-500 once gave a GObject warning) is outside
     * the key's range, so GLib falls back to the default instead of passing it on. */
    for (guint k = 0; k < 2; k++)
      {
        g_autoptr(GSettingsSchemaKey) key =
          g_settings_schema_get_key (schema, k == 0 ? "window-width" : "window-height");
        g_autoptr(GVariant) bad = g_variant_ref_sink (g_variant_new_int32 (-500));
        g_autoptr(GVariant) unset = g_variant_ref_sink (g_variant_new_int32 (-1));

        ck_assert (!g_settings_schema_key_range_check (key, bad));
        ck_assert (g_settings_schema_key_range_check (key, unset));
      }
  }
  gtk_window_destroy (GTK_WINDOW (window));

  /* A new window starts where the last one left off. */
  g_settings_set_string (settings, "site", "back");
  window = create_window ();
  ck_assert_int_eq (sd_section_get_site (sd_window_get_section (window)), SD_SITE_BACK);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  ck_assert_int_eq (width, 1000);
  ck_assert_int_eq (height, 700);
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/*
 * Side panel
 */

START_TEST (test_window_layer_selection_updates_details)
{
  SdWindow *window = create_window ();
  SdSection *section = sd_window_get_section (window);
  SdLayerList *list = child (window, SD_TYPE_WINDOW, "layer_list");
  GtkWidget *view = child (window, SD_TYPE_WINDOW, "section_view");
  GtkSingleSelection *selection;
  GtkStack *stack = child (list, SD_TYPE_LAYER_LIST, "details_stack");
  GtkLabel *name = child (list, SD_TYPE_LAYER_LIST, "name_label");
  GtkLabel *aliases = child (list, SD_TYPE_LAYER_LIST, "aliases_label");
  GtkLabel *depth = child (list, SD_TYPE_LAYER_LIST, "depth_label");
  GtkLabel *source = child (list, SD_TYPE_LAYER_LIST, "source_label");
  const SdSkinProfile *profile = sd_section_get_profile (section);
  int in_view;

  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (child (list, SD_TYPE_LAYER_LIST,
                                                                    "list_view")));

  /* Nothing selected at first: a hint instead of details. */
  ck_assert_int_eq (sd_layer_list_get_selected_layer (list), -1);
  ck_assert_str_eq (gtk_stack_get_visible_child_name (stack), "empty");

  /* Selecting the first row (as a click or arrow key would) shows the horny layer. */
  gtk_single_selection_set_selected (selection, 0);
  ck_assert_int_eq (sd_layer_list_get_selected_layer (list), SD_LAYER_STRATUM_CORNEUM);
  ck_assert_str_eq (gtk_stack_get_visible_child_name (stack), "layer");
  ck_assert_str_eq (gtk_label_get_label (name), "Stratum corneum");
  ck_assert_ptr_nonnull (strstr (gtk_label_get_label (aliases), "horny"));
  ck_assert_ptr_nonnull (strstr (gtk_label_get_label (depth), "µm"));
  ck_assert_ptr_nonnull (strstr (gtk_label_get_label (source), profile->layers[0].source));

  /* The picture follows the list ... */
  g_object_get (view, "selected-layer", &in_view, NULL);
  ck_assert_int_eq (in_view, SD_LAYER_STRATUM_CORNEUM);

  /* ... and the list follows the picture. */
  g_object_set (view, "selected-layer", (int)SD_LAYER_STRATUM_BASALE, NULL);
  ck_assert_int_eq (sd_layer_list_get_selected_layer (list), SD_LAYER_STRATUM_BASALE);
  ck_assert_str_eq (gtk_label_get_label (name), "Stratum basale");
  ck_assert_ptr_nonnull (strstr (gtk_label_get_label (aliases), "germinal"));

  /* An assumed thickness says so plainly. */
  for (guint i = 0; i < profile->n_layers; i++)
    {
      GtkWidget *assumed_box = child (list, SD_TYPE_LAYER_LIST, "assumed_box");
      GtkLabel *assumed_label = child (list, SD_TYPE_LAYER_LIST, "assumed_label");

      sd_layer_list_set_selected_layer (list, profile->layers[i].id);
      ck_assert_int_eq (gtk_widget_get_visible (assumed_box), profile->layers[i].assumed);
      if (profile->layers[i].assumed)
        ck_assert_ptr_nonnull (strstr (gtk_label_get_label (assumed_label), "assumption"));
    }

  /* Details never widen the side panel: its text wraps in the 360 px it has,
   * and the picture keeps the rest of the window. */
  for (guint i = 0; i < profile->n_layers; i++)
    {
      GtkWidget *sidebar = child (window, SD_TYPE_WINDOW, "sidebar");
      int min = 0, nat = 0;

      sd_layer_list_set_selected_layer (list, profile->layers[i].id);
      gtk_widget_measure (sidebar, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      ck_assert_msg (min <= 360 && nat <= 360, "with %s selected the side panel asks for "
                     "%d px (natural %d)", sd_layer_get_name (profile->layers[i].id), min, nat);
    }

  /* Millimetres when the user prefers them. */
  sd_layer_list_set_selected_layer (list, SD_LAYER_RETICULAR_DERMIS);
  sd_layer_list_set_millimetres (list, TRUE);
  ck_assert_ptr_nonnull (strstr (gtk_label_get_label (depth), "mm"));

  /* The selection survives an age change (same layers) ... */
  sd_section_set_age (section, 80);
  ck_assert_int_eq (sd_layer_list_get_selected_layer (list), SD_LAYER_RETICULAR_DERMIS);

  /* ... and a layer the new site lacks is deselected. */
  sd_section_set_site (section, SD_SITE_SOLE);
  sd_layer_list_set_selected_layer (list, SD_LAYER_STRATUM_LUCIDUM);
  ck_assert_int_eq (sd_layer_list_get_selected_layer (list), SD_LAYER_STRATUM_LUCIDUM);
  sd_section_set_site (section, SD_SITE_CHEEK);
  ck_assert_int_eq (sd_layer_list_get_selected_layer (list), -1);
  ck_assert_str_eq (gtk_stack_get_visible_child_name (stack), "empty");

  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/*
 * Application
 */

static GtkWindow *
find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* The About window's release notes are the metainfo's, item by item */
START_TEST (test_about_release_notes_match_metainfo)
{
  g_autoptr(SdApplication) app = g_object_new (SD_TYPE_APPLICATION,
                                               "application-id", APP_ID,
                                               "flags", G_APPLICATION_NON_UNIQUE,
                                               "resource-base-path", RESOURCE_BASE_PATH,
                                               NULL);
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "data",
                                            "io.github.skindeep.SkinDeep.metainfo.xml.in.in",
                                            NULL);
  g_autofree char *metainfo = NULL;
  g_autofree char *notes = NULL;
  const char *releases, *p;
  guint n_items = 0;
  GtkWindow *about;

  ck_assert (g_file_get_contents (path, &metainfo, NULL, NULL));
  ck_assert (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_activate (G_APPLICATION (app));
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = find_window (ADW_TYPE_ABOUT_WINDOW);
  ck_assert_ptr_nonnull (about);
  g_object_get (about, "release-notes", &notes, NULL);
  ck_assert_ptr_nonnull (notes);

  /* Every paragraph and item of the newest release, in the same words */
  releases = strstr (metainfo, "<releases>");
  ck_assert_ptr_nonnull (releases);
  for (p = releases; (p = strstr (p, "<li>")) != NULL && p < strstr (releases, "</release>");
       p++)
    {
      g_autofree char *item = g_strndup (p + 4, strstr (p, "</li>") - (p + 4));
      g_autofree char *wanted = g_strdup_printf ("<li>%s</li>", item);

      ck_assert_msg (strstr (notes, wanted) != NULL, "About lacks “%s”: %s", item, notes);
      n_items++;
    }
  ck_assert_uint_ge (n_items, 3);
  {
    const char *para = strstr (releases, "<p>");
    g_autofree char *first = g_strndup (para, strstr (para, "</p>") + 4 - para);

    ck_assert_msg (strstr (notes, first) != NULL, "About lacks %s", first);
  }
  /* …and nothing more */
  {
    g_auto(GStrv) parts = g_strsplit (notes, "<li>", -1);

    ck_assert_uint_eq (n_items, g_strv_length (parts) - 1);
  }

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  sd_test_spin_main_loop ();
}
END_TEST

START_TEST (test_application_actions_and_accels)
{
  /* Non-unique: no session bus needed, nothing exported. */
  g_autoptr(SdApplication) app = g_object_new (SD_TYPE_APPLICATION,
                                               "application-id", APP_ID,
                                               "flags", G_APPLICATION_NON_UNIQUE,
                                               "resource-base-path", RESOURCE_BASE_PATH,
                                               NULL);
  static const struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "app.quit", "<Control>q" },
    { "window.close", "<Control>w" },
    { "app.help", "F1" },
    { "win.show-help-overlay", "<Control>question" },
    { "app.preferences", "<Control>comma" },
  };
  GtkWindow *window;

  ck_assert (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_activate (G_APPLICATION (app));
  sd_test_spin_main_loop ();

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    expected[i].action);

      ck_assert_msg (accels != NULL && accels[0] != NULL, "%s has no accel", expected[i].action);
      ck_assert_str_eq (accels[0], expected[i].accel);
    }

  /* One main window, with the shortcuts window from gtk/help-overlay.ui. */
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  ck_assert (SD_IS_WINDOW (window));
  ck_assert_ptr_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  /* Each menu item opens its window. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  ck_assert_ptr_nonnull (find_window (SD_TYPE_PREFERENCES_WINDOW));
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  ck_assert_ptr_nonnull (find_window (SD_TYPE_HELP_WINDOW));
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  ck_assert_ptr_nonnull (find_window (ADW_TYPE_ABOUT_WINDOW));
  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  ck_assert_ptr_nonnull (find_window (GTK_TYPE_SHORTCUTS_WINDOW));
  sd_test_spin_main_loop ();

  /* Quit closes every window. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  sd_test_spin_main_loop ();
  ck_assert_ptr_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}
END_TEST

static Suite *
window_suite (void)
{
  Suite *suite = suite_create ("window");
  TCase *tcase;

  tcase = tcase_create ("template");
  tcase_add_checked_fixture (tcase, sd_test_gtk_init, NULL);
  tcase_add_test (tcase, test_window_template_loads);
  tcase_add_test (tcase, test_window_dialogs_load);
  suite_add_tcase (suite, tcase);

  tcase = tcase_create ("application");
  tcase_add_checked_fixture (tcase, sd_test_gtk_init, NULL);
  tcase_add_test (tcase, test_application_actions_and_accels);
  tcase_add_test (tcase, test_about_release_notes_match_metainfo);
  suite_add_tcase (suite, tcase);

  tcase = tcase_create ("controls");
  tcase_add_checked_fixture (tcase, sd_test_gtk_init, NULL);
  tcase_add_test (tcase, test_window_controls_change_section);
  suite_add_tcase (suite, tcase);

  tcase = tcase_create ("settings");
  tcase_add_checked_fixture (tcase, sd_test_gtk_init, NULL);
  tcase_add_test (tcase, test_window_settings_persist_site_and_size);
  suite_add_tcase (suite, tcase);

  tcase = tcase_create ("side-panel");
  tcase_add_checked_fixture (tcase, sd_test_gtk_init, NULL);
  tcase_add_test (tcase, test_window_layer_selection_updates_details);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  if (!sd_test_have_display ("test-window"))
    return 77;

  return sd_test_run_suite (window_suite ());
}
