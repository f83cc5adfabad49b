/* test-law-index.c — HpLawIndex on the shipped corpus: the laws, their
 * paragraphs in natural order, and the items citing each
 *
 * The expected citations were read off data/guidelines.xml: footnote 31
 * (Servicelovens §§ 10 og 11, stk. 2 og 7, og § 12) marks direction a1 of
 * "Generel forebyggelse af hjemløshed"; footnote 100 (Servicelovens § 110)
 * marks direction a3 of "Forebyggelse af tilbagevendende hjemløshed";
 * footnote 315 (… almenboliglovens § 59, stk. 11 og 12) marks direction a2
 * of "Boligfastholdelse"; footnotes 277-279 (almenboliglovens § 59) are in
 * the practice section of "Planlægning af boligindsatsen".
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "hp-error.h"
#include "hp-law-index.h"
#include "hp-test-util.h"

static HpDatabase *db;
static HpCorpus *corpus;
static HpLawIndex *law_index;

/* --- helpers ------------------------------------------------------------ */

static GListModel *
list_laws (void)
{
  g_autoptr(GError) error = NULL;
  GListModel *laws = hp_law_index_list_laws (law_index, &error);

  g_assert_no_error (error);
  g_assert_nonnull (laws);
  return laws;
}

static GListModel *
list_paragraphs (const char *law)
{
  g_autoptr(GError) error = NULL;
  GListModel *paragraphs = hp_law_index_list_paragraphs (law_index, law, &error);

  g_assert_no_error (error);
  g_assert_nonnull (paragraphs);
  return paragraphs;
}

static HpLawParagraph *
lookup_paragraph (const char *law,
                  const char *paragraph)
{
  g_autoptr(GError) error = NULL;
  HpLawParagraph *entry = hp_law_index_lookup_paragraph (law_index, law, paragraph, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entry);
  return entry;
}

static gint64
query_int (const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = hp_database_prepare (db, sql, &error);
  gint64 value;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

/* Position of the entry with @key in @paragraphs; fails the test if absent. */
static guint
position_of (GListModel *paragraphs,
             const char *key)
{
  for (guint i = 0; i < g_list_model_get_n_items (paragraphs); i++)
    {
      g_autoptr(HpLawParagraph) entry = g_list_model_get_item (paragraphs, i);

      if (g_strcmp0 (hp_law_paragraph_get_key (entry), key) == 0)
        return i;
    }
  g_error ("no paragraph %s", key);
}

static gboolean
model_has_id (GListModel *items,
              const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HpCorpusItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (hp_corpus_item_get_id (item), id) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
assert_document_order (GListModel *items)
{
  gint64 previous = -1;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HpCorpusItem) item = g_list_model_get_item (items, i);

      g_assert_cmpint (hp_corpus_item_get_seq (item), >, previous);
      previous = hp_corpus_item_get_seq (item);
    }
}

/* --- laws --------------------------------------------------------------- */

static void
test_laws_order (void)
{
  g_autoptr(GListModel) laws = list_laws ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (laws);
  g_autoptr(HpLaw) first = NULL;
  g_autoptr(HpLaw) second = NULL;

  g_assert_cmpuint (n, ==, query_int ("SELECT count(DISTINCT law) FROM corpus_lawref"));
  g_assert_cmpuint (n, >=, 2);
  first = g_list_model_get_item (laws, 0);
  second = g_list_model_get_item (laws, 1);
  g_assert_cmpstr (hp_law_get_key (first), ==, "serviceloven");
  g_assert_cmpstr (hp_law_get_name (first), ==, "Serviceloven");
  g_assert_cmpuint (hp_law_get_n_citations (first), ==,
                    query_int ("SELECT count(DISTINCT footnote_seq) FROM corpus_lawref "
                               "WHERE law = 'serviceloven'"));
  g_assert_cmpuint (hp_law_get_n_citations (first), >, hp_law_get_n_citations (second));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpLaw) law = g_list_model_get_item (laws, i);

      g_assert_true (g_hash_table_add (seen, (gpointer) hp_law_get_key (law)));
      g_assert_cmpuint (hp_law_get_n_citations (law), >, 0);
      g_assert_cmpstr (hp_law_get_name (law), !=, "");
      if (i > 0)
        {
          g_autoptr(HpLaw) before = g_list_model_get_item (laws, i - 1);

          g_assert_cmpuint (hp_law_get_n_citations (before), >=, hp_law_get_n_citations (law));
          if (hp_law_get_n_citations (before) == hp_law_get_n_citations (law))
            g_assert_cmpint (g_utf8_collate (hp_law_get_name (before), hp_law_get_name (law)), <=, 0);
        }
    }
}

/* --- paragraphs ----------------------------------------------------------- */

static void
test_natural_order (void)
{
  g_autoptr(GListModel) paragraphs = list_paragraphs ("serviceloven");
  static const char * const ascending[] = { "4", "10", "82", "82a", "82a-82d", "82b", "101", "101a", "110" };
  guint previous = 0;

  for (guint i = 0; i < G_N_ELEMENTS (ascending); i++)
    {
      guint position = position_of (paragraphs, ascending[i]);

      if (i > 0)
        g_assert_cmpuint (position, >, previous);
      previous = position;
    }
  /* …and the sort keys agree with the list everywhere. */
  for (guint i = 1; i < g_list_model_get_n_items (paragraphs); i++)
    {
      g_autoptr(HpLawParagraph) a = g_list_model_get_item (paragraphs, i - 1);
      g_autoptr(HpLawParagraph) b = g_list_model_get_item (paragraphs, i);

      g_assert_cmpstr (hp_law_paragraph_get_sort_key (a), <, hp_law_paragraph_get_sort_key (b));
    }
}

static void
test_sort_keys (void)
{
  static const char * const ascending[][2] = {
    { "", "" }, { "1", "" }, { "2", "" }, { "2j", "" }, { "9", "" }, { "9a", "" },
    { "9b", "" }, { "10", "" }, { "10", "13" }, { "11", "" }, { "82a", "" },
    { "82a", "82b" }, { "82a", "82d" }, { "82b", "" }, { "110", "" }, { "1000", "" },
  };

  for (guint i = 1; i < G_N_ELEMENTS (ascending); i++)
    {
      g_autofree char *a = hp_law_paragraph_make_sort_key (ascending[i - 1][0], ascending[i - 1][1]);
      g_autofree char *b = hp_law_paragraph_make_sort_key (ascending[i][0], ascending[i][1]);

      g_test_message ("%s-%s < %s-%s", ascending[i - 1][0], ascending[i - 1][1],
                      ascending[i][0], ascending[i][1]);
      g_assert_cmpstr (a, <, b);
    }
}

static void
test_serviceloven_110 (void)
{
  g_autoptr(GListModel) paragraphs = list_paragraphs ("serviceloven");
  g_autoptr(HpLawParagraph) entry = g_list_model_get_item (paragraphs, position_of (paragraphs, "110"));
  g_autoptr(GListModel) citing = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *footnotes = hp_law_paragraph_get_footnotes (entry);

  g_assert_cmpstr (hp_law_paragraph_get_label (entry), ==, "§ 110");
  g_assert_cmpstr (hp_law_paragraph_get_law_key (entry), ==, "serviceloven");
  g_assert_cmpstr (hp_law_paragraph_get_law_name (entry), ==, "Serviceloven");
  g_assert_true (model_has_id (footnotes, "fn-100"));
  g_assert_cmpuint (g_list_model_get_n_items (footnotes), ==,
                    query_int ("SELECT count(DISTINCT footnote_seq) FROM corpus_lawref "
                               "WHERE law = 'serviceloven' AND paragraph = '110' "
                               "AND paragraph_to = ''"));

  citing = hp_law_index_list_citing (law_index, "serviceloven", "110", &error);
  g_assert_no_error (error);
  g_assert_true (model_has_id (citing, "forebyggelse-af-tilbagevendende-hjemloeshed.a3"));
  g_assert_cmpuint (g_list_model_get_n_items (citing), ==,
                    g_list_model_get_n_items (hp_law_paragraph_get_citing (entry)));
  assert_document_order (citing);
}

static void
test_range_entry (void)
{
  g_autoptr(HpLawParagraph) range = lookup_paragraph ("serviceloven", "82a-82d");
  g_autoptr(HpLawParagraph) single = lookup_paragraph ("serviceloven", "82a");

  g_assert_cmpstr (hp_law_paragraph_get_label (range), ==, "§§ 82a-82d");
  g_assert_cmpstr (hp_law_paragraph_get_paragraph (range), ==, "82a");
  g_assert_cmpstr (hp_law_paragraph_get_paragraph_to (range), ==, "82d");
  g_assert_cmpuint (g_list_model_get_n_items (hp_law_paragraph_get_footnotes (range)), >, 0);
  /* Not expanded: the range's footnotes are not listed under § 82a. */
  {
    g_autoptr(HpCorpusItem) footnote = g_list_model_get_item (hp_law_paragraph_get_footnotes (range), 0);
    g_autoptr(GListModel) of_footnote = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_false (model_has_id (hp_law_paragraph_get_footnotes (single),
                                  hp_corpus_item_get_id (footnote)));
    of_footnote = hp_law_index_paragraphs_of_footnote (law_index, footnote, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (of_footnote), >=, 1);
  }
}

static void
test_whole_act_entry (void)
{
  g_autoptr(GListModel) paragraphs = list_paragraphs ("serviceloven");
  g_autoptr(HpLawParagraph) first = g_list_model_get_item (paragraphs, 0);

  /* Footnote 19 cites "Servicelovens vifte af tilbud", no paragraph. */
  g_assert_cmpstr (hp_law_paragraph_get_key (first), ==, "");
  g_assert_cmpstr (hp_law_paragraph_get_label (first), !=, "");
  g_assert_false (g_str_has_prefix (hp_law_paragraph_get_label (first), "§"));
  g_assert_true (model_has_id (hp_law_paragraph_get_footnotes (first), "fn-19"));
}

/* Footnotes citing almenboliglovens § 59, read off data/guidelines.xml. */
static const int almenbolig_59_footnotes[] = { 51, 277, 278, 279, 315 };

static void
test_almenboligloven_59 (void)
{
  g_autoptr(HpLawParagraph) entry = lookup_paragraph ("almenboligloven", "59");
  GListModel *citing = hp_law_paragraph_get_citing (entry);
  GListModel *footnotes = hp_law_paragraph_get_footnotes (entry);
  GListModel *pages = hp_law_paragraph_get_pages (entry);
  gboolean on_g12 = FALSE;

  g_assert_cmpstr (hp_law_paragraph_get_label (entry), ==, "§ 59");
  g_assert_cmpstr (hp_law_paragraph_get_law_name (entry), ==, "Almenboligloven");
  for (guint i = 0; i < G_N_ELEMENTS (almenbolig_59_footnotes); i++)
    {
      g_autofree char *id = g_strdup_printf ("fn-%d", almenbolig_59_footnotes[i]);

      g_assert_true (model_has_id (footnotes, id));
    }
  g_assert_true (model_has_id (citing, "boligfastholdelse.a2"));
  g_assert_true (model_has_id (citing, "forebyggelse-af-risiko-for-hjemloeshed.a1.1"));
  g_assert_true (model_has_id (pages, "planlaegning-af-boligindsatsen"));
  g_assert_true (model_has_id (pages, "boligfastholdelse"));

  for (guint i = 0; i < g_list_model_get_n_items (citing); i++)
    {
      g_autoptr(HpCorpusItem) item = g_list_model_get_item (citing, i);
      HpCorpusItem *page = hp_law_paragraph_get_page_of (entry, item);

      g_assert_nonnull (page);
      if (g_strcmp0 (hp_corpus_item_get_id (page), "planlaegning-af-boligindsatsen") == 0)
        {
          on_g12 = TRUE;
          g_assert_cmpstr (hp_corpus_item_get_title (page), ==,
                           "Retningslinje for planlægning af boligindsatsen");
        }
    }
  g_assert_true (on_g12);
  assert_document_order (citing);
  assert_document_order (pages);
}

/* True when @item's markup links one of @footnotes. */
static gboolean
marks_one_of (HpCorpusItem *item,
              GListModel   *footnotes)
{
  for (guint i = 0; i < g_list_model_get_n_items (footnotes); i++)
    {
      g_autoptr(HpCorpusItem) footnote = g_list_model_get_item (footnotes, i);
      g_autofree char *link = g_strdup_printf ("<a href=\"fn:%s\">", hp_corpus_item_get_number (footnote));

      if (strstr (hp_corpus_item_get_markup (item), link) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
assert_entry_resolves (HpLawParagraph *entry)
{
  GListModel *citing = hp_law_paragraph_get_citing (entry);
  GListModel *footnotes = hp_law_paragraph_get_footnotes (entry);

  g_assert_cmpuint (g_list_model_get_n_items (footnotes), >, 0);
  /* Every footnote has its marker (test-corpus-content), so every entry is
   * cited by something. */
  g_assert_cmpuint (g_list_model_get_n_items (citing), >, 0);
  assert_document_order (citing);
  for (guint i = 0; i < g_list_model_get_n_items (citing); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HpCorpusItem) item = g_list_model_get_item (citing, i);
      g_autoptr(HpCorpusItem) again = hp_corpus_lookup (corpus, hp_corpus_item_get_id (item), &error);
      HpCorpusItem *page = hp_law_paragraph_get_page_of (entry, item);

      g_assert_no_error (error);
      g_assert_cmpint (hp_corpus_item_get_seq (again), ==, hp_corpus_item_get_seq (item));
      g_assert_true (marks_one_of (item, footnotes));
      g_assert_nonnull (page);
      g_assert_cmpstr (hp_corpus_item_get_id (page), ==, hp_corpus_item_get_page_id (item));
      g_assert_nonnull (hp_corpus_item_get_title (page));
    }
}

static void
test_every_citing_item_resolves (void)
{
  g_autoptr(GListModel) laws = list_laws ();
  guint n_entries = 0;

  for (guint i = 0; i < g_list_model_get_n_items (laws); i++)
    {
      g_autoptr(HpLaw) law = g_list_model_get_item (laws, i);
      g_autoptr(GListModel) paragraphs = list_paragraphs (hp_law_get_key (law));

      g_test_message ("law %s", hp_law_get_key (law));
      g_assert_cmpuint (g_list_model_get_n_items (paragraphs), >, 0);
      for (guint j = 0; j < g_list_model_get_n_items (paragraphs); j++)
        {
          g_autoptr(HpLawParagraph) entry = g_list_model_get_item (paragraphs, j);

          assert_entry_resolves (entry);
          n_entries++;
        }
    }
  g_assert_cmpuint (n_entries, ==,
                    query_int ("SELECT count(*) FROM (SELECT DISTINCT law, paragraph, paragraph_to "
                               "FROM corpus_lawref)"));
}

static void
test_paragraphs_of_footnote_31 (void)
{
  static const char * const expected[] = { "10", "11", "12" };
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCorpusItem) footnote = hp_corpus_lookup_footnote (corpus, 31, &error);
  g_autoptr(GListModel) entries = NULL;

  g_assert_no_error (error);
  entries = hp_law_index_paragraphs_of_footnote (law_index, footnote, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(HpLawParagraph) entry = g_list_model_get_item (entries, i);
      g_autofree char *label = g_strdup_printf ("§ %s", expected[i]);

      g_assert_cmpstr (hp_law_paragraph_get_law_key (entry), ==, "serviceloven");
      g_assert_cmpstr (hp_law_paragraph_get_key (entry), ==, expected[i]);
      g_assert_cmpstr (hp_law_paragraph_get_label (entry), ==, label);
      g_assert_true (model_has_id (hp_law_paragraph_get_footnotes (entry), "fn-31"));
      g_assert_true (model_has_id (hp_law_paragraph_get_citing (entry),
                                   "generel-forebyggelse-af-hjemloeshed.a1"));
    }
}

static void
test_not_cited (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpLawParagraph) entry = hp_law_index_lookup_paragraph (law_index, "serviceloven",
                                                                   "9999", &error);
  g_autoptr(GListModel) citing = NULL;
  g_autoptr(GListModel) none = list_paragraphs ("ingen-saadan-lov");

  g_assert_error (error, HP_ERROR, HP_ERROR_NOT_FOUND);
  g_assert_null (entry);
  g_clear_error (&error);
  citing = hp_law_index_list_citing (law_index, "ingen-saadan-lov", "1", &error);
  g_assert_error (error, HP_ERROR, HP_ERROR_NOT_FOUND);
  g_assert_null (citing);
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  db = hp_test_open_corpus_db ();
  corpus = hp_corpus_new (db);
  law_index = hp_law_index_new (corpus);

  g_test_add_func ("/law-index/laws-order", test_laws_order);
  g_test_add_func ("/law-index/natural-order", test_natural_order);
  g_test_add_func ("/law-index/sort-keys", test_sort_keys);
  g_test_add_func ("/law-index/serviceloven-110", test_serviceloven_110);
  g_test_add_func ("/law-index/range-entry", test_range_entry);
  g_test_add_func ("/law-index/whole-act-entry", test_whole_act_entry);
  g_test_add_func ("/law-index/almenboligloven-59", test_almenboligloven_59);
  g_test_add_func ("/law-index/every-citing-item-resolves", test_every_citing_item_resolves);
  g_test_add_func ("/law-index/paragraphs-of-footnote-31", test_paragraphs_of_footnote_31);
  g_test_add_func ("/law-index/not-cited", test_not_cited);

  status = g_test_run ();
  g_clear_object (&law_index);
  g_clear_object (&corpus);
  g_clear_object (&db);
  return status;
}
