/* hp-strategy-chart.h — progress per chapter as stacked bars
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_STRATEGY_CHART (hp_strategy_chart_get_type ())
G_DECLARE_FINAL_TYPE (HpStrategyChart, hp_strategy_chart, HP, STRATEGY_CHART, GtkWidget)

GtkWidget *hp_strategy_chart_new      (void);
void       hp_strategy_chart_set_data (HpStrategyChart *self,
                                       GPtrArray       *groups);
guint      hp_strategy_chart_get_n_bars (HpStrategyChart *self);

G_END_DECLS
