/* sd-sim-handout.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-sim-handout"

#include "config.h"

#include "sd-export.h"
#include "sd-handout.h"
#include "sd-sim-render.h"
#include "sd-sim.h"
#include "sd-treatment.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

/* The catalogues in po/LINGUAS, and English (the source language). */

static int
print_help (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_string_append_printf (out, _("Usage: %s handout --site SITE -o FILE.pdf [OPTION…]"),
                          SD_SIM_PROGRAM);
  g_string_append (out, "\n\n");
  sd_sim_append_wrapped (out, _("Writes the handout a patient takes home, as the app prints "
                                "it: the cross-section with the needle's real depth, the "
                                "dated sessions, what to expect after each, the collagen "
                                "chart, side effects, aftercare, when not to have a session "
                                "and when to call the clinic, each with its source. One or "
                                "two pages. Needs no display."), 0);
  g_string_append (out, "\n");
  g_string_append (out, _("Options:"));
  g_string_append_c (out, '\n');
  sd_sim_append_option_help (out, SD_SIM_OPT_SITE);
  sd_sim_append_option_help (out, SD_SIM_OPT_AGE);
  sd_sim_append_option_help (out, SD_SIM_OPT_SEX);
  sd_sim_append_option_help (out, SD_SIM_OPT_DEVICE);
  sd_sim_append_help_line (out, "--length-mm MM",
                           _("Needle length, 0.1 to 3 mm (default 1.5)"));
  sd_sim_append_option_help (out, SD_SIM_OPT_SESSIONS);
  sd_sim_append_option_help (out, SD_SIM_OPT_INTERVAL_WEEKS);
  sd_sim_append_help_line (out, "--start YYYY-MM-DD",
                           _("Date of the first session (default today)"));
  sd_sim_append_help_line (out, "--note TEXT",
                           _("A note from the clinician, up to 600 characters"));
  sd_sim_append_help_line (out, "--name TEXT",
                           _("The patient's name, printed on the handout only, up to 80 "
                             "characters"));
  sd_sim_append_help_line (out, "--paper PAPER", _("a4 (default) or letter"));
  sd_sim_append_help_line (out, "--lang LANG",
                           _("Language of the handout: en, de or it (default: the "
                             "environment's)"));
  sd_sim_append_help_line (out, "-o, --output FILE", _("The PDF file to write"));
  sd_sim_append_help_line (out, "-h, --help", _("Show this help"));
  return sd_sim_write_output (out);
}

/* YYYY-MM-DD, a real calendar day from 2000 to 2100. */
static gboolean
parse_start (const char *text,
             GDate      *out)
{
  g_autofree char *quoted = sd_sim_quote (text);
  guint y, m, d;

  g_date_clear (out, 1);
  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[2]) || !g_ascii_isdigit (text[3]) ||
      !g_ascii_isdigit (text[5]) || !g_ascii_isdigit (text[6]) ||
      !g_ascii_isdigit (text[8]) || !g_ascii_isdigit (text[9]))
    {
      sd_sim_error (_("--start: %s is not a date; expected YYYY-MM-DD, such as 2026-03-01"),
                    quoted);
      return FALSE;
    }
  y = (guint)g_ascii_strtoull (text, NULL, 10);
  m = (guint)g_ascii_strtoull (text + 5, NULL, 10);
  d = (guint)g_ascii_strtoull (text + 8, NULL, 10);
  if (y < 2000 || y > 2100)
    {
      sd_sim_error (_("--start: the year of %s is out of range; expected 2000 to 2100"), quoted);
      return FALSE;
    }
  if (!g_date_valid_dmy ((GDateDay)d, (GDateMonth)m, (GDateYear)y))
    {
      sd_sim_error (_("--start: %s is not a day of the calendar; expected YYYY-MM-DD, such as "
                      "2026-03-01"), quoted);
      return FALSE;
    }
  g_date_set_dmy (out, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
  return TRUE;
}

static gboolean
check_text (SdSimOpt     opt,
            const char  *text,
            int          max_chars)
{
  if (text == NULL)
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL))
    {
      sd_sim_error (_("%s: the text is not valid UTF-8"), sd_sim_opt_get_name (opt));
      return FALSE;
    }
  if (g_utf8_strlen (text, -1) > max_chars)
    {
      sd_sim_error (_("%s: the text has %ld characters; at most %d fit on the handout"),
                    sd_sim_opt_get_name (opt), (long)g_utf8_strlen (text, -1), max_chars);
      return FALSE;
    }
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != '\n' && c != '\t' && g_unichar_iscntrl (c))
        {
          sd_sim_error (_("%s: the text contains a control character"),
                        sd_sim_opt_get_name (opt));
          return FALSE;
        }
    }
  return TRUE;
}

/* --lang: before any handout text is looked up */
static gboolean
apply_language (const char *lang)
{
  g_autofree char *quoted = NULL;

  if (lang == NULL || sd_sim_apply_lang (lang))
    return TRUE;
  quoted = sd_sim_quote (lang);
  sd_sim_error (_("--lang: unknown language %s; expected en, de or it"), quoted);
  return FALSE;
}

int
sd_sim_handout (int    argc,
                char **argv)
{
  const guint accepted = SD_SIM_PROFILE_OPTS |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_DEVICE) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_LENGTH_MM) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_SESSIONS) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_INTERVAL_WEEKS) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_START) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_NOTE) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_NAME) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_PAPER) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_LANG) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_OUTPUT);
  SdSimArgs args;
  SdHandoutParams params;
  const char *output;
  g_autoptr(GError) error = NULL;
  g_autoptr(SdHandout) handout = NULL;
  g_autofree char *target = NULL;
  g_autofree char *ext = NULL;

  if (!sd_sim_args_parse (&args, "handout", accepted, argc, argv))
    return SD_SIM_EXIT_USAGE;
  if (!apply_language (args.values[SD_SIM_OPT_LANG]))
    return SD_SIM_EXIT_USAGE;
  if (args.help)
    return print_help ();

  if (args.values[SD_SIM_OPT_SITE] == NULL)
    {
      g_autofree char *sites = sd_sim_list_sites ();
      sd_sim_error (_("handout: --site is required; expected one of %s"), sites);
      return SD_SIM_EXIT_USAGE;
    }
  output = args.values[SD_SIM_OPT_OUTPUT];
  if (output == NULL)
    {
      sd_sim_error (_("handout: --output FILE.pdf is required"));
      return SD_SIM_EXIT_USAGE;
    }

  sd_handout_params_init (&params);
  if (!sd_sim_args_get_profile (&args, &params.course.site, &params.course.age_years,
                                &params.course.sex) ||
      !sd_sim_args_get_device (&args, &params.course.device) ||
      !sd_sim_args_get_length_mm (&args, FALSE, params.course.length_mm,
                                  &params.course.length_mm) ||
      !sd_sim_args_get_uint (&args, SD_SIM_OPT_SESSIONS, SD_TREATMENT_DEFAULT_SESSIONS, 1,
                             SD_COURSE_SESSIONS_MAX, &params.course.sessions) ||
      !sd_sim_args_get_double (&args, SD_SIM_OPT_INTERVAL_WEEKS,
                               SD_TREATMENT_DEFAULT_INTERVAL_WEEKS,
                               SD_COURSE_INTERVAL_WEEKS_MIN, SD_COURSE_INTERVAL_WEEKS_MAX,
                               _("weeks"), &params.course.interval_weeks))
    return SD_SIM_EXIT_USAGE;
  if (args.values[SD_SIM_OPT_START] != NULL &&
      !parse_start (args.values[SD_SIM_OPT_START], &params.start))
    return SD_SIM_EXIT_USAGE;
  if (!check_text (SD_SIM_OPT_NOTE, args.values[SD_SIM_OPT_NOTE], SD_HANDOUT_NOTE_MAX_CHARS) ||
      !check_text (SD_SIM_OPT_NAME, args.values[SD_SIM_OPT_NAME], SD_HANDOUT_NAME_MAX_CHARS))
    return SD_SIM_EXIT_USAGE;
  params.note = args.values[SD_SIM_OPT_NOTE];
  params.name = args.values[SD_SIM_OPT_NAME];
  if (args.values[SD_SIM_OPT_PAPER] != NULL &&
      !sd_paper_from_id (args.values[SD_SIM_OPT_PAPER], &params.paper))
    {
      g_autofree char *quoted = sd_sim_quote (args.values[SD_SIM_OPT_PAPER]);
      sd_sim_error (_("--paper: unknown paper %s; expected a4 or letter"), quoted);
      return SD_SIM_EXIT_USAGE;
    }
  /* the course runs past the last session, long enough to show the results */
  params.course.weeks = (guint)MIN (SD_COURSE_WEEKS_MAX,
                                    MAX (SD_TREATMENT_DEFAULT_WEEKS,
                                         ceil ((params.course.sessions - 1) *
                                               params.course.interval_weeks) + 12));

  if (output[0] == '\0')
    {
      sd_sim_error (_("--output: the file name is empty; expected a .pdf file"));
      return SD_SIM_EXIT_USAGE;
    }
  {
    g_autofree char *base = g_path_get_basename (output);
    const char *dot = strrchr (base, '.');

    ext = dot != NULL ? g_ascii_strdown (dot, -1) : NULL;
    if (g_strcmp0 (ext, ".pdf") != 0)
      {
        g_autofree char *quoted = sd_sim_quote (output);
        sd_sim_error (_("--output: %s is not a .pdf file; the handout is written as PDF"),
                      quoted);
        return SD_SIM_EXIT_USAGE;
      }
  }

  handout = sd_handout_new (&params, &error);
  if (handout == NULL)
    return sd_sim_report_model_error (NULL, error);

  target = sd_sim_resolve_target (output, _("a .pdf file"));
  if (target == NULL)
    return SD_SIM_EXIT_FAILURE;
  sd_export_remove_temporary_on_signals ();
  if (!sd_handout_write_pdf (handout, target, &error))
    {
      g_autofree char *quoted = sd_sim_quote (output);
      sd_sim_error (_("cannot write %s: %s"), quoted, error->message);
      return SD_SIM_EXIT_FAILURE;
    }
  return SD_SIM_EXIT_OK;
}
