/* sd-lifetime-chart.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "sd-lifetime.h"
#include "sd-painter.h"

G_BEGIN_DECLS

/*
 * The lifetime chart: collagen from SD_LIFETIME_FROM_AGE_DEFAULT to
 * SD_LIFETIME_TO_AGE_DEFAULT relative to the same person at 25 (percent), the
 * typical range as a band, the neutral lifestyle as a dashed line when the
 * lifestyle is not neutral, the start of the decline (25) and, for women,
 * menopause; below it the dermis and epidermis thickness at the site.
 * Plain cairo/pango (no GTK), like SdChart.
 */

typedef struct
{
  double        cursor_age;       /* NAN = no cursor */
  gboolean      fill_background;
  SdPaintColor  foreground;
  SdPaintColor  background;
  SdPaintColor  accent;
  const PangoFontDescription *font;   /* borrowed; NULL = "Sans 9" */
  /* One course drawn over the lifetime from its first session: NAN = none; else the age
   * of that session, and sd_lifetime_course_effect()'s arrays (borrowed, @course_years
   * + 1 values each) */
  double        course_age;
  guint         course_years;
  const double *course_ratio;
  const double *course_low;
  const double *course_high;
  SdPaintTranslateFunc translate;     /* NULL = the painter's gettext domain */
} SdLifetimeChartOptions;

void    sd_lifetime_chart_options_init (SdLifetimeChartOptions       *options);

/* The share of @height the collagen panel takes (the thickness panel is below it) */
#define SD_LIFETIME_CHART_COLLAGEN_SHARE 0.62

void    sd_lifetime_chart_paint        (cairo_t                      *cr,
                                        const SdLifetimeParams       *params,
                                        const SdLifetimeChartOptions *options,
                                        double                        width,
                                        double                        height);
/* x of an age in the plot (both panels share it), for the widget's input */
double  sd_lifetime_chart_x_for_age    (double                        width,
                                        double                        age);
double  sd_lifetime_chart_age_for_x    (double                        width,
                                        double                        x);

G_END_DECLS
