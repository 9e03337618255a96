/* test-tour.c: the guided tour and the Glossary and Sources window
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (run under xvfb-run); exits 77 ("skipped") without one.
 * GTK is initialised only inside Check's forked children (STYLE.md §5.9).
 * SD_TEST_SCREENSHOTS=DIR saves a few pictures of the tour and the glossary.
 */

#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "sd-glossary-window.h"
#include "sd-glossary.h"
#include "sd-section-view.h"
#include "sd-sources.h"
#include "sd-tour-steps.h"
#include "sd-tour.h"
#include "sd-window.h"
#include "sd-test-gtk.h"

#include <adwaita.h>
#include <glib/gi18n.h>

typedef struct
{
  SdSite   site;
  double   age;
  SdSex    sex;
  int      layer;
  double   zoom;
  gboolean show_needle;
  SdDevice device;
  double   length_mm;
  guint    day;
  char    *page;
} State;

static void
get_state (SdWindow *window,
           State    *out)
{
  SdSection *section = sd_window_get_section (window);
  SdSectionView *view = SD_SECTION_VIEW (sd_window_get_section_view (window));

  out->site = sd_section_get_site (section);
  out->age = sd_section_get_age (section);
  out->sex = sd_section_get_sex (section);
  out->device = sd_section_get_device (section);
  out->length_mm = sd_section_get_length_mm (section);
  out->layer = sd_section_view_get_selected_layer (view);
  out->zoom = sd_section_view_get_zoom (view);
  out->show_needle = sd_section_view_get_show_needle (view);
  out->day = sd_treatment_get_day (sd_window_get_treatment (window));
  g_free (out->page);
  out->page = g_strdup (sd_window_get_sidebar_page (window));
}

static void
assert_same_state (const State *a,
                   const State *b)
{
  ck_assert_int_eq (a->site, b->site);
  ck_assert_double_eq_tol (a->age, b->age, 1e-9);
  ck_assert_int_eq (a->sex, b->sex);
  ck_assert_int_eq (a->layer, b->layer);
  ck_assert_double_eq_tol (a->zoom, b->zoom, 1e-9);
  ck_assert_int_eq (a->show_needle, b->show_needle);
  ck_assert_int_eq (a->device, b->device);
  ck_assert_double_eq_tol (a->length_mm, b->length_mm, 1e-9);
  ck_assert_uint_eq (a->day, b->day);
  ck_assert_str_eq (a->page, b->page);
}

/* What a student had before the tour: nothing like any step. */
static SdWindow *
create_window_with_user_state (State *before)
{
  SdWindow *window = sd_window_new (NULL);
  SdSection *section = sd_window_get_section (window);
  SdSectionView *view = SD_SECTION_VIEW (sd_window_get_section_view (window));

  gtk_window_present (GTK_WINDOW (window));
  sd_section_set_site (section, SD_SITE_FOREARM);
  sd_section_set_age (section, 33);
  sd_section_set_sex (section, SD_SEX_MALE);
  sd_section_set_device (section, SD_DEVICE_ROLLER);
  sd_section_set_length_mm (section, 0.5);
  sd_window_set_sidebar_page (window, "treatment");
  sd_section_view_set_selected_layer (view, SD_LAYER_HYPODERMIS);
  sd_section_view_set_zoom (view, 2.5);
  sd_section_view_set_show_needle (view, TRUE);
  sd_treatment_set_day (sd_window_get_treatment (window), 40);
  sd_test_spin_main_loop ();

  memset (before, 0, sizeof *before);
  get_state (window, before);
  ck_assert_int_eq (before->site, SD_SITE_FOREARM);
  ck_assert_uint_eq (before->day, 40);
  return window;
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("SD_TEST_SCREENSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  if (dir == NULL)
    return;

  gtk_test_widget_wait_for_draw (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

/* Every button of ours under @widget has a name a screen reader can say
 * (libadwaita's own, such as the view switcher's, are its business). */
static guint
assert_buttons_named (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_BUTTON (widget) && !GTK_IS_LINK_BUTTON (widget)
      && !g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Adw")
      && gtk_widget_get_visible (widget))
    {
      ck_assert_msg (gtk_button_get_label (GTK_BUTTON (widget)) != NULL
                     || gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                                          GTK_ACCESSIBLE_PROPERTY_LABEL),
                     "a %s has no accessible name", G_OBJECT_TYPE_NAME (widget));
      n++;
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    n += assert_buttons_named (c);

  return n;
}

/*
 * Tour
 */

START_TEST (test_tour_walks_every_step_and_restores_on_escape)
{
  State before = { 0 }, now = { 0 }, after = { 0 };
  SdWindow *window = create_window_with_user_state (&before);
  SdTour *tour = sd_window_get_tour (window);
  GtkWidget *card = sd_tour_get_card (tour);
  SdSectionView *view = SD_SECTION_VIEW (sd_window_get_section_view (window));
  guint n;
  const SdTourStep *steps = sd_tour_get_steps (&n);
  g_autoptr(GtkShortcut) esc = sd_test_find_shortcut (GTK_WIDGET (window), NULL,
                                                      GDK_KEY_Escape, 0);
  g_autoptr(GtkShortcut) right = sd_test_find_shortcut (GTK_WIDGET (window), NULL,
                                                        GDK_KEY_Right, 0);
  g_autoptr(GtkShortcut) left = sd_test_find_shortcut (GTK_WIDGET (window), NULL,
                                                       GDK_KEY_Left, 0);

  ck_assert_ptr_nonnull (esc);
  ck_assert_ptr_nonnull (right);
  ck_assert_ptr_nonnull (left);
  ck_assert (!gtk_widget_get_visible (card));

  /* Before the tour, the tour's keys do nothing (Left/Right stay the timeline's). */
  ck_assert (!gtk_shortcut_action_activate (gtk_shortcut_get_action (right), 0,
                                            GTK_WIDGET (window), NULL));
  get_state (window, &now);
  assert_same_state (&before, &now);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.tour-start", NULL);
  ck_assert (sd_tour_get_running (tour));
  ck_assert (gtk_widget_get_visible (card));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("tour-%02u.png", i + 1);

      sd_test_spin_main_loop ();
      ck_assert_uint_eq (sd_tour_get_step (tour), i);
      get_state (window, &now);
      ck_assert_int_eq (now.site, steps[i].site);
      ck_assert_double_eq_tol (now.age, steps[i].age_years, 1e-9);
      ck_assert_int_eq (now.layer, steps[i].layer);
      ck_assert_int_eq (now.show_needle, steps[i].show_needle);
      ck_assert_int_eq (now.device, steps[i].device);
      ck_assert_double_eq_tol (now.length_mm, steps[i].length_mm, 1e-9);
      ck_assert_uint_eq (now.day, steps[i].day);
      ck_assert_str_eq (now.page, steps[i].page);
      ck_assert_double_eq_tol (sd_section_view_get_zoom (view), steps[i].zoom, 1e-9);
      if (i == 0 || i == 5 || i == 12)
        save_screenshot (GTK_WIDGET (window), name);

      /* Back and forth on one step lands on the same state. */
      if (i == 6)
        {
          ck_assert (gtk_shortcut_action_activate (gtk_shortcut_get_action (left), 0,
                                                   GTK_WIDGET (window), NULL));
          ck_assert_uint_eq (sd_tour_get_step (tour), 5);
          ck_assert_int_eq (sd_section_get_site (sd_window_get_section (window)), steps[5].site);
        }
      if (i + 1 < n)
        ck_assert (gtk_shortcut_action_activate (gtk_shortcut_get_action (right), 0,
                                                 GTK_WIDGET (window), NULL));
      if (i == 6)
        ck_assert (gtk_shortcut_action_activate (gtk_shortcut_get_action (right), 0,
                                                 GTK_WIDGET (window), NULL));
    }

  /* Back on the first step does nothing. */
  sd_tour_go_to (tour, 0);
  sd_tour_previous (tour);
  ck_assert_uint_eq (sd_tour_get_step (tour), 0);

  ck_assert (gtk_shortcut_action_activate (gtk_shortcut_get_action (esc), 0,
                                           GTK_WIDGET (window), NULL));
  sd_test_spin_main_loop ();
  ck_assert (!sd_tour_get_running (tour));
  ck_assert (!gtk_widget_get_visible (card));
  get_state (window, &after);
  assert_same_state (&before, &after);

  /* Escape again is the window's or the picture's, not the tour's. */
  ck_assert (!gtk_shortcut_action_activate (gtk_shortcut_get_action (esc), 0,
                                            GTK_WIDGET (window), NULL));

  g_free (before.page);
  g_free (now.page);
  g_free (after.page);
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

START_TEST (test_tour_finish_restores_too)
{
  State before = { 0 }, after = { 0 };
  SdWindow *window = create_window_with_user_state (&before);
  SdTour *tour = sd_window_get_tour (window);
  guint n;

  sd_tour_get_steps (&n);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.tour-start", NULL);
  sd_tour_go_to (tour, n - 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.tour-next", NULL);
  ck_assert (!sd_tour_get_running (tour));
  get_state (window, &after);
  assert_same_state (&before, &after);

  /* Starting again starts from the first step. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.tour-start", NULL);
  ck_assert_uint_eq (sd_tour_get_step (tour), 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.tour-stop", NULL);
  get_state (window, &after);
  assert_same_state (&before, &after);

  g_free (before.page);
  g_free (after.page);
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

START_TEST (test_tour_offer_changes_nothing_until_taken)
{
  State before = { 0 }, now = { 0 };
  SdWindow *window = create_window_with_user_state (&before);
  SdTour *tour = sd_window_get_tour (window);
  GtkWidget *card = sd_tour_get_card (tour);

  sd_window_offer_tour (window);
  ck_assert (gtk_widget_get_visible (card));
  ck_assert (!sd_tour_get_running (tour));
  get_state (window, &now);
  assert_same_state (&before, &now);
  ck_assert_uint_ge (assert_buttons_named (card), 2);

  /* "Not now" */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.tour-stop", NULL);
  ck_assert (!gtk_widget_get_visible (card));
  get_state (window, &now);
  assert_same_state (&before, &now);

  /* "Take the Tour" */
  sd_window_offer_tour (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.tour-next", NULL);
  ck_assert (sd_tour_get_running (tour));
  ck_assert_uint_eq (sd_tour_get_step (tour), 0);
  ck_assert_uint_ge (assert_buttons_named (card), 4);
  /* The card is a named group for screen readers, and its caption a status region. */
  ck_assert (gtk_test_accessible_has_property (GTK_ACCESSIBLE (card),
                                               GTK_ACCESSIBLE_PROPERTY_LABEL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.tour-stop", NULL);
  get_state (window, &now);
  assert_same_state (&before, &now);

  g_free (before.page);
  g_free (now.page);
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

START_TEST (test_window_show_layer_selects_it)
{
  SdWindow *window = sd_window_new (NULL);
  SdSectionView *view = SD_SECTION_VIEW (sd_window_get_section_view (window));

  sd_window_set_sidebar_page (window, "treatment");
  sd_window_show_layer (window, SD_LAYER_STRATUM_SPINOSUM);
  ck_assert_int_eq (sd_section_view_get_selected_layer (view), SD_LAYER_STRATUM_SPINOSUM);
  ck_assert_str_eq (sd_window_get_sidebar_page (window), "skin");
  ck_assert (sd_window_get_sidebar_revealed (window));
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/*
 * Glossary and Sources window
 */

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  /* Rows the search hides are skipped. */
  if (GTK_IS_LIST_BOX_ROW (widget) && !gtk_widget_get_child_visible (widget))
    return NULL;
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

START_TEST (test_glossary_search_filters)
{
  SdGlossaryWindow *glossary = sd_glossary_window_new ();
  guint n_terms, n_sources;

  sd_glossary_get_entries (&n_terms);
  sd_sources_get_all (&n_sources);
  gtk_window_present (GTK_WINDOW (glossary));
  sd_test_spin_main_loop ();

  ck_assert_uint_eq (sd_glossary_window_count_visible (glossary, "glossary"), n_terms);
  ck_assert_uint_eq (sd_glossary_window_count_visible (glossary, "sources"), n_sources);
  save_screenshot (GTK_WIDGET (glossary), "glossary.png");

  /* One term, whatever its case. */
  sd_glossary_window_set_search_text (glossary, "DESMOSOME");
  ck_assert_uint_ge (sd_glossary_window_count_visible (glossary, "glossary"), 1);
  ck_assert_uint_lt (sd_glossary_window_count_visible (glossary, "glossary"), 5);
  save_screenshot (GTK_WIDGET (glossary), "glossary-search.png");

  /* An author: one source, no term rests on it. */
  sd_glossary_window_set_search_text (glossary, "Knuutinen");
  ck_assert_uint_eq (sd_glossary_window_count_visible (glossary, "sources"), 1);
  ck_assert_uint_eq (sd_glossary_window_count_visible (glossary, "glossary"), 0);

  /* A topic name finds its sources. */
  sd_glossary_window_set_search_text (glossary, "lifestyle");
  ck_assert_uint_eq (sd_glossary_window_count_visible (glossary, "sources"), 5);

  sd_glossary_window_set_search_text (glossary, "no such word anywhere");
  ck_assert_uint_eq (sd_glossary_window_count_visible (glossary, "glossary"), 0);
  ck_assert_uint_eq (sd_glossary_window_count_visible (glossary, "sources"), 0);

  /* Opening at an entry clears the search and shows its page. */
  ck_assert (sd_glossary_window_show_source (glossary, "lee-hwang-2002"));
  ck_assert_str_eq (sd_glossary_window_get_page (glossary), "sources");
  ck_assert_uint_eq (sd_glossary_window_count_visible (glossary, "sources"), n_sources);
  save_screenshot (GTK_WIDGET (glossary), "sources.png");
  ck_assert (sd_glossary_window_show_term (glossary, "rete-ridges"));
  ck_assert_str_eq (sd_glossary_window_get_page (glossary), "glossary");
  ck_assert (!sd_glossary_window_show_term (glossary, "no-such-term"));
  ck_assert (!sd_glossary_window_show_source (glossary, "no-such-source"));

  gtk_window_destroy (GTK_WINDOW (glossary));
}
END_TEST

static void
on_show_layer_cb (SdGlossaryWindow *glossary,
                  int               layer,
                  int              *out)
{
  *out = layer;
}

START_TEST (test_glossary_show_me_and_names)
{
  SdGlossaryWindow *glossary = sd_glossary_window_new ();
  GtkWidget *search = (GtkWidget *)gtk_widget_get_template_child (GTK_WIDGET (glossary),
                                                     SD_TYPE_GLOSSARY_WINDOW, "search_entry");
  GtkWidget *button;
  int shown = -2;

  gtk_window_present (GTK_WINDOW (glossary));
  g_signal_connect (glossary, "show-layer", G_CALLBACK (on_show_layer_cb), &shown);

  ck_assert (gtk_test_accessible_has_property (GTK_ACCESSIBLE (search),
                                               GTK_ACCESSIBLE_PROPERTY_LABEL));
  /* Every term's and source's buttons are named (two per term at most). */
  ck_assert_uint_ge (assert_buttons_named (GTK_WIDGET (glossary)), 40);

  /* "Show Me" on the only row left selects that term's layer. */
  sd_glossary_window_set_search_text (glossary, "desmosome");
  button = find_button (GTK_WIDGET (glossary), _("Show _Me"));
  ck_assert_ptr_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  /* Desmosomes join the cells of the spiny layer. */
  ck_assert_int_eq (shown, SD_LAYER_STRATUM_SPINOSUM);

  gtk_window_destroy (GTK_WINDOW (glossary));
}
END_TEST

static Suite *
tour_suite (void)
{
  Suite *suite = suite_create ("tour");
  TCase *tc;

  tc = tcase_create ("tour");
  tcase_add_checked_fixture (tc, sd_test_gtk_init, NULL);
  tcase_add_test (tc, test_tour_walks_every_step_and_restores_on_escape);
  tcase_add_test (tc, test_tour_finish_restores_too);
  tcase_add_test (tc, test_tour_offer_changes_nothing_until_taken);
  tcase_add_test (tc, test_window_show_layer_selects_it);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("glossary");
  tcase_add_checked_fixture (tc, sd_test_gtk_init, NULL);
  tcase_add_test (tc, test_glossary_search_filters);
  tcase_add_test (tc, test_glossary_show_me_and_names);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  if (!sd_test_have_display ("test-tour"))
    return 77;

  return sd_test_run_suite (tour_suite ());
}
