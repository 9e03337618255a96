/* sd-handout.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-handout"

#include "config.h"

#include "sd-handout.h"
#include "sd-chart.h"
#include "sd-course-label.h"
#include "sd-export.h"
#include "sd-painter.h"
#include "sd-safety.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

/* The whole document is one flow of blocks. Each page request runs the flow from the
 * start and draws only the blocks that land on that page, so page breaks, the page
 * count and the drawing can never disagree. */

#define MARGIN_PT      48.0
#define BODY_SIZE      9.5
#define SMALL_SIZE     7.5
#define HEADING_SIZE   12.0
#define TITLE_SIZE     18.0
#define GAP_PT         8.0
/* Picture and chart are drawn at 4/3 of their printed size and scaled down, so that their
 * own 9-pixel labels print at about 7 points. */
#define FIGURE_SCALE   0.75

struct _SdHandout
{
  SdHandoutParams  params;
  char            *note;
  char            *name;
  SdSkinProfile    profile;
  SdNeedleResult   needle;
  SdCaution        caution;
  SdChartData     *chart_data;
  SdPainter       *painter;
  SdChart         *chart;
};

typedef struct
{
  SdHandout *self;
  cairo_t   *cr;
  int        wanted;       /* the page to draw; -1 = measure only */
  guint      page;
  double     width;        /* the page */
  double     height;
  double     x;            /* the text column */
  double     column;
  double     y;
  double     k;            /* text, gaps and figures scaled to fit two pages */
} Flow;

static const char *month_names[12] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"), NC_("month", "July"),
  NC_("month", "August"), NC_("month", "September"), NC_("month", "October"),
  NC_("month", "November"), NC_("month", "December"),
};

/*
 * Paper
 */

const char *
sd_paper_to_id (SdPaper paper)
{
  g_return_val_if_fail ((guint)paper < SD_N_PAPERS, NULL);
  return paper == SD_PAPER_A4 ? "a4" : "letter";
}

gboolean
sd_paper_from_id (const char *id,
                  SdPaper    *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  if (g_strcmp0 (id, "a4") == 0)
    *out = SD_PAPER_A4;
  else if (g_strcmp0 (id, "letter") == 0)
    *out = SD_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

void
sd_paper_get_size (SdPaper  paper,
                   double  *width_pt,
                   double  *height_pt)
{
  g_return_if_fail ((guint)paper < SD_N_PAPERS);

  /* ISO 216: 210 × 297 mm; US Letter: 8.5 × 11 in */
  *width_pt = paper == SD_PAPER_A4 ? 210.0 / 25.4 * 72.0 : 612.0;
  *height_pt = paper == SD_PAPER_A4 ? 297.0 / 25.4 * 72.0 : 792.0;
}

/*
 * Text
 */

char *
sd_handout_format_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  /* translators: a date: the day of the month, the month's name, the year
   * ("2 March 2026"); reorder with %1$d, %2$s, %3$d */
  return g_strdup_printf (_("%1$d %2$s %3$d"), (int)g_date_get_day (date),
                          g_dpgettext2 (GETTEXT_PACKAGE, "month",
                                        month_names[g_date_get_month (date) - 1]),
                          (int)g_date_get_year (date));
}

static PangoLayout *
make_layout (Flow       *flow,
             const char *markup,
             double      size,
             gboolean    bold,
             double      width)
{
  PangoContext *context = pango_cairo_create_context (flow->cr);
  PangoLayout *layout;
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  /* the flow works in points: 72 units per inch, whatever the surface */
  pango_cairo_context_set_resolution (context, 72);
  layout = pango_layout_new (context);
  g_object_unref (context);
  pango_font_description_set_size (font, (int)(size * flow->k * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static gboolean
drawing (Flow *flow)
{
  return flow->wanted >= 0 && (guint)flow->wanted == flow->page;
}

/* Moves to the next page when @height does not fit below y. */
static void
reserve (Flow   *flow,
         double  height)
{
  if (flow->y + height > flow->height - MARGIN_PT && flow->y > MARGIN_PT + 1)
    {
      flow->page++;
      flow->y = MARGIN_PT;
    }
}

static void
force_page (Flow *flow)
{
  if (flow->page == 0 && flow->y > MARGIN_PT + 1)
    {
      flow->page++;
      flow->y = MARGIN_PT;
    }
}

static void
text_block (Flow       *flow,
            const char *markup,
            double      size,
            gboolean    bold,
            double      indent,
            double      grey,
            double      space_after)
{
  g_autoptr(PangoLayout) layout = make_layout (flow, markup, size, bold,
                                               flow->column - indent);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  reserve (flow, (double)h / PANGO_SCALE);
  if (drawing (flow))
    {
      cairo_save (flow->cr);
      cairo_set_source_rgb (flow->cr, grey, grey, grey + 0.02);
      cairo_move_to (flow->cr, flow->x + indent, flow->y);
      pango_cairo_show_layout (flow->cr, layout);
      cairo_restore (flow->cr);
    }
  flow->y += (double)h / PANGO_SCALE + space_after * flow->k;
}

static void
plain_block (Flow       *flow,
             const char *text,
             double      size,
             gboolean    bold,
             double      indent,
             double      grey,
             double      space_after)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  text_block (flow, escaped, size, bold, indent, grey, space_after);
}

static void
heading (Flow       *flow,
         const char *text)
{
  /* a heading never ends a page alone: keep room for two lines after it */
  reserve (flow, HEADING_SIZE * 1.3 + 4 + BODY_SIZE * 2.6);
  flow->y += 4;
  plain_block (flow, text, HEADING_SIZE, TRUE, 0, 0.10, 3);
  if (drawing (flow))
    {
      cairo_save (flow->cr);
      cairo_set_source_rgb (flow->cr, 0.72, 0.55, 0.58);
      cairo_set_line_width (flow->cr, 0.8);
      cairo_move_to (flow->cr, flow->x, flow->y - 1);
      cairo_line_to (flow->cr, flow->x + flow->column, flow->y - 1);
      cairo_stroke (flow->cr);
      cairo_restore (flow->cr);
    }
  flow->y += 3;
}

static void
bullet (Flow       *flow,
        const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autoptr(PangoLayout) layout = make_layout (flow, escaped, BODY_SIZE, FALSE,
                                               flow->column - 12);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  reserve (flow, (double)h / PANGO_SCALE);
  if (drawing (flow))
    {
      cairo_save (flow->cr);
      cairo_set_source_rgb (flow->cr, 0.12, 0.12, 0.14);
      cairo_new_path (flow->cr);
      cairo_arc (flow->cr, flow->x + 4, flow->y + BODY_SIZE * flow->k * 0.66, 1.6 * flow->k,
                 0, 2 * G_PI);
      cairo_fill (flow->cr);
      cairo_move_to (flow->cr, flow->x + 12, flow->y);
      pango_cairo_show_layout (flow->cr, layout);
      cairo_restore (flow->cr);
    }
  flow->y += (double)h / PANGO_SCALE + 2;
}

static void
source_line (Flow       *flow,
             const char *source,
             SdSafetyEvidence  evidence)
{
  /* translators: below a list of facts: the kind of evidence ("measured", "rule of
   * thumb"), then the citation */
  g_autofree char *text = g_strdup_printf (_("Source (%s): %s"),
                                           _(sd_safety_evidence_get_name (evidence)), source);
  plain_block (flow, text, SMALL_SIZE, FALSE, 12, 0.42, 5);
}

/* The items of a topic, one source line after each run of items that share it. */
static void
safety_topic (Flow          *flow,
              SdSafetyTopic  topic)
{
  guint n = 0;
  const SdSafetyItem *items = sd_safety_get_items (topic, &n);

  heading (flow, _(sd_safety_topic_get_title (topic)));
  for (guint i = 0; i < n; i++)
    {
      bullet (flow, _(items[i].text));
      if (i + 1 == n || strcmp (items[i].source, items[i + 1].source) != 0 ||
          items[i].evidence != items[i + 1].evidence)
        source_line (flow, items[i].source, items[i].evidence);
    }
}

/*
 * Blocks
 */

static void
paint_header (Flow *flow)
{
  SdHandout *self = flow->self;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *sex_age = NULL;
  g_autofree char *length = sd_format_length_mm (self->params.course.length_mm);
  g_autofree char *today = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay)g_date_time_get_day_of_month (now),
                  (GDateMonth)g_date_time_get_month (now), (GDateYear)g_date_time_get_year (now));
  today = sd_handout_format_date (&date);

  /* translators: the handout's title; %s is the body site ("Cheek") */
  title = g_strdup_printf (_("Your microneedling plan: %s"),
                           _(sd_site_get_name (self->params.course.site)));
  plain_block (flow, title, TITLE_SIZE, TRUE, 0, 0.08, 4);
  if (self->name != NULL)
    {
      /* translators: %s is the patient's name, typed for this printout only */
      g_autofree char *for_name = g_strdup_printf (_("Prepared for %s"), self->name);
      plain_block (flow, for_name, BODY_SIZE + 1.5, TRUE, 0, 0.2, 2);
    }
  sex_age = g_strdup_printf (self->params.course.sex == SD_SEX_FEMALE
                               /* translators: %g is the age in years */
                               ? _("woman, %g years") : _("man, %g years"),
                             self->params.course.age_years);
  /* translators: site, age and sex, device, needle length, the date printed */
  subtitle = g_strdup_printf (_("Skin of a %s · %s, %s mm needle · printed %s"), sex_age,
                              _(sd_device_get_name (self->params.course.device)), length,
                              today);
  plain_block (flow, subtitle, BODY_SIZE, FALSE, 0, 0.3, GAP_PT);
}

static void
paint_section (Flow *flow)
{
  SdHandout *self = flow->self;
  SdPaintOptions options;
  double w = flow->column, h = flow->column * 0.42 * flow->k;

  heading (flow, _("How deep the needle goes"));
  reserve (flow, h);
  if (drawing (flow))
    {
      cairo_save (flow->cr);
      cairo_translate (flow->cr, flow->x, flow->y);
      cairo_rectangle (flow->cr, 0, 0, w, h);
      cairo_clip (flow->cr);
      cairo_scale (flow->cr, FIGURE_SCALE, FIGURE_SCALE);
      sd_paint_options_init (&options);
      options.foreground = (SdPaintColor) { 0.14, 0.14, 0.16, 1 };
      options.background = (SdPaintColor) { 1, 1, 1, 1 };
      options.show_needle = TRUE;
      options.needle = &self->needle;
      options.needle_progress = 1.0;
      sd_painter_paint (self->painter, flow->cr, &self->profile, &options,
                        w / FIGURE_SCALE, h / FIGURE_SCALE);
      cairo_restore (flow->cr);
      cairo_save (flow->cr);
      cairo_set_source_rgb (flow->cr, 0.75, 0.75, 0.78);
      cairo_set_line_width (flow->cr, 0.6);
      cairo_rectangle (flow->cr, flow->x, flow->y, w, h);
      cairo_stroke (flow->cr);
      cairo_restore (flow->cr);
    }
  flow->y += h + 4;
  plain_block (flow, _("Drawn to scale from published thicknesses at this site, age and sex. "
                       "Real skin varies from person to person."),
               SMALL_SIZE, FALSE, 0, 0.42, GAP_PT);
}

static void
paint_layers (Flow *flow)
{
  SdHandout *self = flow->self;
  g_autoptr(GString) layers = g_string_new (NULL);
  g_autofree char *depth = NULL;
  g_autofree char *bleeding = NULL;

  for (guint i = 0; i < self->profile.n_layers; i++)
    if (self->needle.layers_reached & SD_LAYER_MASK (self->profile.layers[i].id))
      {
        if (layers->len > 0)
          g_string_append (layers, ", ");
        g_string_append (layers, _(sd_layer_get_common_name (self->profile.layers[i].id)));
      }

  /* translators: %.2f is the depth in mm; %s the deepest layer's name */
  depth = g_strdup_printf (_("The needle's tip really reaches about %.2f mm (the skin dimples "
                             "first, so less than the needle's length enters), into the %s."),
                           self->needle.effective_um / 1000.0,
                           _(sd_layer_get_common_name (self->needle.deepest_layer)));
  bullet (flow, depth);
  {
    /* translators: %s is a list of layers */
    g_autofree char *reached = g_strdup_printf (_("Layers it passes: %s."), layers->str);
    bullet (flow, reached);
  }
  /* translators: %s is "Not expected", "Possible" or "Expected" */
  bleeding = g_strdup_printf (_("Pinpoint bleeding: %s."),
                              _(sd_bleeding_get_name (self->needle.bleeding_level)));
  bullet (flow, bleeding);
  source_line (flow, _(sd_device_get_fraction_source (self->params.course.device)),
               SD_SAFETY_EVIDENCE_MEASURED);

  if (self->caution.flags != SD_CAUTION_NONE)
    {
      g_autofree char *reason = sd_caution_describe (&self->caution);
      g_autofree char *escaped = g_markup_escape_text (reason, -1);
      g_autofree char *markup = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      int w, h;

      /* translators: a caution on the handout (Pango markup); %s gives the reasons */
      markup = g_strdup_printf (_("<b>Caution.</b> %s Ask your clinician why this length "
                                  "was chosen."), escaped);
      layout = make_layout (flow, markup, BODY_SIZE, FALSE, flow->column - 20);
      pango_layout_get_size (layout, &w, &h);
      reserve (flow, (double)h / PANGO_SCALE + 12);
      if (drawing (flow))
        {
          cairo_save (flow->cr);
          cairo_set_source_rgb (flow->cr, 1.0, 0.95, 0.86);
          cairo_rectangle (flow->cr, flow->x, flow->y, flow->column,
                           (double)h / PANGO_SCALE + 12);
          cairo_fill (flow->cr);
          cairo_set_source_rgb (flow->cr, 0.80, 0.45, 0.0);
          cairo_rectangle (flow->cr, flow->x, flow->y, 3, (double)h / PANGO_SCALE + 12);
          cairo_fill (flow->cr);
          cairo_set_source_rgb (flow->cr, 0.25, 0.15, 0.0);
          cairo_move_to (flow->cr, flow->x + 12, flow->y + 6);
          pango_cairo_show_layout (flow->cr, layout);
          cairo_restore (flow->cr);
        }
      flow->y += (double)h / PANGO_SCALE + 12 + GAP_PT;
    }
}

static void
paint_plan (Flow *flow)
{
  SdHandout *self = flow->self;
  guint n = sd_chart_data_get_n_sessions (self->chart_data);
  SdDowntime downtime;

  sd_safety_get_downtime (self->params.course.length_mm, &downtime);
  heading (flow, _("Your sessions"));
  for (guint i = 0; i < n; i++)
    {
      GDate date = self->params.start, until;
      g_autofree char *when = NULL;
      g_autofree char *until_text = NULL;
      g_autofree char *line = NULL;

      g_date_add_days (&date, sd_chart_data_get_session_day (self->chart_data, i));
      until = date;
      g_date_add_days (&until, downtime.max_days);
      when = sd_handout_format_date (&date);
      until_text = sd_handout_format_date (&until);
      /* translators: session number, its date, then how many days of redness and swelling
       * (a range) and the date they are usually gone by */
      line = g_strdup_printf (_("<b>Session %u · %s</b>: redness and swelling for about %u "
                                "to %u days, usually gone by %s."),
                              i + 1, when, downtime.min_days, downtime.max_days, until_text);
      text_block (flow, line, BODY_SIZE, FALSE, 0, 0.12, 3);
    }
  source_line (flow, downtime.source, downtime.evidence);
  safety_topic (flow, SD_SAFETY_RESULTS);
}

static void
paint_note (Flow *flow)
{
  SdHandout *self = flow->self;

  if (self->note == NULL)
    return;
  heading (flow, _("Note from your clinician"));
  plain_block (flow, self->note, BODY_SIZE + 0.5, FALSE, 0, 0.1, GAP_PT);
}

static void
paint_chart (Flow *flow)
{
  SdHandout *self = flow->self;
  SdChartOptions options;
  double w = flow->column, h = flow->column * 0.30 * flow->k;

  heading (flow, _("Collagen over the course"));
  reserve (flow, h);
  if (drawing (flow))
    {
      cairo_save (flow->cr);
      cairo_translate (flow->cr, flow->x, flow->y);
      cairo_rectangle (flow->cr, 0, 0, w, h);
      cairo_clip (flow->cr);
      cairo_scale (flow->cr, FIGURE_SCALE, FIGURE_SCALE);
      sd_chart_options_init (&options);
      options.series = SD_CHART_SERIES_ALL;
      options.day = -1;
      options.fill_background = TRUE;
      options.show_legend = TRUE;
      options.foreground = (SdPaintColor) { 0.14, 0.14, 0.16, 1 };
      options.background = (SdPaintColor) { 1, 1, 1, 1 };
      options.accent = (SdPaintColor) { 0.21, 0.52, 0.89, 1 };
      sd_chart_paint (self->chart, flow->cr, &options, w / FIGURE_SCALE, h / FIGURE_SCALE);
      cairo_restore (flow->cr);
    }
  flow->y += h + 4;
  plain_block (flow, _("Change in collagen from before the first session, as the model "
                       "computes it: the shaded band is the typical range, the grey line "
                       "the same skin without treatment."),
               SMALL_SIZE + 0.5, FALSE, 0, 0.3, 2);
  plain_block (flow, _(SD_CHART_RANGE_SOURCE), SMALL_SIZE, FALSE, 0, 0.42, GAP_PT);
}

static void
paint_sources (Flow *flow)
{
  SdHandout *self = flow->self;
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  heading (flow, _("Sources of the picture"));
  for (guint i = 0; i < self->profile.n_layers; i++)
    {
      const SdLayer *layer = &self->profile.layers[i];
      gboolean dup = FALSE;

      for (guint j = 0; j < seen->len; j++)
        dup |= strcmp (g_ptr_array_index (seen, j), layer->source) == 0;
      if (dup)
        continue;
      g_ptr_array_add (seen, (gpointer)layer->source);
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, layer->source);
    }
  {
    /* translators: %s is a list of citations */
    g_autofree char *layers = g_strdup_printf (_("Layer thicknesses: %s."), text->str);
    plain_block (flow, layers, SMALL_SIZE, FALSE, 0, 0.35, 2);
  }
  plain_block (flow, _(sd_bleeding_get_source ()), SMALL_SIZE, FALSE, 0, 0.35, GAP_PT);
}

static void
paint_disclaimer (Flow *flow)
{
  g_autofree char *markup = g_strdup_printf ("<b>%s</b>",
    _("Skin Deep is for education. It does not replace your clinician’s advice: ask them "
      "about anything on this page. The numbers are typical values from published studies "
      "and rules of thumb, each with its source; your own skin and results will differ."));

  reserve (flow, 40);
  flow->y += 4;
  text_block (flow, markup, BODY_SIZE - 0.5, FALSE, 0, 0.15, 0);
}

static void
run_flow (Flow *flow)
{
  paint_header (flow);
  paint_section (flow);
  paint_layers (flow);
  paint_plan (flow);
  paint_note (flow);
  safety_topic (flow, SD_SAFETY_CALL_CLINIC);
  /* the chart and the other safety facts start the second page */
  force_page (flow);
  paint_chart (flow);
  safety_topic (flow, SD_SAFETY_SIDE_EFFECTS);
  safety_topic (flow, SD_SAFETY_AFTERCARE);
  safety_topic (flow, SD_SAFETY_CONTRAINDICATIONS);
  paint_sources (flow);
  paint_disclaimer (flow);
}

static void
flow_init (Flow      *flow,
           SdHandout *self,
           cairo_t   *cr,
           int        wanted,
           double     width,
           double     height)
{
  *flow = (Flow) { self, cr, wanted, 0, width, height, MARGIN_PT, width - 2 * MARGIN_PT,
                   MARGIN_PT, 1.0 };
}

/* The largest text scale at which everything fits on two pages (a long note, many
 * sessions or Letter paper shrink it a little; below the last step, the end is cut). */
static double
fit_scale (SdHandout *self,
           cairo_t   *cr,
           double     width,
           double     height)
{
  static const double steps[] = { 1.0, 0.94, 0.88, 0.82, 0.76, 0.70 };
  Flow flow;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      flow_init (&flow, self, cr, -1, width, height);
      flow.k = steps[i];
      run_flow (&flow);
      if (flow.page + 1 <= SD_HANDOUT_MAX_PAGES)
        return steps[i];
    }
  return steps[G_N_ELEMENTS (steps) - 1];
}

/*
 * Public API
 */

void
sd_handout_params_init (SdHandoutParams *params)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_if_fail (params != NULL);

  memset (params, 0, sizeof *params);
  sd_course_params_init (&params->course);
  params->course.sessions = 3;
  params->course.interval_weeks = 4.0;
  g_date_clear (&params->start, 1);
  g_date_set_dmy (&params->start, (GDateDay)g_date_time_get_day_of_month (now),
                  (GDateMonth)g_date_time_get_month (now),
                  (GDateYear)g_date_time_get_year (now));
  params->paper = SD_PAPER_A4;
}

static char *
clean_text (const char *text)
{
  g_autofree char *stripped = NULL;

  if (text == NULL)
    return NULL;
  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    return NULL;
  return g_steal_pointer (&stripped);
}

SdHandout *
sd_handout_new (const SdHandoutParams *params,
                GError               **error)
{
  g_autoptr(SdHandout) self = NULL;
  SdCourseParams course;

  g_return_val_if_fail (params != NULL, NULL);

  if (!g_date_valid (&params->start))
    {
      g_set_error_literal (error, SD_MODEL_ERROR, SD_MODEL_ERROR_INVALID_VALUE,
                           _("The start date is not a valid date"));
      return NULL;
    }
  if ((params->note != NULL && !g_utf8_validate (params->note, -1, NULL)) ||
      (params->name != NULL && !g_utf8_validate (params->name, -1, NULL)))
    {
      g_set_error_literal (error, SD_MODEL_ERROR, SD_MODEL_ERROR_INVALID_VALUE,
                           _("The note and the name must be UTF-8 text"));
      return NULL;
    }
  if (params->note != NULL && g_utf8_strlen (params->note, -1) > SD_HANDOUT_NOTE_MAX_CHARS)
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE,
                   _("The note has %ld characters; at most %d fit on the handout"),
                   (long)g_utf8_strlen (params->note, -1), SD_HANDOUT_NOTE_MAX_CHARS);
      return NULL;
    }
  if (params->name != NULL && g_utf8_strlen (params->name, -1) > SD_HANDOUT_NAME_MAX_CHARS)
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE,
                   _("The name has %ld characters; at most %d fit on the handout"),
                   (long)g_utf8_strlen (params->name, -1), SD_HANDOUT_NAME_MAX_CHARS);
      return NULL;
    }

  self = g_new0 (SdHandout, 1);
  self->params = *params;
  self->note = clean_text (params->note);
  self->name = clean_text (params->name);
  self->params.note = self->note;
  self->params.name = self->name;

  course = params->course;
  if (course.sessions < 1)
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE,
                   _("A handout needs at least one session"));
      return NULL;
    }
  if (!sd_skin_profile_compute (course.site, course.age_years, course.sex, &self->profile,
                                error) ||
      !sd_needle_compute (&self->profile, course.device, course.length_mm, course.fraction,
                          &self->needle, error) ||
      !sd_safety_check_caution (&self->profile, course.device, course.length_mm,
                                &self->caution, error))
    return NULL;

  self->chart_data = sd_chart_data_new_for_params (&course, error);
  if (self->chart_data == NULL)
    return NULL;
  self->painter = sd_painter_new ();
  self->chart = sd_chart_new ();
  sd_chart_set_data (self->chart, self->chart_data);
  return g_steal_pointer (&self);
}

void
sd_handout_free (SdHandout *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->chart, sd_chart_free);
  g_clear_pointer (&self->painter, sd_painter_free);
  g_clear_pointer (&self->chart_data, sd_chart_data_unref);
  g_free (self->note);
  g_free (self->name);
  g_free (self);
}

guint
sd_handout_get_n_pages (SdHandout *self,
                        double     width_pt,
                        double     height_pt)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  Flow flow;

  g_return_val_if_fail (self != NULL, 1);

  /* measuring needs a context for the fonts, not pixels */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  flow_init (&flow, self, cr, -1, width_pt, height_pt);
  flow.k = fit_scale (self, cr, width_pt, height_pt);
  run_flow (&flow);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return MIN (flow.page + 1, SD_HANDOUT_MAX_PAGES);
}

void
sd_handout_paint_page (SdHandout *self,
                       cairo_t   *cr,
                       guint      page,
                       double     width_pt,
                       double     height_pt)
{
  Flow flow;
  double k;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, width_pt, height_pt);
  cairo_fill (cr);
  cairo_restore (cr);

  flow_init (&flow, self, cr, -1, width_pt, height_pt);
  k = fit_scale (self, cr, width_pt, height_pt);
  flow_init (&flow, self, cr, (int)page, width_pt, height_pt);
  flow.k = k;
  run_flow (&flow);

  /* the page number, at the foot */
  {
    /* translators: the page number at the foot of the handout */
    g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page + 1,
                                             sd_handout_get_n_pages (self, width_pt, height_pt));
    Flow foot;

    flow_init (&foot, self, cr, 0, width_pt, height_pt);
    foot.y = height_pt - MARGIN_PT + 14;
    plain_block (&foot, text, SMALL_SIZE, FALSE, 0, 0.45, 0);
  }
}

static gboolean
write_pdf_cb (const char *tmp_path,
              gpointer    user_data,
              GError    **error)
{
  SdHandout *self = user_data;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double w, h;
  guint n_pages;

  sd_paper_get_size (self->params.paper, &w, &h);
  n_pages = sd_handout_get_n_pages (self, w, h);
  surface = cairo_pdf_surface_create (tmp_path, w, h);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  _("Your microneedling plan"));
  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      sd_handout_paint_page (self, cr, i, w, h);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s",
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
sd_handout_write_pdf (SdHandout   *self,
                      const char  *path,
                      GError     **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return sd_export_write_atomically (path, "handout", write_pdf_cb, self, error);
}
