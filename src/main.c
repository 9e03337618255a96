/* main.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skin-deep"

#include "config.h"

#include "sd-application.h"
#include "sd-bench.h"

#include <glib/gi18n.h>
#include <locale.h>

/*
 * Renderer choice.
 *
 * Without a GPU, GTK 4.8's default GL renderer runs on a software rasteriser
 * (llvmpipe): the cross-section then animates at 18–33 fps and keeps one or two
 * cores busy, while the cairo renderer holds 60 fps at about a tenth of a core.
 * So, before GTK initialises, and only when the user has not chosen a renderer
 * with GSK_RENDERER: use cairo when the machine has no hardware GPU (no DRM render
 * node /dev/dri/renderD*) or when software GL is forced (LIBGL_ALWAYS_SOFTWARE).
 * Otherwise GTK's default stays. `G_MESSAGES_DEBUG=skin-deep` logs the choice.
 */
static gboolean
has_hardware_gpu (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;
  const char *software = g_getenv ("LIBGL_ALWAYS_SOFTWARE");

  if (software != NULL && *software != '\0' && g_strcmp0 (software, "0") != 0)
    return FALSE;

  dir = g_dir_open ("/dev/dri", 0, NULL);
  if (dir == NULL)
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      return TRUE;

  return FALSE;
}

static void
choose_renderer (void)
{
  const char *renderer = g_getenv ("GSK_RENDERER");

  if (renderer != NULL && *renderer != '\0')
    {
      g_debug ("GSK_RENDERER=%s set by the user; leaving it", renderer);
      return;
    }

  if (has_hardware_gpu ())
    {
      g_debug ("Hardware GPU found; using GTK's default renderer");
      return;
    }

  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_debug ("No hardware GPU (or software GL forced); using GSK_RENDERER=cairo");
}

/*
 * Without its settings schema GLib aborts at the first g_settings_new () (under the kiosk
 * unit: a core dump and a restart every 2 s). Say once what is missing instead.
 */
static gboolean
check_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    return TRUE;

  /* translators: %s is the schema id, e.g. io.github.skindeep.SkinDeep */
  g_printerr (_("skin-deep: the settings schema %s is not installed; install Skin Deep "
                "(meson install), or run a build tree with GSETTINGS_SCHEMA_DIR=_build/data "
                "or build-aux/dev run\n"),
              APP_ID);
  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SdApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* An uninstalled build finds its catalogues through SKIN_DEEP_LOCALEDIR (set by
   * `meson devenv` and build-aux/dev: the build's po/ folder) */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SKIN_DEEP_LOCALEDIR") != NULL
                                   && *g_getenv ("SKIN_DEEP_LOCALEDIR") != '\0'
                                   ? g_getenv ("SKIN_DEEP_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!check_schema ())
    return 1;

  choose_renderer ();

  g_set_application_name (_("Skin Deep"));

  app = sd_application_new ();
  sd_bench_attach (GTK_APPLICATION (app));   /* does nothing unless SKIN_DEEP_BENCH is set */

  return g_application_run (G_APPLICATION (app), argc, argv);
}
