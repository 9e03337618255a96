/* sd-bench-figures.h — the benchmarks' figures as JSON lines (GLib only)
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every benchmark records its figures with sd_bench_figure() and writes them
 * with sd_bench_figures_write() to the file named by $SD_FIGURES (meson sets
 * it to meson-logs/figures.jsonl), one object per line:
 *
 *   {"name":…,"value":…,"unit":…,"target":…,"floor":…,"met":…}
 *
 * target and floor are null when a figure has none, met is null when it has
 * no target. A figure's line replaces the line of the same name from an
 * earlier run, so the file always holds the latest value of every figure and
 * a script can compare two files. Names are stable: add, never rename.
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

static GPtrArray *sd_bench_figure_names;
static GString *sd_bench_figure_lines;

static inline void
sd_bench_figure_append_number (GString *s,
                               double   v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (v) || isinf (v))
    g_string_append (s, "null");
  else
    g_string_append (s, g_ascii_formatd (buf, sizeof buf, "%.4g", v));
}

/* @target and @floor NAN when there is none; @met -1 when there is no target */
static inline void
sd_bench_figure (const char *name,
                 double      value,
                 const char *unit,
                 double      target,
                 double      floor_value,
                 int         met)
{
  GString *s;

  if (sd_bench_figure_names == NULL)
    {
      sd_bench_figure_names = g_ptr_array_new_with_free_func (g_free);
      sd_bench_figure_lines = g_string_new (NULL);
    }
  g_ptr_array_add (sd_bench_figure_names, g_strdup (name));
  s = sd_bench_figure_lines;
  g_string_append_printf (s, "{\"name\":\"%s\",\"value\":", name);
  sd_bench_figure_append_number (s, value);
  g_string_append_printf (s, ",\"unit\":\"%s\",\"target\":", unit);
  sd_bench_figure_append_number (s, target);
  g_string_append (s, ",\"floor\":");
  sd_bench_figure_append_number (s, floor_value);
  g_string_append_printf (s, ",\"met\":%s}\n", met < 0 ? "null" : met ? "true" : "false");
}

/* The name of the JSON line @line, or NULL */
static inline char *
sd_bench_figure_line_name (const char *line)
{
  const char *p = strstr (line, "\"name\":\"");
  const char *end;

  if (p == NULL)
    return NULL;
  p += strlen ("\"name\":\"");
  end = strchr (p, '"');
  return end ? g_strndup (p, end - p) : NULL;
}

/* Merges this run's figures into $SD_FIGURES (nothing without it); FALSE on an error */
static inline gboolean
sd_bench_figures_write (void)
{
  const char *path = g_getenv ("SD_FIGURES");
  g_autofree char *old = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  if (path == NULL || *path == '\0' || sd_bench_figure_lines == NULL)
    return TRUE;

  if (g_file_get_contents (path, &old, NULL, NULL))
    {
      g_auto(GStrv) lines = g_strsplit (old, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autofree char *name = sd_bench_figure_line_name (lines[i]);
          gboolean ours = FALSE;

          if (name == NULL)
            continue;
          for (guint j = 0; j < sd_bench_figure_names->len && !ours; j++)
            ours = g_str_equal (name, g_ptr_array_index (sd_bench_figure_names, j));
          if (!ours)
            g_string_append_printf (out, "%s\n", lines[i]);
        }
    }
  g_string_append (out, sd_bench_figure_lines->str);

  {
    g_autofree char *dir = g_path_get_dirname (path);

    g_mkdir_with_parents (dir, 0755);
  }
  if (!g_file_set_contents (path, out->str, out->len, &error))
    {
      g_printerr ("figures: %s\n", error->message);
      return FALSE;
    }
  return TRUE;
}
