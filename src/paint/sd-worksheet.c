/* sd-worksheet.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-worksheet"

#include "config.h"

#include "sd-worksheet.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

/* A4 in points, and the page's margins */
#define PAGE_WIDTH   595.276
#define PAGE_HEIGHT  841.89
#define MARGIN       56.0
#define TEXT_WIDTH   (PAGE_WIDTH - 2 * MARGIN)
#define FOOTER_SPACE 28.0

/* The picture of a layer-at-depth question on paper, points */
#define PICTURE_WIDTH  300.0
#define PICTURE_HEIGHT 180.0

/* Share of the picture's height the depth asked about sits at */
#define PICTURE_DEPTH_AT 0.45

/*
 * The question's picture
 */

gboolean
sd_quiz_question_has_picture (const SdQuizQuestion *question)
{
  g_return_val_if_fail (question != NULL, FALSE);
  return question->kind == SD_QUIZ_LAYER_AT_DEPTH;
}

void
sd_quiz_picture_setup (const SdQuizQuestion *question,
                       double                width,
                       double                height,
                       SdSkinProfile        *profile,
                       SdPaintOptions       *options)
{
  double visible_um;

  g_return_if_fail (question != NULL && profile != NULL && options != NULL);

  if (!sd_skin_profile_compute (question->site, question->age_years, question->sex, profile,
                                NULL))
    g_return_if_reached ();

  sd_paint_options_init (options);
  options->show_labels = FALSE;
  options->show_ruler = TRUE;
  options->show_scale_bar = FALSE;
  options->foreground = (SdPaintColor) { 0.14, 0.14, 0.16, 1 };
  options->background = (SdPaintColor) { 1, 1, 1, 1 };
  options->seed = (guint32)question->depth_um;

  if (!(question->inputs & SD_QUIZ_INPUT_DEPTH) || question->depth_um <= 0)
    return;

  /* Zoom so that the depth is near the middle, then scroll it there */
  options->zoom = 1.0;
  visible_um = height / sd_paint_px_per_um (profile, options, width, height);
  options->zoom = CLAMP (visible_um * PICTURE_DEPTH_AT / question->depth_um * 0.8,
                         SD_PAINT_ZOOM_MIN, SD_PAINT_ZOOM_MAX);
  visible_um = height / sd_paint_px_per_um (profile, options, width, height);
  options->top_um = question->depth_um - visible_um * PICTURE_DEPTH_AT;
  /* a little air above the skin when the surface is in view */
  if (options->top_um < 0)
    options->top_um = NAN;
}

void
sd_quiz_picture_paint (SdPainter            *painter,
                       cairo_t              *cr,
                       const SdQuizQuestion *question,
                       const SdSkinProfile  *profile,
                       const SdPaintOptions *options,
                       double                width,
                       double                height)
{
  const SdPaintColor *fg = &options->foreground;
  double x0, x1, y;
  double dashes[] = { 6.0, 4.0 };
  PangoLayout *layout;
  PangoFontDescription *font;
  int tw, th;

  g_return_if_fail (painter != NULL && cr != NULL && question != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  sd_painter_paint (painter, cr, profile, options, width, height);

  if (question->inputs & SD_QUIZ_INPUT_DEPTH)
    {
      sd_paint_get_tissue_x (options, width, &x0, &x1);
      y = round (sd_paint_y_for_depth (profile, options, width, height, question->depth_um))
          + 0.5;

      /* A light halo under a dark dashed line: visible on every layer's colour */
      cairo_set_line_width (cr, 4.0);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x1, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_set_line_width (cr, 2.0);
      cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 1);
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x1, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      /* "?" in a round badge at the line's right end */
      layout = pango_cairo_create_layout (cr);
      font = pango_font_description_from_string ("Sans Bold 11");
      pango_font_description_set_absolute_size (font, 13 * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
      pango_layout_set_text (layout, "?", -1);
      pango_layout_get_pixel_size (layout, &tw, &th);
      cairo_arc (cr, x1 - 14, y, 11, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 1);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_move_to (cr, x1 - 14 - tw / 2.0, y - th / 2.0);
      pango_cairo_show_layout (cr, layout);
      pango_font_description_free (font);
      g_object_unref (layout);
    }
  cairo_restore (cr);
}

/*
 * The worksheet
 */

typedef struct
{
  cairo_t              *cr;
  PangoFontDescription *title_font;
  PangoFontDescription *body_font;
  PangoFontDescription *bold_font;
  PangoFontDescription *small_font;
  double                y;
  guint                 page;
} Sheet;

static PangoLayout *
sheet_layout (Sheet                      *sheet,
              const PangoFontDescription *font,
              const char                 *text,
              double                      width,
              double                     *height)
{
  PangoLayout *layout = pango_cairo_create_layout (sheet->cr);
  int w, h;

  /* Points on paper */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &w, &h);
  *height = (double)h / PANGO_SCALE;
  return layout;
}

static void
sheet_footer (Sheet *sheet)
{
  g_autofree char *text = NULL;
  PangoLayout *layout;
  double h;

  /* translators: the footer of every page of the quiz worksheet; %u is the page number */
  text = g_strdup_printf (_("Skin Deep quiz · for education, not medical advice · page %u"),
                          sheet->page);
  layout = sheet_layout (sheet, sheet->small_font, text, TEXT_WIDTH, &h);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  cairo_set_source_rgb (sheet->cr, 0.35, 0.35, 0.38);
  cairo_move_to (sheet->cr, MARGIN, PAGE_HEIGHT - MARGIN / 2 - h);
  pango_cairo_show_layout (sheet->cr, layout);
  g_object_unref (layout);
}

static void
sheet_new_page (Sheet *sheet)
{
  sheet_footer (sheet);
  cairo_show_page (sheet->cr);
  sheet->page++;
  sheet->y = MARGIN;
}

/* Moves to a new page unless @height more points fit on this one */
static void
sheet_reserve (Sheet  *sheet,
               double  height)
{
  if (sheet->y + height > PAGE_HEIGHT - MARGIN - FOOTER_SPACE && sheet->y > MARGIN)
    sheet_new_page (sheet);
}

static void
sheet_text (Sheet                      *sheet,
            const PangoFontDescription *font,
            const char                 *text,
            double                      indent,
            double                      space_after)
{
  double h;
  PangoLayout *layout = sheet_layout (sheet, font, text, TEXT_WIDTH - indent, &h);

  sheet_reserve (sheet, h);
  cairo_set_source_rgb (sheet->cr, 0.1, 0.1, 0.12);
  cairo_move_to (sheet->cr, MARGIN + indent, sheet->y);
  pango_cairo_show_layout (sheet->cr, layout);
  sheet->y += h + space_after;
  g_object_unref (layout);
}

static double
measure (Sheet                      *sheet,
         const PangoFontDescription *font,
         const char                 *text,
         double                      width)
{
  double h;
  PangoLayout *layout = sheet_layout (sheet, font, text, width, &h);

  g_object_unref (layout);
  return h;
}

static char
choice_letter (guint i)
{
  return (char)('A' + i);
}

static void
sheet_question (Sheet                *sheet,
                SdPainter            *painter,
                const SdQuizQuestion *q,
                guint                 number)
{
  g_autofree char *prompt = g_strdup_printf ("%u. %s", number, q->prompt);
  double block = measure (sheet, sheet->bold_font, prompt, TEXT_WIDTH) + 6;

  if (sd_quiz_question_has_picture (q))
    block += PICTURE_HEIGHT + 8;
  /* the question, its picture and its choices stay together */
  for (guint i = 0; i < q->n_choices; i++)
    block += measure (sheet, sheet->body_font, q->choices[i], TEXT_WIDTH - 40) + 3;
  sheet_reserve (sheet, block);

  sheet_text (sheet, sheet->bold_font, prompt, 0, 6);

  if (sd_quiz_question_has_picture (q))
    {
      SdSkinProfile profile;
      SdPaintOptions options;

      sd_quiz_picture_setup (q, PICTURE_WIDTH, PICTURE_HEIGHT, &profile, &options);
      cairo_save (sheet->cr);
      cairo_translate (sheet->cr, MARGIN + 16, sheet->y);
      sd_quiz_picture_paint (painter, sheet->cr, q, &profile, &options,
                             PICTURE_WIDTH, PICTURE_HEIGHT);
      cairo_restore (sheet->cr);
      cairo_set_line_width (sheet->cr, 0.75);
      cairo_set_source_rgb (sheet->cr, 0.6, 0.6, 0.62);
      cairo_rectangle (sheet->cr, MARGIN + 16, sheet->y, PICTURE_WIDTH, PICTURE_HEIGHT);
      cairo_stroke (sheet->cr);
      sheet->y += PICTURE_HEIGHT + 8;
    }

  for (guint i = 0; i < q->n_choices; i++)
    {
      /* a square to tick where several answers may be right, a circle where one is */
      g_autofree char *line = g_strdup_printf ("%s  %c   %s", q->multiple ? "□" : "○",
                                               choice_letter (i), q->choices[i]);

      sheet_text (sheet, sheet->body_font, line, 16, 3);
    }
  sheet->y += 14;
}

static void
sheet_key_entry (Sheet                *sheet,
                 const SdQuizQuestion *q,
                 guint                 number)
{
  g_autoptr(GString) answer = g_string_new (NULL);
  g_autofree char *source = NULL;

  g_string_append_printf (answer, "%u. ", number);
  for (guint i = 0; i < q->n_answers; i++)
    g_string_append_printf (answer, "%s%c (%s)", i > 0 ? ", " : "",
                            choice_letter (q->answer[i]), q->choices[q->answer[i]]);

  sheet_reserve (sheet, measure (sheet, sheet->bold_font, answer->str, TEXT_WIDTH) +
                        measure (sheet, sheet->body_font, q->explanation, TEXT_WIDTH - 16));
  sheet_text (sheet, sheet->bold_font, answer->str, 0, 2);
  sheet_text (sheet, sheet->body_font, q->explanation, 16, 2);
  /* translators: the source line under an answer of the worksheet's key */
  source = g_strdup_printf (_("Source: %s"), q->source);
  sheet_text (sheet, sheet->small_font, source, 16, 10);
}

gboolean
sd_worksheet_write_pdf (const SdQuiz  *quiz,
                        const char    *path,
                        GError       **error)
{
  g_autoptr(SdPainter) painter = sd_painter_new ();
  g_autofree char *subtitle = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  Sheet sheet = { 0, };
  guint n;

  g_return_val_if_fail (quiz != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  n = sd_quiz_get_n_questions (quiz);
  surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Skin Deep quiz"));
  sheet.cr = cairo_create (surface);
  sheet.title_font = pango_font_description_from_string ("Sans Bold 17");
  sheet.body_font = pango_font_description_from_string ("Sans 10.5");
  sheet.bold_font = pango_font_description_from_string ("Sans Bold 10.5");
  sheet.small_font = pango_font_description_from_string ("Sans 8.5");
  sheet.y = MARGIN;
  sheet.page = 1;

  /* The questions */
  sheet_text (&sheet, sheet.title_font, _("Skin Deep quiz"), 0, 4);
  /* translators: under the worksheet's title; %u are the seed and the number of questions */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Seed %u · %u question · Name:",
                                           "Seed %u · %u questions · Name:", n),
                              sd_quiz_get_seed (quiz), n);
  sheet_text (&sheet, sheet.body_font, subtitle, 0, 4);
  sheet_text (&sheet, sheet.small_font,
              _("Every question and answer is computed by the Skin Deep model of the skin at "
                "the body site, age and needle given. Tick one circle, or every square that "
                "applies. The answers are on the last page."),
              0, 18);
  for (guint i = 0; i < n; i++)
    sheet_question (&sheet, painter, sd_quiz_get_question (quiz, i), i + 1);

  /* The key, from a page of its own */
  sheet_new_page (&sheet);
  sheet_text (&sheet, sheet.title_font, _("Answer key"), 0, 14);
  for (guint i = 0; i < n; i++)
    sheet_key_entry (&sheet, sd_quiz_get_question (quiz, i), i + 1);
  sheet_footer (&sheet);
  cairo_show_page (sheet.cr);

  status = cairo_status (sheet.cr);
  cairo_destroy (sheet.cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  pango_font_description_free (sheet.title_font);
  pango_font_description_free (sheet.body_font);
  pango_font_description_free (sheet.bold_font);
  pango_font_description_free (sheet.small_font);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s",
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
