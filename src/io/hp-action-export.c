/* hp-action-export.c — a strategy's actions with what an export names
 * beside them
 *
 * The CSV and the calendar export show the same things for an action:
 * its goal's text, its directions by number and guideline.  Everything is
 * read before the first byte is written, so an unknown strategy or a
 * database error leaves no file behind.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-action-export.h"
#include "hp-strategy-plan.h"

HpActionExport *
hp_action_export_load (HpStrategyStore  *store,
                       gint64            strategy_id,
                       GError          **error)
{
  g_autoptr(HpActionExport) self = g_new0 (HpActionExport, 1);

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (store), NULL);
  self->strategy = hp_strategy_store_get_strategy (store, strategy_id, error);
  if (self->strategy == NULL ||
      (self->goals = hp_strategy_plan_list_goals (store, strategy_id, error)) == NULL ||
      (self->actions = hp_strategy_plan_list_actions (store, strategy_id, error)) == NULL)
    return NULL;
  self->refs = hp_direction_refs_new (hp_strategy_store_get_corpus (store));
  return g_steal_pointer (&self);
}

void
hp_action_export_free (HpActionExport *self)
{
  if (self == NULL)
    return;
  hp_strategy_free (self->strategy);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_pointer (&self->goals, g_ptr_array_unref);
  g_clear_pointer (&self->refs, hp_direction_refs_free);
  g_free (self);
}

/* The text of @action's goal, or "" when it is under none. */
const char *
hp_action_export_goal_text (HpActionExport *self,
                            const HpAction *action)
{
  for (guint i = 0; action->goal_id != 0 && i < self->goals->len; i++)
    {
      HpGoal *goal = self->goals->pdata[i];

      if (goal->id == action->goal_id)
        return goal->text;
    }
  return "";
}
