/* hp-housing-segment-list.c — a year's supply as a lazily paged GListModel
 *
 * A national extract has millions of segments; a list view asks only for
 * the rows it shows.  So the filtered, sorted order is materialised once
 * as a temporary table of ids with a dense position (the rowid), and rows
 * are read a page at a time by position, which SQLite answers from the
 * primary keys without sorting again.  At most MAX_PAGES pages are kept;
 * with row objects of about 200 bytes that is a few hundred kB whatever
 * the size of the stock.
 *
 * Reloads happen in an idle callback after the store says something
 * changed, so a bulk import inside a transaction is not interrupted.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-housing-segment-list.h"
#include "hp-housing-types.h"

#define PAGE_SIZE 128
#define MAX_PAGES 32

struct _HpHousingSegmentList
{
  GObject         parent_instance;

  HpHousingStore *store;
  int             year;
  char           *filter_text;
  int             filter_dwelling;
  const char     *sort_sql;
  gboolean        descending;
  guint           n_items;
  GHashTable     *pages;        /* page number → GPtrArray of HpHousingSegment */
  char           *view_table;
  char           *page_sql;
  guint           reload_id;
};

static void list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HpHousingSegmentList, hp_housing_segment_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_init))

static const struct { const char *key; const char *sql; } sort_keys[] = {
  { "dwelling", "dwelling" }, { "area", "area COLLATE NOCASE" },
  { "organisation", "organisation COLLATE NOCASE" }, { "units", "units" }, { "rent", "rent" },
  { "step-free", "step_free" }, { "turnover", "turnover" }, { "share", "share" },
  { "reachable", "units * turnover * share" },
};

static GType
get_item_type (GListModel *model)
{
  return HP_TYPE_HOUSING_SEGMENT;
}

static guint
get_n_items (GListModel *model)
{
  return HP_HOUSING_SEGMENT_LIST (model)->n_items;
}

static GPtrArray *
load_page (HpHousingSegmentList *self,
           guint                 page)
{
  g_autoptr(GError) error = NULL;
  HpDatabase *db = hp_housing_store_get_database (self->store);
  sqlite3_stmt *stmt = hp_database_prepare (db, self->page_sql, &error);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  HpHousingSegmentData data = { 0 };

  if (stmt == NULL)
    {
      g_warning ("Cannot read housing segments: %s", error->message);
      return rows;
    }
  sqlite3_bind_int64 (stmt, 1, (gint64) page * PAGE_SIZE + 1);
  sqlite3_bind_int64 (stmt, 2, (gint64) (page + 1) * PAGE_SIZE);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      hp_housing_segment_data_read (stmt, &data);
      g_ptr_array_add (rows, hp_housing_segment_new (&data));
    }
  sqlite3_reset (stmt);
  hp_housing_segment_data_clear (&data);
  return rows;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  HpHousingSegmentList *self = HP_HOUSING_SEGMENT_LIST (model);
  guint page = position / PAGE_SIZE;
  GPtrArray *rows;

  if (position >= self->n_items)
    return NULL;
  rows = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (rows == NULL)
    {
      /* Scrolling far away: forget what was seen before. */
      if (g_hash_table_size (self->pages) >= MAX_PAGES)
        g_hash_table_remove_all (self->pages);
      rows = load_page (self, page);
      g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), rows);
    }
  if (position % PAGE_SIZE >= rows->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (rows, position % PAGE_SIZE));
}

static void
list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static char *
build_view_sql (HpHousingSegmentList *self)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "INSERT INTO temp.%s (seg) SELECT id FROM housing_segment"
                               " WHERE year_id = (SELECT id FROM housing_year WHERE year = ?1)",
                          self->view_table);
  if (self->filter_text != NULL && self->filter_text[0] != '\0')
    g_string_append (sql, " AND (area LIKE ?2 OR organisation LIKE ?2)");
  if (self->filter_dwelling >= 0)
    g_string_append (sql, " AND dwelling = ?3");
  g_string_append_printf (sql, " ORDER BY %s %s, id", self->sort_sql, self->descending ? "DESC" : "ASC");
  return g_string_free (sql, FALSE);
}

static guint
fill_view (HpHousingSegmentList *self)
{
  HpDatabase *db = hp_housing_store_get_database (self->store);
  g_autofree char *reset = g_strdup_printf ("DROP TABLE IF EXISTS temp.%s;"
                                            "CREATE TEMP TABLE %s (pos INTEGER PRIMARY KEY, seg INTEGER NOT NULL)",
                                            self->view_table, self->view_table);
  g_autofree char *sql = build_view_sql (self);
  g_autofree char *like = g_strdup_printf ("%%%s%%", self->filter_text ? self->filter_text : "");
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  if (!hp_database_exec (db, reset, &error) ||
      sqlite3_prepare_v2 (hp_database_get_handle (db), sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_warning ("Cannot list housing segments: %s", error ? error->message : sqlite3_errmsg (hp_database_get_handle (db)));
      return 0;
    }
  sqlite3_bind_int (stmt, 1, self->year);
  sqlite3_bind_text (stmt, 2, like, -1, SQLITE_STATIC);
  if (self->filter_dwelling >= 0)
    sqlite3_bind_text (stmt, 3, hp_housing_key (HP_HOUSING_LIST_DWELLING, self->filter_dwelling), -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_DONE)
    n = sqlite3_changes (hp_database_get_handle (db));
  sqlite3_finalize (stmt);
  return n;
}

void
hp_housing_segment_list_reload (HpHousingSegmentList *self)
{
  guint old = self->n_items;

  g_return_if_fail (HP_IS_HOUSING_SEGMENT_LIST (self));
  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_hash_table_remove_all (self->pages);
  self->n_items = self->year > 0 ? fill_view (self) : 0;
  if (old > 0 || self->n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old, self->n_items);
}

static gboolean
reload_idle (gpointer data)
{
  HpHousingSegmentList *self = data;

  self->reload_id = 0;
  hp_housing_segment_list_reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (HpHousingSegmentList *self,
                  int                   year)
{
  if ((year == 0 || year == self->year) && self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle, self);
}

/* An edited row is replaced where it is; the order is refreshed at the next
 * reload, as in a spreadsheet. */
static void
on_segment_updated (HpHousingSegmentList *self,
                    gint64                id)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *rows = value;

      for (guint i = 0; i < rows->len; i++)
        if (hp_housing_segment_get_id (g_ptr_array_index (rows, i)) == id)
          {
            HpHousingSegmentData data = { 0 };

            if (!hp_housing_store_get_segment (self->store, id, &data, NULL))
              return;
            g_object_unref (rows->pdata[i]);
            rows->pdata[i] = hp_housing_segment_new (&data);
            hp_housing_segment_data_clear (&data);
            g_list_model_items_changed (G_LIST_MODEL (self), GPOINTER_TO_UINT (key) * PAGE_SIZE + i, 1, 1);
            return;
          }
    }
}

static void
hp_housing_segment_list_dispose (GObject *object)
{
  HpHousingSegmentList *self = HP_HOUSING_SEGMENT_LIST (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (hp_housing_segment_list_parent_class)->dispose (object);
}

static void
hp_housing_segment_list_finalize (GObject *object)
{
  HpHousingSegmentList *self = HP_HOUSING_SEGMENT_LIST (object);

  g_hash_table_unref (self->pages);
  g_free (self->filter_text);
  g_free (self->view_table);
  g_free (self->page_sql);
  G_OBJECT_CLASS (hp_housing_segment_list_parent_class)->finalize (object);
}

static void
hp_housing_segment_list_class_init (HpHousingSegmentListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hp_housing_segment_list_dispose;
  G_OBJECT_CLASS (klass)->finalize = hp_housing_segment_list_finalize;
}

static void
hp_housing_segment_list_init (HpHousingSegmentList *self)
{
  static guint counter;

  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->filter_dwelling = -1;
  self->sort_sql = "id";
  /* Several lists may share a connection: each has its own view table. */
  self->view_table = g_strdup_printf ("hp_segment_view_%u", ++counter);
  self->page_sql = g_strdup_printf ("SELECT s.id, s.dwelling, s.area, s.organisation, s.units, s.m2, s.rooms,"
                                    " s.rent, s.step_free, s.turnover, s.share FROM temp.%s v"
                                    " JOIN housing_segment s ON s.id = v.seg WHERE v.pos BETWEEN ? AND ?"
                                    " ORDER BY v.pos", self->view_table);
}

HpHousingSegmentList *
hp_housing_segment_list_new (HpHousingStore *store)
{
  HpHousingSegmentList *self;

  g_return_val_if_fail (HP_IS_HOUSING_STORE (store), NULL);
  self = g_object_new (HP_TYPE_HOUSING_SEGMENT_LIST, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed), self);
  g_signal_connect_swapped (store, "segment-updated", G_CALLBACK (on_segment_updated), self);
  return self;
}

void
hp_housing_segment_list_set_year (HpHousingSegmentList *self,
                                  int                   year)
{
  g_return_if_fail (HP_IS_HOUSING_SEGMENT_LIST (self));
  self->year = year;
  hp_housing_segment_list_reload (self);
}

void
hp_housing_segment_list_set_filter (HpHousingSegmentList *self,
                                    const char           *text,
                                    int                   dwelling)
{
  g_return_if_fail (HP_IS_HOUSING_SEGMENT_LIST (self));
  g_free (self->filter_text);
  self->filter_text = g_strdup (text);
  self->filter_dwelling = dwelling;
  hp_housing_segment_list_reload (self);
}

void
hp_housing_segment_list_set_sort (HpHousingSegmentList *self,
                                  const char           *key,
                                  gboolean              descending)
{
  g_return_if_fail (HP_IS_HOUSING_SEGMENT_LIST (self));
  self->sort_sql = "id";
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (sort_keys); i++)
    if (g_str_equal (sort_keys[i].key, key))
      self->sort_sql = sort_keys[i].sql;
  self->descending = descending;
  hp_housing_segment_list_reload (self);
}

/* How many row objects exist: for tests that the list stays lazy. */
guint
hp_housing_segment_list_get_n_loaded (HpHousingSegmentList *self)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n += ((GPtrArray *) value)->len;
  return n;
}
