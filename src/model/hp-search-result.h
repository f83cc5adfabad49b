/* hp-search-result.h — one hit of a full-text search
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hp-classification.h"

G_BEGIN_DECLS

/* Around each matched word in a marked snippet.  XML 1.0 cannot carry these
 * control characters, so they never occur in the corpus text itself. */
#define HP_SEARCH_MARK_OPEN  "\x02"
#define HP_SEARCH_MARK_CLOSE "\x03"

#define HP_TYPE_SEARCH_RESULT (hp_search_result_get_type ())
G_DECLARE_FINAL_TYPE (HpSearchResult, hp_search_result, HP, SEARCH_RESULT, GObject)

typedef struct {
  guint             rank;            /* 1 for the best hit */
  double            score;           /* higher is better */
  const char       *id;
  const char       *kind;
  const char       *title;           /* the item's own title, or NULL */
  HpClassification  classification;
  const char       *page_id;
  const char       *page_title;
  const char       *chapter_id;
  const char       *marked_snippet;  /* matches between HP_SEARCH_MARK_OPEN and _CLOSE */
} HpSearchResultFields;

HpSearchResult   *hp_search_result_new                (const HpSearchResultFields *fields);
guint             hp_search_result_get_rank           (HpSearchResult *self);
double            hp_search_result_get_score          (HpSearchResult *self);
const char       *hp_search_result_get_id             (HpSearchResult *self);
const char       *hp_search_result_get_kind           (HpSearchResult *self);
const char       *hp_search_result_get_title          (HpSearchResult *self);
HpClassification  hp_search_result_get_classification (HpSearchResult *self);
const char       *hp_search_result_get_page_id        (HpSearchResult *self);
const char       *hp_search_result_get_page_title     (HpSearchResult *self);
const char       *hp_search_result_get_chapter_id     (HpSearchResult *self);
const char       *hp_search_result_get_snippet_markup (HpSearchResult *self);
const char       *hp_search_result_get_snippet_text   (HpSearchResult *self);

void              hp_search_result_render_snippet     (const char  *marked,
                                                       char       **markup,
                                                       char       **text);

G_END_DECLS
