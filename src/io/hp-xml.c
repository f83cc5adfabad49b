/* hp-xml.c — safe reading and RELAX NG validation of the app's XML files
 *
 * Files come from outside (a new corpus edition, a strategy mailed by a
 * colleague), so they are read with the network off, without loading any
 * DTD and without substituting entities; a document that declares a DOCTYPE
 * at all is refused, which also rules out entity-expansion bombs.  Every
 * error names the file and line.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "hp-error.h"
#include "hp-xml.h"

/* BIG_LINES: libxml2 keeps line numbers in 16 bits unless told otherwise,
 * and an error on line 70,000 must not be reported on line 65,535. */
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | \
                       XML_PARSE_COMPACT | XML_PARSE_BIG_LINES)

typedef struct {
  GString *message;  /* the first error with a line; later ones are usually consequences */
  int      line;
} FirstError;

static void
remember_first_error (void        *user_data,
                      xmlErrorPtr  error)
{
  FirstError *first = user_data;
  g_autofree char *valid = NULL;

  /* The schema validator's first word is sometimes a summary without a
   * line ("Element goal failed to validate attributes"); the detail with
   * its line follows. */
  if (error == NULL || (first->message != NULL && (first->line > 0 || error->line <= 0)))
    return;
  if (first->message != NULL)
    g_string_free (first->message, TRUE);
  /* libxml2 quotes the text near an error, cut off at a byte count that
   * may split a character, and over several lines. */
  valid = g_utf8_make_valid (error->message ? error->message : "", -1);
  g_strchomp (valid);
  g_strdelimit (valid, "\n", ' ');
  first->message = g_string_new (valid);
  first->line = error->line;
  /* libxml2 gives the line its way past 65,535 (see hp_xml_line()). */
  if (error->line >= G_MAXUINT16 && error->node != NULL)
    first->line = (int) hp_xml_line (error->node);
}

/**
 * hp_xml_line:
 * @node: (nullable): a node of a document read by hp_xml_read()
 *
 * The line @node starts on.  libxml2 keeps an element's line in 16 bits;
 * past line 65,535 only text nodes carry theirs (XML_PARSE_BIG_LINES), as
 * the line they end on.  The text before an element (its indentation)
 * ends on the element's own line, so that is asked first; libxml2's own
 * answer would be the line where the text inside it ends.
 *
 * Returns: the line, or 0 for no node
 */
long
hp_xml_line (xmlNodePtr node)
{
  if (node == NULL)
    return 0;
  if (node->line == G_MAXUINT16 && node->prev != NULL &&
      node->prev->type == XML_TEXT_NODE && node->prev->line == G_MAXUINT16 && node->prev->psvi != NULL)
    return (long) (gintptr) node->prev->psvi;
  return xmlGetLineNo (node);
}

/* Sets @error to "path:line: message" for the line of @node.  Always
 * FALSE, for `return hp_xml_set_error_at (…)`. */
gboolean
hp_xml_set_error_at (GError     **error,
                     int          code,
                     const char  *path,
                     xmlNodePtr   node,
                     const char  *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, HP_ERROR, code, "%s:%ld: %s", path,
               hp_xml_line (node), message);
  return FALSE;
}

/* Puts "path:line: " before a message from elsewhere (the model's checks),
 * so it reads like the ones hp_xml_set_error_at() makes.  Always FALSE. */
gboolean
hp_xml_prefix_error_at (GError     **error,
                        const char  *path,
                        xmlNodePtr   node)
{
  g_prefix_error (error, "%s:%ld: ", path, hp_xml_line (node));
  return FALSE;
}

/* libxml2 keeps no line for the DTD node itself; find it in the text. */
static long
doctype_line (const char *contents,
              gsize       length)
{
  const char *doctype = g_strstr_len (contents, length, "<!DOCTYPE");
  long line = 1;

  for (const char *p = contents; doctype != NULL && p < doctype; p++)
    if (*p == '\n')
      line++;
  return line;
}

/* The parser is told the file is UTF-8 whatever it declares, so a file
 * that declares another encoding (an old editor's ISO-8859-1, say) is
 * refused with that reason rather than misread or blamed on its bytes.
 * Returns the declared name, or NULL when there is none or it is UTF-8. */
static char *
other_declared_encoding (const char *contents,
                         gsize       length)
{
  g_autoptr(GRegex) regex = g_regex_new ("^(?:\xef\xbb\xbf)?<\\?xml\\s[^?>]*?\\bencoding\\s*=\\s*"
                                         "[\"']([^\"']{0,40})[\"']",
                                         G_REGEX_RAW | G_REGEX_ANCHORED, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  char *name;

  if (!g_regex_match_full (regex, contents, MIN (length, 256), 0, 0, &match, NULL))
    return NULL;
  name = g_match_info_fetch (match, 1);
  if (g_ascii_strcasecmp (name, "UTF-8") == 0 || g_ascii_strcasecmp (name, "UTF8") == 0)
    g_clear_pointer (&name, g_free);
  else if (!g_utf8_validate (name, -1, NULL))
    {
      g_free (name);
      name = g_strdup ("?");
    }
  return name;
}

/* libxml2 reads on after an error, and its last complaint ("Premature end
 * of data in tag …") is often a consequence lines away from the cause: the
 * first error met in the file itself is the one to show.  Errors inside an
 * entity's text carry no file, and a line of the entity's own. */
static void
remember_first_parse_error (void        *user_data,
                            xmlErrorPtr  error)
{
  xmlParserCtxtPtr ctxt = user_data;

  if (error != NULL && error->file != NULL)
    remember_first_error (ctxt->_private, error);
}

static xmlDocPtr
parse_document (const char  *path,
                const char  *contents,
                gsize        length,
                GError     **error)
{
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt ();
  FirstError first = { NULL, 0 };
  xmlDocPtr doc;

  if (ctxt == NULL)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_FAILED, _("Out of memory reading “%s”"), path);
      return NULL;
    }

  ctxt->_private = &first;
  ctxt->sax->serror = remember_first_parse_error;
  doc = xmlCtxtReadMemory (ctxt, contents, (int) length, path, "UTF-8", PARSE_OPTIONS);
  if (doc == NULL || !ctxt->wellFormed)
    {
      if (first.message == NULL)
        remember_first_error (&first, xmlCtxtGetLastError (ctxt));
      g_set_error (error, HP_ERROR, HP_ERROR_MALFORMED,
                   _("%s:%d: not well-formed XML: %s"), path, first.line,
                   first.message ? first.message->str : _("unknown error"));
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  else if (doc->intSubset != NULL || doc->extSubset != NULL)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_MALFORMED,
                   _("%s:%ld: document type declarations (DOCTYPE) are not allowed"),
                   path, doctype_line (contents, length));
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  if (first.message != NULL)
    g_string_free (first.message, TRUE);
  xmlFreeParserCtxt (ctxt);
  return doc;
}

static void
ignore_generic_error (void       *context,
                      const char *format,
                      ...)
{
}

/* The final ID/IDREF check reports through libxml2's global error and its
 * generic channel, which prints to standard error; the message is taken
 * from the global error instead, so the channel is closed meanwhile (it
 * belongs to the calling thread alone). */
static gboolean
validate_quietly (xmlRelaxNGValidCtxtPtr valid,
                  xmlDocPtr              doc)
{
  xmlGenericErrorFunc generic = xmlGenericError;
  void *generic_context = xmlGenericErrorContext;
  int status;

  xmlSetGenericErrorFunc (NULL, ignore_generic_error);
  status = xmlRelaxNGValidateDoc (valid, doc);
  xmlSetGenericErrorFunc (generic_context, generic);
  return status == 0;
}

/* Checks @doc, read from @path, against the RELAX NG schema at
 * @schema_path.  It only reads the tree (apart from libxml2's own ID
 * table), so it may run in another thread while others read it too. */
gboolean
hp_xml_validate (xmlDocPtr    doc,
                 const char  *path,
                 const char  *schema_path,
                 GError     **error)
{
  FirstError first = { NULL, 0 };
  xmlRelaxNGParserCtxtPtr parser = NULL;
  xmlRelaxNGPtr schema = NULL;
  xmlRelaxNGValidCtxtPtr valid = NULL;
  gboolean ok = FALSE;

  /* libxml2 would print its own complaint about a missing file. */
  if (!g_file_test (schema_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_NOT_FOUND,
                   _("The schema “%s” is missing; is Hjemplan installed correctly?"), schema_path);
      return FALSE;
    }
  parser = xmlRelaxNGNewParserCtxt (schema_path);

  xmlRelaxNGSetParserStructuredErrors (parser, remember_first_error, &first);
  schema = xmlRelaxNGParse (parser);
  if (schema == NULL)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_FAILED, _("%s: the schema cannot be read: %s"),
                   schema_path, first.message ? first.message->str : _("unknown error"));
      goto out;
    }

  valid = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (valid, remember_first_error, &first);
  xmlResetLastError ();
  if (!validate_quietly (valid, doc))
    {
      /* The final ID/IDREF check reports through libxml2's global error,
       * not the validation context's handler. */
      if (first.message == NULL)
        remember_first_error (&first, xmlGetLastError ());
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID, _("%s:%d: does not match the schema: %s"),
                   path, first.line, first.message ? first.message->str : _("unknown error"));
      goto out;
    }
  ok = TRUE;

out:
  if (first.message != NULL)
    g_string_free (first.message, TRUE);
  g_clear_pointer (&valid, xmlRelaxNGFreeValidCtxt);
  g_clear_pointer (&schema, xmlRelaxNGFree);
  g_clear_pointer (&parser, xmlRelaxNGFreeParserCtxt);
  return ok;
}

/* Reads @path, refusing files over @max_size, and parses it safely, without
 * checking it against a schema.  @checksum, if given, receives
 * hp_xml_checksum() of the file's bytes. */
xmlDocPtr
hp_xml_read (const char  *path,
             gsize        max_size,
             char       **checksum,
             GError     **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *encoding = NULL;
  const char *contents;
  gsize length;
  xmlDocPtr doc;

  file = g_mapped_file_new (path, FALSE, &local_error);
  if (file == NULL)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_NOT_FOUND, _("Cannot read “%s”: %s"),
                   path, local_error->message);
      return NULL;
    }
  contents = g_mapped_file_get_contents (file);
  length = g_mapped_file_get_length (file);
  if (length > max_size || length > G_MAXINT)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (max_size);

      g_set_error (error, HP_ERROR, HP_ERROR_TOO_LARGE,
                   _("“%s” is too large (%s; at most %s are accepted)"), path, size, limit);
      return NULL;
    }
  if (length == 0)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_MALFORMED, _("%s:1: the file is empty"), path);
      return NULL;
    }

  encoding = other_declared_encoding (contents, length);
  if (encoding != NULL)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_MALFORMED,
                   _("%s:1: the file declares the encoding “%s”; only UTF-8 is accepted"),
                   path, encoding);
      return NULL;
    }
  doc = parse_document (path, contents, length, error);
  if (doc != NULL && checksum != NULL)
    *checksum = hp_xml_checksum (contents, length);
  return doc;
}

/* hp_xml_read(), then hp_xml_validate(): a document only if it is valid. */
xmlDocPtr
hp_xml_read_validated (const char  *path,
                       const char  *schema_path,
                       gsize        max_size,
                       char       **checksum,
                       GError     **error)
{
  xmlDocPtr doc = hp_xml_read (path, max_size, checksum, error);

  if (doc != NULL && !hp_xml_validate (doc, path, schema_path, error))
    {
      if (checksum != NULL)
        g_clear_pointer (checksum, g_free);
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  return doc;
}

/* The checksum that tells one edition of a file from another.  It only
 * answers "is this the file loaded before?" for files the app ships, not
 * whether to trust one (every load validates), so MD5 does: it takes a
 * third of SHA-256's time, which was 5 % of a corpus load. */
char *
hp_xml_checksum (const char *contents,
                 gsize       length)
{
  return g_compute_checksum_for_data (G_CHECKSUM_MD5, (const guchar *) contents, length);
}

char *
hp_xml_get_prop (xmlNodePtr  node,
                 const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = value ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

gboolean
hp_xml_is (xmlNodePtr  node,
           const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE &&
         xmlStrcmp (node->name, (const xmlChar *) name) == 0;
}
