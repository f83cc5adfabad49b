/* test-strategy-command.c — strategies from the command line
 *
 * The built binary lists strategies, writes the council report in its
 * three formats, the actions, the calendar and the strategy file, and
 * imports that file into another database, which then exports the same
 * bytes.  Failures end with status 1, a message on standard error naming
 * the problem, and nothing changed.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "hp-strategy-example.h"
#include "hp-test-util.h"

typedef struct {
  char *dir;
  char *db;        /* with the example strategy */
  char *empty_db;  /* with the corpus only */
} Fixture;

static char *
in_dir (Fixture    *fixture,
        const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static void
assert_ok (HpTestRun *run)
{
  if (!g_spawn_check_wait_status (run->status, NULL))
    g_error ("the app failed: %s", run->err);
}

static void
assert_failed (HpTestRun  *run,
               const char *message)
{
  g_assert_false (g_spawn_check_wait_status (run->status, NULL));
  if (strstr (run->err, message) == NULL)
    g_error ("“%s” is not in the error output: %s", message, run->err);
}

/* A database the app itself made, then given the example strategy. */
static void
add_example (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDatabase) db = hp_database_open (path, &error);
  g_autoptr(HpCorpus) corpus = NULL;
  g_autoptr(HpUndoStack) undo = hp_undo_stack_new ();
  g_autoptr(HpStrategyStore) store = NULL;

  g_assert_no_error (error);
  corpus = hp_corpus_new (db);
  store = hp_strategy_store_new (corpus, undo);
  g_assert_cmpint (hp_strategy_example_create (store, &error), ==, 1);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  HpTestRun run = { 0 };

  fixture->dir = g_dir_make_tmp ("hjemplan-strategy-cli-XXXXXX", NULL);
  fixture->db = in_dir (fixture, "kommune.db");
  fixture->empty_db = in_dir (fixture, "tom.db");
  hp_test_run_app (&run, "--database", fixture->db, "--list-strategies", NULL);
  assert_ok (&run);
  g_assert_cmpstr (run.out, ==, "");
  hp_test_run_clear (&run);
  hp_test_run_app (&run, "--database", fixture->empty_db, "--list-strategies", NULL);
  assert_ok (&run);
  hp_test_run_clear (&run);
  add_example (fixture->db);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  hp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
  g_free (fixture->empty_db);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  user_data)
{
  HpTestRun run = { 0 };

  hp_test_run_app (&run, "--database", fixture->db, "--list-strategies", NULL);
  assert_ok (&run);
  g_assert_true (g_str_has_prefix (run.out, "1\t" HP_EXAMPLE_MUNICIPALITY "\tHjemløsestrategi 2025-2028\t"
                                            "2025–2028\t"));
  g_assert_cmpuint (strlen (strchr (run.out, '\n')), ==, 1);
  hp_test_run_clear (&run);
}

static void
test_reports (Fixture       *fixture,
              gconstpointer  user_data)
{
  const char *names[] = { "rapport.pdf", "rapport.odt", "RAPPORT.DOCX" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = in_dir (fixture, names[i]);
      g_autofree char *contents = NULL;
      HpTestRun run = { 0 };
      gsize length;

      hp_test_run_app (&run, "--database", fixture->db, "--report", path, NULL);
      assert_ok (&run);
      contents = hp_test_read_file (path, &length);
      g_assert_cmpuint (length, >, 5000);
      g_assert_true (memcmp (contents, i == 0 ? "%PDF" : "PK\003\004", 4) == 0);
      hp_test_run_clear (&run);
    }
  {
    g_autofree char *pdf = in_dir (fixture, "rapport.pdf");
    g_autofree char *text = hp_test_pdf_text (pdf);

    g_assert_nonnull (strstr (text, "Hjemløsestrategi 2025-2028"));
  }
}

static void
test_actions_and_calendar_to_stdout (Fixture       *fixture,
                                     gconstpointer  user_data)
{
  HpTestRun run = { 0 };

  hp_test_run_app (&run, "--database", fixture->db, "--strategy", "1", "--export-actions", "-", NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "Etablere 20 skæve boliger"));
  g_assert_nonnull (strchr (run.out, ';'));
  hp_test_run_clear (&run);

  hp_test_run_app (&run, "--database", fixture->db, "--export-calendar", "-", NULL);
  assert_ok (&run);
  g_assert_true (g_str_has_prefix (run.out, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (run.out, "BEGIN:VTODO\r\n"));
  g_assert_true (g_str_has_suffix (run.out, "END:VCALENDAR\r\n"));
  hp_test_run_clear (&run);
}

/* Export, import into another database, export again: the same bytes. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autofree char *file = in_dir (fixture, "strategi.xml");
  g_autofree char *exported = NULL;
  HpTestRun run = { 0 };

  hp_test_run_app (&run, "--database", fixture->db, "--export-strategy", file, NULL);
  assert_ok (&run);
  hp_test_run_clear (&run);
  hp_test_run_app (&run, "--database", fixture->empty_db, "--import-strategy", file, NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.err, "imported as strategy 1"));
  g_assert_null (strstr (run.err, "edition"));
  hp_test_run_clear (&run);
  hp_test_run_app (&run, "--database", fixture->empty_db, "--export-strategy", "-", NULL);
  assert_ok (&run);
  exported = hp_test_read_file (file, NULL);
  g_assert_cmpstr (run.out, ==, exported);
  hp_test_run_clear (&run);
}

/* Made for another edition of the guidelines: imported, and said so. */
static void
test_other_edition (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *file = in_dir (fixture, "strategi-2019.xml");
  HpTestRun run = { 0 };

  hp_test_run_app (&run, "--database", fixture->db, "--export-strategy", file, NULL);
  assert_ok (&run);
  hp_test_run_clear (&run);
  hp_test_write_replacing (file, file, "edition=\"2020\"", "edition=\"2019\"");
  hp_test_run_app (&run, "--database", fixture->empty_db, "--import-strategy", file, NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.err, "imported as strategy 1"));
  g_assert_nonnull (strstr (run.err, "made for the 2019 edition of the guidelines"));
  hp_test_run_clear (&run);
}

static void
test_failures (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autofree char *bad = in_dir (fixture, "ondsindet.xml");
  g_autofree char *text = in_dir (fixture, "rapport.txt");
  HpTestRun run = { 0 };

  g_assert_true (g_file_set_contents (bad, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n"
                                      "<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>\n", -1, NULL));
  hp_test_run_app (&run, "--database", fixture->empty_db, "--import-strategy", bad, NULL);
  assert_failed (&run, "ondsindet.xml");
  hp_test_run_clear (&run);
  hp_test_run_app (&run, "--database", fixture->empty_db, "--list-strategies", NULL);
  assert_ok (&run);
  g_assert_cmpstr (run.out, ==, "");
  hp_test_run_clear (&run);

  hp_test_run_app (&run, "--database", fixture->db, "--report", text, NULL);
  assert_failed (&run, ".pdf, .odt or .docx");
  g_assert_false (g_file_test (text, G_FILE_TEST_EXISTS));
  hp_test_run_clear (&run);

  hp_test_run_app (&run, "--database", fixture->db, "--strategy", "99", "--export-strategy", "-", NULL);
  assert_failed (&run, "There is no strategy 99");
  g_assert_cmpstr (run.out, ==, "");
  hp_test_run_clear (&run);

  hp_test_run_app (&run, "--database", fixture->empty_db, "--report", "x.pdf", NULL);
  assert_failed (&run, "There is no strategy in this database");
  hp_test_run_clear (&run);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/strategy-command/list", test_list);
  ADD ("/strategy-command/reports", test_reports);
  ADD ("/strategy-command/actions-and-calendar", test_actions_and_calendar_to_stdout);
  ADD ("/strategy-command/round-trip", test_round_trip);
  ADD ("/strategy-command/other-edition", test_other_edition);
  ADD ("/strategy-command/failures", test_failures);
#undef ADD
  return g_test_run ();
}
