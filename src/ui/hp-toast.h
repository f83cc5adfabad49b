/* hp-toast.h — one way to show a toast from anywhere in a window
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void hp_toast_show         (GtkWidget  *widget,
                            AdwToast   *toast);
void hp_toast_show_message (GtkWidget  *widget,
                            const char *message);

G_END_DECLS
