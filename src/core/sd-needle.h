/* sd-needle.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sd-skin-profile.h"

G_BEGIN_DECLS

/* Nominal needle length accepted by the model, mm (inclusive). */
#define SD_NEEDLE_LENGTH_MIN_MM 0.1
#define SD_NEEDLE_LENGTH_MAX_MM 3.0

/* Penetration fraction a caller may set, instead of the device's dimple model. */
#define SD_PENETRATION_FRACTION_MIN 0.1
#define SD_PENETRATION_FRACTION_MAX 1.0

/* Pinpoint bleeding, as a clinician sees it (docs/model.md §2.3). */
typedef enum
{
  SD_BLEEDING_NONE,       /* the tip stays in the avascular epidermis */
  SD_BLEEDING_POSSIBLE,   /* the tip enters the papillary dermis and may nick a capillary loop */
  SD_BLEEDING_EXPECTED,   /* the tip reaches the plexus under the papillae: the clinical endpoint */
  SD_N_BLEEDING
} SdBleeding;

const char *sd_bleeding_to_id      (SdBleeding level);   /* "none" / "possible" / "expected" */
/* "Not expected" / "Possible" / "Expected", of pinpoint bleeding (N_()) */
const char *sd_bleeding_get_name   (SdBleeding level);
/* The rule and its sources, one sentence (N_()). */
const char *sd_bleeding_get_source (void);

/* Skin dimples before a needle enters: the real depth is
 *   d = f · (L − δ · (1 − e^(−L/δ)))
 * for a nominal length L, with a per-device factor f and dimple depth δ
 * (docs/model.md §2.1). */
typedef struct
{
  double factor;      /* f, the share of the length past the dimple that enters */
  double dimple_um;   /* δ, µm */
} SdPenetration;

void        sd_device_get_penetration  (SdDevice        device,
                                        SdEstimate      estimate,
                                        SdPenetration  *out);
/* Real depth (µm) of a needle of @length_mm on @device at the @estimate's end. */
double      sd_device_real_depth_um    (SdDevice        device,
                                        SdEstimate      estimate,
                                        double          length_mm);
/* Real depth / nominal length of the device's central model at @length_mm. */
double      sd_device_get_default_fraction (SdDevice    device,
                                            double      length_mm);
/* Short citation for the device's dimple model (N_()). */
const char *sd_device_get_fraction_source  (SdDevice    device);

typedef struct
{
  SdDevice   device;
  double     nominal_um;       /* needle length, µm */
  double     fraction;         /* effective / nominal */
  double     effective_um;     /* depth the tip really reaches, µm */
  SdLayerId  deepest_layer;
  guint      layers_reached;   /* SD_LAYER_MASK() bits of every layer the needle enters */
  SdBleeding bleeding_level;
  gboolean   bleeding;         /* bleeding_level == SD_BLEEDING_EXPECTED */
} SdNeedleResult;

/* @fraction: 0 for the device's dimple model, else SD_PENETRATION_FRACTION_MIN..MAX
 * (a constant share of the length).
 * @length_mm: SD_NEEDLE_LENGTH_MIN_MM..SD_NEEDLE_LENGTH_MAX_MM. */
gboolean    sd_needle_compute              (const SdSkinProfile *profile,
                                            SdDevice             device,
                                            double               length_mm,
                                            double               fraction,
                                            SdNeedleResult      *out,
                                            GError             **error);
/* The same at one end of the penetration's documented range. */
gboolean    sd_needle_compute_estimate     (const SdSkinProfile *profile,
                                            SdDevice             device,
                                            double               length_mm,
                                            double               fraction,
                                            SdEstimate           estimate,
                                            SdNeedleResult      *out,
                                            GError             **error);
/* The bleeding level of a tip at @depth_um in @profile. */
SdBleeding  sd_needle_bleeding_at          (const SdSkinProfile *profile,
                                            double               depth_um);

/* Channels per cm² of a standard session: a roller passed 15 times (Doddaballapur
 * 2009: ≈ 250 /cm²); the same assumed for a pen. */
#define SD_STANDARD_CHANNELS_PER_CM2 250.0

/* Channels per cm² a derma roller leaves after @passes passes over one spot
 * (geometry of the standard 192-needle drum; checked against Doddaballapur 2009). */
double      sd_roller_channel_density      (guint                passes);

G_END_DECLS
