/* test-housing-csv.c — CSV import and export of the housing mapping: the
 * forms Danish spreadsheets write, and bad files refused with the database
 * unchanged
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <fcntl.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <unistd.h>

#include "hp-csv-command.h"
#include "hp-csv-housing.h"
#include "hp-error.h"
#include "hp-housing-types.h"
#include "hp-test-util.h"

#define YEAR 2024
/* Refusing a bad file must not take long, whatever is in it. */
#define MAX_REFUSAL_SECONDS 3.0

typedef struct {
  HpDatabase     *db;
  HpHousingStore *store;
  char           *tmp;
} Fixture;

static char *
housing_fixture (const char *name)
{
  g_autofree char *rel = g_build_filename ("housing", name, NULL);
  return hp_test_fixture (rel);
}

static void
import_ok (Fixture    *f,
           const char *name,
           HpCsvKind   kind)
{
  g_autoptr(HpCsvImport) import = hp_csv_import_new (kind);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = housing_fixture (name);

  g_assert_true (hp_csv_import_apply (import, path, f->store, YEAR, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->db = hp_database_open (":memory:", &error);
  g_assert_no_error (error);
  f->store = hp_housing_store_new (f->db);
  f->tmp = g_dir_make_tmp ("hjemplan-housing-XXXXXX", &error);
  g_assert_no_error (error);
  /* A year with one good import in it: what must survive a bad one. */
  import_ok (f, "supply-danish.csv", HP_CSV_SUPPLY);
  import_ok (f, "demand-danish.csv", HP_CSV_DEMAND);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hp_test_remove_tree (f->tmp);
  g_free (f->tmp);
  g_clear_object (&f->store);
  g_clear_object (&f->db);
}

static GArray *
segments (Fixture *f)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (HpHousingSegmentData));
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = hp_database_prepare (f->db, "SELECT " HP_HOUSING_SEGMENT_COLUMNS
                                                   " FROM housing_segment ORDER BY id", &error);

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      HpHousingSegmentData d = { 0 };
      hp_housing_segment_data_read (stmt, &d);
      g_array_append_val (rows, d);
    }
  sqlite3_reset (stmt);
  g_array_set_clear_func (rows, (GDestroyNotify) hp_housing_segment_data_clear);
  return rows;
}

static void
assert_danish_supply (GArray *rows)
{
  HpHousingSegmentData *d = (HpHousingSegmentData *) rows->data;

  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (hp_housing_key (HP_HOUSING_LIST_DWELLING, d[0].dwelling), ==, "almen-familiebolig");
  g_assert_cmpint (d[0].units, ==, 1200);
  g_assert_cmpfloat_with_epsilon (d[0].rent, 5650.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (d[0].turnover, 0.09, 1e-9);
  g_assert_cmpfloat_with_epsilon (d[0].share, 0.25, 1e-9);
  g_assert_false (d[0].step_free);
  g_assert_cmpstr (d[1].organisation, ==, "Ungdomsboliger; Campus");
  g_assert_cmpstr (d[1].area, ==, "Campus");
  g_assert_cmpfloat_with_epsilon (d[1].rent, 2900, 1e-9);
  g_assert_cmpfloat_with_epsilon (d[1].turnover, 0.30, 1e-9);
  g_assert_cmpfloat_with_epsilon (d[1].share, 0.25, 1e-9);   /* "25" means 25 % */
  g_assert_true (d[1].step_free);
  g_assert_cmpstr (hp_housing_key (HP_HOUSING_LIST_DWELLING, d[2].dwelling), ==, "skaev-bolig");
  g_assert_cmpstr (d[2].area, ==, "Engen");
  g_assert_cmpfloat_with_epsilon (d[2].share, 1.0, 1e-9);
}

static void
test_encodings (Fixture       *f,
                gconstpointer  data)
{
  static const char *const files[] = { "supply-danish.csv", "supply-bom.csv", "supply-cp1252.csv" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GArray) rows = NULL;
      g_autoptr(HpCsvImport) check = hp_csv_import_new (HP_CSV_SUPPLY);
      g_autofree char *path = housing_fixture (files[i]);

      g_assert_true (hp_csv_import_check (check, path, NULL));
      g_assert_cmpuint (hp_csv_import_get_n_rows (check), ==, 3);
      g_assert_cmpuint (hp_csv_import_get_n_problems (check), ==, 0);
      g_assert_cmpint (hp_csv_import_get_separator (check), ==, ';');
      import_ok (f, files[i], HP_CSV_SUPPLY);
      rows = segments (f);
      assert_danish_supply (rows);
    }
}

static void
test_english (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GArray) rows = NULL;
  HpHousingSegmentData *d;

  import_ok (f, "supply-english.csv", HP_CSV_SUPPLY);
  rows = segments (f);
  d = (HpHousingSegmentData *) rows->data;
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpfloat_with_epsilon (d[0].rent, 5650.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (d[1].rent, 3100, 1e-9);
  g_assert_cmpstr (hp_housing_key (HP_HOUSING_LIST_DWELLING, d[1].dwelling), ==, "startbolig");
}

/* Export writes what import reads: the round trip keeps every value. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->tmp, "export.csv", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCsvImport) import = hp_csv_import_new (HP_CSV_SUPPLY);
  g_autoptr(GArray) rows = NULL;

  g_assert_true (hp_csv_export (f->store, YEAR, HP_CSV_SUPPLY, out, &error));
  g_assert_no_error (error);
  text = hp_test_read_file (out, NULL);
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf" "Boligtype;Område;"));
  g_assert_nonnull (strstr (text, "Almen familiebolig;Nordbyen;Boligselskabet Nord;1.200;72;3;5.650,50;nej;9 %;108,0;25 %"));
  g_assert_nonnull (strstr (text, "\"Ungdomsboliger; Campus\""));
  hp_csv_import_apply (import, out, f->store, 2025, &error);
  g_assert_no_error (error);
  g_assert_true (hp_housing_store_delete_year (f->store, YEAR, &error));
  rows = segments (f);
  assert_danish_supply (rows);
}

static void
test_demand_and_gap (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->tmp, "gap.csv", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpHousingGap) gap = hp_housing_store_compute_gap (f->store, YEAR, NULL, &error);

  g_assert_no_error (error);
  /* 20 rough sleepers need skæve boliger: 12 × 10 % × 100 % = 1,2 a year. */
  g_assert_cmpuint (hp_housing_gap_get_n_groups (gap), ==, 2);
  g_assert_cmpfloat_with_epsilon (hp_housing_gap_get_group_line (gap, 0)->reachable, 1.2, 1e-9);
  g_assert_true (hp_csv_export_gap (gap, out, &error));
  text = hp_test_read_file (out, NULL);
  g_assert_nonnull (strstr (text, "Gadesovende;30-49 år;Skæv bolig;ACT;20;3.500;12;1,2;18,8;16,7\r\n"));
}

/* --- bad input ------------------------------------------------------------ */

static gint64
count_rows (Fixture *f)
{
  sqlite3_stmt *stmt = hp_database_prepare (f->db, "SELECT (SELECT count(*) FROM housing_segment) * 1000 +"
                                                   " (SELECT count(*) FROM housing_group)", NULL);
  gint64 n;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/* Imports @path and expects a refusal mentioning @expected, with nothing
 * changed and quickly. */
static void
assert_refused (Fixture    *f,
                const char *path,
                HpCsvKind   kind,
                const char *expected)
{
  g_autoptr(HpCsvImport) import = hp_csv_import_new (kind);
  g_autoptr(GError) error = NULL;
  gint64 before = count_rows (f);
  g_autoptr(GTimer) timer = g_timer_new ();

  g_assert_false (hp_csv_import_apply (import, path, f->store, YEAR, &error));
  g_assert_nonnull (error);
  g_test_message ("%s: %s", path, error->message);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, expected);
  g_assert_cmpint (count_rows (f), ==, before);
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, MAX_REFUSAL_SECONDS);
}

static void
test_bad_fixtures (Fixture       *f,
                   gconstpointer  data)
{
  static const struct { const char *file; HpCsvKind kind; const char *expected; } cases[] = {
    { "supply-ragged.csv", HP_CSV_SUPPLY, "2 problems" },
    { "supply-text-in-number.csv", HP_CSV_SUPPLY, "“ti” is not a number" },
    { "supply-absurd.csv", HP_CSV_SUPPLY, "Units must be between 0 and 100" },
    { "demand-absurd.csv", HP_CSV_DEMAND, "3 problems" },
    { "empty.csv", HP_CSV_SUPPLY, "The file is empty" },
    { "binary.csv", HP_CSV_SUPPLY, "binary" },
    { "supply-quote-spans-lines.csv", HP_CSV_SUPPLY, "Lines 2–3: a quoted value runs over several lines" },
    { "supply-missing-column.csv", HP_CSV_SUPPLY, "no column “Boligtype”" },
    { "no-such-file.csv", HP_CSV_SUPPLY, "no-such-file.csv" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = housing_fixture (cases[i].file);
      assert_refused (f, path, cases[i].kind, cases[i].expected);
    }
}

/* Every problem is listed with line and column before anything is written. */
static void
test_problem_list (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HpCsvImport) check = hp_csv_import_new (HP_CSV_SUPPLY);
  g_autofree char *path = housing_fixture ("supply-text-in-number.csv");
  GPtrArray *problems;
  HpCsvProblem *p;

  g_assert_true (hp_csv_import_check (check, path, NULL));
  problems = hp_csv_import_get_problems (check);
  g_assert_cmpuint (problems->len, ==, 2);
  p = g_ptr_array_index (problems, 0);
  g_assert_cmpuint (p->line, ==, 2);
  g_assert_cmpstr (p->column, ==, "Antal boliger");
  p = g_ptr_array_index (problems, 1);
  g_assert_cmpuint (p->line, ==, 3);
  g_assert_cmpstr (p->column, ==, "Husleje pr. måned");
  g_assert_cmpstr (p->problem, ==, "“billig” is not a number");
}

/* 100 MB in one line (a file that is no table), written at test time. */
static void
test_huge_file (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->tmp, "huge.csv", NULL);
  static const char header[] = "Boligtype;Antal boliger;Husleje pr. måned\nAlmen familiebolig;\"";
  g_autofree char *block = g_malloc (1024 * 1024);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  g_assert_cmpint (fd, >=, 0);
  memset (block, 'x', 1024 * 1024);
  g_assert_cmpint (write (fd, header, strlen (header)), ==, (gssize) strlen (header));
  for (int i = 0; i < 100; i++)
    g_assert_cmpint (write (fd, block, 1024 * 1024), ==, 1024 * 1024);
  close (fd);
  assert_refused (f, path, HP_CSV_SUPPLY, "longer than 1 MB");
}

/* A quote opened and never closed, with newlines after it. */
static void
test_unclosed_quote (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->tmp, "unclosed.csv", NULL);
  g_autoptr(GString) text = g_string_new ("Boligtype;Antal boliger;Husleje pr. måned\nAlmen familiebolig;\"10;3000\n");

  for (int i = 0; i < 5000; i++)
    g_string_append (text, "Almen familiebolig;10;3000\n");
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  assert_refused (f, path, HP_CSV_SUPPLY, "Line");
}

/* The command line: nothing is written when one of two files is bad. */
static void
test_command (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *good = housing_fixture ("supply-english.csv");
  g_autofree char *bad = housing_fixture ("demand-absurd.csv");
  g_autofree char *out = g_build_filename (f->tmp, "out.csv", NULL);
  HpCsvCommand command = { .year = YEAR, .import_supply = good, .import_demand = bad };
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gint64 before = count_rows (f);

  g_assert_false (hp_csv_command_run (f->db, &command, report, &error));
  g_assert_nonnull (strstr (error->message, "demand-absurd.csv:2: Antal hjemløse: Homeless count must be between"));
  g_assert_cmpint (count_rows (f), ==, before);
  g_clear_error (&error);

  command = (HpCsvCommand) { .year = YEAR, .import_supply = good, .export_supply = out };
  g_assert_true (hp_csv_command_run (f->db, &command, report, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (report->str, "2 rows, 1210 units imported into 2024"));
  g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));

  command = (HpCsvCommand) { .gap = TRUE };
  g_assert_false (hp_csv_command_run (f->db, &command, report, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/housing-csv/encodings", test_encodings);
  ADD ("/housing-csv/english", test_english);
  ADD ("/housing-csv/round-trip", test_round_trip);
  ADD ("/housing-csv/demand-and-gap", test_demand_and_gap);
  ADD ("/housing-csv/bad-fixtures", test_bad_fixtures);
  ADD ("/housing-csv/problem-list", test_problem_list);
  ADD ("/housing-csv/huge-file", test_huge_file);
  ADD ("/housing-csv/unclosed-quote", test_unclosed_quote);
  ADD ("/housing-csv/command", test_command);
  return g_test_run ();
}
