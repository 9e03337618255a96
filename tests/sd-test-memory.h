/* sd-test-memory.h: what the long-running tests measure to call memory flat
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <check.h>
#include <glib.h>
#include <malloc.h>
#include <stdio.h>
#include <unistd.h>

/* Under AddressSanitizer freed blocks wait in a quarantine (256 MiB by default)
 * before they are reused, so the resident set grows by design, and glibc's
 * mallinfo2() sees none of the sanitizer's allocations. There the heap in use
 * comes from the sanitizer's allocator and the resident set is not compared. */
#if defined(__SANITIZE_ADDRESS__)
# define SD_TEST_ASAN 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define SD_TEST_ASAN 1
# endif
#endif

#ifdef SD_TEST_ASAN
/* From libasan's allocator interface; Debian ships no header for it. */
extern size_t __sanitizer_get_current_allocated_bytes (void);
# define SD_TEST_RSS_COMPARABLE FALSE
#else
# define SD_TEST_RSS_COMPARABLE TRUE
#endif

/* Resident set size in bytes, from /proc/self/statm. */
static inline gsize
sd_test_resident_bytes (void)
{
  unsigned long size = 0, resident = 0;
  FILE *file = fopen ("/proc/self/statm", "r");

  ck_assert_ptr_nonnull (file);
  ck_assert_int_eq (fscanf (file, "%lu %lu", &size, &resident), 2);
  fclose (file);

  return (gsize)resident * (gsize)sysconf (_SC_PAGESIZE);
}

/* Bytes handed out by the allocator and not yet freed: what a leak grows. */
static inline gsize
sd_test_heap_in_use (void)
{
#ifdef SD_TEST_ASAN
  return __sanitizer_get_current_allocated_bytes ();
#else
  return mallinfo2 ().uordblks;
#endif
}
