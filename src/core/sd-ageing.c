/* sd-ageing.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-ageing"

#include "config.h"

#include "sd-ageing.h"

#include <math.h>

#define N_(s) (s)

/*
 * Loss rates, per year, by estimate (central, low outcome = faster loss, high outcome =
 * slower loss). SCIENCE.md §4 and §8c:
 *
 * - Adult loss: ~1 %/yr from 25 in both sexes (Shuster 1975, via secondary pages; the
 *   brief). Low end 1.5 %/yr ("1–1.5 %/yr", vendor pages, R). High end 0.72 %/yr,
 *   derived from the collagen score 73.3 at 25–34 y vs 55.3 at 65–74 y (Sibilla, via
 *   Reilly & Lozano 2021): (55.3 / 73.3)^(1/40) = 0.9930 [D].
 * - Menopause: 2.1 %/yr over the 15 years after menopause (Calleja-Agius & Brincat 2011,
 *   R); the low end takes "up to 30 % in the first 5 years" (same source):
 *   1 − 0.70^(1/5) = 6.9 %/yr for 5 years [D], then 2.1 %/yr.
 */
static const double adult_rate[SD_N_ESTIMATES] = { 0.010, 0.015, 0.0070 };
static const double menopause_early_rate[SD_N_ESTIMATES] = { 0.021, 0.069, 0.021 };
static const double menopause_late_rate[SD_N_ESTIMATES] = { 0.021, 0.021, 0.021 };
#define MENOPAUSE_EARLY_YEARS 5.0

#define SOURCE N_("~1 %/yr from 25 (Shuster 1975, via secondary sources; range 0.7–1.5 %/yr); " \
  "women 2.1 %/yr for 15 years after menopause, up to 30 % in the first 5 (Calleja-Agius & " \
  "Brincat 2011). Menopause at 51: assumption")

/* A piece of the law: from @start (inclusive) to @end, loss @rate per year. */
typedef struct
{
  double start;
  double end;
  double rate;
} Piece;

static guint
get_pieces (SdSex       sex,
            SdEstimate  estimate,
            Piece      *pieces)
{
  guint n = 0;

  if (sex == SD_SEX_FEMALE)
    {
      pieces[n++] = (Piece) { SD_COLLAGEN_PEAK_AGE, SD_MENOPAUSE_AGE, adult_rate[estimate] };
      pieces[n++] = (Piece) { SD_MENOPAUSE_AGE, SD_MENOPAUSE_AGE + MENOPAUSE_EARLY_YEARS,
                              menopause_early_rate[estimate] };
      pieces[n++] = (Piece) { SD_MENOPAUSE_AGE + MENOPAUSE_EARLY_YEARS,
                              SD_MENOPAUSE_AGE + SD_MENOPAUSE_FAST_YEARS,
                              menopause_late_rate[estimate] };
      pieces[n++] = (Piece) { SD_MENOPAUSE_AGE + SD_MENOPAUSE_FAST_YEARS, INFINITY,
                              adult_rate[estimate] };
    }
  else
    {
      pieces[n++] = (Piece) { SD_COLLAGEN_PEAK_AGE, INFINITY, adult_rate[estimate] };
    }
  return n;
}

double
sd_collagen_age_loss_rate (double     age_years,
                           SdSex      sex,
                           SdEstimate estimate)
{
  Piece pieces[4];
  guint n;

  g_return_val_if_fail ((guint)sex < SD_N_SEXES, 0.0);
  g_return_val_if_fail ((guint)estimate < SD_N_ESTIMATES, 0.0);

  n = get_pieces (sex, estimate, pieces);
  for (guint i = 0; i < n; i++)
    {
      if (age_years >= pieces[i].start && age_years < pieces[i].end)
        return pieces[i].rate;
    }
  return 0.0;
}

double
sd_collagen_age_factor (double     age_years,
                        SdSex      sex,
                        SdEstimate estimate)
{
  Piece pieces[4];
  double log_factor = 0.0;
  guint n;

  g_return_val_if_fail ((guint)sex < SD_N_SEXES, 1.0);
  g_return_val_if_fail ((guint)estimate < SD_N_ESTIMATES, 1.0);

  n = get_pieces (sex, estimate, pieces);
  for (guint i = 0; i < n; i++)
    {
      double years = MIN (age_years, pieces[i].end) - pieces[i].start;

      if (years > 0.0)
        log_factor += years * log1p (-pieces[i].rate);
    }
  return exp (log_factor);
}

const char *
sd_collagen_age_source (void)
{
  return SOURCE;
}
