/* sd-kiosk-window.h — Skin Deep on an unattended touch screen
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sd-kiosk-state.h"
#include "sd-section.h"

G_BEGIN_DECLS

#define SD_KIOSK_STAFF_HOLD_SECONDS 3    /* press and hold the top-left corner */
#define SD_KIOSK_STAFF_CORNER_PX    72

/* Monotonic time in microseconds; g_get_monotonic_time() unless a test injects one. */
typedef gint64 (*SdKioskClockFunc) (gpointer user_data);

#define SD_TYPE_KIOSK_WINDOW (sd_kiosk_window_get_type ())

G_DECLARE_FINAL_TYPE (SdKioskWindow, sd_kiosk_window, SD, KIOSK_WINDOW, AdwApplicationWindow)

/* @application may be NULL (tests). With an SdApplication, the application is
 * locked for the kiosk for as long as the window lives: app.quit asks for the
 * staff PIN, the other app actions and every keyboard accelerator are off. */
SdKioskWindow *sd_kiosk_window_new             (GtkApplication   *application,
                                                guint             idle_timeout_s);
SdKioskState  *sd_kiosk_window_get_state       (SdKioskWindow    *self);
void           sd_kiosk_window_set_clock       (SdKioskWindow    *self,
                                                SdKioskClockFunc  clock,
                                                gpointer          user_data);
/* One tick of the kiosk clock now (the window runs one every 250 ms). */
void           sd_kiosk_window_tick            (SdKioskWindow    *self);
/* What a touch, click, key or scroll does. Returns TRUE when it only woke the kiosk. */
gboolean       sd_kiosk_window_report_activity (SdKioskWindow    *self);
/* The stored hash ("$y$…", or an older "pbkdf2-sha256$…"); read from the kiosk-pin-hash
 * setting by default. */
void           sd_kiosk_window_set_pin_hash    (SdKioskWindow    *self,
                                                const char       *pin_hash);
/* The site shown at the start and after every reset (the kiosk-site setting). */
void           sd_kiosk_window_set_start_site  (SdKioskWindow    *self,
                                                SdSite            site);
/* Opens the staff PIN dialog (what the staff gesture and app.quit do). */
void           sd_kiosk_window_request_exit    (SdKioskWindow    *self);
/* Checks @pin; on success the kiosk quits the application (or closes itself
 * without one) and returns TRUE. Wrong PINs are counted and rate-limited. */
gboolean       sd_kiosk_window_try_exit        (SdKioskWindow    *self,
                                                const char       *pin);

G_END_DECLS
