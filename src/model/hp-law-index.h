/* hp-law-index.h — every law the publication cites, paragraph by
 * paragraph, with the items that cite it
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hp-corpus.h"
#include "hp-law.h"
#include "hp-law-paragraph.h"

G_BEGIN_DECLS

#define HP_TYPE_LAW_INDEX (hp_law_index_get_type ())
G_DECLARE_FINAL_TYPE (HpLawIndex, hp_law_index, HP, LAW_INDEX, GObject)

HpLawIndex     *hp_law_index_new                    (HpCorpus      *corpus);
HpCorpus       *hp_law_index_get_corpus             (HpLawIndex    *self);
GListModel     *hp_law_index_list_laws              (HpLawIndex    *self,
                                                     GError       **error);
GListModel     *hp_law_index_list_paragraphs        (HpLawIndex    *self,
                                                     const char    *law_key,
                                                     GError       **error);
HpLawParagraph *hp_law_index_lookup_paragraph       (HpLawIndex    *self,
                                                     const char    *law_key,
                                                     const char    *paragraph,
                                                     GError       **error);
GListModel     *hp_law_index_list_citing            (HpLawIndex    *self,
                                                     const char    *law_key,
                                                     const char    *paragraph,
                                                     GError       **error);
GListModel     *hp_law_index_paragraphs_of_footnote (HpLawIndex    *self,
                                                     HpCorpusItem  *footnote,
                                                     GError       **error);

G_END_DECLS
