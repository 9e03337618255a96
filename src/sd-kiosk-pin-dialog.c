/* sd-kiosk-pin-dialog.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog staff use to leave kiosk mode. It only asks: the kiosk window checks
 * the PIN (off the main thread), counts wrong ones and decides the mode of the next
 * dialog. The dialog is a toplevel of its own, so it keeps the kiosk's key lock
 * itself, and it reports every key and press as activity so that the kiosk does
 * not reset under a member of staff who is typing.
 */

#define G_LOG_DOMAIN "sd-kiosk-pin-dialog"

#include "config.h"

#include "sd-kiosk-pin-dialog.h"
#include "sd-kiosk.h"
#include "sd-pin.h"

#include <glib/gi18n.h>
#include <string.h>

struct _SdKioskPinDialog
{
  AdwMessageDialog      parent_instance;

  /* Borrowed references */
  GtkWidget            *entry;   /* the extra child, in ASK mode only */

  /* State */
  SdKioskPinDialogMode  mode;
};

G_DEFINE_FINAL_TYPE (SdKioskPinDialog, sd_kiosk_pin_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_MODE,
  N_PROPS
};

enum {
  ACTIVITY,
  PIN_ENTERED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/*
 * Signal callbacks
 */

/* No Ctrl/Alt/Super shortcut (so no GTK Inspector and no emoji chooser), no function
 * keys, no menu key. Escape may close the dialog; digits, Enter, Tab and Backspace work. */
static gboolean
on_key_pressed_cb (SdKioskPinDialog      *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  g_assert (SD_IS_KIOSK_PIN_DIALOG (self));

  g_signal_emit (self, signals[ACTIVITY], 0);
  if (keyval == GDK_KEY_Escape && (state & gtk_accelerator_get_default_mod_mask ()) == 0)
    return GDK_EVENT_PROPAGATE;
  return sd_kiosk_key_is_blocked (keyval, state);
}

static void
on_pressed_cb (SdKioskPinDialog *self,
               int               n_press,
               double            x,
               double            y,
               GtkGestureClick  *gesture)
{
  g_assert (SD_IS_KIOSK_PIN_DIALOG (self));

  g_signal_emit (self, signals[ACTIVITY], 0);
  /* No context menus (and their "Insert Emoji"): a secondary click ends here. */
  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) != GDK_BUTTON_PRIMARY)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_response_cb (SdKioskPinDialog *self,
                const char       *response)
{
  g_autofree char *pin = NULL;

  g_assert (SD_IS_KIOSK_PIN_DIALOG (self));

  /* The dialog closes itself after any response. GTK 4.8's password entry must not be
   * its focus widget then, or its focus handlers run on a finalized entry. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);

  if (g_strcmp0 (response, "exit") != 0 || self->mode != SD_KIOSK_PIN_DIALOG_ASK)
    return;

  /* The PIN leaves the entry at once, and its copy is wiped after use. */
  pin = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  g_signal_emit (self, signals[PIN_ENTERED], 0, pin);
  explicit_bzero (pin, strlen (pin));
}

/*
 * GObject overrides
 */

static void
sd_kiosk_pin_dialog_constructed (GObject *object)
{
  SdKioskPinDialog *self = (SdKioskPinDialog *)object;
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  G_OBJECT_CLASS (sd_kiosk_pin_dialog_parent_class)->constructed (object);

  switch (self->mode)
    {
    case SD_KIOSK_PIN_DIALOG_ASK:
      {
        GtkText *text;

        self->entry = gtk_password_entry_new ();
        g_object_set (self->entry, "activates-default", TRUE, NULL);
        gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, _("Staff PIN"), -1);
        adw_message_dialog_set_extra_child (dialog, self->entry);
        text = GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->entry)));
        sd_kiosk_pin_dialog_set_message (self, NULL);
        /* A PIN is at most SD_PIN_MAX_DIGITS digits: no emoji chooser (it would store the
         * visitor's pick in the settings) and no endless text to hash. */
        gtk_text_set_input_purpose (text, GTK_INPUT_PURPOSE_PIN);
        gtk_text_set_input_hints (text, GTK_INPUT_HINT_NO_EMOJI);
        gtk_text_set_max_length (text, SD_PIN_MAX_DIGITS);
        adw_message_dialog_add_responses (dialog,
                                          "cancel", _("_Cancel"),
                                          "exit", _("_Leave Kiosk Mode"),
                                          NULL);
        adw_message_dialog_set_response_appearance (dialog, "exit", ADW_RESPONSE_DESTRUCTIVE);
        adw_message_dialog_set_default_response (dialog, "exit");
        adw_message_dialog_set_close_response (dialog, "cancel");
        gtk_widget_grab_focus (self->entry);
      }
      return;

    case SD_KIOSK_PIN_DIALOG_UNKNOWN_PIN:
      adw_message_dialog_set_body (dialog,
                                   _("The stored staff PIN is not in a form this version can "
                                     "check, so kiosk mode cannot be left from the screen. An "
                                     "administrator can set the PIN again with "
                                     "“skin-deep --set-kiosk-pin”."));
      break;

    case SD_KIOSK_PIN_DIALOG_NO_PIN:
      adw_message_dialog_set_body (dialog,
                                   _("No staff PIN has been set, so kiosk mode cannot be left "
                                     "from the screen. An administrator can set one with "
                                     "“skin-deep --set-kiosk-pin”."));
      break;

    case SD_KIOSK_PIN_DIALOG_LOCKED:
    default:
      break;
    }

  /* Nothing to type in: no entry, only a way to close. */
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
}

static void
sd_kiosk_pin_dialog_dispose (GObject *object)
{
  /* GTK 4.8 runs a focused password entry's focus handlers after the entry is gone
   * when its window is destroyed: take the focus away first. */
  gtk_window_set_focus (GTK_WINDOW (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), SD_TYPE_KIOSK_PIN_DIALOG);

  G_OBJECT_CLASS (sd_kiosk_pin_dialog_parent_class)->dispose (object);
}

static void
sd_kiosk_pin_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SdKioskPinDialog *self = SD_KIOSK_PIN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_MODE:
      g_value_set_uint (value, self->mode);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_kiosk_pin_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SdKioskPinDialog *self = SD_KIOSK_PIN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_MODE:
      self->mode = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_kiosk_pin_dialog_class_init (SdKioskPinDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sd_kiosk_pin_dialog_constructed;
  object_class->dispose = sd_kiosk_pin_dialog_dispose;
  object_class->get_property = sd_kiosk_pin_dialog_get_property;
  object_class->set_property = sd_kiosk_pin_dialog_set_property;

  /** SdKioskPinDialog:mode: what the dialog offers (an #SdKioskPinDialogMode) */
  properties[PROP_MODE] =
    g_param_spec_uint ("mode", NULL, NULL,
                       SD_KIOSK_PIN_DIALOG_ASK, SD_KIOSK_PIN_DIALOG_LOCKED, SD_KIOSK_PIN_DIALOG_ASK,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /** SdKioskPinDialog::activity: a key or a press inside the dialog */
  signals[ACTIVITY] =
    g_signal_new ("activity", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /** SdKioskPinDialog::pin-entered: "Leave Kiosk Mode" with the PIN typed (wiped after) */
  signals[PIN_ENTERED] =
    g_signal_new ("pin-entered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/sd-kiosk-pin-dialog.ui");
  gtk_widget_class_bind_template_callback (widget_class, on_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_response_cb);
}

static void
sd_kiosk_pin_dialog_init (SdKioskPinDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

SdKioskPinDialog *
sd_kiosk_pin_dialog_new (GtkWindow            *parent,
                         SdKioskPinDialogMode  mode)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (mode <= SD_KIOSK_PIN_DIALOG_LOCKED, NULL);

  return g_object_new (SD_TYPE_KIOSK_PIN_DIALOG,
                       "transient-for", parent,
                       "mode", mode,
                       NULL);
}

SdKioskPinDialogMode
sd_kiosk_pin_dialog_get_mode (SdKioskPinDialog *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_PIN_DIALOG (self), SD_KIOSK_PIN_DIALOG_ASK);

  return self->mode;
}

void
sd_kiosk_pin_dialog_set_message (SdKioskPinDialog *self,
                                 const char       *message)
{
  g_return_if_fail (SD_IS_KIOSK_PIN_DIALOG (self));
  g_return_if_fail (self->mode == SD_KIOSK_PIN_DIALOG_ASK);

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                               message != NULL ? message
                                               : _("Enter the staff PIN to leave kiosk mode."));
}

void
sd_kiosk_pin_dialog_set_lockout_seconds (SdKioskPinDialog *self,
                                         guint             seconds)
{
  g_autofree char *body = NULL;

  g_return_if_fail (SD_IS_KIOSK_PIN_DIALOG (self));
  g_return_if_fail (self->mode == SD_KIOSK_PIN_DIALOG_LOCKED);

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Too many wrong PINs. Try again in %u second.",
                                       "Too many wrong PINs. Try again in %u seconds.",
                                       seconds),
                          seconds);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
}
