/* sd-kiosk-window-private.h — the kiosk window's parts, for tests only
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a visitor sees and touches, so that the tests can check it (and drive it)
 * without digging through the widget tree. Nothing in the application uses these.
 */

#pragma once

#include "sd-kiosk-window.h"

G_BEGIN_DECLS

SdSection     *_sd_kiosk_window_get_section         (SdKioskWindow *self);
GtkWidget     *_sd_kiosk_window_get_section_view    (SdKioskWindow *self);
GtkWidget     *_sd_kiosk_window_get_course_chart    (SdKioskWindow *self);
SdKioskView    _sd_kiosk_window_get_view            (SdKioskWindow *self);
/* As if the visitor pressed the view's button. */
void           _sd_kiosk_window_set_view            (SdKioskWindow *self,
                                                     SdKioskView    view);
/* The tour's caption, or NULL when none shows. */
const char    *_sd_kiosk_window_get_caption         (SdKioskWindow *self);
/* The name on the card of the layer a visitor touched, or NULL when no card shows. */
const char    *_sd_kiosk_window_get_layer_info      (SdKioskWindow *self);
/* The label whose accessible description is the kiosk's state ("Attract loop", …). */
GtkWidget     *_sd_kiosk_window_get_status_label    (SdKioskWindow *self);
gboolean       _sd_kiosk_window_get_warning_visible (SdKioskWindow *self);
/* The open PIN dialog (an SdKioskPinDialog), or NULL. */
GtkWindow     *_sd_kiosk_window_get_pin_dialog      (SdKioskWindow *self);

G_END_DECLS
