/* sd-lifetime-view.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sd-lifetime.h"

G_BEGIN_DECLS

#define SD_TYPE_LIFETIME_VIEW (sd_lifetime_view_get_type ())

G_DECLARE_FINAL_TYPE (SdLifetimeView, sd_lifetime_view, SD, LIFETIME_VIEW, GtkWidget)

/* The lifetime chart (sd-lifetime-chart.h) as a widget. "age" is the cursor: click or
 * drag on the chart, or Left/Right (one year), Page Up/Down (ten), Home/End. */
GtkWidget  *sd_lifetime_view_new        (void);
void        sd_lifetime_view_set_params (SdLifetimeView         *self,
                                         const SdLifetimeParams *params);
void        sd_lifetime_view_get_params (SdLifetimeView         *self,
                                         SdLifetimeParams       *out);
double      sd_lifetime_view_get_age    (SdLifetimeView         *self);
/* One course drawn over the lifetime from @age (NAN: none): sd_lifetime_course_effect()'s
 * arrays of @years + 1 values, copied. */
void        sd_lifetime_view_set_course (SdLifetimeView         *self,
                                         double                  age,
                                         guint                   years,
                                         const double           *ratio,
                                         const double           *low,
                                         const double           *high);
void        sd_lifetime_view_set_age    (SdLifetimeView         *self,
                                         double                  age);
/* The accessible description, also a plain summary for tests ("At 60, collagen …") */
char       *sd_lifetime_view_dup_summary (SdLifetimeView        *self);

G_END_DECLS
