/* hp-corpus.c — read access to the publication loaded in the database
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-corpus.h"
#include "hp-error.h"

struct _HpCorpus
{
  GObject     parent_instance;
  HpDatabase *database;
};

G_DEFINE_FINAL_TYPE (HpCorpus, hp_corpus, G_TYPE_OBJECT)

#define ITEM_COLUMNS \
  "seq, parent_seq, id, kind, number, title, page, classification, text, markup, page_id"

/* Kinds that are pages of their own in the browser; everything else is
 * content shown inside the nearest page above it. */
static const char * const page_kinds[] = {
  "introduction", "section", "principles", "housing-first",
  "chapter", "guideline", "literature", NULL
};

static void
hp_corpus_finalize (GObject *object)
{
  HpCorpus *self = HP_CORPUS (object);

  g_clear_object (&self->database);
  G_OBJECT_CLASS (hp_corpus_parent_class)->finalize (object);
}

static void
hp_corpus_class_init (HpCorpusClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hp_corpus_finalize;
}

static void
hp_corpus_init (HpCorpus *self)
{
}

HpCorpus *
hp_corpus_new (HpDatabase *database)
{
  HpCorpus *self;

  g_return_val_if_fail (HP_IS_DATABASE (database), NULL);

  self = g_object_new (HP_TYPE_CORPUS, NULL);
  self->database = g_object_ref (database);
  return self;
}

HpDatabase *
hp_corpus_get_database (HpCorpus *self)
{
  g_return_val_if_fail (HP_IS_CORPUS (self), NULL);
  return self->database;
}

gboolean
hp_corpus_is_page_kind (const char *kind)
{
  return kind != NULL && g_strv_contains (page_kinds, kind);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static HpCorpusItem *
item_from_row (sqlite3_stmt *stmt)
{
  HpCorpusItemFields fields = {
    .seq = sqlite3_column_int64 (stmt, 0),
    .parent_seq = sqlite3_column_int64 (stmt, 1),
    .id = column_text (stmt, 2),
    .kind = column_text (stmt, 3),
    .number = column_text (stmt, 4),
    .title = column_text (stmt, 5),
    .page = sqlite3_column_int (stmt, 6),
    .classification = hp_classification_from_string (column_text (stmt, 7)),
    .text = column_text (stmt, 8),
    .markup = column_text (stmt, 9),
    .page_id = column_text (stmt, 10),
  };
  return hp_corpus_item_new (&fields);
}

/* Runs a prepared, bound statement and collects its rows as items. */
static GListModel *
collect_items (HpCorpus      *self,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  g_autoptr(GListStore) store = g_list_store_new (HP_TYPE_CORPUS_ITEM);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(HpCorpusItem) item = item_from_row (stmt);
      g_list_store_append (store, item);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hp_database_set_error (self->database, error, "corpus query");
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static HpCorpusItem *
first_item (HpCorpus      *self,
            sqlite3_stmt  *stmt,
            const char    *what,
            GError       **error)
{
  g_autoptr(GListModel) items = collect_items (self, stmt, error);

  if (items == NULL)
    return NULL;
  if (g_list_model_get_n_items (items) == 0)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_NOT_FOUND,
                   _("The guidelines contain no item “%s”"), what);
      return NULL;
    }
  return g_list_model_get_item (items, 0);
}

HpCorpusItem *
hp_corpus_lookup (HpCorpus    *self,
                  const char  *id,
                  GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HP_IS_CORPUS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  stmt = hp_database_prepare (self->database,
                              "SELECT " ITEM_COLUMNS " FROM corpus_item WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  return first_item (self, stmt, id, error);
}

HpCorpusItem *
hp_corpus_lookup_footnote (HpCorpus  *self,
                           int        number,
                           GError   **error)
{
  g_autofree char *what = g_strdup_printf ("fn-%d", number);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HP_IS_CORPUS (self), NULL);

  stmt = hp_database_prepare (self->database,
                              "SELECT " ITEM_COLUMNS " FROM corpus_item "
                              "WHERE kind = 'footnote' AND number = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, what + 3, -1, SQLITE_TRANSIENT);
  return first_item (self, stmt, what, error);
}

/* The first item, in document order, whose text carries the marker of
 * footnote @number: where a footnote "stands" in the browser. */
HpCorpusItem *
hp_corpus_lookup_citing (HpCorpus  *self,
                         int        number,
                         GError   **error)
{
  g_autofree char *what = g_strdup_printf ("fn-%d", number);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HP_IS_CORPUS (self), NULL);

  stmt = hp_database_prepare (self->database,
                              "SELECT " ITEM_COLUMNS " FROM corpus_item WHERE seq = "
                              "(SELECT min(item_seq) FROM corpus_footnote_ref WHERE footnote = ?)",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, number);
  return first_item (self, stmt, what, error);
}

/* Direct children of @parent (top-level items when @parent is NULL). */
GListModel *
hp_corpus_list_children (HpCorpus      *self,
                         HpCorpusItem  *parent,
                         GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HP_IS_CORPUS (self), NULL);

  stmt = hp_database_prepare (self->database,
                              "SELECT " ITEM_COLUMNS " FROM corpus_item "
                              "WHERE parent_seq IS ? AND kind != 'footnote' ORDER BY seq", error);
  if (stmt == NULL)
    return NULL;
  if (parent != NULL)
    sqlite3_bind_int64 (stmt, 1, hp_corpus_item_get_seq (parent));
  return collect_items (self, stmt, error);
}

/* Every descendant of @parent in document order, without descending into
 * sub-pages (a chapter's guidelines are listed, not their contents). */
GListModel *
hp_corpus_list_contents (HpCorpus      *self,
                         HpCorpusItem  *parent,
                         GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HP_IS_CORPUS (self), NULL);
  g_return_val_if_fail (HP_IS_CORPUS_ITEM (parent), NULL);

  stmt = hp_database_prepare (self->database,
                              "WITH RECURSIVE tree (seq) AS ("
                              "  SELECT seq FROM corpus_item WHERE parent_seq = ?1"
                              "  UNION ALL"
                              "  SELECT c.seq FROM corpus_item c JOIN tree t ON c.parent_seq = t.seq"
                              "  JOIN corpus_item p ON p.seq = t.seq"
                              "  WHERE p.kind NOT IN ('introduction', 'section', 'principles',"
                              "                       'housing-first', 'chapter', 'guideline', 'literature')"
                              ") SELECT " ITEM_COLUMNS " FROM corpus_item WHERE seq IN tree ORDER BY seq",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, hp_corpus_item_get_seq (parent));
  return collect_items (self, stmt, error);
}

GListModel *
hp_corpus_list_kind (HpCorpus    *self,
                     const char  *kind,
                     GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HP_IS_CORPUS (self), NULL);

  stmt = hp_database_prepare (self->database,
                              "SELECT " ITEM_COLUMNS " FROM corpus_item WHERE kind = ? ORDER BY seq",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_TRANSIENT);
  return collect_items (self, stmt, error);
}

guint
hp_corpus_count_kind (HpCorpus   *self,
                      const char *kind)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (HP_IS_CORPUS (self), 0);

  stmt = hp_database_prepare (self->database,
                              "SELECT count(*) FROM corpus_item WHERE kind = ?", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return count;
}

void
hp_law_ref_free (HpLawRef *ref)
{
  if (ref == NULL)
    return;
  g_free (ref->law);
  g_free (ref->law_name);
  g_free (ref->paragraph);
  g_free (ref->paragraph_to);
  g_free (ref->stk);
  g_free (ref->act_type);
  g_free (ref->act_number);
  g_free (ref->act_date);
  g_free (ref);
}

GPtrArray *
hp_corpus_list_lawrefs (HpCorpus      *self,
                        HpCorpusItem  *footnote,
                        GError       **error)
{
  g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_law_ref_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HP_IS_CORPUS (self), NULL);

  stmt = hp_database_prepare (self->database,
                              "SELECT law, law_name, paragraph, paragraph_to, stk, act_type, act_number, act_date "
                              "FROM corpus_lawref WHERE footnote_seq = ? ORDER BY rowid", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, hp_corpus_item_get_seq (footnote));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HpLawRef *ref = g_new0 (HpLawRef, 1);

      ref->law = g_strdup (column_text (stmt, 0));
      ref->law_name = g_strdup (column_text (stmt, 1));
      ref->paragraph = g_strdup (column_text (stmt, 2));
      ref->paragraph_to = g_strdup (column_text (stmt, 3));
      ref->stk = g_strdup (column_text (stmt, 4));
      ref->act_type = g_strdup (column_text (stmt, 5));
      ref->act_number = g_strdup (column_text (stmt, 6));
      ref->act_date = g_strdup (column_text (stmt, 7));
      g_ptr_array_add (refs, ref);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hp_database_set_error (self->database, error, "law references");
      return NULL;
    }
  return g_steal_pointer (&refs);
}

void
hp_corpus_edition_free (HpCorpusEdition *edition)
{
  if (edition == NULL)
    return;
  g_free (edition->edition);
  g_free (edition->title);
  g_free (edition->publisher);
  g_free (edition->published);
  g_free (edition->isbn_digital);
  g_free (edition->isbn_print);
  g_free (edition->rights);
  g_free (edition->checksum);
  g_free (edition);
}

/* NULL without an error when no corpus has been loaded yet. */
HpCorpusEdition *
hp_corpus_get_edition (HpCorpus  *self,
                       GError   **error)
{
  HpCorpusEdition *edition = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HP_IS_CORPUS (self), NULL);

  stmt = hp_database_prepare (self->database,
                              "SELECT edition, title, publisher, published, isbn_digital, "
                              "isbn_print, rights, checksum FROM corpus_edition WHERE id = 1", error);
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      edition = g_new0 (HpCorpusEdition, 1);
      edition->edition = g_strdup (column_text (stmt, 0));
      edition->title = g_strdup (column_text (stmt, 1));
      edition->publisher = g_strdup (column_text (stmt, 2));
      edition->published = g_strdup (column_text (stmt, 3));
      edition->isbn_digital = g_strdup (column_text (stmt, 4));
      edition->isbn_print = g_strdup (column_text (stmt, 5));
      edition->rights = g_strdup (column_text (stmt, 6));
      edition->checksum = g_strdup (column_text (stmt, 7));
    }
  else if (rc != SQLITE_DONE)
    hp_database_set_error (self->database, error, "corpus edition");
  sqlite3_reset (stmt);
  return edition;
}

static gboolean
is_set (const char *value)
{
  return value != NULL && *value != '\0';
}

/* "Serviceloven § 11, stk. 2 og 7", "Serviceloven §§ 82a-82d" — Danish
 * legal citation form, which is how the law is named whatever the
 * interface language. */
char *
hp_law_ref_format (const HpLawRef *ref)
{
  GString *out = g_string_new (ref->law_name);
  g_auto(GStrv) stk = NULL;

  if (is_set (ref->paragraph) && is_set (ref->paragraph_to))
    g_string_append_printf (out, " §§ %s-%s", ref->paragraph, ref->paragraph_to);
  else if (is_set (ref->paragraph))
    g_string_append_printf (out, " § %s", ref->paragraph);
  if (is_set (ref->stk))
    {
      stk = g_strsplit (ref->stk, " ", -1);
      g_string_append (out, ", stk. ");
      for (guint i = 0; stk[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append (out, stk[i + 1] == NULL ? " og " : ", ");
          g_string_append (out, stk[i]);
        }
    }
  return g_string_free (out, FALSE);
}

static const char *
act_format (const char *act_type,
            gboolean    dated)
{
  /* Translators: the instrument a footnote cites; "%s" is its number
   * (and, where given, its date).  Danish: "Lovbekendtgørelse nr. %s af %s". */
  if (g_strcmp0 (act_type, "lov") == 0)
    return dated ? _("Act no. %s of %s") : _("Act no. %s");
  if (g_strcmp0 (act_type, "bek") == 0)
    return dated ? _("Executive order no. %s of %s") : _("Executive order no. %s");
  if (g_strcmp0 (act_type, "cirk") == 0)
    return dated ? _("Circular no. %s of %s") : _("Circular no. %s");
  return dated ? _("Consolidated act no. %s of %s") : _("Consolidated act no. %s");
}

/* "Lovbekendtgørelse nr. 1287 af 28. august 2020", or NULL when the
 * footnote names no instrument. */
char *
hp_law_ref_format_act (const HpLawRef *ref)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *when = NULL;

  if (!is_set (ref->act_number))
    return NULL;
  if (is_set (ref->act_date))
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autofree char *iso = g_strconcat (ref->act_date, "T00:00:00Z", NULL);
      date = g_date_time_new_from_iso8601 (iso, utc);
    }
  if (date == NULL)
    return g_strdup_printf (act_format (ref->act_type, FALSE), ref->act_number);

  /* Translators: date of a law, strftime format; Danish: "%-d. %B %Y" */
  when = g_date_time_format (date, C_("law date", "%B %-d, %Y"));
  return g_strdup_printf (act_format (ref->act_type, TRUE), ref->act_number, when);
}
