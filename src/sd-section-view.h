/* sd-section-view.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sd-painter.h"
#include "sd-section.h"
#include "sd-treatment.h"

G_BEGIN_DECLS

#define SD_TYPE_SECTION_VIEW (sd_section_view_get_type ())

G_DECLARE_FINAL_TYPE (SdSectionView, sd_section_view, SD, SECTION_VIEW, GtkWidget)

GtkWidget   *sd_section_view_new                 (void);
SdSection   *sd_section_view_get_section         (SdSectionView *self);
void         sd_section_view_set_section         (SdSectionView *self,
                                                  SdSection     *section);
/* SdLayerId, or -1 for none */
int          sd_section_view_get_selected_layer  (SdSectionView *self);
void         sd_section_view_set_selected_layer  (SdSectionView *self,
                                                  int            layer);
int          sd_section_view_get_hovered_layer   (SdSectionView *self);
/* Clamped to SD_PAINT_ZOOM_MIN..SD_PAINT_ZOOM_MAX; 1 fits epidermis and dermis */
double       sd_section_view_get_zoom            (SdSectionView *self);
void         sd_section_view_set_zoom            (SdSectionView *self,
                                                  double         zoom);
gboolean     sd_section_view_get_show_needle     (SdSectionView *self);
void         sd_section_view_set_show_needle     (SdSectionView *self,
                                                  gboolean       show_needle);

/* Needle stroke, 0 (tip above the skin) .. 1 (tip at the effective depth).
 * Animated by the action section.play-needle (0 → 1 over 1.5 s; jumps to 1
 * when animations are off) and reset by section.reset-needle. */
double       sd_section_view_get_needle_progress (SdSectionView *self);
void         sd_section_view_set_needle_progress (SdSectionView *self,
                                                  double         progress);
/* The treatment whose current day the view draws when show-course is on */
SdTreatment *sd_section_view_get_treatment       (SdSectionView *self);
void         sd_section_view_set_treatment       (SdSectionView *self,
                                                  SdTreatment   *treatment);
gboolean     sd_section_view_get_show_course     (SdSectionView *self);
void         sd_section_view_set_show_course     (SdSectionView *self,
                                                  gboolean       show_course);
/* Needles of 0.25, 0.5, 1, 1.5, 2 and 2.5 mm side by side, to scale */
gboolean     sd_section_view_get_comparison      (SdSectionView *self);
/* FALSE: Ctrl+C and Copy Picture do nothing (the kiosk) */
void         sd_section_view_set_can_copy        (SdSectionView *self,
                                                  gboolean       can_copy);
void         sd_section_view_set_comparison      (SdSectionView *self,
                                                  gboolean       comparison);
/* The painter's options for the picture as shown, drawn @width × @height elsewhere
 * (a file, the clipboard); see the function's comment. */
const SdSkinProfile *sd_section_view_get_paint_options (SdSectionView         *self,
                                                        double                 width,
                                                        double                 height,
                                                        SdPaintOptions        *options,
                                                        const SdNeedleResult **comparison,
                                                        guint                 *n_comparison);
/* A menu shown at the pointer on a secondary click; NULL (the default): none. */
void         sd_section_view_set_context_menu    (SdSectionView *self,
                                                  GMenuModel    *model);

/* sd-section-view-overlay.c: what presenting needs of the picture */

/* Tissue (µm across, µm deep) ↔ widget pixels, as drawn in this frame:
 * x = x0 + (x_um − left_um) × px_per_um, y = (depth_um − top_um) × px_per_um */
typedef struct
{
  double x0;
  double left_um;
  double top_um;
  double px_per_um;
} SdSectionViewMapping;

typedef void (*SdSectionViewOverlayFunc) (SdSectionView *view,
                                          GtkSnapshot   *snapshot,
                                          gpointer       user_data);

gboolean     sd_section_view_get_mapping         (SdSectionView        *self,
                                                  SdSectionViewMapping *mapping);
/* Drawn over the picture at the end of every frame (one at a time; NULL removes it) */
void         sd_section_view_set_overlay_func    (SdSectionView            *self,
                                                  SdSectionViewOverlayFunc  func,
                                                  gpointer                  user_data,
                                                  GDestroyNotify            destroy);
/* Labels, ruler, scale bar and caption: 1 = the usual size */
double       sd_section_view_get_text_scale      (SdSectionView *self);
void         sd_section_view_set_text_scale      (SdSectionView *self,
                                                  double         text_scale);
/* The projector palette: a white background, near-black ink, strong contrast */
gboolean     sd_section_view_get_projector       (SdSectionView *self);
void         sd_section_view_set_projector       (SdSectionView *self,
                                                  gboolean       projector);

G_END_DECLS
