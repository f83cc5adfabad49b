/* test-corpus-loader.c — loading corpus files: the items a good file gives,
 * and the refusal of bad ones without touching the database
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "hp-corpus-loader.h"
#include "hp-error.h"
#include "hp-test-util.h"

/* Refusing a bad file must not take long, whatever is in it. */
#define MAX_REFUSAL_SECONDS 2.0

/* A database with corpus-minimal.xml loaded, and a private temporary
 * directory for files made by the test. */
typedef struct {
  HpDatabase *db;
  HpCorpus   *corpus;
  char       *tmp;
} Loaded;

/* What a load would change: compared before and after a refused load. */
typedef struct {
  char  *checksum;
  gint64 items;
  gint64 footnote_refs;
  gint64 lawrefs;
  gint64 xrefs;
} Snapshot;

/* --- helpers ------------------------------------------------------------ */

static char *
schema_path (void)
{
  return hp_test_data_file ("guidelines.rng");
}

static void
load_ok (HpDatabase *db,
         const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *schema = schema_path ();
  gboolean ok;

  ok = hp_corpus_loader_load (db, path, schema, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
loaded_setup (Loaded        *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *minimal = hp_test_fixture ("corpus-minimal.xml");

  fixture->db = hp_database_open (":memory:", &error);
  g_assert_no_error (error);
  fixture->corpus = hp_corpus_new (fixture->db);
  fixture->tmp = g_dir_make_tmp ("hjemplan-corpus-XXXXXX", &error);
  g_assert_no_error (error);
  load_ok (fixture->db, minimal);
}

static void
loaded_teardown (Loaded        *fixture,
                 gconstpointer  data)
{
  hp_test_remove_tree (fixture->tmp);
  g_free (fixture->tmp);
  g_clear_object (&fixture->corpus);
  g_clear_object (&fixture->db);
}

#define ADD_LOADED_TEST(name, data, func) \
  g_test_add (name, Loaded, data, loaded_setup, func, loaded_teardown)

static gint64
query_int (HpDatabase *db,
           const char *sql,
           const char *param)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = hp_database_prepare (db, sql, &error);
  gint64 value;

  g_assert_no_error (error);
  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

static char *
edition_checksum (HpCorpus *corpus)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCorpusEdition) edition = hp_corpus_get_edition (corpus, &error);

  g_assert_no_error (error);
  return edition != NULL ? g_strdup (edition->checksum) : NULL;
}

static char *
file_md5 (const char *path)
{
  gsize length;
  g_autofree char *contents = hp_test_read_file (path, &length);

  return g_compute_checksum_for_data (G_CHECKSUM_MD5, (const guchar *) contents, length);
}

static void
snapshot_take (Loaded   *fixture,
               Snapshot *snapshot)
{
  HpDatabase *db = fixture->db;

  snapshot->checksum = edition_checksum (fixture->corpus);
  snapshot->items = query_int (db, "SELECT count(*) FROM corpus_item", NULL);
  snapshot->footnote_refs = query_int (db, "SELECT count(*) FROM corpus_footnote_ref", NULL);
  snapshot->lawrefs = query_int (db, "SELECT count(*) FROM corpus_lawref", NULL);
  snapshot->xrefs = query_int (db, "SELECT count(*) FROM corpus_xref", NULL);
}

static void
assert_unchanged_since (Loaded   *fixture,
                        Snapshot *before)
{
  Snapshot after;

  snapshot_take (fixture, &after);
  g_assert_nonnull (before->checksum);
  g_assert_cmpstr (after.checksum, ==, before->checksum);
  g_assert_cmpint (after.items, ==, before->items);
  g_assert_cmpint (after.footnote_refs, ==, before->footnote_refs);
  g_assert_cmpint (after.lawrefs, ==, before->lawrefs);
  g_assert_cmpint (after.xrefs, ==, before->xrefs);
  /* No transaction left open behind the failure. */
  g_assert_true (sqlite3_get_autocommit (hp_database_get_handle (fixture->db)));
  g_free (after.checksum);
  g_free (before->checksum);
}

/* The error has @code and names the file. */
static void
assert_error_names (const GError *error,
                    int           code,
                    const char   *path)
{
  g_assert_error (error, HP_ERROR, code);
  g_test_message ("error: %s", error->message);
  g_assert_nonnull (strstr (error->message, path));
}

static gboolean
error_has_line (const GError *error,
                const char   *path,
                int           line)
{
  g_autofree char *location = g_strdup_printf ("%s:%d:", path, line);

  return strstr (error->message, location) != NULL;
}

static void
assert_error_at (const GError *error,
                 int           code,
                 const char   *path,
                 int           line)
{
  assert_error_names (error, code, path);
  g_assert_true (error_has_line (error, path, line));
}

/* Loading @path over the loaded minimal corpus fails with @code, quickly,
 * and leaves the corpus as it was.  Returns the error. */
static GError *
load_refused (Loaded     *fixture,
              const char *path,
              int         code)
{
  GError *error = NULL;
  g_autofree char *schema = schema_path ();
  g_autoptr(GTimer) timer = g_timer_new ();
  Snapshot before;
  gboolean ok;

  snapshot_take (fixture, &before);
  ok = hp_corpus_loader_load (fixture->db, path, schema, &error);
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, MAX_REFUSAL_SECONDS);
  g_assert_false (ok);
  assert_error_names (error, code, path);
  assert_unchanged_since (fixture, &before);
  return error;
}

static void
assert_load_refused (Loaded     *fixture,
                     const char *path,
                     int         code,
                     int         line)
{
  g_autoptr(GError) error = load_refused (fixture, path, code);

  if (line > 0)
    g_assert_true (error_has_line (error, path, line));
}

static char *
write_tmp_file (Loaded     *fixture,
                const char *name,
                const char *contents,
                gsize       length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->tmp, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

static char *
copy_fixture (Loaded     *fixture,
              const char *name,
              const char *extra)
{
  g_autofree char *source = hp_test_fixture (name);
  gsize length;
  g_autofree char *contents = hp_test_read_file (source, &length);
  g_autofree char *changed = g_strconcat (contents, extra, NULL);

  return write_tmp_file (fixture, "corpus.xml", changed, strlen (changed));
}

static HpCorpusItem *
lookup (Loaded     *fixture,
        const char *id)
{
  g_autoptr(GError) error = NULL;
  HpCorpusItem *item = hp_corpus_lookup (fixture->corpus, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (item);
  return item;
}

/* --- the valid minimal corpus ----------------------------------------- */

static void
assert_minimal_counts (const HpCorpusCounts *counts)
{
  g_assert_cmpuint (counts->chapters, ==, 1);
  g_assert_cmpuint (counts->guidelines, ==, 2);
  g_assert_cmpuint (counts->principles, ==, 1);
  g_assert_cmpuint (counts->core_principles, ==, 1);
  g_assert_cmpuint (counts->support_methods, ==, 1);
  g_assert_cmpuint (counts->directions, ==, 3);
  g_assert_cmpuint (counts->subpoints, ==, 2);
  g_assert_cmpuint (counts->footnotes, ==, 2);
  g_assert_cmpuint (counts->lawrefs, ==, 4);
  g_assert_cmpuint (counts->literature, ==, 1);
  g_assert_cmpuint (counts->xrefs, ==, 1);
}

static void
test_load_counts (Loaded        *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HpCorpusCounts counts = { 0 };
  gboolean ok;

  ok = hp_corpus_loader_count (fixture->db, &counts, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  assert_minimal_counts (&counts);
}

static void
test_load_edition (Loaded        *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCorpusEdition) edition = hp_corpus_get_edition (fixture->corpus, &error);
  g_autofree char *minimal = hp_test_fixture ("corpus-minimal.xml");
  g_autofree char *md5 = file_md5 (minimal);

  g_assert_no_error (error);
  g_assert_cmpstr (edition->edition, ==, "2020");
  g_assert_cmpstr (edition->title, ==, "Testretningslinjer");
  g_assert_cmpstr (edition->publisher, ==, "Testforlaget");
  g_assert_cmpstr (edition->published, ==, "2020-12");
  g_assert_cmpstr (edition->isbn_digital, ==, "978-87-00000-01-2");
  g_assert_cmpstr (edition->isbn_print, ==, "978-87-00000-02-9");
  g_assert_cmpstr (edition->rights, ==, "Der kan frit citeres med angivelse af kilde.");
  g_assert_cmpstr (edition->checksum, ==, md5);
}

typedef struct {
  const char       *id;
  const char       *kind;
  HpClassification  classification;
  const char       *page_id;
  const char       *text;
  const char       *markup;
} ExpectedItem;

static const ExpectedItem expected_items[] = {
  { "forebyggelse.a1", "direction", HP_CLASSIFICATION_SKAL, "forebyggelse",
    "Kommunen skal yde rådgivning.",
    "Kommunen <b>skal</b> yde rådgivning<a href=\"fn:1\"><sup>1</sup></a>." },
  { "forebyggelse.a1.1", "subpoint", HP_CLASSIFICATION_BOER, "forebyggelse",
    "Kommunen & regionen bør informere borgerne.",
    "Kommunen &amp; regionen bør informere<a href=\"fn:2\"><sup>2</sup></a> borgerne." },
  { "forebyggelse.a1.2", "subpoint", HP_CLASSIFICATION_KAN, "forebyggelse",
    "Kommunen kan samarbejde med frivillige.",
    "Kommunen kan samarbejde med <a href=\"https://example.org/\">frivillige</a>." },
  { "forebyggelse.a2", "direction", HP_CLASSIFICATION_GOD_PRAKSIS, "forebyggelse",
    "Det er god praksis at følge op.", "Det er god praksis at følge op." },
  { "hf-kerneprincip-1", "core-principle", HP_CLASSIFICATION_NONE, "housing-first",
    "Boligen er en basal menneskeret.", "Boligen er en basal menneskeret." },
  { "fn-2", "footnote", HP_CLASSIFICATION_NONE, NULL,
    "Servicelovens § 11, stk. 2 og 7, almenboliglovens § 59 og servicelovens §§ 82a-82d, "
    "jf. lov nr. 1543 af 1. december 2020.",
    "Servicelovens § 11, stk. 2 og 7, almenboliglovens § 59 og servicelovens §§ 82a-82d, "
    "jf. lov nr. 1543 af 1. december 2020." },
  { "lit-1", "literature-entry", HP_CLASSIFICATION_NONE, "litteraturliste",
    "Socialstyrelsen (2020): Testpublikation.",
    "Socialstyrelsen (2020): <i>Testpublikation</i>." },
};

static void
assert_item (Loaded             *fixture,
             const ExpectedItem *expected)
{
  g_autoptr(HpCorpusItem) item = lookup (fixture, expected->id);

  g_test_message ("item %s", expected->id);
  g_assert_cmpstr (hp_corpus_item_get_kind (item), ==, expected->kind);
  g_assert_cmpint (hp_corpus_item_get_classification (item), ==, expected->classification);
  g_assert_cmpstr (hp_corpus_item_get_page_id (item), ==, expected->page_id);
  g_assert_cmpstr (hp_corpus_item_get_text (item), ==, expected->text);
  g_assert_cmpstr (hp_corpus_item_get_markup (item), ==, expected->markup);
}

static void
test_load_items (Loaded        *fixture,
                 gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (expected_items); i++)
    assert_item (fixture, &expected_items[i]);
}

static void
test_load_hierarchy (Loaded        *fixture,
                     gconstpointer  data)
{
  g_autoptr(HpCorpusItem) guideline = lookup (fixture, "forebyggelse");
  g_autoptr(HpCorpusItem) footnote = lookup (fixture, "fn-1");
  g_autoptr(HpCorpusItem) method = lookup (fixture, "metode-cti");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) children = hp_corpus_list_children (fixture->corpus, guideline, &error);
  static const char * const kinds[] = { "purpose", "supports", "know", "directions", "practice" };

  g_assert_no_error (error);
  g_assert_cmpstr (hp_corpus_item_get_number (guideline), ==, "1");
  g_assert_cmpint (hp_corpus_item_get_page (guideline), ==, 9);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, G_N_ELEMENTS (kinds));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(HpCorpusItem) child = g_list_model_get_item (children, i);
      g_assert_cmpstr (hp_corpus_item_get_kind (child), ==, kinds[i]);
    }
  g_assert_cmpint (hp_corpus_item_get_parent_seq (footnote), ==, 0);
  g_assert_cmpstr (hp_corpus_item_get_number (method), ==, "CTI");
  g_assert_cmpstr (hp_corpus_item_get_title (method), ==, "Critical Time Intervention");
}

static gint64
count_footnote_ref (Loaded     *fixture,
                    const char *item_id,
                    const char *footnote)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM corpus_footnote_ref r "
                                          "JOIN corpus_item i ON i.seq = r.item_seq "
                                          "WHERE i.id = ? AND r.footnote = %s", footnote);

  return query_int (fixture->db, sql, item_id);
}

static void
test_load_references (Loaded        *fixture,
                      gconstpointer  data)
{
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM corpus_footnote_ref", NULL), ==, 3);
  g_assert_cmpint (count_footnote_ref (fixture, "forebyggelse.a1", "1"), ==, 1);
  g_assert_cmpint (count_footnote_ref (fixture, "forebyggelse.a1.1", "2"), ==, 1);
  g_assert_cmpint (count_footnote_ref (fixture, "forebyggelse.a1.1", "1"), ==, 0);
  /* The paragraph holding the cross-reference, and its link. */
  g_assert_cmpint (query_int (fixture->db,
                              "SELECT count(*) FROM corpus_xref x JOIN corpus_item i "
                              "ON i.seq = x.item_seq WHERE x.target_id = ? "
                              "AND i.text = 'Se også Retningslinje for boligindsats.' "
                              "AND i.markup = 'Se også <a href=\"xref:boligindsats\"><i>"
                              "Retningslinje for boligindsats</i></a>.'", "boligindsats"), ==, 1);
  /* No marker text is left in any plain text. */
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM corpus_item "
                              "WHERE instr (text, '<') > 0 OR instr (text, 'fn:') > 0", NULL), ==, 0);
}

/* @act is "TYPE NUMBER DATE", or "" when the reference names no act. */
static void
assert_lawref (const HpLawRef *ref,
               const char     *law,
               const char     *paragraph,
               const char     *paragraph_to,
               const char     *stk,
               const char     *act)
{
  g_autofree char *actual_act = g_strjoin (" ", ref->act_type, ref->act_number, ref->act_date, NULL);

  g_assert_cmpstr (ref->law, ==, law);
  g_assert_cmpstr (ref->paragraph, ==, paragraph);
  g_assert_cmpstr (ref->paragraph_to, ==, paragraph_to);
  g_assert_cmpstr (ref->stk, ==, stk);
  g_assert_cmpstr (g_strstrip (actual_act), ==, act);
}

static GPtrArray *
list_lawrefs (Loaded     *fixture,
              const char *footnote_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCorpusItem) footnote = lookup (fixture, footnote_id);
  GPtrArray *refs = hp_corpus_list_lawrefs (fixture->corpus, footnote, &error);

  g_assert_no_error (error);
  return refs;
}

static void
test_load_lawrefs (Loaded        *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) first = list_lawrefs (fixture, "fn-1");
  g_autoptr(GPtrArray) second = list_lawrefs (fixture, "fn-2");

  g_assert_cmpuint (first->len, ==, 1);
  assert_lawref (first->pdata[0], "serviceloven", "110", "", "", "lbk 1287 2020-08-28");
  g_assert_cmpuint (second->len, ==, 3);
  assert_lawref (second->pdata[0], "serviceloven", "11", "", "2 7", "");
  assert_lawref (second->pdata[1], "almenboligloven", "59", "", "", "");
  assert_lawref (second->pdata[2], "serviceloven", "82a", "82d", "", "lov 1543 2020-12-01");
  g_assert_cmpstr (((HpLawRef *) second->pdata[1])->law_name, ==, "Almenboligloven");
}

/* --- refused files ------------------------------------------------------ */

typedef struct {
  const char *test;
  const char *file;
  int         code;
  int         line;       /* where the error is, or 0 where no line applies */
  const char *says;       /* a part of the message, or NULL */
} BadFixture;

static const BadFixture bad_fixtures[] = {
  { "/corpus-loader/refused/malformed", "corpus-malformed.xml", HP_ERROR_MALFORMED, 47 },
  { "/corpus-loader/refused/wrong-root", "corpus-wrong-root.xml", HP_ERROR_INVALID, 3 },
  { "/corpus-loader/refused/missing-element", "corpus-missing-element.xml", HP_ERROR_INVALID, 34 },
  { "/corpus-loader/refused/doctype-entity", "corpus-doctype-entity.xml", HP_ERROR_MALFORMED, 3 },
  /* Refused either where libxml2 meets the expansion (line 17) or, where it
   * does not expand at all, at the DOCTYPE; both are right. */
  { "/corpus-loader/refused/billion-laughs", "corpus-billion-laughs.xml", HP_ERROR_MALFORMED, 0 },
  { "/corpus-loader/refused/duplicate-id", "corpus-duplicate-id.xml", HP_ERROR_INVALID, 49 },
  { "/corpus-loader/refused/missing-footnote", "corpus-missing-footnote.xml", HP_ERROR_INVALID, 46 },
  { "/corpus-loader/refused/footnote-twice", "corpus-footnote-twice.xml", HP_ERROR_INVALID, 78 },
  { "/corpus-loader/refused/unknown-xref", "corpus-unknown-xref.xml", HP_ERROR_INVALID, 41 },
  { "/corpus-loader/refused/empty", "corpus-empty.xml", HP_ERROR_MALFORMED, 1 },
  { "/corpus-loader/refused/missing-file", "corpus-does-not-exist.xml", HP_ERROR_NOT_FOUND, 0 },
  /* The rows are written while the schema check runs (see
   * hp_corpus_loader_load()): a walk that gets to the end of an invalid
   * file, and one that stops early, both leave the schema to speak. */
  { "/corpus-loader/refused/walk-completes", "corpus-unnumbered-footnote.xml", HP_ERROR_INVALID, 4,
    "does not match the schema" },
  { "/corpus-loader/refused/walk-stops", "corpus-empty-marker.xml", HP_ERROR_INVALID, 13,
    "does not match the schema" },
};

static void
assert_line (const GError *error,
             const char   *path,
             int           line)
{
  if (line > 0)
    g_assert_true (error_has_line (error, path, line));
}

static void
test_refused_fixture (Loaded        *fixture,
                      gconstpointer  data)
{
  const BadFixture *bad = data;
  g_autofree char *path = hp_test_fixture (bad->file);
  g_autoptr(GError) error = load_refused (fixture, path, bad->code);

  assert_line (error, path, bad->line);
  if (bad->says != NULL)
    g_assert_nonnull (strstr (error->message, bad->says));
}

/* Not even the first line of @secret is anywhere in the corpus tables. */
static void
assert_not_in_corpus (Loaded     *fixture,
                      const char *secret)
{
  g_auto(GStrv) lines = g_strsplit (secret, "\n", 2);

  g_assert_cmpstr (lines[0], !=, "");
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM corpus_item "
                              "WHERE instr (text, ?1) > 0 OR instr (markup, ?1) > 0",
                              lines[0]), ==, 0);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM corpus_edition "
                              "WHERE instr (title, ?1) > 0 OR instr (rights, ?1) > 0",
                              lines[0]), ==, 0);
}

static void
test_refused_external_entity (Loaded        *fixture,
                              gconstpointer  data)
{
  g_autofree char *path = hp_test_fixture ("corpus-external-entity.xml");
  g_autoptr(GError) error = load_refused (fixture, path, HP_ERROR_MALFORMED);
  g_autofree char *passwd = NULL;

  if (g_file_get_contents ("/etc/passwd", &passwd, NULL, NULL))
    assert_not_in_corpus (fixture, passwd);
  assert_line (error, path, 3);
}

static void
test_refused_binary (Loaded        *fixture,
                     gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4711);
  char bytes[4096];
  g_autofree char *path = NULL;

  for (gsize i = 0; i < sizeof bytes; i++)
    bytes[i] = (char) g_rand_int_range (rand, 0, 256);
  /* Not whitespace and not '<': the error is on the first line. */
  memcpy (bytes, "\x89\xff\x00\x01", 4);
  path = write_tmp_file (fixture, "garbage.xml", bytes, sizeof bytes);
  assert_load_refused (fixture, path, HP_ERROR_MALFORMED, 1);
}

/* A sparse file one byte over the limit: refused by its size alone. */
static void
test_refused_too_large (Loaded        *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->tmp, "huge.xml", NULL);
  int fd = g_open (path, O_CREAT | O_WRONLY | O_TRUNC, 0644);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) HP_CORPUS_MAX_FILE_SIZE + 1), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);
  assert_load_refused (fixture, path, HP_ERROR_TOO_LARGE, 0);
}

/* --- ensure and check --------------------------------------------------- */

static gboolean
ensure_ok (HpDatabase *db,
           const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *schema = schema_path ();
  gboolean loaded = -1;
  gboolean ok;

  ok = hp_corpus_loader_ensure (db, path, schema, &loaded, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_true (loaded == TRUE || loaded == FALSE);
  return loaded;
}

static void
add_user_note (HpDatabase *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hp_database_exec (db, "INSERT INTO user_note (item_id, text, changed_at) "
                                       "VALUES ('forebyggelse.a1', 'Min note', '2026-01-01T00:00:00Z');",
                                   &error));
  g_assert_no_error (error);
}

static void
test_ensure (Loaded        *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDatabase) db = hp_database_open (":memory:", &error);
  g_autoptr(HpCorpus) corpus = hp_corpus_new (db);
  g_autofree char *path = copy_fixture (fixture, "corpus-minimal.xml", "");
  g_autofree char *first_checksum = NULL;
  g_autofree char *second_checksum = NULL;
  g_autofree char *new_md5 = NULL;

  g_assert_no_error (error);
  g_assert_true (ensure_ok (db, path));
  g_assert_false (ensure_ok (db, path));
  first_checksum = edition_checksum (corpus);
  add_user_note (db);

  g_free (copy_fixture (fixture, "corpus-minimal.xml", "<!-- a new printing -->\n"));
  g_assert_true (ensure_ok (db, path));
  second_checksum = edition_checksum (corpus);
  g_assert_cmpstr (second_checksum, !=, first_checksum);
  new_md5 = file_md5 (path);
  g_assert_cmpstr (second_checksum, ==, new_md5);
  g_assert_false (ensure_ok (db, path));

  /* The reload replaced the corpus and left the user's table alone. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM corpus_item WHERE id = 'forebyggelse.a1'",
                              NULL), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM user_note WHERE item_id = 'forebyggelse.a1'",
                              NULL), ==, 1);
}

static void
test_user_table_survives_reload (Loaded        *fixture,
                                 gconstpointer  data)
{
  g_autofree char *minimal = hp_test_fixture ("corpus-minimal.xml");
  g_autofree char *bad = hp_test_fixture ("corpus-missing-footnote.xml");

  add_user_note (fixture->db);
  load_ok (fixture->db, minimal);
  assert_load_refused (fixture, bad, HP_ERROR_INVALID, 46);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM user_note", NULL), ==, 1);
}

/* hp_corpus_loader_ensure() on @path fails, says it loaded nothing and
 * leaves the corpus as it was.  Returns the error. */
static GError *
ensure_refused (Loaded     *fixture,
                const char *path)
{
  GError *error = NULL;
  g_autofree char *schema = schema_path ();
  gboolean loaded = TRUE;
  Snapshot before;
  gboolean ok;

  snapshot_take (fixture, &before);
  ok = hp_corpus_loader_ensure (fixture->db, path, schema, &loaded, &error);
  g_assert_false (ok);
  g_assert_false (loaded);
  g_assert_nonnull (error);
  assert_unchanged_since (fixture, &before);
  return error;
}

static guint
count_lines (const char *path)
{
  gsize length;
  g_autofree char *contents = hp_test_read_file (path, &length);
  guint lines = 0;

  for (gsize i = 0; i < length; i++)
    lines += contents[i] == '\n';
  return lines;
}

static void
test_ensure_bad_file (Loaded        *fixture,
                      gconstpointer  data)
{
  g_autofree char *minimal = hp_test_fixture ("corpus-minimal.xml");
  g_autofree char *path = copy_fixture (fixture, "corpus-minimal.xml", "<unclosed>\n");
  g_autoptr(GError) error = ensure_refused (fixture, path);

  /* The extra element is on the line after the minimal corpus' last one. */
  assert_error_at (error, HP_ERROR_MALFORMED, path, count_lines (minimal) + 1);
}

static void
test_ensure_missing_file (Loaded        *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->tmp, "absent.xml", NULL);
  g_autoptr(GError) error = ensure_refused (fixture, path);

  assert_error_names (error, HP_ERROR_NOT_FOUND, path);
}

static void
test_check_good (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *schema = schema_path ();
  g_autofree char *path = hp_test_fixture ("corpus-minimal.xml");
  HpCorpusCounts counts = { 0 };
  gboolean ok;

  ok = hp_corpus_loader_check (path, schema, &counts, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  assert_minimal_counts (&counts);
}

static void
test_check_bad (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *schema = schema_path ();
  g_autofree char *path = hp_test_fixture ("corpus-missing-footnote.xml");
  HpCorpusCounts counts = { 0 };

  g_assert_false (hp_corpus_loader_check (path, schema, &counts, &error));
  assert_error_at (error, HP_ERROR_INVALID, path, 46);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_LOADED_TEST ("/corpus-loader/load/counts", NULL, test_load_counts);
  ADD_LOADED_TEST ("/corpus-loader/load/edition", NULL, test_load_edition);
  ADD_LOADED_TEST ("/corpus-loader/load/items", NULL, test_load_items);
  ADD_LOADED_TEST ("/corpus-loader/load/hierarchy", NULL, test_load_hierarchy);
  ADD_LOADED_TEST ("/corpus-loader/load/references", NULL, test_load_references);
  ADD_LOADED_TEST ("/corpus-loader/load/lawrefs", NULL, test_load_lawrefs);

  for (guint i = 0; i < G_N_ELEMENTS (bad_fixtures); i++)
    ADD_LOADED_TEST (bad_fixtures[i].test, &bad_fixtures[i], test_refused_fixture);
  ADD_LOADED_TEST ("/corpus-loader/refused/external-entity", NULL, test_refused_external_entity);
  ADD_LOADED_TEST ("/corpus-loader/refused/binary", NULL, test_refused_binary);
  ADD_LOADED_TEST ("/corpus-loader/refused/too-large", NULL, test_refused_too_large);

  ADD_LOADED_TEST ("/corpus-loader/ensure/reloads-on-change", NULL, test_ensure);
  ADD_LOADED_TEST ("/corpus-loader/ensure/bad-file", NULL, test_ensure_bad_file);
  ADD_LOADED_TEST ("/corpus-loader/ensure/missing-file", NULL, test_ensure_missing_file);
  ADD_LOADED_TEST ("/corpus-loader/user-table-survives-reload", NULL, test_user_table_survives_reload);
  g_test_add_func ("/corpus-loader/check/good", test_check_good);
  g_test_add_func ("/corpus-loader/check/bad", test_check_bad);

  return g_test_run ();
}
