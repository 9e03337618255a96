/* sd-tour.h — the guided tour through the main window
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _SdWindow SdWindow;

#define SD_TYPE_TOUR (sd_tour_get_type ())

G_DECLARE_FINAL_TYPE (SdTour, sd_tour, SD, TOUR, GObject)

/* The tour does not own @window; the window owns the tour. */
SdTour    *sd_tour_new         (SdWindow *window);
/* The caption card, to place above the picture (hidden while the tour is off). */
GtkWidget *sd_tour_get_card    (SdTour   *self);
/* The card asks whether to take the tour (first start); nothing changes yet. */
void       sd_tour_offer       (SdTour   *self);
/* Saves what the window shows and goes to the first step. */
void       sd_tour_start       (SdTour   *self);
void       sd_tour_next        (SdTour   *self);   /* past the last step: stop */
void       sd_tour_previous    (SdTour   *self);
void       sd_tour_go_to       (SdTour   *self,
                                guint     step);
/* Leaves the tour (or the offer) and puts back what the window showed. */
void       sd_tour_stop        (SdTour   *self);
gboolean   sd_tour_get_running (SdTour   *self);
/* Running, or offering itself. */
gboolean   sd_tour_get_card_shown (SdTour *self);
guint      sd_tour_get_step    (SdTour   *self);

G_END_DECLS
