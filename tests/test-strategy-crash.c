/* test-strategy-crash.c — an edit survives the app being killed
 *
 * A child process opens a database file, makes edits through the strategy
 * model, says "done" through a pipe and waits; the parent kills it with
 * SIGKILL (no clean shutdown, no WAL checkpoint, nothing flushed by us) and
 * reopens the file: every edit must be there and the file intact.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "hp-corpus-loader.h"
#include "hp-strategy-plan.h"
#include "hp-strategy-store.h"
#include "hp-test-util.h"

#define DIRECTION "planlaegning-af-boligindsatsen.a1"

static HpStrategyStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDatabase) db = hp_database_open (path, &error);
  g_autoptr(HpCorpus) corpus = NULL;
  g_autoptr(HpUndoStack) undo = hp_undo_stack_new ();

  g_assert_no_error (error);
  corpus = hp_corpus_new (db);
  return hp_strategy_store_new (corpus, undo);
}

/* In the child: the edits, then "done", then wait to be killed. */
static void G_GNUC_NORETURN
child_edit (const char *path,
            int         done_fd)
{
  g_autoptr(HpStrategyStore) store = open_store (path);
  HpStrategy fields = { .municipality = "Vejle Kommune", .title = "Strategi", .period_start = 2025,
                        .period_end = 2027, .vision = "" };
  HpGoal goal = { .text = "Ingen på gaden", .indicator = "", .figure = "" };
  gint64 id = hp_strategy_store_create_strategy (store, &fields, NULL);

  if (id == 0 ||
      !hp_strategy_store_set_status (store, id, DIRECTION, HP_ASSESSMENT_PARTLY, NULL) ||
      hp_strategy_plan_add_goal (store, id, &goal, NULL) == 0 ||
      !hp_strategy_store_set_note (store, id, DIRECTION, "Sidste redigering før nedbruddet", NULL))
    _exit (3);
  if (write (done_fd, "done", 4) != 4)
    _exit (4);
  for (;;)
    pause ();
}

static void
load_corpus (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = hp_test_data_file ("guidelines.xml");
  g_autofree char *rng = hp_test_data_file ("guidelines.rng");
  g_autoptr(HpDatabase) db = hp_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (hp_corpus_loader_load (db, xml, rng, &error));
  g_assert_no_error (error);
}

static void
assert_intact (HpDatabase *db)
{
  sqlite3_stmt *stmt = hp_database_prepare (db, "PRAGMA integrity_check", NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_reset (stmt);
}

static void
remove_database (const char *dir,
                 const char *path)
{
  for (const char * const *suffix = (const char * const[]) { "", "-wal", "-shm", NULL }; *suffix; suffix++)
    {
      g_autofree char *file = g_strconcat (path, *suffix, NULL);
      g_remove (file);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_sigkill_after_edit (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hjemplan-crash-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "kommune.db", NULL);
  char done[4];
  int fds[2];
  int status;
  pid_t pid;

  g_assert_no_error (error);
  load_corpus (path);
  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      child_edit (path, fds[1]);
    }
  close (fds[1]);
  g_assert_cmpint (read (fds[0], done, sizeof done), ==, 4);
  close (fds[0]);
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

  {
    g_autoptr(HpStrategyStore) store = open_store (path);
    g_autoptr(GPtrArray) strategies = hp_strategy_store_list_strategies (store, &error);
    g_autoptr(HpAssessment) assessment = NULL;
    g_autoptr(GPtrArray) goals = NULL;
    gint64 id;

    g_assert_no_error (error);
    assert_intact (hp_strategy_store_get_database (store));
    g_assert_cmpuint (strategies->len, ==, 1);
    id = ((HpStrategy *) strategies->pdata[0])->id;
    assessment = hp_strategy_store_get_assessment (store, id, DIRECTION, &error);
    g_assert_cmpint (assessment->status, ==, HP_ASSESSMENT_PARTLY);
    g_assert_cmpstr (assessment->note, ==, "Sidste redigering før nedbruddet");
    goals = hp_strategy_plan_list_goals (store, id, &error);
    g_assert_cmpuint (goals->len, ==, 1);
  }
  remove_database (dir, path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/strategy/crash/sigkill-after-edit", test_sigkill_after_edit);
  return g_test_run ();
}
