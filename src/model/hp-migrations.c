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
  /* 2: full-text search index over the corpus (see hp-search.c).  The FTS5
   * table reads its text from corpus_item (external content), so snippets
   * show the stored text; search_item and search_law are derived per-item
   * data for filters and ranking, without foreign keys because a corpus
   * reload deletes every corpus row before the index is rebuilt.  Prefix
   * indexes of 2 and 3 letters keep searches for short prefixes fast.
   * All three are filled by hp_search_rebuild_index() whenever a corpus is
   * loaded; a database that already holds a corpus forgets its checksum so
   * that the next start loads it again and so builds the index. */
  { 2,
    "CREATE VIRTUAL TABLE search_fts USING fts5 ("
    "  title, text, content='corpus_item', content_rowid='seq', tokenize='danish', prefix='2 3'"
    ");"
    "CREATE TABLE search_item ("
    "  seq            INTEGER PRIMARY KEY,"   /* corpus_item.seq = search_fts.rowid */
    "  page_seq       INTEGER,"               /* the page showing it */
    "  chapter_id     TEXT,"                  /* its top-level part */
    "  classification TEXT,"
    "  weight         REAL NOT NULL"          /* ranking weight of its kind */
    ");"
    "CREATE INDEX search_item_chapter ON search_item (chapter_id);"
    "CREATE TABLE search_law ("
    "  law TEXT NOT NULL,"
    "  seq INTEGER NOT NULL,"
    "  PRIMARY KEY (law, seq)"
    ") WITHOUT ROWID;"
    "UPDATE corpus_edition SET checksum = '';"
  },
  /* 3: user tables for bookmarks and notes (see hp-bookmarks.c, hp-notes.c).
   * Keyed by corpus_item.id and deliberately without foreign keys: a corpus
   * reload deletes every corpus row, and a bookmark or note whose item is
   * missing from one edition must still be there when it comes back.  An
   * empty note is no row, hence the CHECK. */
  { 3,
    "CREATE TABLE user_bookmark ("
    "  item_id    TEXT PRIMARY KEY CHECK (item_id != ''),"
    "  created_at TEXT NOT NULL"
    ");"
    "CREATE TABLE user_note ("
    "  item_id    TEXT PRIMARY KEY CHECK (item_id != ''),"
    "  text       TEXT NOT NULL CHECK (text != ''),"
    "  changed_at TEXT NOT NULL"
    ");"
  },
  /* 4: housing-stock mapping (see hp-housing-store.c). */
  { 4,
    ""
  },
  /* 5: strategy worksheet (see hp-strategy-store.c). */
  { 5,
    ""
  },
};

const HpMigration *
hp_migrations_get (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}
