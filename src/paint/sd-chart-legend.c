/* sd-chart-legend.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart's legend: a swatch and a name per drawn series (and the phases
 * where there is room), flowed into rows above the plot.
 */

#define G_LOG_DOMAIN "sd-chart-legend"

#include "config.h"

#include "sd-chart-private.h"

#include <glib/gi18n-lib.h>

/* Lays the legend out from the top left corner; returns its height (0 when
 * nothing is shown). */
double
_sd_chart_legend_layout (SdChart                    *chart,
                         const SdChartOptions       *options,
                         const PangoFontDescription *small,
                         double                      margin,
                         double                      line_h,
                         double                      tick_h)
{
  const SdChartData *data = chart->data;
  struct { SdChartSeries s; SwatchKind k; SdPhase phase; const char *text; } items[] = {
    { SD_CHART_SERIES_TOTAL, SWATCH_THICK, 0, _("Total collagen") },
    { SD_CHART_SERIES_TYPE_I, SWATCH_LINE, 0, _("Type I") },
    { SD_CHART_SERIES_TYPE_III, SWATCH_LINE, 0, _("Type III") },
    { SD_CHART_SERIES_UNTREATED, SWATCH_DASHED, 0, _("Without treatment") },
    /* translators: the shaded band around total collagen */
    { SD_CHART_SERIES_RANGE, SWATCH_BAND, 0, _("Typical range") },
    /* Phases only where there is room for them on one more row at most. */
    { 0, SWATCH_PHASE, SD_PHASE_INFLAMMATION, _sd_chart_phase_label (SD_PHASE_INFLAMMATION) },
    { 0, SWATCH_PHASE, SD_PHASE_PROLIFERATION, _sd_chart_phase_label (SD_PHASE_PROLIFERATION) },
    { 0, SWATCH_PHASE, SD_PHASE_REMODELLING, _sd_chart_phase_label (SD_PHASE_REMODELLING) },
  };
  /* Small charts keep the plot large: the legend takes the tick font. */
  gboolean compact = chart->width < 560 || chart->height < 320;
  const PangoFontDescription *legend_font = compact ? small : chart->font;
  double sw = compact ? 14 : 20, gap = compact ? 4 : 6, item_gap = compact ? 12 : 18;
  double row_h = (compact ? tick_h : line_h) + 2;
  double x = margin, y = margin;
  gboolean row_empty = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      PangoLayout *layout;
      double tw, th, item_w;
      Swatch swatch;

      if (items[i].k == SWATCH_PHASE ? (chart->width < 900 || !data || data->n_sessions == 0)
                                     : !(options->series & items[i].s))
        continue;

      layout = _sd_paint_make_layout_in (chart->pango, legend_font, items[i].text, &tw, &th);
      item_w = sw + gap + tw;
      if (!row_empty && x + item_w > chart->width - margin)
        {
          x = margin;
          y += row_h;
        }
      swatch = (Swatch) { items[i].s, items[i].k, items[i].phase, x, y + th / 2.0, sw };
      g_array_append_val (chart->swatches, swatch);
      _sd_chart_add_label (chart, layout, x + sw + gap, y, LABEL_LEGEND);
      x += item_w + item_gap;
      row_empty = FALSE;
    }

  if (row_empty)
    return 0;
  return y + row_h - margin + (compact ? tick_h * 0.3 : line_h * 0.6);
}

static void
paint_swatch (cairo_t              *cr,
              const Swatch         *s,
              const SdChartOptions *options)
{
  SdPaintColor c = sd_chart_get_series_color (s->series, options);

  cairo_save (cr);
  set_color (cr, &c, 1);
  switch (s->kind)
    {
    case SWATCH_BAND:
      cairo_rectangle (cr, s->x, s->y - 5, s->w, 10);
      cairo_fill (cr);
      break;
    case SWATCH_PHASE:
      c = _sd_paint_phase_color (s->phase);
      set_color (cr, &c, _sd_paint_is_dark (&options->background) ? 0.45 : 0.30);
      cairo_rectangle (cr, s->x, s->y - 5, s->w, 10);
      cairo_fill (cr);
      break;
    case SWATCH_DASHED:
      {
        static const double dash[] = { 4, 3 };

        cairo_set_dash (cr, dash, 2, 0);
      }
      G_GNUC_FALLTHROUGH;
    case SWATCH_LINE:
    case SWATCH_THICK:
    default:
      cairo_set_line_width (cr, s->kind == SWATCH_THICK ? 2.5 : 2);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_move_to (cr, s->x, s->y);
      cairo_line_to (cr, s->x + s->w, s->y);
      cairo_stroke (cr);
      break;
    }
  cairo_restore (cr);
}

void
_sd_chart_legend_paint (SdChart              *chart,
                        cairo_t              *cr,
                        const SdChartOptions *options)
{
  for (guint i = 0; i < chart->swatches->len; i++)
    paint_swatch (cr, &g_array_index (chart->swatches, Swatch, i), options);
}
