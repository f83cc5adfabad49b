/* hp-zip-writer.h — a zip package built in memory, byte for byte reproducible
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  HP_ZIP_STORED,     /* as is: what ODF requires of its "mimetype" entry */
  HP_ZIP_DEFLATED,
} HpZipMethod;

typedef struct _HpZipWriter HpZipWriter;

HpZipWriter *hp_zip_writer_new       (void);
void         hp_zip_writer_free      (HpZipWriter  *writer);
gboolean     hp_zip_writer_add       (HpZipWriter  *writer,
                                      const char   *name,
                                      const void   *data,
                                      gsize         size,
                                      HpZipMethod   method,
                                      GError      **error);
gboolean     hp_zip_writer_add_bytes (HpZipWriter  *writer,
                                      const char   *name,
                                      GBytes       *bytes,
                                      HpZipMethod   method,
                                      GError      **error);
GBytes      *hp_zip_writer_finish    (HpZipWriter  *writer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpZipWriter, hp_zip_writer_free)

G_END_DECLS
