/* sd-tour-steps.c — the steps of the guided tour through the window
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures in the captions are the model's own and come with their sources
 * (SCIENCE.md; the Sources page lists them).
 */

#define G_LOG_DOMAIN "sd-tour-steps"

#include "config.h"

#include "sd-tour-steps.h"

/* Marked for translation here and translated by the UI. */
#define N_(s) (s)

#define ADULT 40.0

static const SdTourStep steps[] = {
  { "three-layers", N_("Three layers"),
    N_("Skin has three layers, drawn here to scale: the thin epidermis on top, the dermis "
       "beneath it, and the hypodermis, mostly fat, at the bottom. This is the cheek."),
    SD_SITE_CHEEK, ADULT, -1, 1.0, FALSE, SD_DEVICE_PEN, 1.0, 0, "skin", "epidermis" },
  { "basal", N_("The basal layer"),
    N_("The epidermis is built from the bottom up. At its base, on the basement membrane, "
       "the basal (germinal) layer: one row of stem cells that divide to renew it, with the "
       "melanocytes that make pigment."),
    SD_SITE_CHEEK, ADULT, SD_LAYER_STRATUM_BASALE, 1.0, FALSE, SD_DEVICE_PEN, 1.0, 0, "skin",
    "stratum-basale" },
  { "spiny", N_("The spiny layer"),
    N_("Above it, the spiny layer: keratinocytes held together by desmosomes, which look like "
       "spines under the microscope. It is the thickest living layer and holds Langerhans "
       "cells, the skin’s immune sentinels."),
    SD_SITE_CHEEK, ADULT, SD_LAYER_STRATUM_SPINOSUM, 1.0, FALSE, SD_DEVICE_PEN, 1.0, 0, "skin",
    "stratum-spinosum" },
  { "granular", N_("The granular layer"),
    N_("Then the granular layer: flattening cells full of keratohyalin granules. Here the "
       "cells make the skin’s barrier, and die."),
    SD_SITE_CHEEK, ADULT, SD_LAYER_STRATUM_GRANULOSUM, 1.0, FALSE, SD_DEVICE_PEN, 1.0, 0, "skin",
    "stratum-granulosum" },
  { "horny", N_("The horny layer"),
    N_("On top, the horny layer: flat dead cells (corneocytes) held in lipid, the barrier "
       "against water loss and microbes. Its cells are shed and replaced from below."),
    SD_SITE_CHEEK, ADULT, SD_LAYER_STRATUM_CORNEUM, 1.0, FALSE, SD_DEVICE_PEN, 1.0, 0, "skin",
    "stratum-corneum" },
  { "thick-skin", N_("Thick and thin skin"),
    N_("This is the palm. Thick skin, on the palms and soles, has a far deeper horny layer, "
       "and between it and the granular layer a shiny layer found nowhere else."),
    SD_SITE_PALM, ADULT, SD_LAYER_STRATUM_LUCIDUM, 1.0, FALSE, SD_DEVICE_PEN, 1.0, 0, "skin",
    "thick-skin" },
  { "papillary", N_("The upper dermis"),
    N_("Back on the cheek, the papillary dermis rises in dermal papillae between the rete "
       "ridges of the epidermis. Its capillary loops feed the epidermis, which has no vessels "
       "of its own."),
    SD_SITE_CHEEK, ADULT, SD_LAYER_PAPILLARY_DERMIS, 1.0, FALSE, SD_DEVICE_PEN, 1.0, 0, "skin",
    "dermal-papillae" },
  { "reticular", N_("The deep dermis"),
    N_("The reticular dermis: dense type I collagen and elastic fibres made by fibroblasts. "
       "It holds the larger vessels, the nerves, the hair follicles and the glands."),
    SD_SITE_CHEEK, ADULT, SD_LAYER_RETICULAR_DERMIS, 1.0, FALSE, SD_DEVICE_PEN, 1.0, 0, "skin",
    "reticular-dermis" },
  { "needle-cheek", N_("A needle on the cheek"),
    N_("A 1.0 mm microneedling pen on the cheek. The skin dimples before the needle enters, "
       "so it goes a little less deep than its length; the Treatment page names the layers it "
       "reaches."),
    SD_SITE_CHEEK, ADULT, -1, 1.0, TRUE, SD_DEVICE_PEN, 1.0, 0, "treatment", "microneedling" },
  { "needle-palm", N_("The same needle on the palm"),
    N_("The same needle on the palm: the thick epidermis takes up much more of its length, so "
       "it ends far higher in the dermis."),
    SD_SITE_PALM, ADULT, -1, 1.0, TRUE, SD_DEVICE_PEN, 1.0, 0, "treatment", "thick-skin" },
  { "bleeding", N_("Bleeding"),
    N_("The epidermis has no vessels. Bleeding is possible once the tip enters the papillary "
       "dermis with its capillary loops, and expected when it reaches the vessels at its base. "
       "The Treatment page says which for the chosen needle."),
    SD_SITE_CHEEK, ADULT, SD_LAYER_PAPILLARY_DERMIS, 1.0, TRUE, SD_DEVICE_ROLLER, 1.5, 0,
    "treatment", "bleeding" },
  { "inflammation", N_("Healing: inflammation"),
    N_("Day 2 after a 1.5 mm roller session. The tiny wounds closed within hours; for a few "
       "days the skin is red and a little swollen while immune cells clean up and release "
       "growth factors."),
    SD_SITE_CHEEK, ADULT, -1, 1.0, FALSE, SD_DEVICE_ROLLER, 1.5, 2, "treatment",
    "inflammation" },
  { "proliferation", N_("Healing: proliferation, type III first"),
    N_("Day 14. Fibroblasts have moved in and multiplied, and lay down new collagen, at first "
       "with more type III, the finer kind, than usual. The chart below follows it."),
    SD_SITE_CHEEK, ADULT, SD_LAYER_PAPILLARY_DERMIS, 1.0, FALSE, SD_DEVICE_ROLLER, 1.5, 14,
    "treatment", "collagen-type-iii" },
  { "remodelling", N_("Healing: remodelling, then type I"),
    N_("Week 13. For months the new collagen is reorganised and type III is replaced by "
       "stronger type I, while the extra production slowly fades. Outcomes vary: the chart "
       "shows a typical range, not one result."),
    SD_SITE_CHEEK, ADULT, SD_LAYER_PAPILLARY_DERMIS, 1.0, FALSE, SD_DEVICE_ROLLER, 1.5, 91,
    "treatment", "collagen-type-i" },
  { "ageing", N_("A lifetime of collagen"),
    /* xgettext:no-c-format */
    N_("At 75. From about 25, skin collagen falls about 1 % a year in both sexes, and faster "
       "for some years after menopause. Try the age slider on the Skin page "
       "yourself."),
    SD_SITE_CHEEK, 75.0, SD_LAYER_RETICULAR_DERMIS, 1.0, FALSE, SD_DEVICE_ROLLER, 1.5, 0,
    "skin", "menopause" },
};

const SdTourStep *
sd_tour_get_steps (guint *n_steps)
{
  if (n_steps != NULL)
    *n_steps = G_N_ELEMENTS (steps);
  return steps;
}
