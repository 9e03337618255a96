/* test-privacy.c — nothing of a visitor or a patient is written anywhere
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A kiosk visit (the PIN dialog included, with a wrong PIN typed) and an ordinary
 * window session (a patient's age, sex, site and needle) run with a real settings
 * backend (GLib's keyfile) and private XDG folders; then every file either wrote is
 * listed and read: the only thing kept is what the schema documents as remembered
 * (the window's size and the last body site), and no visitor's input appears
 * anywhere (the PIN dialog once stored emoji picks, and the Inspector its CSS).
 */

#include "config.h"

#include <check.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "sd-kiosk-window-private.h"
#include "sd-pin.h"
#include "sd-window.h"
#include "sd-test-gtk.h"
#include "sd-test-home.h"

#include <adwaita.h>

static char *home;

/* Before GTK and GSettings start: private folders and the keyfile backend. */
static void
setup (void)
{
  home = sd_test_make_private_home ("sd-privacy-XXXXXX");
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  sd_test_gtk_init ();
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
      const char *name;

      while (d != NULL && (name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

static void
teardown (void)
{
  remove_tree (home);
  g_clear_pointer (&home, g_free);
}

static void
spin_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

static void
kiosk_visit (void)
{
  static const guint8 salt[16] = { 5 };
  g_autofree char *hash = sd_pin_hash_with_salt ("2468", salt, sizeof salt, 1000);
  SdKioskWindow *window = sd_kiosk_window_new (NULL, 90);
  GtkWindow *dialog;
  GtkWidget *entry;

  sd_kiosk_window_set_pin_hash (window, hash);
  gtk_window_present (GTK_WINDOW (window));
  sd_test_spin_main_loop ();
  sd_kiosk_window_report_activity (window);
  sd_section_set_site (_sd_kiosk_window_get_section (window), SD_SITE_FOREHEAD);
  _sd_kiosk_window_set_view (window, SD_KIOSK_VIEW_NEEDLE);
  sd_section_set_length_mm (_sd_kiosk_window_get_section (window), 2.25);
  _sd_kiosk_window_set_view (window, SD_KIOSK_VIEW_WEEKS);
  sd_test_spin_main_loop ();

  /* The Staff Exit dialog, with a wrong PIN typed by a visitor. */
  sd_kiosk_window_request_exit (window);
  dialog = _sd_kiosk_window_get_pin_dialog (window);
  ck_assert_ptr_nonnull (dialog);
  entry = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog));
  gtk_editable_set_text (GTK_EDITABLE (entry), "97531");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "exit");
  spin_for (500);
  gtk_window_destroy (GTK_WINDOW (window));
  sd_test_spin_main_loop ();
}

static void
window_session (void)
{
  SdWindow *window = sd_window_new (NULL);
  SdSection *section = sd_window_get_section (window);

  gtk_window_present (GTK_WINDOW (window));
  sd_test_spin_main_loop ();
  /* A patient: 67 years, male, the back, a 1.75 mm pen. */
  sd_section_set_age (section, 67.0);
  sd_section_set_sex (section, SD_SEX_MALE);
  sd_section_set_site (section, SD_SITE_BACK);
  sd_section_set_device (section, SD_DEVICE_PEN);
  sd_section_set_length_mm (section, 1.75);
  sd_test_spin_main_loop ();
  gtk_window_destroy (GTK_WINDOW (window));
  sd_test_spin_main_loop ();
}

START_TEST (test_privacy_nothing_of_a_visitor_is_kept)
{
  /* What the schema documents as remembered between runs, and nothing else. */
  const char *allowed_keys[] = { "window-width", "window-height", "window-maximized", "site",
                                 NULL };
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  kiosk_visit ();
  window_session ();
  g_settings_sync ();

  sd_test_collect_files (home, files);
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = files->pdata[i];
      g_autofree char *contents = NULL;
      gsize len = 0;

      /* Caches of the system's fonts and of the GL driver's shaders are not about anybody. */
      if (strstr (path, "/fontconfig/") != NULL || strstr (path, "/mesa_shader_cache") != NULL)
        continue;
      ck_assert_msg (g_file_get_contents (path, &contents, &len, NULL), "%s unreadable", path);
      g_print ("written: %s (%" G_GSIZE_FORMAT " bytes)\n", path + strlen (home), len);

      ck_assert_msg (strstr (contents, "97531") == NULL, "the visitor's PIN is in %s", path);
      ck_assert_msg (strstr (contents, "recent-emoji") == NULL, "an emoji pick is in %s", path);
      ck_assert_msg (strstr (path, "inspector") == NULL, "the Inspector wrote %s", path);
      ck_assert_msg (strstr (path, "recently-used") == NULL, "recent files in %s", path);

      if (g_str_has_suffix (path, "glib-2.0/settings/keyfile"))
        {
          g_autoptr(GKeyFile) keyfile = g_key_file_new ();
          g_auto(GStrv) groups = NULL;

          ck_assert (g_key_file_load_from_data (keyfile, contents, len, G_KEY_FILE_NONE, NULL));
          groups = g_key_file_get_groups (keyfile, NULL);
          for (guint g = 0; groups[g] != NULL; g++)
            {
              g_auto(GStrv) keys = g_key_file_get_keys (keyfile, groups[g], NULL, NULL);

              /* Only Skin Deep's own group, and only the documented keys in it. */
              ck_assert_msg (strstr (groups[g], "skindeep") != NULL, "group [%s] written",
                             groups[g]);
              for (guint k = 0; keys[k] != NULL; k++)
                ck_assert_msg (g_strv_contains ((const char * const *)allowed_keys, keys[k]),
                               "key %s written in [%s]", keys[k], groups[g]);
            }
        }
      else
        {
          ck_abort_msg ("unexpected file %s", path);
        }
    }
}
END_TEST

int
main (void)
{
  Suite *suite;
  TCase *tcase;

  if (!sd_test_have_display ("test-privacy"))
    return 77;

  suite = suite_create ("privacy");
  tcase = tcase_create ("files");
  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_set_timeout (tcase, 120);
  tcase_add_test (tcase, test_privacy_nothing_of_a_visitor_is_kept);
  suite_add_tcase (suite, tcase);

  return sd_test_run_suite (suite);
}
