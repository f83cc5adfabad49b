/* hp-report-pdf.h — the council report as PDF
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-report.h"

G_BEGIN_DECLS

GBytes   *hp_report_to_pdf    (const HpReport  *report,
                               int             *n_pages,
                               GError         **error);
gboolean  hp_report_write_pdf (const HpReport  *report,
                               const char      *path,
                               GError         **error);

G_END_DECLS
