/* sd-course.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-course"

#include "config.h"

#include "sd-course.h"

#include "sd-ageing.h"

#include <math.h>
#include <string.h>

#define N_(s) (s)

/*
 * The model (docs/model.md has every parameter with its source; docs/calibration.md
 * shows which figure fixed which value).
 *
 * State, in the treated zone, integrated with RK4 in SUBSTEPS_PER_DAY steps a day:
 *   I   inflammation signal: +dose at each session, first-order decay
 *   G   growth-factor / activation signal: first-order lag behind I
 *   N   fibroblast activity (1 at baseline): relaxes towards 1 + A_N·G
 *   P   collagen-synthesis activity of those fibroblasts: lags behind N
 *   Q   remodelling activity: a slow (months) lag behind P − 1
 *   C1, C3   collagen type I and III (C1 + C3 = 1 at baseline)
 *   X   epidermal thickness relative to the untreated epidermis
 *   R   total collagen of the same skin untreated, same lifestyle (the ceiling's reference)
 *   R0  total collagen of the same skin untreated, neutral lifestyle (the dermis' reference)
 *
 * Synthesis S = S_b + S_x with S_b = S0 · A(t) · Ls (basal) and
 *   S_x = S_b · r(age) · g · cap · (A_S · (P − 1) + A_Q · Q)
 * (wound synthesis: a fast, III-rich burst and a slow, months-long remodelling synthesis
 * with the normal I:III mix), where cap = 1 − (C / R − 1) / GAIN_MAX is the ceiling.
 * A session on tissue still healing from the last one adds less (overlap). Excess type
 * III over the normal ratio matures into type I. Both types are degraded at d · Ld.
 */

/* Integration */
#define SUBSTEPS_PER_DAY 2
#define SIGNAL_FLOOR 1e-12

/* Inflammation: half-life 1.4 d, so < 5 % is left a week after a session. */
#define K_INFLAMMATION 0.5          /* 1/day */
/* Activation, fibroblast and synthesis lags: set so synthesis peaks on day 7 (rat wound:
 * peak day 7, Exp Biol Med 1979). */
#define K_ACTIVATION 0.35           /* 1/day */
#define K_FIBROBLAST 0.35           /* 1/day */
#define K_SYNTHESIS_LAG 0.35        /* 1/day */
#define A_FIBROBLAST 3.0            /* fibroblast gain per unit activation */
/* Remodelling: wound collagen synthesis returns to normal in 6–12 months and remodelling
 * runs for months to a year (SCIENCE.md §3a); visible results build for up to ~6 months
 * (§3b). Time constant 90 days (assumption inside those figures). */
#define K_REMODELLING (1.0 / 90.0)  /* 1/day */
/* Gains of the fast and the slow wound synthesis: fitted (docs/calibration.md) to Lotfi
 * 2013 (+53 % collagen 8 weeks after 5 monthly sessions) and to a gain that still grows
 * from 3 to 6 months after a course (SCIENCE.md §3b). */
#define A_SYNTHESIS 19.0
#define A_REMODELLING 47.0
/* Ceiling: the largest gains measured in people are about ×2 (an ultrasound density) and
 * +40–50 % epidermis (Lotfi 2013; Aust 2008). Collagen stops rising at ×(1 + GAIN_MAX). */
#define GAIN_MAX 1.0
#define EPIDERMIS_GAIN_MAX 0.6
/* Overlap: a session on skin whose fibroblasts are still busy with the last one adds
 * less; the dose is scaled by exp(−(P − 1) / OVERLAP_SCALE) (assumption: at the peak of a
 * standard session's synthesis activity, P − 1 ≈ 0.5, a new session adds about 40 %). */
#define OVERLAP_SCALE 0.55

/* Dose: dermal depth reached (µm) saturates with DEPTH_SCALE_UM; an epidermis-only
 * needle gives STIMULUS_EPIDERMAL of the full response; the dose is proportional to the
 * channel density. Normalised so that the standard session (1.5 mm roller on the cheek,
 * 250 channels/cm²: 0.41 mm deep, 0.37 mm into the dermis) is 1. */
#define STIMULUS_EPIDERMAL 0.1
#define DEPTH_SCALE_UM 300.0
#define REFERENCE_DERMAL_DEPTH_UM 369.0

/* Collagen turnover in the treated zone: half-life 3 years (assumption). */
#define COLLAGEN_HALF_LIFE_DAYS (3.0 * 365.25)
/* Maturation of excess type III into type I: half-life 14 days (SCIENCE.md §3a:
 * "by week 2 type I again main product"). */
#define K_MATURATION (G_LN2 / 14.0)
/* Normal dermis: type I 80 %, type III 15 % (Adv Wound Care 2015 table 1). */
#define RATIO_III_TO_I (15.0 / 80.0)
/* Type III share of the early (wound) synthesis: "up to ~30 %" (SCIENCE.md §3a). */
#define WOUND_SHARE_III 0.30
#define DAYS_PER_YEAR 365.25

/* Response gain by estimate: the spread between people (collagen content varies with a
 * CV of about 20 %: 73.3 ± 14.3, Sibilla via Reilly & Lozano 2021 [D]) plus the fit's
 * own uncertainty (Lotfi 2013's spread NOT retrieved; assumption ± 10 %). */
static const double response_gain[SD_N_ESTIMATES] = { 1.0, 0.7, 1.3 };

/* Epidermis: relaxes (time constant 1/K_EPIDERMIS days) towards
 * 1 + E(C / R − 1) + K_EPI_ACTIVATION · G, E saturating at EPIDERMIS_GAIN_MAX. */
#define K_EPIDERMIS 0.1             /* 1/day */
#define K_EPI_COLLAGEN 2.0          /* fixed by Lotfi 2013: +50 % with +53 % collagen */
#define K_EPI_ACTIVATION 0.2
/* Dermis: the treated depth thickens by this share of its relative collagen gain. */
#define DERMIS_COLLAGEN_SHARE 0.5

/* Channels: pores closed by 12 h (370 µm needles) to 18 h (770 µm), Kalluri 2011;
 * "closed" read as 95 % closed, so the time constant is a third of that. */
#define CHANNEL_CLOSE_SHORT_H 12.0
#define CHANNEL_CLOSE_LONG_H 18.0
#define CHANNEL_SHORT_NOMINAL_UM 370.0
#define CHANNEL_LONG_NOMINAL_UM 770.0

/* Phase boundaries, in days since the latest session (SCIENCE.md §3a). */
#define PHASE_PROLIFERATION_DAY 3
#define PHASE_REMODELLING_DAY 21

/*
 * Lifestyle: multipliers on synthesis of type I and III and on degradation, by level
 * and estimate (central, low outcome, high outcome). SCIENCE.md §8c:
 *   UV: procollagen I and III ≈ −40 % in severely photodamaged skin, type I −16 % in mild
 *     photodamage (Talwar 1995): high = severe (range −28 … −40 %), low = mild.
 *   Smoking: type I / III synthesis −18 % / −22 % (Knuutinen 2002).
 *   Degradation (MMP-1 up with UV, Fisher 2000; MMP-8 doubled in smokers, Knuutinen
 *     2002): its size on the degradation rate is NOT FOUND: +5 % / +4 % (0 … +10 %) is
 *     an assumption.
 *   Alcohol, pollution, diet: only appearance was measured (Goodman 2019, Vierkötter
 *     2010, Cosgrove 2007); their collagen effects are assumptions, from none (high
 *     outcome) to twice the central value (low outcome).
 */
typedef struct
{
  double ls1;
  double ls3;
  double ld;
} Effect;

#define NONE_EFFECT { { 1, 1, 1 }, { 1, 1, 1 }, { 1, 1, 1 } }

static const Effect uv_effects[SD_N_UV][SD_N_ESTIMATES] = {
  NONE_EFFECT,
  { { 0.84, 0.84, 1.01 }, { 0.80, 0.80, 1.02 }, { 0.88, 0.88, 1.00 } },
  { { 0.60, 0.60, 1.05 }, { 0.60, 0.60, 1.10 }, { 0.72, 0.72, 1.00 } },
};
static const Effect smoking_effects[2][SD_N_ESTIMATES] = {
  NONE_EFFECT,
  { { 0.82, 0.78, 1.04 }, { 0.82, 0.78, 1.08 }, { 0.82, 0.78, 1.00 } },
};
static const Effect alcohol_effects[SD_N_ALCOHOL][SD_N_ESTIMATES] = {
  NONE_EFFECT,
  { { 0.99, 0.99, 1.01 }, { 0.98, 0.98, 1.02 }, { 1, 1, 1 } },
  { { 0.95, 0.95, 1.03 }, { 0.90, 0.90, 1.06 }, { 1, 1, 1 } },
};
static const Effect pollution_effects[SD_N_POLLUTION][SD_N_ESTIMATES] = {
  NONE_EFFECT,
  { { 0.98, 0.98, 1.02 }, { 0.96, 0.96, 1.04 }, { 1, 1, 1 } },
};
static const Effect diet_effects[SD_N_DIET][SD_N_ESTIMATES] = {
  NONE_EFFECT,
  { { 0.95, 0.95, 1.00 }, { 0.90, 0.90, 1.00 }, { 1, 1, 1 } },
};

#undef NONE_EFFECT

static const char * const lifestyle_sources[SD_N_FACTORS] = {
  /* xgettext:no-c-format */
  [SD_FACTOR_UV] = N_("Measured: procollagen I and III about 40 % lower in severely "
    "photodamaged skin, type I 16 % lower in mild photodamage (Talwar 1995)"),
  /* xgettext:no-c-format */
  [SD_FACTOR_SMOKING] = N_("Measured: type I and III collagen synthesis 18 % and 22 % lower "
    "in smokers (Knuutinen 2002, 98 people)"),
  [SD_FACTOR_ALCOHOL] = N_("Assumption: only appearance was measured (more facial lines "
    "with 8 or more drinks a week, Goodman 2019); the effect on collagen is not known"),
  [SD_FACTOR_POLLUTION] = N_("Assumption: only appearance was measured (more pigment spots "
    "with traffic particles, Vierkötter 2010); the effect on collagen is not known"),
  [SD_FACTOR_DIET] = N_("Assumption: only appearance was measured (fewer wrinkles with "
    "more vitamin C, Cosgrove 2007); the effect on collagen is not known"),
};

struct _SdCourse
{
  SdCourseParams params;
  guint          n_days;
  guint          session_days[SD_COURSE_SESSIONS_MAX];
  guint          n_sessions;   /* sessions that start inside the course */
  SdCourseDay    days[];
};

enum { S_I, S_G, S_N, S_P, S_Q, S_C1, S_C3, S_X, S_R, S_R0, N_STATE };

typedef struct
{
  double s0;          /* basal synthesis at day 0 (collagen units / day) */
  double d;           /* degradation rate, 1/day */
  SdLifestyleEffect life;
  double gain;        /* response gain of this estimate */
  double age_rel;     /* basal production, relative to day 0 (this day) */
  double response;    /* age damping of the wound response (this day) */
  double epidermis;   /* the epidermis' target share of the collagen gain (this day) */
} Rates;

/*
 * Phases
 */

static const char * const phase_ids[SD_N_PHASES] = {
  "baseline", "inflammation", "proliferation", "remodelling",
};

static const char * const phase_names[SD_N_PHASES] = {
  N_("Baseline"), N_("Inflammation"), N_("Proliferation"), N_("Remodelling"),
};

static const char * const phase_descriptions[SD_N_PHASES] = {
  N_("No treatment yet: the skin keeps its usual, slow collagen turnover."),
  N_("The first days after a session: the tiny wounds close within hours, and the skin is "
     "red and a little swollen while immune cells clean up and release growth factors."),
  N_("From about day 3 to week 3: fibroblasts move in and multiply, and new collagen is "
     "laid down, at first with more type III than usual. The epidermis is already healed."),
  N_("From about week 3 on, for months: new collagen is reorganised and type III is "
     "replaced by stronger type I, while the extra production slowly fades."),
};

static const char * const phase_sources[SD_N_PHASES] = {
  /* xgettext:no-c-format */
  N_("Ageing ~1 %/yr: Shuster 1975 (via secondary sources)"),
  N_("Antioxid Redox Signal 2008 fig. 1; Kalluri 2011 (channels close in 12–18 h)"),
  N_("Exp Biol Med 1979 (synthesis peak day 7); Schmitt 2018 (epidermis by day 5)"),
  N_("Antioxid Redox Signal 2008 fig. 1; Liebl & Kloth 2012 (remodelling ≥ 1 year)"),
};

const char *
sd_phase_to_id (SdPhase phase)
{
  g_return_val_if_fail ((guint)phase < SD_N_PHASES, NULL);
  return phase_ids[phase];
}

const char *
sd_phase_get_name (SdPhase phase)
{
  g_return_val_if_fail ((guint)phase < SD_N_PHASES, NULL);
  return phase_names[phase];
}

const char *
sd_phase_get_description (SdPhase phase)
{
  g_return_val_if_fail ((guint)phase < SD_N_PHASES, NULL);
  return phase_descriptions[phase];
}

const char *
sd_phase_get_source (SdPhase phase)
{
  g_return_val_if_fail ((guint)phase < SD_N_PHASES, NULL);
  return phase_sources[phase];
}

/*
 * Parameters
 */

void
sd_course_params_init (SdCourseParams *params)
{
  g_return_if_fail (params != NULL);

  memset (params, 0, sizeof *params);
  params->site = SD_SITE_CHEEK;
  params->age_years = 40.0;
  params->sex = SD_SEX_FEMALE;
  params->device = SD_DEVICE_ROLLER;
  params->length_mm = 1.5;
  params->fraction = 0.0;
  params->sessions = 1;
  params->interval_weeks = 4.0;
  params->weeks = 26;
  params->uv = SD_UV_NONE;
  params->smoking = FALSE;
  params->alcohol = SD_ALCOHOL_NONE;
  params->pollution = SD_POLLUTION_LOW;
  params->diet = SD_DIET_GOOD;
  params->channels_per_cm2 = 0.0;
  params->estimate = SD_ESTIMATE_CENTRAL;
}

static gboolean
check_enum (const char    *what,
            int            value,
            int            n,
            SdModelError   code,
            GError       **error)
{
  if (value < 0 || value >= n)
    {
      g_set_error (error, SD_MODEL_ERROR, code, "Unknown %s %d; expected 0 to %d",
                   what, value, n - 1);
      return FALSE;
    }
  return TRUE;
}

gboolean
sd_course_params_validate (const SdCourseParams  *params,
                           GError               **error)
{
  g_return_val_if_fail (params != NULL, FALSE);

  if (!check_enum ("body site", (int)params->site, SD_N_SITES,
                   SD_MODEL_ERROR_UNKNOWN_SITE, error)
      || !check_enum ("sex", (int)params->sex, SD_N_SEXES, SD_MODEL_ERROR_INVALID_VALUE, error)
      || !check_enum ("device", (int)params->device, SD_N_DEVICES,
                      SD_MODEL_ERROR_INVALID_VALUE, error)
      || !check_enum ("UV exposure", (int)params->uv, SD_N_UV,
                      SD_MODEL_ERROR_INVALID_VALUE, error)
      || !check_enum ("smoking value", (int)params->smoking, 2,
                      SD_MODEL_ERROR_INVALID_VALUE, error)
      || !check_enum ("alcohol level", (int)params->alcohol, SD_N_ALCOHOL,
                      SD_MODEL_ERROR_INVALID_VALUE, error)
      || !check_enum ("pollution level", (int)params->pollution, SD_N_POLLUTION,
                      SD_MODEL_ERROR_INVALID_VALUE, error)
      || !check_enum ("diet", (int)params->diet, SD_N_DIET, SD_MODEL_ERROR_INVALID_VALUE,
                      error)
      || !check_enum ("estimate", (int)params->estimate, SD_N_ESTIMATES,
                      SD_MODEL_ERROR_INVALID_VALUE, error))
    return FALSE;

  if (!sd_check_age (params->age_years, error))
    return FALSE;

  if (!isfinite (params->length_mm))
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_NOT_A_NUMBER,
                   "Needle length %g is not a number; expected %g to %g mm",
                   params->length_mm, SD_NEEDLE_LENGTH_MIN_MM, SD_NEEDLE_LENGTH_MAX_MM);
      return FALSE;
    }
  if (params->length_mm < SD_NEEDLE_LENGTH_MIN_MM
      || params->length_mm > SD_NEEDLE_LENGTH_MAX_MM)
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE,
                   "Needle length %g mm is out of range; expected %g to %g mm",
                   params->length_mm, SD_NEEDLE_LENGTH_MIN_MM, SD_NEEDLE_LENGTH_MAX_MM);
      return FALSE;
    }

  if (!isfinite (params->fraction))
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_NOT_A_NUMBER,
                   "Penetration fraction %g is not a number; expected 0 (device default) "
                   "or %g to %g", params->fraction, SD_PENETRATION_FRACTION_MIN,
                   SD_PENETRATION_FRACTION_MAX);
      return FALSE;
    }
  if (params->fraction != 0.0
      && (params->fraction < SD_PENETRATION_FRACTION_MIN
          || params->fraction > SD_PENETRATION_FRACTION_MAX))
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE,
                   "Penetration fraction %g is out of range; expected 0 (device default) "
                   "or %g to %g", params->fraction, SD_PENETRATION_FRACTION_MIN,
                   SD_PENETRATION_FRACTION_MAX);
      return FALSE;
    }

  if (params->sessions > SD_COURSE_SESSIONS_MAX)
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE,
                   "%u sessions is out of range; expected 0 to %d sessions",
                   params->sessions, SD_COURSE_SESSIONS_MAX);
      return FALSE;
    }

  if (!isfinite (params->interval_weeks))
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_NOT_A_NUMBER,
                   "Interval %g is not a number; expected %g to %g weeks",
                   params->interval_weeks, SD_COURSE_INTERVAL_WEEKS_MIN,
                   SD_COURSE_INTERVAL_WEEKS_MAX);
      return FALSE;
    }
  if (params->interval_weeks < SD_COURSE_INTERVAL_WEEKS_MIN
      || params->interval_weeks > SD_COURSE_INTERVAL_WEEKS_MAX)
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE,
                   "Interval %g weeks is out of range; expected %g to %g weeks",
                   params->interval_weeks, SD_COURSE_INTERVAL_WEEKS_MIN,
                   SD_COURSE_INTERVAL_WEEKS_MAX);
      return FALSE;
    }

  if (!isfinite (params->channels_per_cm2))
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_NOT_A_NUMBER,
                   "Channel density %g is not a number; expected 0 (standard) or %g to %g "
                   "per cm²", params->channels_per_cm2, SD_COURSE_CHANNELS_MIN,
                   SD_COURSE_CHANNELS_MAX);
      return FALSE;
    }
  if (params->channels_per_cm2 != 0.0
      && (params->channels_per_cm2 < SD_COURSE_CHANNELS_MIN
          || params->channels_per_cm2 > SD_COURSE_CHANNELS_MAX))
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE,
                   "Channel density %g per cm² is out of range; expected 0 (standard) or "
                   "%g to %g per cm²", params->channels_per_cm2, SD_COURSE_CHANNELS_MIN,
                   SD_COURSE_CHANNELS_MAX);
      return FALSE;
    }

  if (params->weeks < 1 || params->weeks > SD_COURSE_WEEKS_MAX)
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE,
                   "Course length %u weeks is out of range; expected 1 to %d weeks",
                   params->weeks, SD_COURSE_WEEKS_MAX);
      return FALSE;
    }

  return TRUE;
}

/*
 * Lifestyle
 */

void
sd_course_params_get_lifestyle (const SdCourseParams *params,
                                SdLifestyleEffect    *out)
{
  const Effect *e[SD_N_FACTORS];
  SdEstimate est;

  g_return_if_fail (params != NULL);
  g_return_if_fail (out != NULL);
  g_return_if_fail ((guint)params->estimate < SD_N_ESTIMATES);

  est = params->estimate;
  e[SD_FACTOR_UV] = &uv_effects[params->uv][est];
  e[SD_FACTOR_SMOKING] = &smoking_effects[params->smoking ? 1 : 0][est];
  e[SD_FACTOR_ALCOHOL] = &alcohol_effects[params->alcohol][est];
  e[SD_FACTOR_POLLUTION] = &pollution_effects[params->pollution][est];
  e[SD_FACTOR_DIET] = &diet_effects[params->diet][est];

  out->synthesis_i = out->synthesis_iii = out->degradation = 1.0;
  for (guint i = 0; i < SD_N_FACTORS; i++)
    {
      out->synthesis_i *= e[i]->ls1;
      out->synthesis_iii *= e[i]->ls3;
      out->degradation *= e[i]->ld;
    }
}

const char *
sd_lifestyle_get_source (SdLifestyleFactor factor)
{
  g_return_val_if_fail ((guint)factor < SD_N_FACTORS, NULL);
  return lifestyle_sources[factor];
}

gboolean
sd_lifestyle_is_assumed (SdLifestyleFactor factor)
{
  g_return_val_if_fail ((guint)factor < SD_N_FACTORS, TRUE);
  return factor != SD_FACTOR_UV && factor != SD_FACTOR_SMOKING;
}

double
sd_lifestyle_collagen_ratio (const SdCourseParams *params,
                             double                years)
{
  double share_iii = RATIO_III_TO_I / (1.0 + RATIO_III_TO_I);
  double d_years = G_LN2 / COLLAGEN_HALF_LIFE_DAYS * DAYS_PER_YEAR;
  double steady;
  SdLifestyleEffect life;

  g_return_val_if_fail (params != NULL, 1.0);

  sd_course_params_get_lifestyle (params, &life);
  /* dR/dt = s·(share_i·Ls1 + share_iii·Ls3) − d·Ld·R and dR0/dt = s − d·R0 with s = d:
   * R0 stays 1, R relaxes from 1 to its steady state at the rate d·Ld. */
  steady = ((1.0 - share_iii) * life.synthesis_i + share_iii * life.synthesis_iii)
           / life.degradation;
  return steady + (1.0 - steady) * exp (-d_years * life.degradation * MAX (years, 0.0));
}

/*
 * Model helpers
 */

/* Dose of one session (1 = standard 1.5 mm roller on the cheek at 250 channels/cm²). */
static double
compute_dose (double dermal_depth_um,
              double channels_per_cm2)
{
  double full = 1.0 - exp (-REFERENCE_DERMAL_DEPTH_UM / DEPTH_SCALE_UM);
  double here = 1.0 - exp (-dermal_depth_um / DEPTH_SCALE_UM);

  return channels_per_cm2 / SD_STANDARD_CHANNELS_PER_CM2
         * (STIMULUS_EPIDERMAL + (1.0 - STIMULUS_EPIDERMAL) * here)
         / (STIMULUS_EPIDERMAL + (1.0 - STIMULUS_EPIDERMAL) * full);
}

/* Time (hours) after which 95 % of the channels are closed. */
static double
channel_close_hours (double nominal_um)
{
  double t = (nominal_um - CHANNEL_SHORT_NOMINAL_UM)
             / (CHANNEL_LONG_NOMINAL_UM - CHANNEL_SHORT_NOMINAL_UM);

  t = CLAMP (t, 0.0, 1.0);
  return CHANNEL_CLOSE_SHORT_H + t * (CHANNEL_CLOSE_LONG_H - CHANNEL_CLOSE_SHORT_H);
}

static SdPhase
phase_for_days_since (guint days_since)
{
  if (days_since == G_MAXUINT)
    return SD_PHASE_BASELINE;
  if (days_since < PHASE_PROLIFERATION_DAY)
    return SD_PHASE_INFLAMMATION;
  if (days_since < PHASE_REMODELLING_DAY)
    return SD_PHASE_PROLIFERATION;
  return SD_PHASE_REMODELLING;
}

/* The epidermis' share of a relative collagen gain, saturating at EPIDERMIS_GAIN_MAX;
 * losses pass through linearly. */
static double
epidermis_gain (double collagen_gain)
{
  if (collagen_gain <= 0.0)
    return K_EPI_COLLAGEN * collagen_gain;
  return -EPIDERMIS_GAIN_MAX * expm1 (-K_EPI_COLLAGEN * collagen_gain / EPIDERMIS_GAIN_MAX);
}

typedef struct
{
  double basal_i, basal_iii;   /* basal synthesis of each type */
  double burst, remodelling;   /* wound synthesis: fast (III-rich) and slow (normal mix) */
} Synthesis;

static void
compute_synthesis (const Rates  *rates,
                   const double *y,
                   Synthesis    *out)
{
  double share_iii = RATIO_III_TO_I / (1.0 + RATIO_III_TO_I);
  double basal = rates->s0 * rates->age_rel;
  double wound_scale, cap;

  out->basal_i = basal * (1.0 - share_iii) * rates->life.synthesis_i;
  out->basal_iii = basal * share_iii * rates->life.synthesis_iii;

  cap = MAX (1.0 - ((y[S_C1] + y[S_C3]) / y[S_R] - 1.0) / GAIN_MAX, 0.0);
  wound_scale = (out->basal_i + out->basal_iii) * rates->response * rates->gain * cap;
  out->burst = wound_scale * A_SYNTHESIS * MAX (y[S_P] - 1.0, 0.0);
  out->remodelling = wound_scale * A_REMODELLING * y[S_Q];
}

static void
compute_derivatives (const Rates  *rates,
                     const double *y,
                     double       *dy)
{
  double share_iii = RATIO_III_TO_I / (1.0 + RATIO_III_TO_I);
  double maturation, d, life_total;
  Synthesis syn;

  compute_synthesis (rates, y, &syn);
  maturation = K_MATURATION * MAX (y[S_C3] - RATIO_III_TO_I * y[S_C1], 0.0);
  d = rates->d * rates->life.degradation;
  life_total = (1.0 - share_iii) * rates->life.synthesis_i
               + share_iii * rates->life.synthesis_iii;

  dy[S_I] = -K_INFLAMMATION * y[S_I];
  dy[S_G] = K_ACTIVATION * (y[S_I] - y[S_G]);
  dy[S_N] = K_FIBROBLAST * (1.0 + A_FIBROBLAST * y[S_G] - y[S_N]);
  dy[S_P] = K_SYNTHESIS_LAG * (y[S_N] - y[S_P]);
  dy[S_Q] = K_REMODELLING * (MAX (y[S_P] - 1.0, 0.0) - y[S_Q]);
  dy[S_C3] = syn.basal_iii + WOUND_SHARE_III * syn.burst + share_iii * syn.remodelling
             - maturation - d * y[S_C3];
  dy[S_C1] = syn.basal_i + (1.0 - WOUND_SHARE_III) * syn.burst
             + (1.0 - share_iii) * syn.remodelling + maturation - d * y[S_C1];
  dy[S_X] = K_EPIDERMIS * (1.0 + rates->epidermis + K_EPI_ACTIVATION * y[S_G] - y[S_X]);
  /* Untreated twins: basal synthesis only, with this lifestyle and with a neutral one. */
  dy[S_R] = rates->s0 * rates->age_rel * life_total - d * y[S_R];
  dy[S_R0] = rates->s0 * rates->age_rel - rates->d * y[S_R0];
}

static void
step_rk4 (const Rates *rates,
          double      *y,
          double       h)
{
  double k1[N_STATE], k2[N_STATE], k3[N_STATE], k4[N_STATE], tmp[N_STATE];

  compute_derivatives (rates, y, k1);
  for (guint i = 0; i < N_STATE; i++)
    tmp[i] = y[i] + 0.5 * h * k1[i];
  compute_derivatives (rates, tmp, k2);
  for (guint i = 0; i < N_STATE; i++)
    tmp[i] = y[i] + 0.5 * h * k2[i];
  compute_derivatives (rates, tmp, k3);
  for (guint i = 0; i < N_STATE; i++)
    tmp[i] = y[i] + h * k3[i];
  compute_derivatives (rates, tmp, k4);
  for (guint i = 0; i < N_STATE; i++)
    y[i] += h / 6.0 * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
}

static void
schedule_sessions (SdCourse *course)
{
  const SdCourseParams *params = &course->params;

  course->n_sessions = 0;
  for (guint k = 0; k < params->sessions; k++)
    {
      /* Session k starts on the day nearest to k intervals. */
      guint day = (guint)floor (k * 7.0 * params->interval_weeks + 0.5);

      if (day >= course->n_days)
        break;
      course->session_days[course->n_sessions++] = day;
    }
}

static void
run_model (SdCourse *course)
{
  const SdCourseParams *params = &course->params;
  SdSkinProfile profile;
  SdNeedleResult needle;
  Rates rates;
  double y[N_STATE];
  double dose, close_tau_h, dermal_depth, papillary_um, treated_depth, epidermis0, dermis0;
  double sc_um, viable0, viable_age0, age_prod0, collagen_i0, collagen_iii0;
  double share_iii = RATIO_III_TO_I / (1.0 + RATIO_III_TO_I);
  double channels, loss_rate0, age_start, age_end;
  guint next_session = 0;
  guint last_session_day = G_MAXUINT;
  gboolean ok;

  ok = sd_skin_profile_compute (params->site, params->age_years, params->sex, &profile, NULL)
       && sd_needle_compute_estimate (&profile, params->device, params->length_mm,
                                      params->fraction, params->estimate, &needle, NULL);
  g_assert (ok);

  epidermis0 = sd_skin_profile_epidermis_um (&profile);
  dermis0 = sd_skin_profile_dermis_um (&profile);
  sc_um = sd_skin_profile_find_layer (&profile, SD_LAYER_STRATUM_GRANULOSUM)->top_um;
  viable0 = epidermis0 - sc_um;
  viable_age0 = sd_skin_viable_epidermis_age_factor (params->age_years, params->sex);

  /* The dose grows with the dermal depth reached; the zone that responds is at least
   * the papillary dermis, which even an epidermis-only needle signals to. */
  dermal_depth = CLAMP (needle.effective_um - epidermis0, 0.0, dermis0);
  papillary_um = sd_skin_profile_find_layer (&profile, SD_LAYER_PAPILLARY_DERMIS)->bottom_um
                 - epidermis0;
  treated_depth = MAX (dermal_depth, papillary_um);
  channels = params->channels_per_cm2 != 0.0 ? params->channels_per_cm2
                                             : SD_STANDARD_CHANNELS_PER_CM2;
  dose = compute_dose (dermal_depth, channels);
  close_tau_h = channel_close_hours (needle.nominal_um) / 3.0;

  rates.d = G_LN2 / COLLAGEN_HALF_LIFE_DAYS;
  sd_course_params_get_lifestyle (params, &rates.life);
  rates.gain = response_gain[params->estimate];
  /* Start on the quasi-steady state of a production that falls at this age's rate, so
   * the untreated collagen falls at the production rate from day 0. Collagen total = 1. */
  loss_rate0 = sd_collagen_age_loss_rate (params->age_years, params->sex, params->estimate);
  rates.s0 = rates.d + log1p (-loss_rate0) / DAYS_PER_YEAR;
  age_prod0 = sd_collagen_age_factor (params->age_years, params->sex, params->estimate);
  age_start = age_prod0;

  collagen_iii0 = share_iii;
  collagen_i0 = 1.0 - share_iii;
  memset (y, 0, sizeof y);
  y[S_N] = 1.0;
  y[S_P] = 1.0;
  y[S_C1] = collagen_i0;
  y[S_C3] = collagen_iii0;
  y[S_X] = 1.0;
  y[S_R] = 1.0;
  y[S_R0] = 1.0;

  for (guint day = 0; day < course->n_days; day++)
    {
      SdCourseDay *row = &course->days[day];
      double age_years_end = params->age_years + (day + 1.0) / DAYS_PER_YEAR;
      double collagen, profile_epidermis, profile_dermis;
      Synthesis syn;

      if (next_session < course->n_sessions && course->session_days[next_session] == day)
        {
          /* Healing overlaps: fibroblasts still busy with the last session respond less. */
          y[S_I] += dose * exp (-MAX (y[S_P] - 1.0, 0.0) / OVERLAP_SCALE);
          last_session_day = day;
          next_session++;
        }

      /* The age law is exponential between its breakpoints, so its mid-day value is the
       * geometric mean of the day's ends: one evaluation a day. */
      age_end = sd_collagen_age_factor (age_years_end, params->sex, params->estimate);
      rates.response = sqrt (age_start * age_end);
      rates.age_rel = rates.response / age_prod0;
      age_start = age_end;
      /* The epidermis follows the collagen gain over weeks (1/K_EPIDERMIS = 10 days), so
       * its target is taken once a day, from the day's start. */
      rates.epidermis = epidermis_gain ((y[S_C1] + y[S_C3]) / y[S_R] - 1.0);
      for (guint s = 0; s < SUBSTEPS_PER_DAY; s++)
        step_rk4 (&rates, y, 1.0 / SUBSTEPS_PER_DAY);
      /* Decayed signals would otherwise sink into subnormal numbers, which are slow. */
      for (guint i = S_I; i <= S_Q; i++)
        {
          if (i != S_N && i != S_P && fabs (y[i]) < SIGNAL_FLOOR)
            y[i] = 0.0;
        }

      collagen = y[S_C1] + y[S_C3];
      profile_epidermis = sc_um + viable0 * sd_skin_viable_epidermis_age_factor (age_years_end,
                                                                                   params->sex)
                                  / viable_age0;
      /* The dermis follows the same age law as collagen (sd_skin_dermis_age_factor). */
      profile_dermis = dermis0 * age_end / age_prod0;
      compute_synthesis (&rates, y, &syn);

      row->day = day;
      row->week = day / 7.0;
      row->sessions_done = next_session;
      row->days_since_session = last_session_day == G_MAXUINT ? G_MAXUINT
                                                              : day - last_session_day;
      row->phase = phase_for_days_since (row->days_since_session);
      /* Scaled so that the end-of-day-0 row of a standard session reads 1. */
      row->inflammation = y[S_I] * exp (K_INFLAMMATION);
      /* Closed for good within days (and exp () would underflow, slowly, later on). */
      row->channels_open = last_session_day == G_MAXUINT || row->days_since_session > 30
        ? 0.0
        : exp (-24.0 * (row->days_since_session + 1.0) / close_tau_h);
      row->fibroblasts_rel = y[S_N];
      row->remodelling_rel = syn.remodelling / (syn.basal_i + syn.basal_iii);
      row->synthesis_rel = (syn.basal_i + syn.basal_iii + syn.burst + syn.remodelling)
                           / rates.s0;
      row->collagen_i_rel = y[S_C1] / collagen_i0;
      row->collagen_iii_rel = y[S_C3] / collagen_iii0;
      row->collagen_rel = collagen;
      row->epidermis_um = profile_epidermis * y[S_X];
      /* Thickness follows collagen (the age law): the whole dermis with the lifestyle's
       * loss, the treated depth with the treatment's gain. */
      row->dermis_um = profile_dermis * y[S_R] / y[S_R0]
                       + DERMIS_COLLAGEN_SHARE * treated_depth * (collagen / y[S_R] - 1.0);
    }
}

/*
 * Public API
 */

SdCourse *
sd_course_run (const SdCourseParams  *params,
               GError               **error)
{
  SdCourse *course;
  guint n_days;

  g_return_val_if_fail (params != NULL, NULL);

  if (!sd_course_params_validate (params, error))
    return NULL;

  n_days = 7 * params->weeks + 1;
  course = g_malloc0 (sizeof (SdCourse) + n_days * sizeof (SdCourseDay));
  course->params = *params;
  course->n_days = n_days;
  schedule_sessions (course);
  run_model (course);

  return course;
}

void
sd_course_free (SdCourse *course)
{
  g_free (course);
}

const SdCourseParams *
sd_course_get_params (const SdCourse *course)
{
  g_return_val_if_fail (course != NULL, NULL);
  return &course->params;
}

guint
sd_course_get_n_days (const SdCourse *course)
{
  g_return_val_if_fail (course != NULL, 0);
  return course->n_days;
}

const SdCourseDay *
sd_course_get_day (const SdCourse *course,
                   guint           day)
{
  g_return_val_if_fail (course != NULL, NULL);
  g_return_val_if_fail (day < course->n_days, NULL);
  return &course->days[day];
}

guint
sd_course_get_session_day (const SdCourse *course,
                           guint           session)
{
  g_return_val_if_fail (course != NULL, G_MAXUINT);

  if (session >= course->n_sessions)
    return G_MAXUINT;
  return course->session_days[session];
}
