/* test-strategy-pane.c — the strategy worksheet, driven under Xvfb
 *
 * The whole round: create a strategy through its form, set statuses with
 * the keys 1-5, add a goal and an action (and see a bad date refused),
 * undo and redo from the window, take a baseline, change a status, see the
 * comparison; then build a new window and context on the same file and
 * find everything as it was.  Then the parts on their own: sub-points
 * rated from the keyboard, the directions a goal serves chosen in its form
 * and followed from its row with its housing figure, and snapshots renamed,
 * deleted, restored and compared.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "hjemplan-resources.h"
#include "hp-corpus-loader.h"
#include "hp-housing-store.h"
#include "hp-housing-types.h"
#include "hp-strategy-direction-picker.h"
#include "hp-strategy-link-row.h"
#include "hp-strategy-overview.h"
#include "hp-strategy-plan-view.h"
#include "hp-strategy-plan.h"
#include "hp-test-ui.h"
#include "hp-test-util.h"
#include "hp-window.h"

#define D1 "generel-forebyggelse-af-hjemloeshed.a1"
#define D2 "generel-forebyggelse-af-hjemloeshed.a2"
#define D3 "generel-forebyggelse-af-hjemloeshed.a3"
#define D_HOUSING "planlaegning-af-boligindsatsen.a3"

typedef struct {
  char           *dir;
  char           *path;
  HpDatabase     *db;
  HpContext      *context;
  HpWindow       *window;
  HpStrategyPane *pane;
} Fixture;

static void
open_window (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->db = hp_database_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->context = hp_context_new (fixture->db, &error);
  g_assert_no_error (error);
  fixture->window = hp_test_open_window (fixture->context);
  fixture->pane = hp_window_get_strategy_pane (fixture->window);
}

static void
close_window (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  hp_test_flush_events ();
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->db);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = hp_test_data_file ("guidelines.xml");
  g_autofree char *rng = hp_test_data_file ("guidelines.rng");

  fixture->dir = g_dir_make_tmp ("hjemplan-strategy-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "kommune.db", NULL);
  {
    g_autoptr(HpDatabase) db = hp_database_open (fixture->path, &error);
    g_assert_no_error (error);
    g_assert_true (hp_corpus_loader_load (db, xml, rng, &error));
  }
  open_window (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  close_window (fixture);
  for (const char * const *suffix = (const char * const[]) { "", "-wal", "-shm", NULL }; *suffix; suffix++)
    {
      g_autofree char *file = g_strconcat (fixture->path, *suffix, NULL);
      g_remove (file);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
activate (GtkWidget  *widget,
          const char *action,
          GVariant   *target)
{
  g_assert_true (gtk_widget_activate_action_variant (widget, action, target));
  hp_test_flush_events ();
}

static void
press_key_on (Fixture    *fixture,
              const char *item_id,
              guint       keyval)
{
  HpStrategyChecklist *checklist = hp_strategy_pane_get_checklist (fixture->pane);

  gtk_widget_grab_focus (GTK_WIDGET (hp_strategy_checklist_lookup (checklist, item_id)));
  g_assert_true (hp_strategy_checklist_press_key (checklist, keyval));
  hp_test_flush_events ();
}

static HpAssessmentStatus
status_of (Fixture    *fixture,
           const char *item_id)
{
  HpStrategyStore *store = hp_context_get_strategy_store (fixture->context);
  g_autoptr(HpAssessment) a = hp_strategy_store_get_assessment (store, hp_strategy_pane_get_strategy_id (fixture->pane),
                                                                item_id, NULL);
  return a->status;
}

static void
create_strategy (Fixture *fixture)
{
  HpStrategyForm *form;

  g_assert_cmpstr (hp_strategy_pane_get_visible (fixture->pane), ==, "empty");
  activate (GTK_WIDGET (fixture->pane), "strategy.new", NULL);
  form = hp_strategy_pane_get_form (fixture->pane);
  g_assert_nonnull (form);
  /* An empty title and an absurd year are refused inline. */
  hp_strategy_form_set_text (form, "municipality", "Vejle Kommune");
  g_assert_false (hp_strategy_form_submit (form));
  g_assert_nonnull (hp_strategy_form_get_error (form, "title"));
  hp_strategy_form_set_text (form, "title", "Hjemløsestrategi");
  hp_strategy_form_set_text (form, "end", "20288");
  g_assert_false (hp_strategy_form_submit (form));
  g_assert_nonnull (hp_strategy_form_get_error (form, "end"));
  g_assert_cmpstr (hp_strategy_pane_get_visible (fixture->pane), ==, "empty");
  hp_strategy_form_set_text (form, "end", "2028");
  g_assert_true (hp_strategy_form_submit (form));
  hp_test_flush_events ();
  g_assert_cmpstr (hp_strategy_pane_get_visible (fixture->pane), ==, "strategy");
}

static void
add_goal_and_action (Fixture *fixture)
{
  HpStrategyPlanView *plan = HP_STRATEGY_PLAN_VIEW (hp_strategy_pane_get_plan_view (fixture->pane));
  HpStrategyForm *form;

  hp_strategy_pane_show_page (fixture->pane, "plan");
  activate (GTK_WIDGET (plan), "plan.add-goal", NULL);
  form = hp_strategy_plan_view_get_form (plan);
  hp_strategy_form_set_text (form, "text", "Færre i hjemløshed");
  hp_strategy_form_set_text (form, "baseline", "cirka 140");
  g_assert_false (hp_strategy_form_submit (form));
  g_assert_nonnull (hp_strategy_form_get_error (form, "baseline"));
  hp_strategy_form_set_text (form, "baseline", "142");
  hp_strategy_form_set_text (form, "target", "90");
  hp_strategy_form_set_text (form, "deadline", "31-12-2028");
  g_assert_true (hp_strategy_form_submit (form));
  hp_test_flush_events ();

  activate (GTK_WIDGET (plan), "plan.add-action", NULL);
  form = hp_strategy_plan_view_get_form (plan);
  hp_strategy_form_set_text (form, "text", "Ny anvisningsaftale");
  hp_strategy_form_set_text (form, "start", "01-03-2026");
  hp_strategy_form_set_text (form, "deadline", "01-02-2026");
  g_assert_false (hp_strategy_form_submit (form));
  g_assert_true (g_str_has_prefix (hp_strategy_form_get_error (form, "deadline"), "The deadline ("));
  hp_strategy_form_set_text (form, "deadline", "30-06-2026");
  hp_strategy_form_set_choice (form, "goal", 1);
  g_assert_true (hp_strategy_form_submit (form));
  hp_test_flush_events ();
}

static GtkWidget *
find_with_class (GtkWidget  *widget,
                 const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class) && gtk_widget_get_visible (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_with_class (child, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_whole_round (Fixture       *fixture,
                  gconstpointer  data)
{
  HpStrategyStore *store = hp_context_get_strategy_store (fixture->context);
  HpStrategyOverview *overview;
  HpStrategyForm *form;
  gint64 id;

  create_strategy (fixture);
  id = hp_strategy_pane_get_strategy_id (fixture->pane);

  /* Keys: 4 = in place, then the next row has focus: 3 = partly. */
  press_key_on (fixture, D1, GDK_KEY_4);
  g_assert_true (hp_strategy_checklist_press_key (hp_strategy_pane_get_checklist (fixture->pane), GDK_KEY_3));
  hp_test_flush_events ();
  press_key_on (fixture, D3, GDK_KEY_2);
  g_assert_cmpint (status_of (fixture, D1), ==, HP_ASSESSMENT_IN_PLACE);
  g_assert_cmpint (status_of (fixture, D2), ==, HP_ASSESSMENT_PARTLY);
  g_assert_cmpint (status_of (fixture, D3), ==, HP_ASSESSMENT_NOT_STARTED);
  g_assert_cmpuint (hp_strategy_checklist_count (hp_strategy_pane_get_checklist (fixture->pane),
                                                 HP_ASSESSMENT_NOT_ASSESSED), ==, 129);

  add_goal_and_action (fixture);
  {
    g_autoptr(GPtrArray) actions = hp_strategy_plan_list_actions (store, id, NULL);
    g_assert_cmpuint (actions->len, ==, 1);
    g_assert_cmpint (((HpAction *) actions->pdata[0])->goal_id, !=, 0);
  }

  /* Undo the action and redo it, from the window. */
  activate (GTK_WIDGET (fixture->window), "win.undo", NULL);
  {
    g_autoptr(GPtrArray) actions = hp_strategy_plan_list_actions (store, id, NULL);
    g_assert_cmpuint (actions->len, ==, 0);
  }
  activate (GTK_WIDGET (fixture->window), "win.redo", NULL);
  {
    g_autoptr(GPtrArray) actions = hp_strategy_plan_list_actions (store, id, NULL);
    g_assert_cmpuint (actions->len, ==, 1);
  }

  /* Baseline, then a change, then the comparison; the choice of what to
   * compare appears with the first snapshot. */
  hp_strategy_pane_show_page (fixture->pane, "overview");
  hp_test_flush_events ();
  overview = HP_STRATEGY_OVERVIEW (hp_strategy_pane_get_overview (fixture->pane));
  g_assert_null (find_with_class (GTK_WIDGET (overview), "compare-row"));
  activate (GTK_WIDGET (fixture->pane), "strategy.snapshot", NULL);
  form = hp_strategy_pane_get_form (fixture->pane);
  hp_strategy_form_set_text (form, "label", "Baseline");
  hp_strategy_form_set_choice (form, "kind", 1);
  g_assert_true (hp_strategy_form_submit (form));
  hp_test_flush_events ();
  hp_strategy_pane_show_page (fixture->pane, "checklist");
  press_key_on (fixture, D3, GDK_KEY_4);
  hp_strategy_pane_show_page (fixture->pane, "overview");
  hp_test_flush_events ();
  g_assert_nonnull (find_with_class (GTK_WIDGET (overview), "compare-row"));
  hp_strategy_overview_compare (overview, 0, 1);
  g_assert_cmpuint (hp_strategy_overview_n_changes (overview, 1), ==, 1);
  g_assert_cmpuint (hp_strategy_overview_n_changes (overview, -1), ==, 0);
  g_assert_cmpuint (hp_strategy_overview_n_bars (overview), ==, 4);
  g_assert_cmpuint (hp_strategy_overview_n_findings (overview), ==, 48);

  /* Undo survives switching panes. */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (fixture->pane),
                                                                                  ADW_TYPE_VIEW_STACK)), "guidelines");
  activate (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpint (status_of (fixture, D3), ==, HP_ASSESSMENT_NOT_STARTED);
  activate (GTK_WIDGET (fixture->window), "win.redo", NULL);

  /* Restart: a new window and context on the same file. */
  close_window (fixture);
  open_window (fixture);
  g_assert_cmpstr (hp_strategy_pane_get_visible (fixture->pane), ==, "strategy");
  g_assert_cmpint (hp_strategy_pane_get_strategy_id (fixture->pane), ==, id);
  g_assert_cmpint (status_of (fixture, D1), ==, HP_ASSESSMENT_IN_PLACE);
  g_assert_cmpint (status_of (fixture, D3), ==, HP_ASSESSMENT_IN_PLACE);
  store = hp_context_get_strategy_store (fixture->context);
  {
    g_autoptr(GPtrArray) goals = hp_strategy_plan_list_goals (store, id, NULL);
    g_autoptr(GPtrArray) actions = hp_strategy_plan_list_actions (store, id, NULL);
    g_autoptr(GPtrArray) snapshots = hp_strategy_store_list_snapshots (store, id, NULL);

    g_assert_cmpuint (goals->len, ==, 1);
    g_assert_cmpuint (actions->len, ==, 1);
    g_assert_cmpuint (snapshots->len, ==, 1);
    g_assert_true (((HpSnapshot *) snapshots->pdata[0])->is_baseline);
  }
  g_assert_cmpuint (hp_strategy_checklist_count (hp_strategy_pane_get_checklist (fixture->pane),
                                                 HP_ASSESSMENT_IN_PLACE), ==, 2);
}

static void
test_assess_and_back (Fixture       *fixture,
                      gconstpointer  data)
{
  HpBrowserPane *browser = hp_window_get_browser_pane (fixture->window);
  HpStrategyChecklist *checklist;
  GtkWidget *row;

  activate (GTK_WIDGET (fixture->pane), "strategy.example", NULL);
  checklist = hp_strategy_pane_get_checklist (fixture->pane);
  g_assert_cmpuint (hp_strategy_checklist_count (checklist, HP_ASSESSMENT_NOT_ASSESSED), <, 20);
  /* A filter that hides the direction is cleared when it is assessed. */
  hp_strategy_checklist_set_filters (checklist, 0, HP_CLASSIFICATION_SKAL, FALSE, FALSE);
  g_assert_cmpuint (hp_strategy_checklist_n_visible (checklist), ==, 49);

  activate (GTK_WIDGET (fixture->window), "win.assess-direction", g_variant_new_string (D_HOUSING));
  row = GTK_WIDGET (hp_strategy_checklist_lookup (checklist, D_HOUSING));
  /* The window's focus widget: whether Xvfb has made the window active
   * yet (has-focus) depends on how busy the machine is. */
  g_assert_true (gtk_widget_is_focus (row));
  g_assert_cmpuint (hp_strategy_checklist_n_visible (checklist), ==, 132);

  /* The checklist fills the pane below its bar (it was once left a strip
   * when the page stack worked out its expand too late), once the frame
   * clock has laid out the pane just shown. */
  g_assert_true (hp_test_wait_for_size (GTK_WIDGET (checklist)));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (checklist)), >,
                   gtk_widget_get_height (GTK_WIDGET (fixture->pane)) * 3 / 4);

  activate (GTK_WIDGET (fixture->window), "win.show-in-guidelines", g_variant_new_string (D_HOUSING));
  g_assert_cmpstr (hp_browser_pane_get_current_id (browser), ==, "planlaegning-af-boligindsatsen");
}

static gboolean
all_rows_made (gpointer checklist)
{
  return hp_strategy_checklist_n_rows_made (checklist) == 132;
}

/* The checklist shows a screenful of rows at once and makes the rest a few
 * per frame; its counts are the store's from the start, looking a row up
 * makes the rest at once, and on screen the frames make them all. */
static void
test_rows_made_progressively (Fixture       *fixture,
                              gconstpointer  data)
{
  HpStrategyChecklist *checklist = hp_strategy_pane_get_checklist (fixture->pane);
  g_autofree char *sql = NULL;

  /* Straight after the action, before any frame. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "strategy.example", NULL));
  g_assert_cmpuint (hp_strategy_checklist_n_rows_made (checklist), >, 0);
  g_assert_cmpuint (hp_strategy_checklist_n_rows_made (checklist), <, 132);
  sql = g_strdup_printf ("SELECT count(*) FROM assessment WHERE strategy_id = %" G_GINT64_FORMAT
                         " AND status = 'in-place' AND item_id NOT LIKE '%%.%%.%%'",
                         hp_strategy_pane_get_strategy_id (fixture->pane));
  g_assert_cmpint (hp_strategy_checklist_count (checklist, HP_ASSESSMENT_IN_PLACE), ==,
                   hp_test_query_int (fixture->db, sql));
  g_assert_nonnull (strstr (hp_strategy_checklist_get_summary (checklist), " of 132 directions assessed"));
  g_assert_nonnull (hp_strategy_checklist_lookup (checklist, "indsatser-paa-boformer-for-borgere-i-hjemloeshed.a6"));
  g_assert_cmpuint (hp_strategy_checklist_n_rows_made (checklist), ==, 132);

  /* A new window showing the pane makes them all by itself. */
  close_window (fixture);
  open_window (fixture);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (fixture->pane),
                                                                                  ADW_TYPE_VIEW_STACK)), "strategy");
  g_assert_true (hp_test_wait_for (all_rows_made, hp_strategy_pane_get_checklist (fixture->pane)));
}

static void
test_delete_goal_confirmed_and_undone (Fixture       *fixture,
                                       gconstpointer  data)
{
  HpStrategyStore *store = hp_context_get_strategy_store (fixture->context);
  HpStrategyPlanView *plan = HP_STRATEGY_PLAN_VIEW (hp_strategy_pane_get_plan_view (fixture->pane));
  g_autoptr(GPtrArray) goals = NULL;
  GtkWindow *dialog;
  gint64 id;

  activate (GTK_WIDGET (fixture->pane), "strategy.example", NULL);
  id = hp_strategy_pane_get_strategy_id (fixture->pane);
  goals = hp_strategy_plan_list_goals (store, id, NULL);
  hp_strategy_pane_show_page (fixture->pane, "plan");
  activate (GTK_WIDGET (plan), "plan.delete-goal", g_variant_new_int64 (((HpGoal *) goals->pdata[0])->id));
  dialog = hp_strategy_plan_view_get_dialog (plan);
  g_assert_nonnull (dialog);
  /* Nothing is deleted before the answer. */
  g_assert_nonnull (hp_strategy_plan_get_goal (store, ((HpGoal *) goals->pdata[0])->id, NULL));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  hp_test_flush_events ();
  {
    g_autoptr(GPtrArray) after = hp_strategy_plan_list_goals (store, id, NULL);
    g_assert_cmpuint (after->len, ==, goals->len - 1);
  }
  activate (GTK_WIDGET (fixture->window), "win.undo", NULL);
  {
    g_autoptr(GPtrArray) after = hp_strategy_plan_list_goals (store, id, NULL);
    g_assert_cmpuint (after->len, ==, goals->len);
  }
}

/* --- sub-points ------------------------------------------------------------ */

static void
test_subpoints (Fixture       *fixture,
                gconstpointer  data)
{
  HpStrategyChecklist *checklist;
  HpStrategyRow *row, *sub;
  GtkWidget *first;

  create_strategy (fixture);
  checklist = hp_strategy_pane_get_checklist (fixture->pane);
  row = hp_strategy_checklist_lookup (checklist, D1);
  g_assert_null (hp_strategy_row_get_first_subpoint (row));
  hp_strategy_row_set_subpoints_expanded (row, TRUE);
  hp_test_flush_events ();
  first = hp_strategy_row_get_first_subpoint (row);
  g_assert_nonnull (first);
  g_assert_cmpstr (hp_strategy_row_get_item_id (HP_STRATEGY_ROW (first)), ==, D1 ".1");

  /* 3 and 4 on the first two of the five sub-points; 2 on the last, then
   * 5 lands on the next direction. */
  press_key_on (fixture, D1 ".1", GDK_KEY_3);
  g_assert_true (hp_strategy_checklist_press_key (checklist, GDK_KEY_4));
  press_key_on (fixture, D1 ".5", GDK_KEY_KP_2);
  g_assert_true (hp_strategy_checklist_press_key (checklist, GDK_KEY_5));
  hp_test_flush_events ();
  g_assert_cmpint (status_of (fixture, D1 ".1"), ==, HP_ASSESSMENT_PARTLY);
  g_assert_cmpint (status_of (fixture, D1 ".2"), ==, HP_ASSESSMENT_IN_PLACE);
  g_assert_cmpint (status_of (fixture, D1 ".3"), ==, HP_ASSESSMENT_NOT_ASSESSED);
  g_assert_cmpint (status_of (fixture, D1 ".5"), ==, HP_ASSESSMENT_NOT_STARTED);
  g_assert_cmpint (status_of (fixture, D2), ==, HP_ASSESSMENT_NOT_RELEVANT);
  g_assert_cmpint (status_of (fixture, D1), ==, HP_ASSESSMENT_NOT_ASSESSED);
  sub = hp_strategy_checklist_lookup (checklist, D1 ".2");
  g_assert_cmpint (hp_strategy_row_get_status (sub), ==, HP_ASSESSMENT_IN_PLACE);
  g_assert_true (hp_strategy_row_get_parent_row (sub) == row);

  /* The counts stay per direction, and say so. */
  g_assert_cmpuint (hp_strategy_checklist_count (checklist, HP_ASSESSMENT_NOT_ASSESSED), ==, 131);
  g_assert_nonnull (strstr (hp_strategy_checklist_get_summary (checklist), "1 of 132 directions assessed"));
  g_assert_nonnull (strstr (hp_strategy_checklist_get_summary (checklist), "sub-points"));

  /* A sub-point of a direction never opened is found, shown and focused. */
  g_assert_true (hp_strategy_pane_assess (fixture->pane, D_HOUSING ".2"));
  hp_test_flush_events ();
  sub = hp_strategy_checklist_lookup (checklist, D_HOUSING ".2");
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (sub)));
  g_assert_true (hp_strategy_row_get_subpoints_expanded (hp_strategy_row_get_parent_row (sub)));

  /* Undo reaches sub-points like everything else. */
  activate (GTK_WIDGET (fixture->window), "win.undo", NULL);
  activate (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpint (status_of (fixture, D1 ".5"), ==, HP_ASSESSMENT_NOT_ASSESSED);
  g_assert_cmpint (hp_strategy_row_get_status (hp_strategy_checklist_lookup (checklist, D1 ".5")), ==,
                   HP_ASSESSMENT_NOT_ASSESSED);
}

/* --- directions served, and the housing figure ----------------------------- */

static void
follow_link (GtkWidget  *label,
             const char *uri)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (label, "activate-link", uri, &handled);
  g_assert_true (handled);
  hp_test_flush_events ();
}

static void
add_housing_mapping (Fixture *fixture)
{
  g_autoptr(HpHousingStore) housing = hp_housing_store_new (hp_context_get_database (fixture->context));
  g_autoptr(GError) error = NULL;
  HpHousingGroup group = {
    .category = hp_housing_index_of (HP_HOUSING_LIST_CATEGORY, "gadesovende"),
    .age = hp_housing_index_of (HP_HOUSING_LIST_AGE, "30-49"),
    .count = 1234,
    .need = hp_housing_index_of (HP_HOUSING_LIST_DWELLING, "skaev-bolig"),
    .benefit = hp_housing_index_of (HP_HOUSING_LIST_BENEFIT, "kontanthjaelp"),
  };

  g_assert_true (hp_housing_store_add_year (housing, 2024, "Vejle Kommune", &error));
  g_assert_cmpint (hp_housing_store_add_group (housing, 2024, &group, &error), >, 0);
  g_assert_no_error (error);
}

static void
test_goal_directions_and_figure (Fixture       *fixture,
                                 gconstpointer  data)
{
  HpStrategyStore *store = hp_context_get_strategy_store (fixture->context);
  HpStrategyPlanView *plan = HP_STRATEGY_PLAN_VIEW (hp_strategy_pane_get_plan_view (fixture->pane));
  HpStrategyDirectionPicker *picker;
  g_autoptr(GPtrArray) goals = NULL;
  HpStrategyForm *form;
  GtkWidget *label;
  const char *found;
  gint64 id;

  create_strategy (fixture);
  id = hp_strategy_pane_get_strategy_id (fixture->pane);
  g_assert_true (hp_strategy_plan_set_focus_area (store, id, "planlaegning-af-boligindsatsen", TRUE, NULL));
  hp_test_flush_events ();
  hp_strategy_pane_show_page (fixture->pane, "plan");
  activate (GTK_WIDGET (plan), "plan.add-goal", NULL);
  form = hp_strategy_plan_view_get_form (plan);
  picker = HP_STRATEGY_DIRECTION_PICKER (hp_strategy_form_get_widget (form, "directions"));

  /* The focus area's directions come first; the search narrows the list. */
  g_assert_cmpuint (hp_strategy_direction_picker_n_visible (picker), ==, 132);
  g_assert_true (g_str_has_prefix (hp_strategy_direction_picker_get_nth_visible (picker, 0),
                                   "planlaegning-af-boligindsatsen."));
  hp_strategy_direction_picker_set_search (picker, "BOLIGINDSATS");
  g_assert_cmpuint (hp_strategy_direction_picker_n_visible (picker), <, 20);
  g_assert_cmpuint (hp_strategy_direction_picker_n_visible (picker), >, 0);
  found = hp_strategy_direction_picker_get_nth_visible (picker, 0);
  hp_strategy_direction_picker_set_active (picker, found, TRUE);
  hp_strategy_direction_picker_set_search (picker, "");
  hp_strategy_direction_picker_set_active (picker, D1, TRUE);

  hp_strategy_form_set_text (form, "text", "Alle gadesovende i bolig");
  hp_strategy_form_set_choice (form, "figure", 2);   /* homeless in all */
  g_assert_true (hp_strategy_form_submit (form));
  hp_test_flush_events ();
  goals = hp_strategy_plan_list_goals (store, id, NULL);
  g_assert_cmpuint (goals->len, ==, 1);
  g_assert_cmpuint (g_strv_length (((HpGoal *) goals->pdata[0])->directions), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) ((HpGoal *) goals->pdata[0])->directions, found));
  g_assert_cmpstr (((HpGoal *) goals->pdata[0])->figure, ==, HP_FIGURE_HOMELESS_TOTAL);

  /* The row: no mapping yet, then the figure from the mapping. */
  label = find_with_class (GTK_WIDGET (plan), "goal-figure");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "No housing mapping yet");
  add_housing_mapping (fixture);
  hp_strategy_plan_view_set_strategy (plan, id);
  label = find_with_class (GTK_WIDGET (plan), "goal-figure");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Now: 1234 homeless citizens (housing mapping 2024)");

  /* Editing shows the choices made. */
  activate (GTK_WIDGET (plan), "plan.edit-goal", g_variant_new_int64 (((HpGoal *) goals->pdata[0])->id));
  form = hp_strategy_plan_view_get_form (plan);
  g_assert_cmpuint (hp_strategy_form_get_choice (form, "figure"), ==, 2);
  {
    g_auto(GStrv) chosen = hp_strategy_direction_picker_get_selected (
      HP_STRATEGY_DIRECTION_PICKER (hp_strategy_form_get_widget (form, "directions")));
    g_assert_cmpuint (g_strv_length (chosen), ==, 2);
  }
  gtk_window_destroy (GTK_WINDOW (form));

  /* An action's directions, and the links back from its row. */
  activate (GTK_WIDGET (plan), "plan.add-action", NULL);
  form = hp_strategy_plan_view_get_form (plan);
  hp_strategy_form_set_text (form, "text", "Ny anvisningsaftale");
  hp_strategy_direction_picker_set_active (HP_STRATEGY_DIRECTION_PICKER (hp_strategy_form_get_widget (form, "directions")),
                                           D_HOUSING, TRUE);
  g_assert_true (hp_strategy_form_submit (form));
  hp_test_flush_events ();
  {
    g_autoptr(GPtrArray) actions = hp_strategy_plan_list_actions (store, id, NULL);
    g_assert_cmpstr (((HpAction *) actions->pdata[0])->directions[0], ==, D_HOUSING);
  }
  label = find_with_class (GTK_WIDGET (plan), "direction-links");
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (label)), "checklist:" D1));
  follow_link (label, "checklist:" D1);
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (hp_strategy_checklist_lookup (hp_strategy_pane_get_checklist (fixture->pane), D1))));
  /* Shown again, the plan is rebuilt: find the row's links anew. */
  hp_strategy_pane_show_page (fixture->pane, "plan");
  hp_test_flush_events ();
  label = find_with_class (GTK_WIDGET (plan), "direction-links");
  follow_link (label, "guidelines:" D_HOUSING);
  g_assert_cmpstr (hp_browser_pane_get_current_id (hp_window_get_browser_pane (fixture->window)), ==,
                   "planlaegning-af-boligindsatsen");
}

/* --- snapshots ------------------------------------------------------------- */

static void
test_snapshots (Fixture       *fixture,
                gconstpointer  data)
{
  HpStrategyStore *store = hp_context_get_strategy_store (fixture->context);
  HpStrategyOverview *overview = HP_STRATEGY_OVERVIEW (hp_strategy_pane_get_overview (fixture->pane));
  g_autoptr(GPtrArray) snapshots = NULL;
  HpStrategyForm *form;
  gint64 id, first;

  create_strategy (fixture);
  id = hp_strategy_pane_get_strategy_id (fixture->pane);
  first = hp_strategy_store_take_snapshot (store, id, "Baseline", "2025-01-15", TRUE, NULL);
  g_assert_true (hp_strategy_store_set_status (store, id, D1, HP_ASSESSMENT_IN_PLACE, NULL));
  g_assert_cmpint (hp_strategy_store_take_snapshot (store, id, "Follow-up", "2026-01-15", FALSE, NULL), >, 0);
  g_assert_true (hp_strategy_store_set_status (store, id, D2, HP_ASSESSMENT_PARTLY, NULL));
  hp_strategy_pane_show_page (fixture->pane, "overview");
  hp_test_flush_events ();

  /* Any two: baseline → follow-up, follow-up → now, baseline → now. */
  hp_strategy_overview_compare (overview, 0, 1);
  g_assert_cmpuint (hp_strategy_overview_n_changes (overview, 2), ==, 1);
  hp_strategy_overview_compare (overview, 1, 2);
  g_assert_cmpuint (hp_strategy_overview_n_changes (overview, 2), ==, 1);
  hp_strategy_overview_compare (overview, 0, 2);
  g_assert_cmpuint (hp_strategy_overview_n_changes (overview, 2), ==, 2);

  /* Rename: an empty name is refused in the form. */
  activate (GTK_WIDGET (overview), "overview.rename-snapshot", g_variant_new_int64 (first));
  form = hp_strategy_overview_get_form (overview);
  g_assert_nonnull (form);
  hp_strategy_form_set_text (form, "label", "  ");
  g_assert_false (hp_strategy_form_submit (form));
  g_assert_nonnull (hp_strategy_form_get_error (form, "label"));
  hp_strategy_form_set_text (form, "label", "Udgangspunkt 2025");
  g_assert_true (hp_strategy_form_submit (form));
  hp_test_flush_events ();
  {
    g_auto(GStrv) names = hp_strategy_overview_list_snapshots (overview);
    g_assert_cmpstr (names[0], ==, "Udgangspunkt 2025");
  }
  /* The comparison chosen survives the change. */
  g_assert_cmpuint (hp_strategy_overview_n_changes (overview, 2), ==, 2);

  /* Delete: nothing before the answer; then gone; then undone. */
  activate (GTK_WIDGET (overview), "overview.delete-snapshot", g_variant_new_int64 (first));
  g_assert_nonnull (hp_strategy_overview_get_dialog (overview));
  snapshots = hp_strategy_store_list_snapshots (store, id, NULL);
  g_assert_cmpuint (snapshots->len, ==, 2);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (hp_strategy_overview_get_dialog (overview)), "delete");
  hp_test_flush_events ();
  {
    g_auto(GStrv) names = hp_strategy_overview_list_snapshots (overview);
    g_assert_cmpuint (g_strv_length (names), ==, 1);
    g_assert_cmpstr (names[0], ==, "Follow-up");
  }
  activate (GTK_WIDGET (fixture->window), "win.undo", NULL);
  {
    g_auto(GStrv) names = hp_strategy_overview_list_snapshots (overview);
    g_assert_cmpuint (g_strv_length (names), ==, 2);
    g_assert_cmpstr (names[0], ==, "Udgangspunkt 2025");
  }
  hp_strategy_overview_compare (overview, 0, 1);
  g_assert_cmpuint (hp_strategy_overview_n_changes (overview, 2), ==, 1);
}

#define ADD(path, func) \
  g_test_add ("/strategy-pane/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int argc, char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  hjemplan_register_resource ();

  ADD ("whole-round", test_whole_round);
  ADD ("assess-and-back", test_assess_and_back);
  ADD ("rows-made-progressively", test_rows_made_progressively);
  ADD ("delete-goal-confirmed-and-undone", test_delete_goal_confirmed_and_undone);
  ADD ("subpoints", test_subpoints);
  ADD ("goal-directions-and-figure", test_goal_directions_and_figure);
  ADD ("snapshots", test_snapshots);
  return g_test_run ();
}
