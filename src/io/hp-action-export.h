/* hp-action-export.h — a strategy's actions with what an export names
 * beside them
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-direction-refs.h"
#include "hp-strategy-store.h"

G_BEGIN_DECLS

typedef struct {
  HpStrategy      *strategy;
  GPtrArray       *actions;    /* of HpAction, in plan order */
  GPtrArray       *goals;      /* of HpGoal */
  HpDirectionRefs *refs;
} HpActionExport;

HpActionExport *hp_action_export_load      (HpStrategyStore  *store,
                                            gint64            strategy_id,
                                            GError          **error);
void            hp_action_export_free      (HpActionExport   *self);
const char     *hp_action_export_goal_text (HpActionExport   *self,
                                            const HpAction   *action);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpActionExport, hp_action_export_free)

G_END_DECLS
