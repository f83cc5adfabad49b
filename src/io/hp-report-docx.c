/* hp-report-docx.c — the strategy report as a Word document
 *
 * An Office Open XML package (ECMA-376, transitional) that Word opens
 * without complaint: document.xml holds the title page and the blocks,
 * every part is listed in [Content_Types].xml and reached through a
 * relationship, charts are inline pictures with their caption and the
 * chart in words as alternative text.  The styles, list, settings and
 * footer parts are in hp-report-docx-styles.c.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-report-docx-styles.h"
#include "hp-report-docx.h"
#include "hp-report-office.h"

#define EMU_PER_POINT 12700
#define MAIN_TYPE "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
#define PART_TYPE(name) "application/vnd.openxmlformats-officedocument.wordprocessingml." name "+xml"
#define RELATIONSHIP(name) "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" name
#define PICTURE_URI "http://schemas.openxmlformats.org/drawingml/2006/picture"

/* The parts document.xml refers to, besides the charts. */
static const struct {
  const char *id;
  const char *name;       /* beside document.xml */
  const char *type;
} document_parts[] = {
  { "rIdStyles", "styles.xml", RELATIONSHIP ("styles") },
  { "rIdNumbering", "numbering.xml", RELATIONSHIP ("numbering") },
  { "rIdSettings", "settings.xml", RELATIONSHIP ("settings") },
  { "rIdFontTable", "fontTable.xml", RELATIONSHIP ("fontTable") },
  { "rIdFooter", "footer1.xml", RELATIONSHIP ("footer") },
};

static const char * const heading_styles[] = { NULL, "Heading1", "Heading2", "Heading3" };

static const char * const paragraph_styles[] = {
  [HP_REPORT_STYLE_NORMAL] = "Normal",
  [HP_REPORT_STYLE_QUOTE] = "Quote",
  [HP_REPORT_STYLE_SMALL] = "Small",
};

static const char * const title_styles[] = {
  [HP_REPORT_TITLE_MAIN] = "Title",
  [HP_REPORT_TITLE_SUBTITLE] = "Subtitle",
  [HP_REPORT_TITLE_DETAIL] = "TitlePageDetail",
  [HP_REPORT_TITLE_NOTE] = "ExampleNote",
  [HP_REPORT_TITLE_ATTRIBUTION] = "Attribution",
};

typedef struct {
  HpOfficeXml            *xml;
  const HpOfficeDocument *doc;
  guint                   n_charts;
} Writer;

/* Beside document.xml, as relationships name it. */
static char *
chart_part_name (guint n)
{
  return g_strdup_printf ("media/chart%u.png", n);
}

static char *
chart_path (guint n)
{
  return g_strdup_printf ("word/media/chart%u.png", n);
}

static char *
chart_id (guint n)
{
  return g_strdup_printf ("rIdChart%u", n);
}

static void
start_paragraph (HpOfficeXml *xml,
                 const char  *style,
                 gboolean     page_start)
{
  hp_office_xml_start (xml, "w:p", NULL);
  hp_office_xml_start (xml, "w:pPr", NULL);
  hp_office_xml_empty (xml, "w:pStyle", "w:val", style, NULL);
  if (page_start)
    hp_office_xml_empty (xml, "w:pageBreakBefore", NULL);
  hp_office_xml_end (xml);
}

static void
end_paragraph (HpOfficeXml *xml)
{
  hp_office_xml_end (xml);
  hp_office_xml_newline (xml);
}

static void
write_paragraph (HpOfficeXml *xml,
                 const char  *style,
                 gboolean     page_start,
                 const char  *text)
{
  start_paragraph (xml, style, page_start);
  hp_docx_write_run (xml, text);
  end_paragraph (xml);
}

static void
write_title_page (Writer *w)
{
  for (guint i = 0; i < w->doc->title_page->len; i++)
    {
      const HpReportTitleLine *line = w->doc->title_page->pdata[i];

      write_paragraph (w->xml, title_styles[line->role], FALSE, line->text);
    }
}

static void
write_cell (HpOfficeXml *xml,
            const char  *text,
            const char  *width,
            gboolean     header)
{
  hp_office_xml_start (xml, "w:tc", NULL);
  hp_office_xml_start (xml, "w:tcPr", NULL);
  hp_office_xml_empty (xml, "w:tcW", "w:w", width, "w:type", "dxa", NULL);
  if (header)
    hp_office_xml_empty (xml, "w:shd", "w:val", "clear", "w:color", "auto", "w:fill", HP_OFFICE_HEADER_FILL, NULL);
  hp_office_xml_end (xml);
  write_paragraph (xml, header ? "TableHeading" : "TableContents", FALSE, text);
  hp_office_xml_end (xml);
}

static void
write_row (HpOfficeXml *xml,
           GStrv        cells,
           GStrv        widths,
           gboolean     header)
{
  hp_office_xml_start (xml, "w:tr", NULL);
  /* A row is not split across two pages; the header row is repeated on
   * every page the table runs over. */
  hp_office_xml_start (xml, "w:trPr", NULL);
  hp_office_xml_empty (xml, "w:cantSplit", NULL);
  if (header)
    hp_office_xml_empty (xml, "w:tblHeader", NULL);
  hp_office_xml_end (xml);
  for (guint c = 0; cells[c] != NULL; c++)
    write_cell (xml, cells[c], widths[c], header);
  hp_office_xml_end (xml);
  hp_office_xml_newline (xml);
}

static void
write_table (Writer              *w,
             const HpReportBlock *table,
             gboolean             page_start)
{
  g_autofree double *columns = hp_office_column_widths (table, HP_OFFICE_TEXT_WIDTH);
  g_auto(GStrv) widths = g_new0 (char *, table->n_columns + 1);
  g_autofree char *total = hp_docx_twips (HP_OFFICE_TEXT_WIDTH);

  /* A table cannot start a page itself: an empty paragraph a point high does. */
  if (page_start)
    {
      start_paragraph (w->xml, "TableContents", TRUE);
      end_paragraph (w->xml);
    }
  for (guint c = 0; c < table->n_columns; c++)
    widths[c] = hp_docx_twips (columns[c]);
  hp_office_xml_start (w->xml, "w:tbl", NULL);
  hp_office_xml_start (w->xml, "w:tblPr", NULL);
  hp_office_xml_empty (w->xml, "w:tblStyle", "w:val", "TableGrid", NULL);
  hp_office_xml_empty (w->xml, "w:tblW", "w:w", total, "w:type", "dxa", NULL);
  hp_office_xml_empty (w->xml, "w:tblLayout", "w:type", "fixed", NULL);
  hp_office_xml_empty (w->xml, "w:tblLook", "w:val", "0420", "w:firstRow", "1", "w:lastRow", "0",
                       "w:firstColumn", "0", "w:lastColumn", "0", "w:noHBand", "1", "w:noVBand", "1", NULL);
  hp_office_xml_end (w->xml);
  hp_office_xml_start (w->xml, "w:tblGrid", NULL);
  for (guint c = 0; c < table->n_columns; c++)
    hp_office_xml_empty (w->xml, "w:gridCol", "w:w", widths[c], NULL);
  hp_office_xml_end (w->xml);
  hp_office_xml_newline (w->xml);
  for (guint r = 0; r < table->rows->len; r++)
    write_row (w->xml, table->rows->pdata[r], widths, r == 0);
  hp_office_xml_end (w->xml);
  hp_office_xml_newline (w->xml);
}

static void
write_picture (HpOfficeXml         *xml,
               const HpOfficeChart *chart,
               const char          *title,
               guint                n)
{
  g_autofree char *id = g_strdup_printf ("%u", n);
  g_autofree char *name = g_strdup_printf ("Chart %u", n);
  g_autofree char *file = g_strdup_printf ("chart%u.png", n);
  g_autofree char *embed = chart_id (n);
  g_autofree char *cx = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) (chart->width * EMU_PER_POINT + 0.5));
  g_autofree char *cy = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) (chart->height * EMU_PER_POINT + 0.5));

  hp_office_xml_start (xml, "w:drawing", NULL);
  hp_office_xml_start (xml, "wp:inline", "distT", "0", "distB", "0", "distL", "0", "distR", "0", NULL);
  hp_office_xml_empty (xml, "wp:extent", "cx", cx, "cy", cy, NULL);
  hp_office_xml_empty (xml, "wp:effectExtent", "l", "0", "t", "0", "r", "0", "b", "0", NULL);
  hp_office_xml_empty (xml, "wp:docPr", "id", id, "name", name, "descr", chart->description, "title", title, NULL);
  hp_office_xml_start (xml, "wp:cNvGraphicFramePr", NULL);
  hp_office_xml_empty (xml, "a:graphicFrameLocks", "noChangeAspect", "1", NULL);
  hp_office_xml_end (xml);
  hp_office_xml_start (xml, "a:graphic", NULL);
  hp_office_xml_start (xml, "a:graphicData", "uri", PICTURE_URI, NULL);
  hp_office_xml_start (xml, "pic:pic", NULL);
  hp_office_xml_start (xml, "pic:nvPicPr", NULL);
  hp_office_xml_empty (xml, "pic:cNvPr", "id", id, "name", file, "descr", chart->description, NULL);
  hp_office_xml_empty (xml, "pic:cNvPicPr", NULL);
  hp_office_xml_end (xml);
  hp_office_xml_start (xml, "pic:blipFill", NULL);
  hp_office_xml_empty (xml, "a:blip", "r:embed", embed, NULL);
  hp_office_xml_start (xml, "a:stretch", NULL);
  hp_office_xml_empty (xml, "a:fillRect", NULL);
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  hp_office_xml_start (xml, "pic:spPr", NULL);
  hp_office_xml_start (xml, "a:xfrm", NULL);
  hp_office_xml_empty (xml, "a:off", "x", "0", "y", "0", NULL);
  hp_office_xml_empty (xml, "a:ext", "cx", cx, "cy", cy, NULL);
  hp_office_xml_end (xml);
  hp_office_xml_start (xml, "a:prstGeom", "prst", "rect", NULL);
  hp_office_xml_empty (xml, "a:avLst", NULL);
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);     /* pic:pic */
  hp_office_xml_end (xml);     /* a:graphicData */
  hp_office_xml_end (xml);     /* a:graphic */
  hp_office_xml_end (xml);     /* wp:inline */
  hp_office_xml_end (xml);     /* w:drawing */
}

/* The caption as text above the picture. */
static void
write_chart (Writer              *w,
             const HpReportBlock *block,
             gboolean             page_start)
{
  const HpOfficeChart *chart = w->doc->charts->pdata[w->n_charts++];
  const char *caption = block->chart->caption;
  gboolean has_caption = caption != NULL && *caption != '\0';

  if (has_caption)
    write_paragraph (w->xml, "Caption", page_start, caption);
  start_paragraph (w->xml, "Chart", page_start && !has_caption);
  hp_office_xml_start (w->xml, "w:r", NULL);
  write_picture (w->xml, chart, caption, w->n_charts);
  hp_office_xml_end (w->xml);
  end_paragraph (w->xml);
}

static void
write_block (Writer              *w,
             const HpReportBlock *block,
             gboolean             page_start)
{
  switch (block->kind)
    {
    case HP_REPORT_HEADING:
      write_paragraph (w->xml, heading_styles[CLAMP (block->level, 1, 3)], page_start, block->text);
      break;
    case HP_REPORT_PARAGRAPH:
      write_paragraph (w->xml, paragraph_styles[block->style], page_start, block->text);
      break;
    case HP_REPORT_BULLET:
      write_paragraph (w->xml, "ListBullet", page_start, block->text);
      break;
    case HP_REPORT_TABLE:
      write_table (w, block, page_start);
      break;
    case HP_REPORT_CHART:
      write_chart (w, block, page_start);
      break;
    case HP_REPORT_PAGE_BREAK:
    default:
      break;
    }
}

/* A4, the title page without a footer, a page number on the others. */
static void
write_section (HpOfficeXml *xml)
{
  g_autofree char *width = hp_docx_twips (HP_OFFICE_PAGE_WIDTH);
  g_autofree char *height = hp_docx_twips (HP_OFFICE_PAGE_HEIGHT);
  g_autofree char *top = hp_docx_twips (HP_OFFICE_MARGIN_TOP);
  g_autofree char *bottom = hp_docx_twips (HP_OFFICE_MARGIN_BOTTOM);
  g_autofree char *side = hp_docx_twips (HP_OFFICE_MARGIN_SIDE);
  g_autofree char *footer = hp_docx_twips (HP_OFFICE_MARGIN_BOTTOM / 2);

  hp_office_xml_start (xml, "w:sectPr", NULL);
  hp_office_xml_empty (xml, "w:footerReference", "w:type", "default", "r:id", "rIdFooter", NULL);
  hp_office_xml_empty (xml, "w:pgSz", "w:w", width, "w:h", height, NULL);
  hp_office_xml_empty (xml, "w:pgMar", "w:top", top, "w:right", side, "w:bottom", bottom, "w:left", side,
                       "w:header", top, "w:footer", footer, "w:gutter", "0", NULL);
  hp_office_xml_empty (xml, "w:titlePg", NULL);
  hp_office_xml_end (xml);
}

static HpOfficeXml *
write_document (Writer *w)
{
  static const char * const prefixes[] = { "w", "r", "wp", "a", "pic", NULL };
  const HpReportBlock *last = NULL;

  w->xml = hp_office_xml_new ();
  hp_office_xml_start_root (w->xml, "w:document", prefixes);
  hp_office_xml_start (w->xml, "w:body", NULL);
  hp_office_xml_newline (w->xml);
  write_title_page (w);
  for (guint i = 0; i < w->doc->report->blocks->len; i++)
    {
      const HpReportBlock *block = w->doc->report->blocks->pdata[i];

      write_block (w, block, w->doc->page_starts[i]);
      if (block->kind != HP_REPORT_PAGE_BREAK)
        last = block;
    }
  /* Word wants a paragraph between a table and the end of the section. */
  if (last != NULL && last->kind == HP_REPORT_TABLE)
    {
      hp_office_xml_empty (w->xml, "w:p", NULL);
      hp_office_xml_newline (w->xml);
    }
  write_section (w->xml);
  hp_office_xml_end (w->xml);
  hp_office_xml_end (w->xml);
  return g_steal_pointer (&w->xml);
}

/* The package ----------------------------------------------------------- */

static void
write_relationship (HpOfficeXml *xml,
                    const char  *id,
                    const char  *type,
                    const char  *target)
{
  hp_office_xml_empty (xml, "Relationship", "Id", id, "Type", type, "Target", target, NULL);
  hp_office_xml_newline (xml);
}

static HpOfficeXml *
start_relationships (void)
{
  HpOfficeXml *xml = hp_office_xml_new ();

  hp_office_xml_start (xml, "Relationships",
                       "xmlns", "http://schemas.openxmlformats.org/package/2006/relationships", NULL);
  hp_office_xml_newline (xml);
  return xml;
}

static HpOfficeXml *
write_package_relationships (void)
{
  HpOfficeXml *xml = start_relationships ();

  write_relationship (xml, "rIdDocument", RELATIONSHIP ("officeDocument"), "word/document.xml");
  write_relationship (xml, "rIdCore",
                      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                      "docProps/core.xml");
  write_relationship (xml, "rIdApp", RELATIONSHIP ("extended-properties"), "docProps/app.xml");
  hp_office_xml_end (xml);
  return xml;
}

static HpOfficeXml *
write_document_relationships (guint n_charts)
{
  HpOfficeXml *xml = start_relationships ();

  for (guint i = 0; i < G_N_ELEMENTS (document_parts); i++)
    write_relationship (xml, document_parts[i].id, document_parts[i].type, document_parts[i].name);
  for (guint n = 1; n <= n_charts; n++)
    {
      g_autofree char *id = chart_id (n);
      g_autofree char *target = chart_part_name (n);

      write_relationship (xml, id, RELATIONSHIP ("image"), target);
    }
  hp_office_xml_end (xml);
  return xml;
}

static HpOfficeXml *
write_core_properties (const HpReport *report)
{
  static const char * const prefixes[] = { "cp", "dc", "dcterms", "xsi", NULL };
  HpOfficeXml *xml = hp_office_xml_new ();
  g_autofree char *date = hp_office_iso_datetime (report);
  g_autofree char *created = date ? g_strconcat (date, "Z", NULL) : NULL;
  g_autofree char *tag = hp_office_language_tag (report);

  hp_office_xml_start_root (xml, "cp:coreProperties", prefixes);
  hp_office_xml_element (xml, "dc:title", report->title);
  hp_office_xml_element (xml, "dc:language", tag);
  if (created != NULL)
    {
      hp_office_xml_start (xml, "dcterms:created", "xsi:type", "dcterms:W3CDTF", NULL);
      hp_office_xml_text (xml, created);
      hp_office_xml_end (xml);
    }
  hp_office_xml_end (xml);
  return xml;
}

static HpOfficeXml *
write_app_properties (void)
{
  HpOfficeXml *xml = hp_office_xml_new ();

  hp_office_xml_start (xml, "Properties",
                       "xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", NULL);
  hp_office_xml_element (xml, "Application", "Hjemplan");
  hp_office_xml_end (xml);
  return xml;
}

/* Each XML part by name, the others by their extension. */
static HpOfficeXml *
write_content_types (HpOfficePackage *package)
{
  GPtrArray *parts = hp_office_package_get_parts (package);
  HpOfficeXml *xml = hp_office_xml_new ();

  hp_office_xml_start (xml, "Types", "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types", NULL);
  hp_office_xml_newline (xml);
  hp_office_xml_empty (xml, "Default", "Extension", "rels",
                       "ContentType", "application/vnd.openxmlformats-package.relationships+xml", NULL);
  hp_office_xml_empty (xml, "Default", "Extension", "xml", "ContentType", "application/xml", NULL);
  hp_office_xml_empty (xml, "Default", "Extension", "png", "ContentType", "image/png", NULL);
  hp_office_xml_newline (xml);
  for (guint i = 0; i < parts->len; i++)
    {
      HpOfficePart *part = parts->pdata[i];
      g_autofree char *name = NULL;

      if (!g_str_has_suffix (part->name, ".xml"))
        continue;
      name = g_strconcat ("/", part->name, NULL);
      hp_office_xml_empty (xml, "Override", "PartName", name, "ContentType", part->media_type, NULL);
      hp_office_xml_newline (xml);
    }
  hp_office_xml_end (xml);
  return xml;
}

GBytes *
hp_report_to_docx (const HpReport  *report,
                   GError         **error)
{
  g_autoptr(HpOfficeDocument) doc = NULL;
  g_autoptr(HpOfficePackage) package = NULL;
  Writer w = { 0 };

  g_return_val_if_fail (report != NULL, NULL);
  doc = hp_office_document_new (report, error);
  if (doc == NULL)
    return NULL;
  w.doc = doc;
  package = hp_office_package_new ();
  hp_office_package_add_xml (package, "word/document.xml", MAIN_TYPE, write_document (&w));
  hp_office_package_add_xml (package, "word/styles.xml", PART_TYPE ("styles"), hp_docx_write_styles (report));
  hp_office_package_add_xml (package, "word/numbering.xml", PART_TYPE ("numbering"), hp_docx_write_numbering ());
  hp_office_package_add_xml (package, "word/settings.xml", PART_TYPE ("settings"),
                             hp_docx_write_settings (report));
  hp_office_package_add_xml (package, "word/fontTable.xml", PART_TYPE ("fontTable"),
                             hp_docx_write_font_table ());
  hp_office_package_add_xml (package, "word/footer1.xml", PART_TYPE ("footer"), hp_docx_write_footer ());
  hp_office_package_add_charts (package, doc, chart_path);
  hp_office_package_add_xml (package, "word/_rels/document.xml.rels",
                             "application/vnd.openxmlformats-package.relationships+xml",
                             write_document_relationships (doc->charts->len));
  hp_office_package_add_xml (package, "docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                             write_core_properties (report));
  hp_office_package_add_xml (package, "docProps/app.xml",
                             "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                             write_app_properties ());
  hp_office_package_add_xml (package, "_rels/.rels", "application/vnd.openxmlformats-package.relationships+xml",
                             write_package_relationships ());
  /* First, where file type sniffers look for it. */
  hp_office_package_prepend_xml (package, "[Content_Types].xml", "application/xml", write_content_types (package));
  return hp_office_package_zip (package, error);
}

/* All or nothing, as hp_office_write_report() writes. */
gboolean
hp_report_write_docx (const HpReport  *report,
                      const char      *path,
                      GError         **error)
{
  return hp_office_write_report (report, path, hp_report_to_docx, error);
}
