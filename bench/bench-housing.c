/* bench-housing.c — importing a national inventory, the gap analysis and
 * the lazily paged supply list, against the sqlite3 shell's .import
 *
 * Usage: bench-housing GENERATOR SQLITE3 [ROWS]
 *
 * Writes the inventory with the generator into a temporary directory,
 * imports it with hp_csv_import_apply() into a new database file, and
 * imports the same file with `sqlite3 … .import` into an equivalent table
 * (same columns and constraints, text as the shell stores it) in another.
 * Both imports run in this one run on the same file; each is timed on the
 * wall clock from its start to its end (for the shell: spawning it, the
 * schema, the import and its exit) and also by the CPU time it used, which
 * a busy machine disturbs less.
 * Then times the gap analysis, and the segment list: how long setting the
 * year or a sort keeps the caller (the main loop) busy, how long until the
 * order built in a thread arrives, and a jump to the end.  Peak memory is
 * the process's maximum resident set.
 * Exits 1 when a target is missed: import at least half as fast as the
 * shell, gap analysis under 1 s, peak memory under 300 MB.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "hp-csv-housing.h"
#include "hp-housing-segment-list.h"

#define YEAR 2024

static const char shell_schema[] =
  "CREATE TABLE segment (dwelling TEXT NOT NULL, area TEXT, organisation TEXT, units INTEGER"
  " CHECK (units BETWEEN 0 AND 100000), m2 REAL, rooms INTEGER, rent TEXT, step_free TEXT, turnover TEXT,"
  " share TEXT);";

static double
run_shell_import (const char *sqlite3,
                  const char *dir,
                  const char *csv)
{
  g_autofree char *db = g_build_filename (dir, "shell.db", NULL);
  g_autofree char *script = g_strdup_printf ("%s\n.mode csv\n.separator ;\n.import --skip 1 %s segment\n",
                                             shell_schema, csv);
  const char *argv[] = { sqlite3, db, NULL };
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE, &error);
  if (proc == NULL || !g_subprocess_communicate_utf8 (proc, script, NULL, NULL, NULL, &error))
    g_error ("sqlite3: %s", error->message);
  return (g_get_monotonic_time () - start) / 1e6;
}

static double
cpu_seconds (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/* The list builds a large order in a thread: run the main loop until it is
 * in, as the window would. */
static void
wait_loaded (HpHousingSegmentList *list)
{
  while (hp_housing_segment_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

static long
peak_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hjemplan-bench-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "inventory.csv", NULL);
  g_autofree char *db_path = g_build_filename (dir, "hjemplan.db", NULL);
  const char *rows = argc > 3 ? argv[3] : "3000000";
  const char *gen_argv[] = { argv[1], csv, rows, NULL };
  g_autoptr(HpDatabase) db = NULL;
  g_autoptr(HpHousingStore) store = NULL;
  g_autoptr(HpCsvImport) import = hp_csv_import_new (HP_CSV_SUPPLY);
  g_autoptr(HpHousingGap) gap = NULL;
  g_autoptr(HpHousingSegmentList) list = NULL;
  g_autoptr(GObject) item = NULL;
  double ours, shell, gap_s, call_s, list_s, end_s, cpu_ours, cpu_shell;
  gint64 start;
  GStatBuf st;
  int status = 0;

  /* The figures print × and ≤: the terminal's UTF-8, not ASCII "?". */
  setlocale (LC_ALL, "");

  if (argc < 3)
    {
      g_printerr ("usage: %s GENERATOR SQLITE3 [ROWS]\n", argv[0]);
      return 2;
    }
  if (!g_spawn_sync (NULL, (char **) gen_argv, NULL, 0, NULL, NULL, NULL, NULL, &status, &error) || status != 0)
    g_error ("generator failed: %s", error ? error->message : "status");
  g_stat (csv, &st);
  g_print ("inventory: %s rows, %.0f MB\n", rows, st.st_size / 1e6);

  cpu_shell = cpu_seconds (RUSAGE_CHILDREN);
  shell = run_shell_import (argv[2], dir, csv);
  cpu_shell = cpu_seconds (RUSAGE_CHILDREN) - cpu_shell;
  db = hp_database_open (db_path, &error);
  g_assert_no_error (error);
  store = hp_housing_store_new (db);
  cpu_ours = cpu_seconds (RUSAGE_SELF);
  start = g_get_monotonic_time ();
  if (!hp_csv_import_apply (import, csv, store, YEAR, &error))
    g_error ("import: %s", error->message);
  ours = seconds_since (start);
  cpu_ours = cpu_seconds (RUSAGE_SELF) - cpu_ours;
  g_print ("import: hjemplan %.2f s (%.0f rows/s, every value checked), sqlite3 .import %.2f s; "
           "speed ratio %.2f (target ≥ 0.5); by CPU time %.2f s vs %.2f s, ratio %.2f\n",
           ours, hp_csv_import_get_n_rows (import) / ours, shell, shell / ours, cpu_ours, cpu_shell,
           cpu_shell / cpu_ours);

  start = g_get_monotonic_time ();
  gap = hp_housing_store_compute_gap (store, YEAR, NULL, &error);
  g_assert_no_error (error);
  gap_s = seconds_since (start);
  g_print ("gap analysis: %.3f s\n", gap_s);

  list = hp_housing_segment_list_new (store);
  start = g_get_monotonic_time ();
  hp_housing_segment_list_set_year (list, YEAR);
  call_s = seconds_since (start);
  wait_loaded (list);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  list_s = seconds_since (start);
  g_clear_object (&item);
  start = g_get_monotonic_time ();
  item = g_list_model_get_item (G_LIST_MODEL (list), g_list_model_get_n_items (G_LIST_MODEL (list)) - 1);
  end_s = seconds_since (start);
  g_print ("supply list: %u rows; setting the year returns in %.4f s, the first page is there after %.3f s "
           "(the order is built in a thread); jump to the last row %.4f s; %u row objects in memory\n",
           g_list_model_get_n_items (G_LIST_MODEL (list)), call_s, list_s, end_s,
           hp_housing_segment_list_get_n_loaded (list));
  g_clear_object (&item);
  start = g_get_monotonic_time ();
  hp_housing_segment_list_set_sort (list, "rent", TRUE);
  call_s = seconds_since (start);
  wait_loaded (list);
  g_print ("re-sort by rent: the call returns in %.4f s (the window stays responsive), "
           "the new order is there after %.3f s\n", call_s, seconds_since (start));
  g_print ("peak memory: %ld MB\n", peak_mb ());

  g_clear_object (&list);
  g_clear_object (&store);
  g_clear_object (&db);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);
        g_unlink (p);
      }
    g_rmdir (dir);
  }
  return ours <= 2 * shell && gap_s < 1.0 && peak_mb () < 300 ? 0 : 1;
}
