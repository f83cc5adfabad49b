/* test-notes.c — HpNotes: a personal note per item, stored as written,
 * validated, persistent and independent of corpus reloads
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include "hp-corpus-loader.h"
#include "hp-error.h"
#include "hp-notes.h"
#include "hp-test-util.h"

#define G1 "generel-forebyggelse-af-hjemloeshed"
#define G12_A1 "planlaegning-af-boligindsatsen.a1"

/* Leading and trailing blanks, a blank line and non-ASCII letters: all of
 * it must come back byte for byte. */
#define NOTE_TEXT "  Drøftes i socialudvalget — ønske om kortlægning i 2025.\n\nAnsvar: Åse  "

typedef struct {
  HpDatabase *db;
  HpCorpus   *corpus;
  HpNotes    *notes;
  guint       n_changed;
  char       *last_changed;
} Fixture;

static void
on_note_changed (HpNotes    *notes,
                 const char *item_id,
                 Fixture    *fixture)
{
  fixture->n_changed++;
  g_free (fixture->last_changed);
  fixture->last_changed = g_strdup (item_id);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->db = hp_test_open_corpus_db ();
  fixture->corpus = hp_corpus_new (fixture->db);
  fixture->notes = hp_notes_new (fixture->corpus);
  g_signal_connect (fixture->notes, "note-changed", G_CALLBACK (on_note_changed), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->notes);
  g_clear_object (&fixture->corpus);
  g_clear_object (&fixture->db);
  g_clear_pointer (&fixture->last_changed, g_free);
}

static void
set_ok (HpNotes    *notes,
        const char *id,
        const char *text)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = hp_notes_set (notes, id, text, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static char *
get_ok (HpNotes    *notes,
        const char *id)
{
  g_autoptr(GError) error = NULL;
  char *text = hp_notes_get (notes, id, &error);

  g_assert_no_error (error);
  return text;
}

static char *
list_joined (HpNotes *notes)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = hp_notes_list_ids (notes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ids);
  return g_strjoinv (" ", ids);
}



/* A string of @n copies of "æ" (two bytes each in UTF-8). */
static char *
repeat_ae (gsize n)
{
  GString *out = g_string_sized_new (2 * n + 1);

  for (gsize i = 0; i < n; i++)
    g_string_append (out, "æ");
  return g_string_free (out, FALSE);
}

/* --- tests ---------------------------------------------------------------- */

static void
test_set_get_delete (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *none = get_ok (fixture->notes, G12_A1);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *deleted = NULL;

  g_assert_null (none);
  g_assert_false (hp_notes_has_note (fixture->notes, G12_A1));

  set_ok (fixture->notes, G12_A1, NOTE_TEXT);
  first = get_ok (fixture->notes, G12_A1);
  g_assert_cmpstr (first, ==, NOTE_TEXT);
  g_assert_true (hp_notes_has_note (fixture->notes, G12_A1));
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_cmpstr (fixture->last_changed, ==, G12_A1);

  /* The same text again writes nothing and tells nobody. */
  set_ok (fixture->notes, G12_A1, NOTE_TEXT);
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  set_ok (fixture->notes, G12_A1, "Færdig.");
  second = get_ok (fixture->notes, G12_A1);
  g_assert_cmpstr (second, ==, "Færdig.");
  g_assert_cmpuint (fixture->n_changed, ==, 2);
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM user_note"), ==, 1);

  set_ok (fixture->notes, G12_A1, "");
  deleted = get_ok (fixture->notes, G12_A1);
  g_assert_null (deleted);
  g_assert_false (hp_notes_has_note (fixture->notes, G12_A1));
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM user_note"), ==, 0);
  g_assert_cmpuint (fixture->n_changed, ==, 3);
  g_assert_cmpstr (fixture->last_changed, ==, G12_A1);

  /* Deleting what is not there is no change. */
  set_ok (fixture->notes, G12_A1, "");
  g_assert_cmpuint (fixture->n_changed, ==, 3);
}

static void
assert_refused (Fixture    *fixture,
                const char *id,
                const char *text,
                int         code)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = hp_notes_set (fixture->notes, id, text, &error);

  g_assert_error (error, HP_ERROR, code);
  g_assert_false (ok);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_invalid_utf8 (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *kept = NULL;
  g_autofree char *nothing = NULL;

  set_ok (fixture->notes, G12_A1, "Gammel note");
  assert_refused (fixture, G12_A1, "Ny note \xff\xfe", HP_ERROR_INVALID);
  /* Latin-1 "ø", as a paste from an old document would bring it. */
  assert_refused (fixture, G1, "K\xf8" "benhavn", HP_ERROR_INVALID);

  kept = get_ok (fixture->notes, G12_A1);
  g_assert_cmpstr (kept, ==, "Gammel note");
  nothing = get_ok (fixture->notes, G1);
  g_assert_null (nothing);
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM user_note"), ==, 1);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
}

/* The limit counts characters: 20,000 "æ" (40,000 bytes) are accepted,
 * one more is refused. */
static void
test_too_long (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *at_limit = repeat_ae (HP_NOTE_MAX_CHARS);
  g_autofree char *over = repeat_ae (HP_NOTE_MAX_CHARS + 1);
  g_autofree char *stored = NULL;

  g_assert_cmpint (HP_NOTE_MAX_CHARS, ==, 20000);
  assert_refused (fixture, G1, over, HP_ERROR_TOO_LARGE);
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM user_note"), ==, 0);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  set_ok (fixture->notes, G1, at_limit);
  stored = get_ok (fixture->notes, G1);
  g_assert_cmpuint (strlen (stored), ==, 2 * HP_NOTE_MAX_CHARS);
  g_assert_cmpstr (stored, ==, at_limit);

  /* Refusing a change leaves the note as it was. */
  assert_refused (fixture, G1, over, HP_ERROR_TOO_LARGE);
  g_clear_pointer (&stored, g_free);
  stored = get_ok (fixture->notes, G1);
  g_assert_cmpstr (stored, ==, at_limit);
}

static void
test_unknown_id (Fixture       *fixture,
                 gconstpointer  data)
{
  assert_refused (fixture, "no-such-item", "Note", HP_ERROR_NOT_FOUND);
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM user_note"), ==, 0);
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

/* Document order, and notes on items the corpus lacks at the end. */
static void
test_list_ids (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;

  set_ok (fixture->notes, G12_A1, "b");
  set_ok (fixture->notes, G1, "a");
  hp_database_exec (fixture->db, "INSERT INTO user_note (item_id, text, changed_at) "
                                 "VALUES ('aaa-fra-en-anden-udgave', 'c', '2030-01-01T00:00:00Z')",
                    &error);
  g_assert_no_error (error);

  ids = list_joined (fixture->notes);
  g_assert_cmpstr (ids, ==, G1 " " G12_A1 " aaa-fra-en-anden-udgave");
}

static void
test_corpus_reload (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *minimal = hp_test_fixture ("corpus-minimal.xml");
  g_autofree char *full = hp_test_data_file ("guidelines.xml");
  g_autofree char *during = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *after = NULL;

  set_ok (fixture->notes, G12_A1, NOTE_TEXT);
  set_ok (fixture->notes, "princip-1", "Grundlaget");

  hp_test_load_corpus (fixture->db, minimal);
  during = list_joined (fixture->notes);
  g_assert_cmpstr (during, ==, "princip-1 " G12_A1);
  kept = get_ok (fixture->notes, G12_A1);
  g_assert_cmpstr (kept, ==, NOTE_TEXT);

  /* A note whose item is gone can still be edited… */
  set_ok (fixture->notes, G12_A1, "Redigeret");
  edited = get_ok (fixture->notes, G12_A1);
  g_assert_cmpstr (edited, ==, "Redigeret");
  /* …but no new note can be put on an item the corpus lacks. */
  assert_refused (fixture, G1, "Ny", HP_ERROR_NOT_FOUND);

  hp_test_load_corpus (fixture->db, full);
  after = list_joined (fixture->notes);
  g_assert_cmpstr (after, ==, "princip-1 " G12_A1);
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM user_note"), ==, 2);
}

static void
test_persistence (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hjemplan-notes-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *xml = hp_test_data_file ("guidelines.xml");

  g_assert_no_error (error);
  path = g_build_filename (dir, "kommune.db", NULL);
  {
    g_autoptr(HpDatabase) db = hp_database_open (path, &error);
    g_autoptr(HpCorpus) corpus = NULL;
    g_autoptr(HpNotes) notes = NULL;

    g_assert_no_error (error);
    hp_test_load_corpus (db, xml);
    corpus = hp_corpus_new (db);
    notes = hp_notes_new (corpus);
    set_ok (notes, G12_A1, NOTE_TEXT);
    set_ok (notes, G1, "slettes");
    set_ok (notes, G1, "");
  }
  {
    g_autoptr(HpDatabase) db = hp_database_open (path, &error);
    g_autoptr(HpCorpus) corpus = NULL;
    g_autoptr(HpNotes) notes = NULL;
    g_autofree char *text = NULL;
    g_autofree char *ids = NULL;

    g_assert_no_error (error);
    corpus = hp_corpus_new (db);
    notes = hp_notes_new (corpus);
    text = get_ok (notes, G12_A1);
    g_assert_cmpstr (text, ==, NOTE_TEXT);
    ids = list_joined (notes);
    g_assert_cmpstr (ids, ==, G12_A1);
  }

  for (const char * const *suffix = (const char * const[]) { "", "-wal", "-shm", NULL }; *suffix; suffix++)
    {
      g_autofree char *file = g_strconcat (path, *suffix, NULL);
      g_remove (file);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/notes/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("set-get-delete", test_set_get_delete);
  ADD ("invalid-utf8", test_invalid_utf8);
  ADD ("too-long", test_too_long);
  ADD ("unknown-id", test_unknown_id);
  ADD ("list-ids", test_list_ids);
  ADD ("corpus-reload", test_corpus_reload);
#undef ADD
  g_test_add_func ("/notes/persistence", test_persistence);

  return g_test_run ();
}
