/* hp-strategy-plan-view.h — focus areas, goals and actions
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hp-strategy-form.h"
#include "hp-strategy-store.h"

G_BEGIN_DECLS

#define HP_TYPE_STRATEGY_PLAN_VIEW (hp_strategy_plan_view_get_type ())
G_DECLARE_FINAL_TYPE (HpStrategyPlanView, hp_strategy_plan_view, HP, STRATEGY_PLAN_VIEW, GtkWidget)

GtkWidget      *hp_strategy_plan_view_new          (HpStrategyStore    *store);
void            hp_strategy_plan_view_set_strategy (HpStrategyPlanView *self,
                                                    gint64              strategy_id);
HpStrategyForm *hp_strategy_plan_view_get_form     (HpStrategyPlanView *self);
GtkWindow      *hp_strategy_plan_view_get_dialog   (HpStrategyPlanView *self);

G_END_DECLS
