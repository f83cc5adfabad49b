/* test-zip-writer.c — zip archives built in memory: readable by another
 * zip reader, reproducible, and with ODF's "mimetype" entry where it must be
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "hp-error.h"
#include "hp-test-util.h"
#include "hp-zip-writer.h"

#define ODT_MIMETYPE "application/vnd.oasis.opendocument.text"

static GBytes *
sample_zip (void)
{
  g_autoptr(HpZipWriter) writer = hp_zip_writer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) repeated = g_string_new (NULL);
  guint8 binary[4096];

  for (guint i = 0; i < 2000; i++)
    g_string_append (repeated, "Hjemløshed ");
  for (guint i = 0; i < sizeof binary; i++)
    binary[i] = (i * 7919 + (i >> 3)) & 0xff;
  g_assert_true (hp_zip_writer_add (writer, "mimetype", ODT_MIMETYPE, strlen (ODT_MIMETYPE), HP_ZIP_STORED, &error));
  g_assert_true (hp_zip_writer_add (writer, "tekst/gentaget.txt", repeated->str, repeated->len, HP_ZIP_DEFLATED,
                                    &error));
  g_assert_true (hp_zip_writer_add (writer, "binær.bin", binary, sizeof binary, HP_ZIP_DEFLATED, &error));
  g_assert_true (hp_zip_writer_add (writer, "tom", NULL, 0, HP_ZIP_DEFLATED, &error));
  g_assert_no_error (error);
  return hp_zip_writer_finish (writer);
}

static void
test_zip_round_trip (void)
{
  g_autoptr(GBytes) bytes = sample_zip ();
  g_autoptr(GBytes) again = sample_zip ();
  g_autoptr(HpTestZip) zip = hp_test_zip_read (bytes);
  GBytes *repeated;

  hp_test_assert_stored_first (bytes, "mimetype", ODT_MIMETYPE);
  g_assert_cmpuint (zip->names->len, ==, 4);
  g_assert_cmpstr (zip->names->pdata[0], ==, "mimetype");
  g_assert_cmpstr (zip->names->pdata[1], ==, "tekst/gentaget.txt");
  g_assert_cmpstr (zip->names->pdata[2], ==, "binær.bin");
  g_assert_cmpstr (zip->names->pdata[3], ==, "tom");
  repeated = hp_test_zip_get (zip, "tekst/gentaget.txt");
  g_assert_cmpuint (g_bytes_get_size (repeated), ==, 2000 * strlen ("Hjemløshed "));
  g_assert_cmpmem (g_bytes_get_data (repeated, NULL), strlen ("Hjemløshed "), "Hjemløshed ", strlen ("Hjemløshed "));
  g_assert_cmpuint (g_bytes_get_size (hp_test_zip_get (zip, "binær.bin")), ==, 4096);
  g_assert_cmpuint (g_bytes_get_size (hp_test_zip_get (zip, "tom")), ==, 0);
  /* Deflated: far smaller than the text it holds. */
  g_assert_cmpuint (g_bytes_get_size (bytes), <, 4096 + 2000);
  /* No time or owner in it: the same entries give the same bytes. */
  g_assert_true (g_bytes_equal (bytes, again));
}

static void
test_zip_refuses_bad_names (void)
{
  g_autoptr(HpZipWriter) writer = hp_zip_writer_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HpTestZip) zip = NULL;
  const char *bad[] = { "", "/absolut", "mappe\\fil", "ugyldig\xff", NULL };

  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (hp_zip_writer_add (writer, bad[i], "x", 1, HP_ZIP_STORED, &error));
      g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
    }
  g_assert_true (hp_zip_writer_add (writer, "a.txt", "1", 1, HP_ZIP_STORED, NULL));
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (hp_zip_writer_add (writer, "a.txt", "2", 1, HP_ZIP_STORED, &error));
    g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  }
  /* The refusals left nothing behind. */
  bytes = hp_zip_writer_finish (writer);
  zip = hp_test_zip_read (bytes);
  g_assert_cmpuint (zip->names->len, ==, 1);
  g_assert_cmpmem (g_bytes_get_data (hp_test_zip_get (zip, "a.txt"), NULL), 1, "1", 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/zip-writer/round-trip", test_zip_round_trip);
  g_test_add_func ("/zip-writer/bad-names", test_zip_refuses_bad_names);
  return g_test_run ();
}
