/* sd-kiosk-state.h — the kiosk's attract / in use / warning cycle and its tour
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No clock of its own: every call takes the time (monotonic, microseconds), so a
 * test can run a day of kiosk time in a fraction of a second.
 */

#pragma once

#include <glib-object.h>

#include "sd-model-types.h"

G_BEGIN_DECLS

#define SD_KIOSK_IDLE_TIMEOUT_DEFAULT  90     /* seconds without input before the warning */
#define SD_KIOSK_IDLE_TIMEOUT_MIN      15
#define SD_KIOSK_IDLE_TIMEOUT_MAX      3600
#define SD_KIOSK_WARNING_SECONDS       10     /* "Touch to continue" before the reset */

typedef enum
{
  SD_KIOSK_PHASE_ATTRACT,   /* nobody there: the tour plays */
  SD_KIOSK_PHASE_ACTIVE,    /* a visitor is using it */
  SD_KIOSK_PHASE_WARNING,   /* idle: "Touch to continue", then a reset */
  SD_N_KIOSK_PHASES
} SdKioskPhase;

const char *sd_kiosk_phase_to_id    (SdKioskPhase phase);   /* "attract" */
const char *sd_kiosk_phase_get_name (SdKioskPhase phase);   /* "Attract loop" (N_()) */

/* What a tour step shows. */
typedef enum
{
  SD_KIOSK_VIEW_LAYERS,     /* the cross-section, one layer highlighted */
  SD_KIOSK_VIEW_NEEDLE,     /* the cross-section with a needle of a given length */
  SD_KIOSK_VIEW_WEEKS,      /* the collagen course, weeks played from .. to */
  SD_N_KIOSK_VIEWS
} SdKioskView;

const char *sd_kiosk_view_to_id (SdKioskView view);           /* "layers", "needle", "weeks" */

typedef struct
{
  guint        duration_ms;
  SdKioskView  view;
  int          layer;        /* SdLayerId to highlight, -1 for none */
  double       length_mm;    /* needle length (NEEDLE) */
  guint        week_from;    /* course weeks played during the step (WEEKS) */
  guint        week_to;
  const char  *caption;      /* N_(): translate with _() when shown */
} SdKioskTourStep;

/* The scripted tour, a static table. */
const SdKioskTourStep *sd_kiosk_tour_get_steps       (guint *n_steps);
gint64                 sd_kiosk_tour_get_duration_us (void);

#define SD_TYPE_KIOSK_STATE (sd_kiosk_state_get_type ())

G_DECLARE_FINAL_TYPE (SdKioskState, sd_kiosk_state, SD, KIOSK_STATE, GObject)

/* Starts in ATTRACT at @now_us with the tour's first step. */
SdKioskState *sd_kiosk_state_new                 (guint         idle_timeout_s,
                                                  gint64        now_us);
guint         sd_kiosk_state_get_idle_timeout    (SdKioskState *self);
/* Clamped to SD_KIOSK_IDLE_TIMEOUT_MIN..MAX. */
void          sd_kiosk_state_set_idle_timeout    (SdKioskState *self,
                                                  guint         idle_timeout_s);
/* Any touch, click, key or scroll. Returns TRUE when the input only woke the
 * kiosk (ATTRACT or WARNING → ACTIVE) and should not reach the controls. */
gboolean      sd_kiosk_state_input               (SdKioskState *self,
                                                  gint64        now_us);
/* Advances time: tour steps, the warning, the reset. Time never runs backwards:
 * an earlier @now_us is treated as @now_us = the last time seen. */
void          sd_kiosk_state_tick                (SdKioskState *self,
                                                  gint64        now_us);
/* A new clock: forgets the times seen and starts the tour again at @now_us,
 * without a ::reset (the clock may run backwards here, and only here). */
void          sd_kiosk_state_rebase              (SdKioskState *self,
                                                  gint64        now_us);
/* Back to ATTRACT at the tour's start now, emitting ::reset (staff, tests). */
void          sd_kiosk_state_reset               (SdKioskState *self,
                                                  gint64        now_us);
SdKioskPhase  sd_kiosk_state_get_phase           (SdKioskState *self);
guint         sd_kiosk_state_get_step            (SdKioskState *self);
/* 0..1 through the current step (ATTRACT only; 0 otherwise). */
double        sd_kiosk_state_get_step_progress   (SdKioskState *self);
/* Whole seconds left before the reset (WARNING), else 0. */
guint         sd_kiosk_state_get_warning_seconds (SdKioskState *self);
/* Counters, for the log and the long-run test. */
guint64       sd_kiosk_state_get_n_resets        (SdKioskState *self);
guint64       sd_kiosk_state_get_n_visits        (SdKioskState *self);

G_END_DECLS
