/* hp-fuzz.c — what the fuzz harnesses share
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <libxml/xmlerror.h>

#include "hp-fuzz.h"

/* The corpus and its schema: $HJEMPLAN_DATA_DIR as for the app, else the
 * source tree's data/ the harness was built from. */
char *
hp_fuzz_data_file (const char *name)
{
  const char *dir = g_getenv ("HJEMPLAN_DATA_DIR");

  return g_build_filename (dir ? dir : HP_FUZZ_DATA_DIR, name, NULL);
}

static void
ignore_message (void       *user_data,
                const char *format,
                ...)
{
}

/* libxml2 prints the ID/IDREF complaints it also reports to the caller;
 * printing them for every input would slow the fuzzer to a crawl. */
void
hp_fuzz_silence_libxml (void)
{
  xmlSetGenericErrorFunc (NULL, ignore_message);
}
