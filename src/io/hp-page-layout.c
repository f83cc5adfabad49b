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
 * Drawing the pages and writing the PDF are in hp-page-layout-draw.c.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <pango/pangocairo.h>

#include "hp-page-layout-private.h"

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

Block *
hp_page_block_at (HpPageLayout *self,
                  guint         index)
{
  return g_ptr_array_index (self->blocks, index);
}

const HpPageStyle *
hp_page_style_of (HpPageLayout *self,
                  Block        *block)
{
  return &self->styles[block->style];
}

gboolean
hp_page_is_header_row (HpPageLayout *self,
                       Block        *block)
{
  return block->kind == BLOCK_ROW && hp_page_block_at (self, block->table->header) == block;
}

double
hp_page_text_width (HpPageLayout *self)
{
  return self->width - 2 * MARGIN_SIDE;
}

PangoLayout *
hp_page_new_layout (HpPageLayout *self,
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
  PangoLayout *layout = hp_page_new_layout (self, style->font, width);

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
  const HpPageStyle *style = hp_page_style_of (self, block);

  block->layout = styled_layout (self, style, block->markup, hp_page_text_width (self) - block->indent);
  measure_lines (block);
  if (block->marker != NULL)
    {
      block->marker_layout = hp_page_new_layout (self, style->font, -1);
      pango_layout_set_text (block->marker_layout, block->marker, -1);
    }
}

double
hp_page_layout_height (PangoLayout *layout)
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
  const HpPageStyle *style = hp_page_style_of (self, block);
  double height = 0;

  block->cell_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint c = 0; c < block->table->n_columns; c++)
    {
      double width = block->table->widths[c] * hp_page_text_width (self) - 2 * CELL_PADDING;
      PangoLayout *layout = styled_layout (self, style, block->cells[c], MAX (width, 1));

      g_ptr_array_add (block->cell_layouts, layout);
      height = MAX (height, hp_page_layout_height (layout));
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
      box.bottom = block->measure (block->data, self->context, hp_page_text_width (self) - block->indent);
      break;
    case BLOCK_BREAK:
    default:
      return;
    }
  g_array_append_val (block->lines, box);
}

double
hp_page_lines_height (Block *block,
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
  Block *block = hp_page_block_at (self, index);

  if (block->kind == BLOCK_ROW && !hp_page_is_header_row (self, block))
    return 0;
  return hp_page_style_of (self, block)->space_before;
}

static double
space_after (HpPageLayout *self,
             guint         index)
{
  Block *block = hp_page_block_at (self, index);

  if (block->kind == BLOCK_ROW && index + 1 < self->blocks->len)
    {
      Block *next = hp_page_block_at (self, index + 1);

      if (next->kind == BLOCK_ROW && next->table == block->table)
        return 0;
    }
  return hp_page_style_of (self, block)->space_after;
}

/* The height a heading needs free below it so that it is not left alone
 * at the foot of a page: itself, any headings right after it, and the
 * first two lines of what they introduce. */
static double
keep_height (HpPageLayout *self,
             guint         index)
{
  Block *block = hp_page_block_at (self, index);
  double height = hp_page_lines_height (block, 0, block->lines->len);
  Block *next;

  if (index + 1 >= self->blocks->len)
    return height;
  next = hp_page_block_at (self, index + 1);
  height += space_after (self, index) + space_before (self, index + 1);
  if (hp_page_style_of (self, next)->keep_with_next && next->kind != BLOCK_BREAK)
    return height + keep_height (self, index + 1);
  return height + hp_page_lines_height (next, 0, MIN (2, next->lines->len));
}

static guint
lines_that_fit (Block  *block,
                guint   first,
                double  space)
{
  guint last = first;

  while (last < block->lines->len && hp_page_lines_height (block, first, last - first + 1) <= space)
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
  Block *block = hp_page_block_at (self, index);

  g_array_append_val (self->placements, placement);
  *y += hp_page_lines_height (block, first, n_lines);
  if (block->kind == BLOCK_ROW && hp_page_is_header_row (self, block))
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

  if (block->kind != BLOCK_ROW || hp_page_is_header_row (self, block) ||
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
  Block *block = hp_page_block_at (self, index);
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
      Block *block = hp_page_block_at (self, i);

      if (block->kind == BLOCK_BREAK)
        {
          if (y > BODY_TOP)
            page++;
          y = BODY_TOP;
          continue;
        }
      if (y > BODY_TOP)
        y += space_before (self, i);
      if (hp_page_style_of (self, block)->keep_with_next && y > BODY_TOP && y + keep_height (self, i) > bottom)
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
    lay_out_block (self, hp_page_block_at (self, i));
  paginate (self);
}

int
hp_page_layout_get_n_pages (HpPageLayout *self)
{
  g_return_val_if_fail (HP_IS_PAGE_LAYOUT (self), 0);
  return self->n_pages;
}

