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
  /* 4: housing-stock mapping (see hp-housing-store.c).  Choices (dwelling
   * type, VIVE category, …) are stored by the stable keys of
   * hp-housing-types.c; the ranges mirror hp_housing_check() so that not
   * even a bug can store an absurd number.  Segments have no other index
   * than by year: a national extract has millions of rows, and every index
   * slows its import. */
  { 4,
    "CREATE TABLE housing_year ("
    "  id             INTEGER PRIMARY KEY,"
    "  year           INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 1990 AND 2100),"
    "  municipality   TEXT NOT NULL DEFAULT '',"
    "  rule_kind      TEXT NOT NULL DEFAULT 'max-rent' CHECK (rule_kind IN ('max-rent', 'income-share')),"
    "  max_rent       REAL NOT NULL DEFAULT 3500 CHECK (max_rent BETWEEN 0 AND 100000),"
    "  income_share   REAL NOT NULL DEFAULT 0.3 CHECK (income_share > 0 AND income_share <= 1),"
    "  income_date    TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE TABLE housing_segment ("
    "  id           INTEGER PRIMARY KEY,"
    "  year_id      INTEGER NOT NULL REFERENCES housing_year (id) ON DELETE CASCADE,"
    "  dwelling     TEXT NOT NULL,"
    "  area         TEXT NOT NULL DEFAULT '',"
    "  organisation TEXT NOT NULL DEFAULT '',"
    "  units        INTEGER NOT NULL CHECK (units BETWEEN 0 AND 100000),"
    "  m2           REAL NOT NULL DEFAULT 0 CHECK (m2 BETWEEN 0 AND 1000),"
    "  rooms        INTEGER NOT NULL DEFAULT 0 CHECK (rooms BETWEEN 0 AND 20),"
    "  rent         REAL NOT NULL CHECK (rent BETWEEN 0 AND 100000),"
    "  step_free    INTEGER NOT NULL DEFAULT 0 CHECK (step_free IN (0, 1)),"
    "  turnover     REAL NOT NULL DEFAULT 0.1 CHECK (turnover BETWEEN 0 AND 1),"
    "  share        REAL NOT NULL DEFAULT 0.25 CHECK (share BETWEEN 0 AND 1)"
    ");"
    "CREATE INDEX housing_segment_year ON housing_segment (year_id);"
    "CREATE TABLE housing_group ("
    "  id       INTEGER PRIMARY KEY,"
    "  year_id  INTEGER NOT NULL REFERENCES housing_year (id) ON DELETE CASCADE,"
    "  category TEXT NOT NULL,"
    "  age      TEXT NOT NULL,"
    "  count    INTEGER NOT NULL CHECK (count BETWEEN 0 AND 50000),"
    "  need     TEXT NOT NULL,"
    "  support  TEXT NOT NULL DEFAULT 'none',"
    "  benefit  TEXT NOT NULL DEFAULT 'kontanthjaelp'"
    ");"
    "CREATE INDEX housing_group_year ON housing_group (year_id);"
    "CREATE TABLE housing_income ("
    "  year_id INTEGER NOT NULL REFERENCES housing_year (id) ON DELETE CASCADE,"
    "  benefit TEXT NOT NULL,"
    "  monthly REAL NOT NULL CHECK (monthly BETWEEN 0 AND 1000000),"
    "  PRIMARY KEY (year_id, benefit)"
    ") WITHOUT ROWID;"
    "CREATE TABLE housing_scenario ("
    "  id        INTEGER PRIMARY KEY,"
    "  year_id   INTEGER NOT NULL REFERENCES housing_year (id) ON DELETE CASCADE,"
    "  name      TEXT NOT NULL CHECK (name != ''),"
    "  dwelling  TEXT,"                                   /* NULL: every type */
    "  share     REAL CHECK (share IS NULL OR share BETWEEN 0 AND 1),"
    "  max_rent  REAL CHECK (max_rent IS NULL OR max_rent BETWEEN 0 AND 100000),"
    "  new_units INTEGER NOT NULL DEFAULT 0 CHECK (new_units BETWEEN 0 AND 100000),"
    "  new_rent  REAL NOT NULL DEFAULT 3500 CHECK (new_rent BETWEEN 0 AND 100000),"
    "  new_share REAL NOT NULL DEFAULT 1 CHECK (new_share BETWEEN 0 AND 1)"
    ");"
  },
  /* 5: strategy worksheet (see hp-strategy-store.c).  Corpus items are
   * named by stable id only (item_id, guideline_id), without foreign keys,
   * for the same reason as in 3.  Among the strategy's own tables every
   * child cascades from its parent, so deleting a strategy or a goal takes
   * everything under it along (and undo puts it all back).  Dates are ISO
   * text so they sort; the CHECKs are a last line behind the model's own
   * validation. */
  { 5,
    "CREATE TABLE strategy ("
    "  id           INTEGER PRIMARY KEY,"
    "  municipality TEXT NOT NULL CHECK (trim (municipality) != ''),"
    "  title        TEXT NOT NULL CHECK (trim (title) != ''),"
    "  period_start INTEGER NOT NULL CHECK (period_start BETWEEN 2000 AND 2100),"
    "  period_end   INTEGER NOT NULL CHECK (period_end BETWEEN period_start AND 2100),"
    "  vision       TEXT NOT NULL DEFAULT '',"
    "  is_example   INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),"
    "  created_at   TEXT NOT NULL,"
    "  changed_at   TEXT NOT NULL"
    ");"
    "CREATE TABLE assessment ("
    "  strategy_id INTEGER NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,"
    "  item_id     TEXT NOT NULL CHECK (item_id != ''),"
    "  status      TEXT NOT NULL CHECK (status IN ('not-assessed', 'not-started', 'partly', 'in-place', 'not-relevant')),"
    "  note        TEXT NOT NULL DEFAULT '',"
    "  responsible TEXT NOT NULL DEFAULT '',"
    "  changed_at  TEXT NOT NULL,"
    "  PRIMARY KEY (strategy_id, item_id)"
    ") WITHOUT ROWID;"
    "CREATE TABLE strategy_snapshot ("
    "  id          INTEGER PRIMARY KEY,"
    "  strategy_id INTEGER NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,"
    "  label       TEXT NOT NULL CHECK (trim (label) != ''),"
    "  taken_on    TEXT NOT NULL CHECK (taken_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),"
    "  is_baseline INTEGER NOT NULL DEFAULT 0 CHECK (is_baseline IN (0, 1)),"
    "  created_at  TEXT NOT NULL"
    ");"
    "CREATE INDEX strategy_snapshot_strategy ON strategy_snapshot (strategy_id, taken_on);"
    "CREATE TABLE snapshot_assessment ("
    "  snapshot_id INTEGER NOT NULL REFERENCES strategy_snapshot (id) ON DELETE CASCADE,"
    "  item_id     TEXT NOT NULL CHECK (item_id != ''),"
    "  status      TEXT NOT NULL CHECK (status IN ('not-assessed', 'not-started', 'partly', 'in-place', 'not-relevant')),"
    "  note        TEXT NOT NULL DEFAULT '',"
    "  responsible TEXT NOT NULL DEFAULT '',"
    "  PRIMARY KEY (snapshot_id, item_id)"
    ") WITHOUT ROWID;"
    "CREATE TABLE focus_area ("
    "  strategy_id  INTEGER NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,"
    "  guideline_id TEXT NOT NULL CHECK (guideline_id != ''),"
    "  position     INTEGER NOT NULL,"
    "  PRIMARY KEY (strategy_id, guideline_id)"
    ") WITHOUT ROWID;"
    "CREATE TABLE goal ("
    "  id          INTEGER PRIMARY KEY,"
    "  strategy_id INTEGER NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,"
    "  text        TEXT NOT NULL CHECK (trim (text) != ''),"
    "  indicator   TEXT NOT NULL DEFAULT '',"
    "  baseline    REAL,"
    "  target      REAL,"
    "  deadline    TEXT CHECK (deadline IS NULL OR deadline GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),"
    "  figure      TEXT NOT NULL DEFAULT '',"   /* a housing figure the goal follows */
    "  position    INTEGER NOT NULL,"
    "  changed_at  TEXT NOT NULL"
    ");"
    "CREATE INDEX goal_strategy ON goal (strategy_id, position);"
    "CREATE TABLE goal_direction ("
    "  goal_id INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,"
    "  item_id TEXT NOT NULL CHECK (item_id != ''),"
    "  PRIMARY KEY (goal_id, item_id)"
    ") WITHOUT ROWID;"
    "CREATE TABLE action ("
    "  id          INTEGER PRIMARY KEY,"
    "  strategy_id INTEGER NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,"
    "  goal_id     INTEGER REFERENCES goal (id) ON DELETE CASCADE,"
    "  text        TEXT NOT NULL CHECK (trim (text) != ''),"
    "  owner       TEXT NOT NULL DEFAULT '',"
    "  start_on    TEXT CHECK (start_on IS NULL OR start_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),"
    "  deadline    TEXT CHECK (deadline IS NULL OR deadline GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),"
    "  status      TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'cancelled')),"
    "  position    INTEGER NOT NULL,"
    "  changed_at  TEXT NOT NULL,"
    "  CHECK (start_on IS NULL OR deadline IS NULL OR deadline >= start_on)"
    ");"
    "CREATE INDEX action_strategy ON action (strategy_id, position);"
    "CREATE INDEX action_goal ON action (goal_id);"
    "CREATE TABLE action_direction ("
    "  action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,"
    "  item_id   TEXT NOT NULL CHECK (item_id != ''),"
    "  PRIMARY KEY (action_id, item_id)"
    ") WITHOUT ROWID;"
  },
  /* 6: a faster corpus load.  The corpus tables' CHECKs are written as
   * comparisons: SQLite codes "x IN (…)" of more than two values as a
   * temporary b-tree built for every row written, which was a sixth of a
   * load.  The search index keeps only its 2-letter prefix index: FTS5
   * finds 3-letter prefixes as fast by merging the few terms that start
   * with them (bench-search), and the 3-letter index was a twentieth of a
   * load.  These tables hold only what the corpus file says, so they are
   * made anew, and a cleared checksum has the next start load the corpus
   * again.  Nothing else refers to them by row. */
  { 6,
    "DROP TABLE search_fts;"
    "DROP TABLE corpus_xref;"
    "DROP TABLE corpus_lawref;"
    "DROP TABLE corpus_footnote_ref;"
    "DROP TABLE corpus_item;"
    "CREATE TABLE corpus_item ("
    "  seq            INTEGER PRIMARY KEY,"
    "  id             TEXT NOT NULL UNIQUE,"
    "  parent_seq     INTEGER REFERENCES corpus_item (seq) ON DELETE CASCADE,"
    "  kind           TEXT NOT NULL,"
    "  number         TEXT,"
    "  title          TEXT,"
    "  page           INTEGER,"
    "  classification TEXT CHECK (classification = 'skal' OR classification = 'boer' OR"
    "                             classification = 'kan' OR classification = 'god-praksis'),"
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
    "  paragraph_to TEXT NOT NULL DEFAULT '',"
    "  stk          TEXT NOT NULL DEFAULT '',"
    "  act_type     TEXT NOT NULL DEFAULT '' CHECK (act_type = '' OR act_type = 'lbk' OR"
    "                                               act_type = 'lov' OR act_type = 'bek' OR"
    "                                               act_type = 'cirk'),"
    "  act_number   TEXT NOT NULL DEFAULT '',"
    "  act_date     TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX corpus_lawref_law ON corpus_lawref (law, paragraph);"
    "CREATE TABLE corpus_xref ("
    "  item_seq  INTEGER NOT NULL REFERENCES corpus_item (seq) ON DELETE CASCADE,"
    "  target_id TEXT NOT NULL"
    ");"
    "CREATE VIRTUAL TABLE search_fts USING fts5 ("
    "  title, text, content='corpus_item', content_rowid='seq', tokenize='danish', prefix='2'"
    ");"
    "DELETE FROM search_law;"
    "DELETE FROM search_item;"
    "UPDATE corpus_edition SET checksum = '';"
  },
};

const HpMigration *
hp_migrations_get (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}
