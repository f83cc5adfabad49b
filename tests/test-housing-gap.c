/* test-housing-gap.c — the gap analysis against hand-computed numbers,
 * and the store it reads from
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <math.h>
#include <string.h>

#include "hp-error.h"
#include "hp-housing-example.h"
#include "hp-housing-number.h"
#include "hp-housing-store.h"
#include "hp-housing-types.h"

#define EPS 1e-9
#define YEAR 2024

static guint
dwelling (const char *key)
{
  int i = hp_housing_index_of (HP_HOUSING_LIST_DWELLING, key);
  g_assert_cmpint (i, >=, 0);
  return i;
}

static HpHousingGroup
group (const char *category,
       const char *age,
       int         count,
       const char *need,
       const char *benefit)
{
  return (HpHousingGroup) {
    .category = hp_housing_index_of (HP_HOUSING_LIST_CATEGORY, category),
    .age = hp_housing_index_of (HP_HOUSING_LIST_AGE, age),
    .count = count,
    .need = dwelling (need),
    .support = 0,
    .benefit = hp_housing_index_of (HP_HOUSING_LIST_BENEFIT, benefit),
  };
}

/* The hand-checked example used by most tests.
 *
 * Supply (rule: at most 3.500 kr. a month):
 *   1 almen familiebolig  200 units, 3.400 kr., turnover 10 %, share 25 %  → 200×0,1×0,25 = 5,0 a year
 *   2 almen familiebolig  100 units, 4.800 kr. — too dear                    → 0
 *   3 almen ungdomsbolig   80 units, 2.900 kr., 30 %, 25 %                   → 80×0,3×0,25 = 6,0
 *   4 skæv bolig           12 units, 2.500 kr., 10 %, 100 %                  → 12×0,1×1 = 1,2
 *   5 værelse               7 units, 2.000 kr., 10 %, 25 %                   → 7×0,1×0,25 = 0,175
 * Demand:
 *   A gadesovende 30-49   20 need skæv bolig      → 20/1,2 = 16,67 years (16,7); shortfall 20−1,2 = 18,8
 *   B herberg 18-24       15 need ungdomsbolig    } share 6,0 by size: B 6×15/25 = 3,6, C 2,4;
 *   C familie 25-29       10 need ungdomsbolig    } both 25/6 = 4,17 years (4,2); shortfall 11,4 and 7,6
 *   D herberg 30-49       30 need familiebolig    → 30/5 = 6,0 years; shortfall 25
 *   E hotel 50-59          0 need værelse         → 0 years, no shortfall
 *   F fængsel 30-49        3 need plejehjemsplads → no supply: never; shortfall 3
 * Total: need 78, reachable for the needs 1,2+6+5 = 12,2, shortfall 18,8+19+25+3 = 65,8, never. */
static void
add_example_supply (HpHousingGap *gap)
{
  hp_housing_gap_add_supply (gap, dwelling ("almen-familiebolig"), 200, 3400, 0.10, 0.25);
  hp_housing_gap_add_supply (gap, dwelling ("almen-familiebolig"), 100, 4800, 0.10, 0.25);
  hp_housing_gap_add_supply (gap, dwelling ("almen-ungdomsbolig"), 80, 2900, 0.30, 0.25);
  hp_housing_gap_add_supply (gap, dwelling ("skaev-bolig"), 12, 2500, 0.10, 1.0);
  hp_housing_gap_add_supply (gap, dwelling ("vaerelse"), 7, 2000, 0.10, 0.25);
}

static GArray *
example_groups (void)
{
  GArray *groups = g_array_new (FALSE, FALSE, sizeof (HpHousingGroup));
  HpHousingGroup g[] = {
    group ("gadesovende", "30-49", 20, "skaev-bolig", "kontanthjaelp"),
    group ("herberg", "18-24", 15, "almen-ungdomsbolig", "uddannelseshjaelp"),
    group ("familie-venner", "25-29", 10, "almen-ungdomsbolig", "kontanthjaelp"),
    group ("herberg", "30-49", 30, "almen-familiebolig", "kontanthjaelp"),
    group ("hotel", "50-59", 0, "vaerelse", "kontanthjaelp"),
    group ("faengsel", "30-49", 3, "alternativ-plejehjemsplads", "kontanthjaelp"),
  };
  g_array_append_vals (groups, g, G_N_ELEMENTS (g));
  return groups;
}

static const HpHousingRule max_rent_rule = { HP_HOUSING_RULE_MAX_RENT, 3500, 0.3, "" };

static HpHousingGap *
example_gap (const HpHousingRule     *rule,
             const HpHousingIncome   *incomes,
             guint                    n_incomes,
             const HpHousingScenario *scenario)
{
  g_autoptr(GArray) groups = example_groups ();
  HpHousingGap *gap = hp_housing_gap_new (rule, incomes, n_incomes, (HpHousingGroup *) groups->data,
                                          groups->len, scenario);
  add_example_supply (gap);
  hp_housing_gap_finish (gap);
  return gap;
}

static void
assert_line (const HpHousingGapLine *line,
             double                  need,
             double                  reachable,
             double                  shortfall,
             double                  years)
{
  g_assert_cmpfloat_with_epsilon (line->need, need, EPS);
  g_assert_cmpfloat_with_epsilon (line->reachable + line->first_year, reachable, EPS);
  g_assert_cmpfloat_with_epsilon (line->shortfall, shortfall, EPS);
  if (isinf (years))
    g_assert_true (isinf (line->years));
  else
    g_assert_cmpfloat_with_epsilon (line->years, years, 1e-6);
}

static void
test_baseline (void)
{
  g_autoptr(HpHousingGap) gap = example_gap (&max_rent_rule, NULL, 0, NULL);

  g_assert_cmpuint (hp_housing_gap_get_n_groups (gap), ==, 6);
  assert_line (hp_housing_gap_get_group_line (gap, 0), 20, 1.2, 18.8, 20 / 1.2);
  assert_line (hp_housing_gap_get_group_line (gap, 1), 15, 3.6, 11.4, 25 / 6.0);
  assert_line (hp_housing_gap_get_group_line (gap, 2), 10, 2.4, 7.6, 25 / 6.0);
  assert_line (hp_housing_gap_get_group_line (gap, 3), 30, 5.0, 25, 6.0);
  assert_line (hp_housing_gap_get_group_line (gap, 4), 0, 0, 0, 0);
  assert_line (hp_housing_gap_get_group_line (gap, 5), 3, 0, 3, INFINITY);
  /* 200 of the 300 family dwellings are affordable. */
  g_assert_cmpfloat_with_epsilon (hp_housing_gap_get_group_line (gap, 3)->affordable, 200, EPS);
  g_assert_cmpfloat_with_epsilon (hp_housing_gap_get_group_line (gap, 3)->rent_limit, 3500, EPS);
  assert_line (hp_housing_gap_get_dwelling_line (gap, dwelling ("almen-ungdomsbolig")), 25, 6.0, 19, 25 / 6.0);
  /* Nobody needs a room this year, but its supply still shows: 0,175. */
  assert_line (hp_housing_gap_get_dwelling_line (gap, dwelling ("vaerelse")), 0, 0.175, 0, 0);
  assert_line (hp_housing_gap_get_total (gap), 78, 12.2, 65.8, INFINITY);
}

/* Allocation share 25 % → 50 % on family dwellings: 200×0,1×0,5 = 10 a
 * year, so D takes 30/10 = 3,0 years and lacks 20; the total shortfall
 * falls by 5 to 60,8. */
static void
test_scenario_share (void)
{
  HpHousingScenario s;
  g_autoptr(HpHousingGap) gap = NULL;

  hp_housing_scenario_init (&s);
  s.dwelling = dwelling ("almen-familiebolig");
  s.share = 0.5;
  gap = example_gap (&max_rent_rule, NULL, 0, &s);
  assert_line (hp_housing_gap_get_group_line (gap, 3), 30, 10, 20, 3.0);
  assert_line (hp_housing_gap_get_group_line (gap, 0), 20, 1.2, 18.8, 20 / 1.2);
  g_assert_cmpfloat_with_epsilon (hp_housing_gap_get_total (gap)->shortfall, 60.8, EPS);
}

/* 10 new skæve boliger at 3.000 kr., all allocated: 10 let in the first
 * year plus 10×0,1×1 = 1 a year from then on, so A gets 1,2 + 1 + 10 =
 * 12,2 in year one and 2,2 a year after: 1 + (20 − 12,2)/2,2 = 4,545…
 * years; 7,8 are left after the first year. */
static void
test_scenario_new_build (void)
{
  HpHousingScenario s;
  g_autoptr(HpHousingGap) gap = NULL;

  hp_housing_scenario_init (&s);
  s.dwelling = dwelling ("skaev-bolig");
  s.new_units = 10;
  s.new_rent = 3000;
  gap = example_gap (&max_rent_rule, NULL, 0, &s);
  assert_line (hp_housing_gap_get_group_line (gap, 0), 20, 12.2, 7.8, 1 + 7.8 / 2.2);
  g_assert_cmpfloat_with_epsilon (hp_housing_gap_get_group_line (gap, 0)->first_year, 10, EPS);
  g_assert_cmpfloat_with_epsilon (hp_housing_round_years (hp_housing_gap_get_group_line (gap, 0)->years), 4.6, EPS);
}

/* A rent limit of 5.000 makes segment 2 affordable too: 5 + 100×0,1×0,25
 * = 7,5 a year, so D takes 30/7,5 = 4 years. */
static void
test_scenario_rent_limit (void)
{
  HpHousingScenario s;
  g_autoptr(HpHousingGap) gap = NULL;

  hp_housing_scenario_init (&s);
  s.max_rent = 5000;
  gap = example_gap (&max_rent_rule, NULL, 0, &s);
  assert_line (hp_housing_gap_get_group_line (gap, 3), 30, 7.5, 22.5, 4.0);
  g_assert_cmpfloat_with_epsilon (hp_housing_gap_get_group_line (gap, 3)->affordable, 300, EPS);
}

/* At most 30 % of income: kontanthjælp 11.000 → 3.300 kr., which is below
 * segment 1's 3.400, so D (on kontanthjælp) can afford no family dwelling;
 * uddannelseshjælp 10.000 → 3.000 still covers the 2.900 youth dwellings. */
static void
test_income_share_rule (void)
{
  HpHousingRule rule = { HP_HOUSING_RULE_INCOME_SHARE, 3500, 0.3, "2024-01-01" };
  HpHousingIncome incomes[] = {
    { hp_housing_index_of (HP_HOUSING_LIST_BENEFIT, "kontanthjaelp"), 11000 },
    { hp_housing_index_of (HP_HOUSING_LIST_BENEFIT, "uddannelseshjaelp"), 10000 },
  };
  g_autoptr(HpHousingGap) gap = example_gap (&rule, incomes, G_N_ELEMENTS (incomes), NULL);

  g_assert_cmpfloat_with_epsilon (hp_housing_gap_get_group_line (gap, 3)->rent_limit, 3300, EPS);
  assert_line (hp_housing_gap_get_group_line (gap, 3), 30, 0, 30, INFINITY);
  g_assert_cmpfloat_with_epsilon (hp_housing_gap_get_group_line (gap, 1)->rent_limit, 3000, EPS);
  assert_line (hp_housing_gap_get_group_line (gap, 1), 15, 3.6, 11.4, 25 / 6.0);
  /* A benefit with no income in the table affords nothing. */
  g_assert_cmpfloat_with_epsilon (hp_housing_gap_rent_limit (&rule, incomes, 2, 6), 0, EPS);
}

static void
test_no_supply (void)
{
  g_autoptr(GArray) groups = example_groups ();
  g_autoptr(HpHousingGap) gap = hp_housing_gap_new (&max_rent_rule, NULL, 0, (HpHousingGroup *) groups->data,
                                                    groups->len, NULL);

  hp_housing_gap_finish (gap);
  assert_line (hp_housing_gap_get_group_line (gap, 0), 20, 0, 20, INFINITY);
  assert_line (hp_housing_gap_get_total (gap), 78, 0, 78, INFINITY);
}

static void
test_zero_turnover (void)
{
  HpHousingGroup g = group ("gadesovende", "30-49", 5, "skaev-bolig", "kontanthjaelp");
  g_autoptr(HpHousingGap) gap = hp_housing_gap_new (&max_rent_rule, NULL, 0, &g, 1, NULL);

  hp_housing_gap_add_supply (gap, dwelling ("skaev-bolig"), 50, 2000, 0, 1.0);
  hp_housing_gap_finish (gap);
  g_assert_cmpfloat_with_epsilon (hp_housing_gap_get_group_line (gap, 0)->affordable, 50, EPS);
  assert_line (hp_housing_gap_get_group_line (gap, 0), 5, 0, 5, INFINITY);
}

static void
test_no_homeless (void)
{
  g_autoptr(HpHousingGap) gap = hp_housing_gap_new (&max_rent_rule, NULL, 0, NULL, 0, NULL);

  add_example_supply (gap);
  hp_housing_gap_finish (gap);
  assert_line (hp_housing_gap_get_total (gap), 0, 0, 0, 0);
  g_assert_cmpfloat_with_epsilon (hp_housing_gap_get_total (gap)->affordable, 200 + 80 + 12 + 7, EPS);
}

/* One person needing a room from 0,175 a year: 5,714… years, shown
 * rounded up as 5,8; a rent of exactly 3.500,00 is affordable at 3.500. */
static void
test_rounding (void)
{
  HpHousingGroup g = group ("hotel", "50-59", 1, "vaerelse", "kontanthjaelp");
  g_autoptr(HpHousingGap) gap = hp_housing_gap_new (&max_rent_rule, NULL, 0, &g, 1, NULL);
  g_autofree char *text = NULL;

  hp_housing_gap_add_supply (gap, dwelling ("vaerelse"), 7, 2000, 0.10, 0.25);
  hp_housing_gap_add_supply (gap, dwelling ("vaerelse"), 1, 3500.00, 1.0, 0);
  hp_housing_gap_finish (gap);
  g_assert_cmpfloat_with_epsilon (hp_housing_gap_get_group_line (gap, 0)->affordable, 8, EPS);
  g_assert_cmpfloat_with_epsilon (hp_housing_gap_get_group_line (gap, 0)->years, 1 / 0.175, 1e-9);
  g_assert_cmpfloat_with_epsilon (hp_housing_round_years (1 / 0.175), 5.8, EPS);
  g_assert_cmpfloat_with_epsilon (hp_housing_round_years (6.0), 6.0, EPS);
  g_assert_cmpfloat_with_epsilon (hp_housing_round_years (2.01), 2.1, EPS);
  text = hp_housing_format_years (INFINITY);
  g_assert_cmpstr (text, ==, "never");
}

static void
test_danish_numbers (void)
{
  double v = 0;
  gboolean percent = FALSE;
  g_autofree char *a = hp_housing_format_danish (1234.5, 2);
  g_autofree char *b = hp_housing_format_danish (-1234567, 0);
  g_autofree char *c = hp_housing_format_danish (999, 0);

  g_assert_cmpstr (a, ==, "1.234,50");
  g_assert_cmpstr (b, ==, "-1.234.567");
  g_assert_cmpstr (c, ==, "999");
  g_assert_true (hp_housing_parse_number ("1.234,50", HP_NUMBER_DANISH, &v, NULL));
  g_assert_cmpfloat_with_epsilon (v, 1234.5, EPS);
  g_assert_true (hp_housing_parse_number (" 3.500 kr.", HP_NUMBER_DANISH, &v, NULL));
  g_assert_cmpfloat_with_epsilon (v, 3500, EPS);
  g_assert_true (hp_housing_parse_number ("25 %", HP_NUMBER_DANISH, &v, &percent));
  g_assert_true (percent);
  g_assert_cmpfloat_with_epsilon (v, 0.25, EPS);
  g_assert_true (hp_housing_parse_number ("1,234.50", HP_NUMBER_ENGLISH, &v, NULL));
  g_assert_cmpfloat_with_epsilon (v, 1234.5, EPS);
  g_assert_true (hp_housing_parse_number ("2.5", HP_NUMBER_DANISH, &v, NULL));
  g_assert_cmpfloat_with_epsilon (v, 2.5, EPS);
  g_assert_false (hp_housing_parse_number ("1,2,3", HP_NUMBER_DANISH, &v, NULL));
  g_assert_false (hp_housing_parse_number ("ti", HP_NUMBER_DANISH, &v, NULL));
  g_assert_false (hp_housing_parse_number ("", HP_NUMBER_DANISH, &v, NULL));
  g_assert_false (hp_housing_parse_number ("1e400", HP_NUMBER_DANISH, &v, NULL));
}

/* The plain forms of a register extract are read without copying; with a
 * currency word the same text goes the general way.  Both must agree to
 * the last bit. */
static void
test_number_fast_path (void)
{
  static const char *const plain[] = {
    "0", "42", "-7", "1.234", "1.234,50", "6.789,12", "0,1", "0,07", "123.456.789,123", "25 %", "3,5%",
    "999999999999999", "1.5", "1234.567", "12,", ",5", "1,2,3",
  };

  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    {
      g_autofree char *worded = g_strconcat (plain[i], " kr.", NULL);
      double fast = 0, slow = 0;
      gboolean fast_percent = FALSE, slow_percent = FALSE;
      gboolean fast_ok = hp_housing_parse_number (plain[i], HP_NUMBER_DANISH, &fast, &fast_percent);
      gboolean slow_ok = hp_housing_parse_number (worded, HP_NUMBER_DANISH, &slow, &slow_percent);

      if (strchr (plain[i], '%') != NULL)
        continue;   /* "25 % kr." is no number either way */
      g_assert_cmpint (fast_ok, ==, slow_ok);
      if (fast_ok)
        g_assert_true (fast == slow);
    }
  {
    double v = 0;
    gboolean percent = FALSE;

    g_assert_true (hp_housing_parse_number ("3,5%", HP_NUMBER_DANISH, &v, &percent));
    g_assert_true (percent);
    g_assert_true (v == 3.5 / 100.0);
  }
}

/* --- through the store ---------------------------------------------------- */

static HpHousingStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDatabase) db = hp_database_open (":memory:", &error);

  g_assert_no_error (error);
  return hp_housing_store_new (db);
}

static gint64
add_segment (HpHousingStore *store,
             const char     *type,
             int             units,
             double          rent,
             double          turnover,
             double          share)
{
  g_autoptr(GError) error = NULL;
  HpHousingSegmentData d;
  gint64 id;

  hp_housing_segment_data_init (&d);
  d.dwelling = dwelling (type);
  d.units = units;
  d.rent = rent;
  d.turnover = turnover;
  d.share = share;
  id = hp_housing_store_add_segment (store, YEAR, &d, &error);
  g_assert_no_error (error);
  return id;
}

static void
test_store_gap (void)
{
  g_autoptr(HpHousingStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) groups = example_groups ();
  g_autoptr(HpHousingGap) gap = NULL;
  HpHousingSegmentData removed = { 0 };
  gint64 first;

  g_assert_true (hp_housing_store_add_year (store, YEAR, "Testby", &error));
  first = add_segment (store, "almen-familiebolig", 200, 3400, 0.10, 0.25);
  add_segment (store, "almen-familiebolig", 100, 4800, 0.10, 0.25);
  add_segment (store, "almen-ungdomsbolig", 80, 2900, 0.30, 0.25);
  add_segment (store, "skaev-bolig", 12, 2500, 0.10, 1.0);
  add_segment (store, "vaerelse", 7, 2000, 0.10, 0.25);
  for (guint i = 0; i < groups->len; i++)
    g_assert_cmpint (hp_housing_store_add_group (store, YEAR, &g_array_index (groups, HpHousingGroup, i), &error), >, 0);
  gap = hp_housing_store_compute_gap (store, YEAR, NULL, &error);
  g_assert_no_error (error);
  assert_line (hp_housing_gap_get_total (gap), 78, 12.2, 65.8, INFINITY);
  g_clear_pointer (&gap, hp_housing_gap_free);

  /* Removing segment 1 leaves D without supply; putting it back (undo)
   * restores the same id and the same result. */
  g_assert_true (hp_housing_store_delete_segment (store, first, &removed, &error));
  gap = hp_housing_store_compute_gap (store, YEAR, NULL, &error);
  assert_line (hp_housing_gap_get_group_line (gap, 3), 30, 0, 30, INFINITY);
  g_clear_pointer (&gap, hp_housing_gap_free);
  g_assert_cmpint (hp_housing_store_add_segment (store, YEAR, &removed, &error), ==, first);
  hp_housing_segment_data_clear (&removed);
  gap = hp_housing_store_compute_gap (store, YEAR, NULL, &error);
  assert_line (hp_housing_gap_get_group_line (gap, 3), 30, 5, 25, 6);
}

static void
test_store_refuses_absurd (void)
{
  g_autoptr(HpHousingStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  HpHousingSegmentData d;
  HpHousingGroup g = group ("gadesovende", "30-49", -1, "skaev-bolig", "kontanthjaelp");

  g_assert_false (hp_housing_store_add_year (store, 1789, NULL, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (hp_housing_store_add_year (store, YEAR, NULL, &error));
  hp_housing_segment_data_init (&d);
  d.units = 10;
  d.rent = -100;
  g_assert_cmpint (hp_housing_store_add_segment (store, YEAR, &d, &error), ==, 0);
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_clear_error (&error);
  d.rent = 3000;
  d.share = 1.5;
  g_assert_cmpint (hp_housing_store_add_segment (store, YEAR, &d, &error), ==, 0);
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (hp_housing_store_add_group (store, YEAR, &g, &error), ==, 0);
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_assert_cmpint (hp_housing_store_count_segments (store, YEAR), ==, 0);
}

/* The example municipality: three years, scenarios, and a gap that shrinks
 * when the allocation share goes up. */
static void
test_example_and_years (void)
{
  g_autoptr(HpHousingStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) years = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autoptr(HpHousingGap) base = NULL;
  g_autoptr(HpHousingGap) better = NULL;
  g_autofree char *name = NULL;

  g_assert_true (hp_housing_example_load (store, &error));
  g_assert_no_error (error);
  years = hp_housing_store_list_years (store, &error);
  g_assert_cmpuint (years->len, ==, 3);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2019);
  name = hp_housing_store_get_municipality (store, 2022);
  g_assert_cmpstr (name, ==, "Eksempelby Kommune (fiktiv)");
  scenarios = hp_housing_store_list_scenarios (store, 2024, &error);
  g_assert_cmpuint (scenarios->len, ==, 2);
  base = hp_housing_store_compute_gap (store, 2024, NULL, &error);
  better = hp_housing_store_compute_gap (store, 2024, g_ptr_array_index (scenarios, 0), &error);
  g_assert_cmpfloat (hp_housing_gap_get_total (better)->shortfall, <, hp_housing_gap_get_total (base)->shortfall);
  /* Loading it twice is refused, not doubled. */
  g_assert_false (hp_housing_example_load (store, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (hp_housing_store_copy_year (store, 2024, 2025, &error));
  g_assert_cmpint (hp_housing_store_count_segments (store, 2025), ==, hp_housing_store_count_segments (store, 2024));
  g_assert_true (hp_housing_store_delete_year (store, 2025, &error));
  g_assert_cmpint (hp_housing_store_count_segments (store, 2025), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/housing-gap/baseline", test_baseline);
  g_test_add_func ("/housing-gap/scenario-share", test_scenario_share);
  g_test_add_func ("/housing-gap/scenario-new-build", test_scenario_new_build);
  g_test_add_func ("/housing-gap/scenario-rent-limit", test_scenario_rent_limit);
  g_test_add_func ("/housing-gap/income-share-rule", test_income_share_rule);
  g_test_add_func ("/housing-gap/no-supply", test_no_supply);
  g_test_add_func ("/housing-gap/zero-turnover", test_zero_turnover);
  g_test_add_func ("/housing-gap/no-homeless", test_no_homeless);
  g_test_add_func ("/housing-gap/rounding", test_rounding);
  g_test_add_func ("/housing-gap/danish-numbers", test_danish_numbers);
  g_test_add_func ("/housing-gap/number-fast-path", test_number_fast_path);
  g_test_add_func ("/housing-gap/store", test_store_gap);
  g_test_add_func ("/housing-gap/store-refuses-absurd", test_store_refuses_absurd);
  g_test_add_func ("/housing-gap/example-and-years", test_example_and_years);
  return g_test_run ();
}
