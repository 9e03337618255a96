/* sd-needle.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-needle"

#include "config.h"

#include "sd-needle.h"

#include <math.h>

/*
 * Penetration fraction (effective depth / nominal length).
 *
 * Measured anchors (SCIENCE.md §2b, §7.6): 0.20 with a 770 µm DermaRoller in rat
 * (Kalluri 2011), < 0.5 for steel needles < 1 mm in pig (Lam 2008), 0.77 with 600 µm
 * polymer needles in human skin in vivo (OCT, PMC3016610). Nothing was measured for
 * steel rollers or pens in human facial skin, so both devices default to the suggested
 * 0.5 and callers may override it.
 */
#define DEFAULT_FRACTION 0.5

/* Marked for translation (the app shows it translated; the command line as is) */
#define N_(s) (s)
#define FRACTION_SOURCE N_("Assumption: 0.5 of the nominal length, inside the measured range. " \
  "Measured: 0.20 (DermaRoller, rat; Kalluri 2011), < 0.5 (pig; Lam 2008), 0.77 " \
  "(polymer needles, human, OCT). No device-specific human measurement exists")

/*
 * Standard roller (Schwarz & Laaff 2011): 192 needles on a drum 2 cm in diameter and
 * 2 cm wide. One turn of the drum covers π × 2 cm × 2 cm of skin with 192 holes.
 */
#define ROLLER_NEEDLES 192.0
#define ROLLER_DRUM_DIAMETER_CM 2.0
#define ROLLER_DRUM_WIDTH_CM 2.0

double
sd_device_get_default_fraction (SdDevice device)
{
  g_return_val_if_fail ((guint)device < SD_N_DEVICES, DEFAULT_FRACTION);
  return DEFAULT_FRACTION;
}

const char *
sd_device_get_fraction_source (SdDevice device)
{
  g_return_val_if_fail ((guint)device < SD_N_DEVICES, NULL);
  return FRACTION_SOURCE;
}

gboolean
sd_needle_compute (const SdSkinProfile  *profile,
                   SdDevice              device,
                   double                length_mm,
                   double                fraction,
                   SdNeedleResult       *out,
                   GError              **error)
{
  g_return_val_if_fail (profile != NULL, FALSE);
  g_return_val_if_fail (profile->n_layers > 0, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if ((guint)device >= SD_N_DEVICES)
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_INVALID_VALUE,
                   "Unknown device %d; expected 0 (roller) or 1 (pen)", (int)device);
      return FALSE;
    }
  if (!isfinite (length_mm))
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_NOT_A_NUMBER,
                   "Needle length %g is not a number; expected %g to %g mm",
                   length_mm, SD_NEEDLE_LENGTH_MIN_MM, SD_NEEDLE_LENGTH_MAX_MM);
      return FALSE;
    }
  if (length_mm < SD_NEEDLE_LENGTH_MIN_MM || length_mm > SD_NEEDLE_LENGTH_MAX_MM)
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE,
                   "Needle length %g mm is out of range; expected %g to %g mm",
                   length_mm, SD_NEEDLE_LENGTH_MIN_MM, SD_NEEDLE_LENGTH_MAX_MM);
      return FALSE;
    }
  if (!isfinite (fraction))
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_NOT_A_NUMBER,
                   "Penetration fraction %g is not a number; expected 0 (device default) "
                   "or %g to %g", fraction, SD_PENETRATION_FRACTION_MIN,
                   SD_PENETRATION_FRACTION_MAX);
      return FALSE;
    }
  if (fraction != 0.0
      && (fraction < SD_PENETRATION_FRACTION_MIN || fraction > SD_PENETRATION_FRACTION_MAX))
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE,
                   "Penetration fraction %g is out of range; expected 0 (device default) "
                   "or %g to %g", fraction, SD_PENETRATION_FRACTION_MIN,
                   SD_PENETRATION_FRACTION_MAX);
      return FALSE;
    }

  out->device = device;
  out->nominal_um = length_mm * 1000.0;
  out->fraction = fraction != 0.0 ? fraction : sd_device_get_default_fraction (device);
  out->effective_um = out->nominal_um * out->fraction;
  out->layers_reached = 0;
  out->deepest_layer = profile->layers[0].id;

  /* A layer is reached when its top is shallower than the needle tip. Layers are
   * ordered surface first, so the last one reached is the deepest. */
  for (guint i = 0; i < profile->n_layers; i++)
    {
      const SdLayer *layer = &profile->layers[i];

      if (layer->top_um >= out->effective_um)
        break;
      out->layers_reached |= SD_LAYER_MASK (layer->id);
      out->deepest_layer = layer->id;
    }

  /* The epidermis has no vessels: bleeding needs the papillary capillary loops
   * (Farber 2020; Lima 2013). */
  out->bleeding = (out->layers_reached & SD_LAYER_MASK (SD_LAYER_PAPILLARY_DERMIS)) != 0;

  return TRUE;
}

double
sd_roller_channel_density (guint passes)
{
  double area_per_turn_cm2 = G_PI * ROLLER_DRUM_DIAMETER_CM * ROLLER_DRUM_WIDTH_CM;

  /* Channels from different passes are assumed not to coincide: at a few hundred per cm²
   * of 0.1–0.25 mm needles they cover well under 1 % of the skin. */
  return passes * ROLLER_NEEDLES / area_per_turn_cm2;
}
