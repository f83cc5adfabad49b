/* hp-strategy-plan.c — focus areas, goals and actions of a strategy
 *
 * The publication's method: after the self-assessment, pick guidelines as
 * focus areas and work with their directions.  Goals and actions name the
 * directions they serve by stable id (goal_direction, action_direction);
 * an action may sit under a goal, and goes when its goal is deleted.
 * Like every strategy edit, each change here is one transaction and one
 * undo step (hp-strategy-edit.c).
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-strategy-edit.h"
#include "hp-strategy-figure.h"
#include "hp-strategy-plan.h"

#define GOAL_COLUMNS "id, strategy_id, text, indicator, baseline, target, deadline, figure"
#define ACTION_COLUMNS "id, strategy_id, goal_id, text, owner, start_on, deadline, status"

/* What differs between goals and actions, for the code they share. */
typedef struct {
  const char *table;
  const char *link_table;
  const char *link_column;
  const char *what;          /* for "no longer exists" */
} Kind;

static const Kind goal_kind = { "goal", "goal_direction", "goal_id", N_("The goal no longer exists") };
static const Kind action_kind = { "action", "action_direction", "action_id",
                                  N_("The action no longer exists") };

static HpDatabase *
db_of (HpStrategyStore *store)
{
  return hp_strategy_store_get_database (store);
}

static gboolean
step_rows_done (HpDatabase   *db,
                sqlite3_stmt *stmt,
                int           rc,
                GError      **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return hp_database_set_error (db, error, "plan");
  return TRUE;
}

/* --- focus areas ---------------------------------------------------------- */

GStrv
hp_strategy_plan_list_focus_areas (HpStrategyStore  *store,
                                   gint64            strategy_id,
                                   GError          **error)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  sqlite3_stmt *stmt = hp_database_prepare (db_of (store), "SELECT guideline_id FROM focus_area "
                                                           "WHERE strategy_id = ? ORDER BY position",
                                            error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, strategy_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (ids, (const char *) sqlite3_column_text (stmt, 0));
  if (!step_rows_done (db_of (store), stmt, rc, error))
    return NULL;
  return g_strv_builder_end (ids);
}

static gboolean
check_kind (HpStrategyStore  *store,
            const char       *id,
            const char       *kind_a,
            const char       *kind_b,
            GError          **error)
{
  g_autoptr(HpCorpusItem) item = hp_corpus_lookup (hp_strategy_store_get_corpus (store), id, error);

  if (item == NULL)
    return FALSE;
  if (!hp_corpus_item_is_kind (item, kind_a) && !hp_corpus_item_is_kind (item, kind_b))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID, _("“%s” is not a %s"), id, kind_a);
      return FALSE;
    }
  return TRUE;
}

/* Chooses (or drops) guideline @guideline_id as a focus area. */
gboolean
hp_strategy_plan_set_focus_area (HpStrategyStore  *store,
                                 gint64            strategy_id,
                                 const char       *guideline_id,
                                 gboolean          chosen,
                                 GError          **error)
{
  g_auto(GStrv) current = hp_strategy_plan_list_focus_areas (store, strategy_id, error);
  HpStrategyEdit *edit;
  gboolean ok;

  if (current == NULL)
    return FALSE;
  if (g_strv_contains ((const char * const *) current, guideline_id) == chosen)
    return TRUE;
  if (chosen && !check_kind (store, guideline_id, "guideline", "guideline", error))
    return FALSE;
  edit = hp_strategy_edit_begin (store, chosen ? _("Focus area chosen") : _("Focus area removed"),
                                 strategy_id, error);
  if (edit == NULL)
    return FALSE;
  ok = hp_strategy_edit_track (edit, "focus_area", "strategy_id = ?1 AND guideline_id = ?2",
                               strategy_id, guideline_id, error);
  if (ok && chosen)
    ok = hp_strategy_exec (db_of (store), "INSERT INTO focus_area (strategy_id, guideline_id, position) "
                                          "SELECT ?1, ?2, coalesce (max (position), 0) + 1 "
                                          "FROM focus_area WHERE strategy_id = ?1", error, "it",
                           strategy_id, guideline_id);
  else if (ok)
    ok = hp_strategy_exec (db_of (store), "DELETE FROM focus_area WHERE strategy_id = ?1 "
                                          "AND guideline_id = ?2", error, "it", strategy_id, guideline_id);
  return hp_strategy_edit_end (edit, ok, error);
}

/* --- shared by goals and actions ------------------------------------------ */

static GStrv
read_links (HpDatabase  *db,
            const Kind  *kind,
            gint64       id,
            GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT l.item_id FROM %s l LEFT JOIN corpus_item c "
                                          "ON c.id = l.item_id WHERE l.%s = ? "
                                          "ORDER BY c.seq IS NULL, c.seq, l.item_id",
                                          kind->link_table, kind->link_column);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  sqlite3_stmt *stmt = hp_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (ids, (const char *) sqlite3_column_text (stmt, 0));
  if (!step_rows_done (db, stmt, rc, error))
    return NULL;
  return g_strv_builder_end (ids);
}

static gboolean
write_links (HpDatabase          *db,
             const Kind          *kind,
             gint64               id,
             const char * const  *directions,
             GError             **error)
{
  g_autofree char *delete = g_strdup_printf ("DELETE FROM %s WHERE %s = ?1", kind->link_table,
                                             kind->link_column);
  g_autofree char *insert = g_strdup_printf ("INSERT OR IGNORE INTO %s (%s, item_id) VALUES (?1, ?2)",
                                             kind->link_table, kind->link_column);

  if (!hp_strategy_exec (db, delete, error, "i", id))
    return FALSE;
  for (guint i = 0; directions != NULL && directions[i] != NULL; i++)
    if (!hp_strategy_exec (db, insert, error, "it", id, directions[i]))
      return FALSE;
  return TRUE;
}

static gboolean
check_directions (HpStrategyStore     *store,
                  const char * const  *directions,
                  GError             **error)
{
  for (guint i = 0; directions != NULL && directions[i] != NULL; i++)
    if (!check_kind (store, directions[i], "direction", "subpoint", error))
      return FALSE;
  return TRUE;
}

/* The strategy record @id of @kind belongs to, or 0 with @error set. */
static gint64
owner_strategy (HpStrategyStore  *store,
                const Kind       *kind,
                gint64            id,
                GError          **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT strategy_id FROM %s WHERE id = ?", kind->table);
  sqlite3_stmt *stmt = hp_database_prepare (db_of (store), sql, error);
  gint64 strategy_id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    strategy_id = sqlite3_column_int64 (stmt, 0);
  else
    g_set_error_literal (error, HP_ERROR, HP_ERROR_NOT_FOUND, _(kind->what));
  sqlite3_reset (stmt);
  return strategy_id;
}

/* Starts an edit of record @id (0: a new one, whose id is then chosen) and
 * tracks the record and its links; for goals also the actions under it. */
static HpStrategyEdit *
begin_record_edit (HpStrategyStore  *store,
                   const Kind       *kind,
                   const char       *label,
                   gint64            strategy_id,
                   gint64           *id,
                   GError          **error)
{
  HpStrategyEdit *edit = hp_strategy_edit_begin (store, label, strategy_id, error);
  g_autofree char *next = g_strdup_printf ("SELECT coalesce (max (id), 0) + 1 FROM %s", kind->table);
  g_autofree char *links = g_strdup_printf ("%s = ?1", kind->link_column);
  gboolean ok;

  if (edit == NULL)
    return NULL;
  if (*id == 0)
    {
      sqlite3_stmt *stmt = hp_database_prepare (db_of (store), next, error);

      if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
        *id = sqlite3_column_int64 (stmt, 0);
      if (stmt != NULL)
        sqlite3_reset (stmt);
    }
  ok = *id > 0 &&
       hp_strategy_edit_track (edit, kind->table, "id = ?1", *id, NULL, error) &&
       hp_strategy_edit_track (edit, kind->link_table, links, *id, NULL, error);
  if (ok && kind == &goal_kind)
    ok = hp_strategy_edit_track (edit, "action", "goal_id = ?1", *id, NULL, error) &&
         hp_strategy_edit_track (edit, "action_direction", "action_id IN (SELECT id FROM action "
                                 "WHERE goal_id = ?1)", *id, NULL, error);
  if (!ok)
    {
      hp_strategy_edit_end (edit, FALSE, NULL);
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, HP_ERROR, HP_ERROR_FAILED, "no id");
      return NULL;
    }
  return edit;
}

static gboolean
delete_record (HpStrategyStore  *store,
               const Kind       *kind,
               const char       *label,
               gint64            id,
               GError          **error)
{
  gint64 strategy_id = owner_strategy (store, kind, id, error);
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", kind->table);
  HpStrategyEdit *edit;

  if (strategy_id == 0)
    return FALSE;
  edit = begin_record_edit (store, kind, label, strategy_id, &id, error);
  if (edit == NULL)
    return FALSE;
  return hp_strategy_edit_end (edit, hp_strategy_exec (db_of (store), sql, error, "i", id), error);
}

/* --- goals ---------------------------------------------------------------- */

static HpGoal *
read_goal (HpDatabase    *db,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  g_autoptr(HpGoal) goal = g_new0 (HpGoal, 1);

  goal->id = sqlite3_column_int64 (stmt, 0);
  goal->strategy_id = sqlite3_column_int64 (stmt, 1);
  goal->text = hp_strategy_column_dup (stmt, 2);
  goal->indicator = hp_strategy_column_dup (stmt, 3);
  goal->has_baseline = sqlite3_column_type (stmt, 4) != SQLITE_NULL;
  goal->baseline = sqlite3_column_double (stmt, 4);
  goal->has_target = sqlite3_column_type (stmt, 5) != SQLITE_NULL;
  goal->target = sqlite3_column_double (stmt, 5);
  goal->deadline = hp_strategy_column_dup (stmt, 6);
  goal->figure = hp_strategy_column_dup (stmt, 7);
  return g_steal_pointer (&goal);
}

typedef gpointer (*ReadFunc) (HpDatabase *db, sqlite3_stmt *stmt, GError **error);

/* Reads records with @sql (one int64 parameter) and then their links. */
static GPtrArray *
list_records (HpStrategyStore  *store,
              const Kind       *kind,
              const char       *sql,
              gint64            key,
              ReadFunc          read,
              GDestroyNotify    free_func,
              GError          **error)
{
  HpDatabase *db = db_of (store);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (free_func);
  sqlite3_stmt *stmt = hp_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, key);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, read (db, stmt, error));
  if (!step_rows_done (db, stmt, rc, error))
    return NULL;
  /* Links after the loop: their query would reset the statement above.
   * HpGoal and HpAction both start with their id. */
  for (guint i = 0; i < list->len; i++)
    {
      gint64 id = *(gint64 *) g_ptr_array_index (list, i);
      GStrv links = read_links (db, kind, id, error);

      if (links == NULL)
        return NULL;
      if (kind == &goal_kind)
        ((HpGoal *) g_ptr_array_index (list, i))->directions = links;
      else
        ((HpAction *) g_ptr_array_index (list, i))->directions = links;
    }
  return g_steal_pointer (&list);
}

GPtrArray *
hp_strategy_plan_list_goals (HpStrategyStore  *store,
                             gint64            strategy_id,
                             GError          **error)
{
  return list_records (store, &goal_kind, "SELECT " GOAL_COLUMNS " FROM goal WHERE strategy_id = ? "
                                          "ORDER BY position, id", strategy_id,
                       (ReadFunc) read_goal, (GDestroyNotify) hp_goal_free, error);
}

static gpointer
get_record (HpStrategyStore  *store,
            const Kind       *kind,
            GPtrArray        *list,
            GError          **error)
{
  gpointer record;

  if (list == NULL)
    return NULL;
  if (list->len == 0)
    {
      g_set_error_literal (error, HP_ERROR, HP_ERROR_NOT_FOUND, _(kind->what));
      g_ptr_array_unref (list);
      return NULL;
    }
  record = g_ptr_array_steal_index (list, 0);
  g_ptr_array_unref (list);
  return record;
}

HpGoal *
hp_strategy_plan_get_goal (HpStrategyStore  *store,
                           gint64            goal_id,
                           GError          **error)
{
  return get_record (store, &goal_kind,
                     list_records (store, &goal_kind, "SELECT " GOAL_COLUMNS " FROM goal WHERE id = ?",
                                   goal_id, (ReadFunc) read_goal, (GDestroyNotify) hp_goal_free, error),
                     error);
}

static gboolean
check_goal (HpStrategyStore  *store,
            const HpGoal     *goal,
            GError          **error)
{
  if (!hp_goal_validate (goal, error) ||
      !check_directions (store, (const char * const *) goal->directions, error))
    return FALSE;
  if (goal->figure != NULL && *goal->figure != '\0' && !hp_strategy_figure_is_known (goal->figure))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID, _("Unknown figure “%s”"), goal->figure);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_goal (HpStrategyStore  *store,
            gint64            id,
            gint64            strategy_id,
            const HpGoal     *goal,
            GError          **error)
{
  HpDatabase *db = db_of (store);
  g_autofree char *now = hp_strategy_now ();
  sqlite3_stmt *stmt = hp_database_prepare (db,
    "INSERT INTO goal (" GOAL_COLUMNS ", position, changed_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, (SELECT coalesce (max (position), 0) + 1 FROM goal "
    "WHERE strategy_id = ?2), ?9) ON CONFLICT (id) DO UPDATE SET text = ?3, indicator = ?4, "
    "baseline = ?5, target = ?6, deadline = ?7, figure = ?8, changed_at = ?9", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, strategy_id);
  sqlite3_bind_text (stmt, 3, goal->text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, goal->indicator ? goal->indicator : "", -1, SQLITE_TRANSIENT);
  if (goal->has_baseline)
    sqlite3_bind_double (stmt, 5, goal->baseline);
  if (goal->has_target)
    sqlite3_bind_double (stmt, 6, goal->target);
  sqlite3_bind_text (stmt, 7, goal->deadline, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, goal->figure ? goal->figure : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, now, -1, SQLITE_TRANSIENT);
  return hp_database_step_done (db, stmt, error) &&
         write_links (db, &goal_kind, id, (const char * const *) goal->directions, error);
}

/* Returns the new goal's id, or 0 with @error set. */
gint64
hp_strategy_plan_add_goal (HpStrategyStore  *store,
                           gint64            strategy_id,
                           const HpGoal     *goal,
                           GError          **error)
{
  g_autoptr(HpStrategy) strategy = NULL;
  HpStrategyEdit *edit;
  gint64 id = 0;

  if (!check_goal (store, goal, error))
    return 0;
  strategy = hp_strategy_store_get_strategy (store, strategy_id, error);
  if (strategy == NULL)
    return 0;
  edit = begin_record_edit (store, &goal_kind, _("Goal added"), strategy_id, &id, error);
  if (edit == NULL)
    return 0;
  return hp_strategy_edit_end (edit, write_goal (store, id, strategy_id, goal, error), error) ? id : 0;
}

gboolean
hp_strategy_plan_update_goal (HpStrategyStore  *store,
                              const HpGoal     *goal,
                              GError          **error)
{
  gint64 id = goal->id;
  gint64 strategy_id;
  HpStrategyEdit *edit;

  if (!check_goal (store, goal, error))
    return FALSE;
  strategy_id = owner_strategy (store, &goal_kind, id, error);
  if (strategy_id == 0)
    return FALSE;
  edit = begin_record_edit (store, &goal_kind, _("Goal changed"), strategy_id, &id, error);
  if (edit == NULL)
    return FALSE;
  return hp_strategy_edit_end (edit, write_goal (store, id, strategy_id, goal, error), error);
}

/* Deletes the goal with the actions under it (undo brings them back). */
gboolean
hp_strategy_plan_delete_goal (HpStrategyStore  *store,
                              gint64            goal_id,
                              GError          **error)
{
  return delete_record (store, &goal_kind, _("Goal deleted"), goal_id, error);
}

/* --- actions -------------------------------------------------------------- */

static HpAction *
read_action (HpDatabase    *db,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  HpAction *action = g_new0 (HpAction, 1);

  action->id = sqlite3_column_int64 (stmt, 0);
  action->strategy_id = sqlite3_column_int64 (stmt, 1);
  action->goal_id = sqlite3_column_int64 (stmt, 2);
  action->text = hp_strategy_column_dup (stmt, 3);
  action->owner = hp_strategy_column_dup (stmt, 4);
  action->start = hp_strategy_column_dup (stmt, 5);
  action->deadline = hp_strategy_column_dup (stmt, 6);
  action->status = hp_action_status_from_string ((const char *) sqlite3_column_text (stmt, 7));
  return action;
}

GPtrArray *
hp_strategy_plan_list_actions (HpStrategyStore  *store,
                               gint64            strategy_id,
                               GError          **error)
{
  return list_records (store, &action_kind, "SELECT " ACTION_COLUMNS " FROM action "
                                            "WHERE strategy_id = ? ORDER BY position, id", strategy_id,
                       (ReadFunc) read_action, (GDestroyNotify) hp_action_free, error);
}

HpAction *
hp_strategy_plan_get_action (HpStrategyStore  *store,
                             gint64            action_id,
                             GError          **error)
{
  return get_record (store, &action_kind,
                     list_records (store, &action_kind, "SELECT " ACTION_COLUMNS " FROM action "
                                   "WHERE id = ?", action_id, (ReadFunc) read_action,
                                   (GDestroyNotify) hp_action_free, error),
                     error);
}

static gboolean
check_action (HpStrategyStore  *store,
              gint64            strategy_id,
              const HpAction   *action,
              GError          **error)
{
  if (!hp_action_validate (action, error) ||
      !check_directions (store, (const char * const *) action->directions, error))
    return FALSE;
  if (action->goal_id != 0)
    {
      gint64 goal_strategy = owner_strategy (store, &goal_kind, action->goal_id, error);

      if (goal_strategy == 0)
        return FALSE;
      if (goal_strategy != strategy_id)
        {
          g_set_error_literal (error, HP_ERROR, HP_ERROR_INVALID,
                               _("The goal belongs to another strategy"));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_action (HpStrategyStore  *store,
              gint64            id,
              gint64            strategy_id,
              const HpAction   *action,
              GError          **error)
{
  HpDatabase *db = db_of (store);
  g_autofree char *now = hp_strategy_now ();
  sqlite3_stmt *stmt = hp_database_prepare (db,
    "INSERT INTO action (" ACTION_COLUMNS ", position, changed_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, (SELECT coalesce (max (position), 0) + 1 FROM action "
    "WHERE strategy_id = ?2), ?9) ON CONFLICT (id) DO UPDATE SET goal_id = ?3, text = ?4, "
    "owner = ?5, start_on = ?6, deadline = ?7, status = ?8, changed_at = ?9", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, strategy_id);
  if (action->goal_id != 0)
    sqlite3_bind_int64 (stmt, 3, action->goal_id);
  sqlite3_bind_text (stmt, 4, action->text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, action->owner ? action->owner : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, action->start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, action->deadline, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, hp_action_status_to_string (action->status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, now, -1, SQLITE_TRANSIENT);
  return hp_database_step_done (db, stmt, error) &&
         write_links (db, &action_kind, id, (const char * const *) action->directions, error);
}

gint64
hp_strategy_plan_add_action (HpStrategyStore  *store,
                             gint64            strategy_id,
                             const HpAction   *action,
                             GError          **error)
{
  g_autoptr(HpStrategy) strategy = NULL;
  HpStrategyEdit *edit;
  gint64 id = 0;

  strategy = hp_strategy_store_get_strategy (store, strategy_id, error);
  if (strategy == NULL || !check_action (store, strategy_id, action, error))
    return 0;
  edit = begin_record_edit (store, &action_kind, _("Action added"), strategy_id, &id, error);
  if (edit == NULL)
    return 0;
  return hp_strategy_edit_end (edit, write_action (store, id, strategy_id, action, error), error) ? id : 0;
}

gboolean
hp_strategy_plan_update_action (HpStrategyStore  *store,
                                const HpAction   *action,
                                GError          **error)
{
  gint64 id = action->id;
  gint64 strategy_id = owner_strategy (store, &action_kind, id, error);
  HpStrategyEdit *edit;

  if (strategy_id == 0 || !check_action (store, strategy_id, action, error))
    return FALSE;
  edit = begin_record_edit (store, &action_kind, _("Action changed"), strategy_id, &id, error);
  if (edit == NULL)
    return FALSE;
  return hp_strategy_edit_end (edit, write_action (store, id, strategy_id, action, error), error);
}

gboolean
hp_strategy_plan_delete_action (HpStrategyStore  *store,
                                gint64            action_id,
                                GError          **error)
{
  return delete_record (store, &action_kind, _("Action deleted"), action_id, error);
}
