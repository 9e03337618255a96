/* sd-sim-course.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-sim"

#include "config.h"

#include "sd-sim.h"
#include "sd-course-csv.h"

#include <glib/gi18n.h>

static int
print_help (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *columns = NULL;

  g_string_append_printf (out, _("Usage: %s course --site SITE [OPTION…]\n\n"), SD_SIM_PROGRAM);
  sd_sim_append_wrapped (out,
                         _("The day-by-day response of the skin to a course of microneedling "
                           "sessions, from day 0 (the first session) to day 7 × T: healing "
                           "phase, fibroblasts, collagen synthesis, collagen I and III "
                           "(relative to the same skin before the first session, 1.0 = "
                           "baseline) and the thickness of epidermis and dermis in µm; "
                           "collagen_low and collagen_high bound the typical range (every "
                           "uncertain parameter of the model at its low or high end, the "
                           "spread between people included)."),
                         0);
  g_string_append (out, "\n");
  g_string_append (out, _("Options:\n"));
  sd_sim_append_option_help (out, SD_SIM_OPT_SITE);
  sd_sim_append_help_line (out, "--length-mm L",
                           _("Nominal needle length, 0.1 to 3.0 mm (default 1.5)"));
  sd_sim_append_option_help (out, SD_SIM_OPT_DEVICE);
  sd_sim_append_option_help (out, SD_SIM_OPT_FRACTION);
  sd_sim_append_option_help (out, SD_SIM_OPT_AGE);
  sd_sim_append_option_help (out, SD_SIM_OPT_SEX);
  sd_sim_append_option_help (out, SD_SIM_OPT_SESSIONS);
  sd_sim_append_option_help (out, SD_SIM_OPT_INTERVAL_WEEKS);
  sd_sim_append_option_help (out, SD_SIM_OPT_WEEKS);
  sd_sim_append_option_help (out, SD_SIM_OPT_UV);
  sd_sim_append_option_help (out, SD_SIM_OPT_SMOKING);
  sd_sim_append_option_help (out, SD_SIM_OPT_ALCOHOL);
  sd_sim_append_option_help (out, SD_SIM_OPT_POLLUTION);
  sd_sim_append_option_help (out, SD_SIM_OPT_DIET);
  sd_sim_append_option_help (out, SD_SIM_OPT_CHANNELS);
  sd_sim_append_help_line (out, "--format FORMAT", _("csv (default) or json"));
  sd_sim_append_help_line (out, "-h, --help", _("Show this help"));
  g_string_append (out, "\n");
  columns = g_strdup_printf (_("CSV columns: %s"), SD_COURSE_CSV_HEADER);
  sd_sim_append_wrapped (out, columns, 2);

  return sd_sim_write_output (out);
}

static void
append_json (GString                 *out,
             const SdCourseEstimates *courses,
             gboolean                 fraction_given)
{
  const SdCourse *course = courses->central;
  const SdCourseParams *params = sd_course_get_params (course);
  guint n_days = sd_course_get_n_days (course);
  double fraction = fraction_given ? params->fraction
                                   : sd_device_get_default_fraction (params->device, params->length_mm);
  guint i;

  g_string_append (out, "{\"site\":");
  sd_sim_append_json_string (out, sd_site_to_id (params->site));
  g_string_append (out, ",\"age\":");
  sd_sim_append_compact (out, params->age_years, 3);
  g_string_append (out, ",\"sex\":");
  sd_sim_append_json_string (out, sd_sex_to_id (params->sex));
  g_string_append (out, ",\"device\":");
  sd_sim_append_json_string (out, sd_device_to_id (params->device));
  g_string_append (out, ",\"length_mm\":");
  sd_sim_append_number (out, params->length_mm, 3);
  g_string_append (out, ",\"fraction\":");
  sd_sim_append_number (out, fraction, 4);
  g_string_append (out, ",\"fraction_source\":");
  sd_sim_append_json_string (out, fraction_given ? "--fraction"
                                                 : sd_device_get_fraction_source (params->device));
  g_string_append_printf (out, ",\"sessions\":%u,\"interval_weeks\":", params->sessions);
  sd_sim_append_compact (out, params->interval_weeks, 3);
  g_string_append_printf (out, ",\"weeks\":%u", params->weeks);
  g_string_append (out, ",\"uv\":");
  sd_sim_append_json_string (out, sd_uv_to_id (params->uv));
  g_string_append (out, ",\"smoking\":");
  sd_sim_append_json_string (out, params->smoking ? "yes" : "no");
  g_string_append (out, ",\"alcohol\":");
  sd_sim_append_json_string (out, sd_alcohol_to_id (params->alcohol));
  g_string_append (out, ",\"pollution\":");
  sd_sim_append_json_string (out, sd_pollution_to_id (params->pollution));
  g_string_append (out, ",\"diet\":");
  sd_sim_append_json_string (out, sd_diet_to_id (params->diet));
  g_string_append (out, ",\"channels_per_cm2\":");
  sd_sim_append_compact (out, params->channels_per_cm2 != 0.0 ? params->channels_per_cm2
                                                              : SD_STANDARD_CHANNELS_PER_CM2, 3);

  g_string_append (out, ",\"session_days\":[");
  for (i = 0; i < params->sessions; i++)
    {
      guint day = sd_course_get_session_day (course, i);

      if (day == G_MAXUINT)
        break;
      g_string_append_printf (out, "%s%u", i > 0 ? "," : "", day);
    }
  g_string_append (out, "],\n\"days\":[\n");

  for (i = 0; i < n_days; i++)
    {
      g_string_append_c (out, '{');
      sd_course_csv_append_day (out, courses, i, TRUE);
      g_string_append (out, i + 1 < n_days ? "},\n" : "}\n");
    }
  g_string_append (out, "]}\n");
}

int
sd_sim_course (int    argc,
               char **argv)
{
  const guint accepted = SD_SIM_PROFILE_OPTS |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_LENGTH_MM) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_DEVICE) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_FRACTION) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_SESSIONS) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_INTERVAL_WEEKS) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_WEEKS) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_UV) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_SMOKING) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_ALCOHOL) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_POLLUTION) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_DIET) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_CHANNELS) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_FORMAT);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(SdCourse) course = NULL;
  g_autoptr(SdCourse) low = NULL;
  g_autoptr(SdCourse) high = NULL;
  SdCourseParams params;
  SdCourseEstimates courses;
  SdSimFormat format;
  SdSimArgs args;

  if (!sd_sim_args_parse (&args, "course", accepted, argc, argv))
    return SD_SIM_EXIT_USAGE;
  if (args.help)
    return print_help ();

  /* The model's defaults (cheek, 40, female, roller, 1.5 mm, 1 session every 4 weeks,
   * 26 weeks, neutral factors), then the options on top; --site stays required. */
  sd_course_params_init (&params);

  if (!sd_sim_args_get_profile (&args, &params.site, &params.age_years, &params.sex) ||
      !sd_sim_args_get_length_mm (&args, FALSE, params.length_mm, &params.length_mm) ||
      !sd_sim_args_get_device (&args, &params.device) ||
      !sd_sim_args_get_fraction (&args, &params.fraction) ||
      !sd_sim_args_get_uint (&args, SD_SIM_OPT_SESSIONS, params.sessions,
                             0, SD_COURSE_SESSIONS_MAX, &params.sessions) ||
      !sd_sim_args_get_double (&args, SD_SIM_OPT_INTERVAL_WEEKS, params.interval_weeks,
                               SD_COURSE_INTERVAL_WEEKS_MIN, SD_COURSE_INTERVAL_WEEKS_MAX,
                               _("weeks"), &params.interval_weeks) ||
      !sd_sim_args_get_uint (&args, SD_SIM_OPT_WEEKS, params.weeks,
                             1, SD_COURSE_WEEKS_MAX, &params.weeks) ||
      !sd_sim_args_get_factors (&args, &params) ||
      !sd_sim_args_get_double (&args, SD_SIM_OPT_CHANNELS, 0.0,
                               SD_COURSE_CHANNELS_MIN, SD_COURSE_CHANNELS_MAX,
                               _("per cm²"), &params.channels_per_cm2) ||
      !sd_sim_args_get_format (&args,
                               SD_SIM_FORMAT_MASK (SD_SIM_FORMAT_CSV) |
                               SD_SIM_FORMAT_MASK (SD_SIM_FORMAT_JSON),
                               SD_SIM_FORMAT_CSV, &format))
    return SD_SIM_EXIT_USAGE;

  /* Combinations the model refuses (its message names the values) */
  if (!sd_course_params_validate (&params, &error))
    return sd_sim_report_model_error (NULL, error);

  course = sd_course_run (&params, &error);
  if (course == NULL)
    return sd_sim_report_model_error (NULL, error);
  params.estimate = SD_ESTIMATE_LOW;
  if ((low = sd_course_run (&params, &error)) == NULL)
    return sd_sim_report_model_error (NULL, error);
  params.estimate = SD_ESTIMATE_HIGH;
  if ((high = sd_course_run (&params, &error)) == NULL)
    return sd_sim_report_model_error (NULL, error);
  courses = (SdCourseEstimates) { course, low, high };

  out = g_string_new (NULL);
  if (format == SD_SIM_FORMAT_JSON)
    append_json (out, &courses, args.values[SD_SIM_OPT_FRACTION] != NULL);
  else
    sd_course_csv_append (out, &courses);

  return sd_sim_write_output (out);
}
