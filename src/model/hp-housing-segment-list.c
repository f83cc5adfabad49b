/* hp-housing-segment-list.c — a year's supply as a lazily paged GListModel
 *
 * A national extract has millions of segments; a list view asks only for
 * the rows it shows.  So the filtered, sorted order is kept as an array of
 * ids (8 bytes a row), and rows are read a page at a time by id.  At most
 * MAX_PAGES pages are kept; with row objects of about 200 bytes that is a
 * few hundred kB whatever the size of the stock.
 *
 * Building the order of millions of rows (sorting by rent, filtering by
 * area) takes seconds, so for a large year it is done in a worker thread on
 * a read-only connection of its own (WAL lets it read beside the window's
 * connection), with "loading" set meanwhile; the finished order replaces
 * the old one in one go.  A small year is ordered at once, on the window's
 * connection, so typing in the pane never waits for a thread.
 *
 * Reloads happen in an idle callback after the store says something
 * changed, so a bulk import inside a transaction is not interrupted.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-error.h"
#include "hp-housing-segment-list.h"
#include "hp-housing-types.h"

#define PAGE_SIZE 128
#define MAX_PAGES 32
/* From this many rows the order is built in a thread: below it the query
 * takes a few milliseconds. */
#define THREAD_MIN_ROWS 20000

struct _HpHousingSegmentList
{
  GObject         parent_instance;

  HpHousingStore *store;
  int             year;
  char           *filter_text;
  int             filter_dwelling;
  const char     *sort_sql;
  gboolean        descending;
  GArray         *order;        /* gint64: the ids in the order shown */
  GHashTable     *pages;        /* page number → GPtrArray of HpHousingSegment */
  guint           reload_id;
  GCancellable   *pending;      /* the worker building the next order */
};

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HpHousingSegmentList, hp_housing_segment_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_init))

static const struct { const char *key; const char *sql; } sort_keys[] = {
  { "dwelling", "dwelling" }, { "area", "area COLLATE NOCASE" },
  { "organisation", "organisation COLLATE NOCASE" }, { "units", "units" }, { "rent", "rent" },
  { "step-free", "step_free" }, { "turnover", "turnover" }, { "share", "share" },
  { "reachable", "units * turnover * share" },
};

/* --- building the order --------------------------------------------------- */

/* What to list, copied so that a worker thread can run it. */
typedef struct {
  char       *sql;
  int         year;
  char       *like;
  const char *dwelling;   /* a static key, or NULL for every type */
  char       *path;       /* the database file, for the worker's connection */
} OrderQuery;

static void
order_query_free (gpointer data)
{
  OrderQuery *q = data;

  g_free (q->sql);
  g_free (q->like);
  g_free (q->path);
  g_free (q);
}

static OrderQuery *
order_query_new (HpHousingSegmentList *self)
{
  OrderQuery *q = g_new0 (OrderQuery, 1);
  GString *sql = g_string_new ("SELECT id FROM housing_segment"
                               " WHERE year_id = (SELECT id FROM housing_year WHERE year = ?1)");
  const char *file = sqlite3_db_filename (hp_database_get_handle (hp_housing_store_get_database (self->store)), "main");

  if (self->filter_text != NULL && self->filter_text[0] != '\0')
    g_string_append (sql, " AND (area LIKE ?2 OR organisation LIKE ?2)");
  if (self->filter_dwelling >= 0)
    g_string_append (sql, " AND dwelling = ?3");
  g_string_append_printf (sql, " ORDER BY %s %s, id", self->sort_sql, self->descending ? "DESC" : "ASC");
  q->sql = g_string_free (sql, FALSE);
  q->year = self->year;
  q->like = g_strdup_printf ("%%%s%%", self->filter_text ? self->filter_text : "");
  q->dwelling = self->filter_dwelling >= 0 ? hp_housing_key (HP_HOUSING_LIST_DWELLING, self->filter_dwelling) : NULL;
  /* "" for an in-memory database, which no other connection can see. */
  q->path = file != NULL && file[0] != '\0' ? g_strdup (file) : NULL;
  return q;
}

static GArray *
run_order_query (sqlite3          *db,
                 const OrderQuery *q,
                 GError          **error)
{
  GArray *order = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, q->sql, -1, &stmt, NULL) != SQLITE_OK)
    rc = sqlite3_errcode (db);
  else
    {
      sqlite3_bind_int (stmt, 1, q->year);
      sqlite3_bind_text (stmt, 2, q->like, -1, SQLITE_STATIC);
      if (q->dwelling != NULL)
        sqlite3_bind_text (stmt, 3, q->dwelling, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (order, id);
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_FAILED, "%s", sqlite3_errmsg (db));
      g_array_unref (order);
      return NULL;
    }
  return order;
}

static int
is_cancelled (void *cancellable)
{
  return g_cancellable_is_cancelled (cancellable);
}

static void
order_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  OrderQuery *q = data;
  GError *error = NULL;
  GArray *order = NULL;
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (q->path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    g_set_error (&error, HP_ERROR, HP_ERROR_FAILED, "%s", db ? sqlite3_errmsg (db) : q->path);
  else
    {
      sqlite3_busy_timeout (db, 5000);
      /* A newer sort or filter makes this one moot: stop the query. */
      sqlite3_progress_handler (db, 10000, is_cancelled, cancellable);
      order = run_order_query (db, q, &error);
    }
  sqlite3_close (db);
  if (order != NULL)
    g_task_return_pointer (task, order, (GDestroyNotify) g_array_unref);
  else
    g_task_return_error (task, error);
}

/* Whether the year has at least @n segments, without counting them all. */
static gboolean
year_has_at_least (HpHousingSegmentList *self,
                   int                   n)
{
  sqlite3_stmt *stmt = hp_database_prepare (hp_housing_store_get_database (self->store),
                                            "SELECT count(*) FROM (SELECT 1 FROM housing_segment WHERE year_id ="
                                            " (SELECT id FROM housing_year WHERE year = ?) LIMIT ?)", NULL);
  gboolean many = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, self->year);
  sqlite3_bind_int (stmt, 2, n);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    many = sqlite3_column_int (stmt, 0) >= n;
  sqlite3_reset (stmt);
  return many;
}

static void
set_order (HpHousingSegmentList *self,
           GArray               *order)
{
  guint old = self->order->len;

  g_array_unref (self->order);
  self->order = order;
  g_hash_table_remove_all (self->pages);
  if (old > 0 || order->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old, order->len);
}

static void
on_order_ready (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  HpHousingSegmentList *self = HP_HOUSING_SEGMENT_LIST (source);
  g_autoptr(GError) error = NULL;
  GArray *order = g_task_propagate_pointer (G_TASK (result), &error);

  /* A later request has replaced this one (and cancelled it). */
  if (g_task_get_cancellable (G_TASK (result)) != self->pending)
    {
      g_clear_pointer (&order, g_array_unref);
      return;
    }
  g_clear_object (&self->pending);
  if (order == NULL)
    g_warning ("Cannot list housing segments: %s", error->message);
  set_order (self, order != NULL ? order : g_array_new (FALSE, FALSE, sizeof (gint64)));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
start_thread (HpHousingSegmentList *self,
              OrderQuery           *q)
{
  g_autoptr(GTask) task = NULL;
  gboolean was_loading = self->pending != NULL;

  g_cancellable_cancel (self->pending);
  g_clear_object (&self->pending);
  self->pending = g_cancellable_new ();
  task = g_task_new (self, self->pending, on_order_ready, NULL);
  g_task_set_source_tag (task, start_thread);
  g_task_set_task_data (task, q, order_query_free);
  g_task_run_in_thread (task, order_thread);
  if (!was_loading)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
order_now (HpHousingSegmentList *self,
           OrderQuery           *q)
{
  g_autoptr(GError) error = NULL;
  GArray *order = NULL;

  if (self->pending != NULL)
    {
      g_cancellable_cancel (self->pending);
      g_clear_object (&self->pending);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
    }
  if (self->year > 0 &&
      (order = run_order_query (hp_database_get_handle (hp_housing_store_get_database (self->store)), q, &error)) == NULL)
    g_warning ("Cannot list housing segments: %s", error->message);
  set_order (self, order != NULL ? order : g_array_new (FALSE, FALSE, sizeof (gint64)));
  order_query_free (q);
}

void
hp_housing_segment_list_reload (HpHousingSegmentList *self)
{
  OrderQuery *q;

  g_return_if_fail (HP_IS_HOUSING_SEGMENT_LIST (self));
  g_clear_handle_id (&self->reload_id, g_source_remove);
  q = order_query_new (self);
  if (self->year > 0 && q->path != NULL && year_has_at_least (self, THREAD_MIN_ROWS))
    start_thread (self, q);
  else
    order_now (self, q);
}

/* --- the list model -------------------------------------------------------- */

static GType
get_item_type (GListModel *model)
{
  return HP_TYPE_HOUSING_SEGMENT;
}

static guint
get_n_items (GListModel *model)
{
  return HP_HOUSING_SEGMENT_LIST (model)->order->len;
}

/* A row removed since the order was built shows as a blank one until the
 * reload its removal asked for: a list model may not have holes. */
static GPtrArray *
load_page (HpHousingSegmentList *self,
           guint                 page)
{
  g_autoptr(GError) error = NULL;
  HpDatabase *db = hp_housing_store_get_database (self->store);
  sqlite3_stmt *stmt = hp_database_prepare (db, "SELECT " HP_HOUSING_SEGMENT_COLUMNS
                                                " FROM housing_segment WHERE id = ?", &error);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  HpHousingSegmentData data = { 0 };
  guint end = MIN ((page + 1) * PAGE_SIZE, self->order->len);

  if (stmt == NULL)
    {
      g_warning ("Cannot read housing segments: %s", error->message);
      return rows;
    }
  for (guint i = page * PAGE_SIZE; i < end; i++)
    {
      sqlite3_bind_int64 (stmt, 1, g_array_index (self->order, gint64, i));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        hp_housing_segment_data_read (stmt, &data);
      else
        {
          hp_housing_segment_data_clear (&data);
          data = (HpHousingSegmentData) { 0 };
        }
      g_ptr_array_add (rows, hp_housing_segment_new (&data));
      sqlite3_reset (stmt);
    }
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

  if (position >= self->order->len)
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
  g_cancellable_cancel (self->pending);
  g_clear_object (&self->pending);
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
  g_array_unref (self->order);
  g_free (self->filter_text);
  G_OBJECT_CLASS (hp_housing_segment_list_parent_class)->finalize (object);
}

static void
hp_housing_segment_list_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, hp_housing_segment_list_get_loading (HP_HOUSING_SEGMENT_LIST (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_housing_segment_list_class_init (HpHousingSegmentListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hp_housing_segment_list_dispose;
  object_class->finalize = hp_housing_segment_list_finalize;
  object_class->get_property = hp_housing_segment_list_get_property;
  /* A new order is being built in a thread; the old one is shown meanwhile. */
  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hp_housing_segment_list_init (HpHousingSegmentList *self)
{
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->order = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->filter_dwelling = -1;
  self->sort_sql = "id";
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

gboolean
hp_housing_segment_list_get_loading (HpHousingSegmentList *self)
{
  g_return_val_if_fail (HP_IS_HOUSING_SEGMENT_LIST (self), FALSE);
  return self->pending != NULL;
}

/* New values for the rows shown (say, another rent limit for the
 * "Affordable for" column) without building the order again. */
void
hp_housing_segment_list_refresh_rows (HpHousingSegmentList *self)
{
  g_return_if_fail (HP_IS_HOUSING_SEGMENT_LIST (self));
  g_hash_table_remove_all (self->pages);
  if (self->order->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, self->order->len, self->order->len);
}
