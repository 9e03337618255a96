/* sd-presentation.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Presentation mode, for a clinician showing the picture on a large screen or a
 * projector. The window's own code only makes one of these and offers its
 * "active" property as the stateful action win.present (sd-window.c); everything
 * that entering changes is remembered here and put back on leaving.
 */

#define G_LOG_DOMAIN "sd-presentation"

#include "config.h"

#include "sd-presentation.h"

#include <glib/gi18n.h>
#include <math.h>

struct _SdPresentation
{
  GObject         parent_instance;

  /* Borrowed: the window owns them, and they outlive us (the window disposes us) */
  GtkWindow      *window;
  AdwFlap        *flap;
  GtkOverlay     *overlay;
  SdSectionView  *view;

  /* Owned references */
  SdSection      *section;
  SdPenLayer     *pen;
  GtkWidget      *bar;          /* a child of overlay: a revealer around the bar */
  GtkEventController *bar_motion;
  GtkEventController *bar_focus;
  GtkEventController *motion;   /* the window's */
  guint           hide_id;
  double          last_x;
  double          last_y;
  GtkWidget      *pen_box;      /* the colours, undo and clear */
  GPtrArray      *hidden;       /* widgets hidden while presenting */
  GArray         *hidden_was_visible;   /* gboolean, one per hidden widget */
  GtkWidget      *swatches[SD_PEN_N_COLORS];
  GtkWidget      *undo_button;
  GtkWidget      *clear_button;
  GtkEventController *keys;

  /* What entering changed, to put back */
  guint           was_fullscreen : 1;
  guint           was_revealed : 1;
  guint           was_swipe_to_open : 1;

  /* State */
  guint           active : 1;
  guint           projector : 1;
  guint           fullscreen_requested : 1;
  guint           syncing : 1;
};

G_DEFINE_FINAL_TYPE (SdPresentation, sd_presentation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTIVE,
  PROP_PROJECTOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Auxiliary methods
 */

/* The system's text scale: Large Text sets gtk-xft-dpi to 1.25 × 96 dpi */
static double
system_text_scale (SdPresentation *self)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self->window));
  int dpi = -1;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  if (dpi <= 0)
    return 1.0;
  return CLAMP (dpi / (96.0 * 1024.0), 0.5, 2.0);
}

/* The picture's labels, ruler and captions follow Large Text always, and are larger
 * still while presenting. */
static void
update_text_scale (SdPresentation *self)
{
  sd_section_view_set_text_scale (self->view,
                                  (self->active ? SD_PRESENTATION_TEXT_SCALE : 1.0)
                                  * system_text_scale (self));
}

static void
update_pen_buttons (SdPresentation *self)
{
  gboolean any = sd_pen_layer_get_n_strokes (self->pen) > 0;

  gtk_widget_set_sensitive (self->undo_button, any);
  gtk_widget_set_sensitive (self->clear_button, any);
}

static void
update_swatches (SdPresentation *self)
{
  SdPenColor color = sd_pen_layer_get_color (self->pen);

  self->syncing = TRUE;
  for (guint i = 0; i < SD_PEN_N_COLORS; i++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->swatches[i]), i == color);
  self->syncing = FALSE;
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  GdkRGBA rgba;
  double r = MIN (width, height) / 2.0 - 1;

  sd_pen_color_get_rgba (GPOINTER_TO_UINT (user_data), &rgba);
  cairo_arc (cr, width / 2.0, height / 2.0, r, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

static GtkWidget *
labelled_button (GType       type,
                 const char *icon_name,
                 const char *label,
                 const char *tooltip)
{
  GtkWidget *button = g_object_new (type, "tooltip-text", tooltip, "focus-on-click", FALSE, NULL);
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon_name);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  gtk_button_set_child (GTK_BUTTON (button), content);
  return button;
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip,
             const char *a11y_label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  /* a click leaves the keys with the picture (zoom, Ctrl+Z) */
  gtk_widget_set_focus_on_click (button, FALSE);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  a11y_label, -1);
  return button;
}

static gboolean in_popover (SdPresentation *self);

static gboolean
hide_bar_cb (gpointer user_data)
{
  SdPresentation *self = SD_PRESENTATION (user_data);

  /* not while it is being used: the pointer on it, a key in it, its site list open */
  if (gtk_event_controller_motion_contains_pointer (GTK_EVENT_CONTROLLER_MOTION (self->bar_motion))
      || gtk_event_controller_focus_contains_focus (GTK_EVENT_CONTROLLER_FOCUS (self->bar_focus))
      || in_popover (self))
    return G_SOURCE_CONTINUE;

  self->hide_id = 0;
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->bar), FALSE);
  return G_SOURCE_REMOVE;
}

/* The bar shows when the pointer moves or a key reaches it, and fades after a while */
static void
show_bar (SdPresentation *self)
{
  if (!self->active)
    return;
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->bar), TRUE);
  g_clear_handle_id (&self->hide_id, g_source_remove);
  self->hide_id = g_timeout_add (SD_PRESENTATION_BAR_SECONDS * 1000, hide_bar_cb, self);
}

/*
 * Signal callbacks
 */

static void
on_motion_cb (SdPresentation           *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *motion)
{
  GdkModifierType state;

  /* a real move, with no button held: the pen drawing leaves the bar away */
  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (motion));
  if (fabs (x - self->last_x) + fabs (y - self->last_y) < 8)
    return;
  self->last_x = x;
  self->last_y = y;
  if (!(state & (GDK_BUTTON1_MASK | GDK_BUTTON2_MASK | GDK_BUTTON3_MASK)))
    show_bar (self);
}

static void
on_play_clicked_cb (SdPresentation *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self->view), "section.play-needle", NULL);
}

static void
on_leave_clicked_cb (SdPresentation *self)
{
  sd_presentation_set_active (self, FALSE);
}

static void
on_undo_clicked_cb (SdPresentation *self)
{
  sd_pen_layer_undo (self->pen);
}

static void
on_clear_clicked_cb (SdPresentation *self)
{
  sd_pen_layer_clear (self->pen);
}

static void
on_swatch_toggled_cb (SdPresentation  *self,
                      GtkToggleButton *button)
{
  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;
  sd_pen_layer_set_color (self->pen,
                          GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "sd-pen-color")));
}

/* Any click on a colour, the chosen one too, means drawing: the pen goes on */
static void
on_swatch_clicked_cb (SdPresentation *self)
{
  sd_pen_layer_set_active (self->pen, TRUE);
}

static gboolean
in_popover (SdPresentation *self)
{
  GtkWidget *focus = gtk_window_get_focus (self->window);

  return focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL;
}

static gboolean
on_key_leave_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  SdPresentation *self = SD_PRESENTATION (user_data);

  /* Esc closes an open site list first */
  if (!self->active || in_popover (self))
    return FALSE;
  sd_presentation_set_active (self, FALSE);
  return TRUE;
}

static gboolean
on_key_toggle_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  SdPresentation *self = SD_PRESENTATION (user_data);

  sd_presentation_set_active (self, !self->active);
  return TRUE;
}

static gboolean
on_key_undo_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  SdPresentation *self = SD_PRESENTATION (user_data);

  if (!self->active)
    return FALSE;
  sd_pen_layer_undo (self->pen);
  return TRUE;
}

/*
 * The bar
 */

static GtkWidget *
separator (void)
{
  GtkWidget *sep = gtk_separator_new (GTK_ORIENTATION_VERTICAL);

  gtk_widget_set_margin_start (sep, 4);
  gtk_widget_set_margin_end (sep, 4);
  return sep;
}

static void
build_bar (SdPresentation *self)
{
  g_autoptr(GtkStringList) sites = gtk_string_list_new (NULL);
  GtkWidget *box, *site, *play, *pen, *projector, *leave, *colours;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (box, "toolbar");
  gtk_widget_add_css_class (box, "osd");
  gtk_widget_add_css_class (box, "sd-presentation-bar");
  /* out of the picture's way while nobody reaches for it (show_bar) */
  self->bar = g_object_new (GTK_TYPE_REVEALER,
                            "transition-type", GTK_REVEALER_TRANSITION_TYPE_CROSSFADE,
                            "transition-duration", 250, "child", box,
                            "halign", GTK_ALIGN_CENTER, "valign", GTK_ALIGN_END,
                            "margin-bottom", 18, "margin-start", 12, "margin-end", 12,
                            "visible", FALSE, NULL);
  self->bar_motion = gtk_event_controller_motion_new ();
  gtk_widget_add_controller (box, self->bar_motion);
  self->bar_focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (self->bar_focus, "enter", G_CALLBACK (show_bar), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (box, self->bar_focus);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Presentation controls"), -1);

  /* the site */
  for (guint i = 0; i < SD_N_SITES; i++)
    gtk_string_list_append (sites, _(sd_site_get_name (i)));
  site = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (sites)), NULL);
  gtk_widget_set_focus_on_click (site, FALSE);
  gtk_widget_set_tooltip_text (site, _("Body Site"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (site), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Body site"), -1);
  g_object_bind_property (self->section, "site", site, "selected",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  gtk_box_append (GTK_BOX (box), site);

  play = labelled_button (GTK_TYPE_BUTTON, "media-playback-start-symbolic", _("Play Needle"),
                          _("Show the Needle Going In"));
  g_signal_connect_object (play, "clicked", G_CALLBACK (on_play_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), play);

  gtk_box_append (GTK_BOX (box), separator ());

  /* the pen, its colours, undo and clear */
  pen = labelled_button (GTK_TYPE_TOGGLE_BUTTON, "document-edit-symbolic", _("Pen"),
                         _("Draw on the Picture"));
  g_object_bind_property (self->pen, "active", pen, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  gtk_box_append (GTK_BOX (box), pen);

  self->pen_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  colours = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (colours, "linked");
  for (guint i = 0; i < SD_PEN_N_COLORS; i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *swatch = gtk_drawing_area_new ();
      /* translators: %s is a colour, "Red" */
      g_autofree char *label = g_strdup_printf (_("%s pen"), sd_pen_color_get_name (i));

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 18);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 18);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch,
                                      GUINT_TO_POINTER (i), NULL);
      gtk_button_set_child (GTK_BUTTON (button), swatch);
      gtk_widget_set_focus_on_click (button, FALSE);
      gtk_widget_set_tooltip_text (button, sd_pen_color_get_name (i));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      g_object_set_data (G_OBJECT (button), "sd-pen-color", GUINT_TO_POINTER (i));
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button),
                                     GTK_TOGGLE_BUTTON (self->swatches[0]));
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_swatch_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_swatch_clicked_cb), self,
                               G_CONNECT_SWAPPED);
      self->swatches[i] = button;
      gtk_box_append (GTK_BOX (colours), button);
    }
  gtk_box_append (GTK_BOX (self->pen_box), colours);

  self->undo_button = icon_button ("edit-undo-symbolic", _("Undo Last Stroke (Ctrl+Z)"),
                                   _("Undo last stroke"));
  g_signal_connect_object (self->undo_button, "clicked", G_CALLBACK (on_undo_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->pen_box), self->undo_button);
  self->clear_button = icon_button ("edit-clear-all-symbolic", _("Clear All Strokes"),
                                    _("Clear all strokes"));
  g_signal_connect_object (self->clear_button, "clicked", G_CALLBACK (on_clear_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->pen_box), self->clear_button);
  gtk_box_append (GTK_BOX (box), self->pen_box);

  gtk_box_append (GTK_BOX (box), separator ());

  projector = labelled_button (GTK_TYPE_TOGGLE_BUTTON, "display-brightness-symbolic",
                               _("Projector"), _("Light Background, Strong Contrast"));
  g_object_bind_property (self, "projector", projector, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  gtk_box_append (GTK_BOX (box), projector);

  leave = labelled_button (GTK_TYPE_BUTTON, "view-restore-symbolic", _("Leave"),
                           _("Leave Presentation (Esc)"));
  g_signal_connect_object (leave, "clicked", G_CALLBACK (on_leave_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), leave);

  g_signal_connect_object (self->pen, "notify::n-strokes", G_CALLBACK (update_pen_buttons), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pen, "notify::color", G_CALLBACK (update_swatches), self,
                           G_CONNECT_SWAPPED);
  update_pen_buttons (self);
  update_swatches (self);

  gtk_overlay_add_overlay (self->overlay, self->bar);
}

static void
add_keys (SdPresentation *self)
{
  GtkShortcutController *keys = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());

  /* before the picture's keys and the guided tour's Esc (which is off unless its
   * card is shown) */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (keys), GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (keys), "sd-presentation-keys");
  gtk_shortcut_controller_add_shortcut (keys,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F11, 0),
                      gtk_callback_action_new (on_key_toggle_cb, self, NULL)));
  gtk_shortcut_controller_add_shortcut (keys,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                      gtk_callback_action_new (on_key_leave_cb, self, NULL)));
  gtk_shortcut_controller_add_shortcut (keys,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                      gtk_callback_action_new (on_key_undo_cb, self, NULL)));
  self->keys = GTK_EVENT_CONTROLLER (keys);
  gtk_widget_add_controller (GTK_WIDGET (self->window), self->keys);

  self->motion = gtk_event_controller_motion_new ();
  g_signal_connect_object (self->motion, "motion", G_CALLBACK (on_motion_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->window), self->motion);
}

/*
 * Entering and leaving
 */

static void
enter (SdPresentation *self)
{
  self->was_fullscreen = gtk_window_is_fullscreen (self->window);
  self->was_revealed = adw_flap_get_reveal_flap (self->flap);
  self->was_swipe_to_open = adw_flap_get_swipe_to_open (self->flap);

  g_array_set_size (self->hidden_was_visible, self->hidden->len);
  for (guint i = 0; i < self->hidden->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (self->hidden, i);

      g_array_index (self->hidden_was_visible, gboolean, i) = gtk_widget_get_visible (widget);
      gtk_widget_set_visible (widget, FALSE);
    }
  adw_flap_set_reveal_flap (self->flap, FALSE);
  adw_flap_set_swipe_to_open (self->flap, FALSE);
  gtk_widget_set_visible (self->bar, TRUE);
  show_bar (self);
  update_text_scale (self);
  sd_section_view_set_projector (self->view, self->projector);
  if (!self->was_fullscreen)
    {
      self->fullscreen_requested = TRUE;
      gtk_window_fullscreen (self->window);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
leave (SdPresentation *self)
{
  /* the strokes never outlive the presentation */
  sd_pen_layer_set_active (self->pen, FALSE);
  sd_pen_layer_clear (self->pen);

  if (self->fullscreen_requested)
    gtk_window_unfullscreen (self->window);
  self->fullscreen_requested = FALSE;
  sd_section_view_set_projector (self->view, FALSE);
  update_text_scale (self);
  g_clear_handle_id (&self->hide_id, g_source_remove);
  gtk_widget_set_visible (self->bar, FALSE);
  adw_flap_set_swipe_to_open (self->flap, self->was_swipe_to_open);
  adw_flap_set_reveal_flap (self->flap, self->was_revealed);
  for (guint i = 0; i < self->hidden->len && i < self->hidden_was_visible->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->hidden, i),
                            g_array_index (self->hidden_was_visible, gboolean, i));
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/*
 * GObject overrides
 */

static void
sd_presentation_dispose (GObject *object)
{
  SdPresentation *self = (SdPresentation *)object;

  g_clear_handle_id (&self->hide_id, g_source_remove);
  if (self->keys != NULL && self->window != NULL)
    gtk_widget_remove_controller (GTK_WIDGET (self->window), self->keys);
  if (self->motion != NULL && self->window != NULL)
    gtk_widget_remove_controller (GTK_WIDGET (self->window), self->motion);
  self->keys = NULL;
  self->motion = NULL;
  if (self->pen != NULL)
    g_object_run_dispose (G_OBJECT (self->pen));
  g_clear_object (&self->pen);
  g_clear_object (&self->section);
  g_clear_pointer (&self->hidden, g_ptr_array_unref);
  g_clear_pointer (&self->hidden_was_visible, g_array_unref);
  self->bar = NULL;

  G_OBJECT_CLASS (sd_presentation_parent_class)->dispose (object);
}

static void
sd_presentation_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SdPresentation *self = SD_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_PROJECTOR:
      g_value_set_boolean (value, self->projector);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_presentation_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SdPresentation *self = SD_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      sd_presentation_set_active (self, g_value_get_boolean (value));
      break;
    case PROP_PROJECTOR:
      sd_presentation_set_projector (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_presentation_class_init (SdPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sd_presentation_dispose;
  object_class->get_property = sd_presentation_get_property;
  object_class->set_property = sd_presentation_set_property;

  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROJECTOR] =
    g_param_spec_boolean ("projector", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sd_presentation_init (SdPresentation *self)
{
  self->hidden = g_ptr_array_new_with_free_func (g_object_unref);
  self->hidden_was_visible = g_array_new (FALSE, TRUE, sizeof (gboolean));
}

/*
 * Public API
 */

SdPresentation *
sd_presentation_new (GtkWindow     *window,
                     AdwFlap       *flap,
                     GtkOverlay    *overlay,
                     SdSectionView *view,
                     SdSection     *section)
{
  SdPresentation *self;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);
  g_return_val_if_fail (ADW_IS_FLAP (flap), NULL);
  g_return_val_if_fail (GTK_IS_OVERLAY (overlay), NULL);
  g_return_val_if_fail (SD_IS_SECTION_VIEW (view), NULL);
  g_return_val_if_fail (SD_IS_SECTION (section), NULL);

  self = g_object_new (SD_TYPE_PRESENTATION, NULL);
  self->window = window;
  self->flap = flap;
  self->overlay = overlay;
  self->view = view;
  self->section = g_object_ref (section);
  self->pen = sd_pen_layer_new (view);

  build_bar (self);
  add_keys (self);
  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (window)), "notify::gtk-xft-dpi",
                           G_CALLBACK (update_text_scale), self, G_CONNECT_SWAPPED);
  update_text_scale (self);

  return self;
}

/**
 * sd_presentation_hide_while_presenting:
 * @widget: hidden on entering, and on leaving shown again if it was shown before
 */
void
sd_presentation_hide_while_presenting (SdPresentation *self,
                                       GtkWidget      *widget)
{
  g_return_if_fail (SD_IS_PRESENTATION (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (!self->active);

  g_ptr_array_add (self->hidden, g_object_ref (widget));
}

gboolean
sd_presentation_get_active (SdPresentation *self)
{
  g_return_val_if_fail (SD_IS_PRESENTATION (self), FALSE);

  return self->active;
}

void
sd_presentation_set_active (SdPresentation *self,
                            gboolean        active)
{
  g_return_if_fail (SD_IS_PRESENTATION (self));

  active = !!active;
  if (self->active == active || self->window == NULL)
    return;
  self->active = active;

  if (active)
    enter (self);
  else
    leave (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

gboolean
sd_presentation_get_projector (SdPresentation *self)
{
  g_return_val_if_fail (SD_IS_PRESENTATION (self), FALSE);

  return self->projector;
}

void
sd_presentation_set_projector (SdPresentation *self,
                               gboolean        projector)
{
  g_return_if_fail (SD_IS_PRESENTATION (self));

  projector = !!projector;
  if (self->projector == projector)
    return;
  self->projector = projector;
  if (self->active)
    sd_section_view_set_projector (self->view, projector);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECTOR]);
}

gboolean
sd_presentation_get_fullscreen_requested (SdPresentation *self)
{
  g_return_val_if_fail (SD_IS_PRESENTATION (self), FALSE);

  return self->fullscreen_requested;
}

/**
 * sd_presentation_get_pen:
 *
 * Returns: (transfer none): the pen
 */
SdPenLayer *
sd_presentation_get_pen (SdPresentation *self)
{
  g_return_val_if_fail (SD_IS_PRESENTATION (self), NULL);

  return self->pen;
}

/**
 * sd_presentation_get_bar:
 *
 * Returns: (transfer none): the floating bar
 */
GtkWidget *
sd_presentation_get_bar (SdPresentation *self)
{
  g_return_val_if_fail (SD_IS_PRESENTATION (self), NULL);

  return self->bar;
}
