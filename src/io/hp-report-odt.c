/* hp-report-odt.c — the strategy report as an OpenDocument text
 *
 * An ODF 1.2 package that LibreOffice opens as a document written in it:
 * the paragraph styles are LibreOffice's own where it has one (Heading 1,
 * Text body, Quotations, Caption, Table Contents), so a council secretary
 * can restyle the report in the usual way, and headings carry outline
 * levels for the navigator and a table of contents.  The page style and
 * the paragraph styles are in styles.xml (hp-report-odt-styles.c); what
 * is particular to this report — its tables' columns, where pages break —
 * is in content.xml's automatic styles.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-report-odt-styles.h"
#include "hp-report-odt.h"
#include "hp-report-office.h"

#define MIMETYPE "application/vnd.oasis.opendocument.text"

/* The paragraph styles a page can start with; each has an automatic twin,
 * "Break_" and its name, that starts a new page. */
static const char * const breakable_styles[] = {
  "Heading_20_1", "Heading_20_2", "Heading_20_3", "Text_20_body", "Quotations",
  "Small_20_Text", "List_20_Bullet", "Caption", "Chart",
};

static const char * const heading_styles[] = { NULL, "Heading_20_1", "Heading_20_2", "Heading_20_3" };

static const char * const paragraph_styles[] = {
  [HP_REPORT_STYLE_NORMAL] = "Text_20_body",
  [HP_REPORT_STYLE_QUOTE] = "Quotations",
  [HP_REPORT_STYLE_SMALL] = "Small_20_Text",
};

static const char * const title_styles[] = {
  [HP_REPORT_TITLE_MAIN] = "Title",
  [HP_REPORT_TITLE_SUBTITLE] = "Subtitle",
  [HP_REPORT_TITLE_DETAIL] = "Title_20_Page_20_Detail",
  [HP_REPORT_TITLE_NOTE] = "Example_20_Note",
  [HP_REPORT_TITLE_ATTRIBUTION] = "Attribution",
};

/* The first paragraph of the title page: it sets the page style without a
 * footer, whose next style, for every later page, has one. */
#define TITLE_PAGE_START "Title_20_Page_20_Start"

typedef struct {
  HpOfficeXml            *xml;
  const HpOfficeDocument *doc;
  guint                   n_tables;
  guint                   n_charts;
  gboolean                in_list;
} Writer;

static char *
style_name (const char *style,
            gboolean    page_start)
{
  return page_start ? g_strconcat ("Break_", style, NULL) : g_strdup (style);
}

static char *
chart_path (guint n)
{
  return g_strdup_printf ("Pictures/chart-%u.png", n);
}

static char *
table_name (guint n)
{
  return g_strdup_printf ("Table%u", n);
}

static char *
column_style_name (guint table,
                   guint column)
{
  return g_strdup_printf ("Table%u.C%u", table, column + 1);
}

/* Automatic styles ---------------------------------------------------- */

static void
write_page_start_styles (Writer *w)
{
  const HpReportTitleLine *first = w->doc->title_page->len ? w->doc->title_page->pdata[0] : NULL;

  hp_office_xml_start (w->xml, "style:style", "style:name", TITLE_PAGE_START, "style:family", "paragraph",
                       "style:parent-style-name", first ? title_styles[first->role] : "Standard",
                       "style:master-page-name", "First_20_Page", NULL);
  hp_office_xml_end (w->xml);
  hp_office_xml_newline (w->xml);
  for (guint i = 0; i < G_N_ELEMENTS (breakable_styles); i++)
    {
      g_autofree char *name = style_name (breakable_styles[i], TRUE);

      hp_office_xml_start (w->xml, "style:style", "style:name", name, "style:family", "paragraph",
                           "style:parent-style-name", breakable_styles[i], NULL);
      hp_office_xml_empty (w->xml, "style:paragraph-properties", "fo:break-before", "page", NULL);
      hp_office_xml_end (w->xml);
      hp_office_xml_newline (w->xml);
    }
}

static void
write_cell_style (Writer     *w,
                  const char *name,
                  const char *background)
{
  hp_office_xml_start (w->xml, "style:style", "style:name", name, "style:family", "table-cell", NULL);
  hp_office_xml_empty (w->xml, "style:table-cell-properties", "fo:border", "0.5pt solid #" HP_OFFICE_BORDER_COLOUR,
                       "fo:padding", "0.1cm", "fo:background-color", background, NULL);
  hp_office_xml_end (w->xml);
  hp_office_xml_newline (w->xml);
}

static void
write_table_styles (Writer              *w,
                    const HpReportBlock *table,
                    gboolean             page_start)
{
  g_autofree char *name = table_name (++w->n_tables);
  g_autofree char *width = hp_office_format_length (HP_OFFICE_TEXT_WIDTH / 10, "cm");
  g_autofree double *columns = hp_office_column_widths (table, HP_OFFICE_TEXT_WIDTH / 10);

  hp_office_xml_start (w->xml, "style:style", "style:name", name, "style:family", "table", NULL);
  hp_office_xml_empty (w->xml, "style:table-properties", "style:width", width, "table:align", "margins",
                       "fo:margin-top", "0.1cm", "fo:margin-bottom", "0.3cm",
                       "fo:break-before", page_start ? "page" : NULL, NULL);
  hp_office_xml_end (w->xml);
  hp_office_xml_newline (w->xml);
  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autofree char *column = column_style_name (w->n_tables, c);
      g_autofree char *column_width = hp_office_format_length (columns[c], "cm");

      hp_office_xml_start (w->xml, "style:style", "style:name", column, "style:family", "table-column", NULL);
      hp_office_xml_empty (w->xml, "style:table-column-properties", "style:column-width", column_width, NULL);
      hp_office_xml_end (w->xml);
      hp_office_xml_newline (w->xml);
    }
}

static void
write_automatic_styles (Writer *w)
{
  hp_office_xml_start (w->xml, "office:automatic-styles", NULL);
  hp_office_xml_newline (w->xml);
  write_page_start_styles (w);
  /* A row is not split across two pages. */
  hp_office_xml_start (w->xml, "style:style", "style:name", "Row", "style:family", "table-row", NULL);
  hp_office_xml_empty (w->xml, "style:table-row-properties", "fo:keep-together", "always", NULL);
  hp_office_xml_end (w->xml);
  hp_office_xml_newline (w->xml);
  write_cell_style (w, "Cell", NULL);
  write_cell_style (w, "Header_Cell", "#" HP_OFFICE_HEADER_FILL);
  hp_office_xml_start (w->xml, "style:style", "style:name", "Chart_Frame", "style:family", "graphic", NULL);
  hp_office_xml_empty (w->xml, "style:graphic-properties", "style:vertical-pos", "top",
                       "style:vertical-rel", "baseline", "style:horizontal-pos", "center",
                       "style:horizontal-rel", "paragraph", "fo:border", "none", NULL);
  hp_office_xml_end (w->xml);
  hp_office_xml_newline (w->xml);
  for (guint i = 0; i < w->doc->report->blocks->len; i++)
    {
      const HpReportBlock *block = w->doc->report->blocks->pdata[i];

      if (block->kind == HP_REPORT_TABLE)
        write_table_styles (w, block, w->doc->page_starts[i]);
    }
  w->n_tables = 0;
  hp_office_xml_end (w->xml);
  hp_office_xml_newline (w->xml);
}

/* The body ------------------------------------------------------------ */

/* @text in the current element, its lines parted by line breaks. */
static void
write_lines (HpOfficeXml *xml,
             const char  *text)
{
  g_auto(GStrv) lines = hp_office_text_lines (text);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        hp_office_xml_empty (xml, "text:line-break", NULL);
      hp_office_xml_text (xml, lines[i]);
    }
}

static void
write_paragraph (Writer     *w,
                 const char *style,
                 gboolean    page_start,
                 const char *text)
{
  g_autofree char *name = style_name (style, page_start);

  hp_office_xml_start (w->xml, "text:p", "text:style-name", name, NULL);
  write_lines (w->xml, text);
  hp_office_xml_end (w->xml);
  hp_office_xml_newline (w->xml);
}

static void
write_heading (Writer              *w,
               const HpReportBlock *block,
               gboolean             page_start)
{
  g_autofree char *name = style_name (heading_styles[CLAMP (block->level, 1, 3)], page_start);
  g_autofree char *level = g_strdup_printf ("%d", block->level);

  hp_office_xml_start (w->xml, "text:h", "text:style-name", name, "text:outline-level", level, NULL);
  write_lines (w->xml, block->text);
  hp_office_xml_end (w->xml);
  hp_office_xml_newline (w->xml);
}

static void
write_title_page (Writer *w)
{
  for (guint i = 0; i < w->doc->title_page->len; i++)
    {
      const HpReportTitleLine *line = w->doc->title_page->pdata[i];

      write_paragraph (w, i == 0 ? TITLE_PAGE_START : title_styles[line->role], FALSE, line->text);
    }
  if (w->doc->title_page->len == 0)
    write_paragraph (w, TITLE_PAGE_START, FALSE, NULL);
}

static void
write_bullet (Writer              *w,
              const HpReportBlock *block,
              gboolean             page_start)
{
  if (!w->in_list)
    {
      hp_office_xml_start (w->xml, "text:list", "text:style-name", "Bullets", NULL);
      hp_office_xml_newline (w->xml);
      w->in_list = TRUE;
    }
  hp_office_xml_start (w->xml, "text:list-item", NULL);
  write_paragraph (w, "List_20_Bullet", page_start, block->text);
  hp_office_xml_end (w->xml);
  hp_office_xml_newline (w->xml);
}

static void
end_list (Writer *w)
{
  if (!w->in_list)
    return;
  hp_office_xml_end (w->xml);
  hp_office_xml_newline (w->xml);
  w->in_list = FALSE;
}

static void
write_row (Writer     *w,
           GStrv       cells,
           const char *cell_style,
           const char *paragraph)
{
  hp_office_xml_start (w->xml, "table:table-row", "table:style-name", "Row", NULL);
  for (guint c = 0; cells[c] != NULL; c++)
    {
      hp_office_xml_start (w->xml, "table:table-cell", "table:style-name", cell_style,
                           "office:value-type", "string", NULL);
      write_paragraph (w, paragraph, FALSE, cells[c]);
      hp_office_xml_end (w->xml);
    }
  hp_office_xml_end (w->xml);
  hp_office_xml_newline (w->xml);
}

/* The header row is repeated on every page the table runs over. */
static void
write_table (Writer              *w,
             const HpReportBlock *table)
{
  g_autofree char *name = table_name (++w->n_tables);

  hp_office_xml_start (w->xml, "table:table", "table:name", name, "table:style-name", name, NULL);
  hp_office_xml_newline (w->xml);
  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autofree char *column = column_style_name (w->n_tables, c);

      hp_office_xml_empty (w->xml, "table:table-column", "table:style-name", column, NULL);
    }
  hp_office_xml_start (w->xml, "table:table-header-rows", NULL);
  write_row (w, table->rows->pdata[0], "Header_Cell", "Table_20_Heading");
  hp_office_xml_end (w->xml);
  for (guint r = 1; r < table->rows->len; r++)
    write_row (w, table->rows->pdata[r], "Cell", "Table_20_Contents");
  hp_office_xml_end (w->xml);
  hp_office_xml_newline (w->xml);
}

/* The caption as text above the image, which carries it as its title and
 * the chart in words as its description. */
static void
write_chart (Writer              *w,
             const HpReportBlock *block,
             gboolean             page_start)
{
  const HpOfficeChart *chart = w->doc->charts->pdata[w->n_charts++];
  g_autofree char *name = g_strdup_printf ("Chart%u", w->n_charts);
  g_autofree char *path = chart_path (w->n_charts);
  g_autofree char *width = hp_office_format_length (chart->width * HP_OFFICE_MM_PER_POINT / 10, "cm");
  g_autofree char *height = hp_office_format_length (chart->height * HP_OFFICE_MM_PER_POINT / 10, "cm");
  g_autofree char *style = NULL;
  gboolean has_caption = block->chart->caption != NULL && *block->chart->caption != '\0';

  if (has_caption)
    write_paragraph (w, "Caption", page_start, block->chart->caption);
  style = style_name ("Chart", page_start && !has_caption);
  hp_office_xml_start (w->xml, "text:p", "text:style-name", style, NULL);
  hp_office_xml_start (w->xml, "draw:frame", "draw:style-name", "Chart_Frame", "draw:name", name,
                       "text:anchor-type", "as-char", "svg:width", width, "svg:height", height,
                       "draw:z-index", "0", NULL);
  hp_office_xml_empty (w->xml, "draw:image", "xlink:href", path, "xlink:type", "simple",
                       "xlink:show", "embed", "xlink:actuate", "onLoad", NULL);
  hp_office_xml_element (w->xml, "svg:title", block->chart->caption);
  hp_office_xml_element (w->xml, "svg:desc", chart->description);
  hp_office_xml_end (w->xml);
  hp_office_xml_end (w->xml);
  hp_office_xml_newline (w->xml);
}

static void
write_block (Writer              *w,
             const HpReportBlock *block,
             gboolean             page_start)
{
  if (block->kind != HP_REPORT_BULLET)
    end_list (w);
  switch (block->kind)
    {
    case HP_REPORT_HEADING:
      write_heading (w, block, page_start);
      break;
    case HP_REPORT_PARAGRAPH:
      write_paragraph (w, paragraph_styles[block->style], page_start, block->text);
      break;
    case HP_REPORT_BULLET:
      write_bullet (w, block, page_start);
      break;
    case HP_REPORT_TABLE:
      write_table (w, block);
      break;
    case HP_REPORT_CHART:
      write_chart (w, block, page_start);
      break;
    case HP_REPORT_PAGE_BREAK:
    default:
      break;
    }
}

static HpOfficeXml *
write_content (Writer *w)
{
  static const char * const namespaces[] = { "office", "style", "text", "table", "draw", "fo", "xlink", "svg",
                                             NULL };

  w->xml = hp_office_xml_new ();
  hp_odt_start_root (w->xml, "office:document-content", namespaces);
  hp_office_xml_newline (w->xml);
  write_automatic_styles (w);
  hp_office_xml_start (w->xml, "office:body", NULL);
  hp_office_xml_start (w->xml, "office:text", NULL);
  hp_office_xml_newline (w->xml);
  write_title_page (w);
  for (guint i = 0; i < w->doc->report->blocks->len; i++)
    write_block (w, w->doc->report->blocks->pdata[i], w->doc->page_starts[i]);
  end_list (w);
  hp_office_xml_end (w->xml);
  hp_office_xml_end (w->xml);
  hp_office_xml_end (w->xml);
  return g_steal_pointer (&w->xml);
}

/* The package ----------------------------------------------------------- */

static HpOfficeXml *
write_meta (const HpReport *report)
{
  static const char * const namespaces[] = { "office", "meta", "dc", NULL };
  HpOfficeXml *xml = hp_office_xml_new ();
  g_autofree char *date = hp_office_iso_datetime (report);
  g_autofree char *tag = hp_office_language_tag (report);

  hp_odt_start_root (xml, "office:document-meta", namespaces);
  hp_office_xml_start (xml, "office:meta", NULL);
  hp_office_xml_element (xml, "meta:generator", "Hjemplan/" PACKAGE_VERSION);
  hp_office_xml_element (xml, "dc:title", report->title);
  hp_office_xml_element (xml, "dc:language", tag);
  hp_office_xml_element (xml, "meta:creation-date", date);
  hp_office_xml_element (xml, "dc:date", date);
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  return xml;
}

/* Every part but the mimetype, which says the same. */
static HpOfficeXml *
write_manifest (HpOfficePackage *package)
{
  static const char * const prefixes[] = { "manifest", NULL };
  GPtrArray *parts = hp_office_package_get_parts (package);
  HpOfficeXml *xml = hp_office_xml_new ();

  hp_office_xml_start_root (xml, "manifest:manifest", prefixes);
  hp_office_xml_attr (xml, "manifest:version", HP_ODT_VERSION);
  hp_office_xml_newline (xml);
  hp_office_xml_empty (xml, "manifest:file-entry", "manifest:full-path", "/",
                       "manifest:version", HP_ODT_VERSION, "manifest:media-type", MIMETYPE, NULL);
  hp_office_xml_newline (xml);
  for (guint i = 0; i < parts->len; i++)
    {
      HpOfficePart *part = parts->pdata[i];

      if (g_str_equal (part->name, "mimetype"))
        continue;
      hp_office_xml_empty (xml, "manifest:file-entry", "manifest:full-path", part->name,
                           "manifest:media-type", part->media_type, NULL);
      hp_office_xml_newline (xml);
    }
  hp_office_xml_end (xml);
  return xml;
}

GBytes *
hp_report_to_odt (const HpReport  *report,
                  GError         **error)
{
  g_autoptr(HpOfficeDocument) doc = NULL;
  g_autoptr(HpOfficePackage) package = NULL;
  g_autoptr(GBytes) mimetype = g_bytes_new_static (MIMETYPE, sizeof MIMETYPE - 1);
  Writer w = { 0 };

  g_return_val_if_fail (report != NULL, NULL);
  doc = hp_office_document_new (report, error);
  if (doc == NULL)
    return NULL;
  w.doc = doc;
  package = hp_office_package_new ();
  /* First and as is: how a reader tells the package's type. */
  hp_office_package_add (package, "mimetype", "text/plain", mimetype, HP_ZIP_STORED);
  hp_office_package_add_xml (package, "content.xml", "text/xml", write_content (&w));
  hp_office_package_add_xml (package, "styles.xml", "text/xml", hp_odt_write_styles (report));
  hp_office_package_add_xml (package, "meta.xml", "text/xml", write_meta (report));
  hp_office_package_add_charts (package, doc, chart_path);
  hp_office_package_add_xml (package, "META-INF/manifest.xml", "text/xml", write_manifest (package));
  return hp_office_package_zip (package, error);
}

/* All or nothing, as hp_office_write_report() writes. */
gboolean
hp_report_write_odt (const HpReport  *report,
                     const char      *path,
                     GError         **error)
{
  return hp_office_write_report (report, path, hp_report_to_odt, error);
}
