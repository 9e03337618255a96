/* sd-pin.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sd-pin"

#include "config.h"

#include "sd-pin.h"

#include <gio/gio.h>

#include <crypt.h>
#include <string.h>
#include <sys/random.h>

/*
 * New hashes: yescrypt, libxcrypt's default memory-hard KDF, as a self-describing
 * "$y$…" string (the cost and salt are in it). Old "pbkdf2-sha256$…" hashes (the first
 * versions of Skin Deep) still verify.
 */
#define PIN_YESCRYPT_PREFIX "$y$"
#define PIN_SCHEME      "pbkdf2-sha256"
#define PIN_SALT_LEN    16
#define PIN_HASH_LEN    32

/*
 * Auxiliary methods
 */

static gboolean
equal_in_constant_time (const guint8 *a,
                        const guint8 *b,
                        gsize         len)
{
  guint8 diff = 0;

  for (gsize i = 0; i < len; i++)
    diff |= a[i] ^ b[i];

  return diff == 0;
}

/*
 * Public API
 */

void
sd_pbkdf2_sha256 (const guint8 *password,
                  gsize         password_len,
                  const guint8 *salt,
                  gsize         salt_len,
                  guint         iterations,
                  guint8       *out,
                  gsize         out_len)
{
  g_return_if_fail (iterations > 0);
  g_return_if_fail (out != NULL);

  for (guint32 block = 1; out_len > 0; block++)
    {
      guint8 u[PIN_HASH_LEN], t[PIN_HASH_LEN];
      guint8 counter[4] = { block >> 24, block >> 16, block >> 8, block };
      gsize digest_len = sizeof u;
      gsize take;
      g_autoptr(GHmac) first = g_hmac_new (G_CHECKSUM_SHA256, password, password_len);

      g_hmac_update (first, salt, salt_len);
      g_hmac_update (first, counter, sizeof counter);
      g_hmac_get_digest (first, u, &digest_len);
      memcpy (t, u, sizeof t);

      for (guint i = 1; i < iterations; i++)
        {
          g_autoptr(GHmac) next = g_hmac_new (G_CHECKSUM_SHA256, password, password_len);

          g_hmac_update (next, u, sizeof u);
          digest_len = sizeof u;
          g_hmac_get_digest (next, u, &digest_len);
          for (gsize j = 0; j < sizeof t; j++)
            t[j] ^= u[j];
        }

      take = MIN (out_len, sizeof t);
      memcpy (out, t, take);
      out += take;
      out_len -= take;
    }
}

static char *
hash_yescrypt (const char    *pin,
               const guint8  *salt,
               gsize          salt_len,
               GError       **error)
{
  char setting[CRYPT_GENSALT_OUTPUT_SIZE];
  struct crypt_data data;
  const char *hashed;

  /* Count 0: libxcrypt's default cost for yescrypt ("$y$j9T$": 16 MiB of memory). */
  if (crypt_gensalt_rn (PIN_YESCRYPT_PREFIX, 0, (const char *)salt, (int)salt_len,
                        setting, sizeof setting) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   "This system's libcrypt cannot make yescrypt hashes: %s", g_strerror (errno));
      return NULL;
    }

  memset (&data, 0, sizeof data);
  hashed = crypt_rn (pin, setting, &data, sizeof data);
  if (hashed == NULL || hashed[0] == '*')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not hash the PIN");
      return NULL;
    }
  return g_strdup (hashed);
}

gboolean
sd_pin_check (const char  *pin,
              GError     **error)
{
  gsize len;

  if (pin == NULL)
    pin = "";

  len = strlen (pin);
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (pin[i]))
      {
        g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_INVALID_VALUE,
                     "The PIN may contain only the digits 0 to 9");
        return FALSE;
      }

  if (len < SD_PIN_MIN_DIGITS || len > SD_PIN_MAX_DIGITS)
    {
      g_set_error (error, SD_MODEL_ERROR, SD_MODEL_ERROR_OUT_OF_RANGE,
                   "The PIN has %" G_GSIZE_FORMAT " digits; expected %d to %d",
                   len, SD_PIN_MIN_DIGITS, SD_PIN_MAX_DIGITS);
      return FALSE;
    }

  return TRUE;
}

char *
sd_pin_hash_with_salt (const char   *pin,
                       const guint8 *salt,
                       gsize         salt_len,
                       guint         iterations)
{
  guint8 hash[PIN_HASH_LEN];
  g_autofree char *salt64 = NULL;
  g_autofree char *hash64 = NULL;

  g_return_val_if_fail (pin != NULL, NULL);
  g_return_val_if_fail (salt != NULL && salt_len > 0, NULL);
  g_return_val_if_fail (iterations > 0, NULL);

  sd_pbkdf2_sha256 ((const guint8 *)pin, strlen (pin), salt, salt_len, iterations,
                    hash, sizeof hash);
  salt64 = g_base64_encode (salt, salt_len);
  hash64 = g_base64_encode (hash, sizeof hash);

  return g_strdup_printf (PIN_SCHEME "$%u$%s$%s", iterations, salt64, hash64);
}

char *
sd_pin_hash (const char  *pin,
             GError     **error)
{
  guint8 salt[PIN_SALT_LEN];

  if (!sd_pin_check (pin, error))
    return NULL;

  if (getrandom (salt, sizeof salt, GRND_NONBLOCK) != sizeof salt
      && getrandom (salt, sizeof salt, 0) != sizeof salt)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "Could not read random bytes for the PIN's salt");
      return NULL;
    }

  return hash_yescrypt (pin, salt, sizeof salt, error);
}

SdPinFormat
sd_pin_get_format (const char *stored)
{
  g_auto(GStrv) parts = NULL;

  if (stored == NULL || *stored == '\0')
    return SD_PIN_FORMAT_NONE;
  parts = g_strsplit (stored, "$", -1);
  if (g_str_has_prefix (stored, PIN_YESCRYPT_PREFIX))
    {
      /* "", "y", parameters, salt, hash */
      gboolean complete = g_strv_length (parts) == 5 && *parts[2] != '\0'
                          && *parts[3] != '\0' && *parts[4] != '\0';

      return complete && crypt_checksalt (stored) == CRYPT_SALT_OK ? SD_PIN_FORMAT_YESCRYPT
                                                                   : SD_PIN_FORMAT_UNKNOWN;
    }
  if (g_strv_length (parts) == 4 && g_strcmp0 (parts[0], PIN_SCHEME) == 0)
    return SD_PIN_FORMAT_PBKDF2;
  return SD_PIN_FORMAT_UNKNOWN;
}

gboolean
sd_pin_verify (const char *pin,
               const char *stored)
{
  g_auto(GStrv) parts = NULL;
  g_autofree guint8 *salt = NULL;
  g_autofree guint8 *expected = NULL;
  guint8 actual[PIN_HASH_LEN];
  gsize salt_len = 0, expected_len = 0;
  guint64 iterations;
  char *end = NULL;

  if (pin == NULL || stored == NULL)
    return FALSE;

  if (sd_pin_get_format (stored) == SD_PIN_FORMAT_YESCRYPT)
    {
      struct crypt_data data;
      const char *hashed;
      gsize len = strlen (stored);

      memset (&data, 0, sizeof data);
      hashed = crypt_rn (pin, stored, &data, sizeof data);
      return hashed != NULL && hashed[0] != '*' && strlen (hashed) == len
             && equal_in_constant_time ((const guint8 *)hashed, (const guint8 *)stored, len);
    }

  parts = g_strsplit (stored, "$", -1);
  if (g_strv_length (parts) != 4 || g_strcmp0 (parts[0], PIN_SCHEME) != 0)
    return FALSE;

  iterations = g_ascii_strtoull (parts[1], &end, 10);
  if (end == parts[1] || *end != '\0' || iterations == 0 || iterations > 10000000)
    return FALSE;

  salt = g_base64_decode (parts[2], &salt_len);
  expected = g_base64_decode (parts[3], &expected_len);
  if (salt_len == 0 || expected_len != sizeof actual)
    return FALSE;

  sd_pbkdf2_sha256 ((const guint8 *)pin, strlen (pin), salt, salt_len, iterations,
                    actual, sizeof actual);

  return equal_in_constant_time (actual, expected, sizeof actual);
}
