/* sd-sim-layers.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-sim"

#include "config.h"

#include "sd-sim.h"

#include <glib/gi18n.h>

/* µm are written with up to this many decimals (nanometres) */
#define UM_DECIMALS 3

static int
print_help (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_string_append_printf (out, _("Usage: %s layers --site SITE [OPTION…]\n\n"), SD_SIM_PROGRAM);
  sd_sim_append_wrapped (out,
                         _("The layers of the skin at a body site, surface first: the depth "
                           "of each layer's top and bottom in micrometres (µm), the source "
                           "of each thickness, and whether it is an assumption of the model "
                           "(no measurement found)."),
                         0);
  g_string_append (out, "\n");
  sd_sim_append_wrapped (out,
                         _("Each layer also has the range of its thickness across "
                           "published methods, and the method of the dataset behind it."),
                         0);
  g_string_append (out, "\n");
  g_string_append (out, _("Options:\n"));
  sd_sim_append_option_help (out, SD_SIM_OPT_SITE);
  sd_sim_append_option_help (out, SD_SIM_OPT_AGE);
  sd_sim_append_option_help (out, SD_SIM_OPT_SEX);
  sd_sim_append_help_line (out, "--format FORMAT", _("json (default), csv or table"));
  sd_sim_append_help_line (out, "-h, --help", _("Show this help"));

  return sd_sim_write_output (out);
}

static void
append_json (GString             *out,
             const SdSkinProfile *profile)
{
  guint i;

  g_string_append (out, "{\"site\":");
  sd_sim_append_json_string (out, sd_site_to_id (profile->site));
  g_string_append (out, ",\"age\":");
  sd_sim_append_compact (out, profile->age_years, 3);
  g_string_append (out, ",\"sex\":");
  sd_sim_append_json_string (out, sd_sex_to_id (profile->sex));
  g_string_append (out, ",\"epidermis_um\":");
  sd_sim_append_number (out, sd_skin_profile_epidermis_um (profile), UM_DECIMALS);
  g_string_append (out, ",\"dermis_um\":");
  sd_sim_append_number (out, sd_skin_profile_dermis_um (profile), UM_DECIMALS);
  g_string_append (out, ",\"total_um\":");
  sd_sim_append_number (out, sd_skin_profile_total_um (profile), UM_DECIMALS);
  g_string_append (out, ",\"layers\":[");

  for (i = 0; i < profile->n_layers; i++)
    {
      const SdLayer *layer = &profile->layers[i];

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "{\"id\":");
      sd_sim_append_json_string (out, sd_layer_id_to_string (layer->id));
      g_string_append (out, ",\"name\":");
      sd_sim_append_json_string (out, sd_layer_get_name (layer->id));
      g_string_append (out, ",\"top_um\":");
      sd_sim_append_number (out, layer->top_um, UM_DECIMALS);
      g_string_append (out, ",\"bottom_um\":");
      sd_sim_append_number (out, layer->bottom_um, UM_DECIMALS);
      g_string_append (out, ",\"source\":");
      sd_sim_append_json_string (out, layer->source);
      g_string_append (out, ",\"thickness_um\":");
      sd_sim_append_number (out, layer->bottom_um - layer->top_um, UM_DECIMALS);
      g_string_append (out, ",\"assumed\":");
      g_string_append (out, layer->assumed ? "true" : "false");
      g_string_append (out, ",\"range_um\":[");
      sd_sim_append_number (out, layer->range_low_um, UM_DECIMALS);
      g_string_append_c (out, ',');
      sd_sim_append_number (out, layer->range_high_um, UM_DECIMALS);
      g_string_append (out, "],\"method\":");
      sd_sim_append_json_string (out, layer->method);
      g_string_append_c (out, '}');
    }

  g_string_append (out, "]}\n");
}

static void
append_csv (GString             *out,
            const SdSkinProfile *profile)
{
  guint i;

  g_string_append (out, "id,name,top_um,bottom_um,thickness_um,assumed,source,"
                   "range_low_um,range_high_um,method\n");
  for (i = 0; i < profile->n_layers; i++)
    {
      const SdLayer *layer = &profile->layers[i];

      sd_sim_append_csv_field (out, sd_layer_id_to_string (layer->id));
      g_string_append_c (out, ',');
      sd_sim_append_csv_field (out, sd_layer_get_name (layer->id));
      g_string_append_c (out, ',');
      sd_sim_append_number (out, layer->top_um, UM_DECIMALS);
      g_string_append_c (out, ',');
      sd_sim_append_number (out, layer->bottom_um, UM_DECIMALS);
      g_string_append_c (out, ',');
      sd_sim_append_number (out, layer->bottom_um - layer->top_um, UM_DECIMALS);
      g_string_append (out, layer->assumed ? ",true," : ",false,");
      sd_sim_append_csv_field (out, layer->source);
      g_string_append_c (out, ',');
      sd_sim_append_number (out, layer->range_low_um, UM_DECIMALS);
      g_string_append_c (out, ',');
      sd_sim_append_number (out, layer->range_high_um, UM_DECIMALS);
      g_string_append_c (out, ',');
      sd_sim_append_csv_field (out, layer->method);
      g_string_append_c (out, '\n');
    }
}

static char *
format_um (double value)
{
  g_autoptr(GString) str = g_string_new (NULL);

  sd_sim_append_fixed (str, value, 1);
  return g_string_free (g_steal_pointer (&str), FALSE);
}

static void
append_table (GString             *out,
              const SdSkinProfile *profile)
{
  g_autoptr(SdSimTable) table = sd_sim_table_new (7, "llrrrrl");
  /* The method column holds the model's untranslated method labels. */
  const char *header[7] = {
    "id", _("name"), _("top (µm)"), _("bottom (µm)"), _("thickness (µm)"), _("range (µm)"),
    _("method")
  };
  g_autoptr(GString) age = g_string_new (NULL);
  gboolean any_assumed = FALSE;
  guint i;

  sd_sim_append_compact (age, profile->age_years, 3);
  /* translators: "Cheek, age 40, female" */
  g_string_append_printf (out, _("%s, age %s, %s\n\n"),
                          _(sd_site_get_name (profile->site)), age->str,
                          sd_sex_to_id (profile->sex));

  sd_sim_table_add_row (table, header);
  for (i = 0; i < profile->n_layers; i++)
    {
      const SdLayer *layer = &profile->layers[i];
      g_autofree char *name = g_strconcat (_(sd_layer_get_name (layer->id)),
                                           layer->assumed ? " *" : "", NULL);
      g_autofree char *top = format_um (layer->top_um);
      g_autofree char *bottom = format_um (layer->bottom_um);
      g_autofree char *thickness = format_um (layer->bottom_um - layer->top_um);
      g_autofree char *low = format_um (layer->range_low_um);
      g_autofree char *high = format_um (layer->range_high_um);
      g_autofree char *range = g_strconcat (low, "–", high, NULL);
      const char *row[7] = {
        sd_layer_id_to_string (layer->id), name, top, bottom, thickness, range, layer->method
      };

      any_assumed |= layer->assumed;
      sd_sim_table_add_row (table, row);
    }
  sd_sim_table_append_to (table, out);

  if (any_assumed)
    {
      g_string_append (out, "\n");
      sd_sim_append_wrapped (out,
                             _("* No measurement found: the thickness is an assumption "
                               "of the model."),
                             2);
    }
}

int
sd_sim_layers (int    argc,
               char **argv)
{
  const guint accepted = SD_SIM_PROFILE_OPTS | SD_SIM_OPT_MASK (SD_SIM_OPT_FORMAT);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = NULL;
  SdSkinProfile profile;
  SdSimFormat format;
  SdSite site;
  double age;
  SdSex sex;
  SdSimArgs args;

  if (!sd_sim_args_parse (&args, "layers", accepted, argc, argv))
    return SD_SIM_EXIT_USAGE;
  if (args.help)
    return print_help ();

  if (!sd_sim_args_get_profile (&args, &site, &age, &sex) ||
      !sd_sim_args_get_format (&args,
                               SD_SIM_FORMAT_MASK (SD_SIM_FORMAT_JSON) |
                               SD_SIM_FORMAT_MASK (SD_SIM_FORMAT_CSV) |
                               SD_SIM_FORMAT_MASK (SD_SIM_FORMAT_TABLE),
                               SD_SIM_FORMAT_JSON, &format))
    return SD_SIM_EXIT_USAGE;

  if (!sd_skin_profile_compute (site, age, sex, &profile, &error))
    return sd_sim_report_model_error (NULL, error);

  out = g_string_new (NULL);
  switch (format)
    {
    case SD_SIM_FORMAT_CSV:
      append_csv (out, &profile);
      break;
    case SD_SIM_FORMAT_TABLE:
      append_table (out, &profile);
      break;
    case SD_SIM_FORMAT_JSON:
    case SD_SIM_N_FORMATS:
    default:
      append_json (out, &profile);
      break;
    }

  return sd_sim_write_output (out);
}
