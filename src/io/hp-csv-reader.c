/* hp-csv-reader.c — CSV files as Danish spreadsheets write them (libcsv)
 *
 * Quoting and escaping are libcsv's job (strict mode, so a stray quote is
 * an error rather than a guess).  Around it this file does what a Danish
 * file needs: it skips a UTF-8 byte order mark, falls back to Windows-1252
 * when the bytes are not UTF-8 (Excel's "CSV (semikolonsepareret)"), finds
 * the separator from the header line, and refuses binary files and lines
 * or fields so long that the file cannot be a table.
 *
 * The file is fed to libcsv one physical line at a time, so every record
 * knows the line it ends on, and a quote left open is caught early.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <csv.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "hp-csv-reader.h"
#include "hp-error.h"

#define MAX_LINE_BYTES (1024 * 1024)

struct _HpCsvReader
{
  struct csv_parser parser;
  char              separator;
  const char       *encoding;
  GPtrArray        *fields;       /* pointers into @text, made per record */
  GString          *text;         /* the record's fields, each NUL-terminated */
  GArray           *offsets;      /* guint: where each field starts in @text */
  guint             line;         /* the physical line being fed */
  guint             record_start; /* where the current record began */
  gboolean          at_record_start;
  HpCsvRowFunc      func;
  gpointer          user_data;
  GError           *error;        /* set by a callback: stop */
};

HpCsvReader *
hp_csv_reader_new (void)
{
  HpCsvReader *reader = g_new0 (HpCsvReader, 1);

  reader->fields = g_ptr_array_new ();
  reader->text = g_string_sized_new (256);
  reader->offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  reader->separator = ';';
  reader->encoding = "UTF-8";
  return reader;
}

void
hp_csv_reader_free (HpCsvReader *reader)
{
  if (reader == NULL)
    return;
  g_ptr_array_unref (reader->fields);
  g_string_free (reader->text, TRUE);
  g_array_unref (reader->offsets);
  g_clear_error (&reader->error);
  g_free (reader);
}

char
hp_csv_reader_get_separator (HpCsvReader *reader)
{
  return reader->separator;
}

const char *
hp_csv_reader_get_encoding (HpCsvReader *reader)
{
  return reader->encoding;
}

static void
on_field (void   *data,
          size_t  len,
          void   *user_data)
{
  HpCsvReader *reader = user_data;

  if (reader->error != NULL)
    return;
  if (reader->offsets->len >= HP_CSV_MAX_FIELDS)
    {
      g_set_error (&reader->error, HP_ERROR, HP_ERROR_MALFORMED,
                   _("Line %u has more than %d columns; is this a CSV file?"), reader->line, HP_CSV_MAX_FIELDS);
      return;
    }
  /* One buffer for the whole record rather than a string per field: a
   * national extract has tens of millions of fields. */
  g_array_append_val (reader->offsets, reader->text->len);
  g_string_append_len (reader->text, data ? data : "", len);
  g_string_append_c (reader->text, '\0');
}

/* The buffer may have moved while it grew, so the pointers are made last. */
static void
collect_fields (HpCsvReader *reader)
{
  g_ptr_array_set_size (reader->fields, 0);
  for (guint i = 0; i < reader->offsets->len; i++)
    g_ptr_array_add (reader->fields, reader->text->str + g_array_index (reader->offsets, guint, i));
}

static void
on_record (int   terminator,
           void *user_data)
{
  HpCsvReader *reader = user_data;

  /* CSV_REPALL_NL reports blank lines (and the LF of a CRLF) as empty
   * records, which keeps the line count right; they carry nothing. */
  if (reader->error == NULL && reader->offsets->len > 0)
    {
      collect_fields (reader);
      if (reader->record_start != reader->line)
        g_set_error (&reader->error, HP_ERROR, HP_ERROR_MALFORMED,
                     _("Lines %u–%u: a quoted value runs over several lines; "
                       "check for a missing closing quote on line %u"),
                     reader->record_start, reader->line, reader->record_start);
      else
        reader->func (reader, reader->fields, reader->line, reader->user_data, &reader->error);
    }
  g_array_set_size (reader->offsets, 0);
  g_string_truncate (reader->text, 0);
  reader->at_record_start = TRUE;
}

/* The separator is whichever of ; , and tab the header line (outside
 * quotes) has most of; a Danish file written by Excel has ';'. */
static char
detect_separator (const char *text,
                  gsize       length)
{
  guint semicolons = 0, commas = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < length && text[i] != '\n'; i++)
    {
      if (text[i] == '"')
        quoted = !quoted;
      else if (!quoted)
        {
          semicolons += text[i] == ';';
          commas += text[i] == ',';
          tabs += text[i] == '\t';
        }
    }
  if (tabs > semicolons && tabs > commas)
    return '\t';
  return commas > semicolons ? ',' : ';';
}

static gboolean
check_bytes (const char  *text,
             gsize        length,
             GError     **error)
{
  if (length == 0)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_MALFORMED, _("The file is empty"));
      return FALSE;
    }
  if (length >= 2 && (((guchar) text[0] == 0xff && (guchar) text[1] == 0xfe) ||
                      ((guchar) text[0] == 0xfe && (guchar) text[1] == 0xff)))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_MALFORMED,
                   _("The file is in UTF-16; save it as CSV in UTF-8 or as “CSV (semikolonsepareret)”"));
      return FALSE;
    }
  if (memchr (text, '\0', length) != NULL)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_MALFORMED,
                   _("The file contains binary data; it is not a CSV file"));
      return FALSE;
    }
  return TRUE;
}

/* Returns the text to parse, converted to UTF-8 if need be (in *@owned). */
static const char *
decode (HpCsvReader  *reader,
        const char   *bytes,
        gsize        *length,
        char        **owned,
        GError      **error)
{
  const char *invalid;

  if (*length >= 3 && memcmp (bytes, "\xef\xbb\xbf", 3) == 0)
    {
      reader->encoding = "UTF-8 (BOM)";
      *length -= 3;
      /* The mark promises UTF-8; text that breaks it must not reach the
       * database or the problem list. */
      if (!g_utf8_validate_len (bytes + 3, *length, &invalid))
        {
          guint line = 1;

          for (const char *p = bytes + 3; p < invalid; p++)
            line += *p == '\n';
          g_set_error (error, HP_ERROR, HP_ERROR_MALFORMED,
                       _("Line %u: the file is marked as UTF-8 but is not valid UTF-8"), line);
          return NULL;
        }
      return bytes + 3;
    }
  if (g_utf8_validate_len (bytes, *length, NULL))
    return bytes;
  reader->encoding = "Windows-1252";
  *owned = g_convert (bytes, *length, "UTF-8", "WINDOWS-1252", NULL, length, NULL);
  if (*owned == NULL)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_MALFORMED,
                   _("The file is neither UTF-8 nor Windows-1252 text"));
      return NULL;
    }
  return *owned;
}

static gboolean
feed_lines (HpCsvReader  *reader,
            const char   *text,
            gsize         length,
            GError      **error)
{
  const char *p = text;
  const char *end = text + length;

  while (p < end && reader->error == NULL)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize n = nl ? (gsize) (nl - p + 1) : (gsize) (end - p);

      reader->line++;
      if (reader->at_record_start)
        {
          reader->record_start = reader->line;
          reader->at_record_start = FALSE;
        }
      if (n > MAX_LINE_BYTES)
        {
          g_set_error (error, HP_ERROR, HP_ERROR_TOO_LARGE,
                       _("Line %u is longer than 1 MB; is this a CSV file?"), reader->line);
          return FALSE;
        }
      if (reader->parser.entry_pos > HP_CSV_MAX_FIELD_BYTES)
        {
          g_set_error (error, HP_ERROR, HP_ERROR_TOO_LARGE,
                       _("Line %u: a quoted value is never closed (it runs on to line %u)"),
                       reader->record_start, reader->line);
          return FALSE;
        }
      if (csv_parse (&reader->parser, p, n, on_field, on_record, reader) != n)
        {
          g_set_error (error, HP_ERROR, HP_ERROR_MALFORMED, _("Line %u: %s (check the quotes)"),
                       reader->line, csv_strerror (csv_error (&reader->parser)));
          return FALSE;
        }
      p += n;
    }
  return TRUE;
}

static gboolean
parse (HpCsvReader  *reader,
       const char   *text,
       gsize         length,
       GError      **error)
{
  gboolean ok;

  if (csv_init (&reader->parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_REPALL_NL) != 0)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_FAILED, "csv_init failed");
      return FALSE;
    }
  reader->separator = detect_separator (text, length);
  csv_set_delim (&reader->parser, reader->separator);
  reader->at_record_start = TRUE;
  ok = feed_lines (reader, text, length, error);
  if (ok && reader->error == NULL &&
      csv_fini (&reader->parser, on_field, on_record, reader) != 0)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_MALFORMED,
                   _("Line %u: a quoted value is never closed"), reader->record_start);
      ok = FALSE;
    }
  csv_free (&reader->parser);
  if (ok && reader->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&reader->error));
      ok = FALSE;
    }
  return ok;
}

gboolean
hp_csv_reader_read_file (HpCsvReader   *reader,
                         const char    *path,
                         HpCsvRowFunc   func,
                         gpointer       user_data,
                         GError       **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autofree char *converted = NULL;
  const char *text;
  gsize length;

  g_return_val_if_fail (reader != NULL && path != NULL && func != NULL, FALSE);

  file = g_mapped_file_new (path, FALSE, error);
  if (file == NULL)
    return FALSE;
  length = g_mapped_file_get_length (file);
  text = g_mapped_file_get_contents (file);
  if (!check_bytes (text, length, error) ||
      (text = decode (reader, text, &length, &converted, error)) == NULL)
    return FALSE;
  reader->func = func;
  reader->user_data = user_data;
  reader->line = 0;
  return parse (reader, text, length, error);
}
