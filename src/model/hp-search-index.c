/* hp-search-index.c — building the search index after a corpus load
 *
 * The FTS5 table search_fts reads its text from corpus_item, so FTS5
 * rebuilds it itself.  The two derived tables are ours: search_item (per
 * item: the page and top-level part that show it, its classification and a
 * ranking weight for its kind) and search_law (which items cite which
 * law).
 *
 * search_item is worked out here in one pass over the items in document
 * order rather than in SQL: an item's chapter is "the last top-level item
 * at or before it", which a query can only find with a subquery per item,
 * and that alone cost more than all the inserts of the corpus load.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "hp-corpus.h"
#include "hp-search-index.h"

/* Ranking weight of an item's kind (bm25 is multiplied by it; see hp-search.c): the
 * guidelines and their directions first, the paragraphs explaining them
 * next, footnotes and literature last.  Kinds not listed weigh 1. */
static const struct {
  const char *kind;
  double      weight;
} kind_weights[] = {
  { "guideline", 3.0 },
  { "direction", 2.5 },
  { "subpoint", 2.0 },
  { "chapter", 2.0 },
  { "introduction", 2.0 },
  { "section", 2.0 },
  { "principles", 2.0 },
  { "housing-first", 2.0 },
  { "principle", 2.0 },
  { "core-principle", 2.0 },
  { "method", 2.0 },
  { "subsection", 1.5 },
  { "footnote", 0.5 },
  { "literature", 0.4 },
  { "literature-entry", 0.4 },
};

/* One corpus item, as the pass needs it. */
typedef struct {
  gint64      seq;
  gint64      page_seq;        /* 0: on no page */
  const char *chapter_id;      /* its top-level part; NULL for footnotes and outside any part */
  const char *page_id;
  const char *classification;
  double      weight;
  int         footnote;        /* a footnote's number, else 0 */
  gboolean    searchable;      /* has a title or text */
} IndexItem;

typedef struct {
  GArray     *items;           /* IndexItem, in seq order */
  GStringChunk *strings;       /* the items' strings */
  GHashTable *page_seqs;       /* page id → seq, for page kinds */
  GHashTable *citers;          /* footnote number → seq of the first item citing it */
} IndexPass;

static double
weight_for_kind (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_weights); i++)
    if (g_str_equal (kind, kind_weights[i].kind))
      return kind_weights[i].weight;
  return 1.0;
}

static const char *
column_string (IndexPass    *pass,
               sqlite3_stmt *stmt,
               int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? g_string_chunk_insert_const (pass->strings, text) : NULL;
}

/* Reads every item in document order.  The loader numbers items parents
 * before children, so a top-level item's subtree is the run of seqs up to
 * the next top-level item: the chapter is simply the last one seen. */
static gboolean
read_items (HpDatabase  *database,
            IndexPass   *pass,
            GError     **error)
{
  sqlite3_stmt *stmt = hp_database_prepare (database,
    "SELECT seq, parent_seq IS NULL, kind, id, page_id, classification, number,"
    "       title IS NOT NULL OR text != ''"
    " FROM corpus_item ORDER BY seq", error);
  const char *chapter_id = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *kind = column_string (pass, stmt, 2);
      const char *id = column_string (pass, stmt, 3);
      gboolean is_footnote = g_str_equal (kind, "footnote");
      IndexItem item = {
        .seq = sqlite3_column_int64 (stmt, 0),
        .page_id = column_string (pass, stmt, 4),
        .classification = column_string (pass, stmt, 5),
        .weight = weight_for_kind (kind),
        .searchable = sqlite3_column_int (stmt, 7),
      };

      if (sqlite3_column_int (stmt, 1))
        chapter_id = is_footnote ? NULL : id;
      item.chapter_id = chapter_id;
      if (is_footnote && sqlite3_column_type (stmt, 6) != SQLITE_NULL)
        item.footnote = (int) g_ascii_strtoll ((const char *) sqlite3_column_text (stmt, 6), NULL, 10);
      if (hp_corpus_is_page_kind (kind))
        g_hash_table_insert (pass->page_seqs, (gpointer) id, GSIZE_TO_POINTER (item.seq));
      g_array_append_val (pass->items, item);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || hp_database_set_error (database, error, "step");
}

/* The first item (in document order) citing each footnote. */
static gboolean
read_citers (HpDatabase  *database,
             IndexPass   *pass,
             GError     **error)
{
  sqlite3_stmt *stmt = hp_database_prepare (database,
    "SELECT footnote, min (item_seq) FROM corpus_footnote_ref GROUP BY footnote", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (pass->citers, GINT_TO_POINTER (sqlite3_column_int (stmt, 0)),
                         GSIZE_TO_POINTER (sqlite3_column_int64 (stmt, 1)));
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || hp_database_set_error (database, error, "step");
}

static int
compare_seq (gconstpointer key,
             gconstpointer element)
{
  gint64 seq = *(const gint64 *) key;
  gint64 other = ((const IndexItem *) element)->seq;

  return seq < other ? -1 : seq > other;
}

static const IndexItem *
find_item (IndexPass *pass,
           gint64     seq)
{
  return bsearch (&seq, pass->items->data, pass->items->len, sizeof (IndexItem), compare_seq);
}

/* Footnotes hang outside any page: they are shown, and so found, where the
 * item that first cites them is. */
static void
place_footnote (IndexPass *pass,
                IndexItem *item)
{
  gint64 citer_seq = GPOINTER_TO_SIZE (g_hash_table_lookup (pass->citers,
                                                            GINT_TO_POINTER (item->footnote)));
  const IndexItem *citer = citer_seq > 0 ? find_item (pass, citer_seq) : NULL;

  if (citer == NULL)
    return;
  item->chapter_id = citer->chapter_id;
  if (item->page_id == NULL)
    item->page_id = citer->page_id;
}

static void
place_items (IndexPass *pass)
{
  for (guint i = 0; i < pass->items->len; i++)
    {
      IndexItem *item = &g_array_index (pass->items, IndexItem, i);

      if (item->footnote > 0)
        place_footnote (pass, item);
      if (item->page_id != NULL)
        item->page_seq = GPOINTER_TO_SIZE (g_hash_table_lookup (pass->page_seqs, item->page_id));
    }
}

static gboolean
insert_items (HpDatabase  *database,
              IndexPass   *pass,
              GError     **error)
{
  for (guint i = 0; i < pass->items->len; i++)
    {
      const IndexItem *item = &g_array_index (pass->items, IndexItem, i);
      sqlite3_stmt *stmt;

      if (!item->searchable)
        continue;
      stmt = hp_database_prepare (database,
        "INSERT INTO search_item (seq, page_seq, chapter_id, classification, weight)"
        " VALUES (?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, item->seq);
      if (item->page_seq > 0)
        sqlite3_bind_int64 (stmt, 2, item->page_seq);
      sqlite3_bind_text (stmt, 3, item->chapter_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, item->classification, -1, SQLITE_STATIC);
      sqlite3_bind_double (stmt, 5, item->weight);
      if (!hp_database_step_done (database, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
fill_search_item (HpDatabase  *database,
                  GError     **error)
{
  IndexPass pass = {
    .items = g_array_sized_new (FALSE, FALSE, sizeof (IndexItem), 4096),
    .strings = g_string_chunk_new (64 * 1024),
    .page_seqs = g_hash_table_new (g_str_hash, g_str_equal),
    .citers = g_hash_table_new (NULL, NULL),
  };
  gboolean ok = read_items (database, &pass, error) && read_citers (database, &pass, error);

  if (ok)
    {
      place_items (&pass);
      ok = insert_items (database, &pass, error);
    }
  g_array_unref (pass.items);
  g_string_chunk_free (pass.strings);
  g_hash_table_unref (pass.page_seqs);
  g_hash_table_unref (pass.citers);
  return ok;
}

/* An item cites a law through its own footnote markers or those of its
 * sub-points (a direction is about what its sub-points say). */
static const char fill_search_law_sql[] =
  "WITH cites (seq, footnote) AS ("
  "    SELECT item_seq, footnote FROM corpus_footnote_ref"
  "    UNION"
  "    SELECT c.parent_seq, r.footnote FROM corpus_footnote_ref r"
  "    JOIN corpus_item c ON c.seq = r.item_seq WHERE c.kind = 'subpoint')"
  "INSERT OR IGNORE INTO search_law (law, seq)"
  "  SELECT l.law, cites.seq FROM cites"
  "  JOIN corpus_item f ON f.kind = 'footnote' AND CAST (f.number AS INTEGER) = cites.footnote"
  "  JOIN corpus_lawref l ON l.footnote_seq = f.seq"
  "  WHERE cites.seq IN (SELECT seq FROM search_item);";

/**
 * hp_search_rebuild_index:
 * @database: a database whose corpus tables have just been (re)loaded
 * @error: a location for a database error
 *
 * Rebuilds the search index from corpus_item.  Runs inside the caller's
 * transaction (the corpus load), so the index always matches the corpus.
 */
gboolean
hp_search_rebuild_index (HpDatabase  *database,
                         GError     **error)
{
  g_return_val_if_fail (HP_IS_DATABASE (database), FALSE);

  if (!hp_database_exec (database,
                         "DELETE FROM search_law; DELETE FROM search_item;"
                         "INSERT INTO search_fts (search_fts) VALUES ('rebuild');", error) ||
      !fill_search_item (database, error) ||
      !hp_database_exec (database, fill_search_law_sql, error))
    {
      g_prefix_error (error, _("Could not build the search index: "));
      return FALSE;
    }
  return TRUE;
}
