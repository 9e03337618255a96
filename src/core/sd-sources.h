/* sd-sources.h — the bibliography the model stands on, grouped by what it supports
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "sd-model-types.h"

G_BEGIN_DECLS

typedef enum
{
  SD_SOURCE_TOPIC_ANATOMY,
  SD_SOURCE_TOPIC_PENETRATION,
  SD_SOURCE_TOPIC_HEALING,
  SD_SOURCE_TOPIC_AGEING,
  SD_SOURCE_TOPIC_LIFESTYLE,
  SD_SOURCE_TOPIC_SAFETY,
  SD_N_SOURCE_TOPICS
} SdSourceTopic;

typedef struct
{
  const char    *id;           /* "lee-hwang-2002": stable, for links */
  SdSourceTopic  topic;
  const char    *citation;     /* authors, journal, year (not translated) */
  const char    *url;          /* or NULL */
  const char    *figures;      /* N_(): what the app takes from it */
  const char    *assumptions;  /* N_(): values the app assumes next to it, or NULL */
} SdSource;

const char     *sd_source_topic_to_id    (SdSourceTopic topic);   /* "anatomy" */
const char     *sd_source_topic_get_name (SdSourceTopic topic);   /* "Anatomy" (N_()) */

/* Every source, grouped by topic (the table's order). */
const SdSource *sd_sources_get_all       (guint        *n_sources);
/* NULL when @id is not known. */
const SdSource *sd_sources_lookup        (const char   *id);
/* The source behind a layer's description (as sd_layer_get_description_source). */
const SdSource *sd_sources_for_layer     (SdLayerId     layer);
/* "citation url" for each source, NULL-terminated (the About window's list); free
 * with g_strfreev. */
char          **sd_sources_dup_credits   (void);

G_END_DECLS
