/* hp-office-package.h — the parts of an office document, zipped
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hp-office-xml.h"
#include "hp-zip-writer.h"

G_BEGIN_DECLS

typedef struct _HpOfficePackage HpOfficePackage;

typedef struct {
  char        *name;
  char        *media_type;
  GBytes      *bytes;
  HpZipMethod  method;
} HpOfficePart;

HpOfficePackage *hp_office_package_new         (void);
void             hp_office_package_free        (HpOfficePackage  *package);
void             hp_office_package_add         (HpOfficePackage  *package,
                                                const char       *name,
                                                const char       *media_type,
                                                GBytes           *bytes,
                                                HpZipMethod       method);
void             hp_office_package_add_xml     (HpOfficePackage  *package,
                                                const char       *name,
                                                const char       *media_type,
                                                HpOfficeXml      *xml);
void             hp_office_package_prepend_xml (HpOfficePackage  *package,
                                                const char       *name,
                                                const char       *media_type,
                                                HpOfficeXml      *xml);
GPtrArray       *hp_office_package_get_parts   (HpOfficePackage  *package);
GBytes          *hp_office_package_zip         (HpOfficePackage  *package,
                                                GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpOfficePackage, hp_office_package_free)

G_END_DECLS
