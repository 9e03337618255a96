/* sd-pin.h — the kiosk staff PIN, stored only as a salted, stretched hash
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sd-model-types.h"

G_BEGIN_DECLS

#define SD_PIN_MIN_DIGITS 4
#define SD_PIN_MAX_DIGITS 12

/* Checks that @pin is SD_PIN_MIN_DIGITS..SD_PIN_MAX_DIGITS decimal digits. */
gboolean  sd_pin_check  (const char  *pin,
                         GError     **error);
/* A yescrypt hash ("$y$…", libxcrypt, memory-hard) with a fresh random salt. */
char     *sd_pin_hash   (const char  *pin,
                         GError     **error);
/* The first versions' "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64), with a given salt
 * and iteration count: old hashes still verify (and tests make them quickly). */
char     *sd_pin_hash_with_salt (const char   *pin,
                                 const guint8 *salt,
                                 gsize         salt_len,
                                 guint         iterations);
typedef enum
{
  SD_PIN_FORMAT_NONE,       /* empty: no PIN set */
  SD_PIN_FORMAT_YESCRYPT,   /* "$y$…" */
  SD_PIN_FORMAT_PBKDF2,     /* "pbkdf2-sha256$…", the first versions' */
  SD_PIN_FORMAT_UNKNOWN,    /* anything else: never matches */
} SdPinFormat;

SdPinFormat sd_pin_get_format (const char *stored);

/* TRUE when @pin matches @stored; FALSE for a wrong PIN or a malformed @stored.
 * Takes tens of milliseconds by design: call it off the main thread in a UI. */
gboolean  sd_pin_verify (const char  *pin,
                         const char  *stored);

/* PBKDF2-HMAC-SHA256 (RFC 8018), exposed for known-answer tests. */
void      sd_pbkdf2_sha256 (const guint8 *password,
                            gsize         password_len,
                            const guint8 *salt,
                            gsize         salt_len,
                            guint         iterations,
                            guint8       *out,
                            gsize         out_len);

G_END_DECLS
