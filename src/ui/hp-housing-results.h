/* hp-housing-results.h — the gap per group, charts and scenarios
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-housing-store.h"

G_BEGIN_DECLS

#define HP_TYPE_HOUSING_RESULTS (hp_housing_results_get_type ())
G_DECLARE_FINAL_TYPE (HpHousingResults, hp_housing_results, HP, HOUSING_RESULTS, GtkWidget)

GtkWidget          *hp_housing_results_new          (HpHousingStore   *store);
void                hp_housing_results_set_year     (HpHousingResults *self,
                                                     int               year);
void                hp_housing_results_refresh      (HpHousingResults *self);
const HpHousingGapLine *hp_housing_results_get_total (HpHousingResults *self);
gboolean            hp_housing_results_add_scenario (HpHousingResults *self,
                                                     const HpHousingScenario *scenario,
                                                     GError          **error);
guint               hp_housing_results_get_n_compared (HpHousingResults *self);
const HpHousingGapLine *hp_housing_results_get_compared (HpHousingResults *self,
                                                         guint             index);

G_END_DECLS
