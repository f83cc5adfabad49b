/* hp-page-caption.h — "Chapter 4 · Guideline 12 · Page 84" above a page's title
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-corpus.h"

G_BEGIN_DECLS

char *hp_page_caption_format (HpCorpusItem *page,
                              HpCorpusItem *chapter);
char *hp_page_caption_build  (HpCorpus     *corpus,
                              HpCorpusItem *page);

G_END_DECLS
