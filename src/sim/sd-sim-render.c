/* sd-sim-render.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-sim-render"

#include "config.h"

#include "sd-sim-render.h"
#include "sd-course-label.h"
#include "sd-export.h"
#include "sd-painter.h"
#include "sd-sim.h"
#include "sd-treatment.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

static int
print_help (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *range = NULL;

  g_string_append_printf (out, _("Usage: %s render --site SITE -o FILE [OPTION…]"), SD_SIM_PROGRAM);
  g_string_append (out, "\n\n");
  sd_sim_append_wrapped (out, _("Draws the cross-section of the skin that the app shows, to "
                                "scale, into a PNG, SVG or PDF file chosen by the file's "
                                "extension. Needs no display."), 0);
  g_string_append (out, "\n");
  g_string_append (out, _("Options:"));
  g_string_append_c (out, '\n');
  sd_sim_append_option_help (out, SD_SIM_OPT_SITE);
  sd_sim_append_option_help (out, SD_SIM_OPT_AGE);
  sd_sim_append_option_help (out, SD_SIM_OPT_SEX);
  sd_sim_append_option_help (out, SD_SIM_OPT_DEVICE);
  sd_sim_append_help_line (out, "--length-mm MM",
                           _("Draw a needle of this length (0.1 to 3 mm) and the depth it "
                             "really reaches; no needle when not given. With --day, the needle is "
                             "drawn on the day of a session only"));
  sd_sim_append_help_line (out, "--day DAY",
                           _("Show the skin on this day of a course (0 = the first session) "
                             "of 3 sessions 4 weeks apart with the needle given (1.5 mm when "
                             "not given): inflammation, new collagen, epidermis"));
  range = g_strdup_printf (_("Picture width in pixels, %d to %d (default 1200)"),
                           SD_SIM_RENDER_SIZE_MIN, SD_SIM_RENDER_SIZE_MAX);
  sd_sim_append_help_line (out, "--width PIXELS", range);
  g_free (g_steal_pointer (&range));
  range = g_strdup_printf (_("Picture height in pixels, %d to %d (default 800)"),
                           SD_SIM_RENDER_SIZE_MIN, SD_SIM_RENDER_SIZE_MAX);
  sd_sim_append_help_line (out, "--height PIXELS", range);
  sd_sim_append_help_line (out, "--zoom FACTOR",
                           _("Magnification, 0.2 to 64 (default 1: epidermis, dermis and the "
                             "top of the hypodermis)"));
  sd_sim_append_help_line (out, "-o, --output FILE",
                           _("The file to write: .png, .svg or .pdf"));
  sd_sim_append_help_line (out, "-h, --help", _("Show this help"));
  return sd_sim_write_output (out);
}

static gboolean
format_for_path (const char     *path,
                 SdExportFormat *out)
{
  g_autofree char *base = g_path_get_basename (path);
  const char *dot = strrchr (base, '.');
  g_autofree char *ext = dot ? g_ascii_strdown (dot + 1, -1) : NULL;

  if (ext != NULL && strcmp (ext, "png") == 0)
    *out = SD_EXPORT_FORMAT_PNG;
  else if (ext != NULL && strcmp (ext, "svg") == 0)
    *out = SD_EXPORT_FORMAT_SVG;
  else if (ext != NULL && strcmp (ext, "pdf") == 0)
    *out = SD_EXPORT_FORMAT_PDF;
  else
    {
      g_autofree char *quoted = sd_sim_quote (path);

      if (ext == NULL || *ext == '\0')
        sd_sim_error (_("--output: %s has no extension; expected .png, .svg or .pdf"), quoted);
      else
        {
          g_autofree char *qext = sd_sim_quote (dot);
          sd_sim_error (_("--output: unsupported extension %s in %s; expected .png, .svg or .pdf"),
                        qext, quoted);
        }
      return FALSE;
    }
  return TRUE;
}

/*
 * The output file: written through sd-export.h, into a temporary file beside the target
 * renamed over it, so that no partial file is ever left (the temporary file goes on
 * every failure and on SIGINT, SIGTERM and SIGHUP).
 */

char *
sd_sim_resolve_target (const char *path,
                       const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *quoted = NULL;
  char *target = sd_export_resolve_target (path, &error);

  if (target != NULL)
    return target;

  quoted = sd_sim_quote (path);
  if (g_error_matches (error, SD_EXPORT_ERROR, SD_EXPORT_ERROR_NOT_REGULAR))
    /* translators: the second %s is what is expected: "a .png, .svg or .pdf file" */
    sd_sim_error (_("--output: %s is not a regular file (a directory, FIFO or device); "
                    "expected %s"), quoted, expected);
  else if (g_error_matches (error, SD_EXPORT_ERROR, SD_EXPORT_ERROR_READ_ONLY))
    sd_sim_error (_("cannot write %s: the file is read-only"), quoted);
  else
    sd_sim_error (_("cannot write %s: %s"), quoted, error->message);
  return NULL;
}

int
sd_sim_render (int    argc,
               char **argv)
{
  const guint accepted = SD_SIM_PROFILE_OPTS |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_DEVICE) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_LENGTH_MM) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_DAY) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_WIDTH) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_HEIGHT) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_ZOOM) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_OUTPUT);
  SdSimArgs args;
  SdSite site;
  SdSex sex = SD_SEX_FEMALE;
  SdDevice device = SD_DEVICE_ROLLER;
  double age = 40, length_mm = 0, zoom = 1;
  guint width = 1200, height = 800, day_value = 0;
  int day = -1;
  gboolean has_needle;
  const char *output;
  SdExportFormat format;
  SdSkinProfile profile;
  SdNeedleResult needle;
  SdCourseParams params;
  SdPaintOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(SdCourse) course = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *target = NULL;

  if (!sd_sim_args_parse (&args, "render", accepted, argc, argv))
    return SD_SIM_EXIT_USAGE;
  if (args.help)
    return print_help ();

  /* Required options first, in the order of the usage line */
  if (args.values[SD_SIM_OPT_SITE] == NULL)
    {
      g_autofree char *sites = sd_sim_list_sites ();
      sd_sim_error (_("render: --site is required; expected one of %s"), sites);
      return SD_SIM_EXIT_USAGE;
    }
  output = args.values[SD_SIM_OPT_OUTPUT];
  if (output == NULL)
    {
      sd_sim_error (_("render: --output FILE is required (.png, .svg or .pdf)"));
      return SD_SIM_EXIT_USAGE;
    }

  has_needle = args.values[SD_SIM_OPT_LENGTH_MM] != NULL;
  if (!sd_sim_args_get_profile (&args, &site, &age, &sex) ||
      !sd_sim_args_get_device (&args, &device) ||
      !sd_sim_args_get_length_mm (&args, FALSE, 0.0, &length_mm) ||
      !sd_sim_args_get_uint (&args, SD_SIM_OPT_DAY, 0, 0, 7 * SD_COURSE_WEEKS_MAX, &day_value) ||
      !sd_sim_args_get_uint (&args, SD_SIM_OPT_WIDTH, width, SD_SIM_RENDER_SIZE_MIN,
                             SD_SIM_RENDER_SIZE_MAX, &width) ||
      !sd_sim_args_get_uint (&args, SD_SIM_OPT_HEIGHT, height, SD_SIM_RENDER_SIZE_MIN,
                             SD_SIM_RENDER_SIZE_MAX, &height) ||
      !sd_sim_args_get_double (&args, SD_SIM_OPT_ZOOM, zoom, SD_PAINT_ZOOM_MIN,
                               SD_PAINT_ZOOM_MAX, NULL, &zoom))
    return SD_SIM_EXIT_USAGE;
  if (args.values[SD_SIM_OPT_DAY] != NULL)
    day = (int)day_value;
  if (output[0] == '\0')
    {
      sd_sim_error (_("--output: the file name is empty; expected a .png, .svg or .pdf file"));
      return SD_SIM_EXIT_USAGE;
    }
  if (!format_for_path (output, &format))
    return SD_SIM_EXIT_USAGE;

  if (!sd_skin_profile_compute (site, age, sex, &profile, &error))
    return sd_sim_report_model_error (NULL, error);

  sd_paint_options_init (&options);
  options.zoom = zoom;
  options.day = day;
  options.foreground = (SdPaintColor) { 0.14, 0.14, 0.16, 1 };
  options.background = (SdPaintColor) { 1, 1, 1, 1 };
  /* The needle drawn, and the one a course with --day uses: the one given, or
   * the model's default length */
  sd_course_params_init (&params);
  if (has_needle)
    params.length_mm = length_mm;
  if (has_needle || day >= 0)
    {
      if (!sd_needle_compute (&profile, device, params.length_mm, 0, &needle, &error))
        return sd_sim_report_model_error ("--length-mm", error);
      options.show_needle = has_needle;
      options.needle = &needle;
    }

  /* A course: the app's default plan, long enough to include the day asked for */
  if (day >= 0)
    {
      params.site = site;
      params.age_years = age;
      params.sex = sex;
      params.device = device;
      params.sessions = SD_TREATMENT_DEFAULT_SESSIONS;
      params.interval_weeks = SD_TREATMENT_DEFAULT_INTERVAL_WEEKS;
      params.weeks = CLAMP ((guint)day / 7 + 1, SD_TREATMENT_DEFAULT_WEEKS, SD_COURSE_WEEKS_MAX);
      course = sd_course_run (&params, &error);
      if (course == NULL)
        return sd_sim_report_model_error ("--day", error);
      options.course_day = sd_course_get_day (course, day);
      /* the needle is in the skin on a session's day only; on the days
       * between, the picture shows its channels closing */
      if (options.course_day->days_since_session != 0)
        options.show_needle = FALSE;
      caption = sd_course_label_position (day, _(sd_phase_get_name (options.course_day->phase)));
      options.caption = caption;
    }

  /* Write next to the target, then rename: no partial file is ever left */
  target = sd_sim_resolve_target (output, _("a .png, .svg or .pdf file"));
  if (target == NULL)
    return SD_SIM_EXIT_FAILURE;
  sd_export_remove_temporary_on_signals ();
  if (!sd_export_picture (target, "render", format, &profile, &options, NULL, 0,
                          width, height, 1.0, &error))
    {
      g_autofree char *quoted = sd_sim_quote (output);

      sd_sim_error (_("cannot write %s: %s"), quoted, error->message);
      return SD_SIM_EXIT_FAILURE;
    }
  return SD_SIM_EXIT_OK;
}
