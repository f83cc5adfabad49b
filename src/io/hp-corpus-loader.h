/* hp-corpus-loader.h — validate the corpus XML and load it into the database
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-database.h"

G_BEGIN_DECLS

typedef struct {
  guint chapters;
  guint guidelines;
  guint principles;
  guint core_principles;
  guint support_methods;
  guint directions;
  guint subpoints;
  guint footnotes;
  guint lawrefs;
  guint literature;
  guint xrefs;
} HpCorpusCounts;

/* Largest corpus file accepted; the 2020 edition is well under 1 MB. */
#define HP_CORPUS_MAX_FILE_SIZE (32 * 1024 * 1024)

gboolean hp_corpus_loader_load   (HpDatabase      *database,
                                  const char      *xml_path,
                                  const char      *schema_path,
                                  GError         **error);
gboolean hp_corpus_loader_ensure (HpDatabase      *database,
                                  const char      *xml_path,
                                  const char      *schema_path,
                                  gboolean        *loaded,
                                  GError         **error);
gboolean hp_corpus_loader_check  (const char      *xml_path,
                                  const char      *schema_path,
                                  HpCorpusCounts  *counts,
                                  GError         **error);
gboolean hp_corpus_loader_count  (HpDatabase      *database,
                                  HpCorpusCounts  *counts,
                                  GError         **error);

G_END_DECLS
