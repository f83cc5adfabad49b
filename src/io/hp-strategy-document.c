/* hp-strategy-document.c — a whole strategy in memory, as the exchange
 * file carries it
 *
 * The exporter reads a strategy from the store into this form and writes
 * it out; the importer fills it from a file and inserts it.  Everything is
 * in a fixed order — assessments in the order of the guidelines, goals and
 * actions by position, snapshots oldest first — so the same strategy is
 * always the same file.
 *
 * The insert is one edit (hp-strategy-edit.c): one transaction and one
 * undo step that removes the whole strategy again.  It keeps the file's
 * timestamps, so an imported strategy exports to the file it came from.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-strategy-document.h"
#include "hp-strategy-edit.h"
#include "hp-strategy-plan.h"

static void
document_snapshot_free (gpointer data)
{
  HpDocumentSnapshot *snapshot = data;

  hp_snapshot_free (snapshot->snapshot);
  g_ptr_array_unref (snapshot->items);
  g_free (snapshot);
}

/* Takes @snapshot. */
HpDocumentSnapshot *
hp_document_snapshot_new (HpSnapshot *snapshot)
{
  HpDocumentSnapshot *self = g_new0 (HpDocumentSnapshot, 1);

  self->snapshot = snapshot;
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_assessment_free);
  return self;
}

HpStrategyDocument *
hp_strategy_document_new (void)
{
  HpStrategyDocument *document = g_new0 (HpStrategyDocument, 1);

  document->assessments = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_assessment_free);
  document->focus_areas = g_ptr_array_new_with_free_func (g_free);
  document->goals = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_goal_free);
  document->actions = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_action_free);
  document->snapshots = g_ptr_array_new_with_free_func (document_snapshot_free);
  return document;
}

void
hp_strategy_document_free (HpStrategyDocument *document)
{
  if (document == NULL)
    return;
  g_free (document->edition);
  hp_strategy_free (document->strategy);
  g_ptr_array_unref (document->assessments);
  g_ptr_array_unref (document->focus_areas);
  g_ptr_array_unref (document->goals);
  g_ptr_array_unref (document->actions);
  g_ptr_array_unref (document->snapshots);
  g_free (document);
}

/* --- reading from the store ------------------------------------------------ */

typedef struct {
  HpCorpus   *corpus;
  GHashTable *seqs;     /* item id → position in the guidelines, cached */
} CorpusOrder;

/* Items a newer edition dropped go last. */
static gint64
corpus_seq (CorpusOrder *order,
            const char  *id)
{
  gpointer cached;
  g_autoptr(HpCorpusItem) item = NULL;
  gint64 seq;

  if (g_hash_table_lookup_extended (order->seqs, id, NULL, &cached))
    return *(gint64 *) cached;
  item = hp_corpus_lookup (order->corpus, id, NULL);
  seq = item != NULL ? hp_corpus_item_get_seq (item) : G_MAXINT64;
  g_hash_table_insert (order->seqs, g_strdup (id), g_memdup2 (&seq, sizeof seq));
  return seq;
}

static int
compare_assessments (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const HpAssessment *x = *(HpAssessment * const *) a;
  const HpAssessment *y = *(HpAssessment * const *) b;
  gint64 seq_x = corpus_seq (user_data, x->item_id);
  gint64 seq_y = corpus_seq (user_data, y->item_id);

  if (seq_x != seq_y)
    return seq_x < seq_y ? -1 : 1;
  return strcmp (x->item_id, y->item_id);
}

/* The assessment now (@snapshot_id 0) or in a snapshot, in corpus order. */
static gboolean
read_assessments (HpStrategyStore  *store,
                  CorpusOrder      *order,
                  gint64            strategy_id,
                  gint64            snapshot_id,
                  GPtrArray        *into,
                  GError          **error)
{
  g_autoptr(GHashTable) map = hp_strategy_store_list_assessments (store, strategy_id, snapshot_id, error);
  GHashTableIter iter;
  gpointer value;

  if (map == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, map);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_hash_table_iter_steal (&iter);
      g_ptr_array_add (into, value);
    }
  g_ptr_array_sort_with_data (into, compare_assessments, order);
  return TRUE;
}

/* Renumbers goals and actions by position, as the file's local ids. */
static gboolean
read_plan (HpStrategyStore     *store,
           HpStrategyDocument  *document,
           gint64               strategy_id,
           GError             **error)
{
  g_autoptr(GPtrArray) goals = hp_strategy_plan_list_goals (store, strategy_id, error);
  g_autoptr(GPtrArray) actions = NULL;
  g_auto(GStrv) focus_areas = NULL;
  g_autoptr(GHashTable) positions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  if (goals == NULL)
    return FALSE;
  for (guint i = 0; i < goals->len; i++)
    {
      HpGoal *goal = g_ptr_array_index (goals, i);

      g_hash_table_insert (positions, g_memdup2 (&goal->id, sizeof goal->id), GUINT_TO_POINTER (i + 1));
      goal->id = i + 1;
      g_ptr_array_add (document->goals, hp_goal_copy (goal));
    }
  actions = hp_strategy_plan_list_actions (store, strategy_id, error);
  focus_areas = hp_strategy_plan_list_focus_areas (store, strategy_id, error);
  if (actions == NULL || focus_areas == NULL)
    return FALSE;
  for (guint i = 0; i < actions->len; i++)
    {
      HpAction *action = g_ptr_array_index (actions, i);

      action->id = i + 1;
      action->goal_id = GPOINTER_TO_UINT (g_hash_table_lookup (positions, &action->goal_id));
      g_ptr_array_add (document->actions, hp_action_copy (action));
    }
  for (guint i = 0; focus_areas[i] != NULL; i++)
    g_ptr_array_add (document->focus_areas, g_strdup (focus_areas[i]));
  return TRUE;
}

static gboolean
read_snapshots (HpStrategyStore     *store,
                CorpusOrder         *order,
                HpStrategyDocument  *document,
                gint64               strategy_id,
                GError             **error)
{
  g_autoptr(GPtrArray) snapshots = hp_strategy_store_list_snapshots (store, strategy_id, error);

  if (snapshots == NULL)
    return FALSE;
  while (snapshots->len > 0)
    {
      HpDocumentSnapshot *snapshot = hp_document_snapshot_new (g_ptr_array_steal_index (snapshots, 0));

      g_ptr_array_add (document->snapshots, snapshot);
      if (!read_assessments (store, order, strategy_id, snapshot->snapshot->id, snapshot->items, error))
        return FALSE;
    }
  return TRUE;
}

/* Strategy @strategy_id with everything under it, or NULL with @error set. */
HpStrategyDocument *
hp_strategy_document_read (HpStrategyStore  *store,
                           gint64            strategy_id,
                           GError          **error)
{
  g_autoptr(HpStrategyDocument) document = hp_strategy_document_new ();
  g_autoptr(HpCorpusEdition) edition = NULL;
  g_autoptr(GHashTable) seqs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  CorpusOrder order = { hp_strategy_store_get_corpus (store), seqs };
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (store), NULL);
  document->strategy = hp_strategy_store_get_strategy (store, strategy_id, error);
  if (document->strategy == NULL)
    return NULL;
  edition = hp_corpus_get_edition (order.corpus, &local_error);
  if (edition == NULL)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_NOT_FOUND, _("The guidelines are not loaded: %s"),
                   local_error != NULL ? local_error->message : _("no edition"));
      return NULL;
    }
  document->edition = g_strdup (edition->edition);
  if (!read_assessments (store, &order, strategy_id, 0, document->assessments, error) ||
      !read_plan (store, document, strategy_id, error) ||
      !read_snapshots (store, &order, document, strategy_id, error))
    return NULL;
  return g_steal_pointer (&document);
}

/* --- inserting into the store ---------------------------------------------- */

static gint64
last_row (HpDatabase *db)
{
  return sqlite3_last_insert_rowid (hp_database_get_handle (db));
}

static gboolean
insert_strategy (HpDatabase        *db,
                 gint64             id,
                 const HpStrategy  *strategy,
                 GError           **error)
{
  return hp_strategy_exec (db, "INSERT INTO strategy (id, municipality, title, period_start, "
                               "period_end, vision, is_example, created_at, changed_at) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error, "ittiititt",
                           id, strategy->municipality, strategy->title,
                           (gint64) strategy->period_start, (gint64) strategy->period_end,
                           strategy->vision ? strategy->vision : "", (gint64) (strategy->is_example != 0),
                           strategy->created_at, strategy->changed_at);
}

/* Into the assessment (@snapshot FALSE) or a snapshot's assessment. */
static gboolean
insert_assessments (HpDatabase  *db,
                    gboolean     snapshot,
                    gint64       owner,
                    GPtrArray   *items,
                    GError     **error)
{
  const char *sql = snapshot
    ? "INSERT INTO snapshot_assessment (snapshot_id, item_id, status, note, responsible) "
      "VALUES (?1, ?2, ?3, ?4, ?5)"
    : "INSERT INTO assessment (strategy_id, item_id, status, note, responsible, changed_at) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

  for (guint i = 0; i < items->len; i++)
    {
      HpAssessment *item = g_ptr_array_index (items, i);

      if (!hp_strategy_exec (db, sql, error, snapshot ? "itttt" : "itttt" "t", owner, item->item_id,
                             hp_assessment_status_to_string (item->status),
                             item->note ? item->note : "",
                             item->responsible ? item->responsible : "", item->changed_at))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_links (HpDatabase  *db,
              const char  *sql,
              gint64       owner,
              GStrv        directions,
              GError     **error)
{
  for (guint i = 0; directions != NULL && directions[i] != NULL; i++)
    if (!hp_strategy_exec (db, sql, error, "it", owner, directions[i]))
      return FALSE;
  return TRUE;
}

/* Fills @rows with the new goals' row ids, by position. */
static gboolean
insert_goals (HpDatabase  *db,
              gint64       strategy_id,
              GPtrArray   *goals,
              GArray      *rows,
              GError     **error)
{
  g_autofree char *now = hp_strategy_now ();

  for (guint i = 0; i < goals->len; i++)
    {
      HpGoal *goal = g_ptr_array_index (goals, i);
      gint64 row;

      if (!hp_strategy_exec (db, "INSERT INTO goal (strategy_id, text, indicator, baseline, target, "
                                 "deadline, figure, position, changed_at) VALUES (?1, ?2, ?3, "
                                 "CASE WHEN ?4 THEN ?5 END, CASE WHEN ?6 THEN ?7 END, ?8, ?9, ?10, ?11)",
                             error, "ittididttit", strategy_id, goal->text,
                             goal->indicator ? goal->indicator : "", (gint64) goal->has_baseline,
                             goal->baseline, (gint64) goal->has_target, goal->target, goal->deadline,
                             goal->figure ? goal->figure : "", (gint64) i + 1, now))
        return FALSE;
      row = last_row (db);
      g_array_append_val (rows, row);
      if (!insert_links (db, "INSERT INTO goal_direction (goal_id, item_id) VALUES (?1, ?2)", row,
                         goal->directions, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_actions (HpDatabase  *db,
                gint64       strategy_id,
                GPtrArray   *actions,
                GArray      *goal_rows,
                GError     **error)
{
  g_autofree char *now = hp_strategy_now ();

  for (guint i = 0; i < actions->len; i++)
    {
      HpAction *action = g_ptr_array_index (actions, i);
      gint64 goal_row = 0;

      if (action->goal_id < 0 || action->goal_id > (gint64) goal_rows->len)
        {
          g_set_error_literal (error, HP_ERROR, HP_ERROR_INVALID, _("The action's goal does not exist"));
          return FALSE;
        }
      if (action->goal_id > 0)
        goal_row = g_array_index (goal_rows, gint64, action->goal_id - 1);
      if (!hp_strategy_exec (db, "INSERT INTO action (strategy_id, goal_id, text, owner, start_on, "
                                 "deadline, status, position, changed_at) VALUES (?1, nullif (?2, 0), "
                                 "?3, ?4, ?5, ?6, ?7, ?8, ?9)", error, "iittttt" "it", strategy_id,
                             goal_row, action->text, action->owner ? action->owner : "", action->start,
                             action->deadline, hp_action_status_to_string (action->status),
                             (gint64) i + 1, now) ||
          !insert_links (db, "INSERT INTO action_direction (action_id, item_id) VALUES (?1, ?2)",
                         last_row (db), action->directions, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_plan (HpDatabase          *db,
             gint64               strategy_id,
             HpStrategyDocument  *document,
             GError             **error)
{
  g_autoptr(GArray) goal_rows = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < document->focus_areas->len; i++)
    if (!hp_strategy_exec (db, "INSERT INTO focus_area (strategy_id, guideline_id, position) "
                               "VALUES (?1, ?2, ?3)", error, "iti", strategy_id,
                           g_ptr_array_index (document->focus_areas, i), (gint64) i + 1))
      return FALSE;
  return insert_goals (db, strategy_id, document->goals, goal_rows, error) &&
         insert_actions (db, strategy_id, document->actions, goal_rows, error);
}

static gboolean
insert_snapshots (HpDatabase  *db,
                  gint64       strategy_id,
                  GPtrArray   *snapshots,
                  GError     **error)
{
  g_autofree char *now = hp_strategy_now ();

  for (guint i = 0; i < snapshots->len; i++)
    {
      HpDocumentSnapshot *snapshot = g_ptr_array_index (snapshots, i);

      if (!hp_strategy_exec (db, "INSERT INTO strategy_snapshot (strategy_id, label, taken_on, "
                                 "is_baseline, created_at) VALUES (?1, ?2, ?3, ?4, ?5)", error, "ittit",
                             strategy_id, snapshot->snapshot->label, snapshot->snapshot->taken_on,
                             (gint64) (snapshot->snapshot->is_baseline != 0), now) ||
          !insert_assessments (db, TRUE, last_row (db), snapshot->items, error))
        return FALSE;
    }
  return TRUE;
}

/* Adds @document as a new strategy in one edit ("Strategy imported") and
 * returns its id, or 0 with @error set and nothing written.  The caller
 * has checked every value; the database's constraints are the last line. */
gint64
hp_strategy_document_insert (HpStrategyStore     *store,
                             HpStrategyDocument  *document,
                             GError             **error)
{
  HpDatabase *db = hp_strategy_store_get_database (store);
  HpStrategyEdit *edit;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (store), 0);
  g_return_val_if_fail (document != NULL && document->strategy != NULL, 0);
  edit = hp_strategy_edit_begin (store, _("Strategy imported"), 0, error);
  if (edit == NULL)
    return 0;
  /* Known before the insert, so the undo step can track the new row;
   * the rows under it are found through it. */
  id = hp_strategy_next_id (db, "strategy", error);
  ok = id > 0 &&
       hp_strategy_edit_track (edit, "strategy", "id = ?1", id, NULL, error) &&
       hp_strategy_edit_track_strategy (edit, id, error) &&
       insert_strategy (db, id, document->strategy, error) &&
       insert_assessments (db, FALSE, id, document->assessments, error) &&
       insert_plan (db, id, document, error) &&
       insert_snapshots (db, id, document->snapshots, error);
  hp_strategy_edit_set_strategy (edit, id);
  hp_strategy_edit_keep_changed_at (edit);
  return hp_strategy_edit_end (edit, ok, error) ? id : 0;
}
