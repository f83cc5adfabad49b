/* hp-housing-gap.c — affordable supply reachable through allocation
 * against the number of homeless citizens needing it
 *
 * The supply is streamed in row by row (a national extract has millions of
 * rows), and for each row only a handful of rent limits are tested: one per
 * distinct limit among the groups, plus the general one used for dwelling
 * types nobody needs.  So the work is one pass over the stock, with no
 * sorting and no memory per row.
 *
 * Groups needing the same dwelling type share its reachable supply in
 * proportion to their size, so they are housed in parallel and all finish
 * together; with an income-share rule each group only counts what it can
 * afford.  New build is let once in full in the first year (its allocation
 * share of it), then turns over like the rest of the stock.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "hp-housing-gap.h"
#include "hp-housing-types.h"

/* Rents within half an øre of the limit count as affordable, so 3.500,00
 * against a 3.500 limit is not lost to floating point. */
#define RENT_EPSILON 0.005

typedef struct {
  double affordable;
  double reachable;
  double first_year;
} Pool;

struct _HpHousingGap
{
  HpHousingRule      rule;
  HpHousingScenario  scenario;
  gboolean           has_scenario;
  GArray            *groups;        /* HpHousingGroup */
  GArray            *group_limit;   /* guint: index into limits, per group */
  GArray            *limits;        /* double, distinct rent limits */
  guint              general_limit; /* index into limits */
  guint              n_dwellings;
  Pool              *pools;         /* [dwelling × limit] */
  GArray            *group_lines;   /* HpHousingGapLine */
  HpHousingGapLine  *dwelling_lines;
  HpHousingGapLine   total;
};

void
hp_housing_scenario_init (HpHousingScenario *scenario)
{
  *scenario = (HpHousingScenario) {
    .dwelling = -1, .share = -1, .max_rent = -1, .new_rent = HP_HOUSING_DEFAULT_MAX_RENT, .new_share = 1,
  };
}

void
hp_housing_scenario_clear (HpHousingScenario *scenario)
{
  g_clear_pointer (&scenario->name, g_free);
}

double
hp_housing_gap_rent_limit (const HpHousingRule   *rule,
                           const HpHousingIncome *incomes,
                           guint                  n_incomes,
                           guint                  benefit)
{
  if (rule->kind == HP_HOUSING_RULE_MAX_RENT)
    return rule->max_rent;
  for (guint i = 0; i < n_incomes; i++)
    if (incomes[i].benefit == benefit)
      return incomes[i].monthly * rule->income_share;
  return 0;   /* no income known: nothing is affordable */
}

static guint
limit_index (GArray *limits,
             double  limit)
{
  for (guint i = 0; i < limits->len; i++)
    if (fabs (g_array_index (limits, double, i) - limit) < RENT_EPSILON)
      return i;
  g_array_append_val (limits, limit);
  return limits->len - 1;
}

/* The limit for dwelling types no group needs: the rule's ceiling, or with
 * an income-share rule the best any income in the table allows. */
static double
general_limit (const HpHousingRule   *rule,
               const HpHousingIncome *incomes,
               guint                  n_incomes)
{
  double best = 0;

  if (rule->kind == HP_HOUSING_RULE_MAX_RENT)
    return rule->max_rent;
  for (guint i = 0; i < n_incomes; i++)
    best = MAX (best, incomes[i].monthly * rule->income_share);
  return best;
}

HpHousingGap *
hp_housing_gap_new (const HpHousingRule     *rule,
                    const HpHousingIncome   *incomes,
                    guint                    n_incomes,
                    const HpHousingGroup    *groups,
                    guint                    n_groups,
                    const HpHousingScenario *scenario)
{
  HpHousingGap *gap = g_new0 (HpHousingGap, 1);
  HpHousingRule effective = *rule;

  g_return_val_if_fail (rule != NULL, NULL);

  if (scenario != NULL)
    {
      gap->scenario = *scenario;
      gap->scenario.name = NULL;
      gap->has_scenario = TRUE;
      if (scenario->max_rent >= 0)
        {
          effective.kind = HP_HOUSING_RULE_MAX_RENT;
          effective.max_rent = scenario->max_rent;
        }
    }
  gap->rule = effective;
  gap->n_dwellings = hp_housing_list_size (HP_HOUSING_LIST_DWELLING);
  gap->groups = g_array_new (FALSE, FALSE, sizeof (HpHousingGroup));
  g_array_append_vals (gap->groups, groups, n_groups);
  gap->group_limit = g_array_new (FALSE, FALSE, sizeof (guint));
  gap->limits = g_array_new (FALSE, FALSE, sizeof (double));
  gap->general_limit = limit_index (gap->limits, general_limit (&effective, incomes, n_incomes));
  for (guint i = 0; i < n_groups; i++)
    {
      guint j = limit_index (gap->limits,
                             hp_housing_gap_rent_limit (&effective, incomes, n_incomes, groups[i].benefit));
      g_array_append_val (gap->group_limit, j);
    }
  gap->pools = g_new0 (Pool, gap->n_dwellings * gap->limits->len);
  gap->group_lines = g_array_sized_new (FALSE, TRUE, sizeof (HpHousingGapLine), n_groups);
  g_array_set_size (gap->group_lines, n_groups);
  gap->dwelling_lines = g_new0 (HpHousingGapLine, gap->n_dwellings);
  return gap;
}

void
hp_housing_gap_free (HpHousingGap *gap)
{
  if (gap == NULL)
    return;
  g_array_unref (gap->groups);
  g_array_unref (gap->group_limit);
  g_array_unref (gap->limits);
  g_array_unref (gap->group_lines);
  g_free (gap->pools);
  g_free (gap->dwelling_lines);
  g_free (gap);
}

static Pool *
pool (HpHousingGap *gap,
      guint         dwelling,
      guint         limit)
{
  return &gap->pools[dwelling * gap->limits->len + limit];
}

static gboolean
scenario_applies (HpHousingGap *gap,
                  guint         dwelling)
{
  return gap->has_scenario && (gap->scenario.dwelling < 0 || (guint) gap->scenario.dwelling == dwelling);
}

static void
add_to_pools (HpHousingGap *gap,
              guint         dwelling,
              double        units,
              double        rent,
              double        reachable,
              double        first_year)
{
  const double *limits = (const double *) gap->limits->data;

  for (guint j = 0; j < gap->limits->len; j++)
    if (rent <= limits[j] + RENT_EPSILON)
      {
        Pool *p = pool (gap, dwelling, j);

        p->affordable += units;
        p->reachable += reachable;
        p->first_year += first_year;
      }
}

void
hp_housing_gap_add_supply (HpHousingGap *gap,
                           guint         dwelling,
                           double        units,
                           double        rent,
                           double        turnover,
                           double        share)
{
  g_return_if_fail (dwelling < gap->n_dwellings);

  if (scenario_applies (gap, dwelling) && gap->scenario.share >= 0)
    share = gap->scenario.share;
  add_to_pools (gap, dwelling, units, rent, units * turnover * share, 0);
}

/* Years until @need persons are housed, when @first_year dwellings come
 * once in the first year and @yearly every year. */
static double
years_to_house (double need,
                double yearly,
                double first_year)
{
  if (need <= 0)
    return 0;
  if (need <= yearly + first_year)
    return need / (yearly + first_year);
  if (yearly <= 0)
    return INFINITY;
  return 1 + (need - yearly - first_year) / yearly;
}

static void
settle (HpHousingGapLine *line)
{
  line->shortfall = MAX (0, line->need - line->reachable - line->first_year);
  line->years = years_to_house (line->need, line->reachable, line->first_year);
}

static void
add_new_build (HpHousingGap *gap)
{
  HpHousingScenario *s = &gap->scenario;

  if (!gap->has_scenario || s->new_units <= 0 || s->dwelling < 0 || (guint) s->dwelling >= gap->n_dwellings)
    return;
  add_to_pools (gap, s->dwelling, s->new_units, s->new_rent,
                s->new_units * HP_HOUSING_NEW_BUILD_TURNOVER * s->new_share,
                s->new_units * s->new_share);
}

static void
compute_groups (HpHousingGap *gap,
                const double *need)
{
  for (guint i = 0; i < gap->groups->len; i++)
    {
      const HpHousingGroup *g = &g_array_index (gap->groups, HpHousingGroup, i);
      HpHousingGapLine *line = &g_array_index (gap->group_lines, HpHousingGapLine, i);
      guint j = g_array_index (gap->group_limit, guint, i);
      const Pool *p = pool (gap, g->need, j);
      double weight = need[g->need] > 0 ? g->count / need[g->need] : 0;

      line->need = g->count;
      line->rent_limit = g_array_index (gap->limits, double, j);
      line->affordable = p->affordable;
      line->reachable = p->reachable * weight;
      line->first_year = p->first_year * weight;
      settle (line);
    }
}

static void
compute_dwellings (HpHousingGap *gap,
                   const double *need)
{
  for (guint d = 0; d < gap->n_dwellings; d++)
    {
      HpHousingGapLine *line = &gap->dwelling_lines[d];
      const Pool *p = pool (gap, d, gap->general_limit);

      line->need = need[d];
      line->rent_limit = g_array_index (gap->limits, double, gap->general_limit);
      line->affordable = p->affordable;
      line->reachable = p->reachable;
      line->first_year = p->first_year;
      if (need[d] > 0)
        {
          /* What the groups needing it can afford, which with an
           * income-share rule differs from the general limit. */
          line->reachable = line->first_year = 0;
          for (guint i = 0; i < gap->groups->len; i++)
            if (g_array_index (gap->groups, HpHousingGroup, i).need == d)
              {
                line->reachable += g_array_index (gap->group_lines, HpHousingGapLine, i).reachable;
                line->first_year += g_array_index (gap->group_lines, HpHousingGapLine, i).first_year;
              }
        }
      settle (line);
    }
}

static void
compute_total (HpHousingGap *gap)
{
  HpHousingGapLine *total = &gap->total;

  *total = (HpHousingGapLine) { 0 };
  for (guint d = 0; d < gap->n_dwellings; d++)
    {
      const HpHousingGapLine *line = &gap->dwelling_lines[d];

      total->affordable += line->affordable;
      if (line->need <= 0)
        continue;
      total->need += line->need;
      total->reachable += line->reachable;
      total->first_year += line->first_year;
      total->shortfall += line->shortfall;
    }
  /* Everyone is housed when the slowest group is. */
  for (guint i = 0; i < gap->group_lines->len; i++)
    total->years = MAX (total->years, g_array_index (gap->group_lines, HpHousingGapLine, i).years);
  total->rent_limit = g_array_index (gap->limits, double, gap->general_limit);
}

void
hp_housing_gap_finish (HpHousingGap *gap)
{
  g_autofree double *need = g_new0 (double, gap->n_dwellings);

  add_new_build (gap);
  for (guint i = 0; i < gap->groups->len; i++)
    {
      const HpHousingGroup *g = &g_array_index (gap->groups, HpHousingGroup, i);
      if (g->need < gap->n_dwellings)
        need[g->need] += g->count;
    }
  compute_groups (gap, need);
  compute_dwellings (gap, need);
  compute_total (gap);
}

guint
hp_housing_gap_get_n_groups (HpHousingGap *gap)
{
  return gap->groups->len;
}

const HpHousingGroup *
hp_housing_gap_get_group (HpHousingGap *gap,
                          guint         index)
{
  g_return_val_if_fail (index < gap->groups->len, NULL);
  return &g_array_index (gap->groups, HpHousingGroup, index);
}

const HpHousingGapLine *
hp_housing_gap_get_group_line (HpHousingGap *gap,
                               guint         index)
{
  g_return_val_if_fail (index < gap->group_lines->len, NULL);
  return &g_array_index (gap->group_lines, HpHousingGapLine, index);
}

const HpHousingGapLine *
hp_housing_gap_get_dwelling_line (HpHousingGap *gap,
                                  guint         dwelling)
{
  g_return_val_if_fail (dwelling < gap->n_dwellings, NULL);
  return &gap->dwelling_lines[dwelling];
}

const HpHousingGapLine *
hp_housing_gap_get_total (HpHousingGap *gap)
{
  return &gap->total;
}
