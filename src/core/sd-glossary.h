/* sd-glossary.h — the terms the explanations, phases and tour use
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *id;          /* "keratinocyte": stable, for links */
  const char *term;        /* N_(): "Keratinocyte" */
  const char *plain;       /* N_(): a plain name ("spiny layer"), or NULL */
  const char *definition;  /* N_(): one or two sentences */
  const char *source_id;   /* an sd_sources_lookup() id */
  int         layer;       /* SdLayerId that "Show me" selects, or -1 */
  const char *stem;        /* lower-case English stem found in the model's texts
                            * ("keratinocyte" also matches "keratinocytes") */
} SdGlossaryEntry;

/* Every entry, sorted by English term. */
const SdGlossaryEntry *sd_glossary_get_entries (guint      *n_entries);
/* NULL when @id is not known. */
const SdGlossaryEntry *sd_glossary_lookup      (const char *id);
/* The entries whose stem occurs in the English @text (case-insensitive), in
 * glossary order; free the array (it does not own the entries). */
GPtrArray             *sd_glossary_find_in_text (const char *text);

G_END_DECLS
