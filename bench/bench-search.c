/* bench-search.c — latency of hp_search_run against raw FTS5
 *
 * Usage: bench-search QUERIES CORPUS SCHEMA [ROUNDS]
 *
 * Loads the corpus into a temporary database file, then runs every line of
 * QUERIES (optionally prefixed by filters: "law=serviceloven|bolig",
 * "chapter=kapitel-4|…", "class=skal|…") through hp_search_run(), reading
 * every result, and separately the raw FTS5 statement for the same MATCH
 * expression: bm25 order with the same column weights and limit, and a
 * snippet per row, stepped with sqlite3 directly on the same connection.
 * The raw statement has no filters, joins or kind weights: it is the floor
 * the search layer is measured against.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hp-corpus-loader.h"
#include "hp-search.h"

static const char raw_sql[] =
  "SELECT rowid, snippet (search_fts, -1, X'02', X'03', '…', 20) FROM search_fts"
  " WHERE search_fts MATCH ?1 AND rank MATCH 'bm25(4.0, 1.0)' ORDER BY rank LIMIT ?2";

typedef struct {
  char           *text;
  char           *match;    /* NULL: nothing to search for */
  char           *chapter;
  char           *law;
  HpSearchFilter  filter;
} Query;

static void
query_free (gpointer data)
{
  Query *query = data;

  g_free (query->text);
  g_free (query->match);
  g_free (query->chapter);
  g_free (query->law);
  g_free (query);
}

/* Peels "key=value|" prefixes off @line into the filter. */
static Query *
parse_line (const char *line)
{
  Query *query = g_new0 (Query, 1);
  const char *rest = line;
  const char *bar;

  while ((bar = strchr (rest, '|')) != NULL && strchr (rest, '=') != NULL &&
         strchr (rest, '=') < bar)
    {
      g_autofree char *key = g_strndup (rest, strchr (rest, '=') - rest);
      g_autofree char *value = g_strndup (strchr (rest, '=') + 1, bar - strchr (rest, '=') - 1);

      if (g_str_equal (key, "law"))
        query->law = g_strdup (value);
      else if (g_str_equal (key, "chapter"))
        query->chapter = g_strdup (value);
      else if (g_str_equal (key, "class"))
        query->filter.classification = hp_classification_from_string (value);
      rest = bar + 1;
    }
  query->text = g_strdup (rest);
  query->match = hp_search_build_match (rest);
  query->filter.law = query->law;
  query->filter.chapter_id = query->chapter;
  return query;
}

static GPtrArray *
read_queries (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *queries = g_ptr_array_new_with_free_func (query_free);

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("%s", error->message);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_ptr_array_add (queries, parse_line (lines[i]));
  return queries;
}

static guint
run_ours (HpSearch *search,
          Query    *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) results = hp_search_run (search, query->text, &query->filter, &error);
  guint n;

  if (results == NULL)
    g_error ("“%s”: %s", query->text, error->message);
  n = g_list_model_get_n_items (results);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpSearchResult) result = g_list_model_get_item (results, i);
      g_assert (hp_search_result_get_snippet_markup (result) != NULL);
    }
  return n;
}

static guint
run_raw (sqlite3_stmt *stmt,
         Query        *query)
{
  guint n = 0;

  if (query->match == NULL)
    return 0;
  sqlite3_reset (stmt);
  sqlite3_bind_text (stmt, 1, query->match, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, HP_SEARCH_DEFAULT_LIMIT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_assert (sqlite3_column_text (stmt, 1) != NULL);
      n++;
    }
  return n;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *sorted,
            double  fraction)
{
  guint index = (guint) (fraction * (sorted->len - 1) + 0.5);

  return g_array_index (sorted, double, index);
}

static void
report (const char *name,
        GArray     *samples,
        double     *p50,
        double     *p99,
        double     *max)
{
  g_array_sort (samples, compare_doubles);
  *p50 = percentile (samples, 0.50);
  *p99 = percentile (samples, 0.99);
  *max = g_array_index (samples, double, samples->len - 1);
  g_print ("%-14s p50 %7.3f ms   p99 %7.3f ms   max %7.3f ms   (%u runs)\n",
           name, *p50, *p99, *max, samples->len);
}

static HpDatabase *
open_loaded_database (const char *xml,
                      const char *rng,
                      char      **path)
{
  g_autoptr(GError) error = NULL;
  HpDatabase *database;
  int fd = g_file_open_tmp ("hjemplan-bench-XXXXXX.db", path, &error);

  if (fd < 0)
    g_error ("%s", error->message);
  close (fd);
  database = hp_database_open (*path, &error);
  if (database == NULL || !hp_corpus_loader_load (database, xml, rng, &error))
    g_error ("%s", error->message);
  return database;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) queries = NULL;
  g_autoptr(HpDatabase) database = NULL;
  g_autoptr(HpSearch) search = NULL;
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *path = NULL;
  sqlite3_stmt *stmt;
  guint rounds = argc > 4 ? (guint) atoi (argv[4]) : 5;
  guint64 hits = 0;
  double o50, o99, omax, r50, r99, rmax;

  /* The figures print × and ≤: the terminal's UTF-8, not ASCII "?". */
  setlocale (LC_ALL, "");

  if (argc < 4)
    {
      g_printerr ("usage: %s QUERIES CORPUS SCHEMA [ROUNDS]\n", argv[0]);
      return 2;
    }
  queries = read_queries (argv[1]);
  database = open_loaded_database (argv[2], argv[3], &path);
  search = hp_search_new (database);
  if (sqlite3_prepare_v3 (hp_database_get_handle (database), raw_sql, -1,
                          SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    g_error ("%s", sqlite3_errmsg (hp_database_get_handle (database)));

  /* Round 0 warms the page cache and the prepared statements. */
  for (guint round = 0; round <= rounds; round++)
    for (guint i = 0; i < queries->len; i++)
      {
        Query *query = g_ptr_array_index (queries, i);
        gint64 t0 = g_get_monotonic_time ();
        guint n = run_ours (search, query);
        gint64 t1 = g_get_monotonic_time ();
        run_raw (stmt, query);
        gint64 t2 = g_get_monotonic_time ();
        double ours_ms = (t1 - t0) / 1000.0, raw_ms = (t2 - t1) / 1000.0;

        if (round == 0)
          continue;
        hits += n;
        g_array_append_val (ours, ours_ms);
        g_array_append_val (raw, raw_ms);
      }

  g_print ("%u queries x %u rounds, %.1f results per query on average\n",
           queries->len, rounds, (double) hits / MAX (ours->len, 1));
  report ("hp_search_run", ours, &o50, &o99, &omax);
  report ("raw FTS5", raw, &r50, &r99, &rmax);
  g_print ("ratio          p50 %.2fx   p99 %.2fx\n", o50 / MAX (r50, 1e-6), o99 / MAX (r99, 1e-6));

  sqlite3_finalize (stmt);
  g_clear_object (&search);
  g_clear_object (&database);
  for (guint i = 0; i < 3; i++)
    {
      static const char * const suffixes[] = { "", "-wal", "-shm" };
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_remove (file);
    }
  return o99 < 5.0 ? 0 : 1;
}
