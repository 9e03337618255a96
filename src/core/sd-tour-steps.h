/* sd-tour-steps.h — the steps of the guided tour through the window
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "sd-model-types.h"

G_BEGIN_DECLS

/* What one step sets. Every step sets every field, so that a step shows the same
 * whichever step came before it (Back as well as Next). */
typedef struct
{
  const char *id;           /* "three-layers" */
  const char *title;        /* N_() */
  const char *caption;      /* N_() */
  SdSite      site;
  double      age_years;
  int         layer;        /* SdLayerId to select, or -1 */
  double      zoom;         /* the section view's zoom */
  gboolean    show_needle;
  SdDevice    device;
  double      length_mm;
  guint       day;          /* the course day */
  const char *page;         /* side-panel page: "skin" or "treatment" */
  const char *glossary_id;  /* the glossary entry the step explains most, or NULL */
} SdTourStep;

const SdTourStep *sd_tour_get_steps (guint *n_steps);

G_END_DECLS
