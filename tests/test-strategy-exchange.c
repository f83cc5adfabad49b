/* test-strategy-exchange.c — reports, exports and imports from the strategy menu
 *
 * Each item of the strategy menu is activated as a click would, and the
 * file chooser it opens is answered as a planner would: the council
 * report (its format from the file type chosen when the name has no
 * extension), the actions, the calendar and the strategy file are
 * written; a strategy file is imported as a new strategy that Ctrl+Z
 * takes away again; a hostile file is refused with a dialog that names
 * the line, and nothing changes.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "hjemplan-resources.h"
#include "hp-strategy-example.h"
#include "hp-strategy-xml.h"
#include "hp-test-ui.h"
#include "hp-test-util.h"
#include "hp-window.h"

typedef struct {
  char           *dir;
  HpDatabase     *db;
  HpContext      *context;
  HpStrategyStore *store;
  HpWindow       *window;
  HpStrategyPane *pane;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("hjemplan-exchange-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db = hp_test_open_corpus_db ();
  fixture->context = hp_context_new (fixture->db, &error);
  g_assert_no_error (error);
  fixture->store = hp_context_get_strategy_store (fixture->context);
  g_assert_cmpint (hp_strategy_example_create (fixture->store, &error), ==, 1);
  g_assert_no_error (error);
  fixture->window = hp_test_open_window (fixture->context);
  fixture->pane = hp_window_get_strategy_pane (fixture->window);
}

static void
close_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (ADW_IS_MESSAGE_DIALOG (window))
        gtk_window_destroy (window);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  close_dialogs ();
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  hp_test_flush_events ();
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->db);
  hp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
in_dir (Fixture    *fixture,
        const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static GtkNativeDialog *
activate (Fixture    *fixture,
          const char *action,
          GVariant   *target)
{
  GtkNativeDialog *chooser;

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->pane), action, target));
  hp_test_flush_events ();
  chooser = hp_strategy_exchange_get_chooser (hp_strategy_pane_get_exchange (fixture->pane));
  g_assert_nonnull (chooser);
  return chooser;
}

/* The file chooser answered with @path, and, when @filter is not -1,
 * that file type chosen.  The chooser reads folders asynchronously, so
 * the main loop runs until it has taken the file in. */
static void
answer (GtkNativeDialog *chooser,
        const char      *path,
        int              filter)
{
  GtkFileChooser *files = GTK_FILE_CHOOSER (chooser);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) chosen = NULL;

  if (filter >= 0)
    {
      g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (files);
      g_autoptr(GtkFileFilter) type = g_list_model_get_item (filters, filter);

      gtk_file_chooser_set_filter (files, type);
    }
  if (gtk_file_chooser_get_action (files) == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      g_assert_true (gtk_file_chooser_set_current_folder (files, folder, &error));
      gtk_file_chooser_set_current_name (files, name);
    }
  else
    g_assert_true (gtk_file_chooser_set_file (files, file, &error));
  g_assert_no_error (error);
  for (int i = 0; i < 200 && (chosen == NULL || !g_file_equal (chosen, file)); i++)
    {
      g_clear_object (&chosen);
      hp_test_flush_events ();
      g_usleep (5000);
      chosen = gtk_file_chooser_get_file (files);
    }
  g_assert_true (chosen != NULL && g_file_equal (chosen, file));
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_ACCEPT);
  gtk_native_dialog_hide (chooser);
  hp_test_flush_events ();
}

static char *
read_back (const char *path)
{
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return hp_test_read_file (path, NULL);
}

static void
test_report (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *pdf = in_dir (fixture, "rapport.pdf");
  g_autofree char *bare = in_dir (fixture, "byraadet");
  g_autofree char *odt = in_dir (fixture, "byraadet.odt");
  g_autofree char *contents = NULL;
  GtkNativeDialog *chooser = activate (fixture, "strategy.export", g_variant_new_string ("report"));
  g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (chooser));

  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 3);
  answer (chooser, pdf, -1);
  contents = read_back (pdf);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  /* No extension typed: the file type chosen decides, here OpenDocument. */
  answer (activate (fixture, "strategy.export", g_variant_new_string ("report")), bare, 1);
  g_assert_false (g_file_test (bare, G_FILE_TEST_EXISTS));
  g_free (contents);
  contents = read_back (odt);
  g_assert_true (g_str_has_prefix (contents, "PK\003\004"));
}

static void
test_exports (Fixture       *fixture,
              gconstpointer  data)
{
  const struct { const char *kind, *name, *begins; } cases[] = {
    { "actions", "handlinger.csv", "\xEF\xBB\xBF" "Action;" },
    { "calendar", "frister.ics", "BEGIN:VCALENDAR\r\n" },
    { "file", "strategi.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hjemplan-strategy" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = in_dir (fixture, cases[i].name);
      g_autofree char *contents = NULL;

      answer (activate (fixture, "strategy.export", g_variant_new_string (cases[i].kind)), path, -1);
      contents = read_back (path);
      if (!g_str_has_prefix (contents, cases[i].begins))
        g_error ("%s begins “%.60s”", cases[i].name, contents);
    }
}

static guint
n_strategies (Fixture *fixture)
{
  return hp_test_query_int (fixture->db, "SELECT count (*) FROM strategy");
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = in_dir (fixture, "fra-nabokommunen.xml");
  g_autoptr(GError) error = NULL;

  g_assert_true (hp_strategy_xml_export (fixture->store, 1, path, &error));
  g_assert_no_error (error);
  answer (activate (fixture, "strategy.import", NULL), path, -1);
  g_assert_cmpuint (n_strategies (fixture), ==, 2);
  g_assert_cmpint (hp_strategy_pane_get_strategy_id (fixture->pane), ==, 2);
  g_assert_null (hp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  hp_test_flush_events ();
  g_assert_cmpuint (n_strategies (fixture), ==, 1);
  g_assert_cmpint (hp_strategy_pane_get_strategy_id (fixture->pane), ==, 1);
}

static void
test_import_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = in_dir (fixture, "ondsindet.xml");
  g_autofree char *where = NULL;
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n"
                                      "<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>\n", -1, NULL));
  answer (activate (fixture, "strategy.import", NULL), path, -1);
  g_assert_cmpuint (n_strategies (fixture), ==, 1);
  g_assert_false (hp_undo_stack_can_redo (hp_context_get_undo_stack (fixture->context)));
  dialog = ADW_MESSAGE_DIALOG (hp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could not import the strategy");
  where = g_strconcat (path, ":", NULL);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), where));
}

/* A file made for another edition is imported, and a dialog says so. */
static void
test_import_other_edition (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = in_dir (fixture, "udgave-2019.xml");
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  g_assert_true (hp_strategy_xml_export (fixture->store, 1, path, &error));
  g_assert_no_error (error);
  hp_test_write_replacing (path, path, "edition=\"2020\"", "edition=\"2019\"");
  answer (activate (fixture, "strategy.import", NULL), path, -1);
  g_assert_cmpuint (n_strategies (fixture), ==, 2);
  dialog = ADW_MESSAGE_DIALOG (hp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Made for Another Edition");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "the 2019 edition of the guidelines"));
}

/* Cancelling the chooser writes nothing. */
static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  GtkNativeDialog *chooser = activate (fixture, "strategy.export", g_variant_new_string ("file"));
  g_autoptr(GDir) dir = NULL;

  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_CANCEL);
  gtk_native_dialog_hide (chooser);
  hp_test_flush_events ();
  dir = g_dir_open (fixture->dir, 0, NULL);
  g_assert_null (g_dir_read_name (dir));
}

#define ADD(path, func) \
  g_test_add ("/strategy-exchange/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  hp_test_init_locale ();
  adw_init ();
  hjemplan_register_resource ();

  ADD ("report", test_report);
  ADD ("exports", test_exports);
  ADD ("import", test_import);
  ADD ("import-refused", test_import_refused);
  ADD ("import-other-edition", test_import_other_edition);
  ADD ("cancel", test_cancel);
  return g_test_run ();
}
