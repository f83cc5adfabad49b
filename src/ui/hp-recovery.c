/* hp-recovery.c — offer to restore a damaged database from its backup
 *
 * Shown instead of the main window when the database fails its start-up
 * check.  Nothing has been written to the file at that point; the planner
 * chooses between the newest good backup (the damaged file is kept beside
 * it), an empty database when there is no backup (the damaged file is
 * kept all the same), or quitting to ask their IT department first.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-backup.h"
#include "hp-recovery.h"

static void
show_failure (GtkApplication *app,
              const GError   *error)
{
  GtkWidget *dialog = adw_message_dialog_new (NULL, _("The database could not be restored"),
                                              error->message);

  gtk_window_set_application (GTK_WINDOW (dialog), app);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             gpointer          user_data)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (dialog));
  const char *db_path = g_object_get_data (G_OBJECT (dialog), "db-path");
  g_autoptr(GError) error = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *aside = NULL;

  if (g_str_equal (response, "restore"))
    restored = hp_backup_restore_newest (db_path, &aside, &error);
  else if (g_str_equal (response, "empty"))
    aside = hp_backup_set_aside (db_path, &error);
  else
    return;

  if (error != NULL)
    {
      g_warning ("%s", error->message);
      show_failure (app, error);
      return;
    }
  g_message ("The damaged database was kept as %s%s%s", aside,
             restored ? "; restored " : "", restored ? restored : "");
  /* The file in place is now good: open it as at any start. */
  g_application_activate (G_APPLICATION (app));
}

static char *
describe_backup (const char *backup)
{
  g_autoptr(GDateTime) when = hp_backup_get_time (backup);
  g_autofree char *date = when ? g_date_time_format (when, "%x %H:%M") : g_strdup ("?");

  return g_strdup_printf (_("Hjemplan can put the newest good backup, from %s, in its place. "
                            "The damaged file is kept beside it."), date);
}

/**
 * hp_recovery_offer:
 * @app: the application, kept running by the dialog
 * @db_path: the damaged database file
 * @problem: what the start-up check found
 *
 * Returns: (transfer none): the dialog, already presented
 */
GtkWidget *
hp_recovery_offer (GtkApplication *app,
                   const char     *db_path,
                   const GError   *problem)
{
  g_autofree char *backup = hp_backup_find_newest_good (db_path);
  g_autofree char *offer = backup ? describe_backup (backup)
    : g_strdup (_("There is no good backup of it. Hjemplan can move the damaged file aside "
                  "and start with an empty database."));
  g_autofree char *body = g_strdup_printf ("%s\n\n%s", problem->message, offer);
  GtkWidget *dialog = adw_message_dialog_new (NULL, _("The database is damaged"), body);
  AdwMessageDialog *message = ADW_MESSAGE_DIALOG (dialog);

  gtk_window_set_application (GTK_WINDOW (dialog), app);
  g_object_set_data_full (G_OBJECT (dialog), "db-path", g_strdup (db_path), g_free);
  adw_message_dialog_add_response (message, "quit", _("_Quit"));
  if (backup != NULL)
    {
      adw_message_dialog_add_response (message, "restore", _("_Restore Backup"));
      adw_message_dialog_set_response_appearance (message, "restore", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (message, "restore");
    }
  else
    {
      adw_message_dialog_add_response (message, "empty", _("_Start Empty"));
      adw_message_dialog_set_response_appearance (message, "empty", ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_set_close_response (message, "quit");
  g_signal_connect (dialog, "response", G_CALLBACK (on_response), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
