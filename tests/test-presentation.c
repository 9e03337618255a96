/* test-presentation.c: presentation mode, its pen and the projector palette
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (run under xvfb-run); exits 77 ("skipped") without one.
 * GTK is initialised only inside Check's forked children (checked fixture),
 * never in the parent: see STYLE.md §5.9. Xvfb has no window manager, so a
 * fullscreen request is never granted there: the tests check that it is made
 * and taken back, not that the window changed size.
 */

#include "config.h"

#include <check.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sd-pen-layer.h"
#include "sd-presentation.h"
#include "sd-section-view-private.h"
#include "sd-tour.h"
#include "sd-window.h"
#include "sd-test-gtk.h"
#include "sd-test-home.h"

#include <adwaita.h>

static gpointer
child (gpointer    widget,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), SD_TYPE_WINDOW, name);

  ck_assert_msg (object != NULL, "template child %s is missing", name);
  return object;
}

static SdWindow *
show_window (void)
{
  SdWindow *window = sd_window_new (NULL);

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  sd_test_spin_main_loop ();
  return window;
}

static void
wait_for_frame (SdWindow *window)
{
  sd_test_spin_main_loop ();
  gtk_test_widget_wait_for_draw (sd_window_get_section_view (window));
  sd_test_spin_main_loop ();
}

static gboolean
present_state (SdWindow *window)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window),
                                                              "present");

  ck_assert_ptr_nonnull (state);
  ck_assert (g_variant_is_of_type (state, G_VARIANT_TYPE_BOOLEAN));
  return g_variant_get_boolean (state);
}

static gboolean
press_key (SdWindow        *window,
           guint            keyval,
           GdkModifierType  mods)
{
  g_autoptr(GtkShortcut) shortcut = sd_test_find_shortcut (GTK_WIDGET (window),
                                                           "sd-presentation-keys", keyval, mods);

  ck_assert_msg (shortcut != NULL, "no shortcut for %s", gdk_keyval_name (keyval));
  return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                       GTK_WIDGET (window), NULL);
}

static GtkEventController *
pen_gesture (GtkWidget *view)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (c), "sd-pen") == 0)
        return c;   /* the view keeps it */
    }
  ck_abort_msg ("the pen's gesture is not on the picture");
  return NULL;
}

/* The view's frame as the cairo renderer draws it, in 0xAARRGGBB pixels */
static guint32 *
render_frame (GtkWidget   *view,
              GskRenderer *renderer,
              int         *w,
              int         *h)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guint32 *pixels;

  *w = gtk_widget_get_width (view);
  *h = gtk_widget_get_height (view);
  pixels = g_new0 (guint32, (gsize)*w * *h);
  /* no hover highlight: the pointer is not ours on a shared display */
  _sd_section_view_set_hovered_layer (SD_SECTION_VIEW (view), -1);
  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  ck_assert_ptr_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, *w, *h));
  gdk_texture_download (texture, (guchar *)pixels, (gsize)*w * 4);
  return pixels;
}

/* How many pixels differ between @a and @b within @r px of (x, y) */
static guint
count_changed_near (const guint32 *a,
                    const guint32 *b,
                    int            w,
                    int            h,
                    double         x,
                    double         y,
                    int            r)
{
  guint n = 0;

  for (int j = MAX (0, (int)y - r); j <= MIN (h - 1, (int)y + r); j++)
    for (int i = MAX (0, (int)x - r); i <= MIN (w - 1, (int)x + r); i++)
      if (a[j * w + i] != b[j * w + i])
        n++;
  return n;
}

static double
brightness (guint32 argb)
{
  return (((argb >> 16) & 0xff) + ((argb >> 8) & 0xff) + (argb & 0xff)) / (3 * 255.0);
}

/* A short horizontal stroke centred on (x, y), in the view's pixels */
static void
draw_dash (SdPenLayer *pen,
           double      x,
           double      y)
{
  sd_pen_layer_begin_stroke (pen, x - 10, y);
  sd_pen_layer_extend_stroke (pen, x, y);
  sd_pen_layer_extend_stroke (pen, x + 10, y);
  sd_pen_layer_end_stroke (pen);
}

static void
to_pixels (GtkWidget *view,
           double     x_um,
           double     depth_um,
           double    *x,
           double    *y)
{
  SdSectionViewMapping m;

  ck_assert (sd_section_view_get_mapping (SD_SECTION_VIEW (view), &m));
  *x = m.x0 + (x_um - m.left_um) * m.px_per_um;
  *y = (depth_um - m.top_um) * m.px_per_um;
}

/*
 * Entering and leaving
 */

START_TEST (test_presentation_hides_and_restores_the_window)
{
  SdWindow *window = show_window ();
  SdPresentation *presentation = sd_window_get_presentation (window);
  GtkWidget *header = child (window, "header_bar");
  GtkWidget *chart = child (window, "course_chart");
  AdwFlap *flap = child (window, "flap");
  GtkWidget *bar = sd_presentation_get_bar (presentation);

  ck_assert (SD_IS_PRESENTATION (presentation));
  /* on the Treatment page, where the chart is shown */
  sd_window_set_sidebar_page (window, "treatment");
  ck_assert (gtk_widget_get_visible (chart));
  ck_assert (gtk_widget_get_visible (header));
  ck_assert (adw_flap_get_reveal_flap (flap));
  ck_assert (!gtk_widget_get_visible (bar));
  ck_assert (!present_state (window));
  ck_assert (!gtk_window_is_fullscreen (GTK_WINDOW (window)));

  /* the action, as the header's Present button and the menu use it */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  wait_for_frame (window);
  ck_assert (sd_presentation_get_active (presentation));
  ck_assert (present_state (window));
  ck_assert (!gtk_widget_get_visible (header));
  ck_assert (!gtk_widget_get_visible (chart));
  ck_assert (!adw_flap_get_reveal_flap (flap));
  ck_assert (!adw_flap_get_swipe_to_open (flap));
  ck_assert (gtk_widget_get_visible (bar));
  ck_assert (gtk_widget_get_mapped (bar));
  ck_assert (sd_presentation_get_fullscreen_requested (presentation));
  /* the bar floats over the picture */
  ck_assert_ptr_eq (gtk_widget_get_parent (bar),
                    gtk_widget_get_parent (sd_window_get_section_view (window)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  wait_for_frame (window);
  ck_assert (!sd_presentation_get_active (presentation));
  ck_assert (!present_state (window));
  ck_assert (gtk_widget_get_visible (header));
  ck_assert (gtk_widget_get_visible (chart));
  ck_assert (adw_flap_get_reveal_flap (flap));
  ck_assert (adw_flap_get_swipe_to_open (flap));
  ck_assert (!gtk_widget_get_visible (bar));
  ck_assert (!sd_presentation_get_fullscreen_requested (presentation));

  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

static void
spin_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

static gboolean
grab_first_button (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if ((GTK_IS_BUTTON (c) && gtk_widget_grab_focus (c)) || grab_first_button (c))
      return TRUE;
  return FALSE;
}

/* The bar fades out of the picture's way, and comes back for the keyboard */
START_TEST (test_presentation_bar_fades)
{
  SdWindow *window = show_window ();
  SdPresentation *presentation = sd_window_get_presentation (window);
  GtkRevealer *bar = GTK_REVEALER (sd_presentation_get_bar (presentation));

  sd_presentation_set_active (presentation, TRUE);
  wait_for_frame (window);
  ck_assert (gtk_revealer_get_reveal_child (bar));
  ck_assert (gtk_revealer_get_child_revealed (bar));

  /* (other tests' windows on the same display may move the pointer over ours) */
  for (guint i = 0; i < 10 && gtk_revealer_get_reveal_child (bar); i++)
    spin_for (SD_PRESENTATION_BAR_SECONDS * 1000);
  ck_assert (!gtk_revealer_get_reveal_child (bar));
  /* still there, for a pointer or a key to bring back */
  ck_assert (gtk_widget_get_visible (GTK_WIDGET (bar)));

  ck_assert (grab_first_button (GTK_WIDGET (bar)));
  ck_assert (gtk_revealer_get_reveal_child (bar));
  /* and it stays while the focus is in it */
  spin_for (SD_PRESENTATION_BAR_SECONDS * 1000 + 600);
  ck_assert (gtk_revealer_get_reveal_child (bar));

  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

static GtkWidget *
find_in_bar (GtkWidget  *widget,
             GType       type,
             const char *icon_name)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type)
          && (icon_name == NULL
              || (ADW_IS_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (c)))
                  && g_strcmp0 (adw_button_content_get_icon_name (
                                  ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (c)))),
                                icon_name) == 0)))
        return c;
      if ((found = find_in_bar (c, type, icon_name)) != NULL)
        return found;
    }
  return NULL;
}

/* The bar's site list, needle and Leave work on the window's picture */
START_TEST (test_presentation_bar_controls)
{
  SdWindow *window = show_window ();
  SdPresentation *presentation = sd_window_get_presentation (window);
  SdSection *section = sd_window_get_section (window);
  GtkWidget *view = sd_window_get_section_view (window);
  GtkWidget *bar = sd_presentation_get_bar (presentation);
  GtkWidget *site = find_in_bar (bar, GTK_TYPE_DROP_DOWN, NULL);
  GtkWidget *play = find_in_bar (bar, GTK_TYPE_BUTTON, "media-playback-start-symbolic");
  GtkWidget *pen = find_in_bar (bar, GTK_TYPE_TOGGLE_BUTTON, "document-edit-symbolic");
  GtkWidget *leave = find_in_bar (bar, GTK_TYPE_BUTTON, "view-restore-symbolic");

  ck_assert_ptr_nonnull (site);
  ck_assert_ptr_nonnull (play);
  ck_assert_ptr_nonnull (pen);
  ck_assert_ptr_nonnull (leave);
  sd_presentation_set_active (presentation, TRUE);

  /* the list shows the window's site, and chooses it */
  ck_assert_uint_eq (gtk_drop_down_get_selected (GTK_DROP_DOWN (site)),
                     (guint)sd_section_get_site (section));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (site), SD_SITE_PALM);
  ck_assert_int_eq (sd_section_get_site (section), SD_SITE_PALM);
  sd_section_set_site (section, SD_SITE_BACK);
  ck_assert_uint_eq (gtk_drop_down_get_selected (GTK_DROP_DOWN (site)), SD_SITE_BACK);

  /* Play Needle shows the needle at its depth (animations are off) */
  g_object_set (view, "show-needle", FALSE, "needle-progress", 0.0, NULL);
  g_signal_emit_by_name (play, "clicked");
  ck_assert (sd_section_view_get_show_needle (SD_SECTION_VIEW (view)));
  ck_assert_double_eq (sd_section_view_get_needle_progress (SD_SECTION_VIEW (view)), 1.0);

  /* the Pen button is the pen */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (pen), TRUE);
  ck_assert (sd_pen_layer_get_active (sd_presentation_get_pen (presentation)));
  sd_pen_layer_set_active (sd_presentation_get_pen (presentation), FALSE);
  ck_assert (!gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (pen)));

  /* a click on a colour, the chosen one too, chooses it and turns the pen on */
  {
    SdPenLayer *pen_layer = sd_presentation_get_pen (presentation);
    SdPenColor chosen = sd_pen_layer_get_color (pen_layer);
    GtkWidget *swatches[SD_PEN_N_COLORS] = { NULL, };
    GtkWidget *first = find_in_bar (bar, GTK_TYPE_DRAWING_AREA, NULL);
    guint n = 0;

    /* the colours: toggle buttons side by side, each drawn with a swatch */
    ck_assert_ptr_nonnull (first);
    for (GtkWidget *b = gtk_widget_get_first_child (gtk_widget_get_parent (
           gtk_widget_get_parent (first))); b != NULL; b = gtk_widget_get_next_sibling (b))
      {
        ck_assert (GTK_IS_TOGGLE_BUTTON (b));
        ck_assert_uint_lt (n, SD_PEN_N_COLORS);
        swatches[n++] = b;
      }
    ck_assert_uint_eq (n, SD_PEN_N_COLORS);

    g_signal_emit_by_name (swatches[chosen], "clicked");
    ck_assert (sd_pen_layer_get_active (pen_layer));
    ck_assert_int_eq (sd_pen_layer_get_color (pen_layer), chosen);
    sd_pen_layer_set_active (pen_layer, FALSE);
    g_signal_emit_by_name (swatches[SD_PEN_COLOR_GREEN], "clicked");
    ck_assert (sd_pen_layer_get_active (pen_layer));
    ck_assert_int_eq (sd_pen_layer_get_color (pen_layer), SD_PEN_COLOR_GREEN);
    ck_assert (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (swatches[SD_PEN_COLOR_GREEN])));
    ck_assert (!gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (swatches[chosen])));
  }

  g_signal_emit_by_name (leave, "clicked");
  ck_assert (!sd_presentation_get_active (presentation));

  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/* What was hidden before stays hidden after: the side panel closed, the header
 * bar hidden by something else. */
START_TEST (test_presentation_restores_what_was_before)
{
  SdWindow *window = show_window ();
  SdPresentation *presentation = sd_window_get_presentation (window);
  AdwFlap *flap = child (window, "flap");

  sd_window_set_sidebar_revealed (window, FALSE);
  sd_presentation_set_active (presentation, TRUE);
  sd_presentation_set_active (presentation, FALSE);
  ck_assert (!adw_flap_get_reveal_flap (flap));

  sd_window_set_sidebar_revealed (window, TRUE);
  sd_presentation_set_active (presentation, TRUE);
  ck_assert (!adw_flap_get_reveal_flap (flap));
  sd_presentation_set_active (presentation, FALSE);
  ck_assert (adw_flap_get_reveal_flap (flap));

  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/* The tour's card makes no room for itself while presenting: a running tour ends,
 * an offer of it is back afterwards. */
START_TEST (test_presentation_and_the_tour)
{
  SdWindow *window = show_window ();
  SdPresentation *presentation = sd_window_get_presentation (window);
  SdTour *tour = sd_window_get_tour (window);
  GtkWidget *card = sd_tour_get_card (tour);

  sd_window_offer_tour (window);
  ck_assert (gtk_widget_get_visible (card));
  sd_presentation_set_active (presentation, TRUE);
  ck_assert (!gtk_widget_get_visible (card));
  sd_presentation_set_active (presentation, FALSE);
  ck_assert (gtk_widget_get_visible (card));

  sd_tour_start (tour);
  ck_assert (sd_tour_get_running (tour));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  ck_assert (!sd_tour_get_running (tour));
  ck_assert (!gtk_widget_get_visible (card));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  ck_assert (!sd_tour_get_running (tour));
  ck_assert (!gtk_widget_get_visible (card));

  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

START_TEST (test_presentation_keys)
{
  SdWindow *window = show_window ();
  SdPresentation *presentation = sd_window_get_presentation (window);
  SdPenLayer *pen = sd_presentation_get_pen (presentation);

  /* Esc and Ctrl+Z are left to the rest of the window outside presentation mode */
  ck_assert (!press_key (window, GDK_KEY_Escape, 0));
  ck_assert (!press_key (window, GDK_KEY_z, GDK_CONTROL_MASK));
  ck_assert (!sd_presentation_get_active (presentation));

  ck_assert (press_key (window, GDK_KEY_F11, 0));
  ck_assert (sd_presentation_get_active (presentation));
  ck_assert (present_state (window));
  wait_for_frame (window);

  draw_dash (pen, 300, 200);
  draw_dash (pen, 300, 260);
  ck_assert_uint_eq (sd_pen_layer_get_n_strokes (pen), 2);
  ck_assert (press_key (window, GDK_KEY_z, GDK_CONTROL_MASK));
  ck_assert_uint_eq (sd_pen_layer_get_n_strokes (pen), 1);

  ck_assert (press_key (window, GDK_KEY_Escape, 0));
  ck_assert (!sd_presentation_get_active (presentation));
  ck_assert (!present_state (window));

  /* F11 toggles both ways */
  ck_assert (press_key (window, GDK_KEY_F11, 0));
  ck_assert (sd_presentation_get_active (presentation));
  ck_assert (press_key (window, GDK_KEY_F11, 0));
  ck_assert (!sd_presentation_get_active (presentation));

  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/* Larger text on the picture while presenting, scaled again by Large Text, which the
 * picture follows outside presentation too */
START_TEST (test_presentation_text_follows_large_text)
{
  SdWindow *window = show_window ();
  SdPresentation *presentation = sd_window_get_presentation (window);
  SdSectionView *view = SD_SECTION_VIEW (sd_window_get_section_view (window));
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (window));
  SdSectionViewMapping before, during;
  double normal, large;

  g_object_set (settings, "gtk-xft-dpi", 96 * 1024, NULL);
  ck_assert (sd_section_view_get_mapping (view, &before));
  ck_assert (sd_section_view_get_text_scale (view) == 1.0);

  sd_presentation_set_active (presentation, TRUE);
  wait_for_frame (window);
  normal = sd_section_view_get_text_scale (view);
  ck_assert (normal > 1.0);
  /* the ruler's column widens with its labels */
  ck_assert (sd_section_view_get_mapping (view, &during));
  ck_assert (during.x0 > before.x0);

  /* Large Text: 1.25 × 96 dpi */
  g_object_set (settings, "gtk-xft-dpi", 120 * 1024, NULL);
  large = sd_section_view_get_text_scale (view);
  ck_assert_double_eq_tol (large / normal, 1.25, 1e-6);

  /* Outside presentation the picture still follows Large Text, at the normal size */
  sd_presentation_set_active (presentation, FALSE);
  ck_assert_double_eq_tol (sd_section_view_get_text_scale (view), 1.25, 1e-6);
  g_object_set (settings, "gtk-xft-dpi", 96 * 1024, NULL);
  ck_assert (sd_section_view_get_text_scale (view) == 1.0);

  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/* The projector palette: a white background even in the dark style */
START_TEST (test_presentation_projector_palette)
{
  SdWindow *window;
  SdPresentation *presentation;
  GtkWidget *view;
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autofree guint32 *dark = NULL;
  g_autofree guint32 *light = NULL;
  g_autofree guint32 *after = NULL;
  int w, h;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  window = show_window ();
  presentation = sd_window_get_presentation (window);
  view = sd_window_get_section_view (window);
  ck_assert (gsk_renderer_realize (renderer, NULL, NULL));

  sd_presentation_set_active (presentation, TRUE);
  wait_for_frame (window);
  dark = render_frame (view, renderer, &w, &h);
  /* the top-left corner is background (above the ruler's first label) */
  ck_assert_msg (brightness (dark[2 * w + 2]) < 0.4, "background %08x", dark[2 * w + 2]);

  sd_presentation_set_projector (presentation, TRUE);
  ck_assert (sd_section_view_get_projector (SD_SECTION_VIEW (view)));
  wait_for_frame (window);
  light = render_frame (view, renderer, &w, &h);
  ck_assert_msg (brightness (light[2 * w + 2]) > 0.97, "background %08x", light[2 * w + 2]);

  /* leaving puts the window's own palette back; the choice is kept for next time */
  sd_presentation_set_active (presentation, FALSE);
  ck_assert (!sd_section_view_get_projector (SD_SECTION_VIEW (view)));
  wait_for_frame (window);
  after = render_frame (view, renderer, &w, &h);
  ck_assert (brightness (after[2 * w + 2]) < 0.4);
  sd_presentation_set_active (presentation, TRUE);
  ck_assert (sd_section_view_get_projector (SD_SECTION_VIEW (view)));

  gsk_renderer_unrealize (renderer);
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/*
 * The pen
 */

START_TEST (test_presentation_pen_strokes_undo_and_clear)
{
  SdWindow *window = show_window ();
  SdPresentation *presentation = sd_window_get_presentation (window);
  SdPenLayer *pen = sd_presentation_get_pen (presentation);
  GtkWidget *view = sd_window_get_section_view (window);
  GtkEventController *gesture = pen_gesture (view);
  guint notified = 0;
  double x_um, depth_um, x, y;

  g_signal_connect (pen, "notify::n-strokes", G_CALLBACK (sd_test_count_notify_cb), &notified);
  sd_presentation_set_active (presentation, TRUE);
  wait_for_frame (window);

  /* off: dragging pans the picture, the pen's gesture sees nothing */
  ck_assert (!sd_pen_layer_get_active (pen));
  ck_assert_int_eq (gtk_event_controller_get_propagation_phase (gesture), GTK_PHASE_NONE);
  sd_pen_layer_set_active (pen, TRUE);
  /* on: it takes presses before the picture's pan and click */
  ck_assert_int_eq (gtk_event_controller_get_propagation_phase (gesture), GTK_PHASE_CAPTURE);

  sd_pen_layer_set_color (pen, SD_PEN_COLOR_BLUE);
  sd_pen_layer_begin_stroke (pen, 200, 150);
  sd_pen_layer_extend_stroke (pen, 200.5, 150);   /* under a pixel and a half: not kept */
  sd_pen_layer_extend_stroke (pen, 260, 180);
  sd_pen_layer_extend_stroke (pen, 320, 240);
  sd_pen_layer_end_stroke (pen);
  ck_assert_uint_eq (sd_pen_layer_get_n_strokes (pen), 1);
  ck_assert_uint_eq (sd_pen_layer_get_stroke_length (pen, 0), 3);
  ck_assert_int_eq (sd_pen_layer_get_stroke_color (pen, 0), SD_PEN_COLOR_BLUE);

  /* the points are kept in tissue coordinates, which map back to where they were drawn */
  ck_assert (sd_pen_layer_get_point (pen, 0, 2, &x_um, &depth_um));
  ck_assert (depth_um > 0);
  to_pixels (view, x_um, depth_um, &x, &y);
  ck_assert_double_eq_tol (x, 320, 1e-6);
  ck_assert_double_eq_tol (y, 240, 1e-6);
  ck_assert (!sd_pen_layer_get_point (pen, 0, 3, NULL, NULL));
  ck_assert (!sd_pen_layer_get_point (pen, 1, 0, NULL, NULL));

  sd_pen_layer_set_color (pen, SD_PEN_COLOR_RED);
  draw_dash (pen, 400, 300);
  draw_dash (pen, 400, 340);
  ck_assert_uint_eq (sd_pen_layer_get_n_strokes (pen), 3);
  ck_assert_int_eq (sd_pen_layer_get_stroke_color (pen, 2), SD_PEN_COLOR_RED);
  ck_assert_int_eq (sd_pen_layer_get_stroke_color (pen, 0), SD_PEN_COLOR_BLUE);

  /* undo takes the last stroke only */
  sd_pen_layer_undo (pen);
  ck_assert_uint_eq (sd_pen_layer_get_n_strokes (pen), 2);
  ck_assert (sd_pen_layer_get_point (pen, 0, 2, &x, NULL));
  ck_assert_double_eq (x, x_um);

  sd_pen_layer_clear (pen);
  ck_assert_uint_eq (sd_pen_layer_get_n_strokes (pen), 0);
  sd_pen_layer_undo (pen);   /* nothing left to undo: nothing happens */
  ck_assert_uint_eq (sd_pen_layer_get_n_strokes (pen), 0);
  /* one notification per begun stroke, undo and clear */
  ck_assert_uint_eq (notified, 3 + 1 + 1);

  /* the gesture's own signals, as a drag with a mouse, finger or stylus sends them */
  g_signal_emit_by_name (gesture, "drag-begin", 250.0, 200.0);
  g_signal_emit_by_name (gesture, "drag-update", 40.0, 0.0);
  g_signal_emit_by_name (gesture, "drag-update", 80.0, 30.0);
  g_signal_emit_by_name (gesture, "drag-end", 80.0, 30.0);
  ck_assert_uint_eq (sd_pen_layer_get_n_strokes (pen), 1);
  ck_assert_uint_eq (sd_pen_layer_get_stroke_length (pen, 0), 3);
  ck_assert (sd_pen_layer_get_point (pen, 0, 2, &x_um, &depth_um));
  to_pixels (view, x_um, depth_um, &x, &y);
  ck_assert_double_eq_tol (x, 330, 1e-6);
  ck_assert_double_eq_tol (y, 230, 1e-6);
  /* after the end, further updates draw nothing */
  g_signal_emit_by_name (gesture, "drag-update", 120.0, 60.0);
  ck_assert_uint_eq (sd_pen_layer_get_stroke_length (pen, 0), 3);
  sd_pen_layer_clear (pen);

  /* the pen off: the picture's own drag pans again */
  sd_pen_layer_set_active (pen, FALSE);
  ck_assert_int_eq (gtk_event_controller_get_propagation_phase (gesture), GTK_PHASE_NONE);

  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/* A zoom about a point keeps that point still and doubles every distance from it
 * (at twice the zoom): a stroke drawn elsewhere moves there on screen, and stays
 * where it was on the tissue. */
START_TEST (test_presentation_strokes_stay_on_the_tissue)
{
  SdWindow *window = show_window ();
  SdPresentation *presentation = sd_window_get_presentation (window);
  SdPenLayer *pen = sd_presentation_get_pen (presentation);
  GtkWidget *view = sd_window_get_section_view (window);
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autofree guint32 *plain1 = NULL, *inked1 = NULL, *plain2 = NULL, *inked2 = NULL;
  double ax, ay, px, py, x_um, depth_um, x_um2, depth_um2, nx, ny, old_zoom;
  int w, h;

  ck_assert (gsk_renderer_realize (renderer, NULL, NULL));
  sd_presentation_set_active (presentation, TRUE);
  sd_pen_layer_set_active (pen, TRUE);
  wait_for_frame (window);
  w = gtk_widget_get_width (view);
  h = gtk_widget_get_height (view);
  ax = w * 0.45;
  ay = h * 0.5;
  px = ax + 60;
  py = ay + 50;
  old_zoom = sd_section_view_get_zoom (SD_SECTION_VIEW (view));

  plain1 = render_frame (view, renderer, &w, &h);
  draw_dash (pen, px, py);
  inked1 = render_frame (view, renderer, &w, &h);
  ck_assert_uint_gt (count_changed_near (plain1, inked1, w, h, px, py, 4), 20);
  ck_assert_uint_eq (count_changed_near (plain1, inked1, w, h, ax + 120, ay + 100, 4), 0);
  ck_assert (sd_pen_layer_get_point (pen, 0, 1, &x_um, &depth_um));

  _sd_section_view_zoom_to (SD_SECTION_VIEW (view), old_zoom * 2, ax, ay, FALSE);
  wait_for_frame (window);
  ck_assert_double_eq_tol (sd_section_view_get_zoom (SD_SECTION_VIEW (view)), old_zoom * 2, 1e-9);

  /* the tissue position has not changed, the pixel position has */
  ck_assert (sd_pen_layer_get_point (pen, 0, 1, &x_um2, &depth_um2));
  ck_assert_double_eq (x_um2, x_um);
  ck_assert_double_eq (depth_um2, depth_um);
  to_pixels (view, x_um, depth_um, &nx, &ny);
  ck_assert_double_eq_tol (nx, ax + 2 * (px - ax), 0.5);
  ck_assert_double_eq_tol (ny, ay + 2 * (py - ay), 0.5);

  /* and the stroke is drawn there, not where it was */
  inked2 = render_frame (view, renderer, &w, &h);
  sd_pen_layer_clear (pen);
  plain2 = render_frame (view, renderer, &w, &h);
  ck_assert_uint_gt (count_changed_near (plain2, inked2, w, h, ax + 120, ay + 100, 4), 20);
  ck_assert_uint_eq (count_changed_near (plain2, inked2, w, h, px, py, 4), 0);

  gsk_renderer_unrealize (renderer);
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

START_TEST (test_presentation_strokes_go_when_leaving)
{
  SdWindow *window = show_window ();
  SdPresentation *presentation = sd_window_get_presentation (window);
  SdPenLayer *pen = sd_presentation_get_pen (presentation);
  GtkWidget *view = sd_window_get_section_view (window);
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autofree guint32 *before = NULL, *after = NULL;
  int w, h;

  ck_assert (gsk_renderer_realize (renderer, NULL, NULL));
  before = render_frame (view, renderer, &w, &h);

  sd_presentation_set_active (presentation, TRUE);
  sd_pen_layer_set_active (pen, TRUE);
  wait_for_frame (window);
  draw_dash (pen, 300, 200);
  draw_dash (pen, 320, 260);
  ck_assert_uint_eq (sd_pen_layer_get_n_strokes (pen), 2);

  sd_presentation_set_active (presentation, FALSE);
  wait_for_frame (window);
  ck_assert_uint_eq (sd_pen_layer_get_n_strokes (pen), 0);
  ck_assert (!sd_pen_layer_get_active (pen));
  ck_assert_int_eq (gtk_event_controller_get_propagation_phase (pen_gesture (view)),
                    GTK_PHASE_NONE);
  /* the picture is as it was before presenting */
  after = render_frame (view, renderer, &w, &h);
  ck_assert_uint_eq (count_changed_near (before, after, w, h, 300, 200, 12), 0);
  ck_assert_uint_eq (count_changed_near (before, after, w, h, 320, 260, 12), 0);

  /* and presenting again starts with none */
  sd_presentation_set_active (presentation, TRUE);
  ck_assert_uint_eq (sd_pen_layer_get_n_strokes (pen), 0);

  /* closing the window while presenting, strokes and all, is clean */
  draw_dash (pen, 300, 200);
  gsk_renderer_unrealize (renderer);
  gtk_window_destroy (GTK_WINDOW (window));
  sd_test_spin_main_loop ();
}
END_TEST

/*
 * Nothing written
 */

static char *home;

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
      const char *name;

      while (d != NULL && (name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *child_path = g_build_filename (path, name, NULL);

          remove_tree (child_path);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/* Before GTK and GSettings start: private folders and the keyfile backend. */
static void
setup_private_home (void)
{
  home = sd_test_make_private_home ("sd-presentation-XXXXXX");
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  sd_test_gtk_init ();
}

static void
teardown_private_home (void)
{
  remove_tree (home);
  g_clear_pointer (&home, g_free);
}

START_TEST (test_presentation_writes_nothing)
{
  /* what the schema documents as remembered (test-privacy.c), and nothing else */
  const char *allowed_keys[] = { "window-width", "window-height", "window-maximized", "site",
                                 NULL };
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  SdWindow *window = show_window ();
  SdPresentation *presentation = sd_window_get_presentation (window);
  SdPenLayer *pen = sd_presentation_get_pen (presentation);

  /* a whole presentation: the pen in two colours, the projector, undo, leave */
  sd_presentation_set_active (presentation, TRUE);
  wait_for_frame (window);
  sd_pen_layer_set_active (pen, TRUE);
  draw_dash (pen, 300, 200);
  sd_pen_layer_set_color (pen, SD_PEN_COLOR_GREEN);
  draw_dash (pen, 340, 260);
  sd_presentation_set_projector (presentation, TRUE);
  wait_for_frame (window);
  sd_pen_layer_undo (pen);
  sd_presentation_set_active (presentation, FALSE);
  wait_for_frame (window);
  gtk_window_destroy (GTK_WINDOW (window));
  sd_test_spin_main_loop ();
  g_settings_sync ();

  sd_test_collect_files (home, files);
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = files->pdata[i];
      g_autofree char *contents = NULL;
      gsize len = 0;

      /* caches of the system's fonts and of the GL driver's shaders are not ours */
      if (strstr (path, "/fontconfig/") != NULL || strstr (path, "/mesa_shader_cache") != NULL)
        continue;
      ck_assert_msg (g_file_get_contents (path, &contents, &len, NULL), "%s unreadable", path);
      ck_assert_msg (g_str_has_suffix (path, "glib-2.0/settings/keyfile"),
                     "unexpected file %s", path);
      {
        g_autoptr(GKeyFile) keyfile = g_key_file_new ();
        g_auto(GStrv) groups = NULL;

        ck_assert (g_key_file_load_from_data (keyfile, contents, len, G_KEY_FILE_NONE, NULL));
        groups = g_key_file_get_groups (keyfile, NULL);
        for (guint g = 0; groups[g] != NULL; g++)
          {
            g_auto(GStrv) keys = g_key_file_get_keys (keyfile, groups[g], NULL, NULL);

            for (guint k = 0; keys[k] != NULL; k++)
              ck_assert_msg (g_strv_contains ((const char * const *)allowed_keys, keys[k]),
                             "key %s written in [%s]", keys[k], groups[g]);
          }
      }
    }
}
END_TEST

int
main (void)
{
  Suite *suite;
  TCase *tcase;

  if (!sd_test_have_display ("test-presentation"))
    return 77;

  suite = suite_create ("presentation");

  tcase = tcase_create ("mode");
  tcase_add_checked_fixture (tcase, sd_test_gtk_init, NULL);
  tcase_set_timeout (tcase, 60);
  tcase_add_test (tcase, test_presentation_hides_and_restores_the_window);
  tcase_add_test (tcase, test_presentation_restores_what_was_before);
  tcase_add_test (tcase, test_presentation_keys);
  tcase_add_test (tcase, test_presentation_and_the_tour);
  tcase_add_test (tcase, test_presentation_bar_fades);
  tcase_add_test (tcase, test_presentation_bar_controls);
  tcase_add_test (tcase, test_presentation_text_follows_large_text);
  tcase_add_test (tcase, test_presentation_projector_palette);
  suite_add_tcase (suite, tcase);

  tcase = tcase_create ("pen");
  tcase_add_checked_fixture (tcase, sd_test_gtk_init, NULL);
  tcase_set_timeout (tcase, 60);
  tcase_add_test (tcase, test_presentation_pen_strokes_undo_and_clear);
  tcase_add_test (tcase, test_presentation_strokes_stay_on_the_tissue);
  tcase_add_test (tcase, test_presentation_strokes_go_when_leaving);
  suite_add_tcase (suite, tcase);

  tcase = tcase_create ("privacy");
  tcase_add_checked_fixture (tcase, setup_private_home, teardown_private_home);
  tcase_set_timeout (tcase, 120);
  tcase_add_test (tcase, test_presentation_writes_nothing);
  suite_add_tcase (suite, tcase);

  return sd_test_run_suite (suite);
}
