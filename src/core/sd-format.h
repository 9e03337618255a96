/* sd-format.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Numbers written to files and to the command line's tables: always a '.', whatever
 * LC_NUMERIC says, and never "-0.000". */

/* @value with exactly @decimals decimals (at most 17) into @buf of @len bytes
 * (G_ASCII_DTOSTR_BUF_SIZE + 320 holds any double). */
void  sd_format_decimals     (char    *buf,
                              gsize    len,
                              double   value,
                              guint    decimals);
/* The same, appended to @out; "null" for NaN and infinities. */
void  sd_format_append_fixed (GString *out,
                              double   value,
                              guint    decimals);

G_END_DECLS
