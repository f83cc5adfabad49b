/* bench-housing.c — importing a national inventory, the gap analysis and
 * the lazily paged supply list, against the sqlite3 shell's .import
 *
 * Usage: bench-housing GENERATOR SQLITE3 [ROWS]
 *
 * Writes the inventory with the generator into a temporary directory,
 * imports it with hp_csv_import_apply() into a new database file, and
 * imports the same file with `sqlite3 … .import` into an equivalent table
 * (same columns and constraints, text as the shell stores it) in another.
 * Then times the gap analysis, and the segment list's first page and a
 * jump to the end.  Peak memory is the process's maximum resident set.
 * Exits 1 when a target is missed: import at least half as fast as the
 * shell, gap analysis under 1 s, peak memory under 300 MB.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
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
  double ours, shell, gap_s, list_s, end_s;
  gint64 start;
  GStatBuf st;
  int status = 0;

  if (argc < 3)
    {
      g_printerr ("usage: %s GENERATOR SQLITE3 [ROWS]\n", argv[0]);
      return 2;
    }
  if (!g_spawn_sync (NULL, (char **) gen_argv, NULL, 0, NULL, NULL, NULL, NULL, &status, &error) || status != 0)
    g_error ("generator failed: %s", error ? error->message : "status");
  g_stat (csv, &st);
  g_print ("inventory: %s rows, %.0f MB\n", rows, st.st_size / 1e6);

  shell = run_shell_import (argv[2], dir, csv);
  db = hp_database_open (db_path, &error);
  g_assert_no_error (error);
  store = hp_housing_store_new (db);
  start = g_get_monotonic_time ();
  if (!hp_csv_import_apply (import, csv, store, YEAR, &error))
    g_error ("import: %s", error->message);
  ours = seconds_since (start);
  g_print ("import: hjemplan %.2f s (%.0f rows/s, every value checked), sqlite3 .import %.2f s; ratio %.2f\n",
           ours, hp_csv_import_get_n_rows (import) / ours, shell, shell / ours);

  start = g_get_monotonic_time ();
  gap = hp_housing_store_compute_gap (store, YEAR, NULL, &error);
  g_assert_no_error (error);
  gap_s = seconds_since (start);
  g_print ("gap analysis: %.3f s\n", gap_s);

  list = hp_housing_segment_list_new (store);
  start = g_get_monotonic_time ();
  hp_housing_segment_list_set_year (list, YEAR);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  list_s = seconds_since (start);
  g_clear_object (&item);
  start = g_get_monotonic_time ();
  item = g_list_model_get_item (G_LIST_MODEL (list), g_list_model_get_n_items (G_LIST_MODEL (list)) - 1);
  end_s = seconds_since (start);
  g_print ("supply list: %u rows, first page %.3f s (builds the order), jump to the last row %.4f s, "
           "%u row objects in memory\n", g_list_model_get_n_items (G_LIST_MODEL (list)), list_s, end_s,
           hp_housing_segment_list_get_n_loaded (list));
  g_clear_object (&item);
  g_clear_object (&list);
  start = g_get_monotonic_time ();
  list = hp_housing_segment_list_new (store);
  hp_housing_segment_list_set_year (list, YEAR);
  hp_housing_segment_list_set_sort (list, "rent", TRUE);
  g_print ("supply list sorted by rent: %.3f s\n", seconds_since (start));
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
