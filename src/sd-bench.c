/* sd-bench.c — measurement hooks for tests/bench-app.py
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-bench"

#include "config.h"

#include "sd-bench.h"
#include "sd-section-view.h"
#include "sd-timeline-bar.h"

#include <string.h>

/*
 * SKIN_DEEP_BENCH selects a measurement; unset (always, for users) it does nothing:
 *
 *   first-frame   quit as soon as the first window has painted its first frame
 *   animate=SECS  keep the cross-section zooming in and out for SECS seconds, then print
 *                 "frames N seconds S" on stdout and quit
 *   weeks=SECS    on the Treatment page, play the weeks at the fastest speed (from the
 *                 start again when they end) and the needle every 1.5 s, for SECS
 *                 seconds; then print the same line and quit
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
  gboolean        weeks;
  guint           ticks;
} Bench;

/* The first descendant of @widget of @type, depth first */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Every 250 ms: the weeks keep playing (from the start once they end), and every
 * sixth tick the needle plays again */
static gboolean
play_weeks_cb (gpointer user_data)
{
  Bench *bench = user_data;
  GtkWidget *bar = find_descendant (bench->window, SD_TYPE_TIMELINE_BAR);
  GtkWidget *view = find_descendant (bench->window, SD_TYPE_SECTION_VIEW);

  if (bar == NULL || view == NULL)
    {
      g_warning ("No timeline or section view on the Treatment page; nothing animates");
      return G_SOURCE_REMOVE;
    }
  if (!sd_timeline_bar_get_playing (SD_TIMELINE_BAR (bar)))
    {
      gtk_widget_activate_action (bar, "timeline.first", NULL);
      sd_timeline_bar_set_speed (SD_TIMELINE_BAR (bar), SD_TIMELINE_SPEED_4_WEEKS);
      sd_timeline_bar_set_playing (SD_TIMELINE_BAR (bar), TRUE);
    }
  if (bench->ticks++ % 6 == 0)
    gtk_widget_activate_action (view, "section.play-needle", NULL);
  return G_SOURCE_CONTINUE;
}

/* The stack under @widget with a "treatment" page */
static GtkStack *
find_page_stack (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "treatment"))
    return GTK_STACK (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found = find_page_stack (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
show_treatment_page (Bench *bench)
{
  GtkStack *stack = find_page_stack (bench->window);

  if (stack != NULL)
    gtk_stack_set_visible_child_name (stack, "treatment");
  else
    g_warning ("No Treatment page in the window");
}

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
      if (bench->weeks)
        {
          show_treatment_page (bench);
          g_timeout_add (250, play_weeks_cb, bench);
        }
      else
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
  else if (g_str_has_prefix (mode, "weeks="))
    {
      bench->animate_seconds = MAX (1.0, g_ascii_strtod (mode + strlen ("weeks="), NULL));
      bench->weeks = TRUE;
    }
  else if (g_strcmp0 (mode, "first-frame") != 0)
    {
      g_warning ("Unknown SKIN_DEEP_BENCH mode “%s”; expected first-frame, animate=SECONDS or weeks=SECONDS", mode);
      g_free (bench);
      return;
    }

  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added_cb), bench);
  g_object_set_data_full (G_OBJECT (app), "sd-bench", bench, g_free);
}
