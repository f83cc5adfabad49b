/* hp-strategy-overview.h — progress, legal findings, overdue actions and
 * the comparison of snapshots
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hp-strategy-form.h"
#include "hp-strategy-store.h"

G_BEGIN_DECLS

#define HP_TYPE_STRATEGY_OVERVIEW (hp_strategy_overview_get_type ())
G_DECLARE_FINAL_TYPE (HpStrategyOverview, hp_strategy_overview, HP, STRATEGY_OVERVIEW, GtkWidget)

GtkWidget *hp_strategy_overview_new           (HpStrategyStore    *store);
void       hp_strategy_overview_set_strategy  (HpStrategyOverview *self,
                                               gint64              strategy_id);
void       hp_strategy_overview_compare       (HpStrategyOverview *self,
                                               guint               from_index,
                                               guint               to_index);
guint      hp_strategy_overview_n_findings    (HpStrategyOverview *self);
guint      hp_strategy_overview_n_overdue     (HpStrategyOverview *self);
guint      hp_strategy_overview_n_changes     (HpStrategyOverview *self,
                                               int                 trend);
guint      hp_strategy_overview_n_bars        (HpStrategyOverview *self);
HpStrategyForm *hp_strategy_overview_get_form (HpStrategyOverview *self);
GtkWindow *hp_strategy_overview_get_dialog    (HpStrategyOverview *self);
GStrv      hp_strategy_overview_list_snapshots (HpStrategyOverview *self);

G_END_DECLS
