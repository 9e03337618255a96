/* sd-kiosk.h — kiosk mode's command line and start-up, for SdApplication
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What the command line asked for; kept by the application. */
typedef struct
{
  gboolean kiosk;            /* --kiosk */
  guint    idle_timeout_s;   /* --idle-timeout; 0: from the settings */
} SdKioskOptions;

/* Adds --kiosk, --idle-timeout SECONDS, --set-kiosk-pin and --hash-kiosk-pin.
 * Call from the application's init. */
void      sd_kiosk_add_options          (GApplication *application);
/* From handle-local-options: validates the options (a bad --idle-timeout prints
 * which value and the allowed range, and gives 2), runs --set-kiosk-pin and
 * --hash-kiosk-pin (0 or 1), and notes --kiosk and --idle-timeout in @kiosk.
 * -1 means "carry on". */
int       sd_kiosk_handle_local_options (GVariantDict         *options,
                                         SdKioskOptions       *kiosk);
/* TRUE with --kiosk or when the `kiosk` setting is on. */
gboolean  sd_kiosk_is_enabled           (const SdKioskOptions *kiosk);
/* From activate: in kiosk mode presents the kiosk window and returns TRUE;
 * otherwise does nothing and returns FALSE. */
gboolean  sd_kiosk_activate             (GtkApplication       *application,
                                         const SdKioskOptions *kiosk);

/* Whether a key press or release is kept from a visitor: nothing with Ctrl, Alt or
 * Super (Ctrl+Q, Ctrl+W, Alt+F4, the inspector), no function keys, no Escape, no
 * menu key. Arrows, Tab, Enter and Space still work, for visitors who use a keyboard. */
gboolean  sd_kiosk_key_is_blocked       (guint           keyval,
                                         GdkModifierType state);

/* Reads a PIN from @fd (no echo on a terminal; asked twice there). */
char     *sd_kiosk_read_pin             (int            fd,
                                         GError       **error);
/* Parses --idle-timeout's value. */
gboolean  sd_kiosk_parse_idle_timeout   (const char    *text,
                                         guint         *seconds,
                                         GError       **error);

G_END_DECLS
