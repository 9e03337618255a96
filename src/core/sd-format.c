/* sd-format.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-format"

#include "config.h"

#include "sd-format.h"

#include <math.h>
#include <string.h>

void
sd_format_decimals (char   *buf,
                    gsize   len,
                    double  value,
                    guint   decimals)
{
  char format[16];

  g_snprintf (format, sizeof format, "%%.%uf", MIN (decimals, 17u));
  /* g_ascii_formatd: always '.', whatever LC_NUMERIC says */
  g_ascii_formatd (buf, len, format, value);
  /* Never print "-0.0" */
  if (buf[0] == '-' && strspn (buf + 1, "0.") == strlen (buf + 1))
    memmove (buf, buf + 1, strlen (buf));
}

void
sd_format_append_fixed (GString *out,
                        double   value,
                        guint    decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 320];

  g_return_if_fail (out != NULL);

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }

  sd_format_decimals (buf, sizeof buf, value, decimals);
  g_string_append (out, buf);
}
