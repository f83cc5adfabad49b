/* hp-report-assessment.h — the self-assessment's part of the council report
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-direction-refs.h"
#include "hp-report.h"
#include "hp-strategy-store.h"

G_BEGIN_DECLS

gboolean hp_report_add_assessment_summary (HpReport         *report,
                                           HpStrategyStore  *store,
                                           gint64            strategy_id,
                                           GError          **error);
gboolean hp_report_add_findings           (HpReport         *report,
                                           HpStrategyStore  *store,
                                           gint64            strategy_id,
                                           GHashTable       *assessments,
                                           GError          **error);
void     hp_report_add_checklist          (HpReport         *report,
                                           HpStrategyStore  *store,
                                           HpDirectionRefs  *refs,
                                           GHashTable       *assessments);

G_END_DECLS
