/* sd-sim-lifetime.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-sim"

#include "config.h"

#include "sd-sim.h"

#include "sd-lifetime.h"

#include <glib/gi18n.h>

/* The CSV header is part of the command-line contract: keep it exactly. */
#define LIFETIME_CSV_HEADER \
  "age,collagen_rel,collagen_low,collagen_high,dermis_um,epidermis_um"

#define REL_DECIMALS 6
#define UM_DECIMALS  3

static int
print_help (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *columns = NULL;
  g_autofree char *ages = NULL;
  g_autofree char *site = NULL;
  g_autofree char *sites = sd_sim_list_sites ();

  g_string_append_printf (out, _("Usage: %s lifetime --sex SEX [OPTION…]\n\n"), SD_SIM_PROGRAM);
  sd_sim_append_wrapped (out,
                         _("Skin collagen from year to year, relative to the same person at "
                           "25 with a neutral lifestyle (1.0), with the lifestyle factors "
                           "given; collagen_low and collagen_high bound the typical range "
                           "(the spread between people and what the model does not know). "
                           "For women the loss is faster for 15 years after menopause "
                           "(taken at 51: an assumption). dermis_um and epidermis_um are the "
                           "thicknesses at one body site, in µm."),
                         0);
  g_string_append (out, "\n");
  g_string_append (out, _("Options:\n"));
  sd_sim_append_help_line (out, "--sex SEX", _("female or male (required)"));
  ages = g_strdup_printf (_("First and last age, whole years from %g to %g (default %d and %d)"),
                          SD_AGE_MIN, SD_AGE_MAX, SD_LIFETIME_FROM_AGE_DEFAULT,
                          SD_LIFETIME_TO_AGE_DEFAULT);
  sd_sim_append_help_line (out, "--from-age A, --to-age B", ages);
  site = g_strdup_printf (_("Body site of the thicknesses: %s (default cheek)"), sites);
  sd_sim_append_help_line (out, "--site SITE", site);
  sd_sim_append_option_help (out, SD_SIM_OPT_UV);
  sd_sim_append_option_help (out, SD_SIM_OPT_SMOKING);
  sd_sim_append_option_help (out, SD_SIM_OPT_ALCOHOL);
  sd_sim_append_option_help (out, SD_SIM_OPT_POLLUTION);
  sd_sim_append_option_help (out, SD_SIM_OPT_DIET);
  sd_sim_append_help_line (out, "--format FORMAT", _("csv (default) or json"));
  sd_sim_append_help_line (out, "-h, --help", _("Show this help"));
  g_string_append (out, "\n");
  columns = g_strdup_printf (_("CSV columns: %s"), LIFETIME_CSV_HEADER);
  sd_sim_append_wrapped (out, columns, 2);

  return sd_sim_write_output (out);
}

static void
append_row (GString              *out,
            const SdLifetimeYear *year,
            gboolean              json)
{
  static const char *keys[] = {
    "age", "collagen_rel", "collagen_low", "collagen_high", "dermis_um", "epidermis_um",
  };
  const double values[] = {
    year->collagen_rel, year->collagen_low, year->collagen_high,
  };
  guint k = 0;

#define KEY() G_STMT_START { \
    if (json) \
      g_string_append_printf (out, "%s\"%s\":", k > 0 ? "," : "", keys[k]); \
    else if (k > 0) \
      g_string_append_c (out, ','); \
    k++; \
  } G_STMT_END

  KEY ();
  g_string_append_printf (out, "%u", (guint)year->age_years);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      KEY ();
      sd_sim_append_fixed (out, values[i], REL_DECIMALS);
    }
  KEY ();
  sd_sim_append_fixed (out, year->dermis_um, UM_DECIMALS);
  KEY ();
  sd_sim_append_fixed (out, year->epidermis_um, UM_DECIMALS);

#undef KEY

  g_assert (k == G_N_ELEMENTS (keys));
}

int
sd_sim_lifetime (int    argc,
                 char **argv)
{
  const guint accepted = SD_SIM_OPT_MASK (SD_SIM_OPT_SEX) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_SITE) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_FROM_AGE) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_TO_AGE) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_UV) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_SMOKING) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_ALCOHOL) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_POLLUTION) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_DIET) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_FORMAT);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = NULL;
  SdLifetimeParams params;
  SdCourseParams factors;
  SdSimFormat format;
  SdSimArgs args;
  guint from_age, to_age;

  if (!sd_sim_args_parse (&args, "lifetime", accepted, argc, argv))
    return SD_SIM_EXIT_USAGE;
  if (args.help)
    return print_help ();

  sd_lifetime_params_init (&params);
  sd_course_params_init (&factors);

  if (!sd_sim_args_get_sex (&args, TRUE, &params.sex) ||
      !sd_sim_args_get_site (&args, params.site, &params.site) ||
      !sd_sim_args_get_uint (&args, SD_SIM_OPT_FROM_AGE, SD_LIFETIME_FROM_AGE_DEFAULT,
                             (guint)SD_AGE_MIN, (guint)SD_AGE_MAX, &from_age) ||
      !sd_sim_args_get_uint (&args, SD_SIM_OPT_TO_AGE, SD_LIFETIME_TO_AGE_DEFAULT,
                             (guint)SD_AGE_MIN, (guint)SD_AGE_MAX, &to_age) ||
      !sd_sim_args_get_factors (&args, &factors) ||
      !sd_sim_args_get_format (&args,
                               SD_SIM_FORMAT_MASK (SD_SIM_FORMAT_CSV) |
                               SD_SIM_FORMAT_MASK (SD_SIM_FORMAT_JSON),
                               SD_SIM_FORMAT_CSV, &format))
    return SD_SIM_EXIT_USAGE;

  if (from_age > to_age)
    {
      sd_sim_error (_("--from-age: %u is after --to-age %u; expected the first age to be at "
                      "most the last"), from_age, to_age);
      return SD_SIM_EXIT_USAGE;
    }

  factors.sex = params.sex;
  factors.site = params.site;
  sd_lifetime_params_from_course (&params, &factors);
  if (!sd_lifetime_check_span (from_age, to_age, &error) ||
      !sd_lifetime_params_validate (&params, &error))
    return sd_sim_report_model_error (NULL, error);

  out = g_string_new (NULL);
  if (format == SD_SIM_FORMAT_JSON)
    {
      g_string_append (out, "{\"sex\":");
      sd_sim_append_json_string (out, sd_sex_to_id (params.sex));
      g_string_append (out, ",\"site\":");
      sd_sim_append_json_string (out, sd_site_to_id (params.site));
      g_string_append (out, ",\"uv\":");
      sd_sim_append_json_string (out, sd_uv_to_id (params.uv));
      g_string_append (out, ",\"smoking\":");
      sd_sim_append_json_string (out, params.smoking ? "yes" : "no");
      g_string_append (out, ",\"alcohol\":");
      sd_sim_append_json_string (out, sd_alcohol_to_id (params.alcohol));
      g_string_append (out, ",\"pollution\":");
      sd_sim_append_json_string (out, sd_pollution_to_id (params.pollution));
      g_string_append (out, ",\"diet\":");
      sd_sim_append_json_string (out, sd_diet_to_id (params.diet));
      g_string_append (out, ",\n\"rows\":[\n");
    }
  else
    {
      g_string_append (out, LIFETIME_CSV_HEADER "\n");
    }

  for (guint age = from_age; age <= to_age; age++)
    {
      SdLifetimeYear year;

      if (!sd_lifetime_compute_year (&params, age, &year, &error))
        return sd_sim_report_model_error (NULL, error);
      if (format == SD_SIM_FORMAT_JSON)
        {
          g_string_append_c (out, '{');
          append_row (out, &year, TRUE);
          g_string_append (out, age < to_age ? "},\n" : "}\n");
        }
      else
        {
          append_row (out, &year, FALSE);
          g_string_append_c (out, '\n');
        }
    }
  if (format == SD_SIM_FORMAT_JSON)
    g_string_append (out, "]}\n");

  return sd_sim_write_output (out);
}
