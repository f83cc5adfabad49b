/* hp-test-util.h — shared helpers for the test programs
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-corpus.h"
#include "hp-database.h"

G_BEGIN_DECLS

char       *hp_test_data_file     (const char *name);
char       *hp_test_fixture       (const char *name);
HpDatabase *hp_test_open_corpus_db (void);
HpDatabase *hp_test_clone_corpus_db (void);
gint64      hp_test_query_int     (HpDatabase *db,
                                   const char *sql);
void        hp_test_load_corpus   (HpDatabase *db,
                                   const char *xml);
char       *hp_test_read_file     (const char *path,
                                   gsize      *length);

G_END_DECLS
