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
 * Penetration: the skin dimples before a needle enters (docs/model.md §2.1), so
 *   d = f · (L − δ · (1 − e^(−L/δ)))
 * A short needle mostly indents the skin; past a few δ the depth grows as f · (L − δ).
 * Human in vivo depths for steel rollers or pens: NOT FOUND (SCIENCE.md §8a), so each
 * device's parameters are fitted to the nearest measured figures:
 *
 * Roller, central: δ = 500 µm (assumption), f fitted to the DermaRoller 770 µm →
 *   152.5 µm channel in rat (Kalluri 2011): f = 152.5 / (770 − 500 (1 − e^−1.54)) = 0.404.
 *   Checks: 0.5 mm reaches just past a 45–80 µm epidermis into the papillary dermis and
 *   2–2.5 mm the reticular dermis (Lima 2013, pig); under 50 % of any length < 1 mm is
 *   buried (Lam 2008, pig). Low end: the rat figure's −1 SD and a 15° needle tilt
 *   (Schwarz & Laaff 2011: ≤ 3.4 %), f = 0.365. High end: Lam's bound, 50 % buried at
 *   1 mm, f = 0.88 (rat skin is looser than human skin; the human depth may be deeper).
 * Pen, central: f = 1 and δ = 50 µm (assumption: at 100–150 strokes a second the skin has
 *   little time to dimple, Cai 2022), so 0.5 and 1.5 mm go to 90 and 97 % of the set
 *   depth, as the only human pen histology found (Sasaki 2019: "closely approximated").
 *   Low end: a static press, δ = 140 µm, fitted to the hand-pressed 600 µm array that
 *   went 460 µm deep in human skin (OCT, 0.77) and near Römgens 2014's puncture at
 *   ≈ 160 µm of displacement. High end: δ = 20 µm (the set depth).
 */
static const SdPenetration penetration[SD_N_DEVICES][SD_N_ESTIMATES] = {
  [SD_DEVICE_ROLLER] = { { 0.404, 500.0 }, { 0.365, 500.0 }, { 0.880, 500.0 } },
  [SD_DEVICE_PEN]    = { { 1.000,  50.0 }, { 1.000, 140.0 }, { 1.000,  20.0 } },
};

/* Marked for translation (the app shows them translated; the command line as is) */
#define N_(s) (s)

static const char * const fraction_sources[SD_N_DEVICES] = {
  /* xgettext:no-c-format */
  [SD_DEVICE_ROLLER] = N_("Skin dimples before the needle enters; roller fitted to the "
    "DermaRoller 0.77 mm → 0.15 mm channel in rat (Kalluri 2011), checked against pig "
    "(Lam 2008: < 50 % under 1 mm; Lima 2013: 0.5 mm papillary, 2–2.5 mm reticular "
    "dermis). No human roller measurement exists"),
  [SD_DEVICE_PEN] = N_("Skin dimples before the needle enters; a pen stamps fast and goes "
    "almost to its set depth (human facial skin, histology: Sasaki 2019); a slow press goes "
    "0.77 of it (hand-pressed needles, human, OCT)"),
};

static const char * const bleeding_ids[SD_N_BLEEDING] = {
  "none", "possible", "expected",
};

static const char * const bleeding_names[SD_N_BLEEDING] = {
  N_("Not expected"), N_("Possible"), N_("Expected"),
};

#define BLEEDING_SOURCE N_("The epidermis has no vessels: bleeding is possible once the tip " \
  "enters the papillary dermis, whose capillary loops rise from a plexus at its base " \
  "(Braverman & Yen 1977), and expected, the clinical endpoint, once it reaches that " \
  "plexus (Farber 2020). The plexus depth is an assumption: not measured by site")

/*
 * Standard roller (Schwarz & Laaff 2011): 192 needles on a drum 2 cm in diameter and
 * 2 cm wide. One turn of the drum covers π × 2 cm × 2 cm of skin with 192 holes.
 */
#define ROLLER_NEEDLES 192.0
#define ROLLER_DRUM_DIAMETER_CM 2.0
#define ROLLER_DRUM_WIDTH_CM 2.0

void
sd_device_get_penetration (SdDevice       device,
                           SdEstimate     estimate,
                           SdPenetration *out)
{
  g_return_if_fail ((guint)device < SD_N_DEVICES);
  g_return_if_fail ((guint)estimate < SD_N_ESTIMATES);
  g_return_if_fail (out != NULL);

  *out = penetration[device][estimate];
}

double
sd_device_real_depth_um (SdDevice   device,
                         SdEstimate estimate,
                         double     length_mm)
{
  const SdPenetration *p;
  double length_um = length_mm * 1000.0;

  g_return_val_if_fail ((guint)device < SD_N_DEVICES, 0.0);
  g_return_val_if_fail ((guint)estimate < SD_N_ESTIMATES, 0.0);

  p = &penetration[device][estimate];
  /* −expm1 (−x) = 1 − e^−x, exact for short needles too */
  return p->factor * (length_um + p->dimple_um * expm1 (-length_um / p->dimple_um));
}

double
sd_device_get_default_fraction (SdDevice device,
                                double   length_mm)
{
  g_return_val_if_fail ((guint)device < SD_N_DEVICES, 0.0);
  g_return_val_if_fail (length_mm > 0.0, 0.0);

  return sd_device_real_depth_um (device, SD_ESTIMATE_CENTRAL, length_mm) / (length_mm * 1000.0);
}

const char *
sd_device_get_fraction_source (SdDevice device)
{
  g_return_val_if_fail ((guint)device < SD_N_DEVICES, NULL);
  return fraction_sources[device];
}

const char *
sd_bleeding_to_id (SdBleeding level)
{
  g_return_val_if_fail ((guint)level < SD_N_BLEEDING, NULL);
  return bleeding_ids[level];
}

const char *
sd_bleeding_get_name (SdBleeding level)
{
  g_return_val_if_fail ((guint)level < SD_N_BLEEDING, NULL);
  return bleeding_names[level];
}

const char *
sd_bleeding_get_source (void)
{
  return BLEEDING_SOURCE;
}

SdBleeding
sd_needle_bleeding_at (const SdSkinProfile *profile,
                       double               depth_um)
{
  const SdLayer *papillary;

  g_return_val_if_fail (profile != NULL, SD_BLEEDING_NONE);

  papillary = sd_skin_profile_find_layer (profile, SD_LAYER_PAPILLARY_DERMIS);
  g_return_val_if_fail (papillary != NULL, SD_BLEEDING_NONE);

  if (depth_um <= papillary->top_um)
    return SD_BLEEDING_NONE;
  if (depth_um < papillary->bottom_um)
    return SD_BLEEDING_POSSIBLE;
  return SD_BLEEDING_EXPECTED;
}

gboolean
sd_needle_compute (const SdSkinProfile  *profile,
                   SdDevice              device,
                   double                length_mm,
                   double                fraction,
                   SdNeedleResult       *out,
                   GError              **error)
{
  return sd_needle_compute_estimate (profile, device, length_mm, fraction,
                                     SD_ESTIMATE_CENTRAL, out, error);
}

gboolean
sd_needle_compute_estimate (const SdSkinProfile  *profile,
                            SdDevice              device,
                            double                length_mm,
                            double                fraction,
                            SdEstimate            estimate,
                            SdNeedleResult       *out,
                            GError              **error)
{
  g_return_val_if_fail (profile != NULL, FALSE);
  g_return_val_if_fail ((guint)estimate < SD_N_ESTIMATES, FALSE);
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
  out->effective_um = fraction != 0.0
                      ? out->nominal_um * fraction
                      : sd_device_real_depth_um (device, estimate, length_mm);
  out->fraction = out->effective_um / out->nominal_um;
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

  out->bleeding_level = sd_needle_bleeding_at (profile, out->effective_um);
  out->bleeding = out->bleeding_level == SD_BLEEDING_EXPECTED;

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
