/* test-strategy-xml.c — the strategy exchange file: export, import, round
 * trips, undo, and files that must be refused without writing anything
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include "hp-error.h"
#include "hp-strategy-example.h"
#include "hp-strategy-plan.h"
#include "hp-strategy-store.h"
#include "hp-strategy-xml.h"
#include "hp-test-util.h"

typedef struct {
  HpDatabase      *db;
  HpCorpus        *corpus;
  HpUndoStack     *undo;
  HpStrategyStore *store;
  guint            n_changed;
  gint64           last_changed;
  char            *tmp_dir;
} Fixture;

static void
on_changed (HpStrategyStore *store,
            gint64           strategy_id,
            Fixture         *fixture)
{
  fixture->n_changed++;
  fixture->last_changed = strategy_id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->db = hp_test_open_corpus_db ();
  fixture->corpus = hp_corpus_new (fixture->db);
  fixture->undo = hp_undo_stack_new ();
  fixture->store = hp_strategy_store_new (fixture->corpus, fixture->undo);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed), fixture);
  fixture->tmp_dir = g_dir_make_tmp ("test-strategy-xml-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hp_test_remove_tree (fixture->tmp_dir);
  g_free (fixture->tmp_dir);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->undo);
  g_clear_object (&fixture->corpus);
  g_clear_object (&fixture->db);
}

static char *
strategy_fixture (const char *name)
{
  g_autofree char *relative = g_build_filename ("strategy", name, NULL);

  return hp_test_fixture (relative);
}

/* How many rows every strategy table holds: what a refused import must
 * leave as it was. */
static char *
row_counts (HpDatabase *db)
{
  static const char * const tables[] = {
    "strategy", "assessment", "strategy_snapshot", "snapshot_assessment", "focus_area",
    "goal", "goal_direction", "action", "action_direction",
  };
  GString *counts = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);

      g_string_append_printf (counts, "%s=%" G_GINT64_FORMAT " ", tables[i], hp_test_query_int (db, sql));
    }
  return g_string_free (counts, FALSE);
}

static char *
export_text (HpStrategyStore *store,
             gint64           id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = hp_strategy_xml_export_bytes (store, id, &error);
  gsize size;
  const char *data;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &size);
  g_assert_null (memchr (data, '\0', size));
  return g_strndup (data, size);
}

static gint64
import_ok (HpStrategyStore *store,
           const char      *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other_edition = NULL;
  gint64 id = hp_strategy_xml_import (store, path, &other_edition, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_null (other_edition);
  return id;
}

static char *
write_tmp (Fixture    *fixture,
           const char *name,
           const char *contents,
           gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->tmp_dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);
  return path;
}

/* --- golden file ----------------------------------------------------------- */

static void
test_golden (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = strategy_fixture ("strategy-example.xml");
  g_autofree char *expected = hp_test_read_file (path, NULL);
  g_autofree char *exported = NULL;
  g_autoptr(HpStrategy) strategy = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  gint64 id;

  id = import_ok (fixture->store, path);
  exported = export_text (fixture->store, id);
  g_assert_cmpstr (exported, ==, expected);

  /* What the store holds is what the file says. */
  strategy = hp_strategy_store_get_strategy (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (strategy->municipality, ==, "Ærø Kommune");
  g_assert_cmpstr (strategy->title, ==, "Hjemløsestrategi 2025-2028: \"Tag over hovedet\" & støtte");
  g_assert_true (g_str_has_suffix (strategy->vision, "hvert år.\n\nByrådet følger op hvert forår."));
  g_assert_cmpstr (strategy->created_at, ==, "2025-01-10T08:15:00Z");
  g_assert_cmpstr (strategy->changed_at, ==, "2025-11-03T14:02:37Z");
  goals = hp_strategy_plan_list_goals (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (goals->len, ==, 2);
  g_assert_cmpfloat (((HpGoal *) goals->pdata[1])->target, ==, 2.25);
  actions = hp_strategy_plan_list_actions (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 3);
  g_assert_cmpint (((HpAction *) actions->pdata[0])->goal_id, ==, ((HpGoal *) goals->pdata[0])->id);
  g_assert_cmpint (((HpAction *) actions->pdata[1])->goal_id, ==, 0);
  g_assert_cmpint (((HpAction *) actions->pdata[2])->goal_id, ==, ((HpGoal *) goals->pdata[1])->id);

  /* One edit, announced once. */
  g_assert_cmpstr (hp_undo_stack_get_undo_label (fixture->undo), ==, "Strategy imported");
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_cmpint (fixture->last_changed, ==, id);
}

/* An import adds a strategy beside the others and changes none of them. */
static void
test_import_beside_others (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = strategy_fixture ("strategy-example.xml");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 example = hp_strategy_example_create (fixture->store, &error);
  gint64 first, second;

  g_assert_no_error (error);
  before = export_text (fixture->store, example);
  first = import_ok (fixture->store, path);
  second = import_ok (fixture->store, path);
  g_assert_cmpint (first, !=, example);
  g_assert_cmpint (second, !=, first);
  after = export_text (fixture->store, example);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM strategy"), ==, 3);
}

/* --- round trips ----------------------------------------------------------- */

/* Exports @id to a file, imports it into a database with the guidelines
 * and nothing else, and checks that exporting it there gives the same. */
static void
assert_round_trip (Fixture *fixture,
                   gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->tmp_dir, "kommune.xml", NULL);
  g_autofree char *exported = export_text (fixture->store, id);
  g_autofree char *written = NULL;
  g_autofree char *again = NULL;
  g_autoptr(HpDatabase) db = hp_test_open_corpus_db ();
  g_autoptr(HpCorpus) corpus = hp_corpus_new (db);
  g_autoptr(HpUndoStack) undo = hp_undo_stack_new ();
  g_autoptr(HpStrategyStore) store = hp_strategy_store_new (corpus, undo);
  gint64 copy;

  g_assert_true (hp_strategy_xml_export (fixture->store, id, path, &error));
  g_assert_no_error (error);
  written = hp_test_read_file (path, NULL);
  g_assert_cmpstr (written, ==, exported);

  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM strategy"), ==, 0);
  copy = import_ok (store, path);
  again = export_text (store, copy);
  g_assert_cmpstr (again, ==, exported);
}

static void
test_round_trip_example (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = hp_strategy_example_create (fixture->store, &error);

  g_assert_no_error (error);
  assert_round_trip (fixture, id);
}

static void
add_goal (Fixture    *fixture,
          gint64      id,
          HpGoal     *goal)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hp_strategy_plan_add_goal (fixture->store, id, goal, &error), >, 0);
  g_assert_no_error (error);
}

/* Everything a user can type, through the store's own API. */
static void
test_round_trip_store (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HpStrategy fields = {
    .municipality = "Høje-Taastrup Kommune", .title = "Strategi <2026> & \"videre\"",
    .period_start = 2026, .period_end = 2026,
    .vision = "  Linje et\r\nLinje to\tmed tabulator\n\n",
  };
  const char *serves[] = { "boligfastholdelse.a2.1", "planlaegning-af-boligindsatsen.a1", NULL };
  HpGoal third = { .text = "En tredjedel", .has_baseline = TRUE, .baseline = 1.0 / 3.0,
                   .has_target = TRUE, .target = -1e21, .figure = "", .directions = (GStrv) serves };
  HpGoal bare = { .text = "Uden tal", .indicator = "", .figure = "" };
  HpAction loose = { .text = "Handling uden mål", .owner = "Æ & Ø", .start = "2026-01-01",
                     .deadline = "2026-01-01", .status = HP_ACTION_CANCELLED };
  gint64 id = hp_strategy_store_create_strategy (fixture->store, &fields, &error);
  gint64 goal_id;

  g_assert_no_error (error);
  g_assert_true (hp_strategy_store_set_note (fixture->store, id, "boligfastholdelse.a1",
                                             "Note med <tegn> & \"citat\"\r\n", &error));
  g_assert_true (hp_strategy_store_set_responsible (fixture->store, id, "boligfastholdelse.a2.1",
                                                    "Team Ø", &error));
  g_assert_true (hp_strategy_store_set_status (fixture->store, id, "boligfastholdelse.a3",
                                               HP_ASSESSMENT_NOT_RELEVANT, &error));
  g_assert_cmpint (hp_strategy_store_take_snapshot (fixture->store, id, "Før", "2026-01-02", FALSE,
                                                    &error), >, 0);
  g_assert_true (hp_strategy_store_set_status (fixture->store, id, "boligfastholdelse.a3",
                                               HP_ASSESSMENT_IN_PLACE, &error));
  g_assert_cmpint (hp_strategy_store_take_snapshot (fixture->store, id, "Udgangspunkt & \"mere\"",
                                                    "2026-01-01", TRUE, &error), >, 0);
  g_assert_true (hp_strategy_plan_set_focus_area (fixture->store, id, "boligfastholdelse", TRUE, &error));
  g_assert_true (hp_strategy_plan_set_focus_area (fixture->store, id, "planlaegning-af-boligindsatsen",
                                                  TRUE, &error));
  g_assert_no_error (error);
  add_goal (fixture, id, &third);
  add_goal (fixture, id, &bare);
  goal_id = hp_strategy_plan_add_goal (fixture->store, id, &bare, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hp_strategy_plan_add_action (fixture->store, id, &loose, &error), >, 0);
  loose.goal_id = goal_id;
  loose.status = HP_ACTION_IN_PROGRESS;
  loose.start = NULL;
  g_assert_cmpint (hp_strategy_plan_add_action (fixture->store, id, &loose, &error), >, 0);
  g_assert_no_error (error);

  assert_round_trip (fixture, id);
}

/* A strategy with nothing under it survives too.  The hand-written file
 * leaves the empty lists out; the export always writes them. */
static void
test_round_trip_empty (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = strategy_fixture ("strategy-minimal.xml");
  g_autofree char *expected = hp_test_read_file (path, NULL);
  g_autofree char *exported = NULL;
  gint64 id = import_ok (fixture->store, path);

  exported = export_text (fixture->store, id);
  g_assert_true (strstr (exported, "  <assessment/>\n  <focus-areas/>\n  <goals/>\n  <actions/>\n"
                                   "  <snapshots/>\n</hjemplan-strategy>\n") != NULL);
  g_assert_true (g_str_has_prefix (exported, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                             "<hjemplan-strategy xmlns=\"https://hjemplan.dk/ns/strategy/1\" "
                                             "format=\"1\">\n  <corpus edition=\"2020\"/>\n"));
  g_assert_cmpstr (expected, !=, exported);
  assert_round_trip (fixture, id);
}

/* Only another encoding than UTF-8 is refused, however UTF-8 is spelled. */
static void
test_utf8_spellings (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const declarations[] = {
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
    "\xef\xbb\xbf<?xml version='1.0' encoding='UTF8' standalone='yes'?>",
    "<?xml version=\"1.0\"?>",
  };
  g_autofree char *minimal = strategy_fixture ("strategy-minimal.xml");
  g_autofree char *contents = hp_test_read_file (minimal, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (declarations); i++)
    {
      g_autoptr(GString) file = g_string_new (contents);
      g_autofree char *path = NULL;

      g_assert_cmpuint (g_string_replace (file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                                          declarations[i], 1), ==, 1);
      path = write_tmp (fixture, "kommune.xml", file->str, file->len);
      g_assert_cmpint (import_ok (fixture->store, path), >, 0);
    }
}

/* --- undo ------------------------------------------------------------------ */

static void
test_undo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = strategy_fixture ("strategy-example.xml");
  g_autofree char *expected = hp_test_read_file (path, NULL);
  g_autofree char *empty = row_counts (fixture->db);
  g_autofree char *imported = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *exported = NULL;
  gint64 id = import_ok (fixture->store, path);

  imported = row_counts (fixture->db);
  g_assert_cmpstr (imported, ==, "strategy=1 assessment=6 strategy_snapshot=2 snapshot_assessment=5 "
                                 "focus_area=2 goal=2 goal_direction=3 action=3 action_direction=2 ");

  g_assert_true (hp_undo_stack_undo (fixture->undo, &error));
  g_assert_no_error (error);
  undone = row_counts (fixture->db);
  g_assert_cmpstr (undone, ==, empty);
  g_assert_cmpint (fixture->last_changed, ==, id);

  g_assert_true (hp_undo_stack_redo (fixture->undo, &error));
  g_assert_no_error (error);
  redone = row_counts (fixture->db);
  g_assert_cmpstr (redone, ==, imported);
  exported = export_text (fixture->store, id);
  g_assert_cmpstr (exported, ==, expected);
}

/* --- export errors --------------------------------------------------------- */

static void
test_export_errors (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->tmp_dir, "kommune.xml", NULL);
  g_autofree char *missing_dir = g_build_filename (fixture->tmp_dir, "mangler", "kommune.xml", NULL);
  g_autofree char *minimal = strategy_fixture ("strategy-minimal.xml");
  g_autofree char *kept = NULL;
  gint64 id = import_ok (fixture->store, minimal);

  /* A failed export leaves an older file as it was. */
  g_assert_true (g_file_set_contents (path, "older export", -1, &error));
  g_assert_false (hp_strategy_xml_export (fixture->store, id + 1, path, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_NOT_FOUND);
  g_clear_error (&error);
  kept = hp_test_read_file (path, NULL);
  g_assert_cmpstr (kept, ==, "older export");

  g_assert_false (hp_strategy_xml_export (fixture->store, id, missing_dir, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "mangler"));
  g_clear_error (&error);

  g_assert_cmpint (hp_strategy_xml_import (fixture->store, missing_dir, NULL, &error), ==, 0);
  g_assert_error (error, HP_ERROR, HP_ERROR_NOT_FOUND);
}

/* --- refused files --------------------------------------------------------- */

typedef struct {
  const char *file;       /* in tests/fixtures/strategy/ */
  int         code;
  int         line;       /* where the message must point */
  const char *expected;   /* and what it must say */
} BadFile;

static const BadFile bad_files[] = {
  /* The first error, not libxml2's last ("Premature end of data", line 13). */
  { "bad-malformed.xml", HP_ERROR_MALFORMED, 11, "not well-formed XML: Opening and ending tag mismatch" },
  { "bad-wrong-root.xml", HP_ERROR_INVALID, 2, "Expecting element hjemplan-strategy, got publication" },
  { "bad-wrong-namespace.xml", HP_ERROR_INVALID, 2, "wrong namespace" },
  { "bad-schema.xml", HP_ERROR_INVALID, 9, "priority" },
  /* The validator's detail with its line, not its summary without one. */
  { "bad-local-id.xml", HP_ERROR_INVALID, 14, "Invalid attribute id for element goal" },
  { "bad-xxe.xml", HP_ERROR_MALFORMED, 2, "DOCTYPE" },
  { "bad-invalid-utf8.xml", HP_ERROR_MALFORMED, 5, "UTF-8" },
  { "bad-latin1.xml", HP_ERROR_MALFORMED, 1, "“ISO-8859-1”; only UTF-8 is accepted" },
  { "bad-unknown-ids.xml", HP_ERROR_NOT_FOUND, 10,
    "The direction or sub-point “boligfastholdelse.a99” does not exist in the guidelines; "
    "4 more ids are unknown too: “boligfastholdelse.a1” (line 14), “boligfastholdelse” (line 19), "
    "“findes-ikke.a1” (line 20), “kapitel-1” (line 26)" },
  { "bad-unknown-goal.xml", HP_ERROR_NOT_FOUND, 14, "the goal “g2”, which is not in the file" },
  { "bad-impossible-date.xml", HP_ERROR_INVALID, 9, "The deadline is not a valid date" },
  { "bad-period-reversed.xml", HP_ERROR_INVALID, 4, "The period ends (2025) before it starts (2028)" },
  { "bad-period-1900.xml", HP_ERROR_INVALID, 4, "The year 1900 is outside 2000-2100" },
  { "bad-deadline-before-start.xml", HP_ERROR_INVALID, 9, "is before the start" },
  { "bad-duplicate-item.xml", HP_ERROR_INVALID, 11, "“boligfastholdelse.a1” occurs more than once" },
  { "bad-duplicate-goal.xml", HP_ERROR_INVALID, 12, "“g1” occurs more than once" },
  { "bad-two-baselines.xml", HP_ERROR_INVALID, 12, "Only one snapshot can be the baseline" },
  { "bad-unknown-figure.xml", HP_ERROR_INVALID, 9, "Unknown figure “housing.rent-level”" },
  { "bad-bad-time.xml", HP_ERROR_INVALID, 4, "“2025-13-10T08:15:00Z” is not a valid time" },
};

/* Imports @path expecting a refusal with @code whose message starts with
 * the file's name and @line (0: none) and contains @expected; nothing may
 * have been written, undone or announced. */
static void
assert_refused (Fixture    *fixture,
                const char *path,
                int         code,
                int         line,
                const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = row_counts (fixture->db);
  g_autofree char *after = NULL;
  g_autofree char *where = line > 0 ? g_strdup_printf ("%s:%d: ", path, line) : g_strdup (path);

  g_assert_cmpint (hp_strategy_xml_import (fixture->store, path, NULL, &error), ==, 0);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, HP_ERROR, code);
  if (line > 0)
    g_assert_true (g_str_has_prefix (error->message, where));
  else
    g_assert_nonnull (strstr (error->message, where));
  g_assert_nonnull (strstr (error->message, expected));
  after = row_counts (fixture->db);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (hp_undo_stack_can_undo (fixture->undo));
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  const BadFile *bad = data;
  g_autofree char *path = strategy_fixture (bad->file);

  assert_refused (fixture, path, bad->code, bad->line, bad->expected);
}

/* Past line 65,535 (where libxml2's own line numbers stop unless asked),
 * a schema error and one of the import's own checks both name the line. */
static void
test_refused_far_down (Fixture       *fixture,
                       gconstpointer  data)
{
  static const struct { const char *from, *to, *expected; } cases[] = {
    { "deadline=\"2025-02-30\"", "deadline=\"2025-02-30\"", "The deadline is not a valid date" },
    { "deadline=\"2025-02-30\" status=\"planned\"", "deadline=\"2025-02-28\" status=\"someday\"",
      "does not match the schema" },
  };
  g_autofree char *original = NULL;
  g_autofree char *source = strategy_fixture ("bad-impossible-date.xml");
  g_autofree char *dir = g_dir_make_tmp ("hjemplan-far-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "far-down.xml", NULL);
  g_autofree char *empty_lines = g_strnfill (70000, '\n');
  g_autofree char *padded = g_strconcat ("  <actions>\n", empty_lines, NULL);

  g_assert_true (g_file_get_contents (source, &original, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) xml = g_string_new (original);

      /* The <action> element was on line 9; 70,000 empty lines go before it. */
      g_assert_cmpuint (g_string_replace (xml, "  <actions>\n", padded, 1), ==, 1);
      g_assert_cmpuint (g_string_replace (xml, cases[i].from, cases[i].to, 1), ==, 1);
      g_assert_true (g_file_set_contents (path, xml->str, xml->len, NULL));
      assert_refused (fixture, path, HP_ERROR_INVALID, 70009, cases[i].expected);
    }
  hp_test_remove_tree (dir);
}

/* A file made against another edition is imported when every direction
 * it names exists, and the caller learns which edition it was. */
static void
test_other_edition (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = strategy_fixture ("strategy-example.xml");
  g_autofree char *path = g_build_filename (fixture->tmp_dir, "older.xml", NULL);
  g_autofree char *other_edition = NULL;

  hp_test_write_replacing (source, path, "<corpus edition=\"2020\"/>", "<corpus edition=\"2019\"/>");
  g_assert_cmpint (hp_strategy_xml_import (fixture->store, path, &other_edition, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpstr (other_edition, ==, "2019");
}

/* The entity's target must not leak into the message either. */
static void
test_refused_xxe_reads_nothing (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = strategy_fixture ("bad-xxe.xml");

  g_assert_cmpint (hp_strategy_xml_import (fixture->store, path, NULL, &error), ==, 0);
  g_assert_null (strstr (error->message, "root:"));
}

/* Refused where libxml2 meets the expansion (line 18) or, where it does not
 * expand at all, at the DOCTYPE (line 2); both are right, and quick. */
static void
test_refused_billion_laughs (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = strategy_fixture ("bad-billion-laughs.xml");
  g_autofree char *at_use = g_strdup_printf ("%s:18: not well-formed XML: ", path);
  g_autofree char *at_doctype = g_strdup_printf ("%s:2: document type declarations", path);

  g_assert_cmpint (hp_strategy_xml_import (fixture->store, path, NULL, &error), ==, 0);
  g_assert_error (error, HP_ERROR, HP_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, at_use) || g_str_has_prefix (error->message, at_doctype));
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM strategy"), ==, 0);
}

static void
test_refused_too_large (Fixture       *fixture,
                        gconstpointer  data)
{
  gsize size = HP_STRATEGY_XML_MAX_FILE_SIZE + 1;
  g_autofree char *contents = g_malloc (size);
  g_autofree char *path = NULL;
  g_autofree char *minimal = strategy_fixture ("strategy-minimal.xml");
  g_autofree char *start = hp_test_read_file (minimal, NULL);

  /* A valid file, padded with a comment to just over the cap. */
  memset (contents, 'x', size);
  memcpy (contents, "<!--", 4);
  memcpy (contents + size - 3, "-->", 3);
  path = write_tmp (fixture, "stor.xml", contents, size);
  assert_refused (fixture, path, HP_ERROR_TOO_LARGE, 0, "is too large");
  g_clear_pointer (&path, g_free);
  path = write_tmp (fixture, "lige-under.xml", start, -1);
  g_assert_cmpint (import_ok (fixture->store, path), >, 0);
}

static void
test_refused_huge_title (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *minimal = strategy_fixture ("strategy-minimal.xml");
  g_autofree char *contents = hp_test_read_file (minimal, NULL);
  g_autoptr(GString) title = g_string_new ("<title>");
  g_autoptr(GString) file = g_string_new (contents);
  g_autofree char *path = NULL;

  while (title->len < 1024 * 1024)
    g_string_append (title, "Hjemløsestrategi ");
  g_assert_cmpuint (g_string_replace (file, "<title>", title->str, 1), ==, 1);
  path = write_tmp (fixture, "kommune.xml", file->str, file->len);
  assert_refused (fixture, path, HP_ERROR_INVALID, 4, "The title is too long (at most 200 characters)");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/strategy-xml/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("golden", test_golden);
  ADD ("import-beside-others", test_import_beside_others);
  ADD ("round-trip-example", test_round_trip_example);
  ADD ("round-trip-store", test_round_trip_store);
  ADD ("round-trip-empty", test_round_trip_empty);
  ADD ("other-edition", test_other_edition);
  ADD ("utf8-spellings", test_utf8_spellings);
  ADD ("undo", test_undo);
  ADD ("export-errors", test_export_errors);
  ADD ("refused/xxe-reads-nothing", test_refused_xxe_reads_nothing);
  ADD ("refused/far-down", test_refused_far_down);
  ADD ("refused/billion-laughs", test_refused_billion_laughs);
  ADD ("refused/too-large", test_refused_too_large);
  ADD ("refused/huge-title", test_refused_huge_title);
#undef ADD
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *name = g_strdup_printf ("/strategy-xml/refused/%s", bad_files[i].file);

      g_test_add (name, Fixture, &bad_files[i], fixture_set_up, test_refused, fixture_tear_down);
    }

  return g_test_run ();
}
