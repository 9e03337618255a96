/* sd-safety.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-safety"

#include "config.h"

#include "sd-safety.h"

#include <glib/gi18n-lib.h>
#include <math.h>

/*
 * The facts (SCIENCE.md §5). Sources marked by what they are: a systematic review or a
 * regulatory record counts as measured; clinic pages, vendor guides and reviews without
 * numbers are rules of thumb.
 */

#define CHU_2021 "Chu, Foulad, Mesinkovska, Dermatol Surg 2021;47:1249 " \
                 "(systematic review: 85 articles, 2,805 patients)"
#define ACNE_ORG "acne.org, microneedling side effects (aggregated single studies)"
#define CLINIC_AFTERCARE "flawlesssi.com, what to expect (clinic page)"
#define CLINIC_CONTRA "clinic pages: balancedayspa.com, renewedspiritdayspa.com, " \
                      "purelyboutique.com, mailash.com"
#define DRPEN "drpen.net needle depth guide (manufacturer)"

static const char *topic_titles[SD_N_SAFETY_TOPICS] = {
  [SD_SAFETY_SIDE_EFFECTS] = N_("Side effects"),
  [SD_SAFETY_AFTERCARE] = N_("Aftercare"),
  [SD_SAFETY_CONTRAINDICATIONS] = N_("When not to have a session"),
  [SD_SAFETY_CALL_CLINIC] = N_("When to call the clinic"),
  [SD_SAFETY_RESULTS] = N_("When results are judged"),
};

static const SdSafetyItem side_effects[] = {
  { N_("Redness like a sunburn, swelling, pinpoint bleeding or oozing, tenderness, "
       "dryness and flaking are common and expected."), CHU_2021, SD_SAFETY_EVIDENCE_MEASURED },
  { N_("These short-lived effects last up to 7 days."), CHU_2021, SD_SAFETY_EVIDENCE_MEASURED },
  { N_("Redness and swelling are usually gone in 2 to 3 days."), ACNE_ORG,
    SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
  { N_("Less often, in single studies: darker patches (up to 13.8 % of patients), an acne "
       "flare (up to 13.3 %), track-like marks (up to 5.3 %), bruising (up to 2.8 %)."),
    ACNE_ORG, SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
  { N_("Rare lasting problems are darker patches, tram-track scars and small lumps "
       "(granulomas). They are more likely with an active infection, darker skin, a metal "
       "allergy, or products not made to go into the skin."), CHU_2021,
    SD_SAFETY_EVIDENCE_MEASURED },
};

static const SdSafetyItem aftercare[] = {
  { N_("No make-up for 24 hours."), CLINIC_AFTERCARE, SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
  { N_("Keep out of the sun for 48 hours, then use sunscreen (SPF 30 or more) for "
       "4 weeks."), CLINIC_AFTERCARE " ; Farber et al., Plast Aesthet Res 2020;7:72",
    SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
  { N_("Until the tiny channels close, put on the skin only what your clinician gives you: "
       "products not made to go into the skin raise the risk of lumps."), CHU_2021,
    SD_SAFETY_EVIDENCE_MEASURED },
  { N_("The channels close within hours: the skin's barrier recovers in 4 to 5 hours and "
       "the channels close in 12 to 18 hours (in a laboratory study)."),
    "Kalluri, Kolli, Banga, AAPS J 2011;13:473 (hairless rat)", SD_SAFETY_EVIDENCE_MEASURED },
};

static const SdSafetyItem contraindications[] = {
  { N_("An active infection in the area (cold sores, bacterial or fungal), active acne, "
       "or flaring eczema, psoriasis or rosacea."), CLINIC_CONTRA, SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
  { N_("A tendency to keloids or raised scars."), CLINIC_CONTRA, SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
  { N_("A bleeding disorder or blood thinners, uncontrolled diabetes, a weakened immune "
       "system, chemotherapy or radiotherapy."), CLINIC_CONTRA, SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
  { N_("Skin cancer or raised spots in the area; pregnancy or breast-feeding."),
    CLINIC_CONTRA, SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
  { N_("An allergy to stainless steel or to the numbing cream; recent fillers or peels."),
    CLINIC_CONTRA, SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
  { N_("Isotretinoin (acne tablets) in the last 3 to 6 months: clinics wait 3 to 6 months; "
       "the package insert says 6 months before procedures."),
    "Waldman et al., Dermatol Surg 2017;43:1249 (consensus); clinic pages",
    SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
};

static const SdSafetyItem call_clinic[] = {
  { N_("Redness, swelling or pain still there after 7 days: short-lived effects are gone "
       "by then."), CHU_2021, SD_SAFETY_EVIDENCE_MEASURED },
  { N_("Dark patches, lines or lumps appearing in the treated skin."), CHU_2021,
    SD_SAFETY_EVIDENCE_MEASURED },
  { N_("Signs of infection: spreading redness, warmth, pus, fever, or cold sores."),
    "general medical advice (no microneedling source)", SD_SAFETY_EVIDENCE_GENERAL },
};

static const SdSafetyItem results[] = {
  { N_("Visible change is typically judged 4 to 6 weeks after a session and can continue "
       "for about 6 months."), "oliveskintherapy.com; flawlesssi.com (clinic pages)",
    SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
  { N_("Studies judge results 1 to 6 months after the last session (for example 8 weeks "
       "after five monthly sessions)."),
    "Lotfi et al., JEWDS 2013; trial NCT02646917", SD_SAFETY_EVIDENCE_MEASURED },
};

static const struct
{
  const SdSafetyItem *items;
  guint               n_items;
} topics[SD_N_SAFETY_TOPICS] = {
  [SD_SAFETY_SIDE_EFFECTS] = { side_effects, G_N_ELEMENTS (side_effects) },
  [SD_SAFETY_AFTERCARE] = { aftercare, G_N_ELEMENTS (aftercare) },
  [SD_SAFETY_CONTRAINDICATIONS] = { contraindications, G_N_ELEMENTS (contraindications) },
  [SD_SAFETY_CALL_CLINIC] = { call_clinic, G_N_ELEMENTS (call_clinic) },
  [SD_SAFETY_RESULTS] = { results, G_N_ELEMENTS (results) },
};

/* Usual lengths per face area, from the manufacturer's guide (thin skin's low end to thick
 * skin's high end), and the scalp from a systematic review. NOT FOUND elsewhere. */
static const struct
{
  gboolean    known;
  double      min_mm;
  double      max_mm;
  const char *source;
  SdSafetyEvidence  evidence;
} site_ranges[SD_N_SITES] = {
  [SD_SITE_FOREHEAD] = { TRUE, 0.25, 0.75, DRPEN, SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
  [SD_SITE_EYELID] = { TRUE, 0.25, 0.5, DRPEN " (around the eyes)", SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
  [SD_SITE_CHEEK] = { TRUE, 0.5, 2.0, DRPEN, SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
  [SD_SITE_NOSE] = { TRUE, 0.25, 0.5, DRPEN, SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
  [SD_SITE_UPPER_LIP] = { TRUE, 0.25, 0.75, DRPEN, SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
  [SD_SITE_CHIN] = { TRUE, 0.5, 2.0, DRPEN, SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
  [SD_SITE_SCALP] = { TRUE, 0.5, 2.5, "English et al., Dermatol Ther (Heidelb) 2022;12:41 "
                      "(systematic review, 22 studies)", SD_SAFETY_EVIDENCE_RULE_OF_THUMB },
};

/*
 * Public API
 */

const char *
sd_safety_topic_get_title (SdSafetyTopic topic)
{
  g_return_val_if_fail ((guint)topic < SD_N_SAFETY_TOPICS, NULL);
  return topic_titles[topic];
}

const SdSafetyItem *
sd_safety_get_items (SdSafetyTopic  topic,
                     guint         *n_items)
{
  g_return_val_if_fail ((guint)topic < SD_N_SAFETY_TOPICS, NULL);
  g_return_val_if_fail (n_items != NULL, NULL);

  *n_items = topics[topic].n_items;
  return topics[topic].items;
}

const char *
sd_safety_evidence_get_name (SdSafetyEvidence evidence)
{
  switch (evidence)
    {
    case SD_SAFETY_EVIDENCE_MEASURED:
      return N_("measured");
    case SD_SAFETY_EVIDENCE_RULE_OF_THUMB:
      return N_("rule of thumb");
    case SD_SAFETY_EVIDENCE_GENERAL:
    default:
      return N_("general advice");
    }
}

void
sd_safety_get_downtime (double      length_mm,
                        SdDowntime *out)
{
  g_return_if_fail (out != NULL);

  if (length_mm <= 0.5)
    *out = (SdDowntime) { 2, 3, DRPEN, SD_SAFETY_EVIDENCE_RULE_OF_THUMB };
  else if (length_mm <= 1.5)
    *out = (SdDowntime) { 4, 5, DRPEN, SD_SAFETY_EVIDENCE_RULE_OF_THUMB };
  else
    *out = (SdDowntime) { 6, 7, DRPEN, SD_SAFETY_EVIDENCE_RULE_OF_THUMB };
}

gboolean
sd_safety_get_site_range (SdSite       site,
                          SdSiteRange *out)
{
  g_return_val_if_fail ((guint)site < SD_N_SITES, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!site_ranges[site].known)
    {
      *out = (SdSiteRange) { 0 };
      return FALSE;
    }
  *out = (SdSiteRange) { site_ranges[site].min_mm, site_ranges[site].max_mm,
                         site_ranges[site].source, site_ranges[site].evidence };
  return TRUE;
}

gboolean
sd_safety_check_caution (const SdSkinProfile *profile,
                         SdDevice             device,
                         double               length_mm,
                         SdCaution           *out,
                         GError             **error)
{
  SdNeedleResult central, high;
  const SdLayer *fat;

  g_return_val_if_fail (profile != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!sd_needle_compute_estimate (profile, device, length_mm, 0, SD_ESTIMATE_CENTRAL,
                                   &central, error) ||
      !sd_needle_compute_estimate (profile, device, length_mm, 0, SD_ESTIMATE_HIGH,
                                   &high, error))
    return FALSE;

  *out = (SdCaution) { 0 };
  out->length_mm = length_mm;
  out->depth_um = central.effective_um;
  out->depth_high_um = MAX (high.effective_um, central.effective_um);
  fat = sd_skin_profile_find_layer (profile, SD_LAYER_HYPODERMIS);
  out->fat_um = fat != NULL ? fat->top_um : INFINITY;

  if (central.layers_reached & SD_LAYER_MASK (SD_LAYER_HYPODERMIS))
    out->flags |= SD_CAUTION_REACHES_HYPODERMIS;
  else if (high.layers_reached & SD_LAYER_MASK (SD_LAYER_HYPODERMIS))
    out->flags |= SD_CAUTION_MAY_REACH_HYPODERMIS;

  out->has_range = sd_safety_get_site_range (profile->site, &out->range);
  /* a hair over the range's end is the dial's tolerance, not a longer needle */
  if (out->has_range && length_mm > out->range.max_mm + 1e-6)
    out->flags |= SD_CAUTION_ABOVE_SITE_RANGE;

  if (device == SD_DEVICE_PEN && length_mm > 1.5 + 1e-6)
    out->flags |= SD_CAUTION_NOT_EVALUATED;

  return TRUE;
}

char *
sd_caution_describe (const SdCaution *caution)
{
  GString *out;

  g_return_val_if_fail (caution != NULL, NULL);

  if (caution->flags == SD_CAUTION_NONE)
    return NULL;

  out = g_string_new (NULL);
  if (caution->flags & SD_CAUTION_REACHES_HYPODERMIS)
    {
      g_string_append_printf (out,
                              /* translators: the depths are in mm */
                              _("This needle reaches the fat under the skin: the model puts "
                                "its tip at %.2f mm, and the fat starts at %.2f mm here."),
                              caution->depth_um / 1000.0, caution->fat_um / 1000.0);
    }
  else if (caution->flags & SD_CAUTION_MAY_REACH_HYPODERMIS)
    {
      g_string_append_printf (out,
                              /* translators: the depths are in mm */
                              _("This needle may reach the fat under the skin: the deep end "
                                "of the model's range is %.2f mm, and the fat starts at "
                                "%.2f mm here."),
                              caution->depth_high_um / 1000.0, caution->fat_um / 1000.0);
    }
  if (caution->flags & SD_CAUTION_ABOVE_SITE_RANGE)
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out,
                              /* translators: lengths in mm, then a citation */
                              _("%.2f mm is longer than the usual %.2f to %.2f mm for this "
                                "site (rule of thumb: %s)."),
                              caution->length_mm, caution->range.min_mm, caution->range.max_mm,
                              caution->range.source);
    }
  if (caution->flags & SD_CAUTION_NOT_EVALUATED)
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, _("Pens set deeper than 1.5 mm were not evaluated for safety in "
                              "the FDA's authorisation of a microneedling pen (DEN160029)."));
    }
  return g_string_free (out, FALSE);
}

char *
sd_site_range_describe (SdSite site)
{
  SdSiteRange range;

  g_return_val_if_fail ((guint)site < SD_N_SITES, NULL);

  if (!sd_safety_get_site_range (site, &range))
    return g_strdup (_("No published range of needle lengths was found for this site."));
  return g_strdup_printf (/* translators: lengths in mm, then a citation */
                          _("Usual needle lengths here: %.2f to %.2f mm (rule of thumb: %s)."),
                          range.min_mm, range.max_mm, range.source);
}
