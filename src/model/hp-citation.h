/* hp-citation.h — quoting the publication with its source named
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-corpus.h"

G_BEGIN_DECLS

char *hp_citation_format        (HpCorpus     *corpus,
                                 HpCorpusItem *item);
char *hp_citation_format_source (HpCorpus     *corpus,
                                 HpCorpusItem *item);
char *hp_citation_format_attribution (HpCorpus *corpus,
                                      char    **publication);

G_END_DECLS
