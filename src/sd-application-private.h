/* sd-application-private.h — what the application does for its own windows
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sd-application.h"
#include "sd-kiosk-window.h"

G_BEGIN_DECLS

/* Kiosk mode, for as long as @kiosk lives: app.quit asks @kiosk for the staff PIN,
 * about, preferences, help and shortcuts are off, and no action has a keyboard
 * accelerator. SdKioskWindow calls these; a kiosk that was left with the PIN unlocks
 * before it quits. */
void _sd_application_lock_for_kiosk   (SdApplication *self,
                                       SdKioskWindow *kiosk);
void _sd_application_unlock_for_kiosk (SdApplication *self,
                                       SdKioskWindow *kiosk);

G_END_DECLS
