/* test-glossary.c: the glossary, the bibliography and the tour's steps (no display)
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "sd-ageing.h"
#include "sd-course.h"
#include "sd-glossary.h"
#include "sd-model-types.h"
#include "sd-needle.h"
#include "sd-section.h"
#include "sd-sources.h"
#include "sd-tour-steps.h"
#include "sd-treatment.h"

static gboolean
found_in (GPtrArray  *found,
          const char *id)
{
  for (guint i = 0; i < found->len; i++)
    if (strcmp (((const SdGlossaryEntry *)g_ptr_array_index (found, i))->id, id) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
text_mentions (const char *text,
               const char *id)
{
  g_autoptr(GPtrArray) found = sd_glossary_find_in_text (text);

  return found_in (found, id);
}

/*
 * Glossary
 */

START_TEST (test_glossary_has_the_issues_terms)
{
  /* The terms the issue and the explanations name, by hand. */
  static const char * const ids[] = {
    "keratinocyte", "desmosome", "rete-ridges", "dermal-papillae", "fibroblast",
    "collagen-type-i", "collagen-type-iii", "neocollagenesis", "melanocyte", "langerhans-cell",
    "corneocyte", "basement-membrane", "capillary-loop", "elastin", "hypodermis", "adipocyte",
    "inflammation", "proliferation", "remodelling", "stratum-corneum", "stratum-lucidum",
    "stratum-granulosum", "stratum-spinosum", "stratum-basale", "papillary-dermis",
    "reticular-dermis", "hair-follicle", "gland", "nerve", "epidermis", "dermis",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    ck_assert_msg (sd_glossary_lookup (ids[i]) != NULL, "no glossary entry %s", ids[i]);
  ck_assert_ptr_null (sd_glossary_lookup ("no-such-term"));
  ck_assert_ptr_null (sd_glossary_lookup (NULL));
}
END_TEST

START_TEST (test_glossary_entries_are_complete)
{
  guint n;
  const SdGlossaryEntry *entries = sd_glossary_get_entries (&n);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  ck_assert_uint_ge (n, 30);
  for (guint i = 0; i < n; i++)
    {
      const SdGlossaryEntry *e = &entries[i];

      ck_assert_msg (g_hash_table_add (ids, (gpointer)e->id), "duplicate id %s", e->id);
      ck_assert_ptr_eq (sd_glossary_lookup (e->id), e);
      ck_assert_msg (e->term != NULL && e->term[0] != '\0', "%s has no term", e->id);
      ck_assert_msg (e->definition != NULL && strlen (e->definition) > 40,
                     "%s has no real definition", e->id);
      ck_assert_msg (sd_sources_lookup (e->source_id) != NULL,
                     "%s names an unknown source %s", e->id, e->source_id);
      ck_assert_msg (e->layer >= -1 && e->layer < SD_N_LAYERS, "%s: bad layer", e->id);
      ck_assert_msg (e->stem != NULL && e->stem[0] != '\0', "%s has no stem", e->id);
      /* Sorted by English term, as shown. */
      if (i > 0)
        ck_assert_msg (g_ascii_strcasecmp (entries[i - 1].term, e->term) < 0,
                       "%s is out of order", e->term);
    }
}
END_TEST

/* Each layer has the entry the layer list links to (its id), with the plain name the
 * model uses, and "Show me" selects that layer. */
START_TEST (test_glossary_layers_match_the_model)
{
  for (SdLayerId id = 0; id < SD_N_LAYERS; id++)
    {
      const SdGlossaryEntry *e = sd_glossary_lookup (sd_layer_id_to_string (id));

      ck_assert_msg (e != NULL, "no entry for %s", sd_layer_id_to_string (id));
      ck_assert_int_eq (e->layer, id);
      ck_assert_str_eq (e->term, sd_layer_get_name (id));
      if (id != SD_LAYER_HYPODERMIS)
        ck_assert_str_eq (e->plain, sd_layer_get_common_name (id));
    }
}
END_TEST

/* Every glossary term the explanations use is found, with the right entries. */
START_TEST (test_glossary_terms_in_the_explanations_resolve)
{
  guint n_steps;
  const SdTourStep *steps = sd_tour_get_steps (&n_steps);
  guint hits = 0;

  for (SdLayerId id = 0; id < SD_N_LAYERS; id++)
    {
      g_autoptr(GPtrArray) found = sd_glossary_find_in_text (sd_layer_get_description (id));

      for (guint i = 0; i < found->len; i++)
        {
          const SdGlossaryEntry *e = g_ptr_array_index (found, i);

          ck_assert_ptr_eq (sd_glossary_lookup (e->id), e);
          ck_assert_ptr_nonnull (sd_sources_lookup (e->source_id));
          hits++;
        }
    }
  for (SdPhase phase = 0; phase < SD_N_PHASES; phase++)
    {
      g_autoptr(GPtrArray) found = sd_glossary_find_in_text (sd_phase_get_description (phase));

      for (guint i = 0; i < found->len; i++)
        ck_assert_ptr_nonnull (sd_glossary_lookup (((SdGlossaryEntry *)found->pdata[i])->id));
      hits += found->len;
    }
  for (guint i = 0; i < n_steps; i++)
    {
      g_autoptr(GPtrArray) found = sd_glossary_find_in_text (steps[i].caption);

      ck_assert_msg (found->len > 0, "tour step %s uses no glossary term", steps[i].id);
      if (steps[i].glossary_id != NULL)
        ck_assert_msg (sd_glossary_lookup (steps[i].glossary_id) != NULL,
                       "tour step %s names an unknown term", steps[i].id);
    }
  ck_assert_uint_ge (hits, 20);

  /* Words the model's texts use, found as the right terms. */
  ck_assert (text_mentions (sd_layer_get_description (SD_LAYER_STRATUM_SPINOSUM), "desmosome"));
  ck_assert (text_mentions (sd_layer_get_description (SD_LAYER_STRATUM_SPINOSUM),
                            "langerhans-cell"));
  ck_assert (text_mentions (sd_layer_get_description (SD_LAYER_STRATUM_SPINOSUM),
                            "keratinocyte"));
  ck_assert (text_mentions (sd_layer_get_description (SD_LAYER_STRATUM_BASALE), "melanocyte"));
  ck_assert (text_mentions (sd_layer_get_description (SD_LAYER_STRATUM_BASALE),
                            "basement-membrane"));
  ck_assert (text_mentions (sd_layer_get_description (SD_LAYER_STRATUM_CORNEUM), "corneocyte"));
  ck_assert (text_mentions (sd_layer_get_description (SD_LAYER_PAPILLARY_DERMIS),
                            "capillary-loop"));
  ck_assert (text_mentions (sd_layer_get_description (SD_LAYER_RETICULAR_DERMIS),
                            "hair-follicle"));
  ck_assert (text_mentions (sd_phase_get_description (SD_PHASE_PROLIFERATION), "fibroblast"));
  ck_assert (text_mentions (sd_phase_get_description (SD_PHASE_PROLIFERATION),
                            "collagen-type-iii"));
  ck_assert (text_mentions (sd_phase_get_description (SD_PHASE_REMODELLING), "collagen-type-i"));
  /* "type I" is a word of its own: not found inside "type III". */
  ck_assert (!text_mentions ("more type III than usual", "collagen-type-i"));
  ck_assert (text_mentions ("Type I, then", "collagen-type-i"));
  ck_assert (!text_mentions ("", "collagen"));
}
END_TEST

/*
 * Sources
 */

START_TEST (test_sources_are_complete_and_grouped)
{
  guint n;
  const SdSource *sources = sd_sources_get_all (&n);
  guint per_topic[SD_N_SOURCE_TOPICS] = { 0 };
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) credits = sd_sources_dup_credits ();

  ck_assert_uint_ge (n, 20);
  for (guint i = 0; i < n; i++)
    {
      ck_assert_msg (g_hash_table_add (ids, (gpointer)sources[i].id), "duplicate %s",
                     sources[i].id);
      ck_assert_ptr_eq (sd_sources_lookup (sources[i].id), &sources[i]);
      ck_assert_uint_lt (sources[i].topic, SD_N_SOURCE_TOPICS);
      ck_assert (sources[i].citation != NULL && sources[i].citation[0] != '\0');
      ck_assert (sources[i].figures != NULL && sources[i].figures[0] != '\0');
      ck_assert (sources[i].url == NULL || g_str_has_prefix (sources[i].url, "http"));
      /* Grouped: a topic never comes back after another one started. */
      if (i > 0)
        ck_assert_uint_le (sources[i - 1].topic, sources[i].topic);
      per_topic[sources[i].topic]++;
    }
  for (guint t = 0; t < SD_N_SOURCE_TOPICS; t++)
    {
      ck_assert_msg (per_topic[t] > 0, "no source for %s", sd_source_topic_to_id (t));
      ck_assert_ptr_nonnull (sd_source_topic_get_name (t));
    }
  ck_assert_uint_eq (g_strv_length (credits), n);
  ck_assert_ptr_null (sd_sources_lookup ("nope"));

  for (SdLayerId id = 0; id < SD_N_LAYERS; id++)
    ck_assert_ptr_nonnull (sd_sources_for_layer (id));
}
END_TEST

/* Every first author the model's source lines cite is in the bibliography. */
START_TEST (test_sources_cover_the_models_citations)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  g_autoptr(GRegex) regex = NULL;
  guint n, checked = 0;
  const SdSource *sources = sd_sources_get_all (&n);

  for (SdLayerId id = 0; id < SD_N_LAYERS; id++)
    g_ptr_array_add (lines, (gpointer)sd_layer_get_description_source (id));
  for (SdPhase p = 0; p < SD_N_PHASES; p++)
    g_ptr_array_add (lines, (gpointer)sd_phase_get_source (p));
  for (SdLifestyleFactor f = 0; f < SD_N_FACTORS; f++)
    g_ptr_array_add (lines, (gpointer)sd_lifestyle_get_source (f));
  for (SdDevice d = 0; d < SD_N_DEVICES; d++)
    g_ptr_array_add (lines, (gpointer)sd_device_get_fraction_source (d));
  g_ptr_array_add (lines, (gpointer)sd_bleeding_get_source ());
  g_ptr_array_add (lines, (gpointer)sd_collagen_age_source ());

  /* "Kalluri 2011", "Liebl & Kloth 2012", "Calleja-Agius & Brincat 2011", "Aust et al." */
  regex = g_regex_new ("([A-Z][a-zö]+(?:-[A-Z][a-z]+)?)(?: et al\\.,?| & [A-Z][a-z]+,?)? "
                       "(?:[A-Z]+ )?(?:19|20)[0-9][0-9]", 0, 0, NULL);
  ck_assert_ptr_nonnull (regex);

  for (guint i = 0; i < lines->len; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      g_regex_match (regex, lines->pdata[i], 0, &match);
      while (g_match_info_matches (match))
        {
          g_autofree char *author = g_match_info_fetch (match, 1);
          gboolean listed = FALSE;

          for (guint s = 0; s < n && !listed; s++)
            listed = strstr (sources[s].citation, author) != NULL;
          /* Journal abbreviations ("Signal 2008", "Med 1979") are cited by title. */
          if (!g_str_equal (author, "Signal") && !g_str_equal (author, "Med"))
            {
              ck_assert_msg (listed, "“%s” (in “%s”) is not in the bibliography", author,
                             (const char *)lines->pdata[i]);
              checked++;
            }
          g_match_info_next (match, NULL);
        }
    }
  ck_assert_uint_ge (checked, 12);
}
END_TEST

/* What the model says is assumed is listed as assumed next to its source. */
START_TEST (test_sources_name_the_assumptions)
{
  static const char * const assumed[] = {
    "goodman-2019", "vierkotter-2010", "cosgrove-2007", "braverman-yen-1977", "loyola-lucidum",
    "calleja-agius-2011",
  };

  for (guint i = 0; i < G_N_ELEMENTS (assumed); i++)
    {
      const SdSource *s = sd_sources_lookup (assumed[i]);

      ck_assert_msg (s != NULL, "no source %s", assumed[i]);
      ck_assert_msg (s->assumptions != NULL, "%s lists no assumption", assumed[i]);
    }
  /* Measured lifestyle effects are not marked assumed. */
  ck_assert (!sd_lifestyle_is_assumed (SD_FACTOR_SMOKING));
  ck_assert_ptr_null (sd_sources_lookup ("knuutinen-2002")->assumptions);
  ck_assert (sd_lifestyle_is_assumed (SD_FACTOR_ALCOHOL));
}
END_TEST

/*
 * Tour steps
 */

START_TEST (test_tour_steps_cover_the_issue)
{
  guint n;
  const SdTourStep *steps = sd_tour_get_steps (&n);
  gboolean palm_lucidum = FALSE, needle_cheek = FALSE, needle_palm = FALSE, old = FALSE;

  ck_assert_uint_ge (n, 10);
  ck_assert_uint_le (n, 15);
  for (guint i = 0; i < n; i++)
    {
      ck_assert (steps[i].title != NULL && steps[i].caption != NULL);
      ck_assert_uint_lt (steps[i].site, SD_N_SITES);
      ck_assert (sd_check_age (steps[i].age_years, NULL));
      ck_assert (g_str_equal (steps[i].page, "skin") || g_str_equal (steps[i].page, "treatment"));
      ck_assert (steps[i].layer >= -1 && steps[i].layer < SD_N_LAYERS);
      /* A selected lucidum needs thick skin. */
      if (steps[i].layer == SD_LAYER_STRATUM_LUCIDUM)
        {
          ck_assert (sd_site_is_thick_skin (steps[i].site));
          palm_lucidum = TRUE;
        }
      needle_cheek |= steps[i].show_needle && steps[i].site == SD_SITE_CHEEK;
      needle_palm |= steps[i].show_needle && steps[i].site == SD_SITE_PALM;
      old |= steps[i].age_years >= 70;
    }
  ck_assert (palm_lucidum && needle_cheek && needle_palm && old);

  /* The epidermis from the basal layer up, one step each. */
  {
    const SdLayerId order[] = { SD_LAYER_STRATUM_BASALE, SD_LAYER_STRATUM_SPINOSUM,
                                SD_LAYER_STRATUM_GRANULOSUM, SD_LAYER_STRATUM_CORNEUM };
    guint next = 0;

    for (guint i = 0; i < n && next < G_N_ELEMENTS (order); i++)
      if (steps[i].layer == (int)order[next])
        next++;
    ck_assert_uint_eq (next, G_N_ELEMENTS (order));
  }
}
END_TEST

/* The healing steps' days fall in the phase they are named after, in the model. */
START_TEST (test_tour_healing_days_match_the_model)
{
  static const struct { const char *id; SdPhase phase; } expected[] = {
    { "inflammation", SD_PHASE_INFLAMMATION },
    { "proliferation", SD_PHASE_PROLIFERATION },
    { "remodelling", SD_PHASE_REMODELLING },
  };
  guint n;
  const SdTourStep *steps = sd_tour_get_steps (&n);

  for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
    {
      const SdTourStep *step = NULL;
      g_autoptr(SdSection) section = sd_section_new ();
      g_autoptr(SdTreatment) treatment = NULL;

      for (guint i = 0; i < n; i++)
        if (g_str_equal (steps[i].id, expected[e].id))
          step = &steps[i];
      ck_assert_msg (step != NULL, "no step %s", expected[e].id);

      sd_section_set_site (section, step->site);
      sd_section_set_age (section, step->age_years);
      sd_section_set_device (section, step->device);
      sd_section_set_length_mm (section, step->length_mm);
      treatment = sd_treatment_new (section);
      sd_treatment_set_day (treatment, step->day);
      ck_assert_uint_eq (sd_treatment_get_day (treatment), step->day);
      ck_assert_int_eq (sd_treatment_get_current (treatment)->phase, expected[e].phase);
    }
}
END_TEST

static Suite *
glossary_suite (void)
{
  Suite *suite = suite_create ("glossary");
  TCase *tc;

  tc = tcase_create ("glossary");
  tcase_add_test (tc, test_glossary_has_the_issues_terms);
  tcase_add_test (tc, test_glossary_entries_are_complete);
  tcase_add_test (tc, test_glossary_layers_match_the_model);
  tcase_add_test (tc, test_glossary_terms_in_the_explanations_resolve);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("sources");
  tcase_add_test (tc, test_sources_are_complete_and_grouped);
  tcase_add_test (tc, test_sources_cover_the_models_citations);
  tcase_add_test (tc, test_sources_name_the_assumptions);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("tour");
  tcase_add_test (tc, test_tour_steps_cover_the_issue);
  tcase_add_test (tc, test_tour_healing_days_match_the_model);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  SRunner *runner = srunner_create (glossary_suite ());
  int failures;

  srunner_run_all (runner, CK_NORMAL);
  failures = srunner_ntests_failed (runner);
  srunner_free (runner);

  return failures > 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
