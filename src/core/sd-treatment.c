/* sd-treatment.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-treatment"

#include "config.h"

#include "sd-treatment.h"

struct _SdTreatment
{
  GObject         parent_instance;

  /* Owned references */
  SdSection      *section;
  SdCourse       *course;
  SdCourse       *untreated;

  /* State */
  guint           sessions;
  double          interval_weeks;
  guint           weeks;
  SdUvExposure    uv;
  SdAlcohol       alcohol;
  SdPollution     pollution;
  SdDiet          diet;
  guint           day;
  guint           smoking : 1;
};

G_DEFINE_FINAL_TYPE (SdTreatment, sd_treatment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SECTION,
  PROP_SESSIONS,
  PROP_INTERVAL_WEEKS,
  PROP_WEEKS,
  PROP_UV,
  PROP_SMOKING,
  PROP_ALCOHOL,
  PROP_POLLUTION,
  PROP_DIET,
  PROP_DAY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

static void
recompute (SdTreatment *self)
{
  g_autoptr(GError) error = NULL;
  SdCourseParams params;
  guint n_days;

  sd_treatment_get_params (self, &params);
  g_clear_pointer (&self->course, sd_course_free);
  g_clear_pointer (&self->untreated, sd_course_free);

  /* Every input was validated by its setter, so the model cannot refuse it. */
  self->course = sd_course_run (&params, &error);
  params.sessions = 0;
  if (self->course != NULL)
    self->untreated = sd_course_run (&params, &error);
  if (self->course == NULL || self->untreated == NULL)
    g_error ("Model refused validated input: %s", error->message);

  n_days = sd_course_get_n_days (self->course);
  if (self->day >= n_days)
    {
      self->day = n_days - 1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
    }
}

static void
update (SdTreatment *self,
        guint        prop_id)
{
  recompute (self);
  if (prop_id != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/*
 * Signal callbacks
 */

static void
on_section_changed_cb (SdTreatment *self,
                       SdSection   *section)
{
  g_assert (SD_IS_TREATMENT (self));

  update (self, PROP_0);
}

/*
 * GObject overrides
 */

static void
sd_treatment_finalize (GObject *object)
{
  SdTreatment *self = (SdTreatment *)object;

  g_clear_pointer (&self->course, sd_course_free);
  g_clear_pointer (&self->untreated, sd_course_free);

  G_OBJECT_CLASS (sd_treatment_parent_class)->finalize (object);
}

static void
sd_treatment_dispose (GObject *object)
{
  SdTreatment *self = (SdTreatment *)object;

  if (self->section != NULL)
    g_signal_handlers_disconnect_by_func (self->section, on_section_changed_cb, self);
  g_clear_object (&self->section);

  G_OBJECT_CLASS (sd_treatment_parent_class)->dispose (object);
}

static void
sd_treatment_constructed (GObject *object)
{
  SdTreatment *self = (SdTreatment *)object;

  G_OBJECT_CLASS (sd_treatment_parent_class)->constructed (object);

  if (self->section == NULL)
    self->section = sd_section_new ();
  g_signal_connect_object (self->section, "changed", G_CALLBACK (on_section_changed_cb), self,
                           G_CONNECT_SWAPPED);
  recompute (self);
}

static void
sd_treatment_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SdTreatment *self = SD_TREATMENT (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;

    case PROP_SESSIONS:
      g_value_set_uint (value, self->sessions);
      break;

    case PROP_INTERVAL_WEEKS:
      g_value_set_double (value, self->interval_weeks);
      break;

    case PROP_WEEKS:
      g_value_set_uint (value, self->weeks);
      break;

    case PROP_UV:
      g_value_set_int (value, self->uv);
      break;

    case PROP_SMOKING:
      g_value_set_boolean (value, self->smoking);
      break;

    case PROP_ALCOHOL:
      g_value_set_int (value, self->alcohol);
      break;

    case PROP_POLLUTION:
      g_value_set_int (value, self->pollution);
      break;

    case PROP_DIET:
      g_value_set_int (value, self->diet);
      break;

    case PROP_DAY:
      g_value_set_uint (value, self->day);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_treatment_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SdTreatment *self = SD_TREATMENT (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      self->section = g_value_dup_object (value);
      break;

    case PROP_SESSIONS:
      sd_treatment_set_sessions (self, g_value_get_uint (value));
      break;

    case PROP_INTERVAL_WEEKS:
      sd_treatment_set_interval_weeks (self, g_value_get_double (value));
      break;

    case PROP_WEEKS:
      sd_treatment_set_weeks (self, g_value_get_uint (value));
      break;

    case PROP_UV:
      sd_treatment_set_uv (self, g_value_get_int (value));
      break;

    case PROP_SMOKING:
      sd_treatment_set_smoking (self, g_value_get_boolean (value));
      break;

    case PROP_ALCOHOL:
      sd_treatment_set_alcohol (self, g_value_get_int (value));
      break;

    case PROP_POLLUTION:
      sd_treatment_set_pollution (self, g_value_get_int (value));
      break;

    case PROP_DIET:
      sd_treatment_set_diet (self, g_value_get_int (value));
      break;

    case PROP_DAY:
      sd_treatment_set_day (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_treatment_class_init (SdTreatmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = sd_treatment_constructed;
  object_class->dispose = sd_treatment_dispose;
  object_class->finalize = sd_treatment_finalize;
  object_class->get_property = sd_treatment_get_property;
  object_class->set_property = sd_treatment_set_property;

  /**
   * SdTreatment:section:
   *
   * The skin being treated: its site, age, sex, device and needle length.
   */
  properties[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL, SD_TYPE_SECTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SESSIONS] =
    g_param_spec_uint ("sessions", NULL, NULL, 0, SD_COURSE_SESSIONS_MAX,
                       SD_TREATMENT_DEFAULT_SESSIONS, flags);
  properties[PROP_INTERVAL_WEEKS] =
    g_param_spec_double ("interval-weeks", NULL, NULL,
                         SD_COURSE_INTERVAL_WEEKS_MIN, SD_COURSE_INTERVAL_WEEKS_MAX,
                         SD_TREATMENT_DEFAULT_INTERVAL_WEEKS, flags);
  properties[PROP_WEEKS] =
    g_param_spec_uint ("weeks", NULL, NULL, 1, SD_COURSE_WEEKS_MAX,
                       SD_TREATMENT_DEFAULT_WEEKS, flags);
  properties[PROP_UV] =
    g_param_spec_int ("uv", NULL, NULL, 0, SD_N_UV - 1, SD_UV_NONE, flags);
  properties[PROP_SMOKING] =
    g_param_spec_boolean ("smoking", NULL, NULL, FALSE, flags);
  properties[PROP_ALCOHOL] =
    g_param_spec_int ("alcohol", NULL, NULL, 0, SD_N_ALCOHOL - 1, SD_ALCOHOL_NONE, flags);
  properties[PROP_POLLUTION] =
    g_param_spec_int ("pollution", NULL, NULL, 0, SD_N_POLLUTION - 1, SD_POLLUTION_LOW, flags);
  properties[PROP_DIET] =
    g_param_spec_int ("diet", NULL, NULL, 0, SD_N_DIET - 1, SD_DIET_GOOD, flags);

  /**
   * SdTreatment:day:
   *
   * Where the timeline is: 0 (the first session) to the course's last day.
   */
  properties[PROP_DAY] =
    g_param_spec_uint ("day", NULL, NULL, 0, SD_COURSE_WEEKS_MAX * 7, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SdTreatment::changed:
   *
   * Emitted once after the plan or the section changed and the courses were recomputed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sd_treatment_init (SdTreatment *self)
{
  self->sessions = SD_TREATMENT_DEFAULT_SESSIONS;
  self->interval_weeks = SD_TREATMENT_DEFAULT_INTERVAL_WEEKS;
  self->weeks = SD_TREATMENT_DEFAULT_WEEKS;
  self->uv = SD_UV_NONE;
  self->alcohol = SD_ALCOHOL_NONE;
  self->pollution = SD_POLLUTION_LOW;
  self->diet = SD_DIET_GOOD;
}

/*
 * Public API
 */

/**
 * sd_treatment_new:
 * @section: (nullable): the skin to treat; a default one when %NULL
 */
SdTreatment *
sd_treatment_new (SdSection *section)
{
  g_return_val_if_fail (section == NULL || SD_IS_SECTION (section), NULL);

  return g_object_new (SD_TYPE_TREATMENT, "section", section, NULL);
}

SdSection *
sd_treatment_get_section (SdTreatment *self)
{
  g_return_val_if_fail (SD_IS_TREATMENT (self), NULL);

  return self->section;
}

#define DEFINE_PLAN_FIELD(type, name, PROP, check)              \
  type                                                          \
  sd_treatment_get_##name (SdTreatment *self)                   \
  {                                                             \
    g_return_val_if_fail (SD_IS_TREATMENT (self), (type)0);     \
    return self->name;                                          \
  }                                                             \
                                                                \
  void                                                          \
  sd_treatment_set_##name (SdTreatment *self,                   \
                           type         name)                   \
  {                                                             \
    g_return_if_fail (SD_IS_TREATMENT (self));                  \
    g_return_if_fail (check);                                   \
    if (self->name == name)                                     \
      return;                                                   \
    self->name = name;                                          \
    update (self, PROP);                                        \
  }

DEFINE_PLAN_FIELD (guint, sessions, PROP_SESSIONS, sessions <= SD_COURSE_SESSIONS_MAX)
DEFINE_PLAN_FIELD (double, interval_weeks, PROP_INTERVAL_WEEKS,
                   interval_weeks >= SD_COURSE_INTERVAL_WEEKS_MIN &&
                   interval_weeks <= SD_COURSE_INTERVAL_WEEKS_MAX)
DEFINE_PLAN_FIELD (guint, weeks, PROP_WEEKS, weeks >= 1 && weeks <= SD_COURSE_WEEKS_MAX)
DEFINE_PLAN_FIELD (SdUvExposure, uv, PROP_UV, (guint)uv < SD_N_UV)
DEFINE_PLAN_FIELD (SdAlcohol, alcohol, PROP_ALCOHOL, (guint)alcohol < SD_N_ALCOHOL)
DEFINE_PLAN_FIELD (SdPollution, pollution, PROP_POLLUTION, (guint)pollution < SD_N_POLLUTION)
DEFINE_PLAN_FIELD (SdDiet, diet, PROP_DIET, (guint)diet < SD_N_DIET)

#undef DEFINE_PLAN_FIELD

gboolean
sd_treatment_get_smoking (SdTreatment *self)
{
  g_return_val_if_fail (SD_IS_TREATMENT (self), FALSE);

  return self->smoking;
}

void
sd_treatment_set_smoking (SdTreatment *self,
                          gboolean     smoking)
{
  g_return_if_fail (SD_IS_TREATMENT (self));

  smoking = !!smoking;
  if (self->smoking == (guint)smoking)
    return;

  self->smoking = smoking;
  update (self, PROP_SMOKING);
}

void
sd_treatment_get_params (SdTreatment    *self,
                         SdCourseParams *out)
{
  g_return_if_fail (SD_IS_TREATMENT (self));
  g_return_if_fail (out != NULL);

  sd_course_params_init (out);
  out->site = sd_section_get_site (self->section);
  out->age_years = sd_section_get_age (self->section);
  out->sex = sd_section_get_sex (self->section);
  out->device = sd_section_get_device (self->section);
  out->length_mm = sd_section_get_length_mm (self->section);
  out->sessions = self->sessions;
  out->interval_weeks = self->interval_weeks;
  out->weeks = self->weeks;
  out->uv = self->uv;
  out->smoking = self->smoking;
  out->alcohol = self->alcohol;
  out->pollution = self->pollution;
  out->diet = self->diet;
}

const SdCourse *
sd_treatment_get_course (SdTreatment *self)
{
  g_return_val_if_fail (SD_IS_TREATMENT (self), NULL);

  return self->course;
}

const SdCourse *
sd_treatment_get_untreated (SdTreatment *self)
{
  g_return_val_if_fail (SD_IS_TREATMENT (self), NULL);

  return self->untreated;
}

guint
sd_treatment_get_n_days (SdTreatment *self)
{
  g_return_val_if_fail (SD_IS_TREATMENT (self), 0);

  return sd_course_get_n_days (self->course);
}

guint
sd_treatment_get_day (SdTreatment *self)
{
  g_return_val_if_fail (SD_IS_TREATMENT (self), 0);

  return self->day;
}

void
sd_treatment_set_day (SdTreatment *self,
                      guint        day)
{
  g_return_if_fail (SD_IS_TREATMENT (self));

  day = MIN (day, sd_course_get_n_days (self->course) - 1);
  if (self->day == day)
    return;

  self->day = day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

const SdCourseDay *
sd_treatment_get_current (SdTreatment *self)
{
  g_return_val_if_fail (SD_IS_TREATMENT (self), NULL);

  return sd_course_get_day (self->course, self->day);
}

const SdCourseDay *
sd_treatment_get_current_untreated (SdTreatment *self)
{
  g_return_val_if_fail (SD_IS_TREATMENT (self), NULL);

  return sd_course_get_day (self->untreated, self->day);
}

void
sd_treatment_reset (SdTreatment *self)
{
  g_return_if_fail (SD_IS_TREATMENT (self));

  g_object_freeze_notify (G_OBJECT (self));
  sd_treatment_set_day (self, 0);
  sd_treatment_set_sessions (self, SD_TREATMENT_DEFAULT_SESSIONS);
  sd_treatment_set_interval_weeks (self, SD_TREATMENT_DEFAULT_INTERVAL_WEEKS);
  sd_treatment_set_weeks (self, SD_TREATMENT_DEFAULT_WEEKS);
  sd_treatment_set_uv (self, SD_UV_NONE);
  sd_treatment_set_smoking (self, FALSE);
  sd_treatment_set_alcohol (self, SD_ALCOHOL_NONE);
  sd_treatment_set_pollution (self, SD_POLLUTION_LOW);
  sd_treatment_set_diet (self, SD_DIET_GOOD);
  g_object_thaw_notify (G_OBJECT (self));
}
