/* hp-report-odt-styles.h — the OpenDocument report's page and paragraph styles
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-office-xml.h"
#include "hp-report.h"

G_BEGIN_DECLS

#define HP_ODT_VERSION "1.2"

void         hp_odt_start_root   (HpOfficeXml        *xml,
                                  const char         *element,
                                  const char * const *prefixes);
HpOfficeXml *hp_odt_write_styles (const HpReport     *report);

G_END_DECLS
