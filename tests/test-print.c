/* test-print.c — a guideline printed to PDF reads like the publication
 *
 * The PDFs are checked through poppler's pdftotext and pdfinfo, the way a
 * reader would see them: title, directions with their classification in
 * words, the notes at the end, the source and the page numbers.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "hp-application.h"
#include "hp-guideline-printer.h"
#include "hp-test-util.h"

/* Stable identifiers from data/guidelines.xml. */
#define GUIDELINE_1        "generel-forebyggelse-af-hjemloeshed"
#define GUIDELINE_HOUSING  "planlaegning-af-boligindsatsen"
#define CHAPTER_HOUSING    "kapitel-4"

#define ATTRIBUTION \
  "Source: Socialstyrelsen (2020): Nationale retningslinjer for indsatsen mod hjemløshed. " \
  "Reproduced with the source named."

typedef struct {
  HpDatabase *db;
  HpCorpus   *corpus;
  char       *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->db = hp_test_open_corpus_db ();
  fixture->corpus = hp_corpus_new (fixture->db);
  fixture->dir = g_dir_make_tmp ("hjemplan-print-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  hp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_clear_object (&fixture->corpus);
  g_clear_object (&fixture->db);
}

static char *
export (Fixture    *fixture,
        const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCorpusItem) page = hp_corpus_lookup (fixture->corpus, id, &error);
  g_autofree char *name = g_strconcat (id, ".pdf", NULL);
  char *pdf = g_build_filename (fixture->dir, name, NULL);

  g_assert_no_error (error);
  g_assert_true (hp_guideline_printer_export_pdf (fixture->corpus, page, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  return pdf;
}

static const char *
find (const char *text,
      const char *needle)
{
  const char *at = strstr (text, needle);

  if (at == NULL)
    g_error ("“%s” not found in the printed text:\n%s", needle, text);
  return at;
}

/* "Page 1 of N" on the first page, "Page N of N" on the last, and N is
 * what pdfinfo counts. */
static void
assert_page_numbers (const char *text,
                     const char *pdf,
                     int         min_pages)
{
  int n_pages = hp_test_pdf_page_count (pdf);
  g_autofree char *first = g_strdup_printf ("Page 1 of %d", n_pages);
  g_autofree char *last = g_strdup_printf ("Page %d of %d", n_pages, n_pages);

  g_assert_cmpint (n_pages, >=, min_pages);
  find (text, first);
  find (text, last);
}

static void
assert_before (const char *text,
               const char *earlier,
               const char *later)
{
  g_assert_true (find (text, earlier) < find (text, later));
}

static void
test_housing_guideline (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *pdf = export (fixture, GUIDELINE_HOUSING);
  g_autofree char *text = hp_test_pdf_text (pdf);

  find (text, "Nationale retningslinjer for indsatsen mod hjemløshed");
  find (text, "Chapter 4 · Guideline 12 · Page 84");
  find (text, "Retningslinje for planlægning af boligindsatsen");
  find (text, "Anvisninger for planlægning af boligindsatsen");
  find (text, "[Recommendation] Kommunen bør udarbejde en kortlægning af boligmassen");
  find (text, "[Option] Kommunen kan med fordel fremme");
  /* The notes come last, after everything that cites them. */
  assert_before (text, "[Recommendation] Kommunen bør udarbejde", "Notes 269.");
  find (text, "272. Se fx Horsens Kommunes kortlægning af boligtilbud");
  find (text, ATTRIBUTION);
  assert_page_numbers (text, pdf, 2);
  /* Links are for the screen; none of their markup reaches paper. */
  g_assert_null (strstr (text, "fn:"));
  g_assert_null (strstr (text, "href"));
}

static void
test_first_guideline (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *pdf = export (fixture, GUIDELINE_1);
  g_autofree char *text = hp_test_pdf_text (pdf);

  find (text, "Chapter 2 · Guideline 1 · Page 18");
  find (text, "Retningslinje for generel forebyggelse af hjemløshed");
  find (text, "[Legal requirement] Kommunen skal stille rådgivning og vejledning gratis og anonymt");
  find (text, "[Recommendation] Kommunen bør arbejde på at sikre et tilstrækkeligt antal boliger");
  find (text, "Kommunernes rådgivningspligt");
  assert_before (text, "Kommunernes rådgivningspligt", "31. Servicelovens §§ 10 og 11");
  assert_before (text, "27. Sundhedsstyrelsen", "31. Servicelovens §§ 10 og 11, stk. 2 og 7");
  find (text, ATTRIBUTION);
  assert_page_numbers (text, pdf, 2);
}

/* A chapter prints its own text and lists its guidelines with their pages. */
static void
test_chapter (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autofree char *pdf = export (fixture, CHAPTER_HOUSING);
  g_autofree char *text = hp_test_pdf_text (pdf);

  find (text, "Chapter 4: Boligindsatser");
  find (text, "• Retningslinje for planlægning af boligindsatsen · Page 84");
  assert_page_numbers (text, pdf, 1);
}

static void
test_missing_directory (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCorpusItem) page = hp_corpus_lookup (fixture->corpus, GUIDELINE_1, NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "missing", "guideline.pdf", NULL);
  g_autofree char *missing = g_path_get_dirname (pdf);

  g_assert_false (hp_guideline_printer_export_pdf (fixture->corpus, page, pdf, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* The print dialog's path: begin-print paginates, draw-page draws, with
 * the print context's fonts; exporting skips only the dialog. */
static void
test_print_operation (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCorpusItem) page = hp_corpus_lookup (fixture->corpus, GUIDELINE_HOUSING, NULL);
  g_autoptr(HpGuidelinePrinter) printer = hp_guideline_printer_new (fixture->corpus, page, &error);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autofree char *text = NULL;
  GtkPrintOperationResult result;

  g_assert_no_error (error);
  operation = hp_guideline_printer_create_operation (printer);
  gtk_print_operation_set_export_filename (operation, pdf);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  text = hp_test_pdf_text (pdf);
  find (text, "Retningslinje for planlægning af boligindsatsen");
  find (text, "[Recommendation] Kommunen bør udarbejde en kortlægning af boligmassen");
  find (text, "272. Se fx Horsens Kommunes");
  find (text, ATTRIBUTION);
  assert_page_numbers (text, pdf, 2);
  g_assert_cmpint (hp_test_pdf_page_count (pdf), ==, hp_guideline_printer_get_n_pages (printer));
}

/* Run in a child process started under da_DK.UTF-8 (see test_danish). */
static void
check_danish (Fixture *fixture)
{
  g_autofree char *pdf = export (fixture, GUIDELINE_1);
  g_autofree char *text = hp_test_pdf_text (pdf);

  find (text, "Kapitel 2 · Retningslinje 1 · Side 18");
  find (text, "[Lovkrav] Kommunen skal stille rådgivning og vejledning gratis og anonymt");
  find (text, "[Anbefaling] Kommunen bør arbejde på at sikre");
  find (text, "[Mulighed]");
}

static void
test_danish (Fixture       *fixture,
             gconstpointer  user_data)
{
  if (hp_test_in_danish ())
    check_danish (fixture);
}

#define ADD(path, func) \
  g_test_add ("/print/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  hp_test_init_locale ();
  hp_application_setup_i18n ();
  adw_init ();

  ADD ("pdf/housing-guideline", test_housing_guideline);
  ADD ("pdf/first-guideline", test_first_guideline);
  ADD ("pdf/chapter", test_chapter);
  ADD ("pdf/missing-directory", test_missing_directory);
  ADD ("print-operation", test_print_operation);
  ADD ("danish", test_danish);
  return g_test_run ();
}
