/* hp-csv-writer.c — writing Danish CSV, all or nothing
 *
 * A file is written beside its target under a temporary name and renamed
 * over it only when everything is written and flushed, so a failed export
 * leaves no half file and an older export intact.  The path "-" writes to
 * standard output (for the command line).  Quoting is libcsv's.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "hp-csv-writer.h"
#include "hp-error.h"
#include "hp-housing-number.h"

struct _HpCsvWriter
{
  FILE     *out;
  char     *path;
  char     *tmp_path;    /* NULL when writing to stdout */
  gboolean  row_started;
};

HpCsvWriter *
hp_csv_writer_new (const char  *path,
                   GError     **error)
{
  g_autoptr(HpCsvWriter) writer = g_new0 (HpCsvWriter, 1);
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  writer->path = g_strdup (path);
  if (g_str_equal (path, "-"))
    writer->out = stdout;
  else
    {
      writer->tmp_path = g_strconcat (path, ".XXXXXX", NULL);
      fd = g_mkstemp_full (writer->tmp_path, O_WRONLY, 0644);
      if (fd < 0 || (writer->out = fdopen (fd, "w")) == NULL)
        {
          int saved = errno;
          g_set_error (error, HP_ERROR, HP_ERROR_FAILED, _("Cannot write “%s”: %s"), path, g_strerror (saved));
          g_clear_pointer (&writer->tmp_path, g_free);
          return NULL;
        }
    }
  /* The byte order mark makes Excel read the file as UTF-8. */
  fputs ("\xef\xbb\xbf", writer->out);
  return g_steal_pointer (&writer);
}

void
hp_csv_writer_free (HpCsvWriter *writer)
{
  if (writer == NULL)
    return;
  if (writer->out != NULL && writer->out != stdout)
    fclose (writer->out);
  if (writer->tmp_path != NULL)
    g_unlink (writer->tmp_path);
  g_free (writer->tmp_path);
  g_free (writer->path);
  g_free (writer);
}

void
hp_csv_writer_text (HpCsvWriter *writer,
                    const char  *text)
{
  if (writer->row_started)
    fputc (';', writer->out);
  writer->row_started = TRUE;
  text = text ? text : "";
  /* Quote only when needed, as spreadsheets do. */
  if (strpbrk (text, ";\"\r\n") != NULL)
    csv_fwrite (writer->out, text, strlen (text));
  else
    fputs (text, writer->out);
}

void
hp_csv_writer_number (HpCsvWriter *writer,
                      double       value,
                      int          decimals)
{
  g_autofree char *text = hp_housing_format_danish (value, decimals);
  hp_csv_writer_text (writer, text);
}

void
hp_csv_writer_end_row (HpCsvWriter *writer)
{
  fputs ("\r\n", writer->out);
  writer->row_started = FALSE;
}

gboolean
hp_csv_writer_finish (HpCsvWriter  *writer,
                      GError      **error)
{
  FILE *out = writer->out;
  int failed;

  /* ferror: a write that failed before the last flush loses its data
   * without making the flush fail. */
  if (out == stdout)
    {
      if (fflush (out) == 0 && !ferror (out))
        return TRUE;
      g_set_error (error, HP_ERROR, HP_ERROR_FAILED, _("Cannot write to standard output: %s"),
                   g_strerror (errno));
      return FALSE;
    }
  writer->out = NULL;
  failed = fflush (out) != 0 || ferror (out) || fsync (fileno (out)) != 0;
  failed |= fclose (out) != 0;
  if (failed || g_rename (writer->tmp_path, writer->path) != 0)
    {
      int saved = errno;
      g_set_error (error, HP_ERROR, HP_ERROR_FAILED, _("Cannot write “%s”: %s"), writer->path, g_strerror (saved));
      return FALSE;
    }
  g_clear_pointer (&writer->tmp_path, g_free);
  return TRUE;
}
