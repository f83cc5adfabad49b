/* hp-housing-pane.h — the housing-stock mapping ("Boligkortlægning")
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hp-context.h"
#include "hp-housing-results.h"
#include "hp-housing-store.h"
#include "hp-housing-supply-view.h"

G_BEGIN_DECLS

#define HP_TYPE_HOUSING_PANE (hp_housing_pane_get_type ())
G_DECLARE_FINAL_TYPE (HpHousingPane, hp_housing_pane, HP, HOUSING_PANE, GtkWidget)

void                 hp_housing_pane_set_context     (HpHousingPane *self,
                                                      HpContext     *context);
HpHousingStore      *hp_housing_pane_get_store       (HpHousingPane *self);
int                  hp_housing_pane_get_year        (HpHousingPane *self);
void                 hp_housing_pane_set_year        (HpHousingPane *self,
                                                      int            year);
void                 hp_housing_pane_show_page       (HpHousingPane *self,
                                                      const char    *name);
HpHousingSupplyView *hp_housing_pane_get_supply_view (HpHousingPane *self);
HpHousingResults    *hp_housing_pane_get_results     (HpHousingPane *self);
gboolean             hp_housing_pane_is_empty        (HpHousingPane *self);

G_END_DECLS
