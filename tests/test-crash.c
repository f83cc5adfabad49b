/* test-crash.c — the database survives being killed at any moment, and two
 * processes on one file
 *
 * The test binary runs itself as the child: "--edit-child DB ROUND A B RNG" makes
 * edits and corpus imports forever, printing each one on stdout only once
 * it is committed ("acknowledged"); the parent kills it with SIGKILL at a
 * random moment and then checks the file.  "--hold-lock DB" keeps a write
 * transaction open, "--hold-exclusive DB" locks the whole file for a moment;
 * "--writer DB TAG N" writes N notes.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "hp-bookmarks.h"
#include "hp-corpus-loader.h"
#include "hp-error.h"
#include "hp-notes.h"
#include "hp-test-util.h"

#define KILL_ROUNDS      60
#define MAX_KILL_DELAY_MS 250

/* Items in both corpora, so edits are valid whichever one is loaded. */
static const char * const item_ids[] = {
  "kapitel-1", "princip-1", "housing-first", "hf-kerneprincip-1", "metode-cti", "lit-1",
};

typedef struct {
  char *dir;
  char *path;
  char *corpus_a;       /* the minimal fixture */
  char *corpus_b;       /* the shipped corpus: large enough to be killed mid-load */
  char *schema;
} CrashFixture;

/* --- children ------------------------------------------------------------- */

static HpDatabase *
child_open (const char *path)
{
  g_autoptr(GError) error = NULL;
  HpDatabase *db = hp_database_open (path, &error);

  if (db == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      exit (3);
    }
  return db;
}

static void
ack (const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  fflush (stdout);
}

static int
run_edit_child (const char *path,
                guint       round,
                const char *corpus_a,
                const char *corpus_b,
                const char *schema)
{
  g_autoptr(HpDatabase) db = child_open (path);
  g_autoptr(HpCorpus) corpus = hp_corpus_new (db);
  g_autoptr(HpNotes) notes = hp_notes_new (corpus);
  g_autoptr(HpBookmarks) bookmarks = hp_bookmarks_new (corpus, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (round);

  for (guint step = 0;; step++)
    {
      g_autoptr(GError) error = NULL;
      const char *id = item_ids[g_rand_int_range (rand, 0, G_N_ELEMENTS (item_ids))];
      guint what = g_rand_int_range (rand, 0, 8);

      if (what == 0)
        {
          gboolean use_b = g_rand_boolean (rand);
          if (hp_corpus_loader_load (db, use_b ? corpus_b : corpus_a, schema, &error))
            ack ("corpus %c\n", use_b ? 'b' : 'a');
        }
      else if (what == 1)
        {
          if (hp_bookmarks_add (bookmarks, id, &error))
            ack ("bookmark %s\n", id);
        }
      else
        {
          guint version = round * 100000 + step;
          g_autofree char *text = g_strdup_printf ("v%u", version);
          if (hp_notes_set (notes, id, text, &error))
            ack ("note %s %u\n", id, version);
        }
      if (error != NULL)
        {
          g_printerr ("child: %s\n", error->message);
          return 4;
        }
    }
}

static int
run_hold_lock_child (const char *path)
{
  g_autoptr(HpDatabase) db = child_open (path);
  g_autoptr(GError) error = NULL;

  if (!hp_database_begin (db, &error) ||
      !hp_database_exec (db, "INSERT INTO user_note (item_id, text, changed_at) "
                             "VALUES ('lock-holder', 'x', '') "
                             "ON CONFLICT (item_id) DO UPDATE SET text = 'y'", &error))
    {
      g_printerr ("child: %s\n", error->message);
      return 4;
    }
  ack ("locked\n");
  g_usleep (30 * G_USEC_PER_SEC);  /* killed long before */
  return 0;
}

/* Holds the file exclusively for a moment, as SQLite itself does while it
 * recovers a WAL left by a crash: nobody else can even read. */
static int
run_exclusive_child (const char *path)
{
  sqlite3 *db = NULL;

  if (sqlite3_open (path, &db) != SQLITE_OK ||
      sqlite3_exec (db, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;"
                        "DELETE FROM user_note WHERE item_id = 'none'", NULL, NULL, NULL) != SQLITE_OK)
    {
      g_printerr ("child: %s\n", sqlite3_errmsg (db));
      return 4;
    }
  ack ("locked\n");
  g_usleep (300 * 1000);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
  return 0;
}

static int
run_writer_child (const char *path,
                  const char *tag,
                  guint       count)
{
  g_autoptr(HpDatabase) db = child_open (path);
  g_autoptr(HpCorpus) corpus = hp_corpus_new (db);
  g_autoptr(HpNotes) notes = hp_notes_new (corpus);

  for (guint i = 0; i < count; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = g_strdup_printf ("%s-%u", tag, i);

      if (!hp_notes_set (notes, item_ids[i % G_N_ELEMENTS (item_ids)], text, &error))
        {
          g_printerr ("child %s: %s\n", tag, error->message);
          return 4;
        }
    }
  ack ("done %u\n", count);
  return 0;
}

/* --- parent helpers ------------------------------------------------------- */

static GPid
spawn_child (int        *stdout_fd,
             const char *first_arg,
             ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  GPid pid;

  g_ptr_array_add (argv, g_file_read_link ("/proc/self/exe", NULL));
  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_async_with_pipes (NULL, (char **) argv->pdata, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                            NULL, NULL, &pid, NULL, stdout_fd, NULL, &error);
  g_assert_no_error (error);
  return pid;
}

static char *
read_all (int fd)
{
  GString *out = g_string_new (NULL);
  char buffer[4096];
  ssize_t n;

  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (out, buffer, n);
  close (fd);
  return g_string_free (out, FALSE);
}

/* Reads up to the first newline, waiting for it. */
static char *
read_line (int fd)
{
  GString *line = g_string_new (NULL);
  char c;

  while (read (fd, &c, 1) == 1 && c != '\n')
    g_string_append_c (line, c);
  return g_string_free (line, FALSE);
}

static int
wait_status (GPid pid)
{
  int status = 0;

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return status;
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static void
assert_integrity (HpDatabase *database)
{
  sqlite3 *db = hp_database_get_handle (database);
  g_autofree char *result = query_text (db, "PRAGMA integrity_check");

  g_assert_cmpstr (result, ==, "ok");
}

static gint64
count_items (HpDatabase *database)
{
  return query_int (hp_database_get_handle (database), "SELECT count(*) FROM corpus_item");
}

static void
crash_setup (CrashFixture  *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDatabase) db = NULL;

  fixture->dir = g_dir_make_tmp ("hjemplan-crash-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "kommune.db", NULL);
  fixture->corpus_a = hp_test_fixture ("corpus-minimal.xml");
  fixture->corpus_b = hp_test_data_file ("guidelines.xml");
  fixture->schema = hp_test_data_file ("guidelines.rng");
  db = hp_database_open (fixture->path, &error);
  g_assert_no_error (error);
  hp_corpus_loader_load (db, fixture->corpus_a, fixture->schema, &error);
  g_assert_no_error (error);
}

static void
crash_teardown (CrashFixture  *fixture,
                gconstpointer  data)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (fixture->path, suffixes[i], NULL);
      g_unlink (file);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->corpus_a);
  g_free (fixture->corpus_b);
  g_free (fixture->schema);
}

/* --- killed at random ----------------------------------------------------- */

typedef struct {
  GHashTable *note_versions;  /* item id → highest acknowledged version */
  GHashTable *bookmarks;      /* item ids acknowledged as bookmarked */
} Acknowledged;

static void
record_acks (Acknowledged *acked,
             const char   *output)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], " ", -1);

      if (g_strv_length (words) == 3 && g_str_equal (words[0], "note"))
        {
          guint version = (guint) g_ascii_strtoull (words[2], NULL, 10);
          guint before = GPOINTER_TO_UINT (g_hash_table_lookup (acked->note_versions, words[1]));
          g_hash_table_insert (acked->note_versions, g_strdup (words[1]),
                               GUINT_TO_POINTER (MAX (version, before)));
        }
      else if (g_strv_length (words) == 2 && g_str_equal (words[0], "bookmark"))
        g_hash_table_add (acked->bookmarks, g_strdup (words[1]));
    }
}

/* Every acknowledged edit is there: a note at least as new as the last one
 * acknowledged (a later one may have committed just before the kill). */
static void
assert_acks_present (HpDatabase   *database,
                     Acknowledged *acked)
{
  g_autoptr(HpCorpus) corpus = hp_corpus_new (database);
  g_autoptr(HpNotes) notes = hp_notes_new (corpus);
  g_autoptr(HpBookmarks) bookmarks = hp_bookmarks_new (corpus, NULL);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, acked->note_versions);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = hp_notes_get (notes, key, &error);

      g_assert_no_error (error);
      g_assert_nonnull (text);
      g_assert_cmpuint ((guint) g_ascii_strtoull (text + 1, NULL, 10), >=, GPOINTER_TO_UINT (value));
    }
  g_hash_table_iter_init (&iter, acked->bookmarks);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_assert_true (hp_bookmarks_is_bookmarked (bookmarks, key));
}

static gint64
corpus_size (const char *xml,
             const char *schema)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDatabase) db = hp_database_open (":memory:", &error);

  g_assert_no_error (error);
  hp_corpus_loader_load (db, xml, schema, &error);
  g_assert_no_error (error);
  return count_items (db);
}

static void
test_killed_at_random (CrashFixture  *fixture,
                       gconstpointer  data)
{
  gint64 size_a = corpus_size (fixture->corpus_a, fixture->schema);
  gint64 size_b = corpus_size (fixture->corpus_b, fixture->schema);
  Acknowledged acked = {
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
  };
  guint mid_load_kills = 0;

  for (guint round = 1; round <= KILL_ROUNDS; round++)
    {
      g_autofree char *round_arg = g_strdup_printf ("%u", round);
      g_autofree char *output = NULL;
      g_autoptr(HpDatabase) db = NULL;
      g_autoptr(GError) error = NULL;
      int out_fd;
      GPid pid = spawn_child (&out_fd, "--edit-child", fixture->path, round_arg,
                              fixture->corpus_a, fixture->corpus_b, fixture->schema, NULL);
      int status;
      gint64 items;

      g_usleep (g_test_rand_int_range (0, MAX_KILL_DELAY_MS) * 1000);
      kill (pid, SIGKILL);
      status = wait_status (pid);
      g_spawn_close_pid (pid);
      /* Killed, not failed: an edit the child could not make is a bug. */
      g_assert_true (WIFSIGNALED (status));
      output = read_all (out_fd);
      record_acks (&acked, output);

      db = hp_database_open (fixture->path, &error);
      g_assert_no_error (error);
      assert_integrity (db);
      /* The corpus is the whole of one edition or the other, never a part. */
      items = count_items (db);
      g_assert_true (items == size_a || items == size_b);
      g_assert_cmpint (query_int (hp_database_get_handle (db), "SELECT count(*) FROM corpus_edition"), ==, 1);
      assert_acks_present (db, &acked);
      if (strstr (output, "corpus") == NULL)
        mid_load_kills++;
    }
  g_test_message ("%u of %u children killed before acknowledging a load", mid_load_kills, KILL_ROUNDS);
  g_assert_cmpuint (g_hash_table_size (acked.note_versions), >, 0);
  g_hash_table_unref (acked.note_versions);
  g_hash_table_unref (acked.bookmarks);
}

/* --- two processes on one file -------------------------------------------- */

static void
test_busy_gets_clear_error (CrashFixture  *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDatabase) db = NULL;
  g_autoptr(HpCorpus) corpus = NULL;
  g_autoptr(HpNotes) notes = NULL;
  g_autofree char *line = NULL;
  int out_fd;
  GPid pid = spawn_child (&out_fd, "--hold-lock", fixture->path, NULL);
  gint64 started;

  line = read_line (out_fd);
  g_assert_cmpstr (line, ==, "locked");

  db = hp_database_open (fixture->path, &error);
  g_assert_no_error (error);
  hp_database_set_busy_timeout (db, 200);
  corpus = hp_corpus_new (db);
  notes = hp_notes_new (corpus);
  started = g_get_monotonic_time ();
  g_assert_false (hp_notes_set (notes, "princip-1", "blocked", &error));
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 150 * 1000);
  g_assert_error (error, HP_ERROR, HP_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_assert_nonnull (strstr (error->message, "in use by another program"));
  g_clear_error (&error);

  /* The holder dies without committing: its write is gone, ours goes in. */
  kill (pid, SIGKILL);
  wait_status (pid);
  g_spawn_close_pid (pid);
  close (out_fd);
  g_assert_true (hp_notes_set (notes, "princip-1", "after", &error));
  g_assert_no_error (error);
  g_assert_false (hp_notes_has_note (notes, "lock-holder"));
  assert_integrity (db);
}

/* Regression: hp_database_open() set the busy timeout only after reading
 * the schema version, so opening a file another process held for a moment
 * failed at once with "in use" (seen with concurrent writers). */
static void
test_open_waits_for_lock (CrashFixture  *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDatabase) db = NULL;
  g_autofree char *line = NULL;
  int out_fd;
  GPid pid = spawn_child (&out_fd, "--hold-exclusive", fixture->path, NULL);

  line = read_line (out_fd);
  g_assert_cmpstr (line, ==, "locked");
  db = hp_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_true (WIFEXITED (wait_status (pid)));
  g_spawn_close_pid (pid);
  close (out_fd);
  assert_integrity (db);
}

static void
test_concurrent_writers (CrashFixture  *fixture,
                         gconstpointer  data)
{
  static const char * const tags[] = { "first", "second", "third" };
  const guint count = 150;
  g_autofree char *count_arg = g_strdup_printf ("%u", count);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDatabase) db = NULL;
  GPid pids[G_N_ELEMENTS (tags)];
  int fds[G_N_ELEMENTS (tags)];

  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    pids[i] = spawn_child (&fds[i], "--writer", fixture->path, tags[i], count_arg, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    {
      g_autofree char *output = read_all (fds[i]);
      int status = wait_status (pids[i]);
      g_autofree char *expected = g_strdup_printf ("done %u\n", count);

      g_spawn_close_pid (pids[i]);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
      g_assert_cmpstr (output, ==, expected);
    }
  db = hp_database_open (fixture->path, &error);
  g_assert_no_error (error);
  assert_integrity (db);
  g_assert_cmpint (query_int (hp_database_get_handle (db), "SELECT count(*) FROM user_note"),
                   ==, G_N_ELEMENTS (item_ids));
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 7 && g_str_equal (argv[1], "--edit-child"))
    return run_edit_child (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10),
                           argv[4], argv[5], argv[6]);
  if (argc == 3 && g_str_equal (argv[1], "--hold-lock"))
    return run_hold_lock_child (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "--hold-exclusive"))
    return run_exclusive_child (argv[2]);
  if (argc == 5 && g_str_equal (argv[1], "--writer"))
    return run_writer_child (argv[2], argv[3], (guint) g_ascii_strtoull (argv[4], NULL, 10));

  g_test_init (&argc, &argv, NULL);

  g_test_add ("/crash/killed-at-random", CrashFixture, NULL,
              crash_setup, test_killed_at_random, crash_teardown);
  g_test_add ("/crash/busy-gets-clear-error", CrashFixture, NULL,
              crash_setup, test_busy_gets_clear_error, crash_teardown);
  g_test_add ("/crash/open-waits-for-lock", CrashFixture, NULL,
              crash_setup, test_open_waits_for_lock, crash_teardown);
  g_test_add ("/crash/concurrent-writers", CrashFixture, NULL,
              crash_setup, test_concurrent_writers, crash_teardown);

  return g_test_run ();
}
