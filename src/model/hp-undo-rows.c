/* hp-undo-rows.c — the rows an edit touched, before and after it
 *
 * An edit names the rows it may change ("goal WHERE id = 7", "action WHERE
 * goal_id = 7"…) before it changes anything; they are read then and again
 * when the edit is done.  Undo makes the database hold the "before" rows
 * again and redo the "after" rows: rows only in the other state are
 * deleted by primary key, the rest are upserted.  This one mechanism
 * covers inserts, updates and deletes with their cascades, so no edit needs
 * its own hand-written inverse, and the restored rows keep their ids and
 * timestamps ("last changed" comes back too).
 *
 * Sections are kept in the order they were tracked, parents first: upserts
 * go in that order and deletes in reverse, which satisfies the foreign keys.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hp-undo-rows.h"

typedef struct {
  char      *table;
  char      *select_sql;
  gint64     key;
  char      *key2;
  GStrv      columns;
  GArray    *pk;        /* of int: column indices of the primary key */
  GPtrArray *before;    /* of GPtrArray of sqlite3_value* */
  GPtrArray *after;
} Section;

struct _HpUndoRows
{
  GPtrArray *sections;
};

static void
section_free (gpointer pointer)
{
  Section *section = pointer;

  g_free (section->table);
  g_free (section->select_sql);
  g_free (section->key2);
  g_strfreev (section->columns);
  g_clear_pointer (&section->pk, g_array_unref);
  g_clear_pointer (&section->before, g_ptr_array_unref);
  g_clear_pointer (&section->after, g_ptr_array_unref);
  g_free (section);
}

HpUndoRows *
hp_undo_rows_new (void)
{
  HpUndoRows *self = g_new0 (HpUndoRows, 1);

  self->sections = g_ptr_array_new_with_free_func (section_free);
  return self;
}

void
hp_undo_rows_free (HpUndoRows *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->sections);
  g_free (self);
}

static void
value_free (gpointer value)
{
  sqlite3_value_free (value);
}

/* Column names of @table, and which of them form its primary key. */
static gboolean
read_table_info (Section     *section,
                 HpDatabase  *db,
                 GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name, pk FROM pragma_table_info('%s') ORDER BY cid",
                                          section->table);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  sqlite3_stmt *stmt = hp_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  section->pk = g_array_new (FALSE, FALSE, sizeof (int));
  for (int i = 0; (rc = sqlite3_step (stmt)) == SQLITE_ROW; i++)
    {
      g_strv_builder_add (names, (const char *) sqlite3_column_text (stmt, 0));
      if (sqlite3_column_int (stmt, 1) > 0)
        g_array_append_val (section->pk, i);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return hp_database_set_error (db, error, "table info");
  section->columns = g_strv_builder_end (names);
  g_assert (section->pk->len > 0);
  return TRUE;
}

static GPtrArray *
read_rows (Section     *section,
           HpDatabase  *db,
           GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  sqlite3_stmt *stmt = hp_database_prepare (db, section->select_sql, error);
  guint n_columns = g_strv_length (section->columns);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, section->key);
  if (section->key2 != NULL)
    sqlite3_bind_text (stmt, 2, section->key2, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GPtrArray *row = g_ptr_array_new_full (n_columns, value_free);

      for (guint i = 0; i < n_columns; i++)
        g_ptr_array_add (row, sqlite3_value_dup (sqlite3_column_value (stmt, i)));
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hp_database_set_error (db, error, "undo capture");
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/* Starts tracking the rows of @table matching @where, in which ?1 is @key
 * and ?2 (when not NULL) @key2, and reads them as they are now. */
gboolean
hp_undo_rows_track (HpUndoRows  *self,
                    HpDatabase  *db,
                    const char  *table,
                    const char  *where,
                    gint64       key,
                    const char  *key2,
                    GError     **error)
{
  Section *section = g_new0 (Section, 1);

  g_ptr_array_add (self->sections, section);
  section->table = g_strdup (table);
  section->select_sql = g_strdup_printf ("SELECT * FROM %s WHERE %s", table, where);
  section->key = key;
  section->key2 = g_strdup (key2);
  if (!read_table_info (section, db, error))
    return FALSE;
  section->before = read_rows (section, db, error);
  return section->before != NULL;
}

gboolean
hp_undo_rows_capture_after (HpUndoRows  *self,
                            HpDatabase  *db,
                            GError     **error)
{
  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = g_ptr_array_index (self->sections, i);

      g_clear_pointer (&section->after, g_ptr_array_unref);
      section->after = read_rows (section, db, error);
      if (section->after == NULL)
        return FALSE;
    }
  return TRUE;
}

static void
append_value (GString      *out,
              sqlite3_value *value)
{
  const char *text = (const char *) sqlite3_value_text (value);

  g_string_append_printf (out, "%d:%d:", sqlite3_value_type (value), sqlite3_value_bytes (value));
  if (text != NULL)
    g_string_append (out, text);
  g_string_append_c (out, '\x1f');
}

/* Identifies a row by its primary key (@all_columns FALSE) or by all it holds. */
static char *
row_key (Section   *section,
         GPtrArray *row,
         gboolean   all_columns)
{
  GString *out = g_string_new (NULL);

  if (all_columns)
    for (guint i = 0; i < row->len; i++)
      append_value (out, g_ptr_array_index (row, i));
  else
    for (guint i = 0; i < section->pk->len; i++)
      append_value (out, g_ptr_array_index (row, g_array_index (section->pk, int, i)));
  return g_string_free (out, FALSE);
}

static GHashTable *
key_set (Section   *section,
         GPtrArray *rows,
         gboolean   all_columns)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < rows->len; i++)
    g_hash_table_add (set, row_key (section, g_ptr_array_index (rows, i), all_columns));
  return set;
}

static gboolean
same_rows (Section *section)
{
  g_autoptr(GHashTable) before = key_set (section, section->before, TRUE);

  if (section->before->len != section->after->len)
    return FALSE;
  for (guint i = 0; i < section->after->len; i++)
    {
      g_autofree char *key = row_key (section, g_ptr_array_index (section->after, i), TRUE);

      if (!g_hash_table_contains (before, key))
        return FALSE;
    }
  return TRUE;
}

/* Whether the edit changed anything at all; one that did not is not worth
 * an undo step. */
gboolean
hp_undo_rows_changed (HpUndoRows *self)
{
  for (guint i = 0; i < self->sections->len; i++)
    if (!same_rows (g_ptr_array_index (self->sections, i)))
      return TRUE;
  return FALSE;
}

static char *
delete_sql (Section *section)
{
  GString *sql = g_string_new (NULL);

  g_string_printf (sql, "DELETE FROM %s WHERE ", section->table);
  for (guint i = 0; i < section->pk->len; i++)
    g_string_append_printf (sql, "%s%s = ?%u", i > 0 ? " AND " : "",
                            section->columns[g_array_index (section->pk, int, i)], i + 1);
  return g_string_free (sql, FALSE);
}

static gboolean
is_pk (Section *section,
       guint    column)
{
  for (guint i = 0; i < section->pk->len; i++)
    if ((guint) g_array_index (section->pk, int, i) == column)
      return TRUE;
  return FALSE;
}

static char *
upsert_sql (Section *section)
{
  g_autofree char *columns = g_strjoinv (", ", section->columns);
  GString *sql = g_string_new (NULL);
  GString *updates = g_string_new (NULL);
  guint n = g_strv_length (section->columns);

  g_string_printf (sql, "INSERT INTO %s (%s) VALUES (", section->table, columns);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, "%s?%u", i > 0 ? ", " : "", i + 1);
  g_string_append (sql, ") ON CONFLICT (");
  for (guint i = 0; i < section->pk->len; i++)
    g_string_append_printf (sql, "%s%s", i > 0 ? ", " : "",
                            section->columns[g_array_index (section->pk, int, i)]);
  for (guint i = 0; i < n; i++)
    if (!is_pk (section, i))
      g_string_append_printf (updates, "%s%s = excluded.%s", updates->len > 0 ? ", " : "",
                              section->columns[i], section->columns[i]);
  if (updates->len > 0)
    g_string_append_printf (sql, ") DO UPDATE SET %s", updates->str);
  else
    g_string_append (sql, ") DO NOTHING");
  g_string_free (updates, TRUE);
  return g_string_free (sql, FALSE);
}

static gboolean
delete_missing (Section     *section,
                HpDatabase  *db,
                GPtrArray   *target,
                GPtrArray   *other,
                GError     **error)
{
  g_autoptr(GHashTable) keep = key_set (section, target, FALSE);
  g_autofree char *sql = delete_sql (section);

  for (guint i = 0; i < other->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (other, i);
      g_autofree char *key = row_key (section, row, FALSE);
      sqlite3_stmt *stmt;

      if (g_hash_table_contains (keep, key))
        continue;
      stmt = hp_database_prepare (db, sql, error);
      if (stmt == NULL)
        return FALSE;
      for (guint k = 0; k < section->pk->len; k++)
        sqlite3_bind_value (stmt, k + 1, g_ptr_array_index (row, g_array_index (section->pk, int, k)));
      if (!hp_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
upsert_all (Section     *section,
            HpDatabase  *db,
            GPtrArray   *target,
            GError     **error)
{
  g_autofree char *sql = upsert_sql (section);

  for (guint i = 0; i < target->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (target, i);
      sqlite3_stmt *stmt = hp_database_prepare (db, sql, error);

      if (stmt == NULL)
        return FALSE;
      for (guint c = 0; c < row->len; c++)
        sqlite3_bind_value (stmt, c + 1, g_ptr_array_index (row, c));
      if (!hp_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Puts the tracked rows back as they were before the edit (@undo) or after
 * it.  Runs no transaction of its own: the caller wraps it in one. */
gboolean
hp_undo_rows_apply (HpUndoRows  *self,
                    HpDatabase  *db,
                    gboolean     undo,
                    GError     **error)
{
  for (guint i = self->sections->len; i > 0; i--)
    {
      Section *section = g_ptr_array_index (self->sections, i - 1);

      if (!delete_missing (section, db, undo ? section->before : section->after,
                           undo ? section->after : section->before, error))
        return FALSE;
    }
  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = g_ptr_array_index (self->sections, i);

      if (!upsert_all (section, db, undo ? section->before : section->after, error))
        return FALSE;
    }
  return TRUE;
}
