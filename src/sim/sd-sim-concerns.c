/* sd-sim-concerns.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-sim"

#include "config.h"

#include "sd-sim.h"

#include "sd-concerns.h"

#include <glib/gi18n.h>

static int
print_help (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_string_append_printf (out, _("Usage: %s concerns [OPTION…]\n\n"), SD_SIM_PROGRAM);
  sd_sim_append_wrapped (out,
                         _("What microneedling is used for: for each concern, the usual body "
                           "sites, the needle lengths, sessions and intervals of published "
                           "studies and reviews, what they found, how strong the evidence is, "
                           "and the sources. Where nothing was found it says so (cellulite)."),
                         0);
  g_string_append (out, "\n");
  g_string_append (out, _("Options:\n"));
  sd_sim_append_help_line (out, "--format FORMAT", _("json (default) or table"));
  sd_sim_append_help_line (out, "-h, --help", _("Show this help"));

  return sd_sim_write_output (out);
}

static void
append_pair (GString *out,
             double   low,
             double   high,
             guint    decimals)
{
  g_string_append_c (out, '[');
  sd_sim_append_compact (out, low, decimals);
  g_string_append_c (out, ',');
  sd_sim_append_compact (out, high, decimals);
  g_string_append_c (out, ']');
}

static void
append_json (GString *out)
{
  g_string_append (out, "{\"concerns\":[\n");
  for (guint i = 0; i < sd_concern_get_n (); i++)
    {
      const SdConcern *c = sd_concern_get (i);

      g_string_append (out, "{\"id\":");
      sd_sim_append_json_string (out, c->id);
      g_string_append (out, ",\"name\":");
      sd_sim_append_json_string (out, c->name);
      g_string_append (out, ",\"sites\":[");
      for (guint s = 0; s < c->n_sites; s++)
        {
          if (s > 0)
            g_string_append_c (out, ',');
          sd_sim_append_json_string (out, sd_site_to_id (c->sites[s]));
        }
      g_string_append (out, "],\"length_mm\":");
      if (c->has_protocol)
        append_pair (out, c->length_mm[0], c->length_mm[1], 2);
      else
        g_string_append (out, "null");
      g_string_append (out, ",\"sessions\":");
      if (c->has_protocol)
        append_pair (out, c->sessions[0], c->sessions[1], 0);
      else
        g_string_append (out, "null");
      g_string_append (out, ",\"interval_weeks\":");
      if (c->has_protocol)
        append_pair (out, c->interval_weeks[0], c->interval_weeks[1], 1);
      else
        g_string_append (out, "null");
      g_string_append (out, ",\"evidence\":");
      sd_sim_append_json_string (out, sd_evidence_to_id (c->evidence));
      g_string_append (out, ",\"evidence_note\":");
      sd_sim_append_json_string (out, c->evidence_note);
      g_string_append (out, ",\"findings\":");
      sd_sim_append_json_string (out, c->findings);
      g_string_append (out, ",\"protocol_source\":");
      sd_sim_append_json_string (out, c->protocol_source);
      g_string_append (out, ",\"sources\":[");
      for (guint s = 0; c->sources[s] != NULL; s++)
        {
          if (s > 0)
            g_string_append_c (out, ',');
          sd_sim_append_json_string (out, c->sources[s]);
        }
      g_string_append (out, "]");
      if (c->has_protocol)
        {
          g_string_append (out, ",\"plan\":{\"site\":");
          sd_sim_append_json_string (out, sd_site_to_id (c->plan_site));
          g_string_append (out, ",\"device\":");
          sd_sim_append_json_string (out, sd_device_to_id (c->plan_device));
          g_string_append (out, ",\"length_mm\":");
          sd_sim_append_compact (out, c->plan_length_mm, 2);
          g_string_append_printf (out, ",\"sessions\":%u,\"interval_weeks\":", c->plan_sessions);
          sd_sim_append_compact (out, c->plan_interval_weeks, 1);
          g_string_append_c (out, '}');
        }
      else
        {
          g_string_append (out, ",\"plan\":null");
        }
      g_string_append (out, i + 1 < sd_concern_get_n () ? "},\n" : "}\n");
    }
  g_string_append (out, "]}\n");
}

static char *
format_range (gboolean has,
              double   low,
              double   high,
              guint    decimals)
{
  g_autoptr(GString) s = NULL;

  if (!has)
    return g_strdup (_("not found"));
  s = g_string_new (NULL);
  sd_sim_append_compact (s, low, decimals);
  g_string_append (s, "–");
  sd_sim_append_compact (s, high, decimals);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
append_table (GString *out)
{
  g_autoptr(SdSimTable) table = sd_sim_table_new (6, "llllll");
  const char *header[] = {
    _("concern"), _("evidence"), _("length mm"), _("sessions"), _("interval wk"), _("sites"),
  };

  sd_sim_table_add_row (table, header);
  for (guint i = 0; i < sd_concern_get_n (); i++)
    {
      const SdConcern *c = sd_concern_get (i);
      g_autofree char *length = format_range (c->has_protocol, c->length_mm[0],
                                              c->length_mm[1], 2);
      g_autofree char *sessions = format_range (c->has_protocol, c->sessions[0],
                                                c->sessions[1], 0);
      g_autofree char *interval = format_range (c->has_protocol, c->interval_weeks[0],
                                                c->interval_weeks[1], 1);
      g_autoptr(GString) sites = g_string_new (NULL);
      const char *row[6];

      for (guint s = 0; s < c->n_sites; s++)
        g_string_append_printf (sites, "%s%s", s > 0 ? "," : "", sd_site_to_id (c->sites[s]));
      row[0] = c->id;
      row[1] = sd_evidence_to_id (c->evidence);
      row[2] = length;
      row[3] = sessions;
      row[4] = interval;
      row[5] = sites->str;
      sd_sim_table_add_row (table, row);
    }
  sd_sim_table_append_to (table, out);

  for (guint i = 0; i < sd_concern_get_n (); i++)
    {
      const SdConcern *c = sd_concern_get (i);
      g_autofree char *line = NULL;

      g_string_append_printf (out, "\n%s\n", _(c->name));
      line = g_strdup_printf ("  %s", _(c->evidence_note));
      sd_sim_append_wrapped (out, line, 2);
      g_free (line);
      line = g_strdup_printf (_("  Found: %s"), _(c->findings));
      sd_sim_append_wrapped (out, line, 2);
      g_free (line);
      line = g_strdup_printf (_("  Protocol: %s"), _(c->protocol_source));
      sd_sim_append_wrapped (out, line, 2);
      for (guint s = 0; c->sources[s] != NULL; s++)
        {
          g_free (line);
          line = g_strdup_printf ("  - %s", c->sources[s]);
          sd_sim_append_wrapped (out, line, 4);
        }
    }
}

int
sd_sim_concerns (int    argc,
                 char **argv)
{
  const guint accepted = SD_SIM_OPT_MASK (SD_SIM_OPT_FORMAT);
  g_autoptr(GString) out = NULL;
  SdSimFormat format;
  SdSimArgs args;

  if (!sd_sim_args_parse (&args, "concerns", accepted, argc, argv))
    return SD_SIM_EXIT_USAGE;
  if (args.help)
    return print_help ();

  if (!sd_sim_args_get_format (&args,
                               SD_SIM_FORMAT_MASK (SD_SIM_FORMAT_JSON) |
                               SD_SIM_FORMAT_MASK (SD_SIM_FORMAT_TABLE),
                               SD_SIM_FORMAT_JSON, &format))
    return SD_SIM_EXIT_USAGE;

  out = g_string_new (NULL);
  if (format == SD_SIM_FORMAT_TABLE)
    append_table (out);
  else
    append_json (out);

  return sd_sim_write_output (out);
}
