/* hp-test-util.c — shared helpers for the test programs
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <libintl.h>
#include <locale.h>
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

/* Removes @path and, if it is a folder, everything in it (such as a
 * g_dir_make_tmp() folder at the end of a test). */
void
hp_test_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          hp_test_remove_tree (child);
        }
      g_assert_cmpint (g_rmdir (path), ==, 0);
    }
  else
    g_assert_cmpint (g_unlink (path), ==, 0);
}

/* Writes @source to @target (the same file or another) with its one
 * occurrence of @from replaced by @to. */
void
hp_test_write_replacing (const char *source,
                         const char *target,
                         const char *from,
                         const char *to)
{
  g_autofree char *contents = NULL;
  g_autoptr(GString) changed = NULL;

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  changed = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (changed, from, to, 0), ==, 1);
  g_assert_true (g_file_set_contents (target, changed->str, changed->len, NULL));
}

void
hp_test_zip_free (HpTestZip *zip)
{
  g_ptr_array_unref (zip->names);
  g_hash_table_unref (zip->entries);
  g_free (zip);
}

/* Every entry of the zip archive @bytes, asserting it reads without error
 * (libarchive checks each entry's CRC) and holds no name twice. */
HpTestZip *
hp_test_zip_read (GBytes *bytes)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  HpTestZip *zip = g_new0 (HpTestZip, 1);
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);
  int status;

  zip->names = g_ptr_array_new_with_free_func (g_free);
  zip->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  archive_read_support_format_zip (archive);
  g_assert_cmpint (archive_read_open_memory (archive, data, size), ==, ARCHIVE_OK);
  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      GByteArray *contents = g_byte_array_new ();
      char buffer[8192];
      la_ssize_t n;

      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        g_byte_array_append (contents, (guint8 *) buffer, n);
      g_assert_cmpint (n, ==, 0);
      g_assert_false (g_hash_table_contains (zip->entries, archive_entry_pathname (entry)));
      g_ptr_array_add (zip->names, g_strdup (archive_entry_pathname (entry)));
      g_hash_table_insert (zip->entries, g_strdup (archive_entry_pathname (entry)),
                           g_byte_array_free_to_bytes (contents));
    }
  g_assert_cmpint (status, ==, ARCHIVE_EOF);
  archive_read_free (archive);
  return zip;
}

GBytes *
hp_test_zip_get (HpTestZip  *zip,
                 const char *name)
{
  GBytes *bytes = g_hash_table_lookup (zip->entries, name);

  if (bytes == NULL)
    g_error ("no entry “%s” in the zip archive", name);
  return bytes;
}

static guint
le16 (const guint8 *p)
{
  return p[0] | p[1] << 8;
}

/* The first entry is @name holding @contents, stored as ODF requires of
 * its "mimetype": uncompressed, without an extra field or a data
 * descriptor, so @contents can be read at a fixed offset. */
void
hp_test_assert_stored_first (GBytes     *archive,
                             const char *name,
                             const char *contents)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (archive, &size);
  gsize name_length = strlen (name);
  gsize length = strlen (contents);

  g_assert_cmpuint (size, >, 30 + name_length + length);
  g_assert_cmpmem (data, 4, "PK\3\4", 4);
  g_assert_cmpuint (le16 (data + 6) & 0x0008, ==, 0);   /* no data descriptor */
  g_assert_cmpuint (le16 (data + 8), ==, 0);            /* stored */
  g_assert_cmpuint (le16 (data + 26), ==, name_length);
  g_assert_cmpuint (le16 (data + 28), ==, 0);           /* no extra field */
  g_assert_cmpmem (data + 30, name_length, name, name_length);
  g_assert_cmpmem (data + 30 + name_length, length, contents, length);
}

/* For main(): the tests expect English under C.UTF-8, except in a child of
 * hp_test_in_danish(), which keeps its Danish; the app's catalogue is the
 * build tree's. */
void
hp_test_init_locale (void)
{
  if (!g_test_subprocess ())
    {
      g_setenv ("LANGUAGE", "C", TRUE);
      g_setenv ("LC_ALL", "C.UTF-8", TRUE);
    }
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("HJEMPLAN_LOCALE_DIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
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

void
hp_test_run_clear (HpTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Runs the built app (HJEMPLAN_BIN) with the arguments up to NULL, as a
 * planner's IT department would, and keeps what it printed. */
void
hp_test_run_app (HpTestRun  *run,
                 const char *first_arg,
                 ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (char *) g_getenv ("HJEMPLAN_BIN"));
  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &run->status, &error);
  g_assert_no_error (error);
}

/* Lets the main loop run until pending work (redraws, idle handlers,
 * signals queued by widgets) is done, as a user's pause would. */
void
hp_test_flush_events (void)
{
  for (int i = 0; i < 50; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* Runs the main loop for @milliseconds, as time passes for a person
 * looking at the window (animations run their course). */
void
hp_test_run_for (guint milliseconds)
{
  gint64 deadline = g_get_monotonic_time () + milliseconds * (gint64) 1000;

  while (g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

/* Runs the main loop until @done (@data) says so, at most 10 s, then
 * flushes what is left.  The X server maps a new window in its own time,
 * and under a loaded sanitizer run that can outlast hp_test_flush_events().
 * Returns whether @done came true. */
gboolean
hp_test_wait_for (gboolean (*done) (gpointer data),
                  gpointer    data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  gboolean reached;

  while (!(reached = done (data)) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  hp_test_flush_events ();
  return reached;
}
