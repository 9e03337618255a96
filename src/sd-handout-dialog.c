/* sd-handout-dialog.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-handout-dialog"

#include "config.h"

#include "sd-handout-dialog.h"
#include "sd-window.h"

#include <glib/gi18n.h>

struct _SdHandoutDialog
{
  AdwWindow             parent_instance;

  /* Template widgets */
  GtkLabel             *plan_label;
  GtkLabel             *problem_label;
  AdwEntryRow          *name_row;
  AdwActionRow         *start_row;
  GtkMenuButton        *start_button;
  GtkCalendar          *calendar;
  AdwComboRow          *paper_row;
  GtkTextView          *note_view;
  GtkButton            *print_button;
  GtkButton            *save_button;
  GtkLabel             *note_count_label;

  /* State */
  SdCourseParams        params;     /* the plan when the dialog opened */
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (SdHandoutDialog, sd_handout_dialog, ADW_TYPE_WINDOW)

/*
 * Auxiliary methods
 */

static void
get_start_date (SdHandoutDialog *self,
                GDate           *out)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);

  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay)g_date_time_get_day_of_month (date),
                  (GDateMonth)g_date_time_get_month (date),
                  (GDateYear)g_date_time_get_year (date));
}

static char *
get_note (SdHandoutDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static char *
get_name (SdHandoutDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
}

static void
fill_params (SdHandoutDialog *self,
             SdHandoutParams *params,
             char           **note,
             char           **name)
{
  sd_handout_params_init (params);
  params->course = self->params;
  get_start_date (self, &params->start);
  *note = get_note (self);
  *name = get_name (self);
  params->note = **note != '\0' ? *note : NULL;
  params->name = **name != '\0' ? *name : NULL;
  params->paper = sd_handout_dialog_get_paper (self);
}

/* What stops the handout now, or NULL: the same checks sd_handout_new () makes. */
static char *
find_problem (SdHandoutDialog *self)
{
  g_autofree char *note = get_note (self);
  g_autofree char *name = get_name (self);

  if (self->params.sessions < 1)
    return g_strdup (_("The plan has no sessions. Set at least one session on the Treatment "
                       "page to make a handout."));
  if (g_utf8_strlen (note, -1) > SD_HANDOUT_NOTE_MAX_CHARS)
    return g_strdup_printf (_("The note is too long for the handout: shorten it to %d "
                              "characters."), SD_HANDOUT_NOTE_MAX_CHARS);
  if (g_utf8_strlen (name, -1) > SD_HANDOUT_NAME_MAX_CHARS)
    return g_strdup_printf (_("The name is too long for the handout: at most %d characters."),
                            SD_HANDOUT_NAME_MAX_CHARS);
  return NULL;
}

static void
update_state (SdHandoutDialog *self)
{
  g_autofree char *problem = find_problem (self);
  g_autofree char *note = get_note (self);
  g_autofree char *count = NULL;
  gboolean ok = problem == NULL;
  glong n = g_utf8_strlen (note, -1);

  /* translators: characters used in the note, and the most it can have */
  count = g_strdup_printf (_("%ld of %d characters"), (long)n, SD_HANDOUT_NOTE_MAX_CHARS);
  gtk_label_set_text (self->note_count_label, count);
  if (n > SD_HANDOUT_NOTE_MAX_CHARS)
    gtk_widget_add_css_class (GTK_WIDGET (self->note_count_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->note_count_label), "error");

  gtk_label_set_text (self->problem_label, ok ? "" : problem);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), !ok);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "handout.print", ok);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "handout.save", ok);
}

static void
update_plan_label (SdHandoutDialog *self)
{
  const SdCourseParams *p = &self->params;
  g_autofree char *person = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *text = NULL;

  /* translators: the handout's summary: site, age, sex, device and needle length */
  person = g_strdup_printf (_("%s, %.0f years, %s. %s, %.2g mm."),
                            _(sd_site_get_name (p->site)), p->age_years,
                            p->sex == SD_SEX_FEMALE ? _("female") : _("male"),
                            _(sd_device_get_name (p->device)), p->length_mm);
  if (p->sessions < 1)
    plan = g_strdup (_("No sessions planned."));
  else if (p->sessions == 1)
    plan = g_strdup (_("One session."));
  else
    /* translators: the plan; only used for two or more sessions */
    plan = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session, %.0f weeks apart.",
                                         "%u sessions, %.0f weeks apart.", p->sessions),
                            p->sessions, p->interval_weeks);
  text = g_strconcat (person, " ", plan, NULL);
  gtk_label_set_text (self->plan_label, text);
}

static void
on_calendar_day_selected_cb (SdHandoutDialog *self)
{
  GDate date;
  g_autofree char *text = NULL;

  get_start_date (self, &date);
  text = sd_handout_format_date (&date);
  gtk_menu_button_set_label (self->start_button, text);
  adw_action_row_set_subtitle (self->start_row, "");
  if (gtk_menu_button_get_popover (self->start_button) != NULL)
    gtk_popover_popdown (gtk_menu_button_get_popover (self->start_button));
}

static void
show_error (SdHandoutDialog *self,
            const char      *heading,
            const char      *body)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_response (dialog, "close", _("Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
tell_window (SdHandoutDialog *self,
             const char      *message)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (SD_IS_WINDOW (parent))
    sd_window_add_toast (SD_WINDOW (parent), adw_toast_new (message));
}

/* The file name the handout is offered under, without ".pdf" */
static char *
suggested_basename (SdHandoutDialog *self)
{
  /* translators: the handout's suggested file name, without ".pdf"; %s is the body
   * site's id (cheek, forehead…) */
  return g_strdup_printf (_("handout-%s"), sd_site_to_id (self->params.site));
}

/*
 * Printing
 */

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   SdHandout         *handout)
{
  gtk_print_operation_set_n_pages (operation,
                                   (int)sd_handout_get_n_pages (handout,
                                                                gtk_print_context_get_width (context),
                                                                gtk_print_context_get_height (context)));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 SdHandout         *handout)
{
  sd_handout_paint_page (handout, gtk_print_context_get_cairo_context (context), (guint)page,
                         gtk_print_context_get_width (context),
                         gtk_print_context_get_height (context));
}

static void
on_print_done_cb (SdHandoutDialog         *self,
                  GtkPrintOperationResult  result,
                  GtkPrintOperation       *operation)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_error (self, _("Could Not Print the Handout"),
                  error != NULL ? error->message : _("The printing system reported an error."));
      return;
    }
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      tell_window (self, _("Handout sent to the printer"));
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
sd_handout_dialog_print_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  SdHandoutDialog *self = (SdHandoutDialog *)widget;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  SdHandout *handout;
  GtkPrintOperationResult result;

  handout = sd_handout_dialog_create_handout (self, &error);
  if (handout == NULL)
    {
      show_error (self, _("Could Not Make the Handout"), error->message);
      return;
    }

  operation = sd_handout_print_operation_new (handout, sd_handout_dialog_get_paper (self));
  /* "Print to File" offers the same name as Save as PDF. */
  {
    g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
    g_autofree char *basename = suggested_basename (self);

    gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, basename);
    gtk_print_operation_set_print_settings (operation, settings);
  }
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), self,
                           G_CONNECT_SWAPPED);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could Not Print the Handout"), error->message);
}

/*
 * Saving
 */

static void
on_chooser_response_cb (SdHandoutDialog      *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  if (!sd_handout_dialog_save_to (self, file, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *body = g_strdup_printf ("%s: %s", name, error->message);

      show_error (self, _("Could Not Save the Handout"), body);
      return;
    }

  {
    g_autofree char *basename = g_file_get_basename (file);
    /* translators: %s is the file's name */
    g_autofree char *message = g_strdup_printf (_("Handout saved as “%s”"), basename);

    tell_window (self, message);
  }
  gtk_window_close (GTK_WINDOW (self));
}

static void
sd_handout_dialog_save_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  SdHandoutDialog *self = (SdHandoutDialog *)widget;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Save Handout as PDF"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("Save"),
                                               _("Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  basename = suggested_basename (self);
  name = g_strconcat (basename, ".pdf", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/*
 * GObject overrides
 */

static void
sd_handout_dialog_dispose (GObject *object)
{
  SdHandoutDialog *self = (SdHandoutDialog *)object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_HANDOUT_DIALOG);

  G_OBJECT_CLASS (sd_handout_dialog_parent_class)->dispose (object);
}

static void
sd_handout_dialog_class_init (SdHandoutDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_handout_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/sd-handout-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SdHandoutDialog, plan_label);
  gtk_widget_class_bind_template_child (widget_class, SdHandoutDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, SdHandoutDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, SdHandoutDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, SdHandoutDialog, start_button);
  gtk_widget_class_bind_template_child (widget_class, SdHandoutDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, SdHandoutDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, SdHandoutDialog, note_view);
  gtk_widget_class_bind_template_child (widget_class, SdHandoutDialog, note_count_label);
  gtk_widget_class_bind_template_child (widget_class, SdHandoutDialog, print_button);
  gtk_widget_class_bind_template_child (widget_class, SdHandoutDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "handout.print", NULL,
                                   sd_handout_dialog_print_action);
  gtk_widget_class_install_action (widget_class, "handout.save", NULL,
                                   sd_handout_dialog_save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "handout.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "handout.save", NULL);
}

static void
sd_handout_dialog_init (SdHandoutDialog *self)
{
  const char *paper = gtk_paper_size_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The paper the locale uses (Letter in the US and Canada), A4 elsewhere. */
  adw_combo_row_set_selected (self->paper_row,
                              g_strcmp0 (paper, GTK_PAPER_NAME_LETTER) == 0 ? SD_PAPER_LETTER
                                                                            : SD_PAPER_A4);
  on_calendar_day_selected_cb (self);
  g_signal_connect_object (gtk_text_view_get_buffer (self->note_view), "changed",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
}

/*
 * Public API
 */

SdHandoutDialog *
sd_handout_dialog_new (GtkWindow   *parent,
                       SdTreatment *treatment)
{
  SdHandoutDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SD_IS_TREATMENT (treatment), NULL);

  self = g_object_new (SD_TYPE_HANDOUT_DIALOG, "transient-for", parent, NULL);
  sd_treatment_get_params (treatment, &self->params);
  update_plan_label (self);
  update_state (self);
  sd_handout_dialog_set_save_first (self, FALSE);

  return self;
}

void
sd_handout_dialog_set_save_first (SdHandoutDialog *self,
                                  gboolean         save_first)
{
  GtkWidget *first, *second;

  g_return_if_fail (SD_IS_HANDOUT_DIALOG (self));

  first = GTK_WIDGET (save_first ? self->save_button : self->print_button);
  second = GTK_WIDGET (save_first ? self->print_button : self->save_button);
  gtk_widget_add_css_class (first, "suggested-action");
  gtk_widget_remove_css_class (second, "suggested-action");
}

SdPaper
sd_handout_dialog_get_paper (SdHandoutDialog *self)
{
  g_return_val_if_fail (SD_IS_HANDOUT_DIALOG (self), SD_PAPER_A4);

  return adw_combo_row_get_selected (self->paper_row) == SD_PAPER_LETTER ? SD_PAPER_LETTER
                                                                          : SD_PAPER_A4;
}

SdHandout *
sd_handout_dialog_create_handout (SdHandoutDialog  *self,
                                  GError          **error)
{
  g_autofree char *note = NULL;
  g_autofree char *name = NULL;
  SdHandoutParams params;

  g_return_val_if_fail (SD_IS_HANDOUT_DIALOG (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  fill_params (self, &params, &note, &name);
  return sd_handout_new (&params, error);
}

gboolean
sd_handout_dialog_save_to (SdHandoutDialog  *self,
                           GFile            *file,
                           GError          **error)
{
  g_autoptr(SdHandout) handout = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (SD_IS_HANDOUT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("The handout can only be saved in a local folder"));
      return FALSE;
    }

  handout = sd_handout_dialog_create_handout (self, error);
  return handout != NULL && sd_handout_write_pdf (handout, path, error);
}

GtkPrintOperation *
sd_handout_print_operation_new (SdHandout *handout,
                                SdPaper    paper)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size = NULL;
  GtkPrintOperation *operation;

  g_return_val_if_fail (handout != NULL, NULL);

  size = gtk_paper_size_new (paper == SD_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                      : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, size);

  operation = gtk_print_operation_new ();

  /* The handout draws its own margins on the whole sheet, in points. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* translators: the print job's name in the printer's queue */
  gtk_print_operation_set_job_name (operation, _("Skin Deep handout"));
  g_object_set_data_full (G_OBJECT (operation), "sd-handout", handout,
                          (GDestroyNotify)sd_handout_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), handout);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), handout);

  return operation;
}
