/* hp-strategy-plan.h — focus areas, goals and actions of a strategy
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-strategy-store.h"

G_BEGIN_DECLS

GStrv      hp_strategy_plan_list_focus_areas (HpStrategyStore  *store,
                                              gint64            strategy_id,
                                              GError          **error);
gboolean   hp_strategy_plan_set_focus_area   (HpStrategyStore  *store,
                                              gint64            strategy_id,
                                              const char       *guideline_id,
                                              gboolean          chosen,
                                              GError          **error);

GPtrArray *hp_strategy_plan_list_goals       (HpStrategyStore  *store,
                                              gint64            strategy_id,
                                              GError          **error);
HpGoal    *hp_strategy_plan_get_goal         (HpStrategyStore  *store,
                                              gint64            goal_id,
                                              GError          **error);
gint64     hp_strategy_plan_add_goal         (HpStrategyStore  *store,
                                              gint64            strategy_id,
                                              const HpGoal     *goal,
                                              GError          **error);
gboolean   hp_strategy_plan_update_goal      (HpStrategyStore  *store,
                                              const HpGoal     *goal,
                                              GError          **error);
gboolean   hp_strategy_plan_delete_goal      (HpStrategyStore  *store,
                                              gint64            goal_id,
                                              GError          **error);

GPtrArray *hp_strategy_plan_list_actions     (HpStrategyStore  *store,
                                              gint64            strategy_id,
                                              GError          **error);
HpAction  *hp_strategy_plan_get_action       (HpStrategyStore  *store,
                                              gint64            action_id,
                                              GError          **error);
gint64     hp_strategy_plan_add_action       (HpStrategyStore  *store,
                                              gint64            strategy_id,
                                              const HpAction   *action,
                                              GError          **error);
gboolean   hp_strategy_plan_update_action    (HpStrategyStore  *store,
                                              const HpAction   *action,
                                              GError          **error);
gboolean   hp_strategy_plan_delete_action    (HpStrategyStore  *store,
                                              gint64            action_id,
                                              GError          **error);

G_END_DECLS
