/* test-section-view.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cross-section widget under a display (Xvfb in CI). GTK is initialised
 * in a checked fixture, inside each forked test (STYLE §5.9); without a
 * display the program exits 77 ("skipped").
 */

#include "config.h"

#include <adwaita.h>
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sd-painter.h"
#include "sd-section-view.h"
#include "sd-section-view-private.h"
#include "sd-test-gtk.h"

static void
layer_activated_cb (SdSectionView *view,
                    int            layer,
                    int           *out)
{
  *out = layer;
}

static SdSectionView *
new_view_with_section (SdSite site)
{
  g_autoptr(SdSection) section = sd_section_new ();
  GtkWidget *view = sd_section_view_new ();

  g_object_ref_sink (view);
  sd_section_set_site (section, site);
  sd_section_view_set_section (SD_SECTION_VIEW (view), section);
  return SD_SECTION_VIEW (view);
}

START_TEST (test_section_view_new_destroy)
{
  GtkWidget *view = sd_section_view_new ();
  SdSection *section = sd_section_new ();

  g_object_ref_sink (view);
  ck_assert (SD_IS_SECTION_VIEW (view));
  ck_assert_ptr_null (sd_section_view_get_section (SD_SECTION_VIEW (view)));
  g_object_add_weak_pointer (G_OBJECT (section), (gpointer *)&section);
  sd_section_view_set_section (SD_SECTION_VIEW (view), section);
  ck_assert_ptr_eq (sd_section_view_get_section (SD_SECTION_VIEW (view)), section);
  g_object_unref (section);
  ck_assert_ptr_nonnull (section);   /* the view holds it */

  g_assert_finalize_object (view);
  ck_assert_ptr_null (section);      /* and released it */
}
END_TEST

START_TEST (test_section_view_defaults)
{
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);
  GtkAccessible *accessible = GTK_ACCESSIBLE (view);
  g_autofree char *message = NULL;

  ck_assert_int_eq (sd_section_view_get_selected_layer (view), -1);
  ck_assert_int_eq (sd_section_view_get_hovered_layer (view), -1);
  ck_assert_double_eq (sd_section_view_get_zoom (view), 1.0);
  ck_assert (!sd_section_view_get_show_needle (view));
  ck_assert (gtk_widget_get_focusable (GTK_WIDGET (view)));
  ck_assert_str_eq (gtk_widget_get_css_name (GTK_WIDGET (view)), "sectionview");
  ck_assert (gtk_test_accessible_has_role (accessible, GTK_ACCESSIBLE_ROLE_IMG));
  ck_assert (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL));
  message = gtk_test_accessible_check_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                "Cross-section of cheek skin, female, 40 years, "
                                                "7 layers");
  ck_assert_msg (message == NULL, "%s", message);
}
END_TEST

START_TEST (test_section_view_zoom_clamped_and_notified)
{
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);
  guint notified = 0;

  g_signal_connect (view, "notify::zoom", G_CALLBACK (sd_test_count_notify_cb), &notified);

  sd_section_view_set_zoom (view, 2.5);
  ck_assert_double_eq (sd_section_view_get_zoom (view), 2.5);
  ck_assert_uint_eq (notified, 1);
  sd_section_view_set_zoom (view, 2.5);
  ck_assert_uint_eq (notified, 1);

  sd_section_view_set_zoom (view, 1e9);
  ck_assert_double_eq (sd_section_view_get_zoom (view), SD_PAINT_ZOOM_MAX);
  ck_assert_uint_eq (notified, 2);
  sd_section_view_set_zoom (view, 1e10);   /* clamps to the same value: no notify */
  ck_assert_uint_eq (notified, 2);

  sd_section_view_set_zoom (view, 0.0);
  ck_assert_double_eq (sd_section_view_get_zoom (view), SD_PAINT_ZOOM_MIN);
  ck_assert_uint_eq (notified, 3);

  g_object_set (view, "zoom", 1.0, NULL);
  ck_assert_double_eq (sd_section_view_get_zoom (view), 1.0);
  ck_assert_uint_eq (notified, 4);
}
END_TEST

START_TEST (test_section_view_properties_notify_once)
{
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);
  guint selected = 0, needle = 0, section = 0;
  g_autoptr(SdSection) other = sd_section_new ();
  int layer = -2;
  gboolean show = FALSE;

  g_signal_connect (view, "notify::selected-layer", G_CALLBACK (sd_test_count_notify_cb), &selected);
  g_signal_connect (view, "notify::show-needle", G_CALLBACK (sd_test_count_notify_cb), &needle);
  g_signal_connect (view, "notify::section", G_CALLBACK (sd_test_count_notify_cb), &section);

  g_object_set (view, "selected-layer", SD_LAYER_STRATUM_SPINOSUM, NULL);
  g_object_set (view, "selected-layer", SD_LAYER_STRATUM_SPINOSUM, NULL);
  g_object_get (view, "selected-layer", &layer, NULL);
  ck_assert_int_eq (layer, SD_LAYER_STRATUM_SPINOSUM);
  ck_assert_uint_eq (selected, 1);

  g_object_set (view, "show-needle", TRUE, NULL);
  g_object_set (view, "show-needle", TRUE, NULL);
  g_object_get (view, "show-needle", &show, NULL);
  ck_assert (show);
  ck_assert_uint_eq (needle, 1);

  g_object_set (view, "section", other, NULL);
  g_object_set (view, "section", other, NULL);
  ck_assert_uint_eq (section, 1);
}
END_TEST

START_TEST (test_section_view_zoom_actions)
{
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);
  GtkWidget *widget = GTK_WIDGET (view);

  /* unmapped: nothing animates, the zoom lands at once */
  ck_assert (gtk_widget_activate_action (widget, "section.zoom-in", NULL));
  ck_assert_double_eq_tol (sd_section_view_get_zoom (view), 1.5, 1e-9);
  ck_assert (gtk_widget_activate_action (widget, "section.zoom-in", NULL));
  ck_assert_double_eq_tol (sd_section_view_get_zoom (view), 2.25, 1e-9);
  ck_assert (gtk_widget_activate_action (widget, "section.zoom-out", NULL));
  ck_assert_double_eq_tol (sd_section_view_get_zoom (view), 1.5, 1e-9);
  ck_assert (gtk_widget_activate_action (widget, "section.zoom-reset", NULL));
  ck_assert_double_eq (sd_section_view_get_zoom (view), 1.0);

  /* at the limit, zoom-in is disabled and changes nothing */
  sd_section_view_set_zoom (view, SD_PAINT_ZOOM_MAX);
  gtk_widget_activate_action (widget, "section.zoom-in", NULL);
  ck_assert_double_eq (sd_section_view_get_zoom (view), SD_PAINT_ZOOM_MAX);
  sd_section_view_set_zoom (view, SD_PAINT_ZOOM_MIN);
  gtk_widget_activate_action (widget, "section.zoom-out", NULL);
  ck_assert_double_eq (sd_section_view_get_zoom (view), SD_PAINT_ZOOM_MIN);
}
END_TEST

START_TEST (test_section_view_keyboard_walks_the_layers)
{
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);
  const SdSkinProfile *profile = sd_section_get_profile (sd_section_view_get_section (view));
  GtkWidget *widget = GTK_WIDGET (view);

  /* Down from nothing: the surface layer first, then each layer in turn */
  for (guint i = 0; i < profile->n_layers; i++)
    {
      gtk_widget_activate_action (widget, "section.select-next", NULL);
      ck_assert_int_eq (sd_section_view_get_selected_layer (view), profile->layers[i].id);
    }
  /* and it stops at the deepest */
  gtk_widget_activate_action (widget, "section.select-next", NULL);
  ck_assert_int_eq (sd_section_view_get_selected_layer (view), SD_LAYER_HYPODERMIS);

  gtk_widget_activate_action (widget, "section.select-previous", NULL);
  ck_assert_int_eq (sd_section_view_get_selected_layer (view), SD_LAYER_RETICULAR_DERMIS);

  /* Up from nothing: the deepest layer */
  sd_section_view_set_selected_layer (view, -1);
  gtk_widget_activate_action (widget, "section.select-previous", NULL);
  ck_assert_int_eq (sd_section_view_get_selected_layer (view), SD_LAYER_HYPODERMIS);
}
END_TEST

START_TEST (test_section_view_description_follows_selection)
{
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);
  const SdSkinProfile *profile = sd_section_get_profile (sd_section_view_get_section (view));
  const SdLayer *spinosum = sd_skin_profile_find_layer (profile, SD_LAYER_STRATUM_SPINOSUM);
  g_autofree char *expected = NULL;
  g_autofree char *message = NULL;

  sd_section_view_set_selected_layer (view, SD_LAYER_STRATUM_SPINOSUM);
  expected = g_strdup_printf ("Cross-section of cheek skin, female, 40 years, 7 layers. "
                              "Selected layer: stratum spinosum, %.0f to %.0f µm deep",
                              spinosum->top_um, spinosum->bottom_um);
  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view),
                                                GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
  ck_assert_msg (message == NULL, "%s", message);
}
END_TEST

START_TEST (test_section_view_layer_activated)
{
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);
  int activated = -1;

  g_signal_connect (view, "layer-activated", G_CALLBACK (layer_activated_cb), &activated);

  /* nothing selected: nothing to open */
  gtk_widget_activate_action (GTK_WIDGET (view), "section.activate", NULL);
  ck_assert_int_eq (activated, -1);

  gtk_widget_activate_action (GTK_WIDGET (view), "section.select-next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (view), "section.select-next", NULL);
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (view), "section.activate", NULL));
  ck_assert_int_eq (activated, SD_LAYER_STRATUM_GRANULOSUM);
}
END_TEST

/* The action a key bound on the view itself runs, or NULL. The view sees a key
 * before its ancestors (the window's timeline shortcuts). */
static char *
view_binding_for (SdSectionView *view,
                  guint          keyval)
{
  g_autoptr(GtkShortcut) shortcut = sd_test_find_shortcut (GTK_WIDGET (view), NULL, keyval, 0);

  return shortcut != NULL ? gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut))
                          : NULL;
}

START_TEST (test_section_view_keys)
{
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);
  g_autofree char *enter = view_binding_for (view, GDK_KEY_Return);
  g_autofree char *down = view_binding_for (view, GDK_KEY_Down);
  g_autofree char *space = view_binding_for (view, GDK_KEY_space);

  /* Enter opens the selected layer's details, Up/Down walk the layers ... */
  ck_assert_ptr_nonnull (enter);
  ck_assert_ptr_nonnull (strstr (enter, "section.activate"));
  ck_assert_ptr_nonnull (down);
  ck_assert_ptr_nonnull (strstr (down, "section.select-next"));
  /* ... and Space is left to play/pause, even with a layer selected */
  sd_section_view_set_selected_layer (view, SD_LAYER_STRATUM_BASALE);
  ck_assert_msg (space == NULL, "Space on the picture runs %s, not play/pause", space);
}
END_TEST

START_TEST (test_section_view_site_change_drops_missing_layer)
{
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_PALM);
  guint notified = 0;

  sd_section_view_set_selected_layer (view, SD_LAYER_STRATUM_LUCIDUM);
  g_signal_connect (view, "notify::selected-layer", G_CALLBACK (sd_test_count_notify_cb), &notified);
  sd_section_set_site (sd_section_view_get_section (view), SD_SITE_CHEEK);
  ck_assert_int_eq (sd_section_view_get_selected_layer (view), -1);
  ck_assert_uint_eq (notified, 1);
}
END_TEST

START_TEST (test_section_view_draws_in_a_window)
{
  GtkWidget *window = gtk_window_new ();
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  sd_section_view_set_show_needle (view, TRUE);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
  ck_assert (gtk_widget_get_mapped (GTK_WIDGET (view)));

  /* zoom while mapped (animated or not, by the setting), then draw again */
  gtk_widget_activate_action (GTK_WIDGET (view), "section.zoom-in", NULL);
  gtk_widget_activate_action (GTK_WIDGET (view), "section.select-next", NULL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
  ck_assert_double_eq_tol (sd_section_view_get_zoom (view), 1.5, 1e-9);

  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST


/*
 * Needle animation, course and comparison
 */

/* The view's accessible description (GTK 4.8 has no getter: the check
 * function returns the real value when it differs from the one asked) */
static char *
get_description (SdSectionView *view)
{
  char *value = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                    "\x01 no such description");

  ck_assert_ptr_nonnull (value);
  return value;
}

static void
disable_animations (void)
{
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

START_TEST (test_section_view_play_needle_jumps_without_animations)
{
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);
  SdSection *section = sd_section_view_get_section (view);
  const SdNeedleResult *needle;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *layer = NULL;
  guint notified = 0;

  disable_animations ();
  sd_section_set_length_mm (section, 1.5);
  sd_section_set_device (section, SD_DEVICE_PEN);
  needle = sd_section_get_needle (section);
  ck_assert (needle->bleeding);

  gtk_widget_activate_action (GTK_WIDGET (view), "section.reset-needle", NULL);
  ck_assert_double_eq (sd_section_view_get_needle_progress (view), 0.0);
  sd_section_view_set_show_needle (view, TRUE);
  before = get_description (view);
  ck_assert_msg (strstr (before, "above the skin") != NULL, "%s", before);

  g_signal_connect (view, "notify::needle-progress", G_CALLBACK (sd_test_count_notify_cb), &notified);
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (view), "section.play-needle", NULL));
  /* a jump: at the end at once, one notification */
  ck_assert_double_eq (sd_section_view_get_needle_progress (view), 1.0);
  ck_assert_uint_eq (notified, 1);

  after = get_description (view);
  layer = g_utf8_strdown (sd_layer_get_name (needle->deepest_layer), -1);
  ck_assert_msg (strstr (after, layer) != NULL, "no \"%s\" in: %s", layer, after);
  ck_assert_msg (strstr (after, "pinpoint bleeding: expected") != NULL, "%s", after);

  /* back up: reset puts the tip above the skin again */
  gtk_widget_activate_action (GTK_WIDGET (view), "section.reset-needle", NULL);
  ck_assert_double_eq (sd_section_view_get_needle_progress (view), 0.0);
}
END_TEST

START_TEST (test_section_view_needle_description_follows_progress)
{
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);
  SdSection *section = sd_section_view_get_section (view);
  const SdNeedleResult *needle;
  const SdLayer *basale;
  g_autofree char *text = NULL;
  double p;

  sd_section_set_length_mm (section, 1.5);
  sd_section_set_device (section, SD_DEVICE_PEN);
  needle = sd_section_get_needle (section);
  basale = sd_skin_profile_find_layer (sd_section_get_profile (section), SD_LAYER_STRATUM_BASALE);
  sd_section_view_set_show_needle (view, TRUE);

  /* the tip in the spinous layer: the epidermis has no vessels */
  p = 0;
  while (sd_paint_needle_tip_um (needle, p) < basale->top_um - 8)
    p += 0.001;
  sd_section_view_set_needle_progress (view, p);
  text = get_description (view);
  ck_assert_msg (strstr (text, "pinpoint bleeding: not expected") != NULL, "%s", text);
  ck_assert_msg (strstr (text, "stratum spinosum") != NULL, "%s", text);
}
END_TEST

/* The spoken bleeding level, all the way in, is the model's. Lengths from the model
 * (skin-deep-sim needle --site cheek --device roller|pen --length-mm …): a 0.25 mm
 * roller stays in the epidermis, a 0.5 mm roller enters the papillary dermis, a 1.5 mm
 * pen passes its plexus. */
START_TEST (test_section_view_speaks_the_bleeding_level)
{
  static const struct
  {
    SdDevice    device;
    double      mm;
    SdBleeding  level;
    const char *spoken;
  } cases[] = {
    { SD_DEVICE_ROLLER, 0.25, SD_BLEEDING_NONE, "; pinpoint bleeding: not expected" },
    { SD_DEVICE_ROLLER, 0.5, SD_BLEEDING_POSSIBLE, "; pinpoint bleeding: possible" },
    { SD_DEVICE_PEN, 1.5, SD_BLEEDING_EXPECTED, "; pinpoint bleeding: expected" },
  };
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);
  SdSection *section = sd_section_view_get_section (view);

  sd_section_view_set_show_needle (view, TRUE);
  sd_section_view_set_needle_progress (view, 1.0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const SdNeedleResult *needle;
      g_autofree char *text = NULL;

      sd_section_set_device (section, cases[i].device);
      sd_section_set_length_mm (section, cases[i].mm);
      needle = sd_section_get_needle (section);
      ck_assert_msg (needle->bleeding_level == cases[i].level,
                     "the model now says %s for %.2f mm",
                     sd_bleeding_to_id (needle->bleeding_level), cases[i].mm);
      text = get_description (view);
      ck_assert_msg (strstr (text, cases[i].spoken) != NULL, "no \"%s\" in: %s",
                     cases[i].spoken, text);
    }
}
END_TEST

/* Lengths are spoken as entered: "%.2g" said "1.8 mm" for 1.75 */
START_TEST (test_section_view_speaks_lengths_as_entered)
{
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);
  SdSection *section = sd_section_view_get_section (view);
  g_autofree char *above = NULL;
  g_autofree char *in = NULL;

  sd_section_set_length_mm (section, 1.75);
  sd_section_view_set_show_needle (view, TRUE);
  sd_section_view_set_needle_progress (view, 0.0);
  above = get_description (view);
  ck_assert_msg (strstr (above, "1.75 mm needle above the skin") != NULL, "%s", above);

  sd_section_view_set_needle_progress (view, 1.0);
  in = get_description (view);
  ck_assert_msg (strstr (in, "The 1.75 mm needle reaches") != NULL, "%s", in);
  ck_assert_msg (strstr (in, "1.8") == NULL, "%s", in);
}
END_TEST

START_TEST (test_section_view_course_description_follows_the_day)
{
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);
  g_autoptr(SdTreatment) treatment = sd_treatment_new (sd_section_view_get_section (view));
  static const guint days[] = { 2, 42, 120 };

  sd_section_view_set_treatment (view, treatment);
  sd_section_view_set_show_course (view, TRUE);
  ck_assert_ptr_eq (sd_section_view_get_treatment (view), treatment);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      const SdCourseDay *day;
      g_autofree char *text = NULL;
      g_autofree char *expected = NULL;
      double pct;

      sd_treatment_set_day (treatment, days[i]);
      day = sd_treatment_get_current (treatment);
      pct = (day->collagen_rel - 1) * 100;
      expected = g_strdup_printf ("Week %u, %s: collagen %.0f %% %s baseline; epidermis %.0f µm",
                                  (guint)floor (day->week),
                                  g_utf8_strdown (sd_phase_get_name (day->phase), -1),
                                  fabs (pct), pct >= 0 ? "above" : "below", day->epidermis_um);
      text = get_description (view);
      ck_assert_msg (strstr (text, expected) != NULL, "no \"%s\" in: %s", expected, text);
    }

  /* off: no course in the description */
  sd_section_view_set_show_course (view, FALSE);
  {
    g_autofree char *text = get_description (view);

    ck_assert_msg (strstr (text, "collagen") == NULL, "%s", text);
  }
  sd_section_view_set_treatment (view, NULL);
}
END_TEST

START_TEST (test_section_view_needle_leaves_with_the_session)
{
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);
  g_autoptr(SdTreatment) treatment = sd_treatment_new (sd_section_view_get_section (view));
  g_autofree char *during = NULL;
  g_autofree char *later = NULL;

  disable_animations ();
  sd_section_set_length_mm (sd_section_view_get_section (view), 1.5);
  sd_section_view_set_treatment (view, treatment);
  sd_section_view_set_show_course (view, TRUE);

  /* the needle played on the day of the first session */
  gtk_widget_activate_action (GTK_WIDGET (view), "section.play-needle", NULL);
  ck_assert (sd_section_view_get_show_needle (view));
  during = get_description (view);
  ck_assert_msg (strstr (during, "pinpoint bleeding: expected") != NULL, "%s", during);

  /* ten days on, the skin is healing: no needle in it, no fresh bleeding */
  sd_treatment_set_day (treatment, 10);
  ck_assert (!sd_section_view_get_show_needle (view));
  later = get_description (view);
  ck_assert_msg (strstr (later, "Needle tip") == NULL && strstr (later, "bleeding") == NULL,
                 "%s", later);
  ck_assert_msg (strstr (later, "Week 1, proliferation") != NULL, "%s", later);

  /* played again on that day, it stays while the day does */
  gtk_widget_activate_action (GTK_WIDGET (view), "section.play-needle", NULL);
  ck_assert (sd_section_view_get_show_needle (view));
  sd_section_set_length_mm (sd_section_view_get_section (view), 1.0);
  ck_assert (sd_section_view_get_show_needle (view));
  sd_section_view_set_treatment (view, NULL);
}
END_TEST

START_TEST (test_section_view_comparison_description)
{
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);
  g_autofree char *text = NULL;
  guint notified = 0;

  g_signal_connect (view, "notify::comparison", G_CALLBACK (sd_test_count_notify_cb), &notified);
  g_object_set (view, "comparison", TRUE, NULL);
  g_object_set (view, "comparison", TRUE, NULL);
  ck_assert_uint_eq (notified, 1);
  text = get_description (view);
  ck_assert_msg (strstr (text, "Needle lengths compared: 0.25 mm reaches") != NULL, "%s", text);
  ck_assert_msg (strstr (text, "2.5 mm reaches") != NULL, "%s", text);
  ck_assert_msg (strstr (text, "; 1.0 mm reaches") != NULL, "%s", text);
}
END_TEST

START_TEST (test_section_view_draws_needle_course_and_comparison)
{
  GtkWidget *window = gtk_window_new ();
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);
  g_autoptr(SdTreatment) treatment = sd_treatment_new (sd_section_view_get_section (view));

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  sd_section_view_set_treatment (view, treatment);
  sd_section_view_set_show_course (view, TRUE);
  sd_treatment_set_day (treatment, 3);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));

  /* mapped, animations on or off by the setting: either way it ends at 1 */
  gtk_widget_activate_action (GTK_WIDGET (view), "section.play-needle", NULL);
  while (sd_section_view_get_needle_progress (view) < 1.0)
    g_main_context_iteration (NULL, TRUE);
  sd_treatment_set_day (treatment, 60);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
  sd_section_view_set_comparison (view, TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));

  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/* The view's frame as the cairo renderer draws it, in 0xAARRGGBB pixels */
static guint32 *
render_frame (SdSectionView *view,
              GskRenderer   *renderer,
              int            w,
              int            h)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guint32 *pixels = g_new0 (guint32, (gsize)w * h);

  GTK_WIDGET_GET_CLASS (view)->snapshot (GTK_WIDGET (view), snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  ck_assert_ptr_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  gdk_texture_download (texture, (guchar *)pixels, (gsize)w * 4);
  return pixels;
}

/* A pan moves the cached tissue instead of painting it again; every frame of
 * the pan shows what a fresh paint at the same place shows (the tissue may lag
 * by under half a pixel until the pan settles), and once settled the view is
 * painted exactly afresh. */
START_TEST (test_section_view_pan_frames_match_a_fresh_paint)
{
  static const double zooms[] = { 1.0, 6.0 };
  GtkWidget *window = gtk_window_new ();
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_CHEEK);
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  int w, h;

  disable_animations ();
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 540);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
  w = gtk_widget_get_width (GTK_WIDGET (view));
  h = gtk_widget_get_height (GTK_WIDGET (view));
  ck_assert_int_ge (w, 480);
  ck_assert (gsk_renderer_realize (renderer, NULL, NULL));

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      const SdSkinProfile *profile = _sd_section_view_get_profile (view);
      SdPaintOptions options;
      double scale;

      sd_section_view_set_zoom (view, zooms[z]);
      sd_section_view_set_selected_layer (view, SD_LAYER_PAPILLARY_DERMIS);
      _sd_section_view_fill_options (view, &options);
      scale = sd_paint_px_per_um (profile, &options, w, h);
      g_free (render_frame (view, renderer, w, h));   /* the cache, before the pan */

      /* 40 frames of a diagonal drag in whole pixels, past the pan image's margin */
      for (int i = 1; i <= 40; i++)
        {
          g_autofree guint32 *panned = NULL, *fresh = NULL;
          guint differ = 0;

          view->left_um += 7.0 / scale;
          view->top_um = (isnan (view->top_um) ? sd_paint_get_top_um (profile, &options, w, h)
                                               : view->top_um) + 5.0 / scale;
          _sd_section_view_pan_changed (view);
          panned = render_frame (view, renderer, w, h);
          ck_assert_msg (view->panned, "frame %d of the pan painted everything again", i);

          _sd_section_view_invalidate (view);
          fresh = render_frame (view, renderer, w, h);
          ck_assert (!view->panned);
          for (int p = 0; p < w * h; p++)
            {
              guint32 a = panned[p], b = fresh[p];
              int d = MAX (MAX (abs ((int)(a >> 16 & 0xff) - (int)(b >> 16 & 0xff)),
                                abs ((int)(a >> 8 & 0xff) - (int)(b >> 8 & 0xff))),
                           abs ((int)(a & 0xff) - (int)(b & 0xff)));

              differ += d > 48;
            }
          /* whole-pixel steps: identical but for antialiased edges */
          ck_assert_msg (differ < (guint)(w * h / 200),
                         "zoom %.0f, frame %d: %u of %d pixels differ from a fresh paint",
                         zooms[z], i, differ, w * h);
          /* carry on panning from the fresh cache */
        }
    }

  gsk_renderer_unrealize (renderer);
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/* Once the pan stops, the view is painted afresh: nothing stays approximate */
START_TEST (test_section_view_pan_settles)
{
  GtkWidget *window = gtk_window_new ();
  g_autoptr(SdSectionView) view = new_view_with_section (SD_SITE_PALM);

  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
  sd_section_view_set_zoom (view, 4.0);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));

  view->left_um += 50;
  _sd_section_view_pan_changed (view);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
  ck_assert (view->panned);
  ck_assert_uint_ne (view->settle_id, 0);
  while (view->settle_id != 0)
    g_main_context_iteration (NULL, TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
  ck_assert (!view->panned);
  ck_assert_ptr_null (view->tissue_image);

  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

static Suite *
section_view_suite (void)
{
  Suite *s = suite_create ("section-view");
  TCase *tc;

  tc = tcase_create ("lifecycle");
  tcase_add_checked_fixture (tc, sd_test_gtk_init, NULL);
  tcase_add_test (tc, test_section_view_new_destroy);
  tcase_add_test (tc, test_section_view_defaults);
  suite_add_tcase (s, tc);

  tc = tcase_create ("properties");
  tcase_add_checked_fixture (tc, sd_test_gtk_init, NULL);
  tcase_add_test (tc, test_section_view_zoom_clamped_and_notified);
  tcase_add_test (tc, test_section_view_properties_notify_once);
  tcase_add_test (tc, test_section_view_site_change_drops_missing_layer);
  suite_add_tcase (s, tc);

  tc = tcase_create ("actions");
  tcase_add_checked_fixture (tc, sd_test_gtk_init, NULL);
  tcase_add_test (tc, test_section_view_zoom_actions);
  tcase_add_test (tc, test_section_view_keyboard_walks_the_layers);
  tcase_add_test (tc, test_section_view_description_follows_selection);
  tcase_add_test (tc, test_section_view_layer_activated);
  tcase_add_test (tc, test_section_view_keys);
  suite_add_tcase (s, tc);

  tc = tcase_create ("needle-and-course");
  tcase_add_checked_fixture (tc, sd_test_gtk_init, NULL);
  tcase_add_test (tc, test_section_view_play_needle_jumps_without_animations);
  tcase_add_test (tc, test_section_view_needle_description_follows_progress);
  tcase_add_test (tc, test_section_view_speaks_the_bleeding_level);
  tcase_add_test (tc, test_section_view_speaks_lengths_as_entered);
  tcase_add_test (tc, test_section_view_course_description_follows_the_day);
  tcase_add_test (tc, test_section_view_comparison_description);
  tcase_add_test (tc, test_section_view_needle_leaves_with_the_session);
  suite_add_tcase (s, tc);

  tc = tcase_create ("drawing");
  tcase_add_checked_fixture (tc, sd_test_gtk_init, NULL);
  tcase_add_test (tc, test_section_view_draws_in_a_window);
  tcase_add_test (tc, test_section_view_draws_needle_course_and_comparison);
  tcase_add_test (tc, test_section_view_pan_frames_match_a_fresh_paint);
  tcase_add_test (tc, test_section_view_pan_settles);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  /* Never initialise GTK here: Check forks per test (STYLE §5.9) */
  if (!sd_test_have_display ("test-section-view"))
    return 77;

  return sd_test_run_suite (section_view_suite ());
}
