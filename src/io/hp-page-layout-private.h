/* hp-page-layout-private.h — what laying out and drawing pages share
 *
 * HpPageLayout is one class in two files: hp-page-layout.c builds the
 * document and breaks it into pages, hp-page-layout-draw.c draws the
 * pages and writes the PDF.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-page-layout.h"

G_BEGIN_DECLS

#define MARGIN_SIDE      (2.0 * HP_PAGE_CM)
#define BODY_TOP         (2.2 * HP_PAGE_CM)
#define BODY_BOTTOM      (2.6 * HP_PAGE_CM)   /* from the bottom edge */
#define CELL_PADDING     4.0

typedef enum {
  BLOCK_TEXT,
  BLOCK_ROW,
  BLOCK_DRAWING,
  BLOCK_BREAK,
} BlockKind;

typedef struct {
  double top, bottom;   /* the line's band in its layout, spacing included */
  double baseline;
  double x;
} LineBox;

typedef struct {
  guint    n_columns;
  double  *widths;       /* fractions of the text width */
  guint    header;       /* index of the header row's block */
  int      header_page;  /* the last page the header was placed on */
} Table;

typedef struct {
  BlockKind          kind;
  guint              style;
  char              *markup;         /* text: Pango markup */
  char              *marker;         /* text: hanging bullet or number */
  double             indent;         /* from the left margin */
  char             **cells;          /* row: markup per column */
  Table             *table;          /* row: the table it belongs to */
  HpPageMeasureFunc  measure;        /* drawing */
  HpPageDrawFunc     draw;
  gpointer           data;
  GDestroyNotify     destroy;

  /* Set by laying out */
  PangoLayout       *layout;
  PangoLayout       *marker_layout;
  GPtrArray         *cell_layouts;   /* row: PangoLayout per column */
  GArray            *lines;          /* LineBox; rows and drawings have one */
} Block;

/* A run of one block's lines on one page. */
typedef struct {
  int    page;
  guint  block;
  guint  first_line;
  guint  n_lines;
  double y;                    /* page position of the first line's top */
} Placement;

struct _HpPageLayout
{
  GObject       parent_instance;

  HpPageStyle  *styles;
  guint         n_styles;
  char         *header_left;
  char         *header_right;   /* from the second page on */
  char         *footer;
  gboolean      title_page;     /* no running header on the first page */
  GPtrArray    *blocks;         /* Block */
  GPtrArray    *tables;         /* Table */

  /* Set by hp_page_layout_lay_out() */
  PangoContext *context;
  double        width, height;
  GArray       *placements;     /* Placement */
  int           n_pages;
};

Block             *hp_page_block_at      (HpPageLayout *self,
                                          guint         index);
const HpPageStyle *hp_page_style_of      (HpPageLayout *self,
                                          Block        *block);
gboolean           hp_page_is_header_row (HpPageLayout *self,
                                          Block        *block);
double             hp_page_text_width    (HpPageLayout *self);
PangoLayout       *hp_page_new_layout    (HpPageLayout *self,
                                          const char   *font,
                                          double        width);
double             hp_page_layout_height (PangoLayout  *layout);
double             hp_page_lines_height  (Block        *block,
                                          guint         first,
                                          guint         n_lines);

G_END_DECLS
