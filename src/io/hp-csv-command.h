/* hp-csv-command.h — the housing mapping from the command line
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-database.h"

G_BEGIN_DECLS

typedef struct {
  int         year;            /* 0: not given */
  const char *import_supply;
  const char *import_demand;
  const char *export_supply;   /* "-": standard output */
  const char *export_demand;
  gboolean    gap;
  const char *scenario;        /* with gap: a scenario's name */
  const char *output;          /* with gap: a file instead of standard output */
} HpCsvCommand;

gboolean hp_csv_command_wanted (const HpCsvCommand  *command);
gboolean hp_csv_command_run    (HpDatabase          *database,
                                const HpCsvCommand  *command,
                                GString             *report,
                                GError             **error);

G_END_DECLS
