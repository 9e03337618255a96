/* sd-test-gtk.h: what every widget test does the same way
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK is initialised only inside Check's forked children (STYLE.md §5.9):
 * sd_test_gtk_init() is the checked fixture, never called from main().
 */

#pragma once

#include <adwaita.h>
#include <check.h>
#include <stdlib.h>

/* The checked fixture: libadwaita (and GTK) up, and any warning fails the test. */
static inline void
sd_test_gtk_init (void)
{
  adw_init ();
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
}

/* Lets everything already queued on the main loop run. */
static inline void
sd_test_spin_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* FALSE, with a line saying so, when there is no display to test on
 * (the caller then exits 77, "skipped"). */
static inline gboolean
sd_test_have_display (const char *test)
{
  if (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL)
    return TRUE;
  g_print ("%s: no display; run under xvfb-run\n", test);
  return FALSE;
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
