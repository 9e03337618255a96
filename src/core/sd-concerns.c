/* sd-concerns.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-concerns"

#include "config.h"

#include "sd-concerns.h"

#include <string.h>

#define N_(s) (s)

/*
 * Sources, from SCIENCE.md (§2e depth and protocol by indication, §3c outcomes). The
 * evidence strength is a plain reading of that table: small clinical and histology
 * studies = moderate; vendor guides, case series without numbers, or nothing = weak. No
 * study graded "strong" (large randomised trials) was found for any of these.
 */

#define SRC_IS_SKIN "iS Skin Source 2021 (trade magazine): scars 1.5–2 mm, laxity and wrinkles " \
  "0.5–1.0 mm — https://viewer.joomag.com/is-skin-source-2021-q3/0711335001627819483/p104"
#define SRC_EL_DOMYATI "El-Domyati et al., Int J Dermatol 2015 (photoaging, 10 people; 6 " \
  "sessions every 2 weeks) — https://medicalxpress.com/news/2015-11-microneedling-beneficial-photoaged-skin.html"
#define SRC_EL_DOMYATI_SCARS "El-Domyati et al., J Clin Aesthet Dermatol 2015 (acne scars, " \
  "10 people) — https://jcadonline.com/microneedling-therapy-for-atrophic-acne-scars-an-objective-evaluation/"
#define SRC_AUST "Aust, Fernandes et al., Plast Reconstr Surg 2008;121:1421 (retrospective, 480 " \
  "people) — http://journals.lww.com/plasreconsurg/Abstract/2008/04000/Percutaneous_Collagen_Induction_Therapy__An.46.aspx"
#define SRC_FARBER "Farber 2020 (review): repeat every 2–4 weeks"
#define SRC_DRPEN "Dr. Pen needle depth guide (manufacturer) — https://drpen.net/blogs/how-it-works/needle-depth-guide"
#define SRC_LOTFI "Lotfi, Moneib & Yehia, J Egypt Women's Dermatol Soc 2013 (30 people) — " \
  "https://journals.lww.com/jewds/Fulltext/2013/09000/Clinical_and_histopathological_evaluation_of.8.aspx"
#define SRC_SKINPEN "SkinPen trial NCT02646917: 0.25–2.0 mm, 3 sessions a month apart — " \
  "https://meddatax.com/clinical-trials/NCT02646917/results"
#define SRC_SPLIT_FACE "Split-face trial, 2.5 mm vs 1.5 mm pen, 6 sessions every 2 weeks — " \
  "https://www.iasj.net/iasj/article/186069"
#define SRC_ALI "Ali et al., J Egypt Women's Dermatol Soc 2017 (striae; 6 or more sessions every " \
  "2 weeks) — https://journals.lww.com/jewds/Fulltext/2017/05000/A_comparative_clinical_and_histopathological_study.4.aspx"
#define SRC_STRIAE_4WK "3 sessions 4 weeks apart (clinic summary) — " \
  "https://microneedling.co.nz/blogs/news/microneedling-for-stretch-marks"
#define SRC_SCHWARZ "Schwarz & Laaff, Plast Reconstr Surg 2011 (11 people, scars and striae; " \
  "numbers not retrieved) — http://amieamed.com/en_US/clinical-studies/literature/"
#define SRC_BRIEF "The brief (a popular article): microneedling \"can eliminate … cellulite\" and " \
  "restores \"ideal conditions for the skin\"; it cites no study"
#define SRC_DEPTH_CLASSES "Depth classes in clinic reviews: 0.25–0.5 mm epidermal, 0.5–1.0 mm fine " \
  "lines — https://necolebitchie.com/how-deep-does-professional-microneedling-go"

static const char * const fine_lines_sources[] = {
  SRC_IS_SKIN, SRC_DRPEN, SRC_EL_DOMYATI, SRC_AUST, SRC_FARBER, NULL
};
static const char * const acne_scars_sources[] = {
  SRC_IS_SKIN, SRC_LOTFI, SRC_SKINPEN, SRC_SPLIT_FACE, SRC_EL_DOMYATI_SCARS, NULL
};
static const char * const stretch_marks_sources[] = {
  SRC_DRPEN, SRC_ALI, SRC_STRIAE_4WK, SRC_SCHWARZ, NULL
};
static const char * const cellulite_sources[] = {
  SRC_BRIEF, NULL
};
static const char * const skin_quality_sources[] = {
  SRC_BRIEF, SRC_AUST, SRC_DEPTH_CLASSES, SRC_FARBER, NULL
};

static const SdConcern concerns[] = {
  {
    .id = "fine-lines",
    .name = N_("Fine lines and wrinkles"),
    .sites = { SD_SITE_FOREHEAD, SD_SITE_EYELID, SD_SITE_CHEEK, SD_SITE_UPPER_LIP, SD_SITE_CHIN },
    .n_sites = 5,
    .has_protocol = TRUE,
    .length_mm = { 0.5, 1.0 },
    .sessions = { 1, 6 },
    .interval_weeks = { 2.0, 4.0 },
    .evidence = SD_EVIDENCE_MODERATE,
    .evidence_note = N_("Moderate: small studies with skin biopsies and one large "
                        "retrospective series; no large randomised trial was found. The "
                        "needle lengths come from trade and manufacturer guides."),
    /* xgettext:no-c-format */
    .findings = N_("Collagen I, III and VII and new elastin rose 1 and 3 months after 6 "
                   "sessions (10 people; sizes not retrieved). Patients rated their "
                   "improvement 60–80 %, and the spinous layer was about 40 % thicker a year "
                   "after 1–4 treatments (480 people, retrospective)."),
    .protocol_source = N_("0.5–1.0 mm (trade and manufacturer guides); 1 to 6 sessions, "
                          "2 to 4 weeks apart (El-Domyati 2015, Aust 2008, Farber 2020)"),
    .sources = fine_lines_sources,
    .plan_site = SD_SITE_CHEEK,
    .plan_device = SD_DEVICE_ROLLER,
    .plan_length_mm = 1.0,
    .plan_sessions = 6,
    .plan_interval_weeks = 2.0,
  },
  {
    .id = "acne-scars",
    .name = N_("Acne scars"),
    .sites = { SD_SITE_CHEEK, SD_SITE_FOREHEAD, SD_SITE_CHIN },
    .n_sites = 3,
    .has_protocol = TRUE,
    .length_mm = { 1.5, 2.5 },
    .sessions = { 3, 6 },
    .interval_weeks = { 2.0, 4.0 },
    .evidence = SD_EVIDENCE_MODERATE,
    .evidence_note = N_("Moderate: several small clinical studies with skin biopsies and a "
                        "registered trial; no large randomised trial was found."),
    /* xgettext:no-c-format */
    .findings = N_("Eight weeks after 5 monthly sessions with a 1.5 mm roller: epidermis "
                   "about 50 % thicker and collagen under it about 53 % more; rolling and "
                   "boxcar scars improved excellently in 20 % of people and well in 70 % "
                   "(30 people). Collagen I, III and VII rose after 6 sessions (10 people)."),
    .protocol_source = N_("1.5–2.0 mm (trade guide), 1.5 mm roller and 1.5 vs 2.5 mm pen in "
                          "trials; 3 to 6 sessions, 2 to 4 weeks apart (Lotfi 2013, "
                          "NCT02646917, split-face trial, El-Domyati 2015)"),
    .sources = acne_scars_sources,
    .plan_site = SD_SITE_CHEEK,
    .plan_device = SD_DEVICE_ROLLER,
    .plan_length_mm = 1.5,
    .plan_sessions = 5,
    .plan_interval_weeks = 4.0,
  },
  {
    .id = "stretch-marks",
    .name = N_("Stretch marks"),
    .sites = { SD_SITE_ABDOMEN, SD_SITE_THIGH, SD_SITE_BACK },
    .n_sites = 3,
    .has_protocol = TRUE,
    .length_mm = { 1.5, 2.0 },
    .sessions = { 3, 6 },
    .interval_weeks = { 2.0, 4.0 },
    .evidence = SD_EVIDENCE_WEAK,
    .evidence_note = N_("Weak: a few small studies, whose measured sizes were not "
                        "retrieved; the needle length comes from a manufacturer's guide."),
    .findings = N_("Small studies report better-looking stretch marks, more elastic fibres "
                   "and thicker skin (10 people with scars or stretch marks; a comparative "
                   "study); how much was not retrieved."),
    .protocol_source = N_("1.5–2.0 mm (manufacturer's guide); 6 or more sessions every 2 "
                          "weeks (Ali 2017) or 3 sessions 4 weeks apart (clinic summary)"),
    .sources = stretch_marks_sources,
    .plan_site = SD_SITE_ABDOMEN,
    .plan_device = SD_DEVICE_ROLLER,
    .plan_length_mm = 1.5,
    .plan_sessions = 6,
    .plan_interval_weeks = 2.0,
  },
  {
    .id = "cellulite",
    .name = N_("Cellulite"),
    .sites = { SD_SITE_THIGH, SD_SITE_ABDOMEN },
    .n_sites = 2,
    .has_protocol = FALSE,
    .evidence = SD_EVIDENCE_WEAK,
    .evidence_note = N_("Weak: the brief claims it, but no study of microneedling for "
                        "cellulite was found, so no needle length, protocol or result can "
                        "be given."),
    .findings = N_("No measured result was found."),
    .protocol_source = N_("Not found: no published protocol was found."),
    .sources = cellulite_sources,
    .plan_site = SD_SITE_THIGH,
    .plan_device = SD_DEVICE_ROLLER,
  },
  {
    .id = "skin-quality",
    .name = N_("General skin quality"),
    .sites = { SD_SITE_CHEEK, SD_SITE_FOREHEAD, SD_SITE_NECK },
    .n_sites = 3,
    .has_protocol = TRUE,
    .length_mm = { 0.25, 1.0 },
    .sessions = { 1, 4 },
    .interval_weeks = { 2.0, 4.0 },
    .evidence = SD_EVIDENCE_WEAK,
    .evidence_note = N_("Weak: the brief's claim of \"ideal conditions\" has no study behind "
                        "it; one retrospective series reports more collagen and elastin, "
                        "and the lengths come from clinic reviews."),
    /* xgettext:no-c-format */
    .findings = N_("After 1–4 treatments, patients rated their improvement 60–80 % and "
                   "biopsies showed \"a considerable increase\" in collagen and elastin at 6 "
                   "months (480 people, 20 biopsies, retrospective)."),
    .protocol_source = N_("0.25–1.0 mm (clinic reviews); 1 to 4 sessions (Aust 2008), 2 to 4 "
                          "weeks apart (Farber 2020)"),
    .sources = skin_quality_sources,
    .plan_site = SD_SITE_CHEEK,
    .plan_device = SD_DEVICE_ROLLER,
    .plan_length_mm = 0.5,
    .plan_sessions = 3,
    .plan_interval_weeks = 4.0,
  },
};

static const char * const evidence_ids[SD_N_EVIDENCE] = { "strong", "moderate", "weak" };
static const char * const evidence_names[SD_N_EVIDENCE] = {
  N_("Strong evidence"), N_("Moderate evidence"), N_("Weak evidence"),
};

const char *
sd_evidence_to_id (SdEvidence evidence)
{
  g_return_val_if_fail ((guint)evidence < SD_N_EVIDENCE, NULL);
  return evidence_ids[evidence];
}

const char *
sd_evidence_get_name (SdEvidence evidence)
{
  g_return_val_if_fail ((guint)evidence < SD_N_EVIDENCE, NULL);
  return evidence_names[evidence];
}

guint
sd_concern_get_n (void)
{
  return G_N_ELEMENTS (concerns);
}

const SdConcern *
sd_concern_get (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (concerns), NULL);
  return &concerns[index];
}

const SdConcern *
sd_concern_find (const char  *id,
                 GError     **error)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (concerns); i++)
    {
      if (id != NULL && strcmp (id, concerns[i].id) == 0)
        return &concerns[i];
      g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", concerns[i].id);
    }
  g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_INVALID_VALUE,
               "Unknown concern '%s'; expected %s", id != NULL ? id : "", ids->str);
  return NULL;
}
