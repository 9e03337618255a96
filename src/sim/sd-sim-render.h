/* sd-sim-render.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Size limits of a rendered picture, pixels (inclusive) */
#define SD_SIM_RENDER_SIZE_MIN 16
#define SD_SIM_RENDER_SIZE_MAX 8192

/* The file to replace: @path, or where its symbolic link points. NULL (after a message
 * naming @expected, "a .pdf file") for a target that is not a regular file or cannot be
 * written. */
char *sd_sim_resolve_target (const char *path,
                             const char *expected);

/* `skin-deep-sim render`: argv[0] is "render". Draws the cross-section that
 * the app shows into a PNG, SVG or PDF file (chosen by the file's extension),
 * headless. Returns the process exit status (0, 1 write failure, 2 bad input). */
int sd_sim_render (int    argc,
                   char **argv);

G_END_DECLS
