/* hp-bookmarks.c — the planner's bookmarked guidelines and directions
 *
 * Bookmarks live in user_bookmark, keyed by the corpus item's stable id, so
 * they survive a corpus reload.  The model lists them in document order,
 * not in the order they were set: a planner reads the sidebar like the
 * publication's own table of contents, bookmarks of one guideline stay
 * together, and setting a bookmark never reshuffles the ones already there.
 * (created_at is kept all the same, for a "recently bookmarked" view.)
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-bookmarks.h"
#include "hp-error.h"

struct _HpBookmarks
{
  GObject     parent_instance;

  HpCorpus   *corpus;
  GListStore *store;   /* HpCorpusItem, ordered by seq */
};

G_DEFINE_FINAL_TYPE (HpBookmarks, hp_bookmarks, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_MODEL,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
hp_bookmarks_finalize (GObject *object)
{
  HpBookmarks *self = HP_BOOKMARKS (object);

  g_clear_object (&self->store);
  g_clear_object (&self->corpus);
  G_OBJECT_CLASS (hp_bookmarks_parent_class)->finalize (object);
}

static void
hp_bookmarks_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HpBookmarks *self = HP_BOOKMARKS (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    case PROP_MODEL:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_bookmarks_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HpBookmarks *self = HP_BOOKMARKS (object);

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
hp_bookmarks_class_init (HpBookmarksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hp_bookmarks_finalize;
  object_class->get_property = hp_bookmarks_get_property;
  object_class->set_property = hp_bookmarks_set_property;

  properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL, HP_TYPE_CORPUS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HpBookmarks::changed:
   * @item_id: (nullable): the item whose bookmark was set or cleared, or
   *   %NULL when every bookmark may have changed (after a reload)
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
hp_bookmarks_init (HpBookmarks *self)
{
  self->store = g_list_store_new (HP_TYPE_CORPUS_ITEM);
}

HpBookmarks *
hp_bookmarks_new (HpCorpus  *corpus,
                  GError   **error)
{
  g_autoptr(HpBookmarks) self = NULL;

  g_return_val_if_fail (HP_IS_CORPUS (corpus), NULL);

  self = g_object_new (HP_TYPE_BOOKMARKS, "corpus", corpus, NULL);
  if (!hp_bookmarks_reload (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

HpCorpus *
hp_bookmarks_get_corpus (HpBookmarks *self)
{
  g_return_val_if_fail (HP_IS_BOOKMARKS (self), NULL);
  return self->corpus;
}

/* The live list: it changes in place, so a bound list view follows every
 * add, remove and reload. */
GListModel *
hp_bookmarks_get_model (HpBookmarks *self)
{
  g_return_val_if_fail (HP_IS_BOOKMARKS (self), NULL);
  return G_LIST_MODEL (self->store);
}

static HpDatabase *
database (HpBookmarks *self)
{
  return hp_corpus_get_database (self->corpus);
}

static char *
now_iso8601 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* Runs one INSERT or DELETE on user_bookmark in its own transaction, with
 * @item_id as ?1 and, when not NULL, @stamp as ?2; *@changed tells whether
 * a row was written (INSERT OR IGNORE and DELETE may write nothing). */
static gboolean
write_bookmark (HpBookmarks  *self,
                const char   *sql,
                const char   *item_id,
                const char   *stamp,
                gboolean     *changed,
                GError      **error)
{
  HpDatabase *db = database (self);
  sqlite3_stmt *stmt;

  if (!hp_database_begin (db, error))
    return FALSE;
  stmt = hp_database_prepare (db, sql, error);
  if (stmt == NULL)
    {
      hp_database_rollback (db);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, item_id, -1, SQLITE_TRANSIENT);
  if (stamp != NULL)
    sqlite3_bind_text (stmt, 2, stamp, -1, SQLITE_TRANSIENT);
  if (!hp_database_step_done (db, stmt, error))
    {
      hp_database_rollback (db);
      return FALSE;
    }
  *changed = sqlite3_changes (hp_database_get_handle (db)) > 0;
  if (!hp_database_commit (db, error))
    {
      hp_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

static int
compare_seq (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  gint64 sa = hp_corpus_item_get_seq ((HpCorpusItem *) a);
  gint64 sb = hp_corpus_item_get_seq ((HpCorpusItem *) b);

  return (sa > sb) - (sa < sb);
}

static gboolean
find_in_store (HpBookmarks *self,
               const char  *item_id,
               guint       *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpCorpusItem) item = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      if (g_strcmp0 (hp_corpus_item_get_id (item), item_id) == 0)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Only items of the loaded corpus can be bookmarked: a bookmark to nothing
 * would be a caller's bug, not something a planner can ask for. */
gboolean
hp_bookmarks_add (HpBookmarks  *self,
                  const char   *item_id,
                  GError      **error)
{
  g_autoptr(HpCorpusItem) item = NULL;
  g_autofree char *now = now_iso8601 ();
  gboolean changed = FALSE;

  g_return_val_if_fail (HP_IS_BOOKMARKS (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  item = hp_corpus_lookup (self->corpus, item_id, error);
  if (item == NULL)
    return FALSE;
  if (!write_bookmark (self, "INSERT OR IGNORE INTO user_bookmark (item_id, created_at) "
                             "VALUES (?1, ?2)", item_id, now, &changed, error))
    return FALSE;
  if (changed)
    {
      g_list_store_insert_sorted (self->store, item, compare_seq, NULL);
      g_signal_emit (self, signals[SIGNAL_CHANGED], 0, item_id);
    }
  return TRUE;
}

/* Also removes a bookmark whose item is missing from the loaded corpus, so
 * such leftovers can be cleared. */
gboolean
hp_bookmarks_remove (HpBookmarks  *self,
                     const char   *item_id,
                     GError      **error)
{
  gboolean changed = FALSE;
  guint position;

  g_return_val_if_fail (HP_IS_BOOKMARKS (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  if (!write_bookmark (self, "DELETE FROM user_bookmark WHERE item_id = ?1",
                       item_id, NULL, &changed, error))
    return FALSE;
  if (!changed)
    return TRUE;
  if (find_in_store (self, item_id, &position))
    g_list_store_remove (self->store, position);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, item_id);
  return TRUE;
}

gboolean
hp_bookmarks_toggle (HpBookmarks  *self,
                     const char   *item_id,
                     gboolean     *bookmarked,
                     GError      **error)
{
  gboolean now_set;
  gboolean ok;

  g_return_val_if_fail (HP_IS_BOOKMARKS (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  now_set = !hp_bookmarks_is_bookmarked (self, item_id);
  ok = now_set ? hp_bookmarks_add (self, item_id, error)
               : hp_bookmarks_remove (self, item_id, error);
  if (ok && bookmarked != NULL)
    *bookmarked = now_set;
  return ok;
}

/* FALSE also when the database cannot be read: a bookmark button then shows
 * "not bookmarked", and the next write reports the real problem. */
gboolean
hp_bookmarks_is_bookmarked (HpBookmarks *self,
                            const char  *item_id)
{
  sqlite3_stmt *stmt;
  gboolean found;

  g_return_val_if_fail (HP_IS_BOOKMARKS (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  stmt = hp_database_prepare (database (self),
                              "SELECT 1 FROM user_bookmark WHERE item_id = ?", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, item_id, -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

/* The ids of bookmarked items present in the loaded corpus, in document
 * order.  Bookmarks whose item the corpus no longer has (a new edition
 * dropped or renamed it) stay in the table untouched but are not listed;
 * they reappear if an edition with that id is loaded again. */
static GPtrArray *
listed_ids (HpBookmarks  *self,
            GError      **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  HpDatabase *db = database (self);
  sqlite3_stmt *stmt;
  int rc;

  stmt = hp_database_prepare (db, "SELECT b.item_id FROM user_bookmark b "
                                  "JOIN corpus_item i ON i.id = b.item_id ORDER BY i.seq",
                              error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hp_database_set_error (db, error, "bookmarks");
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* Rebuilds the model from the database; call it after loading a corpus,
 * since the listed items are snapshots of the corpus they came from. */
gboolean
hp_bookmarks_reload (HpBookmarks  *self,
                     GError      **error)
{
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (HP_IS_BOOKMARKS (self), FALSE);

  ids = listed_ids (self, error);
  if (ids == NULL)
    return FALSE;
  /* Items come from HpCorpus, the one place that turns rows into items. */
  for (guint i = 0; i < ids->len; i++)
    {
      HpCorpusItem *item = hp_corpus_lookup (self->corpus, g_ptr_array_index (ids, i), error);

      if (item == NULL)
        return FALSE;
      g_ptr_array_add (items, item);
    }
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       items->pdata, items->len);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, NULL);
  return TRUE;
}
