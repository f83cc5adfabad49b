/* hp-strategy-progress.c — what the self-assessment adds up to
 *
 * Derived views, computed by query every time they are asked for (132
 * directions: cheap), so they can never disagree with the stored data.
 * Counts are per direction; sub-points are assessed for detail but do not
 * count twice.  A direction without an assessment counts as not assessed.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-strategy-edit.h"
#include "hp-strategy-plan.h"
#include "hp-strategy-progress.h"

/* The statuses of one side of a query: the current assessment of a
 * strategy (snapshot 0) or a snapshot.  ?1 is the strategy, ?2 the
 * snapshot. */
#define CURRENT_STATUSES "SELECT item_id, status FROM assessment WHERE strategy_id = ?1"
#define SNAPSHOT_STATUSES(param) "SELECT item_id, status FROM snapshot_assessment WHERE snapshot_id = " param

/* An item's guideline: sub-points sit under a direction, directions under
 * the guideline's "directions" section. */
#define GUIDELINE_JOIN \
  "JOIN corpus_item d ON d.seq = CASE c.kind WHEN 'subpoint' THEN c.parent_seq ELSE c.seq END " \
  "JOIN corpus_item ds ON ds.seq = d.parent_seq " \
  "JOIN corpus_item g ON g.seq = ds.parent_seq "

void
hp_progress_group_free (HpProgressGroup *group)
{
  if (group == NULL)
    return;
  g_free (group->id);
  g_free (group->number);
  g_free (group->title);
  g_free (group);
}

void
hp_direction_status_free (HpDirectionStatus *status)
{
  if (status == NULL)
    return;
  g_free (status->item_id);
  g_free (status->guideline_id);
  g_free (status->guideline_title);
  g_free (status->text);
  g_free (status);
}

/* Directions in place or judged not relevant: nothing more to do there. */
guint
hp_progress_group_count_done (const HpProgressGroup *group)
{
  return group->counts[HP_ASSESSMENT_IN_PLACE] + group->counts[HP_ASSESSMENT_NOT_RELEVANT];
}

static HpProgressGroup *
new_group (sqlite3_stmt *stmt,
           int           first_column,
           gboolean      is_chapter)
{
  HpProgressGroup *group = g_new0 (HpProgressGroup, 1);

  group->id = hp_strategy_column_dup (stmt, first_column);
  group->number = hp_strategy_column_dup (stmt, first_column + 1);
  group->title = hp_strategy_column_dup (stmt, first_column + 2);
  group->is_chapter = is_chapter;
  return group;
}

static void
add_count (HpProgressGroup    *group,
           HpAssessmentStatus  status,
           guint               n)
{
  group->counts[status] += n;
  group->total += n;
}

static gboolean
finish_rows (HpDatabase   *db,
             sqlite3_stmt *stmt,
             int           rc,
             GError      **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return hp_database_set_error (db, error, "progress");
  return TRUE;
}

/* Each chapter followed by its guidelines, in the publication's order;
 * of snapshot @snapshot_id, or of the current assessment when it is 0. */
GPtrArray *
hp_strategy_progress_by_group (HpStrategyStore  *store,
                               gint64            strategy_id,
                               gint64            snapshot_id,
                               GError          **error)
{
  HpDatabase *db = hp_strategy_store_get_database (store);
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_progress_group_free);
  HpProgressGroup *chapter = NULL, *guideline = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = hp_database_prepare (db,
    "WITH a AS (" CURRENT_STATUSES " AND ?2 = 0 UNION ALL " SNAPSHOT_STATUSES ("?2") ") "
    "SELECT ch.id, ch.number, ch.title, g.id, g.number, g.title, "
    "       coalesce (a.status, 'not-assessed'), count (*) "
    "FROM corpus_item c " GUIDELINE_JOIN
    "JOIN corpus_item ch ON ch.seq = g.parent_seq "
    "LEFT JOIN a ON a.item_id = c.id "
    "WHERE c.kind = 'direction' GROUP BY g.seq, 7 ORDER BY g.seq", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, strategy_id);
  sqlite3_bind_int64 (stmt, 2, snapshot_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HpAssessmentStatus status = hp_assessment_status_from_string ((const char *) sqlite3_column_text (stmt, 6));
      guint n = sqlite3_column_int (stmt, 7);

      if (chapter == NULL || g_strcmp0 (chapter->id, (const char *) sqlite3_column_text (stmt, 0)) != 0)
        g_ptr_array_add (groups, chapter = new_group (stmt, 0, TRUE));
      if (guideline == NULL || g_strcmp0 (guideline->id, (const char *) sqlite3_column_text (stmt, 3)) != 0)
        g_ptr_array_add (groups, guideline = new_group (stmt, 3, FALSE));
      add_count (chapter, status, n);
      add_count (guideline, status, n);
    }
  if (!finish_rows (db, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&groups);
}

static HpDirectionStatus *
read_direction_status (sqlite3_stmt *stmt)
{
  HpDirectionStatus *status = g_new0 (HpDirectionStatus, 1);
  int from_rank, to_rank;

  status->item_id = hp_strategy_column_dup (stmt, 0);
  status->guideline_id = hp_strategy_column_dup (stmt, 1);
  status->guideline_title = hp_strategy_column_dup (stmt, 2);
  status->text = hp_strategy_column_dup (stmt, 3);
  status->classification = hp_classification_from_string ((const char *) sqlite3_column_text (stmt, 4));
  status->from = hp_assessment_status_from_string ((const char *) sqlite3_column_text (stmt, 5));
  status->status = hp_assessment_status_from_string ((const char *) sqlite3_column_text (stmt, 6));
  from_rank = hp_assessment_status_get_rank (status->from);
  to_rank = hp_assessment_status_get_rank (status->status);
  if (from_rank > 0 && to_rank > 0)
    status->trend = to_rank > from_rank ? 1 : to_rank < from_rank ? -1 : 0;
  return status;
}

static GPtrArray *
list_direction_statuses (HpDatabase   *db,
                         sqlite3_stmt *stmt,
                         GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_direction_status_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, read_direction_status (stmt));
  if (!finish_rows (db, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

/* Legal duties ("skal" directions) that are not in place and not judged
 * irrelevant, including those not yet assessed: the compliance findings. */
GPtrArray *
hp_strategy_progress_findings (HpStrategyStore  *store,
                               gint64            strategy_id,
                               GError          **error)
{
  HpDatabase *db = hp_strategy_store_get_database (store);
  sqlite3_stmt *stmt = hp_database_prepare (db,
    "SELECT c.id, g.id, g.title, c.text, c.classification, "
    "       coalesce (a.status, 'not-assessed'), coalesce (a.status, 'not-assessed') "
    "FROM corpus_item c " GUIDELINE_JOIN
    "LEFT JOIN assessment a ON a.strategy_id = ?1 AND a.item_id = c.id "
    "WHERE c.kind = 'direction' AND c.classification = 'skal' "
    "  AND coalesce (a.status, 'not-assessed') IN ('not-assessed', 'not-started', 'partly') "
    "ORDER BY c.seq", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, strategy_id);
  return list_direction_statuses (db, stmt, error);
}

static int
compare_deadlines (gconstpointer a,
                   gconstpointer b)
{
  const HpAction *x = *(HpAction * const *) a;
  const HpAction *y = *(HpAction * const *) b;

  return g_strcmp0 (x->deadline, y->deadline);
}

/* Actions past their deadline on @today (ISO) that are neither done nor
 * cancelled, the most overdue first. */
GPtrArray *
hp_strategy_progress_overdue (HpStrategyStore  *store,
                              gint64            strategy_id,
                              const char       *today,
                              GError          **error)
{
  g_autoptr(GPtrArray) actions = hp_strategy_plan_list_actions (store, strategy_id, error);
  g_autoptr(GPtrArray) overdue = NULL;

  if (actions == NULL)
    return NULL;
  overdue = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_action_free);
  for (guint i = 0; i < actions->len; i++)
    {
      HpAction *action = g_ptr_array_index (actions, i);

      if (action->deadline != NULL && g_strcmp0 (action->deadline, today) < 0 &&
          action->status != HP_ACTION_DONE && action->status != HP_ACTION_CANCELLED)
        g_ptr_array_add (overdue, hp_action_copy (action));
    }
  g_ptr_array_sort (overdue, compare_deadlines);
  return g_steal_pointer (&overdue);
}

/* The directions and sub-points whose status differs between snapshot
 * @from_snapshot and @to_snapshot (0: the current assessment). */
GPtrArray *
hp_strategy_progress_compare (HpStrategyStore  *store,
                              gint64            strategy_id,
                              gint64            from_snapshot,
                              gint64            to_snapshot,
                              GError          **error)
{
  HpDatabase *db = hp_strategy_store_get_database (store);
  sqlite3_stmt *stmt = hp_database_prepare (db,
    "WITH f AS (" CURRENT_STATUSES " AND ?2 = 0 UNION ALL " SNAPSHOT_STATUSES ("?2") "), "
    "     t AS (" CURRENT_STATUSES " AND ?3 = 0 UNION ALL " SNAPSHOT_STATUSES ("?3") ") "
    "SELECT c.id, g.id, g.title, c.text, c.classification, "
    "       coalesce (f.status, 'not-assessed'), coalesce (t.status, 'not-assessed') "
    "FROM corpus_item c " GUIDELINE_JOIN
    "LEFT JOIN f ON f.item_id = c.id LEFT JOIN t ON t.item_id = c.id "
    "WHERE c.kind IN ('direction', 'subpoint') "
    "  AND coalesce (f.status, 'not-assessed') != coalesce (t.status, 'not-assessed') "
    "ORDER BY c.seq", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, strategy_id);
  sqlite3_bind_int64 (stmt, 2, from_snapshot);
  sqlite3_bind_int64 (stmt, 3, to_snapshot);
  return list_direction_statuses (db, stmt, error);
}
