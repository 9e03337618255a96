/* sd-kiosk-window.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The kiosk: fullscreen, no window controls or menus, a few large controls, a
 * tour while nobody is there, and a full reset after the visitor has gone.
 *
 * Everything a visitor can change lives in one box (`content`, built from
 * sd-kiosk-content.ui) and one model (`section`). A reset does not put values back
 * one by one: it throws both away and builds them again, so nothing a visitor did
 * (zoom, pan, selection, a half-dragged slider) can survive it. The frame around
 * that box (sd-kiosk-window.ui: the caption, the banners) and the clock persist.
 * The time comes from an injectable clock, so tests can run hours of kiosk time in
 * a second. While the window lives, the application is locked for the kiosk
 * (sd-application.c): app.quit asks for the staff PIN, and nothing else can leave.
 */

#define G_LOG_DOMAIN "sd-kiosk-window"

#include "config.h"

#include "sd-kiosk-window-private.h"
#include "sd-application-private.h"
#include "sd-course-chart.h"
#include "sd-course-label.h"
#include "sd-kiosk.h"
#include "sd-kiosk-pin-dialog.h"
#include "sd-pin.h"
#include "sd-section-view.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#define TICK_MS               250
#define PLAY_WEEK_MS          600
#define COURSE_WEEKS          26
#define MAX_FAILED_PINS       5
#define LOCKOUT_SECONDS       60

struct _SdKioskWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  GtkWidget        *staff_corner;
  GtkWidget        *content_slot;
  GtkWidget        *title_label;
  GtkWidget        *caption_box;
  GtkWidget        *caption_label;
  GtkWidget        *hint_label;
  GtkWidget        *warning_box;
  GtkWidget        *countdown_label;
  GtkWidget        *layer_card;
  GtkWidget        *layer_title;
  GtkWidget        *layer_body;

  /* Owned references */
  SdKioskState     *state;
  SdSection        *section;
  char             *pin_hash;

  /* Borrowed references: the visitor's part, rebuilt on every reset */
  GtkWidget        *content;
  GtkStack         *view_stack;
  SdSectionView    *section_view;
  SdCourseChart    *course_chart;
  GtkToggleButton  *view_buttons[SD_N_KIOSK_VIEWS];
  GtkWidget        *site_box;
  GtkLabel         *site_label;
  GtkWidget        *needle_box;
  GtkWidget        *weeks_box;
  GtkAdjustment    *week_adjustment;
  GtkToggleButton  *play_button;
  GtkLabel         *week_label;

  /* Borrowed references (weak) */
  SdApplication    *locked_app;
  SdKioskPinDialog *pin_dialog;

  /* State */
  SdKioskClockFunc  clock;
  gpointer          clock_data;
  SdKioskPhase      phase;
  SdKioskView       view;
  SdSite            start_site;
  guint             tick_id;
  guint             play_id;
  guint             hold_id;
  guint             reopen_id;
  guint             lockout_id;
  guint             leave_id;
  guint             failed_pins;
  gint64            locked_until_us;
  char             *pin_message;
  guint             swallowing;
  GCancellable     *pin_cancellable;
  guint             verifying : 1;
  guint             exit_granted : 1;
  guint             course_stale : 1;
  guint             updating_view : 1;
};

G_DEFINE_FINAL_TYPE (SdKioskWindow, sd_kiosk_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_IDLE_TIMEOUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reset_content     (SdKioskWindow  *self);
static void update_layer_card (SdKioskWindow  *self);
static void open_pin_dialog   (SdKioskWindow  *self);
static gboolean leave_cb      (gpointer        user_data);

/*
 * Auxiliary methods
 */

static gint64
now_us (SdKioskWindow *self)
{
  return self->clock != NULL ? self->clock (self->clock_data) : g_get_monotonic_time ();
}

static void
update_site_label (SdKioskWindow *self)
{
  gtk_label_set_label (self->site_label, _(sd_site_get_name (sd_section_get_site (self->section))));
}

static void
update_week_label (SdKioskWindow *self)
{
  g_autofree char *text = NULL;
  guint week = (guint)gtk_adjustment_get_value (self->week_adjustment);

  /* translators: the week shown in the kiosk's collagen course */
  text = g_strdup_printf (_("Week %u"), week);
  gtk_label_set_label (self->week_label, text);
}

static void
update_course (SdKioskWindow *self)
{
  g_autoptr(GError) error = NULL;
  SdCourseParams params;

  sd_course_params_init (&params);
  params.site = sd_section_get_site (self->section);
  params.age_years = sd_section_get_age (self->section);
  params.sex = sd_section_get_sex (self->section);
  params.device = sd_section_get_device (self->section);
  params.length_mm = sd_section_get_length_mm (self->section);
  params.weeks = COURSE_WEEKS;

  if (!sd_course_chart_set_params (self->course_chart, &params, &error))
    g_warning ("Failed to run the kiosk's course: %s", error->message);
  /* A new course starts its cursor at day 0: keep it on the slider's week. */
  if (self->week_adjustment != NULL)
    sd_course_chart_set_day (self->course_chart,
                             (guint)gtk_adjustment_get_value (self->week_adjustment) * 7);
}

/* The chart takes clicks and arrow keys too: the slider follows its cursor. */
static void
on_chart_day_changed_cb (SdKioskWindow *self)
{
  guint week = (sd_course_chart_get_day (self->course_chart) + 3) / 7;

  if (self->week_adjustment != NULL
      && (guint)gtk_adjustment_get_value (self->week_adjustment) != week)
    gtk_adjustment_set_value (self->week_adjustment, week);
}

static void
stop_playing (SdKioskWindow *self)
{
  g_clear_handle_id (&self->play_id, g_source_remove);
  if (self->play_button != NULL && gtk_toggle_button_get_active (self->play_button))
    gtk_toggle_button_set_active (self->play_button, FALSE);
}

static void
apply_view (SdKioskWindow *self,
            SdKioskView    view)
{
  SdKioskView was = self->view;

  self->view = view;

  self->updating_view = TRUE;
  for (guint i = 0; i < SD_N_KIOSK_VIEWS; i++)
    gtk_toggle_button_set_active (self->view_buttons[i], i == view);
  self->updating_view = FALSE;

  gtk_stack_set_visible_child_name (self->view_stack,
                                    view == SD_KIOSK_VIEW_WEEKS ? "weeks" : "section");
  sd_section_view_set_show_needle (self->section_view, view == SD_KIOSK_VIEW_NEEDLE);
  gtk_widget_set_visible (self->needle_box, view == SD_KIOSK_VIEW_NEEDLE);
  gtk_widget_set_visible (self->weeks_box, view == SD_KIOSK_VIEW_WEEKS);
  gtk_widget_set_visible (self->site_box, view != SD_KIOSK_VIEW_WEEKS);

  if (view == SD_KIOSK_VIEW_WEEKS && (was != view || self->course_stale))
    {
      update_course (self);
      self->course_stale = FALSE;
    }
  if (view != SD_KIOSK_VIEW_WEEKS)
    stop_playing (self);
  update_layer_card (self);
}

static void
apply_tour_progress (SdKioskWindow *self)
{
  const SdKioskTourStep *step = &sd_kiosk_tour_get_steps (NULL)[sd_kiosk_state_get_step (self->state)];
  double progress = sd_kiosk_state_get_step_progress (self->state);
  double week;

  if (step->view != SD_KIOSK_VIEW_WEEKS)
    return;

  week = step->week_from + (step->week_to - step->week_from) * progress;
  gtk_adjustment_set_value (self->week_adjustment, floor (week));
  sd_course_chart_set_day (self->course_chart, (guint)(week * 7));
}

static void
apply_tour_step (SdKioskWindow *self)
{
  const SdKioskTourStep *step = &sd_kiosk_tour_get_steps (NULL)[sd_kiosk_state_get_step (self->state)];

  sd_section_set_site (self->section, self->start_site);
  if (step->view == SD_KIOSK_VIEW_NEEDLE)
    sd_section_set_length_mm (self->section, step->length_mm);
  apply_view (self, step->view);
  sd_section_view_set_selected_layer (self->section_view, step->layer);
  apply_tour_progress (self);

  gtk_label_set_label (GTK_LABEL (self->caption_label), _(step->caption));
}

/* What a visitor touched: the layer's names and what it is and does, while
 * they use the kiosk (the tour has its own captions). */
static void
update_layer_card (SdKioskWindow *self)
{
  int layer = self->section_view != NULL
    ? sd_section_view_get_selected_layer (self->section_view) : -1;
  gboolean show = layer >= 0 && layer < SD_N_LAYERS
    && sd_kiosk_state_get_phase (self->state) == SD_KIOSK_PHASE_ACTIVE
    && self->view == SD_KIOSK_VIEW_LAYERS;   /* never over the needle and its labels */

  if (show)
    {
      const char *common = sd_layer_get_common_name (layer);
      g_autofree char *title = NULL;

      if (common != NULL && *common != '\0')
        /* translators: the kiosk's card for a touched layer: "Stratum spinosum · spiny layer" */
        title = g_strdup_printf (_("%s · %s"), _(sd_layer_get_name (layer)), _(common));
      else
        title = g_strdup (_(sd_layer_get_name (layer)));
      gtk_label_set_label (GTK_LABEL (self->layer_title), title);
      gtk_label_set_label (GTK_LABEL (self->layer_body), _(sd_layer_get_description (layer)));
    }
  gtk_widget_set_visible (self->layer_card, show);
}

static void
update_phase_ui (SdKioskWindow *self)
{
  SdKioskPhase phase = sd_kiosk_state_get_phase (self->state);

  gtk_widget_set_visible (self->caption_box, phase == SD_KIOSK_PHASE_ATTRACT);
  gtk_widget_set_visible (self->hint_label, phase == SD_KIOSK_PHASE_ATTRACT);
  gtk_widget_set_visible (self->warning_box, phase == SD_KIOSK_PHASE_WARNING);
  update_layer_card (self);

  /* The state, for screen readers and the accessibility tests. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _(sd_kiosk_phase_get_name (phase)),
                                  -1);
}

static void
update_countdown (SdKioskWindow *self)
{
  guint seconds = sd_kiosk_state_get_warning_seconds (self->state);
  g_autofree char *text = NULL;

  /* translators: shown after a visitor has left the kiosk alone */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Starting again in %u second",
                                       "Starting again in %u seconds", seconds),
                          seconds);
  gtk_label_set_label (GTK_LABEL (self->countdown_label), text);
}

static void
close_pin_dialog (SdKioskWindow *self)
{
  g_clear_handle_id (&self->reopen_id, g_source_remove);
  g_clear_handle_id (&self->lockout_id, g_source_remove);
  if (self->pin_dialog != NULL)
    {
      /* Not freed at once when this runs inside the dialog's own ::response. */
      GtkWindow *dialog = GTK_WINDOW (self->pin_dialog);

      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *)&self->pin_dialog);
      self->pin_dialog = NULL;
      g_signal_handlers_disconnect_by_data (dialog, self);
      /* GTK 4.8 warns when a window is destroyed with its password entry focused. */
      gtk_window_set_focus (dialog, NULL);
      gtk_window_destroy (dialog);
    }
}

static void
set_lockout_body (SdKioskWindow    *self,
                  SdKioskPinDialog *dialog,
                  gint64            now)
{
  guint seconds = (guint)((self->locked_until_us - now + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);

  sd_kiosk_pin_dialog_set_lockout_seconds (dialog, seconds);
}

static void
cancel_hold (SdKioskWindow *self)
{
  if (self->hold_id != 0)
    g_debug ("Staff corner released early");
  g_clear_handle_id (&self->hold_id, g_source_remove);
}

/*
 * Signal callbacks
 */

static void
on_section_changed_cb (SdKioskWindow *self,
                       SdSection     *section)
{
  update_site_label (self);
  self->course_stale = TRUE;
  if (self->view == SD_KIOSK_VIEW_WEEKS)
    {
      update_course (self);
      self->course_stale = FALSE;
    }
}

static void
on_view_button_toggled_cb (SdKioskWindow   *self,
                           GtkToggleButton *button)
{
  if (self->updating_view || !gtk_toggle_button_get_active (button))
    return;

  for (guint i = 0; i < SD_N_KIOSK_VIEWS; i++)
    if (self->view_buttons[i] == button)
      apply_view (self, i);
}

static void
step_site (SdKioskWindow *self,
           int            delta)
{
  int site = sd_section_get_site (self->section);

  sd_section_set_site (self->section, (site + delta + SD_N_SITES) % SD_N_SITES);
}

static void
on_site_previous_clicked_cb (SdKioskWindow *self)
{
  step_site (self, -1);
}

static void
on_site_next_clicked_cb (SdKioskWindow *self)
{
  step_site (self, +1);
}

static void
on_week_changed_cb (SdKioskWindow *self,
                    GtkAdjustment *adjustment)
{
  update_week_label (self);
  if (sd_kiosk_state_get_phase (self->state) != SD_KIOSK_PHASE_ATTRACT)
    sd_course_chart_set_day (self->course_chart, (guint)gtk_adjustment_get_value (adjustment) * 7);
}

static gboolean
play_week_cb (gpointer user_data)
{
  SdKioskWindow *self = user_data;
  double week = gtk_adjustment_get_value (self->week_adjustment);

  if (week >= COURSE_WEEKS)
    {
      self->play_id = 0;
      gtk_toggle_button_set_active (self->play_button, FALSE);
      return G_SOURCE_REMOVE;
    }

  gtk_adjustment_set_value (self->week_adjustment, week + 1);
  /* Watching counts as using it: the visit goes on while the weeks play. */
  sd_kiosk_state_input (self->state, now_us (self));
  return G_SOURCE_CONTINUE;
}

static void
on_play_toggled_cb (SdKioskWindow   *self,
                    GtkToggleButton *button)
{
  gboolean playing = gtk_toggle_button_get_active (button);

  gtk_button_set_icon_name (GTK_BUTTON (button),
                            playing ? "media-playback-pause-symbolic"
                                    : "media-playback-start-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  playing ? _("Pause") : _("Play the weeks"), -1);

  if (!playing)
    {
      g_clear_handle_id (&self->play_id, g_source_remove);
      return;
    }

  if (gtk_adjustment_get_value (self->week_adjustment) >= COURSE_WEEKS)
    gtk_adjustment_set_value (self->week_adjustment, 0);
  if (self->play_id == 0)
    self->play_id = g_timeout_add (PLAY_WEEK_MS, play_week_cb, self);
}

static void
on_state_phase_changed_cb (SdKioskWindow *self,
                           GParamSpec    *pspec,
                           SdKioskState  *state)
{
  SdKioskPhase phase = sd_kiosk_state_get_phase (state);
  SdKioskPhase was = self->phase;

  self->phase = phase;

  /* A new visitor starts from the start, not from where the tour was. */
  if (was == SD_KIOSK_PHASE_ATTRACT && phase == SD_KIOSK_PHASE_ACTIVE)
    reset_content (self);
  else if (phase == SD_KIOSK_PHASE_ATTRACT)
    apply_tour_step (self);

  if (phase == SD_KIOSK_PHASE_WARNING)
    update_countdown (self);

  update_phase_ui (self);
}

static void
on_state_step_changed_cb (SdKioskWindow *self,
                          GParamSpec    *pspec,
                          SdKioskState  *state)
{
  if (sd_kiosk_state_get_phase (state) == SD_KIOSK_PHASE_ATTRACT)
    apply_tour_step (self);
}

static void
on_state_warning_seconds_cb (SdKioskWindow *self,
                             GParamSpec    *pspec,
                             SdKioskState  *state)
{
  update_countdown (self);
}

static void
on_state_reset_cb (SdKioskWindow *self,
                   SdKioskState  *state)
{
  g_debug ("Reset (%" G_GUINT64_FORMAT " so far)", sd_kiosk_state_get_n_resets (state) + 1);
  reset_content (self);
}

static gboolean
tick_cb (gpointer user_data)
{
  sd_kiosk_window_tick (SD_KIOSK_WINDOW (user_data));

  return G_SOURCE_CONTINUE;
}

static gboolean
hold_done_cb (gpointer user_data)
{
  SdKioskWindow *self = user_data;

  self->hold_id = 0;
  open_pin_dialog (self);

  return G_SOURCE_REMOVE;
}

/* Capture phase, before any widget: every press, touch, scroll or key is activity.
 * Input that only wakes the kiosk (from the tour or the warning) goes no further. */
static gboolean
on_legacy_event_cb (SdKioskWindow      *self,
                    GdkEvent           *event,
                    GtkEventController *controller)
{
  GdkEventType type = gdk_event_get_event_type (event);
  double x, y;

  switch ((int)type)
    {
    case GDK_BUTTON_PRESS:
    case GDK_TOUCH_BEGIN:
      {
        /* Activity first: waking the kiosk rebuilds its controls (and cancels holds). */
        gboolean woke = sd_kiosk_window_report_activity (self);

        if (gdk_event_get_position (event, &x, &y)
            && x < SD_KIOSK_STAFF_CORNER_PX && y < SD_KIOSK_STAFF_CORNER_PX
            && self->hold_id == 0)
          {
            g_debug ("Staff corner pressed");
            /* Milliseconds: g_timeout_add_seconds () may take up to a second longer. */
            self->hold_id = g_timeout_add (SD_KIOSK_STAFF_HOLD_SECONDS * 1000, hold_done_cb,
                                           self);
          }
        if (woke)
          {
            self->swallowing++;
            return GDK_EVENT_STOP;
          }
        return self->swallowing > 0;
      }

    case GDK_BUTTON_RELEASE:
    case GDK_TOUCH_END:
    case GDK_TOUCH_CANCEL:
      cancel_hold (self);
      if (self->swallowing > 0)
        {
          self->swallowing--;
          return GDK_EVENT_STOP;
        }
      return GDK_EVENT_PROPAGATE;

    case GDK_TOUCH_UPDATE:
      if (self->swallowing == 0)
        sd_kiosk_window_report_activity (self);
      return self->swallowing > 0;

    case GDK_MOTION_NOTIFY:
      /* Bare pointer motion is not a visitor (a touch screen never hovers). */
      if (gdk_event_get_modifier_state (event) & (GDK_BUTTON1_MASK | GDK_BUTTON2_MASK |
                                                   GDK_BUTTON3_MASK))
        {
          if (gdk_event_get_position (event, &x, &y)
              && (x >= SD_KIOSK_STAFF_CORNER_PX || y >= SD_KIOSK_STAFF_CORNER_PX))
            cancel_hold (self);
          if (self->swallowing == 0)
            sd_kiosk_window_report_activity (self);
        }
      return self->swallowing > 0;

    case GDK_SCROLL:
      return sd_kiosk_window_report_activity (self);

    case GDK_KEY_PRESS:
      if (sd_kiosk_window_report_activity (self))
        return GDK_EVENT_STOP;
      return sd_kiosk_key_is_blocked (gdk_key_event_get_keyval (event),
                             gdk_event_get_modifier_state (event));

    case GDK_KEY_RELEASE:
      return sd_kiosk_key_is_blocked (gdk_key_event_get_keyval (event),
                             gdk_event_get_modifier_state (event));

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

/* Typing or touching in the PIN dialog is activity too. */
static void
on_dialog_activity_cb (SdKioskWindow *self)
{
  sd_kiosk_state_input (self->state, now_us (self));
}

static gboolean
reopen_pin_dialog_cb (gpointer user_data)
{
  SdKioskWindow *self = user_data;

  self->reopen_id = 0;

  /* Still open (a response that did not come from its buttons): say it there. */
  if (self->pin_dialog != NULL && self->pin_message != NULL)
    {
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self->pin_dialog), self->pin_message);
      g_clear_pointer (&self->pin_message, g_free);
      gtk_window_present (GTK_WINDOW (self->pin_dialog));
      return G_SOURCE_REMOVE;
    }

  open_pin_dialog (self);

  return G_SOURCE_REMOVE;
}

static gboolean
lockout_tick_cb (gpointer user_data)
{
  SdKioskWindow *self = user_data;
  gint64 now = now_us (self);

  if (self->pin_dialog == NULL)
    {
      self->lockout_id = 0;
      return G_SOURCE_REMOVE;
    }
  if (now >= self->locked_until_us)
    {
      /* The minute is over: the same place asks for the PIN again. */
      self->lockout_id = 0;
      close_pin_dialog (self);
      open_pin_dialog (self);
      return G_SOURCE_REMOVE;
    }
  set_lockout_body (self, self->pin_dialog, now);
  return G_SOURCE_CONTINUE;
}

/*
 * The staff PIN
 */

static gboolean
can_try_pin (SdKioskWindow *self)
{
  return self->pin_hash != NULL && *self->pin_hash != '\0'
         && now_us (self) >= self->locked_until_us;
}

/* Counts a wrong PIN (five lock the dialog for a minute) or leaves. */
static gboolean
apply_pin_result (SdKioskWindow *self,
                  gboolean       right)
{
  if (!right)
    {
      g_message ("Kiosk: wrong staff PIN entered");
      g_free (self->pin_message);
      self->pin_message = g_strdup (_("That PIN is not right. Try again."));
      if (++self->failed_pins >= MAX_FAILED_PINS)
        {
          self->failed_pins = 0;
          self->locked_until_us = now_us (self) + (gint64)LOCKOUT_SECONDS * G_USEC_PER_SEC;
        }
      return FALSE;
    }

  g_message ("Kiosk: left with the staff PIN");
  self->exit_granted = TRUE;
  self->failed_pins = 0;
  /* Not from inside the dialog's ::response, which may be what called us. */
  if (self->leave_id == 0)
    self->leave_id = g_idle_add (leave_cb, self);

  return TRUE;
}

typedef struct
{
  char *pin;
  char *hash;
} PinCheck;

static void
pin_check_free (gpointer data)
{
  PinCheck *check = data;

  if (check->pin != NULL)
    explicit_bzero (check->pin, strlen (check->pin));
  g_free (check->pin);
  g_free (check->hash);
  g_free (check);
}

/* The KDF takes tens of milliseconds by design (and an old PBKDF2 hash may take
 * seconds): never on the main thread. */
static void
verify_pin_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  PinCheck *check = task_data;

  g_task_return_boolean (task, sd_pin_verify (check->pin, check->hash));
}

static void
on_pin_verified_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  SdKioskWindow *self = SD_KIOSK_WINDOW (source);
  gboolean right = g_task_propagate_boolean (G_TASK (result), NULL);

  self->verifying = FALSE;
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  if (apply_pin_result (self, right))
    return;

  /* The dialog closed after its response: ask again, saying why. */
  g_clear_handle_id (&self->reopen_id, g_source_remove);
  self->reopen_id = g_timeout_add (300, reopen_pin_dialog_cb, self);
}

static void
verify_pin_async (SdKioskWindow *self,
                  const char    *pin)
{
  g_autoptr(GTask) task = NULL;
  PinCheck *check = g_new0 (PinCheck, 1);

  check->pin = g_strdup (pin);
  check->hash = g_strdup (self->pin_hash);
  if (self->pin_cancellable == NULL)
    self->pin_cancellable = g_cancellable_new ();
  self->verifying = TRUE;
  task = g_task_new (self, self->pin_cancellable, on_pin_verified_cb, NULL);
  g_task_set_source_tag (task, verify_pin_async);
  g_task_set_task_data (task, check, pin_check_free);
  g_task_run_in_thread (task, verify_pin_thread);
}

static void
on_pin_entered_cb (SdKioskWindow    *self,
                   const char       *pin,
                   SdKioskPinDialog *dialog)
{
  if (!self->verifying && can_try_pin (self))
    verify_pin_async (self, pin);
}

static gboolean
on_close_request_cb (SdKioskWindow *self)
{
  /* Alt+F4, the compositor's close, a stray window.close: all refused. */
  return !self->exit_granted;
}

static void
on_fullscreened_changed_cb (SdKioskWindow *self)
{
  if (!self->exit_granted && !gtk_window_is_fullscreen (GTK_WINDOW (self)))
    gtk_window_fullscreen (GTK_WINDOW (self));
}

static void
on_application_changed_cb (SdKioskWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  /* "application" is not a construct property: lock it as soon as it is set. */
  if (SD_IS_APPLICATION (application) && self->locked_app == NULL)
    {
      self->locked_app = SD_APPLICATION (application);
      g_object_add_weak_pointer (G_OBJECT (application), (gpointer *)&self->locked_app);
      _sd_application_lock_for_kiosk (self->locked_app, self);
    }
}

/*
 * Building the visitor's part
 */

static char *
format_length_cb (GtkScale *scale,
                  double    value,
                  gpointer  user_data)
{
  g_autofree char *number = sd_format_length_mm (value);

  /* translators: a needle length, e.g. "1.5 mm" or "1.75 mm"; %s is the number */
  return g_strdup_printf (_("%s mm"), number);
}

static GtkBuilderScope *
content_scope (void)
{
  GtkBuilderScope *scope = gtk_builder_cscope_new ();

  gtk_builder_cscope_add_callback_symbols (GTK_BUILDER_CSCOPE (scope),
                                           "on_chart_day_changed_cb",
                                           G_CALLBACK (on_chart_day_changed_cb),
                                           "on_play_toggled_cb", G_CALLBACK (on_play_toggled_cb),
                                           "on_site_next_clicked_cb",
                                           G_CALLBACK (on_site_next_clicked_cb),
                                           "on_site_previous_clicked_cb",
                                           G_CALLBACK (on_site_previous_clicked_cb),
                                           "on_view_button_toggled_cb",
                                           G_CALLBACK (on_view_button_toggled_cb),
                                           "on_week_changed_cb", G_CALLBACK (on_week_changed_cb),
                                           "update_layer_card", G_CALLBACK (update_layer_card),
                                           NULL);
  return scope;
}

/* A new copy of sd-kiosk-content.ui in the content slot, its signals connected to
 * @self (for as long as @self lives) and its parts noted in @self. */
static GtkWidget *
build_content (SdKioskWindow *self)
{
  static const char *view_button_ids[SD_N_KIOSK_VIEWS] = {
    "layers_button", "needle_button", "weeks_button",
  };
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GtkBuilderScope) scope = content_scope ();
  g_autoptr(GError) error = NULL;
  GtkAdjustment *length;
  GtkWidget *content;

  gtk_builder_set_scope (builder, scope);
  gtk_builder_set_current_object (builder, G_OBJECT (self));
  if (!gtk_builder_add_from_resource (builder, RESOURCE_BASE_PATH "/ui/sd-kiosk-content.ui",
                                      &error))
    g_error ("Failed to build the kiosk's controls: %s", error->message);

  self->view_stack = GTK_STACK (gtk_builder_get_object (builder, "view_stack"));
  self->section_view = SD_SECTION_VIEW (gtk_builder_get_object (builder, "section_view"));
  self->course_chart = SD_COURSE_CHART (gtk_builder_get_object (builder, "course_chart"));
  /* A touch screen never hovers, and a pointer left resting on the picture must not
   * keep a tooltip on screen through the attract loop. */
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->section_view), FALSE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->course_chart), FALSE);
  /* Nothing of the kiosk leaves it, not even through the clipboard */
  sd_section_view_set_can_copy (self->section_view, FALSE);
  for (guint i = 0; i < SD_N_KIOSK_VIEWS; i++)
    self->view_buttons[i] = GTK_TOGGLE_BUTTON (gtk_builder_get_object (builder,
                                                                       view_button_ids[i]));
  self->site_box = GTK_WIDGET (gtk_builder_get_object (builder, "site_box"));
  self->site_label = GTK_LABEL (gtk_builder_get_object (builder, "site_label"));
  self->needle_box = GTK_WIDGET (gtk_builder_get_object (builder, "needle_box"));
  self->weeks_box = GTK_WIDGET (gtk_builder_get_object (builder, "weeks_box"));
  self->week_adjustment = GTK_ADJUSTMENT (gtk_builder_get_object (builder, "week_adjustment"));
  self->play_button = GTK_TOGGLE_BUTTON (gtk_builder_get_object (builder, "play_button"));
  self->week_label = GTK_LABEL (gtk_builder_get_object (builder, "week_label"));

  sd_section_view_set_section (self->section_view, self->section);
  gtk_scale_set_format_value_func (GTK_SCALE (gtk_builder_get_object (builder, "length_scale")),
                                   format_length_cb, NULL, NULL);
  length = GTK_ADJUSTMENT (gtk_builder_get_object (builder, "length_adjustment"));
  g_object_bind_property (self->section, "length-mm", length, "value",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  gtk_adjustment_set_upper (self->week_adjustment, COURSE_WEEKS);
  update_week_label (self);

  /* Into the slot before the builder goes, which holds the only reference until then. */
  content = GTK_WIDGET (gtk_builder_get_object (builder, "content"));
  gtk_box_append (GTK_BOX (self->content_slot), content);

  return content;
}

/* Everything a visitor could have changed, thrown away and built again. */
static void
reset_content (SdKioskWindow *self)
{
  cancel_hold (self);
  close_pin_dialog (self);
  g_clear_handle_id (&self->play_id, g_source_remove);

  /* Focus first, or GTK 4.8's window can keep the old focus widget (and with it
   * the whole old tree) alive. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  if (self->content != NULL)
    gtk_box_remove (GTK_BOX (self->content_slot), self->content);
  self->content = NULL;
  memset (self->view_buttons, 0, sizeof self->view_buttons);

  g_clear_object (&self->section);
  self->section = sd_section_new ();
  sd_section_set_site (self->section, self->start_site);
  g_signal_connect_object (self->section, "changed",
                           G_CALLBACK (on_section_changed_cb), self, G_CONNECT_SWAPPED);
  self->course_stale = TRUE;

  self->content = build_content (self);
  update_site_label (self);
  apply_view (self, SD_KIOSK_VIEW_LAYERS);
}

static void
unlock_application (SdKioskWindow *self)
{
  if (self->locked_app == NULL)
    return;

  _sd_application_unlock_for_kiosk (self->locked_app, self);
  g_object_remove_weak_pointer (G_OBJECT (self->locked_app), (gpointer *)&self->locked_app);
  self->locked_app = NULL;
}

static void
open_pin_dialog (SdKioskWindow *self)
{
  SdKioskPinDialog *dialog;
  SdKioskPinDialogMode mode;
  gint64 now = now_us (self);
  SdPinFormat format = sd_pin_get_format (self->pin_hash);

  if (self->pin_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->pin_dialog));
      return;
    }

  sd_kiosk_state_input (self->state, now);

  if (format == SD_PIN_FORMAT_UNKNOWN)
    mode = SD_KIOSK_PIN_DIALOG_UNKNOWN_PIN;
  else if (format != SD_PIN_FORMAT_YESCRYPT && format != SD_PIN_FORMAT_PBKDF2)
    mode = SD_KIOSK_PIN_DIALOG_NO_PIN;
  else if (now < self->locked_until_us)
    mode = SD_KIOSK_PIN_DIALOG_LOCKED;
  else
    mode = SD_KIOSK_PIN_DIALOG_ASK;

  dialog = sd_kiosk_pin_dialog_new (GTK_WINDOW (self), mode);
  if (mode == SD_KIOSK_PIN_DIALOG_LOCKED)
    {
      set_lockout_body (self, dialog, now);
      /* Counts down, and asks for the PIN again when the minute is over. */
      self->lockout_id = g_timeout_add (250, lockout_tick_cb, self);
    }
  else if (mode == SD_KIOSK_PIN_DIALOG_ASK)
    {
      sd_kiosk_pin_dialog_set_message (dialog, self->pin_message);
    }
  g_clear_pointer (&self->pin_message, g_free);

  /* An abandoned dialog goes with the reset (close_pin_dialog). */
  g_signal_connect_object (dialog, "activity", G_CALLBACK (on_dialog_activity_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "pin-entered", G_CALLBACK (on_pin_entered_cb), self,
                           G_CONNECT_SWAPPED);
  self->pin_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&self->pin_dialog);

  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * Actions
 */

static void
sd_kiosk_window_reset_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  SdKioskWindow *self = SD_KIOSK_WINDOW (widget);

  sd_kiosk_state_reset (self->state, now_us (self));
}

static void
sd_kiosk_window_staff_exit_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  sd_kiosk_window_request_exit (SD_KIOSK_WINDOW (widget));
}

/*
 * GObject overrides
 */

static void
sd_kiosk_window_dispose (GObject *object)
{
  SdKioskWindow *self = (SdKioskWindow *)object;

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->play_id, g_source_remove);
  g_clear_handle_id (&self->hold_id, g_source_remove);
  g_clear_handle_id (&self->reopen_id, g_source_remove);
  g_clear_handle_id (&self->leave_id, g_source_remove);
  g_cancellable_cancel (self->pin_cancellable);
  g_clear_object (&self->pin_cancellable);
  close_pin_dialog (self);
  unlock_application (self);
  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  g_clear_object (&self->state);

  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_KIOSK_WINDOW);

  G_OBJECT_CLASS (sd_kiosk_window_parent_class)->dispose (object);

  g_clear_object (&self->section);
}

static void
sd_kiosk_window_finalize (GObject *object)
{
  SdKioskWindow *self = (SdKioskWindow *)object;

  g_clear_pointer (&self->pin_hash, g_free);
  g_clear_pointer (&self->pin_message, g_free);

  G_OBJECT_CLASS (sd_kiosk_window_parent_class)->finalize (object);
}

static void
sd_kiosk_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SdKioskWindow *self = SD_KIOSK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_IDLE_TIMEOUT:
      g_value_set_uint (value, sd_kiosk_state_get_idle_timeout (self->state));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_kiosk_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SdKioskWindow *self = SD_KIOSK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_IDLE_TIMEOUT:
      sd_kiosk_state_set_idle_timeout (self->state, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_kiosk_window_class_init (SdKioskWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_kiosk_window_dispose;
  object_class->finalize = sd_kiosk_window_finalize;
  object_class->get_property = sd_kiosk_window_get_property;
  object_class->set_property = sd_kiosk_window_set_property;

  /** SdKioskWindow:idle-timeout: seconds without input before "Touch to continue" */
  properties[PROP_IDLE_TIMEOUT] =
    g_param_spec_uint ("idle-timeout", NULL, NULL,
                       SD_KIOSK_IDLE_TIMEOUT_MIN, SD_KIOSK_IDLE_TIMEOUT_MAX,
                       SD_KIOSK_IDLE_TIMEOUT_DEFAULT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* For staff tools and tests: back to the attract loop now. */
  gtk_widget_class_install_action (widget_class, "kiosk.reset", NULL,
                                   sd_kiosk_window_reset_action);
  /* The staff exit: opens the PIN dialog. */
  gtk_widget_class_install_action (widget_class, "kiosk.staff-exit", NULL,
                                   sd_kiosk_window_staff_exit_action);

  /* Types of sd-kiosk-content.ui, built later on every reset. */
  g_type_ensure (SD_TYPE_COURSE_CHART);
  g_type_ensure (SD_TYPE_SECTION_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/sd-kiosk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SdKioskWindow, staff_corner);
  gtk_widget_class_bind_template_child (widget_class, SdKioskWindow, content_slot);
  gtk_widget_class_bind_template_child (widget_class, SdKioskWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SdKioskWindow, caption_box);
  gtk_widget_class_bind_template_child (widget_class, SdKioskWindow, caption_label);
  gtk_widget_class_bind_template_child (widget_class, SdKioskWindow, hint_label);
  gtk_widget_class_bind_template_child (widget_class, SdKioskWindow, warning_box);
  gtk_widget_class_bind_template_child (widget_class, SdKioskWindow, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, SdKioskWindow, layer_card);
  gtk_widget_class_bind_template_child (widget_class, SdKioskWindow, layer_title);
  gtk_widget_class_bind_template_child (widget_class, SdKioskWindow, layer_body);
  gtk_widget_class_bind_template_callback (widget_class, on_application_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_close_request_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_fullscreened_changed_cb);
}

static void
sd_kiosk_window_init (SdKioskWindow *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  GtkEventController *legacy;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_size_request (self->staff_corner, SD_KIOSK_STAFF_CORNER_PX,
                               SD_KIOSK_STAFF_CORNER_PX);

  self->start_site = SD_SITE_CHEEK;
  self->phase = SD_KIOSK_PHASE_ATTRACT;

  /* The administrator's settings (read only: a kiosk writes nothing). */
  if (source != NULL && (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) != NULL)
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);

      if (g_settings_schema_has_key (schema, "kiosk-pin-hash"))
        self->pin_hash = g_settings_get_string (settings, "kiosk-pin-hash");
      if (g_settings_schema_has_key (schema, "kiosk-site"))
        {
          g_autofree char *site = g_settings_get_string (settings, "kiosk-site");

          if (!sd_site_from_id (site, &self->start_site, NULL))
            self->start_site = SD_SITE_CHEEK;
        }
    }

  gtk_window_fullscreen (GTK_WINDOW (self));

  self->state = sd_kiosk_state_new (SD_KIOSK_IDLE_TIMEOUT_DEFAULT, now_us (self));
  g_signal_connect_swapped (self->state, "notify::phase",
                            G_CALLBACK (on_state_phase_changed_cb), self);
  g_signal_connect_swapped (self->state, "notify::step",
                            G_CALLBACK (on_state_step_changed_cb), self);
  g_signal_connect_swapped (self->state, "notify::warning-seconds",
                            G_CALLBACK (on_state_warning_seconds_cb), self);
  g_signal_connect_swapped (self->state, "reset", G_CALLBACK (on_state_reset_cb), self);

  reset_content (self);
  apply_tour_step (self);
  update_phase_ui (self);

  legacy = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect_object (legacy, "event", G_CALLBACK (on_legacy_event_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), legacy);

  self->tick_id = g_timeout_add (TICK_MS, tick_cb, self);
}

static gboolean
leave_cb (gpointer user_data)
{
  SdKioskWindow *self = user_data;

  self->leave_id = 0;
  close_pin_dialog (self);

  if (self->locked_app != NULL)
    {
      g_autoptr(SdApplication) application = g_object_ref (self->locked_app);

      /* Unlocked, app.quit is the application's own again: it closes every window. */
      unlock_application (self);
      g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
    }
  else
    {
      gtk_window_destroy (GTK_WINDOW (self));
    }

  return G_SOURCE_REMOVE;
}

/*
 * Public API
 */

SdKioskWindow *
sd_kiosk_window_new (GtkApplication *application,
                     guint           idle_timeout_s)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (SD_TYPE_KIOSK_WINDOW,
                       "application", application,
                       "idle-timeout", CLAMP (idle_timeout_s, SD_KIOSK_IDLE_TIMEOUT_MIN,
                                              SD_KIOSK_IDLE_TIMEOUT_MAX),
                       NULL);
}

SdKioskState *
sd_kiosk_window_get_state (SdKioskWindow *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_WINDOW (self), NULL);

  return self->state;
}

void
sd_kiosk_window_set_clock (SdKioskWindow    *self,
                           SdKioskClockFunc  clock,
                           gpointer          user_data)
{
  g_return_if_fail (SD_IS_KIOSK_WINDOW (self));

  self->clock = clock;
  self->clock_data = user_data;
  /* A new time base: start the tour again from it. */
  sd_kiosk_state_rebase (self->state, now_us (self));
}

void
sd_kiosk_window_tick (SdKioskWindow *self)
{
  g_return_if_fail (SD_IS_KIOSK_WINDOW (self));

  sd_kiosk_state_tick (self->state, now_us (self));
  if (sd_kiosk_state_get_phase (self->state) == SD_KIOSK_PHASE_ATTRACT)
    apply_tour_progress (self);
}

gboolean
sd_kiosk_window_report_activity (SdKioskWindow *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_WINDOW (self), FALSE);

  return sd_kiosk_state_input (self->state, now_us (self));
}

void
sd_kiosk_window_set_pin_hash (SdKioskWindow *self,
                              const char    *pin_hash)
{
  SdPinFormat format;

  g_return_if_fail (SD_IS_KIOSK_WINDOW (self));

  g_free (self->pin_hash);
  self->pin_hash = g_strdup (pin_hash);
  format = sd_pin_get_format (pin_hash);
  if (format == SD_PIN_FORMAT_UNKNOWN)
    g_warning ("Kiosk: kiosk-pin-hash is not a hash this version can check (expected "
               "\"$y$…\" or \"pbkdf2-sha256$…\"); set it again with skin-deep --set-kiosk-pin");
  else if (format == SD_PIN_FORMAT_PBKDF2)
    g_message ("Kiosk: the staff PIN uses the older PBKDF2 hash; setting it again with "
               "skin-deep --set-kiosk-pin stores a memory-hard yescrypt hash");
}

void
sd_kiosk_window_set_start_site (SdKioskWindow *self,
                                SdSite         site)
{
  g_return_if_fail (SD_IS_KIOSK_WINDOW (self));
  g_return_if_fail (site < SD_N_SITES);

  self->start_site = site;
  if (self->phase == SD_KIOSK_PHASE_ATTRACT)
    apply_tour_step (self);
}

void
sd_kiosk_window_request_exit (SdKioskWindow *self)
{
  g_return_if_fail (SD_IS_KIOSK_WINDOW (self));

  open_pin_dialog (self);
}

gboolean
sd_kiosk_window_try_exit (SdKioskWindow *self,
                          const char    *pin)
{
  g_return_val_if_fail (SD_IS_KIOSK_WINDOW (self), FALSE);

  if (pin == NULL || !can_try_pin (self))
    return FALSE;

  return apply_pin_result (self, sd_pin_verify (pin, self->pin_hash));
}

/*
 * Private API (sd-kiosk-window-private.h)
 */

SdSection *
_sd_kiosk_window_get_section (SdKioskWindow *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_WINDOW (self), NULL);

  return self->section;
}

GtkWidget *
_sd_kiosk_window_get_section_view (SdKioskWindow *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_WINDOW (self), NULL);

  return GTK_WIDGET (self->section_view);
}

GtkWidget *
_sd_kiosk_window_get_course_chart (SdKioskWindow *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_WINDOW (self), NULL);

  return GTK_WIDGET (self->course_chart);
}

SdKioskView
_sd_kiosk_window_get_view (SdKioskWindow *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_WINDOW (self), SD_KIOSK_VIEW_LAYERS);

  return self->view;
}

void
_sd_kiosk_window_set_view (SdKioskWindow *self,
                           SdKioskView    view)
{
  g_return_if_fail (SD_IS_KIOSK_WINDOW (self));
  g_return_if_fail (view < SD_N_KIOSK_VIEWS);

  gtk_toggle_button_set_active (self->view_buttons[view], TRUE);
}

const char *
_sd_kiosk_window_get_caption (SdKioskWindow *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_WINDOW (self), NULL);

  if (!gtk_widget_get_visible (self->caption_box))
    return NULL;

  return gtk_label_get_label (GTK_LABEL (self->caption_label));
}

/**
 * _sd_kiosk_window_get_layer_info:
 *
 * Returns: (nullable): the name on the card of the layer a visitor touched,
 *   %NULL when no card shows
 */
const char *
_sd_kiosk_window_get_layer_info (SdKioskWindow *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_WINDOW (self), NULL);

  if (!gtk_widget_get_visible (self->layer_card))
    return NULL;

  return gtk_label_get_label (GTK_LABEL (self->layer_title));
}

GtkWidget *
_sd_kiosk_window_get_status_label (SdKioskWindow *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_WINDOW (self), NULL);

  return self->title_label;
}

gboolean
_sd_kiosk_window_get_warning_visible (SdKioskWindow *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_WINDOW (self), FALSE);

  return gtk_widget_get_visible (self->warning_box);
}

GtkWindow *
_sd_kiosk_window_get_pin_dialog (SdKioskWindow *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_WINDOW (self), NULL);

  return self->pin_dialog != NULL ? GTK_WINDOW (self->pin_dialog) : NULL;
}
