/* sd-timeline-bar.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The timeline under the picture and the chart: play/pause, steps by day and by
 * week, a scrubber over the course with the sessions marked, the playback speed,
 * "Reset all", and two lines that always say where the course is ("Week 6 · Day 3 ·
 * Remodelling") and what that means ("Week 6, remodelling: collagen 31 % above
 * baseline; …"). The second line is the spoken state: its accessible role is
 * "status", so screen readers that follow status lines read each change (GTK 4.8
 * has no announce API).
 *
 * Playback advances SdTreatment:day from a tick callback at the display's frame
 * rate, only while playing, and stops on the last day. With animations turned
 * off (gtk-enable-animations) playing still walks the course, because the user
 * asked for it, but without in-between frames: a one-second timer moves one
 * second's worth of days at a time, so the picture changes at most once a
 * second and nothing moves smoothly on its own.
 */

#define G_LOG_DOMAIN "sd-timeline-bar"

#include "config.h"

#include "sd-timeline-bar.h"
#include "sd-course-label.h"

#include <glib/gi18n.h>
#include <math.h>

struct _SdTimelineBar
{
  GtkWidget        parent_instance;

  /* Template widgets */
  GtkWidget       *controls_box;
  GtkWidget       *status_box;
  GtkToggleButton *play_button;
  GtkScale        *scrubber;
  GtkAdjustment   *day_adjustment;
  GtkDropDown     *speed_dropdown;
  GtkLabel        *position_label;
  GtkLabel        *status_label;
  GtkLabel        *day_count_label;
  GtkLabel        *phase_name_label;
  GtkLabel        *phase_description_label;
  GtkLabel        *phase_source_label;
  GtkButton       *phase_term_button;

  /* Owned references */
  SdTreatment     *treatment;
  GSignalGroup    *treatment_signals;

  /* State */
  double           position;        /* fractional day while playing */
  gint64           last_frame_time;
  guint            tick_id;
  guint            timeout_id;
  guint            speed;
  int              shown_phase;
  int              spoken_week;
  int              spoken_phase;
  guint            playing : 1;
  guint            updating_scrubber : 1;
  guint            advancing : 1;
};

G_DEFINE_FINAL_TYPE (SdTimelineBar, sd_timeline_bar, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_TREATMENT,
  PROP_PLAYING,
  PROP_SPEED,
  N_PROPS
};

enum
{
  RESETTING,
  RESET_ALL,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const double days_per_second[SD_N_TIMELINE_SPEEDS] = { 1.0, 2.0, 7.0, 28.0 };

/*
 * Auxiliary methods
 */

static guint
n_days (SdTimelineBar *self)
{
  return self->treatment ? sd_treatment_get_n_days (self->treatment) : 0;
}

static guint
last_day (SdTimelineBar *self)
{
  guint n = n_days (self);

  return n > 0 ? n - 1 : 0;
}

static guint
current_day (SdTimelineBar *self)
{
  return self->treatment ? sd_treatment_get_day (self->treatment) : 0;
}

static const char *
phase_words (SdPhase phase)
{
  switch (phase)
    {
    /* translators: used as "Week 6, remodelling: collagen 31 % above baseline" */
    case SD_PHASE_INFLAMMATION:  return _("inflammation");
    case SD_PHASE_PROLIFERATION: return _("proliferation");
    case SD_PHASE_REMODELLING:   return _("remodelling");
    case SD_PHASE_BASELINE:
    case SD_N_PHASES:
    default:                     return _("before treatment");
    }
}

static char *
format_when (guint day)
{
  if (day < 7)
    /* translators: the point in the course; days since the course began */
    return g_strdup_printf (_("Day %u"), day);
  if (day % 7 == 0)
    /* translators: the point in the course; weeks since the course began */
    return g_strdup_printf (_("Week %u"), day / 7);
  /* translators: the point in the course: full weeks, then days into the next week */
  return g_strdup_printf (_("Week %u, day %u"), day / 7, day % 7);
}

static char *
format_level (double pct)
{
  double r = round (pct);

  if (fabs (r) < 0.5)
    return g_strdup (_("collagen at baseline"));
  if (r > 0)
    /* translators: %.0f is a percentage; keep "%%" */
    return g_strdup_printf (_("collagen %.0f %% above baseline"), fabs (r));
  /* translators: %.0f is a percentage; keep "%%" */
  return g_strdup_printf (_("collagen %.0f %% below baseline"), fabs (r));
}

static char *
format_untreated (double pct)
{
  double r = round (pct);

  if (fabs (r) < 0.5)
    return g_strdup (_("without treatment at baseline"));
  if (r > 0)
    /* translators: %.0f is a percentage; keep "%%" */
    return g_strdup_printf (_("without treatment %.0f %% above"), fabs (r));
  /* translators: %.0f is a percentage; keep "%%" */
  return g_strdup_printf (_("without treatment %.0f %% below"), fabs (r));
}

static void
update_phase_info (SdTimelineBar *self,
                   SdPhase        phase)
{
  if ((int)phase == self->shown_phase)
    return;

  self->shown_phase = phase;
  /* The headline's tooltip explains the phase too, without opening the popover. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->position_label),
                               _(sd_phase_get_description (phase)));
  gtk_label_set_label (self->phase_name_label, _(sd_phase_get_name (phase)));
  gtk_label_set_label (self->phase_description_label, _(sd_phase_get_description (phase)));
  {
    /* translators: %s is a short citation, such as "Antioxid Redox Signal 2008" */
    g_autofree char *source = g_strdup_printf (_("Source: %s"), _(sd_phase_get_source (phase)));

    gtk_label_set_label (self->phase_source_label, source);
  }
  /* The glossary explains each healing phase (not the day before any session) */
  gtk_widget_set_visible (GTK_WIDGET (self->phase_term_button), phase != SD_PHASE_BASELINE);
  if (phase != SD_PHASE_BASELINE)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (self->phase_term_button), "s",
                                      sd_phase_to_id (phase));
}

/* The status line is spoken by screen readers on every change. While playing it
 * changes once a week or when the phase changes (7 to 28 days go by per second,
 * too fast to listen to); stepping or paused, every day. */
static void
update_status (SdTimelineBar *self)
{
  g_autofree char *description = NULL;
  int week = current_day (self) / 7;
  int phase = self->treatment ? (int)sd_treatment_get_current (self->treatment)->phase : -1;

  if (self->playing && week == self->spoken_week && phase == self->spoken_phase)
    return;

  self->spoken_week = week;
  self->spoken_phase = phase;
  description = sd_timeline_bar_dup_description (self);
  gtk_label_set_label (self->status_label, description);
}

static void
update_labels (SdTimelineBar *self)
{
  g_autofree char *position = sd_timeline_bar_dup_position (self);
  g_autofree char *count = NULL;

  gtk_label_set_label (self->position_label, position);
  update_status (self);

  /* translators: the day the timeline is at, and the course's last day */
  count = g_strdup_printf (_("Day %u of %u"), current_day (self), last_day (self));
  gtk_label_set_label (self->day_count_label, count);

  if (self->treatment)
    update_phase_info (self, sd_treatment_get_current (self->treatment)->phase);
}

static void
update_scrubber_value (SdTimelineBar *self)
{
  self->updating_scrubber = TRUE;
  gtk_adjustment_set_value (self->day_adjustment, current_day (self));
  self->updating_scrubber = FALSE;
}

static void
update_scrubber_range (SdTimelineBar *self)
{
  const SdCourse *course;
  guint sessions;

  self->updating_scrubber = TRUE;
  gtk_adjustment_configure (self->day_adjustment, current_day (self), 0, last_day (self),
                            1, 7, 0);
  self->updating_scrubber = FALSE;

  /* One mark per session, numbered while they are few enough to read. */
  gtk_scale_clear_marks (self->scrubber);
  if (self->treatment == NULL)
    return;

  course = sd_treatment_get_course (self->treatment);
  sessions = sd_treatment_get_sessions (self->treatment);
  for (guint i = 0; i < sessions; i++)
    {
      guint day = sd_course_get_session_day (course, i);
      g_autofree char *label = NULL;

      if (day == G_MAXUINT || day > last_day (self))
        break;
      if (sessions <= 8)
        label = g_strdup_printf ("%u", i + 1);
      gtk_scale_add_mark (self->scrubber, day, GTK_POS_BOTTOM, label);
    }
}

static void
update_play_button (SdTimelineBar *self)
{
  GtkWidget *button = GTK_WIDGET (self->play_button);

  if (self->playing)
    {
      gtk_button_set_icon_name (GTK_BUTTON (button), "media-playback-pause-symbolic");
      gtk_widget_set_tooltip_text (button, _("Pause (Space)"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pause"), -1);
    }
  else
    {
      gtk_button_set_icon_name (GTK_BUTTON (button), "media-playback-start-symbolic");
      gtk_widget_set_tooltip_text (button, _("Play (Space)"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Play"), -1);
    }
}

static void
set_day (SdTimelineBar *self,
         guint          day)
{
  if (self->treatment == NULL)
    return;

  self->advancing = TRUE;
  sd_treatment_set_day (self->treatment, MIN (day, last_day (self)));
  self->advancing = FALSE;
}

/* Moves playback to @position (fractional days); stops on the last day. */
static void
advance_to (SdTimelineBar *self,
            double         position)
{
  guint last = last_day (self);

  if (position >= last)
    {
      self->position = last;
      set_day (self, last);
      sd_timeline_bar_set_playing (self, FALSE);
      return;
    }

  self->position = position;
  set_day (self, (guint)floor (position));
}

static gboolean
animations_enabled (SdTimelineBar *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)),
                "gtk-enable-animations", &enabled, NULL);
  return enabled;
}

static gboolean
playback_tick_cb (GtkWidget     *widget,
                  GdkFrameClock *frame_clock,
                  gpointer       user_data)
{
  SdTimelineBar *self = SD_TIMELINE_BAR (widget);
  gint64 now = gdk_frame_clock_get_frame_time (frame_clock);
  double elapsed;

  if (self->last_frame_time == 0)
    {
      self->last_frame_time = now;
      return G_SOURCE_CONTINUE;
    }

  /* A stalled frame (a busy machine) must not make the course jump. */
  elapsed = MIN ((now - self->last_frame_time) / (double)G_USEC_PER_SEC, 0.25);
  self->last_frame_time = now;

  advance_to (self, self->position + days_per_second[self->speed] * elapsed);

  return self->playing ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static gboolean
playback_timeout_cb (gpointer user_data)
{
  SdTimelineBar *self = SD_TIMELINE_BAR (user_data);

  advance_to (self, floor (self->position) + days_per_second[self->speed]);

  return self->playing ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
stop_playback_sources (SdTimelineBar *self)
{
  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
  g_clear_handle_id (&self->timeout_id, g_source_remove);
}

static void
start_playback_sources (SdTimelineBar *self)
{
  stop_playback_sources (self);
  self->last_frame_time = 0;
  self->position = current_day (self);

  if (animations_enabled (self))
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), playback_tick_cb,
                                                  NULL, NULL);
  else
    self->timeout_id = g_timeout_add_seconds (1, playback_timeout_cb, self);
}

static void
on_enable_animations_cb (SdTimelineBar *self)
{
  /* Switch between frames and the once-a-second timer mid-play. */
  if (self->playing)
    start_playback_sources (self);
}

static void
step (SdTimelineBar *self,
      int            days)
{
  gint64 day = (gint64)current_day (self) + days;

  set_day (self, (guint)CLAMP (day, 0, (gint64)last_day (self)));
  self->position = current_day (self);
}

/*
 * Signal callbacks
 */

static void
on_treatment_day_cb (SdTimelineBar *self,
                     GParamSpec    *pspec,
                     SdTreatment   *treatment)
{
  g_assert (SD_IS_TIMELINE_BAR (self));

  /* Someone else moved the day (the chart, the scrubber): playback goes on from there. */
  if (!self->advancing)
    self->position = current_day (self);

  update_scrubber_value (self);
  update_labels (self);
}

static void
on_treatment_changed_cb (SdTimelineBar *self,
                         SdTreatment   *treatment)
{
  g_assert (SD_IS_TIMELINE_BAR (self));

  self->spoken_week = -1;
  update_scrubber_range (self);
  update_labels (self);
}

static void
on_day_adjustment_value_changed_cb (SdTimelineBar *self,
                                    GtkAdjustment *adjustment)
{
  g_assert (SD_IS_TIMELINE_BAR (self));

  if (self->updating_scrubber || self->treatment == NULL)
    return;

  sd_treatment_set_day (self->treatment, (guint)round (gtk_adjustment_get_value (adjustment)));
}

static gboolean
on_shortcut_cb (GtkWidget *scope,
                GVariant  *args,
                gpointer   user_data)
{
  SdTimelineBar *self = SD_TIMELINE_BAR (user_data);
  const char *action = NULL;
  GVariant *parameter = NULL;

  g_variant_get (args, "(&sm@i)", &action, &parameter);
  if (!gtk_widget_is_sensitive (GTK_WIDGET (self)))
    {
      g_clear_pointer (&parameter, g_variant_unref);
      return FALSE;
    }

  gtk_widget_activate_action_variant (GTK_WIDGET (self), action, parameter);
  g_clear_pointer (&parameter, g_variant_unref);

  return TRUE;
}

/* The buttons call the actions by hand: in GTK 4.8 a button given a class action
 * of this widget in the template stays insensitive (its action helper looks the
 * action up before the button has a parent and never looks again). */
static void
on_week_back_clicked_cb (SdTimelineBar *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "timeline.step", "i", -7);
}

static void
on_day_back_clicked_cb (SdTimelineBar *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "timeline.step", "i", -1);
}

static void
on_day_forward_clicked_cb (SdTimelineBar *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "timeline.step", "i", 1);
}

static void
on_week_forward_clicked_cb (SdTimelineBar *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "timeline.step", "i", 7);
}

static gboolean
deselect_source (gpointer data)
{
  gtk_label_select_region (GTK_LABEL (data), 0, 0);
  return G_SOURCE_REMOVE;
}

static void
on_phase_popover_show_cb (SdTimelineBar *self)
{
  /* The source stays selectable for copying, but does not open highlighted as the
   * first thing the popover focuses. */
  g_idle_add_full (G_PRIORITY_DEFAULT, deselect_source, g_object_ref (self->phase_source_label),
                   g_object_unref);
}

static void
on_reset_clicked_cb (SdTimelineBar *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "timeline.reset-all", NULL);
}

/*
 * Actions
 */

static void
sd_timeline_bar_step_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  step (SD_TIMELINE_BAR (widget), g_variant_get_int32 (parameter));
}

static void
sd_timeline_bar_first_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  SdTimelineBar *self = SD_TIMELINE_BAR (widget);

  set_day (self, 0);
  self->position = 0;
}

static void
sd_timeline_bar_last_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  SdTimelineBar *self = SD_TIMELINE_BAR (widget);

  sd_timeline_bar_set_playing (self, FALSE);
  set_day (self, last_day (self));
  self->position = current_day (self);
}

static void
sd_timeline_bar_reset_all_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  SdTimelineBar *self = SD_TIMELINE_BAR (widget);
  SdCourseParams defaults;
  SdSection *section;

  /* The window keeps what is about to go, to offer Undo. */
  g_signal_emit (self, signals[RESETTING], 0);

  sd_timeline_bar_set_playing (self, FALSE);
  sd_timeline_bar_set_speed (self, SD_TIMELINE_SPEED_DEFAULT);

  if (self->treatment)
    {
      /* The skin back to the model's defaults, then the plan and day 0. */
      sd_course_params_init (&defaults);
      section = sd_treatment_get_section (self->treatment);
      sd_section_set_site (section, defaults.site);
      sd_section_set_age (section, defaults.age_years);
      sd_section_set_sex (section, defaults.sex);
      sd_section_set_device (section, defaults.device);
      sd_section_set_length_mm (section, defaults.length_mm);
      sd_treatment_reset (self->treatment);
    }
  self->position = 0;

  /* The window resets what only it knows: the picture's zoom, selection, needle. */
  g_signal_emit (self, signals[RESET_ALL], 0);
}

/*
 * GtkWidget overrides
 */

static void
sd_timeline_bar_unmap (GtkWidget *widget)
{
  /* Nothing plays where nobody sees it. */
  sd_timeline_bar_set_playing (SD_TIMELINE_BAR (widget), FALSE);

  GTK_WIDGET_CLASS (sd_timeline_bar_parent_class)->unmap (widget);
}

/*
 * GObject overrides
 */

static void
sd_timeline_bar_dispose (GObject *object)
{
  SdTimelineBar *self = (SdTimelineBar *)object;

  stop_playback_sources (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_TIMELINE_BAR);

  if (self->treatment_signals)
    g_signal_group_set_target (self->treatment_signals, NULL);
  g_clear_object (&self->treatment_signals);
  g_clear_object (&self->treatment);

  G_OBJECT_CLASS (sd_timeline_bar_parent_class)->dispose (object);
}

static void
sd_timeline_bar_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SdTimelineBar *self = SD_TIMELINE_BAR (object);

  switch (prop_id)
    {
    case PROP_TREATMENT:
      g_value_set_object (value, self->treatment);
      break;

    case PROP_PLAYING:
      g_value_set_boolean (value, self->playing);
      break;

    case PROP_SPEED:
      g_value_set_uint (value, self->speed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_timeline_bar_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SdTimelineBar *self = SD_TIMELINE_BAR (object);

  switch (prop_id)
    {
    case PROP_TREATMENT:
      sd_timeline_bar_set_treatment (self, g_value_get_object (value));
      break;

    case PROP_PLAYING:
      sd_timeline_bar_set_playing (self, g_value_get_boolean (value));
      break;

    case PROP_SPEED:
      sd_timeline_bar_set_speed (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_timeline_bar_class_init (SdTimelineBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_timeline_bar_dispose;
  object_class->get_property = sd_timeline_bar_get_property;
  object_class->set_property = sd_timeline_bar_set_property;

  widget_class->unmap = sd_timeline_bar_unmap;

  /**
   * SdTimelineBar:treatment:
   *
   * The treatment whose day the bar moves.
   */
  properties[PROP_TREATMENT] =
    g_param_spec_object ("treatment", NULL, NULL, SD_TYPE_TREATMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SdTimelineBar:playing:
   *
   * Whether the course plays. Stops by itself on the last day.
   */
  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SdTimelineBar:speed:
   *
   * The playback speed, an #SdTimelineSpeed (a uint, for the drop-down's "selected").
   */
  properties[PROP_SPEED] =
    g_param_spec_uint ("speed", NULL, NULL, 0, SD_N_TIMELINE_SPEEDS - 1,
                       SD_TIMELINE_SPEED_DEFAULT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SdTimelineBar::resetting:
   *
   * Emitted when "Reset all" is about to put everything back, while the treatment and
   * the section still hold what the user had (for Undo).
   */
  signals[RESETTING] =
    g_signal_new ("resetting",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * SdTimelineBar::reset-all:
   *
   * Emitted after "Reset all" put the treatment, the section and the bar back to
   * their starting state, for the window to reset the rest.
   */
  signals[RESET_ALL] =
    g_signal_new ("reset-all",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/sd-timeline-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, SdTimelineBar, controls_box);
  gtk_widget_class_bind_template_child (widget_class, SdTimelineBar, status_box);
  gtk_widget_class_bind_template_child (widget_class, SdTimelineBar, play_button);
  gtk_widget_class_bind_template_child (widget_class, SdTimelineBar, scrubber);
  gtk_widget_class_bind_template_child (widget_class, SdTimelineBar, day_adjustment);
  gtk_widget_class_bind_template_child (widget_class, SdTimelineBar, speed_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SdTimelineBar, position_label);
  gtk_widget_class_bind_template_child (widget_class, SdTimelineBar, status_label);
  gtk_widget_class_bind_template_child (widget_class, SdTimelineBar, day_count_label);
  gtk_widget_class_bind_template_child (widget_class, SdTimelineBar, phase_name_label);
  gtk_widget_class_bind_template_child (widget_class, SdTimelineBar, phase_description_label);
  gtk_widget_class_bind_template_child (widget_class, SdTimelineBar, phase_source_label);
  gtk_widget_class_bind_template_child (widget_class, SdTimelineBar, phase_term_button);
  gtk_widget_class_bind_template_callback (widget_class, on_phase_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_adjustment_value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_week_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_forward_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_week_forward_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked_cb);

  gtk_widget_class_install_property_action (widget_class, "timeline.play", "playing");
  gtk_widget_class_install_action (widget_class, "timeline.step", "i",
                                   sd_timeline_bar_step_action);
  gtk_widget_class_install_action (widget_class, "timeline.first", NULL,
                                   sd_timeline_bar_first_action);
  gtk_widget_class_install_action (widget_class, "timeline.last", NULL,
                                   sd_timeline_bar_last_action);
  gtk_widget_class_install_action (widget_class, "timeline.reset-all", NULL,
                                   sd_timeline_bar_reset_all_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timelinebar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sd_timeline_bar_init (SdTimelineBar *self)
{
  GtkLayoutManager *layout;

  /* Before the template: its drop-down binds to "speed" with sync-create. */
  self->speed = SD_TIMELINE_SPEED_DEFAULT;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->shown_phase = -1;
  self->spoken_week = -1;
  self->spoken_phase = -1;

  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)),
                           "notify::gtk-enable-animations",
                           G_CALLBACK (on_enable_animations_cb), self, G_CONNECT_SWAPPED);

  self->treatment_signals = g_signal_group_new (SD_TYPE_TREATMENT);
  g_signal_group_connect_object (self->treatment_signals, "notify::day",
                                 G_CALLBACK (on_treatment_day_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->treatment_signals, "changed",
                                 G_CALLBACK (on_treatment_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"), -1);

  /* GTK 4.8 leaves the drop-down's own button unnamed for screen readers. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->speed_dropdown));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Playback speed"), -1);
  update_play_button (self);
  update_scrubber_range (self);
  update_labels (self);
}

/*
 * Public API
 */

GtkWidget *
sd_timeline_bar_new (void)
{
  return g_object_new (SD_TYPE_TIMELINE_BAR, NULL);
}

SdTreatment *
sd_timeline_bar_get_treatment (SdTimelineBar *self)
{
  g_return_val_if_fail (SD_IS_TIMELINE_BAR (self), NULL);

  return self->treatment;
}

void
sd_timeline_bar_set_treatment (SdTimelineBar *self,
                               SdTreatment   *treatment)
{
  g_return_if_fail (SD_IS_TIMELINE_BAR (self));
  g_return_if_fail (treatment == NULL || SD_IS_TREATMENT (treatment));

  if (self->treatment == treatment)
    return;

  sd_timeline_bar_set_playing (self, FALSE);
  g_set_object (&self->treatment, treatment);
  g_signal_group_set_target (self->treatment_signals, treatment);
  self->position = current_day (self);
  self->shown_phase = -1;
  self->spoken_week = -1;

  update_scrubber_range (self);
  update_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TREATMENT]);
}

gboolean
sd_timeline_bar_get_playing (SdTimelineBar *self)
{
  g_return_val_if_fail (SD_IS_TIMELINE_BAR (self), FALSE);

  return self->playing;
}

void
sd_timeline_bar_set_playing (SdTimelineBar *self,
                             gboolean       playing)
{
  g_return_if_fail (SD_IS_TIMELINE_BAR (self));

  playing = !!playing && self->treatment != NULL;
  if (playing == self->playing)
    return;

  self->playing = playing;
  if (playing)
    {
      /* Play from the end starts over. */
      if (current_day (self) >= last_day (self))
        set_day (self, 0);
      start_playback_sources (self);
    }
  else
    stop_playback_sources (self);

  /* Stopped: say exactly where the course is. */
  if (!playing)
    update_status (self);
  update_play_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

SdTimelineSpeed
sd_timeline_bar_get_speed (SdTimelineBar *self)
{
  g_return_val_if_fail (SD_IS_TIMELINE_BAR (self), SD_TIMELINE_SPEED_DEFAULT);

  return self->speed;
}

void
sd_timeline_bar_set_speed (SdTimelineBar   *self,
                           SdTimelineSpeed  speed)
{
  g_return_if_fail (SD_IS_TIMELINE_BAR (self));
  g_return_if_fail (speed < SD_N_TIMELINE_SPEEDS);

  if (speed == self->speed)
    return;

  self->speed = speed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEED]);
}

double
sd_timeline_speed_get_days_per_second (SdTimelineSpeed speed)
{
  g_return_val_if_fail (speed < SD_N_TIMELINE_SPEEDS, 1.0);

  return days_per_second[speed];
}

char *
sd_timeline_bar_dup_position (SdTimelineBar *self)
{
  const SdCourseDay *today;
  const char *phase;
  guint day;

  g_return_val_if_fail (SD_IS_TIMELINE_BAR (self), NULL);

  if (self->treatment == NULL)
    return g_strdup (_("No course yet"));

  today = sd_treatment_get_current (self->treatment);
  day = today->day;
  phase = sd_treatment_get_sessions (self->treatment) == 0
    ? _("No treatment") : _(sd_phase_get_name (today->phase));

  return sd_course_label_position (day, phase);
}

char *
sd_timeline_bar_dup_description (SdTimelineBar *self)
{
  const SdCourseDay *today;
  const SdCourseDay *untreated;
  g_autofree char *when = NULL;
  g_autofree char *level = NULL;
  g_autofree char *without = NULL;

  g_return_val_if_fail (SD_IS_TIMELINE_BAR (self), NULL);

  if (self->treatment == NULL)
    return g_strdup (_("No course yet"));

  today = sd_treatment_get_current (self->treatment);
  untreated = sd_treatment_get_current_untreated (self->treatment);
  when = format_when (today->day);
  level = format_level ((today->collagen_rel - 1.0) * 100.0);

  if (sd_treatment_get_sessions (self->treatment) == 0)
    /* translators: "Week 6", "collagen 1 % below baseline"; a course without sessions */
    return g_strdup_printf (_("%s, no treatment: %s"), when, level);

  without = format_untreated ((untreated->collagen_rel - 1.0) * 100.0);
  /* translators: "Week 6", "remodelling", "collagen 31 % above baseline",
   * "without treatment 1 % below" */
  return g_strdup_printf (_("%s, %s: %s; %s"), when, phase_words (today->phase), level, without);
}

void
sd_timeline_bar_add_shortcuts_to (SdTimelineBar *self,
                                  GtkWidget     *scope)
{
  static const struct {
    guint           key;
    GdkModifierType mods;
    const char     *action;
    int             days;    /* for timeline.step */
  } keys[] = {
    { GDK_KEY_space, 0, "timeline.play", 0 },
    { GDK_KEY_Left, 0, "timeline.step", -1 },
    { GDK_KEY_Right, 0, "timeline.step", 1 },
    { GDK_KEY_Left, GDK_SHIFT_MASK, "timeline.step", -7 },
    { GDK_KEY_Right, GDK_SHIFT_MASK, "timeline.step", 7 },
    { GDK_KEY_Page_Up, 0, "timeline.step", -7 },
    { GDK_KEY_Page_Down, 0, "timeline.step", 7 },
    { GDK_KEY_Home, 0, "timeline.first", 0 },
    { GDK_KEY_End, 0, "timeline.last", 0 },
  };
  GtkEventController *controller;

  g_return_if_fail (SD_IS_TIMELINE_BAR (self));
  g_return_if_fail (GTK_IS_WIDGET (scope));
  g_return_if_fail (gtk_widget_is_ancestor (GTK_WIDGET (self), scope));

  /* Bubble phase on @scope, an ancestor of the bar: the callback's pointer to the
   * bar lives as long as the controller. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_BUBBLE);
  gtk_event_controller_set_name (controller, "sd-timeline-shortcuts");

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcutAction *action = gtk_callback_action_new (on_shortcut_cb, self, NULL);
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, keys[i].mods),
                                                action);
      GVariant *parameter = g_str_equal (keys[i].action, "timeline.step")
        ? g_variant_new_int32 (keys[i].days) : NULL;

      gtk_shortcut_set_arguments (shortcut,
                                  g_variant_new ("(sm@i)", keys[i].action, parameter));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }

  gtk_widget_add_controller (scope, controller);
}
