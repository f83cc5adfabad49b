/* hp-strategy-store.h — strategies, their self-assessment and snapshots
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hp-corpus.h"
#include "hp-strategy-types.h"
#include "hp-undo-stack.h"

G_BEGIN_DECLS

#define HP_TYPE_STRATEGY_STORE (hp_strategy_store_get_type ())
G_DECLARE_FINAL_TYPE (HpStrategyStore, hp_strategy_store, HP, STRATEGY_STORE, GObject)

HpStrategyStore *hp_strategy_store_new             (HpCorpus         *corpus,
                                                    HpUndoStack      *undo_stack);
HpCorpus        *hp_strategy_store_get_corpus      (HpStrategyStore  *self);
HpDatabase      *hp_strategy_store_get_database    (HpStrategyStore  *self);
HpUndoStack     *hp_strategy_store_get_undo_stack  (HpStrategyStore  *self);

/* Strategies */
GPtrArray       *hp_strategy_store_list_strategies (HpStrategyStore  *self,
                                                    GError          **error);
HpStrategy      *hp_strategy_store_get_strategy    (HpStrategyStore  *self,
                                                    gint64            id,
                                                    GError          **error);
gint64           hp_strategy_store_create_strategy (HpStrategyStore  *self,
                                                    const HpStrategy *fields,
                                                    GError          **error);
gboolean         hp_strategy_store_update_strategy (HpStrategyStore  *self,
                                                    gint64            id,
                                                    const HpStrategy *fields,
                                                    GError          **error);
gboolean         hp_strategy_store_delete_strategy (HpStrategyStore  *self,
                                                    gint64            id,
                                                    GError          **error);

/* Self-assessment of directions and sub-points */
HpAssessment    *hp_strategy_store_get_assessment  (HpStrategyStore  *self,
                                                    gint64            strategy_id,
                                                    const char       *item_id,
                                                    GError          **error);
GHashTable      *hp_strategy_store_list_assessments (HpStrategyStore *self,
                                                    gint64            strategy_id,
                                                    gint64            snapshot_id,
                                                    GError          **error);
gboolean         hp_strategy_store_set_status      (HpStrategyStore  *self,
                                                    gint64            strategy_id,
                                                    const char       *item_id,
                                                    HpAssessmentStatus status,
                                                    GError          **error);
gboolean         hp_strategy_store_set_note        (HpStrategyStore  *self,
                                                    gint64            strategy_id,
                                                    const char       *item_id,
                                                    const char       *note,
                                                    GError          **error);
gboolean         hp_strategy_store_set_responsible (HpStrategyStore  *self,
                                                    gint64            strategy_id,
                                                    const char       *item_id,
                                                    const char       *responsible,
                                                    GError          **error);

/* Snapshots: the assessment as it stood on a date */
gint64           hp_strategy_store_take_snapshot   (HpStrategyStore  *self,
                                                    gint64            strategy_id,
                                                    const char       *label,
                                                    const char       *taken_on,
                                                    gboolean          is_baseline,
                                                    GError          **error);
GPtrArray       *hp_strategy_store_list_snapshots  (HpStrategyStore  *self,
                                                    gint64            strategy_id,
                                                    GError          **error);
gboolean         hp_strategy_store_delete_snapshot (HpStrategyStore  *self,
                                                    gint64            snapshot_id,
                                                    GError          **error);
gboolean         hp_strategy_store_rename_snapshot (HpStrategyStore  *self,
                                                    gint64            snapshot_id,
                                                    const char       *label,
                                                    GError          **error);

G_END_DECLS
