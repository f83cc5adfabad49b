/* hp-report-export.h — the council report written in the format asked for
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-strategy-store.h"

G_BEGIN_DECLS

typedef enum {
  HP_REPORT_FORMAT_UNKNOWN,
  HP_REPORT_FORMAT_PDF,
  HP_REPORT_FORMAT_ODT,
  HP_REPORT_FORMAT_DOCX,
} HpReportFormat;

HpReportFormat  hp_report_format_from_path     (const char       *path);
const char     *hp_report_format_get_extension (HpReportFormat    format);
gboolean        hp_report_export               (HpStrategyStore  *store,
                                                gint64            strategy_id,
                                                const char       *today,
                                                const char       *path,
                                                GError          **error);

G_END_DECLS
