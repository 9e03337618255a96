/* sd-test-files.h: checking the files the exports write, GLib and Check only
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <check.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

/* The file's contents (the test fails when it cannot be read). */
static inline GBytes *
sd_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  ck_assert_msg (g_file_get_contents (path, &data, &len, &error), "cannot read %s: %s", path,
                 error != NULL ? error->message : "");
  return g_bytes_new_take (data, len);
}

/* Asserts a PNG signature and an IHDR chunk first, and returns its size. */
static inline void
sd_test_assert_png (GBytes *bytes,
                    guint  *width,
                    guint  *height)
{
  static const guint8 sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  gsize len = 0;
  const guint8 *d = g_bytes_get_data (bytes, &len);

  ck_assert_msg (len > 33, "a PNG of %zu bytes", len);
  ck_assert_int_eq (memcmp (d, sig, 8), 0);
  ck_assert_int_eq (memcmp (d + 12, "IHDR", 4), 0);
  *width = (guint)d[16] << 24 | (guint)d[17] << 16 | (guint)d[18] << 8 | d[19];
  *height = (guint)d[20] << 24 | (guint)d[21] << 16 | (guint)d[22] << 8 | d[23];
}

/* The names in @dir other than @keep (NULL-terminated), sorted and joined by spaces: "" when
 * nothing else is there (no temporary file left behind). */
static inline char *
sd_test_dir_others (const char        *dir,
                    const char *const *keep)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  ck_assert_ptr_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (keep == NULL || !g_strv_contains (keep, name))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc)g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **)names->pdata);
}

/* Removes @dir and everything in it (one level: the tests make no subfolders but one
 * empty one at most). */
static inline void
sd_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_chmod (path, 0644);
      if (g_unlink (path) != 0)
        g_rmdir (path);
    }
  g_rmdir (dir);
}

/* pdftotext's text of the PDF at @path, or NULL (with a line saying so) without pdftotext. */
static inline char *
sd_test_pdf_text (const char *path)
{
  g_autofree char *exe = g_find_program_in_path ("pdftotext");
  const char *argv[] = { "pdftotext", path, "-", NULL };
  char *out = NULL;
  int status = 0;

  if (exe == NULL)
    {
      g_print ("pdftotext not found: the PDF's text is not checked\n");
      return NULL;
    }
  argv[0] = exe;
  ck_assert (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                           &out, NULL, &status, NULL));
  ck_assert_int_eq (status, 0);
  return out;
}
