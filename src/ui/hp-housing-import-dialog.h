/* hp-housing-import-dialog.h — preview of a CSV import, then all or nothing
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hp-csv-housing.h"

G_BEGIN_DECLS

#define HP_TYPE_HOUSING_IMPORT_DIALOG (hp_housing_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HpHousingImportDialog, hp_housing_import_dialog, HP, HOUSING_IMPORT_DIALOG, AdwMessageDialog)

HpHousingImportDialog *hp_housing_import_dialog_new      (GtkWindow      *parent,
                                                          HpHousingStore *store,
                                                          int             year,
                                                          HpCsvKind       kind,
                                                          const char     *path);
gboolean               hp_housing_import_dialog_can_import (HpHousingImportDialog *self);

G_END_DECLS
