/* hp-office-xml.h — writing the XML parts of an office document
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _HpOfficeXml HpOfficeXml;

HpOfficeXml *hp_office_xml_new         (void);
void         hp_office_xml_free        (HpOfficeXml *xml);
/* The attributes are name, value pairs; a NULL value leaves one out. */
void         hp_office_xml_start       (HpOfficeXml *xml,
                                        const char  *element,
                                        ...) G_GNUC_NULL_TERMINATED;
void         hp_office_xml_empty       (HpOfficeXml *xml,
                                        const char  *element,
                                        ...) G_GNUC_NULL_TERMINATED;
void         hp_office_xml_start_root  (HpOfficeXml        *xml,
                                        const char         *element,
                                        const char * const *prefixes);
void         hp_office_xml_attr        (HpOfficeXml *xml,
                                        const char  *name,
                                        const char  *value);
void         hp_office_xml_end         (HpOfficeXml *xml);
void         hp_office_xml_text        (HpOfficeXml *xml,
                                        const char  *text);
void         hp_office_xml_element     (HpOfficeXml *xml,
                                        const char  *element,
                                        const char  *text);
void         hp_office_xml_newline     (HpOfficeXml *xml);
GBytes      *hp_office_xml_finish      (HpOfficeXml *xml);

char        *hp_office_text_clean      (const char  *text);
GStrv        hp_office_text_lines      (const char  *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpOfficeXml, hp_office_xml_free)

G_END_DECLS
