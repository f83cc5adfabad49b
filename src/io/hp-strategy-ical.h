/* hp-strategy-ical.h — a strategy's action deadlines as an iCalendar file
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-strategy-store.h"

G_BEGIN_DECLS

#define HP_STRATEGY_ICAL_UID_DOMAIN "hjemplan.dk"

GBytes   *hp_strategy_ical_build  (HpStrategyStore  *store,
                                   gint64            strategy_id,
                                   GDateTime        *stamp,
                                   guint            *n_skipped,
                                   GError          **error);
gboolean  hp_strategy_ical_export (HpStrategyStore  *store,
                                   gint64            strategy_id,
                                   GDateTime        *stamp,
                                   const char       *path,
                                   guint            *n_skipped,
                                   GError          **error);

G_END_DECLS
