/* sd-handout.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "sd-course.h"

G_BEGIN_DECLS

/* The patient's handout: one or two pages drawn on any cairo context in points (a PDF
 * surface for files and the command line, a GtkPrintContext's for printing), in the
 * current gettext language. */

typedef enum
{
  SD_PAPER_A4,
  SD_PAPER_LETTER,
  SD_N_PAPERS
} SdPaper;

const char *sd_paper_to_id   (SdPaper      paper);   /* "a4" / "letter" */
gboolean    sd_paper_from_id (const char  *id,
                              SdPaper     *out);
/* Page size in points (1/72 in). */
void        sd_paper_get_size (SdPaper     paper,
                               double     *width_pt,
                               double     *height_pt);

#define SD_HANDOUT_NOTE_MAX_CHARS 600
#define SD_HANDOUT_NAME_MAX_CHARS 80
#define SD_HANDOUT_MAX_PAGES      2

typedef struct
{
  SdCourseParams course;   /* site, age, sex, device, length, sessions, interval, lifestyle */
  GDate          start;    /* the first session's date (valid) */
  const char    *note;     /* the clinician's note; NULL or "" = none */
  const char    *name;     /* the patient's name, for this printout only; NULL = none */
  SdPaper        paper;
} SdHandoutParams;

typedef struct _SdHandout SdHandout;

/* Initialises @params: the course's defaults (3 sessions 4 weeks apart), today, A4. */
void        sd_handout_params_init  (SdHandoutParams       *params);

/* Computes the model for @params (copied; the strings too). NULL with @error for
 * parameters the model refuses, a note or name too long, or an invalid date. */
SdHandout  *sd_handout_new          (const SdHandoutParams *params,
                                     GError               **error);
void        sd_handout_free         (SdHandout             *handout);
/* 1 or 2 (never more than SD_HANDOUT_MAX_PAGES) */
guint       sd_handout_get_n_pages  (SdHandout             *handout,
                                     double                 width_pt,
                                     double                 height_pt);
/* Draws page @page (0-based) of a page @width_pt × @height_pt, origin top left. */
void        sd_handout_paint_page   (SdHandout             *handout,
                                     cairo_t               *cr,
                                     guint                  page,
                                     double                 width_pt,
                                     double                 height_pt);
/* Writes the handout as a PDF at @path, through a temporary file beside it renamed
 * over it: no partial file is left on failure. */
gboolean    sd_handout_write_pdf    (SdHandout             *handout,
                                     const char            *path,
                                     GError               **error);

/* "2 March 2026" in the current gettext language (newly allocated) */
char       *sd_handout_format_date  (const GDate           *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SdHandout, sd_handout_free)

G_END_DECLS
