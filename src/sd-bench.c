/* sd-bench.c — measurement hooks for tests/bench-app.py
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-bench"

#include "config.h"

#include "sd-bench.h"

#include <string.h>

/*
 * SKIN_DEEP_BENCH selects a measurement; unset (always, for users) it does nothing:
 *
 *   first-frame   quit as soon as the first window has painted its first frame
 *   animate=SECS  keep the cross-section zooming in and out for SECS seconds, then print
 *                 "frames N seconds S" on stdout and quit
 *
 * The benchmark measures from the outside (wall clock, /proc CPU time), so these hooks only
 * end the run at the right moment and count frames.
 */

typedef struct
{
  GtkApplication *app;
  GtkWidget      *window;
  double          animate_seconds;
  gint64          started_us;
  guint           frames;
  gboolean        zoom_in;
} Bench;

static void
on_first_frame_painted_cb (GdkFrameClock *clock,
                           Bench         *bench)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_painted_cb, bench);
  g_application_quit (G_APPLICATION (bench->app));
}

static void
on_animated_frame_painted_cb (GdkFrameClock *clock,
                              Bench         *bench)
{
  double elapsed;

  if (bench->started_us == 0)
    bench->started_us = g_get_monotonic_time ();
  else
    bench->frames++;

  elapsed = (g_get_monotonic_time () - bench->started_us) / (double)G_USEC_PER_SEC;
  if (elapsed >= bench->animate_seconds)
    {
      g_signal_handlers_disconnect_by_func (clock, on_animated_frame_painted_cb, bench);
      g_print ("frames %u seconds %.3f\n", bench->frames, elapsed);
      g_application_quit (G_APPLICATION (bench->app));
    }
}

static gboolean
toggle_zoom_cb (gpointer user_data)
{
  Bench *bench = user_data;
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (bench->window));

  if (focus == NULL || !gtk_widget_activate_action (focus, bench->zoom_in ? "section.zoom-in"
                                                                          : "section.zoom-out", NULL))
    g_warning ("The focused widget has no section.zoom-* action; nothing animates");
  bench->zoom_in = !bench->zoom_in;

  return G_SOURCE_CONTINUE;
}

static void
on_window_mapped_cb (GtkWidget *window,
                     Bench     *bench)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  if (bench->animate_seconds > 0)
    {
      g_signal_connect (clock, "after-paint", G_CALLBACK (on_animated_frame_painted_cb), bench);
      /* Keep a zoom animation running: each one takes about a quarter of a second. */
      g_timeout_add (250, toggle_zoom_cb, bench);
      gdk_frame_clock_begin_updating (clock);
    }
  else
    g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_frame_painted_cb), bench);
}

static void
on_window_added_cb (GtkApplication *app,
                    GtkWindow      *window,
                    Bench          *bench)
{
  if (bench->window != NULL)
    return;

  bench->window = GTK_WIDGET (window);
  g_signal_connect_after (window, "map", G_CALLBACK (on_window_mapped_cb), bench);
}

void
sd_bench_attach (GtkApplication *app)
{
  const char *mode = g_getenv ("SKIN_DEEP_BENCH");
  Bench *bench;

  g_return_if_fail (GTK_IS_APPLICATION (app));

  if (mode == NULL || *mode == '\0')
    return;

  bench = g_new0 (Bench, 1);
  bench->app = app;
  bench->zoom_in = TRUE;
  if (g_str_has_prefix (mode, "animate="))
    bench->animate_seconds = MAX (1.0, g_ascii_strtod (mode + strlen ("animate="), NULL));
  else if (g_strcmp0 (mode, "first-frame") != 0)
    {
      g_warning ("Unknown SKIN_DEEP_BENCH mode “%s”; expected first-frame or animate=SECONDS", mode);
      g_free (bench);
      return;
    }

  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added_cb), bench);
  g_object_set_data_full (G_OBJECT (app), "sd-bench", bench, g_free);
}
