/* sd-sim-format.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-sim"

#include "config.h"

#include "sd-sim.h"
#include "sd-format.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/*
 * Numbers
 */

void
sd_sim_append_fixed (GString *out,
                     double   value,
                     guint    decimals)
{
  sd_format_append_fixed (out, value, decimals);
}

static void
append_trimmed (GString  *out,
                double    value,
                guint     max_decimals,
                gboolean  keep_point)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 320];
  char *point;
  char *end;

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }

  sd_format_decimals (buf, sizeof buf, value, MAX (max_decimals, 1u));
  point = strchr (buf, '.');
  if (point != NULL)
    {
      end = buf + strlen (buf) - 1;
      while (end > point + 1 && *end == '0')
        *end-- = '\0';
      if (!keep_point && strcmp (point, ".0") == 0)
        *point = '\0';
    }
  g_string_append (out, buf);
}

void
sd_sim_append_number (GString *out,
                      double   value,
                      guint    max_decimals)
{
  append_trimmed (out, value, max_decimals, TRUE);
}

void
sd_sim_append_compact (GString *out,
                       double   value,
                       guint    max_decimals)
{
  append_trimmed (out, value, max_decimals, FALSE);
}

/*
 * Strings
 */

void
sd_sim_append_json_string (GString    *out,
                           const char *str)
{
  const char *p;

  g_string_append_c (out, '"');
  for (p = str != NULL ? str : ""; *p != '\0'; p++)
    {
      guchar c = (guchar)*p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7f)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char)c);   /* UTF-8 passes through */
          break;
        }
    }
  g_string_append_c (out, '"');
}

void
sd_sim_append_csv_field (GString    *out,
                         const char *str)
{
  const char *p;

  if (str == NULL)
    str = "";

  if (strpbrk (str, ",\"\r\n") == NULL)
    {
      g_string_append (out, str);
      return;
    }

  g_string_append_c (out, '"');
  for (p = str; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/*
 * Tables
 */

struct _SdSimTable
{
  guint      n_columns;
  char      *alignment;
  GPtrArray *rows;   /* of GStrv */
};

SdSimTable *
sd_sim_table_new (guint       n_columns,
                  const char *alignment)
{
  SdSimTable *table;

  g_return_val_if_fail (n_columns > 0, NULL);
  g_return_val_if_fail (alignment != NULL && strlen (alignment) == n_columns, NULL);

  table = g_new0 (SdSimTable, 1);
  table->n_columns = n_columns;
  table->alignment = g_strdup (alignment);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  return table;
}

void
sd_sim_table_add_row (SdSimTable        *table,
                      const char *const *cells)
{
  char **row;
  guint i;

  row = g_new0 (char *, table->n_columns + 1);
  for (i = 0; i < table->n_columns; i++)
    row[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (table->rows, row);
}

void
sd_sim_table_append_to (SdSimTable *table,
                        GString    *out)
{
  g_autofree glong *widths = g_new0 (glong, table->n_columns);
  guint r;
  guint c;

  for (r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      for (c = 0; c < table->n_columns; c++)
        widths[c] = MAX (widths[c], g_utf8_strlen (row[c], -1));
    }

  for (r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);
      gsize line_start = out->len;

      for (c = 0; c < table->n_columns; c++)
        {
          glong pad = widths[c] - g_utf8_strlen (row[c], -1);

          if (c > 0)
            g_string_append (out, "  ");
          if (table->alignment[c] == 'r')
            {
              for (; pad > 0; pad--)
                g_string_append_c (out, ' ');
              g_string_append (out, row[c]);
            }
          else
            {
              g_string_append (out, row[c]);
              for (; pad > 0; pad--)
                g_string_append_c (out, ' ');
            }
        }

      /* No trailing blanks */
      while (out->len > line_start && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      g_string_append_c (out, '\n');
    }
}

void
sd_sim_table_free (SdSimTable *table)
{
  if (table == NULL)
    return;

  g_ptr_array_unref (table->rows);
  g_free (table->alignment);
  g_free (table);
}

/*
 * Writing
 */

int
sd_sim_write_output (const GString *out)
{
  gsize written;
  int saved_errno;

  errno = 0;
  written = fwrite (out->str, 1, out->len, stdout);
  if (written == out->len && fflush (stdout) == 0 && !ferror (stdout))
    return SD_SIM_EXIT_OK;

  saved_errno = errno;
  /* A reader that went away (`| head`) is not worth a message */
  if (saved_errno == EPIPE)
    return SD_SIM_EXIT_FAILURE;

  sd_sim_error ("error writing output: %s",
                saved_errno != 0 ? g_strerror (saved_errno) : "unknown error");
  return SD_SIM_EXIT_FAILURE;
}
