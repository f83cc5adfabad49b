/* hp-csv-housing.h — import and export of the housing mapping as CSV
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-housing-store.h"

G_BEGIN_DECLS

typedef enum {
  HP_CSV_SUPPLY,
  HP_CSV_DEMAND,
} HpCsvKind;

typedef struct {
  guint  line;
  char  *column;    /* the header's name for it, or "" for the whole row */
  char  *problem;
} HpCsvProblem;

typedef struct _HpCsvImport HpCsvImport;

#define HP_CSV_MAX_PROBLEMS 500
#define HP_CSV_PREVIEW_ROWS 200

HpCsvImport *hp_csv_import_new           (HpCsvKind      kind);
void         hp_csv_import_free          (HpCsvImport   *self);
gboolean     hp_csv_import_check         (HpCsvImport   *self,
                                          const char    *path,
                                          GError       **error);
gboolean     hp_csv_import_apply         (HpCsvImport   *self,
                                          const char    *path,
                                          HpHousingStore *store,
                                          int            year,
                                          GError       **error);
guint        hp_csv_import_get_n_rows    (HpCsvImport   *self);
guint        hp_csv_import_get_n_problems (HpCsvImport  *self);
GPtrArray   *hp_csv_import_get_problems  (HpCsvImport   *self);
GPtrArray   *hp_csv_import_get_header    (HpCsvImport   *self);
GPtrArray   *hp_csv_import_get_preview   (HpCsvImport   *self);
const char  *hp_csv_import_get_encoding  (HpCsvImport   *self);
char         hp_csv_import_get_separator (HpCsvImport   *self);
double       hp_csv_import_get_total     (HpCsvImport   *self);

gboolean     hp_csv_export               (HpHousingStore *store,
                                          int            year,
                                          HpCsvKind      kind,
                                          const char    *path,
                                          GError       **error);
gboolean     hp_csv_export_gap           (HpHousingGap  *gap,
                                          const char    *path,
                                          GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpCsvImport, hp_csv_import_free)

G_END_DECLS
