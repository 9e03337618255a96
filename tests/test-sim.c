/* test-sim.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-sim"

#include "config.h"

#include "sd-concerns.h"
#include "sd-course.h"
#include "sd-lifetime.h"

#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <locale.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/*
 * Runs the built skin-deep-sim (path in $SD_SIM, set by tests/meson.build) and
 * compares what it prints with the model called directly.
 */

static const char *sim_path;

/*
 * Running the program
 */

typedef struct
{
  char *out;
  char *err;
  int   exit_status;   /* -1 when killed by a signal */
  int   signal;
} SimRun;

static void
sim_run_clear (SimRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SimRun, sim_run_clear)

static void
run_sim_env (SimRun            *run,
             char             **envp,
             const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;
  guint i;

  memset (run, 0, sizeof *run);
  g_ptr_array_add (argv, (char *)sim_path);
  for (i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);

  if (!g_spawn_sync (NULL, (char **)argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                     &run->out, &run->err, &wait_status, &error))
    ck_abort_msg ("could not run %s: %s", sim_path, error->message);

  if (WIFEXITED (wait_status))
    {
      run->exit_status = WEXITSTATUS (wait_status);
    }
  else
    {
      run->exit_status = -1;
      run->signal = WIFSIGNALED (wait_status) ? WTERMSIG (wait_status) : 0;
    }
}

#define RUN(run, ...) \
  G_STMT_START { \
    const char *const run_args_[] = { __VA_ARGS__, NULL }; \
    run_sim_env ((run), NULL, run_args_); \
  } G_STMT_END

/* Exit 0, nothing on stderr */
static void
assert_success (const SimRun *run)
{
  ck_assert_msg (run->exit_status == 0, "exit status %d (signal %d), stderr: %s",
                 run->exit_status, run->signal, run->err);
  ck_assert_msg (run->err[0] == '\0', "unexpected stderr: %s", run->err);
  ck_assert_msg (run->out[0] != '\0', "empty stdout");
}

static guint
count_char (const char *str,
            char        c)
{
  guint n = 0;

  for (; *str != '\0'; str++)
    n += *str == c;
  return n;
}

/*
 * A minimal JSON reader: enough to check that the output is well-formed JSON and
 * to read its values back, without a json-glib dependency.
 */

typedef enum
{
  J_NULL,
  J_BOOL,
  J_NUMBER,
  J_STRING,
  J_ARRAY,
  J_OBJECT,
} JType;

typedef struct _JValue JValue;

struct _JValue
{
  JType      type;
  gboolean   boolean;
  double     number;
  char      *string;
  GPtrArray *items;   /* JValue*: array elements, or object values */
  GPtrArray *keys;    /* char*: object keys, parallel to items */
};

static void
j_free (JValue *v)
{
  if (v == NULL)
    return;
  g_free (v->string);
  if (v->items != NULL)
    g_ptr_array_unref (v->items);
  if (v->keys != NULL)
    g_ptr_array_unref (v->keys);
  g_free (v);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JValue, j_free)

static JValue *j_parse_value (const char **p);

static void
j_skip_ws (const char **p)
{
  while (**p == ' ' || **p == '\n' || **p == '\r' || **p == '\t')
    (*p)++;
}

static char *
j_parse_string (const char **p)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (**p != '"')
    return NULL;
  (*p)++;

  while (**p != '"')
    {
      guchar c = (guchar)**p;

      if (c == '\0' || c < 0x20)
        return NULL;   /* unterminated, or a raw control character */
      if (c == '\\')
        {
          (*p)++;
          switch (**p)
            {
            case '"': g_string_append_c (out, '"'); break;
            case '\\': g_string_append_c (out, '\\'); break;
            case '/': g_string_append_c (out, '/'); break;
            case 'b': g_string_append_c (out, '\b'); break;
            case 'f': g_string_append_c (out, '\f'); break;
            case 'n': g_string_append_c (out, '\n'); break;
            case 'r': g_string_append_c (out, '\r'); break;
            case 't': g_string_append_c (out, '\t'); break;
            case 'u':
              {
                char hex[5] = { 0 };
                char *end = NULL;
                gulong code;

                memcpy (hex, *p + 1, 4);
                code = strtoul (hex, &end, 16);
                if (end != hex + 4 || code >= 0xd800)   /* surrogates: not needed here */
                  return NULL;
                g_string_append_unichar (out, (gunichar)code);
                *p += 4;
              }
              break;
            default:
              return NULL;
            }
          (*p)++;
        }
      else
        {
          g_string_append_c (out, (char)c);
          (*p)++;
        }
    }
  (*p)++;

  if (!g_utf8_validate (out->str, out->len, NULL))
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static JValue *
j_parse_value (const char **p)
{
  g_autoptr(JValue) v = g_new0 (JValue, 1);

  j_skip_ws (p);
  if (**p == '{')
    {
      v->type = J_OBJECT;
      v->items = g_ptr_array_new_with_free_func ((GDestroyNotify)j_free);
      v->keys = g_ptr_array_new_with_free_func (g_free);
      (*p)++;
      j_skip_ws (p);
      if (**p == '}')
        {
          (*p)++;
          return g_steal_pointer (&v);
        }
      for (;;)
        {
          char *key;
          JValue *item;

          j_skip_ws (p);
          if ((key = j_parse_string (p)) == NULL)
            return NULL;
          g_ptr_array_add (v->keys, key);
          j_skip_ws (p);
          if (**p != ':')
            return NULL;
          (*p)++;
          if ((item = j_parse_value (p)) == NULL)
            return NULL;
          g_ptr_array_add (v->items, item);
          j_skip_ws (p);
          if (**p == ',')
            {
              (*p)++;
              continue;
            }
          if (**p != '}')
            return NULL;
          (*p)++;
          return g_steal_pointer (&v);
        }
    }
  if (**p == '[')
    {
      v->type = J_ARRAY;
      v->items = g_ptr_array_new_with_free_func ((GDestroyNotify)j_free);
      (*p)++;
      j_skip_ws (p);
      if (**p == ']')
        {
          (*p)++;
          return g_steal_pointer (&v);
        }
      for (;;)
        {
          JValue *item = j_parse_value (p);

          if (item == NULL)
            return NULL;
          g_ptr_array_add (v->items, item);
          j_skip_ws (p);
          if (**p == ',')
            {
              (*p)++;
              continue;
            }
          if (**p != ']')
            return NULL;
          (*p)++;
          return g_steal_pointer (&v);
        }
    }
  if (**p == '"')
    {
      v->type = J_STRING;
      v->string = j_parse_string (p);
      return v->string != NULL ? g_steal_pointer (&v) : NULL;
    }
  if (g_str_has_prefix (*p, "true") || g_str_has_prefix (*p, "false"))
    {
      v->type = J_BOOL;
      v->boolean = **p == 't';
      *p += v->boolean ? 4 : 5;
      return g_steal_pointer (&v);
    }
  if (g_str_has_prefix (*p, "null"))
    {
      v->type = J_NULL;
      *p += 4;
      return g_steal_pointer (&v);
    }
  if (**p == '-' || g_ascii_isdigit (**p))
    {
      const char *start = *p;
      char *end = NULL;

      /* JSON grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
      if (**p == '-')
        (*p)++;
      if (**p == '0' && g_ascii_isdigit ((*p)[1]))
        return NULL;
      if (!g_ascii_isdigit (**p))
        return NULL;
      while (g_ascii_isdigit (**p))
        (*p)++;
      if (**p == '.')
        {
          (*p)++;
          if (!g_ascii_isdigit (**p))
            return NULL;
          while (g_ascii_isdigit (**p))
            (*p)++;
        }
      if (**p == 'e' || **p == 'E')
        {
          (*p)++;
          if (**p == '+' || **p == '-')
            (*p)++;
          if (!g_ascii_isdigit (**p))
            return NULL;
          while (g_ascii_isdigit (**p))
            (*p)++;
        }
      v->type = J_NUMBER;
      v->number = g_ascii_strtod (start, &end);
      if (end != *p)
        return NULL;
      return g_steal_pointer (&v);
    }

  return NULL;
}

/* The whole text must be one JSON value (plus blanks) */
static JValue *
j_parse (const char *text)
{
  const char *p = text;
  JValue *v = j_parse_value (&p);

  if (v == NULL)
    return NULL;
  j_skip_ws (&p);
  if (*p != '\0')
    {
      j_free (v);
      return NULL;
    }
  return v;
}

static JValue *
j_get (const JValue *obj,
       const char   *key)
{
  guint i;

  ck_assert_msg (obj->type == J_OBJECT, "not an object (looking for \"%s\")", key);
  for (i = 0; i < obj->keys->len; i++)
    if (strcmp (g_ptr_array_index (obj->keys, i), key) == 0)
      return g_ptr_array_index (obj->items, i);

  ck_abort_msg ("key \"%s\" missing", key);
  return NULL;
}

static double
j_number (const JValue *obj,
          const char   *key)
{
  JValue *v = j_get (obj, key);

  ck_assert_msg (v->type == J_NUMBER, "\"%s\" is not a number", key);
  return v->number;
}

static const char *
j_string (const JValue *obj,
          const char   *key)
{
  JValue *v = j_get (obj, key);

  ck_assert_msg (v->type == J_STRING, "\"%s\" is not a string", key);
  return v->string;
}

static gboolean
j_bool (const JValue *obj,
        const char   *key)
{
  JValue *v = j_get (obj, key);

  ck_assert_msg (v->type == J_BOOL, "\"%s\" is not a boolean", key);
  return v->boolean;
}

static GPtrArray *
j_array (const JValue *obj,
         const char   *key)
{
  JValue *v = j_get (obj, key);

  ck_assert_msg (v->type == J_ARRAY, "\"%s\" is not an array", key);
  return v->items;
}

static JValue *
parse_output (const SimRun *run)
{
  JValue *v = j_parse (run->out);

  ck_assert_msg (v != NULL, "stdout is not valid JSON:\n%.2000s", run->out);
  return v;
}

#define assert_close(a, b, tol) \
  ck_assert_msg (fabs ((a) - (b)) <= (tol), "%s = %.9g, expected %.9g (± %g)", #a, \
                 (double)(a), (double)(b), (double)(tol))

/* The CLI prints µm with 3 decimals, relative values with 6 */
#define UM_TOL  0.0006
#define REL_TOL 0.0000006

/*
 * layers
 */

static void
check_layers_json (SdSite site,
                   double age,
                   SdSex  sex)
{
  g_auto(SimRun) run = { 0 };
  g_autoptr(JValue) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *age_str = g_strdup_printf ("%d", (int)age);
  SdSkinProfile expected;
  GPtrArray *layers;
  GPtrArray *range;
  /* The first generation's keys, in their order, then the new ones */
  static const char *layer_keys[] = {
    "id", "name", "top_um", "bottom_um", "source", "thickness_um", "assumed", "range_um",
    "method",
  };
  guint i;

  ck_assert (sd_skin_profile_compute (site, age, sex, &expected, &error));

  RUN (&run, "layers", "--site", sd_site_to_id (site), "--age", age_str,
       "--sex", sd_sex_to_id (sex));
  assert_success (&run);
  ck_assert_msg (g_str_has_suffix (run.out, "}\n"), "no final newline");

  root = parse_output (&run);
  ck_assert_str_eq (j_string (root, "site"), sd_site_to_id (site));
  ck_assert (j_number (root, "age") == age);
  ck_assert_str_eq (j_string (root, "sex"), sd_sex_to_id (sex));

  layers = j_array (root, "layers");
  ck_assert_uint_eq (layers->len, expected.n_layers);

  for (i = 0; i < layers->len; i++)
    {
      const JValue *layer = g_ptr_array_index (layers, i);
      const SdLayer *want = &expected.layers[i];

      ck_assert_str_eq (j_string (layer, "id"), sd_layer_id_to_string (want->id));
      ck_assert_str_eq (j_string (layer, "name"), sd_layer_get_name (want->id));
      assert_close (j_number (layer, "top_um"), want->top_um, UM_TOL);
      assert_close (j_number (layer, "bottom_um"), want->bottom_um, UM_TOL);
      assert_close (j_number (layer, "thickness_um"), want->bottom_um - want->top_um,
                    2 * UM_TOL);
      ck_assert_int_eq (j_bool (layer, "assumed"), want->assumed);
      /* Round trip through the JSON escaping: UTF-8 ("ø", "µ") kept */
      ck_assert_str_eq (j_string (layer, "source"), want->source);
      /* The range across methods and the method, after the older fields */
      range = j_array (layer, "range_um");
      ck_assert_uint_eq (range->len, 2);
      ck_assert (((JValue *)g_ptr_array_index (range, 0))->type == J_NUMBER);
      ck_assert (((JValue *)g_ptr_array_index (range, 1))->type == J_NUMBER);
      assert_close (((JValue *)g_ptr_array_index (range, 0))->number, want->range_low_um,
                    UM_TOL);
      assert_close (((JValue *)g_ptr_array_index (range, 1))->number, want->range_high_um,
                    UM_TOL);
      ck_assert_str_eq (j_string (layer, "method"), want->method);
      ck_assert_uint_eq (layer->keys->len, G_N_ELEMENTS (layer_keys));
      for (guint k = 0; k < G_N_ELEMENTS (layer_keys); k++)
        ck_assert_str_eq (g_ptr_array_index (layer->keys, k), layer_keys[k]);

      ck_assert (j_number (layer, "bottom_um") > j_number (layer, "top_um"));
      if (i == 0)
        ck_assert (j_number (layer, "top_um") == 0.0);
      else
        ck_assert_msg (j_number (layer, "top_um") ==
                       j_number (g_ptr_array_index (layers, i - 1), "bottom_um"),
                       "layer %u is not contiguous with the one above", i);
    }
}

START_TEST (test_sim_layers_json_cheek)
{
  g_auto(SimRun) run = { 0 };
  g_autoptr(JValue) root = NULL;
  static const char *thin_ids[] = {
    "stratum-corneum", "stratum-granulosum", "stratum-spinosum", "stratum-basale",
    "papillary-dermis", "reticular-dermis", "hypodermis",
  };
  GPtrArray *layers;
  guint i;

  check_layers_json (SD_SITE_CHEEK, 40, SD_SEX_FEMALE);

  /* The defaults are age 40, female; the order is the contract's */
  RUN (&run, "layers", "--site", "cheek");
  assert_success (&run);
  root = parse_output (&run);
  ck_assert (j_number (root, "age") == 40);
  ck_assert_str_eq (j_string (root, "sex"), "female");
  layers = j_array (root, "layers");
  ck_assert_uint_eq (layers->len, G_N_ELEMENTS (thin_ids));
  for (i = 0; i < layers->len; i++)
    ck_assert_str_eq (j_string (g_ptr_array_index (layers, i), "id"), thin_ids[i]);
  ck_assert_ptr_null (strstr (run.out, "stratum-lucidum"));
}
END_TEST

START_TEST (test_sim_layers_json_palm)
{
  g_auto(SimRun) run = { 0 };
  g_autoptr(JValue) root = NULL;
  GPtrArray *layers;

  check_layers_json (SD_SITE_PALM, 40, SD_SEX_FEMALE);

  RUN (&run, "layers", "--site", "palm", "--format", "json");
  assert_success (&run);
  root = parse_output (&run);
  layers = j_array (root, "layers");
  ck_assert_uint_eq (layers->len, 8);
  ck_assert_str_eq (j_string (g_ptr_array_index (layers, 1), "id"), "stratum-lucidum");
}
END_TEST

START_TEST (test_sim_layers_json_all_sites)
{
  static const int ages[] = { 18, 40, 65, 100 };
  int site;

  for (site = 0; site < SD_N_SITES; site++)
    check_layers_json (site, ages[site % G_N_ELEMENTS (ages)],
                       site % 2 == 0 ? SD_SEX_FEMALE : SD_SEX_MALE);
}
END_TEST

/* One RFC 4180 record (no line breaks inside fields, which the CLI never writes) */
static GStrv
split_csv_record (const char *line)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = line;

  for (;;)
    {
      g_string_truncate (field, 0);
      if (*p == '"')
        {
          for (p++; ; p++)
            {
              ck_assert_msg (*p != '\0', "unterminated quoted field in: %s", line);
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p);
            }
          ck_assert_msg (*p == ',' || *p == '\0', "text after a quoted field in: %s", line);
        }
      else
        {
          for (; *p != ',' && *p != '\0'; p++)
            {
              ck_assert_msg (*p != '"', "quote inside an unquoted field in: %s", line);
              g_string_append_c (field, *p);
            }
        }
      g_ptr_array_add (fields, g_strdup (field->str));
      if (*p == '\0')
        break;
      p++;   /* the comma */
    }
  g_ptr_array_add (fields, NULL);
  return (GStrv)g_ptr_array_free (g_steal_pointer (&fields), FALSE);
}

START_TEST (test_sim_layers_csv)
{
  g_auto(SimRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  SdSkinProfile expected;
  gboolean quoted_source = FALSE;
  guint i;

  ck_assert (sd_skin_profile_compute (SD_SITE_SOLE, 55, SD_SEX_MALE, &expected, &error));

  RUN (&run, "layers", "--site", "sole", "--age", "55", "--sex", "male", "--format", "csv");
  assert_success (&run);
  ck_assert (g_str_has_suffix (run.out, "\n"));

  lines = g_strsplit (run.out, "\n", -1);
  ck_assert_uint_eq (g_strv_length (lines), expected.n_layers + 2);   /* header, "" at end */
  /* The new columns come after the old ones */
  ck_assert_str_eq (lines[0], "id,name,top_um,bottom_um,thickness_um,assumed,source,"
                    "range_low_um,range_high_um,method");
  ck_assert_str_eq (lines[expected.n_layers + 1], "");

  for (i = 0; i < expected.n_layers; i++)
    {
      g_auto(GStrv) fields = split_csv_record (lines[i + 1]);
      const SdLayer *want = &expected.layers[i];

      ck_assert_uint_eq (g_strv_length (fields), 10);
      ck_assert_str_eq (fields[0], sd_layer_id_to_string (want->id));
      ck_assert_str_eq (fields[1], sd_layer_get_name (want->id));
      assert_close (g_ascii_strtod (fields[2], NULL), want->top_um, UM_TOL);
      assert_close (g_ascii_strtod (fields[3], NULL), want->bottom_um, UM_TOL);
      ck_assert_str_eq (fields[5], want->assumed ? "true" : "false");
      ck_assert_str_eq (fields[6], want->source);
      assert_close (g_ascii_strtod (fields[7], NULL), want->range_low_um, UM_TOL);
      assert_close (g_ascii_strtod (fields[8], NULL), want->range_high_um, UM_TOL);
      ck_assert_str_eq (fields[9], want->method);
      quoted_source |= strchr (want->source, ',') != NULL;
      if (i > 0)
        {
          g_auto(GStrv) above = split_csv_record (lines[i]);

          ck_assert_str_eq (fields[2], above[3]);   /* top == bottom of the layer above */
        }
    }
  /* The sources hold commas, so the quoting was exercised */
  ck_assert (quoted_source);
}
END_TEST

START_TEST (test_sim_layers_table)
{
  g_auto(SimRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  SdSkinProfile expected;
  glong range_end = -1;
  glong method_col = -1;
  guint first_row = G_MAXUINT;
  guint n_rows = 0;
  guint i;

  ck_assert (sd_skin_profile_compute (SD_SITE_PALM, 40, SD_SEX_FEMALE, &expected, &error));

  RUN (&run, "layers", "--site", "palm", "--format", "table");
  assert_success (&run);
  lines = g_strsplit (run.out, "\n", -1);

  for (i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "id "))
      first_row = i;
  ck_assert_msg (first_row != G_MAXUINT, "no header row starting with \"id\":\n%s", run.out);

  /* Header + one row per layer, surface first. The numbers are right-aligned, so the range
   * column ends at the same place in every row; the method, the last column, is
   * left-aligned after it. */
  for (i = first_row; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      const char *method = i == first_row ? "method"
                                          : expected.layers[i - first_row - 1].method;
      const char *found = g_str_has_suffix (lines[i], method)
                          ? lines[i] + strlen (lines[i]) - strlen (method) : NULL;
      glong col;

      ck_assert_msg (found != NULL, "row %u does not end with “%s”:\n%s", i, method, run.out);
      col = g_utf8_pointer_to_offset (lines[i], found);
      if (method_col < 0)
        {
          method_col = col;
          range_end = col - 2;
        }
      ck_assert_msg (col == method_col, "row %u: method at %ld, header's at %ld:\n%s", i, col,
                     method_col, run.out);
      ck_assert_msg (!g_str_has_suffix (lines[i], " "), "trailing blank in row %u", i);
      ck_assert_msg (g_str_has_prefix (g_utf8_offset_to_pointer (lines[i], range_end), "  "),
                     "row %u: no two blanks before the method:\n%s", i, run.out);
      if (i > first_row)
        {
          const SdLayer *layer = &expected.layers[i - first_row - 1];
          g_autofree char *range = g_strdup_printf ("%.1f–%.1f", layer->range_low_um,
                                                    layer->range_high_um);

          ck_assert_msg (g_str_has_prefix (lines[i], sd_layer_id_to_string (layer->id)),
                         "row %u: %s", i, lines[i]);
          ck_assert_ptr_nonnull (strstr (lines[i], sd_layer_get_name (layer->id)));
          /* The range ends right before the method column */
          ck_assert_msg (strstr (lines[i], range) != NULL
                         && g_utf8_pointer_to_offset (lines[i], strstr (lines[i], range))
                            + g_utf8_strlen (range, -1) == range_end,
                         "row %u: range %s does not end at column %ld:\n%s", i, range,
                         range_end, run.out);
          n_rows++;
        }
    }
  ck_assert_uint_eq (n_rows, expected.n_layers);
}
END_TEST

/*
 * needle
 */

static JValue *
run_needle_json (const char *site,
                 const char *length_mm,
                 const char *extra_option,
                 const char *extra_value)
{
  g_auto(SimRun) run = { 0 };

  if (extra_option != NULL)
    RUN (&run, "needle", "--site", site, "--length-mm", length_mm, extra_option, extra_value);
  else
    RUN (&run, "needle", "--site", site, "--length-mm", length_mm);
  assert_success (&run);

  return parse_output (&run);
}

static void
library_needle (SdSite          site,
                SdDevice        device,
                double          length_mm,
                double          fraction,
                SdSkinProfile  *profile,
                SdNeedleResult *result)
{
  g_autoptr(GError) error = NULL;

  ck_assert (sd_skin_profile_compute (site, 40, SD_SEX_FEMALE, profile, &error));
  ck_assert (sd_needle_compute (profile, device, length_mm, fraction, result, &error));
}

static void
check_needle_against_library (const JValue *root,
                              SdSite        site,
                              SdDevice      device,
                              double        length_mm,
                              double        fraction)
{
  SdSkinProfile profile;
  SdNeedleResult want;
  GPtrArray *reached;
  guint n = 0;
  guint i;

  library_needle (site, device, length_mm, fraction, &profile, &want);

  assert_close (j_number (root, "nominal_um"), want.nominal_um, UM_TOL);
  assert_close (j_number (root, "effective_um"), want.effective_um, UM_TOL);
  ck_assert_str_eq (j_string (root, "deepest_layer"), sd_layer_id_to_string (want.deepest_layer));
  ck_assert_int_eq (j_bool (root, "bleeding"), want.bleeding);
  ck_assert_str_eq (j_string (root, "bleeding_level"), sd_bleeding_to_id (want.bleeding_level));
  ck_assert_int_eq (j_bool (root, "bleeding"),
                    strcmp (j_string (root, "bleeding_level"), "expected") == 0);
  ck_assert_str_eq (j_string (root, "device"), sd_device_to_id (device));

  /* layers_reached: the mask's layers, surface first */
  reached = j_array (root, "layers_reached");
  for (i = 0; i < profile.n_layers; i++)
    {
      SdLayerId id = profile.layers[i].id;

      if ((want.layers_reached & SD_LAYER_MASK (id)) == 0)
        continue;
      ck_assert_uint_lt (n, reached->len);
      ck_assert_str_eq (((JValue *)g_ptr_array_index (reached, n))->string,
                        sd_layer_id_to_string (id));
      n++;
    }
  ck_assert_uint_eq (n, reached->len);
}

START_TEST (test_sim_needle_json)
{
  g_autoptr(JValue) root = run_needle_json ("cheek", "1.5", NULL, NULL);

  ck_assert (j_number (root, "nominal_um") == 1500);
  ck_assert_str_eq (j_string (root, "site"), "cheek");
  check_needle_against_library (root, SD_SITE_CHEEK, SD_DEVICE_ROLLER, 1.5, 0);
}
END_TEST

START_TEST (test_sim_needle_pen_fraction)
{
  g_autoptr(JValue) pen = run_needle_json ("forehead", "0.5", "--device", "pen");
  g_autoptr(JValue) half = run_needle_json ("forehead", "2.0", "--fraction", "0.5");

  check_needle_against_library (pen, SD_SITE_FOREHEAD, SD_DEVICE_PEN, 0.5, 0);
  check_needle_against_library (half, SD_SITE_FOREHEAD, SD_DEVICE_ROLLER, 2.0, 0.5);
  assert_close (j_number (half, "effective_um"), 1000.0, UM_TOL);
  assert_close (j_number (half, "fraction"), 0.5, 1e-9);
  ck_assert_str_eq (j_string (half, "fraction_source"), "--fraction");
}
END_TEST

START_TEST (test_sim_needle_monotonic)
{
  g_autoptr(JValue) shallow = run_needle_json ("cheek", "0.25", NULL, NULL);
  g_autoptr(JValue) deep = run_needle_json ("cheek", "2.5", NULL, NULL);
  SdLayerId shallow_id;
  SdLayerId deep_id;
  SdLayerId previous = 0;
  int tenths;

  ck_assert (sd_layer_id_from_string (j_string (shallow, "deepest_layer"), &shallow_id, NULL));
  ck_assert (sd_layer_id_from_string (j_string (deep, "deepest_layer"), &deep_id, NULL));
  ck_assert_int_lt (shallow_id, deep_id);
  ck_assert (j_number (shallow, "effective_um") < j_number (deep, "effective_um"));

  /* Every 0.1 mm from 0.1 to 3.0: never shallower for a longer needle, and as the model says */
  for (tenths = 1; tenths <= 30; tenths++)
    {
      char length[G_ASCII_DTOSTR_BUF_SIZE];
      g_autoptr(JValue) root = NULL;
      SdLayerId id;

      g_ascii_formatd (length, sizeof length, "%.1f", tenths / 10.0);
      root = run_needle_json ("cheek", length, NULL, NULL);
      check_needle_against_library (root, SD_SITE_CHEEK, SD_DEVICE_ROLLER, tenths / 10.0, 0);
      ck_assert (sd_layer_id_from_string (j_string (root, "deepest_layer"), &id, NULL));
      ck_assert_int_ge (id, previous);
      previous = id;
    }
}
END_TEST

START_TEST (test_sim_needle_bleeding)
{
  g_autoptr(JValue) palm = run_needle_json ("palm", "0.1", NULL, NULL);
  g_autoptr(JValue) cheek = run_needle_json ("cheek", "1.5", NULL, NULL);
  g_autoptr(JValue) home = run_needle_json ("cheek", "0.25", NULL, NULL);
  g_autoptr(JValue) light = run_needle_json ("cheek", "0.5", NULL, NULL);

  ck_assert (!j_bool (palm, "bleeding"));
  ck_assert (j_bool (cheek, "bleeding"));
  ck_assert_str_eq (j_string (cheek, "bleeding_level"), "expected");
  /* A home roller stays in the epidermis; 0.5 mm may just reach the capillary loops. */
  ck_assert_str_eq (j_string (home, "bleeding_level"), "none");
  ck_assert (!j_bool (home, "bleeding"));
  ck_assert_str_eq (j_string (light, "bleeding_level"), "possible");
  ck_assert (!j_bool (light, "bleeding"));
  check_needle_against_library (palm, SD_SITE_PALM, SD_DEVICE_ROLLER, 0.1, 0);
}
END_TEST

START_TEST (test_sim_needle_devices_differ)
{
  g_autoptr(JValue) roller = run_needle_json ("cheek", "1.0", "--device", "roller");
  g_autoptr(JValue) pen = run_needle_json ("cheek", "1.0", "--device", "pen");
  GPtrArray *range;

  check_needle_against_library (roller, SD_SITE_CHEEK, SD_DEVICE_ROLLER, 1.0, 0);
  check_needle_against_library (pen, SD_SITE_CHEEK, SD_DEVICE_PEN, 1.0, 0);
  ck_assert (j_number (pen, "effective_um") > j_number (roller, "effective_um"));
  ck_assert (j_number (pen, "fraction") != j_number (roller, "fraction"));
  /* The depth's range brackets it, and is the device's documented range. */
  range = j_array (roller, "effective_range_um");
  ck_assert_uint_eq (range->len, 2);
  ck_assert (((JValue *)range->pdata[0])->number <= j_number (roller, "effective_um"));
  ck_assert (((JValue *)range->pdata[1])->number >= j_number (roller, "effective_um"));
  assert_close (((JValue *)range->pdata[0])->number,
                sd_device_real_depth_um (SD_DEVICE_ROLLER, SD_ESTIMATE_LOW, 1.0), UM_TOL);
  assert_close (((JValue *)range->pdata[1])->number,
                sd_device_real_depth_um (SD_DEVICE_ROLLER, SD_ESTIMATE_HIGH, 1.0), UM_TOL);
}
END_TEST

START_TEST (test_sim_needle_table_csv)
{
  g_auto(SimRun) table = { 0 };
  g_auto(SimRun) csv = { 0 };
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;
  SdSkinProfile profile;
  SdNeedleResult want;

  library_needle (SD_SITE_NECK, SD_DEVICE_ROLLER, 1.0, 0, &profile, &want);

  RUN (&table, "needle", "--site", "neck", "--length-mm", "1", "--format", "table");
  assert_success (&table);
  ck_assert_ptr_nonnull (strstr (table.out, sd_layer_id_to_string (want.deepest_layer)));
  ck_assert_ptr_nonnull (strstr (table.out, "bleeding"));
  ck_assert_ptr_nonnull (strstr (table.out, "1000 µm"));

  RUN (&csv, "needle", "--site", "neck", "--length-mm", "1", "--format", "csv");
  assert_success (&csv);
  lines = g_strsplit (csv.out, "\n", -1);
  ck_assert_uint_eq (g_strv_length (lines), 3);
  ck_assert_str_eq (lines[0], "site,age,sex,device,length_mm,nominal_um,fraction,"
                              "fraction_source,effective_um,deepest_layer,layers_reached,"
                              "bleeding,bleeding_level,effective_low_um,effective_high_um");
  /* fraction_source may be quoted: read the row from the end */
  fields = g_strsplit (lines[1], ",", -1);
  ck_assert_uint_ge (g_strv_length (fields), 15);
  ck_assert_str_eq (fields[0], "neck");
  ck_assert_str_eq (fields[g_strv_length (fields) - 3], sd_bleeding_to_id (want.bleeding_level));
  ck_assert_str_eq (fields[g_strv_length (fields) - 4], want.bleeding ? "true" : "false");
  ck_assert_str_eq (fields[g_strv_length (fields) - 6],
                    sd_layer_id_to_string (want.deepest_layer));
  assert_close (g_ascii_strtod (fields[g_strv_length (fields) - 7], NULL), want.effective_um,
                UM_TOL);
}
END_TEST

/*
 * course
 */

#define COURSE_HEADER "day,week,phase,sessions_done,fibroblasts_rel,synthesis_rel," \
                      "collagen_i_rel,collagen_iii_rel,collagen_rel,epidermis_um,dermis_um," \
                      "inflammation,channels_open,remodelling_rel,collagen_low,collagen_high"

static void
check_course_row (char             **fields,
                  const SdCourseDay *want)
{
  ck_assert_uint_eq (g_strv_length (fields), 16);
  ck_assert_str_eq (fields[2], sd_phase_to_id (want->phase));
  ck_assert_uint_eq (strtoul (fields[3], NULL, 10), want->sessions_done);
  assert_close (g_ascii_strtod (fields[1], NULL), want->week, 0.00006);
  assert_close (g_ascii_strtod (fields[4], NULL), want->fibroblasts_rel, REL_TOL);
  assert_close (g_ascii_strtod (fields[5], NULL), want->synthesis_rel, REL_TOL);
  assert_close (g_ascii_strtod (fields[6], NULL), want->collagen_i_rel, REL_TOL);
  assert_close (g_ascii_strtod (fields[7], NULL), want->collagen_iii_rel, REL_TOL);
  assert_close (g_ascii_strtod (fields[8], NULL), want->collagen_rel, REL_TOL);
  assert_close (g_ascii_strtod (fields[9], NULL), want->epidermis_um, UM_TOL);
  assert_close (g_ascii_strtod (fields[10], NULL), want->dermis_um, UM_TOL);
  assert_close (g_ascii_strtod (fields[11], NULL), want->inflammation, REL_TOL);
  assert_close (g_ascii_strtod (fields[12], NULL), want->channels_open, REL_TOL);
  assert_close (g_ascii_strtod (fields[13], NULL), want->remodelling_rel, REL_TOL);
  /* The typical range brackets the central course. */
  ck_assert (g_ascii_strtod (fields[14], NULL) <= want->collagen_rel + REL_TOL);
  ck_assert (g_ascii_strtod (fields[15], NULL) >= want->collagen_rel - REL_TOL);
}

START_TEST (test_sim_course_csv)
{
  g_auto(SimRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SdCourse) course = NULL;
  SdCourseParams params;
  guint weeks = 20;
  guint day;

  sd_course_params_init (&params);
  params.site = SD_SITE_FOREHEAD;
  params.age_years = 52;
  params.sex = SD_SEX_MALE;
  params.device = SD_DEVICE_PEN;
  params.length_mm = 1.0;
  params.sessions = 3;
  params.interval_weeks = 4;
  params.weeks = weeks;
  params.uv = SD_UV_HIGH;
  params.smoking = TRUE;
  params.alcohol = SD_ALCOHOL_MODERATE;
  params.pollution = SD_POLLUTION_HIGH;
  params.diet = SD_DIET_POOR;
  course = sd_course_run (&params, &error);
  ck_assert_msg (course != NULL, "%s", error != NULL ? error->message : "");

  RUN (&run, "course", "--site", "forehead", "--age", "52", "--sex", "male",
       "--device", "pen", "--length-mm", "1.0", "--sessions", "3", "--interval-weeks", "4",
       "--weeks", "20", "--uv", "high", "--smoking", "yes", "--alcohol", "moderate",
       "--pollution", "high", "--diet", "poor");
  assert_success (&run);

  lines = g_strsplit (run.out, "\n", -1);
  ck_assert_str_eq (lines[0], COURSE_HEADER);
  ck_assert_uint_eq (g_strv_length (lines), 7 * weeks + 1 + 2);   /* header, "" at the end */
  ck_assert_str_eq (lines[7 * weeks + 2], "");
  ck_assert_uint_eq (sd_course_get_n_days (course), 7 * weeks + 1);

  for (day = 0; day <= 7 * weeks; day++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[day + 1], ",", -1);
      g_autofree char *day_str = g_strdup_printf ("%u", day);
      guint sessions_before = 0;
      guint s;

      ck_assert_str_eq (fields[0], day_str);
      check_course_row (fields, sd_course_get_day (course, day));

      /* sessions_done counts the session days so far */
      for (s = 0; s < params.sessions; s++)
        if (sd_course_get_session_day (course, s) <= day)
          sessions_before++;
      ck_assert_uint_eq (strtoul (fields[3], NULL, 10), sessions_before);
      if (day == 0)
        ck_assert_uint_eq (sessions_before, 1);   /* day 0 is the first session */
    }
  ck_assert_uint_eq (sd_course_get_session_day (course, 1), 28);
}
END_TEST

START_TEST (test_sim_course_defaults)
{
  g_auto(SimRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SdCourse) course = NULL;
  SdCourseParams params;
  guint day;

  sd_course_params_init (&params);
  params.site = SD_SITE_CHIN;
  course = sd_course_run (&params, &error);
  ck_assert (course != NULL);

  /* Defaults: 26 weeks, 1 session, 1.5 mm roller, 40, female */
  RUN (&run, "course", "--site", "chin");
  assert_success (&run);
  lines = g_strsplit (run.out, "\n", -1);
  ck_assert_uint_eq (g_strv_length (lines), 7 * 26 + 3);
  for (day = 0; day <= 7 * 26; day++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[day + 1], ",", -1);
      g_autofree char *day_str = g_strdup_printf ("%u", day);

      ck_assert_str_eq (fields[0], day_str);
      check_course_row (fields, sd_course_get_day (course, day));
    }
}
END_TEST

START_TEST (test_sim_course_untreated)
{
  g_auto(SimRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  guint i;

  RUN (&run, "course", "--site", "cheek", "--sessions", "0", "--weeks", "8");
  assert_success (&run);
  lines = g_strsplit (run.out, "\n", -1);
  ck_assert_uint_eq (g_strv_length (lines), 7 * 8 + 3);
  for (i = 1; i <= 7 * 8 + 1; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", -1);

      ck_assert_str_eq (fields[2], "baseline");
      ck_assert_str_eq (fields[3], "0");
    }
}
END_TEST

START_TEST (test_sim_course_json)
{
  g_auto(SimRun) csv = { 0 };
  g_auto(SimRun) run = { 0 };
  g_autoptr(JValue) root = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) header = g_strsplit (COURSE_HEADER, ",", -1);
  GPtrArray *days;
  guint i;
  guint k;

  RUN (&run, "course", "--site", "back", "--sessions", "2", "--weeks", "10", "--format", "json");
  RUN (&csv, "course", "--site", "back", "--sessions", "2", "--weeks", "10", "--format", "csv");
  assert_success (&run);
  assert_success (&csv);

  root = parse_output (&run);
  ck_assert_str_eq (j_string (root, "site"), "back");
  ck_assert (j_number (root, "sessions") == 2);
  ck_assert (j_number (root, "weeks") == 10);
  ck_assert (j_number (root, "interval_weeks") == 4);
  ck_assert_str_eq (j_string (root, "device"), "roller");
  ck_assert (j_number (root, "length_mm") == 1.5);
  days = j_array (root, "days");
  ck_assert_uint_eq (days->len, 71);

  /* Same keys, same values as the CSV */
  lines = g_strsplit (csv.out, "\n", -1);
  for (i = 0; i < days->len; i++)
    {
      const JValue *day = g_ptr_array_index (days, i);
      g_auto(GStrv) fields = g_strsplit (lines[i + 1], ",", -1);

      ck_assert_uint_eq (day->keys->len, g_strv_length (header));
      for (k = 0; header[k] != NULL; k++)
        {
          ck_assert_str_eq (g_ptr_array_index (day->keys, k), header[k]);
          if (k == 2)
            ck_assert_str_eq (j_string (day, header[k]), fields[k]);
          else
            ck_assert (j_number (day, header[k]) == g_ascii_strtod (fields[k], NULL));
        }
    }
}
END_TEST

START_TEST (test_sim_course_longest)
{
  g_auto(SimRun) run = { 0 };

  RUN (&run, "course", "--site", "thigh", "--sessions", "20", "--weeks", "1040");
  assert_success (&run);
  ck_assert_uint_eq (count_char (run.out, '\n'), 7 * 1040 + 2);
}
END_TEST

/*
 * Bad input: exit 2, nothing on stdout, one line on stderr naming the value
 */

typedef struct
{
  const char *args[16];
  const char *in_message;   /* stderr must contain this */
} BadInput;

static const BadInput bad_inputs[] = {
  /* commands and options */
  { { NULL }, "command" },
  { { "frobnicate" }, "frobnicate" },
  { { "--frobnicate" }, "--frobnicate" },
  { { "help", "frobnicate" }, "frobnicate" },
  { { "--version", "junk" }, "junk" },
  { { "layers", "--site", "cheek", "--frobnicate" }, "--frobnicate" },
  { { "layers", "--site", "cheek", "-x" }, "-x" },
  { { "layers", "--site", "cheek", "--length-mm", "1" }, "--length-mm" },
  { { "layers", "--site", "cheek", "extra" }, "extra" },
  { { "layers", "cheek" }, "cheek" },
  { { "layers", "--site", "cheek", "--", "junk" }, "junk" },
  { { "layers", "--site", "cheek", "--site", "palm" }, "palm" },
  /* --site */
  { { "layers" }, "--site" },
  { { "layers", "--site" }, "--site" },
  { { "layers", "--site", "--age", "40" }, "--site" },
  { { "layers", "--site", "mars" }, "mars" },
  { { "layers", "--site", "" }, "--site" },
  { { "layers", "--site", "Cheek" }, "Cheek" },
  { { "needle", "--length-mm", "1" }, "--site" },
  { { "course" }, "--site" },
  /* --age */
  { { "layers", "--site", "cheek", "--age", "abc" }, "abc" },
  { { "layers", "--site", "cheek", "--age", "150" }, "150" },
  { { "layers", "--site", "cheek", "--age", "17" }, "17" },
  { { "layers", "--site", "cheek", "--age", "-5" }, "-5" },
  { { "layers", "--site", "cheek", "--age", "nan" }, "nan" },
  { { "layers", "--site", "cheek", "--age", "40years" }, "40years" },
  { { "layers", "--site", "cheek", "--age", "" }, "--age" },
  { { "layers", "--site", "cheek", "--age" }, "--age" },
  { { "layers", "--site", "cheek", "--age", "4 0" }, "4 0" },
  /* --sex, --format */
  { { "layers", "--site", "cheek", "--sex", "other" }, "other" },
  { { "layers", "--site", "cheek", "--format", "xml" }, "xml" },
  { { "course", "--site", "cheek", "--format", "table" }, "table" },
  /* --length-mm */
  { { "needle", "--site", "cheek" }, "--length-mm" },
  { { "needle", "--site", "cheek", "--length-mm" }, "--length-mm" },
  { { "needle", "--site", "cheek", "--length-mm", "abc" }, "abc" },
  { { "needle", "--site", "cheek", "--length-mm", "1.5mm" }, "1.5mm" },
  { { "needle", "--site", "cheek", "--length-mm", "" }, "--length-mm" },
  { { "needle", "--site", "cheek", "--length-mm=" }, "--length-mm" },
  { { "needle", "--site", "cheek", "--length-mm", "nan" }, "nan" },
  { { "needle", "--site", "cheek", "--length-mm", "NaN" }, "NaN" },
  { { "needle", "--site", "cheek", "--length-mm", "inf" }, "inf" },
  { { "needle", "--site", "cheek", "--length-mm", "-inf" }, "-inf" },
  { { "needle", "--site", "cheek", "--length-mm", "infinity" }, "infinity" },
  { { "needle", "--site", "cheek", "--length-mm", "1e999" }, "1e999" },
  { { "needle", "--site", "cheek", "--length-mm", "0x1" }, "0x1" },
  { { "needle", "--site", "cheek", "--length-mm", "7" }, "7" },
  { { "needle", "--site", "cheek", "--length-mm", "-1.5" }, "-1.5" },
  { { "needle", "--site", "cheek", "--length-mm", "0" }, "--length-mm" },
  { { "needle", "--site", "cheek", "--length-mm", "0.05" }, "0.05" },
  { { "needle", "--site", "cheek", "--length-mm", "1000000" }, "1000000" },
  { { "needle", "--site", "cheek", "--length-mm", "1,5" }, "1,5" },
  { { "course", "--site", "cheek", "--length-mm", "3.5" }, "3.5" },
  /* --device, --fraction */
  { { "needle", "--site", "cheek", "--length-mm", "1", "--device", "stamp" }, "stamp" },
  { { "needle", "--site", "cheek", "--length-mm", "1", "--fraction", "0" }, "--fraction" },
  { { "needle", "--site", "cheek", "--length-mm", "1", "--fraction", "1.5" }, "1.5" },
  { { "needle", "--site", "cheek", "--length-mm", "1", "--fraction", "nan" }, "nan" },
  /* --sessions, --weeks, --interval-weeks */
  { { "course", "--site", "cheek", "--sessions", "1.5" }, "1.5" },
  { { "course", "--site", "cheek", "--sessions", "-1" }, "-1" },
  { { "course", "--site", "cheek", "--sessions", "21" }, "21" },
  { { "course", "--site", "cheek", "--sessions", "abc" }, "abc" },
  { { "course", "--site", "cheek", "--sessions", "1e9" }, "1e9" },
  { { "course", "--site", "cheek", "--sessions", "" }, "--sessions" },
  { { "course", "--site", "cheek", "--weeks", "0" }, "--weeks" },
  { { "course", "--site", "cheek", "--weeks", "1041" }, "1041" },
  { { "course", "--site", "cheek", "--weeks", "2.5" }, "2.5" },
  { { "course", "--site", "cheek", "--weeks", "99999999999999999999" }, "99999999999999999999" },
  { { "course", "--site", "cheek", "--weeks", "inf" }, "inf" },
  { { "course", "--site", "cheek", "--interval-weeks", "0" }, "--interval-weeks" },
  { { "course", "--site", "cheek", "--interval-weeks", "0.5" }, "0.5" },
  { { "course", "--site", "cheek", "--interval-weeks", "53" }, "53" },
  { { "course", "--site", "cheek", "--interval-weeks", "abc" }, "abc" },
  /* factors */
  { { "course", "--site", "cheek", "--uv", "extreme" }, "extreme" },
  { { "course", "--site", "cheek", "--smoking", "maybe" }, "maybe" },
  { { "course", "--site", "cheek", "--alcohol", "lots" }, "lots" },
  { { "course", "--site", "cheek", "--pollution", "medium" }, "medium" },
  { { "course", "--site", "cheek", "--diet", "ok" }, "ok" },
  { { "needle", "--site", "cheek", "--length-mm", "1", "--uv", "low" }, "--uv" },
  /* lifetime */
  { { "lifetime" }, "--sex" },
  { { "lifetime", "--sex", "other" }, "other" },
  { { "lifetime", "--sex", "male", "--from-age", "60", "--to-age", "40" }, "--from-age" },
  { { "lifetime", "--sex", "male", "--from-age", "17" }, "17" },
  { { "lifetime", "--sex", "male", "--to-age", "101" }, "101" },
  { { "lifetime", "--sex", "male", "--from-age", "30.5" }, "30.5" },
  { { "lifetime", "--sex", "male", "--from-age", "nan" }, "nan" },
  { { "lifetime", "--sex", "male", "--to-age", "" }, "--to-age" },
  { { "lifetime", "--sex", "male", "--to-age", "95", "--from-age", "96" }, "96" },
  { { "lifetime", "--sex", "male", "--site", "knee" }, "knee" },
  { { "lifetime", "--sex", "male", "--uv", "extreme" }, "extreme" },
  { { "lifetime", "--sex", "male", "--format", "table" }, "table" },
  { { "lifetime", "--sex", "male", "--age", "40" }, "--age" },
  { { "course", "--site", "cheek", "--from-age", "40" }, "--from-age" },
  /* concerns */
  { { "concerns", "--format", "csv" }, "csv" },
  { { "concerns", "--site", "cheek" }, "--site" },
  { { "concerns", "acne" }, "acne" },
  /* bench */
  { { "bench", "--iterations", "0" }, "--iterations" },
  { { "bench", "--iterations", "10001" }, "10001" },
  { { "bench", "--iterations", "abc" }, "abc" },
  { { "bench", "--check=yes" }, "yes" },
  { { "bench", "now" }, "now" },
};

START_TEST (test_sim_bad_input)
{
  const BadInput *bad = &bad_inputs[_i];
  g_auto(SimRun) run = { 0 };
  g_autofree char *cmdline = g_strjoinv ("' '", (char **)bad->args);

  run_sim_env (&run, NULL, bad->args);

  ck_assert_msg (run.exit_status == 2, "'%s': exit status %d (signal %d), want 2; stderr: %s",
                 cmdline, run.exit_status, run.signal, run.err);
  ck_assert_msg (run.out[0] == '\0', "'%s': stdout not empty: %.200s", cmdline, run.out);
  ck_assert_msg (g_str_has_prefix (run.err, "skin-deep-sim: "), "'%s': stderr: %s",
                 cmdline, run.err);
  ck_assert_msg (count_char (run.err, '\n') == 1 && g_str_has_suffix (run.err, "\n"),
                 "'%s': stderr is not one line: %s", cmdline, run.err);
  ck_assert_msg (strstr (run.err, bad->in_message) != NULL,
                 "'%s': stderr does not name \"%s\": %s", cmdline, bad->in_message, run.err);
}
END_TEST

START_TEST (test_sim_bad_input_messages)
{
  g_auto(SimRun) run = { 0 };
  g_auto(SimRun) site = { 0 };
  int i;

  /* The contract's own example */
  RUN (&run, "needle", "--site", "cheek", "--length-mm", "7");
  ck_assert_str_eq (run.err,
                    "skin-deep-sim: --length-mm: 7 is out of range; expected 0.1 to 3.0 mm\n");

  /* An unknown site lists the valid ones */
  RUN (&site, "layers", "--site", "mars");
  for (i = 0; i < SD_N_SITES; i++)
    ck_assert_ptr_nonnull (strstr (site.err, sd_site_to_id (i)));
}
END_TEST


/*
 * lifetime and concerns
 */

#define LIFETIME_HEADER "age,collagen_rel,collagen_low,collagen_high,dermis_um,epidermis_um"

START_TEST (test_sim_lifetime_csv)
{
  g_auto(SimRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  SdLifetimeParams params;
  guint age;

  sd_lifetime_params_init (&params);
  params.sex = SD_SEX_MALE;
  params.site = SD_SITE_FOREHEAD;
  params.uv = SD_UV_HIGH;
  params.smoking = TRUE;
  params.diet = SD_DIET_POOR;

  RUN (&run, "lifetime", "--sex", "male", "--from-age", "30", "--to-age", "60", "--site",
       "forehead", "--uv", "high", "--smoking", "yes", "--diet", "poor");
  assert_success (&run);
  lines = g_strsplit (run.out, "\n", -1);
  ck_assert_str_eq (lines[0], LIFETIME_HEADER);
  ck_assert_uint_eq (g_strv_length (lines), 31 + 2);
  ck_assert_str_eq (lines[32], "");

  for (age = 30; age <= 60; age++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[age - 30 + 1], ",", -1);
      g_autoptr(GError) error = NULL;
      SdLifetimeYear year;

      ck_assert_uint_eq (g_strv_length (fields), 6);
      ck_assert_uint_eq (strtoul (fields[0], NULL, 10), age);
      ck_assert_msg (sd_lifetime_compute_year (&params, age, &year, &error), "%s",
                     error != NULL ? error->message : "");
      ck_assert_double_eq_tol (g_ascii_strtod (fields[1], NULL), year.collagen_rel, 1e-6);
      ck_assert_double_eq_tol (g_ascii_strtod (fields[2], NULL), year.collagen_low, 1e-6);
      ck_assert_double_eq_tol (g_ascii_strtod (fields[3], NULL), year.collagen_high, 1e-6);
      ck_assert_double_eq_tol (g_ascii_strtod (fields[4], NULL), year.dermis_um, 1e-3);
      ck_assert_double_eq_tol (g_ascii_strtod (fields[5], NULL), year.epidermis_um, 1e-3);
      /* The band holds the central curve */
      ck_assert (g_ascii_strtod (fields[2], NULL) <= g_ascii_strtod (fields[1], NULL));
      ck_assert (g_ascii_strtod (fields[1], NULL) <= g_ascii_strtod (fields[3], NULL));
    }
}
END_TEST

START_TEST (test_sim_lifetime_defaults)
{
  g_auto(SimRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) first = NULL;
  g_auto(GStrv) at25 = NULL;
  g_auto(GStrv) last = NULL;

  RUN (&run, "lifetime", "--sex", "female");
  assert_success (&run);
  lines = g_strsplit (run.out, "\n", -1);
  /* 20 to 90: 71 rows, header and the empty string after the last newline */
  ck_assert_uint_eq (g_strv_length (lines), 71 + 2);
  first = g_strsplit (lines[1], ",", -1);
  at25 = g_strsplit (lines[6], ",", -1);
  last = g_strsplit (lines[71], ",", -1);
  ck_assert_str_eq (first[0], "20");
  ck_assert_str_eq (at25[0], "25");
  ck_assert_str_eq (last[0], "90");
  /* Relative to the same person at 25, neutral lifestyle */
  ck_assert_str_eq (at25[1], "1.000000");
  ck_assert (g_ascii_strtod (last[1], NULL) < 0.6);
  /* The cheek is the default site: the same thickness as --site cheek */
  {
    g_auto(SimRun) cheek = { 0 };

    RUN (&cheek, "lifetime", "--sex", "female", "--site", "cheek");
    assert_success (&cheek);
    ck_assert_str_eq (cheek.out, run.out);
  }
}
END_TEST

START_TEST (test_sim_lifetime_json)
{
  g_auto(SimRun) run = { 0 };
  g_auto(SimRun) csv = { 0 };
  g_autoptr(JValue) root = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows;

  RUN (&run, "lifetime", "--sex", "male", "--from-age", "40", "--to-age", "44", "--format",
       "json", "--alcohol", "heavy");
  RUN (&csv, "lifetime", "--sex", "male", "--from-age", "40", "--to-age", "44",
       "--alcohol", "heavy");
  assert_success (&run);
  assert_success (&csv);
  root = j_parse (run.out);
  ck_assert_ptr_nonnull (root);
  ck_assert_str_eq (j_string (root, "sex"), "male");
  rows = j_array (root, "rows");
  ck_assert_uint_eq (rows->len, 5);
  lines = g_strsplit (csv.out, "\n", -1);
  for (guint i = 0; i < rows->len; i++)
    {
      const JValue *row = g_ptr_array_index (rows, i);
      g_auto(GStrv) fields = g_strsplit (lines[i + 1], ",", -1);
      g_auto(GStrv) keys = g_strsplit (LIFETIME_HEADER, ",", -1);

      ck_assert_uint_eq (row->keys->len, 6);
      for (guint k = 0; keys[k] != NULL; k++)
        {
          ck_assert_str_eq (g_ptr_array_index (row->keys, k), keys[k]);
          ck_assert_double_eq_tol (j_number (row, keys[k]), g_ascii_strtod (fields[k], NULL),
                                   1e-9);
        }
    }
}
END_TEST

START_TEST (test_sim_concerns_json)
{
  static const char *wanted[] = { "fine-lines", "acne-scars", "stretch-marks", "cellulite" };
  g_auto(SimRun) run = { 0 };
  g_autoptr(JValue) root = NULL;
  GPtrArray *concerns;
  guint found = 0;

  RUN (&run, "concerns");
  assert_success (&run);
  root = j_parse (run.out);
  ck_assert_ptr_nonnull (root);
  concerns = j_array (root, "concerns");
  ck_assert_uint_ge (concerns->len, G_N_ELEMENTS (wanted));

  for (guint i = 0; i < concerns->len; i++)
    {
      const JValue *c = g_ptr_array_index (concerns, i);
      const char *id = j_string (c, "id");
      const char *evidence = j_string (c, "evidence");
      GPtrArray *sites = j_array (c, "sites");
      GPtrArray *sources = j_array (c, "sources");
      const JValue *length = j_get (c, "length_mm");

      for (guint w = 0; w < G_N_ELEMENTS (wanted); w++)
        found += strcmp (id, wanted[w]) == 0;
      ck_assert_msg (strcmp (evidence, "strong") == 0 || strcmp (evidence, "moderate") == 0 ||
                     strcmp (evidence, "weak") == 0, "%s: evidence %s", id, evidence);
      ck_assert_uint_ge (sites->len, 1);
      for (guint s = 0; s < sites->len; s++)
        {
          const JValue *site = g_ptr_array_index (sites, s);
          SdSite out;

          ck_assert_msg (sd_site_from_id (site->string, &out, NULL), "%s", site->string);
        }
      ck_assert_msg (sources->len >= 1, "%s has no source", id);
      ck_assert (j_string (c, "findings")[0] != '\0');
      ck_assert (j_string (c, "name")[0] != '\0');

      if (strcmp (id, "cellulite") == 0)
        {
          /* Nothing was found: no numbers, and said plainly */
          ck_assert_str_eq (evidence, "weak");
          ck_assert_int_eq (length->type, J_NULL);
          ck_assert_int_eq (j_get (c, "sessions")->type, J_NULL);
          ck_assert_int_eq (j_get (c, "interval_weeks")->type, J_NULL);
        }
      else
        {
          GPtrArray *range = j_array (c, "length_mm");
          GPtrArray *sessions = j_array (c, "sessions");
          GPtrArray *interval = j_array (c, "interval_weeks");
          const JValue *lo = g_ptr_array_index (range, 0);
          const JValue *hi = g_ptr_array_index (range, 1);

          ck_assert_uint_eq (range->len, 2);
          ck_assert_uint_eq (sessions->len, 2);
          ck_assert_uint_eq (interval->len, 2);
          ck_assert (lo->number <= hi->number);
          ck_assert (lo->number >= 0.1 && hi->number <= 3.0);
          /* The plan lies inside the published ranges */
          ck_assert (j_number (j_get (c, "plan"), "length_mm") >= lo->number);
          ck_assert (j_number (j_get (c, "plan"), "length_mm") <= hi->number);
        }
    }
  ck_assert_uint_eq (found, G_N_ELEMENTS (wanted));
}
END_TEST

START_TEST (test_sim_concerns_table)
{
  g_auto(SimRun) run = { 0 };

  RUN (&run, "concerns", "--format", "table");
  assert_success (&run);
  ck_assert_ptr_nonnull (strstr (run.out, "acne-scars"));
  ck_assert_ptr_nonnull (strstr (run.out, "not found"));
  ck_assert_ptr_nonnull (strstr (run.out, "https://"));
}
END_TEST

/*
 * Help and version
 */

typedef struct
{
  const char *args[5];   /* NULL-terminated */
  const char *in_output;
} HelpCase;

static const HelpCase help_cases[] = {
  { { "--help" }, "layers" },
  { { "-h" }, "course" },
  { { "help" }, "needle" },
  { { "layers", "--help" }, "--site" },
  { { "layers", "-h" }, "--format" },
  { { "help", "layers" }, "--sex" },
  { { "needle", "--help" }, "--length-mm" },
  { { "help", "needle" }, "--fraction" },
  { { "course", "--help" }, "--interval-weeks" },
  { { "course", "--help" }, "--smoking" },
  { { "help", "course" }, "day,week,phase" },
  { { "bench", "--help" }, "--iterations" },
  { { "-h" }, "lifetime" },
  { { "-h" }, "concerns" },
  { { "lifetime", "--help" }, "--from-age" },
  { { "help", "lifetime" }, "age,collagen_rel,collagen_low,collagen_high,dermis_um,epidermis_um" },
  { { "concerns", "--help" }, "--format" },
  { { "layers", "--site", "mars", "--help" }, "--site" },
};

START_TEST (test_sim_help)
{
  const HelpCase *help = &help_cases[_i];
  g_auto(SimRun) run = { 0 };
  gboolean lists_sites;
  int site;

  run_sim_env (&run, NULL, help->args);
  assert_success (&run);
  ck_assert_msg (g_str_has_prefix (run.out, "Usage: skin-deep-sim"), "%s", run.out);
  ck_assert_msg (strstr (run.out, help->in_output) != NULL, "no \"%s\" in:\n%s",
                 help->in_output, run.out);

  /* The program's help and the layers help list the sites */
  lists_sites = help->args[1] == NULL || strcmp (help->args[0], "layers") == 0 ||
                strcmp (help->args[1], "layers") == 0;
  if (lists_sites)
    for (site = 0; site < SD_N_SITES; site++)
      ck_assert_ptr_nonnull (strstr (run.out, sd_site_to_id (site)));
}
END_TEST

START_TEST (test_sim_help_lists_values)
{
  g_auto(SimRun) run = { 0 };
  int i;

  RUN (&run, "course", "--help");
  assert_success (&run);
  for (i = 0; i < SD_N_SITES; i++)
    ck_assert_ptr_nonnull (strstr (run.out, sd_site_to_id (i)));
  ck_assert_ptr_nonnull (strstr (run.out, "moderate"));
  ck_assert_ptr_nonnull (strstr (run.out, "heavy"));
  ck_assert_ptr_nonnull (strstr (run.out, "poor"));
  ck_assert_ptr_nonnull (strstr (run.out, "pen"));
}
END_TEST

START_TEST (test_sim_version)
{
  g_auto(SimRun) run = { 0 };

  RUN (&run, "--version");
  assert_success (&run);
  ck_assert_str_eq (run.out, "skin-deep-sim " PACKAGE_VERSION "\n");
}
END_TEST

/*
 * Locale, write errors, bench
 */

START_TEST (test_sim_locale_independent)
{
  static const char *locales[] = {
    "de_DE.UTF-8", "fr_FR.UTF-8", "nl_NL.UTF-8", "ru_RU.UTF-8", "es_ES.UTF-8", "de_DE",
  };
  const char *args_layers[] = { "layers", "--site", "eyelid", "--age", "33.5", NULL };
  const char *args_course[] = { "course", "--site", "cheek", "--weeks", "4", NULL };
  const char *args_needle[] = { "needle", "--site", "palm", "--length-mm", "0.75", NULL };
  const char *const *all_args[] = { args_layers, args_course, args_needle };
  g_auto(GStrv) c_env = g_environ_setenv (g_get_environ (), "LC_ALL", "C", TRUE);
  const char *comma_locale = NULL;
  guint i;
  guint a;

  /* Prefer a locale installed here that writes "1,5"; if there is none the program still
   * runs with the variables set, which must not change anything either. */
  for (i = 0; i < G_N_ELEMENTS (locales) && comma_locale == NULL; i++)
    {
      const char *got = setlocale (LC_NUMERIC, locales[i]);

      if (got != NULL && strcmp (localeconv ()->decimal_point, ",") == 0)
        comma_locale = locales[i];
    }
  setlocale (LC_NUMERIC, "C");
  if (comma_locale == NULL)
    comma_locale = locales[0];

  for (a = 0; a < G_N_ELEMENTS (all_args); a++)
    {
      g_auto(SimRun) c_run = { 0 };
      g_auto(SimRun) all_run = { 0 };
      g_auto(SimRun) numeric_run = { 0 };
      g_auto(GStrv) all_env = g_environ_setenv (g_get_environ (), "LC_ALL", comma_locale, TRUE);
      g_auto(GStrv) numeric_env = g_environ_unsetenv (g_get_environ (), "LC_ALL");

      numeric_env = g_environ_setenv (numeric_env, "LC_NUMERIC", comma_locale, TRUE);

      run_sim_env (&c_run, c_env, all_args[a]);
      run_sim_env (&all_run, all_env, all_args[a]);
      run_sim_env (&numeric_run, numeric_env, all_args[a]);
      assert_success (&c_run);
      assert_success (&all_run);
      assert_success (&numeric_run);
      ck_assert_str_eq (all_run.out, c_run.out);
      ck_assert_str_eq (numeric_run.out, c_run.out);
    }
}
END_TEST

START_TEST (test_sim_write_error)
{
  g_auto(SimRun) run = { 0 };
  const char *args[] = {
    "/bin/sh", "-c", "exec \"$0\" course --site cheek --weeks 52 >/dev/full", sim_path, NULL
  };
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  ck_assert (g_spawn_sync (NULL, (char **)args, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                           &run.out, &run.err, &wait_status, &error));
  ck_assert_msg (WIFEXITED (wait_status), "killed by a signal");
  ck_assert_int_eq (WEXITSTATUS (wait_status), 1);
  ck_assert_msg (strstr (run.err, "skin-deep-sim: error writing output") != NULL, "%s", run.err);
  ck_assert_uint_eq (count_char (run.err, '\n'), 1);
}
END_TEST

START_TEST (test_sim_closed_pipe)
{
  const char *argv[] = { sim_path, "course", "--site", "cheek", "--weeks", "1040", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  GPid pid;
  int out_fd;
  int err_fd;
  int wait_status = 0;
  char buf[256];
  gssize n;
  GString *err_text = g_string_new (NULL);

  /* Like `| head -c 0`: the reader goes away before the program writes */
  ck_assert (g_spawn_async_with_pipes (NULL, (char **)argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                       NULL, NULL, &pid, NULL, &out_fd, &err_fd, &error));
  close (out_fd);
  while ((n = read (err_fd, buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
    if (n > 0)
      g_string_append_len (err_text, buf, n);
  close (err_fd);
  ck_assert_int_eq (waitpid (pid, &wait_status, 0), pid);
  g_spawn_close_pid (pid);
  err = g_string_free (err_text, FALSE);

  /* Killed by SIGPIPE (the default), or a quiet failure: never a crash, never a message */
  if (WIFSIGNALED (wait_status))
    ck_assert_int_eq (WTERMSIG (wait_status), SIGPIPE);
  else
    ck_assert_int_ne (WEXITSTATUS (wait_status), 0);
  ck_assert_msg (err[0] == '\0', "stderr: %s", err);
}
END_TEST

START_TEST (test_sim_bench)
{
  g_auto(SimRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  guint n_figures = 0;
  guint i;

  RUN (&run, "bench", "--iterations", "3");
  assert_success (&run);
  ck_assert_ptr_nonnull (strstr (run.out, "course 520 weeks, 20 sessions:"));
  ck_assert_ptr_nonnull (strstr (run.out, "course 520 weeks, untreated:"));
  ck_assert_ptr_nonnull (strstr (run.out, "needle query"));

  lines = g_strsplit (run.out, "\n", -1);
  for (i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "(target < ") != NULL)
      {
        ck_assert_msg (g_str_has_suffix (lines[i], " ok") || g_str_has_suffix (lines[i], " OVER"),
                       "%s", lines[i]);
        n_figures++;
      }
  ck_assert_uint_eq (n_figures, 2 + SD_N_SITES + 1);
}
END_TEST

/*
 * Suite
 */

/*
 * render: the same option rules as every command, and a careful writer
 * (RELIABILITY-REVIEW C1–C4)
 */

static gboolean
has_leftover (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, ".render-"))
      return TRUE;
  return FALSE;
}

static void
assert_one_line_error (const SimRun *run,
                       int           status,
                       const char   *needle)
{
  ck_assert_msg (run->exit_status == status, "exit %d, expected %d: %s", run->exit_status,
                 status, run->err);
  ck_assert_str_eq (run->out, "");
  ck_assert_uint_eq (count_char (run->err, '\n'), 1);
  ck_assert_msg (strstr (run->err, needle) != NULL, "“%s” not in “%s”", needle, run->err);
}

START_TEST (test_sim_render_targets)
{
  g_autofree char *dir = g_dir_make_tmp ("sd-render-XXXXXX", NULL);
  g_autofree char *ro = g_build_filename (dir, "ro.png", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.png", NULL);
  g_autofree char *sub = g_build_filename (dir, "sub.png", NULL);
  g_autofree char *real = g_build_filename (dir, "real.png", NULL);
  g_autofree char *link = g_build_filename (dir, "link.png", NULL);
  g_auto(SimRun) run = { 0 };
  g_autofree char *contents = NULL;
  gsize len = 0;
  GStatBuf st;

  /* A read-only file is refused and left as it is. */
  ck_assert (g_file_set_contents (ro, "keep", -1, NULL));
  ck_assert_int_eq (g_chmod (ro, 0444), 0);
  RUN (&run, "render", "--site", "cheek", "--width", "64", "--height", "64", "-o", ro);
  assert_one_line_error (&run, 1, "read-only");
  ck_assert (g_file_get_contents (ro, &contents, &len, NULL));
  ck_assert_str_eq (contents, "keep");
  g_clear_pointer (&contents, g_free);
  sim_run_clear (&run);

  /* A FIFO or a directory is refused, not replaced. */
  ck_assert_int_eq (mkfifo (fifo, 0644), 0);
  RUN (&run, "render", "--site", "cheek", "-o", fifo);
  assert_one_line_error (&run, 1, "not a regular file");
  ck_assert_int_eq (g_lstat (fifo, &st), 0);
  ck_assert (S_ISFIFO (st.st_mode));
  sim_run_clear (&run);
  ck_assert_int_eq (g_mkdir (sub, 0755), 0);
  RUN (&run, "render", "--site", "cheek", "-o", sub);
  assert_one_line_error (&run, 1, "not a regular file");
  ck_assert (g_file_test (sub, G_FILE_TEST_IS_DIR));
  sim_run_clear (&run);

  /* A symbolic link is written through: the link stays, its target is the picture. */
  ck_assert (g_file_set_contents (real, "old", -1, NULL));
  ck_assert_int_eq (symlink ("real.png", link), 0);
  RUN (&run, "render", "--site", "cheek", "--width", "64", "--height", "64", "-o", link);
  ck_assert_msg (run.exit_status == 0, "%s", run.err);
  ck_assert_int_eq (g_lstat (link, &st), 0);
  ck_assert (S_ISLNK (st.st_mode));
  ck_assert (g_file_get_contents (real, &contents, &len, NULL));
  ck_assert (len > 8 && memcmp (contents, "\x89PNG", 4) == 0);
  ck_assert (!has_leftover (dir));

  g_chmod (ro, 0644);
  g_unlink (ro); g_unlink (fifo); g_rmdir (sub); g_unlink (link); g_unlink (real);
  g_rmdir (dir);
}
END_TEST

START_TEST (test_sim_render_killed_leaves_nothing)
{
  g_autofree char *dir = g_dir_make_tmp ("sd-render-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "big.svg", NULL);
  const char *argv[] = { NULL, "render", "--site", "sole", "--width", "8192", "--height", "8192",
                         "--zoom", "64", "--day", "7279", "-o", out, NULL };
  const int signals[] = { SIGTERM, SIGINT, SIGHUP };

  argv[0] = sim_path;
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      g_autoptr(GError) error = NULL;
      GPid pid;
      int status = 0;

      ck_assert (g_spawn_async (NULL, (char **)argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD |
                                G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                NULL, NULL, &pid, &error));
      /* Let it start painting (its temporary file exists from then on). */
      for (int k = 0; k < 100 && !has_leftover (dir); k++)
        g_usleep (10000);
      kill (pid, signals[i]);
      ck_assert_int_eq (waitpid (pid, &status, 0), pid);
      g_spawn_close_pid (pid);
      /* Killed (or, on a very fast machine, finished): never a temporary file left. */
      ck_assert_msg (!has_leftover (dir), "a .render- file was left after signal %d",
                     signals[i]);
      g_unlink (out);
    }
  g_rmdir (dir);
}
END_TEST

START_TEST (test_sim_render_common_option_rules)
{
  g_auto(SimRun) run = { 0 };
  g_autofree char *huge = g_strnfill (70000, 'a');

  /* Numbers parsed as everywhere else: no hex. */
  RUN (&run, "render", "--site", "cheek", "--zoom", "0x1", "-o", "x.png");
  assert_one_line_error (&run, 2, "--zoom");
  sim_run_clear (&run);
  RUN (&run, "render", "--site", "cheek", "--age", "0x20", "-o", "x.png");
  assert_one_line_error (&run, 2, "--age");
  sim_run_clear (&run);
  /* An option is not a value. */
  RUN (&run, "render", "--site", "cheek", "-o", "--output=x.svg");
  assert_one_line_error (&run, 2, "missing value");
  ck_assert (!g_file_test ("--output=x.svg", G_FILE_TEST_EXISTS));
  sim_run_clear (&run);
  /* The same wording for an option given twice. */
  RUN (&run, "render", "--site", "cheek", "--site", "nose", "-o", "x.png");
  assert_one_line_error (&run, 2, "given twice ('cheek' and 'nose')");
  sim_run_clear (&run);
  /* Long values are cut in messages. */
  RUN (&run, "render", "--site", "cheek", "--device", huge, "-o", "x.png");
  ck_assert_int_eq (run.exit_status, 2);
  ck_assert_uint_lt (strlen (run.err), 300);
  sim_run_clear (&run);
  /* Help goes through the same writer: a full disk is reported in one line. */
  {
    int fd = open ("/dev/full", O_WRONLY);
    if (fd >= 0)
      {
        const char *argv[] = { sim_path, "render", "--help", NULL };
        g_autofree char *err = NULL;
        int wait_status = 0;
        g_autoptr(GError) error = NULL;
        g_autoptr(GSubprocessLauncher) launcher =
          g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE);
        g_autoptr(GSubprocess) proc = NULL;

        g_subprocess_launcher_take_stdout_fd (launcher, fd);
        proc = g_subprocess_launcher_spawnv (launcher, argv, &error);
        ck_assert_ptr_nonnull (proc);
        ck_assert (g_subprocess_communicate_utf8 (proc, NULL, NULL, NULL, &err, &error));
        wait_status = g_subprocess_get_exit_status (proc);
        ck_assert_int_eq (wait_status, 1);
        ck_assert_ptr_nonnull (strstr (err, "error writing output"));
      }
  }
}
END_TEST

static Suite *
sim_suite (void)
{
  Suite *suite = suite_create ("skin-deep-sim");
  TCase *tc;

  tc = tcase_create ("layers");
  tcase_add_test (tc, test_sim_layers_json_cheek);
  tcase_add_test (tc, test_sim_layers_json_palm);
  tcase_add_test (tc, test_sim_layers_json_all_sites);
  tcase_add_test (tc, test_sim_layers_csv);
  tcase_add_test (tc, test_sim_layers_table);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("needle");
  tcase_add_test (tc, test_sim_needle_json);
  tcase_add_test (tc, test_sim_needle_pen_fraction);
  tcase_add_test (tc, test_sim_needle_monotonic);
  tcase_add_test (tc, test_sim_needle_bleeding);
  tcase_add_test (tc, test_sim_needle_devices_differ);
  tcase_add_test (tc, test_sim_needle_table_csv);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("course");
  tcase_add_test (tc, test_sim_course_csv);
  tcase_add_test (tc, test_sim_course_defaults);
  tcase_add_test (tc, test_sim_course_untreated);
  tcase_add_test (tc, test_sim_course_json);
  tcase_add_test (tc, test_sim_course_longest);
  tcase_add_test (tc, test_sim_lifetime_csv);
  tcase_add_test (tc, test_sim_lifetime_defaults);
  tcase_add_test (tc, test_sim_lifetime_json);
  tcase_add_test (tc, test_sim_concerns_json);
  tcase_add_test (tc, test_sim_concerns_table);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("bad-input");
  tcase_add_loop_test (tc, test_sim_bad_input, 0, G_N_ELEMENTS (bad_inputs));
  tcase_add_test (tc, test_sim_bad_input_messages);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("help");
  tcase_add_loop_test (tc, test_sim_help, 0, G_N_ELEMENTS (help_cases));
  tcase_add_test (tc, test_sim_help_lists_values);
  tcase_add_test (tc, test_sim_version);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("render-files");
  tcase_add_test (tc, test_sim_render_targets);
  tcase_add_test (tc, test_sim_render_killed_leaves_nothing);
  tcase_add_test (tc, test_sim_render_common_option_rules);
  tcase_set_timeout (tc, 120);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("io");
  tcase_add_test (tc, test_sim_locale_independent);
  tcase_add_test (tc, test_sim_write_error);
  tcase_add_test (tc, test_sim_closed_pipe);
  tcase_add_test (tc, test_sim_bench);
  tcase_set_timeout (tc, 120);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  SRunner *runner;
  int n_failed;

  sim_path = g_getenv ("SD_SIM");
  if (sim_path == NULL || sim_path[0] == '\0')
    {
      g_printerr ("SD_SIM is not set: skipping (tests/meson.build sets it)\n");
      return 77;
    }

  runner = srunner_create (sim_suite ());
  srunner_run_all (runner, CK_NORMAL);
  n_failed = srunner_ntests_failed (runner);
  srunner_free (runner);

  return n_failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
