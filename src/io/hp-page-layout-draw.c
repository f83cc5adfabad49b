/* hp-page-layout-draw.c — drawing the pages HpPageLayout laid out
 *
 * Each page gets a running header (the document's name, and where the
 * page belongs from the second page on), the blocks placed on it, and a
 * footer naming the source beside the page number.  The same drawing
 * serves a cairo PDF surface and GtkPrintOperation's pages.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "hp-page-layout-private.h"

#define HEADER_TOP       (1.2 * HP_PAGE_CM)
#define FOOTER_RULE      (2.2 * HP_PAGE_CM)   /* from the bottom edge */
#define MARKER_GAP       5.0
#define RULE_WIDTH       0.5
#define RULE_GREY        0.6
#define CHROME_GREY      0.40
#define CHROME_FONT      "Cantarell, DejaVu Sans, sans-serif 7.5"
#define HEADER_FILL      0.90

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

  set_grey (cr, hp_page_style_of (self, block)->grey);
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
  double height = hp_page_lines_height (block, 0, 1);
  double x = MARGIN_SIDE;

  if (hp_page_is_header_row (self, block))
    {
      set_grey (cr, HEADER_FILL);
      cairo_rectangle (cr, MARGIN_SIDE, y, hp_page_text_width (self), height);
      cairo_fill (cr);
    }
  for (guint c = 0; c < block->table->n_columns; c++)
    {
      double width = block->table->widths[c] * hp_page_text_width (self);

      set_grey (cr, RULE_GREY);
      cairo_set_line_width (cr, RULE_WIDTH);
      cairo_rectangle (cr, x, y, width, height);
      cairo_stroke (cr);
      set_grey (cr, hp_page_style_of (self, block)->grey);
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
  Block *block = hp_page_block_at (self, placement->block);

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
      block->draw (block->data, cr, self->context, hp_page_text_width (self) - block->indent);
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
  g_autoptr(PangoLayout) left = hp_page_new_layout (self, CHROME_FONT, hp_page_text_width (self));
  g_autoptr(PangoLayout) right = hp_page_new_layout (self, CHROME_FONT, hp_page_text_width (self));

  pango_layout_set_text (left, self->header_left, -1);
  pango_layout_set_text (right, page > 0 ? self->header_right : "", -1);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  set_grey (cr, CHROME_GREY);
  cairo_move_to (cr, MARGIN_SIDE, HEADER_TOP);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, MARGIN_SIDE, HEADER_TOP);
  pango_cairo_show_layout (cr, right);
  draw_rule (cr, MARGIN_SIDE, self->width - MARGIN_SIDE, HEADER_TOP + hp_page_layout_height (left) + 3);
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
  g_autoptr(PangoLayout) number = hp_page_new_layout (self, CHROME_FONT, -1);
  g_autoptr(PangoLayout) source = NULL;
  PangoLayoutIter *iter;
  int number_width;
  double baseline;

  pango_layout_set_text (number, counter, -1);
  pango_layout_get_size (number, &number_width, NULL);
  source = hp_page_new_layout (self, CHROME_FONT, hp_page_text_width (self) - pango_units_to_double (number_width) - 18);
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

/* A cairo_write_func_t collecting what cairo writes (a PDF, a PNG) in the
 * GByteArray @closure. */
cairo_status_t
hp_page_append_bytes (void                *closure,
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
  surface = cairo_pdf_surface_create_for_stream (hp_page_append_bytes, bytes, HP_PAGE_A4_WIDTH, HP_PAGE_A4_HEIGHT);
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
