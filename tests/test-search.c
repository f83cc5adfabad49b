/* test-search.c — full-text search: Danish normalisation, query parsing,
 * filters, ranking and snippets against the shipped corpus
 *
 * The expected hits were read off the publication ("Nationale
 * retningslinjer for indsatsen mod hjemløshed", Socialstyrelsen 2020):
 * where a word occurs, in which guideline, under which heading.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "hp-corpus-loader.h"
#include "hp-danish-tokenizer.h"
#include "hp-search.h"
#include "hp-test-util.h"

static HpDatabase *db;
static HpSearch *search;

/* --- helpers ------------------------------------------------------------ */

static GListModel *
run (const char           *query,
     const HpSearchFilter *filter)
{
  g_autoptr(GError) error = NULL;
  GListModel *results = hp_search_run (search, query, filter, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

static HpSearchResult *
nth (GListModel *results,
     guint       position)
{
  return g_list_model_get_item (results, position);
}

/* The result ids, one per line, for comparing two searches. */
static char *
result_ids (const char           *query,
            const HpSearchFilter *filter)
{
  g_autoptr(GListModel) results = run (query, filter);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(HpSearchResult) result = nth (results, i);
      g_string_append_printf (ids, "%s\n", hp_search_result_get_id (result));
    }
  return g_string_free (ids, FALSE);
}

/* Pango markup is XML without a root element. */
static gboolean
markup_is_well_formed (const char *markup)
{
  static const GMarkupParser parser = { NULL };
  g_autofree char *document = g_strconcat ("<markup>", markup, "</markup>", NULL);
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);

  return g_markup_parse_context_parse (context, document, -1, NULL) &&
         g_markup_parse_context_end_parse (context, NULL);
}


/* --- normalisation ------------------------------------------------------ */

static void
test_normalize (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "Æble", "æble" },
    { "ÅR", "år" },
    { "ØRE", "øre" },
    { "Aabenraa", "åbenrå" },
    { "Åbenrå", "åbenrå" },
    { "paa", "på" },
    { "aaa", "åa" },               /* pairs from the left */
    { "idé", "ide" },
    { "Idékatalog", "idekatalog" },
    { "Café", "cafe" },
    { "Müller", "muller" },
    { "naïve", "naive" },
    { "kø", "kø" },                /* ø is a letter, not an o */
    { "får", "får" },              /* å is a letter, not an a */
    { "Öl", "øl" },                /* Swedish/German spellings */
    { "Ärger", "ærger" },
    { "a\xcc\x8a" "r", "år" },     /* decomposed å */
    { "e\xcc\x81", "e" },          /* decomposed é */
    { "\xef\xac\x81le", "file" },  /* ﬁ ligature */
    { "HJEMLØSHED", "hjemløshed" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normal = hp_danish_normalize (cases[i].in, -1);
      g_assert_cmpstr (normal, ==, cases[i].out);
    }
}

static void
test_normalize_idempotent (void)
{
  static const char * const words[] = { "Aabenraa", "paaaa", "Idé", "Öre", "ÆØÅ" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_autofree char *once = hp_danish_normalize (words[i], -1);
      g_autofree char *twice = hp_danish_normalize (once, -1);
      g_assert_cmpstr (once, ==, twice);
    }
}

/* What the "danish" tokenizer puts in an index, read back with fts5vocab:
 * plain ASCII words pass through as they are, every other word is
 * normalised as above. */
static void
test_tokenizer_terms (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDatabase) scratch = hp_database_open (":memory:", &error);
  g_autoptr(GString) terms = g_string_new (NULL);
  sqlite3_stmt *stmt;

  g_assert_no_error (error);
  g_assert_true (hp_database_exec (scratch,
    "CREATE VIRTUAL TABLE words USING fts5 (text, tokenize='danish');"
    "CREATE VIRTUAL TABLE words_terms USING fts5vocab (words, 'row');"
    "INSERT INTO words VALUES ('Paa Aabenraa hus bolig2020 Idé KØ aa b-a haaret');", &error));
  g_assert_no_error (error);
  stmt = hp_database_prepare (scratch, "SELECT term FROM words_terms ORDER BY term", &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (terms, "%s ", (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  g_assert_cmpstr (terms->str, ==, "a b bolig2020 hus håret ide kø på å åbenrå ");
}

/* --- query parsing ------------------------------------------------------ */

static void
test_build_match (void)
{
  static const struct { const char *query, *match; } cases[] = {
    { "bolig", "\"bolig\"*" },
    { "bolig kommune", "\"bolig\"* AND \"kommune\"*" },
    { "\"kommunen skal\"", "\"kommunen skal\"*" },
    { "Housing-First", "\"Housing First\"*" },
    { "bolig* -bolig ^bolig (bolig)", "\"bolig\"* AND \"bolig\"* AND \"bolig\"* AND \"bolig\"*" },
    { "AND OR NOT", "\"AND\"* AND \"OR\"* AND \"NOT\"*" },
    { "\"unbalanced", "\"unbalanced\"*" },
    { "\"a b\" \"c", "\"a b\"* AND \"c\"*" },
    { "§ 110", "\"110\"*" },
    { "title:bolig", "\"title bolig\"*" },
  };
  static const char * const empty[] = { "", "\"", "\"\"", "*", "-", "(", ")", " \t\n", "§ – …", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *match = hp_search_build_match (cases[i].query);
      g_assert_cmpstr (match, ==, cases[i].match);
    }
  for (guint i = 0; empty[i] != NULL; i++)
    g_assert_null (hp_search_build_match (empty[i]));
  g_assert_null (hp_search_build_match (NULL));
}

/* --- golden queries ----------------------------------------------------- */

typedef struct {
  const char       *query;
  const char       *chapter;
  HpClassification  classification;
  const char       *law;
  const char       *first_id;   /* NULL: not checked */
  guint             min, max;   /* number of results */
} GoldenQuery;

#define ANY HP_CLASSIFICATION_NONE
#define LIMIT HP_SEARCH_DEFAULT_LIMIT

static const GoldenQuery golden_queries[] = {
  /* Guideline 15 is titled "Retningslinje for boligfastholdelse"; the word
   * occurs in four more paragraphs of it. */
  { "boligfastholdelse", NULL, ANY, NULL, "boligfastholdelse", 5, 6 },
  { "Boligfastholdelse", NULL, ANY, NULL, "boligfastholdelse", 5, 6 },
  /* Prefix: "bolig" also finds boligmassen, boligindsatser, … (too many). */
  { "bolig", NULL, ANY, NULL, NULL, LIMIT, LIMIT },
  /* Principle 9: "Strategisk og systematisk udvikling af boligmassen". */
  { "boligmassen", NULL, ANY, NULL, "princip-9", 5, 5 },
  { "hjemløshed", NULL, ANY, NULL, NULL, LIMIT, LIMIT },
  { "HJEMLØSHED", NULL, ANY, NULL, NULL, LIMIT, LIMIT },
  /* Guideline 15, direction 1: "… hvordan antallet af udsættelser af lejere
   * begrænses."  "udsættelse" also finds udsættelser, udsættelsestruede. */
  { "udsættelser", NULL, ANY, NULL, "boligfastholdelse.a1", 5, 14 },
  { "udsættelse", NULL, ANY, NULL, NULL, 15, 50 },
  { "UDSÆTTELSE", NULL, ANY, NULL, NULL, 15, 50 },
  /* Guideline 12 has a sub-heading "Kommunens anvisningsret". */
  { "anvisningsret", NULL, ANY, NULL, "planlaegning-af-boligindsatsen.kommunens-anvisningsret", 4, 12 },
  /* Guideline 25 is "… indsatser på boformer for borgere i hjemløshed". */
  { "boformer", NULL, ANY, NULL, "indsatser-paa-boformer-for-borgere-i-hjemloeshed", 50, LIMIT },
  { "rådgivning", NULL, ANY, NULL, "raadgivning-og-vejledning", 50, LIMIT },
  { "raadgivning", NULL, ANY, NULL, "raadgivning-og-vejledning", 50, LIMIT },
  /* Only literature entry 25 mentions Aalborg Universitet. */
  { "Aalborg", NULL, ANY, NULL, "lit-25", 1, 1 },
  { "Ålborg", NULL, ANY, NULL, "lit-25", 1, 1 },
  { "aalborg universitet", NULL, ANY, NULL, "lit-25", 1, 1 },
  /* Stigaard (2011) is cited in one footnote and listed once. */
  { "Stigård", NULL, ANY, NULL, NULL, 2, 2 },
  { "stigaard", NULL, ANY, NULL, NULL, 2, 2 },
  /* "Idékatalog" (Socialstyrelsen 2007): one footnote, one list entry. */
  { "idekatalog", NULL, ANY, NULL, NULL, 2, 2 },
  { "Idékatalog", NULL, ANY, NULL, NULL, 2, 2 },
  /* "natcaféer" in guideline 25 (twice); "cafe" finds "caféer", "cafédrift". */
  { "natcafeer", NULL, ANY, NULL, NULL, 1, 2 },
  { "natcaféer", NULL, ANY, NULL, NULL, 1, 2 },
  { "cafe", NULL, ANY, NULL, NULL, 1, 2 },
  /* Guideline 1, direction 1 begins "Kommunen skal stille rådgivning …". */
  { "\"kommunen skal stille rådgivning\"", NULL, ANY, NULL, NULL, 2, 4 },
  { "\"kommunen skal\"", NULL, ANY, NULL, NULL, 30, LIMIT },
  { "kommunen skal stille rådgivning gratis anonymt", NULL, ANY, NULL, NULL, 2, 6 },
  /* AND: both words in the same item. */
  { "Analyse Tal", NULL, ANY, NULL, NULL, 5, 5 },
  { "§ 110", NULL, ANY, NULL, NULL, 10, LIMIT },
  /* Filters. */
  { "bolig", "kapitel-4", ANY, NULL, NULL, 30, LIMIT },
  /* Outside chapter 4 only the cross-references in chapters 1 and 2. */
  { "boligfastholdelse", "kapitel-4", ANY, NULL, "boligfastholdelse", 4, 4 },
  { "rådgivning", NULL, HP_CLASSIFICATION_SKAL, NULL, NULL, 5, LIMIT },
  { "rådgivning", NULL, HP_CLASSIFICATION_KAN, NULL, NULL, 1, LIMIT },
  { "bolig", NULL, ANY, "serviceloven", NULL, 3, LIMIT },
  { "Aalborg", "kapitel-2", ANY, NULL, NULL, 0, 0 },
  { "Aalborg", NULL, HP_CLASSIFICATION_SKAL, NULL, NULL, 0, 0 },
  { "boligfastholdelse", NULL, ANY, "no-such-law", NULL, 0, 0 },
  /* Nonsense. */
  { "xyzzyqwerty", NULL, ANY, NULL, NULL, 0, 0 },
  { "bolig xyzzyqwerty", NULL, ANY, NULL, NULL, 0, 0 },
  /* Syntax that is no query at all. */
  { "\"", NULL, ANY, NULL, NULL, 0, 0 },
  { "\"\"", NULL, ANY, NULL, NULL, 0, 0 },
  { "*", NULL, ANY, NULL, NULL, 0, 0 },
  { "-", NULL, ANY, NULL, NULL, 0, 0 },
  { "(", NULL, ANY, NULL, NULL, 0, 0 },
  { ")", NULL, ANY, NULL, NULL, 0, 0 },
  { "", NULL, ANY, NULL, NULL, 0, 0 },
};

static void
test_golden_queries (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (golden_queries); i++)
    {
      const GoldenQuery *golden = &golden_queries[i];
      HpSearchFilter filter = { golden->chapter, golden->classification, golden->law, 0 };
      g_autoptr(GListModel) results = run (golden->query, &filter);
      guint n = g_list_model_get_n_items (results);

      if (n < golden->min || n > golden->max)
        {
          g_autofree char *ids = result_ids (golden->query, &filter);
          g_error ("“%s”: %u results, expected %u–%u:\n%s",
                   golden->query, n, golden->min, golden->max, ids);
        }
      if (golden->first_id != NULL)
        {
          g_autoptr(HpSearchResult) first = nth (results, 0);
          g_assert_cmpstr (hp_search_result_get_id (first), ==, golden->first_id);
        }
    }
}

/* Operators and other syntax are read as plain words, never as errors. */
static void
test_hostile_syntax (void)
{
  static const struct { const char *hostile, *plain; } cases[] = {
    { "bolig*", "bolig" },
    { "-bolig", "bolig" },
    { "^bolig", "bolig" },
    { "+bolig", "bolig" },
    { "(bolig)", "bolig" },
    { "bolig:", "bolig" },
    { "NEAR", "near" },
    { "NEAR(bolig kommune)", "near bolig kommune" },
    { "AND OR NOT", "and or not" },
    { "bolig OR kommune", "bolig or kommune" },
    { "bolig NOT kommune", "bolig not kommune" },
    { "\"unbalanced", "unbalanced" },
    { "\"kommunen skal", "kommunen skal" },
    { "title:bolig", "\"title bolig\"" },
    { "text:bolig", "\"text bolig\"" },
    { "'; DROP TABLE corpus_item; --", "drop table corpus_item" },
    { "bo\"lig", "bo lig" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *hostile = result_ids (cases[i].hostile, NULL);
      g_autofree char *plain = result_ids (cases[i].plain, NULL);
      g_assert_cmpstr (hostile, ==, plain);
    }
  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM corpus_item"), >, 1000);
}

static void
test_huge_query (void)
{
  g_autoptr(GString) query = g_string_new (NULL);
  g_autoptr(GListModel) words = NULL;
  g_autoptr(GListModel) letters = NULL;

  while (query->len < 10000)
    g_string_append (query, "bolig \"kommune* (NEAR) OR ");
  words = run (query->str, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (words), <=, LIMIT);

  g_string_truncate (query, 0);
  while (query->len < 10000)
    g_string_append_c (query, 'a');
  letters = run (query->str, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (letters), ==, 0);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GListModel) results = run ("bolig\xff\xfe", NULL);

  g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);
}

/* --- filters and result fields ------------------------------------------- */

static void
test_filter_chapter (void)
{
  HpSearchFilter filter = { "kapitel-4", HP_CLASSIFICATION_NONE, NULL, 0 };
  g_autoptr(GListModel) results = run ("borgere", &filter);

  g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(HpSearchResult) result = nth (results, i);
      g_assert_cmpstr (hp_search_result_get_chapter_id (result), ==, "kapitel-4");
    }
}

static void
test_filter_classification (void)
{
  HpSearchFilter filter = { NULL, HP_CLASSIFICATION_BOER, NULL, 0 };
  g_autoptr(GListModel) results = run ("kommunen", &filter);

  g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(HpSearchResult) result = nth (results, i);
      g_assert_cmpint (hp_search_result_get_classification (result), ==, HP_CLASSIFICATION_BOER);
    }
}

/* Every hit must itself, or through a sub-point, carry a footnote marker
 * whose footnote cites Serviceloven — checked on the corpus tables. */
static void
test_filter_law (void)
{
  HpSearchFilter filter = { NULL, HP_CLASSIFICATION_NONE, "serviceloven", 0 };
  g_autoptr(GListModel) results = run ("borgere", &filter);
  g_autoptr(GListModel) unfiltered = run ("borgere", NULL);

  g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(HpSearchResult) result = nth (results, i);
      g_autofree char *sql = g_strdup_printf (
        "SELECT count(*) FROM corpus_item i"
        " JOIN corpus_item src ON src.seq = i.seq OR (src.parent_seq = i.seq AND src.kind = 'subpoint')"
        " JOIN corpus_footnote_ref r ON r.item_seq = src.seq"
        " JOIN corpus_item f ON f.kind = 'footnote' AND f.number = CAST (r.footnote AS TEXT)"
        " JOIN corpus_lawref l ON l.footnote_seq = f.seq"
        " WHERE i.id = '%s' AND l.law = 'serviceloven'", hp_search_result_get_id (result));

      g_assert_cmpint (hp_test_query_int (db, sql), >, 0);
    }
  g_assert_cmpuint (g_list_model_get_n_items (results), <, g_list_model_get_n_items (unfiltered));
}

static void
test_result_fields (void)
{
  g_autoptr(GListModel) results = run ("udsættelser af lejere", NULL);
  g_autoptr(HpSearchResult) first = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);
  first = nth (results, 0);
  g_assert_cmpstr (hp_search_result_get_id (first), ==, "boligfastholdelse.a1");
  g_assert_cmpuint (hp_search_result_get_rank (first), ==, 1);
  g_assert_cmpstr (hp_search_result_get_kind (first), ==, "direction");
  g_assert_cmpint (hp_search_result_get_classification (first), ==, HP_CLASSIFICATION_BOER);
  g_assert_cmpstr (hp_search_result_get_page_id (first), ==, "boligfastholdelse");
  g_assert_cmpstr (hp_search_result_get_page_title (first), ==, "Retningslinje for boligfastholdelse");
  g_assert_cmpstr (hp_search_result_get_chapter_id (first), ==, "kapitel-4");
  g_assert_nonnull (strstr (hp_search_result_get_snippet_markup (first), "<b>udsættelser</b>"));
  g_assert_nonnull (strstr (hp_search_result_get_snippet_text (first), "udsættelser af lejere"));
}

/* Ranks are 1, 2, 3 … and scores never increase. */
static void
test_ranking_order (void)
{
  g_autoptr(GListModel) results = run ("kommunen bør", NULL);
  double previous = G_MAXDOUBLE;

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(HpSearchResult) result = nth (results, i);
      g_assert_cmpuint (hp_search_result_get_rank (result), ==, i + 1);
      g_assert_cmpfloat (hp_search_result_get_score (result), <=, previous);
      previous = hp_search_result_get_score (result);
    }
}

static int
first_of_kind (GListModel *results,
               const char *kind)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(HpSearchResult) result = nth (results, i);
      if (g_str_equal (hp_search_result_get_kind (result), kind))
        return i;
    }
  return -1;
}

/* A guideline's title outranks the directions, which outrank the paragraphs
 * explaining them; footnotes and literature come after the text. */
static void
test_ranking_kinds (void)
{
  HpSearchFilter all = { NULL, HP_CLASSIFICATION_NONE, NULL, 2000 };
  g_autoptr(GListModel) results = run ("boformer", &all);
  int guideline = first_of_kind (results, "guideline");
  int direction = first_of_kind (results, "direction");
  int paragraph = first_of_kind (results, "paragraph");
  int footnote = first_of_kind (results, "footnote");
  int literature = first_of_kind (results, "literature-entry");

  g_assert_cmpint (guideline, ==, 0);
  g_assert_cmpint (direction, >, guideline);
  g_assert_cmpint (paragraph, >, direction);
  g_assert_cmpint (footnote, >, paragraph);
  g_assert_cmpint (literature, >, paragraph);
}

/* Footnotes hang outside the pages; a hit in one belongs to the page of
 * the item that cites it. */
static void
test_footnote_page (void)
{
  g_autoptr(GListModel) results = run ("Stigaard", NULL);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(HpSearchResult) result = nth (results, i);
      g_assert_nonnull (hp_search_result_get_page_id (result));
      g_assert_nonnull (hp_search_result_get_page_title (result));
      if (g_str_equal (hp_search_result_get_kind (result), "footnote"))
        g_assert_cmpstr (hp_search_result_get_chapter_id (result), ==, "kapitel-2");
    }
}

/* search_item is worked out in one pass in document order; here it is
 * checked against its definition written the slow way, walking up the tree:
 * an item's part is its top-level ancestor, a footnote's page and part are
 * those of the first item citing it, and only items with a title or text
 * are searchable. */
static const char expected_places_sql[] =
  "WITH RECURSIVE"
  "  up (seq, ancestor) AS ("
  "    SELECT seq, seq FROM corpus_item"
  "    UNION ALL"
  "    SELECT up.seq, a.parent_seq FROM up JOIN corpus_item a ON a.seq = up.ancestor"
  "    WHERE a.parent_seq IS NOT NULL),"
  "  top (seq, top_seq) AS ("
  "    SELECT up.seq, up.ancestor FROM up JOIN corpus_item a ON a.seq = up.ancestor"
  "    WHERE a.parent_seq IS NULL),"
  "  citer (footnote_seq, item_seq) AS ("
  "    SELECT f.seq, min (r.item_seq) FROM corpus_item f"
  "    JOIN corpus_footnote_ref r ON r.footnote = CAST (f.number AS INTEGER)"
  "    WHERE f.kind = 'footnote' GROUP BY f.seq),"
  "  expected AS ("
  "    SELECT i.seq, page.seq AS page_seq,"
  "           CASE WHEN t.kind = 'footnote' THEN NULL ELSE t.id END AS chapter_id,"
  "           i.classification"
  "    FROM corpus_item i"
  "    LEFT JOIN citer ON citer.footnote_seq = i.seq"
  "    LEFT JOIN corpus_item c ON c.seq = citer.item_seq"
  "    JOIN top ON top.seq = coalesce (citer.item_seq, i.seq)"
  "    JOIN corpus_item t ON t.seq = top.top_seq"
  "    LEFT JOIN corpus_item page ON page.id = coalesce (i.page_id, c.page_id)"
  "    WHERE i.text != '' OR i.title IS NOT NULL),"
  "  actual AS (SELECT seq, page_seq, chapter_id, classification FROM search_item)";

static gint64
count_differences (const char *query)
{
  g_autofree char *sql = g_strconcat (expected_places_sql, query, NULL);

  return hp_test_query_int (db, sql);
}

static void
test_index_places (void)
{
  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM search_item"), >, 2000);
  g_assert_cmpint (count_differences (" SELECT count(*) FROM (SELECT * FROM expected"
                                      " EXCEPT SELECT * FROM actual)"), ==, 0);
  g_assert_cmpint (count_differences (" SELECT count(*) FROM (SELECT * FROM actual"
                                      " EXCEPT SELECT * FROM expected)"), ==, 0);
  /* Some footnotes are placed through their citer, some cited nowhere. */
  g_assert_cmpint (hp_test_query_int (db, "SELECT count(*) FROM search_item s JOIN corpus_item i"
                                          " USING (seq) WHERE i.kind = 'footnote'"
                                          " AND s.page_seq IS NOT NULL"), >, 400);
}

/* --- snippets ------------------------------------------------------------ */

static void
test_snippet_escaped (void)
{
  g_autoptr(GListModel) results = run ("benspænd analyse", NULL);
  g_autoptr(HpSearchResult) first = NULL;
  const char *markup;

  g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);
  first = nth (results, 0);
  markup = hp_search_result_get_snippet_markup (first);
  g_assert_nonnull (strstr (markup, "<b>Analyse</b> &amp; Tal"));
  g_assert_nonnull (strstr (markup, "<b>Benspænd</b>"));
  g_assert_null (strstr (markup, " & "));
  g_assert_nonnull (strstr (hp_search_result_get_snippet_text (first), "Analyse & Tal"));
  g_assert_true (markup_is_well_formed (markup));
}

static void
test_snippet_render (void)
{
  g_autofree char *markup = NULL;
  g_autofree char *text = NULL;

  hp_search_result_render_snippet ("a <" HP_SEARCH_MARK_OPEN "b&c" HP_SEARCH_MARK_CLOSE "> \"d\"",
                                   &markup, &text);
  g_assert_cmpstr (markup, ==, "a &lt;<b>b&amp;c</b>&gt; &quot;d&quot;");
  g_assert_cmpstr (text, ==, "a <b&c> \"d\"");

  g_clear_pointer (&markup, g_free);
  g_clear_pointer (&text, g_free);
  hp_search_result_render_snippet (HP_SEARCH_MARK_OPEN "open", &markup, &text);
  g_assert_cmpstr (markup, ==, "<b>open</b>");
  g_assert_cmpstr (text, ==, "open");
}

static void
test_print_tsv (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;

  g_assert_true (hp_search_print_tsv (search, "udsættelser af lejere", NULL, out, &error));
  g_assert_no_error (error);
  lines = g_strsplit (out->str, "\n", -1);
  fields = g_strsplit (lines[0], "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 5);
  g_assert_cmpstr (fields[0], ==, "1");
  g_assert_cmpstr (fields[1], ==, "boligfastholdelse.a1");
  g_assert_cmpstr (fields[2], ==, "boer");
  g_assert_cmpstr (fields[3], ==, "Retningslinje for boligfastholdelse");
  g_assert_nonnull (strstr (fields[4], "udsættelser af lejere"));
}

/* --- the index follows the corpus ---------------------------------------- */

static void
test_reload_rebuilds (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = hp_test_data_file ("guidelines.xml");
  g_autofree char *rng = hp_test_data_file ("guidelines.rng");
  g_autoptr(HpDatabase) fresh = hp_test_open_corpus_db ();
  g_autoptr(HpSearch) fresh_search = hp_search_new (fresh);
  g_autoptr(GListModel) before = hp_search_run (fresh_search, "boformer", NULL, &error);
  g_autoptr(GListModel) after = NULL;
  gint64 rows = hp_test_query_int (fresh, "SELECT count(*) FROM search_item");

  g_assert_no_error (error);
  g_assert_true (hp_corpus_loader_load (fresh, xml, rng, &error));
  g_assert_no_error (error);
  after = hp_search_run (fresh_search, "boformer", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (before), ==, g_list_model_get_n_items (after));
  g_assert_cmpint (hp_test_query_int (fresh, "SELECT count(*) FROM search_item"), ==, rows);
  /* The FTS5 index agrees with its content table. */
  g_assert_true (hp_database_exec (fresh, "INSERT INTO search_fts (search_fts) VALUES ('integrity-check')", &error));
  g_assert_no_error (error);
}

static void
test_after_ensure (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = hp_test_data_file ("guidelines.xml");
  g_autofree char *rng = hp_test_data_file ("guidelines.rng");
  g_autoptr(HpDatabase) fresh = hp_database_open (":memory:", &error);
  g_autoptr(HpSearch) fresh_search = NULL;
  g_autoptr(GListModel) empty = NULL;
  g_autoptr(GListModel) results = NULL;
  g_autoptr(HpSearchResult) first = NULL;
  gboolean loaded = FALSE;

  g_assert_no_error (error);
  fresh_search = hp_search_new (fresh);
  empty = hp_search_run (fresh_search, "bolig", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);

  g_assert_true (hp_corpus_loader_ensure (fresh, xml, rng, &loaded, &error));
  g_assert_no_error (error);
  g_assert_true (loaded);
  results = hp_search_run (fresh_search, "boligfastholdelse", NULL, &error);
  g_assert_no_error (error);
  first = nth (results, 0);
  g_assert_cmpstr (hp_search_result_get_id (first), ==, "boligfastholdelse");
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  db = hp_test_open_corpus_db ();
  search = hp_search_new (db);

  g_test_add_func ("/search/normalize", test_normalize);
  g_test_add_func ("/search/normalize-idempotent", test_normalize_idempotent);
  g_test_add_func ("/search/tokenizer-terms", test_tokenizer_terms);
  g_test_add_func ("/search/build-match", test_build_match);
  g_test_add_func ("/search/golden-queries", test_golden_queries);
  g_test_add_func ("/search/hostile-syntax", test_hostile_syntax);
  g_test_add_func ("/search/huge-query", test_huge_query);
  g_test_add_func ("/search/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/search/filter-chapter", test_filter_chapter);
  g_test_add_func ("/search/filter-classification", test_filter_classification);
  g_test_add_func ("/search/filter-law", test_filter_law);
  g_test_add_func ("/search/result-fields", test_result_fields);
  g_test_add_func ("/search/ranking-order", test_ranking_order);
  g_test_add_func ("/search/ranking-kinds", test_ranking_kinds);
  g_test_add_func ("/search/footnote-page", test_footnote_page);
  g_test_add_func ("/search/index-places", test_index_places);
  g_test_add_func ("/search/snippet-escaped", test_snippet_escaped);
  g_test_add_func ("/search/snippet-render", test_snippet_render);
  g_test_add_func ("/search/print-tsv", test_print_tsv);
  g_test_add_func ("/search/reload-rebuilds", test_reload_rebuilds);
  g_test_add_func ("/search/after-ensure", test_after_ensure);

  status = g_test_run ();
  g_clear_object (&search);
  g_clear_object (&db);
  return status;
}
