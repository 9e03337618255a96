/* test-kiosk-state.c: the kiosk's attract / in use / warning cycle, its tour,
 * and a day of kiosk time on an accelerated clock
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sd-kiosk-state.h"
#include "sd-test-memory.h"
#include "sd-test-utils.h"


#define S(seconds) ((gint64)(seconds) * G_USEC_PER_SEC)
#define T0         S(1000)   /* an arbitrary monotonic start */

static void
count_cb (guint *counter)
{
  (*counter)++;
}

/*
 * Tour
 */

START_TEST (test_kiosk_tour_table)
{
  guint n;
  const SdKioskTourStep *steps = sd_kiosk_tour_get_steps (&n);
  gboolean seen[SD_N_KIOSK_VIEWS] = { FALSE, };
  gint64 total = 0;

  ck_assert_uint_ge (n, 5);
  for (guint i = 0; i < n; i++)
    {
      ck_assert_uint_ge (steps[i].duration_ms, 4000);     /* long enough to read */
      ck_assert_uint_le (steps[i].duration_ms, 15000);
      ck_assert_ptr_nonnull (steps[i].caption);
      ck_assert_uint_gt (strlen (steps[i].caption), 10);
      ck_assert_int_lt (steps[i].view, SD_N_KIOSK_VIEWS);
      ck_assert_int_ge (steps[i].layer, -1);
      ck_assert_int_lt (steps[i].layer, SD_N_LAYERS);
      if (steps[i].view == SD_KIOSK_VIEW_NEEDLE)
        {
          ck_assert_double_ge (steps[i].length_mm, 0.1);
          ck_assert_double_le (steps[i].length_mm, 3.0);
        }
      if (steps[i].view == SD_KIOSK_VIEW_WEEKS)
        ck_assert_uint_gt (steps[i].week_to, steps[i].week_from);
      seen[steps[i].view] = TRUE;
      total += (gint64)steps[i].duration_ms * 1000;
    }

  /* The layers, a needle and the collagen weeks, in about a minute. */
  for (guint v = 0; v < SD_N_KIOSK_VIEWS; v++)
    ck_assert_msg (seen[v], "the tour never shows %s", sd_kiosk_view_to_id (v));
  ck_assert_int_eq (total, sd_kiosk_tour_get_duration_us ());
  ck_assert_int_ge (total, S(30));
  ck_assert_int_le (total, S(120));
}
END_TEST

START_TEST (test_kiosk_tour_cycles)
{
  g_autoptr(SdKioskState) state = sd_kiosk_state_new (90, T0);
  guint n, steps_seen = 0;
  const SdKioskTourStep *steps = sd_kiosk_tour_get_steps (&n);
  gint64 t = T0;

  g_signal_connect_swapped (state, "notify::step", G_CALLBACK (count_cb), &steps_seen);

  ck_assert_int_eq (sd_kiosk_state_get_phase (state), SD_KIOSK_PHASE_ATTRACT);
  ck_assert_uint_eq (sd_kiosk_state_get_step (state), 0);

  /* Each step lasts its duration, then the next; the last one loops to the first. */
  for (guint i = 0; i < n; i++)
    {
      sd_kiosk_state_tick (state, t + steps[i].duration_ms * 1000 / 2);
      ck_assert_uint_eq (sd_kiosk_state_get_step (state), i);
      ck_assert_double_eq_tol (sd_kiosk_state_get_step_progress (state), 0.5, 0.001);
      t += steps[i].duration_ms * 1000;
    }
  sd_kiosk_state_tick (state, t);
  ck_assert_uint_eq (sd_kiosk_state_get_step (state), 0);
  ck_assert_uint_eq (steps_seen, n);

  /* A big jump lands on the same step as small ticks would: 10 loops and 1 step on. */
  sd_kiosk_state_tick (state, t + 10 * sd_kiosk_tour_get_duration_us () + steps[0].duration_ms * 1000);
  ck_assert_uint_eq (sd_kiosk_state_get_step (state), 1);
  ck_assert_int_eq (sd_kiosk_state_get_phase (state), SD_KIOSK_PHASE_ATTRACT);
  ck_assert_uint_eq (sd_kiosk_state_get_n_resets (state), 0);
}
END_TEST

/*
 * Visitor
 */

START_TEST (test_kiosk_touch_starts)
{
  g_autoptr(SdKioskState) state = sd_kiosk_state_new (90, T0);

  sd_kiosk_state_tick (state, T0 + S(20));
  ck_assert_uint_gt (sd_kiosk_state_get_step (state), 0);

  /* The first touch only wakes the kiosk; the next ones reach the controls. */
  ck_assert (sd_kiosk_state_input (state, T0 + S(21)));
  ck_assert_int_eq (sd_kiosk_state_get_phase (state), SD_KIOSK_PHASE_ACTIVE);
  ck_assert (!sd_kiosk_state_input (state, T0 + S(22)));
  ck_assert_uint_eq (sd_kiosk_state_get_n_visits (state), 1);
  ck_assert_double_eq (sd_kiosk_state_get_step_progress (state), 0);
}
END_TEST

START_TEST (test_kiosk_idle_warns_then_resets)
{
  g_autoptr(SdKioskState) state = sd_kiosk_state_new (90, T0);
  guint resets = 0, phases = 0;

  g_signal_connect_swapped (state, "reset", G_CALLBACK (count_cb), &resets);
  g_signal_connect_swapped (state, "notify::phase", G_CALLBACK (count_cb), &phases);

  sd_kiosk_state_input (state, T0);

  /* 89.9 s without input: still in use. */
  sd_kiosk_state_tick (state, T0 + S(89) + 900000);
  ck_assert_int_eq (sd_kiosk_state_get_phase (state), SD_KIOSK_PHASE_ACTIVE);
  ck_assert_uint_eq (sd_kiosk_state_get_warning_seconds (state), 0);

  /* 90 s: "Touch to continue", counting down. */
  sd_kiosk_state_tick (state, T0 + S(90));
  ck_assert_int_eq (sd_kiosk_state_get_phase (state), SD_KIOSK_PHASE_WARNING);
  ck_assert_uint_eq (sd_kiosk_state_get_warning_seconds (state), SD_KIOSK_WARNING_SECONDS);
  sd_kiosk_state_tick (state, T0 + S(94) + 500000);
  ck_assert_uint_eq (sd_kiosk_state_get_warning_seconds (state), SD_KIOSK_WARNING_SECONDS - 4);

  /* A touch during the warning continues the visit: no reset. */
  ck_assert (sd_kiosk_state_input (state, T0 + S(95)));
  ck_assert_int_eq (sd_kiosk_state_get_phase (state), SD_KIOSK_PHASE_ACTIVE);
  ck_assert_uint_eq (sd_kiosk_state_get_warning_seconds (state), 0);
  ck_assert_uint_eq (resets, 0);
  ck_assert_uint_eq (sd_kiosk_state_get_n_visits (state), 1);

  /* Idle again: warning at 95 + 90 s, reset 10 s later, back to the tour's start. */
  sd_kiosk_state_tick (state, T0 + S(185));
  ck_assert_int_eq (sd_kiosk_state_get_phase (state), SD_KIOSK_PHASE_WARNING);
  sd_kiosk_state_tick (state, T0 + S(194) + 999999);
  ck_assert_int_eq (sd_kiosk_state_get_phase (state), SD_KIOSK_PHASE_WARNING);
  ck_assert_uint_eq (sd_kiosk_state_get_warning_seconds (state), 1);
  sd_kiosk_state_tick (state, T0 + S(195));
  ck_assert_int_eq (sd_kiosk_state_get_phase (state), SD_KIOSK_PHASE_ATTRACT);
  ck_assert_uint_eq (sd_kiosk_state_get_step (state), 0);
  ck_assert_uint_eq (resets, 1);
  ck_assert_uint_eq (sd_kiosk_state_get_n_resets (state), 1);
  /* attract → active → warning → active → warning → attract */
  ck_assert_uint_eq (phases, 5);
}
END_TEST

START_TEST (test_kiosk_late_tick_still_resets)
{
  g_autoptr(SdKioskState) state = sd_kiosk_state_new (30, T0);
  guint resets = 0;

  g_signal_connect_swapped (state, "reset", G_CALLBACK (count_cb), &resets);
  sd_kiosk_state_input (state, T0);

  /* One tick an hour later (a suspended machine): warning and reset at once. */
  sd_kiosk_state_tick (state, T0 + S(3600));
  ck_assert_int_eq (sd_kiosk_state_get_phase (state), SD_KIOSK_PHASE_ATTRACT);
  ck_assert_uint_eq (resets, 1);

  /* Time running backwards changes nothing. */
  sd_kiosk_state_tick (state, T0);
  ck_assert_int_eq (sd_kiosk_state_get_phase (state), SD_KIOSK_PHASE_ATTRACT);
  ck_assert_uint_eq (resets, 1);
}
END_TEST

START_TEST (test_kiosk_staff_reset_and_timeout_range)
{
  g_autoptr(SdKioskState) state = sd_kiosk_state_new (1, T0);
  guint resets = 0;

  /* Out-of-range timeouts are clamped. */
  ck_assert_uint_eq (sd_kiosk_state_get_idle_timeout (state), SD_KIOSK_IDLE_TIMEOUT_MIN);
  sd_kiosk_state_set_idle_timeout (state, 100000);
  ck_assert_uint_eq (sd_kiosk_state_get_idle_timeout (state), SD_KIOSK_IDLE_TIMEOUT_MAX);

  g_signal_connect_swapped (state, "reset", G_CALLBACK (count_cb), &resets);
  sd_kiosk_state_input (state, T0 + S(1));
  sd_kiosk_state_reset (state, T0 + S(2));
  ck_assert_int_eq (sd_kiosk_state_get_phase (state), SD_KIOSK_PHASE_ATTRACT);
  ck_assert_uint_eq (sd_kiosk_state_get_step (state), 0);
  ck_assert_uint_eq (resets, 1);

  ck_assert_str_eq (sd_kiosk_phase_to_id (SD_KIOSK_PHASE_WARNING), "warning");
  ck_assert_str_eq (sd_kiosk_phase_get_name (SD_KIOSK_PHASE_WARNING), "Touch to continue");
}
END_TEST

/*
 * A day of kiosk time
 */

START_TEST (test_kiosk_runs_24_hours)
{
  g_autoptr(SdKioskState) state = sd_kiosk_state_new (SD_KIOSK_IDLE_TIMEOUT_DEFAULT, T0);
  const gint64 tick = 250000;                 /* the GTK side ticks every 250 ms */
  const gint64 day = S(24 * 3600);
  const gint64 every = S(20 * 60);            /* a visitor every 20 minutes ... */
  const gint64 stays = S(3 * 60);             /* ... touching every 5 s for 3 minutes */
  guint resets = 0, steps = 0;
  gsize rss_before = 0, rss_after, heap_before = 0, heap_after;
  guint64 ticks = 0;

  g_signal_connect_swapped (state, "reset", G_CALLBACK (count_cb), &resets);
  g_signal_connect_swapped (state, "notify::step", G_CALLBACK (count_cb), &steps);

  for (gint64 t = 0; t < day; t += tick)
    {
      gint64 in_slot = t % every;

      if (in_slot < stays && in_slot % S(5) == 0)
        sd_kiosk_state_input (state, T0 + t);
      sd_kiosk_state_tick (state, T0 + t);
      ticks++;

      /* Measure once the first hour has warmed everything up. */
      if (t == S(3600))
        {
          rss_before = sd_test_resident_bytes ();
          heap_before = sd_test_heap_in_use ();
        }

      /* Never left showing a visitor's session: at most timeout + warning after
       * their last touch, it is back in the attract loop. */
      if (in_slot >= stays + S(SD_KIOSK_IDLE_TIMEOUT_DEFAULT + SD_KIOSK_WARNING_SECONDS))
        ck_assert_int_eq (sd_kiosk_state_get_phase (state), SD_KIOSK_PHASE_ATTRACT);
    }
  rss_after = sd_test_resident_bytes ();
  heap_after = sd_test_heap_in_use ();

  ck_assert_uint_eq (ticks, 24 * 3600 * 4);
  /* 72 visitors, 72 resets, and the tour ran whenever nobody was there. */
  ck_assert_uint_eq (sd_kiosk_state_get_n_visits (state), 72);
  ck_assert_uint_eq (sd_kiosk_state_get_n_resets (state), 72);
  ck_assert_uint_eq (resets, 72);
  ck_assert_uint_gt (steps, 72 * 10);
  ck_assert_int_eq (sd_kiosk_state_get_phase (state), SD_KIOSK_PHASE_ATTRACT);

  /* Memory flat over 23 simulated hours: not one byte more in use on the heap,
   * and no more than page-level noise in the resident set. */
  ck_assert_msg (heap_after <= heap_before,
                 "heap in use grew from %zu to %zu bytes", heap_before, heap_after);
  if (SD_TEST_RSS_COMPARABLE)
    ck_assert_msg (rss_after <= rss_before + 512 * 1024,
                   "resident memory grew from %zu to %zu bytes", rss_before, rss_after);
}
END_TEST

static Suite *
kiosk_state_suite (void)
{
  Suite *suite = suite_create ("kiosk-state");
  TCase *tcase;

  tcase = tcase_create ("tour");
  tcase_add_test (tcase, test_kiosk_tour_table);
  tcase_add_test (tcase, test_kiosk_tour_cycles);
  suite_add_tcase (suite, tcase);

  tcase = tcase_create ("visitor");
  tcase_add_test (tcase, test_kiosk_touch_starts);
  tcase_add_test (tcase, test_kiosk_idle_warns_then_resets);
  tcase_add_test (tcase, test_kiosk_late_tick_still_resets);
  tcase_add_test (tcase, test_kiosk_staff_reset_and_timeout_range);
  suite_add_tcase (suite, tcase);

  tcase = tcase_create ("long-run");
  tcase_set_timeout (tcase, 120);
  tcase_add_test (tcase, test_kiosk_runs_24_hours);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  return sd_test_run_suite (kiosk_state_suite ());
}
