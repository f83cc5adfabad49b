/* hp-search.h — full-text search over the guidelines
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hp-classification.h"
#include "hp-database.h"
#include "hp-search-result.h"

G_BEGIN_DECLS

/* More hits than anyone reads; snippets cost about 15 µs each, so this
 * bounds a search for a common word ("borger") to a few milliseconds. */
#define HP_SEARCH_DEFAULT_LIMIT 100

typedef struct {
  const char       *chapter_id;      /* top-level part ("kapitel-4", "litteraturliste"), or NULL */
  HpClassification  classification;  /* HP_CLASSIFICATION_NONE: any */
  const char       *law;             /* law key ("serviceloven"), or NULL */
  guint             limit;           /* 0: HP_SEARCH_DEFAULT_LIMIT */
} HpSearchFilter;

#define HP_TYPE_SEARCH (hp_search_get_type ())
G_DECLARE_FINAL_TYPE (HpSearch, hp_search, HP, SEARCH, GObject)

HpSearch   *hp_search_new           (HpDatabase            *database);
GListModel *hp_search_run           (HpSearch              *self,
                                     const char            *query,
                                     const HpSearchFilter  *filter,
                                     GError               **error);
gboolean    hp_search_print_tsv     (HpSearch              *self,
                                     const char            *query,
                                     const HpSearchFilter  *filter,
                                     GString               *out,
                                     GError               **error);
char       *hp_search_build_match   (const char            *query);

G_END_DECLS
