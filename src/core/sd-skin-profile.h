/* sd-skin-profile.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sd-model-types.h"

G_BEGIN_DECLS

/* Age (years) at which the per-site table values are taken to hold; age factors are 1 here. */
#define SD_SKIN_REFERENCE_AGE 40.0

typedef struct
{
  SdLayerId   id;
  double      top_um;      /* depth of the layer's top from the skin surface, µm */
  double      bottom_um;   /* depth of its bottom, µm; bottom_um > top_um */
  const char *source;      /* short citation for this thickness (static, untranslated) */
  gboolean    assumed;     /* TRUE where no measurement exists and a documented
                            * assumption of the model stands in (SCIENCE.md NOT FOUND) */
  double      range_low_um;   /* the layer's thickness range across published methods, µm, */
  double      range_high_um;  /* at this age and sex (scaled like the central value);
                               * range_low_um <= bottom_um - top_um <= range_high_um */
  const char *method;      /* how the number behind the thickness was obtained: "histology",
                            * "ultrasound (HFUS)", "Raman spectroscopy", "derived",
                            * "assumption", … (static, untranslated) */
} SdLayer;

/* Plain value type: safe to copy, no heap memory. */
typedef struct
{
  SdSite   site;
  double   age_years;
  SdSex    sex;
  guint    n_layers;                /* 7 (thin skin) or 8 (palm, sole) */
  SdLayer  layers[SD_N_LAYERS];     /* surface first, contiguous: layers[i].bottom_um == layers[i+1].top_um */
} SdSkinProfile;

/* Fills @out for a body site, age (SD_AGE_MIN..SD_AGE_MAX) and sex.
 * Pure and thread-safe. */
gboolean       sd_skin_profile_compute        (SdSite               site,
                                               double               age_years,
                                               SdSex                sex,
                                               SdSkinProfile       *out,
                                               GError             **error);
/* NULL when the layer is absent at this site (lucidum in thin skin). */
const SdLayer *sd_skin_profile_find_layer     (const SdSkinProfile *profile,
                                               SdLayerId            id);
/* The layer containing @depth_um (top inclusive, bottom exclusive); NULL outside. */
const SdLayer *sd_skin_profile_layer_at_depth (const SdSkinProfile *profile,
                                               double               depth_um);
double         sd_skin_profile_epidermis_um   (const SdSkinProfile *profile);
double         sd_skin_profile_dermis_um      (const SdSkinProfile *profile);
double         sd_skin_profile_total_um       (const SdSkinProfile *profile);

/* Age factors of the model, relative to SD_SKIN_REFERENCE_AGE (1.0 there). Defined for
 * any finite age >= 0, so that a long course may run past SD_AGE_MAX. The viable
 * (cellular) epidermis thins from adulthood; the dermis follows the collagen age law
 * (sd_collagen_age_factor(), central estimate), with menopause for women. */
double         sd_skin_viable_epidermis_age_factor (double age_years,
                                                    SdSex  sex);
double         sd_skin_dermis_age_factor      (double               age_years,
                                               SdSex                sex);

G_END_DECLS
