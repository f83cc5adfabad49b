/* test-workshop.c — the workshop mode, driven from the keyboard under Xvfb
 *
 * The workshop is started as a facilitator starts it: the strategy pane's
 * strategy.workshop action, the setup dialog, its Start.  Keys go through
 * the workshop window's own GtkEventControllerKey ("key-pressed" emitted on
 * it, since GTK 4.8 cannot synthesise key events), so the real handler
 * runs; what a pass stored is then read from the database's tables.
 *
 * Xvfb offers one monitor (its RandR monitors cannot be split), so the
 * presenter view is opened on that same monitor, and the choice of
 * monitors is tested on lists of monitors made for the purpose.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "hjemplan-resources.h"
#include "hp-corpus-loader.h"
#include "hp-strategy-example.h"
#include "hp-strategy-plan.h"
#include "hp-test-ui.h"
#include "hp-test-util.h"
#include "hp-window.h"
#include "hp-workshop-monitors.h"
#include "hp-workshop-presenter.h"
#include "hp-workshop-setup.h"
#include "hp-workshop-timer.h"
#include "hp-workshop-window.h"

#define NOTE "Mangler en fast aftale med Kriminalforsorgen"

typedef struct {
  char           *dir;
  char           *path;
  HpDatabase     *db;
  HpContext      *context;
  HpWindow       *window;
  HpStrategyPane *pane;
  HpStrategyStore *store;
  gint64          strategy_id;
  gint64          time;
} Fixture;

static void
remove_database (const char *path)
{
  for (const char * const *suffix = (const char * const[]) { "", "-wal", "-shm", NULL }; *suffix; suffix++)
    {
      g_autofree char *file = g_strconcat (path, *suffix, NULL);
      g_remove (file);
    }
}

/* A database with the corpus loaded, made once: loading it is slow,
 * very slow under the sanitizers.  Each test works on a copy. */
static char *template_path;

static void
make_template (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = hp_test_data_file ("guidelines.xml");
  g_autofree char *rng = hp_test_data_file ("guidelines.rng");
  g_autoptr(HpDatabase) db = NULL;

  template_path = g_build_filename (dir, "template.db", NULL);
  db = hp_database_open (template_path, &error);
  g_assert_no_error (error);
  g_assert_true (hp_corpus_loader_load (db, xml, rng, &error));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) template = NULL;
  g_autoptr(GFile) copy = NULL;

  fixture->dir = g_dir_make_tmp ("hjemplan-workshop-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "kommune.db", NULL);
  if (template_path == NULL)
    make_template (fixture->dir);
  template = g_file_new_for_path (template_path);
  copy = g_file_new_for_path (fixture->path);
  g_assert_true (g_file_copy (template, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  fixture->db = hp_database_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->context = hp_context_new (fixture->db, &error);
  g_assert_no_error (error);
  fixture->store = hp_context_get_strategy_store (fixture->context);
  fixture->window = hp_test_open_window (fixture->context);
  fixture->pane = hp_window_get_strategy_pane (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  hp_test_flush_events ();
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->db);
  remove_database (fixture->path);
  /* The first test's folder holds the template until the end. */
  if (!g_str_has_prefix (template_path, fixture->dir))
    g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
new_strategy (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  HpStrategy fields = {
    .municipality = "Vejle Kommune", .title = "Hjemløsestrategi", .period_start = 2025,
    .period_end = 2028, .vision = "",
  };

  fixture->strategy_id = hp_strategy_store_create_strategy (fixture->store, &fields, &error);
  g_assert_no_error (error);
  hp_test_flush_events ();
  g_assert_cmpint (hp_strategy_pane_get_strategy_id (fixture->pane), ==, fixture->strategy_id);
}

static HpWorkshopSetup *
open_setup (Fixture *fixture)
{
  HpWorkshopSetup *setup;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "strategy.workshop", NULL));
  hp_test_flush_events ();
  setup = hp_test_find_toplevel (HP_TYPE_WORKSHOP_SETUP);
  g_assert_nonnull (setup);
  return setup;
}

static HpWorkshopWindow *
start_workshop (Fixture         *fixture,
                HpWorkshopScope  scope,
                const char      *chapter_id,
                guint            minutes)
{
  HpWorkshopSetup *setup = open_setup (fixture);
  HpWorkshopWindow *workshop;

  g_assert_true (hp_workshop_setup_set_scope (setup, scope, chapter_id));
  g_assert_true (hp_workshop_setup_set_minutes (setup, minutes));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (setup), "setup.start", NULL));
  hp_test_flush_events ();
  g_assert_null (hp_test_find_toplevel (HP_TYPE_WORKSHOP_SETUP));
  workshop = hp_test_find_toplevel (HP_TYPE_WORKSHOP_WINDOW);
  g_assert_nonnull (workshop);
  return workshop;
}

static gboolean
press (HpWorkshopWindow *workshop,
       guint             keyval,
       GdkModifierType   state)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (hp_workshop_window_get_key_controller (workshop), "key-pressed", keyval, 0, state,
                         &handled);
  hp_test_flush_events ();
  return handled;
}

static guint
position (HpWorkshopWindow *workshop)
{
  return hp_workshop_session_get_position (hp_workshop_window_get_session (workshop));
}

static gint64
count_status (Fixture    *fixture,
              const char *status)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM assessment WHERE strategy_id = %" G_GINT64_FORMAT
                                          " AND status = '%s'", fixture->strategy_id, status);

  return hp_test_query_int (fixture->db, sql);
}

static HpAssessmentStatus
status_of (Fixture    *fixture,
           const char *item_id)
{
  g_autoptr(HpAssessment) a = hp_strategy_store_get_assessment (fixture->store, fixture->strategy_id, item_id, NULL);

  return a->status;
}

static void
type_note (HpWorkshopWindow *workshop,
           const char       *text)
{
  GtkTextView *view = GTK_TEXT_VIEW (hp_workshop_window_get_note_editor (workshop));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

/* --- a whole pass ---------------------------------------------------------- */

static void
test_whole_pass (Fixture       *fixture,
                 gconstpointer  data)
{
  static const guint next_keys[] = { GDK_KEY_Right, GDK_KEY_space, GDK_KEY_Page_Down };
  HpWorkshopWindow *workshop;
  HpWorkshopSession *session;
  g_autofree char *last_id = NULL;
  g_autofree char *note_sql = NULL;
  guint n;

  new_strategy (fixture);
  workshop = start_workshop (fixture, HP_WORKSHOP_SCOPE_CHAPTER, "kapitel-4", 0);
  session = hp_workshop_window_get_session (workshop);
  n = hp_workshop_session_get_n_directions (session);
  g_assert_cmpuint (n, ==, 14);
  g_assert_cmpstr (hp_workshop_window_get_progress_text (workshop), ==, "1 of 14");

  /* Statuses 1-5 in turn, moving on with each of the keys for "next". */
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (position (workshop), ==, i);
      g_assert_true (press (workshop, (i % 2 ? GDK_KEY_KP_1 : GDK_KEY_1) + i % 5, 0));
      if (i == n - 1)
        break;
      g_assert_true (press (workshop, next_keys[i % G_N_ELEMENTS (next_keys)], 0));
    }
  /* At the end it stays at the end. */
  g_assert_true (press (workshop, GDK_KEY_Right, 0));
  g_assert_cmpuint (position (workshop), ==, n - 1);
  g_assert_cmpstr (hp_workshop_window_get_progress_text (workshop), ==, "14 of 14");

  /* N, the note typed, Enter: stored, and shown on the wall. */
  g_assert_true (press (workshop, GDK_KEY_n, 0));
  g_assert_true (hp_workshop_window_is_editing (workshop));
  type_note (workshop, NOTE);
  g_assert_true (press (workshop, GDK_KEY_Return, 0));
  g_assert_false (hp_workshop_window_is_editing (workshop));
  g_assert_cmpstr (hp_workshop_card_get_note_text (hp_workshop_window_get_card (workshop)), ==, "Note: " NOTE);
  last_id = g_strdup (hp_workshop_session_get_current_id (session));

  /* The tables: 14 directions, statuses 1-5 in turn (1, "not assessed",
   * stores no row where there was none); one note, on the last. */
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (status_of (fixture, hp_corpus_item_get_id (hp_workshop_session_get_place (session, i)->direction)),
                     ==, i % 5);
  g_assert_cmpint (count_status (fixture, "not-started"), ==, 3);
  g_assert_cmpint (count_status (fixture, "partly"), ==, 3);
  g_assert_cmpint (count_status (fixture, "in-place"), ==, 3);
  g_assert_cmpint (count_status (fixture, "not-relevant"), ==, 2);
  note_sql = g_strdup_printf ("SELECT count(*) FROM assessment WHERE note = '" NOTE "' AND item_id = '%s'", last_id);
  g_assert_cmpint (hp_test_query_int (fixture->db, note_sql), ==, 1);
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM assessment WHERE note != ''"), ==, 1);
  /* The checklist behind the workshop followed. */
  g_assert_cmpuint (hp_strategy_checklist_count (hp_strategy_pane_get_checklist (fixture->pane),
                                                 HP_ASSESSMENT_NOT_RELEVANT), ==, 2);
  hp_workshop_window_end (workshop);
  hp_test_flush_events ();
}

/* --- moving, notes, undo, leaving ------------------------------------------ */

static void
test_keys (Fixture       *fixture,
           gconstpointer  data)
{
  HpWorkshopWindow *workshop;
  HpWorkshopCard *card;
  g_autofree char *first_id = NULL;

  new_strategy (fixture);
  workshop = start_workshop (fixture, HP_WORKSHOP_SCOPE_ALL, NULL, 0);
  card = hp_workshop_window_get_card (workshop);
  g_object_add_weak_pointer (G_OBJECT (workshop), (gpointer *) &workshop);
  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (workshop)));
  /* The main window stays open behind it: the guidelines at hand. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  g_assert_cmpuint (hp_workshop_session_get_n_directions (hp_workshop_window_get_session (workshop)), ==, 132);

  /* A clicker's Page Down and Page Up; Home and End; nothing before 1. */
  g_assert_true (press (workshop, GDK_KEY_Page_Down, 0));
  g_assert_true (press (workshop, GDK_KEY_Page_Down, 0));
  g_assert_cmpuint (position (workshop), ==, 2);
  g_assert_true (press (workshop, GDK_KEY_Page_Up, 0));
  g_assert_cmpuint (position (workshop), ==, 1);
  g_assert_true (press (workshop, GDK_KEY_End, 0));
  g_assert_cmpuint (position (workshop), ==, 131);
  g_assert_cmpstr (hp_workshop_window_get_progress_text (workshop), ==, "132 of 132");
  g_assert_true (press (workshop, GDK_KEY_Home, 0));
  g_assert_true (press (workshop, GDK_KEY_Left, 0));
  g_assert_cmpuint (position (workshop), ==, 0);
  first_id = g_strdup (hp_workshop_session_get_current_id (hp_workshop_window_get_session (workshop)));
  g_assert_cmpstr (hp_workshop_card_get_status_text (card), ==, "Status: Not assessed");
  /* Keys the workshop does not use are left alone. */
  g_assert_false (press (workshop, GDK_KEY_q, 0));

  /* 4, then 3; Ctrl+Z reverts the last, Ctrl+Shift+Z brings it back. */
  g_assert_true (press (workshop, GDK_KEY_4, 0));
  g_assert_true (press (workshop, GDK_KEY_3, 0));
  g_assert_cmpstr (hp_workshop_card_get_status_text (card), ==, "Status: Partly in place");
  g_assert_true (press (workshop, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpint (status_of (fixture, first_id), ==, HP_ASSESSMENT_IN_PLACE);
  g_assert_cmpstr (hp_workshop_card_get_status_text (card), ==, "Status: In place");
  g_assert_true (press (workshop, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_cmpint (status_of (fixture, first_id), ==, HP_ASSESSMENT_PARTLY);

  /* While the note is written, digits and arrows are text, Esc cancels. */
  g_assert_true (press (workshop, GDK_KEY_N, GDK_SHIFT_MASK));
  g_assert_true (hp_workshop_window_is_editing (workshop));
  g_assert_false (press (workshop, GDK_KEY_5, 0));
  g_assert_false (press (workshop, GDK_KEY_Right, 0));
  g_assert_cmpuint (position (workshop), ==, 0);
  g_assert_cmpint (status_of (fixture, first_id), ==, HP_ASSESSMENT_PARTLY);
  type_note (workshop, "Ikke gemt");
  g_assert_true (press (workshop, GDK_KEY_Escape, 0));
  g_assert_false (hp_workshop_window_is_editing (workshop));
  g_assert_nonnull (workshop);
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM assessment WHERE note != ''"), ==, 0);

  /* The note's Ctrl+Z is the store's too. */
  g_assert_true (press (workshop, GDK_KEY_n, 0));
  type_note (workshop, "Gemt");
  g_assert_true (press (workshop, GDK_KEY_KP_Enter, 0));
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM assessment WHERE note = 'Gemt'"), ==, 1);
  g_assert_true (press (workshop, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpint (hp_test_query_int (fixture->db, "SELECT count(*) FROM assessment WHERE note != ''"), ==, 0);
  g_assert_cmpstr (hp_workshop_card_get_note_text (card), ==, "No note yet");

  /* Esc leaves full screen and closes the mode. */
  g_assert_true (press (workshop, GDK_KEY_Escape, 0));
  g_assert_null (workshop);
  g_assert_null (hp_test_find_toplevel (HP_TYPE_WORKSHOP_WINDOW));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  /* What was done stays done. */
  g_assert_cmpint (status_of (fixture, first_id), ==, HP_ASSESSMENT_PARTLY);
}

/* --- the setup dialog ------------------------------------------------------ */

/* F5 is the window's: it works from the guidelines pane too, showing the
 * strategy pane, and says what is missing when there is no strategy. */
static void
test_from_anywhere (Fixture       *fixture,
                    gconstpointer  data)
{
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (fixture->pane),
                                                                 ADW_TYPE_VIEW_STACK));
  HpWorkshopSetup *setup;

  adw_view_stack_set_visible_child_name (stack, "guidelines");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.workshop", NULL));
  hp_test_flush_events ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "strategy");
  g_assert_null (hp_test_find_toplevel (HP_TYPE_WORKSHOP_SETUP));

  new_strategy (fixture);
  adw_view_stack_set_visible_child_name (stack, "guidelines");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.workshop", NULL));
  hp_test_flush_events ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "strategy");
  setup = hp_test_find_toplevel (HP_TYPE_WORKSHOP_SETUP);
  g_assert_nonnull (setup);
  gtk_window_destroy (GTK_WINDOW (setup));
  hp_test_flush_events ();
}

static void
test_setup (Fixture       *fixture,
            gconstpointer  data)
{
  HpWorkshopSetup *setup;
  HpWorkshopWindow *workshop;

  /* No strategy, no workshop. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "strategy.workshop", NULL);
  hp_test_flush_events ();
  g_assert_null (hp_test_find_toplevel (HP_TYPE_WORKSHOP_SETUP));

  /* Focus areas before any are chosen: said in the dialog, nothing starts. */
  new_strategy (fixture);
  setup = open_setup (fixture);
  /* Enter starts: Start is the default and has the focus. */
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (setup)) == gtk_window_get_focus (GTK_WINDOW (setup)));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (gtk_window_get_focus (GTK_WINDOW (setup)))), ==,
                   "setup.start");
  g_assert_cmpuint (hp_workshop_setup_get_monitor (setup), ==, 0);
  g_assert_false (hp_workshop_setup_set_scope (setup, HP_WORKSHOP_SCOPE_CHAPTER, "kapitel-1"));
  g_assert_true (hp_workshop_setup_set_scope (setup, HP_WORKSHOP_SCOPE_FOCUS_AREAS, NULL));
  g_assert_null (hp_workshop_setup_get_error (setup));
  gtk_widget_activate_action (GTK_WIDGET (setup), "setup.start", NULL);
  hp_test_flush_events ();
  g_assert_nonnull (strstr (hp_workshop_setup_get_error (setup), "no focus areas"));
  g_assert_null (hp_test_find_toplevel (HP_TYPE_WORKSHOP_WINDOW));
  gtk_window_close (GTK_WINDOW (setup));
  hp_test_flush_events ();

  /* With focus areas, the scope is theirs; one monitor: no presenter. */
  g_assert_true (hp_strategy_plan_set_focus_area (fixture->store, fixture->strategy_id,
                                                  "boligfastholdelse", TRUE, NULL));
  workshop = start_workshop (fixture, HP_WORKSHOP_SCOPE_FOCUS_AREAS, NULL, 2);
  g_assert_cmpuint (hp_workshop_session_get_n_directions (hp_workshop_window_get_session (workshop)), ==, 4);
  g_assert_cmpuint (hp_workshop_session_get_minutes (hp_workshop_window_get_session (workshop)), ==, 2);
  g_assert_null (hp_workshop_window_get_presenter (workshop));
  g_assert_true (g_str_has_prefix (hp_workshop_session_get_current_id (hp_workshop_window_get_session (workshop)),
                                   "boligfastholdelse."));
  hp_workshop_window_end (workshop);
  hp_test_flush_events ();
}

/* --- the timer on the wall ------------------------------------------------- */

static gint64
fake_clock (gpointer data)
{
  return ((Fixture *) data)->time;
}

static void
test_timer (Fixture       *fixture,
            gconstpointer  data)
{
  HpWorkshopWindow *workshop;
  HpWorkshopTimer *timer;

  new_strategy (fixture);
  workshop = start_workshop (fixture, HP_WORKSHOP_SCOPE_CHAPTER, "kapitel-2", 3);
  fixture->time = G_USEC_PER_SEC;
  hp_workshop_session_set_clock (hp_workshop_window_get_session (workshop), fake_clock, fixture);
  timer = HP_WORKSHOP_TIMER (hp_test_find_descendant (GTK_WIDGET (workshop), HP_TYPE_WORKSHOP_TIMER));
  hp_workshop_timer_update (timer);
  g_assert_cmpstr (hp_workshop_timer_get_text (timer), ==, "3:00");
  fixture->time += 100 * G_USEC_PER_SEC;
  g_assert_true (press (workshop, GDK_KEY_p, 0));
  hp_workshop_timer_update (timer);
  g_assert_cmpstr (hp_workshop_timer_get_text (timer), ==, "1:20 · Paused");
  g_assert_true (press (workshop, GDK_KEY_p, 0));
  fixture->time += 500 * G_USEC_PER_SEC;
  hp_workshop_timer_update (timer);
  /* Said in words, not only in colour. */
  g_assert_cmpstr (hp_workshop_timer_get_text (timer), ==, "0:00 · Time is up");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (timer), "time-up"));
  g_assert_true (press (workshop, GDK_KEY_space, 0));
  hp_workshop_timer_update (timer);
  g_assert_cmpstr (hp_workshop_timer_get_text (timer), ==, "3:00");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (timer), "time-up"));
  hp_workshop_window_end (workshop);
  hp_test_flush_events ();
}

/* --- the presenter view ---------------------------------------------------- */

static void
test_presenter (Fixture       *fixture,
                gconstpointer  data)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
  g_autoptr(HpWorkshopSession) session = NULL;
  HpWorkshopWindow *workshop;
  HpWorkshopPresenter *presenter;
  HpWorkshopCard *current, *next;

  fixture->strategy_id = hp_strategy_example_create (fixture->store, NULL);
  session = hp_workshop_session_new (fixture->store, fixture->strategy_id, HP_WORKSHOP_SCOPE_FOCUS_AREAS, NULL, NULL);
  workshop = hp_workshop_window_new (GTK_WINDOW (fixture->window), session, "Focus areas");
  hp_workshop_window_start (workshop, monitor, monitor);
  hp_test_flush_events ();
  presenter = HP_WORKSHOP_PRESENTER (hp_workshop_window_get_presenter (workshop));
  g_assert_nonnull (presenter);
  g_object_add_weak_pointer (G_OBJECT (presenter), (gpointer *) &presenter);
  current = hp_workshop_presenter_get_card (presenter, FALSE);
  next = hp_workshop_presenter_get_card (presenter, TRUE);

  /* The wall's direction and the next one. */
  g_assert_cmpstr (hp_workshop_card_get_text (current), ==,
                   hp_workshop_card_get_text (hp_workshop_window_get_card (workshop)));
  g_assert_cmpstr (hp_workshop_card_get_text (next), ==,
                   hp_corpus_item_get_text (hp_workshop_session_get_place (session, 1)->direction));
  g_assert_true (press (workshop, GDK_KEY_Page_Down, 0));
  g_assert_cmpstr (hp_workshop_card_get_text (current), ==,
                   hp_corpus_item_get_text (hp_workshop_session_get_place (session, 1)->direction));
  /* A status set on the wall shows here too. */
  g_assert_true (press (workshop, GDK_KEY_5, 0));
  g_assert_cmpstr (hp_workshop_card_get_status_text (current), ==, "Status: Not relevant");
  g_assert_true (press (workshop, GDK_KEY_End, 0));
  g_assert_false (hp_workshop_presenter_has_next (presenter));

  /* Ending the workshop closes the presenter view too. */
  g_assert_true (press (workshop, GDK_KEY_Escape, 0));
  g_assert_null (presenter);
}

/* --- which monitor ---------------------------------------------------------- */

static GdkMonitor *
fake_monitor (void)
{
  return g_object_new (GDK_TYPE_MONITOR, "display", gdk_display_get_default (), NULL);
}

static void
test_monitor_choice (void)
{
  g_autoptr(GListStore) two = g_list_store_new (GDK_TYPE_MONITOR);
  g_autoptr(GListStore) three = g_list_store_new (GDK_TYPE_MONITOR);
  g_autoptr(GListStore) one = g_list_store_new (GDK_TYPE_MONITOR);
  g_autoptr(GdkMonitor) laptop = fake_monitor ();
  g_autoptr(GdkMonitor) projector = fake_monitor ();
  g_autoptr(GdkMonitor) tv = fake_monitor ();
  GListModel *real = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GdkMonitor) screen = g_list_model_get_item (real, 0);
  g_autofree char *described = hp_workshop_monitors_describe (screen, 0);
  g_autofree char *unnamed = hp_workshop_monitors_describe (laptop, 1);
  GdkRectangle geometry;

  g_list_store_append (one, laptop);
  g_list_store_append (two, laptop);
  g_list_store_append (two, projector);
  g_list_store_append (three, tv);
  g_list_store_append (three, laptop);
  g_list_store_append (three, projector);

  /* The app's window on the laptop: the show on the projector, the
   * presenter view on the laptop. */
  g_assert_cmpuint (hp_workshop_monitors_choose_show (G_LIST_MODEL (two), laptop), ==, 1);
  g_assert_true (hp_workshop_monitors_choose_presenter (G_LIST_MODEL (two), projector, laptop) == laptop);
  /* The facilitator puts the show on the laptop: the presenter goes over. */
  g_assert_true (hp_workshop_monitors_choose_presenter (G_LIST_MODEL (two), laptop, laptop) == projector);
  /* The window not on a listed monitor (or not shown yet). */
  g_assert_cmpuint (hp_workshop_monitors_choose_show (G_LIST_MODEL (two), NULL), ==, 0);
  g_assert_true (hp_workshop_monitors_choose_presenter (G_LIST_MODEL (two), laptop, NULL) == projector);
  /* Three: never the show's monitor, the window's when it can. */
  g_assert_cmpuint (hp_workshop_monitors_choose_show (G_LIST_MODEL (three), tv), ==, 1);
  g_assert_true (hp_workshop_monitors_choose_presenter (G_LIST_MODEL (three), projector, laptop) == laptop);
  g_assert_true (hp_workshop_monitors_choose_presenter (G_LIST_MODEL (three), tv, tv) == laptop);
  /* One: the show there, no presenter view. */
  g_assert_cmpuint (hp_workshop_monitors_choose_show (G_LIST_MODEL (one), laptop), ==, 0);
  g_assert_null (hp_workshop_monitors_choose_presenter (G_LIST_MODEL (one), laptop, laptop));
  /* Xvfb's one monitor, as the setup lists it. */
  g_assert_cmpuint (hp_workshop_monitors_choose_show (real, screen), ==, 0);
  g_assert_null (hp_workshop_monitors_choose_presenter (real, screen, screen));

  /* Named by connector and size; a monitor without either, by number. */
  gdk_monitor_get_geometry (screen, &geometry);
  {
    g_autofree char *size = g_strdup_printf ("%d × %d", geometry.width, geometry.height);
    g_assert_true (g_str_has_suffix (described, size));
  }
  g_assert_cmpstr (unnamed, ==, "Monitor 2");
}

#define ADD(path, func) \
  g_test_add ("/workshop/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int argc, char *argv[])
{
  int status;

  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  hjemplan_register_resource ();

  ADD ("whole-pass", test_whole_pass);
  ADD ("keys", test_keys);
  ADD ("setup", test_setup);
  ADD ("from-anywhere", test_from_anywhere);
  ADD ("timer", test_timer);
  ADD ("presenter", test_presenter);
  g_test_add_func ("/workshop/monitor-choice", test_monitor_choice);
  status = g_test_run ();
  if (template_path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (template_path);

      remove_database (template_path);
      g_rmdir (dir);
    }
  g_free (template_path);
  return status;
}
