/* sd-lifetime-chart.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-lifetime-chart"

#include "config.h"

#include "sd-lifetime-chart.h"

#include "sd-ageing.h"
#include "sd-paint-palette.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#define FROM_AGE ((double)SD_LIFETIME_FROM_AGE_DEFAULT)
#define TO_AGE   ((double)SD_LIFETIME_TO_AGE_DEFAULT)
#define MARGIN_LEFT   44.0
#define MARGIN_RIGHT  26.0
#define MARGIN_TOP    20.0
#define MARGIN_BOTTOM 22.0
#define PANEL_GAP     26.0
#define N_AGES ((guint)(TO_AGE - FROM_AGE) + 1)

/* Okabe–Ito: blue for collagen, vermilion for the lifestyle, bluish green for the dermis,
 * reddish purple for the epidermis */
#define COLLAGEN_HEX   0x0072b2
#define COLLAGEN_DARK  0x56b4e9
#define LIFESTYLE_HEX  0xd55e00
#define DERMIS_HEX     0x009e73
#define EPIDERMIS_HEX  0xcc79a7
#define COURSE_HEX     0xe69f00

void
sd_lifetime_chart_options_init (SdLifetimeChartOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (SdLifetimeChartOptions) {
    .cursor_age = NAN,
    .course_age = NAN,
    .fill_background = TRUE,
    .foreground = { 0.1, 0.1, 0.1, 1.0 },
    .background = { 1.0, 1.0, 1.0, 1.0 },
    .accent = { 0.21, 0.52, 0.89, 1.0 },
  };
}

double
sd_lifetime_chart_x_for_age (double width,
                             double age)
{
  double plot_w = MAX (width - MARGIN_LEFT - MARGIN_RIGHT, 1.0);

  return MARGIN_LEFT + (CLAMP (age, FROM_AGE, TO_AGE) - FROM_AGE) / (TO_AGE - FROM_AGE) * plot_w;
}

double
sd_lifetime_chart_age_for_x (double width,
                             double x)
{
  double plot_w = MAX (width - MARGIN_LEFT - MARGIN_RIGHT, 1.0);

  return CLAMP (FROM_AGE + (x - MARGIN_LEFT) / plot_w * (TO_AGE - FROM_AGE), FROM_AGE, TO_AGE);
}

G_GNUC_FORMAT (2) static const char *
tr (const SdLifetimeChartOptions *options,
    const char                   *msgid)
{
  return options->translate != NULL ? options->translate (msgid) : _(msgid);
}

static void
draw_text (cairo_t                      *cr,
           const SdLifetimeChartOptions *options,
           const PangoFontDescription   *font,
           const char                   *text,
           double                        x,
           double                        y,
           double                        align)    /* 0 left, 0.5 centre, 1 right */
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  int w, h;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - align * w, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
  (void)options;
}

typedef struct
{
  double x, y, w, h;
  double lo, hi;
} Panel;

static double
panel_y (const Panel *p,
         double       v)
{
  return p->y + p->h - (v - p->lo) / (p->hi - p->lo) * p->h;
}

static void
stroke_series (cairo_t     *cr,
               const Panel *p,
               double       width,
               const double *values)
{
  for (guint i = 0; i < N_AGES; i++)
    {
      double x = sd_lifetime_chart_x_for_age (width, FROM_AGE + i);
      double y = panel_y (p, values[i]);

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);
}

static gboolean
is_neutral (const SdLifetimeParams *params)
{
  return params->uv == SD_UV_NONE && !params->smoking && params->alcohol == SD_ALCOHOL_NONE
         && params->pollution == SD_POLLUTION_LOW && params->diet == SD_DIET_GOOD;
}

static int
text_width (cairo_t                    *cr,
            const PangoFontDescription *font,
            const char                 *text,
            int                        *height)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  int w, h;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  g_object_unref (layout);
  if (height != NULL)
    *height = h;
  return w;
}

/* A marker's label, in the rows above the plot: where it starts and on which row, so
 * that two labels never overlap and none leaves the chart. */
typedef struct
{
  double      age;
  const char *label;
  double      x;       /* the line */
  double      text_x;  /* the label's left edge */
  int         w;
  guint       row;
} Marker;

static guint
place_markers (cairo_t                    *cr,
               const PangoFontDescription *font,
               Marker                     *markers,
               guint                       n,
               double                      width)
{
  guint rows = 0;

  for (guint i = 0; i < n; i++)
    {
      Marker *m = &markers[i];

      m->x = round (sd_lifetime_chart_x_for_age (width, m->age)) + 0.5;
      m->w = text_width (cr, font, m->label, NULL);
      /* Right of its line; pulled left where it would leave the chart */
      m->text_x = MIN (m->x + 3, width - 2 - m->w);
      m->text_x = MAX (m->text_x, 2);
      m->row = 0;
      for (guint j = 0; j < i; j++)
        if (markers[j].row == m->row && m->text_x < markers[j].text_x + markers[j].w + 8
            && markers[j].text_x < m->text_x + m->w + 8)
          m->row++;
      rows = MAX (rows, m->row + 1);
    }
  return rows;
}

static void
draw_marker (cairo_t                      *cr,
             const SdLifetimeChartOptions *options,
             const PangoFontDescription   *font,
             const Panel                  *p,
             const Marker                 *m,
             double                        rows_y,
             double                        line_h)
{
  static const double dash[] = { 2.0, 3.0 };
  double label_y = rows_y + m->row * line_h;

  set_color (cr, &options->foreground, 0.55);
  cairo_set_line_width (cr, 1.0);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_move_to (cr, m->x, label_y + line_h * 0.5);
  cairo_line_to (cr, m->x, p->y + p->h);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  set_color (cr, &options->foreground, 0.75);
  draw_text (cr, options, font, m->label, m->text_x, label_y, 0.0);
}

/* The legend's entries in a row (wrapping where the chart is narrow) from @y; returns
 * the height used. Each entry: a line (dashed or not) or a band swatch, then its text. */
typedef enum { KEY_LINE, KEY_DASHED, KEY_BAND } KeyKind;

static double
draw_legend (cairo_t                      *cr,
             const SdLifetimeChartOptions *options,
             const PangoFontDescription   *font,
             const KeyKind                *kinds,
             const SdPaintColor          **colors,
             const char * const           *texts,
             guint                         n,
             double                        x0,
             double                        y,
             double                        right,
             double                        line_h)
{
  double x = x0, row_y = y;

  for (guint i = 0; i < n; i++)
    {
      int w = text_width (cr, font, texts[i], NULL);
      double entry_w = 22 + w;

      if (x > x0 && x + entry_w > right)
        {
          x = x0;
          row_y += line_h;
        }
      if (kinds[i] == KEY_BAND)
        {
          set_color (cr, colors[i], 0.22);
          cairo_rectangle (cr, x, row_y + line_h * 0.5 - 4, 18, 8);
          cairo_fill (cr);
        }
      else
        {
          static const double dash[] = { 6.0, 4.0 };

          set_color (cr, colors[i], 1.0);
          cairo_set_line_width (cr, kinds[i] == KEY_DASHED ? 2.0 : 3.0);
          if (kinds[i] == KEY_DASHED)
            cairo_set_dash (cr, dash, 2, 0);
          cairo_move_to (cr, x, row_y + line_h * 0.5);
          cairo_line_to (cr, x + 18, row_y + line_h * 0.5);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      set_color (cr, &options->foreground, 0.85);
      draw_text (cr, options, font, texts[i], x + 22, row_y, 0.0);
      x += entry_w + 14;
    }
  return row_y + line_h - y;
}

void
sd_lifetime_chart_paint (cairo_t                      *cr,
                         const SdLifetimeParams       *params,
                         const SdLifetimeChartOptions *options,
                         double                        width,
                         double                        height)
{
  g_autoptr(PangoFontDescription) own_font = NULL;
  const PangoFontDescription *font;
  double rel[N_AGES], low[N_AGES], high[N_AGES], neutral[N_AGES];
  double dermis[N_AGES], epidermis[N_AGES];
  double dermis_max = 0, epi_max = 0, epi_min = G_MAXDOUBLE, dermis_min = G_MAXDOUBLE;
  SdLifetimeParams neutral_params;
  SdPaintColor collagen_color, lifestyle_color;
  gboolean dark, neutral_life;
  Panel top, bottom;
  Marker markers[2];
  guint n_markers, marker_rows, n_keys;
  KeyKind key_kinds[4];
  const SdPaintColor *key_colors[4];
  const char *key_texts[4];
  SdPaintColor course_color = rgb (COURSE_HEX, 1.0);
  g_autofree char *course_text = NULL;
  gboolean with_course;
  double line_h, gap, legend_h, legend_y, markers_y;
  int line_px;
  char buf[64];

  g_return_if_fail (cr != NULL);
  g_return_if_fail (params != NULL);
  g_return_if_fail (options != NULL);

  if (width < MARGIN_LEFT + MARGIN_RIGHT + 20 || height < MARGIN_TOP + MARGIN_BOTTOM + 60)
    return;

  font = options->font;
  if (font == NULL)
    font = own_font = pango_font_description_from_string ("Sans 9");

  dark = _sd_paint_is_dark (&options->background);
  collagen_color = rgb (dark ? COLLAGEN_DARK : COLLAGEN_HEX, 1.0);
  lifestyle_color = rgb (LIFESTYLE_HEX, 1.0);
  neutral_life = is_neutral (params);
  n_keys = 0;
  key_kinds[n_keys] = KEY_LINE;
  key_colors[n_keys] = neutral_life ? &collagen_color : &lifestyle_color;
  key_texts[n_keys++] = neutral_life ? tr (options, N_("Neutral lifestyle"))
                                     : tr (options, N_("This lifestyle"));
  if (!neutral_life)
    {
      key_kinds[n_keys] = KEY_DASHED;
      key_colors[n_keys] = &collagen_color;
      key_texts[n_keys++] = tr (options, N_("Neutral lifestyle"));
    }
  key_kinds[n_keys] = KEY_BAND;
  key_colors[n_keys] = neutral_life ? &collagen_color : &lifestyle_color;
  key_texts[n_keys++] = tr (options, N_("Typical range"));
  with_course = isfinite (options->course_age) && options->course_ratio != NULL
                && options->course_low != NULL && options->course_high != NULL
                && options->course_years >= 1
                && options->course_age >= FROM_AGE && options->course_age < TO_AGE;
  if (with_course)
    {
      /* translators: the lifetime chart's legend; %.0f is the age of the first session */
      course_text = g_strdup_printf (tr (options, N_("One course at %.0f, with its range")),
                                     round (options->course_age));
      key_kinds[n_keys] = KEY_LINE;
      key_colors[n_keys] = &course_color;
      key_texts[n_keys++] = course_text;
    }
  neutral_params = *params;
  neutral_params.uv = SD_UV_NONE;
  neutral_params.smoking = FALSE;
  neutral_params.alcohol = SD_ALCOHOL_NONE;
  neutral_params.pollution = SD_POLLUTION_LOW;
  neutral_params.diet = SD_DIET_GOOD;

  for (guint i = 0; i < N_AGES; i++)
    {
      SdLifetimeYear year;

      if (!sd_lifetime_compute_year (params, FROM_AGE + i, &year, NULL))
        return;
      rel[i] = 100.0 * year.collagen_rel;
      low[i] = 100.0 * year.collagen_low;
      high[i] = 100.0 * year.collagen_high;
      neutral[i] = 100.0 * sd_lifetime_collagen (&neutral_params, FROM_AGE + i,
                                                 SD_ESTIMATE_CENTRAL);
      dermis[i] = year.dermis_um;
      epidermis[i] = year.epidermis_um;
      dermis_max = MAX (dermis_max, dermis[i]);
      dermis_min = MIN (dermis_min, dermis[i]);
      epi_max = MAX (epi_max, epidermis[i]);
      epi_min = MIN (epi_min, epidermis[i]);
    }

  cairo_save (cr);
  if (options->fill_background)
    {
      set_color (cr, &options->background, 1.0);
      cairo_paint (cr);
    }

  /* Rows above the plot, as tall as the text (which follows Large Text): the title,
   * the legend, then the markers' labels. */
  text_width (cr, font, "Ag", &line_px);
  line_h = line_px + 2;
  gap = MAX (PANEL_GAP, line_h + 10);
  n_markers = 0;
  markers[n_markers++] = (Marker) { .age = SD_COLLAGEN_PEAK_AGE,
                                    .label = tr (options, N_("decline from 25")) };
  if (params->sex == SD_SEX_FEMALE)
    markers[n_markers++] = (Marker) { .age = SD_MENOPAUSE_AGE,
                                      .label = tr (options, N_("menopause (51, assumed)")) };
  marker_rows = place_markers (cr, font, markers, n_markers, width);

  top.x = MARGIN_LEFT;
  top.w = width - MARGIN_LEFT - MARGIN_RIGHT;
  {
    /* The legend's height, measured by laying it out where nothing shows */
    cairo_save (cr);
    cairo_rectangle (cr, 0, 0, 0, 0);
    cairo_clip (cr);
    legend_h = draw_legend (cr, options, font, key_kinds, key_colors, key_texts, n_keys,
                            top.x, 0, width - 2, line_h);
    cairo_restore (cr);
  }
  legend_y = 2 + line_h;
  markers_y = legend_y + legend_h + 2;
  top.y = markers_y + marker_rows * line_h + 4;
  top.h = (height - top.y - MARGIN_BOTTOM - gap) * SD_LIFETIME_CHART_COLLAGEN_SHARE;
  if (top.h < 40)
    {
      cairo_restore (cr);
      return;   /* too small to read: nothing rather than a scribble */
    }
  top.lo = 0.0;
  top.hi = 110.0;
  bottom = top;
  bottom.y = top.y + top.h + gap;
  bottom.h = height - MARGIN_BOTTOM - bottom.y;
  bottom.lo = 0.0;
  bottom.hi = ceil (dermis_max / 500.0) * 500.0;

  /* Titles */
  set_color (cr, &options->foreground, 0.85);
  /* xgettext:no-c-format */
  draw_text (cr, options, font, tr (options, N_("Collagen, % of the same person at 25")),
             top.x, 2, 0.0);

  /* Grid and axes */
  cairo_set_line_width (cr, 1.0);
  for (int v = 0; v <= 100; v += 25)
    {
      double y = round (panel_y (&top, v)) + 0.5;

      set_color (cr, &options->foreground, v == 100 ? 0.35 : 0.12);
      cairo_move_to (cr, top.x, y);
      cairo_line_to (cr, top.x + top.w, y);
      cairo_stroke (cr);
      set_color (cr, &options->foreground, 0.7);
      g_snprintf (buf, sizeof buf, "%d %%", v);
      draw_text (cr, options, font, buf, top.x - 4, y - 7, 1.0);
    }
  for (double v = 0; v <= bottom.hi; v += bottom.hi / 2)
    {
      double y = round (panel_y (&bottom, v)) + 0.5;

      set_color (cr, &options->foreground, 0.12);
      cairo_move_to (cr, bottom.x, y);
      cairo_line_to (cr, bottom.x + bottom.w, y);
      cairo_stroke (cr);
      set_rgb (cr, DERMIS_HEX, 1.0);
      g_snprintf (buf, sizeof buf, "%.2g", v / 1000.0);
      draw_text (cr, options, font, buf, bottom.x - 4, y - 7, 1.0);
    }
  for (double age = 20; age <= 90; age += 10)
    {
      double x = round (sd_lifetime_chart_x_for_age (width, age)) + 0.5;

      set_color (cr, &options->foreground, 0.7);
      g_snprintf (buf, sizeof buf, "%.0f", age);
      draw_text (cr, options, font, buf, x, height - MARGIN_BOTTOM + 3, 0.5);
      set_color (cr, &options->foreground, 0.25);
      cairo_move_to (cr, x, bottom.y + bottom.h);
      cairo_line_to (cr, x, bottom.y + bottom.h + 3);
      cairo_stroke (cr);
    }

  /* The band, then the curves */
  cairo_new_path (cr);
  for (guint i = 0; i < N_AGES; i++)
    cairo_line_to (cr, sd_lifetime_chart_x_for_age (width, FROM_AGE + i), panel_y (&top, high[i]));
  for (guint i = N_AGES; i-- > 0;)
    cairo_line_to (cr, sd_lifetime_chart_x_for_age (width, FROM_AGE + i), panel_y (&top, low[i]));
  cairo_close_path (cr);
  set_color (cr, neutral_life ? &collagen_color : &lifestyle_color, 0.22);
  cairo_fill (cr);

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (!neutral_life)
    {
      static const double dash[] = { 6.0, 4.0 };

      set_color (cr, &collagen_color, 1.0);
      cairo_set_line_width (cr, 2.0);
      cairo_set_dash (cr, dash, 2, 0);
      stroke_series (cr, &top, width, neutral);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  set_color (cr, neutral_life ? &collagen_color : &lifestyle_color, 1.0);
  cairo_set_line_width (cr, 3.0);
  stroke_series (cr, &top, width, rel);

  /* One course over the lifetime: its gain on this person's curve, fading */
  if (with_course)
    {
      guint first = (guint)(round (options->course_age) - FROM_AGE);
      guint n = MIN (options->course_years, N_AGES - 1 - first);

      cairo_new_path (cr);
      for (guint y = 0; y <= n; y++)
        cairo_line_to (cr, sd_lifetime_chart_x_for_age (width, FROM_AGE + first + y),
                       panel_y (&top, rel[first + y] * options->course_high[y]));
      for (guint y = n + 1; y-- > 0;)
        cairo_line_to (cr, sd_lifetime_chart_x_for_age (width, FROM_AGE + first + y),
                       panel_y (&top, rel[first + y] * options->course_low[y]));
      cairo_close_path (cr);
      set_color (cr, &course_color, 0.3);
      cairo_fill (cr);
      set_color (cr, &course_color, 1.0);
      cairo_set_line_width (cr, 2.5);
      for (guint y = 0; y <= n; y++)
        cairo_line_to (cr, sd_lifetime_chart_x_for_age (width, FROM_AGE + first + y),
                       panel_y (&top, rel[first + y] * options->course_ratio[y]));
      cairo_stroke (cr);
    }

  draw_legend (cr, options, font, key_kinds, key_colors, key_texts, n_keys, top.x, legend_y,
               width - 2, line_h);
  for (guint i = 0; i < n_markers; i++)
    draw_marker (cr, options, font, &top, &markers[i], markers_y, line_h);

  /* Thickness: dermis on the left axis (mm), epidermis scaled onto the right axis (µm) */
  set_rgb (cr, DERMIS_HEX, 1.0);
  cairo_set_line_width (cr, 2.5);
  stroke_series (cr, &bottom, width, dermis);
  {
    Panel epi = bottom;
    double epi_hi = ceil (epi_max / 20.0) * 20.0;

    epi.lo = 0.0;
    epi.hi = epi_hi;
    set_rgb (cr, EPIDERMIS_HEX, 1.0);
    cairo_set_line_width (cr, 2.0);
    stroke_series (cr, &epi, width, epidermis);
    g_snprintf (buf, sizeof buf, "%.0f", epi_hi);
    draw_text (cr, options, font, buf, bottom.x + bottom.w + 4, bottom.y - 7, 0.0);
    draw_text (cr, options, font, "0", bottom.x + bottom.w + 4, bottom.y + bottom.h - 7, 0.0);
    draw_text (cr, options, font, tr (options, N_("Epidermis, µm")), bottom.x + bottom.w,
               bottom.y - line_h - 6, 1.0);
  }
  set_rgb (cr, DERMIS_HEX, 1.0);
  draw_text (cr, options, font, tr (options, N_("Dermis, mm")), bottom.x, bottom.y - line_h - 6, 0.0);
  (void)dermis_min;
  (void)epi_min;

  /* Cursor */
  if (isfinite (options->cursor_age))
    {
      double x = round (sd_lifetime_chart_x_for_age (width, options->cursor_age)) + 0.5;
      guint i = (guint)CLAMP (round (options->cursor_age - FROM_AGE), 0, N_AGES - 1);

      set_color (cr, &options->accent, 1.0);
      cairo_set_line_width (cr, 2.0);
      cairo_move_to (cr, x, top.y);
      cairo_line_to (cr, x, bottom.y + bottom.h);
      cairo_stroke (cr);
      cairo_arc (cr, x, panel_y (&top, rel[i]), 4.5, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_arc (cr, x, panel_y (&bottom, dermis[i]), 3.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  cairo_restore (cr);
}
