/* hp-housing-chart.h — paired horizontal bars: need against supply
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_HOUSING_CHART (hp_housing_chart_get_type ())
G_DECLARE_FINAL_TYPE (HpHousingChart, hp_housing_chart, HP, HOUSING_CHART, GtkWidget)

GtkWidget *hp_housing_chart_new        (void);
void       hp_housing_chart_set_legend (HpHousingChart *self,
                                        const char     *first,
                                        const char     *second);
void       hp_housing_chart_clear      (HpHousingChart *self);
void       hp_housing_chart_add        (HpHousingChart *self,
                                        const char     *label,
                                        double          first,
                                        double          second);
guint      hp_housing_chart_get_n_bars (HpHousingChart *self);

G_END_DECLS
