/* sd-export.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "sd-chart.h"
#include "sd-course.h"
#include "sd-painter.h"

G_BEGIN_DECLS

/*
 * Files written by the app and by skin-deep-sim: the picture and the chart as PNG, SVG
 * or PDF, the course as CSV, the handout and the quiz's worksheet. Every file is written
 * into a temporary file beside its target and renamed over it, so that a failure never
 * leaves a partial file and never touches the old one. No GTK: the window, the command
 * line and the tests write through the same code.
 */

typedef enum
{
  SD_EXPORT_FORMAT_PNG,
  SD_EXPORT_FORMAT_SVG,
  SD_EXPORT_FORMAT_PDF,
  SD_EXPORT_FORMAT_CSV,
  SD_N_EXPORT_FORMATS
} SdExportFormat;

#define SD_EXPORT_FORMAT_MASK(format) (1u << (format))
#define SD_EXPORT_FORMATS_IMAGE (SD_EXPORT_FORMAT_MASK (SD_EXPORT_FORMAT_PNG) | \
                                 SD_EXPORT_FORMAT_MASK (SD_EXPORT_FORMAT_SVG) | \
                                 SD_EXPORT_FORMAT_MASK (SD_EXPORT_FORMAT_PDF))

#define SD_EXPORT_ERROR (sd_export_error_quark ())

typedef enum
{
  SD_EXPORT_ERROR_UNKNOWN_FORMAT,   /* the file's extension names no format allowed here */
  SD_EXPORT_ERROR_NOT_REGULAR,      /* the target is a directory, a FIFO or a device */
  SD_EXPORT_ERROR_READ_ONLY,        /* the target exists and its mode forbids writing */
} SdExportError;

GQuark          sd_export_error_quark          (void);

/* "png", "svg", "pdf", "csv" */
const char     *sd_export_format_get_extension (SdExportFormat   format);
/* "image/png", "image/svg+xml", "application/pdf", "text/csv" */
const char     *sd_export_format_get_mime_type (SdExportFormat   format);
/* The format named by @path's extension (any case), if it is in @allowed (a mask of
 * SD_EXPORT_FORMAT_MASK); otherwise SD_EXPORT_ERROR_UNKNOWN_FORMAT, naming the
 * extension and the formats allowed. */
gboolean        sd_export_format_for_path      (const char      *path,
                                                guint            allowed,
                                                SdExportFormat  *out,
                                                GError         **error);

/* The file a write to @path replaces: @path, or where its symbolic link points (also a
 * dangling link's target). An error for a target that is not a regular file
 * (SD_EXPORT_ERROR_NOT_REGULAR), is read-only by its mode (SD_EXPORT_ERROR_READ_ONLY,
 * also for root) or cannot be examined or written (G_FILE_ERROR). Messages say why,
 * not which file: callers name the file. */
char           *sd_export_resolve_target       (const char      *path,
                                                GError         **error);

/* Writes the file at @tmp_path (which exists, empty); FALSE with @error on failure. */
typedef gboolean (*SdExportWriteFunc)          (const char      *tmp_path,
                                                gpointer         user_data,
                                                GError         **error);

/* Resolves @path (sd_export_resolve_target()), makes an empty temporary file
 * ".@prefix-XXXXXX" beside the target, lets @write fill it, gives it the mode of an
 * ordinary new file and renames it over the target. On any failure the temporary file
 * is removed and the target left as it was. */
gboolean        sd_export_write_atomically     (const char      *path,
                                                const char      *prefix,
                                                SdExportWriteFunc write,
                                                gpointer         user_data,
                                                GError         **error);
/* For command-line programs: from now on SIGINT, SIGTERM and SIGHUP remove the
 * temporary file of a write under way before the process dies of the signal. */
void            sd_export_remove_temporary_on_signals (void);

/* Draws a picture @width × @height (pixels or points) at the origin. */
typedef void    (*SdExportPaintFunc)           (cairo_t         *cr,
                                                double           width,
                                                double           height,
                                                gpointer         user_data);

/* A one-page picture as PNG (@scale pixels per unit: an image of
 * ceil (@width × @scale) × ceil (@height × @scale) pixels), SVG or PDF (@width × @height
 * points; @scale unused), written atomically. */
gboolean        sd_export_paint                (const char      *path,
                                                const char      *prefix,
                                                SdExportFormat   format,
                                                double           width,
                                                double           height,
                                                double           scale,
                                                SdExportPaintFunc paint,
                                                gpointer         user_data,
                                                GError         **error);

/* The cross-section, as sd_painter_paint() draws it, or with @n_comparison > 0 the
 * comparison of @comparison's needles (sd_painter_paint_comparison()). */
gboolean        sd_export_picture              (const char           *path,
                                                const char           *prefix,
                                                SdExportFormat        format,
                                                const SdSkinProfile  *profile,
                                                const SdPaintOptions *options,
                                                const SdNeedleResult *comparison,
                                                guint                 n_comparison,
                                                double                width,
                                                double                height,
                                                double                scale,
                                                GError              **error);

/* The collagen chart of @data, as sd_chart_paint() draws it. */
gboolean        sd_export_chart                (const char           *path,
                                                const char           *prefix,
                                                SdExportFormat        format,
                                                SdChartData          *data,
                                                const SdChartOptions *options,
                                                double                width,
                                                double                height,
                                                double                scale,
                                                GError              **error);

/* @len bytes of @contents (-1: a NUL-terminated string), written atomically. */
gboolean        sd_export_write_contents       (const char      *path,
                                                const char      *prefix,
                                                const char      *contents,
                                                gssize           len,
                                                GError         **error);

/* The course for @params as CSV (sd-course-csv.h, `skin-deep-sim course`'s table). */
gboolean        sd_export_course_csv           (const char            *path,
                                                const char            *prefix,
                                                const SdCourseParams  *params,
                                                GError               **error);

G_END_DECLS
