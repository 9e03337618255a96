/* sd-section-view-private.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sd-painter.h"
#include "sd-paint-geometry.h"
#include "sd-section-view.h"

G_BEGIN_DECLS

/* The comparison's needles: 0.25, 0.5, 1, 1.5, 2 and 2.5 mm (sd-section-view.c) */
#define SD_SECTION_VIEW_N_COMPARISON 6

struct _SdSectionView
{
  GtkWidget       parent_instance;

  /* Owned references */
  SdSection      *section;
  SdPainter      *painter;
  GskRenderNode  *cache;           /* the base (tissue and chrome) as an image */
  cairo_surface_t *tissue_image;   /* while panning: the tissue, beyond the view on every side */
  cairo_surface_t *spare_image;    /* the one before it, reused when the pan re-centres */
  cairo_surface_t *course_image;   /* the course day's overlay, for the view below */
  GskRenderNode  *zoom_base;       /* during a zoom animation: the picture it started from */
  AdwAnimation   *animation;
  SdTreatment    *treatment;
  AdwAnimation   *needle_animation;
  char           *caption;         /* "Week 6 · Day 3 · Remodelling" */
  char           *description;     /* the last one set */
  GtkWidget      *context_menu;    /* a GtkPopoverMenu on secondary click, or NULL */

  /* State */
  int             selected_layer;
  int             hovered_layer;
  double          zoom;            /* the property: where the view is going */
  double          view_zoom;       /* what is drawn (animated towards zoom) */
  double          top_um;          /* NAN: default (surface near the top) */
  double          left_um;
  /* animation: from → to, keeping an anchor point fixed */
  double          from_zoom;
  double          base_zoom;       /* zoom_base's zoom */
  double          anchor_x;
  double          anchor_y;
  double          anchor_depth;
  double          anchor_um;
  /* gestures */
  double          drag_top_um;
  double          drag_left_um;
  double          pinch_zoom;
  double          pointer_x;
  double          pointer_y;
  double          needle_progress;
  int             needle_day;      /* course day the needle was played on, -1 outside a course */
  int             spoken_layer;    /* layer of the needle tip last described, -1 above the skin */
  double          cached_epidermis_um;   /* the course epidermis the cache was drawn with */
  double          cache_width;     /* the view the cache was drawn for */
  double          cache_height;
  double          cache_scale;
  double          cache_top_um;
  double          cache_left_um;
  guint           settle_id;       /* after a pan: paint the base afresh */
  double          pan_left_um;     /* tissue_image's origin */
  double          pan_top_um;
  const SdCourseDay *course_image_day;   /* what course_image shows */
  double          course_image_left_um;
  double          course_image_top_um;
  double          course_image_scale;
  gboolean        course_image_needle;   /* the caption is shorter beside the needle */
  SdNeedleResult  comparison_needles[SD_SECTION_VIEW_N_COMPARISON];
  double          text_scale;      /* the painter's, 1 = usual (sd-section-view-overlay.c) */
  SdSectionViewOverlayFunc overlay_func;   /* drawn over the picture every frame */
  gpointer        overlay_data;
  GDestroyNotify  overlay_destroy;
  guint           show_needle : 1;
  guint           projector : 1;   /* light background, strong contrast */
  guint           resetting : 1;
  guint           show_course : 1;
  guint           comparison : 1;
  guint           no_copy : 1;     /* the kiosk: nothing leaves through the clipboard */
  guint           panned : 1;      /* the cache's tissue moved: the chrome is drawn apart */
};

/* sd-section-view.c */
const SdSkinProfile *_sd_section_view_get_profile          (SdSectionView      *self);
const SdCourseDay   *_sd_section_view_get_course_day       (SdSectionView      *self);
const SdLayer       *_sd_section_view_find_layer           (SdSectionView      *self,
                                                            int                 id);
void                 _sd_section_view_fill_options         (SdSectionView      *self,
                                                            SdPaintOptions     *options);
void                 _sd_section_view_get_size             (SdSectionView      *self,
                                                            double             *width,
                                                            double             *height);
gboolean             _sd_section_view_animations_enabled   (SdSectionView      *self);
void                 _sd_section_view_invalidate           (SdSectionView      *self);
void                 _sd_section_view_fill_comparison_options (SdSectionView   *self,
                                                            SdPaintOptions     *options,
                                                            double              width,
                                                            double              height);
void                 _sd_section_view_set_target_zoom      (SdSectionView      *self,
                                                            double              zoom);
void                 _sd_section_view_set_hovered_layer    (SdSectionView      *self,
                                                            int                 layer);
void                 _sd_section_view_emit_layer_activated (SdSectionView      *self,
                                                            int                 layer);

/* sd-section-view-frame.c */
void                 _sd_section_view_snapshot             (GtkWidget          *widget,
                                                            GtkSnapshot        *snapshot);
void                 _sd_section_view_drop_caches          (SdSectionView      *self);
void                 _sd_section_view_pan_changed          (SdSectionView      *self);

/* sd-section-view-actions.c */
void                 _sd_section_view_class_actions_init   (SdSectionViewClass *klass);
void                 _sd_section_view_update_actions       (SdSectionView      *self);

/* sd-section-view-a11y.c */
void                 _sd_section_view_a11y_init            (SdSectionView      *self);
void                 _sd_section_view_update_description   (SdSectionView      *self);
void                 _sd_section_view_describe_needle_tip  (SdSectionView      *self);
gboolean             _sd_section_view_query_tooltip        (GtkWidget          *widget,
                                                            int                 x,
                                                            int                 y,
                                                            gboolean            keyboard_mode,
                                                            GtkTooltip         *tooltip);

/* sd-section-view-overlay.c */
void                 _sd_section_view_fill_palette         (SdSectionView      *self,
                                                            SdPaintOptions     *options);
void                 _sd_section_view_snapshot_overlay     (SdSectionView      *self,
                                                            GtkSnapshot        *snapshot);
void                 _sd_section_view_overlay_dispose      (SdSectionView      *self);

/* sd-section-view-input.c */
void                 _sd_section_view_input_init           (SdSectionView      *self);
void                 _sd_section_view_zoom_to              (SdSectionView      *self,
                                                            double              zoom,
                                                            double              x,
                                                            double              y,
                                                            gboolean            animate);
int                  _sd_section_view_layer_at             (SdSectionView      *self,
                                                            double              x,
                                                            double              y);

G_END_DECLS
