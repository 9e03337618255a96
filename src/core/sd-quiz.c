/* sd-quiz.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-quiz"

#include "config.h"

#include "sd-quiz.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

struct _SdQuiz
{
  guint32    seed;
  GPtrArray *questions;   /* SdQuizQuestion * */
};

static const char * const kind_ids[SD_N_QUIZ_KINDS] = {
  "layer-at-depth", "layers-reached", "lucidum-sites", "phase-order", "collagen-first",
  "bleeding",
};

/* Needle lengths a question may ask about, mm: the lengths sold and used */
static const double quiz_lengths_mm[] = { 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5 };

/* Attempts at a question whose prompt is not yet in the quiz */
#define MAX_ATTEMPTS 200

const char *
sd_quiz_kind_to_id (SdQuizKind kind)
{
  g_return_val_if_fail ((guint)kind < SD_N_QUIZ_KINDS, NULL);
  return kind_ids[kind];
}

/*
 * Questions
 */

static void
question_free (SdQuizQuestion *q)
{
  g_free (q->prompt);
  for (guint i = 0; i < q->n_choices; i++)
    g_free (q->choices[i]);
  g_free (q->explanation);
  g_free (q->source);
  g_free (q);
}

static void
add_choice (SdQuizQuestion *q,
            char           *text,   /* taken */
            int             value,
            gboolean        right)
{
  g_assert (q->n_choices < SD_QUIZ_MAX_CHOICES);

  if (right)
    q->answer[q->n_answers++] = q->n_choices;
  q->choice_values[q->n_choices] = value;
  q->choices[q->n_choices++] = text;
}

/* "34 years, woman" */
static char *
describe_person (double age_years,
                 SdSex  sex)
{
  if (sex == SD_SEX_MALE)
    /* translators: a person in a quiz question; %u is the age in years */
    return g_strdup_printf (_("man, %u years"), (guint)age_years);
  /* translators: a person in a quiz question; %u is the age in years */
  return g_strdup_printf (_("woman, %u years"), (guint)age_years);
}

/* "25 µm" below 0.1 mm, "0.60 mm" from there */
static char *
format_depth (double um)
{
  if (um < 100.0)
    /* translators: a depth in micrometres */
    return g_strdup_printf (_("%.0f µm"), um);
  /* translators: a depth in millimetres */
  return g_strdup_printf (_("%.2f mm"), um / 1000.0);
}

/* "1.0 mm" */
static char *
format_length (double mm)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  /* "1.0", "0.25", in the locale's notation */
  g_snprintf (number, sizeof number, fabs (mm * 10.0 - round (mm * 10.0)) < 1e-9 ? "%.1f" : "%.2f",
              mm);
  /* translators: a needle length; %s is a number of millimetres */
  return g_strdup_printf (_("%s mm"), number);
}

/* "a 1.0 mm derma roller" */
static char *
describe_needle (SdDevice device,
                 double   length_mm)
{
  g_autofree char *length = format_length (length_mm);

  if (device == SD_DEVICE_PEN)
    /* translators: in a quiz question; %s is a needle length ("1.0 mm") */
    return g_strdup_printf (_("a %s microneedling pen"), length);
  /* translators: in a quiz question; %s is a needle length ("1.0 mm") */
  return g_strdup_printf (_("a %s derma roller"), length);
}

static void
draw_person (GRand          *rand,
             SdQuizQuestion *q)
{
  q->site = (SdSite)g_rand_int_range (rand, 0, SD_N_SITES);
  q->age_years = (double)g_rand_int_range (rand, (gint32)SD_AGE_MIN, 91);
  q->sex = (SdSex)g_rand_int_range (rand, 0, SD_N_SEXES);
  q->inputs |= SD_QUIZ_INPUT_SITE | SD_QUIZ_INPUT_AGE | SD_QUIZ_INPUT_SEX;
}

static void
draw_needle (GRand          *rand,
             SdQuizQuestion *q)
{
  q->device = (SdDevice)g_rand_int_range (rand, 0, SD_N_DEVICES);
  q->length_mm = quiz_lengths_mm[g_rand_int_range (rand, 0, G_N_ELEMENTS (quiz_lengths_mm))];
  q->inputs |= SD_QUIZ_INPUT_DEVICE | SD_QUIZ_INPUT_LENGTH;
}

static SdQuizQuestion *
make_layer_at_depth (GRand *rand)
{
  SdQuizQuestion *q = g_new0 (SdQuizQuestion, 1);
  g_autofree char *person = NULL;
  g_autofree char *depth = NULL;
  g_autofree char *top = NULL;
  g_autofree char *bottom = NULL;
  const SdLayer *target;
  const SdLayer *found;
  SdSkinProfile profile;
  double thickness;
  double um;

  q->kind = SD_QUIZ_LAYER_AT_DEPTH;
  draw_person (rand, q);
  if (!sd_skin_profile_compute (q->site, q->age_years, q->sex, &profile, NULL))
    g_assert_not_reached ();

  /* Each layer as likely as any other, the depth well inside it; in the hypodermis no
   * deeper than the skin above it is thick, so that a picture shows both */
  target = &profile.layers[g_rand_int_range (rand, 0, (gint32)profile.n_layers)];
  thickness = target->bottom_um - target->top_um;
  if (target->id == SD_LAYER_HYPODERMIS)
    thickness = MIN (thickness, MAX (500.0, target->top_um));
  um = target->top_um + thickness * g_rand_double_range (rand, 0.25, 0.75);
  um = um < 100.0 ? MAX (1.0, round (um)) : round (um / 10.0) * 10.0;
  q->depth_um = um;
  q->inputs |= SD_QUIZ_INPUT_DEPTH;

  /* The answer is the model's layer at the rounded depth */
  found = sd_skin_profile_layer_at_depth (&profile, um);
  g_assert (found != NULL);

  person = describe_person (q->age_years, q->sex);
  depth = format_depth (um);
  /* translators: a quiz question; the first %s is a body site, the second a person
   * ("woman, 34 years"), the third a depth ("25 µm", "0.60 mm") */
  q->prompt = g_strdup_printf (_("%s, %s: which layer is %s below the surface?"),
                               _(sd_site_get_name (q->site)), person, depth);
  for (guint i = 0; i < profile.n_layers; i++)
    add_choice (q, g_strdup (_(sd_layer_get_name (profile.layers[i].id))),
                (int)profile.layers[i].id, profile.layers[i].id == found->id);

  top = format_depth (found->top_um);
  bottom = format_depth (found->bottom_um);
  /* translators: a quiz explanation; the %s are a layer, two depths and the depth asked
   * about */
  q->explanation = g_strdup_printf (_("Here the model puts the %s from %s to %s below the "
                                      "surface, so %s falls in it."),
                                    _(sd_layer_get_name (found->id)), top, bottom, depth);
  /* The junction of epidermis and dermis undulates (rete ridges and dermal papillae), as
   * the picture draws it, around the flat mean depth the model gives */
  if (found->id == SD_LAYER_STRATUM_SPINOSUM || found->id == SD_LAYER_STRATUM_BASALE ||
      found->id == SD_LAYER_PAPILLARY_DERMIS)
    {
      g_autofree char *flat = g_steal_pointer (&q->explanation);

      q->explanation = g_strconcat (flat, " ",
                                    _("These depths are averages: the junction of epidermis "
                                      "and dermis rises and falls in ridges and papillae, so "
                                      "near it the dashed line can cross more than one layer."),
                                    NULL);
    }
  q->source = g_strdup (found->source);
  return q;
}

/* The needle's result for a question drawn with draw_person () and draw_needle () */
static void
compute_needle (const SdQuizQuestion *q,
                SdSkinProfile        *profile,
                SdNeedleResult       *result)
{
  if (!sd_skin_profile_compute (q->site, q->age_years, q->sex, profile, NULL) ||
      !sd_needle_compute (profile, q->device, q->length_mm, 0.0, result, NULL))
    g_assert_not_reached ();
}

static SdQuizQuestion *
make_layers_reached (GRand *rand)
{
  SdQuizQuestion *q = g_new0 (SdQuizQuestion, 1);
  g_autofree char *person = NULL;
  g_autofree char *needle = NULL;
  g_autofree char *depth = NULL;
  SdSkinProfile profile;
  SdNeedleResult result;

  q->kind = SD_QUIZ_LAYERS_REACHED;
  q->multiple = TRUE;
  draw_person (rand, q);
  draw_needle (rand, q);
  compute_needle (q, &profile, &result);

  person = describe_person (q->age_years, q->sex);
  needle = describe_needle (q->device, q->length_mm);
  depth = format_depth (result.effective_um);
  /* translators: a quiz question; the %s are a body site, a person ("woman, 34 years") and
   * a needle ("a 1.0 mm derma roller") */
  q->prompt = g_strdup_printf (_("%s, %s: which layers does %s reach? Choose all that apply."),
                               _(sd_site_get_name (q->site)), person, needle);
  for (guint i = 0; i < profile.n_layers; i++)
    {
      SdLayerId id = profile.layers[i].id;

      add_choice (q, g_strdup (_(sd_layer_get_name (id))), (int)id,
                  (result.layers_reached & SD_LAYER_MASK (id)) != 0);
    }

  /* translators: a quiz explanation; the %s are the depth a needle really reaches and the
   * deepest layer */
  q->explanation = g_strdup_printf (_("The skin dimples before a needle enters, so its tip "
                                      "really reaches about %s here; it passes every layer "
                                      "above and stops in the %s."),
                                    depth, _(sd_layer_get_name (result.deepest_layer)));
  q->source = g_strdup (_(sd_device_get_fraction_source (q->device)));
  return q;
}

static SdQuizQuestion *
make_bleeding (GRand *rand)
{
  static const char * const why[SD_N_BLEEDING] = {
    N_("The tip stays in the epidermis, which has no blood vessels."),
    N_("The tip enters the papillary dermis and may nick one of its capillary loops."),
    N_("The tip reaches the vessels under the dermal papillae: pinpoint bleeding is the "
       "expected sign."),
  };
  SdQuizQuestion *q = g_new0 (SdQuizQuestion, 1);
  g_autofree char *person = NULL;
  g_autofree char *needle = NULL;
  g_autofree char *depth = NULL;
  SdSkinProfile profile;
  SdNeedleResult result;

  q->kind = SD_QUIZ_BLEEDING;
  draw_person (rand, q);
  draw_needle (rand, q);
  compute_needle (q, &profile, &result);

  person = describe_person (q->age_years, q->sex);
  needle = describe_needle (q->device, q->length_mm);
  depth = format_depth (result.effective_um);
  /* translators: a quiz question; the %s are a body site, a person ("woman, 34 years") and
   * a needle ("a 1.0 mm derma roller") */
  q->prompt = g_strdup_printf (_("%s, %s: does %s draw blood?"),
                               _(sd_site_get_name (q->site)), person, needle);
  for (guint i = 0; i < SD_N_BLEEDING; i++)
    add_choice (q, g_strdup (_(sd_bleeding_get_name ((SdBleeding)i))), (int)i,
                (SdBleeding)i == result.bleeding_level);

  /* translators: a quiz explanation; the %s are the depth a needle really reaches, the
   * deepest layer and one sentence on why */
  q->explanation = g_strdup_printf (_("The needle’s tip really reaches about %s here, into the "
                                      "%s. %s"),
                                    depth, _(sd_layer_get_name (result.deepest_layer)),
                                    _(why[result.bleeding_level]));
  q->source = g_strdup (_(sd_bleeding_get_source ()));
  return q;
}

static SdQuizQuestion *
make_lucidum_sites (GRand *rand)
{
  SdQuizQuestion *q = g_new0 (SdQuizQuestion, 1);
  gboolean used[SD_N_SITES] = { FALSE, };
  SdSite sites[4];
  guint n = 0;

  q->kind = SD_QUIZ_LUCIDUM_SITES;
  q->multiple = TRUE;

  /* Four sites, at least one of them thick skin, so that there is something to find; the
   * answer is where the model's profile has the layer */
  sites[n] = g_rand_boolean (rand) ? SD_SITE_PALM : SD_SITE_SOLE;
  used[sites[n++]] = TRUE;
  while (n < G_N_ELEMENTS (sites))
    {
      SdSite s = (SdSite)g_rand_int_range (rand, 0, SD_N_SITES);

      if (!used[s])
        {
          used[s] = TRUE;
          sites[n++] = s;
        }
    }
  for (guint i = n - 1; i > 0; i--)
    {
      guint j = (guint)g_rand_int_range (rand, 0, (gint32)i + 1);
      SdSite t = sites[i];

      sites[i] = sites[j];
      sites[j] = t;
    }

  /* translators: a quiz question */
  q->prompt = g_strdup (_("Where is the stratum lucidum found? Choose all that apply."));
  for (guint i = 0; i < n; i++)
    {
      SdSkinProfile profile;

      if (!sd_skin_profile_compute (sites[i], SD_SKIN_REFERENCE_AGE, SD_SEX_FEMALE, &profile,
                                    NULL))
        g_assert_not_reached ();
      add_choice (q, g_strdup (_(sd_site_get_name (sites[i]))), (int)sites[i],
                  sd_skin_profile_find_layer (&profile, SD_LAYER_STRATUM_LUCIDUM) != NULL);
    }

  q->explanation = g_strdup (_(sd_layer_get_description (SD_LAYER_STRATUM_LUCIDUM)));
  q->source = g_strdup (_(sd_layer_get_description_source (SD_LAYER_STRATUM_LUCIDUM)));
  return q;
}

/* One session of the app's usual plan at a drawn site, person and needle */
static SdCourse *
run_course (GRand          *rand,
            SdQuizQuestion *q)
{
  SdCourseParams params;
  SdCourse *course;

  draw_person (rand, q);
  draw_needle (rand, q);
  sd_course_params_init (&params);
  params.site = q->site;
  params.age_years = q->age_years;
  params.sex = q->sex;
  params.device = q->device;
  params.length_mm = q->length_mm;
  params.sessions = 1;
  params.weeks = 26;
  course = sd_course_run (&params, NULL);
  g_assert (course != NULL);
  return course;
}

static const SdPhase healing_phases[] = {
  SD_PHASE_INFLAMMATION, SD_PHASE_PROLIFERATION, SD_PHASE_REMODELLING,
};
#define N_HEALING G_N_ELEMENTS (healing_phases)

static char *
format_order (const SdPhase *order)
{
  /* translators: three healing phases in order */
  return g_strdup_printf (_("%s → %s → %s"), _(sd_phase_get_name (order[0])),
                          _(sd_phase_get_name (order[1])), _(sd_phase_get_name (order[2])));
}

static SdQuizQuestion *
make_phase_order (GRand *rand)
{
  /* The six orders of three phases, as indices into healing_phases */
  static const guint perms[6][N_HEALING] = {
    { 0, 1, 2 }, { 0, 2, 1 }, { 1, 0, 2 }, { 1, 2, 0 }, { 2, 0, 1 }, { 2, 1, 0 },
  };
  SdQuizQuestion *q = g_new0 (SdQuizQuestion, 1);
  g_autoptr(SdCourse) course = NULL;
  guint first_day[N_HEALING];
  SdPhase order[N_HEALING];
  guint picked[4];
  guint n_picked = 0;
  guint right = 0;
  g_autofree char *sources = NULL;
  g_autoptr(GPtrArray) cited = g_ptr_array_new_with_free_func (g_free);

  q->kind = SD_QUIZ_PHASE_ORDER;
  course = run_course (rand, q);

  /* The model's order: the day each phase first shows */
  for (guint p = 0; p < N_HEALING; p++)
    {
      first_day[p] = G_MAXUINT;
      for (guint d = 0; d < sd_course_get_n_days (course); d++)
        if (sd_course_get_day (course, d)->phase == healing_phases[p])
          {
            first_day[p] = d;
            break;
          }
    }
  for (guint i = 0; i < G_N_ELEMENTS (perms); i++)
    {
      const guint *pm = perms[i];

      if (first_day[pm[0]] <= first_day[pm[1]] && first_day[pm[1]] <= first_day[pm[2]])
        {
          right = i;
          break;
        }
    }

  /* The right order and three others, shuffled */
  picked[n_picked++] = right;
  while (n_picked < G_N_ELEMENTS (picked))
    {
      guint c = (guint)g_rand_int_range (rand, 0, G_N_ELEMENTS (perms));
      gboolean seen = FALSE;

      for (guint i = 0; i < n_picked; i++)
        seen |= picked[i] == c;
      if (!seen)
        picked[n_picked++] = c;
    }
  for (guint i = n_picked - 1; i > 0; i--)
    {
      guint j = (guint)g_rand_int_range (rand, 0, (gint32)i + 1);
      guint t = picked[i];

      picked[i] = picked[j];
      picked[j] = t;
    }

  /* translators: a quiz question */
  q->prompt = g_strdup (_("Put the healing phases after a microneedling session in order."));
  for (guint i = 0; i < n_picked; i++)
    {
      for (guint k = 0; k < N_HEALING; k++)
        order[k] = healing_phases[perms[picked[i]][k]];
      add_choice (q, format_order (order), (int)picked[i], picked[i] == right);
    }

  /* translators: a quiz explanation; the %u are days after the session */
  q->explanation = g_strdup_printf (_("In the model, inflammation starts on day %u, "
                                      "proliferation on day %u and remodelling on day %u "
                                      "after the session; each builds on the one before."),
                                    first_day[0], first_day[1], first_day[2]);
  /* The phases' citations, each once */
  for (guint p = 0; p < N_HEALING; p++)
    {
      g_auto(GStrv) parts = g_strsplit (_(sd_phase_get_source (healing_phases[p])), "; ", -1);

      for (guint k = 0; parts[k] != NULL; k++)
        if (!g_ptr_array_find_with_equal_func (cited, parts[k], g_str_equal, NULL))
          g_ptr_array_add (cited, g_strdup (parts[k]));
    }
  g_ptr_array_add (cited, NULL);
  sources = g_strjoinv ("; ", (char **)cited->pdata);
  q->source = g_steal_pointer (&sources);
  return q;
}

static SdQuizQuestion *
make_collagen_first (GRand *rand)
{
  enum { TYPE_III, TYPE_I, BOTH, N_ANSWERS };
  SdQuizQuestion *q = g_new0 (SdQuizQuestion, 1);
  g_autoptr(SdCourse) course = NULL;
  guint day_iii = G_MAXUINT, day_i = G_MAXUINT;
  double peak_iii = 0, peak_i = 0;
  guint right;
  guint order[N_ANSWERS] = { TYPE_III, TYPE_I, BOTH };

  q->kind = SD_QUIZ_COLLAGEN_FIRST;
  course = run_course (rand, q);

  /* "Rises first": reaches half of its own largest gain of the course first */
  for (guint d = 0; d < sd_course_get_n_days (course); d++)
    {
      const SdCourseDay *day = sd_course_get_day (course, d);

      peak_iii = MAX (peak_iii, day->collagen_iii_rel - 1.0);
      peak_i = MAX (peak_i, day->collagen_i_rel - 1.0);
    }
  for (guint d = 0; d < sd_course_get_n_days (course); d++)
    {
      const SdCourseDay *day = sd_course_get_day (course, d);

      if (day_iii == G_MAXUINT && peak_iii > 0 && day->collagen_iii_rel - 1.0 >= peak_iii / 2)
        day_iii = d;
      if (day_i == G_MAXUINT && peak_i > 0 && day->collagen_i_rel - 1.0 >= peak_i / 2)
        day_i = d;
    }
  right = day_iii < day_i ? TYPE_III : day_i < day_iii ? TYPE_I : BOTH;

  /* The two types in a seeded order; "at the same time" last */
  if (g_rand_boolean (rand))
    {
      order[0] = TYPE_I;
      order[1] = TYPE_III;
    }

  /* translators: a quiz question */
  q->prompt = g_strdup (_("Which type of collagen rises first after a microneedling session?"));
  for (guint i = 0; i < N_ANSWERS; i++)
    {
      const char *text = order[i] == TYPE_III ? _("Type III collagen")
                       : order[i] == TYPE_I ? _("Type I collagen")
                       : _("Both at the same time");

      add_choice (q, g_strdup (text), (int)order[i], order[i] == right);
    }

  /* translators: a quiz explanation; the %u are days after the session */
  q->explanation = g_strdup_printf (_("In the model, type III collagen reaches half of its "
                                      "rise on day %u and type I on day %u: wounds first "
                                      "lay down the thinner, more flexible type III, which is "
                                      "replaced by the stronger type I as it remodels."),
                                    day_iii, day_i);
  q->source = g_strdup (_(sd_phase_get_source (SD_PHASE_PROLIFERATION)));
  return q;
}

static SdQuizQuestion *
make_question (SdQuizKind  kind,
               GRand      *rand)
{
  switch (kind)
    {
    case SD_QUIZ_LAYER_AT_DEPTH:
      return make_layer_at_depth (rand);
    case SD_QUIZ_LAYERS_REACHED:
      return make_layers_reached (rand);
    case SD_QUIZ_LUCIDUM_SITES:
      return make_lucidum_sites (rand);
    case SD_QUIZ_PHASE_ORDER:
      return make_phase_order (rand);
    case SD_QUIZ_COLLAGEN_FIRST:
      return make_collagen_first (rand);
    case SD_QUIZ_BLEEDING:
      return make_bleeding (rand);
    case SD_N_QUIZ_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/*
 * Public API
 */

SdQuiz *
sd_quiz_generate (guint32   seed,
                  guint     count,
                  GError  **error)
{
  static const SdQuizKind drawn_kinds[] = {
    SD_QUIZ_LAYER_AT_DEPTH, SD_QUIZ_LAYERS_REACHED, SD_QUIZ_BLEEDING,
  };
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GHashTable) prompts = NULL;
  SdQuizKind kinds[SD_N_QUIZ_KINDS];
  SdQuiz *quiz;

  if (count < SD_QUIZ_COUNT_MIN || count > SD_QUIZ_COUNT_MAX)
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE,
                   "Question count %u is out of range; expected %d to %d",
                   count, SD_QUIZ_COUNT_MIN, SD_QUIZ_COUNT_MAX);
      return NULL;
    }

  rand = g_rand_new_with_seed (seed);
  prompts = g_hash_table_new (g_str_hash, g_str_equal);
  quiz = g_new0 (SdQuiz, 1);
  quiz->seed = seed;
  quiz->questions = g_ptr_array_new_with_free_func ((GDestroyNotify)question_free);

  /* Every kind once, in a seeded order */
  for (guint i = 0; i < SD_N_QUIZ_KINDS; i++)
    kinds[i] = (SdQuizKind)i;
  for (guint i = SD_N_QUIZ_KINDS - 1; i > 0; i--)
    {
      guint j = (guint)g_rand_int_range (rand, 0, (gint32)i + 1);
      SdQuizKind t = kinds[i];

      kinds[i] = kinds[j];
      kinds[j] = t;
    }

  for (guint i = 0; i < count; i++)
    {
      SdQuizQuestion *q = NULL;

      for (guint attempt = 0; attempt < MAX_ATTEMPTS; attempt++)
        {
          SdQuizKind kind = i < SD_N_QUIZ_KINDS
                          ? kinds[i]
                          : drawn_kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (drawn_kinds))];

          q = make_question (kind, rand);
          if (!g_hash_table_contains (prompts, q->prompt))
            break;
          g_clear_pointer (&q, question_free);
        }
      /* 14 sites × 73 ages × 2 sexes × depths: a new prompt is always found */
      g_assert (q != NULL);
      g_hash_table_add (prompts, q->prompt);
      g_ptr_array_add (quiz->questions, q);
    }

  return quiz;
}

void
sd_quiz_free (SdQuiz *quiz)
{
  if (quiz == NULL)
    return;
  g_ptr_array_unref (quiz->questions);
  g_free (quiz);
}

guint32
sd_quiz_get_seed (const SdQuiz *quiz)
{
  g_return_val_if_fail (quiz != NULL, 0);
  return quiz->seed;
}

guint
sd_quiz_get_n_questions (const SdQuiz *quiz)
{
  g_return_val_if_fail (quiz != NULL, 0);
  return quiz->questions->len;
}

const SdQuizQuestion *
sd_quiz_get_question (const SdQuiz *quiz,
                      guint         index)
{
  g_return_val_if_fail (quiz != NULL, NULL);
  g_return_val_if_fail (index < quiz->questions->len, NULL);
  return g_ptr_array_index (quiz->questions, index);
}

gboolean
sd_quiz_question_is_answer (const SdQuizQuestion *question,
                            guint                 choice)
{
  g_return_val_if_fail (question != NULL, FALSE);

  for (guint i = 0; i < question->n_answers; i++)
    if (question->answer[i] == choice)
      return TRUE;
  return FALSE;
}

gboolean
sd_quiz_question_check (const SdQuizQuestion *question,
                        const guint          *chosen,
                        guint                 n_chosen)
{
  g_return_val_if_fail (question != NULL, FALSE);
  g_return_val_if_fail (chosen != NULL || n_chosen == 0, FALSE);

  if (n_chosen != question->n_answers)
    return FALSE;
  for (guint i = 0; i < n_chosen; i++)
    {
      if (!sd_quiz_question_is_answer (question, chosen[i]))
        return FALSE;
      for (guint j = 0; j < i; j++)
        if (chosen[j] == chosen[i])
          return FALSE;
    }
  return TRUE;
}

int
sd_quiz_question_find_layer (const SdQuizQuestion *question,
                             SdLayerId             layer)
{
  g_return_val_if_fail (question != NULL, -1);

  if (question->kind != SD_QUIZ_LAYER_AT_DEPTH && question->kind != SD_QUIZ_LAYERS_REACHED)
    return -1;
  for (guint i = 0; i < question->n_choices; i++)
    if (question->choice_values[i] == (int)layer)
      return (int)i;
  return -1;
}
