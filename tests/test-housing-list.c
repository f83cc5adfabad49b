/* test-housing-list.c — the supply list stays responsive with a large stock
 *
 * A national extract has millions of rows; sorting or filtering them takes
 * seconds, which must not be spent on the main loop.  A 200,000-row year
 * (made in one INSERT … SELECT, a fraction of a second) is enough to take
 * the threaded path; a small year is still ordered at once.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"


#include "hp-housing-segment-list.h"
#include "hp-housing-types.h"
#include "hp-test-util.h"

#define YEAR 2024
#define LARGE 200000

typedef struct {
  char           *dir;
  HpDatabase     *db;
  HpHousingStore *store;
} Fixture;

/* A file, not ":memory:": the worker reads through a connection of its own. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("hjemplan-list-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "list.db", NULL);
  f->db = hp_database_open (path, &error);
  g_assert_no_error (error);
  f->store = hp_housing_store_new (f->db);
  g_assert_true (hp_housing_store_add_year (f->store, YEAR, "Testby", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_clear_object (&f->db);
  hp_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Rents spread over 2,000-9,999 kr. in a scrambled order. */
static void
fill (Fixture *f,
      int      rows)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf (
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)"
    " INSERT INTO housing_segment (year_id, dwelling, area, units, rent)"
    " SELECT (SELECT id FROM housing_year WHERE year = %d), '%s', 'Område ' || (i %% 16), 1,"
    " 2000 + (i * 7919) %% 8000 FROM n",
    rows, YEAR, hp_housing_key (HP_HOUSING_LIST_DWELLING, 0));

  g_assert_true (hp_database_exec (f->db, sql, &error));
  g_assert_no_error (error);
}

static void
wait_loaded (HpHousingSegmentList *list)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (hp_housing_segment_list_get_loading (list) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (hp_housing_segment_list_get_loading (list));
}

static double
rent_at (HpHousingSegmentList *list,
         guint                 position)
{
  g_autoptr(HpHousingSegment) segment = g_list_model_get_item (G_LIST_MODEL (list), position);

  g_assert_nonnull (segment);
  return hp_housing_segment_get_data (segment)->rent;
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_signals)
{
  (*n_signals)++;
}

static void
test_large_sort_in_thread (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(HpHousingSegmentList) list = hp_housing_segment_list_new (f->store);
  guint n_signals = 0;
  gint64 start;

  fill (f, LARGE);
  hp_housing_segment_list_set_year (list, YEAR);
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, LARGE);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &n_signals);

  /* The call only starts the work; the old order stays meanwhile. */
  start = g_get_monotonic_time ();
  hp_housing_segment_list_set_sort (list, "rent", TRUE);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 100 * 1000);
  g_assert_true (hp_housing_segment_list_get_loading (list));
  g_assert_cmpuint (n_signals, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, LARGE);

  wait_loaded (list);
  g_assert_cmpuint (n_signals, ==, 1);
  g_assert_cmpfloat (rent_at (list, 0), ==, 9999);
  for (guint i = 1; i < 300; i++)
    g_assert_cmpfloat (rent_at (list, i), <=, rent_at (list, i - 1));
  g_assert_cmpfloat (rent_at (list, LARGE - 1), ==, 2000);
  /* Still lazy: only the pages looked at exist as objects. */
  g_assert_cmpuint (hp_housing_segment_list_get_n_loaded (list), <, 1000);
}

/* A request made while another is under way wins; the first is dropped. */
static void
test_large_latest_wins (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HpHousingSegmentList) list = hp_housing_segment_list_new (f->store);

  fill (f, LARGE);
  hp_housing_segment_list_set_year (list, YEAR);
  hp_housing_segment_list_set_sort (list, "rent", TRUE);
  hp_housing_segment_list_set_filter (list, "Område 3", -1);
  hp_housing_segment_list_set_sort (list, "rent", FALSE);
  wait_loaded (list);
  /* "Område 3" (not "Område 13"): one row in 16. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, LARGE / 16);
  g_assert_cmpfloat (rent_at (list, 0), <=, rent_at (list, 1));
  /* Nothing stale arrives later. */
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, LARGE / 16);
}

/* A municipality's own stock is ordered at once, as before. */
static void
test_small_sort_at_once (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HpHousingSegmentList) list = hp_housing_segment_list_new (f->store);

  fill (f, 500);
  hp_housing_segment_list_set_year (list, YEAR);
  hp_housing_segment_list_set_sort (list, "rent", FALSE);
  g_assert_false (hp_housing_segment_list_get_loading (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 500);
  g_assert_cmpfloat (rent_at (list, 0), <=, rent_at (list, 499));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/housing-list/large-sort-in-thread", Fixture, NULL, fixture_set_up,
              test_large_sort_in_thread, fixture_tear_down);
  g_test_add ("/housing-list/large-latest-wins", Fixture, NULL, fixture_set_up,
              test_large_latest_wins, fixture_tear_down);
  g_test_add ("/housing-list/small-sort-at-once", Fixture, NULL, fixture_set_up,
              test_small_sort_at_once, fixture_tear_down);
  return g_test_run ();
}
