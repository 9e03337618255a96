/* sd-kiosk-state.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-kiosk-state"

#include "config.h"

#include "sd-kiosk-state.h"

/* Marked for translation here, translated where shown (the core has no gettext). */
#define N_(s) (s)

struct _SdKioskState
{
  GObject      parent_instance;

  /* State */
  SdKioskPhase phase;
  guint        idle_timeout_s;
  guint        step;
  gint64       now_us;            /* the latest time seen */
  gint64       step_started_us;   /* ATTRACT */
  gint64       last_input_us;     /* ACTIVE */
  gint64       warning_started_us;/* WARNING */
  guint        warning_seconds;
  guint64      n_resets;
  guint64      n_visits;
};

G_DEFINE_FINAL_TYPE (SdKioskState, sd_kiosk_state, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PHASE,
  PROP_STEP,
  PROP_WARNING_SECONDS,
  PROP_IDLE_TIMEOUT,
  N_PROPS
};

enum {
  RESET,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The tour: about a minute, then it loops. Captions are short enough to read in
 * the step's time at arm's length; the weeks follow the default course
 * (cheek, 1.5 mm roller, one session). */
static const SdKioskTourStep tour[] = {
  { 7000, SD_KIOSK_VIEW_LAYERS, -1, 0, 0, 0,
    N_("This is skin, drawn to scale. Touch anywhere to explore it.") },
  { 6000, SD_KIOSK_VIEW_LAYERS, SD_LAYER_STRATUM_CORNEUM, 0, 0, 0,
    N_("On top: the stratum corneum, flat dead cells that keep water in and germs out.") },
  { 6000, SD_KIOSK_VIEW_LAYERS, SD_LAYER_STRATUM_BASALE, 0, 0, 0,
    N_("At the base of the epidermis, new cells are made. They reach the surface in about a month.") },
  { 6000, SD_KIOSK_VIEW_LAYERS, SD_LAYER_RETICULAR_DERMIS, 0, 0, 0,
    N_("The dermis is thick with collagen, the protein that makes skin firm.") },
  { 6000, SD_KIOSK_VIEW_LAYERS, SD_LAYER_HYPODERMIS, 0, 0, 0,
    N_("Below lies fat, which cushions and keeps us warm.") },
  { 7000, SD_KIOSK_VIEW_NEEDLE, -1, 0.5, 0, 0,
    N_("A 0.5 mm microneedle goes only a little way into the skin.") },
  { 7000, SD_KIOSK_VIEW_NEEDLE, -1, 1.5, 0, 0,
    N_("A 1.5 mm needle reaches the dermis, where collagen is made.") },
  { 6000, SD_KIOSK_VIEW_WEEKS, -1, 0, 0, 2,
    N_("After a session the skin heals: first inflammation, for a few days.") },
  { 7000, SD_KIOSK_VIEW_WEEKS, -1, 0, 2, 8,
    N_("Then new tissue: cells called fibroblasts lay down fresh collagen.") },
  { 8000, SD_KIOSK_VIEW_WEEKS, -1, 0, 8, 26,
    N_("For months afterwards the new collagen is remodelled and strengthened.") },
  { 6000, SD_KIOSK_VIEW_LAYERS, -1, 0, 0, 0,
    N_("Touch the screen to choose a body site, a needle length, and play the weeks yourself.") },
};

/*
 * Auxiliary methods
 */

static void
set_phase (SdKioskState *self,
           SdKioskPhase  phase)
{
  if (self->phase == phase)
    return;

  self->phase = phase;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
}

static void
set_step (SdKioskState *self,
          guint         step)
{
  if (self->step == step)
    return;

  self->step = step;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

static void
set_warning_seconds (SdKioskState *self,
                     guint         seconds)
{
  if (self->warning_seconds == seconds)
    return;

  self->warning_seconds = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING_SECONDS]);
}

static gint64
advance_clock (SdKioskState *self,
               gint64        now_us)
{
  if (now_us > self->now_us)
    self->now_us = now_us;

  return self->now_us;
}

static void
start_attract (SdKioskState *self,
               gint64        now_us)
{
  self->step_started_us = now_us;
  set_warning_seconds (self, 0);
  set_step (self, 0);
  set_phase (self, SD_KIOSK_PHASE_ATTRACT);
}

static void
tick_attract (SdKioskState *self,
              gint64        now_us)
{
  gint64 elapsed = now_us - self->step_started_us;
  gint64 cycle = sd_kiosk_tour_get_duration_us ();
  guint step = self->step;

  /* After a long gap (a suspended machine, a test's big step), skip whole loops
   * at once instead of walking them step by step. */
  if (elapsed >= cycle)
    {
      gint64 whole = 0;

      for (guint i = step; i < G_N_ELEMENTS (tour); i++)
        whole += (gint64)tour[i].duration_ms * 1000;
      if (elapsed >= whole)
        {
          self->step_started_us += whole;
          elapsed -= whole;
          step = 0;
          self->step_started_us += (elapsed / cycle) * cycle;
          elapsed %= cycle;
        }
    }

  while (elapsed >= (gint64)tour[step].duration_ms * 1000)
    {
      elapsed -= (gint64)tour[step].duration_ms * 1000;
      self->step_started_us += (gint64)tour[step].duration_ms * 1000;
      step = (step + 1) % G_N_ELEMENTS (tour);
    }

  set_step (self, step);
}

/*
 * GObject overrides
 */

static void
sd_kiosk_state_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SdKioskState *self = SD_KIOSK_STATE (object);

  switch (prop_id)
    {
    case PROP_PHASE:
      g_value_set_int (value, self->phase);
      break;

    case PROP_STEP:
      g_value_set_uint (value, self->step);
      break;

    case PROP_WARNING_SECONDS:
      g_value_set_uint (value, self->warning_seconds);
      break;

    case PROP_IDLE_TIMEOUT:
      g_value_set_uint (value, self->idle_timeout_s);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_kiosk_state_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SdKioskState *self = SD_KIOSK_STATE (object);

  switch (prop_id)
    {
    case PROP_IDLE_TIMEOUT:
      sd_kiosk_state_set_idle_timeout (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_kiosk_state_class_init (SdKioskStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sd_kiosk_state_get_property;
  object_class->set_property = sd_kiosk_state_set_property;

  /** SdKioskState:phase: an SdKioskPhase */
  properties[PROP_PHASE] =
    g_param_spec_int ("phase", NULL, NULL, 0, SD_N_KIOSK_PHASES - 1, SD_KIOSK_PHASE_ATTRACT,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /** SdKioskState:step: the tour step shown (meaningful in ATTRACT) */
  properties[PROP_STEP] =
    g_param_spec_uint ("step", NULL, NULL, 0, G_N_ELEMENTS (tour) - 1, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /** SdKioskState:warning-seconds: the countdown shown in WARNING */
  properties[PROP_WARNING_SECONDS] =
    g_param_spec_uint ("warning-seconds", NULL, NULL, 0, SD_KIOSK_WARNING_SECONDS, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /** SdKioskState:idle-timeout: seconds without input before the warning */
  properties[PROP_IDLE_TIMEOUT] =
    g_param_spec_uint ("idle-timeout", NULL, NULL,
                       SD_KIOSK_IDLE_TIMEOUT_MIN, SD_KIOSK_IDLE_TIMEOUT_MAX,
                       SD_KIOSK_IDLE_TIMEOUT_DEFAULT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SdKioskState::reset:
   *
   * The visitor has gone (or staff asked): everything returns to its start.
   * Emitted before the phase changes to ATTRACT.
   */
  signals[RESET] = g_signal_new ("reset", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sd_kiosk_state_init (SdKioskState *self)
{
  self->idle_timeout_s = SD_KIOSK_IDLE_TIMEOUT_DEFAULT;
}

/*
 * Public API
 */

const char *
sd_kiosk_phase_to_id (SdKioskPhase phase)
{
  static const char *ids[] = { "attract", "active", "warning" };

  g_return_val_if_fail (phase < SD_N_KIOSK_PHASES, NULL);

  return ids[phase];
}

const char *
sd_kiosk_phase_get_name (SdKioskPhase phase)
{
  static const char *names[] = {
    /* translators: the kiosk's state, read by screen readers */
    N_("Attract loop"),
    /* translators: the kiosk's state, read by screen readers */
    N_("In use"),
    /* translators: the kiosk's state, read by screen readers */
    N_("Touch to continue"),
  };

  g_return_val_if_fail (phase < SD_N_KIOSK_PHASES, NULL);

  return names[phase];
}

const char *
sd_kiosk_view_to_id (SdKioskView view)
{
  static const char *ids[] = { "layers", "needle", "weeks" };

  g_return_val_if_fail (view < SD_N_KIOSK_VIEWS, NULL);

  return ids[view];
}

const SdKioskTourStep *
sd_kiosk_tour_get_steps (guint *n_steps)
{
  if (n_steps != NULL)
    *n_steps = G_N_ELEMENTS (tour);

  return tour;
}

gint64
sd_kiosk_tour_get_duration_us (void)
{
  gint64 total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (tour); i++)
    total += (gint64)tour[i].duration_ms * 1000;

  return total;
}

SdKioskState *
sd_kiosk_state_new (guint  idle_timeout_s,
                    gint64 now_us)
{
  SdKioskState *self = g_object_new (SD_TYPE_KIOSK_STATE, NULL);

  sd_kiosk_state_set_idle_timeout (self, idle_timeout_s);

  self->now_us = now_us;
  self->step_started_us = now_us;
  self->last_input_us = now_us;

  return self;
}

guint
sd_kiosk_state_get_idle_timeout (SdKioskState *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_STATE (self), SD_KIOSK_IDLE_TIMEOUT_DEFAULT);

  return self->idle_timeout_s;
}

void
sd_kiosk_state_set_idle_timeout (SdKioskState *self,
                                 guint         idle_timeout_s)
{
  g_return_if_fail (SD_IS_KIOSK_STATE (self));

  idle_timeout_s = CLAMP (idle_timeout_s, SD_KIOSK_IDLE_TIMEOUT_MIN, SD_KIOSK_IDLE_TIMEOUT_MAX);
  if (self->idle_timeout_s == idle_timeout_s)
    return;

  self->idle_timeout_s = idle_timeout_s;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IDLE_TIMEOUT]);
}

gboolean
sd_kiosk_state_input (SdKioskState *self,
                      gint64        now_us)
{
  SdKioskPhase was;

  g_return_val_if_fail (SD_IS_KIOSK_STATE (self), FALSE);

  now_us = advance_clock (self, now_us);
  was = self->phase;
  self->last_input_us = now_us;

  if (was == SD_KIOSK_PHASE_ATTRACT)
    self->n_visits++;

  set_warning_seconds (self, 0);
  set_phase (self, SD_KIOSK_PHASE_ACTIVE);

  return was != SD_KIOSK_PHASE_ACTIVE;
}

void
sd_kiosk_state_tick (SdKioskState *self,
                     gint64        now_us)
{
  gint64 idle_us, warning_us;

  g_return_if_fail (SD_IS_KIOSK_STATE (self));

  now_us = advance_clock (self, now_us);
  idle_us = (gint64)self->idle_timeout_s * G_USEC_PER_SEC;
  warning_us = (gint64)SD_KIOSK_WARNING_SECONDS * G_USEC_PER_SEC;

  switch (self->phase)
    {
    case SD_KIOSK_PHASE_ATTRACT:
      tick_attract (self, now_us);
      break;

    case SD_KIOSK_PHASE_ACTIVE:
      if (now_us - self->last_input_us < idle_us)
        break;
      self->warning_started_us = self->last_input_us + idle_us;
      set_warning_seconds (self, SD_KIOSK_WARNING_SECONDS);
      set_phase (self, SD_KIOSK_PHASE_WARNING);
      G_GNUC_FALLTHROUGH;

    case SD_KIOSK_PHASE_WARNING:
      if (now_us - self->warning_started_us >= warning_us)
        {
          /* The tour starts from where the reset was due, so that a late tick
           * (or a test's big step) lands on the same step as a steady clock. */
          gint64 due = self->warning_started_us + warning_us;

          self->n_resets++;
          g_signal_emit (self, signals[RESET], 0);
          start_attract (self, due);
          tick_attract (self, now_us);
        }
      else
        {
          gint64 left = warning_us - (now_us - self->warning_started_us);

          set_warning_seconds (self, (guint)((left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC));
        }
      break;

    case SD_N_KIOSK_PHASES:
    default:
      g_assert_not_reached ();
    }
}

void
sd_kiosk_state_rebase (SdKioskState *self,
                       gint64        now_us)
{
  g_return_if_fail (SD_IS_KIOSK_STATE (self));

  self->now_us = now_us;
  self->last_input_us = now_us;
  start_attract (self, now_us);
}

void
sd_kiosk_state_reset (SdKioskState *self,
                      gint64        now_us)
{
  g_return_if_fail (SD_IS_KIOSK_STATE (self));

  now_us = advance_clock (self, now_us);
  self->n_resets++;
  g_signal_emit (self, signals[RESET], 0);
  start_attract (self, now_us);
}

SdKioskPhase
sd_kiosk_state_get_phase (SdKioskState *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_STATE (self), SD_KIOSK_PHASE_ATTRACT);

  return self->phase;
}

guint
sd_kiosk_state_get_step (SdKioskState *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_STATE (self), 0);

  return self->step;
}

double
sd_kiosk_state_get_step_progress (SdKioskState *self)
{
  double duration;

  g_return_val_if_fail (SD_IS_KIOSK_STATE (self), 0);

  if (self->phase != SD_KIOSK_PHASE_ATTRACT)
    return 0;

  duration = tour[self->step].duration_ms * 1000.0;
  return CLAMP ((self->now_us - self->step_started_us) / duration, 0.0, 1.0);
}

guint
sd_kiosk_state_get_warning_seconds (SdKioskState *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_STATE (self), 0);

  return self->warning_seconds;
}

guint64
sd_kiosk_state_get_n_resets (SdKioskState *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_STATE (self), 0);

  return self->n_resets;
}

guint64
sd_kiosk_state_get_n_visits (SdKioskState *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_STATE (self), 0);

  return self->n_visits;
}
