/* hp-strategy-command.h — strategies from the command line
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-strategy-store.h"

G_BEGIN_DECLS

typedef struct {
  gboolean    list;              /* --list-strategies */
  gint64      strategy_id;       /* --strategy; 0: the most recently changed */
  const char *import_strategy;   /* --import-strategy FILE */
  const char *report;            /* --report FILE: .pdf, .odt or .docx */
  const char *export_actions;    /* --export-actions FILE; "-": standard output */
  const char *export_calendar;   /* --export-calendar FILE; "-": standard output */
  const char *export_strategy;   /* --export-strategy FILE; "-": standard output */
} HpStrategyCommand;

gboolean hp_strategy_command_wanted (const HpStrategyCommand  *command);
gboolean hp_strategy_command_run    (HpStrategyStore          *store,
                                     const HpStrategyCommand  *command,
                                     GString                  *output,
                                     GString                  *messages,
                                     GError                  **error);

G_END_DECLS
