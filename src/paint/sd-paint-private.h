/* sd-paint-private.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <librsvg/rsvg.h>

G_BEGIN_DECLS

/* librsvg 2.54 has no g_autoptr(RsvgHandle): define the cleanup once, here. */
#if !LIBRSVG_CHECK_VERSION (2, 56, 0)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsvgHandle, g_object_unref)
#endif

#define SD_PAINT_RESOURCE_PATH "/io/github/skindeep/SkinDeep/paint/"

/* How strongly text and lines in the foreground colour are drawn, for the
 * picture and the chart alike: as asked, or, in high contrast, about twice as
 * strong (faint lines stay visible, dimmed text becomes full text). */
static inline double
sd_paint_ink (gboolean high_contrast,
              double   alpha)
{
  return high_contrast ? MIN (1.0, 0.2 + 2.0 * alpha) : alpha;
}

G_END_DECLS
