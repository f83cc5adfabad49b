/* hp-law-paragraph.h — one cited paragraph of a law and what cites it
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hp-corpus-item.h"

G_BEGIN_DECLS

#define HP_TYPE_LAW_PARAGRAPH (hp_law_paragraph_get_type ())
G_DECLARE_FINAL_TYPE (HpLawParagraph, hp_law_paragraph, HP, LAW_PARAGRAPH, GObject)

typedef struct {
  const char *law_key;
  const char *law_name;
  const char *paragraph;     /* "110", "82a"; "" when the law as a whole is cited */
  const char *paragraph_to;  /* "82d" for §§ 82a-82d, else "" */
  GListModel *footnotes;     /* HpCorpusItem, document order */
  GListModel *citing;        /* HpCorpusItem, document order */
  GListModel *pages;         /* HpCorpusItem, document order */
} HpLawParagraphFields;

HpLawParagraph *hp_law_paragraph_new            (const HpLawParagraphFields *fields);
const char     *hp_law_paragraph_get_law_key     (HpLawParagraph *self);
const char     *hp_law_paragraph_get_law_name    (HpLawParagraph *self);
const char     *hp_law_paragraph_get_paragraph   (HpLawParagraph *self);
const char     *hp_law_paragraph_get_paragraph_to (HpLawParagraph *self);
const char     *hp_law_paragraph_get_key         (HpLawParagraph *self);
const char     *hp_law_paragraph_get_label       (HpLawParagraph *self);
const char     *hp_law_paragraph_get_sort_key    (HpLawParagraph *self);
GListModel     *hp_law_paragraph_get_footnotes   (HpLawParagraph *self);
GListModel     *hp_law_paragraph_get_citing      (HpLawParagraph *self);
GListModel     *hp_law_paragraph_get_pages       (HpLawParagraph *self);
HpCorpusItem   *hp_law_paragraph_get_page_of     (HpLawParagraph *self,
                                                  HpCorpusItem   *item);
int             hp_law_paragraph_compare         (gconstpointer   a,
                                                  gconstpointer   b,
                                                  gpointer        user_data);
char           *hp_law_paragraph_make_key        (const char     *paragraph,
                                                  const char     *paragraph_to);
char           *hp_law_paragraph_make_sort_key   (const char     *paragraph,
                                                  const char     *paragraph_to);

G_END_DECLS
