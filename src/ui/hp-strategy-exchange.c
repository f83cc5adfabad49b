/* hp-strategy-exchange.c — reports, exports and imports from the strategy pane
 *
 * What a manager does with a strategy besides editing it: the report for
 * the city council (PDF, or ODT/DOCX to go on editing), the actions for a
 * spreadsheet, the deadlines for a calendar, and the whole strategy as a
 * file for another installation — and that file imported back.  Each
 * starts with a file chooser; the work itself is in src/io, so the
 * command line does exactly the same.  A toast says where the file went
 * and opens it; an import that fails says which line of the file is wrong
 * and has changed nothing.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hp-report-export.h"
#include "hp-strategy-actions-csv.h"
#include "hp-strategy-exchange.h"
#include "hp-strategy-ical.h"
#include "hp-strategy-toast.h"
#include "hp-strategy-xml.h"
#include "hp-toast.h"

struct _HpStrategyExchange
{
  GObject          parent_instance;

  GtkWidget       *owner;     /* weak: the pane */
  HpStrategyStore *store;
  GtkNativeDialog *chooser;   /* the one open, if any */
};

G_DEFINE_FINAL_TYPE (HpStrategyExchange, hp_strategy_exchange, G_TYPE_OBJECT)

enum {
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The choosers, one per kind of file. */
static const struct {
  const char *title;
  const char *file_suffix;   /* after the strategy's title; Danish: for Danish colleagues */
  const char *filter_name;
  const char *pattern;
  const char *mime_type;
} kinds[] = {
  [HP_STRATEGY_EXPORT_REPORT]   = { N_("Export Report"), ".pdf", NULL, NULL, NULL },
  [HP_STRATEGY_EXPORT_ACTIONS]  = { N_("Export Actions"), " - handlinger.csv", N_("CSV files"), "*.csv", "text/csv" },
  [HP_STRATEGY_EXPORT_CALENDAR] = { N_("Export Deadlines to a Calendar"), " - frister.ics",
                                    N_("Calendar files"), "*.ics", "text/calendar" },
  [HP_STRATEGY_EXPORT_FILE]     = { N_("Export Strategy File"), ".xml", N_("Strategy files"), "*.xml",
                                    "application/xml" },
};

/* The report's formats, offered as filters; the one chosen decides the
 * extension when the name typed has none. */
static const struct {
  const char *name;
  const char *pattern;
  const char *mime_type;
} report_formats[] = {
  { N_("PDF document"), "*.pdf", "application/pdf" },
  { N_("OpenDocument text (LibreOffice)"), "*.odt", "application/vnd.oasis.opendocument.text" },
  { N_("Word document"), "*.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
};

static void
hp_strategy_exchange_dispose (GObject *object)
{
  HpStrategyExchange *self = HP_STRATEGY_EXCHANGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  g_clear_weak_pointer (&self->owner);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (hp_strategy_exchange_parent_class)->dispose (object);
}

static void
hp_strategy_exchange_class_init (HpStrategyExchangeClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hp_strategy_exchange_dispose;

  /**
   * HpStrategyExchange::imported:
   * @strategy_id: the strategy the file became
   */
  signals[SIGNAL_IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
hp_strategy_exchange_init (HpStrategyExchange *self)
{
}

HpStrategyExchange *
hp_strategy_exchange_new (GtkWidget       *owner,
                          HpStrategyStore *store)
{
  HpStrategyExchange *self;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (HP_IS_STRATEGY_STORE (store), NULL);
  self = g_object_new (HP_TYPE_STRATEGY_EXCHANGE, NULL);
  g_set_weak_pointer (&self->owner, owner);
  self->store = g_object_ref (store);
  return self;
}

/* The chooser open now, for tests to answer. */
GtkNativeDialog *
hp_strategy_exchange_get_chooser (HpStrategyExchange *self)
{
  g_return_val_if_fail (HP_IS_STRATEGY_EXCHANGE (self), NULL);
  return self->chooser;
}

/* ---- Choosers ---------------------------------------------------------- */

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern,
            const char     *mime_type)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *upper = g_ascii_strup (pattern, -1);

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_pattern (filter, upper);
  gtk_file_filter_add_mime_type (filter, mime_type);
  g_object_set_data_full (G_OBJECT (filter), "hp-extension", g_strdup (pattern + 1), g_free);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
add_filters (GtkFileChooser       *chooser,
             HpStrategyExportKind  kind)
{
  if (kind != HP_STRATEGY_EXPORT_REPORT)
    {
      add_filter (chooser, _(kinds[kind].filter_name), kinds[kind].pattern, kinds[kind].mime_type);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (report_formats); i++)
    add_filter (chooser, _(report_formats[i].name), report_formats[i].pattern, report_formats[i].mime_type);
}

/* "Hjemløsestrategi 2025-2028 - handlinger.csv": the title, without what a
 * file name cannot hold. */
static char *
suggested_name (HpStrategyStore      *store,
                gint64                strategy_id,
                HpStrategyExportKind  kind)
{
  g_autoptr(HpStrategy) strategy = hp_strategy_store_get_strategy (store, strategy_id, NULL);
  g_autofree char *title = g_strdup (strategy != NULL ? strategy->title : _("Strategy"));

  g_strdelimit (title, "/\\:*?\"<>|\n\t", '-');
  return g_strconcat (title, kinds[kind].file_suffix, NULL);
}

static GtkNativeDialog *
open_chooser (HpStrategyExchange   *self,
              const char           *title,
              GtkFileChooserAction  action,
              GCallback             on_response)
{
  GtkNativeDialog *chooser;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  chooser = GTK_NATIVE_DIALOG (gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (self->owner)),
                                                            action, NULL, NULL));
  gtk_native_dialog_set_modal (chooser, TRUE);
  g_signal_connect (chooser, "response", on_response, self);
  self->chooser = chooser;
  return chooser;
}

static char *
chosen_path (GtkNativeDialog *chooser,
             int              response)
{
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return NULL;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  return file != NULL ? g_file_get_path (file) : NULL;
}

/* A report named without .pdf, .odt or .docx gets the chosen filter's. */
static char *
with_report_extension (GtkNativeDialog *chooser,
                       char            *path)
{
  GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
  const char *extension = filter ? g_object_get_data (G_OBJECT (filter), "hp-extension") : NULL;
  char *extended;

  if (hp_report_format_from_path (path) != HP_REPORT_FORMAT_UNKNOWN)
    return path;
  extended = g_strconcat (path, extension ? extension : ".pdf", NULL);
  g_free (path);
  return extended;
}

/* ---- Exporting --------------------------------------------------------- */

static gboolean
export_to (HpStrategyExchange    *self,
           gint64                 strategy_id,
           HpStrategyExportKind   kind,
           const char            *path,
           GError               **error)
{
  g_autofree char *today = NULL;

  switch (kind)
    {
    case HP_STRATEGY_EXPORT_REPORT:
      today = hp_strategy_today ();
      return hp_report_export (self->store, strategy_id, today, path, error);
    case HP_STRATEGY_EXPORT_ACTIONS:
      return hp_strategy_actions_csv_export (self->store, strategy_id, path, error);
    case HP_STRATEGY_EXPORT_CALENDAR:
      return hp_strategy_ical_export (self->store, strategy_id, NULL, path, NULL, error);
    case HP_STRATEGY_EXPORT_FILE:
    default:
      return hp_strategy_xml_export (self->store, strategy_id, path, error);
    }
}

static void
show_saved (HpStrategyExchange *self,
            const char         *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *title = g_strdup_printf (_("Saved as “%s”"), name);
  AdwToast *toast = adw_toast_new (title);

  if (uri != NULL)
    {
      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "win.open-file");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    }
  hp_toast_show (self->owner, toast);
}

static void
show_message (HpStrategyExchange *self,
              const char         *heading,
              const char         *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (self->owner)), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_error (HpStrategyExchange *self,
            const char         *heading,
            const GError       *error)
{
  show_message (self, heading, error->message);
}

static void
on_export_chosen (GtkNativeDialog    *chooser,
                  int                 response,
                  HpStrategyExchange *self)
{
  HpStrategyExportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "hp-kind"));
  gint64 strategy_id = *(gint64 *) g_object_get_data (G_OBJECT (chooser), "hp-strategy");
  g_autofree char *path = chosen_path (chooser, response);
  g_autoptr(GError) error = NULL;

  if (path == NULL || self->owner == NULL)
    return;
  if (kind == HP_STRATEGY_EXPORT_REPORT)
    path = with_report_extension (chooser, path);
  if (export_to (self, strategy_id, kind, path, &error))
    show_saved (self, path);
  else
    show_error (self, _("Could not export"), error);
}

/**
 * hp_strategy_exchange_export:
 *
 * Asks where to save the file of @kind for strategy @strategy_id, then
 * writes it; an existing file is replaced only when the new one is
 * complete.
 */
void
hp_strategy_exchange_export (HpStrategyExchange   *self,
                             gint64                strategy_id,
                             HpStrategyExportKind  kind)
{
  GtkNativeDialog *chooser;
  g_autofree char *name = NULL;
  gint64 *id;

  g_return_if_fail (HP_IS_STRATEGY_EXCHANGE (self));
  g_return_if_fail (kind < G_N_ELEMENTS (kinds));

  chooser = open_chooser (self, _(kinds[kind].title), GTK_FILE_CHOOSER_ACTION_SAVE,
                          G_CALLBACK (on_export_chosen));
  add_filters (GTK_FILE_CHOOSER (chooser), kind);
  name = suggested_name (self->store, strategy_id, kind);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  id = g_new (gint64, 1);
  *id = strategy_id;
  g_object_set_data_full (G_OBJECT (chooser), "hp-strategy", id, g_free);
  g_object_set_data (G_OBJECT (chooser), "hp-kind", GINT_TO_POINTER (kind));
  gtk_native_dialog_show (chooser);
}

/* ---- Importing --------------------------------------------------------- */

static void
on_import_chosen (GtkNativeDialog    *chooser,
                  int                 response,
                  HpStrategyExchange *self)
{
  g_autofree char *path = chosen_path (chooser, response);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpStrategy) strategy = NULL;
  g_autofree char *title = NULL;
  g_autofree char *other_edition = NULL;
  gint64 id;

  if (path == NULL || self->owner == NULL)
    return;
  id = hp_strategy_xml_import (self->store, path, &other_edition, &error);
  if (id == 0)
    {
      show_error (self, _("Could not import the strategy"), error);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0, id);
  strategy = hp_strategy_store_get_strategy (self->store, id, NULL);
  title = g_strdup_printf (_("“%s” imported"), strategy ? strategy->title : "");
  hp_strategy_toast (self->owner, title, TRUE);
  if (other_edition != NULL)
    {
      g_autofree char *body = g_strdup_printf (
        _("“%s” was made for the %s edition of the guidelines. Every direction it names exists in this "
          "edition, so it has been imported, but their wording may have changed: check its assessments "
          "against the guidelines."), strategy ? strategy->title : "", other_edition);

      show_message (self, _("Made for Another Edition"), body);
    }
}

/* Asks for a strategy file and adds it as a new strategy (one undo step). */
void
hp_strategy_exchange_import (HpStrategyExchange *self)
{
  GtkNativeDialog *chooser;

  g_return_if_fail (HP_IS_STRATEGY_EXCHANGE (self));
  chooser = open_chooser (self, _("Import Strategy File"), GTK_FILE_CHOOSER_ACTION_OPEN,
                          G_CALLBACK (on_import_chosen));
  add_filter (GTK_FILE_CHOOSER (chooser), _(kinds[HP_STRATEGY_EXPORT_FILE].filter_name),
              kinds[HP_STRATEGY_EXPORT_FILE].pattern, kinds[HP_STRATEGY_EXPORT_FILE].mime_type);
  gtk_native_dialog_show (chooser);
}
