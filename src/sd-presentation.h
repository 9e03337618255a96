/* sd-presentation.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sd-pen-layer.h"
#include "sd-section.h"
#include "sd-section-view.h"

G_BEGIN_DECLS

/*
 * Presentation mode: the window fullscreen, its header bar and side panel
 * hidden, a small floating bar over the picture (site, needle, pen, projector
 * palette, leave), larger text on the picture, and the pen. Leaving puts back
 * what entering changed and drops every stroke.
 */

#define SD_TYPE_PRESENTATION (sd_presentation_get_type ())

G_DECLARE_FINAL_TYPE (SdPresentation, sd_presentation, SD, PRESENTATION, GObject)

/* The picture's text while presenting, as a multiple of the system's (Large Text) */
#define SD_PRESENTATION_TEXT_SCALE 1.5
/* The floating bar fades this long after the pointer last moved (not while in use) */
#define SD_PRESENTATION_BAR_SECONDS 3

/* @flap's side panel is folded away while presenting; the bar goes into @overlay,
 * whose child is @view. The window's keys: F11 toggles, Esc leaves, Ctrl+Z takes
 * back the last stroke. */
SdPresentation *sd_presentation_new          (GtkWindow      *window,
                                              AdwFlap        *flap,
                                              GtkOverlay     *overlay,
                                              SdSectionView  *view,
                                              SdSection      *section);
/* The header bar and whatever else leaves room for the picture */
void            sd_presentation_hide_while_presenting (SdPresentation *self,
                                              GtkWidget      *widget);
gboolean        sd_presentation_get_active   (SdPresentation *self);
void            sd_presentation_set_active   (SdPresentation *self,
                                              gboolean        active);
gboolean        sd_presentation_get_projector (SdPresentation *self);
void            sd_presentation_set_projector (SdPresentation *self,
                                              gboolean        projector);
/* TRUE from entering (when the window was not fullscreen yet) until leaving: the
 * window manager may take a moment, or, without one, never do it */
gboolean        sd_presentation_get_fullscreen_requested (SdPresentation *self);
SdPenLayer     *sd_presentation_get_pen      (SdPresentation *self);
/* The floating bar: a GtkRevealer, visible while presenting, that reveals the bar
 * when the pointer moves or the keyboard focus enters it */
GtkWidget      *sd_presentation_get_bar      (SdPresentation *self);

G_END_DECLS
