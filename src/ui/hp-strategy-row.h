/* hp-strategy-row.h — one direction in the self-assessment checklist
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-corpus-item.h"
#include "hp-strategy-types.h"

G_BEGIN_DECLS

#define HP_TYPE_STRATEGY_ROW (hp_strategy_row_get_type ())
G_DECLARE_FINAL_TYPE (HpStrategyRow, hp_strategy_row, HP, STRATEGY_ROW, GtkListBoxRow)

GtkWidget          *hp_strategy_row_new               (HpCorpusItem       *direction,
                                                       HpCorpusItem       *guideline,
                                                       HpCorpusItem       *chapter);
HpCorpusItem       *hp_strategy_row_get_item          (HpStrategyRow      *self);
const char         *hp_strategy_row_get_item_id       (HpStrategyRow      *self);
HpCorpusItem       *hp_strategy_row_get_guideline     (HpStrategyRow      *self);
HpCorpusItem       *hp_strategy_row_get_chapter       (HpStrategyRow      *self);
HpClassification    hp_strategy_row_get_classification (HpStrategyRow     *self);
HpAssessmentStatus  hp_strategy_row_get_status        (HpStrategyRow      *self);
void                hp_strategy_row_update            (HpStrategyRow      *self,
                                                       const HpAssessment *assessment);
void                hp_strategy_row_set_expanded      (HpStrategyRow      *self,
                                                       gboolean            expanded);
GtkTextBuffer      *hp_strategy_row_get_note_buffer   (HpStrategyRow      *self);
void                hp_strategy_row_flush             (HpStrategyRow      *self);
void                hp_strategy_row_set_n_subpoints   (HpStrategyRow      *self,
                                                       guint               n_subpoints);
void                hp_strategy_row_add_subpoint      (HpStrategyRow      *self,
                                                       GtkWidget          *subpoint_row);
void                hp_strategy_row_set_subpoints_expanded (HpStrategyRow *self,
                                                       gboolean            expanded);
gboolean            hp_strategy_row_get_subpoints_expanded (HpStrategyRow *self);
GtkWidget          *hp_strategy_row_get_first_subpoint (HpStrategyRow     *self);
HpStrategyRow      *hp_strategy_row_get_parent_row    (HpStrategyRow      *self);

G_END_DECLS
