/* hp-strategy-xml.h — a whole strategy as an XML file (data/strategy.rng)
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-strategy-store.h"

G_BEGIN_DECLS

#define HP_STRATEGY_XML_NAMESPACE "https://hjemplan.dk/ns/strategy/1"
#define HP_STRATEGY_XML_FORMAT "1"

/* Largest strategy file accepted; the example with every sub-point
 * assessed and a dozen snapshots is well under 1 MB. */
#define HP_STRATEGY_XML_MAX_FILE_SIZE (16 * 1024 * 1024)

GBytes   *hp_strategy_xml_export_bytes (HpStrategyStore  *store,
                                        gint64            strategy_id,
                                        GError          **error);
gboolean  hp_strategy_xml_export       (HpStrategyStore  *store,
                                        gint64            strategy_id,
                                        const char       *path,
                                        GError          **error);
gint64    hp_strategy_xml_import       (HpStrategyStore  *store,
                                        const char       *path,
                                        char            **other_edition,
                                        GError          **error);
char     *hp_strategy_xml_schema_path  (void);

G_END_DECLS
