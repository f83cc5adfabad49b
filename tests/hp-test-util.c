/* hp-test-util.c — shared helpers for the test programs
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hp-corpus-loader.h"
#include "hp-test-util.h"

/* The shipped corpus and schema in the source tree's data/. */
char *
hp_test_data_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", name, NULL);
}

char *
hp_test_fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

/* A fresh in-memory database with the full shipped corpus loaded. */
HpDatabase *
hp_test_open_corpus_db (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = hp_test_data_file ("guidelines.xml");
  g_autofree char *rng = hp_test_data_file ("guidelines.rng");
  HpDatabase *db = hp_database_open (":memory:", &error);

  g_assert_no_error (error);
  hp_corpus_loader_load (db, xml, rng, &error);
  g_assert_no_error (error);
  return db;
}

/* The same as hp_test_open_corpus_db(), but the corpus is loaded only once
 * per test program and then copied (SQLite's backup) into each new
 * database: loading takes seconds under the sanitizers, copying does not. */
HpDatabase *
hp_test_clone_corpus_db (void)
{
  static HpDatabase *loaded;
  g_autoptr(GError) error = NULL;
  HpDatabase *db = hp_database_open (":memory:", &error);
  sqlite3_backup *backup;

  g_assert_no_error (error);
  if (loaded == NULL)
    loaded = hp_test_open_corpus_db ();
  backup = sqlite3_backup_init (hp_database_get_handle (db), "main",
                                hp_database_get_handle (loaded), "main");
  g_assert_nonnull (backup);
  g_assert_cmpint (sqlite3_backup_step (backup, -1), ==, SQLITE_DONE);
  g_assert_cmpint (sqlite3_backup_finish (backup), ==, SQLITE_OK);
  return db;
}

/* The single integer a query such as SELECT count(*) returns. */
gint64
hp_test_query_int (HpDatabase *db,
                   const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = hp_database_prepare (db, sql, &error);
  gint64 value;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

/* Loads the corpus file @xml with the shipped schema, asserting success. */
void
hp_test_load_corpus (HpDatabase *db,
                     const char *xml)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *rng = hp_test_data_file ("guidelines.rng");
  gboolean ok = hp_corpus_loader_load (db, xml, rng, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

char *
hp_test_read_file (const char *path,
                   gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}
