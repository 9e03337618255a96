/* sd-skin-profile.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-skin-profile"

#include "config.h"

#include "sd-skin-profile.h"

#include <math.h>

/*
 * Per-site data. Every number is from SCIENCE.md, as listed in docs/model.md;
 * values marked assumed stand in where SCIENCE.md says NOT FOUND.
 *
 * Thicknesses hold at SD_SKIN_REFERENCE_AGE. The epidermis is the whole epidermis
 * (corneum + lucidum + viable layers) as a mixed-sex mean; the dermis is given per sex
 * where a source measured it per sex.
 */

typedef struct
{
  double      sc_um;
  const char *sc_source;
  gboolean    sc_assumed;

  double      epidermis_um;
  const char *epidermis_source;   /* on the spinosum (the bulk of the viable layers); always
                                   * is wrapped in SPINOSUM (), as the split is assumed */

  double      dermis_um[SD_N_SEXES];   /* female, male */
  const char *dermis_source;
  gboolean    dermis_assumed;

  double      hypodermis_um;
  const char *hypodermis_source;
  gboolean    hypodermis_assumed;
} SiteData;

#define SC_CHEEK_UM 16.8        /* Raman, Acta Derm Venereol 2007 */
#define SC_FOREARM_UM 18.3      /* Sandby-Møller 2003, dorsal forearm */
#define SC_SHOULDER_UM 11.0     /* Sandby-Møller 2003, shoulder */
#define SC_PALM_UM 173.0        /* Raman, Acta Derm Venereol 2007 */

/* Midpoint of Chopra 2015's facial epidermis range, 29.6 ... 62.6 µm. */
#define FACE_EPIDERMIS_UM 46.1
/* Lee & Hwang 2002: palm & sole epidermis 601 ... 637 µm (midpoint). */
#define PALM_EPIDERMIS_UM 619.0
/* Derived from Lee & Hwang 2002: 619 µm is 40.6 ... 44.6 % (mid 42.6 %) of the skin:
 * 619 / 0.426 - 619 = 834 µm. */
#define PALM_DERMIS_UM 834.0
/* Assumed facial dermis where Meng 2022 has no site: mid of Selçuk's women's range
 * 1150 ... 1498 µm; men × 1.21, the median male/female ratio of Meng's 8 sites. */
#define FACE_DERMIS_F_UM 1324.0
#define FACE_DERMIS_M_UM 1603.0
/* Assumed, BMI-independent hypodermis where nothing was measured: inside the 2 ... 6 mm
 * measured on the face and upper arm (Iyengar 2018; Cotofana 2020). */
#define DEFAULT_HYPODERMIS_UM 5000.0

/* The spinosum is what is left of the viable epidermis after the assumed basale and
 * granulosum, so its source names both the assumption and the epidermis source. */
#define SPINOSUM(src) "Assumption: viable epidermis minus basale and granulosum (no measured split). Epidermis: " src

#define SRC_SC_FACE "Assumption: as cheek 16.8 µm (Raman, Acta Derm Venereol 2007); " \
  "face SC 9 ± 2 cell layers at all facial sites (Arch Dermatol Res 1999)"
#define SRC_EPI_FACE "assumed 46 µm, midpoint of Chopra 2015 (cadaver " \
  "histology, 39 facial sites: 30–63 µm); per-site value not retrieved. HFUS values not " \
  "used (overestimate)"
#define SRC_DERMIS_FACE "Assumption: F 1324 / M 1603 µm, mid of Selçuk women’s facial " \
  "dermis 1150–1498 µm (histology), men × 1.21 (median Meng 2022 ratio)"
#define SRC_HYPO_DEFAULT "Assumption: 5 mm, BMI-independent default (not measured here; measured " \
  "face and arm values are 2–6 mm: Iyengar 2018, Cotofana 2020)"

static const SiteData site_data[SD_N_SITES] = {
  [SD_SITE_FOREHEAD] = {
    SC_CHEEK_UM, SRC_SC_FACE, TRUE,
    FACE_EPIDERMIS_UM, SPINOSUM (SRC_EPI_FACE),
    { 860.0, 1170.0 }, "Meng 2022 (HFUS, n=118), forehead: F 0.86 / M 1.17 mm", FALSE,
    2000.0, "Iyengar 2018 (HFUS, n=32), forehead 0.2 cm", FALSE,
  },
  [SD_SITE_EYELID] = {
    SC_CHEEK_UM, SRC_SC_FACE, TRUE,
    35.0, SPINOSUM ("epidermis 35 µm, low end of Chopra 2015 (cadaver histology, "
    "30–63 µm); eyelid in Lee & Hwang 2002’s thinnest group (31–71 µm)"),
    { 580.0, 670.0 }, "Meng 2022 (HFUS, n=118), eyelid: F 0.58 / M 0.67 mm", FALSE,
    500.0, "Assumption: 0.5 mm, eyelid has almost no subcutaneous fat (not measured)", TRUE,
  },
  [SD_SITE_CHEEK] = {
    SC_CHEEK_UM, "Raman, Acta Derm Venereol 2007 (in vivo, n=15), cheek 16.8 µm", FALSE,
    FACE_EPIDERMIS_UM, SPINOSUM (SRC_EPI_FACE),
    { 870.0, 1140.0 }, "Meng 2022 (HFUS, n=118), zygoma: F 0.87 / M 1.14 mm", FALSE,
    3400.0, "Assumption: 3.4 mm, middle of Kim 2019 facial superficial fat "
    "(cadaver 3-D scan, 1.6–5.1 mm)", TRUE,
  },
  [SD_SITE_NOSE] = {
    SC_CHEEK_UM, SRC_SC_FACE, TRUE,
    FACE_EPIDERMIS_UM, SPINOSUM (SRC_EPI_FACE),
    { 930.0, 1030.0 }, "Meng 2022 (HFUS, n=118), nasal dorsum: F 0.93 / M 1.03 mm", FALSE,
    1610.0, "Kim 2019 (cadaver 3-D scan), radix/dorsum superficial fat 1.61 mm", FALSE,
  },
  [SD_SITE_UPPER_LIP] = {
    SC_CHEEK_UM, SRC_SC_FACE, TRUE,
    62.6, SPINOSUM ("Chopra 2015 (cadaver histology), upper lip 62.6 µm"),
    { FACE_DERMIS_F_UM, FACE_DERMIS_M_UM }, SRC_DERMIS_FACE, TRUE,
    5140.0, "Kim 2019 (cadaver 3-D scan), perioral superficial fat 5.14 mm", FALSE,
  },
  [SD_SITE_CHIN] = {
    SC_CHEEK_UM, SRC_SC_FACE, TRUE,
    FACE_EPIDERMIS_UM, SPINOSUM (SRC_EPI_FACE),
    { 910.0, 1020.0 }, "Meng 2022 (HFUS, n=118), submandibular: F 0.91 / M 1.02 mm", FALSE,
    5000.0, "Iyengar 2018 (HFUS, n=32), mental eminence 0.5 cm", FALSE,
  },
  [SD_SITE_NECK] = {
    18.7, "Assumption: cheek 16.8 µm (Raman 2007) × 10/9, neck/face SC cell layers "
    "(Arch Dermatol Res 1999)", TRUE,
    FACE_EPIDERMIS_UM, SPINOSUM ("as face, 46 µm (Chopra 2015 midpoint); no neck "
    "measurement found"),
    { 990.0, 980.0 }, "Meng 2022 (HFUS, n=118), neck: F 0.99 / M 0.98 mm", FALSE,
    6000.0, "Assumption: as submental 0.6 cm (Iyengar 2018, HFUS); no neck measurement found", TRUE,
  },
  [SD_SITE_SCALP] = {
    22.4, "Assumption: cheek 16.8 µm (Raman 2007) × 12/9, scalp/face SC cell layers "
    "(Arch Dermatol Res 1999)", TRUE,
    FACE_EPIDERMIS_UM, SPINOSUM ("as face, 46 µm (Chopra 2015 midpoint); scalp value "
    "of Selçuk not retrieved"),
    { FACE_DERMIS_F_UM, FACE_DERMIS_M_UM }, SRC_DERMIS_FACE, TRUE,
    DEFAULT_HYPODERMIS_UM, SRC_HYPO_DEFAULT, TRUE,
  },
  [SD_SITE_FOREARM] = {
    SC_FOREARM_UM, "Sandby-Møller 2003 (histology, n=71), dorsal forearm 18.3 µm", FALSE,
    SC_FOREARM_UM + 56.6, SPINOSUM ("Sandby-Møller 2003 (histology, n=71), dorsal "
    "forearm: cellular epidermis 56.6 µm"),
    { 1000.0, 1000.0 }, "Assumption: 1.0 mm, inside Lee & Hwang 2002’s 0.47–1.94 mm; "
    "forearm value NOT retrieved", TRUE,
    4400.0, "Assumption: as posterior upper arm 4.4 mm (Cotofana 2020); "
    "no forearm measurement found", TRUE,
  },
  [SD_SITE_ABDOMEN] = {
    SC_SHOULDER_UM, "Assumption: as shoulder 11.0 µm (Sandby-Møller 2003); trunk SC "
    "13 ± 4 cell layers (Arch Dermatol Res 1999)", TRUE,
    68.6, SPINOSUM ("68.6 µm, the 11-site mean of Tsugita 2013 (OCT, n=116); abdomen "
    "value NOT retrieved"),
    { 1450.0, 1450.0 }, "Assumption: 1.45 mm, like Lee & Hwang 2002’s chest/buttock "
    "group (1.32–1.59 mm); abdomen NOT retrieved", TRUE,
    DEFAULT_HYPODERMIS_UM, SRC_HYPO_DEFAULT, TRUE,
  },
  [SD_SITE_BACK] = {
    SC_SHOULDER_UM, "Sandby-Møller 2003 (histology, n=71), shoulder 11.0 µm", FALSE,
    SC_SHOULDER_UM + 70.3, SPINOSUM ("Sandby-Møller 2003 (histology, n=71), shoulder: "
    "cellular epidermis 70.3 µm"),
    { 1942.0, 1942.0 }, "Lee & Hwang 2002 (histology, 452 biopsies), back 1942 µm", FALSE,
    DEFAULT_HYPODERMIS_UM, SRC_HYPO_DEFAULT, TRUE,
  },
  [SD_SITE_THIGH] = {
    SC_FOREARM_UM, "Assumption: as dorsal forearm 18.3 µm (Sandby-Møller 2003); "
    "extremities 15 ± 4 SC cell layers (Arch Dermatol Res 1999)", TRUE,
    SC_FOREARM_UM + 56.6, SPINOSUM ("as dorsal forearm (Sandby-Møller 2003); no thigh "
    "measurement found"),
    { 1200.0, 1200.0 }, "Assumption: 1.2 mm, inside Lee & Hwang 2002’s 0.47–1.94 mm; "
    "thigh NOT retrieved", TRUE,
    DEFAULT_HYPODERMIS_UM, SRC_HYPO_DEFAULT, TRUE,
  },
  [SD_SITE_PALM] = {
    SC_PALM_UM, "Raman, Acta Derm Venereol 2007 (in vivo, n=15), palm 173 µm", FALSE,
    PALM_EPIDERMIS_UM, SPINOSUM ("Lee & Hwang 2002 (histology, 452 biopsies): palm & "
    "sole 601–637 µm, midpoint"),
    { PALM_DERMIS_UM, PALM_DERMIS_UM }, "Derived from Lee & Hwang 2002: epidermis = "
    "40.6–44.6 % of skin → 0.75–0.93 mm (NCI SEER says 3–4 mm: unresolved)", FALSE,
    DEFAULT_HYPODERMIS_UM, SRC_HYPO_DEFAULT, TRUE,
  },
  [SD_SITE_SOLE] = {
    SC_PALM_UM, "Assumption: as palm 173 µm (Raman 2007); palms/soles 47 ± 24 SC cell "
    "layers (Arch Dermatol Res 1999)", TRUE,
    PALM_EPIDERMIS_UM, SPINOSUM ("Lee & Hwang 2002 (histology, 452 biopsies): palm & "
    "sole 601–637 µm, midpoint"),
    { PALM_DERMIS_UM, PALM_DERMIS_UM }, "Derived from Lee & Hwang 2002: epidermis = "
    "40.6–44.6 % of skin → 0.75–0.93 mm (NCI SEER says 3–4 mm: unresolved)", FALSE,
    DEFAULT_HYPODERMIS_UM, SRC_HYPO_DEFAULT, TRUE,
  },
};

/*
 * Assumptions shared by every site (docs/model.md)
 */

/* Stratum lucidum of palm and sole: measured thickness NOT FOUND. */
#define LUCIDUM_UM 10.0
/* Viable epidermis split (NOT FOUND): basale one cell layer, granulosum a few flattened
 * layers, spinosum the rest. */
#define BASALE_SHARE 0.2
#define BASALE_MIN_UM 5.0
#define BASALE_MAX_UM 10.0
#define GRANULOSUM_SHARE 0.1
#define GRANULOSUM_MIN_UM 3.0
#define GRANULOSUM_MAX_UM 20.0
/* Papillary dermis: ~1/5 of the dermis (textbook), kept within 100 ... 300 µm. */
#define PAPILLARY_SHARE 0.2
#define PAPILLARY_MIN_UM 100.0
#define PAPILLARY_MAX_UM 300.0
/* Sex: cellular epidermis thicker in men (Sandby-Møller 2003, p < 0.0001); the size of
 * the difference is NOT FOUND: ±3 % around the mixed-sex mean (assumption). */
#define VIABLE_SEX_FEMALE 0.97
#define VIABLE_SEX_MALE 1.03
/* Age: viable epidermis loses 7.2 %/decade (men) and 5.7 %/decade (women), SCIENCE.md
 * §1e, compounded from adulthood (18 years). */
#define EPIDERMIS_AGE_START 18.0
#define EPIDERMIS_LOSS_MALE 0.072
#define EPIDERMIS_LOSS_FEMALE 0.057
/* Dermis: constant until 45 (Leveque 1984), then -1 %/yr compounded (the collagen loss
 * rate, Shuster 1975 via secondary pages). */
#define DERMIS_AGE_START 45.0
#define DERMIS_LOSS_PER_YEAR 0.01

#define SRC_LUCIDUM "Assumption: 10 µm (a thin band of a few flattened cells); no measured " \
  "thickness found"
#define SRC_GRANULOSUM "Assumption: 10 % of the viable epidermis, 3–20 µm (a few " \
  "flattened cell layers); no measured sub-layer thickness found"
#define SRC_BASALE "Assumption: 20 % of the viable epidermis, 5–10 µm (one cell " \
  "layer); no measured sub-layer thickness found"
#define SRC_PAPILLARY "Assumption: 20 % of the dermis (textbook), kept within " \
  "100–300 µm; no measured thickness found"

/*
 * Helpers
 */

static double
epidermis_loss_per_decade (SdSex sex)
{
  return sex == SD_SEX_MALE ? EPIDERMIS_LOSS_MALE : EPIDERMIS_LOSS_FEMALE;
}

static double
absolute_epidermis_age_factor (double age_years,
                               SdSex  sex)
{
  double decades = MAX (age_years - EPIDERMIS_AGE_START, 0.0) / 10.0;

  return pow (1.0 - epidermis_loss_per_decade (sex), decades);
}

static double
absolute_dermis_age_factor (double age_years)
{
  return pow (1.0 - DERMIS_LOSS_PER_YEAR, MAX (age_years - DERMIS_AGE_START, 0.0));
}

static void
append_layer (SdSkinProfile *out,
              SdLayerId      id,
              double         thickness_um,
              const char    *source,
              gboolean       assumed)
{
  SdLayer *layer = &out->layers[out->n_layers];
  double top = out->n_layers > 0 ? out->layers[out->n_layers - 1].bottom_um : 0.0;

  g_assert (out->n_layers < SD_N_LAYERS);
  g_assert (thickness_um > 0.0);

  layer->id = id;
  layer->top_um = top;
  layer->bottom_um = top + thickness_um;
  layer->source = source;
  layer->assumed = assumed;
  out->n_layers++;
}

static double
layer_thickness (const SdSkinProfile *profile,
                 SdLayerId            id)
{
  const SdLayer *layer = sd_skin_profile_find_layer (profile, id);

  return layer != NULL ? layer->bottom_um - layer->top_um : 0.0;
}

/*
 * Public API
 */

double
sd_skin_viable_epidermis_age_factor (double age_years,
                                     SdSex  sex)
{
  g_return_val_if_fail ((guint)sex < SD_N_SEXES, 1.0);

  return absolute_epidermis_age_factor (age_years, sex)
         / absolute_epidermis_age_factor (SD_SKIN_REFERENCE_AGE, sex);
}

double
sd_skin_dermis_age_factor (double age_years)
{
  return absolute_dermis_age_factor (age_years)
         / absolute_dermis_age_factor (SD_SKIN_REFERENCE_AGE);
}

gboolean
sd_skin_profile_compute (SdSite          site,
                         double          age_years,
                         SdSex           sex,
                         SdSkinProfile  *out,
                         GError        **error)
{
  const SiteData *data;
  gboolean thick;
  double viable, basale, granulosum, spinosum, dermis, papillary;

  g_return_val_if_fail (out != NULL, FALSE);

  if ((guint)site >= SD_N_SITES)
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_UNKNOWN_SITE,
                   "Unknown body site %d; expected 0 to %d", (int)site, SD_N_SITES - 1);
      return FALSE;
    }
  if ((guint)sex >= SD_N_SEXES)
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_INVALID_VALUE,
                   "Unknown sex %d; expected 0 (female) or 1 (male)", (int)sex);
      return FALSE;
    }
  if (!sd_check_age (age_years, error))
    return FALSE;

  data = &site_data[site];
  thick = sd_site_is_thick_skin (site);

  out->site = site;
  out->age_years = age_years;
  out->sex = sex;
  out->n_layers = 0;

  /* Viable (cellular) epidermis: what is left of the whole epidermis under the corneum
   * (and lucidum), adjusted for sex and age. */
  viable = data->epidermis_um - data->sc_um - (thick ? LUCIDUM_UM : 0.0);
  viable *= sex == SD_SEX_MALE ? VIABLE_SEX_MALE : VIABLE_SEX_FEMALE;
  viable *= sd_skin_viable_epidermis_age_factor (age_years, sex);

  basale = CLAMP (BASALE_SHARE * viable, BASALE_MIN_UM, BASALE_MAX_UM);
  granulosum = CLAMP (GRANULOSUM_SHARE * viable, GRANULOSUM_MIN_UM, GRANULOSUM_MAX_UM);
  spinosum = viable - basale - granulosum;
  g_assert (spinosum > 0.0);

  dermis = data->dermis_um[sex] * sd_skin_dermis_age_factor (age_years);
  papillary = CLAMP (PAPILLARY_SHARE * dermis, PAPILLARY_MIN_UM, PAPILLARY_MAX_UM);

  append_layer (out, SD_LAYER_STRATUM_CORNEUM, data->sc_um, data->sc_source,
                data->sc_assumed);
  if (thick)
    append_layer (out, SD_LAYER_STRATUM_LUCIDUM, LUCIDUM_UM, SRC_LUCIDUM, TRUE);
  append_layer (out, SD_LAYER_STRATUM_GRANULOSUM, granulosum, SRC_GRANULOSUM, TRUE);
  /* The viable-epidermis split is assumed everywhere, so the spinosum is too. */
  append_layer (out, SD_LAYER_STRATUM_SPINOSUM, spinosum, data->epidermis_source, TRUE);
  append_layer (out, SD_LAYER_STRATUM_BASALE, basale, SRC_BASALE, TRUE);
  append_layer (out, SD_LAYER_PAPILLARY_DERMIS, papillary, SRC_PAPILLARY, TRUE);
  append_layer (out, SD_LAYER_RETICULAR_DERMIS, dermis - papillary, data->dermis_source,
                data->dermis_assumed);
  append_layer (out, SD_LAYER_HYPODERMIS, data->hypodermis_um, data->hypodermis_source,
                data->hypodermis_assumed);

  return TRUE;
}

const SdLayer *
sd_skin_profile_find_layer (const SdSkinProfile *profile,
                            SdLayerId            id)
{
  g_return_val_if_fail (profile != NULL, NULL);

  for (guint i = 0; i < profile->n_layers; i++)
    {
      if (profile->layers[i].id == id)
        return &profile->layers[i];
    }
  return NULL;
}

const SdLayer *
sd_skin_profile_layer_at_depth (const SdSkinProfile *profile,
                                double               depth_um)
{
  g_return_val_if_fail (profile != NULL, NULL);

  for (guint i = 0; i < profile->n_layers; i++)
    {
      const SdLayer *layer = &profile->layers[i];

      if (depth_um >= layer->top_um && depth_um < layer->bottom_um)
        return layer;
    }
  return NULL;
}

double
sd_skin_profile_epidermis_um (const SdSkinProfile *profile)
{
  const SdLayer *basale;

  g_return_val_if_fail (profile != NULL, 0.0);

  basale = sd_skin_profile_find_layer (profile, SD_LAYER_STRATUM_BASALE);
  return basale != NULL ? basale->bottom_um : 0.0;
}

double
sd_skin_profile_dermis_um (const SdSkinProfile *profile)
{
  g_return_val_if_fail (profile != NULL, 0.0);

  return layer_thickness (profile, SD_LAYER_PAPILLARY_DERMIS)
         + layer_thickness (profile, SD_LAYER_RETICULAR_DERMIS);
}

double
sd_skin_profile_total_um (const SdSkinProfile *profile)
{
  g_return_val_if_fail (profile != NULL, 0.0);

  if (profile->n_layers == 0)
    return 0.0;
  return profile->layers[profile->n_layers - 1].bottom_um;
}
