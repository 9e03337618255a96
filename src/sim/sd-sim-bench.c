/* sd-sim-bench.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-sim"

#include "config.h"

#include "sd-sim.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <time.h>

/*
 * The model's speed benchmark. The targets come from the issue: "A 10-year course
 * (520 weeks, daily steps) under 2 ms of CPU; a layers or needle query in
 * microseconds". "In microseconds" is read as under 100 µs.
 *
 * CPU time of the process (CLOCK_PROCESS_CPUTIME_ID), so that other load on the
 * machine does not count. A course is timed one run at a time; the queries are
 * much shorter than the clock's overhead, so they are timed in batches and divided.
 */

#define DEFAULT_SAMPLES      101
#define MAX_SAMPLES          10000
#define QUERY_BATCH          200
#define COURSE_TARGET_MS     2.0
#define QUERY_TARGET_US      100.0

typedef struct
{
  double median;
  double min;
  double p95;
  double max;
} Stats;

typedef gboolean (*BenchFunc) (gpointer   data,
                               GError   **error);

/* Defeats the optimiser: every result feeds this */
static volatile double sink;

static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

/* Seconds per call */
static gboolean
measure (BenchFunc   func,
         gpointer    data,
         guint       n_samples,
         guint       batch,
         Stats      *stats,
         GError    **error)
{
  g_autofree double *samples = g_new (double, n_samples);
  guint i;
  guint j;

  /* Warm up caches and lazy initialisation */
  if (!func (data, error))
    return FALSE;

  for (i = 0; i < n_samples; i++)
    {
      double start = cpu_seconds ();

      for (j = 0; j < batch; j++)
        if (!func (data, error))
          return FALSE;
      samples[i] = (cpu_seconds () - start) / batch;
    }

  qsort (samples, n_samples, sizeof (double), compare_doubles);
  stats->min = samples[0];
  stats->max = samples[n_samples - 1];
  stats->median = (n_samples % 2 == 1) ? samples[n_samples / 2]
                                       : (samples[n_samples / 2 - 1] + samples[n_samples / 2]) / 2;
  stats->p95 = samples[MIN (n_samples - 1, (guint)((n_samples * 95 + 99) / 100) - 1)];

  return TRUE;
}

/*
 * What is measured
 */

static gboolean
run_course (gpointer   data,
            GError   **error)
{
  g_autoptr(SdCourse) course = sd_course_run (data, error);
  const SdCourseDay *last;

  if (course == NULL)
    return FALSE;

  last = sd_course_get_day (course, sd_course_get_n_days (course) - 1);
  sink += last->collagen_rel;
  return TRUE;
}

static gboolean
run_layers (gpointer   data,
            GError   **error)
{
  SdSkinProfile profile;

  if (!sd_skin_profile_compute (GPOINTER_TO_INT (data), 40.0, SD_SEX_FEMALE, &profile, error))
    return FALSE;

  sink += profile.layers[profile.n_layers - 1].bottom_um;
  return TRUE;
}

/* What `skin-deep-sim needle` computes: the profile, then the needle */
static gboolean
run_needle (gpointer   data,
            GError   **error)
{
  SdSkinProfile profile;
  SdNeedleResult result;

  if (!sd_skin_profile_compute (SD_SITE_CHEEK, 40.0, SD_SEX_FEMALE, &profile, error) ||
      !sd_needle_compute (&profile, SD_DEVICE_ROLLER, 1.5, 0.0, &result, error))
    return FALSE;

  sink += result.effective_um;
  return TRUE;
}

/*
 * Report
 */

static gboolean
report_line (GString    *out,
             const char *label,
             const Stats *stats,
             double      scale,
             const char *unit,
             double      target)
{
  gboolean ok = stats->median * scale < target;

  g_string_append_printf (out, "%-34s median ", label);
  sd_sim_append_fixed (out, stats->median * scale, 3);
  g_string_append_printf (out, " %s CPU (min ", unit);
  sd_sim_append_fixed (out, stats->min * scale, 3);
  g_string_append (out, ", p95 ");
  sd_sim_append_fixed (out, stats->p95 * scale, 3);
  g_string_append (out, ", max ");
  sd_sim_append_fixed (out, stats->max * scale, 3);
  g_string_append (out, ") (target < ");
  sd_sim_append_compact (out, target, 3);
  g_string_append_printf (out, " %s) %s\n", unit, ok ? "ok" : "OVER");

  return ok;
}

static int
print_help (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *iterations = NULL;

  g_string_append_printf (out, _("Usage: %s bench [--iterations N] [--check]\n\n"),
                          SD_SIM_PROGRAM);
  sd_sim_append_wrapped (out,
                         _("Measures the model's CPU time (CLOCK_PROCESS_CPUTIME_ID) and prints "
                           "the median, min, 95th percentile and max of each figure next to its "
                           "target: a 520-week course with 20 sessions and an untreated one "
                           "(target < 2 ms each), a layers query for every site and a needle "
                           "query (target < 100 µs each)."),
                         0);
  g_string_append (out, "\n");
  g_string_append (out, _("Options:\n"));
  iterations = g_strdup_printf (_("Samples per figure, 1 to %u (default %u)"),
                                (guint)MAX_SAMPLES, (guint)DEFAULT_SAMPLES);
  sd_sim_append_help_line (out, "--iterations N", iterations);
  sd_sim_append_help_line (out, "--check",
                           _("Exit with status 1 when a figure misses its target "
                             "(default: always 0, the output is a report)"));
  sd_sim_append_help_line (out, "-h, --help", _("Show this help"));

  return sd_sim_write_output (out);
}

int
sd_sim_bench (int    argc,
              char **argv)
{
  const guint accepted = SD_SIM_OPT_MASK (SD_SIM_OPT_ITERATIONS) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_CHECK);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  SdCourseParams treated;
  SdCourseParams untreated;
  guint n_samples;
  guint n_over = 0;
  guint course_samples;
  Stats stats;
  SdSimArgs args;
  int status;
  int site;

  if (!sd_sim_args_parse (&args, "bench", accepted, argc, argv))
    return SD_SIM_EXIT_USAGE;
  if (args.help)
    return print_help ();
  if (!sd_sim_args_get_uint (&args, SD_SIM_OPT_ITERATIONS, DEFAULT_SAMPLES, 1, MAX_SAMPLES,
                             &n_samples))
    return SD_SIM_EXIT_USAGE;

  sd_course_params_init (&treated);
  treated.site = SD_SITE_CHEEK;
  treated.weeks = 520;
  treated.sessions = 20;
  treated.interval_weeks = 4;
  untreated = treated;
  untreated.sessions = 0;

  /* Courses are the slow part: fewer samples suffice */
  course_samples = n_samples;

  g_string_append_printf (out, "%s %s bench: CPU time per call, %u samples per figure\n",
                          SD_SIM_PROGRAM, PACKAGE_VERSION, n_samples);

  if (!measure (run_course, &treated, course_samples, 1, &stats, &error))
    goto failed;
  n_over += !report_line (out, "course 520 weeks, 20 sessions:", &stats, 1e3, "ms",
                          COURSE_TARGET_MS);

  if (!measure (run_course, &untreated, course_samples, 1, &stats, &error))
    goto failed;
  n_over += !report_line (out, "course 520 weeks, untreated:", &stats, 1e3, "ms",
                          COURSE_TARGET_MS);

  for (site = 0; site < SD_N_SITES; site++)
    {
      g_autofree char *label = g_strdup_printf ("layers query, %s:", sd_site_to_id (site));

      if (!measure (run_layers, GINT_TO_POINTER (site), n_samples, QUERY_BATCH, &stats, &error))
        goto failed;
      n_over += !report_line (out, label, &stats, 1e6, "µs", QUERY_TARGET_US);
    }

  if (!measure (run_needle, NULL, n_samples, QUERY_BATCH, &stats, &error))
    goto failed;
  n_over += !report_line (out, "needle query, cheek 1.5 mm roller:", &stats, 1e6, "µs",
                          QUERY_TARGET_US);

  if (n_over == 0)
    g_string_append (out, "all targets met\n");
  else
    g_string_append_printf (out, "%u target(s) missed\n", n_over);

  status = sd_sim_write_output (out);
  if (status == SD_SIM_EXIT_OK && n_over > 0 && args.values[SD_SIM_OPT_CHECK] != NULL)
    status = SD_SIM_EXIT_FAILURE;
  return status;

failed:
  sd_sim_error (_("bench: the model failed: %s"), error->message);
  return SD_SIM_EXIT_FAILURE;
}
