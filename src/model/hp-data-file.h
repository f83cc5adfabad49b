/* hp-data-file.h — where the app's shipped data files are
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *hp_data_file (const char *name);

G_END_DECLS
