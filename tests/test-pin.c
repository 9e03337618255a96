/* test-pin.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "sd-pin.h"
#include "sd-test-utils.h"

static char *
to_hex (const guint8 *bytes,
        gsize         len)
{
  GString *hex = g_string_new (NULL);

  for (gsize i = 0; i < len; i++)
    g_string_append_printf (hex, "%02x", bytes[i]);

  return g_string_free (hex, FALSE);
}

/* Known answers from RFC 7914 §11 (PBKDF2-HMAC-SHA256 test vectors). */
START_TEST (test_pbkdf2_matches_rfc7914_vectors)
{
  guint8 out[64];
  g_autofree char *one = NULL;
  g_autofree char *many = NULL;

  sd_pbkdf2_sha256 ((const guint8 *)"passwd", 6, (const guint8 *)"salt", 4, 1, out, sizeof out);
  one = to_hex (out, sizeof out);
  ck_assert_str_eq (one, "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                         "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");

  sd_pbkdf2_sha256 ((const guint8 *)"Password", 8, (const guint8 *)"NaCl", 4, 80000, out, sizeof out);
  many = to_hex (out, sizeof out);
  ck_assert_str_eq (many, "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                          "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
}
END_TEST

START_TEST (test_pin_hash_verifies_and_hides_the_pin)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = sd_pin_hash ("482916", &error);

  ck_assert_ptr_nonnull (stored);
  ck_assert_ptr_null (error);
  /* A memory-hard, self-describing yescrypt string (libxcrypt's default cost). */
  ck_assert (g_str_has_prefix (stored, "$y$j9T$"));
  ck_assert_int_eq (sd_pin_get_format (stored), SD_PIN_FORMAT_YESCRYPT);
  ck_assert_ptr_null (strstr (stored, "482916"));
  ck_assert (sd_pin_verify ("482916", stored));
  ck_assert (!sd_pin_verify ("482917", stored));
  ck_assert (!sd_pin_verify ("", stored));
}
END_TEST

START_TEST (test_pin_hash_salts_differ)
{
  g_autofree char *a = sd_pin_hash ("1234", NULL);
  g_autofree char *b = sd_pin_hash ("1234", NULL);

  ck_assert_str_ne (a, b);
  ck_assert (sd_pin_verify ("1234", a));
  ck_assert (sd_pin_verify ("1234", b));
}
END_TEST

START_TEST (test_pin_rejects_bad_pins)
{
  const char *bad[] = { "", "123", "1234567890123", "12a4", "12 34", "١٢٣٤" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *stored = sd_pin_hash (bad[i], &error);

      ck_assert_msg (stored == NULL, "accepted “%s”", bad[i]);
      ck_assert (error != NULL && error->domain == SD_MODEL_ERROR);
    }
}
END_TEST

START_TEST (test_pin_verify_rejects_malformed_records)
{
  const char *bad[] = {
    "", "1234", "pbkdf2-sha256$1$c2FsdA==", "md5$1000$c2FsdA==$AAAA",
    "pbkdf2-sha256$0$c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    "pbkdf2-sha256$x$c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    "pbkdf2-sha256$1000$$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    "pbkdf2-sha256$1000$c2FsdA==$AAAA",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    ck_assert_msg (!sd_pin_verify ("1234", bad[i]), "accepted record “%s”", bad[i]);
  ck_assert (!sd_pin_verify (NULL, "pbkdf2-sha256$1$c2FsdA==$AAAA"));
  ck_assert (!sd_pin_verify ("1234", NULL));
}
END_TEST

START_TEST (test_pin_known_salt_is_deterministic)
{
  const guint8 salt[] = "0123456789abcdef";
  g_autofree char *a = sd_pin_hash_with_salt ("2468", salt, 16, 1000);
  g_autofree char *b = sd_pin_hash_with_salt ("2468", salt, 16, 1000);

  ck_assert_str_eq (a, b);
  ck_assert (g_str_has_prefix (a, "pbkdf2-sha256$1000$MDEyMzQ1Njc4OWFiY2RlZg==$"));
  ck_assert (sd_pin_verify ("2468", a));
}
END_TEST

START_TEST (test_pin_formats)
{
  const guint8 salt[] = "0123456789abcdef";
  g_autofree char *old = sd_pin_hash_with_salt ("2468", salt, 16, 1000);
  g_autofree char *current = sd_pin_hash ("2468", NULL);
  g_autofree char *tampered = g_strdup (current);

  ck_assert_int_eq (sd_pin_get_format (""), SD_PIN_FORMAT_NONE);
  ck_assert_int_eq (sd_pin_get_format (NULL), SD_PIN_FORMAT_NONE);
  ck_assert_int_eq (sd_pin_get_format (old), SD_PIN_FORMAT_PBKDF2);
  ck_assert_int_eq (sd_pin_get_format (current), SD_PIN_FORMAT_YESCRYPT);
  ck_assert_int_eq (sd_pin_get_format ("md5$1000$c2FsdA==$AAAA"), SD_PIN_FORMAT_UNKNOWN);
  ck_assert_int_eq (sd_pin_get_format ("$y$"), SD_PIN_FORMAT_UNKNOWN);
  /* The first versions' hashes still verify. */
  ck_assert (sd_pin_verify ("2468", old));
  ck_assert (!sd_pin_verify ("2469", old));
  /* One changed character of the hash: refused. */
  tampered[strlen (tampered) - 1] = tampered[strlen (tampered) - 1] == 'A' ? 'B' : 'A';
  ck_assert (!sd_pin_verify ("2468", tampered));
  ck_assert (!sd_pin_verify ("2468", "$y$j9T$"));
}
END_TEST

static Suite *
pin_suite (void)
{
  Suite *s = suite_create ("pin");
  TCase *tc = tcase_create ("hash");

  tcase_set_timeout (tc, 60);
  tcase_add_test (tc, test_pbkdf2_matches_rfc7914_vectors);
  tcase_add_test (tc, test_pin_hash_verifies_and_hides_the_pin);
  tcase_add_test (tc, test_pin_hash_salts_differ);
  tcase_add_test (tc, test_pin_rejects_bad_pins);
  tcase_add_test (tc, test_pin_verify_rejects_malformed_records);
  tcase_add_test (tc, test_pin_known_salt_is_deterministic);
  tcase_add_test (tc, test_pin_formats);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return sd_test_run_suite (pin_suite ());
}
