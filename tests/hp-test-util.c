/* hp-test-util.c — shared helpers for the test programs
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

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

/* A fresh in-memory database with the full shipped corpus loaded.  The
 * corpus is loaded once per process and copied into each new database with
 * SQLite's backup API: loading it is the slow part of most tests, above
 * all under the sanitizers. */
HpDatabase *
hp_test_open_corpus_db (void)
{
  static HpDatabase *loaded;    /* for the life of the process */
  g_autoptr(GError) error = NULL;
  HpDatabase *db;
  sqlite3_backup *backup;

  if (loaded == NULL)
    {
      g_autofree char *xml = hp_test_data_file ("guidelines.xml");
      g_autofree char *rng = hp_test_data_file ("guidelines.rng");

      loaded = hp_database_open (":memory:", &error);
      g_assert_no_error (error);
      hp_corpus_loader_load (loaded, xml, rng, &error);
      g_assert_no_error (error);
    }
  db = hp_database_open (":memory:", &error);
  g_assert_no_error (error);
  backup = sqlite3_backup_init (hp_database_get_handle (db), "main", hp_database_get_handle (loaded), "main");
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

/* For main(), before the locale is set up: the tests expect English under
 * C.UTF-8, except in a child of hp_test_in_danish, which keeps its own. */
void
hp_test_init_locale (void)
{
  if (g_test_subprocess ())
    return;
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
}

/* Runs the current test again in a child process under da_DK.UTF-8
 * (gettext and the C library read the locale once per process): TRUE in
 * that child, which then does the Danish checks; FALSE in the parent,
 * after asserting that the child passed. */
gboolean
hp_test_in_danish (void)
{
  g_autofree char *language = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *lc_all = g_strdup (g_getenv ("LC_ALL"));

  if (g_test_subprocess ())
    {
      g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, "da_DK.UTF-8");
      return TRUE;
    }
  g_setenv ("LANGUAGE", "da", TRUE);
  g_setenv ("LC_ALL", "da_DK.UTF-8", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_setenv ("LANGUAGE", language, TRUE);
  g_setenv ("LC_ALL", lc_all, TRUE);
  g_test_trap_assert_passed ();
  return FALSE;
}
