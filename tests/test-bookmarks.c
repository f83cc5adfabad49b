/* test-bookmarks.c — HpBookmarks: setting and clearing bookmarks, the live
 * model, persistence, and what a corpus reload does to them
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "hp-bookmarks.h"
#include "hp-corpus-loader.h"
#include "hp-error.h"
#include "hp-test-util.h"

#define G1 "generel-forebyggelse-af-hjemloeshed"
#define G12_A1 "planlaegning-af-boligindsatsen.a1"
#define G12_A2_2 "planlaegning-af-boligindsatsen.a2.2"

typedef struct {
  HpDatabase  *db;
  HpCorpus    *corpus;
  HpBookmarks *bookmarks;
  guint        n_changed;
  char        *last_changed;
  guint        n_items_changed;
} Fixture;

static void
on_changed (HpBookmarks *bookmarks,
            const char  *item_id,
            Fixture     *fixture)
{
  fixture->n_changed++;
  g_free (fixture->last_changed);
  fixture->last_changed = g_strdup (item_id);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  fixture->n_items_changed++;
}

static void
watch (Fixture *fixture)
{
  g_signal_connect (fixture->bookmarks, "changed", G_CALLBACK (on_changed), fixture);
  g_signal_connect (hp_bookmarks_get_model (fixture->bookmarks), "items-changed",
                    G_CALLBACK (on_items_changed), fixture);
}

static HpBookmarks *
bookmarks_new_ok (HpCorpus *corpus)
{
  g_autoptr(GError) error = NULL;
  HpBookmarks *bookmarks = hp_bookmarks_new (corpus, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bookmarks);
  return bookmarks;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->db = hp_test_open_corpus_db ();
  fixture->corpus = hp_corpus_new (fixture->db);
  fixture->bookmarks = bookmarks_new_ok (fixture->corpus);
  watch (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->bookmarks);
  g_clear_object (&fixture->corpus);
  g_clear_object (&fixture->db);
  g_clear_pointer (&fixture->last_changed, g_free);
}

static void
add_ok (HpBookmarks *bookmarks,
        const char  *id)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = hp_bookmarks_add (bookmarks, id, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
remove_ok (HpBookmarks *bookmarks,
           const char  *id)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = hp_bookmarks_remove (bookmarks, id, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
reload_ok (HpBookmarks *bookmarks)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = hp_bookmarks_reload (bookmarks, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

/* The ids the model lists, joined by spaces ("" when empty). */
static char *
listed (HpBookmarks *bookmarks)
{
  GListModel *model = hp_bookmarks_get_model (bookmarks);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HpCorpusItem) item = g_list_model_get_item (model, i);
      g_strv_builder_add (builder, hp_corpus_item_get_id (item));
    }
  ids = g_strv_builder_end (builder);
  return g_strjoinv (" ", ids);
}



/* --- tests ---------------------------------------------------------------- */

static void
test_add_remove (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;
  g_autofree char *after_remove = NULL;

  g_assert_false (hp_bookmarks_is_bookmarked (fixture->bookmarks, G12_A1));
  g_assert_cmpuint (g_list_model_get_n_items (hp_bookmarks_get_model (fixture->bookmarks)), ==, 0);

  add_ok (fixture->bookmarks, G12_A1);
  g_assert_true (hp_bookmarks_is_bookmarked (fixture->bookmarks, G12_A1));
  one = listed (fixture->bookmarks);
  g_assert_cmpstr (one, ==, G12_A1);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_cmpstr (fixture->last_changed, ==, G12_A1);
  g_assert_cmpuint (fixture->n_items_changed, ==, 1);

  /* A guideline earlier in the publication goes before it: document order. */
  add_ok (fixture->bookmarks, G1);
  two = listed (fixture->bookmarks);
  g_assert_cmpstr (two, ==, G1 " " G12_A1);
  g_assert_cmpuint (fixture->n_changed, ==, 2);
  g_assert_cmpstr (fixture->last_changed, ==, G1);
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM user_bookmark"), ==, 2);

  remove_ok (fixture->bookmarks, G12_A1);
  g_assert_false (hp_bookmarks_is_bookmarked (fixture->bookmarks, G12_A1));
  g_assert_true (hp_bookmarks_is_bookmarked (fixture->bookmarks, G1));
  after_remove = listed (fixture->bookmarks);
  g_assert_cmpstr (after_remove, ==, G1);
  g_assert_cmpuint (fixture->n_changed, ==, 3);
  g_assert_cmpstr (fixture->last_changed, ==, G12_A1);
  g_assert_cmpuint (fixture->n_items_changed, ==, 3);
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM user_bookmark"), ==, 1);
}

/* Adding twice and removing what is not there change nothing and say so
 * to nobody. */
static void
test_idempotent (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *ids = NULL;

  add_ok (fixture->bookmarks, G12_A2_2);
  add_ok (fixture->bookmarks, G12_A2_2);
  remove_ok (fixture->bookmarks, G12_A1);

  ids = listed (fixture->bookmarks);
  g_assert_cmpstr (ids, ==, G12_A2_2);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_cmpuint (fixture->n_items_changed, ==, 1);
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM user_bookmark"), ==, 1);
}

static void
toggle_ok (HpBookmarks *bookmarks,
           const char  *id,
           gboolean     expected)
{
  g_autoptr(GError) error = NULL;
  gboolean bookmarked = !expected;
  gboolean ok = hp_bookmarks_toggle (bookmarks, id, &bookmarked, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (bookmarked, ==, expected);
  g_assert_cmpint (hp_bookmarks_is_bookmarked (bookmarks, id), ==, expected);
}

static void
test_toggle (Fixture       *fixture,
             gconstpointer  data)
{
  GListModel *model = hp_bookmarks_get_model (fixture->bookmarks);
  g_autoptr(HpCorpusItem) item = NULL;

  toggle_ok (fixture->bookmarks, G12_A1, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  item = g_list_model_get_item (model, 0);
  g_assert_cmpstr (hp_corpus_item_get_kind (item), ==, "direction");
  g_assert_true (g_str_has_prefix (hp_corpus_item_get_text (item),
                                   "Kommunen bør udarbejde en kortlægning af boligmassen"));

  toggle_ok (fixture->bookmarks, G12_A1, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpuint (fixture->n_changed, ==, 2);
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM user_bookmark"), ==, 0);
}

static void
test_unknown_id_refused (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = hp_bookmarks_add (fixture->bookmarks, "no-such-item", &error);

  g_assert_error (error, HP_ERROR, HP_ERROR_NOT_FOUND);
  g_assert_false (ok);
  g_assert_false (hp_bookmarks_is_bookmarked (fixture->bookmarks, "no-such-item"));
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM user_bookmark"), ==, 0);
  g_assert_cmpuint (fixture->n_changed, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (hp_bookmarks_get_model (fixture->bookmarks)), ==, 0);
}

/* A row for an id the corpus does not have (as a newer edition's bookmark
 * would be) is kept and reported as bookmarked, but never listed; it can
 * still be removed. */
static void
test_unknown_id_not_listed (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;

  add_ok (fixture->bookmarks, G12_A1);
  hp_database_exec (fixture->db, "INSERT INTO user_bookmark (item_id, created_at) "
                                 "VALUES ('retningslinje-fra-2030.a1', '2030-01-01T00:00:00Z')",
                    &error);
  g_assert_no_error (error);
  reload_ok (fixture->bookmarks);

  ids = listed (fixture->bookmarks);
  g_assert_cmpstr (ids, ==, G12_A1);
  g_assert_true (hp_bookmarks_is_bookmarked (fixture->bookmarks, "retningslinje-fra-2030.a1"));
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM user_bookmark"), ==, 2);

  remove_ok (fixture->bookmarks, "retningslinje-fra-2030.a1");
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM user_bookmark"), ==, 1);
  g_assert_false (hp_bookmarks_is_bookmarked (fixture->bookmarks, "retningslinje-fra-2030.a1"));
}

static void
assert_listed_item_current (HpCorpus    *corpus,
                            HpBookmarks *bookmarks,
                            guint        position,
                            const char  *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCorpusItem) listed_item =
    g_list_model_get_item (hp_bookmarks_get_model (bookmarks), position);
  g_autoptr(HpCorpusItem) current = hp_corpus_lookup (corpus, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (listed_item);
  g_assert_cmpstr (hp_corpus_item_get_id (listed_item), ==, id);
  /* Not a stale snapshot of the corpus before the reload. */
  g_assert_cmpint (hp_corpus_item_get_seq (listed_item), ==, hp_corpus_item_get_seq (current));
}

/* Loading another corpus (the minimal fixture, which has princip-1 but
 * none of the guidelines) and then the shipped one again. */
static void
test_corpus_reload (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *minimal = hp_test_fixture ("corpus-minimal.xml");
  g_autofree char *full = hp_test_data_file ("guidelines.xml");
  g_autofree char *during = NULL;
  g_autofree char *after = NULL;
  gint64 seq_before;

  add_ok (fixture->bookmarks, G12_A1);
  add_ok (fixture->bookmarks, "princip-1");
  {
    g_autoptr(HpCorpusItem) item = g_list_model_get_item (hp_bookmarks_get_model (fixture->bookmarks), 0);
    seq_before = hp_corpus_item_get_seq (item);
  }

  hp_test_load_corpus (fixture->db, minimal);
  reload_ok (fixture->bookmarks);
  during = listed (fixture->bookmarks);
  g_assert_cmpstr (during, ==, "princip-1");
  assert_listed_item_current (fixture->corpus, fixture->bookmarks, 0, "princip-1");
  {
    /* The minimal corpus puts princip-1 elsewhere, so the check above
     * tells a refreshed item from a stale one. */
    g_autoptr(HpCorpusItem) item = g_list_model_get_item (hp_bookmarks_get_model (fixture->bookmarks), 0);
    g_assert_cmpint (hp_corpus_item_get_seq (item), !=, seq_before);
  }
  g_assert_true (hp_bookmarks_is_bookmarked (fixture->bookmarks, G12_A1));
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM user_bookmark"), ==, 2);
  g_assert_null (fixture->last_changed);   /* a reload changes "everything" */

  hp_test_load_corpus (fixture->db, full);
  reload_ok (fixture->bookmarks);
  after = listed (fixture->bookmarks);
  g_assert_cmpstr (after, ==, "princip-1 " G12_A1);
  assert_listed_item_current (fixture->corpus, fixture->bookmarks, 0, "princip-1");
  assert_listed_item_current (fixture->corpus, fixture->bookmarks, 1, G12_A1);
}

static void
test_persistence (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hjemplan-bookmarks-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *xml = hp_test_data_file ("guidelines.xml");
  g_autofree char *ids = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "kommune.db", NULL);
  {
    g_autoptr(HpDatabase) db = hp_database_open (path, &error);
    g_autoptr(HpCorpus) corpus = NULL;
    g_autoptr(HpBookmarks) bookmarks = NULL;

    g_assert_no_error (error);
    hp_test_load_corpus (db, xml);
    corpus = hp_corpus_new (db);
    bookmarks = bookmarks_new_ok (corpus);
    add_ok (bookmarks, G12_A2_2);
    add_ok (bookmarks, G1);
    add_ok (bookmarks, G12_A1);
    remove_ok (bookmarks, G12_A1);
  }
  {
    g_autoptr(HpDatabase) db = hp_database_open (path, &error);
    g_autoptr(HpCorpus) corpus = NULL;
    g_autoptr(HpBookmarks) bookmarks = NULL;

    g_assert_no_error (error);
    corpus = hp_corpus_new (db);
    bookmarks = bookmarks_new_ok (corpus);
    ids = listed (bookmarks);
    g_assert_cmpstr (ids, ==, G1 " " G12_A2_2);
    g_assert_false (hp_bookmarks_is_bookmarked (bookmarks, G12_A1));
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
  g_test_add ("/bookmarks/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("add-remove", test_add_remove);
  ADD ("idempotent", test_idempotent);
  ADD ("toggle", test_toggle);
  ADD ("unknown-id-refused", test_unknown_id_refused);
  ADD ("unknown-id-not-listed", test_unknown_id_not_listed);
  ADD ("corpus-reload", test_corpus_reload);
#undef ADD
  g_test_add_func ("/bookmarks/persistence", test_persistence);

  return g_test_run ();
}
