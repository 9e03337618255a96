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

/* Penetration fraction a caller may set, instead of the device default. */
#define SD_PENETRATION_FRACTION_MIN 0.1
#define SD_PENETRATION_FRACTION_MAX 1.0

typedef struct
{
  SdDevice  device;
  double    nominal_um;       /* needle length, µm */
  double    fraction;         /* effective / nominal */
  double    effective_um;     /* depth the tip really reaches, µm */
  SdLayerId deepest_layer;
  guint     layers_reached;   /* SD_LAYER_MASK() bits of every layer the needle enters */
  gboolean  bleeding;         /* pinpoint bleeding expected: papillary capillaries reached */
} SdNeedleResult;

/* The documented default fraction of the nominal length that really enters the skin. */
double      sd_device_get_default_fraction (SdDevice device);
/* Short citation for that default. */
const char *sd_device_get_fraction_source  (SdDevice device);

/* @fraction: 0 for the device default, else SD_PENETRATION_FRACTION_MIN..MAX.
 * @length_mm: SD_NEEDLE_LENGTH_MIN_MM..SD_NEEDLE_LENGTH_MAX_MM. */
gboolean    sd_needle_compute              (const SdSkinProfile *profile,
                                            SdDevice             device,
                                            double               length_mm,
                                            double               fraction,
                                            SdNeedleResult      *out,
                                            GError             **error);

/* Channels per cm² a derma roller leaves after @passes passes over one spot
 * (geometry of the standard 192-needle drum; checked against Doddaballapur 2009). */
double      sd_roller_channel_density      (guint                passes);

G_END_DECLS
