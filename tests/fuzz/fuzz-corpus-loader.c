/* fuzz-corpus-loader.c — libFuzzer harness: a corpus file someone mails in
 *
 * Every input is validated and loaded into one in-memory database, as
 * `hjemplan --check-corpus` and a new edition would be.  Any input may be
 * refused, but none may crash, leak or leave the database unusable.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#include "hp-corpus-loader.h"
#include "hp-error.h"
#include "hp-fuzz.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static HpDatabase *database;
static char *schema_path;

static void
init_once (void)
{
  g_autoptr(GError) error = NULL;

  if (database != NULL)
    return;
  hp_fuzz_silence_libxml ();
  schema_path = hp_fuzz_data_file ("guidelines.rng");
  database = hp_database_open (":memory:", &error);
  g_assert_no_error (error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  /* The loader reads a path: an anonymous in-memory file gives it one
   * without touching the disk. */
  int fd = memfd_create ("corpus.xml", 0);

  init_once ();
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, data, size), ==, (ssize_t) size);
  path = g_strdup_printf ("/proc/self/fd/%d", fd);
  if (!hp_corpus_loader_load (database, path, schema_path, &error))
    g_assert_true (error != NULL && error->domain == HP_ERROR);
  close (fd);
  return 0;
}
