/* sd-section.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-section"

#include "config.h"

#include "sd-section.h"

/*
 * SdSection is what the window shows: one body site of one person, and the needle
 * that is being explained. It keeps the model's answers (profile, needle) up to date
 * and emits ::changed once per change, so views redraw from a consistent state.
 */

struct _SdSection
{
  GObject         parent_instance;

  /* State */
  SdSite          site;
  double          age_years;
  SdSex           sex;
  SdDevice        device;
  double          length_mm;
  SdSkinProfile   profile;
  SdNeedleResult  needle;
};

G_DEFINE_FINAL_TYPE (SdSection, sd_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SITE,
  PROP_AGE,
  PROP_SEX,
  PROP_DEVICE,
  PROP_LENGTH_MM,
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
recompute (SdSection *self)
{
  g_autoptr(GError) error = NULL;

  /* Every input was validated by its setter, so the model cannot refuse it. */
  if (!sd_skin_profile_compute (self->site, self->age_years, self->sex, &self->profile, &error) ||
      !sd_needle_compute (&self->profile, self->device, self->length_mm, 0.0, &self->needle, &error))
    g_critical ("Model refused validated input: %s", error->message);
}

static void
update (SdSection *self,
        guint      prop_id)
{
  recompute (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/*
 * GObject overrides
 */

static void
sd_section_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SdSection *self = SD_SECTION (object);

  switch (prop_id)
    {
    case PROP_SITE:
      g_value_set_int (value, self->site);
      break;

    case PROP_AGE:
      g_value_set_double (value, self->age_years);
      break;

    case PROP_SEX:
      g_value_set_int (value, self->sex);
      break;

    case PROP_DEVICE:
      g_value_set_int (value, self->device);
      break;

    case PROP_LENGTH_MM:
      g_value_set_double (value, self->length_mm);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_section_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SdSection *self = SD_SECTION (object);

  switch (prop_id)
    {
    case PROP_SITE:
      sd_section_set_site (self, g_value_get_int (value));
      break;

    case PROP_AGE:
      sd_section_set_age (self, g_value_get_double (value));
      break;

    case PROP_SEX:
      sd_section_set_sex (self, g_value_get_int (value));
      break;

    case PROP_DEVICE:
      sd_section_set_device (self, g_value_get_int (value));
      break;

    case PROP_LENGTH_MM:
      sd_section_set_length_mm (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_section_class_init (SdSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sd_section_get_property;
  object_class->set_property = sd_section_set_property;

  /**
   * SdSection:site:
   *
   * The body site, an #SdSite.
   */
  properties[PROP_SITE] =
    g_param_spec_int ("site", NULL, NULL,
                      0, SD_N_SITES - 1, SD_SITE_CHEEK,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SdSection:age:
   *
   * The person's age in years.
   */
  properties[PROP_AGE] =
    g_param_spec_double ("age", NULL, NULL,
                         SD_AGE_MIN, SD_AGE_MAX, 40.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SdSection:sex:
   *
   * The person's sex, an #SdSex.
   */
  properties[PROP_SEX] =
    g_param_spec_int ("sex", NULL, NULL,
                      0, SD_N_SEXES - 1, SD_SEX_FEMALE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SdSection:device:
   *
   * The microneedling device, an #SdDevice.
   */
  properties[PROP_DEVICE] =
    g_param_spec_int ("device", NULL, NULL,
                      0, SD_N_DEVICES - 1, SD_DEVICE_ROLLER,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SdSection:length-mm:
   *
   * The nominal needle length in millimetres.
   */
  properties[PROP_LENGTH_MM] =
    g_param_spec_double ("length-mm", NULL, NULL,
                         SD_NEEDLE_LENGTH_MIN_MM, SD_NEEDLE_LENGTH_MAX_MM, 1.5,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SdSection::changed:
   *
   * Emitted once after any input changed and the profile and needle were recomputed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sd_section_init (SdSection *self)
{
  self->site = SD_SITE_CHEEK;
  self->age_years = 40.0;
  self->sex = SD_SEX_FEMALE;
  self->device = SD_DEVICE_ROLLER;
  self->length_mm = 1.5;
  recompute (self);
}

/*
 * Public API
 */

SdSection *
sd_section_new (void)
{
  return g_object_new (SD_TYPE_SECTION, NULL);
}

SdSite
sd_section_get_site (SdSection *self)
{
  g_return_val_if_fail (SD_IS_SECTION (self), SD_SITE_CHEEK);

  return self->site;
}

void
sd_section_set_site (SdSection *self,
                     SdSite     site)
{
  g_return_if_fail (SD_IS_SECTION (self));
  g_return_if_fail ((guint)site < SD_N_SITES);

  if (self->site == site)
    return;

  self->site = site;
  update (self, PROP_SITE);
}

double
sd_section_get_age (SdSection *self)
{
  g_return_val_if_fail (SD_IS_SECTION (self), 40.0);

  return self->age_years;
}

void
sd_section_set_age (SdSection *self,
                    double     age_years)
{
  g_return_if_fail (SD_IS_SECTION (self));
  g_return_if_fail (age_years >= SD_AGE_MIN && age_years <= SD_AGE_MAX);

  if (self->age_years == age_years)
    return;

  self->age_years = age_years;
  update (self, PROP_AGE);
}

SdSex
sd_section_get_sex (SdSection *self)
{
  g_return_val_if_fail (SD_IS_SECTION (self), SD_SEX_FEMALE);

  return self->sex;
}

void
sd_section_set_sex (SdSection *self,
                    SdSex      sex)
{
  g_return_if_fail (SD_IS_SECTION (self));
  g_return_if_fail ((guint)sex < SD_N_SEXES);

  if (self->sex == sex)
    return;

  self->sex = sex;
  update (self, PROP_SEX);
}

SdDevice
sd_section_get_device (SdSection *self)
{
  g_return_val_if_fail (SD_IS_SECTION (self), SD_DEVICE_ROLLER);

  return self->device;
}

void
sd_section_set_device (SdSection *self,
                       SdDevice   device)
{
  g_return_if_fail (SD_IS_SECTION (self));
  g_return_if_fail ((guint)device < SD_N_DEVICES);

  if (self->device == device)
    return;

  self->device = device;
  update (self, PROP_DEVICE);
}

double
sd_section_get_length_mm (SdSection *self)
{
  g_return_val_if_fail (SD_IS_SECTION (self), 1.5);

  return self->length_mm;
}

void
sd_section_set_length_mm (SdSection *self,
                          double     length_mm)
{
  g_return_if_fail (SD_IS_SECTION (self));
  g_return_if_fail (length_mm >= SD_NEEDLE_LENGTH_MIN_MM && length_mm <= SD_NEEDLE_LENGTH_MAX_MM);

  if (self->length_mm == length_mm)
    return;

  self->length_mm = length_mm;
  update (self, PROP_LENGTH_MM);
}

/**
 * sd_section_get_profile:
 *
 * Returns: (transfer none): the layers at the current site, age and sex.
 */
const SdSkinProfile *
sd_section_get_profile (SdSection *self)
{
  g_return_val_if_fail (SD_IS_SECTION (self), NULL);

  return &self->profile;
}

/**
 * sd_section_get_needle:
 *
 * Returns: (transfer none): what the current needle reaches in the current profile.
 */
const SdNeedleResult *
sd_section_get_needle (SdSection *self)
{
  g_return_val_if_fail (SD_IS_SECTION (self), NULL);

  return &self->needle;
}
