/* hp-zip-writer.c — a zip package built in memory, byte for byte reproducible
 *
 * OpenDocument and Office Open XML files are zip packages.  ODF requires
 * its first entry, "mimetype", to be stored uncompressed with no extra
 * field, so that the type can be read at a fixed offset (file(1) and
 * shared-mime-info do).  libarchive's zip writer cannot do that: it gives
 * every entry Unix timestamp and owner extra fields and always defers the
 * CRC to a data descriptor, which Java's zip reader refuses on stored
 * entries.  As every entry is complete in memory before it is written, the
 * sizes and CRC are known up front and the format is simple enough to
 * write here, on zlib's deflate and CRC-32.
 *
 * Every entry gets the same timestamp and permissions, so the same input
 * gives the same bytes (no zip64: the limits are far beyond a report).
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <zlib.h>

#include "hp-error.h"
#include "hp-zip-writer.h"

#define LOCAL_HEADER_SIGNATURE   0x04034b50
#define CENTRAL_HEADER_SIGNATURE 0x02014b50
#define END_SIGNATURE            0x06054b50
#define LOCAL_HEADER_SIZE        30
#define FLAG_UTF8_NAME           0x0800
#define VERSION_STORED           10      /* zip 1.0 */
#define VERSION_DEFLATED         20      /* zip 2.0 */
#define MADE_BY_UNIX             (3 << 8)
/* 1980-01-01 00:00, the earliest date the format can hold. */
#define DOS_TIME                 0
#define DOS_DATE                 ((1 << 5) | 1)
#define FILE_MODE                0100644
#define MAX_ENTRIES              G_MAXUINT16
#define MAX_SIZE                 G_MAXUINT32

struct _HpZipWriter
{
  GByteArray *data;        /* the local headers and entries so far */
  GByteArray *directory;   /* the central directory, appended at the end */
  GHashTable *names;
  guint       n_entries;
};

HpZipWriter *
hp_zip_writer_new (void)
{
  HpZipWriter *writer = g_new0 (HpZipWriter, 1);

  writer->data = g_byte_array_new ();
  writer->directory = g_byte_array_new ();
  writer->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return writer;
}

void
hp_zip_writer_free (HpZipWriter *writer)
{
  if (writer == NULL)
    return;
  g_clear_pointer (&writer->data, g_byte_array_unref);
  g_byte_array_unref (writer->directory);
  g_hash_table_unref (writer->names);
  g_free (writer);
}

static void
put16 (GByteArray *out,
       guint       value)
{
  guint8 bytes[2] = { value & 0xff, (value >> 8) & 0xff };

  g_byte_array_append (out, bytes, sizeof bytes);
}

static void
put32 (GByteArray *out,
       guint32     value)
{
  put16 (out, value & 0xffff);
  put16 (out, value >> 16);
}

/* A relative path in UTF-8, as both package formats name their parts. */
static gboolean
check_name (HpZipWriter  *writer,
            const char   *name,
            GError      **error)
{
  gsize length = strlen (name);

  if (length == 0 || length > G_MAXUINT16 || name[0] == '/' || strchr (name, '\\') != NULL ||
      !g_utf8_validate (name, length, NULL))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID, _("“%s” is not a valid name for a file in a zip archive"), name);
      return FALSE;
    }
  if (g_hash_table_contains (writer->names, name))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID, _("The zip archive already holds a file “%s”"), name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;
  return TRUE;
}

static gboolean
too_large (const char  *name,
           GError     **error)
{
  g_set_error (error, HP_ERROR, HP_ERROR_TOO_LARGE, _("“%s” does not fit in a zip archive"), name);
  return FALSE;
}

/* Raw deflate (no zlib header), as zip entries hold it. */
static GBytes *
deflate_bytes (const void *data,
               gsize       size)
{
  z_stream stream = { 0 };
  guint8 *out;
  uLong bound;

  /* Only running out of memory makes these fail, and GLib aborts on that. */
  if (deflateInit2 (&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    g_error ("deflateInit2: %s", stream.msg ? stream.msg : "out of memory");
  /* deflateBound() is enough for a single Z_FINISH call to complete. */
  bound = deflateBound (&stream, size);
  out = g_malloc (bound);
  stream.next_in = (Bytef *) data;
  stream.avail_in = size;
  stream.next_out = out;
  stream.avail_out = bound;
  if (deflate (&stream, Z_FINISH) != Z_STREAM_END)
    g_error ("deflate: %s", stream.msg ? stream.msg : "output buffer too small");
  deflateEnd (&stream);
  return g_bytes_new_take (out, stream.total_out);
}

/* The fields the local and the central header have in common, from the
 * version needed to extract to the extra field's length. */
static void
put_common_fields (GByteArray *out,
                   guint       flags,
                   guint       method,
                   guint32     crc,
                   gsize       compressed_size,
                   gsize       size,
                   gsize       name_length)
{
  put16 (out, method == Z_DEFLATED ? VERSION_DEFLATED : VERSION_STORED);
  put16 (out, flags);
  put16 (out, method);
  put16 (out, DOS_TIME);
  put16 (out, DOS_DATE);
  put32 (out, crc);
  put32 (out, compressed_size);
  put32 (out, size);
  put16 (out, name_length);
  put16 (out, 0);                    /* no extra field */
}

gboolean
hp_zip_writer_add (HpZipWriter  *writer,
                   const char   *name,
                   const void   *data,
                   gsize         size,
                   HpZipMethod   method,
                   GError      **error)
{
  g_autoptr(GBytes) packed = NULL;
  gsize name_length, packed_size, offset;
  guint flags, zip_method;
  guint32 crc;

  g_return_val_if_fail (writer != NULL && writer->data != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (data != NULL || size == 0, FALSE);
  if (!check_name (writer, name, error))
    return FALSE;
  if (size >= MAX_SIZE || writer->n_entries >= MAX_ENTRIES)
    return too_large (name, error);
  if (method == HP_ZIP_DEFLATED)
    packed = deflate_bytes (data, size);
  else
    packed = g_bytes_new_static (data, size);
  packed_size = g_bytes_get_size (packed);
  name_length = strlen (name);
  offset = writer->data->len;
  /* Offsets are 32-bit too, and the directory must start within them. */
  if (packed_size + name_length + LOCAL_HEADER_SIZE >= MAX_SIZE - offset)
    return too_large (name, error);
  flags = is_ascii (name) ? 0 : FLAG_UTF8_NAME;
  zip_method = method == HP_ZIP_DEFLATED ? Z_DEFLATED : 0;
  crc = crc32 (crc32 (0, Z_NULL, 0), data, size);

  put32 (writer->data, LOCAL_HEADER_SIGNATURE);
  put_common_fields (writer->data, flags, zip_method, crc, packed_size, size, name_length);
  g_byte_array_append (writer->data, (const guint8 *) name, name_length);
  g_byte_array_append (writer->data, g_bytes_get_data (packed, NULL), packed_size);

  put32 (writer->directory, CENTRAL_HEADER_SIGNATURE);
  put16 (writer->directory, MADE_BY_UNIX | VERSION_DEFLATED);
  put_common_fields (writer->directory, flags, zip_method, crc, packed_size, size, name_length);
  put16 (writer->directory, 0);      /* comment length */
  put16 (writer->directory, 0);      /* disk number */
  put16 (writer->directory, 0);      /* internal attributes */
  put32 (writer->directory, (guint32) FILE_MODE << 16);
  put32 (writer->directory, offset);
  g_byte_array_append (writer->directory, (const guint8 *) name, name_length);

  g_hash_table_add (writer->names, g_strdup (name));
  writer->n_entries++;
  return TRUE;
}

gboolean
hp_zip_writer_add_bytes (HpZipWriter  *writer,
                         const char   *name,
                         GBytes       *bytes,
                         HpZipMethod   method,
                         GError      **error)
{
  gsize size;
  const void *data;

  g_return_val_if_fail (bytes != NULL, FALSE);
  data = g_bytes_get_data (bytes, &size);
  return hp_zip_writer_add (writer, name, data, size, method, error);
}

/* The archive: the entries, the central directory and its end record.
 * The writer takes no more entries after this. */
GBytes *
hp_zip_writer_finish (HpZipWriter *writer)
{
  GByteArray *out;
  gsize directory_offset;

  g_return_val_if_fail (writer != NULL && writer->data != NULL, NULL);
  out = g_steal_pointer (&writer->data);
  directory_offset = out->len;
  g_byte_array_append (out, writer->directory->data, writer->directory->len);
  put32 (out, END_SIGNATURE);
  put16 (out, 0);                    /* this disk */
  put16 (out, 0);                    /* the disk the directory starts on */
  put16 (out, writer->n_entries);
  put16 (out, writer->n_entries);
  put32 (out, writer->directory->len);
  put32 (out, directory_offset);
  put16 (out, 0);                    /* comment length */
  return g_byte_array_free_to_bytes (out);
}
