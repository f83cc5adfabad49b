/* hp-report-pdf.c — the council report as PDF
 *
 * The report's blocks go onto A4 pages through HpPageLayout, the engine
 * that also prints the guidelines: a title page, then headings that stay
 * with what follows, tables whose header row is repeated on every page
 * they continue on, and the chart drawn as vectors.  The running header
 * names the strategy; the footer names the source and the page.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-page-layout.h"
#include "hp-report-chart.h"
#include "hp-report-office.h"
#include "hp-report-pdf.h"

#define HEADING_FAMILY "Cantarell, DejaVu Sans, sans-serif"
#define BODY_FONT      "DejaVu Serif, serif 10"
#define CELL_FONT      HEADING_FAMILY " 8.5"
#define TITLE_SPACE    (6.0 * HP_PAGE_CM)
#define QUOTE_INDENT   18.0
#define BULLET_INDENT  16.0
#define GREY           0.40

typedef enum {
  STYLE_TITLE,
  STYLE_SUBTITLE,
  STYLE_TITLE_META,
  STYLE_NOTICE,
  STYLE_TITLE_SOURCE,
  STYLE_HEADING_1,
  STYLE_HEADING_2,
  STYLE_HEADING_3,
  STYLE_BODY,
  STYLE_LEAD,
  STYLE_QUOTE,
  STYLE_SMALL,
  STYLE_CELL_HEADER,
  STYLE_CELL,
  STYLE_CHART,
} Style;

static const HpPageStyle styles[] = {
  [STYLE_TITLE]       = { HEADING_FAMILY " Bold 26",   1.1,  0, 12, TRUE,  0 },
  [STYLE_SUBTITLE]    = { HEADING_FAMILY " 16",        1.15, 0, 30, TRUE,  0 },
  [STYLE_TITLE_META]  = { HEADING_FAMILY " 11",        1.3,  0,  4, FALSE, GREY },
  [STYLE_NOTICE]      = { HEADING_FAMILY " Bold 11",   1.3, 18,  4, FALSE, 0 },
  [STYLE_TITLE_SOURCE] = { "DejaVu Serif, serif 8.5", 1.2, 40,  0, FALSE, GREY },
  [STYLE_HEADING_1]   = { HEADING_FAMILY " Bold 16",   1.1,  20, 8, TRUE,  0 },
  [STYLE_HEADING_2]   = { HEADING_FAMILY " Bold 13",   1.15, 14, 5, TRUE,  0 },
  [STYLE_HEADING_3]   = { HEADING_FAMILY " Bold 11",   1.15, 10, 4, TRUE,  0 },
  [STYLE_BODY]        = { BODY_FONT,                   1.25, 0,  7, FALSE, 0 },
  [STYLE_LEAD]        = { BODY_FONT,                   1.25, 0,  7, TRUE,  0 },
  [STYLE_QUOTE]       = { "DejaVu Serif, serif Italic 10.5", 1.3, 2, 8, FALSE, 0.15 },
  [STYLE_SMALL]       = { "DejaVu Serif, serif 8.5",   1.2,  0,  5, FALSE, GREY },
  [STYLE_CELL_HEADER] = { HEADING_FAMILY " Bold 8.5",  1.1,  4,  0, TRUE,  0 },
  [STYLE_CELL]        = { CELL_FONT,                   1.1,  0,  9, FALSE, 0 },
  [STYLE_CHART]       = { CELL_FONT,                   1.0,  6, 10, FALSE, 0 },
};

static const Style heading_styles[] = { STYLE_HEADING_1, STYLE_HEADING_2, STYLE_HEADING_3 };

/* ---- The title page ---------------------------------------------------- */

static double
measure_space (gpointer      data,
               PangoContext *context,
               double        width)
{
  return TITLE_SPACE;
}

static void
draw_nothing (gpointer      data,
              cairo_t      *cr,
              PangoContext *context,
              double        width)
{
}

static const Style title_styles[] = {
  [HP_REPORT_TITLE_MAIN] = STYLE_TITLE,
  [HP_REPORT_TITLE_SUBTITLE] = STYLE_SUBTITLE,
  [HP_REPORT_TITLE_DETAIL] = STYLE_TITLE_META,
  [HP_REPORT_TITLE_NOTE] = STYLE_NOTICE,
  [HP_REPORT_TITLE_ATTRIBUTION] = STYLE_TITLE_SOURCE,
};

/* The same lines as the office formats' title pages, a third of the way
 * down the first page. */
static void
add_title_page (HpPageLayout   *layout,
                const HpReport *report)
{
  g_autoptr(GPtrArray) lines = hp_report_get_title_page (report);

  hp_page_layout_add_drawing (layout, STYLE_BODY, measure_space, draw_nothing, NULL, NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      HpReportTitleLine *line = g_ptr_array_index (lines, i);

      if (line->text != NULL && *line->text != '\0')
        hp_page_layout_add_plain_text (layout, title_styles[line->role], line->text);
    }
  hp_page_layout_add_page_break (layout);
}

/* ---- Tables ------------------------------------------------------------ */

static GStrv
escape_row (GStrv cells)
{
  guint n = g_strv_length (cells);
  GStrv escaped = g_new0 (char *, n + 1);

  for (guint c = 0; c < n; c++)
    escaped[c] = g_markup_escape_text (cells[c], -1);
  return escaped;
}

static void
add_table (HpPageLayout        *layout,
           const HpReportBlock *table)
{
  /* Fractions of the text width, shared as in the ODT and DOCX tables. */
  g_autofree double *widths = hp_office_column_widths (table, 1.0);

  for (guint r = 0; r < table->rows->len; r++)
    {
      g_auto(GStrv) cells = escape_row (g_ptr_array_index (table->rows, r));

      if (r == 0)
        hp_page_layout_add_table (layout, STYLE_CELL_HEADER, STYLE_CELL, widths,
                                  (const char * const *) cells);
      else
        hp_page_layout_add_table_row (layout, (const char * const *) cells);
    }
}

/* ---- Charts ------------------------------------------------------------ */

static double
measure_chart (gpointer      data,
               PangoContext *context,
               double        width)
{
  return hp_report_chart_get_height (data, width);
}

static void
draw_chart (gpointer      data,
            cairo_t      *cr,
            PangoContext *context,
            double        width)
{
  hp_report_chart_draw (data, cr, context, width);
}

static void
add_chart (HpPageLayout        *layout,
           const HpReportBlock *block)
{
  if (block->chart->caption != NULL)
    hp_page_layout_add_plain_text (layout, STYLE_HEADING_3, block->chart->caption);
  hp_page_layout_add_drawing (layout, STYLE_CHART, measure_chart, draw_chart, block->chart, NULL);
}

/* ---- Blocks ------------------------------------------------------------ */

/* A paragraph that leads into a table or a chart stays on its page. */
static void
add_paragraph (HpPageLayout        *layout,
               const HpReportBlock *block,
               const HpReportBlock *next)
{
  g_autofree char *markup = g_markup_escape_text (block->text, -1);
  gboolean leads = next != NULL && (next->kind == HP_REPORT_TABLE || next->kind == HP_REPORT_CHART);

  switch (block->style)
    {
    case HP_REPORT_STYLE_QUOTE:
      hp_page_layout_add_text (layout, STYLE_QUOTE, markup, NULL, QUOTE_INDENT);
      break;
    case HP_REPORT_STYLE_SMALL:
      hp_page_layout_add_text (layout, STYLE_SMALL, markup, NULL, 0);
      break;
    case HP_REPORT_STYLE_NORMAL:
    default:
      hp_page_layout_add_text (layout, leads ? STYLE_LEAD : STYLE_BODY, markup, NULL, 0);
      break;
    }
}

static void
add_block (HpPageLayout        *layout,
           const HpReportBlock *block,
           const HpReportBlock *next)
{
  g_autofree char *markup = NULL;

  switch (block->kind)
    {
    case HP_REPORT_HEADING:
      hp_page_layout_add_plain_text (layout, heading_styles[CLAMP (block->level, 1, 3) - 1], block->text);
      break;
    case HP_REPORT_PARAGRAPH:
      add_paragraph (layout, block, next);
      break;
    case HP_REPORT_BULLET:
      markup = g_markup_escape_text (block->text, -1);
      hp_page_layout_add_text (layout, STYLE_BODY, markup, "•", BULLET_INDENT);
      break;
    case HP_REPORT_TABLE:
      add_table (layout, block);
      break;
    case HP_REPORT_CHART:
      add_chart (layout, block);
      break;
    case HP_REPORT_PAGE_BREAK:
    default:
      hp_page_layout_add_page_break (layout);
      break;
    }
}

static HpPageLayout *
build_layout (const HpReport *report)
{
  HpPageLayout *layout = hp_page_layout_new (styles, G_N_ELEMENTS (styles));
  g_autofree char *right = g_strdup_printf ("%s · %s", report->municipality,
                                            report->period ? report->period : "");

  hp_page_layout_set_header (layout, report->title, right);
  hp_page_layout_set_title_page (layout, TRUE);
  hp_page_layout_set_footer (layout, report->attribution);
  add_title_page (layout, report);
  for (guint i = 0; i < report->blocks->len; i++)
    add_block (layout, g_ptr_array_index (report->blocks, i),
               i + 1 < report->blocks->len ? g_ptr_array_index (report->blocks, i + 1) : NULL);
  return layout;
}

/**
 * hp_report_to_pdf:
 * @n_pages: (out) (optional): how many pages it has
 *
 * The report as an A4 PDF, made in memory.
 */
GBytes *
hp_report_to_pdf (const HpReport  *report,
                  int             *n_pages,
                  GError         **error)
{
  g_autoptr(HpPageLayout) layout = NULL;
  GBytes *pdf;

  g_return_val_if_fail (report != NULL && report->title != NULL, NULL);
  layout = build_layout (report);
  pdf = hp_page_layout_to_pdf (layout, report->title, report->municipality, error);
  if (pdf != NULL && n_pages != NULL)
    *n_pages = hp_page_layout_get_n_pages (layout);
  return pdf;
}

/* Writes the PDF to @path; an existing file is replaced in one step. */
gboolean
hp_report_write_pdf (const HpReport  *report,
                     const char      *path,
                     GError         **error)
{
  g_autoptr(HpPageLayout) layout = NULL;

  g_return_val_if_fail (report != NULL && report->title != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  layout = build_layout (report);
  return hp_page_layout_write_pdf (layout, report->title, report->municipality, path, error);
}
