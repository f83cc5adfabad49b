/* hp-search-index.h — building the search index after a corpus load
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hp-database.h"

G_BEGIN_DECLS

gboolean hp_search_rebuild_index (HpDatabase  *database,
                                  GError     **error);

G_END_DECLS
