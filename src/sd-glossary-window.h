/* sd-glossary-window.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SD_TYPE_GLOSSARY_WINDOW (sd_glossary_window_get_type ())

G_DECLARE_FINAL_TYPE (SdGlossaryWindow, sd_glossary_window, SD, GLOSSARY_WINDOW, AdwWindow)

SdGlossaryWindow *sd_glossary_window_new             (void);
/* Shows the Glossary or Sources page at one entry (clears the search). FALSE when
 * @id is not known. */
gboolean          sd_glossary_window_show_term       (SdGlossaryWindow *self,
                                                      const char       *id);
gboolean          sd_glossary_window_show_source     (SdGlossaryWindow *self,
                                                      const char       *id);
void              sd_glossary_window_set_search_text (SdGlossaryWindow *self,
                                                      const char       *text);
/* "glossary" or "sources" */
const char       *sd_glossary_window_get_page        (SdGlossaryWindow *self);
/* Rows shown on a page now (after the search), for tests and the status line. */
guint             sd_glossary_window_count_visible   (SdGlossaryWindow *self,
                                                      const char       *page);

G_END_DECLS
