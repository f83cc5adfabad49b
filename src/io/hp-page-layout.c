/* hp-page-layout.c — text, tables and drawings laid out on printed pages
 *
 * The printing engine shared by a printed guideline and the council
 * report.  A document is a list of blocks: paragraphs of Pango markup
 * (with a style from the caller's table, an indent and an optional
 * hanging marker), table rows, drawings (a chart) and page breaks.
 * Laying out measures every block for the paper's width and places it on
 * pages: paragraphs break between lines (no lone first or last line),
 * headings stay with what follows, a table row never splits and a table's
 * header row is repeated at the top of every page it continues on.
 * Drawing shows one page with a running header and a footer naming the
 * source and the page number.  Both a cairo PDF surface (no display
 * needed) and GtkPrintOperation draw through here.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "hp-page-layout.h"

#define MARGIN_SIDE      (2.0 * HP_PAGE_CM)
#define HEADER_TOP       (1.2 * HP_PAGE_CM)
#define BODY_TOP         (2.2 * HP_PAGE_CM)
#define BODY_BOTTOM      (2.6 * HP_PAGE_CM)   /* from the bottom edge */
#define FOOTER_RULE      (2.2 * HP_PAGE_CM)   /* from the bottom edge */
#define MARKER_GAP       5.0
#define RULE_WIDTH       0.5
#define RULE_GREY        0.6
#define CHROME_GREY      0.40
#define CHROME_FONT      "Cantarell, DejaVu Sans, sans-serif 7.5"
#define CELL_PADDING     4.0
#define HEADER_FILL      0.90

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

G_DEFINE_FINAL_TYPE (HpPageLayout, hp_page_layout, G_TYPE_OBJECT)

static void
clear_layouts (Block *block)
{
  g_clear_object (&block->layout);
  g_clear_object (&block->marker_layout);
  g_clear_pointer (&block->cell_layouts, g_ptr_array_unref);
  g_clear_pointer (&block->lines, g_array_unref);
}

static void
block_free (Block *block)
{
  clear_layouts (block);
  if (block->destroy != NULL)
    block->destroy (block->data);
  g_free (block->markup);
  g_free (block->marker);
  g_strfreev (block->cells);
  g_free (block);
}

static void
table_free (Table *table)
{
  g_free (table->widths);
  g_free (table);
}

static void
hp_page_layout_finalize (GObject *object)
{
  HpPageLayout *self = HP_PAGE_LAYOUT (object);

  g_free (self->styles);
  g_free (self->header_left);
  g_free (self->header_right);
  g_free (self->footer);
  g_ptr_array_unref (self->blocks);
  g_ptr_array_unref (self->tables);
  g_clear_object (&self->context);
  g_array_unref (self->placements);
  G_OBJECT_CLASS (hp_page_layout_parent_class)->finalize (object);
}

static void
hp_page_layout_class_init (HpPageLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hp_page_layout_finalize;
}

static void
hp_page_layout_init (HpPageLayout *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_free);
  self->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  self->header_left = g_strdup ("");
  self->header_right = g_strdup ("");
  self->footer = g_strdup ("");
}

/**
 * hp_page_layout_new:
 * @styles: (array length=n_styles): the looks blocks refer to by index
 *
 * An empty document; blocks are added in reading order.
 */
HpPageLayout *
hp_page_layout_new (const HpPageStyle *styles,
                    guint              n_styles)
{
  HpPageLayout *self;

  g_return_val_if_fail (styles != NULL && n_styles > 0, NULL);
  self = g_object_new (HP_TYPE_PAGE_LAYOUT, NULL);
  self->styles = g_memdup2 (styles, n_styles * sizeof *styles);
  self->n_styles = n_styles;
  return self;
}

/* @left on every page, @right from the second page on (the first has the
 * document's own title instead). */
void
hp_page_layout_set_header (HpPageLayout *self,
                           const char   *left,
                           const char   *right)
{
  g_return_if_fail (HP_IS_PAGE_LAYOUT (self));
  g_free (self->header_left);
  g_free (self->header_right);
  self->header_left = g_strdup (left ? left : "");
  self->header_right = g_strdup (right ? right : "");
}

/* A title page carries the document's name large: no header above it. */
void
hp_page_layout_set_title_page (HpPageLayout *self,
                               gboolean      title_page)
{
  g_return_if_fail (HP_IS_PAGE_LAYOUT (self));
  self->title_page = title_page;
}

/* The source named at the foot of every page, beside the page number. */
void
hp_page_layout_set_footer (HpPageLayout *self,
                           const char   *text)
{
  g_return_if_fail (HP_IS_PAGE_LAYOUT (self));
  g_free (self->footer);
  self->footer = g_strdup (text ? text : "");
}

/* ---- Building ---------------------------------------------------------- */

static Block *
add_block (HpPageLayout *self,
           BlockKind     kind,
           guint         style)
{
  Block *block = g_new0 (Block, 1);

  g_return_val_if_fail (style < self->n_styles, NULL);
  block->kind = kind;
  block->style = style;
  g_ptr_array_add (self->blocks, block);
  return block;
}

void
hp_page_layout_add_text (HpPageLayout *self,
                         guint         style,
                         const char   *markup,
                         const char   *marker,
                         double        indent)
{
  Block *block;

  g_return_if_fail (HP_IS_PAGE_LAYOUT (self));
  g_return_if_fail (markup != NULL);
  block = add_block (self, BLOCK_TEXT, style);
  block->markup = g_strdup (markup);
  block->marker = g_strdup (marker);
  block->indent = indent;
}

void
hp_page_layout_add_plain_text (HpPageLayout *self,
                               guint         style,
                               const char   *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  hp_page_layout_add_text (self, style, escaped, NULL, 0);
}

/* A picture (a chart) that is never split: @measure gives its height for
 * the text width, @draw draws it; @destroy frees @data with the layout. */
void
hp_page_layout_add_drawing (HpPageLayout      *self,
                            guint              style,
                            HpPageMeasureFunc  measure,
                            HpPageDrawFunc     draw,
                            gpointer           data,
                            GDestroyNotify     destroy)
{
  Block *block;

  g_return_if_fail (HP_IS_PAGE_LAYOUT (self));
  g_return_if_fail (measure != NULL && draw != NULL);
  block = add_block (self, BLOCK_DRAWING, style);
  block->measure = measure;
  block->draw = draw;
  block->data = data;
  block->destroy = destroy;
}

/**
 * hp_page_layout_add_table:
 * @column_widths: one fraction of the text width per header cell
 * @header: (array zero-terminated=1): the header row's markup
 *
 * Starts a table; its rows follow with hp_page_layout_add_table_row().
 */
void
hp_page_layout_add_table (HpPageLayout       *self,
                          guint               header_style,
                          guint               cell_style,
                          const double       *column_widths,
                          const char * const *header)
{
  Table *table;
  Block *block;

  g_return_if_fail (HP_IS_PAGE_LAYOUT (self));
  g_return_if_fail (header != NULL && header[0] != NULL && column_widths != NULL);
  g_return_if_fail (cell_style < self->n_styles);
  table = g_new0 (Table, 1);
  table->n_columns = g_strv_length ((GStrv) header);
  table->widths = g_memdup2 (column_widths, table->n_columns * sizeof (double));
  table->header = self->blocks->len;
  table->header_page = -1;
  g_ptr_array_add (self->tables, table);
  block = add_block (self, BLOCK_ROW, header_style);
  block->cells = g_strdupv ((GStrv) header);
  block->table = table;
  /* The rows' style, kept on the header for hp_page_layout_add_table_row(). */
  block->data = GUINT_TO_POINTER (cell_style);
}

void
hp_page_layout_add_table_row (HpPageLayout       *self,
                              const char * const *cells)
{
  Table *table;
  Block *header, *block;

  g_return_if_fail (HP_IS_PAGE_LAYOUT (self));
  g_return_if_fail (self->tables->len > 0);
  table = g_ptr_array_index (self->tables, self->tables->len - 1);
  g_return_if_fail (cells != NULL && g_strv_length ((GStrv) cells) == table->n_columns);
  header = g_ptr_array_index (self->blocks, table->header);
  block = add_block (self, BLOCK_ROW, GPOINTER_TO_UINT (header->data));
  block->cells = g_strdupv ((GStrv) cells);
  block->table = table;
}

void
hp_page_layout_add_page_break (HpPageLayout *self)
{
  g_return_if_fail (HP_IS_PAGE_LAYOUT (self));
  add_block (self, BLOCK_BREAK, 0);
}

/* ---- Laying out -------------------------------------------------------- */

static Block *
block_at (HpPageLayout *self,
          guint         index)
{
  return g_ptr_array_index (self->blocks, index);
}

static const HpPageStyle *
style_of (HpPageLayout *self,
          Block        *block)
{
  return &self->styles[block->style];
}

static gboolean
is_header_row (HpPageLayout *self,
               Block        *block)
{
  return block->kind == BLOCK_ROW && block_at (self, block->table->header) == block;
}

static double
text_width (HpPageLayout *self)
{
  return self->width - 2 * MARGIN_SIDE;
}

static PangoLayout *
new_layout (HpPageLayout *self,
            const char   *font,
            double        width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, pango_units_from_double (width));
  return layout;
}

static PangoLayout *
styled_layout (HpPageLayout      *self,
               const HpPageStyle *style,
               const char        *markup,
               double             width)
{
  PangoLayout *layout = new_layout (self, style->font, width);

  pango_layout_set_line_spacing (layout, style->line_spacing);
  pango_layout_set_alignment (layout, style->alignment);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static void
measure_lines (Block *block)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);

  do
    {
      PangoRectangle logical;
      int top, bottom;
      LineBox line;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.top = pango_units_to_double (top);
      line.bottom = pango_units_to_double (bottom);
      line.baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
      line.x = pango_units_to_double (logical.x);
      g_array_append_val (block->lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
lay_out_text (HpPageLayout *self,
              Block        *block)
{
  const HpPageStyle *style = style_of (self, block);

  block->layout = styled_layout (self, style, block->markup, text_width (self) - block->indent);
  measure_lines (block);
  if (block->marker != NULL)
    {
      block->marker_layout = new_layout (self, style->font, -1);
      pango_layout_set_text (block->marker_layout, block->marker, -1);
    }
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

/* A row is one unbreakable "line" as tall as its tallest cell. */
static double
lay_out_row (HpPageLayout *self,
             Block        *block)
{
  const HpPageStyle *style = style_of (self, block);
  double height = 0;

  block->cell_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint c = 0; c < block->table->n_columns; c++)
    {
      double width = block->table->widths[c] * text_width (self) - 2 * CELL_PADDING;
      PangoLayout *layout = styled_layout (self, style, block->cells[c], MAX (width, 1));

      g_ptr_array_add (block->cell_layouts, layout);
      height = MAX (height, layout_height (layout));
    }
  return height + 2 * CELL_PADDING;
}

static void
lay_out_block (HpPageLayout *self,
               Block        *block)
{
  LineBox box = { 0 };

  clear_layouts (block);
  block->lines = g_array_new (FALSE, FALSE, sizeof (LineBox));
  switch (block->kind)
    {
    case BLOCK_TEXT:
      lay_out_text (self, block);
      return;
    case BLOCK_ROW:
      box.bottom = lay_out_row (self, block);
      break;
    case BLOCK_DRAWING:
      box.bottom = block->measure (block->data, self->context, text_width (self) - block->indent);
      break;
    case BLOCK_BREAK:
    default:
      return;
    }
  g_array_append_val (block->lines, box);
}

static double
lines_height (Block *block,
              guint  first,
              guint  n_lines)
{
  LineBox *lines = (LineBox *) block->lines->data;

  if (n_lines == 0)
    return 0;
  return lines[first + n_lines - 1].bottom - lines[first].top;
}

/* Rows sit edge to edge: only the table as a whole has space around it. */
static double
space_before (HpPageLayout *self,
              guint         index)
{
  Block *block = block_at (self, index);

  if (block->kind == BLOCK_ROW && !is_header_row (self, block))
    return 0;
  return style_of (self, block)->space_before;
}

static double
space_after (HpPageLayout *self,
             guint         index)
{
  Block *block = block_at (self, index);

  if (block->kind == BLOCK_ROW && index + 1 < self->blocks->len)
    {
      Block *next = block_at (self, index + 1);

      if (next->kind == BLOCK_ROW && next->table == block->table)
        return 0;
    }
  return style_of (self, block)->space_after;
}

/* The height a heading needs free below it so that it is not left alone
 * at the foot of a page: itself, any headings right after it, and the
 * first two lines of what they introduce. */
static double
keep_height (HpPageLayout *self,
             guint         index)
{
  Block *block = block_at (self, index);
  double height = lines_height (block, 0, block->lines->len);
  Block *next;

  if (index + 1 >= self->blocks->len)
    return height;
  next = block_at (self, index + 1);
  height += space_after (self, index) + space_before (self, index + 1);
  if (style_of (self, next)->keep_with_next && next->kind != BLOCK_BREAK)
    return height + keep_height (self, index + 1);
  return height + lines_height (next, 0, MIN (2, next->lines->len));
}

static guint
lines_that_fit (Block  *block,
                guint   first,
                double  space)
{
  guint last = first;

  while (last < block->lines->len && lines_height (block, first, last - first + 1) <= space)
    last++;
  return last - first;
}

/* How many of the remaining lines to put on this page: no paragraph's
 * first line alone at the foot of a page, no last line alone at the top. */
static guint
lines_for_page (Block   *block,
                guint    first,
                double   space,
                gboolean at_top)
{
  guint fit = lines_that_fit (block, first, space);
  guint rest = block->lines->len - first;

  if (fit < rest && rest - fit == 1 && fit > 1)
    fit--;
  if (fit < rest && fit == 1 && first == 0)
    fit = 0;
  if (fit == 0 && at_top)
    fit = 1;   /* taller than a page: it has to go somewhere */
  return fit;
}

static void
add_placement (HpPageLayout *self,
               guint         index,
               int           page,
               guint         first,
               guint         n_lines,
               double       *y)
{
  Placement placement = { page, index, first, n_lines, *y };
  Block *block = block_at (self, index);

  g_array_append_val (self->placements, placement);
  *y += lines_height (block, first, n_lines);
  if (block->kind == BLOCK_ROW && is_header_row (self, block))
    block->table->header_page = page;
}

/* A table continued at the top of a page starts with its header again. */
static void
repeat_header (HpPageLayout *self,
               Block        *block,
               int           page,
               double       *y)
{
  Table *table = block->table;

  if (block->kind != BLOCK_ROW || is_header_row (self, block) ||
      table->header_page == page || *y > BODY_TOP)
    return;
  add_placement (self, table->header, page, 0, 1, y);
}

static void
place_block (HpPageLayout *self,
             guint         index,
             int          *page,
             double       *y)
{
  Block *block = block_at (self, index);
  double bottom = self->height - BODY_BOTTOM;
  guint first = 0;

  while (first < block->lines->len)
    {
      guint n_lines;

      repeat_header (self, block, *page, y);
      n_lines = lines_for_page (block, first, bottom - *y, *y <= BODY_TOP);
      if (n_lines > 0)
        {
          add_placement (self, index, *page, first, n_lines, y);
          first += n_lines;
        }
      if (first < block->lines->len)
        {
          (*page)++;
          *y = BODY_TOP;
        }
    }
}

static void
paginate (HpPageLayout *self)
{
  double bottom = self->height - BODY_BOTTOM;
  double y = BODY_TOP;
  int page = 0;

  g_array_set_size (self->placements, 0);
  for (guint i = 0; i < self->tables->len; i++)
    ((Table *) g_ptr_array_index (self->tables, i))->header_page = -1;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = block_at (self, i);

      if (block->kind == BLOCK_BREAK)
        {
          if (y > BODY_TOP)
            page++;
          y = BODY_TOP;
          continue;
        }
      if (y > BODY_TOP)
        y += space_before (self, i);
      if (style_of (self, block)->keep_with_next && y > BODY_TOP && y + keep_height (self, i) > bottom)
        {
          page++;
          y = BODY_TOP;
        }
      place_block (self, i, &page, &y);
      y += space_after (self, i);
    }
  self->n_pages = page + 1;
}

/**
 * hp_page_layout_lay_out:
 *
 * Measures every block for a page of @width × @height points with
 * @context's fonts and resolution, and breaks the result into pages.
 */
void
hp_page_layout_lay_out (HpPageLayout *self,
                        PangoContext *context,
                        double        width,
                        double        height)
{
  g_return_if_fail (HP_IS_PAGE_LAYOUT (self));
  g_return_if_fail (PANGO_IS_CONTEXT (context));

  g_set_object (&self->context, context);
  /* Danish text: the language picks Danish shaping and line breaking. */
  pango_context_set_language (context, pango_language_from_string ("da-dk"));
  self->width = width;
  self->height = height;
  for (guint i = 0; i < self->blocks->len; i++)
    lay_out_block (self, block_at (self, i));
  paginate (self);
}

int
hp_page_layout_get_n_pages (HpPageLayout *self)
{
  g_return_val_if_fail (HP_IS_PAGE_LAYOUT (self), 0);
  return self->n_pages;
}

/* ---- Drawing ----------------------------------------------------------- */

static void
set_grey (cairo_t *cr,
          double   grey)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
}

static void
draw_rule (cairo_t *cr,
           double   x0,
           double   x1,
           double   y)
{
  set_grey (cr, RULE_GREY);
  cairo_set_line_width (cr, RULE_WIDTH);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
}

static void
draw_text (HpPageLayout    *self,
           cairo_t         *cr,
           Block           *block,
           const Placement *placement)
{
  LineBox *lines = (LineBox *) block->lines->data;
  double x = MARGIN_SIDE + block->indent;
  double shift = placement->y - lines[placement->first_line].top;

  set_grey (cr, style_of (self, block)->grey);
  for (guint k = placement->first_line; k < placement->first_line + placement->n_lines; k++)
    {
      cairo_move_to (cr, x + lines[k].x, shift + lines[k].baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (block->layout, (int) k));
    }
  if (block->marker_layout != NULL && placement->first_line == 0)
    {
      int marker_width;

      pango_layout_get_size (block->marker_layout, &marker_width, NULL);
      cairo_move_to (cr, x - MARKER_GAP - pango_units_to_double (marker_width),
                     shift + lines[0].baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (block->marker_layout, 0));
    }
}

static void
draw_row (HpPageLayout *self,
          cairo_t      *cr,
          Block        *block,
          double        y)
{
  double height = lines_height (block, 0, 1);
  double x = MARGIN_SIDE;

  if (is_header_row (self, block))
    {
      set_grey (cr, HEADER_FILL);
      cairo_rectangle (cr, MARGIN_SIDE, y, text_width (self), height);
      cairo_fill (cr);
    }
  for (guint c = 0; c < block->table->n_columns; c++)
    {
      double width = block->table->widths[c] * text_width (self);

      set_grey (cr, RULE_GREY);
      cairo_set_line_width (cr, RULE_WIDTH);
      cairo_rectangle (cr, x, y, width, height);
      cairo_stroke (cr);
      set_grey (cr, style_of (self, block)->grey);
      cairo_move_to (cr, x + CELL_PADDING, y + CELL_PADDING);
      pango_cairo_show_layout (cr, g_ptr_array_index (block->cell_layouts, c));
      x += width;
    }
}

static void
draw_placement (HpPageLayout    *self,
                cairo_t         *cr,
                const Placement *placement)
{
  Block *block = block_at (self, placement->block);

  switch (block->kind)
    {
    case BLOCK_TEXT:
      draw_text (self, cr, block, placement);
      break;
    case BLOCK_ROW:
      draw_row (self, cr, block, placement->y);
      break;
    case BLOCK_DRAWING:
      cairo_save (cr);
      cairo_translate (cr, MARGIN_SIDE + block->indent, placement->y);
      block->draw (block->data, cr, self->context, text_width (self) - block->indent);
      cairo_restore (cr);
      break;
    case BLOCK_BREAK:
    default:
      break;
    }
}

/* The document's name on the left, where the page belongs on the right —
 * from the second page on: the first has it above the title. */
static void
draw_header (HpPageLayout *self,
             cairo_t      *cr,
             int           page)
{
  g_autoptr(PangoLayout) left = new_layout (self, CHROME_FONT, text_width (self));
  g_autoptr(PangoLayout) right = new_layout (self, CHROME_FONT, text_width (self));

  pango_layout_set_text (left, self->header_left, -1);
  pango_layout_set_text (right, page > 0 ? self->header_right : "", -1);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  set_grey (cr, CHROME_GREY);
  cairo_move_to (cr, MARGIN_SIDE, HEADER_TOP);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, MARGIN_SIDE, HEADER_TOP);
  pango_cairo_show_layout (cr, right);
  draw_rule (cr, MARGIN_SIDE, self->width - MARGIN_SIDE, HEADER_TOP + layout_height (left) + 3);
}

/* The source on the left, "Page 2 of 5" level with its last line. */
static void
draw_footer (HpPageLayout *self,
             cairo_t      *cr,
             int           page)
{
  double rule_y = self->height - FOOTER_RULE;
  /* Translators: page number in a printed page's footer; Danish "Side %d af %d" */
  g_autofree char *counter = g_strdup_printf (_("Page %d of %d"), page + 1, self->n_pages);
  g_autoptr(PangoLayout) number = new_layout (self, CHROME_FONT, -1);
  g_autoptr(PangoLayout) source = NULL;
  PangoLayoutIter *iter;
  int number_width;
  double baseline;

  pango_layout_set_text (number, counter, -1);
  pango_layout_get_size (number, &number_width, NULL);
  source = new_layout (self, CHROME_FONT, text_width (self) - pango_units_to_double (number_width) - 18);
  pango_layout_set_text (source, self->footer, -1);

  draw_rule (cr, MARGIN_SIDE, self->width - MARGIN_SIDE, rule_y);
  set_grey (cr, CHROME_GREY);
  cairo_move_to (cr, MARGIN_SIDE, rule_y + 4);
  pango_cairo_show_layout (cr, source);

  iter = pango_layout_get_iter (source);
  while (pango_layout_iter_next_line (iter))
    ;
  baseline = rule_y + 4 + pango_units_to_double (pango_layout_iter_get_baseline (iter));
  pango_layout_iter_free (iter);
  cairo_move_to (cr, self->width - MARGIN_SIDE - pango_units_to_double (number_width), baseline);
  pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (number, 0));
}

/* Draws @page (from 0) of what hp_page_layout_lay_out() placed. */
void
hp_page_layout_draw_page (HpPageLayout *self,
                          cairo_t      *cr,
                          int           page)
{
  g_return_if_fail (HP_IS_PAGE_LAYOUT (self));
  g_return_if_fail (self->context != NULL);

  if (page > 0 || !self->title_page)
    draw_header (self, cr, page);
  for (guint i = 0; i < self->placements->len; i++)
    {
      const Placement *placement = &g_array_index (self->placements, Placement, i);

      if (placement->page == page)
        draw_placement (self, cr, placement);
    }
  draw_footer (self, cr, page);
}

/* ---- PDF --------------------------------------------------------------- */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * hp_page_layout_create_print_context:
 *
 * A context like the print dialog's for drawing on @cr: 72 dpi so that
 * points are points, unhinted metrics so that text takes the same room
 * on every device, and Danish for shaping and line breaking.
 */
PangoContext *
hp_page_layout_create_print_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_language (context, pango_language_from_string ("da-dk"));
  cairo_font_options_destroy (options);
  return context;
}

/**
 * hp_page_layout_to_pdf:
 *
 * Lays the document out on A4 and returns it as a PDF, made in memory so
 * a failure never leaves half a file behind.
 */
GBytes *
hp_page_layout_to_pdf (HpPageLayout  *self,
                       const char    *title,
                       const char    *author,
                       GError       **error)
{
  GByteArray *bytes;
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context;
  cairo_status_t status;

  g_return_val_if_fail (HP_IS_PAGE_LAYOUT (self), NULL);
  bytes = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, HP_PAGE_A4_WIDTH, HP_PAGE_A4_HEIGHT);
  cr = cairo_create (surface);
  context = hp_page_layout_create_print_context (cr);
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Hjemplan");
  hp_page_layout_lay_out (self, context, HP_PAGE_A4_WIDTH, HP_PAGE_A4_HEIGHT);
  for (int page = 0; page < self->n_pages; page++)
    {
      hp_page_layout_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not create the PDF: %s"), cairo_status_to_string (status));
      g_byte_array_unref (bytes);
      return NULL;
    }
  return g_byte_array_free_to_bytes (bytes);
}

/* Writes the PDF to @path; an existing file is replaced in one step. */
gboolean
hp_page_layout_write_pdf (HpPageLayout  *self,
                          const char    *title,
                          const char    *author,
                          const char    *path,
                          GError       **error)
{
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  pdf = hp_page_layout_to_pdf (self, title, author, error);
  if (pdf == NULL)
    return FALSE;
  file = g_file_new_for_path (path);
  return g_file_replace_contents (file, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}
