/* hp-strategy-actions-csv.c — a strategy's actions as a spreadsheet
 *
 * One row per action in plan order, written as the housing exports are
 * (hp-csv-writer.c: UTF-8 with BOM, ";", all or nothing, "-" for standard
 * output).  Column names, statuses and dates follow the locale, so under
 * Danish the sheet reads "Handling; Mål; …; Frist" with dates as
 * 31-12-2026, which a Danish spreadsheet takes for dates.  Directions come
 * twice: by number and guideline for people, by stable id for sorting,
 * filtering and matching against another export.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-action-export.h"
#include "hp-csv-writer.h"
#include "hp-strategy-actions-csv.h"

static const char * const column_names[] = {
  NC_("actions spreadsheet column", "Action"),
  NC_("actions spreadsheet column", "Goal"),
  NC_("actions spreadsheet column", "Owner"),
  NC_("actions spreadsheet column", "Start"),
  NC_("actions spreadsheet column", "Deadline"),
  NC_("actions spreadsheet column", "Status"),
  NC_("actions spreadsheet column", "Directions"),
  NC_("actions spreadsheet column", "Direction ids"),
};

static void
write_date (HpCsvWriter *writer,
            const char  *iso)
{
  g_autofree char *date = hp_strategy_format_date_numeric (iso);

  hp_csv_writer_text (writer, date);
}

static void
write_action (HpCsvWriter    *writer,
              HpActionExport *export,
              const HpAction *action)
{
  const char * const *directions = (const char * const *) action->directions;
  g_autofree char *readable = hp_direction_refs_format (export->refs, directions);
  g_autofree char *ids = directions != NULL ? g_strjoinv (", ", action->directions) : NULL;

  hp_csv_writer_text (writer, action->text);
  hp_csv_writer_text (writer, hp_action_export_goal_text (export, action));
  hp_csv_writer_text (writer, action->owner);
  write_date (writer, action->start);
  write_date (writer, action->deadline);
  hp_csv_writer_text (writer, hp_action_status_get_label (action->status));
  hp_csv_writer_text (writer, readable);
  hp_csv_writer_text (writer, ids);
  hp_csv_writer_end_row (writer);
}

/* Writes the actions of strategy @strategy_id to @path ("-": standard
 * output).  An unknown strategy is HP_ERROR_NOT_FOUND and writes nothing;
 * a failed write leaves no file and an older one at @path intact. */
gboolean
hp_strategy_actions_csv_export (HpStrategyStore  *store,
                                gint64            strategy_id,
                                const char       *path,
                                GError          **error)
{
  g_autoptr(HpActionExport) export = NULL;
  g_autoptr(HpCsvWriter) writer = NULL;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  export = hp_action_export_load (store, strategy_id, error);
  if (export == NULL || (writer = hp_csv_writer_new (path, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (column_names); i++)
    hp_csv_writer_text (writer, g_dpgettext2 (GETTEXT_PACKAGE, "actions spreadsheet column", column_names[i]));
  hp_csv_writer_end_row (writer);
  for (guint i = 0; i < export->actions->len; i++)
    write_action (writer, export, export->actions->pdata[i]);
  return hp_csv_writer_finish (writer, error);
}
