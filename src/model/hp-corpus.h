/* hp-corpus.h — read access to the publication loaded in the database
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hp-corpus-item.h"
#include "hp-database.h"

G_BEGIN_DECLS

#define HP_TYPE_CORPUS (hp_corpus_get_type ())
G_DECLARE_FINAL_TYPE (HpCorpus, hp_corpus, HP, CORPUS, GObject)

typedef struct {
  char *edition;
  char *title;
  char *publisher;
  char *published;
  char *isbn_digital;
  char *isbn_print;
  char *rights;
  char *checksum;
} HpCorpusEdition;

typedef struct {
  char *law;        /* canonical key, e.g. "serviceloven" */
  char *law_name;   /* e.g. "Serviceloven" */
  char *paragraph;    /* e.g. "110", "82a"; empty when the law as a whole is cited */
  char *paragraph_to; /* end of a range ("82d" in §§ 82a-82d), or empty */
  char *stk;          /* space-separated stk. numbers, or empty */
  char *act_type;     /* "lbk", "lov", "bek", "cirk", or empty */
  char *act_number;   /* number of that instrument, or empty */
  char *act_date;     /* its ISO date, or empty */
} HpLawRef;

HpCorpus        *hp_corpus_new                (HpDatabase   *database);
HpDatabase      *hp_corpus_get_database       (HpCorpus     *self);
HpCorpusEdition *hp_corpus_get_edition        (HpCorpus     *self,
                                               GError      **error);
void             hp_corpus_edition_free       (HpCorpusEdition *edition);
HpCorpusItem    *hp_corpus_lookup             (HpCorpus     *self,
                                               const char   *id,
                                               GError      **error);
HpCorpusItem    *hp_corpus_lookup_footnote    (HpCorpus     *self,
                                               int           number,
                                               GError      **error);
HpCorpusItem    *hp_corpus_lookup_citing      (HpCorpus     *self,
                                               int           number,
                                               GError      **error);
GListModel      *hp_corpus_list_children      (HpCorpus     *self,
                                               HpCorpusItem *parent,
                                               GError      **error);
GListModel      *hp_corpus_list_contents      (HpCorpus     *self,
                                               HpCorpusItem *parent,
                                               GError      **error);
GListModel      *hp_corpus_list_kind          (HpCorpus     *self,
                                               const char   *kind,
                                               GError      **error);
GPtrArray       *hp_corpus_list_lawrefs       (HpCorpus     *self,
                                               HpCorpusItem *footnote,
                                               GError      **error);
guint            hp_corpus_count_kind         (HpCorpus     *self,
                                               const char   *kind);
gboolean         hp_corpus_is_page_kind       (const char   *kind);

void             hp_law_ref_free              (HpLawRef     *ref);
char            *hp_law_ref_format            (const HpLawRef *ref);
char            *hp_law_ref_format_act        (const HpLawRef *ref);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpCorpusEdition, hp_corpus_edition_free)

G_END_DECLS
