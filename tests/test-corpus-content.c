/* test-corpus-content.c — the shipped corpus (data/guidelines.xml) against
 * the publication: structure, counts, references and golden texts
 *
 * The expected texts and classifications below were read off the
 * publication itself ("Nationale retningslinjer for indsatsen mod
 * hjemløshed", Socialstyrelsen 2020), not copied from the converter's
 * output.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "hp-corpus-loader.h"
#include "hp-test-util.h"

static HpDatabase *db;
static HpCorpus *corpus;

/* --- helpers ------------------------------------------------------------ */

/* Prepares @sql with up to two text parameters (?1, ?2); NULL leaves the
 * parameter unbound. */
static sqlite3_stmt *
prepare_bound (const char *sql,
               const char *first,
               const char *second)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = hp_database_prepare (db, sql, &error);

  g_assert_no_error (error);
  if (first != NULL)
    sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  if (second != NULL)
    sqlite3_bind_text (stmt, 2, second, -1, SQLITE_TRANSIENT);
  return stmt;
}

static gint64
query_int (const char *sql,
           const char *first,
           const char *second)
{
  sqlite3_stmt *stmt = prepare_bound (sql, first, second);
  gint64 value;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

/* NULL when the query returns no row. */
static char *
query_text (const char *sql,
            const char *first,
            const char *second)
{
  sqlite3_stmt *stmt = prepare_bound (sql, first, second);
  char *value = NULL;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

static HpCorpusItem *
lookup (const char *id)
{
  g_autoptr(GError) error = NULL;
  HpCorpusItem *item = hp_corpus_lookup (corpus, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (item);
  return item;
}

/* The id of the nearest ancestor of item @id that is of @kind. */
static char *
ancestor_id (const char *id,
             const char *kind)
{
  return query_text ("WITH RECURSIVE up (seq) AS ("
                     "  SELECT parent_seq FROM corpus_item WHERE id = ?1"
                     "  UNION ALL"
                     "  SELECT c.parent_seq FROM corpus_item c JOIN up ON c.seq = up.seq"
                     "  WHERE c.parent_seq IS NOT NULL"
                     ") SELECT i.id FROM corpus_item i JOIN up ON i.seq = up.seq "
                     "WHERE i.kind = ?2 LIMIT 1", id, kind);
}

static gint64
count_descendants (const char *id,
                   const char *kind)
{
  return query_int ("WITH RECURSIVE down (seq) AS ("
                    "  SELECT seq FROM corpus_item WHERE id = ?1"
                    "  UNION ALL"
                    "  SELECT c.seq FROM corpus_item c JOIN down ON c.parent_seq = down.seq"
                    ") SELECT count(*) FROM corpus_item i JOIN down ON i.seq = down.seq "
                    "WHERE i.kind = ?2 AND i.id != ?1", id, kind);
}

static gint64
count_sql (const char *sql)
{
  return query_int (sql, NULL, NULL);
}

/* --- counts and metadata ----------------------------------------------- */

static void
test_counts (void)
{
  g_autoptr(GError) error = NULL;
  HpCorpusCounts counts = { 0 };
  gboolean ok;

  ok = hp_corpus_loader_count (db, &counts, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (counts.chapters, ==, 4);
  g_assert_cmpuint (counts.guidelines, ==, 25);
  g_assert_cmpuint (counts.principles, ==, 9);
  g_assert_cmpuint (counts.core_principles, ==, 8);
  g_assert_cmpuint (counts.support_methods, ==, 3);
  g_assert_cmpuint (counts.directions, >=, 25);
  g_assert_cmpuint (counts.subpoints, >, counts.directions);
  g_assert_cmpuint (counts.literature, >, 0);
}

static void
test_support_methods (void)
{
  static const char * const expected[] = { "CTI", "ICM", "ACT" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) methods = hp_corpus_list_kind (corpus, "method", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (methods), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(HpCorpusItem) method = g_list_model_get_item (methods, i);
      g_assert_cmpstr (hp_corpus_item_get_number (method), ==, expected[i]);
      g_assert_cmpstr (hp_corpus_item_get_text (method), !=, "");
    }
}

static void
test_edition (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCorpusEdition) edition = hp_corpus_get_edition (corpus, &error);

  g_assert_no_error (error);
  g_assert_nonnull (edition);
  g_assert_cmpstr (edition->edition, ==, "2020");
  g_assert_cmpstr (edition->isbn_digital, ==, "978-87-94059-04-6");
  g_assert_cmpstr (edition->isbn_print, ==, "978-87-94059-05-3");
  g_assert_cmpstr (edition->title, ==, "Nationale retningslinjer for indsatsen mod hjemløshed");
  g_assert_cmpstr (edition->publisher, ==, "Socialstyrelsen");
  g_assert_cmpuint (strlen (edition->checksum), ==, 32);  /* MD5, in hex */
}

/* --- footnotes and references ------------------------------------------ */

static void
test_footnotes_numbered (void)
{
  gint64 n = count_sql ("SELECT count(*) FROM corpus_item WHERE kind = 'footnote'");

  g_assert_cmpint (n, >, 0);
  g_assert_cmpint (count_sql ("SELECT count(DISTINCT CAST (number AS INTEGER)) FROM corpus_item "
                              "WHERE kind = 'footnote'"), ==, n);
  g_assert_cmpint (count_sql ("SELECT min(CAST (number AS INTEGER)) FROM corpus_item "
                              "WHERE kind = 'footnote'"), ==, 1);
  g_assert_cmpint (count_sql ("SELECT max(CAST (number AS INTEGER)) FROM corpus_item "
                              "WHERE kind = 'footnote'"), ==, n);
  g_assert_cmpint (count_sql ("SELECT max(footnote) FROM corpus_footnote_ref"), ==, n);
}

static void
test_footnote_refs_resolve (void)
{
  g_assert_cmpint (count_sql ("SELECT count(*) FROM corpus_footnote_ref"), >, 0);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM corpus_footnote_ref r WHERE NOT EXISTS ("
                              "  SELECT 1 FROM corpus_item f WHERE f.kind = 'footnote'"
                              "  AND CAST (f.number AS INTEGER) = r.footnote)"), ==, 0);
  /* Every marker survives as a link in the markup and not in the text. */
  g_assert_cmpint (count_sql ("SELECT count(*) FROM corpus_footnote_ref r JOIN corpus_item i "
                              "ON i.seq = r.item_seq WHERE instr (i.markup, "
                              "'<a href=\"fn:' || r.footnote || '\">') = 0"), ==, 0);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM corpus_item WHERE instr (text, '<sup>') > 0 "
                              "OR instr (text, '<fn') > 0"), ==, 0);
}

static void
test_xrefs_resolve (void)
{
  g_assert_cmpint (count_sql ("SELECT count(*) FROM corpus_xref"), >, 0);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM corpus_xref WHERE target_id NOT IN "
                              "(SELECT id FROM corpus_item)"), ==, 0);
}

static gint64
count_lawrefs (const char *law,
               const char *paragraph)
{
  return query_int ("SELECT count(*) FROM corpus_lawref WHERE law = ?1 AND paragraph = ?2",
                    law, paragraph);
}

static void
test_lawrefs (void)
{
  g_assert_cmpint (count_sql ("SELECT count(*) FROM corpus_lawref"), >=, 150);
  g_assert_cmpint (count_lawrefs ("serviceloven", "110"), >, 0);
  g_assert_cmpint (count_lawrefs ("almenboligloven", "59"), >, 0);
  /* Law references hang on footnotes only. */
  g_assert_cmpint (count_sql ("SELECT count(*) FROM corpus_lawref l JOIN corpus_item f "
                              "ON f.seq = l.footnote_seq WHERE f.kind != 'footnote'"), ==, 0);
}

/* --- guidelines, directions and classification ------------------------- */

static void
assert_guideline_shape (HpCorpusItem *guideline,
                        guint         index)
{
  const char *id = hp_corpus_item_get_id (guideline);
  g_autofree char *number = g_strdup_printf ("%u", index + 1);
  g_autofree char *chapter = ancestor_id (id, "chapter");

  g_test_message ("guideline %s", id);
  g_assert_cmpstr (hp_corpus_item_get_number (guideline), ==, number);
  g_assert_cmpint (hp_corpus_item_get_page (guideline), >, 0);
  g_assert_true (g_str_has_prefix (hp_corpus_item_get_title (guideline), "Retningslinje for "));
  g_assert_cmpint (query_int ("SELECT count(*) FROM corpus_item p JOIN corpus_item g "
                              "ON g.seq = p.parent_seq WHERE g.id = ?1 AND p.kind = 'purpose'",
                              id, NULL), ==, 1);
  g_assert_cmpint (query_int ("SELECT count(*) FROM corpus_item c JOIN corpus_item p "
                              "ON c.parent_seq = p.seq JOIN corpus_item g ON p.parent_seq = g.seq "
                              "WHERE g.id = ?1 AND p.kind = 'purpose' AND c.text != ''",
                              id, NULL), >, 0);
  g_assert_cmpint (count_descendants (id, "directions"), ==, 1);
  g_assert_cmpint (count_descendants (id, "direction"), >=, 1);
  g_assert_nonnull (chapter);
}

static void
test_guidelines (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) guidelines = hp_corpus_list_kind (corpus, "guideline", &error);
  int previous_page = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (guidelines), ==, 25);
  for (guint i = 0; i < g_list_model_get_n_items (guidelines); i++)
    {
      g_autoptr(HpCorpusItem) guideline = g_list_model_get_item (guidelines, i);

      assert_guideline_shape (guideline, i);
      g_assert_cmpint (hp_corpus_item_get_page (guideline), >, previous_page);
      previous_page = hp_corpus_item_get_page (guideline);
    }
}

static void
test_classified (void)
{
  static const char * const classes[] = { "skal", "boer", "kan", "god-praksis" };

  g_assert_cmpint (count_sql ("SELECT count(*) FROM corpus_item WHERE kind IN "
                              "('direction', 'subpoint')"), >, 0);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM corpus_item WHERE kind IN "
                              "('direction', 'subpoint') AND classification IS NULL"), ==, 0);
  /* …and nothing else is classified. */
  g_assert_cmpint (count_sql ("SELECT count(*) FROM corpus_item WHERE kind NOT IN "
                              "('direction', 'subpoint') AND classification IS NOT NULL"), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    g_assert_cmpint (query_int ("SELECT count(*) FROM corpus_item WHERE classification = ?1",
                                classes[i], NULL), >, 0);
}

/* --- golden checks ------------------------------------------------------ */

typedef struct {
  const char *id;
  const char *number;
  int         page;
  const char *chapter;
  const char *title;
} GoldenGuideline;

static const GoldenGuideline golden_guidelines[] = {
  { "generel-forebyggelse-af-hjemloeshed", "1", 18, "kapitel-2",
    "Retningslinje for generel forebyggelse af hjemløshed – primær forebyggelse" },
  { "kommunal-planlaegning-og-organisering-af-indsatsen", "5", 48, "kapitel-3",
    "Retningslinje for kommunal planlægning og organisering af indsatsen" },
  { "planlaegning-af-boligindsatsen", "12", 84, "kapitel-4",
    "Retningslinje for planlægning af boligindsatsen" },
  { "raadgivning-og-vejledning", "16", 104, "kapitel-5",
    "Retningslinje for rådgivning og vejledning" },
};

typedef struct {
  const char       *id;
  const char       *kind;
  const char       *guideline;
  HpClassification  classification;
  int               footnote;   /* the marker in the item, or 0 */
  gboolean          prefix;     /* text is only the start of the item's text */
  const char       *text;
} GoldenDirection;

#define G1 "generel-forebyggelse-af-hjemloeshed"
#define G5 "kommunal-planlaegning-og-organisering-af-indsatsen"
#define G12 "planlaegning-af-boligindsatsen"
#define G16 "raadgivning-og-vejledning"

static const GoldenDirection golden_directions[] = {
  /* Kapitel 2, page 20 */
  { G1 ".a1", "direction", G1, HP_CLASSIFICATION_SKAL, 31, FALSE,
    "Kommunen skal stille rådgivning og vejledning gratis og anonymt til rådighed for borgerne." },
  { G1 ".a1.2", "subpoint", G1, HP_CLASSIFICATION_BOER, 0, FALSE,
    "Kommunen bør sikre, at der skabes overblik over, hvilke tilbud om rådgivning og vejledning "
    "der findes lokalt, så medarbejderne ved, hvortil de kan henvise borgerne, og så borgerne "
    "ved, hvor de kan henvende sig. Kommunen skal dog være opmærksom på, om borgerne ved "
    "henvendelse om rådgivning også faktisk ansøger om støtte." },
  { G1 ".a1.4", "subpoint", G1, HP_CLASSIFICATION_KAN, 0, FALSE,
    "Kommunen kan med fordel samarbejde med frivillige eller private organisationer om at sikre "
    "gode og forskellige rådgivnings- og vejledningstilbud." },
  { G1 ".a3", "direction", G1, HP_CLASSIFICATION_BOER, 0, TRUE,
    "Kommunen bør arbejde på at sikre et tilstrækkeligt antal boliger og en varieret boligmasse, "
    "som afspejler borgersammensætningen og dens behov" },
  { G1 ".a3.2", "subpoint", G1, HP_CLASSIFICATION_SKAL, 37, FALSE,
    "Kommunen skal have forpligtende samarbejder med relevante almene boligorganisationer, "
    "bl.a. blandt med henblik på at udbuddet af relevante boliger bliver tilstrækkeligt stort." },
  /* Kapitel 3, pages 49–51 */
  { G5 ".a1", "direction", G5, HP_CLASSIFICATION_BOER, 0, FALSE,
    "Kommunalbestyrelsen bør sætte retning for og understøtte indsatsen mod hjemløshed." },
  { G5 ".a2", "direction", G5, HP_CLASSIFICATION_GOD_PRAKSIS, 0, FALSE,
    "Det er vigtigt, at der er ledelsesmæssigt fokus på samarbejde og koordinering." },
  { G5 ".a3.3", "subpoint", G5, HP_CLASSIFICATION_GOD_PRAKSIS, 0, TRUE,
    "Det er god praksis, at kommunen har en tydelig beskrivelse af, hvilken betydning "
    "forskellige ansvarsområder har for indsatsen mod hjemløshed" },
  { G5 ".a5", "direction", G5, HP_CLASSIFICATION_SKAL, 140, FALSE,
    "Kommunen skal sikre de nødvendige tilbud til borgere i hjemløshed eller i risiko for "
    "hjemløshed, herunder også de nødvendige botilbud." },
  { G5 ".a8", "direction", G5, HP_CLASSIFICATION_GOD_PRAKSIS, 0, FALSE,
    "Det er god praksis, at rette faglighed sættes i spil." },
  /* Kapitel 4, page 85 */
  { G12 ".a1", "direction", G12, HP_CLASSIFICATION_BOER, 272, FALSE,
    "Kommunen bør udarbejde en kortlægning af boligmassen, som kan bidrage til at belyse "
    "behovet for boliger til bekæmpelse af hjemløshed. Kortlægningen kan fx ske i forlængelse "
    "af VIVEs kortlægninger af antal borgere i hjemløshed mv., som gennemføres hvert andet år." },
  { G12 ".a2.2", "subpoint", G12, HP_CLASSIFICATION_KAN, 0, FALSE,
    "Kommunen kan med fordel fremme \"det gode møde\" mellem borgerne og aktørerne, der bruger "
    "byens rum." },
  { G12 ".a4", "direction", G12, HP_CLASSIFICATION_BOER, 0, FALSE,
    "Kommunen bør i deres planlægning af byrummet tilgodese, at borgere i hjemløshed bliver en "
    "del af et fællesskab i lokalsamfundet." },
  /* Kapitel 5, page 105 */
  { G16 ".a2", "direction", G16, HP_CLASSIFICATION_SKAL, 334, FALSE,
    "Tilbuddet om rådgivning og vejledning skal være tilgængeligt." },
  { G16 ".a2.1", "subpoint", G16, HP_CLASSIFICATION_SKAL, 335, FALSE,
    "Kommunen skal stille rådgivning og vejledning gratis og anonymt til rådighed for borgerne." },
  { G16 ".a2.3", "subpoint", G16, HP_CLASSIFICATION_BOER, 0, FALSE,
    "Rådgivning og vejledning bør indgå i de tilbud, som borgerne i øvrigt er i kontakt med, og "
    "der bør være opsøgende og fremskudte indsatser på fx væresteder mv." },
  { G16 ".a3.1", "subpoint", G16, HP_CLASSIFICATION_GOD_PRAKSIS, 0, TRUE,
    "Det er god praksis at sikre, at medarbejderne, som yder rådgivning og vejledning til "
    "borgere i hjemløshed" },
};

/* The PDF's line breaks and one escaped underscore came through the
 * conversion as "vur- dering" and "Service_loven"; a search for
 * "vurdering" or "Serviceloven" must find them.  What may remain: a
 * suspended compound ("myndigheds- og leverandørniveau") and an underscore
 * inside a web address. */
static void
test_text_has_no_conversion_artefacts (void)
{
  g_autoptr(GRegex) split = g_regex_new ("\\p{L}- (?!(og|eller|samt|som|til|end)\\b)\\p{Ll}", 0, 0, NULL);
  g_autoptr(GRegex) underscore = g_regex_new ("(?<![/\\w])\\p{L}+_\\p{L}", 0, 0, NULL);
  sqlite3_stmt *stmt = prepare_bound ("SELECT id, text FROM corpus_item", NULL, NULL);
  guint n_items = 0;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      const char *text = (const char *) sqlite3_column_text (stmt, 1);

      if (g_regex_match (split, text, 0, NULL) || g_regex_match (underscore, text, 0, NULL))
        g_error ("%s: “%s”", id, text);
      n_items++;
    }
  sqlite3_reset (stmt);
  g_assert_cmpuint (n_items, >, 2000);
  g_assert_cmpint (query_int ("SELECT count(*) FROM corpus_item WHERE instr (text, ?1) > 0",
                              "Serviceloven giver også", NULL), ==, 1);
  g_assert_cmpint (query_int ("SELECT count(*) FROM corpus_item WHERE instr (text, ?1) > 0",
                              "myndigheds- og", NULL), >, 0);
}

static void
test_golden_guidelines (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (golden_guidelines); i++)
    {
      const GoldenGuideline *golden = &golden_guidelines[i];
      g_autoptr(HpCorpusItem) guideline = lookup (golden->id);
      g_autofree char *chapter = ancestor_id (golden->id, "chapter");

      g_assert_cmpstr (hp_corpus_item_get_kind (guideline), ==, "guideline");
      g_assert_cmpstr (hp_corpus_item_get_number (guideline), ==, golden->number);
      g_assert_cmpint (hp_corpus_item_get_page (guideline), ==, golden->page);
      g_assert_cmpstr (hp_corpus_item_get_title (guideline), ==, golden->title);
      g_assert_cmpstr (chapter, ==, golden->chapter);
    }
}

static void
assert_has_marker (HpCorpusItem *item,
                   int           footnote)
{
  g_autofree char *link = g_strdup_printf ("<a href=\"fn:%d\">", footnote);
  g_autofree char *seq = g_strdup_printf ("%" G_GINT64_FORMAT, hp_corpus_item_get_seq (item));
  g_autofree char *number = g_strdup_printf ("%d", footnote);

  g_assert_nonnull (strstr (hp_corpus_item_get_markup (item), link));
  g_assert_cmpint (query_int ("SELECT count(*) FROM corpus_footnote_ref "
                              "WHERE item_seq = ?1 AND footnote = ?2", seq, number), ==, 1);
}

static void
assert_golden_direction (const GoldenDirection *golden)
{
  g_autoptr(HpCorpusItem) item = lookup (golden->id);
  g_autofree char *guideline = ancestor_id (golden->id, "guideline");
  const char *text = hp_corpus_item_get_text (item);

  g_test_message ("golden item %s", golden->id);
  g_assert_cmpstr (hp_corpus_item_get_kind (item), ==, golden->kind);
  g_assert_cmpstr (guideline, ==, golden->guideline);
  g_assert_cmpstr (hp_classification_to_string (hp_corpus_item_get_classification (item)), ==,
                   hp_classification_to_string (golden->classification));
  if (golden->prefix)
    g_assert_true (g_str_has_prefix (text, golden->text));
  else
    g_assert_cmpstr (text, ==, golden->text);
  if (golden->footnote > 0)
    assert_has_marker (item, golden->footnote);
}

static void
test_golden_directions (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (golden_directions); i++)
    assert_golden_direction (&golden_directions[i]);
}

typedef struct {
  const char *law;
  const char *law_name;
  const char *paragraph;
  const char *stk;
  const char *act_type;
  const char *act_number;
  const char *act_date;
} GoldenLawRef;

typedef struct {
  int          number;
  const char  *text;
  guint        n_lawrefs;
  GoldenLawRef lawrefs[4];
} GoldenFootnote;

#define SEL_2020 "lbk", "1287", "2020-08-28"

static const GoldenFootnote golden_footnotes[] = {
  { 31, "Servicelovens §§ 10 og 11, stk. 2 og 7, og § 12, jf. lovbekendtgørelse nr. 1287 af "
        "28. august 2020.", 3,
    { { "serviceloven", "Serviceloven", "10", "", SEL_2020 },
      { "serviceloven", "Serviceloven", "11", "2 7", SEL_2020 },
      { "serviceloven", "Serviceloven", "12", "", SEL_2020 } } },
  { 51, "Retssikkerhedslovens § 5a, jf. lovbekendtgørelse nr. 826 af 16. august 2019 og "
        "almenboliglovens § 59, stk. 11 og 12, jf. lovbekendtgørelse nr. 1203 af 3. august 2020.", 2,
    { { "retssikkerhedsloven", "Retssikkerhedsloven", "5a", "", "lbk", "826", "2019-08-16" },
      { "almenboligloven", "Almenboligloven", "59", "11 12", "lbk", "1203", "2020-08-03" } } },
  { 100, "Servicelovens § 110, jf. lovbekendtgørelse nr. 1287 af 28. august 2020.", 1,
    { { "serviceloven", "Serviceloven", "110", "", SEL_2020 } } },
};

static void
assert_lawref (const HpLawRef     *ref,
               const GoldenLawRef *golden)
{
  g_assert_cmpstr (ref->law, ==, golden->law);
  g_assert_cmpstr (ref->law_name, ==, golden->law_name);
  g_assert_cmpstr (ref->paragraph, ==, golden->paragraph);
  g_assert_cmpstr (ref->stk, ==, golden->stk);
  g_assert_cmpstr (ref->paragraph_to, ==, "");
  g_assert_cmpstr (ref->act_type, ==, golden->act_type);
  g_assert_cmpstr (ref->act_number, ==, golden->act_number);
  g_assert_cmpstr (ref->act_date, ==, golden->act_date);
}

static void
assert_golden_footnote (const GoldenFootnote *golden)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCorpusItem) footnote = hp_corpus_lookup_footnote (corpus, golden->number, &error);
  g_autoptr(GPtrArray) refs = NULL;
  g_autofree char *id = g_strdup_printf ("fn-%d", golden->number);

  g_test_message ("golden footnote %d", golden->number);
  g_assert_no_error (error);
  g_assert_cmpstr (hp_corpus_item_get_id (footnote), ==, id);
  g_assert_cmpstr (hp_corpus_item_get_text (footnote), ==, golden->text);
  refs = hp_corpus_list_lawrefs (corpus, footnote, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (refs->len, ==, golden->n_lawrefs);
  for (guint i = 0; i < refs->len; i++)
    assert_lawref (g_ptr_array_index (refs, i), &golden->lawrefs[i]);
}

static void
test_golden_footnotes (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (golden_footnotes); i++)
    assert_golden_footnote (&golden_footnotes[i]);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  db = hp_test_open_corpus_db ();
  corpus = hp_corpus_new (db);

  g_test_add_func ("/corpus-content/counts", test_counts);
  g_test_add_func ("/corpus-content/support-methods", test_support_methods);
  g_test_add_func ("/corpus-content/edition", test_edition);
  g_test_add_func ("/corpus-content/footnotes-numbered", test_footnotes_numbered);
  g_test_add_func ("/corpus-content/footnote-refs-resolve", test_footnote_refs_resolve);
  g_test_add_func ("/corpus-content/xrefs-resolve", test_xrefs_resolve);
  g_test_add_func ("/corpus-content/lawrefs", test_lawrefs);
  g_test_add_func ("/corpus-content/guidelines", test_guidelines);
  g_test_add_func ("/corpus-content/classified", test_classified);
  g_test_add_func ("/corpus-content/no-conversion-artefacts", test_text_has_no_conversion_artefacts);
  g_test_add_func ("/corpus-content/golden/guidelines", test_golden_guidelines);
  g_test_add_func ("/corpus-content/golden/directions", test_golden_directions);
  g_test_add_func ("/corpus-content/golden/footnotes", test_golden_footnotes);

  status = g_test_run ();
  g_clear_object (&corpus);
  g_clear_object (&db);
  return status;
}
