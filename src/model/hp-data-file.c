/* hp-data-file.c — where the app's shipped data files are
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-data-file.h"

/**
 * hp_data_file:
 * @name: e.g. "guidelines.xml", "strategy.rng"
 *
 * The corpus and the schemas are installed under PKGDATADIR; run from the
 * build tree (`meson devenv`, the tests) $HJEMPLAN_DATA_DIR points at the
 * source tree's data/ instead.
 */
char *
hp_data_file (const char *name)
{
  const char *dir = g_getenv ("HJEMPLAN_DATA_DIR");

  return g_build_filename (dir != NULL ? dir : PKGDATADIR, name, NULL);
}
