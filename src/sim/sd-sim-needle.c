/* sd-sim-needle.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-sim"

#include "config.h"

#include "sd-sim.h"

#include <glib/gi18n.h>

#define UM_DECIMALS 3

typedef struct
{
  SdSkinProfile  profile;
  SdNeedleResult result;
  double         low_um;       /* real depth at the low and high ends of the device's */
  double         high_um;      /* documented range (= effective with --fraction) */
  double         length_mm;
  gboolean       fraction_given;
} NeedleQuery;

static int
print_help (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_string_append_printf (out, _("Usage: %s needle --site SITE --length-mm L [OPTION…]\n\n"),
                          SD_SIM_PROGRAM);
  sd_sim_append_wrapped (out,
                         _("How deep a microneedle of nominal length L really goes at a body "
                           "site (the skin dimples first, so less than the length enters, and "
                           "a derma roller less than a pen), the deepest layer it reaches, "
                           "every layer it enters, and whether pinpoint bleeding is not "
                           "expected (the tip stays in the epidermis), possible (it enters "
                           "the papillary dermis) or expected (it reaches the plexus under "
                           "the papillae)."),
                         0);
  g_string_append (out, "\n");
  g_string_append (out, _("Options:\n"));
  sd_sim_append_option_help (out, SD_SIM_OPT_SITE);
  sd_sim_append_help_line (out, "--length-mm L",
                           _("Nominal needle length (required), 0.1 to 3.0 mm"));
  sd_sim_append_option_help (out, SD_SIM_OPT_DEVICE);
  sd_sim_append_option_help (out, SD_SIM_OPT_FRACTION);
  sd_sim_append_option_help (out, SD_SIM_OPT_AGE);
  sd_sim_append_option_help (out, SD_SIM_OPT_SEX);
  sd_sim_append_help_line (out, "--format FORMAT",
                           _("json (default), csv or table (key/value lines)"));
  sd_sim_append_help_line (out, "-h, --help", _("Show this help"));

  return sd_sim_write_output (out);
}

static const char *
fraction_source (const NeedleQuery *query)
{
  if (query->fraction_given)
    return "--fraction";

  return sd_device_get_fraction_source (query->result.device);
}

static void
append_json (GString           *out,
             const NeedleQuery *query)
{
  const SdNeedleResult *result = &query->result;
  gboolean first = TRUE;
  guint i;

  g_string_append (out, "{\"site\":");
  sd_sim_append_json_string (out, sd_site_to_id (query->profile.site));
  g_string_append (out, ",\"age\":");
  sd_sim_append_compact (out, query->profile.age_years, 3);
  g_string_append (out, ",\"sex\":");
  sd_sim_append_json_string (out, sd_sex_to_id (query->profile.sex));
  g_string_append (out, ",\"device\":");
  sd_sim_append_json_string (out, sd_device_to_id (result->device));
  g_string_append (out, ",\"length_mm\":");
  sd_sim_append_number (out, query->length_mm, 3);
  g_string_append (out, ",\"nominal_um\":");
  sd_sim_append_compact (out, result->nominal_um, UM_DECIMALS);
  g_string_append (out, ",\"fraction\":");
  sd_sim_append_number (out, result->fraction, 4);
  g_string_append (out, ",\"fraction_source\":");
  sd_sim_append_json_string (out, fraction_source (query));
  g_string_append (out, ",\"effective_um\":");
  sd_sim_append_number (out, result->effective_um, UM_DECIMALS);
  g_string_append (out, ",\"deepest_layer\":");
  sd_sim_append_json_string (out, sd_layer_id_to_string (result->deepest_layer));
  g_string_append (out, ",\"layers_reached\":[");
  for (i = 0; i < query->profile.n_layers; i++)
    {
      SdLayerId id = query->profile.layers[i].id;

      if ((result->layers_reached & SD_LAYER_MASK (id)) == 0)
        continue;
      if (!first)
        g_string_append_c (out, ',');
      sd_sim_append_json_string (out, sd_layer_id_to_string (id));
      first = FALSE;
    }
  g_string_append (out, "],\"bleeding\":");
  g_string_append (out, result->bleeding ? "true" : "false");
  g_string_append (out, ",\"bleeding_level\":");
  sd_sim_append_json_string (out, sd_bleeding_to_id (result->bleeding_level));
  g_string_append (out, ",\"effective_range_um\":[");
  sd_sim_append_number (out, query->low_um, UM_DECIMALS);
  g_string_append_c (out, ',');
  sd_sim_append_number (out, query->high_um, UM_DECIMALS);
  g_string_append (out, "]}\n");
}

static char *
join_layers_reached (const NeedleQuery *query,
                     const char        *separator)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint i;

  for (i = 0; i < query->profile.n_layers; i++)
    {
      SdLayerId id = query->profile.layers[i].id;

      if ((query->result.layers_reached & SD_LAYER_MASK (id)) == 0)
        continue;
      if (out->len > 0)
        g_string_append (out, separator);
      g_string_append (out, sd_layer_id_to_string (id));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
append_csv (GString           *out,
            const NeedleQuery *query)
{
  const SdNeedleResult *result = &query->result;
  g_autofree char *reached = join_layers_reached (query, ";");

  g_string_append (out, "site,age,sex,device,length_mm,nominal_um,fraction,fraction_source,"
                        "effective_um,deepest_layer,layers_reached,bleeding,bleeding_level,"
                        "effective_low_um,effective_high_um\n");
  g_string_append (out, sd_site_to_id (query->profile.site));
  g_string_append_c (out, ',');
  sd_sim_append_compact (out, query->profile.age_years, 3);
  g_string_append_c (out, ',');
  g_string_append (out, sd_sex_to_id (query->profile.sex));
  g_string_append_c (out, ',');
  g_string_append (out, sd_device_to_id (result->device));
  g_string_append_c (out, ',');
  sd_sim_append_number (out, query->length_mm, 3);
  g_string_append_c (out, ',');
  sd_sim_append_compact (out, result->nominal_um, UM_DECIMALS);
  g_string_append_c (out, ',');
  sd_sim_append_number (out, result->fraction, 4);
  g_string_append_c (out, ',');
  sd_sim_append_csv_field (out, fraction_source (query));
  g_string_append_c (out, ',');
  sd_sim_append_number (out, result->effective_um, UM_DECIMALS);
  g_string_append_c (out, ',');
  g_string_append (out, sd_layer_id_to_string (result->deepest_layer));
  g_string_append_c (out, ',');
  sd_sim_append_csv_field (out, reached);
  g_string_append (out, result->bleeding ? ",true," : ",false,");
  g_string_append (out, sd_bleeding_to_id (result->bleeding_level));
  g_string_append_c (out, ',');
  sd_sim_append_number (out, query->low_um, UM_DECIMALS);
  g_string_append_c (out, ',');
  sd_sim_append_number (out, query->high_um, UM_DECIMALS);
  g_string_append_c (out, '\n');
}

static void
add_pair (SdSimTable *table,
          const char *key,
          const char *value)
{
  const char *row[2] = { key, value };

  sd_sim_table_add_row (table, row);
}

static void
append_table (GString           *out,
              const NeedleQuery *query)
{
  const SdNeedleResult *result = &query->result;
  g_autoptr(SdSimTable) table = sd_sim_table_new (2, "ll");
  g_autoptr(GString) str = g_string_new (NULL);
  g_autofree char *reached = join_layers_reached (query, ", ");

  add_pair (table, _("site"), sd_site_to_id (query->profile.site));
  sd_sim_append_compact (str, query->profile.age_years, 3);
  add_pair (table, _("age"), str->str);
  add_pair (table, _("sex"), sd_sex_to_id (query->profile.sex));
  add_pair (table, _("device"), sd_device_to_id (result->device));

  g_string_truncate (str, 0);
  sd_sim_append_compact (str, result->nominal_um, UM_DECIMALS);
  g_string_append (str, " µm");
  add_pair (table, _("nominal length"), str->str);

  g_string_truncate (str, 0);
  sd_sim_append_number (str, result->fraction, 4);
  add_pair (table, _("fraction"), str->str);
  add_pair (table, _("fraction source"), fraction_source (query));

  g_string_truncate (str, 0);
  sd_sim_append_fixed (str, result->effective_um, 1);
  g_string_append (str, " µm");
  add_pair (table, _("effective depth"), str->str);

  g_string_truncate (str, 0);
  sd_sim_append_fixed (str, query->low_um, 1);
  g_string_append (str, "–");
  sd_sim_append_fixed (str, query->high_um, 1);
  g_string_append (str, " µm");
  add_pair (table, _("depth range"), str->str);

  add_pair (table, _("deepest layer"), sd_layer_id_to_string (result->deepest_layer));
  add_pair (table, _("layers reached"), reached);
  add_pair (table, _("bleeding"), _(sd_bleeding_get_name (result->bleeding_level)));

  sd_sim_table_append_to (table, out);
}

int
sd_sim_needle (int    argc,
               char **argv)
{
  const guint accepted = SD_SIM_PROFILE_OPTS |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_LENGTH_MM) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_DEVICE) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_FRACTION) |
                         SD_SIM_OPT_MASK (SD_SIM_OPT_FORMAT);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = NULL;
  NeedleQuery query = { 0 };
  SdSimFormat format;
  SdDevice device;
  double fraction;
  SdSite site;
  double age;
  SdSex sex;
  SdSimArgs args;

  if (!sd_sim_args_parse (&args, "needle", accepted, argc, argv))
    return SD_SIM_EXIT_USAGE;
  if (args.help)
    return print_help ();

  if (!sd_sim_args_get_profile (&args, &site, &age, &sex) ||
      !sd_sim_args_get_length_mm (&args, TRUE, 0.0, &query.length_mm) ||
      !sd_sim_args_get_device (&args, &device) ||
      !sd_sim_args_get_fraction (&args, &fraction) ||
      !sd_sim_args_get_format (&args,
                               SD_SIM_FORMAT_MASK (SD_SIM_FORMAT_JSON) |
                               SD_SIM_FORMAT_MASK (SD_SIM_FORMAT_CSV) |
                               SD_SIM_FORMAT_MASK (SD_SIM_FORMAT_TABLE),
                               SD_SIM_FORMAT_JSON, &format))
    return SD_SIM_EXIT_USAGE;
  query.fraction_given = args.values[SD_SIM_OPT_FRACTION] != NULL;

  if (!sd_skin_profile_compute (site, age, sex, &query.profile, &error))
    return sd_sim_report_model_error (NULL, error);
  if (!sd_needle_compute (&query.profile, device, query.length_mm, fraction,
                          &query.result, &error))
    return sd_sim_report_model_error (NULL, error);
  query.low_um = query.high_um = query.result.effective_um;
  if (!query.fraction_given)
    {
      query.low_um = sd_device_real_depth_um (device, SD_ESTIMATE_LOW, query.length_mm);
      query.high_um = sd_device_real_depth_um (device, SD_ESTIMATE_HIGH, query.length_mm);
    }

  out = g_string_new (NULL);
  switch (format)
    {
    case SD_SIM_FORMAT_CSV:
      append_csv (out, &query);
      break;
    case SD_SIM_FORMAT_TABLE:
      append_table (out, &query);
      break;
    case SD_SIM_FORMAT_JSON:
    case SD_SIM_N_FORMATS:
    default:
      append_json (out, &query);
      break;
    }

  return sd_sim_write_output (out);
}
