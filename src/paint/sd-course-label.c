/* sd-course-label.c — how the app names a moment of a course, in one place
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-course-label"

#include "config.h"

#include "sd-course-label.h"

#include <glib/gi18n.h>

/**
 * sd_course_label_position:
 * @day: day of the course, 0 being the first session
 * @phase: the healing phase's translated name
 *
 * Returns: (transfer full): "Day 3 · Inflammation", "Week 6 · Remodelling" or
 *   "Week 6 · Day 3 · Remodelling", as the timeline, the picture and the chart say it
 */
char *
sd_course_label_position (guint       day,
                          const char *phase)
{
  g_return_val_if_fail (phase != NULL, NULL);

  if (day < 7)
    /* translators: "Day 3 · Inflammation": the day and the healing phase */
    return g_strdup_printf (_("Day %u · %s"), day, phase);
  if (day % 7 == 0)
    /* translators: "Week 6 · Remodelling": the week and the healing phase */
    return g_strdup_printf (_("Week %u · %s"), day / 7, phase);
  /* translators: "Week 6 · Day 3 · Remodelling": full weeks, days into the next, the phase */
  return g_strdup_printf (_("Week %u · Day %u · %s"), day / 7, day % 7, phase);
}
