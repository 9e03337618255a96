/* sd-handout-dialog.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sd-handout.h"
#include "sd-treatment.h"

G_BEGIN_DECLS

#define SD_TYPE_HANDOUT_DIALOG (sd_handout_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SdHandoutDialog, sd_handout_dialog, SD, HANDOUT_DIALOG, AdwWindow)

/* The handout of @treatment's plan as it is now (the dialog does not follow later
 * changes): the patient's name, the first session's date, the paper and a note are
 * asked for here and kept in memory only. */
SdHandoutDialog   *sd_handout_dialog_new              (GtkWindow        *parent,
                                                       SdTreatment      *treatment);

/* Whether Save as PDF (TRUE) or Print (FALSE) is the suggested button. */
void               sd_handout_dialog_set_save_first   (SdHandoutDialog  *self,
                                                       gboolean          save_first);

/* The handout as the dialog's fields say now; NULL with @error when the plan or a
 * field is refused (no sessions, a note too long). */
SdHandout         *sd_handout_dialog_create_handout   (SdHandoutDialog  *self,
                                                       GError          **error);
SdPaper            sd_handout_dialog_get_paper        (SdHandoutDialog  *self);
/* Writes the handout to @file (a local file) as a PDF; no partial file on failure. */
gboolean           sd_handout_dialog_save_to          (SdHandoutDialog  *self,
                                                       GFile            *file,
                                                       GError          **error);

/* A print operation drawing @handout's pages (it keeps a reference on nothing: the
 * operation owns @handout and frees it with itself), on @paper by default. */
GtkPrintOperation *sd_handout_print_operation_new     (SdHandout        *handout,
                                                       SdPaper           paper);

G_END_DECLS
