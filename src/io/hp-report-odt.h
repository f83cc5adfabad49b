/* hp-report-odt.h — the strategy report as an OpenDocument text
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hp-report.h"

G_BEGIN_DECLS

GBytes   *hp_report_to_odt    (const HpReport  *report,
                               GError         **error);
gboolean  hp_report_write_odt (const HpReport  *report,
                               const char      *path,
                               GError         **error);

G_END_DECLS
