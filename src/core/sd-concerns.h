/* sd-concerns.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sd-model-types.h"

G_BEGIN_DECLS

/* What microneedling is used for: the concerns the brief names, with the sites, needle
 * lengths and protocols of published studies and reviews (SCIENCE.md §2e, §3c). Data,
 * not model: every line has its sources, and where nothing was found it says so. */

typedef enum
{
  SD_EVIDENCE_STRONG,
  SD_EVIDENCE_MODERATE,
  SD_EVIDENCE_WEAK,
  SD_N_EVIDENCE
} SdEvidence;

#define SD_CONCERN_MAX_SITES 5

typedef struct
{
  const char  *id;                  /* "acne-scars" */
  const char  *name;                /* "Acne scars" (N_()) */
  SdSite       sites[SD_CONCERN_MAX_SITES];
  guint        n_sites;
  gboolean     has_protocol;        /* FALSE: no lengths or protocol were found */
  double       length_mm[2];        /* low, high (when has_protocol) */
  guint        sessions[2];
  double       interval_weeks[2];
  SdEvidence   evidence;
  const char  *evidence_note;       /* why that strength, plainly (N_()) */
  const char  *findings;            /* what studies found, as ranges (N_()) */
  const char  *protocol_source;     /* where lengths and protocol come from (N_()) */
  const char * const *sources;      /* NULL-terminated citations (untranslated) */
  /* "Use this plan": one published protocol within the ranges (when has_protocol) */
  SdSite       plan_site;
  SdDevice     plan_device;
  double       plan_length_mm;
  guint        plan_sessions;
  double       plan_interval_weeks;
} SdConcern;

const char      *sd_evidence_to_id   (SdEvidence  evidence);   /* "weak" */
const char      *sd_evidence_get_name (SdEvidence evidence);   /* "Weak evidence" (N_()) */

guint            sd_concern_get_n    (void);
/* @index < sd_concern_get_n () */
const SdConcern *sd_concern_get      (guint        index);
/* NULL (and @error set) for an unknown id */
const SdConcern *sd_concern_find     (const char  *id,
                                      GError     **error);

G_END_DECLS
