/* hp-report.h — the strategy report as a document, before any format
 *
 * The council report is built once (hp-report-builder.c) as a list of
 * blocks, and each writer — PDF (hp-report-pdf.c), OpenDocument
 * (hp-report-odt.c) and Word (hp-report-docx.c) — renders the same blocks,
 * so the three files always say the same thing.  Text is plain UTF-8 (no
 * markup); each writer escapes it for its own format.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hp-assessment-status.h"

G_BEGIN_DECLS

typedef enum {
  HP_REPORT_HEADING,     /* level 1 (chapter of the report) or 2, 3 */
  HP_REPORT_PARAGRAPH,
  HP_REPORT_BULLET,      /* one item of a bulleted list */
  HP_REPORT_TABLE,       /* header row first */
  HP_REPORT_CHART,       /* directions per status, one bar per group */
  HP_REPORT_PAGE_BREAK,
} HpReportBlockKind;

/* Paragraph styles a writer may render differently. */
typedef enum {
  HP_REPORT_STYLE_NORMAL,
  HP_REPORT_STYLE_QUOTE,     /* the vision, a direction's text */
  HP_REPORT_STYLE_SMALL,     /* attribution, notes under a table */
} HpReportStyle;

typedef struct {
  char  *label;                               /* e.g. "Kapitel 2" */
  guint  counts[HP_N_ASSESSMENT_STATUSES];
} HpReportBar;

typedef struct {
  char      *caption;
  GPtrArray *bars;      /* of HpReportBar */
} HpReportChart;

typedef struct {
  HpReportBlockKind  kind;
  int                level;     /* headings: 1-3 */
  HpReportStyle      style;
  char              *text;      /* headings, paragraphs, bullets */
  GPtrArray         *rows;      /* tables: of GStrv, all of n_columns */
  guint              n_columns;
  HpReportChart     *chart;
} HpReportBlock;

typedef struct {
  /* The title page */
  char      *title;          /* the strategy's title */
  char      *municipality;
  char      *period;         /* "2025–2028" */
  char      *date;           /* the report's date, formatted for the locale */
  char      *iso_date;       /* the same as YYYY-MM-DD for the files' metadata, or NULL */
  char      *attribution;    /* the source: Socialstyrelsen's guidelines */
  char      *language;       /* "da-DK" or "en-US": for the documents' metadata */
  gboolean   is_example;     /* the fictional example municipality */
  GPtrArray *blocks;         /* of HpReportBlock, after the title page */
} HpReport;

/* The title page, line by line, as every format sets it. */
typedef enum {
  HP_REPORT_TITLE_MAIN,          /* the strategy's title */
  HP_REPORT_TITLE_SUBTITLE,      /* the municipality */
  HP_REPORT_TITLE_DETAIL,        /* the period, the date */
  HP_REPORT_TITLE_NOTE,          /* that the example is fictional */
  HP_REPORT_TITLE_ATTRIBUTION,
} HpReportTitleRole;

typedef struct {
  HpReportTitleRole  role;
  char              *text;
} HpReportTitleLine;

HpReport      *hp_report_new             (void);
void           hp_report_free            (HpReport      *report);

HpReportBlock *hp_report_add_heading     (HpReport      *report,
                                          int            level,
                                          const char    *text);
HpReportBlock *hp_report_add_paragraph   (HpReport      *report,
                                          HpReportStyle  style,
                                          const char    *text);
HpReportBlock *hp_report_add_bullet      (HpReport      *report,
                                          const char    *text);
/* Columns are fixed by the header row; later rows must have as many cells. */
HpReportBlock *hp_report_add_table       (HpReport      *report,
                                          const char * const *header);
void           hp_report_table_add_row   (HpReportBlock *table,
                                          const char * const *cells);
HpReportBlock *hp_report_add_chart       (HpReport      *report,
                                          const char    *caption);
void           hp_report_chart_add_bar   (HpReportBlock *chart,
                                          const char    *label,
                                          const guint   *counts);
HpReportBlock *hp_report_add_page_break  (HpReport      *report);
GPtrArray     *hp_report_get_title_page  (const HpReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpReport, hp_report_free)

G_END_DECLS
