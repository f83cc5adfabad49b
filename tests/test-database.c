/* test-database.c — HpDatabase: opening, migrations, refusal of foreign or
 * newer files, transactions and statement reuse
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "hp-corpus-loader.h"
#include "hp-danish-tokenizer.h"
#include "hp-error.h"
#include "hp-migrations.h"
#include "hp-test-util.h"

/* A private temporary directory with a database path inside it. */
typedef struct {
  char *dir;
  char *path;
} TmpDir;

static void
tmp_dir_setup (TmpDir        *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("hjemplan-db-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);
}

static void
tmp_dir_teardown (TmpDir        *fixture,
                  gconstpointer  data)
{
  hp_test_remove_tree (fixture->dir);
  g_assert_false (g_file_test (fixture->dir, G_FILE_TEST_EXISTS));
  g_free (fixture->path);
  g_free (fixture->dir);
}

#define ADD_TMP_TEST(name, func) \
  g_test_add (name, TmpDir, NULL, tmp_dir_setup, func, tmp_dir_teardown)

static HpDatabase *
open_ok (const char *path)
{
  g_autoptr(GError) error = NULL;
  HpDatabase *db = hp_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (HP_IS_DATABASE (db));
  return db;
}


static char *
query_text (HpDatabase *db,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = hp_database_prepare (db, sql, &error);
  char *value;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

static void
exec_ok (HpDatabase *db,
         const char *sql)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = hp_database_exec (db, sql, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
write_file (const char *path,
            const char *contents,
            gsize       length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static void
assert_file_is (const char *path,
                const char *expected,
                gsize       expected_length)
{
  gsize length;
  g_autofree char *contents = hp_test_read_file (path, &length);

  g_assert_cmpmem (contents, length, expected, expected_length);
}

static void
assert_no_sidecar_files (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *sidecar = g_strconcat (path, suffixes[i], NULL);
      g_assert_false (g_file_test (sidecar, G_FILE_TEST_EXISTS));
    }
}

/* Opening @path must fail with @code, name the file, and leave every byte
 * of it as it was. */
static void
assert_refused_unchanged (const char *path,
                          int         code)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autofree char *before = hp_test_read_file (path, &length);
  g_autoptr(HpDatabase) db = hp_database_open (path, &error);

  g_assert_null (db);
  g_assert_error (error, HP_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  assert_file_is (path, before, length);
  assert_no_sidecar_files (path);
}

static void
assert_latest_schema (HpDatabase *db)
{
  g_assert_cmpint (hp_database_latest_schema_version (), >=, 1);
  g_assert_cmpint (hp_database_get_schema_version (db), ==, hp_database_latest_schema_version ());
  g_assert_cmpint (hp_test_query_int (db, "PRAGMA user_version"), ==, hp_database_latest_schema_version ());
  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM sqlite_master "
                                  "WHERE type = 'table' AND name LIKE 'corpus_%'"), ==, 5);
}

static void
test_open_memory (void)
{
  g_autoptr(HpDatabase) db = open_ok (":memory:");

  g_assert_cmpstr (hp_database_get_path (db), ==, ":memory:");
  g_assert_nonnull (hp_database_get_handle (db));
  assert_latest_schema (db);
  g_assert_cmpint (hp_test_query_int (db, "PRAGMA foreign_keys"), ==, 1);
}

static void
test_open_file (TmpDir        *fixture,
                gconstpointer  data)
{
  g_autoptr(HpDatabase) db = open_ok (fixture->path);
  g_autofree char *journal_mode = query_text (db, "PRAGMA journal_mode");

  g_assert_cmpstr (hp_database_get_path (db), ==, fixture->path);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));
  assert_latest_schema (db);
  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpint (hp_test_query_int (db, "PRAGMA foreign_keys"), ==, 1);
}

static void
test_foreign_keys_enforced (void)
{
  g_autoptr(HpDatabase) db = open_ok (":memory:");
  g_autoptr(GError) error = NULL;

  g_assert_false (hp_database_exec (db, "INSERT INTO corpus_item (seq, id, kind, parent_seq) "
                                        "VALUES (1, 'orphan', 'paragraph', 999)", &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_FAILED);
  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM corpus_item"), ==, 0);
}

/* The corpus tables refuse what the corpus cannot say, even with their
 * checks written as comparisons (migration 6). */
static void
test_corpus_checks_enforced (void)
{
  g_autoptr(HpDatabase) db = open_ok (":memory:");
  g_autoptr(GError) error = NULL;

  exec_ok (db, "INSERT INTO corpus_item (seq, id, kind, classification) VALUES (1, 'a', 'direction', 'kan');"
               "INSERT INTO corpus_item (seq, id, kind) VALUES (2, 'b', 'paragraph');"
               "INSERT INTO corpus_lawref (footnote_seq, law, law_name, act_type) VALUES (2, 'x', 'X', 'lbk');");
  g_assert_false (hp_database_exec (db, "INSERT INTO corpus_item (seq, id, kind, classification) "
                                        "VALUES (3, 'c', 'direction', 'maaske')", &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (hp_database_exec (db, "INSERT INTO corpus_lawref (footnote_seq, law, law_name, act_type) "
                                        "VALUES (2, 'x', 'X', 'dom')", &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_FAILED);
  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM corpus_item"), ==, 2);
  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM corpus_lawref"), ==, 1);
}

/* A database as Hjemplan 5 left it: a corpus loaded and indexed, and a
 * note of the user's.  Written with SQLite and the migrations up to 5. */
static void
make_version_5_database (const char *path)
{
  guint n_migrations;
  const HpMigration *migrations = hp_migrations_get (&n_migrations);
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_true (hp_danish_tokenizer_register (raw, NULL));
  for (guint i = 0; i < n_migrations && migrations[i].version <= 5; i++)
    g_assert_cmpint (sqlite3_exec (raw, migrations[i].sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw,
    "INSERT INTO corpus_edition (id, edition, checksum, title, publisher, published, loaded_at)"
    "  VALUES (1, '2020', 'abc', 'Retningslinjer', 'Socialstyrelsen', '2020', '2026-01-01');"
    "INSERT INTO corpus_item (seq, id, kind, classification, text)"
    "  VALUES (1, 'g', 'guideline', 'skal', 'husleje');"
    "INSERT INTO search_fts (search_fts) VALUES ('rebuild');"
    "INSERT INTO search_item (seq, weight) VALUES (1, 3.0);"
    "INSERT INTO user_note VALUES ('g', 'Vores note', '2026-01-02');"
    "PRAGMA user_version = 5;", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (raw), ==, SQLITE_OK);
}

static void
test_migration_6_remakes_corpus (TmpDir        *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDatabase) db = NULL;
  g_autofree char *xml = hp_test_data_file ("guidelines.xml");
  g_autofree char *rng = hp_test_data_file ("guidelines.rng");
  g_autofree char *note = NULL;
  gboolean loaded = FALSE;

  make_version_5_database (fixture->path);
  db = open_ok (fixture->path);
  assert_latest_schema (db);
  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM corpus_item"), ==, 0);
  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM search_item"), ==, 0);
  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM search_fts WHERE search_fts MATCH 'husleje'"),
                   ==, 0);
  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%IN (''skal''%'"),
                   ==, 0);
  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM sqlite_master WHERE name = 'search_fts'"
                                          " AND sql LIKE '%prefix=''2''%'"), ==, 1);
  note = query_text (db, "SELECT text FROM user_note WHERE item_id = 'g'");
  g_assert_cmpstr (note, ==, "Vores note");

  /* The cleared checksum makes the next start load the corpus again. */
  g_assert_true (hp_corpus_loader_ensure (db, xml, rng, &loaded, &error));
  g_assert_no_error (error);
  g_assert_true (loaded);
  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM corpus_item WHERE kind = 'guideline'"), ==, 25);
  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM search_fts WHERE search_fts MATCH 'husleje'"),
                   >, 0);
}

static void
test_reopen_keeps_data (TmpDir        *fixture,
                        gconstpointer  data)
{
  gint64 schema_cookie;

  {
    g_autoptr(HpDatabase) db = open_ok (fixture->path);
    exec_ok (db, "CREATE TABLE scratch_note (id TEXT);"
                 "INSERT INTO scratch_note VALUES ('kept');");
    schema_cookie = hp_test_query_int (db, "PRAGMA schema_version");
  }
  {
    g_autoptr(HpDatabase) db = open_ok (fixture->path);
    g_autofree char *note = query_text (db, "SELECT id FROM scratch_note");

    assert_latest_schema (db);
    g_assert_cmpstr (note, ==, "kept");
    /* Re-running a migration would change the schema cookie (and the
     * CREATE TABLEs would fail anyway). */
    g_assert_cmpint (hp_test_query_int (db, "PRAGMA schema_version"), ==, schema_cookie);
  }
}

/* A database as a future Hjemplan would leave it, written by SQLite itself. */
static void
make_newer_database (const char *path)
{
  sqlite3 *raw = NULL;
  g_autofree char *sql = g_strdup_printf ("CREATE TABLE future (x TEXT);"
                                          "INSERT INTO future VALUES ('from the future');"
                                          "PRAGMA user_version = %d;",
                                          hp_database_latest_schema_version () + 1);

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (raw), ==, SQLITE_OK);
}

static void
test_too_new_refused (TmpDir        *fixture,
                      gconstpointer  data)
{
  make_newer_database (fixture->path);
  assert_no_sidecar_files (fixture->path);
  assert_refused_unchanged (fixture->path, HP_ERROR_TOO_NEW);
}

static void
test_text_file_refused (TmpDir        *fixture,
                        gconstpointer  data)
{
  static const char text[] = "Dette er ikke en database.\nBare tekst, linje efter linje.\n";

  write_file (fixture->path, text, sizeof text - 1);
  assert_refused_unchanged (fixture->path, HP_ERROR_NOT_A_DATABASE);
}

static void
test_binary_file_refused (TmpDir        *fixture,
                          gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20200101);
  char bytes[8192];

  for (gsize i = 0; i < sizeof bytes; i++)
    bytes[i] = (char) g_rand_int_range (rand, 0, 256);
  write_file (fixture->path, bytes, sizeof bytes);
  assert_refused_unchanged (fixture->path, HP_ERROR_NOT_A_DATABASE);
}

/* One page of zeros with a little garbage in it: the size of a database
 * page, but no SQLite header. */
static void
test_garbage_page_refused (TmpDir        *fixture,
                           gconstpointer  data)
{
  char bytes[4096] = { 0 };

  memcpy (bytes + 100, "garbage\xff\xfe", 9);
  bytes[4095] = '\x01';
  write_file (fixture->path, bytes, sizeof bytes);
  assert_refused_unchanged (fixture->path, HP_ERROR_NOT_A_DATABASE);
}

static void
insert_note (HpDatabase *db,
             const char *id)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = hp_database_prepare (db, "INSERT INTO scratch_note VALUES (?)", &error);
  gboolean ok;

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  ok = hp_database_step_done (db, stmt, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
begin_ok (HpDatabase *db)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = hp_database_begin (db, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
test_transactions (void)
{
  g_autoptr(HpDatabase) db = open_ok (":memory:");
  g_autoptr(GError) error = NULL;
  gboolean ok;

  exec_ok (db, "CREATE TABLE scratch_note (id TEXT)");

  begin_ok (db);
  insert_note (db, "rolled-back");
  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM scratch_note"), ==, 1);
  hp_database_rollback (db);
  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM scratch_note"), ==, 0);

  begin_ok (db);
  insert_note (db, "committed");
  ok = hp_database_commit (db, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  hp_database_rollback (db);  /* outside a transaction: must do nothing */
  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM scratch_note WHERE id = 'committed'"), ==, 1);
}

/* What a failed migration relies on: a version bump and a schema change in
 * a rolled-back transaction leave the file as it was. */
static void
test_rollback_keeps_file (TmpDir        *fixture,
                          gconstpointer  data)
{
  gsize length;
  g_autofree char *before = NULL;

  {
    g_autoptr(HpDatabase) db = open_ok (fixture->path);
    exec_ok (db, "PRAGMA wal_checkpoint(TRUNCATE)");
    before = hp_test_read_file (fixture->path, &length);
    begin_ok (db);
    exec_ok (db, "CREATE TABLE half_done (x); PRAGMA user_version = 99");
    g_assert_cmpint (hp_test_query_int (db, "PRAGMA user_version"), ==, 99);
    hp_database_rollback (db);
    g_assert_cmpint (hp_test_query_int (db, "PRAGMA user_version"), ==, hp_database_latest_schema_version ());
    assert_file_is (fixture->path, before, length);
  }
  {
    g_autoptr(HpDatabase) db = open_ok (fixture->path);

    assert_latest_schema (db);
    g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"), ==, 0);
  }
}

static void
test_begin_twice_fails (void)
{
  g_autoptr(HpDatabase) db = open_ok (":memory:");
  g_autoptr(GError) error = NULL;

  begin_ok (db);
  g_assert_false (hp_database_begin (db, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_FAILED);
  hp_database_rollback (db);
}

static void
test_prepare_reuse (void)
{
  g_autoptr(HpDatabase) db = open_ok (":memory:");
  g_autoptr(GError) error = NULL;
  const char *sql = "SELECT v FROM n ORDER BY v";
  g_autofree char *copy = g_strdup ("SELECT 1");
  sqlite3_stmt *first = hp_database_prepare (db, "SELECT 1", &error);
  sqlite3_stmt *again = hp_database_prepare (db, copy, &error);
  sqlite3_stmt *other = hp_database_prepare (db, "SELECT 2", &error);
  sqlite3_stmt *stmt;

  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_true (first == again);
  g_assert_true (first != other);

  /* A reused statement starts over, even if it was left mid-way. */
  exec_ok (db, "CREATE TABLE n (v INTEGER); INSERT INTO n VALUES (10), (20)");
  stmt = hp_database_prepare (db, sql, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 20);
  g_assert_true (hp_database_prepare (db, sql, NULL) == stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 10);
}

static void
test_prepare_invalid (void)
{
  g_autoptr(HpDatabase) db = open_ok (":memory:");
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) exec_error = NULL;

  g_assert_null (hp_database_prepare (db, "SELEKT * FROM nowhere", &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "syntax error"));

  g_assert_false (hp_database_exec (db, "INSERT INTO no_such_table VALUES (1)", &exec_error));
  g_assert_error (exec_error, HP_ERROR, HP_ERROR_FAILED);
  g_assert_nonnull (strstr (exec_error->message, "no_such_table"));
}

static void
test_default_path (void)
{
  g_autofree char *path = hp_database_default_path ();
  g_autofree char *prefix = g_build_filename (g_get_user_data_dir (), "", NULL);

  g_assert_true (g_path_is_absolute (path));
  g_assert_true (g_str_has_prefix (path, prefix));
  g_assert_cmpuint (strlen (path), >, strlen (prefix));
  g_assert_true (g_str_has_suffix (path, ".db"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/database/open-memory", test_open_memory);
  ADD_TMP_TEST ("/database/open-file", test_open_file);
  g_test_add_func ("/database/foreign-keys-enforced", test_foreign_keys_enforced);
  g_test_add_func ("/database/corpus-checks-enforced", test_corpus_checks_enforced);
  ADD_TMP_TEST ("/database/migration-6-remakes-corpus", test_migration_6_remakes_corpus);
  ADD_TMP_TEST ("/database/reopen-keeps-data", test_reopen_keeps_data);
  ADD_TMP_TEST ("/database/too-new-refused", test_too_new_refused);
  ADD_TMP_TEST ("/database/not-a-database/text", test_text_file_refused);
  ADD_TMP_TEST ("/database/not-a-database/binary", test_binary_file_refused);
  ADD_TMP_TEST ("/database/not-a-database/garbage-page", test_garbage_page_refused);
  g_test_add_func ("/database/transactions", test_transactions);
  ADD_TMP_TEST ("/database/rollback-keeps-file", test_rollback_keeps_file);
  g_test_add_func ("/database/begin-twice-fails", test_begin_twice_fails);
  g_test_add_func ("/database/prepare-reuse", test_prepare_reuse);
  g_test_add_func ("/database/prepare-invalid", test_prepare_invalid);
  g_test_add_func ("/database/default-path", test_default_path);

  return g_test_run ();
}
