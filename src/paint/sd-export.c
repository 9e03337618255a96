/* sd-export.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file the app and skin-deep-sim write: painted into a temporary file beside the
 * target and renamed over it, so that no partial file is ever left. Only regular files
 * are replaced; a symbolic link is written through (its target is replaced), a
 * read-only file is refused.
 */

#define G_LOG_DOMAIN "sd-export"

#include "config.h"

#include "sd-export.h"
#include "sd-course-csv.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

G_DEFINE_QUARK (sd-export-error-quark, sd_export_error)

static const struct
{
  const char *extension;
  const char *mime_type;
} formats[SD_N_EXPORT_FORMATS] = {
  [SD_EXPORT_FORMAT_PNG] = { "png", "image/png" },
  [SD_EXPORT_FORMAT_SVG] = { "svg", "image/svg+xml" },
  [SD_EXPORT_FORMAT_PDF] = { "pdf", "application/pdf" },
  [SD_EXPORT_FORMAT_CSV] = { "csv", "text/csv" },
};

/*
 * The temporary file, for the signal handler (async-signal-safe: a fixed buffer).
 * Only used once a command-line program asked for it.
 */

static char pending_tmp[4096];
static gboolean signals_guarded;

static void
on_fatal_signal (int signum)
{
  if (pending_tmp[0] != '\0')
    unlink (pending_tmp);
  signal (signum, SIG_DFL);
  raise (signum);
}

static void
set_error_from_errno (GError **error,
                      int      saved_errno)
{
  g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
}

static void
set_error_from_cairo (GError         **error,
                      cairo_status_t   status)
{
  g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                       cairo_status_to_string (status));
}

/*
 * Formats
 */

const char *
sd_export_format_get_extension (SdExportFormat format)
{
  g_return_val_if_fail (format < SD_N_EXPORT_FORMATS, NULL);

  return formats[format].extension;
}

const char *
sd_export_format_get_mime_type (SdExportFormat format)
{
  g_return_val_if_fail (format < SD_N_EXPORT_FORMATS, NULL);

  return formats[format].mime_type;
}

gboolean
sd_export_format_for_path (const char      *path,
                           guint            allowed,
                           SdExportFormat  *out,
                           GError         **error)
{
  g_autofree char *base = NULL;
  g_autofree char *ext = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);
  const char *dot;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  base = g_path_get_basename (path);
  dot = strrchr (base, '.');
  ext = dot != NULL ? g_ascii_strdown (dot + 1, -1) : NULL;

  for (guint f = 0; f < SD_N_EXPORT_FORMATS; f++)
    {
      if ((allowed & SD_EXPORT_FORMAT_MASK (f)) == 0)
        continue;
      if (ext != NULL && strcmp (ext, formats[f].extension) == 0)
        {
          *out = f;
          return TRUE;
        }
      g_string_append_printf (expected, "%s.%s", expected->len > 0 ? ", " : "",
                              formats[f].extension);
    }

  if (ext == NULL || *ext == '\0')
    /* translators: %s is a list of file extensions: ".png, .svg, .pdf" */
    g_set_error (error, SD_EXPORT_ERROR, SD_EXPORT_ERROR_UNKNOWN_FORMAT,
                 _("the file name has no extension; expected one of %s"), expected->str);
  else
    /* translators: the first %s is the file's extension (".txt"), the second a list
     * of the extensions allowed: ".png, .svg, .pdf" */
    g_set_error (error, SD_EXPORT_ERROR, SD_EXPORT_ERROR_UNKNOWN_FORMAT,
                 _("unknown file type “%s”; expected one of %s"), dot, expected->str);
  return FALSE;
}

/*
 * The target and the atomic write
 */

char *
sd_export_resolve_target (const char  *path,
                          GError     **error)
{
  g_autofree char *real = NULL;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_lstat (path, &st) != 0)
    {
      if (errno == ENOENT)
        return g_strdup (path);   /* a new file */
      set_error_from_errno (error, errno);
      return NULL;
    }

  if (S_ISLNK (st.st_mode))
    {
      real = realpath (path, NULL);
      if (real == NULL)
        {
          /* A dangling link: write the file it names. */
          g_autofree char *target = g_file_read_link (path, NULL);
          g_autofree char *dir = NULL;

          if (target == NULL)
            {
              set_error_from_errno (error, errno);
              return NULL;
            }
          if (g_path_is_absolute (target))
            return g_steal_pointer (&target);
          dir = g_path_get_dirname (path);
          return g_build_filename (dir, target, NULL);
        }
      if (g_stat (real, &st) != 0)
        return g_steal_pointer (&real);
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, SD_EXPORT_ERROR, SD_EXPORT_ERROR_NOT_REGULAR,
                           _("it is not a regular file (a directory, FIFO or device)"));
      return NULL;
    }
  /* Read-only by its mode: refused, also for root, whom access () lets write anyway. */
  if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
    {
      g_set_error_literal (error, SD_EXPORT_ERROR, SD_EXPORT_ERROR_READ_ONLY,
                           _("the file is read-only"));
      return NULL;
    }
  if (access (real != NULL ? real : path, W_OK) != 0)
    {
      set_error_from_errno (error, errno);
      return NULL;
    }
  return real != NULL ? g_steal_pointer (&real) : g_strdup (path);
}

gboolean
sd_export_write_atomically (const char         *path,
                            const char         *prefix,
                            SdExportWriteFunc   write,
                            gpointer            user_data,
                            GError            **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *tmpl = NULL;
  sigset_t unblocked;
  mode_t mask;
  int fd, saved;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (prefix != NULL, FALSE);
  g_return_val_if_fail (write != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (path[0] == '\0')
    {
      set_error_from_errno (error, ENOENT);
      return FALSE;
    }
  target = sd_export_resolve_target (path, error);
  if (target == NULL)
    return FALSE;

  dir = g_path_get_dirname (target);
  name = g_strdup_printf (".%s-XXXXXX", prefix);
  tmpl = g_build_filename (dir, name, NULL);
  /* A signal between creating the file and recording its name would leave it behind:
   * the guarded signals wait until the handler knows the name */
  if (signals_guarded)
    {
      sigset_t guarded;

      sigemptyset (&guarded);
      sigaddset (&guarded, SIGINT);
      sigaddset (&guarded, SIGTERM);
      sigaddset (&guarded, SIGHUP);
      sigprocmask (SIG_BLOCK, &guarded, &unblocked);
    }
  fd = g_mkstemp (tmpl);
  saved = errno;
  if (fd >= 0 && signals_guarded)
    g_strlcpy (pending_tmp, tmpl, sizeof pending_tmp);
  if (signals_guarded)
    sigprocmask (SIG_SETMASK, &unblocked, NULL);
  if (fd < 0)
    {
      set_error_from_errno (error, saved);
      return FALSE;
    }
  close (fd);

  if (!write (tmpl, user_data, error))
    goto failed;

  /* mkstemp made it 0600; an export is an ordinary file */
  mask = umask (0);
  umask (mask);
  g_chmod (tmpl, 0666 & ~mask);
  if (g_rename (tmpl, target) != 0)
    {
      set_error_from_errno (error, errno);
      goto failed;
    }
  pending_tmp[0] = '\0';
  return TRUE;

failed:
  g_unlink (tmpl);
  pending_tmp[0] = '\0';
  return FALSE;
}

void
sd_export_remove_temporary_on_signals (void)
{
  static const int signals[] = { SIGINT, SIGTERM, SIGHUP };

  signals_guarded = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    signal (signals[i], on_fatal_signal);
}

/*
 * Pictures
 */

typedef struct
{
  SdExportFormat    format;
  double            width;
  double            height;
  double            scale;
  SdExportPaintFunc paint;
  gpointer          user_data;
} PaintJob;

static gboolean
write_painting (const char *tmp_path,
                gpointer    user_data,
                GError    **error)
{
  const PaintJob *job = user_data;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  switch (job->format)
    {
    case SD_EXPORT_FORMAT_SVG:
      surface = cairo_svg_surface_create (tmp_path, job->width, job->height);
      break;
    case SD_EXPORT_FORMAT_PDF:
      surface = cairo_pdf_surface_create (tmp_path, job->width, job->height);
      break;
    case SD_EXPORT_FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int)ceil (job->width * job->scale),
                                            (int)ceil (job->height * job->scale));
      break;
    case SD_EXPORT_FORMAT_CSV:
    case SD_N_EXPORT_FORMATS:
    default:
      g_assert_not_reached ();
    }

  cr = cairo_create (surface);
  if (job->format == SD_EXPORT_FORMAT_PNG && job->scale != 1.0)
    cairo_scale (cr, job->scale, job->scale);
  job->paint (cr, job->width, job->height, job->user_data);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && job->format == SD_EXPORT_FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, tmp_path);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      set_error_from_cairo (error, status);
      return FALSE;
    }
  return TRUE;
}

gboolean
sd_export_paint (const char         *path,
                 const char         *prefix,
                 SdExportFormat      format,
                 double              width,
                 double              height,
                 double              scale,
                 SdExportPaintFunc   paint,
                 gpointer            user_data,
                 GError            **error)
{
  PaintJob job = { format, width, height, scale, paint, user_data };

  g_return_val_if_fail (format == SD_EXPORT_FORMAT_PNG || format == SD_EXPORT_FORMAT_SVG ||
                        format == SD_EXPORT_FORMAT_PDF, FALSE);
  g_return_val_if_fail (width >= 1 && height >= 1, FALSE);
  g_return_val_if_fail (scale > 0, FALSE);
  g_return_val_if_fail (paint != NULL, FALSE);

  return sd_export_write_atomically (path, prefix, write_painting, &job, error);
}

typedef struct
{
  SdPainter            *painter;
  const SdSkinProfile  *profile;
  const SdPaintOptions *options;
  const SdNeedleResult *comparison;
  guint                 n_comparison;
} PictureJob;

static void
paint_picture (cairo_t *cr,
               double   width,
               double   height,
               gpointer user_data)
{
  const PictureJob *job = user_data;

  if (job->n_comparison > 0)
    sd_painter_paint_comparison (job->painter, cr, job->profile, job->comparison,
                                 job->n_comparison, job->options, width, height);
  else
    sd_painter_paint (job->painter, cr, job->profile, job->options, width, height);
}

gboolean
sd_export_picture (const char            *path,
                   const char            *prefix,
                   SdExportFormat         format,
                   const SdSkinProfile   *profile,
                   const SdPaintOptions  *options,
                   const SdNeedleResult  *comparison,
                   guint                  n_comparison,
                   double                 width,
                   double                 height,
                   double                 scale,
                   GError               **error)
{
  g_autoptr(SdPainter) painter = NULL;
  PictureJob job;

  g_return_val_if_fail (profile != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (n_comparison == 0 || comparison != NULL, FALSE);

  painter = sd_painter_new ();
  job = (PictureJob) { painter, profile, options, comparison, n_comparison };
  return sd_export_paint (path, prefix, format, width, height, scale, paint_picture, &job,
                          error);
}

typedef struct
{
  SdChart              *chart;
  const SdChartOptions *options;
} ChartJob;

static void
paint_chart (cairo_t *cr,
             double   width,
             double   height,
             gpointer user_data)
{
  const ChartJob *job = user_data;

  sd_chart_paint (job->chart, cr, job->options, width, height);
}

gboolean
sd_export_chart (const char            *path,
                 const char            *prefix,
                 SdExportFormat         format,
                 SdChartData           *data,
                 const SdChartOptions  *options,
                 double                 width,
                 double                 height,
                 double                 scale,
                 GError               **error)
{
  g_autoptr(SdChart) chart = NULL;
  ChartJob job;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  chart = sd_chart_new ();
  sd_chart_set_data (chart, data);
  job = (ChartJob) { chart, options };
  return sd_export_paint (path, prefix, format, width, height, scale, paint_chart, &job,
                          error);
}

/*
 * Text
 */

typedef struct
{
  const char *contents;
  gsize       len;
} ContentsJob;

static gboolean
write_contents (const char *tmp_path,
                gpointer    user_data,
                GError    **error)
{
  const ContentsJob *job = user_data;
  gsize done = 0;
  int fd;

  fd = g_open (tmp_path, O_WRONLY | O_TRUNC | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_error_from_errno (error, errno);
      return FALSE;
    }
  while (done < job->len)
    {
      gssize n = write (fd, job->contents + done, job->len - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int saved = n < 0 ? errno : EIO;

          close (fd);
          set_error_from_errno (error, saved);
          return FALSE;
        }
      done += (gsize)n;
    }
  if (close (fd) != 0)
    {
      set_error_from_errno (error, errno);
      return FALSE;
    }
  return TRUE;
}

gboolean
sd_export_write_contents (const char  *path,
                          const char  *prefix,
                          const char  *contents,
                          gssize       len,
                          GError     **error)
{
  ContentsJob job;

  g_return_val_if_fail (contents != NULL || len == 0, FALSE);

  job = (ContentsJob) { contents, len < 0 ? strlen (contents) : (gsize)len };
  return sd_export_write_atomically (path, prefix, write_contents, &job, error);
}

gboolean
sd_export_course_csv (const char            *path,
                      const char            *prefix,
                      const SdCourseParams  *params,
                      GError               **error)
{
  g_autofree char *csv = NULL;

  g_return_val_if_fail (params != NULL, FALSE);

  csv = sd_course_csv_new_for_params (params, error);
  if (csv == NULL)
    return FALSE;
  return sd_export_write_contents (path, prefix, csv, -1, error);
}
