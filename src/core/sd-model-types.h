/* sd-model-types.h
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Errors
 */

#define SD_MODEL_ERROR (sd_model_error_quark ())

typedef enum
{
  SD_MODEL_ERROR_UNKNOWN_SITE,   /* a body site name that the model does not know */
  SD_MODEL_ERROR_OUT_OF_RANGE,   /* a number outside its documented range */
  SD_MODEL_ERROR_NOT_A_NUMBER,   /* NaN, infinity or text where a number belongs */
  SD_MODEL_ERROR_INVALID_VALUE,  /* an enumerated value that does not exist */
} SdModelError;

GQuark sd_model_error_quark (void);

/*
 * Estimates: which end of a documented uncertainty a computation takes
 */

/* CENTRAL is the model's default. LOW and HIGH are named by their outcome: LOW takes every
 * uncertain parameter at the end that gives less collagen (shallower needle, weaker
 * response, larger lifestyle effects, faster ageing), HIGH at the other end. Together
 * they bound the "typical range" the app shows (docs/model.md §5). */
typedef enum
{
  SD_ESTIMATE_CENTRAL,
  SD_ESTIMATE_LOW,
  SD_ESTIMATE_HIGH,
  SD_N_ESTIMATES
} SdEstimate;

/*
 * Body sites
 */

typedef enum
{
  SD_SITE_FOREHEAD,
  SD_SITE_EYELID,
  SD_SITE_CHEEK,
  SD_SITE_NOSE,
  SD_SITE_UPPER_LIP,
  SD_SITE_CHIN,
  SD_SITE_NECK,
  SD_SITE_SCALP,
  SD_SITE_FOREARM,
  SD_SITE_ABDOMEN,
  SD_SITE_BACK,
  SD_SITE_THIGH,
  SD_SITE_PALM,
  SD_SITE_SOLE,
  SD_N_SITES
} SdSite;

/* "upper-lip": stable identifier used on the command line and in settings */
const char *sd_site_to_id         (SdSite       site);
/* "Upper lip": English display name, marked N_() (callers translate with _()) */
const char *sd_site_get_name      (SdSite       site);
/* TRUE for palm and sole (stratum lucidum present) */
gboolean    sd_site_is_thick_skin (SdSite       site);
gboolean    sd_site_from_id       (const char  *id,
                                   SdSite      *out_site,
                                   GError     **error);

/*
 * Sex
 */

typedef enum
{
  SD_SEX_FEMALE,
  SD_SEX_MALE,
  SD_N_SEXES
} SdSex;

const char *sd_sex_to_id   (SdSex        sex);     /* "female" / "male" */
gboolean    sd_sex_from_id (const char  *id,
                            SdSex       *out_sex,
                            GError     **error);

/* Valid adult age range of the model, in years (inclusive). */
#define SD_AGE_MIN 18.0
#define SD_AGE_MAX 100.0

gboolean sd_check_age (double   age_years,
                       GError **error);

/*
 * Layers, surface first
 */

typedef enum
{
  SD_LAYER_STRATUM_CORNEUM,
  SD_LAYER_STRATUM_LUCIDUM,
  SD_LAYER_STRATUM_GRANULOSUM,
  SD_LAYER_STRATUM_SPINOSUM,
  SD_LAYER_STRATUM_BASALE,
  SD_LAYER_PAPILLARY_DERMIS,
  SD_LAYER_RETICULAR_DERMIS,
  SD_LAYER_HYPODERMIS,
  SD_N_LAYERS
} SdLayerId;

#define SD_LAYER_MASK(id) (1u << (id))

/* "stratum-corneum" */
const char *sd_layer_id_to_string     (SdLayerId    id);
gboolean    sd_layer_id_from_string   (const char  *str,
                                       SdLayerId   *out_id,
                                       GError     **error);
/* "Stratum corneum" (N_()) */
const char *sd_layer_get_name         (SdLayerId    id);
/* "horny layer" — the plain English name a visitor may know (N_()) */
const char *sd_layer_get_common_name  (SdLayerId    id);
/* A few sentences on what the layer is and does (N_()) */
const char *sd_layer_get_description  (SdLayerId    id);
/* Source of the description (a short citation, not translated) */
const char *sd_layer_get_description_source (SdLayerId id);
gboolean    sd_layer_is_epidermis     (SdLayerId    id);
gboolean    sd_layer_is_dermis        (SdLayerId    id);

/*
 * Devices
 */

typedef enum
{
  SD_DEVICE_ROLLER,
  SD_DEVICE_PEN,
  SD_N_DEVICES
} SdDevice;

const char *sd_device_to_id   (SdDevice     device);   /* "roller" / "pen" */
const char *sd_device_get_name (SdDevice    device);   /* "Derma roller" (N_()) */
gboolean    sd_device_from_id (const char  *id,
                               SdDevice    *out_device,
                               GError     **error);

/*
 * Lifestyle factors that change how skin ages
 */

typedef enum { SD_UV_NONE, SD_UV_LOW, SD_UV_HIGH, SD_N_UV } SdUvExposure;
typedef enum { SD_ALCOHOL_NONE, SD_ALCOHOL_MODERATE, SD_ALCOHOL_HEAVY, SD_N_ALCOHOL } SdAlcohol;
typedef enum { SD_POLLUTION_LOW, SD_POLLUTION_HIGH, SD_N_POLLUTION } SdPollution;
typedef enum { SD_DIET_GOOD, SD_DIET_POOR, SD_N_DIET } SdDiet;

const char *sd_uv_to_id        (SdUvExposure v);   /* none|low|high */
const char *sd_alcohol_to_id   (SdAlcohol    v);   /* none|moderate|heavy */
const char *sd_pollution_to_id (SdPollution  v);   /* low|high */
const char *sd_diet_to_id      (SdDiet       v);   /* good|poor */
gboolean    sd_uv_from_id        (const char *id, SdUvExposure *out, GError **error);
gboolean    sd_alcohol_from_id   (const char *id, SdAlcohol    *out, GError **error);
gboolean    sd_pollution_from_id (const char *id, SdPollution  *out, GError **error);
gboolean    sd_diet_from_id      (const char *id, SdDiet       *out, GError **error);

G_END_DECLS
