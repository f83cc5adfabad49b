/* hp-csv-command.c — the housing mapping from the command line
 *
 * For the yearly batch: import supply and demand, export them, print the
 * gap table.  Every file named is checked before anything is written, so a
 * bad demand file does not leave a new supply behind; each import is then
 * one transaction.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-csv-command.h"
#include "hp-csv-housing.h"
#include "hp-error.h"
#include "hp-housing-number.h"
#include "hp-housing-types.h"

gboolean
hp_csv_command_wanted (const HpCsvCommand *command)
{
  return command->import_supply || command->import_demand || command->export_supply ||
         command->export_demand || command->gap;
}

static gboolean
check_file (const char  *path,
            HpCsvKind    kind,
            GError     **error)
{
  g_autoptr(HpCsvImport) import = hp_csv_import_new (kind);
  GString *list;

  if (!hp_csv_import_check (import, path, error))
    {
      g_prefix_error (error, "%s: ", path);
      return FALSE;
    }
  if (hp_csv_import_get_n_problems (import) == 0)
    return TRUE;
  list = g_string_new (NULL);
  g_string_append_printf (list, g_dngettext (GETTEXT_PACKAGE, "%s: %u problem, nothing was imported:",
                                             "%s: %u problems, nothing was imported:",
                                             hp_csv_import_get_n_problems (import)),
                          path, hp_csv_import_get_n_problems (import));
  for (guint i = 0; i < hp_csv_import_get_problems (import)->len; i++)
    {
      HpCsvProblem *p = g_ptr_array_index (hp_csv_import_get_problems (import), i);
      g_string_append_printf (list, "\n%s:%u: %s%s%s", path, p->line, p->column, p->column[0] ? ": " : "", p->problem);
    }
  g_set_error_literal (error, HP_ERROR, HP_ERROR_INVALID, list->str);
  g_string_free (list, TRUE);
  return FALSE;
}

static gboolean
import_file (HpHousingStore  *store,
             const char      *path,
             HpCsvKind        kind,
             int              year,
             GString         *report,
             GError         **error)
{
  g_autoptr(HpCsvImport) import = hp_csv_import_new (kind);
  g_autofree char *rows = NULL;
  g_autofree char *total = NULL;

  if (!hp_csv_import_apply (import, path, store, year, error))
    {
      g_prefix_error (error, "%s: ", path);
      return FALSE;
    }
  rows = hp_housing_format_number (hp_csv_import_get_n_rows (import), 0);
  total = hp_housing_format_number (hp_csv_import_get_total (import), 0);
  g_string_append_printf (report, kind == HP_CSV_SUPPLY ? _("%s: %s rows, %s units imported into %d\n")
                                                        : _("%s: %s rows, %s homeless persons imported into %d\n"),
                          path, rows, total, year);
  return TRUE;
}

static HpHousingScenario *
find_scenario (GPtrArray   *scenarios,
               const char  *name,
               GError     **error)
{
  for (guint i = 0; i < scenarios->len; i++)
    {
      HpHousingScenario *s = g_ptr_array_index (scenarios, i);
      if (g_strcmp0 (s->name, name) == 0)
        return s;
    }
  g_set_error (error, HP_ERROR, HP_ERROR_NOT_FOUND, _("There is no scenario “%s”"), name);
  return NULL;
}

static gboolean
print_gap (HpHousingStore      *store,
           const HpCsvCommand  *command,
           GError             **error)
{
  g_autoptr(GPtrArray) scenarios = NULL;
  HpHousingScenario *scenario = NULL;
  g_autoptr(HpHousingGap) gap = NULL;

  if (command->scenario != NULL &&
      ((scenarios = hp_housing_store_list_scenarios (store, command->year, error)) == NULL ||
       (scenario = find_scenario (scenarios, command->scenario, error)) == NULL))
    return FALSE;
  gap = hp_housing_store_compute_gap (store, command->year, scenario, error);
  return gap != NULL && hp_csv_export_gap (gap, command->output ? command->output : "-", error);
}

gboolean
hp_csv_command_run (HpDatabase          *database,
                    const HpCsvCommand  *command,
                    GString             *report,
                    GError             **error)
{
  g_autoptr(HpHousingStore) store = hp_housing_store_new (database);

  if (command->year == 0)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID, _("Say which mapping year with --year"));
      return FALSE;
    }
  if ((command->import_supply && !check_file (command->import_supply, HP_CSV_SUPPLY, error)) ||
      (command->import_demand && !check_file (command->import_demand, HP_CSV_DEMAND, error)))
    return FALSE;
  if ((command->import_supply &&
       !import_file (store, command->import_supply, HP_CSV_SUPPLY, command->year, report, error)) ||
      (command->import_demand &&
       !import_file (store, command->import_demand, HP_CSV_DEMAND, command->year, report, error)))
    return FALSE;
  if ((command->export_supply &&
       !hp_csv_export (store, command->year, HP_CSV_SUPPLY, command->export_supply, error)) ||
      (command->export_demand &&
       !hp_csv_export (store, command->year, HP_CSV_DEMAND, command->export_demand, error)))
    return FALSE;
  return !command->gap || print_gap (store, command, error);
}
