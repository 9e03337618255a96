/* sd-sim-quiz.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-sim-quiz"

#include "config.h"

#include "sd-export.h"
#include "sd-quiz.h"
#include "sd-sim.h"
#include "sd-worksheet.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


typedef enum
{
  QUIZ_JSON,
  QUIZ_TEXT,
} QuizFormat;

static int
print_help (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *text = NULL;

  g_string_append_printf (out, _("Usage: %s quiz [OPTION…]"), SD_SIM_PROGRAM);
  g_string_append (out, "\n\n");
  sd_sim_append_wrapped (out, _("Questions on the skin and microneedling drawn from the model "
                                "at random body sites, ages, sexes and needles, with their "
                                "answers, explanations and sources. The same seed gives the "
                                "same questions. With -o, writes a printable worksheet: the "
                                "questions with the pictures they need, then the answer key on "
                                "a page of its own."), 0);
  g_string_append (out, "\n");
  g_string_append (out, _("Options:"));
  g_string_append_c (out, '\n');
  text = g_strdup_printf (_("Seed of the questions, 0 to %u (default: a random one, printed "
                            "in the output)"), G_MAXUINT32);
  sd_sim_append_help_line (out, "--seed N", text);
  g_free (g_steal_pointer (&text));
  text = g_strdup_printf (_("Number of questions, %d to %d (default %d; the first six are one "
                            "of each kind)"),
                          SD_QUIZ_COUNT_MIN, SD_QUIZ_COUNT_MAX, SD_QUIZ_COUNT_DEFAULT);
  sd_sim_append_help_line (out, "--count N", text);
  sd_sim_append_help_line (out, "--lang LANG",
                           _("Language of the questions: en, de or it (default: the "
                             "locale's)"));
  sd_sim_append_help_line (out, "--format FORMAT",
                           _("json (default) or text (the questions, then the answer key)"));
  sd_sim_append_help_line (out, "-o, --output FILE",
                           _("Also write the worksheet to this .pdf file"));
  sd_sim_append_help_line (out, "-h, --help", _("Show this help"));
  return sd_sim_write_output (out);
}

static gboolean
get_format (const SdSimArgs *args,
            QuizFormat      *out)
{
  const char *raw = args->values[SD_SIM_OPT_FORMAT];
  g_autofree char *quoted = NULL;

  *out = QUIZ_JSON;
  if (raw == NULL || strcmp (raw, "json") == 0)
    return TRUE;
  if (strcmp (raw, "text") == 0)
    {
      *out = QUIZ_TEXT;
      return TRUE;
    }
  quoted = sd_sim_quote (raw);
  sd_sim_error (_("--format: %s is not a format of '%s'; expected json or text"),
                quoted, "quiz");
  return FALSE;
}

static gboolean
apply_lang (const SdSimArgs *args)
{
  const char *raw = args->values[SD_SIM_OPT_LANG];
  g_autofree char *quoted = NULL;

  if (raw == NULL || sd_sim_apply_lang (raw))
    return TRUE;
  quoted = sd_sim_quote (raw);
  sd_sim_error (_("--lang: %s is not a language of the quiz; expected en, de or it"), quoted);
  return FALSE;
}

/*
 * Output
 */

static void
append_json_question (GString              *out,
                      const SdQuizQuestion *q)
{
  g_string_append (out, "{\"kind\":");
  sd_sim_append_json_string (out, sd_quiz_kind_to_id (q->kind));
  g_string_append (out, ",\"prompt\":");
  sd_sim_append_json_string (out, q->prompt);
  g_string_append (out, ",\"choices\":[");
  for (guint i = 0; i < q->n_choices; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      sd_sim_append_json_string (out, q->choices[i]);
    }
  g_string_append (out, "],\"answer\":[");
  for (guint i = 0; i < q->n_answers; i++)
    g_string_append_printf (out, "%s%u", i > 0 ? "," : "", q->answer[i]);
  g_string_append (out, "],\"explanation\":");
  sd_sim_append_json_string (out, q->explanation);
  g_string_append (out, ",\"source\":");
  sd_sim_append_json_string (out, q->source);
  if (q->inputs & SD_QUIZ_INPUT_SITE)
    {
      g_string_append (out, ",\"site\":");
      sd_sim_append_json_string (out, sd_site_to_id (q->site));
    }
  if (q->inputs & SD_QUIZ_INPUT_AGE)
    {
      g_string_append (out, ",\"age\":");
      sd_sim_append_compact (out, q->age_years, 0);
    }
  if (q->inputs & SD_QUIZ_INPUT_SEX)
    {
      g_string_append (out, ",\"sex\":");
      sd_sim_append_json_string (out, sd_sex_to_id (q->sex));
    }
  if (q->inputs & SD_QUIZ_INPUT_DEPTH)
    {
      g_string_append (out, ",\"depth_um\":");
      sd_sim_append_compact (out, q->depth_um, 0);
    }
  if (q->inputs & SD_QUIZ_INPUT_DEVICE)
    {
      g_string_append (out, ",\"device\":");
      sd_sim_append_json_string (out, sd_device_to_id (q->device));
    }
  if (q->inputs & SD_QUIZ_INPUT_LENGTH)
    {
      g_string_append (out, ",\"length_mm\":");
      sd_sim_append_number (out, q->length_mm, 2);
    }
  g_string_append_c (out, '}');
}

static void
append_json (GString      *out,
             const SdQuiz *quiz)
{
  g_string_append_printf (out, "{\"seed\":%u,\"questions\":[", sd_quiz_get_seed (quiz));
  for (guint i = 0; i < sd_quiz_get_n_questions (quiz); i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_json_question (out, sd_quiz_get_question (quiz, i));
    }
  g_string_append (out, "]}\n");
}

static void
append_text (GString      *out,
             const SdQuiz *quiz)
{
  guint n = sd_quiz_get_n_questions (quiz);
  g_autofree char *heading = NULL;

  /* translators: the first line of `skin-deep-sim quiz --format text` */
  heading = g_strdup_printf (_("Skin Deep quiz · seed %u"), sd_quiz_get_seed (quiz));
  g_string_append (out, heading);
  g_string_append (out, "\n\n");
  for (guint i = 0; i < n; i++)
    {
      const SdQuizQuestion *q = sd_quiz_get_question (quiz, i);
      g_autofree char *prompt = g_strdup_printf ("%u. %s", i + 1, q->prompt);

      sd_sim_append_wrapped (out, prompt, 4);
      for (guint c = 0; c < q->n_choices; c++)
        g_string_append_printf (out, "    %c. %s\n", 'A' + c, q->choices[c]);
      g_string_append_c (out, '\n');
    }

  g_string_append (out, _("Answer key"));
  g_string_append (out, "\n\n");
  for (guint i = 0; i < n; i++)
    {
      const SdQuizQuestion *q = sd_quiz_get_question (quiz, i);
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *source = NULL;

      g_string_append_printf (line, "%u. ", i + 1);
      for (guint a = 0; a < q->n_answers; a++)
        g_string_append_printf (line, "%s%c (%s)", a > 0 ? ", " : "", 'A' + q->answer[a],
                                q->choices[q->answer[a]]);
      sd_sim_append_wrapped (out, line->str, 4);
      g_string_append (out, "    ");
      sd_sim_append_wrapped (out, q->explanation, 4);
      source = g_strdup_printf (_("Source: %s"), q->source);
      g_string_append (out, "    ");
      sd_sim_append_wrapped (out, source, 4);
      g_string_append_c (out, '\n');
    }
}

/*
 * The worksheet: written beside the target and renamed over it (sd-export.h), so that no
 * partial file is ever left (the temporary file goes on every failure and on SIGINT,
 * SIGTERM, SIGHUP).
 */

static gboolean
check_output_path (const char *output)
{
  g_autofree char *quoted = sd_sim_quote (output);
  g_autofree char *base = g_path_get_basename (output);
  const char *dot = strrchr (base, '.');
  GStatBuf st;

  if (output[0] == '\0')
    {
      sd_sim_error (_("--output: the file name is empty; expected a .pdf file"));
      return FALSE;
    }
  if (dot == NULL || g_ascii_strcasecmp (dot, ".pdf") != 0)
    {
      sd_sim_error (_("--output: %s is not a .pdf file; the worksheet is a PDF"), quoted);
      return FALSE;
    }
  if (g_stat (output, &st) == 0)
    {
      if (!S_ISREG (st.st_mode))
        {
          sd_sim_error (_("--output: %s is not a regular file (a directory, FIFO or device); "
                          "expected a .pdf file"), quoted);
          return FALSE;
        }
      if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || access (output, W_OK) != 0)
        {
          sd_sim_error (_("cannot write %s: the file is read-only"), quoted);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_worksheet_cb (const char *tmp_path,
                    gpointer    user_data,
                    GError    **error)
{
  return sd_worksheet_write_pdf (user_data, tmp_path, error);
}

static int
write_worksheet (const SdQuiz *quiz,
                 const char   *output)
{
  g_autoptr(GError) error = NULL;

  /* A symbolic link is written through: its target is replaced (or made, for a dangling
   * link), as `render` does */
  sd_export_remove_temporary_on_signals ();
  if (!sd_export_write_atomically (output, "quiz", write_worksheet_cb, (gpointer)quiz, &error))
    {
      g_autofree char *quoted = sd_sim_quote (output);

      sd_sim_error (_("cannot write %s: %s"), quoted, error->message);
      return SD_SIM_EXIT_FAILURE;
    }
  return SD_SIM_EXIT_OK;
}

int
sd_sim_quiz (int    argc,
             char **argv)
{
  const guint accepted = SD_SIM_OPT_MASK (SD_SIM_OPT_SEED) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_COUNT) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_LANG) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_FORMAT) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_OUTPUT);
  SdSimArgs args;
  guint seed, count;
  QuizFormat format;
  const char *output;
  g_autoptr(SdQuiz) quiz = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = NULL;
  int status;

  if (!sd_sim_args_parse (&args, "quiz", accepted, argc, argv))
    return SD_SIM_EXIT_USAGE;
  if (args.help)
    return print_help ();

  output = args.values[SD_SIM_OPT_OUTPUT];
  if (!sd_sim_args_get_uint (&args, SD_SIM_OPT_SEED, g_random_int (), 0, G_MAXUINT32, &seed) ||
      !sd_sim_args_get_uint (&args, SD_SIM_OPT_COUNT, SD_QUIZ_COUNT_DEFAULT, SD_QUIZ_COUNT_MIN,
                             SD_QUIZ_COUNT_MAX, &count) ||
      !get_format (&args, &format) ||
      !apply_lang (&args) ||
      (output != NULL && !check_output_path (output)))
    return SD_SIM_EXIT_USAGE;

  quiz = sd_quiz_generate (seed, count, &error);
  if (quiz == NULL)
    return sd_sim_report_model_error ("--count", error);

  if (output != NULL)
    {
      status = write_worksheet (quiz, output);
      if (status != SD_SIM_EXIT_OK)
        return status;
    }

  out = g_string_new (NULL);
  if (format == QUIZ_TEXT)
    append_text (out, quiz);
  else
    append_json (out, quiz);
  return sd_sim_write_output (out);
}
