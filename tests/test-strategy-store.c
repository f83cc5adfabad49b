/* test-strategy-store.c — the strategy model: strategies, assessments,
 * snapshots, focus areas, goals, actions, undo/redo and the derived views
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include "hp-error.h"
#include "hp-strategy-example.h"
#include "hp-strategy-plan.h"
#include "hp-strategy-progress.h"
#include "hp-strategy-store.h"
#include "hp-test-util.h"

#define G_HOUSING "planlaegning-af-boligindsatsen"
#define D_HOUSING_A1 G_HOUSING ".a1"
#define D_HOUSING_A3 G_HOUSING ".a3"
#define S_HOUSING_A3_2 G_HOUSING ".a3.2"
#define D_SKAL "generel-forebyggelse-af-hjemloeshed.a1"
#define N_DIRECTIONS 132
#define N_SKAL_DIRECTIONS 49

typedef struct {
  HpDatabase      *db;
  HpCorpus        *corpus;
  HpUndoStack     *undo;
  HpStrategyStore *store;
  guint            n_changed;
  gint64           last_changed;
} Fixture;

static void
on_changed (HpStrategyStore *store,
            gint64           strategy_id,
            Fixture         *fixture)
{
  fixture->n_changed++;
  fixture->last_changed = strategy_id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->db = hp_test_open_corpus_db ();
  fixture->corpus = hp_corpus_new (fixture->db);
  fixture->undo = hp_undo_stack_new ();
  fixture->store = hp_strategy_store_new (fixture->corpus, fixture->undo);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->undo);
  g_clear_object (&fixture->corpus);
  g_clear_object (&fixture->db);
}

static gint64
count (HpDatabase *db,
       const char *sql)
{
  sqlite3_stmt *stmt = hp_database_prepare (db, sql, NULL);
  gint64 n;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static gint64
new_strategy (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  HpStrategy fields = {
    .municipality = "Aarhus Kommune", .title = "Hjemløsestrategi", .period_start = 2025,
    .period_end = 2028, .vision = "Ingen skal sove på gaden.",
  };
  gint64 id = hp_strategy_store_create_strategy (fixture->store, &fields, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static HpAssessmentStatus
status_of (Fixture    *fixture,
           gint64      id,
           const char *item)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpAssessment) assessment = hp_strategy_store_get_assessment (fixture->store, id, item, &error);

  g_assert_no_error (error);
  return assessment->status;
}

static void
set_status (Fixture            *fixture,
            gint64              id,
            const char         *item,
            HpAssessmentStatus  status)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hp_strategy_store_set_status (fixture->store, id, item, status, &error));
  g_assert_no_error (error);
}

static void
undo (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hp_undo_stack_undo (fixture->undo, &error));
  g_assert_no_error (error);
}

static void
redo (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hp_undo_stack_redo (fixture->undo, &error));
  g_assert_no_error (error);
}

/* --- strategies ------------------------------------------------------------ */

static void
test_strategy_crud (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = new_strategy (fixture);
  g_autoptr(HpStrategy) read = hp_strategy_store_get_strategy (fixture->store, id, &error);
  g_autoptr(GPtrArray) all = NULL;
  HpStrategy changed;

  g_assert_no_error (error);
  g_assert_cmpstr (read->municipality, ==, "Aarhus Kommune");
  g_assert_cmpint (read->period_start, ==, 2025);
  g_assert_cmpint (read->period_end, ==, 2028);
  g_assert_cmpstr (read->vision, ==, "Ingen skal sove på gaden.");
  g_assert_false (read->is_example);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_cmpint (fixture->last_changed, ==, id);

  changed = *read;
  changed.title = "Strategi mod hjemløshed";
  g_assert_true (hp_strategy_store_update_strategy (fixture->store, id, &changed, &error));
  g_assert_no_error (error);
  all = hp_strategy_store_list_strategies (fixture->store, &error);
  g_assert_cmpuint (all->len, ==, 1);
  g_assert_cmpstr (((HpStrategy *) all->pdata[0])->title, ==, "Strategi mod hjemløshed");
  g_assert_cmpstr (hp_undo_stack_get_undo_label (fixture->undo), ==, "Strategy changed");
}

static void
assert_invalid_strategy (Fixture          *fixture,
                         const HpStrategy *fields)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hp_strategy_store_create_strategy (fixture->store, fields, &error), ==, 0);
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_strategy_validation (Fixture       *fixture,
                          gconstpointer  data)
{
  HpStrategy good = { .municipality = "Odense Kommune", .title = "Strategi", .period_start = 2025,
                      .period_end = 2028, .vision = "" };
  HpStrategy bad;

  bad = good, bad.title = "   ";
  assert_invalid_strategy (fixture, &bad);
  bad = good, bad.municipality = "";
  assert_invalid_strategy (fixture, &bad);
  bad = good, bad.period_start = 2029;
  assert_invalid_strategy (fixture, &bad);
  bad = good, bad.period_end = 20280;
  assert_invalid_strategy (fixture, &bad);
  bad = good, bad.title = "K\xf8" "benhavn";
  assert_invalid_strategy (fixture, &bad);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM strategy"), ==, 0);
  g_assert_false (hp_undo_stack_can_undo (fixture->undo));
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

/* --- assessments and undo -------------------------------------------------- */

static void
test_status_undo_redo (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 id = new_strategy (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpAssessment) a = NULL;

  g_assert_cmpint (status_of (fixture, id, D_HOUSING_A1), ==, HP_ASSESSMENT_NOT_ASSESSED);
  set_status (fixture, id, D_HOUSING_A1, HP_ASSESSMENT_PARTLY);
  set_status (fixture, id, D_HOUSING_A1, HP_ASSESSMENT_IN_PLACE);
  g_assert_true (hp_strategy_store_set_note (fixture->store, id, D_HOUSING_A1, "Kortlægning 2025", &error));
  g_assert_true (hp_strategy_store_set_responsible (fixture->store, id, D_HOUSING_A1, "Boligteam", &error));
  g_assert_no_error (error);
  a = hp_strategy_store_get_assessment (fixture->store, id, D_HOUSING_A1, &error);
  g_assert_cmpstr (a->note, ==, "Kortlægning 2025");
  g_assert_cmpstr (a->responsible, ==, "Boligteam");
  g_assert_nonnull (a->changed_at);

  /* Setting what is there already is no edit. */
  set_status (fixture, id, D_HOUSING_A1, HP_ASSESSMENT_IN_PLACE);
  g_assert_cmpstr (hp_undo_stack_get_undo_label (fixture->undo), ==, "Responsible unit changed");

  undo (fixture);
  undo (fixture);
  g_assert_cmpint (status_of (fixture, id, D_HOUSING_A1), ==, HP_ASSESSMENT_IN_PLACE);
  undo (fixture);
  g_assert_cmpint (status_of (fixture, id, D_HOUSING_A1), ==, HP_ASSESSMENT_PARTLY);
  undo (fixture);
  g_assert_cmpint (status_of (fixture, id, D_HOUSING_A1), ==, HP_ASSESSMENT_NOT_ASSESSED);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM assessment"), ==, 0);
  redo (fixture);
  redo (fixture);
  g_assert_cmpint (status_of (fixture, id, D_HOUSING_A1), ==, HP_ASSESSMENT_IN_PLACE);
  g_assert_cmpint (fixture->last_changed, ==, id);

  /* A new edit ends the redo history. */
  g_assert_true (hp_undo_stack_can_redo (fixture->undo));
  set_status (fixture, id, D_HOUSING_A3, HP_ASSESSMENT_NOT_STARTED);
  g_assert_false (hp_undo_stack_can_redo (fixture->undo));

  /* Sub-points can be assessed too, chapters cannot. */
  set_status (fixture, id, S_HOUSING_A3_2, HP_ASSESSMENT_PARTLY);
  g_assert_false (hp_strategy_store_set_status (fixture->store, id, "kapitel-2", HP_ASSESSMENT_PARTLY, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hp_strategy_store_set_status (fixture->store, id, "no-such-item", HP_ASSESSMENT_PARTLY, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_NOT_FOUND);
}

static void
test_delete_strategy_undo (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = hp_strategy_example_create (fixture->store, &error);
  gint64 n_assessments, n_actions, n_links;
  g_autoptr(HpStrategy) before = NULL;
  g_autoptr(HpStrategy) after = NULL;

  g_assert_no_error (error);
  n_assessments = count (fixture->db, "SELECT count(*) FROM assessment");
  n_actions = count (fixture->db, "SELECT count(*) FROM action");
  n_links = count (fixture->db, "SELECT count(*) FROM action_direction");
  g_assert_cmpint (n_assessments, ==, N_DIRECTIONS);
  before = hp_strategy_store_get_strategy (fixture->store, id, &error);

  g_assert_true (hp_strategy_store_delete_strategy (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM strategy"), ==, 0);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM assessment"), ==, 0);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM snapshot_assessment"), ==, 0);

  undo (fixture);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM assessment"), ==, n_assessments);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM snapshot_assessment"), ==, N_DIRECTIONS);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM action"), ==, n_actions);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM action_direction"), ==, n_links);
  after = hp_strategy_store_get_strategy (fixture->store, id, &error);
  g_assert_cmpstr (after->changed_at, ==, before->changed_at);

  /* Undoing the example itself removes it entirely. */
  undo (fixture);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM strategy"), ==, 0);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM goal"), ==, 0);
  redo (fixture);
  redo (fixture);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM strategy"), ==, 0);
}

/* --- plan ------------------------------------------------------------------ */

static gint64
add_goal (Fixture    *fixture,
          gint64      id,
          const char *text)
{
  g_autoptr(GError) error = NULL;
  const char *dirs[] = { D_HOUSING_A1, D_HOUSING_A3, NULL };
  HpGoal goal = { .text = (char *) text, .indicator = "Antal", .has_baseline = TRUE, .baseline = 142,
                  .has_target = TRUE, .target = 90, .deadline = "2028-12-31",
                  .figure = HP_FIGURE_YEARS_TO_HOUSE_EVERYONE, .directions = (GStrv) dirs };
  gint64 goal_id = hp_strategy_plan_add_goal (fixture->store, id, &goal, &error);

  g_assert_no_error (error);
  return goal_id;
}

static gint64
add_action (Fixture    *fixture,
            gint64      id,
            gint64      goal_id,
            const char *start,
            const char *deadline,
            GError    **error)
{
  const char *dirs[] = { D_HOUSING_A3, NULL };
  HpAction action = { .goal_id = goal_id, .text = "Ny anvisningsaftale", .owner = "Boligteam",
                      .start = (char *) start, .deadline = (char *) deadline,
                      .status = HP_ACTION_IN_PROGRESS, .directions = (GStrv) dirs };

  return hp_strategy_plan_add_action (fixture->store, id, &action, error);
}

static void
test_goals_and_actions (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = new_strategy (fixture);
  gint64 goal_id = add_goal (fixture, id, "Færre i hjemløshed");
  gint64 action_id = add_action (fixture, id, goal_id, "2025-02-01", "2025-12-31", &error);
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(HpGoal) edited = NULL;
  HpGoal *goal;

  g_assert_no_error (error);
  g_assert_cmpint (action_id, >, 0);
  goals = hp_strategy_plan_list_goals (fixture->store, id, &error);
  g_assert_cmpuint (goals->len, ==, 1);
  goal = goals->pdata[0];
  g_assert_cmpstr (goal->text, ==, "Færre i hjemløshed");
  g_assert_true (goal->has_baseline);
  g_assert_cmpfloat (goal->target, ==, 90);
  g_assert_cmpstr (goal->figure, ==, HP_FIGURE_YEARS_TO_HOUSE_EVERYONE);
  g_assert_cmpuint (g_strv_length (goal->directions), ==, 2);
  g_assert_cmpstr (goal->directions[0], ==, D_HOUSING_A1);

  edited = hp_goal_copy (goal);
  g_free (edited->text);
  edited->text = g_strdup ("Under 90 i hjemløshed");
  edited->has_target = FALSE;
  g_assert_true (hp_strategy_plan_update_goal (fixture->store, edited, &error));
  g_assert_no_error (error);

  actions = hp_strategy_plan_list_actions (fixture->store, id, &error);
  g_assert_cmpuint (actions->len, ==, 1);
  g_assert_cmpint (((HpAction *) actions->pdata[0])->goal_id, ==, goal_id);
  g_assert_cmpstr (((HpAction *) actions->pdata[0])->directions[0], ==, D_HOUSING_A3);

  /* Deleting the goal takes its action along; undo brings both back. */
  g_assert_true (hp_strategy_plan_delete_goal (fixture->store, goal_id, &error));
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM action"), ==, 0);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM goal_direction"), ==, 0);
  undo (fixture);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM action"), ==, 1);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM action_direction"), ==, 1);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM goal_direction"), ==, 2);
  undo (fixture);
  {
    g_autoptr(HpGoal) back = hp_strategy_plan_get_goal (fixture->store, goal_id, &error);
    g_assert_cmpstr (back->text, ==, "Færre i hjemløshed");
    g_assert_true (back->has_target);
  }

  /* Focus areas. */
  g_assert_true (hp_strategy_plan_set_focus_area (fixture->store, id, G_HOUSING, TRUE, &error));
  g_assert_true (hp_strategy_plan_set_focus_area (fixture->store, id, "boligfastholdelse", TRUE, &error));
  g_assert_no_error (error);
  {
    g_auto(GStrv) areas = hp_strategy_plan_list_focus_areas (fixture->store, id, &error);
    g_assert_cmpuint (g_strv_length (areas), ==, 2);
    g_assert_cmpstr (areas[0], ==, G_HOUSING);
  }
  g_assert_false (hp_strategy_plan_set_focus_area (fixture->store, id, D_HOUSING_A1, TRUE, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
}

static void
test_action_validation (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = new_strategy (fixture);

  g_assert_cmpint (add_action (fixture, id, 0, "2026-03-01", "2026-02-01", &error), ==, 0);
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "The deadline ("));
  g_assert_nonnull (strstr (error->message, "is before the start"));
  g_clear_error (&error);
  g_assert_cmpint (add_action (fixture, id, 0, "2026-02-30", NULL, &error), ==, 0);
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (add_action (fixture, id, 0, NULL, "9999-01-01", &error), ==, 0);
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (add_action (fixture, id, 4711, NULL, NULL, &error), ==, 0);
  g_assert_error (error, HP_ERROR, HP_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM action"), ==, 0);
}

static void
test_parsing (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  gboolean has;
  double value;
  int year;

  g_assert_true (hp_strategy_parse_date ("31-12-2026", &iso, &error));
  g_assert_cmpstr (iso, ==, "2026-12-31");
  g_clear_pointer (&iso, g_free);
  g_assert_true (hp_strategy_parse_date (" 1.3.2025 ", &iso, &error));
  g_assert_cmpstr (iso, ==, "2025-03-01");
  g_clear_pointer (&iso, g_free);
  g_assert_true (hp_strategy_parse_date ("", &iso, &error));
  g_assert_null (iso);
  g_assert_false (hp_strategy_parse_date ("31-02-2026", &iso, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hp_strategy_parse_date ("1-1-3025", &iso, &error));
  g_clear_error (&error);
  g_assert_false (hp_strategy_parse_date ("i morgen", &iso, &error));
  g_clear_error (&error);

  g_assert_true (hp_strategy_parse_number ("1.250", &has, &value, &error));
  g_assert_true (has);
  g_assert_cmpfloat (value, ==, 1250);
  g_assert_true (hp_strategy_parse_number ("3,5", &has, &value, &error));
  g_assert_cmpfloat (value, ==, 3.5);
  g_assert_true (hp_strategy_parse_number ("1.234,5", &has, &value, &error));
  g_assert_cmpfloat (value, ==, 1234.5);
  g_assert_true (hp_strategy_parse_number ("3.5", &has, &value, &error));
  g_assert_cmpfloat (value, ==, 3.5);
  g_assert_true (hp_strategy_parse_number ("", &has, &value, &error));
  g_assert_false (has);
  g_assert_false (hp_strategy_parse_number ("cirka 90", &has, &value, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hp_strategy_parse_number ("1e400", &has, &value, &error));
  g_clear_error (&error);

  g_assert_true (hp_strategy_parse_year ("2028", &year, &error));
  g_assert_cmpint (year, ==, 2028);
  g_assert_false (hp_strategy_parse_year ("20x8", &year, &error));
  g_clear_error (&error);
  g_assert_false (hp_strategy_parse_year ("1850", &year, &error));
}

/* --- derived views --------------------------------------------------------- */

static void
test_progress_and_findings (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = new_strategy (fixture);
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  guint total = 0, n_chapters = 0, n_guidelines = 0;

  set_status (fixture, id, D_SKAL, HP_ASSESSMENT_IN_PLACE);
  set_status (fixture, id, D_HOUSING_A1, HP_ASSESSMENT_PARTLY);
  groups = hp_strategy_progress_by_group (fixture->store, id, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < groups->len; i++)
    {
      HpProgressGroup *group = groups->pdata[i];

      if (group->is_chapter)
        n_chapters++, total += group->total;
      else
        n_guidelines++;
    }
  g_assert_cmpuint (n_chapters, ==, 4);
  g_assert_cmpuint (n_guidelines, ==, 25);
  g_assert_cmpuint (total, ==, N_DIRECTIONS);
  g_assert_true (((HpProgressGroup *) groups->pdata[0])->is_chapter);
  g_assert_cmpuint (((HpProgressGroup *) groups->pdata[0])->counts[HP_ASSESSMENT_IN_PLACE], ==, 1);

  findings = hp_strategy_progress_findings (fixture->store, id, &error);
  g_assert_cmpuint (findings->len, ==, N_SKAL_DIRECTIONS - 1);
  for (guint i = 0; i < findings->len; i++)
    g_assert_cmpint (((HpDirectionStatus *) findings->pdata[i])->classification, ==, HP_CLASSIFICATION_SKAL);
}

static void
test_overdue (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = hp_strategy_example_create (fixture->store, &error);
  g_autoptr(GPtrArray) overdue = hp_strategy_progress_overdue (fixture->store, id, "2026-06-01", &error);

  g_assert_no_error (error);
  /* In progress and past the deadline: CTI (2026-03-31) and the agreement
   * with the prison service (2025-09-30), most overdue first; done ones
   * are never overdue. */
  g_assert_cmpuint (overdue->len, ==, 2);
  g_assert_cmpstr (((HpAction *) overdue->pdata[0])->deadline, ==, "2025-09-30");
  g_assert_cmpstr (((HpAction *) overdue->pdata[1])->deadline, ==, "2026-03-31");
}

static void
test_snapshot_compare (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = new_strategy (fixture);
  gint64 baseline, followup;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) snapshots = NULL;
  g_autoptr(GHashTable) at_baseline = NULL;

  set_status (fixture, id, D_HOUSING_A1, HP_ASSESSMENT_PARTLY);
  set_status (fixture, id, D_HOUSING_A3, HP_ASSESSMENT_IN_PLACE);
  baseline = hp_strategy_store_take_snapshot (fixture->store, id, "Baseline", "2025-01-15", TRUE, &error);
  g_assert_no_error (error);
  set_status (fixture, id, D_HOUSING_A1, HP_ASSESSMENT_IN_PLACE);
  set_status (fixture, id, D_HOUSING_A3, HP_ASSESSMENT_NOT_STARTED);
  set_status (fixture, id, D_SKAL, HP_ASSESSMENT_NOT_RELEVANT);
  followup = hp_strategy_store_take_snapshot (fixture->store, id, "Opfølgning 2026", "2026-01-15", FALSE, &error);
  g_assert_no_error (error);

  changes = hp_strategy_progress_compare (fixture->store, id, baseline, followup, &error);
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpstr (((HpDirectionStatus *) changes->pdata[0])->item_id, ==, D_SKAL);
  g_assert_cmpint (((HpDirectionStatus *) changes->pdata[0])->trend, ==, 0);
  g_assert_cmpstr (((HpDirectionStatus *) changes->pdata[1])->item_id, ==, D_HOUSING_A1);
  g_assert_cmpint (((HpDirectionStatus *) changes->pdata[1])->trend, ==, 1);
  g_assert_cmpint (((HpDirectionStatus *) changes->pdata[2])->from, ==, HP_ASSESSMENT_IN_PLACE);
  g_assert_cmpint (((HpDirectionStatus *) changes->pdata[2])->status, ==, HP_ASSESSMENT_NOT_STARTED);
  g_assert_cmpint (((HpDirectionStatus *) changes->pdata[2])->trend, ==, -1);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Against the current state, and the snapshot keeps its own statuses. */
  set_status (fixture, id, D_HOUSING_A3, HP_ASSESSMENT_PARTLY);
  changes = hp_strategy_progress_compare (fixture->store, id, followup, 0, &error);
  g_assert_cmpuint (changes->len, ==, 1);
  at_baseline = hp_strategy_store_list_assessments (fixture->store, id, baseline, &error);
  g_assert_cmpint (((HpAssessment *) g_hash_table_lookup (at_baseline, D_HOUSING_A3))->status, ==,
                   HP_ASSESSMENT_IN_PLACE);

  snapshots = hp_strategy_store_list_snapshots (fixture->store, id, &error);
  g_assert_cmpuint (snapshots->len, ==, 2);
  g_assert_true (((HpSnapshot *) snapshots->pdata[0])->is_baseline);
  g_assert_cmpstr (((HpSnapshot *) snapshots->pdata[1])->label, ==, "Opfølgning 2026");

  g_assert_cmpint (hp_strategy_store_take_snapshot (fixture->store, id, "", "2026-01-15", FALSE, &error), ==, 0);
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
}

static void
test_example (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = hp_strategy_example_create (fixture->store, &error);
  g_autoptr(HpStrategy) strategy = hp_strategy_store_get_strategy (fixture->store, id, &error);
  g_autoptr(GPtrArray) snapshots = hp_strategy_store_list_snapshots (fixture->store, id, &error);
  g_autoptr(GPtrArray) goals = hp_strategy_plan_list_goals (fixture->store, id, &error);
  g_autoptr(GPtrArray) changes = NULL;
  g_auto(GStrv) areas = hp_strategy_plan_list_focus_areas (fixture->store, id, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (strategy->municipality, ==, HP_EXAMPLE_MUNICIPALITY);
  g_assert_true (strategy->is_example);
  g_assert_cmpuint (snapshots->len, ==, 1);
  g_assert_true (((HpSnapshot *) snapshots->pdata[0])->is_baseline);
  g_assert_cmpuint (goals->len, ==, 3);
  g_assert_cmpuint (g_strv_length (areas), ==, 3);
  g_assert_cmpint (count (fixture->db, "SELECT count(*) FROM assessment WHERE status = 'not-assessed'"), <, 20);
  changes = hp_strategy_progress_compare (fixture->store, id, ((HpSnapshot *) snapshots->pdata[0])->id, 0, &error);
  g_assert_cmpuint (changes->len, >, 3);
  for (guint i = 0; i < changes->len; i++)
    g_assert_cmpint (((HpDirectionStatus *) changes->pdata[i])->trend, >=, 0);
  g_assert_cmpint (hp_undo_stack_can_undo (fixture->undo), ==, TRUE);
  g_assert_cmpstr (hp_undo_stack_get_undo_label (fixture->undo), ==, "Example opened");
}

static gboolean
count_applies (gpointer   data,
               gboolean   undo,
               GError   **error)
{
  (*(int *) data) += undo ? -1 : 1;
  return TRUE;
}

/* The history is bounded; the oldest steps fall off. */
static void
test_undo_depth (void)
{
  int applied = 0;
  g_autoptr(HpUndoStack) stack = hp_undo_stack_new ();

  for (int i = 0; i < HP_UNDO_STACK_MAX_DEPTH + 20; i++)
    hp_undo_stack_push (stack, "step", count_applies, &applied, NULL);
  while (hp_undo_stack_can_undo (stack))
    g_assert_true (hp_undo_stack_undo (stack, NULL));
  g_assert_cmpint (applied, ==, -HP_UNDO_STACK_MAX_DEPTH);
  g_assert_true (hp_undo_stack_redo (stack, NULL));
  g_assert_cmpint (applied, ==, 1 - HP_UNDO_STACK_MAX_DEPTH);
  hp_undo_stack_clear (stack);
  g_assert_false (hp_undo_stack_can_undo (stack));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/strategy/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("strategy-crud", test_strategy_crud);
  ADD ("strategy-validation", test_strategy_validation);
  ADD ("status-undo-redo", test_status_undo_redo);
  ADD ("delete-strategy-undo", test_delete_strategy_undo);
  ADD ("goals-and-actions", test_goals_and_actions);
  ADD ("action-validation", test_action_validation);
  ADD ("progress-and-findings", test_progress_and_findings);
  ADD ("overdue", test_overdue);
  ADD ("snapshot-compare", test_snapshot_compare);
  ADD ("example", test_example);
#undef ADD
  g_test_add_func ("/strategy/parsing", test_parsing);
  g_test_add_func ("/strategy/undo-depth", test_undo_depth);

  return g_test_run ();
}
