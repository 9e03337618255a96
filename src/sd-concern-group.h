/* sd-concern-group.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sd-treatment.h"

G_BEGIN_DECLS

#define SD_TYPE_CONCERN_GROUP (sd_concern_group_get_type ())

G_DECLARE_FINAL_TYPE (SdConcernGroup, sd_concern_group, SD, CONCERN_GROUP, GtkWidget)

/* The Treatment page's "Concern" choice (sd-concerns.h): what a concern is treated with in
 * published studies, how strong the evidence is, the sources, and "Use this plan"
 * (action concern.use-plan), which sets the section's site, device and length and the
 * treatment's sessions and interval. */
GtkWidget *sd_concern_group_new          (SdTreatment    *treatment);
guint      sd_concern_group_get_selected (SdConcernGroup *self);
void       sd_concern_group_set_selected (SdConcernGroup *self,
                                          guint           index);
/* For tests: the details label and the "Use this plan" button */
GtkWidget *sd_concern_group_get_details  (SdConcernGroup *self);
GtkWidget *sd_concern_group_get_use_button (SdConcernGroup *self);

G_END_DECLS
