/* hp-strategy-actions-csv.h — a strategy's actions as a spreadsheet
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-strategy-store.h"

G_BEGIN_DECLS

gboolean hp_strategy_actions_csv_export (HpStrategyStore  *store,
                                         gint64            strategy_id,
                                         const char       *path,
                                         GError          **error);

G_END_DECLS
