/* fuzz-csv.c — libFuzzer harness: a housing CSV file someone imports
 *
 * Every input is checked and imported as housing supply and as homeless
 * counts into one in-memory database, as the import dialog and
 * `hjemplan --import-supply` do.  Any file may be refused, but none may
 * crash or leak, the check and the import must agree, and a refused
 * import must leave the year as it was and the database usable.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#include "hp-csv-housing.h"
#include "hp-error.h"
#include "hp-fuzz.h"

#define YEAR 2024

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static HpDatabase *database;
static HpHousingStore *store;

static void
init_once (void)
{
  g_autoptr(GError) error = NULL;

  if (database != NULL)
    return;
  database = hp_database_open (":memory:", &error);
  g_assert_no_error (error);
  store = hp_housing_store_new (database);
}

static void
import (const char *path,
        HpCsvKind   kind)
{
  g_autoptr(HpCsvImport) check = hp_csv_import_new (kind);
  g_autoptr(HpCsvImport) apply = hp_csv_import_new (kind);
  g_autoptr(GError) check_error = NULL;
  g_autoptr(GError) apply_error = NULL;
  gboolean checked, applied;
  gint64 segments_before = hp_housing_store_count_segments (store, YEAR);

  checked = hp_csv_import_check (check, path, &check_error);
  if (!checked)
    g_assert_true (check_error != NULL && check_error->domain == HP_ERROR);
  else
    {
      GPtrArray *problems = hp_csv_import_get_problems (check);

      g_assert_cmpuint (problems->len, <=, HP_CSV_MAX_PROBLEMS);
      g_assert_cmpuint (problems->len, <=, hp_csv_import_get_n_problems (check));
      for (guint i = 0; i < problems->len; i++)
        {
          HpCsvProblem *p = g_ptr_array_index (problems, i);
          g_assert_true (p->column != NULL && p->problem != NULL);
          g_assert_true (g_utf8_validate (p->problem, -1, NULL));
        }
      g_assert_cmpuint (hp_csv_import_get_preview (check)->len, <=, HP_CSV_PREVIEW_ROWS);
      g_assert_true (isfinite (hp_csv_import_get_total (check)));
    }

  /* The import writes exactly what the check lets through. */
  applied = hp_csv_import_apply (apply, path, store, YEAR, &apply_error);
  if (applied)
    g_assert_no_error (apply_error);
  else
    g_assert_true (apply_error != NULL && apply_error->domain == HP_ERROR);
  g_assert_cmpint (applied, ==, checked && hp_csv_import_get_n_problems (check) == 0);
  if (!applied && kind == HP_CSV_SUPPLY)
    g_assert_cmpint (hp_housing_store_count_segments (store, YEAR), ==, segments_before);
  if (applied && kind == HP_CSV_SUPPLY)
    g_assert_cmpint (hp_housing_store_count_segments (store, YEAR), ==,
                     hp_csv_import_get_n_rows (check));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  /* The importer reads a path: an anonymous in-memory file gives it one
   * without touching the disk. */
  int fd = memfd_create ("housing.csv", 0);

  init_once ();
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, data, size), ==, (ssize_t) size);
  path = g_strdup_printf ("/proc/self/fd/%d", fd);
  import (path, HP_CSV_SUPPLY);
  import (path, HP_CSV_DEMAND);
  /* No transaction may be left open by a refused import. */
  g_assert_true (hp_database_begin (database, &error));
  g_assert_true (hp_database_commit (database, &error));
  close (fd);
  return 0;
}
