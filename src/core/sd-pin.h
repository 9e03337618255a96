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
/* "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64), with a fresh random salt. */
char     *sd_pin_hash   (const char  *pin,
                         GError     **error);
/* Same, with a given salt and iteration count (for tests and known-answer checks). */
char     *sd_pin_hash_with_salt (const char   *pin,
                                 const guint8 *salt,
                                 gsize         salt_len,
                                 guint         iterations);
/* TRUE when @pin matches @stored; FALSE for a wrong PIN or a malformed @stored. */
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
