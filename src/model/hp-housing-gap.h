/* hp-housing-gap.h — affordable supply reachable through allocation
 * against the number of homeless citizens needing it
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A homeless group of one mapping year: VIVE category × age group. */
typedef struct {
  gint64 id;
  guint  category;   /* HP_HOUSING_LIST_CATEGORY */
  guint  age;        /* HP_HOUSING_LIST_AGE */
  int    count;
  guint  need;       /* HP_HOUSING_LIST_DWELLING: the dwelling type needed */
  guint  support;    /* HP_HOUSING_LIST_SUPPORT */
  guint  benefit;    /* HP_HOUSING_LIST_BENEFIT: what the group lives on */
} HpHousingGroup;

typedef struct {
  guint  benefit;
  double monthly;    /* kr. per month */
} HpHousingIncome;

typedef enum {
  HP_HOUSING_RULE_MAX_RENT,      /* the same rent ceiling for everyone */
  HP_HOUSING_RULE_INCOME_SHARE,  /* at most a share of the group's income */
} HpHousingRuleKind;

typedef struct {
  HpHousingRuleKind kind;
  double            max_rent;
  double            income_share;
  char              income_date[11];   /* YYYY-MM-DD the incomes apply from */
} HpHousingRule;

#define HP_HOUSING_DEFAULT_MAX_RENT 3500.0
#define HP_HOUSING_DEFAULT_INCOME_SHARE 0.3
/* New dwellings are let once when built, then turn over like the stock. */
#define HP_HOUSING_NEW_BUILD_TURNOVER 0.1

/* What-if changes against the year's baseline.  A negative share or rent
 * means "unchanged"; dwelling -1 means "every type" (not for new build). */
typedef struct {
  gint64  id;
  char   *name;
  int     dwelling;
  double  share;
  double  max_rent;
  int     new_units;
  double  new_rent;
  double  new_share;
} HpHousingScenario;

void hp_housing_scenario_clear (HpHousingScenario *scenario);
void hp_housing_scenario_init  (HpHousingScenario *scenario);

/* One line of the result: a group, a dwelling type or the total. */
typedef struct {
  double need;         /* persons */
  double rent_limit;   /* the highest rent they can pay (groups only) */
  double affordable;   /* affordable units of the dwelling type */
  double reachable;    /* dwellings allocated to them per year */
  double first_year;   /* one-off lettings of new build in the first year */
  double shortfall;    /* persons still without a dwelling after one year */
  double years;        /* years to house everyone; infinity if never */
} HpHousingGapLine;

typedef struct _HpHousingGap HpHousingGap;

HpHousingGap *hp_housing_gap_new           (const HpHousingRule     *rule,
                                            const HpHousingIncome   *incomes,
                                            guint                    n_incomes,
                                            const HpHousingGroup    *groups,
                                            guint                    n_groups,
                                            const HpHousingScenario *scenario);
void          hp_housing_gap_free          (HpHousingGap            *gap);
void          hp_housing_gap_add_supply    (HpHousingGap            *gap,
                                            guint                    dwelling,
                                            double                   units,
                                            double                   rent,
                                            double                   turnover,
                                            double                   share);
void          hp_housing_gap_finish        (HpHousingGap            *gap);
guint         hp_housing_gap_get_n_groups  (HpHousingGap            *gap);
const HpHousingGroup   *hp_housing_gap_get_group (HpHousingGap      *gap,
                                                  guint              index);
const HpHousingGapLine *hp_housing_gap_get_group_line (HpHousingGap *gap,
                                                       guint         index);
const HpHousingGapLine *hp_housing_gap_get_dwelling_line (HpHousingGap *gap,
                                                          guint         dwelling);
const HpHousingGapLine *hp_housing_gap_get_total (HpHousingGap      *gap);
double        hp_housing_gap_rent_limit    (const HpHousingRule     *rule,
                                            const HpHousingIncome   *incomes,
                                            guint                    n_incomes,
                                            guint                    benefit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpHousingGap, hp_housing_gap_free)

G_END_DECLS
