/* hp-csv-reader.h — CSV files as Danish spreadsheets write them (libcsv)
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _HpCsvReader HpCsvReader;

/* Called per record with its fields (UTF-8, NUL-terminated; valid only
 * during the call) and the line it ends on.  Return FALSE with @error set
 * to stop reading. */
typedef gboolean (*HpCsvRowFunc) (HpCsvReader  *reader,
                                  GPtrArray    *fields,
                                  guint         line,
                                  gpointer      user_data,
                                  GError      **error);

#define HP_CSV_MAX_FIELD_BYTES (64 * 1024)
#define HP_CSV_MAX_FIELDS 200

HpCsvReader *hp_csv_reader_new           (void);
void         hp_csv_reader_free          (HpCsvReader  *reader);
gboolean     hp_csv_reader_read_file     (HpCsvReader  *reader,
                                          const char   *path,
                                          HpCsvRowFunc  func,
                                          gpointer      user_data,
                                          GError      **error);
char         hp_csv_reader_get_separator (HpCsvReader  *reader);
const char  *hp_csv_reader_get_encoding  (HpCsvReader  *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpCsvReader, hp_csv_reader_free)

G_END_DECLS
