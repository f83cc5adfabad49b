/* hp-housing-example.c — the fictional example municipality's mapping
 *
 * "Eksempelby Kommune (fiktiv)" is invented: a town of about 60,000 with
 * numbers of a plausible size, so a new user sees every part of the pane
 * filled in.  Three mapping years show the trend; rents rise a little and
 * the homeless counts follow the national shape (a fall to 2022, a rise to
 * 2024).  Years that already exist are left alone.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-housing-example.h"
#include "hp-housing-types.h"

typedef struct {
  const char *dwelling;
  const char *area;
  const char *organisation;
  int         units;
  double      m2;
  int         rooms;
  double      rent;        /* 2024 level */
  gboolean    step_free;
  double      turnover;
  double      share;
} ExampleSegment;

static const ExampleSegment segments[] = {
  { "almen-familiebolig", "Nordbyen", "Boligselskabet Nord", 420, 72, 3, 5650, FALSE, 0.09, 0.25 },
  { "almen-familiebolig", "Nordbyen", "Boligselskabet Nord", 160, 48, 2, 3950, FALSE, 0.11, 0.25 },
  { "almen-familiebolig", "Sydhavnen", "Andelsbo Syd", 240, 38, 1, 3380, TRUE, 0.12, 0.25 },
  { "almen-familiebolig", "Stationskvarteret", "Andelsbo Syd", 90, 34, 1, 3150, FALSE, 0.13, 0.33 },
  { "almen-ungdomsbolig", "Campus", "Ungdomsboliger Eksempelby", 180, 28, 1, 3050, TRUE, 0.30, 0.25 },
  { "almen-ungdomsbolig", "Nordbyen", "Boligselskabet Nord", 60, 34, 1, 3620, FALSE, 0.28, 0.25 },
  { "startbolig", "Sydhavnen", "Andelsbo Syd", 24, 30, 1, 3200, FALSE, 0.35, 1.0 },
  { "skaev-bolig", "Engen", "Eksempelby Kommune", 14, 32, 1, 2650, TRUE, 0.10, 1.0 },
  { "privat-udlejning", "Midtbyen", "Private udlejere", 650, 55, 2, 6900, FALSE, 0.15, 0.0 },
  { "vaerelse", "Midtbyen", "Private udlejere", 45, 16, 1, 2600, FALSE, 0.35, 0.10 },
  { "udslusningsbolig", "Engen", "Eksempelby Kommune", 10, 35, 1, 3100, TRUE, 0.50, 1.0 },
  { "par-110-plads", "Midtbyen", "Herberget Eksempelby", 38, 14, 1, 1900, TRUE, 1.0, 1.0 },
  { "botilbud", "Engen", "Eksempelby Kommune", 20, 30, 1, 3400, TRUE, 0.10, 1.0 },
  { "alternativ-plejehjemsplads", "Engen", "Eksempelby Kommune", 8, 25, 1, 3300, TRUE, 0.12, 1.0 },
};

typedef struct {
  const char *category;
  const char *age;
  int         count[3];    /* 2019, 2022, 2024 */
  const char *need;
  const char *support;
  const char *benefit;
} ExampleGroup;

static const ExampleGroup groups[] = {
  { "gadesovende", "30-49", { 9, 7, 8 }, "skaev-bolig", "act", "kontanthjaelp" },
  { "natvarmestue", "50-59", { 6, 5, 6 }, "skaev-bolig", "icm", "foertidspension" },
  { "herberg", "18-24", { 14, 11, 13 }, "almen-ungdomsbolig", "cti", "uddannelseshjaelp" },
  { "herberg", "30-49", { 22, 19, 21 }, "almen-familiebolig", "icm", "kontanthjaelp" },
  { "familie-venner", "18-24", { 18, 15, 17 }, "almen-ungdomsbolig", "cti", "uddannelseshjaelp" },
  { "familie-venner", "25-29", { 12, 10, 11 }, "almen-familiebolig", "cti", "kontanthjaelp" },
  { "hotel", "30-49", { 4, 3, 3 }, "vaerelse", "none", "kontanthjaelp" },
  { "faengsel", "25-29", { 5, 4, 5 }, "udslusningsbolig", "cti", "kontanthjaelp" },
  { "hospital", "60+", { 3, 3, 4 }, "alternativ-plejehjemsplads", "act", "folkepension" },
};

static const int years[] = { 2019, 2022, 2024 };

/* Monthly incomes after tax of a single person without children, rounded;
 * illustrative only. */
static const struct { const char *benefit; double monthly[3]; } incomes[] = {
  { "kontanthjaelp", { 10200, 10900, 11800 } },
  { "uddannelseshjaelp", { 6300, 6700, 7300 } },
  { "su", { 5300, 5600, 6100 } },
  { "foertidspension", { 14000, 15000, 16300 } },
  { "folkepension", { 13000, 14000, 15200 } },
};

/* Rents were lower in earlier years: about 2 % a year. */
static double
rent_in (double rent_2024,
         int    year)
{
  double factor = 1.0;

  for (int y = year; y < 2024; y++)
    factor /= 1.02;
  return (double) (int) (rent_2024 * factor / 10 + 0.5) * 10;
}

static gboolean
load_segments (HpHousingStore  *store,
               gint64           year_id,
               int              year,
               GError         **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (segments); i++)
    {
      const ExampleSegment *s = &segments[i];
      HpHousingSegmentData data = {
        .dwelling = hp_housing_index_of (HP_HOUSING_LIST_DWELLING, s->dwelling),
        .area = (char *) s->area,
        .organisation = (char *) s->organisation,
        .units = s->units + (year == 2024 && g_str_equal (s->dwelling, "skaev-bolig") ? 4 : 0),
        .m2 = s->m2,
        .rooms = s->rooms,
        .rent = rent_in (s->rent, year),
        .step_free = s->step_free,
        .turnover = s->turnover,
        .share = s->share,
      };
      if (!hp_housing_store_insert_segment_row (store, year_id, &data, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_demand (HpHousingStore  *store,
             gint64           year_id,
             guint            y,
             GError         **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      const ExampleGroup *g = &groups[i];
      HpHousingGroup group = {
        .category = hp_housing_index_of (HP_HOUSING_LIST_CATEGORY, g->category),
        .age = hp_housing_index_of (HP_HOUSING_LIST_AGE, g->age),
        .count = g->count[y],
        .need = hp_housing_index_of (HP_HOUSING_LIST_DWELLING, g->need),
        .support = hp_housing_index_of (HP_HOUSING_LIST_SUPPORT, g->support),
        .benefit = hp_housing_index_of (HP_HOUSING_LIST_BENEFIT, g->benefit),
      };
      if (!hp_housing_store_insert_group_row (store, year_id, &group, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_year (HpHousingStore  *store,
           guint            y,
           GError         **error)
{
  int year = years[y];
  g_autofree char *date = g_strdup_printf ("%d-01-01", year);
  HpHousingRule rule = { HP_HOUSING_RULE_MAX_RENT, HP_HOUSING_DEFAULT_MAX_RENT, HP_HOUSING_DEFAULT_INCOME_SHARE, "" };
  gint64 year_id;

  if (!hp_housing_store_add_year (store, year, HP_HOUSING_EXAMPLE_MUNICIPALITY, error) ||
      (year_id = hp_housing_store_year_id (store, year, error)) == 0 ||
      !load_segments (store, year_id, year, error) ||
      !load_demand (store, year_id, y, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (incomes); i++)
    if (!hp_housing_store_set_income (store, year, hp_housing_index_of (HP_HOUSING_LIST_BENEFIT, incomes[i].benefit),
                                      incomes[i].monthly[y], error))
      return FALSE;
  g_strlcpy (rule.income_date, date, sizeof rule.income_date);
  return hp_housing_store_set_rule (store, year, &rule, error);
}

static gboolean
add_scenarios (HpHousingStore  *store,
               GError         **error)
{
  HpHousingScenario share, build;

  hp_housing_scenario_init (&share);
  share.name = (char *) "Anvisningsret 50 %";
  share.dwelling = hp_housing_index_of (HP_HOUSING_LIST_DWELLING, "almen-familiebolig");
  share.share = 0.5;
  hp_housing_scenario_init (&build);
  build.name = (char *) "12 nye skæve boliger";
  build.dwelling = hp_housing_index_of (HP_HOUSING_LIST_DWELLING, "skaev-bolig");
  build.new_units = 12;
  build.new_rent = 2900;
  return hp_housing_store_add_scenario (store, 2024, &share, error) != 0 &&
         hp_housing_store_add_scenario (store, 2024, &build, error) != 0;
}

gboolean
hp_housing_example_load (HpHousingStore  *store,
                         GError         **error)
{
  HpDatabase *db = hp_housing_store_get_database (store);

  g_return_val_if_fail (HP_IS_HOUSING_STORE (store), FALSE);

  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    if (hp_housing_store_year_id (store, years[y], NULL) != 0)
      {
        g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                     _("The example needs the years 2019, 2022 and 2024, but %d is already mapped"), years[y]);
        return FALSE;
      }
  /* One transaction: the example is there completely or not at all. */
  if (!hp_database_begin (db, error))
    return FALSE;
  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    if (!load_year (store, y, error))
      {
        hp_database_rollback (db);
        return FALSE;
      }
  if (!add_scenarios (store, error) || !hp_database_commit (db, error))
    {
      hp_database_rollback (db);
      return FALSE;
    }
  hp_housing_store_emit_changed (store, 0);
  return TRUE;
}
