/* test-application.c — the command line: --check-corpus, --version, --help
 *
 * Runs the built binary as a planner's IT department would.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <glib/gstdio.h>

#include "hp-test-util.h"

static void
test_check_corpus_valid (void)
{
  g_autofree char *xml = hp_test_data_file ("guidelines.xml");
  HpTestRun result = { 0 };

  hp_test_run_app (&result, "--check-corpus", xml, NULL);
  g_assert_true (g_spawn_check_wait_status (result.status, NULL));
  g_assert_nonnull (strstr (result.out, "Chapters: 4\n"));
  g_assert_nonnull (strstr (result.out, "Guidelines: 25\n"));
  g_assert_nonnull (strstr (result.out, "Principles: 9\n"));
  g_assert_cmpstr (result.err, ==, "");
  hp_test_run_clear (&result);
}

static void
test_check_corpus_invalid (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hjemplan-cli-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.xml", NULL);
  g_autofree char *expected = NULL;
  HpTestRun result = { 0 };

  g_assert_true (g_file_set_contents (bad, "<publication edition=\"2020\" lang=\"da\">\n<meta>\n<bogus/>\n</meta>\n</publication>\n", -1, NULL));
  hp_test_run_app (&result, "--check-corpus", bad, NULL);
  g_assert_false (g_spawn_check_wait_status (result.status, NULL));
  expected = g_strdup_printf ("%s:3:", bad);
  g_assert_nonnull (strstr (result.err, expected));
  g_assert_nonnull (strstr (result.err, "bogus"));
  g_assert_cmpstr (result.out, ==, "");
  hp_test_run_clear (&result);
  g_unlink (bad);
  g_rmdir (dir);
}

/* One message, the app's own, even for the check libxml2 would also print
 * itself (an IDREF to an unknown ID). */
static void
test_check_corpus_one_message (void)
{
  g_autofree char *bad = hp_test_fixture ("corpus-unknown-xref.xml");
  g_autofree char *expected = g_strdup_printf ("%s:41: does not match the schema: ", bad);
  HpTestRun result = { 0 };

  hp_test_run_app (&result, "--check-corpus", bad, NULL);
  g_assert_false (g_spawn_check_wait_status (result.status, NULL));
  g_assert_true (g_str_has_prefix (result.err, expected));
  g_assert_nonnull (strstr (result.err, "findes-ikke"));
  g_assert_cmpint (strchr (result.err, '\n') - result.err, ==, strlen (result.err) - 1);
  hp_test_run_clear (&result);
}

static void
test_check_corpus_missing (void)
{
  HpTestRun result = { 0 };

  hp_test_run_app (&result, "--check-corpus", "no-such-corpus.xml", NULL);
  g_assert_false (g_spawn_check_wait_status (result.status, NULL));
  g_assert_nonnull (strstr (result.err, "no-such-corpus.xml"));
  hp_test_run_clear (&result);
}

static void
test_version_and_help (void)
{
  HpTestRun result = { 0 };

  hp_test_run_app (&result, "--version", NULL);
  g_assert_true (g_spawn_check_wait_status (result.status, NULL));
  g_assert_true (g_str_has_prefix (result.out, "Hjemplan "));
  hp_test_run_clear (&result);

  hp_test_run_app (&result, "--help", NULL);
  g_assert_true (g_spawn_check_wait_status (result.status, NULL));
  g_assert_nonnull (strstr (result.out, "--check-corpus"));
  g_assert_nonnull (strstr (result.out, "--database"));
  g_assert_nonnull (strstr (result.out, "--search"));
  hp_test_run_clear (&result);
}

/* --search prints ranked, tab-separated lines for scripts, without a window. */
static void
test_search_tsv (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hjemplan-cli-XXXXXX", NULL);
  g_autofree char *database = g_build_filename (dir, "kommune.db", NULL);
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;
  HpTestRun result = { 0 };

  hp_test_run_app (&result, "--database", database, "--search", "anvisningsretten almene",
           "--classification", "boer", NULL);
  g_assert_true (g_spawn_check_wait_status (result.status, NULL));
  lines = g_strsplit (result.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 2);
  fields = g_strsplit (lines[0], "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 5);
  g_assert_cmpstr (fields[0], ==, "1");
  g_assert_cmpstr (fields[1], ==, "planlaegning-af-boligindsatsen.a3.2");
  g_assert_cmpstr (fields[2], ==, "boer");
  g_assert_cmpstr (fields[3], ==, "Retningslinje for planlægning af boligindsatsen");
  g_assert_cmpstr (fields[4], ==, "Kommunen bør anvende anvisningsretten til almene familie- og ungdomsboliger.");
  hp_test_run_clear (&result);

  hp_test_run_app (&result, "--database", database, "--search", "bolig", "--classification", "maybe", NULL);
  g_assert_false (g_spawn_check_wait_status (result.status, NULL));
  g_assert_nonnull (strstr (result.err, "maybe"));
  hp_test_run_clear (&result);

  g_unlink (database);
  {
    g_autofree char *wal = g_strconcat (database, "-wal", NULL);
    g_autofree char *shm = g_strconcat (database, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/check-corpus/valid", test_check_corpus_valid);
  g_test_add_func ("/cli/check-corpus/invalid", test_check_corpus_invalid);
  g_test_add_func ("/cli/check-corpus/one-message", test_check_corpus_one_message);
  g_test_add_func ("/cli/check-corpus/missing", test_check_corpus_missing);
  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/search-tsv", test_search_tsv);
  return g_test_run ();
}
