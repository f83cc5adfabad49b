/* hp-strategy-edit.h — one user edit of a strategy: a transaction and an
 * undo step (for the strategy model's own files)
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-strategy-store.h"

G_BEGIN_DECLS

typedef struct _HpStrategyEdit HpStrategyEdit;

HpStrategyEdit *hp_strategy_edit_begin (HpStrategyStore  *store,
                                        const char       *label,
                                        gint64            strategy_id,
                                        GError          **error);
gboolean        hp_strategy_edit_track (HpStrategyEdit   *edit,
                                        const char       *table,
                                        const char       *where,
                                        gint64            key,
                                        const char       *key2,
                                        GError          **error);
gboolean        hp_strategy_edit_track_strategy (HpStrategyEdit *edit,
                                        gint64            strategy_id,
                                        GError          **error);
void            hp_strategy_edit_set_strategy (HpStrategyEdit *edit,
                                        gint64            strategy_id);
void            hp_strategy_edit_keep_changed_at (HpStrategyEdit *edit);
gboolean        hp_strategy_edit_end   (HpStrategyEdit   *edit,
                                        gboolean          ok,
                                        GError          **error);
gboolean        hp_strategy_exec       (HpDatabase       *db,
                                        const char       *sql,
                                        GError          **error,
                                        const char       *types,
                                        ...);
gint64          hp_strategy_next_id    (HpDatabase       *db,
                                        const char       *table,
                                        GError          **error);
char           *hp_strategy_now        (void);
char           *hp_strategy_column_dup (sqlite3_stmt     *stmt,
                                        int               column);
void            hp_strategy_store_emit_changed (HpStrategyStore *store,
                                        gint64            strategy_id);

G_END_DECLS
