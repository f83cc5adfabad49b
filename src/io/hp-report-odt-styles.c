/* hp-report-odt-styles.c — the OpenDocument report's page and paragraph styles
 *
 * styles.xml: A4 pages, a title page without a footer and then a page
 * number on every page; the paragraph styles under LibreOffice's own names
 * where it has them ("Heading_20_1" is "Heading 1"), so they map onto the
 * styles a user knows.  The language is the report's, with hyphenation on.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-report-odt-styles.h"
#include "hp-report-office.h"

#define HEADING_FONT HP_OFFICE_HEADING_FONT
#define BODY_FONT    HP_OFFICE_BODY_FONT
/* Between the bottom of the text and the footer's page number. */
#define FOOTER_GAP    4.0
#define FOOTER_HEIGHT 6.0

/* The root element of a part, with the namespaces of @prefixes. */
void
hp_odt_start_root (HpOfficeXml        *xml,
                   const char         *element,
                   const char * const *prefixes)
{
  hp_office_xml_start_root (xml, element, prefixes);
  hp_office_xml_attr (xml, "office:version", HP_ODT_VERSION);
}

static void
write_font_faces (HpOfficeXml *xml)
{
  hp_office_xml_start (xml, "office:font-face-decls", NULL);
  hp_office_xml_empty (xml, "style:font-face", "style:name", HEADING_FONT, "svg:font-family", HEADING_FONT,
                       "style:font-family-generic", "swiss", "style:font-pitch", "variable", NULL);
  hp_office_xml_empty (xml, "style:font-face", "style:name", BODY_FONT, "svg:font-family", "'" BODY_FONT "'",
                       "style:font-family-generic", "roman", "style:font-pitch", "variable", NULL);
  hp_office_xml_end (xml);
  hp_office_xml_newline (xml);
}

/* Opens a paragraph style; its properties follow. */
static void
start_style (HpOfficeXml *xml,
             const char  *name,
             const char  *display_name,
             const char  *parent)
{
  hp_office_xml_start (xml, "style:style", "style:name", name, "style:display-name", display_name,
                       "style:family", "paragraph", "style:parent-style-name", parent,
                       "style:class", "text", NULL);
}

static void
end_style (HpOfficeXml *xml)
{
  hp_office_xml_end (xml);
  hp_office_xml_newline (xml);
}

static void
write_default_style (HpOfficeXml    *xml,
                     const HpReport *report)
{
  g_autofree char *language = NULL;
  g_autofree char *country = NULL;

  hp_office_split_language (report, &language, &country);
  hp_office_xml_start (xml, "style:default-style", "style:family", "paragraph", NULL);
  hp_office_xml_empty (xml, "style:paragraph-properties", "fo:orphans", "2", "fo:widows", "2",
                       "fo:hyphenation-ladder-count", "no-limit", "style:writing-mode", "lr-tb", NULL);
  hp_office_xml_empty (xml, "style:text-properties", "style:font-name", BODY_FONT, "fo:font-size", "11pt",
                       "fo:language", language, "fo:country", country, "fo:hyphenate", "true",
                       "fo:hyphenation-remain-char-count", "2", "fo:hyphenation-push-char-count", "2",
                       "style:letter-kerning", "true", NULL);
  end_style (xml);
  start_style (xml, "Standard", NULL, NULL);
  end_style (xml);
  start_style (xml, "Text_20_body", "Text body", "Standard");
  hp_office_xml_empty (xml, "style:paragraph-properties", "fo:margin-top", "0cm", "fo:margin-bottom", "0.25cm",
                       "fo:line-height", "120%", NULL);
  end_style (xml);
}

static void
write_heading_styles (HpOfficeXml *xml)
{
  static const struct {
    const char *name, *display_name, *level, *size, *space_above;
  } headings[] = {
    { "Heading_20_1", "Heading 1", "1", "20pt", "0.2cm" },
    { "Heading_20_2", "Heading 2", "2", "15pt", "0.6cm" },
    { "Heading_20_3", "Heading 3", "3", "12.5pt", "0.45cm" },
  };

  start_style (xml, "Heading", NULL, "Standard");
  hp_office_xml_attr (xml, "style:next-style-name", "Text_20_body");
  hp_office_xml_empty (xml, "style:paragraph-properties", "fo:margin-top", "0.5cm", "fo:margin-bottom", "0.2cm",
                       "fo:keep-with-next", "always", NULL);
  hp_office_xml_empty (xml, "style:text-properties", "style:font-name", HEADING_FONT, "fo:font-weight", "bold",
                       "fo:hyphenate", "false", NULL);
  end_style (xml);
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      start_style (xml, headings[i].name, headings[i].display_name, "Heading");
      hp_office_xml_attr (xml, "style:next-style-name", "Text_20_body");
      hp_office_xml_attr (xml, "style:default-outline-level", headings[i].level);
      hp_office_xml_empty (xml, "style:paragraph-properties", "fo:margin-top", headings[i].space_above, NULL);
      hp_office_xml_empty (xml, "style:text-properties", "fo:font-size", headings[i].size, NULL);
      end_style (xml);
    }
}

static void
write_title_page_styles (HpOfficeXml *xml)
{
  start_style (xml, "Title", NULL, "Standard");
  hp_office_xml_empty (xml, "style:paragraph-properties", "fo:margin-top", "6cm", "fo:margin-bottom", "0.5cm", NULL);
  hp_office_xml_empty (xml, "style:text-properties", "style:font-name", HEADING_FONT, "fo:font-size", "30pt",
                       "fo:font-weight", "bold", "fo:hyphenate", "false", NULL);
  end_style (xml);
  start_style (xml, "Subtitle", NULL, "Standard");
  hp_office_xml_empty (xml, "style:paragraph-properties", "fo:margin-bottom", "1.2cm", NULL);
  hp_office_xml_empty (xml, "style:text-properties", "style:font-name", HEADING_FONT, "fo:font-size", "18pt",
                       "fo:hyphenate", "false", NULL);
  end_style (xml);
  start_style (xml, "Title_20_Page_20_Detail", "Title Page Detail", "Standard");
  hp_office_xml_empty (xml, "style:paragraph-properties", "fo:margin-bottom", "0.15cm", NULL);
  hp_office_xml_empty (xml, "style:text-properties", "style:font-name", HEADING_FONT, "fo:font-size", "12pt",
                       NULL);
  end_style (xml);
  start_style (xml, "Example_20_Note", "Example Note", "Text_20_body");
  hp_office_xml_empty (xml, "style:paragraph-properties", "fo:margin-top", "1cm", "fo:padding", "0.2cm",
                       "fo:border", "1pt solid #" HP_OFFICE_TEXT_COLOUR, NULL);
  hp_office_xml_empty (xml, "style:text-properties", "fo:font-weight", "bold", NULL);
  end_style (xml);
  start_style (xml, "Attribution", NULL, "Small_20_Text");
  hp_office_xml_empty (xml, "style:paragraph-properties", "fo:margin-top", "3cm", NULL);
  end_style (xml);
}

static void
write_text_styles (HpOfficeXml *xml)
{
  start_style (xml, "Small_20_Text", "Small Text", "Text_20_body");
  hp_office_xml_empty (xml, "style:text-properties", "fo:font-size", "9pt", "fo:color", "#" HP_OFFICE_SMALL_COLOUR, NULL);
  end_style (xml);
  start_style (xml, "Quotations", NULL, "Standard");
  hp_office_xml_empty (xml, "style:paragraph-properties", "fo:margin-left", "0.6cm", "fo:margin-right", "0.6cm",
                       "fo:margin-top", "0.1cm", "fo:margin-bottom", "0.3cm", "fo:padding-left", "0.3cm",
                       "fo:border-left", "2pt solid #" HP_OFFICE_RULE_COLOUR, "fo:line-height", "120%", NULL);
  hp_office_xml_empty (xml, "style:text-properties", "fo:font-style", "italic", NULL);
  end_style (xml);
  start_style (xml, "List_20_Bullet", "List Bullet", "Text_20_body");
  hp_office_xml_attr (xml, "style:list-style-name", "Bullets");
  hp_office_xml_empty (xml, "style:paragraph-properties", "fo:margin-bottom", "0.1cm", NULL);
  end_style (xml);
  start_style (xml, "Caption", NULL, "Standard");
  hp_office_xml_empty (xml, "style:paragraph-properties", "fo:margin-top", "0.3cm", "fo:margin-bottom", "0.15cm",
                       "fo:keep-with-next", "always", NULL);
  hp_office_xml_empty (xml, "style:text-properties", "style:font-name", HEADING_FONT, "fo:font-size", "10pt",
                       "fo:font-weight", "bold", NULL);
  end_style (xml);
  start_style (xml, "Chart", NULL, "Standard");
  hp_office_xml_empty (xml, "style:paragraph-properties", "fo:text-align", "center", "fo:margin-bottom", "0.4cm",
                       NULL);
  end_style (xml);
  start_style (xml, "Table_20_Contents", "Table Contents", "Standard");
  hp_office_xml_empty (xml, "style:text-properties", "fo:font-size", "10pt", NULL);
  end_style (xml);
  start_style (xml, "Table_20_Heading", "Table Heading", "Table_20_Contents");
  hp_office_xml_empty (xml, "style:text-properties", "fo:font-weight", "bold", NULL);
  end_style (xml);
  start_style (xml, "Footer", NULL, "Standard");
  hp_office_xml_empty (xml, "style:paragraph-properties", "fo:text-align", "center", NULL);
  hp_office_xml_empty (xml, "style:text-properties", "style:font-name", HEADING_FONT, "fo:font-size", "9pt",
                       NULL);
  end_style (xml);
}

/* Headings are not numbered; the outline levels are for navigation. */
static void
write_list_styles (HpOfficeXml *xml)
{
  hp_office_xml_start (xml, "text:outline-style", "style:name", "Outline", NULL);
  for (guint level = 1; level <= 3; level++)
    {
      g_autofree char *text = g_strdup_printf ("%u", level);

      hp_office_xml_empty (xml, "text:outline-level-style", "text:level", text, "style:num-format", "", NULL);
    }
  hp_office_xml_end (xml);
  hp_office_xml_newline (xml);
  hp_office_xml_start (xml, "text:list-style", "style:name", "Bullets", NULL);
  hp_office_xml_start (xml, "text:list-level-style-bullet", "text:level", "1", "text:bullet-char", "•", NULL);
  hp_office_xml_start (xml, "style:list-level-properties",
                       "text:list-level-position-and-space-mode", "label-alignment", NULL);
  hp_office_xml_empty (xml, "style:list-level-label-alignment", "text:label-followed-by", "listtab",
                       "text:list-tab-stop-position", "0.6cm", "fo:text-indent", "-0.6cm",
                       "fo:margin-left", "0.6cm", NULL);
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  hp_office_xml_newline (xml);
}

static void
write_page_layout (HpOfficeXml *xml,
                   const char  *name,
                   gboolean     footer)
{
  g_autofree char *width = hp_office_format_length (HP_OFFICE_PAGE_WIDTH / 10, "cm");
  g_autofree char *height = hp_office_format_length (HP_OFFICE_PAGE_HEIGHT / 10, "cm");
  g_autofree char *top = hp_office_format_length (HP_OFFICE_MARGIN_TOP / 10, "cm");
  g_autofree char *side = hp_office_format_length (HP_OFFICE_MARGIN_SIDE / 10, "cm");
  /* The footer is inside the bottom margin in ODF, outside it in Word. */
  g_autofree char *bottom = hp_office_format_length ((HP_OFFICE_MARGIN_BOTTOM - (footer ? FOOTER_GAP + FOOTER_HEIGHT : 0))
                                                     / 10, "cm");
  g_autofree char *gap = hp_office_format_length (FOOTER_GAP / 10, "cm");
  g_autofree char *footer_height = hp_office_format_length (FOOTER_HEIGHT / 10, "cm");

  hp_office_xml_start (xml, "style:page-layout", "style:name", name, NULL);
  hp_office_xml_empty (xml, "style:page-layout-properties", "fo:page-width", width, "fo:page-height", height,
                       "style:print-orientation", "portrait", "fo:margin-top", top, "fo:margin-bottom", bottom,
                       "fo:margin-left", side, "fo:margin-right", side, NULL);
  if (footer)
    {
      hp_office_xml_start (xml, "style:footer-style", NULL);
      hp_office_xml_empty (xml, "style:header-footer-properties", "fo:min-height", footer_height,
                           "fo:margin-top", gap, NULL);
      hp_office_xml_end (xml);
    }
  hp_office_xml_end (xml);
  hp_office_xml_newline (xml);
}

static void
write_master_pages (HpOfficeXml *xml)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  hp_office_page_label (&before, &after);
  hp_office_xml_start (xml, "office:master-styles", NULL);
  hp_office_xml_newline (xml);
  hp_office_xml_start (xml, "style:master-page", "style:name", "Standard", "style:page-layout-name", "Page", NULL);
  hp_office_xml_start (xml, "style:footer", NULL);
  hp_office_xml_start (xml, "text:p", "text:style-name", "Footer", NULL);
  hp_office_xml_text (xml, before);
  hp_office_xml_element (xml, "text:page-number", "1");
  hp_office_xml_text (xml, after);
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  hp_office_xml_newline (xml);
  hp_office_xml_empty (xml, "style:master-page", "style:name", "First_20_Page", "style:display-name", "First Page",
                       "style:page-layout-name", "Title_Page", "style:next-style-name", "Standard", NULL);
  hp_office_xml_newline (xml);
  hp_office_xml_end (xml);
}

HpOfficeXml *
hp_odt_write_styles (const HpReport *report)
{
  static const char * const prefixes[] = { "office", "style", "text", "table", "fo", "svg", NULL };
  HpOfficeXml *xml = hp_office_xml_new ();

  hp_odt_start_root (xml, "office:document-styles", prefixes);
  hp_office_xml_newline (xml);
  write_font_faces (xml);
  hp_office_xml_start (xml, "office:styles", NULL);
  hp_office_xml_newline (xml);
  write_default_style (xml, report);
  write_heading_styles (xml);
  write_title_page_styles (xml);
  write_text_styles (xml);
  write_list_styles (xml);
  hp_office_xml_end (xml);
  hp_office_xml_newline (xml);
  hp_office_xml_start (xml, "office:automatic-styles", NULL);
  hp_office_xml_newline (xml);
  write_page_layout (xml, "Page", TRUE);
  write_page_layout (xml, "Title_Page", FALSE);
  hp_office_xml_end (xml);
  hp_office_xml_newline (xml);
  write_master_pages (xml);
  hp_office_xml_end (xml);
  return xml;
}
