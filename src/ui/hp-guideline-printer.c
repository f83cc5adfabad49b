/* hp-guideline-printer.c — one page of the publication laid out for paper
 *
 * A page (a guideline, a chapter, a section of the introduction) is turned
 * into a list of blocks — caption, title, headings, paragraphs, list items,
 * directions, notes — each a line of Pango markup with a style and an
 * indent.  Laying out measures every block for the paper's width and
 * places it line by line on pages, so long paragraphs break across pages;
 * drawing then shows the lines placed on one page, with a running header
 * and a footer naming the source.  The same two steps serve the PDF export
 * (a cairo PDF surface, no display needed) and GtkPrintOperation.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "hp-guideline-printer.h"
#include "hp-page-caption.h"

/* Lengths are in points (1/72 in), the unit of both the PDF surface and
 * the print context (GTK_UNIT_POINTS). */
#define CM               (72.0 / 2.54)
#define A4_WIDTH         (21.0 * CM)
#define A4_HEIGHT        (29.7 * CM)
#define MARGIN_SIDE      (2.0 * CM)
#define HEADER_TOP       (1.2 * CM)
#define BODY_TOP         (2.2 * CM)
#define BODY_BOTTOM      (2.6 * CM)   /* from the bottom edge */
#define FOOTER_RULE      (2.2 * CM)   /* from the bottom edge */
#define INDENT_STEP      16.0
#define NOTE_INDENT      24.0
#define MARKER_GAP       5.0
#define RULE_WIDTH       0.5
#define CHROME_GREY      0.40

#define BODY_FONT        "DejaVu Serif, serif 10"
#define HEADING_FAMILY   "Cantarell, DejaVu Sans, sans-serif"
#define CHROME_FONT      HEADING_FAMILY " 7.5"

typedef enum {
  STYLE_CAPTION,
  STYLE_TITLE,
  STYLE_HEADING,
  STYLE_SUBHEADING,
  STYLE_BODY,
  STYLE_DIRECTION,
  STYLE_SUBPOINT,
  STYLE_NOTE,
} BlockStyle;

static const struct {
  const char *font;
  double      line_spacing;   /* factor of the font's height */
  double      space_before;   /* dropped at the top of a page */
  double      space_after;
  gboolean    keep_with_next; /* never the last thing on a page */
  double      grey;           /* 0 is black */
} styles[] = {
  [STYLE_CAPTION]    = { HEADING_FAMILY " 9",       1.2,  0,  3, TRUE,  CHROME_GREY },
  [STYLE_TITLE]      = { HEADING_FAMILY " Bold 17", 1.1,  0, 14, TRUE,  0 },
  [STYLE_HEADING]    = { HEADING_FAMILY " Bold 13", 1.15, 14, 5, TRUE,  0 },
  [STYLE_SUBHEADING] = { HEADING_FAMILY " Bold 11", 1.15, 10, 4, TRUE,  0 },
  [STYLE_BODY]       = { BODY_FONT,                 1.25, 0,  7, FALSE, 0 },
  [STYLE_DIRECTION]  = { BODY_FONT,                 1.25, 8,  5, FALSE, 0 },
  [STYLE_SUBPOINT]   = { BODY_FONT,                 1.25, 0,  4, FALSE, 0 },
  [STYLE_NOTE]       = { "DejaVu Serif, serif 8.5", 1.2,  0,  3, FALSE, 0 },
};

/* The classification badges' colours (see style.css); the word in
 * brackets carries the meaning, so a black-and-white print loses nothing. */
static const char * const classification_colours[] = {
  [HP_CLASSIFICATION_NONE]        = "#000000",
  [HP_CLASSIFICATION_SKAL]        = "#c01c28",
  [HP_CLASSIFICATION_BOER]        = "#1c71d8",
  [HP_CLASSIFICATION_KAN]         = "#1d7a45",
  [HP_CLASSIFICATION_GOD_PRAKSIS] = "#813d9c",
};

typedef struct {
  double top, bottom;   /* the line's band in its layout, spacing included */
  double baseline;
  double x;
} LineBox;

typedef struct {
  BlockStyle   style;
  char        *markup;         /* Pango markup, links removed */
  char        *marker;         /* hanging bullet or number, or NULL */
  double       indent;         /* from the left margin */
  PangoLayout *layout;
  PangoLayout *marker_layout;
  GArray      *lines;          /* LineBox */
} Block;

/* A run of one block's lines on one page. */
typedef struct {
  int    page;
  guint  block;
  guint  first_line;
  guint  n_lines;
  double y;                    /* page position of the first line's top */
} Placement;

struct _HpGuidelinePrinter
{
  GObject       parent_instance;

  char         *title;
  char         *publication;   /* running header, left */
  char         *caption;       /* running header, right */
  char         *attribution;   /* footer */
  GPtrArray    *blocks;        /* Block */
  GHashTable   *footnotes;     /* numbers cited on the page */
  GHashTable   *levels;        /* item seq → indent level of its children */

  /* Set by lay_out() */
  PangoContext *context;
  double        width, height;
  GArray       *placements;    /* Placement */
  int           n_pages;
};

G_DEFINE_FINAL_TYPE (HpGuidelinePrinter, hp_guideline_printer, G_TYPE_OBJECT)

static void
block_free (Block *block)
{
  g_free (block->markup);
  g_free (block->marker);
  g_clear_object (&block->layout);
  g_clear_object (&block->marker_layout);
  g_clear_pointer (&block->lines, g_array_unref);
  g_free (block);
}

static void
hp_guideline_printer_finalize (GObject *object)
{
  HpGuidelinePrinter *self = HP_GUIDELINE_PRINTER (object);

  g_free (self->title);
  g_free (self->publication);
  g_free (self->caption);
  g_free (self->attribution);
  g_ptr_array_unref (self->blocks);
  g_hash_table_unref (self->footnotes);
  g_hash_table_unref (self->levels);
  g_clear_object (&self->context);
  g_array_unref (self->placements);
  G_OBJECT_CLASS (hp_guideline_printer_parent_class)->finalize (object);
}

static void
hp_guideline_printer_class_init (HpGuidelinePrinterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hp_guideline_printer_finalize;
}

static void
hp_guideline_printer_init (HpGuidelinePrinter *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->footnotes = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->levels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
}

/* ---- Building the blocks ---------------------------------------------- */

/* Paper has nothing to click: link tags go, their text stays. */
static char *
strip_links (const char *markup)
{
  GString *out = g_string_sized_new (strlen (markup));
  const char *p = markup;

  while (*p != '\0')
    {
      if (g_str_has_prefix (p, "<a ") || g_str_has_prefix (p, "</a>"))
        {
          const char *end = strchr (p, '>');

          if (end == NULL)
            break;
          p = end + 1;
          continue;
        }
      g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

static void
collect_footnotes (HpGuidelinePrinter *self,
                   const char         *markup)
{
  for (const char *p = strstr (markup, "\"fn:"); p != NULL; p = strstr (p + 4, "\"fn:"))
    {
      int number = atoi (p + 4);

      if (number > 0)
        g_hash_table_add (self->footnotes, GINT_TO_POINTER (number));
    }
}

static void
add_block (HpGuidelinePrinter *self,
           BlockStyle          style,
           const char         *markup,
           const char         *marker,
           double              indent)
{
  Block *block = g_new0 (Block, 1);

  collect_footnotes (self, markup);
  block->style = style;
  block->markup = strip_links (markup);
  block->marker = g_strdup (marker);
  block->indent = indent;
  g_ptr_array_add (self->blocks, block);
}

static void
add_plain_block (HpGuidelinePrinter *self,
                 BlockStyle          style,
                 const char         *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  add_block (self, style, escaped, NULL, 0);
}

/* "[Legal requirement] Kommunen skal …", the word in the badge's colour. */
static char *
classified_markup (HpCorpusItem *item,
                   gboolean      bold)
{
  HpClassification classification = hp_corpus_item_get_classification (item);
  const char *label = hp_classification_get_label (classification);
  const char *markup = hp_corpus_item_get_markup (item);
  g_autofree char *badge = NULL;

  if (label != NULL)
    badge = g_markup_printf_escaped ("<span weight=\"bold\" foreground=\"%s\">[%s]</span> ",
                                     classification_colours[classification], label);
  return g_strconcat (badge ? badge : "", bold ? "<b>" : "", markup, bold ? "</b>" : "", NULL);
}

static int
level_of_parent (HpGuidelinePrinter *self,
                 HpCorpusItem       *item)
{
  gint64 parent_seq = hp_corpus_item_get_parent_seq (item);

  return GPOINTER_TO_INT (g_hash_table_lookup (self->levels, &parent_seq));
}

static void
set_child_level (HpGuidelinePrinter *self,
                 HpCorpusItem       *item,
                 int                 level)
{
  gint64 *seq = g_new (gint64, 1);

  *seq = hp_corpus_item_get_seq (item);
  g_hash_table_insert (self->levels, seq, GINT_TO_POINTER (level));
}

/* A sub-page listed on its parent's page: its title and printed page. */
static char *
subpage_markup (HpCorpusItem *item)
{
  g_autofree char *page = NULL;

  if (hp_corpus_item_get_page (item) <= 0)
    return g_markup_escape_text (hp_corpus_item_get_title (item), -1);
  page = g_strdup_printf (_("Page %d"), hp_corpus_item_get_page (item));
  return g_markup_printf_escaped ("%s <span foreground=\"#666666\">· %s</span>",
                                  hp_corpus_item_get_title (item), page);
}

static void
add_heading (HpGuidelinePrinter *self,
             HpCorpusItem       *item)
{
  const char *kind = hp_corpus_item_get_kind (item);
  const char *title = hp_corpus_item_get_title (item);
  gboolean minor = g_str_equal (kind, "subsection") || g_str_equal (kind, "principle");
  g_autofree char *numbered = NULL;

  if (title == NULL || *title == '\0')
    return;
  if (g_str_equal (kind, "principle") && hp_corpus_item_get_number (item) != NULL)
    title = numbered = g_strdup_printf ("%s. %s", hp_corpus_item_get_number (item), title);
  add_plain_block (self, minor ? STYLE_SUBHEADING : STYLE_HEADING, title);
}

/* Adds the blocks for one item of the page's contents (which come in
 * document order, parents before children) and returns the indent level
 * of the item's own children. */
static int
add_item (HpGuidelinePrinter *self,
          HpCorpusItem       *item)
{
  const char *kind = hp_corpus_item_get_kind (item);
  const char *markup = hp_corpus_item_get_markup (item);
  int level = level_of_parent (self, item);

  if (hp_corpus_is_page_kind (kind))
    {
      g_autofree char *entry = subpage_markup (item);
      add_block (self, STYLE_BODY, entry, "•", (level + 1) * INDENT_STEP);
      return level + 1;
    }
  if (g_str_equal (kind, "paragraph") || g_str_equal (kind, "literature-entry"))
    add_block (self, STYLE_BODY, markup, NULL, level * INDENT_STEP);
  else if (g_str_equal (kind, "method"))
    {
      g_autofree char *lead = g_markup_printf_escaped ("<b>%s – %s.</b> ",
                                                       hp_corpus_item_get_number (item),
                                                       hp_corpus_item_get_title (item));
      g_autofree char *full = g_strconcat (lead, markup, NULL);
      add_block (self, STYLE_BODY, full, NULL, level * INDENT_STEP);
    }
  else if (g_str_equal (kind, "item"))
    {
      add_block (self, STYLE_BODY, markup, "•", (level + 1) * INDENT_STEP);
      return level + 1;
    }
  else if (g_str_equal (kind, "core-principle"))
    {
      g_autofree char *number = g_strdup_printf ("%s.", hp_corpus_item_get_number (item));
      add_block (self, STYLE_BODY, markup, number, (level + 1) * INDENT_STEP);
      return level + 1;
    }
  else if (g_str_equal (kind, "direction"))
    {
      g_autofree char *full = classified_markup (item, TRUE);
      add_block (self, STYLE_DIRECTION, full, NULL, level * INDENT_STEP);
      return level + 1;
    }
  else if (g_str_equal (kind, "subpoint"))
    {
      g_autofree char *full = classified_markup (item, FALSE);
      add_block (self, STYLE_SUBPOINT, full, "•", level * INDENT_STEP);
    }
  else if (!g_str_equal (kind, "list"))
    add_heading (self, item);
  return level;
}

static gint
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

static GArray *
sorted_footnotes (HpGuidelinePrinter *self)
{
  GArray *numbers = g_array_new (FALSE, FALSE, sizeof (int));
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->footnotes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      int number = GPOINTER_TO_INT (key);
      g_array_append_val (numbers, number);
    }
  g_array_sort (numbers, compare_ints);
  return numbers;
}

/* Every footnote cited on the page, in order, under one heading at the end. */
static gboolean
add_notes (HpGuidelinePrinter  *self,
           HpCorpus            *corpus,
           GError             **error)
{
  g_autoptr(GArray) numbers = sorted_footnotes (self);

  if (numbers->len == 0)
    return TRUE;
  /* Translators: heading of the footnotes printed at the end; Danish "Noter" */
  add_plain_block (self, STYLE_HEADING, _("Notes"));
  for (guint i = 0; i < numbers->len; i++)
    {
      int number = g_array_index (numbers, int, i);
      g_autoptr(HpCorpusItem) footnote = hp_corpus_lookup_footnote (corpus, number, error);
      g_autofree char *marker = g_strdup_printf ("%d.", number);

      if (footnote == NULL)
        return FALSE;
      add_block (self, STYLE_NOTE, hp_corpus_item_get_markup (footnote), marker, NOTE_INDENT);
    }
  return TRUE;
}

static char *
page_title (HpCorpusItem *page)
{
  if (hp_corpus_item_is_kind (page, "chapter"))
    return g_strdup_printf (_("Chapter %s: %s"), hp_corpus_item_get_number (page),
                            hp_corpus_item_get_title (page));
  return g_strdup (hp_corpus_item_get_title (page));
}

/* Publication, publisher and year from the loaded edition; the shipped
 * edition's as a fallback, so a print never goes out unattributed. */
static void
set_source (HpGuidelinePrinter *self,
            HpCorpus           *corpus)
{
  g_autoptr(HpCorpusEdition) edition = hp_corpus_get_edition (corpus, NULL);
  const char *title = "Nationale retningslinjer for indsatsen mod hjemløshed";
  const char *publisher = "Socialstyrelsen";
  g_autofree char *year = g_strdup ("2020");

  if (edition != NULL && edition->title != NULL && edition->publisher != NULL)
    {
      title = edition->title;
      publisher = edition->publisher;
      if (edition->published != NULL && strlen (edition->published) >= 4)
        {
          g_free (year);
          year = g_strndup (edition->published, 4);
        }
    }
  self->publication = g_strdup (title);
  /* Translators: the attribution printed at the foot of every page; the
   * publication may be reproduced only with its source named.  Danish:
   * "Kilde: %s (%s): %s. Gengivet med kildeangivelse." */
  self->attribution = g_strdup_printf (_("Source: %s (%s): %s. Reproduced with the source named."),
                                       publisher, year, title);
}

static gboolean
build_blocks (HpGuidelinePrinter  *self,
              HpCorpus            *corpus,
              HpCorpusItem        *page,
              GError             **error)
{
  g_autoptr(GListModel) items = hp_corpus_list_contents (corpus, page, error);

  if (items == NULL)
    return FALSE;
  if (*self->caption != '\0')
    add_plain_block (self, STYLE_CAPTION, self->caption);
  add_plain_block (self, STYLE_TITLE, self->title);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HpCorpusItem) item = g_list_model_get_item (items, i);
      set_child_level (self, item, add_item (self, item));
    }
  return add_notes (self, corpus, error);
}

/**
 * hp_guideline_printer_new:
 * @corpus: the loaded publication
 * @page: a page item: guideline, chapter, introduction section…
 *
 * Reads @page's contents and the footnotes they cite.  Nothing is laid
 * out until it is printed or written as PDF.
 */
HpGuidelinePrinter *
hp_guideline_printer_new (HpCorpus      *corpus,
                          HpCorpusItem  *page,
                          GError       **error)
{
  g_autoptr(HpGuidelinePrinter) self = NULL;

  g_return_val_if_fail (HP_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (HP_IS_CORPUS_ITEM (page), NULL);

  self = g_object_new (HP_TYPE_GUIDELINE_PRINTER, NULL);
  self->title = page_title (page);
  self->caption = hp_page_caption_build (corpus, page);
  set_source (self, corpus);
  if (!build_blocks (self, corpus, page, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* ---- Laying out -------------------------------------------------------- */

static PangoLayout *
new_layout (HpGuidelinePrinter *self,
            const char         *font,
            double              width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, pango_units_from_double (width));
  return layout;
}

static void
measure_lines (Block *block)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);

  g_clear_pointer (&block->lines, g_array_unref);
  block->lines = g_array_new (FALSE, FALSE, sizeof (LineBox));
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
lay_out_block (HpGuidelinePrinter *self,
               Block              *block)
{
  const char *font = styles[block->style].font;

  g_clear_object (&block->layout);
  g_clear_object (&block->marker_layout);
  block->layout = new_layout (self, font, self->width - 2 * MARGIN_SIDE - block->indent);
  pango_layout_set_line_spacing (block->layout, styles[block->style].line_spacing);
  pango_layout_set_markup (block->layout, block->markup, -1);
  measure_lines (block);
  if (block->marker != NULL)
    {
      block->marker_layout = new_layout (self, font, -1);
      pango_layout_set_text (block->marker_layout, block->marker, -1);
    }
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

static Block *
block_at (HpGuidelinePrinter *self,
          guint               index)
{
  return g_ptr_array_index (self->blocks, index);
}

/* The height a heading needs free below it so that it is not left alone
 * at the foot of a page: itself, any headings right after it, and the
 * first two lines of what they introduce. */
static double
keep_height (HpGuidelinePrinter *self,
             guint               index)
{
  Block *block = block_at (self, index);
  double height = lines_height (block, 0, block->lines->len);
  Block *next;

  if (index + 1 >= self->blocks->len)
    return height;
  next = block_at (self, index + 1);
  height += styles[block->style].space_after + styles[next->style].space_before;
  if (styles[next->style].keep_with_next)
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
place_block (HpGuidelinePrinter *self,
             guint               index,
             int                *page,
             double             *y)
{
  Block *block = block_at (self, index);
  double bottom = self->height - BODY_BOTTOM;
  guint first = 0;

  while (first < block->lines->len)
    {
      guint n_lines = lines_for_page (block, first, bottom - *y, *y <= BODY_TOP);

      if (n_lines > 0)
        {
          Placement placement = { *page, index, first, n_lines, *y };

          g_array_append_val (self->placements, placement);
          *y += lines_height (block, first, n_lines);
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
paginate (HpGuidelinePrinter *self)
{
  double bottom = self->height - BODY_BOTTOM;
  double y = BODY_TOP;
  int page = 0;

  g_array_set_size (self->placements, 0);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      BlockStyle style = block_at (self, i)->style;

      if (y > BODY_TOP)
        y += styles[style].space_before;
      if (styles[style].keep_with_next && y > BODY_TOP && y + keep_height (self, i) > bottom)
        {
          page++;
          y = BODY_TOP;
        }
      place_block (self, i, &page, &y);
      y += styles[style].space_after;
    }
  self->n_pages = page + 1;
}

/* Measures every block for a page of @width × @height points with
 * @context's fonts and resolution, and breaks the result into pages. */
static void
lay_out (HpGuidelinePrinter *self,
         PangoContext       *context,
         double              width,
         double              height)
{
  g_set_object (&self->context, context);
  /* Danish text: the language picks Danish shaping and line breaking. */
  pango_context_set_language (context, pango_language_from_string ("da"));
  self->width = width;
  self->height = height;
  for (guint i = 0; i < self->blocks->len; i++)
    lay_out_block (self, block_at (self, i));
  paginate (self);
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
  set_grey (cr, 0.6);
  cairo_set_line_width (cr, RULE_WIDTH);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
}

static void
draw_placement (HpGuidelinePrinter *self,
                cairo_t            *cr,
                const Placement    *placement)
{
  Block *block = block_at (self, placement->block);
  LineBox *lines = (LineBox *) block->lines->data;
  double x = MARGIN_SIDE + block->indent;
  double shift = placement->y - lines[placement->first_line].top;

  set_grey (cr, styles[block->style].grey);
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

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

/* Publication title on the left, where the page belongs on the right —
 * from the second page on: the first has it above the title. */
static void
draw_header (HpGuidelinePrinter *self,
             cairo_t            *cr,
             int                 page)
{
  double text_width = self->width - 2 * MARGIN_SIDE;
  g_autoptr(PangoLayout) left = new_layout (self, CHROME_FONT, text_width);
  g_autoptr(PangoLayout) right = new_layout (self, CHROME_FONT, text_width);

  pango_layout_set_text (left, self->publication, -1);
  pango_layout_set_text (right, page > 0 ? self->caption : "", -1);
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
draw_footer (HpGuidelinePrinter *self,
             cairo_t            *cr,
             int                 page)
{
  double text_width = self->width - 2 * MARGIN_SIDE;
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
  source = new_layout (self, CHROME_FONT, text_width - pango_units_to_double (number_width) - 18);
  pango_layout_set_text (source, self->attribution, -1);

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

static void
draw_page (HpGuidelinePrinter *self,
           cairo_t            *cr,
           int                 page)
{
  draw_header (self, cr, page);
  for (guint i = 0; i < self->placements->len; i++)
    {
      const Placement *placement = &g_array_index (self->placements, Placement, i);

      if (placement->page == page)
        draw_placement (self, cr, placement);
    }
  draw_footer (self, cr, page);
}

int
hp_guideline_printer_get_n_pages (HpGuidelinePrinter *self)
{
  g_return_val_if_fail (HP_IS_GUIDELINE_PRINTER (self), 0);
  return self->n_pages;
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

/* A context like the print dialog's: 72 dpi so that points are points,
 * and unhinted metrics so the layout does not depend on the screen. */
static PangoContext *
pdf_pango_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_destroy (options);
  return context;
}

static cairo_status_t
render_pdf (HpGuidelinePrinter *self,
            GByteArray         *bytes)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes,
                                                                  A4_WIDTH, A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pdf_pango_context (cr);
  cairo_status_t status;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Hjemplan");
  lay_out (self, context, A4_WIDTH, A4_HEIGHT);
  for (int page = 0; page < self->n_pages; page++)
    {
      draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

/**
 * hp_guideline_printer_write_pdf:
 *
 * Writes the page as an A4 PDF.  The whole document is made in memory
 * first, so a failure to lay it out never leaves a half-written file, and
 * an existing file is replaced in one step.
 */
gboolean
hp_guideline_printer_write_pdf (HpGuidelinePrinter  *self,
                                const char          *pdf_path,
                                GError             **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GFile) file = NULL;
  cairo_status_t status;

  g_return_val_if_fail (HP_IS_GUIDELINE_PRINTER (self), FALSE);
  g_return_val_if_fail (pdf_path != NULL, FALSE);

  status = render_pdf (self, bytes);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not create the PDF: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  file = g_file_new_for_path (pdf_path);
  return g_file_replace_contents (file, (const char *) bytes->data, bytes->len, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

gboolean
hp_guideline_printer_export_pdf (HpCorpus      *corpus,
                                 HpCorpusItem  *page,
                                 const char    *pdf_path,
                                 GError       **error)
{
  g_autoptr(HpGuidelinePrinter) self = hp_guideline_printer_new (corpus, page, error);

  return self != NULL && hp_guideline_printer_write_pdf (self, pdf_path, error);
}

/* ---- Printing ---------------------------------------------------------- */

static void
begin_print (GtkPrintOperation  *operation,
             GtkPrintContext    *context,
             HpGuidelinePrinter *self)
{
  PangoContext *pango_context = gtk_print_context_create_pango_context (context);

  lay_out (self, pango_context,
           gtk_print_context_get_width (context), gtk_print_context_get_height (context));
  g_object_unref (pango_context);
  gtk_print_operation_set_n_pages (operation, self->n_pages);
}

static void
draw_print_page (GtkPrintOperation  *operation,
                 GtkPrintContext    *context,
                 int                 page,
                 HpGuidelinePrinter *self)
{
  draw_page (self, gtk_print_context_get_cairo_context (context), page);
}

/**
 * hp_guideline_printer_create_operation:
 *
 * A print operation for A4 in points over the whole sheet (the margins are
 * the layout's own), which keeps @self alive as long as it lives.
 *
 * Returns: (transfer full): the operation, ready to run
 */
GtkPrintOperation *
hp_guideline_printer_create_operation (HpGuidelinePrinter *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  g_return_val_if_fail (HP_IS_GUIDELINE_PRINTER (self), NULL);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, self->title);
  g_object_set_data_full (G_OBJECT (operation), "hp-guideline-printer",
                          g_object_ref (self), g_object_unref);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print), self);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_print_page), self);
  return operation;
}

static void
show_error (GtkWindow    *parent,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Could not print"), error->message);

  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* An error can be reported both by run() and by ::done; say it once. */
static void
report_failure (GtkPrintOperation *operation,
                GtkWindow         *parent,
                const GError      *error)
{
  if (error == NULL || g_object_get_data (G_OBJECT (operation), "hp-error-shown") != NULL)
    return;
  g_object_set_data (G_OBJECT (operation), "hp-error-shown", GINT_TO_POINTER (TRUE));
  show_error (parent, error);
}

static void
print_done (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            gpointer                 parent)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  report_failure (operation, parent, error);
}

/**
 * hp_guideline_printer_run:
 * @parent: (nullable): the window the print dialog belongs to
 *
 * Shows the print dialog for @page and prints it; "Print to File" in the
 * dialog gives a PDF.  Returns at once; errors are shown in a dialog.
 */
void
hp_guideline_printer_run (HpCorpus     *corpus,
                          HpCorpusItem *page,
                          GtkWindow    *parent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpGuidelinePrinter) self = hp_guideline_printer_new (corpus, page, &error);
  g_autoptr(GtkPrintOperation) operation = NULL;

  if (self == NULL)
    {
      show_error (parent, error);
      return;
    }
  operation = hp_guideline_printer_create_operation (self);
  gtk_print_operation_set_allow_async (operation, TRUE);
  if (parent != NULL)
    g_signal_connect_object (operation, "done", G_CALLBACK (print_done), parent, 0);
  else
    g_signal_connect (operation, "done", G_CALLBACK (print_done), NULL);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               parent, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    report_failure (operation, parent, error);
}
