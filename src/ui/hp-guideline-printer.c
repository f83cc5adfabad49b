/* hp-guideline-printer.c — one page of the publication laid out for paper
 *
 * A page (a guideline, a chapter, a section of the introduction) is turned
 * into blocks — caption, title, headings, paragraphs, list items,
 * directions, notes — each a line of Pango markup with a style and an
 * indent, for HpPageLayout (src/io/hp-page-layout.c) to break into pages
 * and draw with a running header and a footer naming the source.  The same
 * layout serves the PDF export (no display needed) and GtkPrintOperation.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "hp-citation.h"
#include "hp-guideline-printer.h"
#include "hp-page-caption.h"
#include "hp-page-layout.h"

#define INDENT_STEP      16.0
#define NOTE_INDENT      24.0
#define CHROME_GREY      0.40

#define BODY_FONT        "DejaVu Serif, serif 10"
#define HEADING_FAMILY   "Cantarell, DejaVu Sans, sans-serif"

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

static const HpPageStyle styles[] = {
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

struct _HpGuidelinePrinter
{
  GObject       parent_instance;

  char         *title;
  char         *caption;       /* running header, right */
  HpPageLayout *layout;
  GHashTable   *footnotes;     /* numbers cited on the page */
  GHashTable   *levels;        /* item seq → indent level of its children */
};

G_DEFINE_FINAL_TYPE (HpGuidelinePrinter, hp_guideline_printer, G_TYPE_OBJECT)

static void
hp_guideline_printer_finalize (GObject *object)
{
  HpGuidelinePrinter *self = HP_GUIDELINE_PRINTER (object);

  g_free (self->title);
  g_free (self->caption);
  g_clear_object (&self->layout);
  g_hash_table_unref (self->footnotes);
  g_hash_table_unref (self->levels);
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
  self->layout = hp_page_layout_new (styles, G_N_ELEMENTS (styles));
  self->footnotes = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->levels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
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
  g_autofree char *plain = strip_links (markup);

  collect_footnotes (self, markup);
  hp_page_layout_add_text (self->layout, style, plain, marker, indent);
}

static void
add_plain_block (HpGuidelinePrinter *self,
                 BlockStyle          style,
                 const char         *text)
{
  hp_page_layout_add_plain_text (self->layout, style, text);
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

static void
set_source (HpGuidelinePrinter *self,
            HpCorpus           *corpus)
{
  g_autofree char *publication = NULL;
  g_autofree char *attribution = hp_citation_format_attribution (corpus, &publication);

  hp_page_layout_set_header (self->layout, publication, self->caption);
  hp_page_layout_set_footer (self->layout, attribution);
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

int
hp_guideline_printer_get_n_pages (HpGuidelinePrinter *self)
{
  g_return_val_if_fail (HP_IS_GUIDELINE_PRINTER (self), 0);
  return hp_page_layout_get_n_pages (self->layout);
}

/* ---- PDF --------------------------------------------------------------- */

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
  g_return_val_if_fail (HP_IS_GUIDELINE_PRINTER (self), FALSE);
  g_return_val_if_fail (pdf_path != NULL, FALSE);
  return hp_page_layout_write_pdf (self->layout, self->title, NULL, pdf_path, error);
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

  hp_page_layout_lay_out (self->layout, pango_context,
                          gtk_print_context_get_width (context), gtk_print_context_get_height (context));
  g_object_unref (pango_context);
  gtk_print_operation_set_n_pages (operation, hp_page_layout_get_n_pages (self->layout));
}

static void
draw_print_page (GtkPrintOperation  *operation,
                 GtkPrintContext    *context,
                 int                 page,
                 HpGuidelinePrinter *self)
{
  hp_page_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context), page);
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
