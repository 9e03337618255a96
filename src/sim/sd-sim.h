/* sd-sim.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "sd-course.h"

G_BEGIN_DECLS

#define SD_SIM_PROGRAM "skin-deep-sim"

/* Exit statuses */
#define SD_SIM_EXIT_OK      0
#define SD_SIM_EXIT_FAILURE 1   /* a write error, a failed bench --check */
#define SD_SIM_EXIT_USAGE   2   /* bad input: nothing was written to stdout */

/*
 * Subcommands
 *
 * A subcommand gets the arguments after the program name: argv[0] is the
 * subcommand's own name ("layers"), options follow. It handles --help itself
 * and returns the process exit status.
 */

typedef int (*SdSimCommandFunc) (int    argc,
                                 char **argv);

int sd_sim_layers (int    argc,
                   char **argv);
int sd_sim_needle (int    argc,
                   char **argv);
int sd_sim_course (int    argc,
                   char **argv);
int sd_sim_bench  (int    argc,
                   char **argv);
int sd_sim_handout (int    argc,
                    char **argv);
int sd_sim_lifetime (int    argc,
                     char **argv);
int sd_sim_concerns (int    argc,
                     char **argv);
int sd_sim_quiz   (int    argc,
                   char **argv);

/*
 * Options (sd-sim-options.c)
 */

typedef enum
{
  SD_SIM_OPT_SITE,
  SD_SIM_OPT_AGE,
  SD_SIM_OPT_SEX,
  SD_SIM_OPT_DEVICE,
  SD_SIM_OPT_LENGTH_MM,
  SD_SIM_OPT_FRACTION,
  SD_SIM_OPT_SESSIONS,
  SD_SIM_OPT_INTERVAL_WEEKS,
  SD_SIM_OPT_WEEKS,
  SD_SIM_OPT_UV,
  SD_SIM_OPT_SMOKING,
  SD_SIM_OPT_ALCOHOL,
  SD_SIM_OPT_POLLUTION,
  SD_SIM_OPT_DIET,
  SD_SIM_OPT_CHANNELS,
  SD_SIM_OPT_DAY,
  SD_SIM_OPT_WIDTH,
  SD_SIM_OPT_HEIGHT,
  SD_SIM_OPT_ZOOM,
  SD_SIM_OPT_OUTPUT,
  SD_SIM_OPT_FORMAT,
  SD_SIM_OPT_ITERATIONS,
  SD_SIM_OPT_CHECK,
  SD_SIM_OPT_START,
  SD_SIM_OPT_NOTE,
  SD_SIM_OPT_NAME,
  SD_SIM_OPT_PAPER,
  SD_SIM_OPT_LANG,
  SD_SIM_OPT_FROM_AGE,
  SD_SIM_OPT_TO_AGE,
  SD_SIM_OPT_SEED,
  SD_SIM_OPT_COUNT,
  SD_SIM_N_OPTS
} SdSimOpt;

#define SD_SIM_OPT_MASK(opt) (1u << (opt))

/* The options every model query takes: --site, --age, --sex */
#define SD_SIM_PROFILE_OPTS (SD_SIM_OPT_MASK (SD_SIM_OPT_SITE) | \
                             SD_SIM_OPT_MASK (SD_SIM_OPT_AGE) | \
                             SD_SIM_OPT_MASK (SD_SIM_OPT_SEX))

typedef enum
{
  SD_SIM_FORMAT_JSON,
  SD_SIM_FORMAT_CSV,
  SD_SIM_FORMAT_TABLE,
  SD_SIM_N_FORMATS
} SdSimFormat;

#define SD_SIM_FORMAT_MASK(f) (1u << (f))

typedef struct
{
  const char *command;                   /* "layers", for messages */
  const char *values[SD_SIM_N_OPTS];     /* borrowed from argv; NULL when not given */
  gboolean    help;
} SdSimArgs;

/* --lang: English and the languages of po/LINGUAS. Sets the messages' language for
 * the rest of the run and returns TRUE, or returns FALSE (printing nothing: the
 * command says what it expected) when @lang is none of them. */
gboolean    sd_sim_apply_lang           (const char        *lang);

/* Every function below that returns gboolean prints one line on stderr
 * (naming the option, the value and what is allowed) when it returns FALSE. */

void        sd_sim_error                (const char        *format,
                                         ...) G_GNUC_PRINTF (1, 2);
char       *sd_sim_quote                (const char        *value);

gboolean    sd_sim_args_parse           (SdSimArgs         *args,
                                         const char        *command,
                                         guint              accepted,
                                         int                argc,
                                         char             **argv);
const char *sd_sim_opt_get_name         (SdSimOpt           opt);

gboolean    sd_sim_args_get_double      (const SdSimArgs   *args,
                                         SdSimOpt           opt,
                                         double             default_value,
                                         double             min,
                                         double             max,
                                         const char        *unit,
                                         double            *out);
gboolean    sd_sim_args_get_uint        (const SdSimArgs   *args,
                                         SdSimOpt           opt,
                                         guint              default_value,
                                         guint              min,
                                         guint              max,
                                         guint             *out);
gboolean    sd_sim_args_get_format      (const SdSimArgs   *args,
                                         guint              allowed,
                                         SdSimFormat        default_format,
                                         SdSimFormat       *out);
/* --site (required), --age, --sex */
gboolean    sd_sim_args_get_profile     (const SdSimArgs   *args,
                                         SdSite            *site,
                                         double            *age_years,
                                         SdSex             *sex);
gboolean    sd_sim_args_get_device      (const SdSimArgs   *args,
                                         SdDevice          *out);
/* --site when it is optional */
gboolean    sd_sim_args_get_site        (const SdSimArgs   *args,
                                         SdSite             default_site,
                                         SdSite            *out);
/* --sex, required or defaulting to female */
gboolean    sd_sim_args_get_sex         (const SdSimArgs   *args,
                                         gboolean           required,
                                         SdSex             *out);
/* --fraction: 0 when not given (the device default) */
gboolean    sd_sim_args_get_fraction    (const SdSimArgs   *args,
                                         double            *out);
gboolean    sd_sim_args_get_length_mm   (const SdSimArgs   *args,
                                         gboolean           required,
                                         double             default_mm,
                                         double            *out);
/* --uv --smoking --alcohol --pollution --diet into @params */
gboolean    sd_sim_args_get_factors     (const SdSimArgs   *args,
                                         SdCourseParams    *params);

/* Reports a model GError for an option (may be NULL) and returns SD_SIM_EXIT_USAGE */
int         sd_sim_report_model_error   (const char        *option,
                                         const GError      *error);

/* Help text fragments: "forehead, eyelid, …" (newly allocated) */
char       *sd_sim_list_sites           (void);
/* Help: "  --age YEARS        Age …" lines for the options shared by several commands */
void        sd_sim_append_option_help   (GString           *out,
                                         SdSimOpt           opt);
/* "  --format FORMAT    text…" with the text wrapped */
void        sd_sim_append_help_line     (GString           *out,
                                         const char        *option,
                                         const char        *text);
/* @text wrapped at 80 columns, every line after the first indented by @indent */
void        sd_sim_append_wrapped       (GString           *out,
                                         const char        *text,
                                         guint              indent);

/*
 * Output (sd-sim-format.c)
 */

/* Shortest decimal with at most @max_decimals digits after the point and at least one
 * ("0.0", "16.8", "16.825"), always with '.', whatever the locale. */
void        sd_sim_append_number        (GString           *out,
                                         double             value,
                                         guint              max_decimals);
/* Like sd_sim_append_number, but whole values print without a point ("40", "1500") */
void        sd_sim_append_compact       (GString           *out,
                                         double             value,
                                         guint              max_decimals);
/* Exactly @decimals digits after the point ("0.142857") */
void        sd_sim_append_fixed         (GString           *out,
                                         double             value,
                                         guint              decimals);
/* "…" with quotes, backslashes and control characters escaped; UTF-8 kept */
void        sd_sim_append_json_string   (GString           *out,
                                         const char        *str);
/* RFC 4180: quoted only when needed */
void        sd_sim_append_csv_field     (GString           *out,
                                         const char        *str);

typedef struct _SdSimTable SdSimTable;

/* @right_aligned: one char per column, 'r' or 'l' */
SdSimTable *sd_sim_table_new            (guint              n_columns,
                                         const char        *alignment);
/* @cells: n_columns strings; copied */
void        sd_sim_table_add_row        (SdSimTable        *table,
                                         const char *const *cells);
void        sd_sim_table_append_to      (SdSimTable        *table,
                                         GString           *out);
void        sd_sim_table_free           (SdSimTable        *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SdSimTable, sd_sim_table_free)

/* Writes @out to stdout and flushes. Returns SD_SIM_EXIT_OK, or SD_SIM_EXIT_FAILURE
 * after a message on stderr when the write failed (silently for a closed pipe). */
int         sd_sim_write_output         (const GString     *out);

G_END_DECLS
