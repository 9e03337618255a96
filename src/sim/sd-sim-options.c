/* sd-sim-options.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-sim"

#include "config.h"

#include "sd-sim.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <locale.h>
#include <string.h>

/*
 * A hand parser rather than GOptionContext: it lets every mistake end in one line on
 * stderr that names the value and what is allowed, exit status 2 and an empty stdout.
 * Accepted forms: "--name VALUE" and "--name=VALUE"; -h/--help anywhere.
 */

typedef struct
{
  const char *name;
  gboolean    takes_value;
  const char *short_name;   /* "-o", or NULL */
} OptSpec;

static const OptSpec opt_specs[SD_SIM_N_OPTS] = {
  [SD_SIM_OPT_SITE]           = { "--site", TRUE },
  [SD_SIM_OPT_AGE]            = { "--age", TRUE },
  [SD_SIM_OPT_SEX]            = { "--sex", TRUE },
  [SD_SIM_OPT_DEVICE]         = { "--device", TRUE },
  [SD_SIM_OPT_LENGTH_MM]      = { "--length-mm", TRUE },
  [SD_SIM_OPT_FRACTION]       = { "--fraction", TRUE },
  [SD_SIM_OPT_SESSIONS]       = { "--sessions", TRUE },
  [SD_SIM_OPT_INTERVAL_WEEKS] = { "--interval-weeks", TRUE },
  [SD_SIM_OPT_WEEKS]          = { "--weeks", TRUE },
  [SD_SIM_OPT_UV]             = { "--uv", TRUE },
  [SD_SIM_OPT_SMOKING]        = { "--smoking", TRUE },
  [SD_SIM_OPT_ALCOHOL]        = { "--alcohol", TRUE },
  [SD_SIM_OPT_POLLUTION]      = { "--pollution", TRUE },
  [SD_SIM_OPT_DIET]           = { "--diet", TRUE },
  [SD_SIM_OPT_CHANNELS]       = { "--channels-per-cm2", TRUE },
  [SD_SIM_OPT_DAY]            = { "--day", TRUE },
  [SD_SIM_OPT_WIDTH]          = { "--width", TRUE },
  [SD_SIM_OPT_HEIGHT]         = { "--height", TRUE },
  [SD_SIM_OPT_ZOOM]           = { "--zoom", TRUE },
  [SD_SIM_OPT_OUTPUT]         = { "--output", TRUE, "-o" },
  [SD_SIM_OPT_FORMAT]         = { "--format", TRUE },
  [SD_SIM_OPT_ITERATIONS]     = { "--iterations", TRUE },
  [SD_SIM_OPT_CHECK]          = { "--check", FALSE },
  [SD_SIM_OPT_START]          = { "--start", TRUE },
  [SD_SIM_OPT_NOTE]           = { "--note", TRUE },
  [SD_SIM_OPT_NAME]           = { "--name", TRUE },
  [SD_SIM_OPT_PAPER]          = { "--paper", TRUE },
  [SD_SIM_OPT_LANG]           = { "--lang", TRUE },
  [SD_SIM_OPT_FROM_AGE]       = { "--from-age", TRUE },
  [SD_SIM_OPT_TO_AGE]         = { "--to-age", TRUE },
  [SD_SIM_OPT_SEED]           = { "--seed", TRUE },
  [SD_SIM_OPT_COUNT]          = { "--count", TRUE },
};

static const char *format_ids[SD_SIM_N_FORMATS] = { "json", "csv", "table" };

/* Longest piece of a user's value repeated in a message */
#define QUOTE_MAX_CHARS 60

/*
 * Messages
 */

void
sd_sim_error (const char *format,
              ...)
{
  g_autofree char *raw = NULL;
  g_autofree char *message = NULL;
  va_list args;
  char *p;

  va_start (args, format);
  raw = g_strdup_vprintf (format, args);
  va_end (args);

  /* One printable line, whatever a model message repeated from the user's input */
  message = g_utf8_make_valid (raw, -1);
  for (p = message; *p != '\0'; p++)
    if ((guchar)*p < 0x20 || *p == 0x7f)
      *p = (*p == '\n' || *p == '\r' || *p == '\t') ? ' ' : '?';

  fprintf (stderr, "%s: %s\n", SD_SIM_PROGRAM, message);
  fflush (stderr);
}

char *
sd_sim_quote (const char *value)
{
  g_autofree char *valid = g_utf8_make_valid (value != NULL ? value : "", -1);
  GString *out = g_string_new ("'");
  const char *p;
  guint n_chars = 0;

  for (p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (n_chars++ == QUOTE_MAX_CHARS)
        {
          g_string_append (out, "…");
          break;
        }

      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
        g_string_append_printf (out, "\\x%02x", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  g_string_append_c (out, '\'');

  return g_string_free (out, FALSE);
}

int
sd_sim_report_model_error (const char   *option,
                           const GError *error)
{
  const char *message = error != NULL ? error->message : _("invalid input");

  if (option != NULL)
    sd_sim_error ("%s: %s", option, message);
  else
    sd_sim_error ("%s", message);

  return SD_SIM_EXIT_USAGE;
}

static char *
list_ids (const char *(*to_id) (int),
          int          n)
{
  GString *out = g_string_new (NULL);
  int i;

  for (i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, i == n - 1 ? _(" or ") : ", ");
      g_string_append (out, to_id (i));
    }

  return g_string_free (out, FALSE);
}

/* Adapters: the model's to_id functions take their own enum types */
static const char *
site_id (int i)
{
  return sd_site_to_id ((SdSite)i);
}

static const char *
sex_id (int i)
{
  return sd_sex_to_id ((SdSex)i);
}

static const char *
device_id (int i)
{
  return sd_device_to_id ((SdDevice)i);
}

static const char *
uv_id (int i)
{
  return sd_uv_to_id ((SdUvExposure)i);
}

static const char *
alcohol_id (int i)
{
  return sd_alcohol_to_id ((SdAlcohol)i);
}

static const char *
pollution_id (int i)
{
  return sd_pollution_to_id ((SdPollution)i);
}

static const char *
diet_id (int i)
{
  return sd_diet_to_id ((SdDiet)i);
}


static const char *
smoking_id (int i)
{
  return i == 0 ? "no" : "yes";
}

char *
sd_sim_list_sites (void)
{
  GString *out = g_string_new (NULL);
  int i;

  for (i = 0; i < SD_N_SITES; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, sd_site_to_id ((SdSite)i));
    }

  return g_string_free (out, FALSE);
}

/* What an option expects, for "missing value" messages */
static char *
describe_expected (SdSimOpt opt)
{
  switch (opt)
    {
    case SD_SIM_OPT_SITE:
      {
        g_autofree char *sites = list_ids (site_id, SD_N_SITES);
        return g_strdup_printf (_("a body site: %s"), sites);
      }
    case SD_SIM_OPT_AGE:
      return g_strdup_printf (_("an age from %g to %g years"), SD_AGE_MIN, SD_AGE_MAX);
    case SD_SIM_OPT_FROM_AGE:
    case SD_SIM_OPT_TO_AGE:
      return g_strdup_printf (_("a whole age from %g to %g years"), SD_AGE_MIN, SD_AGE_MAX);
    case SD_SIM_OPT_SEX:
      return list_ids (sex_id, SD_N_SEXES);
    case SD_SIM_OPT_DEVICE:
      return list_ids (device_id, SD_N_DEVICES);
    case SD_SIM_OPT_LENGTH_MM:
      return g_strdup (_("a needle length from 0.1 to 3.0 mm"));
    case SD_SIM_OPT_FRACTION:
      return g_strdup (_("a penetration fraction from 0.1 to 1.0"));
    case SD_SIM_OPT_SESSIONS:
      return g_strdup_printf (_("a whole number of sessions from 0 to %u"),
                              (guint)SD_COURSE_SESSIONS_MAX);
    case SD_SIM_OPT_INTERVAL_WEEKS:
      return g_strdup_printf (_("an interval from %g to %g weeks"),
                              SD_COURSE_INTERVAL_WEEKS_MIN, SD_COURSE_INTERVAL_WEEKS_MAX);
    case SD_SIM_OPT_WEEKS:
      return g_strdup_printf (_("a whole number of weeks from 1 to %u"),
                              (guint)SD_COURSE_WEEKS_MAX);
    case SD_SIM_OPT_CHANNELS:
      return g_strdup_printf (_("a channel density from %g to %g per cm²"),
                              SD_COURSE_CHANNELS_MIN, SD_COURSE_CHANNELS_MAX);
    case SD_SIM_OPT_DAY:
      return g_strdup (_("a day of the course"));
    case SD_SIM_OPT_WIDTH:
    case SD_SIM_OPT_HEIGHT:
      return g_strdup (_("a size in pixels"));
    case SD_SIM_OPT_ZOOM:
      return g_strdup (_("a magnification"));
    case SD_SIM_OPT_OUTPUT:
      return g_strdup (_("a .png, .svg or .pdf file"));
    case SD_SIM_OPT_UV:
      return list_ids (uv_id, SD_N_UV);
    case SD_SIM_OPT_SMOKING:
      return list_ids (smoking_id, 2);
    case SD_SIM_OPT_ALCOHOL:
      return list_ids (alcohol_id, SD_N_ALCOHOL);
    case SD_SIM_OPT_POLLUTION:
      return list_ids (pollution_id, SD_N_POLLUTION);
    case SD_SIM_OPT_DIET:
      return list_ids (diet_id, SD_N_DIET);
    case SD_SIM_OPT_FORMAT:
      return g_strdup ("json, csv or table");
    case SD_SIM_OPT_ITERATIONS:
      return g_strdup (_("a whole number of iterations"));
    case SD_SIM_OPT_START:
      return g_strdup (_("a date YYYY-MM-DD"));
    case SD_SIM_OPT_NOTE:
    case SD_SIM_OPT_NAME:
      return g_strdup (_("a text"));
    case SD_SIM_OPT_PAPER:
      return g_strdup ("a4 or letter");
    case SD_SIM_OPT_SEED:
      return g_strdup_printf (_("a whole number from 0 to %u"), G_MAXUINT32);
    case SD_SIM_OPT_COUNT:
      return g_strdup (_("a whole number of questions from 1 to 50"));
    case SD_SIM_OPT_LANG:
      return g_strdup ("en, de or it");
    case SD_SIM_OPT_CHECK:
    case SD_SIM_N_OPTS:
    default:
      return g_strdup (_("a value"));
    }
}

const char *
sd_sim_opt_get_name (SdSimOpt opt)
{
  g_return_val_if_fail (opt < SD_SIM_N_OPTS, NULL);

  return opt_specs[opt].name;
}

/*
 * Help
 */

void
sd_sim_append_wrapped (GString    *out,
                       const char *text,
                       guint       indent)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  gsize line_start = out->len;
  guint i;

  /* The first line starts wherever @out ends */
  while (line_start > 0 && out->str[line_start - 1] != '\n')
    line_start--;

  for (i = 0; words[i] != NULL; i++)
    {
      glong column = g_utf8_strlen (out->str + line_start, -1);

      if (i > 0 && column + 1 + g_utf8_strlen (words[i], -1) > 79)
        {
          g_string_append_c (out, '\n');
          line_start = out->len;
          g_string_append_printf (out, "%*s", (int)indent, "");
        }
      else if (i > 0)
        {
          g_string_append_c (out, ' ');
        }
      g_string_append (out, words[i]);
    }
  g_string_append_c (out, '\n');
}

#define HELP_COLUMN 22

static void
append_help_line (GString    *out,
                  const char *option,
                  const char *text)
{
  /* An option too long for its column gets a line of its own (as GOption's help does
   * not), so that two spaces always part the option from its text */
  if (g_utf8_strlen (option, -1) > HELP_COLUMN - 4)
    g_string_append_printf (out, "  %s\n%*s", option, HELP_COLUMN, "");
  else
    g_string_append_printf (out, "  %-*s", HELP_COLUMN - 2, option);
  sd_sim_append_wrapped (out, text, HELP_COLUMN);
}

void
sd_sim_append_option_help (GString  *out,
                           SdSimOpt  opt)
{
  g_autofree char *expected = describe_expected (opt);
  g_autofree char *text = NULL;

  switch (opt)
    {
    case SD_SIM_OPT_SITE:
      {
        g_autofree char *sites = sd_sim_list_sites ();

        text = g_strdup_printf (_("Body site (required): %s"), sites);
        append_help_line (out, "--site SITE", text);
      }
      break;
    case SD_SIM_OPT_AGE:
      text = g_strdup_printf (_("Age in years, %g to %g (default 40)"), SD_AGE_MIN, SD_AGE_MAX);
      append_help_line (out, "--age YEARS", text);
      break;
    case SD_SIM_OPT_SEX:
      text = g_strdup_printf (_("%s (default female)"), expected);
      append_help_line (out, "--sex SEX", text);
      break;
    case SD_SIM_OPT_DEVICE:
      text = g_strdup_printf (_("%s (default roller)"), expected);
      append_help_line (out, "--device DEVICE", text);
      break;
    case SD_SIM_OPT_FRACTION:
      append_help_line (out, "--fraction F",
                        _("Fraction of the needle length that really enters the skin, "
                          "0.1 to 1.0 (default: the device's model, in which the skin "
                          "dimples before the needle enters)"));
      break;
    case SD_SIM_OPT_SESSIONS:
      text = g_strdup_printf (_("Number of sessions, 0 to %u (default 1; 0 = untreated)"),
                              (guint)SD_COURSE_SESSIONS_MAX);
      append_help_line (out, "--sessions N", text);
      break;
    case SD_SIM_OPT_INTERVAL_WEEKS:
      text = g_strdup_printf (_("Weeks between sessions, %g to %g (default 4)"),
                              SD_COURSE_INTERVAL_WEEKS_MIN, SD_COURSE_INTERVAL_WEEKS_MAX);
      append_help_line (out, "--interval-weeks W", text);
      break;
    case SD_SIM_OPT_WEEKS:
      text = g_strdup_printf (_("Length of the simulation in weeks, 1 to %u (default 26)"),
                              (guint)SD_COURSE_WEEKS_MAX);
      append_help_line (out, "--weeks T", text);
      break;
    case SD_SIM_OPT_CHANNELS:
      text = g_strdup_printf (_("Needle channels per cm² in a session, %g to %g (default %g, "
                                "a roller passed 15 times)"),
                              SD_COURSE_CHANNELS_MIN, SD_COURSE_CHANNELS_MAX,
                              SD_STANDARD_CHANNELS_PER_CM2);
      append_help_line (out, "--channels-per-cm2 D", text);
      break;
    case SD_SIM_OPT_UV:
      text = g_strdup_printf (_("Sun (UV) exposure: %s (default none)"), expected);
      append_help_line (out, "--uv LEVEL", text);
      break;
    case SD_SIM_OPT_SMOKING:
      text = g_strdup_printf (_("Smoking: %s (default no)"), expected);
      append_help_line (out, "--smoking ANSWER", text);
      break;
    case SD_SIM_OPT_ALCOHOL:
      text = g_strdup_printf (_("Alcohol: %s (default none)"), expected);
      append_help_line (out, "--alcohol LEVEL", text);
      break;
    case SD_SIM_OPT_POLLUTION:
      text = g_strdup_printf (_("Air pollution: %s (default low)"), expected);
      append_help_line (out, "--pollution LEVEL", text);
      break;
    case SD_SIM_OPT_DIET:
      text = g_strdup_printf (_("Diet: %s (default good)"), expected);
      append_help_line (out, "--diet QUALITY", text);
      break;
    case SD_SIM_OPT_LENGTH_MM:
    case SD_SIM_OPT_FORMAT:
    case SD_SIM_OPT_ITERATIONS:
    case SD_SIM_OPT_CHECK:
    case SD_SIM_OPT_FROM_AGE:
    case SD_SIM_OPT_TO_AGE:
    case SD_SIM_OPT_DAY:
    case SD_SIM_OPT_WIDTH:
    case SD_SIM_OPT_HEIGHT:
    case SD_SIM_OPT_ZOOM:
    case SD_SIM_OPT_OUTPUT:
    case SD_SIM_OPT_START:
    case SD_SIM_OPT_NOTE:
    case SD_SIM_OPT_NAME:
    case SD_SIM_OPT_PAPER:
    case SD_SIM_OPT_SEED:
    case SD_SIM_OPT_COUNT:
    case SD_SIM_OPT_LANG:
    case SD_SIM_N_OPTS:
    default:
      /* Command-specific: each command writes these lines itself */
      g_assert_not_reached ();
    }
}

void
sd_sim_append_help_line (GString    *out,
                         const char *option,
                         const char *text)
{
  append_help_line (out, option, text);
}

/*
 * Parsing the command line
 */

static int
lookup_opt (const char *name,
            gsize       len)
{
  int i;

  for (i = 0; i < SD_SIM_N_OPTS; i++)
    {
      const char *short_name = opt_specs[i].short_name;

      if (strlen (opt_specs[i].name) == len && strncmp (opt_specs[i].name, name, len) == 0)
        return i;
      /* A short name takes its value as the next argument only ("-o FILE") */
      if (short_name != NULL && strlen (short_name) == len && strncmp (short_name, name, len) == 0
          && name[len] == '\0')
        return i;
    }

  return -1;
}

gboolean
sd_sim_args_parse (SdSimArgs  *args,
                   const char *command,
                   guint       accepted,
                   int         argc,
                   char      **argv)
{
  int i;

  memset (args, 0, sizeof *args);
  args->command = command;

  for (i = 1; i < argc; i++)
    {
      const char *arg = argv[i];
      const char *eq;
      const char *value;
      gsize name_len;
      int opt;

      if (strcmp (arg, "--help") == 0 || strcmp (arg, "-h") == 0)
        {
          args->help = TRUE;
          return TRUE;
        }

      if (strcmp (arg, "--") == 0 && i + 1 == argc)
        break;

      if (arg[0] != '-' || arg[1] == '\0' || strcmp (arg, "--") == 0)
        {
          const char *junk = strcmp (arg, "--") == 0 ? argv[i + 1] : arg;
          g_autofree char *quoted = sd_sim_quote (junk);

          sd_sim_error (_("%s: unexpected argument %s; options start with '--' "
                          "(see '%s %s --help')"),
                        command, quoted, SD_SIM_PROGRAM, command);
          return FALSE;
        }

      eq = strchr (arg, '=');
      name_len = eq != NULL ? (gsize)(eq - arg) : strlen (arg);
      if (eq != NULL && name_len == strlen ("--help") && strncmp (arg, "--help", name_len) == 0)
        {
          g_autofree char *quoted = sd_sim_quote (eq + 1);

          sd_sim_error (_("--help: takes no value, got %s"), quoted);
          return FALSE;
        }
      opt = lookup_opt (arg, name_len);

      if (opt < 0 || (accepted & SD_SIM_OPT_MASK (opt)) == 0)
        {
          g_autofree char *name = g_strndup (arg, name_len);
          g_autofree char *quoted = sd_sim_quote (name);

          sd_sim_error (_("%s: unknown option %s (see '%s %s --help')"),
                        command, quoted, SD_SIM_PROGRAM, command);
          return FALSE;
        }

      if (!opt_specs[opt].takes_value)
        {
          if (eq != NULL)
            {
              g_autofree char *quoted = sd_sim_quote (eq + 1);

              sd_sim_error (_("%s: takes no value, got %s"), opt_specs[opt].name, quoted);
              return FALSE;
            }
          value = "yes";
        }
      else if (eq != NULL)
        {
          value = eq + 1;
        }
      else if (i + 1 < argc && !g_str_has_prefix (argv[i + 1], "--"))
        {
          value = argv[++i];
        }
      else
        {
          g_autofree char *expected = describe_expected (opt);

          sd_sim_error (_("%s: missing value; expected %s"), opt_specs[opt].name, expected);
          return FALSE;
        }

      if (args->values[opt] != NULL)
        {
          g_autofree char *first = sd_sim_quote (args->values[opt]);
          g_autofree char *second = sd_sim_quote (value);

          sd_sim_error (_("%s: given twice (%s and %s); give it once"),
                        opt_specs[opt].name, first, second);
          return FALSE;
        }

      args->values[opt] = value;
    }

  return TRUE;
}

/*
 * Values
 */

typedef enum
{
  NUMBER_OK,
  NUMBER_INVALID,
  NUMBER_NOT_FINITE,
  NUMBER_OVERFLOW,
} NumberStatus;

static NumberStatus
parse_number (const char *text,
              double     *out)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);
  char *end = NULL;
  double value;

  /* Plain decimal notation only: no blanks, hex, "inf", "nan", units */
  if (text[0] == '\0' || strspn (text, "0123456789+-.eE") != strlen (text))
    {
      if (strstr (lower, "nan") != NULL || strstr (lower, "inf") != NULL)
        return NUMBER_NOT_FINITE;
      return NUMBER_INVALID;
    }

  errno = 0;
  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0')
    return NUMBER_INVALID;
  if (errno == ERANGE && !isfinite (value))
    return NUMBER_OVERFLOW;
  if (!isfinite (value))
    return NUMBER_NOT_FINITE;

  *out = value;
  return NUMBER_OK;
}

static char *
format_range (double      min,
              double      max,
              guint       decimals,
              const char *unit)
{
  g_autoptr(GString) out = g_string_new (NULL);

  sd_sim_append_fixed (out, min, decimals);
  g_string_append (out, _(" to "));
  sd_sim_append_fixed (out, max, decimals);
  if (unit != NULL && unit[0] != '\0')
    {
      g_string_append_c (out, ' ');
      g_string_append (out, unit);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
report_number_status (const char   *option,
                      const char   *raw,
                      NumberStatus  status,
                      const char   *range)
{
  g_autofree char *quoted = sd_sim_quote (raw);

  switch (status)
    {
    case NUMBER_OK:
      return TRUE;
    case NUMBER_NOT_FINITE:
      sd_sim_error (_("%s: %s is not a finite number; expected %s"), option, quoted, range);
      break;
    case NUMBER_OVERFLOW:
      sd_sim_error (_("%s: %s is out of range; expected %s"), option, raw, range);
      break;
    case NUMBER_INVALID:
    default:
      sd_sim_error (_("%s: %s is not a number; expected %s"), option, quoted, range);
      break;
    }

  return FALSE;
}

/* Decimals to show a limit with: 0.1 → 1, 18 → 0, 3.0 next to 0.1 → 1 */
static guint
range_decimals (double min,
                double max)
{
  if (floor (min) != min || floor (max) != max)
    return 1;
  return 0;
}

gboolean
sd_sim_args_get_double (const SdSimArgs *args,
                        SdSimOpt         opt,
                        double           default_value,
                        double           min,
                        double           max,
                        const char      *unit,
                        double          *out)
{
  const char *raw = args->values[opt];
  const char *option = opt_specs[opt].name;
  g_autofree char *range = NULL;
  NumberStatus status;
  double value = 0.0;

  if (raw == NULL)
    {
      *out = default_value;
      return TRUE;
    }

  range = format_range (min, max, range_decimals (min, max), unit);
  status = parse_number (raw, &value);
  if (status != NUMBER_OK)
    return report_number_status (option, raw, status, range);

  /* @raw passed parse_number (), so it is plain ASCII and safe to repeat unquoted */
  if (value < min || value > max)
    {
      sd_sim_error (_("%s: %s is out of range; expected %s"), option, raw, range);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

gboolean
sd_sim_args_get_uint (const SdSimArgs *args,
                      SdSimOpt         opt,
                      guint            default_value,
                      guint            min,
                      guint            max,
                      guint           *out)
{
  const char *raw = args->values[opt];
  const char *option = opt_specs[opt].name;
  g_autofree char *range = NULL;
  g_autofree char *quoted = NULL;
  NumberStatus status;
  double value = 0.0;

  if (raw == NULL)
    {
      *out = default_value;
      return TRUE;
    }

  range = format_range (min, max, 0, NULL);
  status = parse_number (raw, &value);
  if (status != NUMBER_OK)
    return report_number_status (option, raw, status, range);

  quoted = sd_sim_quote (raw);
  if (value < (double)min || value > (double)max)
    {
      sd_sim_error (_("%s: %s is out of range; expected a whole number from %s"),
                    option, raw, range);
      return FALSE;
    }
  if (floor (value) != value)
    {
      sd_sim_error (_("%s: %s is not a whole number; expected a whole number from %s"),
                    option, quoted, range);
      return FALSE;
    }

  *out = (guint)value;
  return TRUE;
}

gboolean
sd_sim_args_get_format (const SdSimArgs *args,
                        guint            allowed,
                        SdSimFormat      default_format,
                        SdSimFormat     *out)
{
  const char *raw = args->values[SD_SIM_OPT_FORMAT];
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *quoted = NULL;
  guint n_allowed = 0;
  guint seen = 0;
  guint i;

  if (raw == NULL)
    {
      *out = default_format;
      return TRUE;
    }

  for (i = 0; i < SD_SIM_N_FORMATS; i++)
    {
      if ((allowed & SD_SIM_FORMAT_MASK (i)) == 0)
        continue;
      if (strcmp (raw, format_ids[i]) == 0)
        {
          *out = (SdSimFormat)i;
          return TRUE;
        }
      n_allowed++;
    }

  for (i = 0; i < SD_SIM_N_FORMATS; i++)
    {
      if ((allowed & SD_SIM_FORMAT_MASK (i)) == 0)
        continue;
      if (seen > 0)
        g_string_append (expected, seen == n_allowed - 1 ? _(" or ") : ", ");
      g_string_append (expected, format_ids[i]);
      seen++;
    }

  quoted = sd_sim_quote (raw);
  sd_sim_error (_("--format: %s is not a format of '%s'; expected %s"),
                quoted, args->command, expected->str);
  return FALSE;
}

/* The model's from_id functions name the unknown id and the valid ones ("Unknown site
 * “mars”; expected one of: …"); a message of ours stands in when there is none. */
static gboolean
report_enum_error (SdSimOpt      opt,
                   const char   *raw,
                   const GError *error)
{
  const char *option = opt_specs[opt].name;

  if (error != NULL && error->message != NULL && strstr (error->message, "expected") != NULL &&
      g_utf8_strlen (raw, -1) <= QUOTE_MAX_CHARS)
    {
      sd_sim_error ("%s: %s", option, error->message);
    }
  else
    {
      g_autofree char *expected = describe_expected (opt);
      g_autofree char *quoted = sd_sim_quote (raw);

      sd_sim_error (_("%s: %s is not allowed; expected %s"), option, quoted, expected);
    }

  return FALSE;
}

gboolean
sd_sim_args_get_profile (const SdSimArgs *args,
                         SdSite          *site,
                         double          *age_years,
                         SdSex           *sex)
{
  const char *raw_site = args->values[SD_SIM_OPT_SITE];
  const char *raw_sex = args->values[SD_SIM_OPT_SEX];
  g_autoptr(GError) error = NULL;

  if (raw_site == NULL)
    {
      g_autofree char *expected = describe_expected (SD_SIM_OPT_SITE);

      sd_sim_error (_("%s: --site is required; expected %s"), args->command, expected);
      return FALSE;
    }

  if (!sd_site_from_id (raw_site, site, &error))
    return report_enum_error (SD_SIM_OPT_SITE, raw_site, error);

  if (!sd_sim_args_get_double (args, SD_SIM_OPT_AGE, 40.0, SD_AGE_MIN, SD_AGE_MAX,
                               _("years"), age_years))
    return FALSE;
  /* The model's own check stays authoritative */
  if (!sd_check_age (*age_years, &error))
    {
      sd_sim_report_model_error ("--age", error);
      return FALSE;
    }

  *sex = SD_SEX_FEMALE;
  if (raw_sex != NULL && !sd_sex_from_id (raw_sex, sex, &error))
    return report_enum_error (SD_SIM_OPT_SEX, raw_sex, error);

  return TRUE;
}

gboolean
sd_sim_args_get_site (const SdSimArgs *args,
                      SdSite           default_site,
                      SdSite          *out)
{
  const char *raw = args->values[SD_SIM_OPT_SITE];
  g_autoptr(GError) error = NULL;

  *out = default_site;
  if (raw != NULL && !sd_site_from_id (raw, out, &error))
    return report_enum_error (SD_SIM_OPT_SITE, raw, error);

  return TRUE;
}

gboolean
sd_sim_args_get_sex (const SdSimArgs *args,
                     gboolean         required,
                     SdSex           *out)
{
  const char *raw = args->values[SD_SIM_OPT_SEX];
  g_autoptr(GError) error = NULL;

  if (required && raw == NULL)
    {
      g_autofree char *expected = describe_expected (SD_SIM_OPT_SEX);

      sd_sim_error (_("%s: --sex is required; expected %s"), args->command, expected);
      return FALSE;
    }

  *out = SD_SEX_FEMALE;
  if (raw != NULL && !sd_sex_from_id (raw, out, &error))
    return report_enum_error (SD_SIM_OPT_SEX, raw, error);

  return TRUE;
}

gboolean
sd_sim_args_get_device (const SdSimArgs *args,
                        SdDevice        *out)
{
  const char *raw = args->values[SD_SIM_OPT_DEVICE];
  g_autoptr(GError) error = NULL;

  *out = SD_DEVICE_ROLLER;
  if (raw != NULL && !sd_device_from_id (raw, out, &error))
    return report_enum_error (SD_SIM_OPT_DEVICE, raw, error);

  return TRUE;
}

gboolean
sd_sim_args_get_fraction (const SdSimArgs *args,
                          double          *out)
{
  return sd_sim_args_get_double (args, SD_SIM_OPT_FRACTION, 0.0,
                                 SD_PENETRATION_FRACTION_MIN, SD_PENETRATION_FRACTION_MAX,
                                 NULL, out);
}

gboolean
sd_sim_args_get_length_mm (const SdSimArgs *args,
                           gboolean         required,
                           double           default_mm,
                           double          *out)
{
  if (required && args->values[SD_SIM_OPT_LENGTH_MM] == NULL)
    {
      g_autofree char *expected = describe_expected (SD_SIM_OPT_LENGTH_MM);

      sd_sim_error (_("%s: --length-mm is required; expected %s"), args->command, expected);
      return FALSE;
    }

  return sd_sim_args_get_double (args, SD_SIM_OPT_LENGTH_MM, default_mm,
                                 SD_NEEDLE_LENGTH_MIN_MM, SD_NEEDLE_LENGTH_MAX_MM,
                                 "mm", out);
}

gboolean
sd_sim_args_get_factors (const SdSimArgs *args,
                         SdCourseParams  *params)
{
  const char *raw;
  g_autoptr(GError) error = NULL;

  if ((raw = args->values[SD_SIM_OPT_UV]) != NULL &&
      !sd_uv_from_id (raw, &params->uv, &error))
    return report_enum_error (SD_SIM_OPT_UV, raw, error);

  if ((raw = args->values[SD_SIM_OPT_SMOKING]) != NULL)
    {
      if (strcmp (raw, "no") == 0)
        params->smoking = FALSE;
      else if (strcmp (raw, "yes") == 0)
        params->smoking = TRUE;
      else
        return report_enum_error (SD_SIM_OPT_SMOKING, raw, NULL);
    }

  if ((raw = args->values[SD_SIM_OPT_ALCOHOL]) != NULL &&
      !sd_alcohol_from_id (raw, &params->alcohol, &error))
    return report_enum_error (SD_SIM_OPT_ALCOHOL, raw, error);

  if ((raw = args->values[SD_SIM_OPT_POLLUTION]) != NULL &&
      !sd_pollution_from_id (raw, &params->pollution, &error))
    return report_enum_error (SD_SIM_OPT_POLLUTION, raw, error);

  if ((raw = args->values[SD_SIM_OPT_DIET]) != NULL &&
      !sd_diet_from_id (raw, &params->diet, &error))
    return report_enum_error (SD_SIM_OPT_DIET, raw, error);

  return TRUE;
}

gboolean
sd_sim_apply_lang (const char *lang)
{
  static const char * const langs[] = { "en", "de", "it" };
  const char *messages;

  g_return_val_if_fail (lang != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    if (strcmp (lang, langs[i]) == 0)
      {
        g_setenv ("LANGUAGE", lang, TRUE);
        /* gettext ignores LANGUAGE in the C locale: take its UTF-8 twin (same
         * messages); elsewhere setting the locale again makes it read LANGUAGE afresh */
        messages = setlocale (LC_MESSAGES, NULL);
        if (messages == NULL || strcmp (messages, "C") == 0 || strcmp (messages, "POSIX") == 0)
          setlocale (LC_MESSAGES, "C.UTF-8");
        else
          setlocale (LC_MESSAGES, "");
        return TRUE;
      }
  return FALSE;
}
