/* sd-layer-list.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sd-section.h"

G_BEGIN_DECLS

#define SD_TYPE_LAYER_LIST (sd_layer_list_get_type ())

G_DECLARE_FINAL_TYPE (SdLayerList, sd_layer_list, SD, LAYER_LIST, GtkWidget)

GtkWidget *sd_layer_list_new                (void);
SdSection *sd_layer_list_get_section        (SdLayerList *self);
void       sd_layer_list_set_section        (SdLayerList *self,
                                             SdSection   *section);
int        sd_layer_list_get_selected_layer (SdLayerList *self);
void       sd_layer_list_set_selected_layer (SdLayerList *self,
                                             int          layer);
gboolean   sd_layer_list_get_millimetres    (SdLayerList *self);
void       sd_layer_list_set_millimetres    (SdLayerList *self,
                                             gboolean     millimetres);
GtkWidget *sd_layer_list_get_details        (SdLayerList *self);

G_END_DECLS
