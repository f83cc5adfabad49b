/* hp-migrations.c — the ordered list of schema migrations
 *
 * Append new migrations at the end; never edit one that has shipped, because
 * user databases already carry its result.  Corpus tables (corpus_*) hold the
 * publication and are replaced wholesale when a new edition is loaded; user
 * tables refer to corpus items only by their stable string identifiers, never
 * by row numbers, so they survive a corpus reload.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hp-migrations.h"

static const HpMigration migrations[] = {
  { 1,
    "CREATE TABLE corpus_edition ("
    "  id           INTEGER PRIMARY KEY CHECK (id = 1),"
    "  edition      TEXT NOT NULL,"
    "  checksum     TEXT NOT NULL,"
    "  title        TEXT NOT NULL,"
    "  publisher    TEXT NOT NULL,"
    "  published    TEXT NOT NULL,"
    "  isbn_digital TEXT NOT NULL DEFAULT '',"
    "  isbn_print   TEXT NOT NULL DEFAULT '',"
    "  rights       TEXT NOT NULL DEFAULT '',"
    "  loaded_at    TEXT NOT NULL"
    ");"
    /* seq is the document order, so a subtree is read back with ORDER BY seq. */
    "CREATE TABLE corpus_item ("
    "  seq            INTEGER PRIMARY KEY,"
    "  id             TEXT NOT NULL UNIQUE,"
    "  parent_seq     INTEGER REFERENCES corpus_item (seq) ON DELETE CASCADE,"
    "  kind           TEXT NOT NULL,"
    "  number         TEXT,"
    "  title          TEXT,"
    "  page           INTEGER,"
    "  classification TEXT CHECK (classification IN ('skal', 'boer', 'kan', 'god-praksis')),"
    "  text           TEXT NOT NULL DEFAULT '',"
    "  markup         TEXT NOT NULL DEFAULT '',"
    "  page_id        TEXT"
    ");"
    "CREATE INDEX corpus_item_parent ON corpus_item (parent_seq, seq);"
    "CREATE INDEX corpus_item_kind ON corpus_item (kind, seq);"
    "CREATE TABLE corpus_footnote_ref ("
    "  item_seq INTEGER NOT NULL REFERENCES corpus_item (seq) ON DELETE CASCADE,"
    "  footnote INTEGER NOT NULL"
    ");"
    "CREATE INDEX corpus_footnote_ref_footnote ON corpus_footnote_ref (footnote);"
    "CREATE TABLE corpus_lawref ("
    "  footnote_seq INTEGER NOT NULL REFERENCES corpus_item (seq) ON DELETE CASCADE,"
    "  law          TEXT NOT NULL,"
    "  law_name     TEXT NOT NULL,"
    "  paragraph    TEXT NOT NULL DEFAULT '',"
    "  paragraph_to TEXT NOT NULL DEFAULT '',"   /* end of a range: §§ 82a-82d */
    "  stk          TEXT NOT NULL DEFAULT '',"
    /* The instrument cited: lovbekendtgørelse, lov, bekendtgørelse, cirkulære. */
    "  act_type     TEXT NOT NULL DEFAULT '' CHECK (act_type IN ('', 'lbk', 'lov', 'bek', 'cirk')),"
    "  act_number   TEXT NOT NULL DEFAULT '',"
    "  act_date     TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX corpus_lawref_law ON corpus_lawref (law, paragraph);"
    "CREATE TABLE corpus_xref ("
    "  item_seq  INTEGER NOT NULL REFERENCES corpus_item (seq) ON DELETE CASCADE,"
    "  target_id TEXT NOT NULL"
    ");"
  },
  /* 2: full-text search index over the corpus (see hp-search.c). */
  { 2,
    ""
  },
  /* 3: user tables for bookmarks and notes (see hp-bookmarks.c). */
  { 3,
    ""
  },
};

const HpMigration *
hp_migrations_get (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}
