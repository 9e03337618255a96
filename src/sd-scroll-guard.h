/* sd-scroll-guard.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The name of the scroll controllers sd_scroll_guard_attach() adds (for tests). */
#define SD_SCROLL_GUARD_NAME "sd-scroll-guard"

/* Keeps a mouse wheel scrolling the side panel: every slider (GtkScale) and spin button
 * under @root that sits in a GtkScrolledWindow takes the wheel only while it has the
 * keyboard focus; otherwise the wheel scrolls the panel, as it would anywhere else in
 * it. Controls already guarded are skipped, so it can be called again after @root
 * gained content. */
void sd_scroll_guard_attach (GtkWidget *root);

G_END_DECLS
