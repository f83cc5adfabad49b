/* hp-report-docx-styles.c — the Word report's styles, lists, settings and footer
 *
 * The paragraph styles are Word's built-in ones where it has one ("heading
 * 1", "Title", "Quote", "List Bullet", "caption", "Table Grid"), so the
 * report works with Word's navigation pane and table of contents and a
 * user can restyle it as usual; they look like the OpenDocument report's.
 * Word checks the order of child elements against its schema and refuses
 * a file that breaks it, so every element here is written in that order.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-report-docx-styles.h"
#include "hp-report-office.h"

/* Twentieths of a point. */
#define TWIPS_PER_MM (1440 / 25.4)

/* Lengths in twips, as text, as the style table holds them. */
typedef struct {
  gboolean    keep_next;
  gboolean    no_hyphens;
  gboolean    box;          /* a frame all round: the example note */
  gboolean    rule;         /* a rule on the left: quotations */
  const char *numbering;    /* numId: bullets */
  const char *before;
  const char *after;
  const char *line;         /* in 240ths of a line */
  const char *indent;       /* left and right */
  const char *align;
  const char *outline;      /* 0 for heading 1 */
} ParagraphProps;

typedef struct {
  const char *font;
  gboolean    bold;
  gboolean    italic;
  const char *colour;
  const char *size;         /* in half points */
} RunProps;

static const struct {
  const char     *id;
  const char     *name;
  const char     *based_on;
  ParagraphProps  paragraph;
  RunProps        run;
} styles[] = {
  { "Normal", "Normal", NULL, { .after = "142", .line = "288" }, { 0 } },
  { "Heading1", "heading 1", "Normal",
    { .keep_next = TRUE, .no_hyphens = TRUE, .before = "113", .after = "113", .line = "240", .outline = "0" },
    { HP_OFFICE_HEADING_FONT, TRUE, .size = "40" } },
  { "Heading2", "heading 2", "Heading1", { .before = "340", .outline = "1" }, { .size = "30" } },
  { "Heading3", "heading 3", "Heading1", { .before = "255", .outline = "2" }, { .size = "25" } },
  { "Title", "Title", "Normal", { .no_hyphens = TRUE, .before = "3402", .after = "283", .line = "240" },
    { HP_OFFICE_HEADING_FONT, TRUE, .size = "60" } },
  { "Subtitle", "Subtitle", "Normal", { .no_hyphens = TRUE, .after = "680", .line = "240" },
    { HP_OFFICE_HEADING_FONT, .size = "36" } },
  { "TitlePageDetail", "Title Page Detail", "Normal", { .after = "85", .line = "240" },
    { HP_OFFICE_HEADING_FONT, .size = "24" } },
  { "ExampleNote", "Example Note", "Normal", { .box = TRUE, .before = "567" }, { .bold = TRUE } },
  { "Small", "Small Text", "Normal", { 0 }, { .colour = HP_OFFICE_SMALL_COLOUR, .size = "18" } },
  { "Attribution", "Attribution", "Small", { .before = "1701" }, { 0 } },
  { "Quote", "Quote", "Normal", { .rule = TRUE, .before = "57", .after = "170", .indent = "340" },
    { .italic = TRUE } },
  { "ListBullet", "List Bullet", "Normal", { .numbering = "1", .after = "57" }, { 0 } },
  { "Caption", "caption", "Normal", { .keep_next = TRUE, .before = "170", .after = "85", .line = "240" },
    { HP_OFFICE_HEADING_FONT, TRUE, .size = "20" } },
  { "Chart", "Chart", "Normal", { .after = "227", .line = "240", .align = "center" }, { 0 } },
  { "TableContents", "Table Contents", "Normal", { .after = "0", .line = "240" }, { .size = "20" } },
  { "TableHeading", "Table Heading", "TableContents", { 0 }, { .bold = TRUE } },
  { "Footer", "footer", "Normal", { .after = "0", .line = "240", .align = "center" },
    { HP_OFFICE_HEADING_FONT, .size = "18" } },
};

/* "1418": @mm in twips. */
char *
hp_docx_twips (double mm)
{
  return g_strdup_printf ("%d", (int) (mm * TWIPS_PER_MM + 0.5));
}

static void
value (HpOfficeXml *xml,
       const char  *element,
       const char  *text)
{
  if (text != NULL)
    hp_office_xml_empty (xml, element, "w:val", text, NULL);
}

static void
flag (HpOfficeXml *xml,
      const char  *element,
      gboolean     on)
{
  if (on)
    hp_office_xml_empty (xml, element, NULL);
}

static void
border (HpOfficeXml *xml,
        const char  *side,
        const char  *eighths,
        const char  *colour)
{
  hp_office_xml_empty (xml, side, "w:val", "single", "w:sz", eighths, "w:space", "4", "w:color", colour, NULL);
}

static void
write_paragraph_props (HpOfficeXml          *xml,
                       const ParagraphProps *props)
{
  hp_office_xml_start (xml, "w:pPr", NULL);
  flag (xml, "w:keepNext", props->keep_next);
  flag (xml, "w:keepLines", props->keep_next);
  if (props->numbering != NULL)
    {
      hp_office_xml_start (xml, "w:numPr", NULL);
      value (xml, "w:ilvl", "0");
      value (xml, "w:numId", props->numbering);
      hp_office_xml_end (xml);
    }
  if (props->box || props->rule)
    {
      hp_office_xml_start (xml, "w:pBdr", NULL);
      if (props->box)
        {
          border (xml, "w:top", "8", HP_OFFICE_TEXT_COLOUR);
          border (xml, "w:left", "8", HP_OFFICE_TEXT_COLOUR);
          border (xml, "w:bottom", "8", HP_OFFICE_TEXT_COLOUR);
          border (xml, "w:right", "8", HP_OFFICE_TEXT_COLOUR);
        }
      else
        border (xml, "w:left", "16", HP_OFFICE_RULE_COLOUR);
      hp_office_xml_end (xml);
    }
  flag (xml, "w:suppressAutoHyphens", props->no_hyphens);
  if (props->before || props->after || props->line)
    hp_office_xml_empty (xml, "w:spacing", "w:before", props->before, "w:after", props->after,
                         "w:line", props->line, "w:lineRule", props->line ? "auto" : NULL, NULL);
  if (props->indent)
    hp_office_xml_empty (xml, "w:ind", "w:left", props->indent, "w:right", props->indent, NULL);
  value (xml, "w:jc", props->align);
  value (xml, "w:outlineLvl", props->outline);
  hp_office_xml_end (xml);
}

static void
write_run_props (HpOfficeXml    *xml,
                 const RunProps *props)
{
  hp_office_xml_start (xml, "w:rPr", NULL);
  if (props->font)
    hp_office_xml_empty (xml, "w:rFonts", "w:ascii", props->font, "w:hAnsi", props->font, "w:cs", props->font,
                         NULL);
  flag (xml, "w:b", props->bold);
  flag (xml, "w:i", props->italic);
  value (xml, "w:color", props->colour);
  value (xml, "w:sz", props->size);
  value (xml, "w:szCs", props->size);
  hp_office_xml_end (xml);
}

static void
write_defaults (HpOfficeXml    *xml,
                const HpReport *report)
{
  g_autofree char *tag = hp_office_language_tag (report);

  hp_office_xml_start (xml, "w:docDefaults", NULL);
  hp_office_xml_start (xml, "w:rPrDefault", NULL);
  hp_office_xml_start (xml, "w:rPr", NULL);
  hp_office_xml_empty (xml, "w:rFonts", "w:ascii", HP_OFFICE_BODY_FONT, "w:eastAsia", HP_OFFICE_BODY_FONT,
                       "w:hAnsi", HP_OFFICE_BODY_FONT, "w:cs", HP_OFFICE_BODY_FONT, NULL);
  value (xml, "w:sz", "22");
  value (xml, "w:szCs", "22");
  hp_office_xml_empty (xml, "w:lang", "w:val", tag, "w:eastAsia", tag, NULL);
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  hp_office_xml_start (xml, "w:pPrDefault", NULL);
  hp_office_xml_start (xml, "w:pPr", NULL);
  hp_office_xml_empty (xml, "w:widowControl", NULL);
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  hp_office_xml_newline (xml);
}

static void
write_table_styles (HpOfficeXml *xml)
{
  static const char * const sides[] = { "w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV" };

  hp_office_xml_start (xml, "w:style", "w:type", "table", "w:default", "1", "w:styleId", "TableNormal", NULL);
  value (xml, "w:name", "Normal Table");
  hp_office_xml_empty (xml, "w:semiHidden", NULL);
  hp_office_xml_start (xml, "w:tblPr", NULL);
  hp_office_xml_empty (xml, "w:tblInd", "w:w", "0", "w:type", "dxa", NULL);
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  hp_office_xml_newline (xml);

  hp_office_xml_start (xml, "w:style", "w:type", "table", "w:styleId", "TableGrid", NULL);
  value (xml, "w:name", "Table Grid");
  value (xml, "w:basedOn", "TableNormal");
  hp_office_xml_start (xml, "w:tblPr", NULL);
  hp_office_xml_start (xml, "w:tblBorders", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    hp_office_xml_empty (xml, sides[i], "w:val", "single", "w:sz", "4", "w:space", "0",
                         "w:color", HP_OFFICE_BORDER_COLOUR, NULL);
  hp_office_xml_end (xml);
  hp_office_xml_start (xml, "w:tblCellMar", NULL);
  hp_office_xml_empty (xml, "w:top", "w:w", "57", "w:type", "dxa", NULL);
  hp_office_xml_empty (xml, "w:left", "w:w", "57", "w:type", "dxa", NULL);
  hp_office_xml_empty (xml, "w:bottom", "w:w", "57", "w:type", "dxa", NULL);
  hp_office_xml_empty (xml, "w:right", "w:w", "57", "w:type", "dxa", NULL);
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  hp_office_xml_newline (xml);
}

HpOfficeXml *
hp_docx_write_styles (const HpReport *report)
{
  static const char * const prefixes[] = { "w", NULL };
  HpOfficeXml *xml = hp_office_xml_new ();

  hp_office_xml_start_root (xml, "w:styles", prefixes);
  hp_office_xml_newline (xml);
  write_defaults (xml, report);
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      hp_office_xml_start (xml, "w:style", "w:type", "paragraph", "w:default", i == 0 ? "1" : NULL,
                           "w:styleId", styles[i].id, NULL);
      value (xml, "w:name", styles[i].name);
      value (xml, "w:basedOn", styles[i].based_on);
      value (xml, "w:next", styles[i].paragraph.outline || i == 0 ? "Normal" : NULL);
      hp_office_xml_empty (xml, "w:qFormat", NULL);
      write_paragraph_props (xml, &styles[i].paragraph);
      write_run_props (xml, &styles[i].run);
      hp_office_xml_end (xml);
      hp_office_xml_newline (xml);
    }
  write_table_styles (xml);
  hp_office_xml_end (xml);
  return xml;
}

/* One bulleted list, numId 1, that the List Bullet style refers to. */
HpOfficeXml *
hp_docx_write_numbering (void)
{
  static const char * const prefixes[] = { "w", NULL };
  HpOfficeXml *xml = hp_office_xml_new ();

  hp_office_xml_start_root (xml, "w:numbering", prefixes);
  hp_office_xml_start (xml, "w:abstractNum", "w:abstractNumId", "0", NULL);
  value (xml, "w:multiLevelType", "singleLevel");
  hp_office_xml_start (xml, "w:lvl", "w:ilvl", "0", NULL);
  value (xml, "w:start", "1");
  value (xml, "w:numFmt", "bullet");
  value (xml, "w:lvlText", "•");
  value (xml, "w:lvlJc", "left");
  hp_office_xml_start (xml, "w:pPr", NULL);
  hp_office_xml_empty (xml, "w:ind", "w:left", "340", "w:hanging", "340", NULL);
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  hp_office_xml_start (xml, "w:num", "w:numId", "1", NULL);
  value (xml, "w:abstractNumId", "0");
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  return xml;
}

HpOfficeXml *
hp_docx_write_settings (const HpReport *report)
{
  static const char * const prefixes[] = { "w", NULL };
  HpOfficeXml *xml = hp_office_xml_new ();
  g_autofree char *tag = hp_office_language_tag (report);

  hp_office_xml_start_root (xml, "w:settings", prefixes);
  value (xml, "w:defaultTabStop", "709");
  hp_office_xml_empty (xml, "w:autoHyphenation", NULL);
  value (xml, "w:characterSpacingControl", "doNotCompress");
  hp_office_xml_start (xml, "w:compat", NULL);
  hp_office_xml_empty (xml, "w:compatSetting", "w:name", "compatibilityMode",
                       "w:uri", "http://schemas.microsoft.com/office/word", "w:val", "15", NULL);
  hp_office_xml_end (xml);
  value (xml, "w:themeFontLang", tag);
  hp_office_xml_end (xml);
  return xml;
}

/* Where the fonts are missing, Word takes one of the same family. */
HpOfficeXml *
hp_docx_write_font_table (void)
{
  static const char * const prefixes[] = { "w", NULL };
  HpOfficeXml *xml = hp_office_xml_new ();

  hp_office_xml_start_root (xml, "w:fonts", prefixes);
  hp_office_xml_start (xml, "w:font", "w:name", HP_OFFICE_BODY_FONT, NULL);
  value (xml, "w:altName", "Times New Roman");
  value (xml, "w:panose1", "02020603050405020304");
  value (xml, "w:family", "roman");
  value (xml, "w:pitch", "variable");
  hp_office_xml_end (xml);
  hp_office_xml_start (xml, "w:font", "w:name", HP_OFFICE_HEADING_FONT, NULL);
  value (xml, "w:altName", "Arial");
  value (xml, "w:family", "swiss");
  value (xml, "w:pitch", "variable");
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  return xml;
}

/* The page number, centred. */
HpOfficeXml *
hp_docx_write_footer (void)
{
  static const char * const prefixes[] = { "w", "r", NULL };
  HpOfficeXml *xml = hp_office_xml_new ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  hp_office_page_label (&before, &after);
  hp_office_xml_start_root (xml, "w:ftr", prefixes);
  hp_office_xml_start (xml, "w:p", NULL);
  hp_office_xml_start (xml, "w:pPr", NULL);
  value (xml, "w:pStyle", "Footer");
  hp_office_xml_end (xml);
  hp_docx_write_run (xml, before);
  hp_office_xml_start (xml, "w:fldSimple", "w:instr", " PAGE ", NULL);
  hp_docx_write_run (xml, "1");
  hp_office_xml_end (xml);
  hp_docx_write_run (xml, after);
  hp_office_xml_end (xml);
  hp_office_xml_end (xml);
  return xml;
}

/* A run of @text, its lines parted by line breaks; nothing for "". */
void
hp_docx_write_run (HpOfficeXml *xml,
                   const char  *text)
{
  g_auto(GStrv) lines = hp_office_text_lines (text);

  if (lines[0] == NULL || (lines[1] == NULL && *lines[0] == '\0'))
    return;
  hp_office_xml_start (xml, "w:r", NULL);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        hp_office_xml_empty (xml, "w:br", NULL);
      /* Without it, Word drops spaces at either end. */
      hp_office_xml_start (xml, "w:t", "xml:space", "preserve", NULL);
      hp_office_xml_text (xml, lines[i]);
      hp_office_xml_end (xml);
    }
  hp_office_xml_end (xml);
}
