/* hp-housing-import-dialog.c — preview of a CSV import, then all or nothing
 *
 * The file is checked completely before the dialog shows: what was found
 * (encoding, separator, rows, the first rows as the columns were mapped)
 * or every problem by line and column.  Import is only offered for a
 * clean file, and replaces the year's supply or demand in one transaction.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-housing-import-dialog.h"
#include "hp-housing-number.h"

#define PREVIEW_ROWS 8

struct _HpHousingImportDialog
{
  AdwMessageDialog  parent_instance;

  HpHousingStore   *store;
  int               year;
  HpCsvKind         kind;
  char             *path;
  HpCsvImport      *import;
  gboolean          ok;
};

G_DEFINE_FINAL_TYPE (HpHousingImportDialog, hp_housing_import_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
hp_housing_import_dialog_finalize (GObject *object)
{
  HpHousingImportDialog *self = HP_HOUSING_IMPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->import, hp_csv_import_free);
  g_free (self->path);
  G_OBJECT_CLASS (hp_housing_import_dialog_parent_class)->finalize (object);
}

static void
on_response (HpHousingImportDialog *self,
             const char            *response)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (!g_str_equal (response, "import"))
    return;
  if (!hp_csv_import_apply (self->import, self->path, self->store, self->year, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (parent, _("Nothing was imported"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
hp_housing_import_dialog_class_init (HpHousingImportDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hp_housing_import_dialog_finalize;
}

static void
hp_housing_import_dialog_init (HpHousingImportDialog *self)
{
}

static GtkWidget *
text_cell (const char *text,
           gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

static GtkWidget *
problems_grid (HpCsvImport *import)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  GPtrArray *problems = hp_csv_import_get_problems (import);

  gtk_grid_set_column_spacing (grid, 12);
  gtk_grid_attach (grid, text_cell (_("Line"), TRUE), 0, 0, 1, 1);
  gtk_grid_attach (grid, text_cell (_("Column"), TRUE), 1, 0, 1, 1);
  gtk_grid_attach (grid, text_cell (_("Problem"), TRUE), 2, 0, 1, 1);
  for (guint i = 0; i < problems->len; i++)
    {
      HpCsvProblem *p = g_ptr_array_index (problems, i);
      g_autofree char *line = g_strdup_printf ("%u", p->line);
      GtkWidget *problem = text_cell (p->problem, FALSE);

      gtk_label_set_ellipsize (GTK_LABEL (problem), PANGO_ELLIPSIZE_NONE);
      gtk_label_set_wrap (GTK_LABEL (problem), TRUE);
      gtk_grid_attach (grid, text_cell (line, FALSE), 0, i + 1, 1, 1);
      gtk_grid_attach (grid, text_cell (p->column, FALSE), 1, i + 1, 1, 1);
      gtk_grid_attach (grid, problem, 2, i + 1, 1, 1);
    }
  return GTK_WIDGET (grid);
}

static GtkWidget *
preview_grid (HpCsvImport *import)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  GPtrArray *header = hp_csv_import_get_header (import);
  GPtrArray *rows = hp_csv_import_get_preview (import);

  gtk_grid_set_column_spacing (grid, 12);
  for (guint c = 0; c < header->len; c++)
    gtk_grid_attach (grid, text_cell (g_ptr_array_index (header, c), TRUE), c, 0, 1, 1);
  for (guint r = 0; r < MIN (rows->len, PREVIEW_ROWS); r++)
    {
      GStrv row = g_ptr_array_index (rows, r);
      for (guint c = 0; row[c] != NULL; c++)
        gtk_grid_attach (grid, text_cell (row[c], FALSE), c, r + 1, 1, 1);
    }
  return GTK_WIDGET (grid);
}

static void
describe (HpHousingImportDialog *self)
{
  guint n_problems = hp_csv_import_get_n_problems (self->import);
  g_autofree char *rows = hp_housing_format_number (hp_csv_import_get_n_rows (self->import), 0);
  g_autofree char *total = hp_housing_format_number (hp_csv_import_get_total (self->import), 0);
  char sep = hp_csv_import_get_separator (self->import);
  g_autofree char *body = NULL;
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  body = g_strdup_printf (self->kind == HP_CSV_SUPPLY
                          ? _("%s rows with %s dwellings; %s, separated by “%s”. Importing replaces the whole supply of %d.")
                          : _("%s rows with %s homeless persons; %s, separated by “%s”. Importing replaces all homeless counts of %d."),
                          rows, total, hp_csv_import_get_encoding (self->import),
                          sep == '\t' ? _("tab") : (char[]) { sep, 0 }, self->year);
  if (n_problems > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u problem must be fixed in the file first; nothing will be imported.",
                                                            "%u problems must be fixed in the file first; nothing will be imported.",
                                                            n_problems), n_problems);
      g_autofree char *both = g_strconcat (body, "\n\n", more, NULL);
      g_free (body);
      body = g_steal_pointer (&both);
    }
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled),
                                 n_problems ? problems_grid (self->import) : preview_grid (self->import));
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 180);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 560);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), scrolled);
}

HpHousingImportDialog *
hp_housing_import_dialog_new (GtkWindow      *parent,
                              HpHousingStore *store,
                              int             year,
                              HpCsvKind       kind,
                              const char     *path)
{
  HpHousingImportDialog *self = g_object_new (HP_TYPE_HOUSING_IMPORT_DIALOG,
                                              "transient-for", parent, "modal", TRUE, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *heading = g_strdup_printf (_("Import “%s”?"), name);

  self->store = g_object_ref (store);
  self->year = year;
  self->kind = kind;
  self->path = g_strdup (path);
  self->import = hp_csv_import_new (kind);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self), "cancel", _("_Cancel"), "import", _("_Import"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  self->ok = hp_csv_import_check (self->import, path, &error);
  if (!self->ok)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), error->message);
  else
    describe (self);
  self->ok = self->ok && hp_csv_import_get_n_problems (self->import) == 0;
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "import", self->ok);
  g_signal_connect (self, "response", G_CALLBACK (on_response), NULL);
  return self;
}

gboolean
hp_housing_import_dialog_can_import (HpHousingImportDialog *self)
{
  return self->ok;
}
