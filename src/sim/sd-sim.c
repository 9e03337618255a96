/* sd-sim.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-sim"

#include "config.h"

#include "sd-sim.h"
#include "sd-sim-render.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

/*
 * skin-deep-sim: the model on the command line.
 *
 *   skin-deep-sim COMMAND [OPTION…]
 *
 * main () only picks the command; each command parses its own options
 * (sd-sim-options.c) and writes its output in one go (sd-sim-format.c).
 */

typedef struct
{
  const char       *name;
  SdSimCommandFunc  func;
  const char       *summary;   /* N_() */
} SdSimCommand;

static const SdSimCommand commands[] = {
  /* Model queries: libsd_core only */
  { "layers", sd_sim_layers, N_("Layers of the skin at a body site, with their depths") },
  { "needle", sd_sim_needle, N_("Which layers a needle of a given length reaches") },
  { "course", sd_sim_course, N_("Day-by-day collagen response over a course of sessions") },
  { "lifetime", sd_sim_lifetime, N_("Collagen and skin thickness from year to year over a lifetime") },
  { "concerns", sd_sim_concerns, N_("What microneedling is used for, with protocols and evidence") },
  { "bench",  sd_sim_bench,  N_("Measure the model's CPU time against its targets") },
  { "quiz",   sd_sim_quiz,   N_("Quiz questions drawn from the model, with an answer key") },

  /* Painter commands: libsd_paint (src/paint/) */
  { "render", sd_sim_render, N_("Draw a cross-section of the skin to an image file") },
  { "handout", sd_sim_handout, N_("Write the patient's handout for a plan as a PDF file") },
};

/*
 * Help
 */

static const SdSimCommand *
find_command (const char *name)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (commands[i].name, name) == 0)
      return &commands[i];

  return NULL;
}

static char *
list_commands (void)
{
  GString *out = g_string_new (NULL);
  guint i;

  for (i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (i > 0)
        g_string_append (out, i == G_N_ELEMENTS (commands) - 1 ? _(" or ") : ", ");
      g_string_append (out, commands[i].name);
    }

  return g_string_free (out, FALSE);
}

static int
print_program_help (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *sites = sd_sim_list_sites ();
  g_autofree char *sites_line = NULL;
  guint i;

  g_string_append_printf (out, _("Usage: %s COMMAND [OPTION…]\n"), SD_SIM_PROGRAM);
  g_string_append (out, "\n");
  sd_sim_append_wrapped (out,
                         _("The model of Skin Deep on the command line: the layers of the skin "
                           "at a body site, the layers a microneedle reaches, and the collagen "
                           "response over a course of sessions. It is an educational model, "
                           "not medical advice."),
                         0);
  g_string_append (out, "\n");
  g_string_append (out, _("Commands:\n"));
  for (i = 0; i < G_N_ELEMENTS (commands); i++)
    sd_sim_append_help_line (out, commands[i].name, _(commands[i].summary));
  sd_sim_append_help_line (out, "help COMMAND", _("Show the options of COMMAND"));
  g_string_append (out, "\n");
  g_string_append (out, _("Options:\n"));
  sd_sim_append_help_line (out, "-h, --help", _("Show this help"));
  sd_sim_append_help_line (out, "--version", _("Show the version"));
  g_string_append (out, "\n");
  sites_line = g_strdup_printf (_("Sites: %s"), sites);
  sd_sim_append_wrapped (out, sites_line, 7);
  g_string_append (out, "\n");
  g_string_append_printf (out, _("Run '%s COMMAND --help' for the options of a command.\n"),
                          SD_SIM_PROGRAM);

  return sd_sim_write_output (out);
}

static int
print_version (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_string_append_printf (out, "%s %s\n", SD_SIM_PROGRAM, PACKAGE_VERSION);

  return sd_sim_write_output (out);
}

static int
unknown_command (const char *name)
{
  g_autofree char *quoted = sd_sim_quote (name);
  g_autofree char *expected = list_commands ();

  sd_sim_error (_("unknown command %s; expected %s (see '%s --help')"),
                quoted, expected, SD_SIM_PROGRAM);
  return SD_SIM_EXIT_USAGE;
}

static int
run_help_command (int    argc,
                  char **argv)
{
  const SdSimCommand *command;
  char *help_argv[3];

  if (argc == 1)
    return print_program_help ();

  if (argc > 2)
    {
      g_autofree char *quoted = sd_sim_quote (argv[2]);

      sd_sim_error (_("help: unexpected argument %s; usage: %s help COMMAND"),
                    quoted, SD_SIM_PROGRAM);
      return SD_SIM_EXIT_USAGE;
    }

  command = find_command (argv[1]);
  if (command == NULL)
    return unknown_command (argv[1]);

  help_argv[0] = (char *)command->name;
  help_argv[1] = (char *)"--help";
  help_argv[2] = NULL;

  return command->func (2, help_argv);
}

/*
 * main
 */

int
main (int    argc,
      char **argv)
{
  const SdSimCommand *command;
  const char *name;

  /* Translations for messages; numbers are written with g_ascii_formatd (), so
   * LC_NUMERIC never changes the output. */
  setlocale (LC_ALL, "");
  /* An uninstalled build finds its catalogues through SKIN_DEEP_LOCALEDIR (set by
   * `meson devenv` and build-aux/dev: the build's po/ folder) */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SKIN_DEEP_LOCALEDIR") != NULL
                                   && *g_getenv ("SKIN_DEEP_LOCALEDIR") != '\0'
                                   ? g_getenv ("SKIN_DEEP_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname (SD_SIM_PROGRAM);

  if (argc < 2)
    {
      g_autofree char *expected = list_commands ();

      sd_sim_error (_("missing command; expected %s (see '%s --help')"),
                    expected, SD_SIM_PROGRAM);
      return SD_SIM_EXIT_USAGE;
    }

  name = argv[1];

  if (strcmp (name, "--help") == 0 || strcmp (name, "-h") == 0)
    {
      if (argc > 2)
        {
          g_autofree char *quoted = sd_sim_quote (argv[2]);

          sd_sim_error (_("unexpected argument %s after %s"), quoted, name);
          return SD_SIM_EXIT_USAGE;
        }
      return print_program_help ();
    }

  if (strcmp (name, "--version") == 0)
    {
      if (argc > 2)
        {
          g_autofree char *quoted = sd_sim_quote (argv[2]);

          sd_sim_error (_("unexpected argument %s after %s"), quoted, name);
          return SD_SIM_EXIT_USAGE;
        }
      return print_version ();
    }

  if (strcmp (name, "help") == 0)
    return run_help_command (argc - 1, argv + 1);

  if (name[0] == '-')
    {
      g_autofree char *quoted = sd_sim_quote (name);

      sd_sim_error (_("unknown option %s; a command comes first (see '%s --help')"),
                    quoted, SD_SIM_PROGRAM);
      return SD_SIM_EXIT_USAGE;
    }

  command = find_command (name);
  if (command == NULL)
    return unknown_command (name);

  return command->func (argc - 1, argv + 1);
}
