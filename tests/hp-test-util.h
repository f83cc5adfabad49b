/* hp-test-util.h — shared helpers for the test programs
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-corpus.h"
#include "hp-database.h"

G_BEGIN_DECLS

/* What a run of the app printed, and how it ended. */
typedef struct {
  char *out;
  char *err;
  int   status;
} HpTestRun;

char       *hp_test_data_file     (const char *name);
char       *hp_test_fixture       (const char *name);
HpDatabase *hp_test_open_corpus_db (void);
gint64      hp_test_query_int     (HpDatabase *db,
                                   const char *sql);
void        hp_test_load_corpus   (HpDatabase *db,
                                   const char *xml);
char       *hp_test_read_file     (const char *path,
                                   gsize      *length);
char       *hp_test_pdf_text      (const char *pdf);
int         hp_test_pdf_page_count (const char *pdf);
void        hp_test_run_app       (HpTestRun  *run,
                                   const char *first_arg,
                                   ...) G_GNUC_NULL_TERMINATED;
void        hp_test_run_clear     (HpTestRun  *run);

void        hp_test_remove_tree   (const char *path);
void        hp_test_write_replacing (const char *source,
                                     const char *target,
                                     const char *from,
                                     const char *to);

/* A zip archive read with libarchive, to check what the app writes with
 * a reader of its own. */
typedef struct {
  GPtrArray  *names;     /* in the archive's order */
  GHashTable *entries;   /* name → GBytes */
} HpTestZip;

HpTestZip  *hp_test_zip_read            (GBytes     *bytes);
GBytes     *hp_test_zip_get             (HpTestZip  *zip,
                                         const char *name);
void        hp_test_zip_free            (HpTestZip  *zip);
void        hp_test_assert_stored_first (GBytes     *archive,
                                         const char *name,
                                         const char *contents);

void        hp_test_init_locale   (void);
void        hp_test_flush_events  (void);
gboolean    hp_test_wait_for      (gboolean  (*done) (gpointer data),
                                   gpointer    data);
void        hp_test_run_for       (guint       milliseconds);
gboolean    hp_test_in_danish     (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpTestZip, hp_test_zip_free)

G_END_DECLS
