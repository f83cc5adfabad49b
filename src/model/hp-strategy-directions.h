/* hp-strategy-directions.h — every direction with its guideline and chapter
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-corpus.h"

G_BEGIN_DECLS

typedef struct {
  HpCorpusItem *direction;
  HpCorpusItem *guideline;
  HpCorpusItem *chapter;
  guint         n_subpoints;
} HpDirectionPlace;

void       hp_direction_place_free    (HpDirectionPlace *place);
GPtrArray *hp_strategy_directions_list (HpCorpus        *corpus);
GHashTable *hp_strategy_directions_index (GPtrArray     *places);

G_END_DECLS
