/* test-strategy-figure.c — a goal's housing figure, computed from the
 * newest mapping year of a small mapping made here
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <math.h>

#include "hp-error.h"
#include "hp-housing-store.h"
#include "hp-housing-types.h"
#include "hp-strategy-figure.h"
#include "hp-strategy-plan.h"
#include "hp-test-util.h"

static HpHousingGroup
group (const char *category,
       const char *age,
       int         count)
{
  return (HpHousingGroup) {
    .category = hp_housing_index_of (HP_HOUSING_LIST_CATEGORY, category),
    .age = hp_housing_index_of (HP_HOUSING_LIST_AGE, age),
    .count = count,
    .need = hp_housing_index_of (HP_HOUSING_LIST_DWELLING, "skaev-bolig"),
    .benefit = hp_housing_index_of (HP_HOUSING_LIST_BENEFIT, "kontanthjaelp"),
  };
}

/* One year: @units skæve boliger at 2.500 kr., 10 % turnover, half of
 * them allocated by the municipality, and two homeless groups. */
static void
add_year (HpHousingStore *store,
          int             year,
          int             units,
          int             street,
          int             shelter)
{
  g_autoptr(GError) error = NULL;
  HpHousingGroup street_group = group ("gadesovende", "30-49", street);
  HpHousingGroup shelter_group = group ("herberg", "18-24", shelter);
  HpHousingSegmentData d;

  g_assert_true (hp_housing_store_add_year (store, year, "Testby", &error));
  g_assert_no_error (error);
  hp_housing_segment_data_init (&d);
  d.dwelling = hp_housing_index_of (HP_HOUSING_LIST_DWELLING, "skaev-bolig");
  d.units = units;
  d.rent = 2500;
  d.turnover = 0.1;
  d.share = 0.5;
  g_assert_cmpint (hp_housing_store_add_segment (store, year, &d, &error), >, 0);
  g_assert_cmpint (hp_housing_store_add_group (store, year, &street_group, &error), >, 0);
  g_assert_cmpint (hp_housing_store_add_group (store, year, &shelter_group, &error), >, 0);
  g_assert_no_error (error);
}

static HpHousingStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDatabase) db = hp_database_open (":memory:", &error);

  g_assert_no_error (error);
  return hp_housing_store_new (db);
}

static void
assert_figure (HpHousingStore *store,
               const char     *key,
               int             want_year,
               double          want)
{
  g_autoptr(GError) error = NULL;
  double value;
  int year;

  g_assert_true (hp_strategy_figure_compute (store, key, &year, &value, &error));
  g_assert_no_error (error);
  g_assert_cmpint (year, ==, want_year);
  if (isinf (want))
    g_assert_true (isinf (value));
  else
    g_assert_cmpfloat_with_epsilon (value, want, 1e-9);
}

static void
test_no_mapping (void)
{
  g_autoptr(HpHousingStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = hp_strategy_figure_describe (store, HP_FIGURE_YEARS_TO_HOUSE_EVERYONE);
  double value;
  int year;

  assert_figure (store, HP_FIGURE_YEARS_TO_HOUSE_EVERYONE, 0, 0);
  g_assert_cmpstr (text, ==, "No housing mapping yet");
  g_assert_false (hp_strategy_figure_compute (store, "housing.nonsense", &year, &value, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
}

/* 2023: 10 homeless; 2024 (newest): 1.200 + 34 = 1.234 homeless, 1.000
 * units × 10 % × 50 % = 50 dwellings a year, 1.234 / 50 = 24,68 years. */
static void
test_newest_year (void)
{
  g_autoptr(HpHousingStore) store = open_store ();

  add_year (store, 2024, 1000, 1200, 34);
  add_year (store, 2023, 20, 6, 4);
  assert_figure (store, HP_FIGURE_HOMELESS_TOTAL, 2024, 1234);
  assert_figure (store, HP_FIGURE_REACHED_PER_YEAR, 2024, 50);
  assert_figure (store, HP_FIGURE_YEARS_TO_HOUSE_EVERYONE, 2024, 24.68);

  /* No supply at all: never. */
  add_year (store, 2025, 0, 5, 0);
  assert_figure (store, HP_FIGURE_YEARS_TO_HOUSE_EVERYONE, 2025, INFINITY);
  {
    g_autofree char *text = hp_strategy_figure_describe (store, HP_FIGURE_YEARS_TO_HOUSE_EVERYONE);
    g_assert_cmpstr (text, ==, "Now: not everyone can be housed at the present rate (housing mapping 2025)");
  }
}

static void
test_danish_numbers (void)
{
  g_autoptr(HpHousingStore) store = open_store ();
  g_autofree char *homeless = NULL;
  g_autofree char *years = NULL;
  g_autofree char *reached = NULL;

  if (setlocale (LC_NUMERIC, "da_DK.UTF-8") == NULL)
    {
      g_test_skip ("the da_DK.UTF-8 locale is not installed");
      return;
    }
  add_year (store, 2024, 1000, 1200, 34);
  homeless = hp_strategy_figure_describe (store, HP_FIGURE_HOMELESS_TOTAL);
  years = hp_strategy_figure_describe (store, HP_FIGURE_YEARS_TO_HOUSE_EVERYONE);
  reached = hp_strategy_figure_describe (store, HP_FIGURE_REACHED_PER_YEAR);
  setlocale (LC_NUMERIC, "C");
  g_assert_cmpstr (homeless, ==, "Now: 1.234 homeless citizens (housing mapping 2024)");
  /* Rounded up to a tenth, as the housing pane shows it. */
  g_assert_cmpstr (years, ==, "Now: 24,7 years to house everyone (housing mapping 2024)");
  g_assert_cmpstr (reached, ==, "Now: 50,0 affordable dwellings allocated per year (housing mapping 2024)");
}

/* Goals accept every offered figure and refuse any other key. */
static void
test_goal_figures (void)
{
  g_autoptr(HpDatabase) db = hp_test_open_corpus_db ();
  g_autoptr(HpCorpus) corpus = hp_corpus_new (db);
  g_autoptr(HpUndoStack) undo = hp_undo_stack_new ();
  g_autoptr(HpStrategyStore) store = hp_strategy_store_new (corpus, undo);
  HpStrategy fields = { .municipality = "Testby", .title = "Strategi", .period_start = 2025,
                        .period_end = 2028, .vision = "" };
  g_autoptr(GError) error = NULL;
  gint64 id = hp_strategy_store_create_strategy (store, &fields, &error);
  const char * const *keys = hp_strategy_figure_list_keys ();
  HpGoal goal = { .text = "Færre i hjemløshed", .indicator = "" };

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((GStrv) keys), ==, 3);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(HpGoal) stored = NULL;
      gint64 goal_id;

      goal.figure = (char *) keys[i];
      goal_id = hp_strategy_plan_add_goal (store, id, &goal, &error);
      g_assert_no_error (error);
      stored = hp_strategy_plan_get_goal (store, goal_id, &error);
      g_assert_cmpstr (stored->figure, ==, keys[i]);
      g_assert_nonnull (hp_strategy_figure_get_label (keys[i]));
    }
  goal.figure = "housing.nonsense";
  g_assert_cmpint (hp_strategy_plan_add_goal (store, id, &goal, &error), ==, 0);
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
}

int
main (int argc, char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/strategy-figure/no-mapping", test_no_mapping);
  g_test_add_func ("/strategy-figure/newest-year", test_newest_year);
  g_test_add_func ("/strategy-figure/danish-numbers", test_danish_numbers);
  g_test_add_func ("/strategy-figure/goal-figures", test_goal_figures);
  return g_test_run ();
}
