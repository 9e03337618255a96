/* sd-course-label.c — wording the app uses in several places: a moment of a
 * course, a name inside a sentence, a needle length
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-course-label"

#include "config.h"

#include "sd-course-label.h"

#include <glib/gi18n.h>
#include <math.h>

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

/**
 * sd_name_in_sentence:
 * @name: a translated name: a body site, a layer, a healing phase
 *
 * Names are capitalised on their own ("Papillary dermis") and, in English and
 * Italian, written in lower case inside a sentence ("Needle tip in the
 * papillary dermis"). Languages that capitalise nouns (German) keep them as
 * they are: their translators say so with the switch below.
 *
 * Returns: (transfer full): @name as written inside a sentence
 */
char *
sd_name_in_sentence (const char *name)
{
  /* translators: answer "no" if names of body sites, skin layers and healing
   * phases keep their capital letters inside a sentence in your language (as
   * German nouns do); keep "yes" if they are written in lower case there, as
   * in English "the papillary dermis". Only "yes" and "no" are understood. */
  const char *lower = C_("names inside a sentence in lower case", "yes");

  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (lower, "no"))
    return g_strdup (name);
  return g_utf8_strdown (name, -1);
}

/**
 * sd_format_length_mm:
 * @mm: a needle length in millimetres
 *
 * A needle length as it was entered: never rounded to fewer digits than it
 * has, with at least one decimal ("1.0", "1.5", "0.25", "1.75"; three at
 * most), in the user's decimal separator (printf follows LC_NUMERIC). The
 * picture, its screen-reader text, the panels and the exports all write a
 * length through this, so they agree.
 *
 * Returns: (transfer full): the number, without a unit
 */
char *
sd_format_length_mm (double mm)
{
  double thousandths;
  int decimals;

  if (!isfinite (mm))
    return g_strdup_printf ("%g", mm);

  thousandths = round (mm * 1000.0);
  if (fmod (thousandths, 100.0) == 0.0)
    decimals = 1;
  else if (fmod (thousandths, 10.0) == 0.0)
    decimals = 2;
  else
    decimals = 3;
  return g_strdup_printf ("%.*f", decimals, thousandths / 1000.0);
}
