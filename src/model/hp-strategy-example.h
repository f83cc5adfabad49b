/* hp-strategy-example.h — the fictional example municipality's strategy
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-strategy-store.h"

G_BEGIN_DECLS

#define HP_EXAMPLE_MUNICIPALITY "Eksempelby Kommune (fiktiv)"

gint64 hp_strategy_example_create (HpStrategyStore  *store,
                                   GError          **error);

G_END_DECLS
