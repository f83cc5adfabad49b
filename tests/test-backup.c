/* test-backup.c — rotating backups, the start-up health check and the
 * restore of a deliberately damaged database
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "hp-backup.h"
#include "hp-corpus-loader.h"
#include "hp-error.h"
#include "hp-notes.h"
#include "hp-test-util.h"

#define NOTE_ITEM "princip-1"
#define NOTE_TEXT "Aftalt med jobcentret i marts"

typedef struct {
  char *dir;
  char *path;
} TmpDir;

static void
tmp_dir_setup (TmpDir        *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("hjemplan-backup-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "kommune.db", NULL);
}

static void
tmp_dir_teardown (TmpDir        *fixture,
                  gconstpointer  data)
{
  hp_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

#define ADD_TMP_TEST(name, func) \
  g_test_add (name, TmpDir, NULL, tmp_dir_setup, func, tmp_dir_teardown)

/* A database file with the minimal corpus and one note, closed so that
 * everything is checkpointed into the main file. */
static void
make_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = hp_test_fixture ("corpus-minimal.xml");
  g_autofree char *rng = hp_test_data_file ("guidelines.rng");
  g_autoptr(HpDatabase) db = hp_database_open (path, &error);
  g_autoptr(HpCorpus) corpus = NULL;
  g_autoptr(HpNotes) notes = NULL;

  g_assert_no_error (error);
  hp_corpus_loader_load (db, xml, rng, &error);
  g_assert_no_error (error);
  corpus = hp_corpus_new (db);
  notes = hp_notes_new (corpus);
  hp_notes_set (notes, NOTE_ITEM, NOTE_TEXT, &error);
  g_assert_no_error (error);
}

static HpDatabase *
open_ok (const char *path)
{
  g_autoptr(GError) error = NULL;
  HpDatabase *db = hp_database_open (path, &error);

  g_assert_no_error (error);
  return db;
}

static void
assert_note_present (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDatabase) db = open_ok (path);
  g_autoptr(HpCorpus) corpus = hp_corpus_new (db);
  g_autoptr(HpNotes) notes = hp_notes_new (corpus);
  g_autofree char *text = hp_notes_get (notes, NOTE_ITEM, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, NOTE_TEXT);
}

static GDateTime *
day (int n)
{
  return g_date_time_new_local (2026, 3, n, 9, 30, 0);
}

/* Overwrites the second page (and so a b-tree page) with a pattern, as a
 * failing disk or a half-copied file would. */
static void
corrupt_page_two (const char *path)
{
  gsize length;
  g_autofree char *contents = hp_test_read_file (path, &length);
  g_autoptr(GError) error = NULL;
  int page_size = ((guchar) contents[16] << 8) | (guchar) contents[17];

  g_assert_cmpuint (length, >=, 3 * (gsize) page_size);
  memset (contents + page_size, 0x5a, page_size);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static void
test_create_self_contained (TmpDir        *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = day (2);
  g_autofree char *backup = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GPtrArray) list = NULL;

  make_database (fixture->path);
  {
    g_autoptr(HpDatabase) db = open_ok (fixture->path);
    backup = hp_backup_create (db, when, &error);
    g_assert_no_error (error);
  }
  expected = g_build_filename (fixture->dir, "backups", "kommune-20260302-093000.db", NULL);
  g_assert_cmpstr (backup, ==, expected);
  list = hp_backup_list (fixture->path);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (list, 0), ==, expected);

  /* A rollback-journal file, so copying it alone copies everything. */
  {
    gsize length;
    g_autofree char *contents = hp_test_read_file (backup, &length);
    g_assert_cmpint (contents[18], ==, 1);
  }
  assert_note_present (backup);
}

static void
test_ensure_recent_rotates (TmpDir        *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDatabase) db = NULL;
  g_autofree char *stray = g_build_filename (fixture->dir, "backups", "kommune-notes.db", NULL);
  g_autoptr(GPtrArray) list = NULL;

  make_database (fixture->path);
  db = open_ok (fixture->path);
  for (int n = 1; n <= 5; n++)
    {
      g_autoptr(GDateTime) when = day (n);
      g_autoptr(GDateTime) later = g_date_time_add_hours (when, 5);
      g_autofree char *created = NULL;
      g_autofree char *again = NULL;

      g_assert_true (hp_backup_ensure_recent (db, when, 3, &created, &error));
      g_assert_no_error (error);
      g_assert_nonnull (created);
      /* Once a day is enough. */
      g_assert_true (hp_backup_ensure_recent (db, later, 3, &again, &error));
      g_assert_no_error (error);
      g_assert_null (again);
      if (n == 1)
        g_assert_true (g_file_set_contents (stray, "mine", -1, NULL));
    }

  list = hp_backup_list (fixture->path);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (list, 0), "kommune-20260305-093000.db"));
  g_assert_true (g_str_has_suffix (g_ptr_array_index (list, 2), "kommune-20260303-093000.db"));
  /* Files that are not backups are never rotated away. */
  g_assert_true (g_file_test (stray, G_FILE_TEST_EXISTS));
}

static void
test_memory_not_backed_up (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDatabase) db = open_ok (":memory:");
  g_autofree char *created = NULL;

  g_assert_true (hp_backup_ensure_recent (db, NULL, HP_BACKUP_KEEP, &created, &error));
  g_assert_no_error (error);
  g_assert_null (created);
  g_assert_cmpint (hp_backup_check_health (":memory:", NULL), ==, HP_BACKUP_HEALTH_OK);
}

static void
test_healthy_and_missing (TmpDir        *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hp_backup_check_health (fixture->path, &error), ==, HP_BACKUP_HEALTH_OK);
  g_assert_no_error (error);
  make_database (fixture->path);
  g_assert_cmpint (hp_backup_check_health (fixture->path, &error), ==, HP_BACKUP_HEALTH_OK);
  g_assert_no_error (error);
}

static void
test_damaged_restored (TmpDir        *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *damaged = NULL;
  g_autofree char *aside_contents = NULL;
  gsize length, aside_length;

  make_database (fixture->path);
  {
    g_autoptr(HpDatabase) db = open_ok (fixture->path);
    g_autoptr(GDateTime) when = day (4);
    backup = hp_backup_create (db, when, &error);
    g_assert_no_error (error);
  }
  corrupt_page_two (fixture->path);
  damaged = hp_test_read_file (fixture->path, &length);

  /* Checking never writes. */
  g_assert_cmpint (hp_backup_check_health (fixture->path, &error), ==, HP_BACKUP_HEALTH_DAMAGED);
  g_assert_error (error, HP_ERROR, HP_ERROR_NOT_A_DATABASE);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_clear_error (&error);
  {
    gsize after_length;
    g_autofree char *after = hp_test_read_file (fixture->path, &after_length);
    g_assert_cmpmem (after, after_length, damaged, length);
  }

  restored = hp_backup_restore_newest (fixture->path, &aside, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (restored, ==, backup);
  g_assert_nonnull (aside);
  g_assert_nonnull (strstr (aside, "kommune-damaged-"));
  aside_contents = hp_test_read_file (aside, &aside_length);
  g_assert_cmpmem (aside_contents, aside_length, damaged, length);

  g_assert_cmpint (hp_backup_check_health (fixture->path, NULL), ==, HP_BACKUP_HEALTH_OK);
  assert_note_present (fixture->path);
}

static void
test_damaged_backup_skipped (TmpDir        *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *older = NULL;
  g_autofree char *newer = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *found = NULL;

  make_database (fixture->path);
  {
    g_autoptr(HpDatabase) db = open_ok (fixture->path);
    g_autoptr(GDateTime) first = day (1);
    g_autoptr(GDateTime) second = day (2);

    older = hp_backup_create (db, first, &error);
    g_assert_no_error (error);
    newer = hp_backup_create (db, second, &error);
    g_assert_no_error (error);
  }
  corrupt_page_two (newer);
  corrupt_page_two (fixture->path);

  found = hp_backup_find_newest_good (fixture->path);
  g_assert_cmpstr (found, ==, older);
  restored = hp_backup_restore_newest (fixture->path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (restored, ==, older);
  assert_note_present (fixture->path);
}

static void
test_damaged_without_backup (TmpDir        *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *restored = NULL;

  make_database (fixture->path);
  corrupt_page_two (fixture->path);
  g_assert_cmpint (hp_backup_check_health (fixture->path, NULL), ==, HP_BACKUP_HEALTH_DAMAGED);

  restored = hp_backup_restore_newest (fixture->path, &aside, &error);
  g_assert_error (error, HP_ERROR, HP_ERROR_NOT_FOUND);
  g_assert_null (restored);
  g_assert_null (aside);
  /* Nothing moved when there is nothing to put in its place. */
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  aside = hp_backup_set_aside (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (aside, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
test_foreign_file_left_alone (TmpDir        *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char text[] = "Dette er et referat, ikke en database.\n";
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_set_contents (fixture->path, text, -1, NULL));
  g_assert_cmpint (hp_backup_check_health (fixture->path, &error), ==, HP_BACKUP_HEALTH_FOREIGN);
  g_assert_no_error (error);
  contents = hp_test_read_file (fixture->path, &length);
  g_assert_cmpmem (contents, length, text, strlen (text));
}

/* A file whose first page is gone looks like no database at all; if it
 * has backups, it was ours and is damaged. */
static void
test_header_destroyed_with_backup (TmpDir        *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autofree char *contents = NULL;

  make_database (fixture->path);
  {
    g_autoptr(HpDatabase) db = open_ok (fixture->path);
    g_autofree char *backup = hp_backup_create (db, NULL, &error);
    g_assert_no_error (error);
  }
  contents = hp_test_read_file (fixture->path, &length);
  memset (contents, 0, 100);
  g_assert_true (g_file_set_contents (fixture->path, contents, length, NULL));
  g_assert_cmpint (hp_backup_check_health (fixture->path, &error), ==, HP_BACKUP_HEALTH_DAMAGED);
  g_assert_error (error, HP_ERROR, HP_ERROR_NOT_A_DATABASE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  ADD_TMP_TEST ("/backup/create/self-contained", test_create_self_contained);
  ADD_TMP_TEST ("/backup/ensure-recent/rotates", test_ensure_recent_rotates);
  g_test_add_func ("/backup/memory-not-backed-up", test_memory_not_backed_up);
  ADD_TMP_TEST ("/backup/health/ok", test_healthy_and_missing);
  ADD_TMP_TEST ("/backup/health/foreign", test_foreign_file_left_alone);
  ADD_TMP_TEST ("/backup/health/header-destroyed", test_header_destroyed_with_backup);
  ADD_TMP_TEST ("/backup/restore/damaged", test_damaged_restored);
  ADD_TMP_TEST ("/backup/restore/skips-damaged-backup", test_damaged_backup_skipped);
  ADD_TMP_TEST ("/backup/restore/no-backup", test_damaged_without_backup);

  return g_test_run ();
}
