/* sd-section.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "sd-needle.h"

G_BEGIN_DECLS

#define SD_TYPE_SECTION (sd_section_get_type ())

G_DECLARE_FINAL_TYPE (SdSection, sd_section, SD, SECTION, GObject)

SdSection            *sd_section_new           (void);
SdSite                sd_section_get_site      (SdSection *self);
void                  sd_section_set_site      (SdSection *self,
                                                SdSite     site);
double                sd_section_get_age       (SdSection *self);
void                  sd_section_set_age       (SdSection *self,
                                                double     age_years);
SdSex                 sd_section_get_sex       (SdSection *self);
void                  sd_section_set_sex       (SdSection *self,
                                                SdSex      sex);
SdDevice              sd_section_get_device    (SdSection *self);
void                  sd_section_set_device    (SdSection *self,
                                                SdDevice   device);
double                sd_section_get_length_mm (SdSection *self);
void                  sd_section_set_length_mm (SdSection *self,
                                                double     length_mm);
const SdSkinProfile  *sd_section_get_profile   (SdSection *self);
const SdNeedleResult *sd_section_get_needle    (SdSection *self);

G_END_DECLS
