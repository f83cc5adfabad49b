/* hp-strategy-figure.h — the housing mapping's figures a goal may follow
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-housing-store.h"

G_BEGIN_DECLS

/* The figure keys (HP_FIGURE_…, see hp-strategy-types.h), in the order the
 * goal form offers them. */
const char * const *hp_strategy_figure_list_keys  (void);
gboolean            hp_strategy_figure_is_known   (const char     *key);
const char         *hp_strategy_figure_get_label  (const char     *key);

/* The figure's value in the newest mapping year.  TRUE with *year 0 when
 * there is no mapping yet. */
gboolean            hp_strategy_figure_compute    (HpHousingStore *housing,
                                                   const char     *key,
                                                   int            *year,
                                                   double         *value,
                                                   GError        **error);
char               *hp_strategy_figure_describe   (HpHousingStore *housing,
                                                   const char     *key);

G_END_DECLS
