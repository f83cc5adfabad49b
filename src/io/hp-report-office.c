/* hp-report-office.c — what the OpenDocument and Word writers share
 *
 * The same A4 page, the same charts as PNG, the same column widths and
 * page breaks in both formats, so a council member sees the same report in
 * LibreOffice and in Word.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hp-report-chart.h"
#include "hp-report-office.h"

/* Pixels per point: 216 dpi, sharp on paper at a small file size. */
#define CHART_SCALE 3.0
/* How many characters of table text fit across the page at 10 points. */
#define LINE_CHARACTERS 100.0
/* What a cell's padding takes, in characters. */
#define CELL_PADDING 1.5

static void
chart_free (HpOfficeChart *chart)
{
  g_bytes_unref (chart->png);
  g_free (chart->description);
  g_free (chart);
}

/* Of HpOfficeChart: the report's charts in order, as wide as the text. */
static GPtrArray *
render_charts (const HpReport  *report,
               GError         **error)
{
  g_autoptr(GPtrArray) charts = g_ptr_array_new_with_free_func ((GDestroyNotify) chart_free);
  double width = HP_OFFICE_TEXT_WIDTH / HP_OFFICE_MM_PER_POINT;

  for (guint i = 0; i < report->blocks->len; i++)
    {
      const HpReportBlock *block = report->blocks->pdata[i];
      HpOfficeChart *chart;
      GBytes *png;

      if (block->kind != HP_REPORT_CHART)
        continue;
      png = hp_report_chart_to_png (block->chart, width, CHART_SCALE, error);
      if (png == NULL)
        return NULL;
      chart = g_new0 (HpOfficeChart, 1);
      chart->png = png;
      chart->width = width;
      chart->height = hp_report_chart_get_height (block->chart, width);
      chart->description = hp_report_chart_describe (block->chart);
      g_ptr_array_add (charts, chart);
    }
  return g_steal_pointer (&charts);
}

/* The longest word of @text and its whole length, in characters. */
static void
measure_cell (const char *text,
              double     *longest_word,
              double     *length)
{
  g_auto(GStrv) words = g_strsplit_set (text ? text : "", " \t\n", -1);

  *length = MAX (*length, g_utf8_strlen (text ? text : "", -1));
  for (guint i = 0; words[i] != NULL; i++)
    *longest_word = MAX (*longest_word, g_utf8_strlen (words[i], -1));
}

/* Column widths summing to @total, as HTML's automatic table layout
 * shares them: every column gets room for its longest word, and what is
 * left goes to the columns whose text would otherwise wrap the most. */
double *
hp_office_column_widths (const HpReportBlock *table,
                         double               total)
{
  guint n = table->n_columns;
  g_autofree double *least = g_new0 (double, n);
  g_autofree double *most = g_new0 (double, n);
  double *widths = g_new0 (double, n);
  double sum_least = 0, sum_most = 0, scale = 0;

  for (guint r = 0; r < table->rows->len; r++)
    {
      GStrv cells = table->rows->pdata[r];

      for (guint c = 0; c < n; c++)
        measure_cell (cells[c], &least[c], &most[c]);
    }
  for (guint c = 0; c < n; c++)
    {
      least[c] = MAX (least[c], 3) + CELL_PADDING;
      most[c] = MAX (most[c] + CELL_PADDING, least[c]);
      sum_least += least[c];
      sum_most += most[c];
    }
  for (guint c = 0; c < n; c++)
    {
      if (sum_most <= LINE_CHARACTERS)
        widths[c] = most[c];
      else if (sum_least >= LINE_CHARACTERS)
        widths[c] = least[c];
      else
        widths[c] = least[c] + (most[c] - least[c]) * (LINE_CHARACTERS - sum_least) / (sum_most - sum_least);
      scale += widths[c];
    }
  for (guint c = 0; c < n; c++)
    widths[c] *= total / scale;
  return widths;
}

/* For each block, whether it starts a page: the first block after the
 * title page and after each page break (a break at the end, or right after
 * another, would only leave a page blank). */
static gboolean *
find_page_starts (const HpReport *report)
{
  gboolean *starts = g_new0 (gboolean, report->blocks->len + 1);
  gboolean pending = TRUE;

  for (guint i = 0; i < report->blocks->len; i++)
    {
      const HpReportBlock *block = report->blocks->pdata[i];

      if (block->kind == HP_REPORT_PAGE_BREAK)
        pending = TRUE;
      else
        {
          starts[i] = pending;
          pending = FALSE;
        }
    }
  return starts;
}

HpOfficeDocument *
hp_office_document_new (const HpReport  *report,
                        GError         **error)
{
  g_autoptr(HpOfficeDocument) doc = g_new0 (HpOfficeDocument, 1);

  doc->report = report;
  doc->charts = render_charts (report, error);
  if (doc->charts == NULL)
    return NULL;
  doc->title_page = hp_report_get_title_page (report);
  doc->page_starts = find_page_starts (report);
  return g_steal_pointer (&doc);
}

void
hp_office_document_free (HpOfficeDocument *doc)
{
  if (doc == NULL)
    return;
  g_clear_pointer (&doc->title_page, g_ptr_array_unref);
  g_clear_pointer (&doc->charts, g_ptr_array_unref);
  g_free (doc->page_starts);
  g_free (doc);
}

/* The charts' PNGs, stored (they are compressed already), named by
 * @path_for (1 for the first). */
void
hp_office_package_add_charts (HpOfficePackage        *package,
                              const HpOfficeDocument *doc,
                              char                 *(*path_for) (guint n))
{
  for (guint i = 0; i < doc->charts->len; i++)
    {
      const HpOfficeChart *chart = doc->charts->pdata[i];
      g_autofree char *path = path_for (i + 1);

      hp_office_package_add (package, path, "image/png", chart->png, HP_ZIP_STORED);
    }
}

/* The report's date as the metadata's xsd:dateTime, or NULL. */
char *
hp_office_iso_datetime (const HpReport *report)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;
  char end;

  if (report->iso_date == NULL || sscanf (report->iso_date, "%4d-%2d-%2d%c", &year, &month, &day, &end) != 3)
    return NULL;
  date = g_date_time_new_utc (year, month, day, 0, 0, 0);
  return date ? g_date_time_format (date, "%Y-%m-%dT%H:%M:%S") : NULL;
}

/* "16.000cm": a length as XML writes it, whatever the locale. */
char *
hp_office_format_length (double      value,
                         const char *unit)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strconcat (g_ascii_formatd (number, sizeof number, "%.3f", value), unit, NULL);
}

/* "da-DK" as "da" and "DK"; Danish when the report does not say. */
void
hp_office_split_language (const HpReport  *report,
                          char           **language,
                          char           **country)
{
  g_auto(GStrv) parts = g_strsplit_set (report->language ? report->language : "da-DK", "-_", 2);

  *language = g_strdup (parts[0] && *parts[0] ? parts[0] : "da");
  *country = parts[0] && parts[1] ? g_strdup (parts[1]) : NULL;
}

/* "da-DK": the report's language as a language tag. */
char *
hp_office_language_tag (const HpReport *report)
{
  g_autofree char *language = NULL;
  g_autofree char *country = NULL;

  hp_office_split_language (report, &language, &country);
  return country ? g_strdup_printf ("%s-%s", language, country) : g_strdup (language);
}

/* The footer's text before and after the page number. */
void
hp_office_page_label (char **before,
                      char **after)
{
  /* TRANSLATORS: the footer of each page of the report; %s is the page number */
  const char *label = _("Page %s");
  const char *number = strstr (label, "%s");

  *before = number ? g_strndup (label, number - label) : g_strdup (label);
  *after = g_strdup (number ? number + 2 : "");
}

/* Writes @report in @format to @path, all or nothing: the file is written
 * beside @path and renamed over it. */
gboolean
hp_office_write_report (const HpReport  *report,
                        const char      *path,
                        HpOfficeFormat   format,
                        GError         **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const void *data;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  bytes = format (report, error);
  if (bytes == NULL)
    return FALSE;
  file = g_file_new_for_path (path);
  data = g_bytes_get_data (bytes, &size);
  return g_file_replace_contents (file, data, size, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, error);
}
