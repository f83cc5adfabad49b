/* hp-strategy-link-row.h — a goal or an action, with links to the
 * directions it serves
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* @places: direction id → HpDirectionPlace (hp_strategy_directions_index). */
GtkWidget *hp_strategy_link_row_new        (const char         *title,
                                            const char         *subtitle,
                                            const char         *figure,
                                            GHashTable         *places,
                                            const char * const *directions);
void       hp_strategy_link_row_add_suffix (GtkWidget          *row,
                                            GtkWidget          *suffix);
GtkLabel  *hp_strategy_link_row_get_links  (GtkWidget          *row);
GtkLabel  *hp_strategy_link_row_get_figure (GtkWidget          *row);

G_END_DECLS
