/* sd-test-home.h: a private home for tests that check what the app writes
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GLib only, so that it can run before GTK and GSettings start.
 */

#pragma once

#include <check.h>
#include <glib.h>
#include <glib/gstdio.h>

/* A new temporary folder made HOME, with the four XDG folders inside it; returns it
 * (newly allocated). */
static inline char *
sd_test_make_private_home (const char *tmpl)
{
  const char *dirs[] = { "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME",
                         "XDG_STATE_HOME" };
  char *home = g_dir_make_tmp (tmpl, NULL);

  ck_assert_ptr_nonnull (home);
  g_setenv ("HOME", home, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (home, dirs[i], NULL);

      g_mkdir (dir, 0700);
      g_setenv (dirs[i], dir, TRUE);
    }
  return home;
}

/* Every file under @dir, recursively, appended to @files (paths, newly allocated) */
static inline void
sd_test_collect_files (const char *dir,
                       GPtrArray  *files)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        sd_test_collect_files (path, files);
      else
        g_ptr_array_add (files, g_steal_pointer (&path));
    }
}
