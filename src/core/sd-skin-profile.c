/* sd-skin-profile.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-skin-profile"

#include "config.h"

#include "sd-skin-profile.h"

#include "sd-ageing.h"

#include <math.h>

/*
 * Per-site data. Every number is from SCIENCE.md, as listed in docs/model.md §1;
 * values marked assumed stand in where SCIENCE.md says NOT FOUND.
 *
 * Thicknesses hold at SD_SKIN_REFERENCE_AGE. Each quantity has one primary dataset (its
 * central value and method) and a range across the published methods. The epidermis is
 * the whole epidermis (corneum + lucidum + viable layers) as a mixed-sex mean; the dermis
 * is given per sex where a source measured it per sex.
 */

typedef struct
{
  double      um;         /* central value */
  double      low_um;     /* range across published methods */
  double      high_um;
  const char *method;
  const char *source;
  gboolean    assumed;
} Quantity;

typedef struct
{
  double      um[SD_N_SEXES];        /* female, male */
  double      low_um[SD_N_SEXES];
  double      high_um[SD_N_SEXES];
  const char *method;
  const char *source;
  gboolean    assumed;
} SexQuantity;

typedef struct
{
  Quantity    sc;
  /* Whole epidermis. Its source and method go on the spinosum (the bulk of the viable
   * layers); the source is always wrapped in SPINOSUM (), as the split is assumed, and
   * `assumed` is not used (the spinosum is always assumed). */
  Quantity    epidermis;
  SexQuantity dermis;
  Quantity    hypodermis;
} SiteData;

/* Methods: static, marked for translation (the app translates them, the command line
 * prints them as they are). */
#define N_(s) (s)
#define M_HISTOLOGY N_("histology")
#define M_HFUS N_("ultrasound (HFUS)")
#define M_US N_("ultrasound")
#define M_RAMAN N_("Raman spectroscopy")
#define M_CADAVER_SCAN N_("cadaver 3-D scan")
#define M_RATIO N_("histometry ratio")
#define M_DERIVED N_("derived")
#define M_ASSUMPTION N_("assumption")

/* Stratum corneum */
#define SC_CHEEK_UM 16.8        /* Raman, Acta Derm Venereol 2007 */
#define SC_FOREARM_UM 18.3      /* Sandby-Møller 2003, dorsal forearm, ± 4.9 */
#define SC_FOREARM_SD_UM 4.9
#define SC_SHOULDER_UM 11.0     /* Sandby-Møller 2003, shoulder, ± 2.2 */
#define SC_SHOULDER_SD_UM 2.2
#define SC_PALM_UM 173.0        /* Raman, Acta Derm Venereol 2007 */
/* Face SC range: OCT 11-site mean − 1 SD (Tsugita 2013: 14.1 ± 1.8 µm) to the cheek value
 * × 11/9 (face 9 ± 2 SC cell layers, Arch Dermatol Res 1999). */
#define SC_FACE_LOW_UM (14.1 - 1.8)
#define SC_FACE_HIGH_UM (SC_CHEEK_UM * 11.0 / 9.0)
/* Cell layers ± 1 SD (Arch Dermatol Res 1999) scale the other SC ranges. */
#define SC_NECK_UM (SC_CHEEK_UM * 10.0 / 9.0)
#define SC_SCALP_UM (SC_CHEEK_UM * 12.0 / 9.0)

/* Epidermis */
/* Midpoint of Chopra 2015's facial epidermis range, 29.6 ... 62.6 µm (histology). */
#define FACE_EPIDERMIS_UM 46.1
#define CHOPRA_EPIDERMIS_LOW_UM 29.6
#define CHOPRA_EPIDERMIS_HIGH_UM 62.6
/* Selçuk's highest facial region mean (histology, women 120.9 ± 44.7 µm). */
#define SELCUK_EPIDERMIS_HIGH_UM 120.9
#define EYELID_EPIDERMIS_UM 35.0
#define FOREARM_EPIDERMIS_UM (SC_FOREARM_UM + 56.6)     /* Sandby-Møller: cellular ± 11.5 */
#define FOREARM_VIABLE_SD_UM 11.5
#define BACK_EPIDERMIS_UM (SC_SHOULDER_UM + 70.3)       /* Sandby-Møller: cellular ± 13.6 */
#define BACK_VIABLE_SD_UM 13.6
#define ABDOMEN_EPIDERMIS_UM 68.6                       /* Tsugita 2013: ± 23.0 */
#define ABDOMEN_EPIDERMIS_SD_UM 23.0
/* Lee & Hwang 2002: palm & sole epidermis 601 ... 637 µm (midpoint). */
#define PALM_EPIDERMIS_UM 619.0

/* Dermis */
/* Meng 2022 (HFUS): eyelid dermis. */
#define EYELID_DERMIS_F_UM 580.0
#define EYELID_DERMIS_M_UM 670.0
/* Ha 2005 (histometry, 3 cadavers): forehead = 2.8 × upper eyelid. */
#define HA_FOREHEAD_EYELID_RATIO 2.8
/* Selçuk (histology): midpoint of the women's six facial region means 1150 ... 1498 µm;
 * men × 1.21, the median male/female ratio of Meng's 8 sites. */
#define FACE_DERMIS_F_UM 1324.0
#define FACE_DERMIS_M_UM 1603.0
#define SELCUK_DERMIS_F_LOW_UM 1150.0
#define SELCUK_DERMIS_F_HIGH_UM 1498.0
#define SELCUK_DERMIS_M_LOW_UM 1107.0
#define SELCUK_DERMIS_M_HIGH_UM 1943.0
/* Lee & Hwang 2002 (histology): buttock/chest/anterior-neck group 1318 ... 1586 µm. */
#define LEE_HWANG_TRUNK_LOW_UM 1318.0
#define LEE_HWANG_TRUNK_HIGH_UM 1586.0
/* Derived from Lee & Hwang 2002: 619 µm is 40.6 ... 44.6 % (mid 42.6 %) of the skin:
 * 619 / 0.426 - 619 = 834 µm, range ≈ 0.75 ... 0.93 mm. */
#define PALM_DERMIS_UM 834.0
#define PALM_DERMIS_LOW_UM 750.0
#define PALM_DERMIS_HIGH_UM 930.0

/* Hypodermis */
/* Assumed, BMI-independent hypodermis where nothing was measured: inside the 2 ... 6 mm
 * measured on the face and upper arm (Iyengar 2018; Cotofana 2020). */
#define DEFAULT_HYPODERMIS_UM 5000.0
/* Range of an assumption with no measured spread: ± 50 %. */
#define ASSUMED_LOW(v) ((v) * 0.5)
#define ASSUMED_HIGH(v) ((v) * 1.5)
/* Kim 2019 (cadaver 3-D scan): facial superficial fat 1.61 ... 5.14 mm (region means). */
#define KIM_FAT_LOW_UM 1610.0
#define KIM_FAT_HIGH_UM 5140.0

/* The spinosum is what is left of the viable epidermis after the assumed basale and
 * granulosum, so its source names both the assumption and the epidermis source. */
#define SPINOSUM(src) "Assumption: viable epidermis minus basale and granulosum (no measured " \
  "split). Epidermis: " src

#define SRC_SC_FACE "Assumption: as cheek 16.8 µm (Raman, Acta Derm Venereol 2007); " \
  "face SC 9 ± 2 cell layers at all facial sites (Arch Dermatol Res 1999). Range as cheek, " \
  "12.3–20.5 µm"
#define SRC_EPI_FACE "assumed 46 µm, midpoint of Chopra 2015 (cadaver histology, 10 heads, " \
  "39 facial sites: 30–63 µm); per-site value not retrieved. Range 30–121 µm: Chopra to " \
  "Selçuk’s highest region mean (histology). HFUS values not used (overestimate)"
#define SRC_EPI_CHIN "assumed 46 µm, midpoint of Chopra 2015 (cadaver histology, 10 heads, " \
  "39 facial sites: 30–63 µm, the range); per-site value not retrieved. HFUS values not " \
  "used (overestimate)"
#define SRC_DERMIS_SELCUK(region) "Selçuk (archive histology, 90 F / 90 M): " region " is one " \
  "of its six facial regions, own mean not retrieved; mid of women’s region means " \
  "1150–1498 µm, men × 1.21 (median Meng 2022 ratio). Range Selçuk’s region means " \
  "F 1150–1498 / M 1107–1943 µm"
#define SRC_HYPO_DEFAULT "Assumption: 5 mm, BMI-independent default (not measured here; " \
  "measured face and arm values are 2–6 mm: Iyengar 2018, Cotofana 2020). Range ± 50 %"

static const SiteData site_data[SD_N_SITES] = {
  [SD_SITE_FOREHEAD] = {
    .sc = { SC_CHEEK_UM, SC_FACE_LOW_UM, SC_FACE_HIGH_UM, M_ASSUMPTION, SRC_SC_FACE, TRUE },
    .epidermis = { FACE_EPIDERMIS_UM, CHOPRA_EPIDERMIS_LOW_UM, SELCUK_EPIDERMIS_HIGH_UM,
                   M_HISTOLOGY, SPINOSUM (SRC_EPI_FACE), TRUE },
    .dermis = {
      { EYELID_DERMIS_F_UM * HA_FOREHEAD_EYELID_RATIO,
        EYELID_DERMIS_M_UM * HA_FOREHEAD_EYELID_RATIO },
      { 860.0, 1170.0 },
      { 1860.0 - FACE_EPIDERMIS_UM, 2450.0 - FACE_EPIDERMIS_UM },
      M_RATIO, "Derived: 2.8 × eyelid dermis (Ha 2005, histometry, 3 cadavers) × Meng 2022 "
      "eyelid (HFUS, n=118) F 0.58 / M 0.67 mm. Range Meng 2022 forehead F 0.86 / M 1.17 mm "
      "(HFUS) to 50 MHz ultrasound whole skin F 1.86 / M 2.45 mm (n=200, 20–29 y) minus "
      "epidermis", FALSE },
    .hypodermis = { 2000.0, KIM_FAT_LOW_UM, KIM_FAT_HIGH_UM, M_HFUS,
                    "Iyengar 2018 (HFUS, n=32), forehead 0.2 cm. Range Kim 2019 facial "
                    "superficial fat 1.61–5.14 mm (cadaver 3-D scan)", FALSE },
  },
  [SD_SITE_EYELID] = {
    .sc = { SC_CHEEK_UM, SC_FACE_LOW_UM, SC_FACE_HIGH_UM, M_ASSUMPTION, SRC_SC_FACE, TRUE },
    .epidermis = { EYELID_EPIDERMIS_UM, 31.0, 71.0, M_HISTOLOGY,
                   SPINOSUM ("35 µm, low end of Chopra 2015 (cadaver histology, 30–63 µm). "
                             "Range 31–71 µm, Lee & Hwang 2002’s thinnest group incl. eyelid "
                             "(histology, 452 biopsies)"), TRUE },
    .dermis = {
      { EYELID_DERMIS_F_UM, EYELID_DERMIS_M_UM }, { 469.0, 469.0 }, { 758.9, 758.9 },
      M_HFUS, "Meng 2022 (HFUS, n=118), eyelid: F 0.58 / M 0.67 mm. Range 469 µm (Lee & "
      "Hwang 2002’s thinnest group, histology) to 759 µm (Chopra 2015 upper medial eyelid, "
      "cadaver histology)", FALSE },
    .hypodermis = { 500.0, ASSUMED_LOW (500.0), ASSUMED_HIGH (500.0), M_ASSUMPTION,
                    "Assumption: 0.5 mm, eyelid has almost no subcutaneous fat (not "
                    "measured). Range ± 50 %", TRUE },
  },
  [SD_SITE_CHEEK] = {
    .sc = { SC_CHEEK_UM, SC_FACE_LOW_UM, SC_FACE_HIGH_UM, M_RAMAN,
            "Raman, Acta Derm Venereol 2007 (in vivo, n=15), cheek 16.8 µm. Range 12.3 µm "
            "(OCT, Tsugita 2013, 11 sites, n=116: 14.1 − 1 SD) to 20.5 µm (× 11/9, face "
            "9 ± 2 SC cell layers)", FALSE },
    .epidermis = { FACE_EPIDERMIS_UM, CHOPRA_EPIDERMIS_LOW_UM, SELCUK_EPIDERMIS_HIGH_UM,
                   M_HISTOLOGY, SPINOSUM (SRC_EPI_FACE), TRUE },
    .dermis = {
      { FACE_DERMIS_F_UM, FACE_DERMIS_M_UM }, { 870.0, 1140.0 },
      { 1900.0 - FACE_EPIDERMIS_UM, 2530.0 - FACE_EPIDERMIS_UM },
      M_HISTOLOGY, "Selçuk (archive histology, 90 F / 90 M): cheek is one of its six facial "
      "regions, own mean not retrieved; mid of women’s region means 1150–1498 µm, men × 1.21 "
      "(median Meng 2022 ratio). Range Meng 2022 zygoma F 0.87 / M 1.14 mm (HFUS) to 50 MHz "
      "ultrasound whole cheek skin F 1.90 / M 2.53 mm (n=200) minus epidermis", FALSE },
    .hypodermis = { 3400.0, KIM_FAT_LOW_UM, KIM_FAT_HIGH_UM, M_ASSUMPTION,
                    "Assumption: 3.4 mm, middle of Kim 2019 facial superficial fat (cadaver "
                    "3-D scan, 1.6–5.1 mm, the range)", TRUE },
  },
  [SD_SITE_NOSE] = {
    .sc = { SC_CHEEK_UM, SC_FACE_LOW_UM, SC_FACE_HIGH_UM, M_ASSUMPTION, SRC_SC_FACE, TRUE },
    .epidermis = { FACE_EPIDERMIS_UM, CHOPRA_EPIDERMIS_LOW_UM, SELCUK_EPIDERMIS_HIGH_UM,
                   M_HISTOLOGY, SPINOSUM (SRC_EPI_FACE), TRUE },
    .dermis = {
      { 1510.0 - FACE_EPIDERMIS_UM, 1510.0 - FACE_EPIDERMIS_UM }, { 930.0, 1030.0 },
      { 1969.2, 1969.2 },
      M_CADAVER_SCAN, "Kim 2019 (cadaver 3-D scan, 53 cadavers), radix/nasal dorsum skin "
      "1.51 mm minus 46 µm epidermis, both sexes. Range Meng 2022 nasal dorsum F 0.93 / "
      "M 1.03 mm (HFUS) to 1.97 mm (Chopra 2015 lower nasal sidewall, cadaver histology)",
      FALSE },
    .hypodermis = { 1610.0, 1610.0 - 1070.0, 1610.0 + 1070.0, M_CADAVER_SCAN,
                    "Kim 2019 (cadaver 3-D scan, 53 cadavers), radix/dorsum superficial fat "
                    "1.61 ± 1.07 mm (range ± 1 SD)", FALSE },
  },
  [SD_SITE_UPPER_LIP] = {
    .sc = { SC_CHEEK_UM, SC_FACE_LOW_UM, SC_FACE_HIGH_UM, M_ASSUMPTION, SRC_SC_FACE, TRUE },
    .epidermis = { CHOPRA_EPIDERMIS_HIGH_UM, CHOPRA_EPIDERMIS_LOW_UM, SELCUK_EPIDERMIS_HIGH_UM,
                   M_HISTOLOGY,
                   SPINOSUM ("Chopra 2015 (cadaver histology, 10 heads), upper lip 62.6 µm. "
                             "Range 30–121 µm: Chopra’s facial range to Selçuk’s highest "
                             "region mean (histology)"), TRUE },
    .dermis = {
      { FACE_DERMIS_F_UM, FACE_DERMIS_M_UM },
      { SELCUK_DERMIS_F_LOW_UM, SELCUK_DERMIS_M_LOW_UM },
      { SELCUK_DERMIS_F_HIGH_UM, SELCUK_DERMIS_M_HIGH_UM },
      M_HISTOLOGY, SRC_DERMIS_SELCUK ("lip"), FALSE },
    .hypodermis = { 5140.0, 5140.0 - 3310.0, 5140.0 + 3310.0, M_CADAVER_SCAN,
                    "Kim 2019 (cadaver 3-D scan, 53 cadavers), perioral superficial fat "
                    "5.14 ± 3.31 mm (range ± 1 SD)", FALSE },
  },
  [SD_SITE_CHIN] = {
    .sc = { SC_CHEEK_UM, SC_FACE_LOW_UM, SC_FACE_HIGH_UM, M_ASSUMPTION, SRC_SC_FACE, TRUE },
    .epidermis = { FACE_EPIDERMIS_UM, CHOPRA_EPIDERMIS_LOW_UM, CHOPRA_EPIDERMIS_HIGH_UM,
                   M_HISTOLOGY, SPINOSUM (SRC_EPI_CHIN), TRUE },
    .dermis = {
      { FACE_DERMIS_F_UM, FACE_DERMIS_M_UM }, { 910.0, 1020.0 },
      { SELCUK_DERMIS_F_HIGH_UM, SELCUK_DERMIS_M_HIGH_UM },
      M_ASSUMPTION, "Assumption: as Selçuk’s facial histology midpoint F 1324 / M 1603 µm "
      "(chin not among its regions). Range Meng 2022 submandibular F 0.91 / M 1.02 mm (HFUS) "
      "to Selçuk’s highest region means F 1498 / M 1943 µm", TRUE },
    .hypodermis = { 5000.0, KIM_FAT_LOW_UM, 6000.0, M_HFUS,
                    "Iyengar 2018 (HFUS, n=32), mental eminence 0.5 cm. Range Kim 2019 facial "
                    "superficial fat from 1.61 mm (cadaver 3-D scan) to Iyengar’s submental "
                    "0.6 cm", FALSE },
  },
  [SD_SITE_NECK] = {
    .sc = { SC_NECK_UM, SC_CHEEK_UM * 8.0 / 9.0, SC_CHEEK_UM * 12.0 / 9.0, M_ASSUMPTION,
            "Assumption: cheek 16.8 µm (Raman 2007) × 10/9, neck/face SC cell layers (Arch "
            "Dermatol Res 1999). Range × 8/9 … × 12/9 (neck 10 ± 2 layers)", TRUE },
    .epidermis = { FACE_EPIDERMIS_UM, CHOPRA_EPIDERMIS_LOW_UM, CHOPRA_EPIDERMIS_HIGH_UM,
                   M_ASSUMPTION,
                   SPINOSUM ("as face, 46 µm (Chopra 2015 midpoint), range as Chopra’s face "
                             "30–63 µm; no neck measurement found"), TRUE },
    .dermis = {
      { 990.0, 980.0 }, { 990.0, 980.0 }, { LEE_HWANG_TRUNK_HIGH_UM, LEE_HWANG_TRUNK_HIGH_UM },
      M_HFUS, "Meng 2022 (HFUS, n=118), neck: F 0.99 / M 0.98 mm. Range up to 1586 µm, top "
      "of Lee & Hwang 2002’s buttock/chest/anterior-neck group (histology, 1318–1586 µm)",
      FALSE },
    .hypodermis = { 6000.0, ASSUMED_LOW (6000.0), ASSUMED_HIGH (6000.0), M_ASSUMPTION,
                    "Assumption: as submental 0.6 cm (Iyengar 2018, HFUS); no neck "
                    "measurement found. Range ± 50 %", TRUE },
  },
  [SD_SITE_SCALP] = {
    .sc = { SC_SCALP_UM, SC_CHEEK_UM * 10.0 / 9.0, SC_CHEEK_UM * 14.0 / 9.0, M_ASSUMPTION,
            "Assumption: cheek 16.8 µm (Raman 2007) × 12/9, scalp/face SC cell layers (Arch "
            "Dermatol Res 1999). Range × 10/9 … × 14/9 (scalp 12 ± 2 layers)", TRUE },
    .epidermis = { FACE_EPIDERMIS_UM, CHOPRA_EPIDERMIS_LOW_UM, SELCUK_EPIDERMIS_HIGH_UM,
                   M_ASSUMPTION,
                   SPINOSUM ("as face, 46 µm (Chopra 2015 midpoint); scalp value of Selçuk "
                             "not retrieved. Range 30–121 µm, Chopra to Selçuk’s highest "
                             "region mean"), TRUE },
    .dermis = {
      { FACE_DERMIS_F_UM, FACE_DERMIS_M_UM },
      { SELCUK_DERMIS_F_LOW_UM, SELCUK_DERMIS_M_LOW_UM },
      { SELCUK_DERMIS_F_HIGH_UM, SELCUK_DERMIS_M_HIGH_UM },
      M_HISTOLOGY, SRC_DERMIS_SELCUK ("scalp"), FALSE },
    .hypodermis = { DEFAULT_HYPODERMIS_UM, ASSUMED_LOW (DEFAULT_HYPODERMIS_UM),
                    ASSUMED_HIGH (DEFAULT_HYPODERMIS_UM), M_ASSUMPTION, SRC_HYPO_DEFAULT, TRUE },
  },
  [SD_SITE_FOREARM] = {
    .sc = { SC_FOREARM_UM, SC_FOREARM_UM - SC_FOREARM_SD_UM, SC_FOREARM_UM + SC_FOREARM_SD_UM,
            M_HISTOLOGY, "Sandby-Møller 2003 (histology, n=71), dorsal forearm 18.3 ± 4.9 µm "
            "(range ± 1 SD; volar forearm by Raman, 22.6 µm, is inside)", FALSE },
    .epidermis = { FOREARM_EPIDERMIS_UM, FOREARM_EPIDERMIS_UM - FOREARM_VIABLE_SD_UM,
                   FOREARM_EPIDERMIS_UM + FOREARM_VIABLE_SD_UM, M_HISTOLOGY,
                   SPINOSUM ("Sandby-Møller 2003 (histology, n=71), dorsal forearm: cellular "
                             "epidermis 56.6 ± 11.5 µm (range ± 1 SD)"), TRUE },
    .dermis = {
      { 1440.0 - FOREARM_EPIDERMIS_UM, 1440.0 - FOREARM_EPIDERMIS_UM },
      { 780.0 - FOREARM_EPIDERMIS_UM, 780.0 - FOREARM_EPIDERMIS_UM },
      { 1840.0 - FOREARM_EPIDERMIS_UM, 1840.0 - FOREARM_EPIDERMIS_UM },
      M_HFUS, "HFUS study of healthy adults (SCIENCE.md §8d; n not retrieved), dorsal "
      "forearm skin 1.44 (0.78–1.84) mm minus the 74.9 µm epidermis (Sandby-Møller 2003), "
      "both sexes", FALSE },
    .hypodermis = { 4400.0, 3540.0, 5210.0, M_ASSUMPTION,
                    "Assumption: as posterior upper arm 4.4 mm (Cotofana 2020); no forearm "
                    "measurement found. Range 3.54–5.21 mm, Cotofana’s BMI < 25 … > 30 means",
                    TRUE },
  },
  [SD_SITE_ABDOMEN] = {
    .sc = { SC_SHOULDER_UM, SC_SHOULDER_UM * 9.0 / 13.0, SC_SHOULDER_UM * 17.0 / 13.0,
            M_ASSUMPTION, "Assumption: as shoulder 11.0 µm (Sandby-Møller 2003); trunk SC "
            "13 ± 4 cell layers (Arch Dermatol Res 1999). Range × 9/13 … × 17/13", TRUE },
    .epidermis = { ABDOMEN_EPIDERMIS_UM, ABDOMEN_EPIDERMIS_UM - ABDOMEN_EPIDERMIS_SD_UM,
                   ABDOMEN_EPIDERMIS_UM + ABDOMEN_EPIDERMIS_SD_UM, M_ASSUMPTION,
                   SPINOSUM ("68.6 ± 23.0 µm, the 11-site mean of Tsugita 2013 (OCT, n=116; "
                             "range ± 1 SD); abdomen value NOT retrieved"), TRUE },
    .dermis = {
      { 2200.0 - ABDOMEN_EPIDERMIS_UM, 2200.0 - ABDOMEN_EPIDERMIS_UM },
      { LEE_HWANG_TRUNK_LOW_UM, LEE_HWANG_TRUNK_LOW_UM },
      { 2290.0 + 370.0 - ABDOMEN_EPIDERMIS_UM, 2290.0 + 370.0 - ABDOMEN_EPIDERMIS_UM },
      M_US, "Gibney 2010 (ultrasound, n=388), abdomen skin 2.2 mm minus 68.6 µm epidermis, "
      "both sexes. Range 1318 µm (Lee & Hwang 2002’s trunk group, histology) to Sim 2014 "
      "skin 2.29 + 0.37 mm (ultrasound) minus epidermis", FALSE },
    .hypodermis = { 13900.0, 10150.0 - 6540.0, 10150.0 + 6540.0, M_US,
                    "Gibney 2010 (ultrasound, n=388), abdomen subcutaneous fat 13.9 mm; "
                    "BMI-dependent. Range Sim 2014 10.15 ± 6.54 mm (ultrasound)", FALSE },
  },
  [SD_SITE_BACK] = {
    .sc = { SC_SHOULDER_UM, SC_SHOULDER_UM - SC_SHOULDER_SD_UM,
            SC_SHOULDER_UM + SC_SHOULDER_SD_UM, M_HISTOLOGY,
            "Sandby-Møller 2003 (histology, n=71), shoulder 11.0 ± 2.2 µm (range ± 1 SD)",
            FALSE },
    .epidermis = { BACK_EPIDERMIS_UM, BACK_EPIDERMIS_UM - BACK_VIABLE_SD_UM,
                   BACK_EPIDERMIS_UM + BACK_VIABLE_SD_UM, M_HISTOLOGY,
                   SPINOSUM ("Sandby-Møller 2003 (histology, n=71), shoulder: cellular "
                             "epidermis 70.3 ± 13.6 µm (range ± 1 SD)"), TRUE },
    .dermis = {
      { 1942.0, 1942.0 }, { 1942.0, 1942.0 },
      { 2540.0 - BACK_EPIDERMIS_UM, 2540.0 - BACK_EPIDERMIS_UM },
      M_HISTOLOGY, "Lee & Hwang 2002 (histology, 452 biopsies), back 1942 µm. Range up to "
      "Laurent 2007 suprascapular skin 2.54 mm (ultrasound) minus 81 µm epidermis", FALSE },
    .hypodermis = { DEFAULT_HYPODERMIS_UM, ASSUMED_LOW (DEFAULT_HYPODERMIS_UM),
                    ASSUMED_HIGH (DEFAULT_HYPODERMIS_UM), M_ASSUMPTION, SRC_HYPO_DEFAULT, TRUE },
  },
  [SD_SITE_THIGH] = {
    .sc = { SC_FOREARM_UM, SC_FOREARM_UM - SC_FOREARM_SD_UM, SC_FOREARM_UM + SC_FOREARM_SD_UM,
            M_ASSUMPTION, "Assumption: as dorsal forearm 18.3 ± 4.9 µm (Sandby-Møller 2003); "
            "extremities 15 ± 4 SC cell layers (Arch Dermatol Res 1999)", TRUE },
    .epidermis = { FOREARM_EPIDERMIS_UM, FOREARM_EPIDERMIS_UM - FOREARM_VIABLE_SD_UM,
                   FOREARM_EPIDERMIS_UM + FOREARM_VIABLE_SD_UM, M_ASSUMPTION,
                   SPINOSUM ("as dorsal forearm (Sandby-Møller 2003, histology, n=71), range "
                             "± 1 SD; no thigh measurement found"), TRUE },
    .dermis = {
      { 1900.0 - FOREARM_EPIDERMIS_UM, 1900.0 - FOREARM_EPIDERMIS_UM },
      { 1550.0 - FOREARM_EPIDERMIS_UM, 1550.0 - FOREARM_EPIDERMIS_UM },
      { 1900.0 - FOREARM_EPIDERMIS_UM, 1900.0 - FOREARM_EPIDERMIS_UM },
      M_US, "Gibney 2010 (ultrasound, n=388), thigh skin 1.9 mm minus 74.9 µm epidermis, "
      "both sexes. Range from Laurent 2007 thigh skin 1.55 mm (ultrasound) minus epidermis",
      FALSE },
    .hypodermis = { 10400.0, ASSUMED_LOW (10400.0), ASSUMED_HIGH (10400.0), M_US,
                    "Gibney 2010 (ultrasound, n=388), thigh subcutaneous fat 10.4 mm; "
                    "BMI-dependent. Range assumed ± 50 % (no spread retrieved)", FALSE },
  },
  [SD_SITE_PALM] = {
    .sc = { SC_PALM_UM, SC_PALM_UM * 23.0 / 47.0, SC_PALM_UM * 71.0 / 47.0, M_RAMAN,
            "Raman, Acta Derm Venereol 2007 (in vivo, n=15), palm 173 µm. Range × 23/47 … "
            "× 71/47 (palms/soles 47 ± 24 SC cell layers, Arch Dermatol Res 1999)", FALSE },
    .epidermis = { PALM_EPIDERMIS_UM, 601.0, 637.0, M_HISTOLOGY,
                   SPINOSUM ("Lee & Hwang 2002 (histology, 452 biopsies): palm & sole "
                             "601–637 µm, midpoint; range 601–637 µm"), TRUE },
    .dermis = {
      { PALM_DERMIS_UM, PALM_DERMIS_UM }, { PALM_DERMIS_LOW_UM, PALM_DERMIS_LOW_UM },
      { PALM_DERMIS_HIGH_UM, PALM_DERMIS_HIGH_UM },
      M_DERIVED, "Derived from Lee & Hwang 2002 (histology, 452 biopsies): epidermis = "
      "40.6–44.6 % of skin → 0.75–0.93 mm (NCI SEER says 3–4 mm: unresolved)", FALSE },
    .hypodermis = { DEFAULT_HYPODERMIS_UM, ASSUMED_LOW (DEFAULT_HYPODERMIS_UM),
                    ASSUMED_HIGH (DEFAULT_HYPODERMIS_UM), M_ASSUMPTION, SRC_HYPO_DEFAULT, TRUE },
  },
  [SD_SITE_SOLE] = {
    .sc = { SC_PALM_UM, SC_PALM_UM * 23.0 / 47.0, SC_PALM_UM * 71.0 / 47.0, M_ASSUMPTION,
            "Assumption: as palm 173 µm (Raman 2007); palms/soles 47 ± 24 SC cell layers "
            "(Arch Dermatol Res 1999). Range × 23/47 … × 71/47", TRUE },
    .epidermis = { PALM_EPIDERMIS_UM, 596.6, 637.0, M_HISTOLOGY,
                   SPINOSUM ("Lee & Hwang 2002 (histology, 452 biopsies): palm & sole "
                             "601–637 µm, midpoint. Range from 597 µm (Lintzeri 2022 "
                             "meta-analysis, plantar foot) to 637 µm"), TRUE },
    .dermis = {
      { PALM_DERMIS_UM, PALM_DERMIS_UM }, { PALM_DERMIS_LOW_UM, PALM_DERMIS_LOW_UM },
      { PALM_DERMIS_HIGH_UM, PALM_DERMIS_HIGH_UM },
      M_DERIVED, "Derived from Lee & Hwang 2002 (histology, 452 biopsies): epidermis = "
      "40.6–44.6 % of skin → 0.75–0.93 mm (NCI SEER says 3–4 mm: unresolved)", FALSE },
    .hypodermis = { DEFAULT_HYPODERMIS_UM, ASSUMED_LOW (DEFAULT_HYPODERMIS_UM),
                    ASSUMED_HIGH (DEFAULT_HYPODERMIS_UM), M_ASSUMPTION, SRC_HYPO_DEFAULT, TRUE },
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
 * §1e, compounded from adulthood (18 years). The dermis follows the collagen age law of
 * sd-ageing.h. */
#define EPIDERMIS_AGE_START 18.0
#define EPIDERMIS_LOSS_MALE 0.072
#define EPIDERMIS_LOSS_FEMALE 0.057

#define SRC_LUCIDUM "Assumption: 10 µm (a thin band of a few flattened cells); no measured " \
  "thickness found. Range ± 50 %"
#define SRC_GRANULOSUM "Assumption: 10 % of the viable epidermis, 3–20 µm (a few " \
  "flattened cell layers); no measured sub-layer thickness found"
#define SRC_BASALE "Assumption: 20 % of the viable epidermis, 5–10 µm (one cell " \
  "layer); no measured sub-layer thickness found"
#define SRC_PAPILLARY "Assumption: 20 % of the dermis (textbook), kept within " \
  "100–300 µm; no measured thickness found"

/*
 * Helpers
 */

typedef struct
{
  double granulosum;
  double spinosum;
  double basale;
} ViableSplit;

typedef struct
{
  double papillary;
  double reticular;
} DermisSplit;

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

/* The same rule for the central value and both ends of the range. */
static ViableSplit
split_viable (double viable_um)
{
  ViableSplit split;

  split.basale = CLAMP (BASALE_SHARE * viable_um, BASALE_MIN_UM, BASALE_MAX_UM);
  split.granulosum = CLAMP (GRANULOSUM_SHARE * viable_um, GRANULOSUM_MIN_UM,
                            GRANULOSUM_MAX_UM);
  split.spinosum = viable_um - split.basale - split.granulosum;
  g_assert (split.spinosum > 0.0);
  return split;
}

static DermisSplit
split_dermis (double dermis_um)
{
  DermisSplit split;

  split.papillary = CLAMP (PAPILLARY_SHARE * dermis_um, PAPILLARY_MIN_UM, PAPILLARY_MAX_UM);
  split.reticular = dermis_um - split.papillary;
  g_assert (split.reticular > 0.0);
  return split;
}

static void
append_layer (SdSkinProfile *out,
              SdLayerId      id,
              double         thickness_um,
              double         low_um,
              double         high_um,
              const char    *method,
              const char    *source,
              gboolean       assumed)
{
  SdLayer *layer = &out->layers[out->n_layers];
  double top = out->n_layers > 0 ? out->layers[out->n_layers - 1].bottom_um : 0.0;

  g_assert (out->n_layers < SD_N_LAYERS);
  g_assert (thickness_um > 0.0);
  g_assert (low_um > 0.0 && low_um <= thickness_um && thickness_um <= high_um);

  layer->id = id;
  layer->top_um = top;
  layer->bottom_um = top + thickness_um;
  layer->source = source;
  layer->assumed = assumed;
  layer->range_low_um = low_um;
  layer->range_high_um = high_um;
  layer->method = method;
  out->n_layers++;
}

static void
append_quantity (SdSkinProfile  *out,
                 SdLayerId       id,
                 const Quantity *q)
{
  append_layer (out, id, q->um, q->low_um, q->high_um, q->method, q->source, q->assumed);
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
sd_skin_dermis_age_factor (double age_years,
                           SdSex  sex)
{
  g_return_val_if_fail ((guint)sex < SD_N_SEXES, 1.0);

  /* The one age law for skin collagen (sd-ageing.h), so that the dermis the profile draws
   * and the collagen the course computes age alike. */
  return sd_collagen_age_factor (age_years, sex, SD_ESTIMATE_CENTRAL)
         / sd_collagen_age_factor (SD_SKIN_REFERENCE_AGE, sex, SD_ESTIMATE_CENTRAL);
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
  double viable, viable_low, viable_high, dermis, dermis_low, dermis_high, age_factor;
  ViableSplit v, v_low, v_high;
  DermisSplit d, d_low, d_high;

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
   * (and lucidum), adjusted for sex and age. Its range is the whole epidermis' range as
   * a relative spread (docs/model.md §1.3). */
  viable = data->epidermis.um - data->sc.um - (thick ? LUCIDUM_UM : 0.0);
  viable *= sex == SD_SEX_MALE ? VIABLE_SEX_MALE : VIABLE_SEX_FEMALE;
  viable *= sd_skin_viable_epidermis_age_factor (age_years, sex);
  viable_low = viable * (data->epidermis.low_um / data->epidermis.um);
  viable_high = viable * (data->epidermis.high_um / data->epidermis.um);
  v = split_viable (viable);
  v_low = split_viable (viable_low);
  v_high = split_viable (viable_high);

  age_factor = sd_skin_dermis_age_factor (age_years, sex);
  dermis = data->dermis.um[sex] * age_factor;
  dermis_low = data->dermis.low_um[sex] * age_factor;
  dermis_high = data->dermis.high_um[sex] * age_factor;
  d = split_dermis (dermis);
  d_low = split_dermis (dermis_low);
  d_high = split_dermis (dermis_high);

  append_quantity (out, SD_LAYER_STRATUM_CORNEUM, &data->sc);
  if (thick)
    append_layer (out, SD_LAYER_STRATUM_LUCIDUM, LUCIDUM_UM, ASSUMED_LOW (LUCIDUM_UM),
                  ASSUMED_HIGH (LUCIDUM_UM), M_ASSUMPTION, SRC_LUCIDUM, TRUE);
  append_layer (out, SD_LAYER_STRATUM_GRANULOSUM, v.granulosum, v_low.granulosum,
                v_high.granulosum, M_ASSUMPTION, SRC_GRANULOSUM, TRUE);
  /* The viable-epidermis split is assumed everywhere, so the spinosum is too; it is the
   * remainder of the measured epidermis and carries that dataset's method. */
  append_layer (out, SD_LAYER_STRATUM_SPINOSUM, v.spinosum, v_low.spinosum, v_high.spinosum,
                data->epidermis.method, data->epidermis.source, TRUE);
  append_layer (out, SD_LAYER_STRATUM_BASALE, v.basale, v_low.basale, v_high.basale,
                M_ASSUMPTION, SRC_BASALE, TRUE);
  append_layer (out, SD_LAYER_PAPILLARY_DERMIS, d.papillary, d_low.papillary, d_high.papillary,
                M_ASSUMPTION, SRC_PAPILLARY, TRUE);
  append_layer (out, SD_LAYER_RETICULAR_DERMIS, d.reticular, d_low.reticular, d_high.reticular,
                data->dermis.method, data->dermis.source, data->dermis.assumed);
  append_quantity (out, SD_LAYER_HYPODERMIS, &data->hypodermis);

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
