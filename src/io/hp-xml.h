/* hp-xml.h — safe reading and RELAX NG validation of the app's XML files
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

xmlDocPtr  hp_xml_read           (const char  *path,
                                  gsize        max_size,
                                  char       **checksum,
                                  GError     **error);
gboolean   hp_xml_validate       (xmlDocPtr    doc,
                                  const char  *path,
                                  const char  *schema_path,
                                  GError     **error);
xmlDocPtr  hp_xml_read_validated (const char  *path,
                                  const char  *schema_path,
                                  gsize        max_size,
                                  char       **checksum,
                                  GError     **error);
char      *hp_xml_checksum       (const char  *contents,
                                  gsize        length);
char      *hp_xml_get_prop       (xmlNodePtr   node,
                                  const char  *name);
long       hp_xml_line           (xmlNodePtr   node);
gboolean   hp_xml_is             (xmlNodePtr   node,
                                  const char  *name);
gboolean   hp_xml_set_error_at   (GError     **error,
                                  int          code,
                                  const char  *path,
                                  xmlNodePtr   node,
                                  const char  *format,
                                  ...) G_GNUC_PRINTF (5, 6);
gboolean   hp_xml_prefix_error_at (GError    **error,
                                  const char  *path,
                                  xmlNodePtr   node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

G_END_DECLS
