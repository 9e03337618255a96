/* sd-scroll-guard.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A wheel turned over a slider or a spin button while scrolling the side panel used to
 * change the patient's age or the needle's length without a word. Now such a control
 * takes the wheel only once it has the focus (clicked or tabbed to); until then the
 * wheel scrolls the panel it sits in.
 */

#define G_LOG_DOMAIN "sd-scroll-guard"

#include "config.h"

#include "sd-scroll-guard.h"

#include <math.h>

static gboolean
has_focus_within (GtkWidget *control)
{
  GtkRoot *root = gtk_widget_get_root (control);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == control || gtk_widget_is_ancestor (focus, control));
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              gpointer                  user_data)
{
  GtkWidget *control = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *scrolled;
  GtkAdjustment *adjustment;
  double step, lower, upper;

  if (has_focus_within (control))
    return FALSE;   /* the control's own: it has the focus */

  scrolled = gtk_widget_get_ancestor (control, GTK_TYPE_SCROLLED_WINDOW);
  if (scrolled == NULL)
    return FALSE;

  /* What GtkScrolledWindow does with the same wheel: a notch moves the view by
   * page^(2/3); a touchpad's deltas are pixels already. */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    step = pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0);
  else
    step = 1.0;
  lower = gtk_adjustment_get_lower (adjustment);
  upper = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  gtk_adjustment_set_value (adjustment,
                            CLAMP (gtk_adjustment_get_value (adjustment) + dy * step, lower,
                                   MAX (lower, upper)));
  return TRUE;   /* the control never sees it */
}

static gboolean
is_guarded (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (c), SD_SCROLL_GUARD_NAME) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
guard (GtkWidget *control)
{
  GtkEventController *controller;

  if (is_guarded (control))
    return;

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  gtk_event_controller_set_name (controller, SD_SCROLL_GUARD_NAME);
  /* Before the control's own scroll handling, which is in the bubble phase. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll_cb), NULL);
  gtk_widget_add_controller (control, controller);
}

void
sd_scroll_guard_attach (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if ((GTK_IS_SCALE (child) || GTK_IS_SPIN_BUTTON (child))
          && gtk_widget_get_ancestor (child, GTK_TYPE_SCROLLED_WINDOW) != NULL)
        guard (child);
      else
        sd_scroll_guard_attach (child);
    }
}
