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
#include "sd-painter.h"
#include "sd-sim.h"
#include "sd-treatment.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef enum
{
  OPT_SITE,
  OPT_AGE,
  OPT_SEX,
  OPT_DEVICE,
  OPT_LENGTH_MM,
  OPT_DAY,
  OPT_WIDTH,
  OPT_HEIGHT,
  OPT_ZOOM,
  OPT_OUTPUT,
  N_OPTS
} RenderOpt;

static const struct
{
  const char *name;
  const char *short_name;
  const char *arg;
} opts[N_OPTS] = {
  [OPT_SITE]      = { "--site", NULL, "SITE" },
  [OPT_AGE]       = { "--age", NULL, "YEARS" },
  [OPT_SEX]       = { "--sex", NULL, "SEX" },
  [OPT_DEVICE]    = { "--device", NULL, "DEVICE" },
  [OPT_LENGTH_MM] = { "--length-mm", NULL, "MM" },
  [OPT_DAY]       = { "--day", NULL, "DAY" },
  [OPT_WIDTH]     = { "--width", NULL, "PIXELS" },
  [OPT_HEIGHT]    = { "--height", NULL, "PIXELS" },
  [OPT_ZOOM]      = { "--zoom", NULL, "FACTOR" },
  [OPT_OUTPUT]    = { "--output", "-o", "FILE" },
};

typedef enum
{
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} Format;

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
  fputs (out->str, stdout);
  return fflush (stdout) == 0 ? SD_SIM_EXIT_OK : SD_SIM_EXIT_FAILURE;
}

static gboolean
parse_args (int          argc,
            char       **argv,
            const char **values,
            gboolean    *help)
{
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];
      const char *eq = NULL;
      const char *value = NULL;
      int opt = -1;

      if (strcmp (arg, "-h") == 0 || strcmp (arg, "--help") == 0)
        {
          *help = TRUE;
          continue;
        }

      if (g_str_has_prefix (arg, "--"))
        eq = strchr (arg, '=');

      for (int o = 0; o < N_OPTS; o++)
        {
          gsize len = eq ? (gsize)(eq - arg) : strlen (arg);

          if ((strlen (opts[o].name) == len && strncmp (arg, opts[o].name, len) == 0) ||
              (eq == NULL && opts[o].short_name && strcmp (arg, opts[o].short_name) == 0))
            {
              opt = o;
              break;
            }
        }

      if (opt < 0)
        {
          g_autofree char *quoted = sd_sim_quote (arg);

          if (arg[0] == '-')
            sd_sim_error (_("render: unknown option %s (see '%s render --help')"), quoted,
                          SD_SIM_PROGRAM);
          else
            sd_sim_error (_("render: unexpected argument %s (see '%s render --help')"), quoted,
                          SD_SIM_PROGRAM);
          return FALSE;
        }

      if (eq != NULL)
        value = eq + 1;
      else if (i + 1 < argc)
        value = argv[++i];
      else
        {
          sd_sim_error (_("%s needs a value (%s)"), opts[opt].name, opts[opt].arg);
          return FALSE;
        }

      if (values[opt] != NULL)
        {
          sd_sim_error (_("%s given more than once"), opts[opt].name);
          return FALSE;
        }
      values[opt] = value;
    }
  return TRUE;
}

static gboolean
parse_double (const char *option,
              const char *raw,
              double      min,
              double      max,
              const char *unit,
              double     *out)
{
  g_autofree char *quoted = sd_sim_quote (raw);
  char *end = NULL;
  double value;

  errno = 0;
  value = g_ascii_strtod (raw, &end);
  if (raw[0] == '\0' || end == NULL || *end != '\0' || errno != 0 || !isfinite (value) ||
      g_ascii_isspace (raw[0]))
    {
      sd_sim_error (_("%s: %s is not a number; expected %g to %g%s%s"), option, quoted, min, max,
                    unit ? " " : "", unit ? unit : "");
      return FALSE;
    }
  if (value < min || value > max)
    {
      sd_sim_error (_("%s: %s is out of range; expected %g to %g%s%s"), option, quoted, min, max,
                    unit ? " " : "", unit ? unit : "");
      return FALSE;
    }
  *out = value;
  return TRUE;
}

static gboolean
parse_int (const char *option,
           const char *raw,
           int         min,
           int         max,
           int        *out)
{
  g_autofree char *quoted = sd_sim_quote (raw);
  gint64 value;

  if (!g_ascii_string_to_signed (raw, 10, G_MININT64, G_MAXINT64, &value, NULL))
    {
      sd_sim_error (_("%s: %s is not a whole number; expected %d to %d"), option, quoted, min, max);
      return FALSE;
    }
  if (value < min || value > max)
    {
      sd_sim_error (_("%s: %s is out of range; expected %d to %d"), option, quoted, min, max);
      return FALSE;
    }
  *out = (int)value;
  return TRUE;
}

static gboolean
format_for_path (const char *path,
                 Format     *out)
{
  g_autofree char *base = g_path_get_basename (path);
  const char *dot = strrchr (base, '.');
  g_autofree char *ext = dot ? g_ascii_strdown (dot + 1, -1) : NULL;

  if (ext != NULL && strcmp (ext, "png") == 0)
    *out = FORMAT_PNG;
  else if (ext != NULL && strcmp (ext, "svg") == 0)
    *out = FORMAT_SVG;
  else if (ext != NULL && strcmp (ext, "pdf") == 0)
    *out = FORMAT_PDF;
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

static gboolean
paint_to_file (const char           *path,
               Format                format,
               const SdSkinProfile  *profile,
               const SdPaintOptions *options,
               int                   width,
               int                   height,
               GError              **error)
{
  g_autoptr(SdPainter) painter = sd_painter_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (format == FORMAT_SVG)
    surface = cairo_svg_surface_create (path, width, height);
  else if (format == FORMAT_PDF)
    surface = cairo_pdf_surface_create (path, width, height);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  cr = cairo_create (surface);
  sd_painter_paint (painter, cr, profile, options, width, height);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, path);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s", cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

int
sd_sim_render (int    argc,
               char **argv)
{
  const char *values[N_OPTS] = { NULL, };
  gboolean help = FALSE;
  SdSite site;
  SdSex sex = SD_SEX_FEMALE;
  SdDevice device = SD_DEVICE_ROLLER;
  double age = 40, length_mm = 0, zoom = 1;
  int width = 1200, height = 800, day = -1;
  Format format;
  SdSkinProfile profile;
  SdNeedleResult needle;
  SdCourseParams params;
  SdPaintOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(SdCourse) course = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *tmpl = NULL;
  int fd;

  if (!parse_args (argc, argv, values, &help))
    return SD_SIM_EXIT_USAGE;
  if (help)
    return print_help ();

  /* Required options first, in the order of the usage line */
  if (values[OPT_SITE] == NULL)
    {
      g_autofree char *sites = sd_sim_list_sites ();
      sd_sim_error (_("render: --site is required; expected one of %s"), sites);
      return SD_SIM_EXIT_USAGE;
    }
  if (values[OPT_OUTPUT] == NULL)
    {
      sd_sim_error (_("render: --output FILE is required (.png, .svg or .pdf)"));
      return SD_SIM_EXIT_USAGE;
    }

  if (!sd_site_from_id (values[OPT_SITE], &site, &error))
    return sd_sim_report_model_error ("--site", error);
  if (values[OPT_AGE] != NULL &&
      !parse_double ("--age", values[OPT_AGE], SD_AGE_MIN, SD_AGE_MAX, _("years"), &age))
    return SD_SIM_EXIT_USAGE;
  if (values[OPT_SEX] != NULL && !sd_sex_from_id (values[OPT_SEX], &sex, &error))
    return sd_sim_report_model_error ("--sex", error);
  if (values[OPT_DEVICE] != NULL && !sd_device_from_id (values[OPT_DEVICE], &device, &error))
    return sd_sim_report_model_error ("--device", error);
  if (values[OPT_LENGTH_MM] != NULL &&
      !parse_double ("--length-mm", values[OPT_LENGTH_MM], SD_NEEDLE_LENGTH_MIN_MM,
                     SD_NEEDLE_LENGTH_MAX_MM, "mm", &length_mm))
    return SD_SIM_EXIT_USAGE;
  if (values[OPT_DAY] != NULL &&
      !parse_int ("--day", values[OPT_DAY], 0, 7 * SD_COURSE_WEEKS_MAX, &day))
    return SD_SIM_EXIT_USAGE;
  if (values[OPT_WIDTH] != NULL &&
      !parse_int ("--width", values[OPT_WIDTH], SD_SIM_RENDER_SIZE_MIN, SD_SIM_RENDER_SIZE_MAX,
                  &width))
    return SD_SIM_EXIT_USAGE;
  if (values[OPT_HEIGHT] != NULL &&
      !parse_int ("--height", values[OPT_HEIGHT], SD_SIM_RENDER_SIZE_MIN, SD_SIM_RENDER_SIZE_MAX,
                  &height))
    return SD_SIM_EXIT_USAGE;
  if (values[OPT_ZOOM] != NULL &&
      !parse_double ("--zoom", values[OPT_ZOOM], SD_PAINT_ZOOM_MIN, SD_PAINT_ZOOM_MAX, NULL,
                     &zoom))
    return SD_SIM_EXIT_USAGE;
  if (values[OPT_OUTPUT][0] == '\0')
    {
      sd_sim_error (_("--output: the file name is empty; expected a .png, .svg or .pdf file"));
      return SD_SIM_EXIT_USAGE;
    }
  if (!format_for_path (values[OPT_OUTPUT], &format))
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
  if (values[OPT_LENGTH_MM] != NULL)
    params.length_mm = length_mm;
  if (values[OPT_LENGTH_MM] != NULL || day >= 0)
    {
      if (!sd_needle_compute (&profile, device, params.length_mm, 0, &needle, &error))
        return sd_sim_report_model_error ("--length-mm", error);
      options.show_needle = values[OPT_LENGTH_MM] != NULL;
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
  dir = g_path_get_dirname (values[OPT_OUTPUT]);
  tmpl = g_build_filename (dir, ".render-XXXXXX", NULL);
  fd = g_mkstemp (tmpl);
  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *quoted = sd_sim_quote (values[OPT_OUTPUT]);

      sd_sim_error (_("cannot write %s: %s"), quoted, g_strerror (saved));
      return SD_SIM_EXIT_FAILURE;
    }
  close (fd);

  if (!paint_to_file (tmpl, format, &profile, &options, width, height, &error))
    {
      g_autofree char *quoted = sd_sim_quote (values[OPT_OUTPUT]);

      g_unlink (tmpl);
      sd_sim_error (_("cannot write %s: %s"), quoted, error->message);
      return SD_SIM_EXIT_FAILURE;
    }
  /* mkstemp made it 0600; a picture is an ordinary file */
  {
    mode_t mask = umask (0);
    umask (mask);
    g_chmod (tmpl, 0666 & ~mask);
  }
  if (g_rename (tmpl, values[OPT_OUTPUT]) != 0)
    {
      int saved = errno;
      g_autofree char *quoted = sd_sim_quote (values[OPT_OUTPUT]);

      g_unlink (tmpl);
      sd_sim_error (_("cannot write %s: %s"), quoted, g_strerror (saved));
      return SD_SIM_EXIT_FAILURE;
    }
  return SD_SIM_EXIT_OK;
}
