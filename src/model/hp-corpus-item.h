/* hp-corpus-item.h — one node of the publication: chapter, guideline,
 * section, direction, sub-point, paragraph, footnote…
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hp-classification.h"

G_BEGIN_DECLS

#define HP_TYPE_CORPUS_ITEM (hp_corpus_item_get_type ())
G_DECLARE_FINAL_TYPE (HpCorpusItem, hp_corpus_item, HP, CORPUS_ITEM, GObject)

typedef struct {
  gint64            seq;
  gint64            parent_seq;   /* 0 for top-level items */
  const char       *id;
  const char       *kind;
  const char       *number;
  const char       *title;
  int               page;         /* printed page, 0 if none */
  HpClassification  classification;
  const char       *text;
  const char       *markup;
  const char       *page_id;
} HpCorpusItemFields;

HpCorpusItem     *hp_corpus_item_new                (const HpCorpusItemFields *fields);
gint64            hp_corpus_item_get_seq            (HpCorpusItem *self);
gint64            hp_corpus_item_get_parent_seq     (HpCorpusItem *self);
const char       *hp_corpus_item_get_id             (HpCorpusItem *self);
const char       *hp_corpus_item_get_kind           (HpCorpusItem *self);
gboolean          hp_corpus_item_is_kind            (HpCorpusItem *self,
                                                     const char   *kind);
const char       *hp_corpus_item_get_number         (HpCorpusItem *self);
const char       *hp_corpus_item_get_title          (HpCorpusItem *self);
int               hp_corpus_item_get_page           (HpCorpusItem *self);
HpClassification  hp_corpus_item_get_classification (HpCorpusItem *self);
const char       *hp_corpus_item_get_text           (HpCorpusItem *self);
const char       *hp_corpus_item_get_markup         (HpCorpusItem *self);
const char       *hp_corpus_item_get_page_id   (HpCorpusItem *self);

G_END_DECLS
