/* sd-pen-layer.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sd-section-view.h"

G_BEGIN_DECLS

/*
 * The presenter's pen: strokes drawn over the picture with a mouse, a finger or
 * a stylus while the pen is on, kept in tissue coordinates (µm across, µm deep)
 * so that they stay on the tissue when the picture zooms or pans. They live in
 * memory only, for as long as the layer does, and are never written anywhere.
 */

#define SD_TYPE_PEN_LAYER (sd_pen_layer_get_type ())

G_DECLARE_FINAL_TYPE (SdPenLayer, sd_pen_layer, SD, PEN_LAYER, GObject)

/* The pen's colours, chosen to read on a projected picture */
typedef enum
{
  SD_PEN_COLOR_RED,
  SD_PEN_COLOR_BLUE,
  SD_PEN_COLOR_GREEN,
  SD_PEN_COLOR_BLACK,
  SD_PEN_N_COLORS
} SdPenColor;

void          sd_pen_color_get_rgba     (SdPenColor     color,
                                         GdkRGBA       *rgba);
/* Translated: "Red", "Blue", … */
const char   *sd_pen_color_get_name     (SdPenColor     color);

SdPenLayer   *sd_pen_layer_new          (SdSectionView *view);
/* While active, dragging on the picture draws instead of panning */
gboolean      sd_pen_layer_get_active   (SdPenLayer    *self);
void          sd_pen_layer_set_active   (SdPenLayer    *self,
                                         gboolean       active);
SdPenColor    sd_pen_layer_get_color    (SdPenLayer    *self);
void          sd_pen_layer_set_color    (SdPenLayer    *self,
                                         SdPenColor     color);

/* Strokes, in widget pixels of the view as drawn now (what the gesture uses) */
void          sd_pen_layer_begin_stroke (SdPenLayer    *self,
                                         double         x,
                                         double         y);
void          sd_pen_layer_extend_stroke (SdPenLayer   *self,
                                         double         x,
                                         double         y);
void          sd_pen_layer_end_stroke   (SdPenLayer    *self);
void          sd_pen_layer_undo         (SdPenLayer    *self);
void          sd_pen_layer_clear        (SdPenLayer    *self);

guint         sd_pen_layer_get_n_strokes (SdPenLayer   *self);
guint         sd_pen_layer_get_stroke_length (SdPenLayer *self,
                                         guint          stroke);
SdPenColor    sd_pen_layer_get_stroke_color (SdPenLayer *self,
                                         guint          stroke);
/* A point of a stroke in tissue coordinates */
gboolean      sd_pen_layer_get_point    (SdPenLayer    *self,
                                         guint          stroke,
                                         guint          index,
                                         double        *x_um,
                                         double        *depth_um);

G_END_DECLS
