/* hp-housing-store-private.h — shared by the two halves of HpHousingStore
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-housing-store.h"

G_BEGIN_DECLS

void hp_housing_store_emit_segment_updated (HpHousingStore *self,
                                            gint64          id);
int  hp_housing_store_year_of_row          (HpHousingStore *self,
                                            const char     *table,
                                            gint64          id);
sqlite3_stmt *hp_housing_store_insert_segment_stmt (HpHousingStore  *self,
                                                    const char      *sql,
                                                    GError         **error);

G_END_DECLS
