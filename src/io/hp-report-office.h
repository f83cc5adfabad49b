/* hp-report-office.h — what the OpenDocument and Word writers share
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hp-office-package.h"
#include "hp-report.h"

G_BEGIN_DECLS

/* A4 with the same margins in both formats, in millimetres. */
#define HP_OFFICE_PAGE_WIDTH     210.0
#define HP_OFFICE_PAGE_HEIGHT    297.0
#define HP_OFFICE_MARGIN_SIDE     25.0
#define HP_OFFICE_MARGIN_TOP      20.0
#define HP_OFFICE_MARGIN_BOTTOM   20.0
#define HP_OFFICE_TEXT_WIDTH     (HP_OFFICE_PAGE_WIDTH - 2 * HP_OFFICE_MARGIN_SIDE)
#define HP_OFFICE_MM_PER_POINT   (25.4 / 72)

/* Sans-serif headings; a serif body metric-compatible with Times New Roman,
 * so pages break alike where the font is missing. */
#define HP_OFFICE_HEADING_FONT   "Cantarell"
#define HP_OFFICE_BODY_FONT      "Liberation Serif"
/* Colours (RGB hex): the app's palette, legible in greyscale. */
#define HP_OFFICE_TEXT_COLOUR    "241f31"
#define HP_OFFICE_SMALL_COLOUR   "5e5c64"
#define HP_OFFICE_RULE_COLOUR    "9a9996"
#define HP_OFFICE_BORDER_COLOUR  "77767b"
#define HP_OFFICE_HEADER_FILL    "deddda"

/* A chart as an image: the PNG and its size in points. */
typedef struct {
  GBytes *png;
  double  width;
  double  height;
  char   *description;    /* the alternative text */
} HpOfficeChart;

/* What both writers work from. */
typedef struct {
  const HpReport *report;
  GPtrArray      *title_page;    /* of HpReportTitleLine */
  GPtrArray      *charts;        /* of HpOfficeChart, one for each chart block */
  gboolean       *page_starts;   /* for each block, whether it starts a page */
} HpOfficeDocument;

typedef GBytes *(*HpOfficeFormat) (const HpReport  *report,
                                   GError         **error);

HpOfficeDocument *hp_office_document_new       (const HpReport          *report,
                                                GError                 **error);
void              hp_office_document_free      (HpOfficeDocument        *doc);
void              hp_office_package_add_charts (HpOfficePackage         *package,
                                                const HpOfficeDocument  *doc,
                                                char                 *(*path_for) (guint n));
double           *hp_office_column_widths      (const HpReportBlock     *table,
                                                double                   total);
char             *hp_office_iso_datetime       (const HpReport          *report);
char             *hp_office_format_length      (double                   value,
                                                const char              *unit);
void              hp_office_split_language     (const HpReport          *report,
                                                char                   **language,
                                                char                   **country);
char             *hp_office_language_tag       (const HpReport          *report);
void              hp_office_page_label         (char                   **before,
                                                char                   **after);
gboolean          hp_office_write_report       (const HpReport          *report,
                                                const char              *path,
                                                HpOfficeFormat           format,
                                                GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpOfficeDocument, hp_office_document_free)

G_END_DECLS
