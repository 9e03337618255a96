/* sd-paint-palette.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The colours shared by the picture and the chart.
 */

#define G_LOG_DOMAIN "sd-paint-palette"

#include "config.h"

#include "sd-paint-palette.h"

/* H&E-inspired, friendly */
const SdPaintColor _sd_paint_layer_colors[SD_N_LAYERS] = {
  [SD_LAYER_STRATUM_CORNEUM]    = { 0.945, 0.698, 0.769, 1 },  /* eosinophilic pink */
  [SD_LAYER_STRATUM_LUCIDUM]    = { 0.984, 0.890, 0.918, 1 },  /* glassy, pale */
  [SD_LAYER_STRATUM_GRANULOSUM] = { 0.612, 0.439, 0.722, 1 },  /* basophilic granules */
  [SD_LAYER_STRATUM_SPINOSUM]   = { 0.871, 0.639, 0.800, 1 },  /* pink-lilac */
  [SD_LAYER_STRATUM_BASALE]     = { 0.678, 0.467, 0.769, 1 },  /* deeper purple */
  [SD_LAYER_PAPILLARY_DERMIS]   = { 0.976, 0.812, 0.847, 1 },  /* loose, light pink */
  [SD_LAYER_RETICULAR_DERMIS]   = { 0.918, 0.592, 0.667, 1 },  /* dense, salmon pink */
  [SD_LAYER_HYPODERMIS]         = { 0.992, 0.949, 0.788, 1 },  /* pale yellow fat */
};

gboolean
_sd_paint_is_dark (const SdPaintColor *c)
{
  return 0.2126 * c->red + 0.7152 * c->green + 0.0722 * c->blue < 0.45;
}

SdPaintColor
_sd_paint_mix (SdPaintColor a,
               SdPaintColor b,
               double       t)
{
  return (SdPaintColor) {
    a.red + (b.red - a.red) * t,
    a.green + (b.green - a.green) * t,
    a.blue + (b.blue - a.blue) * t,
    a.alpha + (b.alpha - a.alpha) * t,
  };
}

/* Okabe & Ito's colour-blind-safe palette (2008): blue / sky blue for type I,
 * vermillion / orange for type III, so that the pair differs in hue and in
 * lightness for every common colour-vision deficiency; the lighter variants
 * on dark backgrounds. */
SdPaintColor
_sd_paint_type_i_color (const SdPaintColor *background)
{
  return _sd_paint_is_dark (background) ? rgb (0x56b4e9, 1) : rgb (0x0072b2, 1);
}

SdPaintColor
_sd_paint_type_iii_color (const SdPaintColor *background)
{
  return _sd_paint_is_dark (background) ? rgb (0xe69f00, 1) : rgb (0xd55e00, 1);
}

SdPaintColor
_sd_paint_phase_color (SdPhase phase)
{
  switch (phase)
    {
    case SD_PHASE_INFLAMMATION:  return rgb (0xd55e00, 1);   /* vermillion */
    case SD_PHASE_PROLIFERATION: return rgb (0x009e73, 1);   /* bluish green */
    case SD_PHASE_REMODELLING:   return rgb (0xcc79a7, 1);   /* reddish purple */
    case SD_PHASE_BASELINE:
    case SD_N_PHASES:
    default:                     return rgb (0x000000, 0);
    }
}
