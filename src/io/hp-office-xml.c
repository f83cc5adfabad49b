/* hp-office-xml.c — writing the XML parts of an office document
 *
 * A thin layer over libxml2's xmlTextWriter, which escapes text and
 * attributes, with what both office formats need besides: text from the
 * user may hold anything, so characters XML 1.0 cannot carry are dropped
 * (a stray control character would make the whole document unreadable)
 * and a paragraph's tabs and newlines are handed to the writer as separate
 * lines, which each format joins with its own line break.
 *
 * Nothing is indented, as whitespace inside a paragraph is text in both
 * formats; hp_office_xml_newline() goes between block elements, where it
 * is not, so that a diff of two documents shows one paragraph a line.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libxml/xmlwriter.h>
#include <string.h>

#include "hp-office-xml.h"

/* The prefixes of both formats' namespaces, which do not clash. */
static const struct {
  const char *prefix;
  const char *uri;
} namespaces[] = {
  { "office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0" },
  { "style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0" },
  { "text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0" },
  { "table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0" },
  { "draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" },
  { "fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" },
  { "xlink", "http://www.w3.org/1999/xlink" },
  { "dc", "http://purl.org/dc/elements/1.1/" },
  { "meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0" },
  { "svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" },
  { "manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" },
  { "w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main" },
  { "r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships" },
  { "wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" },
  { "a", "http://schemas.openxmlformats.org/drawingml/2006/main" },
  { "pic", "http://schemas.openxmlformats.org/drawingml/2006/picture" },
  { "cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties" },
  { "dcterms", "http://purl.org/dc/terms/" },
  { "xsi", "http://www.w3.org/2001/XMLSchema-instance" },
};

struct _HpOfficeXml
{
  xmlBufferPtr     buffer;
  xmlTextWriterPtr writer;
  gboolean         failed;
};

/* libxml2 fails here only when out of memory or misused: a bug, reported
 * once, and hp_office_xml_finish() then returns NULL. */
static void
check (HpOfficeXml *xml,
       int          result,
       const char  *what)
{
  if (result >= 0 || xml->failed)
    return;
  xml->failed = TRUE;
  g_critical ("Cannot write XML (%s)", what);
}

HpOfficeXml *
hp_office_xml_new (void)
{
  HpOfficeXml *xml = g_new0 (HpOfficeXml, 1);

  xml->buffer = xmlBufferCreate ();
  xml->writer = xmlNewTextWriterMemory (xml->buffer, 0);
  check (xml, xml->writer ? 0 : -1, "writer");
  if (xml->writer != NULL)
    check (xml, xmlTextWriterStartDocument (xml->writer, "1.0", "UTF-8", "yes"), "declaration");
  return xml;
}

void
hp_office_xml_free (HpOfficeXml *xml)
{
  if (xml == NULL)
    return;
  g_clear_pointer (&xml->writer, xmlFreeTextWriter);
  xmlBufferFree (xml->buffer);
  g_free (xml);
}

void
hp_office_xml_attr (HpOfficeXml *xml,
                    const char  *name,
                    const char  *value)
{
  g_autofree char *clean = NULL;

  if (value == NULL || xml->failed)
    return;
  clean = hp_office_text_clean (value);
  check (xml, xmlTextWriterWriteAttribute (xml->writer, BAD_CAST name, BAD_CAST clean), name);
}

static void
start_with_attributes (HpOfficeXml *xml,
                       const char  *element,
                       va_list      args)
{
  const char *name;

  if (xml->failed)
    return;
  check (xml, xmlTextWriterStartElement (xml->writer, BAD_CAST element), element);
  while ((name = va_arg (args, const char *)) != NULL)
    hp_office_xml_attr (xml, name, va_arg (args, const char *));
}

void
hp_office_xml_start (HpOfficeXml *xml,
                     const char  *element,
                     ...)
{
  va_list args;

  va_start (args, element);
  start_with_attributes (xml, element, args);
  va_end (args);
}

void
hp_office_xml_empty (HpOfficeXml *xml,
                     const char  *element,
                     ...)
{
  va_list args;

  va_start (args, element);
  start_with_attributes (xml, element, args);
  va_end (args);
  hp_office_xml_end (xml);
}

/* The root element of a part, declaring the namespaces of @prefixes. */
void
hp_office_xml_start_root (HpOfficeXml        *xml,
                          const char         *element,
                          const char * const *prefixes)
{
  hp_office_xml_start (xml, element, NULL);
  for (guint i = 0; prefixes[i] != NULL; i++)
    {
      g_autofree char *name = g_strconcat ("xmlns:", prefixes[i], NULL);
      guint n = 0;

      while (n < G_N_ELEMENTS (namespaces) && !g_str_equal (prefixes[i], namespaces[n].prefix))
        n++;
      g_return_if_fail (n < G_N_ELEMENTS (namespaces));
      hp_office_xml_attr (xml, name, namespaces[n].uri);
    }
}

void
hp_office_xml_end (HpOfficeXml *xml)
{
  if (!xml->failed)
    check (xml, xmlTextWriterEndElement (xml->writer), "end");
}

/* @text as one run of text: no line breaks (see hp_office_text_lines()). */
void
hp_office_xml_text (HpOfficeXml *xml,
                    const char  *text)
{
  g_autofree char *clean = NULL;

  if (text == NULL || *text == '\0' || xml->failed)
    return;
  clean = hp_office_text_clean (text);
  check (xml, xmlTextWriterWriteString (xml->writer, BAD_CAST clean), "text");
}

/* An element holding only @text; nothing at all when @text is NULL. */
void
hp_office_xml_element (HpOfficeXml *xml,
                       const char  *element,
                       const char  *text)
{
  if (text == NULL)
    return;
  hp_office_xml_start (xml, element, NULL);
  hp_office_xml_text (xml, text);
  hp_office_xml_end (xml);
}

void
hp_office_xml_newline (HpOfficeXml *xml)
{
  if (!xml->failed)
    check (xml, xmlTextWriterWriteRaw (xml->writer, BAD_CAST "\n"), "newline");
}

/* The document, or NULL if writing it failed (see check()). */
GBytes *
hp_office_xml_finish (HpOfficeXml *xml)
{
  g_return_val_if_fail (xml != NULL, NULL);
  if (!xml->failed)
    check (xml, xmlTextWriterEndDocument (xml->writer), "end of document");
  /* Freeing the writer flushes it into the buffer. */
  g_clear_pointer (&xml->writer, xmlFreeTextWriter);
  if (xml->failed)
    return NULL;
  return g_bytes_new (xmlBufferContent (xml->buffer), xmlBufferLength (xml->buffer));
}

static gboolean
is_xml_char (gunichar c)
{
  return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xfffe && c != 0xffff);
}

/* @text as valid UTF-8 without the characters XML 1.0 forbids. */
char *
hp_office_text_clean (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *clean = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_xml_char (c))
        g_string_append_unichar (clean, c);
    }
  return g_string_free (clean, FALSE);
}

/* The lines of a paragraph, cleaned: tabs and newlines (of any platform)
 * part them. */
GStrv
hp_office_text_lines (const char *text)
{
  g_autofree char *clean = hp_office_text_clean (text ? text : "");
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  const char *start = clean;

  for (const char *p = clean;; p++)
    {
      if (*p != '\0' && *p != '\r' && *p != '\n' && *p != '\t')
        continue;
      g_autofree char *line = g_strndup (start, p - start);

      g_strv_builder_add (lines, line);
      if (*p == '\0')
        break;
      if (*p == '\r' && p[1] == '\n')
        p++;
      start = p + 1;
    }
  return g_strv_builder_end (lines);
}
