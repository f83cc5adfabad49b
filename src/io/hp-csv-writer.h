/* hp-csv-writer.h — writing Danish CSV, all or nothing
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _HpCsvWriter HpCsvWriter;

HpCsvWriter *hp_csv_writer_new     (const char   *path,
                                    GError      **error);
void         hp_csv_writer_free    (HpCsvWriter  *writer);
void         hp_csv_writer_text    (HpCsvWriter  *writer,
                                    const char   *text);
void         hp_csv_writer_number  (HpCsvWriter  *writer,
                                    double        value,
                                    int           decimals);
void         hp_csv_writer_end_row (HpCsvWriter  *writer);
gboolean     hp_csv_writer_finish  (HpCsvWriter  *writer,
                                    GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpCsvWriter, hp_csv_writer_free)

G_END_DECLS
