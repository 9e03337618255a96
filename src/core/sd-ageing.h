/* sd-ageing.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sd-model-types.h"

G_BEGIN_DECLS

/* The one age law of the model for skin collagen: the course's collagen production and
 * the profile's dermal thickness both follow it (docs/model.md §4). */

/* Collagen is at its peak until this age (SCIENCE.md §4; the brief). */
#define SD_COLLAGEN_PEAK_AGE        25.0
/* Age of menopause: a documented default (assumption; SCIENCE.md gives no age). */
#define SD_MENOPAUSE_AGE            51.0
/* Years after menopause in which women lose collagen faster (Calleja-Agius & Brincat
 * 2011: 2.1 %/yr over 15 years). */
#define SD_MENOPAUSE_FAST_YEARS     15.0

/* Yearly loss rate of skin collagen at this age (0.01 = 1 %/yr), for @sex, at the
 * @estimate's end of the documented range. Defined for any finite age >= 0. */
double      sd_collagen_age_loss_rate (double     age_years,
                                       SdSex      sex,
                                       SdEstimate estimate);
/* Skin collagen of one person relative to the same person at SD_COLLAGEN_PEAK_AGE
 * (1.0 up to that age, falling after it). Defined for any finite age >= 0. */
double      sd_collagen_age_factor    (double     age_years,
                                       SdSex      sex,
                                       SdEstimate estimate);
/* Short citation of the law (N_(): translate with _() where shown). */
const char *sd_collagen_age_source    (void);

G_END_DECLS
