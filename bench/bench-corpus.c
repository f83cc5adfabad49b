/* bench-corpus.c — validating and loading the corpus into an empty
 * database, against xmllint validating the same file with the same schema
 *
 * Usage: bench-corpus CORPUS SCHEMA [ROUNDS]
 *
 * Each round loads CORPUS with hp_corpus_loader_load() (parse, then RELAX NG
 * validation in a second thread while the corpus rules, inserts and the
 * search index run in one transaction) into a new database file, and runs
 * `xmllint --noout --relaxng SCHEMA CORPUS`; medians are compared.  The
 * two alternate so that both meet the machine in the same moods; the
 * default 15 rounds keep the median steady on a shared virtual machine.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "hp-corpus-loader.h"

#define MAX_RATIO 3.0

static double
time_load (const char *dir,
           guint       round,
           const char *corpus,
           const char *schema)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup_printf ("%s/load-%u.db", dir, round);
  g_autoptr(HpDatabase) db = hp_database_open (path, &error);
  gint64 start;

  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  if (!hp_corpus_loader_load (db, corpus, schema, &error))
    g_error ("%s", error->message);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
time_xmllint (const char *corpus,
              const char *schema)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "xmllint", "--noout", "--relaxng", schema, corpus, NULL };
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("xmllint: %s", error->message);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) loads = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) lints = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  g_autofree char *cleanup = NULL;
  guint rounds = argc > 3 ? (guint) atoi (argv[3]) : 15;
  double load, lint;

  /* The figures print × and ≤: the terminal's UTF-8, not ASCII "?". */
  setlocale (LC_ALL, "");

  if (argc < 3)
    {
      g_printerr ("usage: %s CORPUS SCHEMA [ROUNDS]\n", argv[0]);
      return 2;
    }
  dir = g_dir_make_tmp ("hjemplan-bench-XXXXXX", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rounds; i++)
    {
      double t = time_load (dir, i, argv[1], argv[2]);
      g_array_append_val (loads, t);
      t = time_xmllint (argv[1], argv[2]);
      g_array_append_val (lints, t);
    }
  cleanup = g_strdup_printf ("rm -rf '%s'", dir);
  if (system (cleanup) != 0)
    g_warning ("could not remove %s", dir);

  load = median (loads);
  lint = median (lints);
  g_print ("median of %u rounds\n", rounds);
  g_print ("xmllint --noout --relaxng          %8.1f ms\n", lint);
  g_print ("hp_corpus_loader_load (empty db)   %8.1f ms\n", load);
  g_print ("load: %.2f× xmllint (target ≤ %.1f×)\n", load / lint, MAX_RATIO);
  return load <= MAX_RATIO * lint ? 0 : 1;
}
