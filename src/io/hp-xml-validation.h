/* hp-xml-validation.h — RELAX NG validation in a thread of its own
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

typedef struct _HpXmlValidation HpXmlValidation;

HpXmlValidation *hp_xml_validation_start  (xmlDocPtr          doc,
                                           const char        *path,
                                           const char        *schema_path);
gboolean         hp_xml_validation_finish (HpXmlValidation   *validation,
                                           GError           **error);

G_END_DECLS
