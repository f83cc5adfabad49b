/* fuzz-replay.c — runs a harness over files without libFuzzer
 *
 * Linked with each harness in the ordinary and sanitizer builds, so the
 * committed seeds and every input that once crashed a harness are replayed
 * by `meson test` as regression tests, with gcc as well as clang.
 *
 * Usage: fuzz-replay FILE-OR-DIRECTORY…
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static guint
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  return 1;
}

static guint
replay (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint count = 0;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return replay_file (path);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      count += replay (child);
    }
  return count;
}

int
main (int   argc,
      char *argv[])
{
  guint count = 0;

  for (int i = 1; i < argc; i++)
    count += replay (argv[i]);
  if (count == 0)
    g_error ("no inputs to replay");
  g_print ("1..1\nok 1 - %u inputs replayed\n", count);
  return 0;
}
