/* bench-bare-window.c — the floors for the app benchmark (tests/bench-app.py):
 *
 *   bench-bare-window                  a bare libadwaita window (header bar and an empty
 *                                      status page) that quits after its first frame;
 *   bench-bare-window --idle SECS      the bare window, left alone for SECS seconds (its
 *                                      memory, for the PSS ratio);
 *   bench-bare-window --needle SECS    the same window with a drawing area animating a
 *                                      simple needle (a line and its tip moving in and out)
 *                                      at the frame clock's rate for SECS seconds; prints
 *                                      "frames N seconds S" and quits.
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

static double needle_seconds;
static double idle_seconds;

typedef struct
{
  GApplication *app;
  GtkWidget    *area;
  gint64        started_us;
  guint         frames;
} Needle;

static Needle needle;

static void
on_painted_cb (GdkFrameClock *clock,
               GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_painted_cb, app);
  g_application_quit (app);
}

static void
draw_needle (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  double t = (g_get_monotonic_time () - needle.started_us) / (double)G_USEC_PER_SEC;
  double depth = (0.5 - 0.5 * cos (t * G_PI / 0.75)) * height * 0.6;
  double x = width / 2.0;

  cairo_set_source_rgb (cr, 0.97, 0.9, 0.86);
  cairo_rectangle (cr, 0, height * 0.2, width, height * 0.8);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.4, 0.42, 0.45);
  cairo_set_line_width (cr, 3);
  cairo_move_to (cr, x, 0);
  cairo_line_to (cr, x, height * 0.2 + depth);
  cairo_stroke (cr);
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  double elapsed;

  if (needle.started_us == 0)
    needle.started_us = g_get_monotonic_time ();
  else
    needle.frames++;
  gtk_widget_queue_draw (widget);
  elapsed = (g_get_monotonic_time () - needle.started_us) / (double)G_USEC_PER_SEC;
  if (elapsed >= needle_seconds)
    {
      g_print ("frames %u seconds %.3f\n", needle.frames, elapsed);
      g_application_quit (needle.app);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
quit_cb (gpointer app)
{
  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

static void
on_mapped_cb (GtkWidget    *window,
              GApplication *app)
{
  if (needle_seconds > 0)
    gtk_widget_add_tick_callback (needle.area, tick_cb, NULL, NULL);
  else if (idle_seconds > 0)
    g_timeout_add_seconds ((guint)ceil (idle_seconds), quit_cb, app);
  else
    g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                      G_CALLBACK (on_painted_cb), app);
}

static void
on_activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  if (needle_seconds > 0)
    {
      needle.app = G_APPLICATION (app);
      needle.area = gtk_drawing_area_new ();
      gtk_widget_set_vexpand (needle.area, TRUE);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (needle.area), draw_needle, NULL, NULL);
      gtk_box_append (GTK_BOX (box), needle.area);
    }
  else
    gtk_box_append (GTK_BOX (box), adw_status_page_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  g_signal_connect_after (window, "map", G_CALLBACK (on_mapped_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.skindeep.BareWindow",
                                                       G_APPLICATION_NON_UNIQUE);

  if (argc == 3 && (strcmp (argv[1], "--needle") == 0 || strcmp (argv[1], "--idle") == 0))
    {
      double seconds = g_ascii_strtod (argv[2], NULL);

      if (!(seconds > 0 && seconds < 3600))
        {
          g_printerr ("bench-bare-window: %s takes seconds, 0 to 3600; got “%s”\n", argv[1], argv[2]);
          return 2;
        }
      if (argv[1][2] == 'n')
        needle_seconds = seconds;
      else
        idle_seconds = seconds;
      argc = 1;
    }

  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
