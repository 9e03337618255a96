/* sd-model-types.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-model-types"

#include "config.h"

#include "sd-model-types.h"

#include <math.h>
#include <string.h>

/* Strings are marked for translation here and translated by the UI. */
#define N_(s) (s)

/*
 * Errors
 */

G_DEFINE_QUARK (sd-model-error-quark, sd_model_error)

/*
 * Helpers
 */

/* Joins @ids (n entries) as "a, b, c" into a stack buffer of @len bytes. */
static void
join_ids (const char * const *ids,
          guint               n,
          char               *buf,
          gsize               len)
{
  buf[0] = '\0';
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_strlcat (buf, ", ", len);
      g_strlcat (buf, ids[i], len);
    }
}

/* Looks @id up in @ids; on failure sets an error naming @what, the bad
 * value and the allowed ones. */
static gboolean
find_id (const char          *what,
         const char * const  *ids,
         guint                n,
         SdModelError         code,
         const char          *id,
         guint               *out_index,
         GError             **error)
{
  char allowed[512];

  if (id != NULL)
    {
      for (guint i = 0; i < n; i++)
        {
          if (strcmp (id, ids[i]) == 0)
            {
              if (out_index != NULL)
                *out_index = i;
              return TRUE;
            }
        }
    }

  join_ids (ids, n, allowed, sizeof allowed);
  g_set_error (error, SD_MODEL_ERROR, code,
               "Unknown %s “%s”; expected one of: %s",
               what, id != NULL ? id : "(null)", allowed);
  return FALSE;
}

/*
 * Body sites
 */

static const char * const site_ids[SD_N_SITES] = {
  "forehead", "eyelid", "cheek", "nose", "upper-lip", "chin", "neck",
  "scalp", "forearm", "abdomen", "back", "thigh", "palm", "sole",
};

static const char * const site_names[SD_N_SITES] = {
  N_("Forehead"), N_("Eyelid"), N_("Cheek"), N_("Nose"), N_("Upper lip"), N_("Chin"),
  N_("Neck"), N_("Scalp"), N_("Forearm"), N_("Abdomen"), N_("Back"), N_("Thigh"),
  N_("Palm"), N_("Sole"),
};

const char *
sd_site_to_id (SdSite site)
{
  g_return_val_if_fail ((guint)site < SD_N_SITES, NULL);
  return site_ids[site];
}

const char *
sd_site_get_name (SdSite site)
{
  g_return_val_if_fail ((guint)site < SD_N_SITES, NULL);
  return site_names[site];
}

gboolean
sd_site_is_thick_skin (SdSite site)
{
  return site == SD_SITE_PALM || site == SD_SITE_SOLE;
}

gboolean
sd_site_from_id (const char  *id,
                 SdSite      *out_site,
                 GError     **error)
{
  guint i;

  if (!find_id ("body site", site_ids, SD_N_SITES, SD_MODEL_ERROR_UNKNOWN_SITE,
                id, &i, error))
    return FALSE;
  if (out_site != NULL)
    *out_site = (SdSite)i;
  return TRUE;
}

/*
 * Sex
 */

static const char * const sex_ids[SD_N_SEXES] = { "female", "male" };

const char *
sd_sex_to_id (SdSex sex)
{
  g_return_val_if_fail ((guint)sex < SD_N_SEXES, NULL);
  return sex_ids[sex];
}

gboolean
sd_sex_from_id (const char  *id,
                SdSex       *out_sex,
                GError     **error)
{
  guint i;

  if (!find_id ("sex", sex_ids, SD_N_SEXES, SD_MODEL_ERROR_INVALID_VALUE, id, &i, error))
    return FALSE;
  if (out_sex != NULL)
    *out_sex = (SdSex)i;
  return TRUE;
}

gboolean
sd_check_age (double   age_years,
              GError **error)
{
  if (!isfinite (age_years))
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_NOT_A_NUMBER,
                   "Age %g is not a number; expected %g to %g years",
                   age_years, SD_AGE_MIN, SD_AGE_MAX);
      return FALSE;
    }
  if (age_years < SD_AGE_MIN || age_years > SD_AGE_MAX)
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE,
                   "Age %g is out of range; expected %g to %g years",
                   age_years, SD_AGE_MIN, SD_AGE_MAX);
      return FALSE;
    }
  return TRUE;
}

/*
 * Layers
 */

static const char * const layer_ids[SD_N_LAYERS] = {
  "stratum-corneum", "stratum-lucidum", "stratum-granulosum", "stratum-spinosum",
  "stratum-basale", "papillary-dermis", "reticular-dermis", "hypodermis",
};

static const char * const layer_names[SD_N_LAYERS] = {
  N_("Stratum corneum"),
  N_("Stratum lucidum"),
  N_("Stratum granulosum"),
  N_("Stratum spinosum"),
  N_("Stratum basale"),
  N_("Papillary dermis"),
  N_("Reticular dermis"),
  N_("Hypodermis"),
};

/* The plain names: "basal (or germinal), spiny, granular, shiny, and horny". */
static const char * const layer_common_names[SD_N_LAYERS] = {
  N_("horny layer"),
  N_("shiny layer"),
  N_("granular layer"),
  N_("spiny layer"),
  N_("basal (germinal) layer"),
  N_("upper dermis"),
  N_("deep dermis"),
  N_("subcutaneous fat"),
};

static const char * const layer_descriptions[SD_N_LAYERS] = {
  N_("The outermost layer of the epidermis: sheets of flattened, dead cells without nuclei "
     "(corneocytes) held together by lipids, about 6 to 15 cells deep on most of the body and "
     "far more on the palms and soles. It is the skin’s main barrier against water loss, "
     "microbes and chemicals. Its cells are shed from the surface and replaced from below."),
  N_("A thin, clear band of flattened cells without nuclei between the granular and the "
     "horny layer. It is found only in the thick skin of the palms and soles, where it helps "
     "the skin withstand friction."),
  N_("A few layers of flattening keratinocytes filled with dark keratohyalin granules. Here "
     "the cells make the proteins and lipids of the skin barrier and then die, becoming the "
     "horny layer above."),
  N_("Several layers of keratinocytes joined by many anchoring junctions (desmosomes), which "
     "look like spines under the microscope. It is the thickest living layer of the epidermis "
     "and also holds Langerhans cells, immune sentinels of the skin. Studies report it "
     "thickening in the year after microneedling."),
  N_("The deepest layer of the epidermis: a single row of column-shaped cells on the basement "
     "membrane. Its stem cells divide to renew the whole epidermis, and its melanocytes make "
     "the pigment melanin. The epidermis has no blood vessels; it is fed from the dermis "
     "below."),
  N_("The thin upper part of the dermis, roughly a fifth of it, which rises in small "
     "finger-like papillae into the epidermis. It is loose connective tissue with fine "
     "collagen fibres and the capillary loops that feed the epidermis. Needles that reach it "
     "cause pinpoint bleeding, and it is where new collagen after microneedling was measured."),
  N_("The thick lower part of the dermis: dense bundles of collagen, mostly type I, with "
     "elastic fibres, which give skin its strength and elasticity. It holds the larger blood "
     "vessels, nerves, hair follicles and glands. Only long needles reach it."),
  N_("The subcutaneous tissue below the dermis, mostly fat cells in lobules divided by thin "
     "connective-tissue walls. It stores energy, insulates and cushions the body against "
     "knocks, and releases substances used by the metabolism. Its thickness varies widely "
     "with body site and body weight."),
};

const char *
sd_layer_id_to_string (SdLayerId id)
{
  g_return_val_if_fail ((guint)id < SD_N_LAYERS, NULL);
  return layer_ids[id];
}

gboolean
sd_layer_id_from_string (const char  *str,
                         SdLayerId   *out_id,
                         GError     **error)
{
  guint i;

  if (!find_id ("layer", layer_ids, SD_N_LAYERS, SD_MODEL_ERROR_INVALID_VALUE, str, &i, error))
    return FALSE;
  if (out_id != NULL)
    *out_id = (SdLayerId)i;
  return TRUE;
}

const char *
sd_layer_get_name (SdLayerId id)
{
  g_return_val_if_fail ((guint)id < SD_N_LAYERS, NULL);
  return layer_names[id];
}

const char *
sd_layer_get_common_name (SdLayerId id)
{
  g_return_val_if_fail ((guint)id < SD_N_LAYERS, NULL);
  return layer_common_names[id];
}

const char *
sd_layer_get_description (SdLayerId id)
{
  g_return_val_if_fail ((guint)id < SD_N_LAYERS, NULL);
  return layer_descriptions[id];
}

const char *
sd_layer_get_description_source (SdLayerId id)
{
  g_return_val_if_fail ((guint)id < SD_N_LAYERS, NULL);

  switch (id)
    {
    case SD_LAYER_STRATUM_CORNEUM:
      return N_("Standard histology; SC cell layers by site: Arch Dermatol Res 1999;291:555");
    case SD_LAYER_STRATUM_LUCIDUM:
      return N_("Standard histology (Loyola Univ. dermatology histology; StatPearls)");
    case SD_LAYER_STRATUM_SPINOSUM:
      return N_("Standard histology; thickening: Aust et al., PRS 2008;121:1421");
    case SD_LAYER_PAPILLARY_DERMIS:
      return N_("Standard histology; bleeding: Farber 2020; collagen: Lotfi 2013");
    case SD_LAYER_STRATUM_GRANULOSUM:
    case SD_LAYER_STRATUM_BASALE:
    case SD_LAYER_RETICULAR_DERMIS:
    case SD_LAYER_HYPODERMIS:
    case SD_N_LAYERS:
    default:
      return N_("Standard histology");
    }
}

gboolean
sd_layer_is_epidermis (SdLayerId id)
{
  return id <= SD_LAYER_STRATUM_BASALE;
}

gboolean
sd_layer_is_dermis (SdLayerId id)
{
  return id == SD_LAYER_PAPILLARY_DERMIS || id == SD_LAYER_RETICULAR_DERMIS;
}

/*
 * Devices
 */

static const char * const device_ids[SD_N_DEVICES] = { "roller", "pen" };
static const char * const device_names[SD_N_DEVICES] = {
  N_("Derma roller"),
  N_("Microneedling pen"),
};

const char *
sd_device_to_id (SdDevice device)
{
  g_return_val_if_fail ((guint)device < SD_N_DEVICES, NULL);
  return device_ids[device];
}

const char *
sd_device_get_name (SdDevice device)
{
  g_return_val_if_fail ((guint)device < SD_N_DEVICES, NULL);
  return device_names[device];
}

gboolean
sd_device_from_id (const char  *id,
                   SdDevice    *out_device,
                   GError     **error)
{
  guint i;

  if (!find_id ("device", device_ids, SD_N_DEVICES, SD_MODEL_ERROR_INVALID_VALUE,
                id, &i, error))
    return FALSE;
  if (out_device != NULL)
    *out_device = (SdDevice)i;
  return TRUE;
}

/*
 * Lifestyle factors
 */

static const char * const uv_ids[SD_N_UV] = { "none", "low", "high" };
static const char * const alcohol_ids[SD_N_ALCOHOL] = { "none", "moderate", "heavy" };
static const char * const pollution_ids[SD_N_POLLUTION] = { "low", "high" };
static const char * const diet_ids[SD_N_DIET] = { "good", "poor" };

const char *
sd_uv_to_id (SdUvExposure v)
{
  g_return_val_if_fail ((guint)v < SD_N_UV, NULL);
  return uv_ids[v];
}

const char *
sd_alcohol_to_id (SdAlcohol v)
{
  g_return_val_if_fail ((guint)v < SD_N_ALCOHOL, NULL);
  return alcohol_ids[v];
}

const char *
sd_pollution_to_id (SdPollution v)
{
  g_return_val_if_fail ((guint)v < SD_N_POLLUTION, NULL);
  return pollution_ids[v];
}

const char *
sd_diet_to_id (SdDiet v)
{
  g_return_val_if_fail ((guint)v < SD_N_DIET, NULL);
  return diet_ids[v];
}

gboolean
sd_uv_from_id (const char    *id,
               SdUvExposure  *out,
               GError       **error)
{
  guint i;

  if (!find_id ("UV exposure", uv_ids, SD_N_UV, SD_MODEL_ERROR_INVALID_VALUE, id, &i, error))
    return FALSE;
  if (out != NULL)
    *out = (SdUvExposure)i;
  return TRUE;
}

gboolean
sd_alcohol_from_id (const char  *id,
                    SdAlcohol   *out,
                    GError     **error)
{
  guint i;

  if (!find_id ("alcohol level", alcohol_ids, SD_N_ALCOHOL, SD_MODEL_ERROR_INVALID_VALUE,
                id, &i, error))
    return FALSE;
  if (out != NULL)
    *out = (SdAlcohol)i;
  return TRUE;
}

gboolean
sd_pollution_from_id (const char   *id,
                      SdPollution  *out,
                      GError      **error)
{
  guint i;

  if (!find_id ("pollution level", pollution_ids, SD_N_POLLUTION,
                SD_MODEL_ERROR_INVALID_VALUE, id, &i, error))
    return FALSE;
  if (out != NULL)
    *out = (SdPollution)i;
  return TRUE;
}

gboolean
sd_diet_from_id (const char  *id,
                 SdDiet      *out,
                 GError     **error)
{
  guint i;

  if (!find_id ("diet", diet_ids, SD_N_DIET, SD_MODEL_ERROR_INVALID_VALUE, id, &i, error))
    return FALSE;
  if (out != NULL)
    *out = (SdDiet)i;
  return TRUE;
}
