/* sd-sources.c — the bibliography the model stands on
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One list of every study, review and textbook the app cites (SCIENCE.md, and the
 * sources the model's tables and texts name), grouped by what it supports, each
 * with the figures the app takes from it and the values the app assumes next to
 * it. Citations are not translated; what they back is.
 */

#define G_LOG_DOMAIN "sd-sources"

#include "config.h"

#include "sd-sources.h"

#include <string.h>

/* Marked for translation here and translated by the UI. */
#define N_(s) (s)

static const char * const topic_ids[SD_N_SOURCE_TOPICS] = {
  "anatomy", "penetration", "healing", "ageing", "lifestyle", "safety",
};

static const char * const topic_names[SD_N_SOURCE_TOPICS] = {
  N_("Anatomy"), N_("Needle penetration"), N_("Healing"), N_("Ageing"), N_("Lifestyle"),
  N_("Safety"),
};

static const SdSource sources[] = {
  /* Anatomy */
  { "histology-textbook", SD_SOURCE_TOPIC_ANATOMY,
    "Standard histology (textbooks; StatPearls skin anatomy)", NULL,
    N_("What each layer is and does; the papillary dermis as about a fifth of the dermis"),
    N_("The split of the viable epidermis into basal, spiny and granular layers: no "
       "measured sub-layer thicknesses were found") },
  { "loyola-lucidum", SD_SOURCE_TOPIC_ANATOMY,
    "Loyola Univ. dermatology histology: stratum lucidum",
    "http://www.meddean.luc.edu/lumen/MedEd/medicine/dermatology/melton/skinlsn/stluci.htm",
    N_("The shiny layer exists only in the thick skin of the palms and soles"),
    N_("Its thickness: not measured, assumed") },
  { "sandby-moller-2003", SD_SOURCE_TOPIC_ANATOMY,
    "Sandby-Møller, Poulsen & Wulf, Acta Derm Venereol 2003;83:410",
    "https://medicaljournals.se/acta/content/abstract/10.1080/00015550310015419",
    N_("Forearm horny layer 18.3 µm and living epidermis 56.6 µm (histology, 71 people)"),
    NULL },
  { "raman-2007", SD_SOURCE_TOPIC_ANATOMY,
    "Stratum corneum by Raman spectroscopy, Acta Derm Venereol 2007;87:4",
    "https://pubmed.ncbi.nlm.nih.gov/17225007/",
    N_("Horny layer: cheek 16.8 µm, forearm 22.6 µm, palm 173 µm"), NULL },
  { "arch-dermatol-1999", SD_SOURCE_TOPIC_ANATOMY,
    "Stratum corneum cell layers by site, Arch Dermatol Res 1999;291:555",
    "https://pubmed.ncbi.nlm.nih.gov/10552214/",
    N_("Horny-layer cell layers by site: face 9, neck 10, scalp 12, trunk 13, limbs 15, "
       "palms and soles 47"),
    N_("Horny-layer thickness at sites without a measurement, scaled from these counts") },
  { "tsugita-2013", SD_SOURCE_TOPIC_ANATOMY, "Tsugita et al., Skin Res Technol 2013 (OCT)", NULL,
    N_("Epidermis 68.6 µm averaged over 11 sites (116 women)"), NULL },
  { "chopra-2015", SD_SOURCE_TOPIC_ANATOMY, "Chopra et al., Aesthet Surg J 2015;35:1007", NULL,
    N_("Facial epidermis 30–63 µm and dermis 0.76–1.97 mm over 39 sites (cadaver histology)"),
    NULL },
  { "lee-hwang-2002", SD_SOURCE_TOPIC_ANATOMY,
    "Lee & Hwang, Surg Radiol Anat 2002;24:183", "https://doi.org/10.1007/s00276-002-0034-5",
    N_("Epidermis and dermis over 28 regions: palm and sole epidermis 601–637 µm, back dermis "
       "1942 µm (452 biopsies)"),
    N_("Palm and sole dermis, derived from the epidermis’ share of the skin") },
  { "meng-2022", SD_SOURCE_TOPIC_ANATOMY,
    "Meng et al., BMC Med Imaging 2022;22:113", "https://pmc.ncbi.nlm.nih.gov/articles/PMC9205051/",
    N_("Facial dermis by sex (ultrasound, 118 adults): forehead women 0.86, men 1.17 mm"), NULL },
  { "selcuk", SD_SOURCE_TOPIC_ANATOMY, "Facial skin thickness by sex, Selçuk Med J",
    "https://selcukmedj.org/en-us/measurement-of-epidermis-dermis-and-total-skin-thicknesses-"
      "from-six-different-face-regions-en-7154",
    N_("Facial epidermis and dermis in 90 women and 90 men (histology)"), NULL },
  { "kim-2019", SD_SOURCE_TOPIC_ANATOMY, "Kim et al., Clin Anat 2019", NULL,
    N_("Facial skin 1.51–1.97 mm and superficial fat 1.6–5.1 mm (cadaver 3-D scan)"), NULL },
  { "iyengar-2018", SD_SOURCE_TOPIC_ANATOMY, "Iyengar et al., Dermatol Surg 2018", NULL,
    N_("Facial fat by ultrasound: forehead 0.2 cm, chin 0.5 cm (32 people)"),
    N_("The hypodermis at the palm, sole and forearm: no clean reference values were found") },
  { "gibney-2010", SD_SOURCE_TOPIC_ANATOMY, "Gibney et al. 2010 (ultrasound, n=388)", NULL,
    N_("Abdomen and thigh skin 2.2 and 1.9 mm, fat 13.9 and 10.4 mm"), NULL },
  { "cotofana-2020", SD_SOURCE_TOPIC_ANATOMY, "Cotofana et al., J Drugs Dermatol 2020;19:36",
    NULL, N_("Upper-arm superficial fat about 4.4 mm, depending on body-mass index"), NULL },
  { "lintzeri-2022", SD_SOURCE_TOPIC_ANATOMY,
    "Lintzeri et al., JEADV 2022;36:1191 (meta-analysis of methods)", NULL,
    N_("Methods disagree: ultrasound reads the epidermis thicker than histology"), NULL },
  { "braverman-yen-1977", SD_SOURCE_TOPIC_ANATOMY,
    "Braverman & Yen, J Invest Dermatol 1977;68:44", NULL,
    N_("Capillary loops rise into the dermal papillae from a plexus below them"),
    N_("The depth of that plexus by site: not measured, assumed") },

  /* Needle penetration */
  { "kalluri-2011", SD_SOURCE_TOPIC_PENETRATION,
    "Kalluri, Kolli & Banga, AAPS J 2011;13:473", "https://pmc.ncbi.nlm.nih.gov/articles/PMC3160154/",
    N_("A 0.77 mm roller made a 0.15 mm channel in rat skin; channels close in 12–18 hours"),
    N_("The roller’s depth in human skin, fitted to this animal figure") },
  { "lam-2008", SD_SOURCE_TOPIC_PENETRATION, "Lam et al. 2008 (needle insertion in pig skin)",
    NULL, N_("Less than half of a needle under 1 mm enters the skin"), NULL },
  { "sasaki-2019", SD_SOURCE_TOPIC_PENETRATION, "Sasaki, Aesthet Surg J Open Forum 2019", NULL,
    N_("A depth-set pen goes close to its set depth in human facial skin (histology)"),
    N_("How far the skin dimples under a pen: assumed") },
  { "lima-2013", SD_SOURCE_TOPIC_PENETRATION, "Lima, Lima & Takano, Surg Cosmet Dermatol 2013;5:110",
    NULL, N_("0.5 mm needles reach the papillary dermis, 2–2.5 mm the reticular dermis (pig)"),
    NULL },
  { "doddaballapur-2009", SD_SOURCE_TOPIC_PENETRATION,
    "Doddaballapur, J Cutan Aesthet Surg 2009;2:110", NULL,
    N_("A 192-needle roller; 15 passes make about 250 holes per cm²"), NULL },
  { "schwarz-laaff-2011", SD_SOURCE_TOPIC_PENETRATION, "Schwarz & Laaff, Plast Reconstr Surg 2011",
    NULL, N_("Roller geometry: 192 needles on a drum 2 cm wide and 2 cm across"), NULL },

  /* Healing */
  { "antioxid-2008", SD_SOURCE_TOPIC_HEALING,
    "Wound healing phases, Antioxid Redox Signal 2008;10:1869",
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC2638213/",
    N_("The timing of inflammation, proliferation and remodelling"), NULL },
  { "exp-biol-med-1979", SD_SOURCE_TOPIC_HEALING,
    "Collagen synthesis in open wounds, Exp Biol Med 1979;160:458", NULL,
    N_("Collagen synthesis peaks about day 7 after wounding (rat)"), NULL },
  { "schmitt-2018", SD_SOURCE_TOPIC_HEALING, "Schmitt et al., PLoS One 2018",
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC6147558/",
    N_("The epidermis has recovered by day 5 after microneedling (skin model)"), NULL },
  { "liebl-kloth-2012", SD_SOURCE_TOPIC_HEALING,
    "Liebl & Kloth, J Am Coll Clin Wound Spec 2012;4:2", NULL,
    N_("Remodelling lasts a year or more"), NULL },
  { "adv-wound-care-2015", SD_SOURCE_TOPIC_HEALING, "Adv Wound Care 2015;4:119, table 1",
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC4352699/",
    /* xgettext:no-c-format */
    N_("Adult dermis collagen: about 80 % type I and 15 % type III"),
    N_("How fast type III is replaced by type I after needling: modelled, not measured") },
  { "aust-2008", SD_SOURCE_TOPIC_HEALING, "Aust et al., Plast Reconstr Surg 2008;121:1421", NULL,
    /* xgettext:no-c-format */
    N_("Spiny layer 40 % thicker a year after treatment (480 patients, histology in 20)"),
    NULL },
  { "lotfi-2013", SD_SOURCE_TOPIC_HEALING,
    "Lotfi, Moneib & Yehia, J Egypt Women Dermatol Soc 2013", NULL,
    /* xgettext:no-c-format */
    N_("After 5 monthly 1.5 mm sessions: epidermis +50 %, papillary-dermis collagen +53 %"),
    N_("The size of the response at other needle lengths and sites: the model’s calibration") },

  /* Ageing */
  { "shuster-1975", SD_SOURCE_TOPIC_AGEING, "Shuster, Black & McVitie, Br J Dermatol 1975;93:639",
    /* xgettext:no-c-format */
    NULL, N_("Skin collagen falls about 1 % a year in adults (found via secondary sources)"),
    N_("That the decline starts at 25") },
  { "calleja-agius-2011", SD_SOURCE_TOPIC_AGEING,
    "Calleja-Agius & Brincat, Gynecol Endocrinol 2011", NULL,
    /* xgettext:no-c-format */
    N_("After menopause, up to 30 % of skin collagen is lost in 5 years, 2.1 % a year over 15"),
    N_("Menopause at 51") },
  { "reilly-lozano-2021", SD_SOURCE_TOPIC_AGEING, "Reilly & Lozano, Plast Aesthet Res 2021;8:2",
    NULL, N_("Collagen score 73.3 at 25–34 years and 55.3 at 65–74 (the slow end of the range)"),
    NULL },

  /* Lifestyle */
  { "talwar-1995", SD_SOURCE_TOPIC_LIFESTYLE, "Talwar et al., J Invest Dermatol 1995", NULL,
    /* xgettext:no-c-format */
    N_("Sun: procollagen about 40 % lower in badly sun-damaged skin"), NULL },
  { "knuutinen-2002", SD_SOURCE_TOPIC_LIFESTYLE, "Knuutinen et al., Br J Dermatol 2002;146:588",
    /* xgettext:no-c-format */
    NULL, N_("Smoking: type I and III collagen synthesis 18 % and 22 % lower (98 people)"), NULL },
  { "goodman-2019", SD_SOURCE_TOPIC_LIFESTYLE, "Goodman et al., J Clin Aesthet Dermatol 2019",
    NULL, N_("Alcohol: more facial lines with 8 or more drinks a week"),
    N_("Alcohol’s effect on collagen: not known, assumed") },
  { "vierkotter-2010", SD_SOURCE_TOPIC_LIFESTYLE, "Vierkötter et al., J Invest Dermatol 2010",
    NULL, N_("Pollution: more pigment spots with traffic particles"),
    N_("Pollution’s effect on collagen: not known, assumed") },
  { "cosgrove-2007", SD_SOURCE_TOPIC_LIFESTYLE, "Cosgrove et al., Am J Clin Nutr 2007;86:1225",
    NULL, N_("Diet: fewer wrinkles with more vitamin C"),
    N_("Diet’s effect on collagen: not known, assumed") },

  /* Safety */
  { "farber-2020", SD_SOURCE_TOPIC_SAFETY, "Farber et al., Plast Aesthet Res 2020;7:72", NULL,
    N_("Pinpoint bleeding shows the needles crossed the epidermis; sessions every 2–4 weeks"),
    N_("Bleeding depth by site: the plexus depth is assumed") },
  { "chu-2021", SD_SOURCE_TOPIC_SAFETY, "Chu, Foulad & Mesinkovska, Dermatol Surg 2021;47:1249",
    NULL, N_("Redness, swelling and pain usually last up to 7 days (85 studies, 2,805 patients)"),
    NULL },
};

const char *
sd_source_topic_to_id (SdSourceTopic topic)
{
  g_return_val_if_fail ((guint)topic < SD_N_SOURCE_TOPICS, NULL);
  return topic_ids[topic];
}

const char *
sd_source_topic_get_name (SdSourceTopic topic)
{
  g_return_val_if_fail ((guint)topic < SD_N_SOURCE_TOPICS, NULL);
  return topic_names[topic];
}

const SdSource *
sd_sources_get_all (guint *n_sources)
{
  if (n_sources != NULL)
    *n_sources = G_N_ELEMENTS (sources);
  return sources;
}

const SdSource *
sd_sources_lookup (const char *id)
{
  if (id == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    if (strcmp (sources[i].id, id) == 0)
      return &sources[i];

  return NULL;
}

const SdSource *
sd_sources_for_layer (SdLayerId layer)
{
  g_return_val_if_fail ((guint)layer < SD_N_LAYERS, NULL);

  switch (layer)
    {
    case SD_LAYER_STRATUM_CORNEUM:
      return sd_sources_lookup ("arch-dermatol-1999");
    case SD_LAYER_STRATUM_LUCIDUM:
      return sd_sources_lookup ("loyola-lucidum");
    case SD_LAYER_STRATUM_SPINOSUM:
      return sd_sources_lookup ("aust-2008");
    case SD_LAYER_PAPILLARY_DERMIS:
      return sd_sources_lookup ("farber-2020");
    case SD_LAYER_STRATUM_GRANULOSUM:
    case SD_LAYER_STRATUM_BASALE:
    case SD_LAYER_RETICULAR_DERMIS:
    case SD_LAYER_HYPODERMIS:
    case SD_N_LAYERS:
    default:
      return sd_sources_lookup ("histology-textbook");
    }
}

char **
sd_sources_dup_credits (void)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **credits;

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      if (sources[i].url != NULL)
        {
          g_autofree char *credit = g_strdup_printf ("%s %s", sources[i].citation,
                                                     sources[i].url);
          g_strv_builder_add (builder, credit);
        }
      else
        g_strv_builder_add (builder, sources[i].citation);
    }

  credits = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return credits;
}
