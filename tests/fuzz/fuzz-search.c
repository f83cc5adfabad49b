/* fuzz-search.c — libFuzzer harness: whatever is typed in the search bar
 *
 * The first byte picks the filters, the rest is the query.  The query
 * parser must turn any text into a MATCH expression FTS5 accepts, so a
 * search may find nothing but must never fail or crash.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdint.h>

#include "hp-corpus-loader.h"
#include "hp-fuzz.h"
#include "hp-search.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static HpSearch *search;

static void
init_once (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = hp_fuzz_data_file ("guidelines.xml");
  g_autofree char *rng = hp_fuzz_data_file ("guidelines.rng");
  g_autoptr(HpDatabase) database = NULL;

  if (search != NULL)
    return;
  database = hp_database_open (":memory:", &error);
  g_assert_no_error (error);
  hp_corpus_loader_load (database, xml, rng, &error);
  g_assert_no_error (error);
  search = hp_search_new (database);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const chapters[] = { NULL, "kapitel-4", "litteraturliste", "" };
  g_autoptr(GError) error = NULL;
  g_autofree char *query = NULL;
  g_autofree char *match = NULL;
  g_autoptr(GListModel) results = NULL;
  HpSearchFilter filter = { 0 };
  guint8 flags = size > 0 ? data[0] : 0;

  init_once ();
  query = g_strndup (size > 0 ? (const char *) data + 1 : "", size > 0 ? size - 1 : 0);
  match = hp_search_build_match (query);

  filter.chapter_id = chapters[flags & 3];
  filter.classification = (flags >> 2) % 5;
  filter.law = (flags & 0x20) ? "serviceloven" : NULL;
  filter.limit = (flags & 0x40) ? 3 : 0;
  results = hp_search_run (search, query, &filter, &error);
  g_assert_no_error (error);
  g_assert_true (results != NULL);
  /* No words, no results: an empty query must not list the whole corpus. */
  if (match == NULL)
    g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
  return 0;
}
