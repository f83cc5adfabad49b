/* hp-window.h — the main window: header, view stack with the panes
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hp-browser-pane.h"
#include "hp-context.h"
#include "hp-strategy-pane.h"

G_BEGIN_DECLS

#define HP_TYPE_WINDOW (hp_window_get_type ())
G_DECLARE_FINAL_TYPE (HpWindow, hp_window, HP, WINDOW, AdwApplicationWindow)

HpWindow      *hp_window_new              (GtkApplication *application,
                                           HpContext      *context);
HpBrowserPane *hp_window_get_browser_pane (HpWindow       *self);
HpStrategyPane *hp_window_get_strategy_pane (HpWindow     *self);

G_END_DECLS
