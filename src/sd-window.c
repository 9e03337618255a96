/* sd-window.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-window"

#include "config.h"

#include "sd-window.h"
#include "sd-window-export.h"
#include "sd-ageing-page.h"
#include "sd-course-chart.h"
#include "sd-handout-dialog.h"
#include "sd-layer-list.h"
#include "sd-painter.h"
#include "sd-presentation.h"
#include "sd-quiz-page.h"
#include "sd-scroll-guard.h"
#include "sd-section-view.h"
#include "sd-timeline-bar.h"
#include "sd-tour.h"
#include "sd-treatment-panel.h"

#include <glib/gi18n.h>

typedef struct _SdWindowState SdWindowState;

struct _SdWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwFlap           *flap;
  GtkWidget         *header_bar;
  GtkOverlay        *picture_overlay;
  AdwWindowTitle    *window_title;
  GtkScrolledWindow *sidebar;
  AdwComboRow       *site_row;
  AdwComboRow       *sex_row;
  GtkAdjustment     *age_adjustment;
  SdLayerList       *layer_list;
  SdSectionView     *section_view;
  GtkBox            *treatment_page;
  SdTreatmentPanel  *treatment_panel;   /* built on first use */
  GtkBox            *ageing_page;       /* the Ageing page's box; its content built on first use */
  SdCourseChart     *course_chart;
  SdTimelineBar     *timeline_bar;
  GtkWidget         *content_box;
  GtkStack          *sidebar_stack;
  SdQuizPage        *quiz_page;
  AdwToastOverlay   *toast_overlay;     /* around the window's content, made in init */

  /* Owned references */
  SdSection         *section;
  SdTreatment       *treatment;
  GSettings         *settings;
  SdTour            *tour;
  SdPresentation    *presentation;

  /* State */
  SdWindowState     *before_reset;      /* what Reset All took away, until its toast goes */
  AdwToast          *reset_toast;       /* (unowned) the toast offering Undo */
  guint              reveal_tick;
  guint              reveal_frames;
  guint              mapped_once : 1;
};

G_DEFINE_FINAL_TYPE (SdWindow, sd_window, ADW_TYPE_APPLICATION_WINDOW)

/* Everything Reset All puts back, kept for its Undo (in memory only, like the rest). */
struct _SdWindowState
{
  SdCourseParams  params;
  guint           day;
  double          zoom;
  int             selected_layer;
  gboolean        comparison;
  gboolean        show_needle;
  double          needle_progress;
  SdTimelineSpeed speed;
};

/*
 * Auxiliary methods
 */

static void
update_title (SdWindow *self)
{
  SdSite site = sd_section_get_site (self->section);

  adw_window_title_set_subtitle (self->window_title, _(sd_site_get_name (site)));
}

static GtkStringList *
create_site_model (void)
{
  GtkStringList *model = gtk_string_list_new (NULL);

  for (guint site = 0; site < SD_N_SITES; site++)
    gtk_string_list_append (model, _(sd_site_get_name (site)));

  return model;
}

static gboolean
site_get_mapping (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  SdSite site;

  if (!sd_site_from_id (g_variant_get_string (variant, NULL), &site, NULL))
    return FALSE;

  g_value_set_int (value, site);
  return TRUE;
}

static GVariant *
site_set_mapping (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  int site = g_value_get_int (value);

  if (site < 0 || site >= SD_N_SITES)
    return NULL;

  return g_variant_new_string (sd_site_to_id (site));
}

static gboolean
depth_unit_get_mapping (GValue   *value,
                        GVariant *variant,
                        gpointer  user_data)
{
  g_value_set_boolean (value,
                       g_strcmp0 (g_variant_get_string (variant, NULL), "millimetres") == 0);
  return TRUE;
}

static GVariant *
depth_unit_set_mapping (const GValue       *value,
                        const GVariantType *expected_type,
                        gpointer            user_data)
{
  return g_variant_new_string (g_value_get_boolean (value) ? "millimetres" : "micrometres");
}

/* Scrolls the side panel so that the selected layer's details are in view: they
 * sit below the list and would otherwise change out of sight. Runs from a tick
 * callback, one frame after the selection, once the new text has been laid out. */
static gboolean
reveal_details_tick_cb (GtkWidget     *widget,
                        GdkFrameClock *frame_clock,
                        gpointer       user_data)
{
  SdWindow *self = SD_WINDOW (widget);
  GtkWidget *details = sd_layer_list_get_details (self->layer_list);
  GtkWidget *content = gtk_scrolled_window_get_child (self->sidebar);
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->sidebar);
  graphene_rect_t bounds;
  double value, page, top, bottom;

  if (++self->reveal_frames < 2)
    return G_SOURCE_CONTINUE;

  self->reveal_tick = 0;

  if (content == NULL || !gtk_widget_compute_bounds (details, content, &bounds))
    return G_SOURCE_REMOVE;

  value = gtk_adjustment_get_value (vadjustment);
  page = gtk_adjustment_get_page_size (vadjustment);
  top = bounds.origin.y - 12;
  bottom = bounds.origin.y + bounds.size.height + 12;

  if (bottom > value + page)
    value = bottom - page;
  if (top < value)
    value = top;

  gtk_adjustment_set_value (vadjustment, value);

  return G_SOURCE_REMOVE;
}

static void
reveal_details (SdWindow *self)
{
  self->reveal_frames = 0;
  if (self->reveal_tick == 0)
    self->reveal_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self),
                                                      reveal_details_tick_cb, NULL, NULL);
}

static void
update_zoom_actions (SdWindow *self)
{
  double zoom = sd_section_view_get_zoom (self->section_view);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", zoom < SD_PAINT_ZOOM_MAX);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", zoom > SD_PAINT_ZOOM_MIN);
}

/*
 * Signal callbacks
 */

static void
on_section_view_zoom_changed_cb (SdWindow      *self,
                                 GParamSpec    *pspec,
                                 SdSectionView *view)
{
  g_assert (SD_IS_WINDOW (self));

  update_zoom_actions (self);
}

static void
on_layer_list_selected_layer_cb (SdWindow    *self,
                                 GParamSpec  *pspec,
                                 SdLayerList *list)
{
  g_assert (SD_IS_WINDOW (self));

  if (sd_layer_list_get_selected_layer (list) >= 0)
    reveal_details (self);
}

static void
on_section_site_changed_cb (SdWindow   *self,
                            GParamSpec *pspec,
                            SdSection  *section)
{
  g_assert (SD_IS_WINDOW (self));

  g_signal_connect_object (self->section_view, "notify::zoom",
                           G_CALLBACK (on_section_view_zoom_changed_cb), self, G_CONNECT_SWAPPED);
  update_title (self);
  update_zoom_actions (self);
}

static void
on_section_view_layer_activated_cb (SdWindow      *self,
                                    int            layer,
                                    SdSectionView *view)
{
  g_assert (SD_IS_WINDOW (self));

  /* Double-click or Enter on a layer: make sure its details are on screen. */
  adw_flap_set_reveal_flap (self->flap, TRUE);
  reveal_details (self);
}

/* The Treatment page is built when it is first shown: nobody sees it at start-up,
 * and building it there would delay the first frame. */
static void
ensure_treatment_panel (SdWindow *self)
{
  if (self->treatment_panel != NULL)
    return;

  self->treatment_panel = g_object_new (SD_TYPE_TREATMENT_PANEL, "vexpand", TRUE, NULL);
  sd_treatment_panel_set_treatment (self->treatment_panel, self->treatment);
  sd_treatment_panel_set_section_view (self->treatment_panel, GTK_WIDGET (self->section_view));
  gtk_box_append (self->treatment_page, GTK_WIDGET (self->treatment_panel));
  sd_scroll_guard_attach (GTK_WIDGET (self->treatment_panel));
}

/* The Ageing page, like the Treatment page, is built when it is first shown. */
static void
ensure_ageing_page (SdWindow *self)
{
  GtkWidget *page;

  if (gtk_widget_get_first_child (GTK_WIDGET (self->ageing_page)) != NULL)
    return;
  page = sd_ageing_page_new (self->treatment);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (self->ageing_page, page);
  sd_scroll_guard_attach (page);
}

static void
on_sidebar_page_cb (SdWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->sidebar_stack), "ageing") == 0)
    ensure_ageing_page (self);
}

static void
update_show_course (SdWindow *self)
{
  /* A student exploring the layers sees plain anatomy; the healing response is drawn
   * while the Treatment page is open, or once the timeline has left the first day. */
  const char *page = gtk_stack_get_visible_child_name (self->sidebar_stack);
  gboolean show = g_strcmp0 (page, "treatment") == 0 || sd_treatment_get_day (self->treatment) > 0;

  if (g_strcmp0 (page, "treatment") == 0)
    ensure_treatment_panel (self);

  sd_section_view_set_show_course (self->section_view, show);
  /* …and so do the chart and the timeline: a student on the Skin page sees anatomy, not a
   * timeline saying "Inflammation" before any treatment was chosen. */
  gtk_widget_set_visible (GTK_WIDGET (self->timeline_bar), show);
  /* presenting keeps the chart hidden; leaving it comes back here */
  if (self->presentation == NULL || !sd_presentation_get_active (self->presentation))
    gtk_widget_set_visible (GTK_WIDGET (self->course_chart), show);
}

static void
on_treatment_changed_cb (SdWindow    *self,
                         SdTreatment *treatment)
{
  g_autoptr(GError) error = NULL;
  SdCourseParams params;

  g_assert (SD_IS_WINDOW (self));

  /* The chart runs its own treated, untreated and range courses from the plan. */
  sd_treatment_get_params (treatment, &params);
  if (!sd_course_chart_set_params (self->course_chart, &params, &error))
    g_warning ("Failed to chart the course: %s", error->message);
}

static SdWindowState *
save_state (SdWindow *self)
{
  SdWindowState *state = g_new0 (SdWindowState, 1);

  sd_treatment_get_params (self->treatment, &state->params);
  state->day = sd_treatment_get_day (self->treatment);
  state->zoom = sd_section_view_get_zoom (self->section_view);
  state->selected_layer = sd_section_view_get_selected_layer (self->section_view);
  state->comparison = sd_section_view_get_comparison (self->section_view);
  state->show_needle = sd_section_view_get_show_needle (self->section_view);
  state->needle_progress = sd_section_view_get_needle_progress (self->section_view);
  state->speed = sd_timeline_bar_get_speed (self->timeline_bar);
  return state;
}

static void
restore_state (SdWindow            *self,
               const SdWindowState *state)
{
  const SdCourseParams *p = &state->params;

  sd_section_set_site (self->section, p->site);
  sd_section_set_age (self->section, p->age_years);
  sd_section_set_sex (self->section, p->sex);
  sd_section_set_device (self->section, p->device);
  sd_section_set_length_mm (self->section, p->length_mm);
  sd_treatment_set_sessions (self->treatment, p->sessions);
  sd_treatment_set_interval_weeks (self->treatment, p->interval_weeks);
  sd_treatment_set_weeks (self->treatment, p->weeks);
  sd_treatment_set_uv (self->treatment, p->uv);
  sd_treatment_set_smoking (self->treatment, p->smoking);
  sd_treatment_set_alcohol (self->treatment, p->alcohol);
  sd_treatment_set_pollution (self->treatment, p->pollution);
  sd_treatment_set_diet (self->treatment, p->diet);
  sd_treatment_set_day (self->treatment, state->day);
  sd_timeline_bar_set_speed (self->timeline_bar, state->speed);
  sd_section_view_set_zoom (self->section_view, state->zoom);
  sd_section_view_set_selected_layer (self->section_view, state->selected_layer);
  sd_section_view_set_comparison (self->section_view, state->comparison);
  sd_section_view_set_show_needle (self->section_view, state->show_needle);
  sd_section_view_set_needle_progress (self->section_view, state->needle_progress);
}

static void
on_reset_toast_dismissed_cb (SdWindow *self,
                             AdwToast *toast)
{
  if (self->reset_toast != toast)
    return;
  self->reset_toast = NULL;
  g_clear_pointer (&self->before_reset, g_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-reset", FALSE);
}

static void
on_timeline_bar_resetting_cb (SdWindow      *self,
                              SdTimelineBar *bar)
{
  g_assert (SD_IS_WINDOW (self));

  /* A second Reset All while the first's toast is up: Undo brings back what the
   * user had before either. */
  if (self->before_reset == NULL)
    self->before_reset = save_state (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-reset", TRUE);
}

static void
on_timeline_bar_reset_all_cb (SdWindow      *self,
                              SdTimelineBar *bar)
{
  AdwToast *toast;

  g_assert (SD_IS_WINDOW (self));

  /* The bar reset the treatment, the section and itself; the rest is the picture's. */
  sd_section_view_set_zoom (self->section_view, 1.0);
  sd_section_view_set_selected_layer (self->section_view, -1);
  g_object_set (self->section_view, "comparison", FALSE, NULL);
  gtk_widget_activate_action (GTK_WIDGET (self->section_view), "section.reset-needle", NULL);
  /* Back to how the picture starts: no needle drawn until asked for. */
  g_object_set (self->section_view, "show-needle", FALSE, "needle-progress", 1.0, NULL);

  /* One slip must not throw a consultation away. A toast still shown from an earlier
   * Reset All already offers the Undo (of both: what was kept is from before the
   * first); dismissing it to show another upsets libadwaita 1.2's animations. */
  if (self->reset_toast != NULL)
    return;
  toast = adw_toast_new (_("Everything was reset"));
  adw_toast_set_button_label (toast, _("Undo"));
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_action_name (toast, "win.undo-reset");
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_reset_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  self->reset_toast = toast;
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Presenting hides the tour's card: a running tour ends first (and puts back its
 * picture); an offer of the tour comes back on leaving */
static void
on_presentation_active_cb (SdWindow       *self,
                           GParamSpec     *pspec,
                           SdPresentation *presentation)
{
  gboolean active = sd_presentation_get_active (presentation);

  g_assert (SD_IS_WINDOW (self));

  if (active && sd_tour_get_running (self->tour))
    sd_tour_stop (self->tour);   /* its notify::running updates the tour's actions */
  gtk_widget_set_visible (sd_tour_get_card (self->tour),
                          !active && sd_tour_get_card_shown (self->tour));
  if (!active)
    update_show_course (self);
}

/*
 * Actions
 */

static void
forward_to_section_view (SdWindow   *self,
                         const char *action_name)
{
  gtk_widget_activate_action (GTK_WIDGET (self->section_view), action_name, NULL);
}

static void
sd_window_zoom_in_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  forward_to_section_view (SD_WINDOW (widget), "section.zoom-in");
}

static void
sd_window_zoom_out_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  forward_to_section_view (SD_WINDOW (widget), "section.zoom-out");
}

static void
sd_window_zoom_reset_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  forward_to_section_view (SD_WINDOW (widget), "section.zoom-reset");
}

static void
sd_window_toggle_sidebar_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  SdWindow *self = SD_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
update_tour_actions (SdWindow *self)
{
  gboolean shown = self->tour != NULL && sd_tour_get_card_shown (self->tour);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.tour-next", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.tour-previous", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.tour-stop", shown);
}

static void
sd_window_tour_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SdWindow *self = SD_WINDOW (widget);

  if (g_str_equal (action_name, "win.tour-start"))
    sd_tour_start (self->tour);
  else if (g_str_equal (action_name, "win.tour-next"))
    sd_tour_next (self->tour);
  else if (g_str_equal (action_name, "win.tour-previous"))
    sd_tour_previous (self->tour);
  else
    sd_tour_stop (self->tour);

  update_tour_actions (self);
}

static void
sd_window_show_page_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SdWindow *self = (SdWindow *)widget;
  const char *page = g_variant_get_string (parameter, NULL);

  if (gtk_stack_get_child_by_name (self->sidebar_stack, page) == NULL)
    return;
  adw_flap_set_reveal_flap (self->flap, TRUE);
  gtk_stack_set_visible_child_name (self->sidebar_stack, page);
}

static void
sd_window_undo_reset_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  SdWindow *self = (SdWindow *)widget;
  g_autofree SdWindowState *state = g_steal_pointer (&self->before_reset);

  gtk_widget_action_set_enabled (widget, "win.undo-reset", FALSE);
  if (state == NULL)
    return;
  /* The toast's button dismisses it; from anywhere else it goes at its timeout, its
   * button now insensitive with the action. */
  restore_state (self, state);
}

static void
sd_window_handout_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SdWindow *self = (SdWindow *)widget;
  SdHandoutDialog *dialog = sd_handout_dialog_new (GTK_WINDOW (self), self->treatment);

  sd_handout_dialog_set_save_first (dialog, g_str_equal (action_name, "win.save-handout"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * GtkWidget overrides
 */

static void
sd_window_map (GtkWidget *widget)
{
  SdWindow *self = (SdWindow *)widget;

  GTK_WIDGET_CLASS (sd_window_parent_class)->map (widget);

  if (self->mapped_once)
    return;
  self->mapped_once = TRUE;

  /* Start with the picture focused, so that the arrow keys walk the layers at once
   * (GtkWindow would otherwise focus the first button of the header bar). */
  gtk_widget_grab_focus (GTK_WIDGET (self->section_view));
}

/*
 * GObject overrides
 */

static void
sd_window_dispose (GObject *object)
{
  SdWindow *self = (SdWindow *)object;

  if (self->reveal_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->reveal_tick);
      self->reveal_tick = 0;
    }

  if (self->presentation != NULL)
    g_object_run_dispose (G_OBJECT (self->presentation));
  g_clear_object (&self->presentation);
  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_WINDOW);

  g_clear_pointer (&self->before_reset, g_free);
  g_clear_object (&self->tour);
  g_clear_object (&self->settings);
  g_clear_object (&self->treatment);
  g_clear_object (&self->section);

  G_OBJECT_CLASS (sd_window_parent_class)->dispose (object);
}

static void
sd_window_class_init (SdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_window_dispose;

  widget_class->map = sd_window_map;

  g_type_ensure (SD_TYPE_LAYER_LIST);
  g_type_ensure (SD_TYPE_SECTION_VIEW);
  g_type_ensure (SD_TYPE_COURSE_CHART);
  g_type_ensure (SD_TYPE_TIMELINE_BAR);
  g_type_ensure (SD_TYPE_TREATMENT_PANEL);
  g_type_ensure (SD_TYPE_QUIZ_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/sd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SdWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, picture_overlay);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, site_row);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, sex_row);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, age_adjustment);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, layer_list);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, section_view);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, treatment_page);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, course_chart);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, timeline_bar);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, quiz_page);

  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, sd_window_zoom_in_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, sd_window_zoom_out_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL,
                                   sd_window_zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL,
                                   sd_window_toggle_sidebar_action);
  _sd_window_export_class_init (widget_class);   /* win.export-picture, win.export-chart */

  /* The guided tour; its keys work only while its card is shown (sd-tour.c). */
  gtk_widget_class_install_action (widget_class, "win.tour-start", NULL, sd_window_tour_action);
  gtk_widget_class_install_action (widget_class, "win.tour-next", NULL, sd_window_tour_action);
  gtk_widget_class_install_action (widget_class, "win.tour-previous", NULL,
                                   sd_window_tour_action);
  gtk_widget_class_install_action (widget_class, "win.tour-stop", NULL, sd_window_tour_action);

  /* The side panel's pages: Alt+1 to Alt+4, as tabs in other GNOME apps */
  gtk_widget_class_install_action (widget_class, "win.show-page", "s",
                                   sd_window_show_page_action);
  {
    static const char *pages[] = { "skin", "treatment", "quiz", "ageing" };

    for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                           "win.show-page", "s", pages[i]);
  }

  /* Reset All's Undo, offered by its toast */
  gtk_widget_class_install_action (widget_class, "win.undo-reset", NULL,
                                   sd_window_undo_reset_action);

  /* The patient's handout: both open its dialog, which asks for the date and a note. */
  gtk_widget_class_install_action (widget_class, "win.print-handout", NULL,
                                   sd_window_handout_action);
  gtk_widget_class_install_action (widget_class, "win.save-handout", NULL,
                                   sd_window_handout_action);

  /* Also when the window is used without an application (tests). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print-handout", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "win.save-handout", NULL);
}

static void
sd_window_init (SdWindow *self)
{
  g_autoptr(GtkStringList) site_model = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Toasts (Reset All's Undo, "Handout saved") over everything the template holds. */
  {
    g_autoptr(GtkWidget) content = g_object_ref (adw_application_window_get_content (ADW_APPLICATION_WINDOW (self)));

    self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
    adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), NULL);
    adw_toast_overlay_set_child (self->toast_overlay, content);
    adw_application_window_set_content (ADW_APPLICATION_WINDOW (self),
                                        GTK_WIDGET (self->toast_overlay));
  }

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  /* A wheel over the age slider scrolls the panel unless the slider has the focus. */
  sd_scroll_guard_attach (GTK_WIDGET (self->sidebar));

  site_model = create_site_model ();
  adw_combo_row_set_model (self->site_row, G_LIST_MODEL (site_model));

  /* The model, shared by the picture and the list. Age and sex start from the
   * model's defaults every time: they describe a person and are never saved. */
  self->section = sd_section_new ();
  g_object_set (self->section_view, "section", self->section, NULL);
  sd_layer_list_set_section (self->layer_list, self->section);

  /* The treatment plan and its courses, shown by the picture, the chart, the
   * timeline and the Treatment page. Like age and sex, never saved. */
  self->treatment = sd_treatment_new (self->section);
  g_object_set (self->section_view, "treatment", self->treatment, NULL);
  g_signal_connect_object (self->sidebar_stack, "notify::visible-child-name",
                           G_CALLBACK (update_show_course), self, G_CONNECT_SWAPPED);
  /* The Ageing page: a third page of the side panel */
  self->ageing_page = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  gtk_widget_set_vexpand (GTK_WIDGET (self->ageing_page), TRUE);
  gtk_stack_add_titled (self->sidebar_stack, GTK_WIDGET (self->ageing_page), "ageing",
                        _("Ageing"));
  g_signal_connect_object (self->sidebar_stack, "notify::visible-child-name",
                           G_CALLBACK (on_sidebar_page_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->treatment, "notify::day",
                           G_CALLBACK (update_show_course), self, G_CONNECT_SWAPPED);
  update_show_course (self);
  sd_timeline_bar_set_treatment (self->timeline_bar, self->treatment);
  sd_timeline_bar_add_shortcuts_to (self->timeline_bar, self->content_box);
  g_signal_connect_object (self->treatment, "changed",
                           G_CALLBACK (on_treatment_changed_cb), self, G_CONNECT_SWAPPED);
  on_treatment_changed_cb (self, self->treatment);
  g_object_bind_property (self->treatment, "day", self->course_chart, "day",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-reset", FALSE);
  g_signal_connect_object (self->timeline_bar, "resetting",
                           G_CALLBACK (on_timeline_bar_resetting_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_bar, "reset-all",
                           G_CALLBACK (on_timeline_bar_reset_all_cb), self, G_CONNECT_SWAPPED);

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "site", self->section, "site",
                                G_SETTINGS_BIND_DEFAULT,
                                site_get_mapping, site_set_mapping, NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "depth-unit", self->layer_list, "millimetres",
                                G_SETTINGS_BIND_GET,
                                depth_unit_get_mapping, depth_unit_set_mapping, NULL, NULL);

  /* Controls ↔ model. The model clamps and validates; the controls follow it. */
  g_object_bind_property (self->section, "site", self->site_row, "selected",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->section, "age", self->age_adjustment, "value",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->section, "sex", self->sex_row, "selected",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  /* One selection, shown in the picture and the list. */
  g_object_bind_property (self->layer_list, "selected-layer",
                          self->section_view, "selected-layer",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  g_signal_connect_object (self->section, "notify::site",
                           G_CALLBACK (on_section_site_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->layer_list, "notify::selected-layer",
                           G_CALLBACK (on_layer_list_selected_layer_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->section_view, "layer-activated",
                           G_CALLBACK (on_section_view_layer_activated_cb), self,
                           G_CONNECT_SWAPPED);
  update_title (self);
  _sd_window_export_init (self);   /* the picture's and the chart's context menus */

  /* Presentation mode (sd-presentation.c): its state is the action win.present. Made
   * before the tour, whose keys are then found first among the window's. */
  {
    g_autoptr(GPropertyAction) present = NULL;

    self->presentation = sd_presentation_new (GTK_WINDOW (self), self->flap,
                                              self->picture_overlay, self->section_view,
                                              self->section);
    /* room for the picture: only the timeline and the education note stay */
    sd_presentation_hide_while_presenting (self->presentation, self->header_bar);
    sd_presentation_hide_while_presenting (self->presentation, GTK_WIDGET (self->course_chart));
    present = g_property_action_new ("present", self->presentation, "active");
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (present));
  }

  /* The guided tour's card sits above the picture. Its keys are caught before the
   * picture's and the timeline's, and only while the card is shown. */
  {
    GtkEventController *keys = gtk_shortcut_controller_new ();

    self->tour = sd_tour_new (self);
    gtk_box_prepend (GTK_BOX (self->content_box), sd_tour_get_card (self->tour));
    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Right, 0),
                        gtk_named_action_new ("win.tour-next")));
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Left, 0),
                        gtk_named_action_new ("win.tour-previous")));
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                        gtk_named_action_new ("win.tour-stop")));
    gtk_widget_add_controller (GTK_WIDGET (self), keys);
    g_signal_connect_object (self->tour, "notify::running",
                             G_CALLBACK (update_tour_actions), self, G_CONNECT_SWAPPED);
    update_tour_actions (self);
  }
  g_signal_connect_object (self->presentation, "notify::active",
                           G_CALLBACK (on_presentation_active_cb), self, G_CONNECT_SWAPPED);
}

/*
 * Public API
 */

SdWindow *
sd_window_new (SdApplication *application)
{
  g_return_val_if_fail (application == NULL || SD_IS_APPLICATION (application), NULL);

  return g_object_new (SD_TYPE_WINDOW, "application", application, NULL);
}

/**
 * sd_window_get_section:
 *
 * Returns: (transfer none): the section the window shows
 */
SdSection *
sd_window_get_section (SdWindow *self)
{
  g_return_val_if_fail (SD_IS_WINDOW (self), NULL);

  return self->section;
}

/**
 * sd_window_get_treatment:
 *
 * Returns: (transfer none): the treatment plan the window shows
 */
SdTreatment *
sd_window_get_treatment (SdWindow *self)
{
  g_return_val_if_fail (SD_IS_WINDOW (self), NULL);

  return self->treatment;
}

/**
 * sd_window_get_treatment_panel:
 *
 * Returns: (transfer none): the Treatment page's panel, built now if it was not yet
 */
SdTreatmentPanel *
sd_window_get_treatment_panel (SdWindow *self)
{
  g_return_val_if_fail (SD_IS_WINDOW (self), NULL);

  ensure_treatment_panel (self);

  return self->treatment_panel;
}

/**
 * sd_window_get_ageing_page:
 *
 * Returns: (transfer none): the Ageing page, built now if it was not yet
 */
GtkWidget *
sd_window_get_ageing_page (SdWindow *self)
{
  g_return_val_if_fail (SD_IS_WINDOW (self), NULL);

  ensure_ageing_page (self);

  return gtk_widget_get_first_child (GTK_WIDGET (self->ageing_page));
}

/**
 * sd_window_get_section_view:
 *
 * Returns: (transfer none): the picture
 */
GtkWidget *
sd_window_get_section_view (SdWindow *self)
{
  g_return_val_if_fail (SD_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->section_view);
}

const char *
sd_window_get_sidebar_page (SdWindow *self)
{
  g_return_val_if_fail (SD_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->sidebar_stack);
}

void
sd_window_set_sidebar_page (SdWindow   *self,
                            const char *page)
{
  g_return_if_fail (SD_IS_WINDOW (self));
  g_return_if_fail (page != NULL);

  gtk_stack_set_visible_child_name (self->sidebar_stack, page);
}

gboolean
sd_window_get_sidebar_revealed (SdWindow *self)
{
  g_return_val_if_fail (SD_IS_WINDOW (self), FALSE);

  return adw_flap_get_reveal_flap (self->flap);
}

void
sd_window_set_sidebar_revealed (SdWindow *self,
                                gboolean  revealed)
{
  g_return_if_fail (SD_IS_WINDOW (self));

  adw_flap_set_reveal_flap (self->flap, revealed);
}

void
sd_window_show_layer (SdWindow *self,
                      int       layer)
{
  g_return_if_fail (SD_IS_WINDOW (self));

  sd_window_set_sidebar_page (self, "skin");
  sd_section_view_set_selected_layer (self->section_view, layer);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  reveal_details (self);
}

/**
 * sd_window_add_toast:
 * @toast: (transfer full): the toast to show over the window
 */
void
sd_window_add_toast (SdWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (SD_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * sd_window_get_tour:
 *
 * Returns: (transfer none) (type SdTour): the guided tour
 */
gpointer
sd_window_get_tour (SdWindow *self)
{
  g_return_val_if_fail (SD_IS_WINDOW (self), NULL);

  return self->tour;
}

void
sd_window_offer_tour (SdWindow *self)
{
  g_return_if_fail (SD_IS_WINDOW (self));

  sd_tour_offer (self->tour);
  update_tour_actions (self);
}

/**
 * sd_window_get_presentation:
 *
 * Returns: (transfer none) (type SdPresentation): presentation mode
 */
gpointer
sd_window_get_presentation (SdWindow *self)
{
  g_return_val_if_fail (SD_IS_WINDOW (self), NULL);

  return self->presentation;
}
