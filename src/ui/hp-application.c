/* hp-application.c — the application: command line, database, windows
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <locale.h>
#include <stdio.h>

#include "hjemplan-resources.h"
#include "hp-application.h"
#include "hp-backup.h"
#include "hp-corpus-loader.h"
#include "hp-csv-command.h"
#include "hp-data-file.h"
#include "hp-recovery.h"
#include "hp-search-provider.h"
#include "hp-strategy-command.h"
#include "hp-window.h"

struct _HpApplication
{
  AdwApplication  parent_instance;

  char           *database_path;   /* from --database, or NULL for the default */
  HpContext      *context;
  HpSearchProvider *search_provider;
  char           *damaged_path;    /* the database failed its start-up check */
  guint           backup_timer;
  guint           backup_idle;     /* the first backup, after the first frame */
  GThread        *open_thread;     /* opening the database at start-up, or NULL */
};

/* What opening the database in open_thread produced. */
typedef struct {
  char      *path;
  HpContext *context;
  char      *damaged_path;
  GError    *error;
} OpenJob;

G_DEFINE_FINAL_TYPE (HpApplication, hp_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database FILE instead of the default one"), N_("FILE") },
  { "check-corpus", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check a guideline corpus file, print what it contains and exit"), N_("FILE") },
  { "search", 's', 0, G_OPTION_ARG_STRING, NULL,
    N_("Search the guidelines, print the ranked results as tab-separated lines "
       "(rank, identifier, classification, guideline, snippet) and exit"), N_("QUERY") },
  { "chapter", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --search: only results in this chapter (e.g. kapitel-4)"), N_("ID") },
  { "classification", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --search: only directions of this classification (skal, boer, kan, god-praksis)"),
    N_("CLASS") },
  { "law", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --search: only text citing this law (e.g. serviceloven)"), N_("LAW") },
  { "year", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("The housing mapping year the options below work on (e.g. 2024)"), N_("YEAR") },
  { "import-supply", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Replace the year's housing supply with a CSV file (all or nothing) and exit"), N_("FILE") },
  { "import-demand", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Replace the year's homeless counts with a CSV file (all or nothing) and exit"), N_("FILE") },
  { "export-supply", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the year's housing supply as Danish CSV (- for standard output) and exit"), N_("FILE") },
  { "export-demand", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the year's homeless counts as Danish CSV (- for standard output) and exit"), N_("FILE") },
  { "gap", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the year's housing gap table as Danish CSV and exit"), NULL },
  { "scenario", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --gap: compute the gap under this scenario"), N_("NAME") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --gap: write the table to FILE instead of standard output"), N_("FILE") },
  { "list-strategies", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the strategies (identifier, municipality, title, period, last change) and exit"), NULL },
  { "strategy", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("The strategy the options below work on (default: the most recently changed)"), N_("ID") },
  { "report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the strategy's report for the city council to FILE (.pdf, .odt or .docx) and exit"),
    N_("FILE") },
  { "export-actions", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the strategy's actions as Danish CSV (- for standard output) and exit"), N_("FILE") },
  { "export-calendar", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the actions' dates as an iCalendar file (- for standard output) and exit"), N_("FILE") },
  { "export-strategy", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the whole strategy as a strategy file (- for standard output) and exit"), N_("FILE") },
  { "import-strategy", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check a strategy file and add it as a new strategy (all or nothing) and exit"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { NULL }
};

void
hp_application_setup_i18n (void)
{
  const char *locale_dir = g_getenv ("HJEMPLAN_LOCALE_DIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir ? locale_dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* HJEMPLAN_STARTUP_TIMES=1 prints where start-up time goes on standard
 * error: each mark with the time since the first one (main) and the
 * CLOCK_MONOTONIC time in µs, comparable with bench-startup's spawn. */
void
hp_application_mark_startup (const char *what)
{
  static int enabled = -1;
  static gint64 first;
  gint64 now = g_get_monotonic_time ();

  if (enabled < 0)
    enabled = g_strcmp0 (g_getenv ("HJEMPLAN_STARTUP_TIMES"), "1") == 0;
  if (!enabled)
    return;
  if (first == 0)
    first = now;
  g_printerr ("startup %8.1f ms  %-28s (%" G_GINT64_FORMAT ")\n", (now - first) / 1000.0, what, now);
}

static void
print_counts (const HpCorpusCounts *counts)
{
  g_print (_("Chapters: %u\n"), counts->chapters);
  g_print (_("Guidelines: %u\n"), counts->guidelines);
  g_print (_("Principles: %u\n"), counts->principles);
  g_print (_("Housing First core principles: %u\n"), counts->core_principles);
  g_print (_("Support methods: %u\n"), counts->support_methods);
  g_print (_("Directions: %u\n"), counts->directions);
  g_print (_("Sub-points: %u\n"), counts->subpoints);
  g_print (_("Footnotes: %u\n"), counts->footnotes);
  g_print (_("Law references: %u\n"), counts->lawrefs);
  g_print (_("Cross-references: %u\n"), counts->xrefs);
  g_print (_("Literature entries: %u\n"), counts->literature);
}

static int
check_corpus (const char *path)
{
  g_autofree char *schema = hp_data_file ("guidelines.rng");
  g_autoptr(GError) error = NULL;
  HpCorpusCounts counts = { 0 };

  if (!hp_corpus_loader_check (path, schema, &counts, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_("%s: valid guideline corpus\n"), path);
  print_counts (&counts);
  return 0;
}

static int
search_from_command_line (HpApplication *self,
                          GVariantDict  *options,
                          const char    *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *chapter = NULL;
  g_autofree char *classification = NULL;
  g_autofree char *law = NULL;
  HpSearchFilter filter = { 0 };
  HpContext *context;

  g_variant_dict_lookup (options, "chapter", "s", &chapter);
  g_variant_dict_lookup (options, "classification", "s", &classification);
  g_variant_dict_lookup (options, "law", "s", &law);
  filter.chapter_id = chapter;
  filter.law = law;
  filter.classification = hp_classification_from_string (classification);
  if (classification != NULL && filter.classification == HP_CLASSIFICATION_NONE)
    {
      g_printerr (_("Unknown classification “%s”; use skal, boer, kan or god-praksis\n"), classification);
      return 2;
    }

  context = hp_application_ensure_context (self, &error);
  if (context == NULL ||
      !hp_search_print_tsv (hp_context_get_search (context), query, &filter, out, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("%s", out->str);
  return 0;
}

/* --year with --import-supply, --export-demand, --gap …: the work is in
 * hp-csv-command.c. */
static int
housing_from_command_line (HpApplication *self,
                           GVariantDict  *options)
{
  g_autofree char *import_supply = NULL, *import_demand = NULL;
  g_autofree char *export_supply = NULL, *export_demand = NULL;
  g_autofree char *scenario = NULL, *output = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  HpCsvCommand command = { 0 };
  HpContext *context;

  g_variant_dict_lookup (options, "year", "i", &command.year);
  g_variant_dict_lookup (options, "import-supply", "^ay", &import_supply);
  g_variant_dict_lookup (options, "import-demand", "^ay", &import_demand);
  g_variant_dict_lookup (options, "export-supply", "^ay", &export_supply);
  g_variant_dict_lookup (options, "export-demand", "^ay", &export_demand);
  g_variant_dict_lookup (options, "scenario", "s", &scenario);
  g_variant_dict_lookup (options, "output", "^ay", &output);
  command = (HpCsvCommand) { command.year, import_supply, import_demand, export_supply, export_demand,
                             g_variant_dict_contains (options, "gap"), scenario, output };
  if (!hp_csv_command_wanted (&command))
    return -1;
  context = hp_application_ensure_context (self, &error);
  if (context == NULL || !hp_csv_command_run (hp_context_get_database (context), &command, report, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_printerr ("%s", report->str);
  return 0;
}

/* --report, --export-strategy, --import-strategy …: the work is in
 * hp-strategy-command.c. */
static int
strategy_from_command_line (HpApplication *self,
                            GVariantDict  *options)
{
  g_autofree char *import_strategy = NULL, *report = NULL, *export_actions = NULL;
  g_autofree char *export_calendar = NULL, *export_strategy = NULL;
  g_autoptr(GString) output = g_string_new (NULL);
  g_autoptr(GString) messages = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  HpStrategyCommand command = { 0 };
  HpContext *context;
  gboolean ok;

  g_variant_dict_lookup (options, "strategy", "x", &command.strategy_id);
  g_variant_dict_lookup (options, "import-strategy", "^ay", &import_strategy);
  g_variant_dict_lookup (options, "report", "^ay", &report);
  g_variant_dict_lookup (options, "export-actions", "^ay", &export_actions);
  g_variant_dict_lookup (options, "export-calendar", "^ay", &export_calendar);
  g_variant_dict_lookup (options, "export-strategy", "^ay", &export_strategy);
  command = (HpStrategyCommand) { g_variant_dict_contains (options, "list-strategies"), command.strategy_id,
                                  import_strategy, report, export_actions, export_calendar, export_strategy };
  if (!hp_strategy_command_wanted (&command))
    return -1;
  context = hp_application_ensure_context (self, &error);
  ok = context != NULL &&
       hp_strategy_command_run (hp_context_get_strategy_store (context), &command, output, messages, &error);
  fwrite (output->str, 1, output->len, stdout);
  g_printerr ("%s", messages->str);
  if (!ok)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

static int
hp_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  HpApplication *self = HP_APPLICATION (app);
  g_autofree char *corpus_path = NULL;
  g_autofree char *database_path = NULL;
  g_autofree char *query = NULL;
  int status;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "Hjemplan", PACKAGE_VERSION);
      return 0;
    }
  if (g_variant_dict_lookup (options, "check-corpus", "^ay", &corpus_path))
    return check_corpus (corpus_path);
  if (g_variant_dict_lookup (options, "database", "^ay", &database_path))
    {
      g_free (self->database_path);
      self->database_path = g_steal_pointer (&database_path);
    }
  if (g_variant_dict_lookup (options, "search", "s", &query))
    return search_from_command_line (self, options, query);
  status = housing_from_command_line (self, options);
  if (status >= 0)
    return status;
  return strategy_from_command_line (self, options);
}

/* Everything opening a database takes that needs no display: the health
 * check, the migrations, the corpus (its checksum, or a load on a new
 * database) and the model objects.  Runs in open_thread at start-up. */
static HpContext *
open_context (const char  *path,
              char       **damaged_path,
              GError     **error)
{
  g_autofree char *default_path = NULL;
  g_autofree char *xml = hp_data_file ("guidelines.xml");
  g_autofree char *schema = hp_data_file ("guidelines.rng");
  g_autoptr(HpDatabase) database = NULL;
  g_autoptr(HpContext) context = NULL;

  if (path == NULL)
    {
      g_autofree char *dir = NULL;

      path = default_path = hp_database_default_path ();
      dir = g_path_get_dirname (path);
      g_mkdir_with_parents (dir, 0700);
    }

  /* Checked read-only first: a damaged file must not be written to. */
  hp_application_mark_startup ("open database");
  if (hp_backup_check_health (path, error) == HP_BACKUP_HEALTH_DAMAGED)
    {
      *damaged_path = g_strdup (path);
      return NULL;
    }
  hp_application_mark_startup ("health check done");
  database = hp_database_open (path, error);
  if (database == NULL)
    return NULL;
  hp_application_mark_startup ("database open, migrated");
  if (!hp_corpus_loader_ensure (database, xml, schema, NULL, error))
    return NULL;
  hp_application_mark_startup ("corpus ensured");

  context = hp_context_new (database, error);
  hp_application_mark_startup ("context created");
  return g_steal_pointer (&context);
}

gboolean
hp_application_open_database (HpApplication  *self,
                              const char     *path,
                              GError        **error)
{
  g_autoptr(HpContext) context = NULL;

  g_clear_pointer (&self->damaged_path, g_free);
  context = open_context (path, &self->damaged_path, error);
  if (context == NULL)
    return FALSE;
  g_set_object (&self->context, context);
  return TRUE;
}

static gpointer
open_in_thread (gpointer data)
{
  OpenJob *job = data;

  job->context = open_context (job->path, &job->damaged_path, &job->error);
  return job;
}

/* At start-up the database is opened in a thread while GTK connects to the
 * display and loads its themes, which takes about as long; the first
 * window (or search) waits for it in hp_application_ensure_context(). */
static void
start_opening (HpApplication *self)
{
  OpenJob *job = g_new0 (OpenJob, 1);

  /* libxml2 (a new corpus edition is loaded in the thread; librsvg uses it
   * for icons meanwhile) must be set up once before two threads use it. */
  xmlInitParser ();
  job->path = g_strdup (self->database_path);
  self->open_thread = g_thread_try_new ("hp-open-database", open_in_thread, job, NULL);
  if (self->open_thread == NULL)
    {
      g_free (job->path);
      g_free (job);
    }
}

static gboolean
finish_opening (HpApplication  *self,
                GError        **error)
{
  OpenJob *job = g_thread_join (g_steal_pointer (&self->open_thread));
  gboolean ok = job->context != NULL;

  g_clear_pointer (&self->damaged_path, g_free);
  self->damaged_path = g_steal_pointer (&job->damaged_path);
  if (ok)
    g_set_object (&self->context, job->context);
  else if (job->error != NULL)
    g_propagate_error (error, g_steal_pointer (&job->error));
  g_clear_object (&job->context);
  g_clear_error (&job->error);
  g_free (job->path);
  g_free (job);
  return ok;
}

static void
show_fatal_error (HpApplication *self,
                  const GError  *error)
{
  GtkWidget *dialog = adw_message_dialog_new (NULL, _("Hjemplan cannot start"), error->message);

  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The database is opened at start-up in a thread (start_opening), waited
 * for here on first need: at activation, or when the search provider is
 * asked while the app runs as a D-Bus service without a window.  Without
 * that thread (command-line use, or a failed open being retried) it is
 * opened here. */
HpContext *
hp_application_ensure_context (HpApplication  *self,
                               GError        **error)
{
  if (self->open_thread != NULL && !finish_opening (self, error))
    return NULL;
  if (self->context == NULL &&
      !hp_application_open_database (self, self->database_path, error))
    return NULL;
  return self->context;
}

static gboolean
back_up (gpointer user_data)
{
  HpApplication *self = user_data;
  g_autoptr(GError) error = NULL;

  /* A failed backup must not stop the planner working; it is retried. */
  if (self->context != NULL &&
      !hp_backup_ensure_recent (hp_context_get_database (self->context), NULL,
                                HP_BACKUP_KEEP, NULL, &error))
    g_warning ("%s", error->message);
  return G_SOURCE_CONTINUE;
}

/* A backup at start when the last is a day old, and checked hourly after,
 * for the app that is left open for weeks. */
static gboolean
start_backups (gpointer user_data)
{
  HpApplication *self = user_data;

  self->backup_idle = 0;
  if (self->backup_timer == 0)
    {
      back_up (self);
      self->backup_timer = g_timeout_add_seconds (60 * 60, back_up, self);
    }
  return G_SOURCE_REMOVE;
}

/* The day's first backup copies and checks the whole database: it waits
 * until the window has painted its first frame. */
static void
back_up_after_first_frame (GdkFrameClock *clock,
                           gpointer       user_data)
{
  HpApplication *self = user_data;

  g_signal_handlers_disconnect_by_func (clock, back_up_after_first_frame, user_data);
  if (self->backup_timer == 0 && self->backup_idle == 0)
    self->backup_idle = g_idle_add (start_backups, self);
}

static void
on_window_mapped (GtkWidget     *window,
                  HpApplication *self)
{
  g_signal_handlers_disconnect_by_func (window, on_window_mapped, self);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (back_up_after_first_frame), self, 0);
}

static HpWindow *
ensure_window (HpApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GError) error = NULL;

  if (window != NULL)
    return HP_WINDOW (window);
  if (hp_application_ensure_context (self, &error) == NULL && self->damaged_path != NULL)
    {
      hp_recovery_offer (GTK_APPLICATION (self), self->damaged_path, error);
      return NULL;
    }
  if (self->context == NULL)
    {
      g_warning ("%s", error->message);
      show_fatal_error (self, error);
      return NULL;
    }
  window = GTK_WINDOW (hp_window_new (GTK_APPLICATION (self), self->context));
  if (self->backup_timer == 0)
    g_signal_connect_object (window, "map", G_CALLBACK (on_window_mapped), self, 0);
  return HP_WINDOW (window);
}

/* For bench/bench-startup: the moment the first frame is painted. */
static void
print_first_frame_and_quit (GdkFrameClock *clock,
                            gpointer       user_data)
{
  g_signal_handlers_disconnect_by_func (clock, print_first_frame_and_quit, user_data);
  hp_application_mark_startup ("first frame");
  if (g_strcmp0 (g_getenv ("HJEMPLAN_EXIT_AFTER_FIRST_FRAME"), "1") != 0)
    return;
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_application_quit (G_APPLICATION (user_data));
}

static void
hp_application_activate (GApplication *app)
{
  HpWindow *window;

  hp_application_mark_startup ("activate");
  window = ensure_window (HP_APPLICATION (app));
  if (window == NULL)
    return;
  hp_application_mark_startup ("window created");
  gtk_window_present (GTK_WINDOW (window));
  hp_application_mark_startup ("window presented");
  if (g_strcmp0 (g_getenv ("HJEMPLAN_EXIT_AFTER_FIRST_FRAME"), "1") == 0 ||
      g_strcmp0 (g_getenv ("HJEMPLAN_STARTUP_TIMES"), "1") == 0)
    g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                      G_CALLBACK (print_first_frame_and_quit), app);
}

/* Opens the app's window on the corpus item @id (a guideline, a direction…). */
void
hp_application_show_item (HpApplication *self,
                          const char    *id,
                          guint32        timestamp)
{
  HpWindow *window = ensure_window (self);
  g_autoptr(GError) error = NULL;

  if (window == NULL)
    return;
  if (!hp_browser_pane_show (hp_window_get_browser_pane (window), id, &error))
    g_warning ("Cannot show %s: %s", id, error->message);
  gtk_window_present_with_time (GTK_WINDOW (window), timestamp);
}

/* Opens the window with the search bar showing @query (from the shell's
 * "search in Hjemplan"). */
void
hp_application_show_search (HpApplication *self,
                            const char    *query,
                            guint32        timestamp)
{
  HpWindow *window = ensure_window (self);

  if (window == NULL)
    return;
  hp_browser_pane_start_search (hp_window_get_browser_pane (window), query);
  gtk_window_present_with_time (GTK_WINDOW (window), timestamp);
}

static gboolean
hp_application_dbus_register (GApplication     *app,
                              GDBusConnection  *connection,
                              const char       *object_path,
                              GError          **error)
{
  HpApplication *self = HP_APPLICATION (app);

  if (!G_APPLICATION_CLASS (hp_application_parent_class)->dbus_register (app, connection, object_path, error))
    return FALSE;
  self->search_provider = hp_search_provider_new (self);
  return hp_search_provider_export (self->search_provider, connection, HP_SEARCH_PROVIDER_PATH, error);
}

static void
hp_application_dbus_unregister (GApplication    *app,
                                GDBusConnection *connection,
                                const char      *object_path)
{
  HpApplication *self = HP_APPLICATION (app);

  g_clear_object (&self->search_provider);
  G_APPLICATION_CLASS (hp_application_parent_class)->dbus_unregister (app, connection, object_path);
}

static void
show_about (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", "Hjemplan",
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Hjemplan authors"),
                        "copyright", "© 2026 The Hjemplan authors",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("The national guidelines on homelessness as a working tool "
                                      "for Danish municipalities."),
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
    "Nationale retningslinjer for indsatsen mod hjemløshed",
    "© Socialstyrelsen 2020",
    GTK_LICENSE_CUSTOM,
    _("Socialstyrelsen (2020): Nationale retningslinjer for indsatsen mod hjemløshed. "
      "ISBN 978-87-94059-04-6. The publication may be freely quoted with the source "
      "named; its text is reproduced here with the source named (gengivet med kildeangivelse)."));
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_app (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));

  /* Closing the windows lets them store their state first. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", show_about },
  { "quit", quit_app },
};

static void
hp_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  hp_application_mark_startup ("registered");
  start_opening (HP_APPLICATION (app));
  G_APPLICATION_CLASS (hp_application_parent_class)->startup (app);
  hp_application_mark_startup ("GTK and libadwaita started");

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_window_set_default_icon_name (APP_ID);
  /* Started by the shell only to answer searches: exit when idle. */
  g_application_set_inactivity_timeout (app, 30000);
}

static void
hp_application_finalize (GObject *object)
{
  HpApplication *self = HP_APPLICATION (object);

  if (self->open_thread != NULL)
    finish_opening (self, NULL);
  g_clear_object (&self->search_provider);
  g_clear_object (&self->context);
  g_clear_handle_id (&self->backup_timer, g_source_remove);
  g_clear_handle_id (&self->backup_idle, g_source_remove);
  g_free (self->damaged_path);
  g_free (self->database_path);
  G_OBJECT_CLASS (hp_application_parent_class)->finalize (object);
}

static void
hp_application_class_init (HpApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hp_application_finalize;
  app_class->handle_local_options = hp_application_handle_local_options;
  app_class->startup = hp_application_startup;
  app_class->activate = hp_application_activate;
  app_class->dbus_register = hp_application_dbus_register;
  app_class->dbus_unregister = hp_application_dbus_unregister;
}

static void
hp_application_init (HpApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
    _("Hjemplan — the national guidelines on homelessness as a working tool."));
}

HpApplication *
hp_application_new (void)
{
  hjemplan_register_resource ();
  return g_object_new (HP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", "/dk/hjemplan/Hjemplan",
                       NULL);
}
