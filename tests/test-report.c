/* test-report.c — the council report: what it says, and as PDF
 *
 * The example municipality's report is dumped block by block and compared
 * with a golden file (HP_UPDATE_GOLDEN=1 rewrites it), so any change in
 * what the council reads shows up in review.  The parts are checked
 * against the store on their own: every direction in the appendix, the
 * findings, the chart's counts.  The PDF is read back with pdftotext, in
 * English and in Danish.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "hp-error.h"
#include "hp-report-builder.h"
#include "hp-report-pdf.h"
#include "hp-strategy-example.h"
#include "hp-strategy-plan.h"
#include "hp-strategy-progress.h"
#include "hp-test-util.h"

#define TODAY "2026-11-30"

typedef struct {
  HpDatabase      *db;
  HpCorpus        *corpus;
  HpStrategyStore *store;
  gint64           example;
  char            *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpUndoStack) undo = hp_undo_stack_new ();

  fixture->db = hp_test_open_corpus_db ();
  fixture->corpus = hp_corpus_new (fixture->db);
  fixture->store = hp_strategy_store_new (fixture->corpus, undo);
  fixture->example = hp_strategy_example_create (fixture->store, &error);
  g_assert_no_error (error);
  fixture->dir = g_dir_make_tmp ("hjemplan-report-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  hp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->corpus);
  g_clear_object (&fixture->db);
}

static HpReport *
build (Fixture *fixture,
       gint64   strategy_id)
{
  g_autoptr(GError) error = NULL;
  HpReport *report = hp_report_build (fixture->store, strategy_id, TODAY, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* ---- A readable dump of the blocks, for the golden file --------------- */

static const char * const style_names[] = { "", "[quote] ", "[small] " };

static void
dump_block (GString             *out,
            const HpReportBlock *block)
{
  switch (block->kind)
    {
    case HP_REPORT_HEADING:
      g_string_append_printf (out, "\n%.*s %s\n", block->level, "###", block->text);
      break;
    case HP_REPORT_PARAGRAPH:
      g_string_append_printf (out, "%s%s\n", style_names[block->style], block->text);
      break;
    case HP_REPORT_BULLET:
      g_string_append_printf (out, "* %s\n", block->text);
      break;
    case HP_REPORT_TABLE:
      for (guint r = 0; r < block->rows->len; r++)
        {
          g_autofree char *row = g_strjoinv (" | ", g_ptr_array_index (block->rows, r));
          g_string_append_printf (out, "| %s |\n", row);
        }
      break;
    case HP_REPORT_CHART:
      g_string_append_printf (out, "[chart] %s\n", block->chart->caption);
      for (guint b = 0; b < block->chart->bars->len; b++)
        {
          HpReportBar *bar = g_ptr_array_index (block->chart->bars, b);

          g_string_append_printf (out, "  %s:", bar->label);
          for (guint s = 0; s < HP_N_ASSESSMENT_STATUSES; s++)
            g_string_append_printf (out, " %u", bar->counts[s]);
          g_string_append_c (out, '\n');
        }
      break;
    case HP_REPORT_PAGE_BREAK:
    default:
      g_string_append (out, "--- page break ---\n");
      break;
    }
}

static char *
dump (const HpReport *report)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "title: %s\nmunicipality: %s\nperiod: %s\ndate: %s\nlanguage: %s\n"
                          "example: %d\nattribution: %s\n", report->title, report->municipality,
                          report->period, report->date, report->language, report->is_example,
                          report->attribution);
  for (guint i = 0; i < report->blocks->len; i++)
    dump_block (out, g_ptr_array_index (report->blocks, i));
  return g_string_free (out, FALSE);
}

static void
test_golden (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(HpReport) report = build (fixture, fixture->example);
  g_autofree char *text = dump (report);
  g_autofree char *golden = hp_test_fixture ("report/example-report.txt");
  g_autofree char *expected = NULL;

  if (g_strcmp0 (g_getenv ("HP_UPDATE_GOLDEN"), "1") == 0)
    g_file_set_contents (golden, text, -1, NULL);
  expected = hp_test_read_file (golden, NULL);
  g_assert_cmpstr (text, ==, expected);
}

/* ---- The parts against the store --------------------------------------- */

static GPtrArray *
blocks_of_kind (const HpReport    *report,
                HpReportBlockKind  kind)
{
  GPtrArray *blocks = g_ptr_array_new ();

  for (guint i = 0; i < report->blocks->len; i++)
    if (((HpReportBlock *) g_ptr_array_index (report->blocks, i))->kind == kind)
      g_ptr_array_add (blocks, g_ptr_array_index (report->blocks, i));
  return blocks;
}

static guint
index_of_heading (const HpReport *report,
                  const char     *text)
{
  for (guint i = 0; i < report->blocks->len; i++)
    {
      HpReportBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->kind == HP_REPORT_HEADING && g_strcmp0 (block->text, text) == 0)
        return i;
    }
  g_assert_not_reached ();
}

/* Every direction once in the appendix, after its own heading. */
static void
test_appendix_lists_every_direction (Fixture       *fixture,
                                     gconstpointer  user_data)
{
  g_autoptr(HpReport) report = build (fixture, fixture->example);
  guint start = index_of_heading (report, "Appendix: The Full Checklist");
  guint directions = 0, subpoints = 0;

  for (guint i = start; i < report->blocks->len; i++)
    {
      HpReportBlock *block = g_ptr_array_index (report->blocks, i);

      for (guint r = 1; block->kind == HP_REPORT_TABLE && r < block->rows->len; r++)
        {
          GStrv cells = g_ptr_array_index (block->rows, r);

          g_auto(GStrv) parts = g_strsplit (cells[0], ".", -1);

          g_assert_cmpuint (g_strv_length (parts), >=, 2);
          if (g_strv_length (parts) == 3)
            subpoints++;
          else
            directions++;
        }
    }
  g_assert_cmpuint (directions, ==, hp_corpus_count_kind (fixture->corpus, "direction"));
  g_assert_cmpuint (subpoints, ==, hp_test_query_int (fixture->db,
    "SELECT count (*) FROM assessment a JOIN corpus_item c ON c.id = a.item_id "
    "WHERE c.kind = 'subpoint'"));
}

static void
test_findings_and_chart (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpReport) report = build (fixture, fixture->example);
  g_autoptr(GPtrArray) findings = hp_strategy_progress_findings (fixture->store, fixture->example, &error);
  g_autoptr(GPtrArray) charts = blocks_of_kind (report, HP_REPORT_CHART);
  guint at = index_of_heading (report, "Legal Requirements Not in Place");
  HpReportBlock *table = g_ptr_array_index (report->blocks, at + 2);
  HpReportChart *chart;
  guint sum = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (findings->len, >, 0);
  g_assert_cmpint (table->kind, ==, HP_REPORT_TABLE);
  g_assert_cmpuint (table->rows->len, ==, findings->len + 1);

  g_assert_cmpuint (charts->len, ==, 1);
  chart = ((HpReportBlock *) g_ptr_array_index (charts, 0))->chart;
  g_assert_cmpuint (chart->bars->len, ==, 4);
  for (guint b = 0; b < chart->bars->len; b++)
    for (guint s = 0; s < HP_N_ASSESSMENT_STATUSES; s++)
      sum += ((HpReportBar *) g_ptr_array_index (chart->bars, b))->counts[s];
  g_assert_cmpuint (sum, ==, hp_corpus_count_kind (fixture->corpus, "direction"));
}

/* A strategy just created says what is still missing. */
static void
test_empty_strategy (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  HpStrategy fields = { .municipality = "Vejle Kommune", .title = "Strategi", .period_start = 2026,
                        .period_end = 2029, .vision = "" };
  gint64 id = hp_strategy_store_create_strategy (fixture->store, &fields, &error);
  g_autoptr(HpReport) report = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  report = build (fixture, id);
  text = dump (report);
  g_assert_false (report->is_example);
  g_assert_cmpstr (report->period, ==, "2026–2029");
  g_assert_nonnull (strstr (text, "No vision has been written yet."));
  g_assert_nonnull (strstr (text, "No focus areas have been chosen yet."));
  g_assert_nonnull (strstr (text, "No goals have been set yet."));
  g_assert_null (strstr (text, "Other Actions"));
  g_assert_null (strstr (text, "Overdue Actions"));
  g_assert_nonnull (strstr (text, "not yet assessed: 132."));
}

static void
test_unknown_strategy (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpReport) report = hp_report_build (fixture->store, 9999, TODAY, &error);

  g_assert_null (report);
  g_assert_error (error, HP_ERROR, HP_ERROR_NOT_FOUND);
}

/* ---- PDF --------------------------------------------------------------- */

/* The report as PDF, laid out once: hp_report_write_pdf() is the same
 * layout written to a file, which the command line's test covers. */
static char *
write_pdf (Fixture    *fixture,
           const char *name,
           int        *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpReport) report = build (fixture, fixture->example);
  g_autoptr(GBytes) bytes = hp_report_to_pdf (report, n_pages, &error);
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 10000);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  return path;
}

static void
test_pdf (Fixture       *fixture,
          gconstpointer  user_data)
{
  int n_pages = 0;
  g_autofree char *pdf = write_pdf (fixture, "report.pdf", &n_pages);
  g_autofree char *text = hp_test_pdf_text (pdf);
  const char *expected[] = {
    "Hjemløsestrategi 2025-2028", HP_EXAMPLE_MUNICIPALITY, "Strategy period 2025–2028", "30 November 2026",
    "Fictional example", "Vision", "Ingen i Eksempelby skal leve i hjemløshed",
    "Focus Areas, Goals and Actions", "Retningslinje for boligfastholdelse",
    "Etablere 20 skæve boliger", "Teknik og Miljø", "31 December 2027",
    "Assessment of Current Practice", "Directions per chapter by status", "In place",
    "Legal Requirements Not in Place", "Appendix: The Full Checklist",
    "Source: Socialstyrelsen (2020): Nationale retningslinjer for indsatsen mod hjemløshed. "
    "Reproduced with the source named.",
  };

  g_assert_cmpint (n_pages, >, 10);
  g_assert_cmpint (hp_test_pdf_page_count (pdf), ==, n_pages);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("“%s” is not in the PDF", expected[i]);
  /* The title page has no running header: the title appears on it once. */
  g_assert_true (g_str_has_prefix (text, "Hjemløsestrategi 2025-2028 " HP_EXAMPLE_MUNICIPALITY));
  {
    g_autofree char *last = g_strdup_printf ("Page %d of %d", n_pages, n_pages);
    g_assert_nonnull (strstr (text, last));
  }
}

static void
test_pdf_danish (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  const char *expected[] = {
    "Strategiperiode 2025–2028", "30. november 2026", "Fiktivt eksempel", "Fokusområder, mål og handlinger",
    "31. december 2027", "Vurdering af nuværende praksis", "Lovkrav, der ikke er på plads",
    "Bilag: Hele tjeklisten", "Side 1 af",
    "Kilde: Socialstyrelsen (2020): Nationale retningslinjer for indsatsen mod hjemløshed. "
    "Gengivet med kildeangivelse.",
  };

  if (!hp_test_in_danish ())
    return;
  pdf = write_pdf (fixture, "rapport.pdf", NULL);
  text = hp_test_pdf_text (pdf);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("“%s” is not in the Danish PDF", expected[i]);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hp_test_init_locale ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/report/golden", test_golden);
  ADD ("/report/appendix-lists-every-direction", test_appendix_lists_every_direction);
  ADD ("/report/findings-and-chart", test_findings_and_chart);
  ADD ("/report/empty-strategy", test_empty_strategy);
  ADD ("/report/unknown-strategy", test_unknown_strategy);
  ADD ("/report/pdf", test_pdf);
  ADD ("/report/pdf-danish", test_pdf_danish);
#undef ADD
  return g_test_run ();
}
