/* hp-strategy-store.c — strategies, their self-assessment and snapshots
 *
 * The manager's strategy work in the user's database (tables from
 * migration 5).  Every change is one transaction and one undo step (see
 * hp-strategy-edit.c); there is no Save.  "changed" tells the views which
 * strategy changed, whoever changed it: an edit, undo or redo.
 *
 * Assessments name directions and sub-points by their stable ids.  A new
 * assessment needs its item in the loaded corpus; an existing one can
 * always be changed, even when a newer edition dropped its item.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-strategy-edit.h"
#include "hp-strategy-store.h"

struct _HpStrategyStore
{
  GObject      parent_instance;

  HpCorpus    *corpus;
  HpUndoStack *undo_stack;
};

G_DEFINE_FINAL_TYPE (HpStrategyStore, hp_strategy_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_UNDO_STACK,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define STRATEGY_COLUMNS \
  "id, municipality, title, period_start, period_end, vision, is_example, created_at, changed_at"

static void
hp_strategy_store_finalize (GObject *object)
{
  HpStrategyStore *self = HP_STRATEGY_STORE (object);

  g_clear_object (&self->corpus);
  g_clear_object (&self->undo_stack);
  G_OBJECT_CLASS (hp_strategy_store_parent_class)->finalize (object);
}

static void
hp_strategy_store_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HpStrategyStore *self = HP_STRATEGY_STORE (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      self->corpus = g_value_dup_object (value);
      break;
    case PROP_UNDO_STACK:
      self->undo_stack = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_strategy_store_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HpStrategyStore *self = HP_STRATEGY_STORE (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    case PROP_UNDO_STACK:
      g_value_set_object (value, self->undo_stack);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_strategy_store_class_init (HpStrategyStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hp_strategy_store_finalize;
  object_class->set_property = hp_strategy_store_set_property;
  object_class->get_property = hp_strategy_store_get_property;

  properties[PROP_CORPUS] = g_param_spec_object ("corpus", NULL, NULL, HP_TYPE_CORPUS, flags);
  properties[PROP_UNDO_STACK] = g_param_spec_object ("undo-stack", NULL, NULL, HP_TYPE_UNDO_STACK, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HpStrategyStore::changed:
   * @strategy_id: the strategy whose data changed (or was deleted)
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
hp_strategy_store_init (HpStrategyStore *self)
{
}

HpStrategyStore *
hp_strategy_store_new (HpCorpus    *corpus,
                       HpUndoStack *undo_stack)
{
  g_return_val_if_fail (HP_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (HP_IS_UNDO_STACK (undo_stack), NULL);
  return g_object_new (HP_TYPE_STRATEGY_STORE, "corpus", corpus, "undo-stack", undo_stack, NULL);
}

HpCorpus *
hp_strategy_store_get_corpus (HpStrategyStore *self)
{
  return self->corpus;
}

HpDatabase *
hp_strategy_store_get_database (HpStrategyStore *self)
{
  return hp_corpus_get_database (self->corpus);
}

HpUndoStack *
hp_strategy_store_get_undo_stack (HpStrategyStore *self)
{
  return self->undo_stack;
}

void
hp_strategy_store_emit_changed (HpStrategyStore *self,
                                gint64           strategy_id)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, strategy_id);
}

static gboolean
not_found (GError     **error,
           const char  *what)
{
  g_set_error (error, HP_ERROR, HP_ERROR_NOT_FOUND, "%s", what);
  return FALSE;
}

/* --- strategies ----------------------------------------------------------- */

static HpStrategy *
read_strategy (sqlite3_stmt *stmt)
{
  HpStrategy *strategy = g_new0 (HpStrategy, 1);

  strategy->id = sqlite3_column_int64 (stmt, 0);
  strategy->municipality = hp_strategy_column_dup (stmt, 1);
  strategy->title = hp_strategy_column_dup (stmt, 2);
  strategy->period_start = sqlite3_column_int (stmt, 3);
  strategy->period_end = sqlite3_column_int (stmt, 4);
  strategy->vision = hp_strategy_column_dup (stmt, 5);
  strategy->is_example = sqlite3_column_int (stmt, 6) != 0;
  strategy->created_at = hp_strategy_column_dup (stmt, 7);
  strategy->changed_at = hp_strategy_column_dup (stmt, 8);
  return strategy;
}

/* The most recently changed first: that is the one to open. */
GPtrArray *
hp_strategy_store_list_strategies (HpStrategyStore  *self,
                                   GError          **error)
{
  HpDatabase *db = hp_strategy_store_get_database (self);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_strategy_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (self), NULL);
  stmt = hp_database_prepare (db, "SELECT " STRATEGY_COLUMNS " FROM strategy "
                                  "ORDER BY changed_at DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, read_strategy (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hp_database_set_error (db, error, "strategies");
      return NULL;
    }
  return g_steal_pointer (&list);
}

HpStrategy *
hp_strategy_store_get_strategy (HpStrategyStore  *self,
                                gint64            id,
                                GError          **error)
{
  HpDatabase *db = hp_strategy_store_get_database (self);
  HpStrategy *strategy = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (self), NULL);
  stmt = hp_database_prepare (db, "SELECT " STRATEGY_COLUMNS " FROM strategy WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    strategy = read_strategy (stmt);
  else if (rc == SQLITE_DONE)
    not_found (error, _("The strategy no longer exists"));
  else
    hp_database_set_error (db, error, "strategy");
  sqlite3_reset (stmt);
  return strategy;
}

/* Returns the new strategy's id, or 0 with @error set. */
gint64
hp_strategy_store_create_strategy (HpStrategyStore  *self,
                                   const HpStrategy *fields,
                                   GError          **error)
{
  HpDatabase *db = hp_strategy_store_get_database (self);
  g_autofree char *now = hp_strategy_now ();
  HpStrategyEdit *edit;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (self), 0);
  if (!hp_strategy_validate (fields, error))
    return 0;
  edit = hp_strategy_edit_begin (self, _("Strategy created"), 0, error);
  if (edit == NULL)
    return 0;
  /* Known before the insert, so the undo step can track the new row. */
  id = hp_strategy_next_id (db, "strategy", error);
  ok = id > 0 &&
       hp_strategy_edit_track (edit, "strategy", "id = ?1", id, NULL, error) &&
       hp_strategy_exec (db, "INSERT INTO strategy (" STRATEGY_COLUMNS ") "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)", error, "ittiitit",
                         id, fields->municipality, fields->title, (gint64) fields->period_start,
                         (gint64) fields->period_end, fields->vision ? fields->vision : "",
                         (gint64) (fields->is_example ? 1 : 0), now);
  hp_strategy_edit_set_strategy (edit, id);
  return hp_strategy_edit_end (edit, ok, error) ? id : 0;
}

gboolean
hp_strategy_store_update_strategy (HpStrategyStore  *self,
                                   gint64            id,
                                   const HpStrategy *fields,
                                   GError          **error)
{
  HpDatabase *db = hp_strategy_store_get_database (self);
  g_autoptr(HpStrategy) old = NULL;
  HpStrategyEdit *edit;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (self), FALSE);
  if (!hp_strategy_validate (fields, error))
    return FALSE;
  old = hp_strategy_store_get_strategy (self, id, error);
  if (old == NULL)
    return FALSE;
  if (g_strcmp0 (old->municipality, fields->municipality) == 0 &&
      g_strcmp0 (old->title, fields->title) == 0 && g_strcmp0 (old->vision, fields->vision) == 0 &&
      old->period_start == fields->period_start && old->period_end == fields->period_end)
    return TRUE;
  edit = hp_strategy_edit_begin (self, _("Strategy changed"), id, error);
  if (edit == NULL)
    return FALSE;
  return hp_strategy_edit_end (edit,
                               hp_strategy_exec (db, "UPDATE strategy SET municipality = ?2, title = ?3, "
                                                     "period_start = ?4, period_end = ?5, vision = ?6 "
                                                     "WHERE id = ?1", error, "ittiit",
                                                 id, fields->municipality, fields->title,
                                                 (gint64) fields->period_start,
                                                 (gint64) fields->period_end,
                                                 fields->vision ? fields->vision : ""),
                               error);
}

/* Everything that belongs to strategy @id (not its own row, which every
 * edit of it tracks), parents before children. */
gboolean
hp_strategy_edit_track_strategy (HpStrategyEdit  *edit,
                                 gint64           id,
                                 GError         **error)
{
  return hp_strategy_edit_track (edit, "assessment", "strategy_id = ?1", id, NULL, error) &&
         hp_strategy_edit_track (edit, "strategy_snapshot", "strategy_id = ?1", id, NULL, error) &&
         hp_strategy_edit_track (edit, "snapshot_assessment", "snapshot_id IN (SELECT id FROM "
                                 "strategy_snapshot WHERE strategy_id = ?1)", id, NULL, error) &&
         hp_strategy_edit_track (edit, "focus_area", "strategy_id = ?1", id, NULL, error) &&
         hp_strategy_edit_track (edit, "goal", "strategy_id = ?1", id, NULL, error) &&
         hp_strategy_edit_track (edit, "goal_direction", "goal_id IN (SELECT id FROM goal "
                                 "WHERE strategy_id = ?1)", id, NULL, error) &&
         hp_strategy_edit_track (edit, "action", "strategy_id = ?1", id, NULL, error) &&
         hp_strategy_edit_track (edit, "action_direction", "action_id IN (SELECT id FROM action "
                                 "WHERE strategy_id = ?1)", id, NULL, error);
}

gboolean
hp_strategy_store_delete_strategy (HpStrategyStore  *self,
                                   gint64            id,
                                   GError          **error)
{
  HpDatabase *db = hp_strategy_store_get_database (self);
  g_autoptr(HpStrategy) old = NULL;
  HpStrategyEdit *edit;
  gboolean ok;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (self), FALSE);
  old = hp_strategy_store_get_strategy (self, id, error);
  if (old == NULL)
    return FALSE;
  edit = hp_strategy_edit_begin (self, _("Strategy deleted"), id, error);
  if (edit == NULL)
    return FALSE;
  ok = hp_strategy_edit_track_strategy (edit, id, error) &&
       hp_strategy_exec (db, "DELETE FROM strategy WHERE id = ?1", error, "i", id);
  return hp_strategy_edit_end (edit, ok, error);
}

/* --- assessments ---------------------------------------------------------- */

static HpAssessment *
read_assessment (sqlite3_stmt *stmt)
{
  HpAssessment *assessment = g_new0 (HpAssessment, 1);

  assessment->item_id = hp_strategy_column_dup (stmt, 0);
  assessment->status = hp_assessment_status_from_string ((const char *) sqlite3_column_text (stmt, 1));
  assessment->note = hp_strategy_column_dup (stmt, 2);
  assessment->responsible = hp_strategy_column_dup (stmt, 3);
  assessment->changed_at = hp_strategy_column_dup (stmt, 4);
  return assessment;
}

/* The assessment of @item_id; one never made reads as "not assessed". */
HpAssessment *
hp_strategy_store_get_assessment (HpStrategyStore  *self,
                                  gint64            strategy_id,
                                  const char       *item_id,
                                  GError          **error)
{
  HpDatabase *db = hp_strategy_store_get_database (self);
  HpAssessment *assessment = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (self), NULL);
  g_return_val_if_fail (item_id != NULL, NULL);
  stmt = hp_database_prepare (db, "SELECT item_id, status, note, responsible, changed_at "
                                  "FROM assessment WHERE strategy_id = ? AND item_id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, strategy_id);
  sqlite3_bind_text (stmt, 2, item_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    assessment = read_assessment (stmt);
  else if (rc == SQLITE_DONE)
    {
      assessment = g_new0 (HpAssessment, 1);
      assessment->item_id = g_strdup (item_id);
      assessment->note = g_strdup ("");
      assessment->responsible = g_strdup ("");
    }
  else
    hp_database_set_error (db, error, "assessment");
  sqlite3_reset (stmt);
  return assessment;
}

/* item id → HpAssessment for every assessed item of the strategy, or as it
 * stood in snapshot @snapshot_id when that is not 0. */
GHashTable *
hp_strategy_store_list_assessments (HpStrategyStore  *self,
                                    gint64            strategy_id,
                                    gint64            snapshot_id,
                                    GError          **error)
{
  HpDatabase *db = hp_strategy_store_get_database (self);
  g_autoptr(GHashTable) map = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                     (GDestroyNotify) hp_assessment_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (self), NULL);
  if (snapshot_id > 0)
    stmt = hp_database_prepare (db, "SELECT item_id, status, note, responsible, NULL "
                                    "FROM snapshot_assessment WHERE snapshot_id = ?", error);
  else
    stmt = hp_database_prepare (db, "SELECT item_id, status, note, responsible, changed_at "
                                    "FROM assessment WHERE strategy_id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, snapshot_id > 0 ? snapshot_id : strategy_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HpAssessment *assessment = read_assessment (stmt);

      g_hash_table_insert (map, assessment->item_id, assessment);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hp_database_set_error (db, error, "assessments");
      return NULL;
    }
  return g_steal_pointer (&map);
}

/* Only directions and sub-points are assessed. */
static gboolean
check_assessable (HpStrategyStore  *self,
                  const char       *item_id,
                  GError          **error)
{
  g_autoptr(HpCorpusItem) item = hp_corpus_lookup (self->corpus, item_id, error);

  if (item == NULL)
    return FALSE;
  if (!hp_corpus_item_is_kind (item, "direction") && !hp_corpus_item_is_kind (item, "subpoint"))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                   _("Only directions and their sub-points can be assessed, not “%s”"), item_id);
      return FALSE;
    }
  return TRUE;
}

typedef enum { FIELD_STATUS, FIELD_NOTE, FIELD_RESPONSIBLE } Field;

static const char * const upsert_field_sql[] = {
  [FIELD_STATUS] = "INSERT INTO assessment (strategy_id, item_id, status, changed_at) "
                   "VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO UPDATE SET status = ?3, changed_at = ?4",
  [FIELD_NOTE] = "INSERT INTO assessment (strategy_id, item_id, status, note, changed_at) "
                 "VALUES (?1, ?2, 'not-assessed', ?3, ?4) ON CONFLICT DO UPDATE SET note = ?3, changed_at = ?4",
  [FIELD_RESPONSIBLE] = "INSERT INTO assessment (strategy_id, item_id, status, responsible, changed_at) "
                        "VALUES (?1, ?2, 'not-assessed', ?3, ?4) "
                        "ON CONFLICT DO UPDATE SET responsible = ?3, changed_at = ?4",
};

static const char *
field_value (HpAssessment *assessment,
             Field         field)
{
  switch (field)
    {
    case FIELD_STATUS:
      return hp_assessment_status_to_string (assessment->status);
    case FIELD_NOTE:
      return assessment->note;
    case FIELD_RESPONSIBLE:
    default:
      return assessment->responsible;
    }
}

static gboolean
write_assessment_field (HpStrategyStore  *self,
                        gint64            strategy_id,
                        const char       *item_id,
                        Field             field,
                        const char       *value,
                        const char       *label,
                        GError          **error)
{
  g_autoptr(HpAssessment) old = NULL;
  g_autofree char *now = hp_strategy_now ();
  HpStrategyEdit *edit;
  gboolean ok;

  old = hp_strategy_store_get_assessment (self, strategy_id, item_id, error);
  if (old == NULL)
    return FALSE;
  if (g_strcmp0 (field_value (old, field), value) == 0)
    return TRUE;
  if (old->changed_at == NULL && !check_assessable (self, item_id, error))
    return FALSE;
  edit = hp_strategy_edit_begin (self, label, strategy_id, error);
  if (edit == NULL)
    return FALSE;
  ok = hp_strategy_edit_track (edit, "assessment", "strategy_id = ?1 AND item_id = ?2",
                               strategy_id, item_id, error) &&
       hp_strategy_exec (hp_strategy_store_get_database (self), upsert_field_sql[field], error,
                         "ittt", strategy_id, item_id, value, now);
  return hp_strategy_edit_end (edit, ok, error);
}

gboolean
hp_strategy_store_set_status (HpStrategyStore    *self,
                              gint64              strategy_id,
                              const char         *item_id,
                              HpAssessmentStatus  status,
                              GError            **error)
{
  g_return_val_if_fail (HP_IS_STRATEGY_STORE (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);
  if (status >= HP_N_ASSESSMENT_STATUSES)
    {
      g_set_error_literal (error, HP_ERROR, HP_ERROR_INVALID, _("Unknown assessment status"));
      return FALSE;
    }
  return write_assessment_field (self, strategy_id, item_id, FIELD_STATUS,
                                 hp_assessment_status_to_string (status), _("Status changed"), error);
}

gboolean
hp_strategy_store_set_note (HpStrategyStore  *self,
                            gint64            strategy_id,
                            const char       *item_id,
                            const char       *note,
                            GError          **error)
{
  g_return_val_if_fail (HP_IS_STRATEGY_STORE (self), FALSE);
  g_return_val_if_fail (item_id != NULL && note != NULL, FALSE);
  if (!hp_strategy_check_text (note, _("The evidence note"), FALSE, HP_STRATEGY_TEXT_MAX_CHARS, error))
    return FALSE;
  return write_assessment_field (self, strategy_id, item_id, FIELD_NOTE, note,
                                 _("Evidence note changed"), error);
}

gboolean
hp_strategy_store_set_responsible (HpStrategyStore  *self,
                                   gint64            strategy_id,
                                   const char       *item_id,
                                   const char       *responsible,
                                   GError          **error)
{
  g_return_val_if_fail (HP_IS_STRATEGY_STORE (self), FALSE);
  g_return_val_if_fail (item_id != NULL && responsible != NULL, FALSE);
  if (!hp_strategy_check_text (responsible, _("The responsible unit"), FALSE,
                               HP_STRATEGY_SHORT_MAX_CHARS, error))
    return FALSE;
  return write_assessment_field (self, strategy_id, item_id, FIELD_RESPONSIBLE, responsible,
                                 _("Responsible unit changed"), error);
}

/* --- snapshots ------------------------------------------------------------ */

/* Copies the current assessment; a new baseline replaces the old one as
 * baseline (the old snapshot itself stays).  Returns the id, or 0. */
gint64
hp_strategy_store_take_snapshot (HpStrategyStore  *self,
                                 gint64            strategy_id,
                                 const char       *label,
                                 const char       *taken_on,
                                 gboolean          is_baseline,
                                 GError          **error)
{
  HpDatabase *db = hp_strategy_store_get_database (self);
  g_autofree char *now = hp_strategy_now ();
  g_autoptr(HpStrategy) strategy = NULL;
  HpStrategyEdit *edit;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (self), 0);
  if (taken_on == NULL)
    {
      g_set_error_literal (error, HP_ERROR, HP_ERROR_INVALID, _("The snapshot needs a date"));
      return 0;
    }
  if (!hp_strategy_check_text (label, _("The name of the snapshot"), TRUE,
                               HP_STRATEGY_SHORT_MAX_CHARS, error) ||
      !hp_strategy_check_date (taken_on, _("The date of the snapshot"), error))
    return 0;
  strategy = hp_strategy_store_get_strategy (self, strategy_id, error);
  if (strategy == NULL)
    return 0;
  edit = hp_strategy_edit_begin (self, is_baseline ? _("Baseline taken") : _("Snapshot taken"),
                                 strategy_id, error);
  if (edit == NULL)
    return 0;
  id = hp_strategy_next_id (db, "strategy_snapshot", error);
  ok = id > 0 &&
       hp_strategy_edit_track (edit, "strategy_snapshot", "strategy_id = ?1", strategy_id, NULL, error) &&
       hp_strategy_edit_track (edit, "snapshot_assessment", "snapshot_id = ?1", id, NULL, error) &&
       (!is_baseline ||
        hp_strategy_exec (db, "UPDATE strategy_snapshot SET is_baseline = 0 WHERE strategy_id = ?1",
                          error, "i", strategy_id)) &&
       hp_strategy_exec (db, "INSERT INTO strategy_snapshot (id, strategy_id, label, taken_on, "
                             "is_baseline, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error,
                         "iittit", id, strategy_id, label, taken_on, (gint64) (is_baseline != 0), now) &&
       hp_strategy_exec (db, "INSERT INTO snapshot_assessment (snapshot_id, item_id, status, note, "
                             "responsible) SELECT ?1, item_id, status, note, responsible "
                             "FROM assessment WHERE strategy_id = ?2", error, "ii", id, strategy_id);
  return hp_strategy_edit_end (edit, ok, error) ? id : 0;
}

/* Oldest first. */
GPtrArray *
hp_strategy_store_list_snapshots (HpStrategyStore  *self,
                                  gint64            strategy_id,
                                  GError          **error)
{
  HpDatabase *db = hp_strategy_store_get_database (self);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_snapshot_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (self), NULL);
  stmt = hp_database_prepare (db, "SELECT id, strategy_id, label, taken_on, is_baseline "
                                  "FROM strategy_snapshot WHERE strategy_id = ? "
                                  "ORDER BY taken_on, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, strategy_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HpSnapshot *snapshot = g_new0 (HpSnapshot, 1);

      snapshot->id = sqlite3_column_int64 (stmt, 0);
      snapshot->strategy_id = sqlite3_column_int64 (stmt, 1);
      snapshot->label = hp_strategy_column_dup (stmt, 2);
      snapshot->taken_on = hp_strategy_column_dup (stmt, 3);
      snapshot->is_baseline = sqlite3_column_int (stmt, 4) != 0;
      g_ptr_array_add (list, snapshot);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hp_database_set_error (db, error, "snapshots");
      return NULL;
    }
  return g_steal_pointer (&list);
}

static gint64
snapshot_strategy (HpDatabase  *db,
                   gint64       snapshot_id,
                   GError     **error)
{
  sqlite3_stmt *stmt = hp_database_prepare (db, "SELECT strategy_id FROM strategy_snapshot "
                                                "WHERE id = ?", error);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, snapshot_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else
    not_found (error, _("The snapshot no longer exists"));
  sqlite3_reset (stmt);
  return id;
}

gboolean
hp_strategy_store_delete_snapshot (HpStrategyStore  *self,
                                   gint64            snapshot_id,
                                   GError          **error)
{
  HpDatabase *db = hp_strategy_store_get_database (self);
  HpStrategyEdit *edit;
  gint64 strategy_id;
  gboolean ok;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (self), FALSE);
  strategy_id = snapshot_strategy (db, snapshot_id, error);
  if (strategy_id == 0)
    return FALSE;
  edit = hp_strategy_edit_begin (self, _("Snapshot deleted"), strategy_id, error);
  if (edit == NULL)
    return FALSE;
  ok = hp_strategy_edit_track (edit, "strategy_snapshot", "id = ?1", snapshot_id, NULL, error) &&
       hp_strategy_edit_track (edit, "snapshot_assessment", "snapshot_id = ?1", snapshot_id, NULL, error) &&
       hp_strategy_exec (db, "DELETE FROM strategy_snapshot WHERE id = ?1", error, "i", snapshot_id);
  return hp_strategy_edit_end (edit, ok, error);
}

/* Gives snapshot @snapshot_id a new name (one undo step). */
gboolean
hp_strategy_store_rename_snapshot (HpStrategyStore  *self,
                                   gint64            snapshot_id,
                                   const char       *label,
                                   GError          **error)
{
  HpDatabase *db = hp_strategy_store_get_database (self);
  HpStrategyEdit *edit;
  gint64 strategy_id;
  gboolean ok;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (self), FALSE);
  if (!hp_strategy_check_text (label, _("The name of the snapshot"), TRUE, HP_STRATEGY_SHORT_MAX_CHARS, error))
    return FALSE;
  strategy_id = snapshot_strategy (db, snapshot_id, error);
  if (strategy_id == 0)
    return FALSE;
  edit = hp_strategy_edit_begin (self, _("Snapshot renamed"), strategy_id, error);
  if (edit == NULL)
    return FALSE;
  ok = hp_strategy_edit_track (edit, "strategy_snapshot", "id = ?1", snapshot_id, NULL, error) &&
       hp_strategy_exec (db, "UPDATE strategy_snapshot SET label = ?2 WHERE id = ?1", error, "it",
                         snapshot_id, label);
  return hp_strategy_edit_end (edit, ok, error);
}
