/* hp-workshop-monitors.h — which screen shows the workshop, which the notes
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

guint       hp_workshop_monitors_choose_show      (GListModel *monitors,
                                                   GdkMonitor *window_monitor);
GdkMonitor *hp_workshop_monitors_choose_presenter (GListModel *monitors,
                                                   GdkMonitor *show,
                                                   GdkMonitor *window_monitor);
char       *hp_workshop_monitors_describe         (GdkMonitor *monitor,
                                                   guint       index);

G_END_DECLS
