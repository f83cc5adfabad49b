/* hp-danish-tokenizer.h — the "danish" SQLite FTS5 tokenizer
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

char     *hp_danish_normalize          (const char  *text,
                                        gssize       length);
gboolean  hp_danish_tokenizer_register (sqlite3     *db,
                                        GError     **error);

G_END_DECLS
