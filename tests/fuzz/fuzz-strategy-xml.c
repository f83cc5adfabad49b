/* fuzz-strategy-xml.c — libFuzzer harness: a strategy file someone imports
 *
 * Every input is imported into one in-memory database with the guidelines
 * loaded, as the menu item and `hjemplan --import-strategy` do.  Any file
 * may be refused, but none may crash or leak; a refused import must leave
 * every strategy table as it was and no transaction open; an accepted one
 * must export, import again and export to the very same bytes.
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
#include "hp-strategy-xml.h"
#include "hp-test-util.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static HpDatabase *database;
static HpUndoStack *undo;
static HpStrategyStore *store;

static void
init_once (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = hp_fuzz_data_file ("guidelines.xml");
  g_autofree char *rng = hp_fuzz_data_file ("guidelines.rng");
  g_autoptr(HpCorpus) corpus = NULL;

  if (database != NULL)
    return;
  /* The importer finds strategy.rng where the app does. */
  g_setenv ("HJEMPLAN_DATA_DIR", HP_FUZZ_DATA_DIR, FALSE);
  hp_fuzz_silence_libxml ();
  database = hp_database_open (":memory:", &error);
  g_assert_no_error (error);
  hp_corpus_loader_load (database, xml, rng, &error);
  g_assert_no_error (error);
  corpus = hp_corpus_new (database);
  undo = hp_undo_stack_new ();
  store = hp_strategy_store_new (corpus, undo);
}

/* Rows in all strategy tables together. */
static gint64
count_rows (void)
{
  return hp_test_query_int (database,
    "SELECT (SELECT count(*) FROM strategy) + (SELECT count(*) FROM assessment) + "
    "(SELECT count(*) FROM strategy_snapshot) + (SELECT count(*) FROM snapshot_assessment) + "
    "(SELECT count(*) FROM focus_area) + (SELECT count(*) FROM goal) + "
    "(SELECT count(*) FROM goal_direction) + (SELECT count(*) FROM action) + "
    "(SELECT count(*) FROM action_direction)");
}

/* The importer reads a path: an anonymous in-memory file gives it one
 * without touching the disk.  Returns the descriptor; @path its name. */
static int
memory_file (const void  *data,
             size_t       size,
             char       **path)
{
  int fd = memfd_create ("strategy.xml", 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, data, size), ==, (ssize_t) size);
  *path = g_strdup_printf ("/proc/self/fd/%d", fd);
  return fd;
}

static GBytes *
export (gint64 id)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = hp_strategy_xml_export_bytes (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* An accepted file, exported, is a file the importer accepts, and one that
 * comes out the same again. */
static void
check_round_trip (gint64 id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) first = export (id);
  g_autoptr(GBytes) second = NULL;
  g_autofree char *path = NULL;
  int fd = memory_file (g_bytes_get_data (first, NULL), g_bytes_get_size (first), &path);
  gint64 copy = hp_strategy_xml_import (store, path, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (copy, >, id);
  second = export (copy);
  g_assert_true (g_bytes_equal (first, second));
  close (fd);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 before, id;
  int fd;

  init_once ();
  fd = memory_file (data, size, &path);
  before = count_rows ();
  id = hp_strategy_xml_import (store, path, NULL, &error);
  if (id == 0)
    {
      g_assert_true (error != NULL && error->domain == HP_ERROR);
      /* Shown in the window as it is. */
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpint (count_rows (), ==, before);
    }
  else
    {
      g_assert_no_error (error);
      check_round_trip (id);
    }
  close (fd);
  /* No transaction may be left open by a refused import. */
  g_assert_true (hp_database_begin (database, &error));
  g_assert_true (hp_database_commit (database, &error));
  /* Start every input from an empty strategy list. */
  g_assert_true (hp_database_exec (database, "DELETE FROM strategy", &error));
  hp_undo_stack_clear (undo);
  return 0;
}
