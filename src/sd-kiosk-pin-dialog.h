/* sd-kiosk-pin-dialog.h — the kiosk's Staff Exit dialog
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What the dialog can offer, from what the kiosk knows about the stored PIN. */
typedef enum
{
  SD_KIOSK_PIN_DIALOG_ASK,          /* a PIN entry and "Leave Kiosk Mode" */
  SD_KIOSK_PIN_DIALOG_NO_PIN,       /* none set: only "Close" */
  SD_KIOSK_PIN_DIALOG_UNKNOWN_PIN,  /* a hash this version cannot check: only "Close" */
  SD_KIOSK_PIN_DIALOG_LOCKED,       /* too many wrong PINs: a countdown and "Close" */
} SdKioskPinDialogMode;

#define SD_TYPE_KIOSK_PIN_DIALOG (sd_kiosk_pin_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SdKioskPinDialog, sd_kiosk_pin_dialog, SD, KIOSK_PIN_DIALOG,
                      AdwMessageDialog)

SdKioskPinDialog     *sd_kiosk_pin_dialog_new                 (GtkWindow            *parent,
                                                               SdKioskPinDialogMode  mode);
SdKioskPinDialogMode  sd_kiosk_pin_dialog_get_mode            (SdKioskPinDialog     *self);
/* In ASK mode: why it asks again ("That PIN is not right…"); NULL for the plain request. */
void                  sd_kiosk_pin_dialog_set_message         (SdKioskPinDialog     *self,
                                                               const char           *message);
/* In LOCKED mode: how long until a PIN may be tried again. */
void                  sd_kiosk_pin_dialog_set_lockout_seconds (SdKioskPinDialog     *self,
                                                               guint                 seconds);

G_END_DECLS
