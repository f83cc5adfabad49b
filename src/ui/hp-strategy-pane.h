/* hp-strategy-pane.h — the strategy worksheet
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hp-context.h"
#include "hp-strategy-checklist.h"
#include "hp-strategy-exchange.h"
#include "hp-strategy-form.h"

G_BEGIN_DECLS

#define HP_TYPE_STRATEGY_PANE (hp_strategy_pane_get_type ())
G_DECLARE_FINAL_TYPE (HpStrategyPane, hp_strategy_pane, HP, STRATEGY_PANE, GtkWidget)

void                 hp_strategy_pane_set_context     (HpStrategyPane *self,
                                                       HpContext      *context);
gint64               hp_strategy_pane_get_strategy_id (HpStrategyPane *self);
gboolean             hp_strategy_pane_assess          (HpStrategyPane *self,
                                                       const char     *item_id);
HpStrategyChecklist *hp_strategy_pane_get_checklist   (HpStrategyPane *self);
HpStrategyForm      *hp_strategy_pane_get_form        (HpStrategyPane *self);
HpStrategyExchange  *hp_strategy_pane_get_exchange    (HpStrategyPane *self);
const char          *hp_strategy_pane_get_visible     (HpStrategyPane *self);
void                 hp_strategy_pane_show_page       (HpStrategyPane *self,
                                                       const char     *page);
GtkWidget           *hp_strategy_pane_get_plan_view   (HpStrategyPane *self);
GtkWidget           *hp_strategy_pane_get_overview    (HpStrategyPane *self);

G_END_DECLS
