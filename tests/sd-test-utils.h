/* sd-test-utils.h: what every test does the same way, GLib and Check only
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model and painter tests include this one; widget tests include
 * sd-test-gtk.h, which builds on it.
 */

#pragma once

#include <check.h>
#include <glib-object.h>
#include <stdlib.h>

/* A "notify" handler that counts: connect it with a guint counter as user data. */
static inline void
sd_test_count_notify_cb (GObject    *object,
                         GParamSpec *pspec,
                         guint      *counter)
{
  (*counter)++;
}

/* Lets everything already queued on the main loop run. */
static inline void
sd_test_spin_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Runs @suite and returns the program's exit status. */
static inline int
sd_test_run_suite (Suite *suite)
{
  SRunner *runner = srunner_create (suite);
  int failed;

  srunner_run_all (runner, CK_NORMAL);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);

  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
