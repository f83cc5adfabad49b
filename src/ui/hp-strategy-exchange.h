/* hp-strategy-exchange.h — reports, exports and imports from the strategy pane
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-strategy-store.h"

G_BEGIN_DECLS

typedef enum {
  HP_STRATEGY_EXPORT_REPORT,     /* PDF, ODT or DOCX for the city council */
  HP_STRATEGY_EXPORT_ACTIONS,    /* CSV for a spreadsheet */
  HP_STRATEGY_EXPORT_CALENDAR,   /* iCalendar deadlines */
  HP_STRATEGY_EXPORT_FILE,       /* the whole strategy as XML */
} HpStrategyExportKind;

#define HP_TYPE_STRATEGY_EXCHANGE (hp_strategy_exchange_get_type ())
G_DECLARE_FINAL_TYPE (HpStrategyExchange, hp_strategy_exchange, HP, STRATEGY_EXCHANGE, GObject)

HpStrategyExchange *hp_strategy_exchange_new         (GtkWidget            *owner,
                                                      HpStrategyStore      *store);
void                hp_strategy_exchange_export      (HpStrategyExchange   *self,
                                                      gint64                strategy_id,
                                                      HpStrategyExportKind  kind);
void                hp_strategy_exchange_import      (HpStrategyExchange   *self);
GtkNativeDialog    *hp_strategy_exchange_get_chooser (HpStrategyExchange   *self);

G_END_DECLS
