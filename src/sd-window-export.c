/* sd-window-export.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export Picture… and Export Chart…: a file chooser, then the same painters and the
 * same atomic writer as `skin-deep-sim` (src/paint/sd-export.c). The writing takes a
 * GFile, so that the tests can call it without a chooser.
 */

#define G_LOG_DOMAIN "sd-window-export"

#include "config.h"

#include "sd-window-export.h"
#include "sd-course-chart.h"
#include "sd-export.h"
#include "sd-section-view.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

/* PNGs have twice the pixels of the view, sharp on slides and in print; SVG and PDF
 * take the view's size in points. A view not on screen is drawn at this size. */
#define PNG_SCALE             2.0
#define PICTURE_WIDTH_HIDDEN  1200
#define PICTURE_HEIGHT_HIDDEN 800
#define CHART_WIDTH_HIDDEN    960
#define CHART_HEIGHT_HIDDEN   320

/* The temporary file beside the target: ".export-XXXXXX" */
#define TMP_PREFIX "export"

typedef struct
{
  SdWindow             *window;   /* owned */
  GtkFileChooserNative *native;   /* owned */
  gboolean              chart;
} ExportRequest;

/*
 * Auxiliary methods
 */

static SdSectionView *
get_section_view (SdWindow *self)
{
  return SD_SECTION_VIEW (sd_window_get_section_view (self));
}

static SdCourseChart *
get_course_chart (SdWindow *self)
{
  return SD_COURSE_CHART (gtk_widget_get_template_child (GTK_WIDGET (self), SD_TYPE_WINDOW,
                                                         "course_chart"));
}

static void
get_export_size (GtkWidget *widget,
                 double     hidden_width,
                 double     hidden_height,
                 double    *width,
                 double    *height)
{
  int w = gtk_widget_get_width (widget);
  int h = gtk_widget_get_height (widget);

  if (w < 1 || h < 1 || !gtk_widget_get_mapped (widget))
    {
      *width = hidden_width;
      *height = hidden_height;
      return;
    }
  *width = w;
  *height = h;
}

static char *
get_local_path (GFile   *file,
                GError **error)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("only files on this computer can be written"));
  return path;
}

static void
request_free (ExportRequest *request)
{
  if (request->native != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (request->native));
  g_clear_object (&request->native);
  g_clear_object (&request->window);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportRequest, request_free)

static void
add_filter (GtkFileChooser *chooser,
            SdExportFormat  format,
            const char     *name)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*.%s", sd_export_format_get_extension (format));

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, sd_export_format_get_mime_type (format));
  /* +1: no data means no format */
  g_object_set_data (G_OBJECT (filter), "sd-export-format", GUINT_TO_POINTER (format + 1));
  gtk_file_chooser_add_filter (chooser, filter);
}

/* A name without an extension gets the chosen filter's; one with an extension keeps it
 * (and an unknown one is refused when writing, saying so). */
static GFile *
file_with_extension (GFile         *file,
                     GtkFileFilter *filter)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  guint format = filter != NULL
    ? GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (filter), "sd-export-format")) : 0;
  g_autofree char *name = NULL;

  if (format == 0 || base == NULL || parent == NULL || strrchr (base, '.') != NULL)
    return g_object_ref (file);
  name = g_strdup_printf ("%s.%s", base, sd_export_format_get_extension (format - 1));
  return g_file_get_child (parent, name);
}

static void
show_error (SdWindow     *self,
            GFile        *file,
            const GError *error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  GtkWidget *dialog;

  g_warning ("Failed to export %s: %s", name, error->message);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Export"), NULL);
  /* translators: the first %s is the file's full name, the second the reason:
   * "“/home/ann/x.txt” was not written: unknown file type “.txt”; expected one of .png, .svg, .pdf" */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), _("“%s” was not written: %s"),
                                  name, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * Signal callbacks
 */

static void
on_native_response_cb (GtkNativeDialog *native,
                       int              response,
                       gpointer         user_data)
{
  g_autoptr(ExportRequest) request = user_data;
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  if (chosen == NULL)
    return;
  file = file_with_extension (chosen, gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (native)));

  if (request->chart)
    ok = sd_window_export_chart (request->window, file, &error);
  else
    ok = sd_window_export_picture (request->window, file, &error);
  if (!ok)
    show_error (request->window, file, error);
}

/* Another filter: the suggested name follows it, unless the user typed another type. */
static void
on_chooser_filter_cb (GtkFileChooser *chooser,
                      GParamSpec     *pspec,
                      gpointer        user_data)
{
  GtkFileFilter *filter = gtk_file_chooser_get_filter (chooser);
  guint format = filter != NULL
    ? GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (filter), "sd-export-format")) : 0;
  g_autofree char *name = gtk_file_chooser_get_current_name (chooser);
  g_autofree char *renamed = NULL;
  SdExportFormat old;
  char *dot;

  if (format == 0 || name == NULL || (dot = strrchr (name, '.')) == NULL ||
      !sd_export_format_for_path (name, (1u << SD_N_EXPORT_FORMATS) - 1, &old, NULL) ||
      old == format - 1)
    return;
  *dot = '\0';
  renamed = g_strdup_printf ("%s.%s", name, sd_export_format_get_extension (format - 1));
  gtk_file_chooser_set_current_name (chooser, renamed);
}

/*
 * Actions
 */

static void
ask_for_file (SdWindow *self,
              gboolean  chart)
{
  ExportRequest *request;
  GtkFileChooser *chooser;
  g_autofree char *name = NULL;

  request = g_new0 (ExportRequest, 1);
  request->window = g_object_ref (self);
  request->chart = chart;
  request->native = gtk_file_chooser_native_new (chart ? _("Export Chart") : _("Export Picture"),
                                                 GTK_WINDOW (self),
                                                 GTK_FILE_CHOOSER_ACTION_SAVE,
                                                 _("Export"), _("Cancel"));
  chooser = GTK_FILE_CHOOSER (request->native);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (request->native), TRUE);
  add_filter (chooser, SD_EXPORT_FORMAT_PNG, _("PNG image"));
  add_filter (chooser, SD_EXPORT_FORMAT_SVG, _("SVG image"));
  add_filter (chooser, SD_EXPORT_FORMAT_PDF, _("PDF document"));
  if (chart)
    /* translators: a file type in the Export Chart dialog */
    add_filter (chooser, SD_EXPORT_FORMAT_CSV, _("CSV table of the course, day by day"));
  name = sd_window_export_suggest_name (self, chart, "png");
  gtk_file_chooser_set_current_name (chooser, name);

  g_signal_connect (request->native, "notify::filter", G_CALLBACK (on_chooser_filter_cb), NULL);
  g_signal_connect (request->native, "response", G_CALLBACK (on_native_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (request->native));
}

static void
sd_window_export_picture_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  ask_for_file (SD_WINDOW (widget), FALSE);
}

static void
sd_window_export_chart_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  ask_for_file (SD_WINDOW (widget), TRUE);
}

/*
 * Class initialization
 */

void
_sd_window_export_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-picture", NULL,
                                   sd_window_export_picture_action);
  gtk_widget_class_install_action (widget_class, "win.export-chart", NULL,
                                   sd_window_export_chart_action);
}

void
_sd_window_export_init (SdWindow *self)
{
  g_autoptr(GMenu) picture = g_menu_new ();
  g_autoptr(GMenu) chart = g_menu_new ();

  g_menu_append (picture, _("_Copy Picture"), "section.copy");
  g_menu_append (picture, _("_Export Picture…"), "win.export-picture");
  sd_section_view_set_context_menu (get_section_view (self), G_MENU_MODEL (picture));
  g_menu_append (chart, _("Export C_hart…"), "win.export-chart");
  sd_course_chart_set_context_menu (get_course_chart (self), G_MENU_MODEL (chart));
}

/*
 * Public API
 */

gboolean
sd_window_export_picture (SdWindow  *self,
                          GFile     *file,
                          GError   **error)
{
  SdSectionView *view;
  const SdSkinProfile *profile;
  const SdNeedleResult *needles;
  g_autofree char *path = NULL;
  SdPaintOptions options;
  SdExportFormat format;
  guint n_needles;
  double w, h;

  g_return_val_if_fail (SD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((path = get_local_path (file, error)) == NULL ||
      !sd_export_format_for_path (path, SD_EXPORT_FORMATS_IMAGE, &format, error))
    return FALSE;

  view = get_section_view (self);
  get_export_size (GTK_WIDGET (view), PICTURE_WIDTH_HIDDEN, PICTURE_HEIGHT_HIDDEN, &w, &h);
  profile = sd_section_view_get_paint_options (view, w, h, &options, &needles, &n_needles);
  if (profile == NULL)   /* not in a window, which always has a section */
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("there is no picture yet"));
      return FALSE;
    }

  return sd_export_picture (path, TMP_PREFIX, format, profile, &options, needles, n_needles,
                            w, h, PNG_SCALE, error);
}

gboolean
sd_window_export_chart (SdWindow  *self,
                        GFile     *file,
                        GError   **error)
{
  SdCourseChart *chart;
  g_autofree char *path = NULL;
  SdExportFormat format;

  g_return_val_if_fail (SD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((path = get_local_path (file, error)) == NULL ||
      !sd_export_format_for_path (path,
                                  SD_EXPORT_FORMATS_IMAGE |
                                  SD_EXPORT_FORMAT_MASK (SD_EXPORT_FORMAT_CSV),
                                  &format, error))
    return FALSE;

  chart = get_course_chart (self);
  /* the window sets the chart's course when it is built: not seen in a window */
  if (sd_course_chart_get_data (chart) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("there is no course yet"));
      return FALSE;
    }

  if (format == SD_EXPORT_FORMAT_CSV)
    return sd_export_course_csv (path, TMP_PREFIX, sd_course_chart_get_params (chart), error);

  {
    SdChartOptions options;
    double w, h;

    get_export_size (GTK_WIDGET (chart), CHART_WIDTH_HIDDEN, CHART_HEIGHT_HIDDEN, &w, &h);
    sd_course_chart_get_paint_options (chart, &options);
    return sd_export_chart (path, TMP_PREFIX, format, sd_course_chart_get_data (chart),
                            &options, w, h, PNG_SCALE, error);
  }
}

char *
sd_window_export_suggest_name (SdWindow   *self,
                               gboolean    chart,
                               const char *extension)
{
  SdSite site;

  g_return_val_if_fail (SD_IS_WINDOW (self), NULL);
  g_return_val_if_fail (extension != NULL, NULL);

  site = sd_section_get_site (sd_window_get_section (self));
  /* file names stay in English and ASCII, as the site's id is */
  return g_strdup_printf ("skin-deep-%s%s.%s", sd_site_to_id (site), chart ? "-collagen" : "",
                          extension);
}
