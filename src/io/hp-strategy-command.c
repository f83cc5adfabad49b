/* hp-strategy-command.c — strategies from the command line
 *
 * For a manager's or an administrator's scripts: list the strategies in
 * a database, import one from a strategy file, and write the council
 * report, the actions, the deadlines or the strategy file of one of them.
 * An import comes first, so `--import-strategy x.xml --report x.pdf`
 * reports on what was just imported.  What is printed for a pipe goes to
 * @output (standard output), what was done to @messages (standard error).
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-report-export.h"
#include "hp-strategy-actions-csv.h"
#include "hp-strategy-command.h"
#include "hp-strategy-ical.h"
#include "hp-strategy-xml.h"

gboolean
hp_strategy_command_wanted (const HpStrategyCommand *command)
{
  return command->list || command->import_strategy || command->report || command->export_actions ||
         command->export_calendar || command->export_strategy;
}

static gboolean
wants_export (const HpStrategyCommand *command)
{
  return command->report || command->export_actions || command->export_calendar ||
         command->export_strategy;
}

static void
list_strategies (GPtrArray *strategies,
                 GString   *output)
{
  for (guint i = 0; i < strategies->len; i++)
    {
      HpStrategy *s = g_ptr_array_index (strategies, i);

      g_string_append_printf (output, "%" G_GINT64_FORMAT "\t%s\t%s\t%d–%d\t%s\n", s->id,
                              s->municipality, s->title, s->period_start, s->period_end,
                              s->changed_at);
    }
}

/* The strategy asked for, or the one the pane would open. */
static gint64
choose_strategy (GPtrArray  *strategies,
                 gint64      wanted,
                 GError    **error)
{
  g_autofree char *number = NULL;

  if (strategies->len == 0)
    {
      g_set_error_literal (error, HP_ERROR, HP_ERROR_NOT_FOUND, _("There is no strategy in this database"));
      return 0;
    }
  if (wanted == 0)
    return ((HpStrategy *) g_ptr_array_index (strategies, 0))->id;
  for (guint i = 0; i < strategies->len; i++)
    if (((HpStrategy *) g_ptr_array_index (strategies, i))->id == wanted)
      return wanted;
  number = g_strdup_printf ("%" G_GINT64_FORMAT, wanted);
  g_set_error (error, HP_ERROR, HP_ERROR_NOT_FOUND,
               _("There is no strategy %s (--list-strategies lists them)"), number);
  return 0;
}

static gboolean
to_output (GBytes  *bytes,
           GString *output)
{
  if (bytes == NULL)
    return FALSE;
  g_string_append_len (output, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_bytes_unref (bytes);
  return TRUE;
}

static gboolean
export_calendar (HpStrategyStore  *store,
                 gint64            id,
                 const char       *path,
                 GString          *output,
                 GString          *messages,
                 GError          **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  guint skipped = 0;
  gboolean ok;

  if (g_strcmp0 (path, "-") == 0)
    ok = to_output (hp_strategy_ical_build (store, id, now, &skipped, error), output);
  else
    ok = hp_strategy_ical_export (store, id, now, path, &skipped, error);
  if (ok && skipped > 0)
    g_string_append_printf (messages, g_dngettext (GETTEXT_PACKAGE,
                                                   "%u action has neither a start nor a deadline and is not in the calendar\n",
                                                   "%u actions have neither a start nor a deadline and are not in the calendar\n",
                                                   skipped), skipped);
  return ok;
}

static gboolean
export_one (HpStrategyStore          *store,
            gint64                    id,
            const HpStrategyCommand  *command,
            GString                  *output,
            GString                  *messages,
            GError                  **error)
{
  g_autofree char *today = hp_strategy_today ();

  if (command->report != NULL && !hp_report_export (store, id, today, command->report, error))
    return FALSE;
  if (command->export_actions != NULL &&
      !hp_strategy_actions_csv_export (store, id, command->export_actions, error))
    return FALSE;
  if (command->export_calendar != NULL &&
      !export_calendar (store, id, command->export_calendar, output, messages, error))
    return FALSE;
  if (command->export_strategy == NULL)
    return TRUE;
  if (g_strcmp0 (command->export_strategy, "-") == 0)
    return to_output (hp_strategy_xml_export_bytes (store, id, error), output);
  return hp_strategy_xml_export (store, id, command->export_strategy, error);
}

/**
 * hp_strategy_command_run:
 *
 * Does what @command asks, in the order import, exports, list.  Stops at
 * the first failure with @error set; an import that fails has written
 * nothing, and an export that fails leaves no partial file.
 */
gboolean
hp_strategy_command_run (HpStrategyStore          *store,
                         const HpStrategyCommand  *command,
                         GString                  *output,
                         GString                  *messages,
                         GError                  **error)
{
  g_autoptr(GPtrArray) strategies = NULL;
  gint64 id = command->strategy_id;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (store), FALSE);
  if (command->import_strategy != NULL)
    {
      g_autofree char *other_edition = NULL;

      id = hp_strategy_xml_import (store, command->import_strategy, &other_edition, error);
      if (id == 0)
        return FALSE;
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_string_append_printf (messages, _("%s: imported as strategy %s\n"), command->import_strategy, number);
      if (other_edition != NULL)
        g_string_append_printf (messages, _("%s: made for the %s edition of the guidelines, not the one loaded; "
                                            "check its directions against this edition\n"),
                                command->import_strategy, other_edition);
    }
  strategies = hp_strategy_store_list_strategies (store, error);
  if (strategies == NULL)
    return FALSE;
  if (wants_export (command) &&
      ((id = choose_strategy (strategies, id, error)) == 0 ||
       !export_one (store, id, command, output, messages, error)))
    return FALSE;
  if (command->list)
    list_strategies (strategies, output);
  return TRUE;
}
