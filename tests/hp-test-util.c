/* hp-test-util.c — shared helpers for the test programs
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>

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

/* Runs a poppler tool and returns what it printed. */
static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

/* The text of the PDF with every run of white space (line ends, the
 * spaces -layout puts between columns) as one space, so assertions do not
 * depend on where lines happen to break. */
char *
hp_test_pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_autofree char *raw = run_tool (argv);
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (raw), " \n\f\t", -1);
  GString *text = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      {
        if (text->len > 0)
          g_string_append_c (text, ' ');
        g_string_append (text, words[i]);
      }
  return g_string_free (text, FALSE);
}

int
hp_test_pdf_page_count (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run_tool (argv);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return atoi (pages + strlen ("\nPages:"));
}
