/* hp-strategy-checklist.h — the self-assessment checklist
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-strategy-row.h"
#include "hp-strategy-store.h"

G_BEGIN_DECLS

#define HP_TYPE_STRATEGY_CHECKLIST (hp_strategy_checklist_get_type ())
G_DECLARE_FINAL_TYPE (HpStrategyChecklist, hp_strategy_checklist, HP, STRATEGY_CHECKLIST, GtkWidget)

/* Filters: status 0 = all, else status + 1; classification 0 = all, else
 * the HpClassification. */
GtkWidget     *hp_strategy_checklist_new          (HpStrategyStore     *store);
void           hp_strategy_checklist_set_strategy (HpStrategyChecklist *self,
                                                   gint64               strategy_id);
void           hp_strategy_checklist_refresh      (HpStrategyChecklist *self);
HpStrategyRow *hp_strategy_checklist_lookup       (HpStrategyChecklist *self,
                                                   const char          *item_id);
gboolean       hp_strategy_checklist_reveal       (HpStrategyChecklist *self,
                                                   const char          *item_id);
gboolean       hp_strategy_checklist_press_key    (HpStrategyChecklist *self,
                                                   guint                keyval);
int            hp_strategy_checklist_status_for_key (guint              keyval);
void           hp_strategy_checklist_set_filters  (HpStrategyChecklist *self,
                                                   guint                status,
                                                   guint                classification,
                                                   gboolean             focus_only,
                                                   gboolean             unassessed_only);
guint          hp_strategy_checklist_count        (HpStrategyChecklist *self,
                                                   HpAssessmentStatus   status);
guint          hp_strategy_checklist_n_visible    (HpStrategyChecklist *self);
guint          hp_strategy_checklist_n_rows_made  (HpStrategyChecklist *self);
const char    *hp_strategy_checklist_get_summary  (HpStrategyChecklist *self);

G_END_DECLS
