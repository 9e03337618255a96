/* sd-course.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-course"

#include "config.h"

#include "sd-course.h"

#include <math.h>
#include <string.h>

#define N_(s) (s)

/*
 * The model (docs/model.md has every parameter with its source; docs/calibration.md
 * shows which figure fixed which value).
 *
 * State, in the treated zone, integrated with RK4 in SUBSTEPS_PER_DAY steps a day:
 *   I   inflammation signal: +impulse at each session, first-order decay
 *   G   growth-factor / activation signal: first-order lag behind I
 *   N   fibroblast activity (1 at baseline): relaxes towards 1 + A_N·G
 *   P   collagen-synthesis activity of those fibroblasts: lags behind N
 *   C1, C3   collagen type I and III (C1 + C3 = 1 at baseline)
 *   X   epidermal thickness relative to the untreated epidermis
 *   R   total collagen of an untreated, neutral-lifestyle reference (for X and dermis)
 *
 * Synthesis S = S0 · A(age) · Ls · (1 + A_S · r(age) · (P − 1)); basal synthesis has the
 * normal I:III mix, the extra (wound) synthesis is III-rich. Excess type III over the
 * normal I:III ratio matures into type I. Both types are degraded at d · Ld.
 */

/* Integration */
#define SUBSTEPS_PER_DAY 2
#define SIGNAL_FLOOR 1e-12

/* Inflammation: half-life 1.4 d, so < 5 % is left a week after a session. */
#define K_INFLAMMATION 0.5          /* 1/day */
/* Activation, fibroblast and synthesis lags: set so synthesis peaks on day 7 and is
 * back near baseline within weeks (rat wound: peak day 7, normal by day 11, Exp Biol
 * Med 1979). */
#define K_ACTIVATION 0.35           /* 1/day */
#define K_FIBROBLAST 0.35           /* 1/day */
#define K_SYNTHESIS_LAG 0.35        /* 1/day */
#define A_FIBROBLAST 3.0            /* fibroblast gain per unit activation */
/* Synthesis gain per unit of extra fibroblast activity: fixed by Lotfi 2013. */
#define A_SYNTHESIS 33.0

/* Stimulus: dermal depth reached (µm) saturates with DEPTH_SCALE_UM; an epidermis-only
 * needle gives STIMULUS_EPIDERMAL of the full response. Normalised so that the
 * standard session (1.5 mm roller at 0.5 on the cheek: ~700 µm into the dermis) is 1. */
#define STIMULUS_EPIDERMAL 0.1
#define DEPTH_SCALE_UM 300.0
#define REFERENCE_DERMAL_DEPTH_UM 700.0

/* Collagen turnover in the treated zone: half-life 3 years (assumption). */
#define COLLAGEN_HALF_LIFE_DAYS (3.0 * 365.25)
/* Maturation of excess type III into type I: half-life 14 days (SCIENCE.md §3a:
 * "by week 2 type I again main product"). */
#define K_MATURATION (G_LN2 / 14.0)
/* Normal dermis: type I 80 %, type III 15 % (Adv Wound Care 2015 table 1). */
#define RATIO_III_TO_I (15.0 / 80.0)
/* Type III share of the extra (wound) synthesis: "up to ~30 %" (SCIENCE.md §3a). */
#define WOUND_SHARE_III 0.30

/* Ageing: collagen production falls ~1 %/yr from 25 (Shuster 1975 via secondary pages;
 * the brief). The same factor damps the relative wound response (assumption). */
#define COLLAGEN_AGE_START 25.0
#define COLLAGEN_LOSS_PER_YEAR 0.01
#define DAYS_PER_YEAR 365.25

/* Epidermis: relaxes (time constant 1/K_EPIDERMIS days) towards
 * 1 + K_EPI_COLLAGEN · (C / R − 1) + K_EPI_ACTIVATION · G. */
#define K_EPIDERMIS 0.1             /* 1/day */
#define K_EPI_COLLAGEN 0.93         /* fixed by Lotfi 2013: +50 % with +53 % collagen */
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
 * Lifestyle: multipliers on synthesis (ls) and degradation (ld). SCIENCE.md has no
 * magnitudes: these are modest, documented assumptions, monotone in the factor.
 */
typedef struct
{
  double ls;
  double ld;
} Effect;

static const Effect uv_effects[SD_N_UV] = {
  { 1.00, 1.00 }, { 0.98, 1.01 }, { 0.92, 1.05 },
};
static const Effect smoking_effects[2] = {
  { 1.00, 1.00 }, { 0.94, 1.04 },
};
static const Effect alcohol_effects[SD_N_ALCOHOL] = {
  { 1.00, 1.00 }, { 0.99, 1.01 }, { 0.95, 1.03 },
};
static const Effect pollution_effects[SD_N_POLLUTION] = {
  { 1.00, 1.00 }, { 0.98, 1.02 },
};
static const Effect diet_effects[SD_N_DIET] = {
  { 1.00, 1.00 }, { 0.95, 1.00 },
};

struct _SdCourse
{
  SdCourseParams params;
  guint          n_days;
  guint          session_days[SD_COURSE_SESSIONS_MAX];
  guint          n_sessions;   /* sessions that start inside the course */
  SdCourseDay    days[];
};

enum { S_I, S_G, S_N, S_P, S_C1, S_C3, S_X, S_R, N_STATE };

typedef struct
{
  double s0;          /* basal synthesis at day 0 (collagen units / day) */
  double d;           /* degradation rate, 1/day */
  double ls, ld;      /* lifestyle multipliers */
  double age_rel;     /* basal production, relative to day 0 (this day) */
  double response;    /* age damping of the wound response (this day) */
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
                      error))
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
 * Model helpers
 */

/* Basal collagen production relative to age 25 (1 before 25). */
static double
production_age_factor (double age_years)
{
  double years = MAX (age_years - COLLAGEN_AGE_START, 0.0);

  return exp (log1p (-COLLAGEN_LOSS_PER_YEAR) * years);
}

/* Stimulus of one session (1 = standard 1.5 mm roller on the cheek). */
static double
compute_stimulus (double dermal_depth_um)
{
  double full = 1.0 - exp (-REFERENCE_DERMAL_DEPTH_UM / DEPTH_SCALE_UM);
  double here = 1.0 - exp (-dermal_depth_um / DEPTH_SCALE_UM);

  return (STIMULUS_EPIDERMAL + (1.0 - STIMULUS_EPIDERMAL) * here)
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

static double
compute_synthesis (const Rates  *rates,
                   const double *y,
                   double       *out_extra)
{
  double basal = rates->s0 * rates->age_rel * rates->ls;
  double extra = basal * A_SYNTHESIS * rates->response * MAX (y[S_P] - 1.0, 0.0);

  if (out_extra != NULL)
    *out_extra = extra;
  return basal + extra;
}

static void
compute_derivatives (const Rates  *rates,
                     const double *y,
                     double       *dy)
{
  double extra, basal, maturation, d;
  double share_iii = RATIO_III_TO_I / (1.0 + RATIO_III_TO_I);
  double collagen = y[S_C1] + y[S_C3];

  basal = compute_synthesis (rates, y, &extra) - extra;
  maturation = K_MATURATION * MAX (y[S_C3] - RATIO_III_TO_I * y[S_C1], 0.0);
  d = rates->d * rates->ld;

  dy[S_I] = -K_INFLAMMATION * y[S_I];
  dy[S_G] = K_ACTIVATION * (y[S_I] - y[S_G]);
  dy[S_N] = K_FIBROBLAST * (1.0 + A_FIBROBLAST * y[S_G] - y[S_N]);
  dy[S_P] = K_SYNTHESIS_LAG * (y[S_N] - y[S_P]);
  dy[S_C3] = share_iii * basal + WOUND_SHARE_III * extra - maturation - d * y[S_C3];
  dy[S_C1] = (1.0 - share_iii) * basal + (1.0 - WOUND_SHARE_III) * extra + maturation
             - d * y[S_C1];
  dy[S_X] = K_EPIDERMIS * (1.0 + K_EPI_COLLAGEN * (collagen / y[S_R] - 1.0)
                           + K_EPI_ACTIVATION * y[S_G] - y[S_X]);
  /* Untreated, neutral reference: basal synthesis only. */
  dy[S_R] = rates->s0 * rates->age_rel - rates->d * y[S_R];
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
  double stimulus, close_tau_h, dermal_depth, papillary_um, treated_depth, epidermis0, dermis0;
  double sc_um, viable0, viable_age0, dermis_age0, age_prod0, collagen_i0, collagen_iii0;
  double share_iii = RATIO_III_TO_I / (1.0 + RATIO_III_TO_I);
  guint next_session = 0;
  guint last_session_day = G_MAXUINT;
  gboolean ok;

  ok = sd_skin_profile_compute (params->site, params->age_years, params->sex, &profile, NULL)
       && sd_needle_compute (&profile, params->device, params->length_mm, params->fraction,
                             &needle, NULL);
  g_assert (ok);

  epidermis0 = sd_skin_profile_epidermis_um (&profile);
  dermis0 = sd_skin_profile_dermis_um (&profile);
  sc_um = sd_skin_profile_find_layer (&profile, SD_LAYER_STRATUM_GRANULOSUM)->top_um;
  viable0 = epidermis0 - sc_um;
  viable_age0 = sd_skin_viable_epidermis_age_factor (params->age_years, params->sex);
  dermis_age0 = sd_skin_dermis_age_factor (params->age_years);

  /* The stimulus grows with the dermal depth reached; the zone that responds is at least
   * the papillary dermis, which even an epidermis-only needle signals to. */
  dermal_depth = CLAMP (needle.effective_um - epidermis0, 0.0, dermis0);
  papillary_um = sd_skin_profile_find_layer (&profile, SD_LAYER_PAPILLARY_DERMIS)->bottom_um
                 - epidermis0;
  treated_depth = MAX (dermal_depth, papillary_um);
  stimulus = compute_stimulus (dermal_depth);
  close_tau_h = channel_close_hours (needle.nominal_um) / 3.0;

  rates.d = G_LN2 / COLLAGEN_HALF_LIFE_DAYS;
  rates.ls = uv_effects[params->uv].ls * smoking_effects[params->smoking ? 1 : 0].ls
             * alcohol_effects[params->alcohol].ls * pollution_effects[params->pollution].ls
             * diet_effects[params->diet].ls;
  rates.ld = uv_effects[params->uv].ld * smoking_effects[params->smoking ? 1 : 0].ld
             * alcohol_effects[params->alcohol].ld * pollution_effects[params->pollution].ld
             * diet_effects[params->diet].ld;
  /* Start on the quasi-steady state of a production that falls exponentially with age,
   * so the untreated collagen falls at the production rate from day 0. Collagen total = 1. */
  rates.s0 = params->age_years > COLLAGEN_AGE_START
             ? rates.d + log1p (-COLLAGEN_LOSS_PER_YEAR) / DAYS_PER_YEAR
             : rates.d;
  age_prod0 = production_age_factor (params->age_years);

  collagen_iii0 = share_iii;
  collagen_i0 = 1.0 - share_iii;
  y[S_I] = 0.0;
  y[S_G] = 0.0;
  y[S_N] = 1.0;
  y[S_P] = 1.0;
  y[S_C1] = collagen_i0;
  y[S_C3] = collagen_iii0;
  y[S_X] = 1.0;
  y[S_R] = 1.0;

  for (guint day = 0; day < course->n_days; day++)
    {
      SdCourseDay *row = &course->days[day];
      double age_mid = params->age_years + (day + 0.5) / DAYS_PER_YEAR;
      double age_end = params->age_years + (day + 1.0) / DAYS_PER_YEAR;
      double collagen, profile_epidermis, profile_dermis;

      if (next_session < course->n_sessions && course->session_days[next_session] == day)
        {
          y[S_I] += stimulus;
          last_session_day = day;
          next_session++;
        }

      rates.age_rel = production_age_factor (age_mid) / age_prod0;
      rates.response = production_age_factor (age_mid);
      for (guint s = 0; s < SUBSTEPS_PER_DAY; s++)
        step_rk4 (&rates, y, 1.0 / SUBSTEPS_PER_DAY);
      /* Decayed signals would otherwise sink into subnormal numbers, which are slow. */
      if (y[S_I] < SIGNAL_FLOOR)
        y[S_I] = 0.0;
      if (y[S_G] < SIGNAL_FLOOR)
        y[S_G] = 0.0;

      collagen = y[S_C1] + y[S_C3];
      profile_epidermis = sc_um + viable0 * sd_skin_viable_epidermis_age_factor (age_end,
                                                                                   params->sex)
                                  / viable_age0;
      profile_dermis = dermis0 * sd_skin_dermis_age_factor (age_end) / dermis_age0;

      row->day = day;
      row->week = day / 7.0;
      row->sessions_done = next_session;
      row->days_since_session = last_session_day == G_MAXUINT ? G_MAXUINT
                                                              : day - last_session_day;
      row->phase = phase_for_days_since (row->days_since_session);
      /* Scaled so that the end-of-day-0 row of a standard session reads 1. */
      row->inflammation = y[S_I] * exp (K_INFLAMMATION);
      row->channels_open = last_session_day == G_MAXUINT
        ? 0.0
        : exp (-24.0 * (row->days_since_session + 1.0) / close_tau_h);
      row->fibroblasts_rel = y[S_N];
      row->synthesis_rel = compute_synthesis (&rates, y, NULL) / rates.s0;
      row->collagen_i_rel = y[S_C1] / collagen_i0;
      row->collagen_iii_rel = y[S_C3] / collagen_iii0;
      row->collagen_rel = collagen;
      row->epidermis_um = profile_epidermis * y[S_X];
      row->dermis_um = profile_dermis
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
