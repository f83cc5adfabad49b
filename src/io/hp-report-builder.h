/* hp-report-builder.h — the strategy as a report for the city council
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-report.h"
#include "hp-strategy-store.h"

G_BEGIN_DECLS

HpReport *hp_report_build (HpStrategyStore  *store,
                           gint64            strategy_id,
                           const char       *today,
                           GError          **error);

G_END_DECLS
