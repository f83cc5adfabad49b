/* hp-page-layout.h — text, tables and drawings laid out on printed pages
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* Lengths are in points (1/72 in): the unit of both the PDF surface and a
 * print context set to GTK_UNIT_POINTS. */
#define HP_PAGE_CM        (72.0 / 2.54)
#define HP_PAGE_A4_WIDTH  (21.0 * HP_PAGE_CM)
#define HP_PAGE_A4_HEIGHT (29.7 * HP_PAGE_CM)

/* How a kind of block looks; the caller keeps a table of them. */
typedef struct {
  const char     *font;            /* a Pango font description */
  double          line_spacing;    /* factor of the font's height */
  double          space_before;    /* dropped at the top of a page */
  double          space_after;
  gboolean        keep_with_next;  /* never the last thing on a page */
  double          grey;            /* 0 is black */
  PangoAlignment  alignment;
} HpPageStyle;

/* A drawing's height for @width, and drawing it with its top left corner
 * at the current origin of @cr. */
typedef double (*HpPageMeasureFunc) (gpointer      data,
                                     PangoContext *context,
                                     double        width);
typedef void   (*HpPageDrawFunc)    (gpointer      data,
                                     cairo_t      *cr,
                                     PangoContext *context,
                                     double        width);

#define HP_TYPE_PAGE_LAYOUT (hp_page_layout_get_type ())
G_DECLARE_FINAL_TYPE (HpPageLayout, hp_page_layout, HP, PAGE_LAYOUT, GObject)

HpPageLayout *hp_page_layout_new            (const HpPageStyle  *styles,
                                             guint               n_styles);
void          hp_page_layout_set_header     (HpPageLayout       *self,
                                             const char         *left,
                                             const char         *right);
void          hp_page_layout_set_title_page (HpPageLayout       *self,
                                             gboolean            title_page);
void          hp_page_layout_set_footer     (HpPageLayout       *self,
                                             const char         *text);

void          hp_page_layout_add_text       (HpPageLayout       *self,
                                             guint               style,
                                             const char         *markup,
                                             const char         *marker,
                                             double              indent);
void          hp_page_layout_add_plain_text (HpPageLayout       *self,
                                             guint               style,
                                             const char         *text);
void          hp_page_layout_add_drawing    (HpPageLayout       *self,
                                             guint               style,
                                             HpPageMeasureFunc   measure,
                                             HpPageDrawFunc      draw,
                                             gpointer            data,
                                             GDestroyNotify      destroy);
void          hp_page_layout_add_table      (HpPageLayout       *self,
                                             guint               header_style,
                                             guint               cell_style,
                                             const double       *column_widths,
                                             const char * const *header);
void          hp_page_layout_add_table_row  (HpPageLayout       *self,
                                             const char * const *cells);
void          hp_page_layout_add_page_break (HpPageLayout       *self);

PangoContext *hp_page_layout_create_print_context (cairo_t      *cr);
cairo_status_t hp_page_append_bytes         (void                *closure,
                                             const unsigned char *data,
                                             unsigned int         length);
void          hp_page_layout_lay_out        (HpPageLayout       *self,
                                             PangoContext       *context,
                                             double              width,
                                             double              height);
int           hp_page_layout_get_n_pages    (HpPageLayout       *self);
void          hp_page_layout_draw_page      (HpPageLayout       *self,
                                             cairo_t            *cr,
                                             int                 page);
GBytes       *hp_page_layout_to_pdf         (HpPageLayout       *self,
                                             const char         *title,
                                             const char         *author,
                                             GError            **error);
gboolean      hp_page_layout_write_pdf      (HpPageLayout       *self,
                                             const char         *title,
                                             const char         *author,
                                             const char         *path,
                                             GError            **error);

G_END_DECLS
