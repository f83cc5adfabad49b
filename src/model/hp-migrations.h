/* hp-migrations.h — the ordered list of schema migrations
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  int         version;   /* the user_version this migration brings the schema to */
  const char *sql;       /* statements run inside the migration transaction */
} HpMigration;

const HpMigration *hp_migrations_get (guint *n_migrations);

G_END_DECLS
