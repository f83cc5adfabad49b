/* hp-test-ui.h — helpers for the tests that drive windows under Xvfb
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-window.h"

G_BEGIN_DECLS

void       hp_test_present         (GtkWindow  *window);
gboolean   hp_test_wait_for_size   (GtkWidget  *widget);
HpWindow  *hp_test_open_window     (HpContext  *context);
GtkWidget *hp_test_find_descendant (GtkWidget  *widget,
                                    GType       type);
gpointer   hp_test_find_toplevel   (GType       type);

G_END_DECLS
