/* sd-paint-text.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text and numbers shared by the picture and the chart.
 */

#define G_LOG_DOMAIN "sd-paint-text"

#include "config.h"

#include "sd-paint-text.h"

#include <math.h>
#include <pango/pangocairo.h>

PangoLayout *
_sd_paint_make_layout (cairo_t                    *cr,
                       const PangoFontDescription *font,
                       const char                 *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoContext *context = pango_layout_get_context (layout);

  pango_cairo_context_set_resolution (context, 96);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

PangoLayout *
_sd_paint_make_layout_in (PangoContext               *context,
                          const PangoFontDescription *font,
                          const char                 *text,
                          double                     *w,
                          double                     *h)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoRectangle logical;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  if (w)
    *w = logical.width / (double)PANGO_SCALE;
  if (h)
    *h = logical.height / (double)PANGO_SCALE;

  return layout;
}

double
_sd_paint_nice_step (double raw)
{
  double mag = pow (10.0, floor (log10 (raw)));
  double f = raw / mag;

  if (f <= 1.0)
    return mag;
  if (f <= 2.0)
    return 2.0 * mag;
  if (f <= 5.0)
    return 5.0 * mag;
  return 10.0 * mag;
}

double
_sd_paint_nice_depth_step (double min_um)
{
  static const double steps[] = { 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000,
                                  10000 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] >= min_um)
      return steps[i];
  return 20000;
}

char *
_sd_paint_format_depth (double um,
                        double step)
{
  if (step >= 500 || fabs (um) >= 10000)
    {
      int decimals = step >= 1000 ? 0 : 1;
      return g_strdup_printf ("%.*f mm", decimals, um / 1000.0);
    }
  return g_strdup_printf ("%.0f µm", um);
}

char *
_sd_paint_format_pct (double value)
{
  double r = round (value);

  if (fabs (r) < 0.5)
    return g_strdup ("0 %");
  /* U+2212 MINUS SIGN: a typographic minus, which also lines up with "+". */
  return g_strdup_printf ("%s%.0f %%", r > 0 ? "+" : "\u2212", fabs (r));
}

void
_sd_paint_rounded_rect (cairo_t *cr,
                        double   x,
                        double   y,
                        double   w,
                        double   h,
                        double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}
