/* hp-law-index.c — every law the publication cites, paragraph by
 * paragraph, with the items that cite it
 *
 * Everything is read from corpus_lawref, corpus_footnote_ref and
 * corpus_item at the time of the call and nothing is cached, so the index
 * always describes the corpus loaded now, also after a reload.  The corpus
 * is small (some 500 law references), so this costs a few milliseconds.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-law-index.h"

struct _HpLawIndex
{
  GObject   parent_instance;
  HpCorpus *corpus;
};

G_DEFINE_FINAL_TYPE (HpLawIndex, hp_law_index, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CORPUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The law references of one entry: ?1 law, ?2 paragraph, ?3 paragraph_to. */
#define MATCH_ENTRY "l.law = ?1 AND l.paragraph = ?2 AND l.paragraph_to = ?3"
#define FROM_FOOTNOTES \
  "FROM corpus_lawref l JOIN corpus_item f ON f.seq = l.footnote_seq "
/* corpus_footnote_ref.footnote holds the number in the marker, which is the
 * footnote item's number. */
#define FROM_CITING \
  FROM_FOOTNOTES \
  "JOIN corpus_footnote_ref r ON r.footnote = CAST (f.number AS INTEGER) " \
  "JOIN corpus_item i ON i.seq = r.item_seq "

static void
hp_law_index_finalize (GObject *object)
{
  HpLawIndex *self = HP_LAW_INDEX (object);

  g_clear_object (&self->corpus);
  G_OBJECT_CLASS (hp_law_index_parent_class)->finalize (object);
}

static void
hp_law_index_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HpLawIndex *self = HP_LAW_INDEX (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_law_index_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HpLawIndex *self = HP_LAW_INDEX (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      self->corpus = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_law_index_class_init (HpLawIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hp_law_index_finalize;
  object_class->get_property = hp_law_index_get_property;
  object_class->set_property = hp_law_index_set_property;

  properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL, HP_TYPE_CORPUS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hp_law_index_init (HpLawIndex *self)
{
}

HpLawIndex *
hp_law_index_new (HpCorpus *corpus)
{
  g_return_val_if_fail (HP_IS_CORPUS (corpus), NULL);
  return g_object_new (HP_TYPE_LAW_INDEX, "corpus", corpus, NULL);
}

HpCorpus *
hp_law_index_get_corpus (HpLawIndex *self)
{
  g_return_val_if_fail (HP_IS_LAW_INDEX (self), NULL);
  return self->corpus;
}

static HpDatabase *
database (HpLawIndex *self)
{
  return hp_corpus_get_database (self->corpus);
}

/* Prepares @sql and binds up to three text parameters (NULL: unbound). */
static sqlite3_stmt *
prepare (HpLawIndex  *self,
         const char  *sql,
         const char  *first,
         const char  *second,
         const char  *third,
         GError     **error)
{
  const char *params[] = { first, second, third };
  sqlite3_stmt *stmt = hp_database_prepare (database (self), sql, error);

  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (params); i++)
    if (params[i] != NULL)
      sqlite3_bind_text (stmt, i + 1, params[i], -1, SQLITE_TRANSIENT);
  return stmt;
}

/* Steps @stmt to the end and returns its rows, each a NULL-terminated
 * vector of its first @n_columns columns as text. */
static GPtrArray *
collect_rows (HpLawIndex    *self,
              sqlite3_stmt  *stmt,
              int            n_columns,
              GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char **row = g_new0 (char *, n_columns + 1);

      for (int c = 0; c < n_columns; c++)
        row[c] = g_strdup ((const char *) sqlite3_column_text (stmt, c));
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hp_database_set_error (database (self), error, "law index");
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/* Runs @sql (whose first column is an item id) for one entry and looks the
 * items up through HpCorpus, the one place that turns rows into items.
 * The ids are all read before the first lookup, as a lookup may reuse
 * prepared statements. */
static GListModel *
query_items (HpLawIndex  *self,
             const char  *sql,
             const char  *law_key,
             const char  *paragraph,
             const char  *paragraph_to,
             GError     **error)
{
  g_autoptr(GListStore) store = g_list_store_new (HP_TYPE_CORPUS_ITEM);
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  stmt = prepare (self, sql, law_key, paragraph, paragraph_to, error);
  if (stmt == NULL)
    return NULL;
  rows = collect_rows (self, stmt, 1, error);
  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      g_autoptr(HpCorpusItem) item = hp_corpus_lookup (self->corpus, row[0], error);

      if (item == NULL)
        return NULL;
      g_list_store_append (store, item);
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* The name a law is cited by.  Footnotes occasionally spell a long name in
 * two ways; the most used spelling wins, then the first one. */
static char *
law_name (HpLawIndex  *self,
          const char  *law_key,
          GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  stmt = prepare (self, "SELECT law_name FROM corpus_lawref WHERE law = ?1 GROUP BY law_name "
                        "ORDER BY count(*) DESC, min(rowid) LIMIT 1", law_key, NULL, NULL, error);
  if (stmt == NULL)
    return NULL;
  rows = collect_rows (self, stmt, 1, error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_NOT_FOUND,
                   _("The guidelines do not cite the law “%s”"), law_key);
      return NULL;
    }
  return g_strdup (((char **) g_ptr_array_index (rows, 0))[0]);
}

static int
compare_laws (gconstpointer a,
              gconstpointer b)
{
  HpLaw *la = *(HpLaw **) a;
  HpLaw *lb = *(HpLaw **) b;
  guint na = hp_law_get_n_citations (la);
  guint nb = hp_law_get_n_citations (lb);
  int by_name;

  if (na != nb)
    return na > nb ? -1 : 1;
  by_name = g_utf8_collate (hp_law_get_name (la), hp_law_get_name (lb));
  if (by_name != 0)
    return by_name;
  return g_strcmp0 (hp_law_get_key (la), hp_law_get_key (lb));
}

/* Every cited law (HpLaw), the most cited first (Serviceloven), ties by
 * name in the user's collation. */
GListModel *
hp_law_index_list_laws (HpLawIndex  *self,
                        GError     **error)
{
  g_autoptr(GListStore) store = g_list_store_new (HP_TYPE_LAW);
  g_autoptr(GPtrArray) laws = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HP_IS_LAW_INDEX (self), NULL);

  stmt = prepare (self, "SELECT law, count(DISTINCT footnote_seq) FROM corpus_lawref GROUP BY law",
                  NULL, NULL, NULL, error);
  if (stmt == NULL)
    return NULL;
  rows = collect_rows (self, stmt, 2, error);
  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      g_autofree char *name = law_name (self, row[0], error);

      if (name == NULL)
        return NULL;
      g_ptr_array_add (laws, hp_law_new (row[0], name, (guint) g_ascii_strtoull (row[1], NULL, 10)));
    }
  g_ptr_array_sort (laws, compare_laws);
  g_list_store_splice (store, 0, 0, laws->pdata, laws->len);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static HpLawParagraph *
build_paragraph (HpLawIndex  *self,
                 const char  *law_key,
                 const char  *name,
                 const char  *paragraph,
                 const char  *paragraph_to,
                 GError     **error)
{
  g_autoptr(GListModel) footnotes = NULL;
  g_autoptr(GListModel) citing = NULL;
  g_autoptr(GListModel) pages = NULL;
  HpLawParagraphFields fields = {
    .law_key = law_key,
    .law_name = name,
    .paragraph = paragraph,
    .paragraph_to = paragraph_to,
  };

  footnotes = query_items (self, "SELECT DISTINCT f.id, f.seq " FROM_FOOTNOTES
                                 "WHERE " MATCH_ENTRY " ORDER BY f.seq",
                           law_key, paragraph, paragraph_to, error);
  if (footnotes == NULL)
    return NULL;
  citing = query_items (self, "SELECT DISTINCT i.id, i.seq " FROM_CITING
                              "WHERE " MATCH_ENTRY " ORDER BY i.seq",
                        law_key, paragraph, paragraph_to, error);
  if (citing == NULL)
    return NULL;
  pages = query_items (self, "SELECT DISTINCT p.id, p.seq " FROM_CITING
                             "JOIN corpus_item p ON p.id = i.page_id "
                             "WHERE " MATCH_ENTRY " ORDER BY p.seq",
                       law_key, paragraph, paragraph_to, error);
  if (pages == NULL)
    return NULL;
  fields.footnotes = footnotes;
  fields.citing = citing;
  fields.pages = pages;
  return hp_law_paragraph_new (&fields);
}

/* Builds one HpLawParagraph for each row (law, paragraph, paragraph_to). */
static GPtrArray *
build_paragraphs (HpLawIndex  *self,
                  GPtrArray   *rows,
                  GError     **error)
{
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      g_autofree char *name = law_name (self, row[0], error);
      HpLawParagraph *paragraph;

      if (name == NULL)
        return NULL;
      paragraph = build_paragraph (self, row[0], name, row[1], row[2], error);
      if (paragraph == NULL)
        return NULL;
      g_ptr_array_add (paragraphs, paragraph);
    }
  return g_steal_pointer (&paragraphs);
}

static GListModel *
store_of (GPtrArray *paragraphs)
{
  GListStore *store = g_list_store_new (HP_TYPE_LAW_PARAGRAPH);

  g_list_store_splice (store, 0, 0, paragraphs->pdata, paragraphs->len);
  return G_LIST_MODEL (store);
}

/* The cited paragraphs of @law_key (HpLawParagraph) in natural order:
 * the law as a whole, § 4, § 10, § 82a, §§ 82a-82d, § 82b, § 110.  Empty
 * for a law the corpus does not cite. */
GListModel *
hp_law_index_list_paragraphs (HpLawIndex  *self,
                              const char  *law_key,
                              GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_autoptr(GListModel) model = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HP_IS_LAW_INDEX (self), NULL);
  g_return_val_if_fail (law_key != NULL, NULL);

  stmt = prepare (self, "SELECT DISTINCT law, paragraph, paragraph_to FROM corpus_lawref "
                        "WHERE law = ?1", law_key, NULL, NULL, error);
  if (stmt == NULL)
    return NULL;
  rows = collect_rows (self, stmt, 3, error);
  if (rows == NULL)
    return NULL;
  paragraphs = build_paragraphs (self, rows, error);
  if (paragraphs == NULL)
    return NULL;
  model = store_of (paragraphs);
  g_list_store_sort (G_LIST_STORE (model), hp_law_paragraph_compare, NULL);
  return g_steal_pointer (&model);
}

/* One entry of the index; @paragraph is its key as
 * hp_law_paragraph_get_key() gives it: "110", "82a-82d", or "" for the law
 * as a whole. */
HpLawParagraph *
hp_law_index_lookup_paragraph (HpLawIndex  *self,
                               const char  *law_key,
                               const char  *paragraph,
                               GError     **error)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  const char *to;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HP_IS_LAW_INDEX (self), NULL);
  g_return_val_if_fail (law_key != NULL && paragraph != NULL, NULL);

  parts = g_strsplit (paragraph, "-", 2);
  to = parts[0] != NULL && parts[1] != NULL ? parts[1] : "";
  stmt = prepare (self, "SELECT 1 FROM corpus_lawref l WHERE " MATCH_ENTRY " LIMIT 1",
                  law_key, parts[0] != NULL ? parts[0] : "", to, error);
  if (stmt == NULL)
    return NULL;
  rows = collect_rows (self, stmt, 1, error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_NOT_FOUND,
                   _("The guidelines do not cite “%s” of the law “%s”"), paragraph, law_key);
      return NULL;
    }
  name = law_name (self, law_key, error);
  if (name == NULL)
    return NULL;
  return build_paragraph (self, law_key, name, parts[0] != NULL ? parts[0] : "", to, error);
}

/* The items citing one entry (HpCorpusItem), in document order. */
GListModel *
hp_law_index_list_citing (HpLawIndex  *self,
                          const char  *law_key,
                          const char  *paragraph,
                          GError     **error)
{
  g_autoptr(HpLawParagraph) entry = hp_law_index_lookup_paragraph (self, law_key, paragraph, error);

  if (entry == NULL)
    return NULL;
  return g_object_ref (hp_law_paragraph_get_citing (entry));
}

/* The entries @footnote cites, in the footnote's own order, each once
 * (HpLawParagraph): what a footnote popover offers as "show everything
 * that cites this paragraph".  The footnote is found by its id, so a
 * snapshot from before a corpus reload still works. */
GListModel *
hp_law_index_paragraphs_of_footnote (HpLawIndex    *self,
                                     HpCorpusItem  *footnote,
                                     GError       **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) paragraphs = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HP_IS_LAW_INDEX (self), NULL);
  g_return_val_if_fail (HP_IS_CORPUS_ITEM (footnote), NULL);

  stmt = prepare (self, "SELECT l.law, l.paragraph, l.paragraph_to FROM corpus_lawref l "
                        "JOIN corpus_item f ON f.seq = l.footnote_seq WHERE f.id = ?1 "
                        "GROUP BY l.law, l.paragraph, l.paragraph_to ORDER BY min(l.rowid)",
                  hp_corpus_item_get_id (footnote), NULL, NULL, error);
  if (stmt == NULL)
    return NULL;
  rows = collect_rows (self, stmt, 3, error);
  if (rows == NULL)
    return NULL;
  paragraphs = build_paragraphs (self, rows, error);
  if (paragraphs == NULL)
    return NULL;
  return store_of (paragraphs);
}
