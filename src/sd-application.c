/* sd-application.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-application"

#include "config.h"

#include "sd-application-private.h"
#include "sd-glossary-window.h"
#include "sd-help-window.h"
#include "sd-kiosk.h"
#include "sd-preferences-window.h"
#include "sd-sources.h"
#include "sd-window.h"

#include <glib/gi18n.h>

struct _SdApplication
{
  AdwApplication parent_instance;

  /* Owned references */
  GSettings     *settings;
  GPtrArray     *kiosk_disabled_actions;
  GHashTable    *kiosk_saved_accels;   /* detailed action name → GStrv */

  /* State */
  SdKioskOptions kiosk_options;        /* from the command line */

  /* Borrowed references (weak) */
  SdKioskWindow *kiosk;
};

G_DEFINE_FINAL_TYPE (SdApplication, sd_application, ADW_TYPE_APPLICATION)

/* The About window's link to the app's own Sources page (handled, never opened). */
#define SOURCES_URI "skin-deep:sources"

static SdGlossaryWindow *present_glossary (SdApplication *self);

/*
 * Auxiliary methods
 */

/* The most recently focused main window (not the help, about or preferences
 * window), or NULL. The application's window list is in focus order. */
static GtkWindow *
get_main_window (SdApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (SD_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static void
apply_color_scheme (SdApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (scheme, "light") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (scheme, "dark") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), color_scheme);
}

/*
 * Signal callbacks
 */

static void
on_settings_changed_cb (SdApplication *self,
                        const char    *key,
                        GSettings     *settings)
{
  g_assert (SD_IS_APPLICATION (self));

  if (g_strcmp0 (key, "color-scheme") == 0)
    apply_color_scheme (self);
}

static void
on_glossary_show_layer_cb (SdApplication    *self,
                           int               layer,
                           SdGlossaryWindow *glossary)
{
  GtkWindow *window = get_main_window (self);

  g_assert (SD_IS_APPLICATION (self));

  if (window == NULL)
    return;

  sd_window_show_layer (SD_WINDOW (window), layer);
  gtk_window_present (window);
}

static gboolean
on_about_activate_link_cb (SdApplication *self,
                           const char    *uri,
                           GtkWindow     *about)
{
  g_assert (SD_IS_APPLICATION (self));

  if (g_strcmp0 (uri, SOURCES_URI) != 0)
    return FALSE;

  gtk_window_destroy (about);
  sd_glossary_window_show_source (present_glossary (self), "histology-textbook");
  return TRUE;
}

/*
 * Actions
 */

static void
sd_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  SdApplication *self = user_data;
  GList *windows;

  g_assert (SD_IS_APPLICATION (self));

  /* In kiosk mode, from whatever asked: only with the staff PIN. */
  if (self->kiosk != NULL)
    {
      sd_kiosk_window_request_exit (self->kiosk);
      return;
    }

  /* Close every window so that each saves its state, then quit. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));
  g_list_free (windows);

  g_application_quit (G_APPLICATION (self));
}

/* The one Glossary and Sources window, raised or created. */
static SdGlossaryWindow *
present_glossary (SdApplication *self)
{
  GtkWindow *parent = get_main_window (self);
  SdGlossaryWindow *glossary = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (SD_IS_GLOSSARY_WINDOW (l->data))
      glossary = l->data;

  if (glossary == NULL)
    {
      glossary = sd_glossary_window_new ();
      gtk_window_set_application (GTK_WINDOW (glossary), GTK_APPLICATION (self));
      g_signal_connect_object (glossary, "show-layer",
                               G_CALLBACK (on_glossary_show_layer_cb), self, G_CONNECT_SWAPPED);
      if (parent != NULL)
        gtk_window_set_transient_for (GTK_WINDOW (glossary), parent);
    }

  gtk_window_present (GTK_WINDOW (glossary));
  return glossary;
}

static void
sd_application_glossary_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  present_glossary (SD_APPLICATION (user_data));
}

static void
sd_application_show_term_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  SdGlossaryWindow *glossary = present_glossary (SD_APPLICATION (user_data));

  if (!sd_glossary_window_show_term (glossary, g_variant_get_string (parameter, NULL)))
    g_warning ("No glossary entry “%s”", g_variant_get_string (parameter, NULL));
}

static void
sd_application_show_source_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  SdGlossaryWindow *glossary = present_glossary (SD_APPLICATION (user_data));

  if (!sd_glossary_window_show_source (glossary, g_variant_get_string (parameter, NULL)))
    g_warning ("No source “%s”", g_variant_get_string (parameter, NULL));
}

/* The release notes, item by item the same strings as the metainfo's <release>
 * (data/…metainfo.xml.in.in), so that they share one translation and never differ
 * (test-window compares them). */
static char *
dup_release_notes (void)
{
  static const char *items[] = {
    N_("A to-scale cross-section of the skin for fourteen body sites, any adult age and both "
       "sexes"),
    N_("A list of the layers with their depths, other names, roles and sources"),
    N_("What a derma roller or pen of a given length really reaches, animated, and several "
       "lengths compared"),
    N_("The collagen response over a course of sessions, week by week, against the same skin "
       "untreated"),
    N_("A kiosk mode for waiting rooms"),
    N_("Keyboard shortcuts, built-in help and screen reader support"),
  };
  GString *notes = g_string_new (NULL);
  g_autofree char *first = g_markup_escape_text (_("The first release."), -1);

  g_string_append_printf (notes, "<p>%s</p><ul>", first);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autofree char *item = g_markup_escape_text (_(items[i]), -1);

      g_string_append_printf (notes, "<li>%s</li>", item);
    }
  g_string_append (notes, "</ul>");
  return g_string_free (notes, FALSE);
}

static void
sd_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  SdApplication *self = user_data;
  static const char *developers[] = { "The Skin Deep Authors", NULL };
  g_auto(GStrv) published_sources = NULL;
  g_autofree char *release_notes = NULL;
  GtkWidget *about;

  g_assert (SD_IS_APPLICATION (self));

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", get_main_window (self),
                        "modal", TRUE,
                        "application-name", _("Skin Deep"),
                        /* The icon is bundled in the resources under its plain name,
                         * so that it shows in uninstalled and Devel builds too. */
                        "application-icon", "io.github.skindeep.SkinDeep",
                        "developer-name", _("The Skin Deep Authors"),
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/skindeep/skin-deep",
                        "issue-url", "https://github.com/skindeep/skin-deep/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", _("© 2026 The Skin Deep Authors"),
                        "developers", developers,
                        /* translators: shown in the About window */
                        "comments", _("See the layers of human skin to scale and learn what each "
                                      "one does; see what a microneedle of a given length really "
                                      "reaches, how the skin's collagen responds over the weeks "
                                      "after a course, and how it declines over a lifetime; quiz "
                                      "yourself, and give a patient a handout.\n\n"
                                      "Skin Deep is for education. It does not replace a "
                                      "clinician’s advice, and it never stores patient data."),
                        "release-notes-version", "0.1.0",
                        /* translators: your names, one per line, shown in the About window */
                        "translator-credits", _("translator-credits"),
                        NULL);
  release_notes = dup_release_notes ();
  adw_about_window_set_release_notes (ADW_ABOUT_WINDOW (about), release_notes);

  /* The published sources behind the model's numbers and descriptions, from the
   * one bibliography (sd-sources.c); an URL after the name makes a link. */
  published_sources = sd_sources_dup_credits ();
  /* translators: heading of the list of published sources in the About window */
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                _("Published Sources of the Model"),
                                                (const char **)published_sources);
  /* translators: a link in the About window to the app's own Sources page */
  adw_about_window_add_link (ADW_ABOUT_WINDOW (about), _("_Glossary and Sources"),
                             SOURCES_URI);
  g_signal_connect_object (about, "activate-link",
                           G_CALLBACK (on_about_activate_link_cb), self, G_CONNECT_SWAPPED);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Medical Disclaimer"),
                                      NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("Skin Deep is an educational tool. Its thicknesses are "
                                        "typical values from published studies, and where no "
                                        "measurement was found the model makes a stated "
                                        "assumption. Real skin varies between people. Nothing in "
                                        "this application is medical advice, and it does not "
                                        "replace a clinician’s advice."));

  gtk_window_present (GTK_WINDOW (about));
}

static void
sd_application_preferences_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  SdApplication *self = user_data;
  SdPreferencesWindow *preferences;

  g_assert (SD_IS_APPLICATION (self));

  preferences = sd_preferences_window_new (self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), get_main_window (self));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
sd_application_help_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  SdApplication *self = user_data;
  GtkWindow *parent = get_main_window (self);
  SdHelpWindow *help;

  g_assert (SD_IS_APPLICATION (self));

  /* One help window per application: raise it if it is open already. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (SD_IS_HELP_WINDOW (l->data))
      {
        gtk_window_present (GTK_WINDOW (l->data));
        return;
      }

  help = sd_help_window_new ();
  gtk_window_set_application (GTK_WINDOW (help), GTK_APPLICATION (self));
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (help), parent);
  gtk_window_present (GTK_WINDOW (help));
}

static void
sd_application_shortcuts_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  SdApplication *self = user_data;
  GtkWindow *window = get_main_window (self);

  g_assert (SD_IS_APPLICATION (self));

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", sd_application_quit_action },
  { "about", sd_application_about_action },
  { "preferences", sd_application_preferences_action },
  { "help", sd_application_help_action },
  { "shortcuts", sd_application_shortcuts_action },
  { "glossary", sd_application_glossary_action },
  { "show-term", sd_application_show_term_action, "s" },
  { "show-source", sd_application_show_source_action, "s" },
};

/*
 * GApplication overrides
 */

static void
sd_application_startup (GApplication *application)
{
  SdApplication *self = (SdApplication *)application;
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.help", { "F1", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.toggle-sidebar", { "F9", NULL } },
    { "win.present", { "F11", NULL } },
    { "win.export-picture", { "<Control>e", NULL } },
    { "app.glossary", { "<Control><Shift>g", NULL } },
    { "win.print-handout", { "<Control>p", NULL } },
    { "win.save-handout", { "<Control>s", NULL } },
  };

  G_APPLICATION_CLASS (sd_application_parent_class)->startup (application);

  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_BASE_PATH "/icons");
  gtk_window_set_default_icon_name (APP_ID);
  /* A handout saved under a patient's name must not be listed in the desktop's recent
   * files: nothing of a consultation is written except the file the clinician chose. */
  g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed",
                           G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);
  apply_color_scheme (self);
}

static void
sd_application_activate (GApplication *application)
{
  SdApplication *self = (SdApplication *)application;
  GtkWindow *window;

  /* `--kiosk` or the `kiosk` setting: the kiosk window instead (docs/kiosk.md). */
  if (sd_kiosk_activate (GTK_APPLICATION (self), &self->kiosk_options))
    return;

  window = get_main_window (self);
  if (window == NULL)
    {
      window = GTK_WINDOW (sd_window_new (self));

      /* The guided tour is offered once, on the first start. */
      if (!g_settings_get_boolean (self->settings, "tour-offered"))
        {
          sd_window_offer_tour (SD_WINDOW (window));
          g_settings_set_boolean (self->settings, "tour-offered", TRUE);
        }
    }

  gtk_window_present (window);
}

static int
sd_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  SdApplication *self = (SdApplication *)application;

  return sd_kiosk_handle_local_options (options, &self->kiosk_options);
}

/*
 * GObject overrides
 */

static void
sd_application_dispose (GObject *object)
{
  SdApplication *self = (SdApplication *)object;

  if (self->kiosk != NULL)
    _sd_application_unlock_for_kiosk (self, self->kiosk);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sd_application_parent_class)->dispose (object);
}

static void
sd_application_class_init (SdApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sd_application_dispose;

  app_class->startup = sd_application_startup;
  app_class->activate = sd_application_activate;
  app_class->handle_local_options = sd_application_handle_local_options;
}

static void
sd_application_init (SdApplication *self)
{
  sd_kiosk_add_options (G_APPLICATION (self));
}

/*
 * Public API
 */

SdApplication *
sd_application_new (void)
{
  return g_object_new (SD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

/**
 * sd_application_get_settings:
 *
 * Returns: (transfer none): the application's settings, available after startup
 */
GSettings *
sd_application_get_settings (SdApplication *self)
{
  g_return_val_if_fail (SD_IS_APPLICATION (self), NULL);

  return self->settings;
}

/*
 * Private API (sd-application-private.h)
 */

void
_sd_application_lock_for_kiosk (SdApplication *self,
                                SdKioskWindow *kiosk)
{
  static const char *no_accels[] = { NULL };
  static const char *disabled[] = { "about", "preferences", "help", "shortcuts", NULL };
  g_auto(GStrv) described = NULL;
  GAction *action;

  g_return_if_fail (SD_IS_APPLICATION (self));
  g_return_if_fail (SD_IS_KIOSK_WINDOW (kiosk));
  g_return_if_fail (self->kiosk == NULL);

  self->kiosk = kiosk;
  g_object_add_weak_pointer (G_OBJECT (kiosk), (gpointer *)&self->kiosk);

  self->kiosk_disabled_actions = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; disabled[i] != NULL; i++)
    if ((action = g_action_map_lookup_action (G_ACTION_MAP (self), disabled[i])) != NULL
        && G_IS_SIMPLE_ACTION (action) && g_action_get_enabled (action))
      {
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), FALSE);
        g_ptr_array_add (self->kiosk_disabled_actions, g_object_ref (action));
      }

  /* Every accelerator, the windows' ones (window.close, win.*) included. */
  self->kiosk_saved_accels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                    (GDestroyNotify)g_strfreev);
  described = gtk_application_list_action_descriptions (GTK_APPLICATION (self));
  for (guint i = 0; described[i] != NULL; i++)
    {
      g_hash_table_insert (self->kiosk_saved_accels, g_strdup (described[i]),
                           gtk_application_get_accels_for_action (GTK_APPLICATION (self),
                                                                  described[i]));
      gtk_application_set_accels_for_action (GTK_APPLICATION (self), described[i], no_accels);
    }
}

void
_sd_application_unlock_for_kiosk (SdApplication *self,
                                  SdKioskWindow *kiosk)
{
  GHashTableIter iter;
  gpointer name, accels;

  g_return_if_fail (SD_IS_APPLICATION (self));
  g_return_if_fail (self->kiosk == kiosk);

  g_object_remove_weak_pointer (G_OBJECT (self->kiosk), (gpointer *)&self->kiosk);
  self->kiosk = NULL;

  if (self->kiosk_disabled_actions != NULL)
    for (guint i = 0; i < self->kiosk_disabled_actions->len; i++)
      g_simple_action_set_enabled (g_ptr_array_index (self->kiosk_disabled_actions, i), TRUE);
  g_clear_pointer (&self->kiosk_disabled_actions, g_ptr_array_unref);

  if (self->kiosk_saved_accels != NULL)
    {
      g_hash_table_iter_init (&iter, self->kiosk_saved_accels);
      while (g_hash_table_iter_next (&iter, &name, &accels))
        gtk_application_set_accels_for_action (GTK_APPLICATION (self), name,
                                               (const char * const *)accels);
    }
  g_clear_pointer (&self->kiosk_saved_accels, g_hash_table_unref);
}
