/* hp-strategy-toast.h — tell the manager what just happened
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void hp_strategy_toast (GtkWidget  *widget,
                        const char *title,
                        gboolean    with_undo);

G_END_DECLS
