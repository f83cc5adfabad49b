/* hp-housing-supply-view.h — the supply table: sortable, filterable,
 * editable in place
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-housing-segment-list.h"

G_BEGIN_DECLS

#define HP_TYPE_HOUSING_SUPPLY_VIEW (hp_housing_supply_view_get_type ())
G_DECLARE_FINAL_TYPE (HpHousingSupplyView, hp_housing_supply_view, HP, HOUSING_SUPPLY_VIEW, GtkWidget)

GtkWidget     *hp_housing_supply_view_new        (HpHousingStore      *store);
void           hp_housing_supply_view_set_year   (HpHousingSupplyView *self,
                                                  int                  year);
void           hp_housing_supply_view_set_limits (HpHousingSupplyView *self,
                                                  GArray              *limits);
gboolean       hp_housing_supply_view_edit       (HpHousingSupplyView *self,
                                                  guint                position,
                                                  const char          *column,
                                                  const char          *text,
                                                  GError             **error);
GtkColumnView *hp_housing_supply_view_get_column_view (HpHousingSupplyView *self);
GListModel    *hp_housing_supply_view_get_model  (HpHousingSupplyView *self);

G_END_DECLS
