/* test-citation.c — quoting the publication with its source named
 *
 * The quoted texts are those of data/guidelines.xml, checked against the
 * publication ("Nationale retningslinjer for indsatsen mod hjemløshed",
 * Socialstyrelsen 2020): retningslinje 12 begins on page 84, retningslinje
 * 16 on page 104, and "Formål med retningslinjerne" is on page 5.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hp-citation.h"
#include "hp-test-util.h"

static HpDatabase *db;
static HpCorpus *corpus;

#define SOURCE "Socialstyrelsen 2020: Nationale retningslinjer for indsatsen mod hjemløshed"
#define G12_SOURCE SOURCE ", Retningslinje for planlægning af boligindsatsen, s. 84"

typedef struct {
  const char *id;
  const char *expected;
} GoldenCitation;

static const GoldenCitation golden[] = {
  /* A direction (with footnote marker 272, which is not quoted). */
  { "planlaegning-af-boligindsatsen.a1",
    "Kommunen bør udarbejde en kortlægning af boligmassen, som kan bidrage til at belyse "
    "behovet for boliger til bekæmpelse af hjemløshed. Kortlægningen kan fx ske i forlængelse "
    "af VIVEs kortlægninger af antal borgere i hjemløshed mv., som gennemføres hvert andet år. "
    "(" G12_SOURCE ")" },
  /* A sub-point: the page is still its guideline's. */
  { "planlaegning-af-boligindsatsen.a2.2",
    "Kommunen kan med fordel fremme \"det gode møde\" mellem borgerne og aktørerne, der bruger "
    "byens rum. (" G12_SOURCE ")" },
  /* The guideline itself: its title. */
  { "planlaegning-af-boligindsatsen",
    "Retningslinje for planlægning af boligindsatsen (" G12_SOURCE ")" },
  /* Another guideline, another page. */
  { "raadgivning-og-vejledning.a2",
    "Tilbuddet om rådgivning og vejledning skal være tilgængeligt. (" SOURCE
    ", Retningslinje for rådgivning og vejledning, s. 104)" },
  /* A section of the introduction is a page of its own. */
  { "formaal-med-retningslinjerne",
    "Formål med retningslinjerne (" SOURCE ", Formål med retningslinjerne, s. 5)" },
  /* A footnote is on no page of its own: the publication alone. */
  { "fn-100",
    "Servicelovens § 110, jf. lovbekendtgørelse nr. 1287 af 28. august 2020. (" SOURCE ")" },
};

static HpCorpusItem *
lookup (const char *id)
{
  g_autoptr(GError) error = NULL;
  HpCorpusItem *item = hp_corpus_lookup (corpus, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (item);
  return item;
}

static void
test_golden (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (golden); i++)
    {
      g_autoptr(HpCorpusItem) item = lookup (golden[i].id);
      g_autofree char *citation = hp_citation_format (corpus, item);

      g_test_message ("citation of %s", golden[i].id);
      g_assert_cmpstr (citation, ==, golden[i].expected);
    }
}

static void
test_source_only (void)
{
  g_autoptr(HpCorpusItem) item = lookup ("planlaegning-af-boligindsatsen.a4.1");
  g_autofree char *source = hp_citation_format_source (corpus, item);

  g_assert_cmpstr (source, ==, G12_SOURCE);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  db = hp_test_open_corpus_db ();
  corpus = hp_corpus_new (db);

  g_test_add_func ("/citation/golden", test_golden);
  g_test_add_func ("/citation/source-only", test_source_only);

  status = g_test_run ();
  g_clear_object (&corpus);
  g_clear_object (&db);
  return status;
}
