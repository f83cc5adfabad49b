/* hp-search.c — full-text search over the guidelines
 *
 * The index is an FTS5 table over corpus_item (external content, so
 * snippets are cut from the stored text itself) using the "danish"
 * tokenizer, plus two derived tables that hp_search_rebuild_index() fills
 * in the corpus load transaction (see hp-search-index.c): search_item (per
 * item: the page and top-level part that show it, its classification and a
 * ranking weight for its kind) and search_law (which items cite which law).
 *
 * User input never reaches FTS5 as syntax: hp_search_build_match() reduces
 * it to words and quoted phrases and writes the MATCH expression itself.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-search.h"

/* Beyond these, input is not a query someone typed; cutting it keeps the
 * worst case as fast as an ordinary search. */
#define MAX_QUERY_CHARS 1000
#define MAX_TERMS       32

struct _HpSearch
{
  GObject     parent_instance;
  HpDatabase *database;
};

G_DEFINE_FINAL_TYPE (HpSearch, hp_search, G_TYPE_OBJECT)

/* Ranking: bm25 with a title match worth four body matches, times a weight
 * for the item's kind, so that guidelines and directions come before the
 * paragraphs explaining them and footnotes and literature come last.
 *
 * The best LIMIT hits are chosen first without snippets, because snippet()
 * in a sorted query would be computed for every match, not only for the
 * rows kept; the second pass cuts snippets for the chosen rows only.  The
 * CROSS JOIN keeps that pass one scan of the matches: the other way round,
 * FTS5 would parse and expand the query again for every row kept. */
static const char search_sql[] =
  "WITH top AS MATERIALIZED ("
  "  SELECT search_fts.rowid AS seq, bm25 (search_fts, 4.0, 1.0) * s.weight AS score"
  "  FROM search_fts JOIN search_item s ON s.seq = search_fts.rowid"
  "  WHERE search_fts MATCH ?1"
  "    AND (?2 IS NULL OR s.chapter_id = ?2)"
  "    AND (?3 IS NULL OR s.classification = ?3)"
  "    AND (?4 IS NULL OR EXISTS (SELECT 1 FROM search_law l"
  "                               WHERE l.law = ?4 AND l.seq = s.seq))"
  "  ORDER BY score, seq LIMIT ?5"
  ") "
  "SELECT top.score, i.id, i.kind, i.title, i.classification, s.chapter_id, p.id, p.title,"
  "       snippet (search_fts, -1, X'02', X'03', '…', 20)"
  " FROM search_fts CROSS JOIN top ON top.seq = search_fts.rowid"
  " JOIN corpus_item i ON i.seq = top.seq"
  " JOIN search_item s ON s.seq = top.seq"
  " LEFT JOIN corpus_item p ON p.seq = s.page_seq"
  " WHERE search_fts MATCH ?1"
  " ORDER BY top.score, top.seq";

static void
hp_search_finalize (GObject *object)
{
  HpSearch *self = HP_SEARCH (object);

  g_clear_object (&self->database);
  G_OBJECT_CLASS (hp_search_parent_class)->finalize (object);
}

static void
hp_search_class_init (HpSearchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hp_search_finalize;
}

static void
hp_search_init (HpSearch *self)
{
}

HpSearch *
hp_search_new (HpDatabase *database)
{
  HpSearch *self;

  g_return_val_if_fail (HP_IS_DATABASE (database), NULL);

  self = g_object_new (HP_TYPE_SEARCH, NULL);
  self->database = g_object_ref (database);
  return self;
}

/* --- query parsing -------------------------------------------------------- */

typedef struct {
  GString   *match;     /* the FTS5 expression being built */
  GPtrArray *words;     /* words of the term being read */
  GString   *word;      /* the word being read */
  gboolean   has_alnum; /* whether @word has a letter or digit */
  guint      n_terms;
} QueryParser;

static void
end_word (QueryParser *parser)
{
  /* A word of combining marks alone would tokenize to nothing, and an empty
   * phrase in an AND makes the whole query match nothing. */
  if (parser->has_alnum)
    g_ptr_array_add (parser->words, g_strdup (parser->word->str));
  g_string_truncate (parser->word, 0);
  parser->has_alnum = FALSE;
}

/* One term is an FTS5 string: its words as a phrase, in order, the last one
 * as a prefix.  Words hold only letters, digits and marks, so they need no
 * quoting inside the string. */
static void
end_term (QueryParser *parser)
{
  end_word (parser);
  if (parser->words->len > 0 && parser->n_terms < MAX_TERMS)
    {
      if (parser->n_terms++ > 0)
        g_string_append (parser->match, " AND ");
      g_string_append_c (parser->match, '"');
      for (guint i = 0; i < parser->words->len; i++)
        {
          if (i > 0)
            g_string_append_c (parser->match, ' ');
          g_string_append (parser->match, g_ptr_array_index (parser->words, i));
        }
      g_string_append (parser->match, "\"*");
    }
  g_ptr_array_set_size (parser->words, 0);
}

/* Valid UTF-8, at most MAX_QUERY_CHARS, composed (NFC) like the corpus text:
 * a decomposed "å" from a paste would otherwise split into "a" and a mark. */
static char *
clean_query (const char *query)
{
  g_autofree char *valid = g_utf8_make_valid (query, -1);

  if (g_utf8_strlen (valid, -1) > MAX_QUERY_CHARS)
    *g_utf8_offset_to_pointer (valid, MAX_QUERY_CHARS) = '\0';
  return g_utf8_normalize (valid, -1, G_NORMALIZE_NFC);
}

/* Where an unpaired quote is, so that it can be read as a plain space. */
static const char *
find_unpaired_quote (const char *text)
{
  const char *last = NULL;
  guint count = 0;

  for (const char *p = strchr (text, '"'); p != NULL; p = strchr (p + 1, '"'))
    {
      last = p;
      count++;
    }
  return count % 2 == 1 ? last : NULL;
}

/**
 * hp_search_build_match:
 * @query: what the user typed
 *
 * Reduces @query to an FTS5 MATCH expression: every word becomes a prefix
 * string ("bolig" finds "boligmassen"), words written together without a
 * space ("Housing-First", "NGO'er") and "quoted phrases" become phrases,
 * and all terms must match.  Everything else — operators, column filters,
 * stars, brackets, unpaired quotes — is read as spaces or plain words.
 *
 * Returns: (transfer full) (nullable): the expression, or NULL if @query
 *   has no word to search for
 */
char *
hp_search_build_match (const char *query)
{
  g_autofree char *text = clean_query (query != NULL ? query : "");
  const char *unpaired = find_unpaired_quote (text);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) word = g_string_new (NULL);
  QueryParser parser = { g_string_new (NULL), words, word, FALSE, 0 };
  gboolean in_phrase = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || g_unichar_ismark (c))
        {
          g_string_append_unichar (word, c);
          parser.has_alnum |= g_unichar_isalnum (c);
        }
      else if (c == '"' && p != unpaired)
        {
          end_term (&parser);
          in_phrase = !in_phrase;
        }
      else if (!in_phrase && (g_unichar_isspace (c) || c == '"'))
        end_term (&parser);
      else
        end_word (&parser);
    }
  end_term (&parser);

  if (parser.n_terms == 0)
    {
      g_string_free (parser.match, TRUE);
      return NULL;
    }
  return g_string_free (parser.match, FALSE);
}

/* --- running a search ----------------------------------------------------- */

static void
bind_filter (sqlite3_stmt         *stmt,
             const char           *match,
             const HpSearchFilter *filter)
{
  const char *classification = NULL;

  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  if (filter != NULL)
    {
      classification = hp_classification_to_string (filter->classification);
      if (filter->chapter_id != NULL)
        sqlite3_bind_text (stmt, 2, filter->chapter_id, -1, SQLITE_TRANSIENT);
      if (classification != NULL)
        sqlite3_bind_text (stmt, 3, classification, -1, SQLITE_STATIC);
      if (filter->law != NULL)
        sqlite3_bind_text (stmt, 4, filter->law, -1, SQLITE_TRANSIENT);
    }
  sqlite3_bind_int (stmt, 5, filter != NULL && filter->limit > 0 ? filter->limit
                                                                   : HP_SEARCH_DEFAULT_LIMIT);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static HpSearchResult *
result_from_row (sqlite3_stmt *stmt,
                 guint         rank)
{
  HpSearchResultFields fields = {
    .rank = rank,
    .score = -sqlite3_column_double (stmt, 0),
    .id = column_text (stmt, 1),
    .kind = column_text (stmt, 2),
    .title = column_text (stmt, 3),
    .classification = hp_classification_from_string (column_text (stmt, 4)),
    .chapter_id = column_text (stmt, 5),
    .page_id = column_text (stmt, 6),
    .page_title = column_text (stmt, 7),
    .marked_snippet = column_text (stmt, 8),
  };
  return hp_search_result_new (&fields);
}

static GListModel *
collect_results (HpSearch      *self,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) store = g_list_store_new (HP_TYPE_SEARCH_RESULT);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (results, result_from_row (stmt, results->len + 1));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hp_database_set_error (self->database, error, "search");
      return NULL;
    }
  /* One splice: one items-changed signal for the whole result. */
  g_list_store_splice (store, 0, 0, results->pdata, results->len);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * hp_search_run:
 * @self: a search
 * @query: what the user typed; any text is accepted
 * @filter: (nullable): restrictions, or NULL for none
 * @error: a location for a database error
 *
 * Returns: (transfer full): #HpSearchResult items, best first; empty when
 *   @query has no word to search for
 */
GListModel *
hp_search_run (HpSearch              *self,
               const char            *query,
               const HpSearchFilter  *filter,
               GError               **error)
{
  g_autofree char *match = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HP_IS_SEARCH (self), NULL);

  match = hp_search_build_match (query);
  if (match == NULL)
    return G_LIST_MODEL (g_list_store_new (HP_TYPE_SEARCH_RESULT));

  stmt = hp_database_prepare (self->database, search_sql, error);
  if (stmt == NULL)
    return NULL;
  bind_filter (stmt, match, filter);
  return collect_results (self, stmt, error);
}

static void
append_field (GString    *out,
              const char *value)
{
  g_string_append_c (out, '\t');
  for (const char *p = value != NULL && *value != '\0' ? value : "-"; *p != '\0'; p++)
    g_string_append_c (out, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
}

/* One line per hit: rank, id, classification, page title, plain snippet. */
gboolean
hp_search_print_tsv (HpSearch              *self,
                     const char            *query,
                     const HpSearchFilter  *filter,
                     GString               *out,
                     GError               **error)
{
  g_autoptr(GListModel) results = hp_search_run (self, query, filter, error);

  g_return_val_if_fail (out != NULL, FALSE);

  if (results == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(HpSearchResult) result = g_list_model_get_item (results, i);
      HpClassification classification = hp_search_result_get_classification (result);

      g_string_append_printf (out, "%u", hp_search_result_get_rank (result));
      append_field (out, hp_search_result_get_id (result));
      append_field (out, hp_classification_to_string (classification));
      append_field (out, hp_search_result_get_page_title (result));
      append_field (out, hp_search_result_get_snippet_text (result));
      g_string_append_c (out, '\n');
    }
  return TRUE;
}
