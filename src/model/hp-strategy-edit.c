/* hp-strategy-edit.c — one user edit of a strategy: a transaction and an
 * undo step
 *
 * Every change the manager makes goes through here: BEGIN IMMEDIATE, the
 * rows it may touch are read, the change is made, the rows are read again,
 * COMMIT.  Only after the commit is the step pushed on the undo stack and
 * "changed" emitted, so the history never holds an edit that is not on
 * disk, and an edit that failed halfway leaves no trace at all.
 *
 * The strategy's changed_at is part of every edit (tracked first, so undo
 * puts it back too); the pane opens the most recently changed strategy.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>

#include "hp-strategy-edit.h"
#include "hp-undo-rows.h"

struct _HpStrategyEdit
{
  HpStrategyStore *store;
  char            *label;
  gint64           strategy_id;
  gboolean         keep_changed_at;
  HpUndoRows      *rows;
};

typedef struct {
  GWeakRef    store;
  gint64      strategy_id;
  HpUndoRows *rows;
} UndoStep;

char *
hp_strategy_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

char *
hp_strategy_column_dup (sqlite3_stmt *stmt,
                        int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

/* Runs a statement that returns no rows; @types has one letter per
 * parameter: i (gint64), t (const char *, NULL binds NULL), d (double). */
gboolean
hp_strategy_exec (HpDatabase  *db,
                  const char  *sql,
                  GError     **error,
                  const char  *types,
                  ...)
{
  sqlite3_stmt *stmt = hp_database_prepare (db, sql, error);
  va_list args;

  if (stmt == NULL)
    return FALSE;
  va_start (args, types);
  for (int i = 0; types[i] != '\0'; i++)
    {
      if (types[i] == 'i')
        sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
      else if (types[i] == 'd')
        sqlite3_bind_double (stmt, i + 1, va_arg (args, double));
      else
        {
          const char *text = va_arg (args, const char *);

          if (text != NULL)
            sqlite3_bind_text (stmt, i + 1, text, -1, SQLITE_TRANSIENT);
          else
            sqlite3_bind_null (stmt, i + 1);
        }
    }
  va_end (args);
  return hp_database_step_done (db, stmt, error);
}

/* The id the next row of @table gets, or 0 with @error set: known before
 * the insert, so an edit can track the new row. */
gint64
hp_strategy_next_id (HpDatabase  *db,
                     const char  *table,
                     GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (max (id), 0) + 1 FROM %s", table);
  sqlite3_stmt *stmt = hp_database_prepare (db, sql, error);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else
    hp_database_set_error (db, error, "next id");
  sqlite3_reset (stmt);
  return id;
}

static void
edit_free (HpStrategyEdit *edit)
{
  hp_undo_rows_free (edit->rows);
  g_free (edit->label);
  g_free (edit);
}

HpStrategyEdit *
hp_strategy_edit_begin (HpStrategyStore  *store,
                        const char       *label,
                        gint64            strategy_id,
                        GError          **error)
{
  HpDatabase *db = hp_strategy_store_get_database (store);
  HpStrategyEdit *edit;

  if (!hp_database_begin (db, error))
    return NULL;
  edit = g_new0 (HpStrategyEdit, 1);
  edit->store = store;
  edit->label = g_strdup (label);
  edit->rows = hp_undo_rows_new ();
  hp_strategy_edit_set_strategy (edit, strategy_id);
  if (strategy_id > 0 &&
      !hp_undo_rows_track (edit->rows, db, "strategy", "id = ?1", strategy_id, NULL, error))
    {
      hp_database_rollback (db);
      edit_free (edit);
      return NULL;
    }
  return edit;
}

/* For an edit that creates its strategy: which strategy "changed" names. */
void
hp_strategy_edit_set_strategy (HpStrategyEdit *edit,
                               gint64          strategy_id)
{
  edit->strategy_id = strategy_id;
}

/* For an edit that writes the strategy's changed_at itself: an import keeps
 * the time of the last change in the file, so exporting it again gives the
 * same file. */
void
hp_strategy_edit_keep_changed_at (HpStrategyEdit *edit)
{
  edit->keep_changed_at = TRUE;
}

/* The rows of @table matching @where (?1 = @key, ?2 = @key2) may change. */
gboolean
hp_strategy_edit_track (HpStrategyEdit  *edit,
                        const char      *table,
                        const char      *where,
                        gint64           key,
                        const char      *key2,
                        GError         **error)
{
  return hp_undo_rows_track (edit->rows, hp_strategy_store_get_database (edit->store),
                             table, where, key, key2, error);
}

static gboolean
undo_step_apply (gpointer   data,
                 gboolean   undo,
                 GError   **error)
{
  UndoStep *step = data;
  g_autoptr(HpStrategyStore) store = g_weak_ref_get (&step->store);
  HpDatabase *db;

  if (store == NULL)
    return TRUE;
  db = hp_strategy_store_get_database (store);
  if (!hp_database_begin (db, error))
    return FALSE;
  if (!hp_undo_rows_apply (step->rows, db, undo, error) || !hp_database_commit (db, error))
    {
      hp_database_rollback (db);
      return FALSE;
    }
  hp_strategy_store_emit_changed (store, step->strategy_id);
  return TRUE;
}

static void
undo_step_free (gpointer data)
{
  UndoStep *step = data;

  g_weak_ref_clear (&step->store);
  hp_undo_rows_free (step->rows);
  g_free (step);
}

static gboolean
finish (HpStrategyEdit  *edit,
        GError         **error)
{
  HpDatabase *db = hp_strategy_store_get_database (edit->store);
  g_autofree char *now = hp_strategy_now ();

  if (edit->strategy_id > 0 && !edit->keep_changed_at &&
      !hp_strategy_exec (db, "UPDATE strategy SET changed_at = ?2 WHERE id = ?1", error, "it",
                         edit->strategy_id, now))
    return FALSE;
  return hp_undo_rows_capture_after (edit->rows, db, error) && hp_database_commit (db, error);
}

/* Commits the edit when @ok and it succeeds, otherwise rolls it back;
 * frees @edit either way.  Returns whether the edit is now stored. */
gboolean
hp_strategy_edit_end (HpStrategyEdit  *edit,
                      gboolean         ok,
                      GError         **error)
{
  HpDatabase *db = hp_strategy_store_get_database (edit->store);
  UndoStep *step;

  if (!ok || !finish (edit, error))
    {
      hp_database_rollback (db);
      edit_free (edit);
      return FALSE;
    }
  step = g_new0 (UndoStep, 1);
  g_weak_ref_init (&step->store, edit->store);
  step->strategy_id = edit->strategy_id;
  step->rows = g_steal_pointer (&edit->rows);
  hp_undo_stack_push (hp_strategy_store_get_undo_stack (edit->store), edit->label,
                      undo_step_apply, step, undo_step_free);
  hp_strategy_store_emit_changed (edit->store, edit->strategy_id);
  edit_free (edit);
  return TRUE;
}
