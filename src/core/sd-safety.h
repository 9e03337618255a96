/* sd-safety.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sd-needle.h"

G_BEGIN_DECLS

/* What a patient should know about a session, each fact with its source
 * (SCIENCE.md §5 and §2e). Texts are marked N_(): callers translate them with _().
 * Sources are short citations, not translated. */

typedef enum
{
  SD_SAFETY_SIDE_EFFECTS,
  SD_SAFETY_AFTERCARE,
  SD_SAFETY_CONTRAINDICATIONS,
  SD_SAFETY_CALL_CLINIC,
  SD_SAFETY_RESULTS,          /* when results are typically judged */
  SD_N_SAFETY_TOPICS
} SdSafetyTopic;

typedef enum
{
  SD_SAFETY_EVIDENCE_MEASURED,       /* a study, a systematic review or a regulatory record */
  SD_SAFETY_EVIDENCE_RULE_OF_THUMB,  /* a review, a clinic page or a vendor's guide */
  SD_SAFETY_EVIDENCE_GENERAL,        /* general medical advice: no microneedling source */
} SdSafetyEvidence;

typedef struct
{
  const char *text;      /* N_() */
  const char *source;    /* short citation (untranslated) */
  SdSafetyEvidence  evidence;
} SdSafetyItem;

/* "Side effects" … (N_()) */
const char         *sd_safety_topic_get_title (SdSafetyTopic   topic);
/* The items of @topic; @n_items is set to their number. Static data. */
const SdSafetyItem *sd_safety_get_items       (SdSafetyTopic   topic,
                                               guint          *n_items);
/* "measured", "rule of thumb", "general advice" (N_()) */
const char         *sd_safety_evidence_get_name      (SdSafetyEvidence      evidence);

/* Downtime (redness and swelling) after one session with a needle of @length_mm,
 * from a vendor's depth guide (0.2–0.5 mm 2–3 days, 0.8–1.5 mm 4–5 days, 2.0–3.0 mm
 * 6–7 days). Lengths between the guide's classes take the longer class. */
typedef struct
{
  guint       min_days;
  guint       max_days;
  const char *source;    /* short citation (untranslated) */
  SdSafetyEvidence  evidence;
} SdDowntime;

void                sd_safety_get_downtime    (double          length_mm,
                                               SdDowntime     *out);

/* The usual needle lengths for a site (SCIENCE.md §2e). FALSE, with @out zeroed, where
 * no published range was found for the site. */
typedef struct
{
  double      min_mm;
  double      max_mm;
  const char *source;    /* short citation (untranslated) */
  SdSafetyEvidence  evidence;
} SdSiteRange;

gboolean            sd_safety_get_site_range  (SdSite          site,
                                               SdSiteRange    *out);

/* Why a length deserves a caution at a site: a set of flags. */
typedef enum
{
  SD_CAUTION_NONE               = 0,
  SD_CAUTION_REACHES_HYPODERMIS = 1 << 0,  /* the model's central depth enters the fat */
  SD_CAUTION_MAY_REACH_HYPODERMIS = 1 << 1,/* only the deep end of its range does */
  SD_CAUTION_ABOVE_SITE_RANGE   = 1 << 2,  /* longer than the usual range for the site */
  SD_CAUTION_NOT_EVALUATED      = 1 << 3,  /* a pen past 1.5 mm: not evaluated by the FDA */
} SdCautionFlags;

typedef struct
{
  SdCautionFlags flags;
  double         length_mm;
  double         depth_um;        /* the model's central real depth */
  double         depth_high_um;   /* the deep end of its range */
  double         fat_um;          /* where the hypodermis starts at this site, age and sex */
  gboolean       has_range;       /* FALSE: no published range for the site */
  SdSiteRange    range;
} SdCaution;

/* Fills @out for a needle of @length_mm on @device in @profile (the model's own depth,
 * sd_needle_compute_estimate()). FALSE with @error for a length outside the model's range. */
gboolean            sd_safety_check_caution   (const SdSkinProfile *profile,
                                               SdDevice             device,
                                               double               length_mm,
                                               SdCaution           *out,
                                               GError             **error);
/* The reasons for the caution, one sentence each, translated, with their sources; NULL
 * when out->flags is SD_CAUTION_NONE. */
char               *sd_caution_describe       (const SdCaution     *caution);
/* One sentence on the site's usual range, or that none was found (translated). */
char               *sd_site_range_describe    (SdSite               site);

G_END_DECLS
