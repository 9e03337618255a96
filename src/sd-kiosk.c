/* sd-kiosk.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-kiosk"

#include "config.h"

#include "sd-kiosk.h"
#include "sd-kiosk-state.h"
#include "sd-kiosk-window.h"
#include "sd-pin.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/* The settings, when the schema has the kiosk keys (it may be an older one). */
static GSettings *
kiosk_settings (const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL || (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) == NULL)
    return NULL;
  if (!g_settings_schema_has_key (schema, key))
    return NULL;

  return g_settings_new (APP_ID);
}

static char *
read_line (int      fd,
           gboolean echo_off)
{
  struct termios saved, quiet;
  gboolean restore = FALSE;
  GString *line = g_string_new (NULL);
  char c;

  if (echo_off && isatty (fd) && tcgetattr (fd, &saved) == 0)
    {
      quiet = saved;
      quiet.c_lflag &= ~(tcflag_t)ECHO;
      quiet.c_lflag |= ECHONL;
      restore = tcsetattr (fd, TCSAFLUSH, &quiet) == 0;
    }

  while (read (fd, &c, 1) == 1 && c != '\n')
    if (c != '\r')
      g_string_append_c (line, c);

  if (restore)
    tcsetattr (fd, TCSAFLUSH, &saved);

  return g_string_free (line, FALSE);
}

char *
sd_kiosk_read_pin (int      fd,
                   GError **error)
{
  g_autofree char *pin = NULL;
  gboolean tty = isatty (fd);

  if (tty)
    {
      /* translators: prompt of skin-deep --set-kiosk-pin */
      g_printerr (_("Staff PIN (%d to %d digits): "), SD_PIN_MIN_DIGITS, SD_PIN_MAX_DIGITS);
    }
  pin = read_line (fd, TRUE);

  if (!sd_pin_check (pin, error))
    return NULL;

  if (tty)
    {
      g_autofree char *again = NULL;

      g_printerr (_("The same PIN again: "));
      again = read_line (fd, TRUE);
      if (g_strcmp0 (pin, again) != 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("The two PINs differ; nothing was changed."));
          return NULL;
        }
    }

  return g_steal_pointer (&pin);
}

gboolean
sd_kiosk_parse_idle_timeout (const char  *text,
                             guint       *seconds,
                             GError     **error)
{
  guint64 value = 0;

  if (!g_ascii_string_to_unsigned (text, 10, SD_KIOSK_IDLE_TIMEOUT_MIN,
                                   SD_KIOSK_IDLE_TIMEOUT_MAX, &value, NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* translators: the first %s is what the user typed */
                   _("Invalid --idle-timeout “%s”: give a whole number of seconds "
                     "from %u to %u."),
                   text, SD_KIOSK_IDLE_TIMEOUT_MIN, SD_KIOSK_IDLE_TIMEOUT_MAX);
      return FALSE;
    }

  *seconds = (guint)value;
  return TRUE;
}

static int
set_pin (gboolean store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *pin = NULL;
  g_autofree char *hash = NULL;

  if ((pin = sd_kiosk_read_pin (STDIN_FILENO, &error)) == NULL
      || (hash = sd_pin_hash (pin, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  memset (pin, 0, strlen (pin));

  if (!store)
    {
      /* For a dconf key file: kiosk-pin-hash='…' */
      g_print ("%s\n", hash);
      return 0;
    }

  if ((settings = kiosk_settings ("kiosk-pin-hash")) == NULL)
    {
      g_printerr (_("This build’s settings schema has no kiosk-pin-hash key.\n"));
      return 1;
    }
  if (!g_settings_is_writable (settings, "kiosk-pin-hash"))
    {
      g_printerr (_("The staff PIN is locked by the administrator. Put this line in the "
                    "dconf database instead (see docs/kiosk.md):\nkiosk-pin-hash='%s'\n"), hash);
      return 1;
    }
  g_settings_set_string (settings, "kiosk-pin-hash", hash);
  g_settings_sync ();
  g_print (_("The staff PIN is set (only its salted hash is stored).\n"));

  return 0;
}

void
sd_kiosk_add_options (GApplication *application)
{
  static const GOptionEntry entries[] = {
    { "kiosk", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Run as an unattended kiosk: fullscreen, a tour, an idle reset, a staff PIN to leave"),
      NULL },
    { "idle-timeout", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Kiosk: seconds without input before starting again (15–3600, default 90)"),
      N_("SECONDS") },
    { "set-kiosk-pin", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Read a staff PIN from standard input and store its salted hash"), NULL },
    { "hash-kiosk-pin", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Read a staff PIN from standard input and print its salted hash (for dconf)"), NULL },
    { NULL }
  };

  g_return_if_fail (G_IS_APPLICATION (application));

  g_application_add_main_option_entries (application, entries);
}

int
sd_kiosk_handle_local_options (GVariantDict   *options,
                               SdKioskOptions *kiosk)
{
  const char *timeout = NULL;

  g_return_val_if_fail (options != NULL, 1);
  g_return_val_if_fail (kiosk != NULL, 1);

  if (g_variant_dict_contains (options, "set-kiosk-pin"))
    return set_pin (TRUE);
  if (g_variant_dict_contains (options, "hash-kiosk-pin"))
    return set_pin (FALSE);

  if (g_variant_dict_lookup (options, "idle-timeout", "&s", &timeout))
    {
      g_autoptr(GError) error = NULL;

      if (!sd_kiosk_parse_idle_timeout (timeout, &kiosk->idle_timeout_s, &error))
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
    }

  if (g_variant_dict_contains (options, "kiosk"))
    kiosk->kiosk = TRUE;

  return -1;
}

gboolean
sd_kiosk_is_enabled (const SdKioskOptions *kiosk)
{
  g_autoptr(GSettings) settings = NULL;

  g_return_val_if_fail (kiosk != NULL, FALSE);

  if (kiosk->kiosk)
    return TRUE;

  return (settings = kiosk_settings ("kiosk")) != NULL && g_settings_get_boolean (settings, "kiosk");
}

gboolean
sd_kiosk_activate (GtkApplication       *application,
                   const SdKioskOptions *kiosk)
{
  guint timeout;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), FALSE);
  g_return_val_if_fail (kiosk != NULL, FALSE);

  if (!sd_kiosk_is_enabled (kiosk))
    return FALSE;

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (SD_IS_KIOSK_WINDOW (l->data))
      {
        gtk_window_present (GTK_WINDOW (l->data));
        return TRUE;
      }

  timeout = kiosk->idle_timeout_s;
  if (timeout == 0)
    {
      g_autoptr(GSettings) settings = kiosk_settings ("kiosk-idle-timeout");

      timeout = settings != NULL ? g_settings_get_uint (settings, "kiosk-idle-timeout")
                                 : SD_KIOSK_IDLE_TIMEOUT_DEFAULT;
    }

  g_message ("Kiosk mode, idle timeout %u s", timeout);
  gtk_window_present (GTK_WINDOW (sd_kiosk_window_new (application, timeout)));

  return TRUE;
}

gboolean
sd_kiosk_key_is_blocked (guint           keyval,
                         GdkModifierType state)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK))
    return TRUE;
  if (keyval >= GDK_KEY_F1 && keyval <= GDK_KEY_F35)
    return TRUE;

  return keyval == GDK_KEY_Escape || keyval == GDK_KEY_Menu;
}
