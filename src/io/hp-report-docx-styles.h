/* hp-report-docx-styles.h — the Word report's styles, lists, settings and footer
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-office-xml.h"
#include "hp-report.h"

G_BEGIN_DECLS

char        *hp_docx_twips            (double              mm);
void         hp_docx_write_run        (HpOfficeXml        *xml,
                                       const char         *text);
HpOfficeXml *hp_docx_write_styles     (const HpReport     *report);
HpOfficeXml *hp_docx_write_numbering  (void);
HpOfficeXml *hp_docx_write_settings   (const HpReport     *report);
HpOfficeXml *hp_docx_write_font_table (void);
HpOfficeXml *hp_docx_write_footer     (void);

G_END_DECLS
