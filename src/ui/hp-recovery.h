/* hp-recovery.h — offer to restore a damaged database from its backup
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *hp_recovery_offer (GtkApplication *app,
                              const char     *db_path,
                              const GError   *problem);

G_END_DECLS
