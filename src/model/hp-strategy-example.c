/* hp-strategy-example.c — the fictional example municipality's strategy
 *
 * "Eksempelby Kommune (fiktiv)": a complete, plausible strategy to look
 * around in before starting one's own — vision, a baseline from January
 * 2025, a status for every direction, three focus areas with goals and
 * actions, some of them overdue.  The statuses are derived from each
 * direction's id, so the example is the same on every machine and in
 * every test.  It is written as one edit: one Ctrl+Z removes it again.
 * The content is the municipality's own words, so it is Danish and not
 * translated.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-strategy-edit.h"
#include "hp-strategy-example.h"

#define G_HOUSING  "planlaegning-af-boligindsatsen"
#define G_RETAIN   "boligfastholdelse"
#define G_TRANSIT  "forebyggelse-af-hjemloeshed-i-risikofyldte-overgange"
#define BASELINE_DATE "2025-01-15"

static const char * const focus_areas[] = { G_HOUSING, G_RETAIN, G_TRANSIT };

static const struct {
  const char *text;
  const char *indicator;
  double      baseline;
  double      target;
  const char *deadline;
  const char *figure;
  const char *directions[3];
} goals[] = {
  { "Færre borgere i hjemløshed: fra 142 til under 90 ved hjemløsetællingen i 2028",
    "Antal borgere i hjemløshed (VIVE's kortlægning)", 142, 90, "2028-12-31", "",
    { G_HOUSING ".a5", G_RETAIN ".a1" } },
  { "Ventetiden på en bolig, borgerne kan betale, skal ned",
    "År til at alle med behov kan boligplaceres (boligkortlægningen)", 4.5, 2, "2027-12-31",
    "housing.years-to-house-everyone", { G_HOUSING ".a1", G_HOUSING ".a3" } },
  { "Ingen løslades eller udskrives til gaden",
    "Løsladelser og udskrivninger uden bolig pr. år", 18, 0, "2026-12-31", "",
    { G_TRANSIT ".a1", G_TRANSIT ".a2" } },
};

static const struct {
  int         goal;       /* index + 1 in goals[], 0 for none */
  const char *text;
  const char *owner;
  const char *start;
  const char *deadline;
  const char *status;
  const char *direction;
} actions[] = {
  { 2, "Kortlægge boligmassen sammen med boligorganisationerne, herunder husleje og tilgængelighed",
    "Boligsocialt team", "2025-02-01", "2025-06-30", "done", G_HOUSING ".a1" },
  { 2, "Forhandle en udvidet anvisningsaftale (op til 33 %) med de almene boligorganisationer",
    "Social- og Sundhedsforvaltningen", "2025-03-01", "2026-06-30", "in-progress", G_HOUSING ".a3" },
  { 1, "Etablere 20 skæve boliger og 30 små, billige almene boliger",
    "Teknik og Miljø", "2025-09-01", "2027-12-31", "planned", G_HOUSING ".a3" },
  { 1, "Tilbyde CTI-forløb til alle, der flytter fra forsorgshjem til egen bolig",
    "Socialpsykiatri og Udsatte", "2025-04-01", "2026-03-31", "in-progress", G_TRANSIT ".a2" },
  { 3, "Fast aftale med Kriminalforsorgen og psykiatrien om varsling før løsladelse og udskrivning",
    "Myndighedsafdelingen", "2025-01-15", "2025-09-30", "in-progress", G_TRANSIT ".a1" },
  { 0, "Hurtig opfølgning på alle underretninger om udsættelser (inden for 5 hverdage)",
    "Boligsocialt team", "2025-01-01", "2025-03-31", "done", G_RETAIN ".a2" },
};

/* Where the municipality stood at the baseline: decided by the id's hash,
 * with legal duties more often in place, as in a real municipality. */
static const char *
baseline_status (const char *id,
                 const char *classification)
{
  guint h = g_str_hash (id) % 100;

  if (g_strcmp0 (classification, "skal") == 0)
    return h < 55 ? "in-place" : h < 85 ? "partly" : "not-started";
  return h < 25 ? "in-place" : h < 60 ? "partly" : h < 88 ? "not-started" :
         h < 94 ? "not-relevant" : "not-assessed";
}

/* Since the baseline, work in the focus areas has moved things on. */
static const char *
current_status (const char *id,
                const char *baseline)
{
  gboolean focus = g_str_hash (id) % 7 == 0;   /* and a little elsewhere */

  for (guint i = 0; i < G_N_ELEMENTS (focus_areas); i++)
    focus |= g_str_has_prefix (id, focus_areas[i]);
  if (!focus)
    return baseline;
  if (g_strcmp0 (baseline, "not-started") == 0 || g_strcmp0 (baseline, "not-assessed") == 0)
    return "partly";
  if (g_strcmp0 (baseline, "partly") == 0)
    return "in-place";
  return baseline;
}

static gboolean
insert_strategy (HpDatabase  *db,
                 gint64       id,
                 GError     **error)
{
  g_autofree char *now = hp_strategy_now ();

  return hp_strategy_exec (db,
    "INSERT INTO strategy (id, municipality, title, period_start, period_end, vision, is_example, "
    "created_at, changed_at) VALUES (?1, ?2, ?3, 2025, 2028, ?4, 1, ?5, ?5)", error, "itttt", id,
    HP_EXAMPLE_MUNICIPALITY, "Hjemløsestrategi 2025-2028",
    "Ingen i Eksempelby skal leve i hjemløshed i mere end tre måneder. Vi arbejder efter Housing "
    "First: en egen, betalelig bolig hurtigt, med den støtte der skal til for at blive boende.",
    now);
}

static gboolean
insert_assessments (HpDatabase  *db,
                    gint64       id,
                    gint64       snapshot_id,
                    GError     **error)
{
  g_autofree char *now = hp_strategy_now ();
  sqlite3_stmt *stmt = hp_database_prepare (db, "SELECT id, classification FROM corpus_item "
                                                "WHERE kind = 'direction' ORDER BY seq", error);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (rows, hp_strategy_column_dup (stmt, 0));
      g_ptr_array_add (rows, hp_strategy_column_dup (stmt, 1));
    }
  sqlite3_reset (stmt);
  for (guint i = 0; i < rows->len; i += 2)
    {
      const char *item = g_ptr_array_index (rows, i);
      const char *base = baseline_status (item, g_ptr_array_index (rows, i + 1));

      if (!hp_strategy_exec (db, "INSERT INTO snapshot_assessment (snapshot_id, item_id, status) "
                                 "VALUES (?1, ?2, ?3)", error, "itt", snapshot_id, item, base) ||
          !hp_strategy_exec (db, "INSERT INTO assessment (strategy_id, item_id, status, changed_at) "
                                 "VALUES (?1, ?2, ?3, ?4)", error, "ittt", id, item,
                             current_status (item, base), now))
        return FALSE;
    }
  return hp_strategy_exec (db, "UPDATE assessment SET note = ?3, responsible = ?4 "
                               "WHERE strategy_id = ?1 AND item_id = ?2", error, "itt" "t", id,
                           G_HOUSING ".a1", "Kortlægning gennemført juni 2025; opdateres hvert år "
                           "i forbindelse med budgettet.", "Boligsocialt team");
}

static gboolean
insert_plan (HpDatabase  *db,
             gint64       id,
             gint64       first_goal,
             gint64       first_action,
             GError     **error)
{
  g_autofree char *now = hp_strategy_now ();
  gboolean ok = TRUE;

  for (guint i = 0; ok && i < G_N_ELEMENTS (focus_areas); i++)
    ok = hp_strategy_exec (db, "INSERT INTO focus_area VALUES (?1, ?2, ?3)", error, "iti",
                           id, focus_areas[i], (gint64) i + 1);
  for (guint i = 0; ok && i < G_N_ELEMENTS (goals); i++)
    {
      ok = hp_strategy_exec (db, "INSERT INTO goal (id, strategy_id, text, indicator, baseline, target, "
                                 "deadline, figure, position, changed_at) VALUES "
                                 "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?1, ?9)", error, "iittddttt",
                             first_goal + i, id, goals[i].text, goals[i].indicator, goals[i].baseline,
                             goals[i].target, goals[i].deadline, goals[i].figure, now);
      for (guint d = 0; ok && goals[i].directions[d] != NULL; d++)
        ok = hp_strategy_exec (db, "INSERT INTO goal_direction VALUES (?1, ?2)", error, "it",
                               first_goal + i, goals[i].directions[d]);
    }
  for (guint i = 0; ok && i < G_N_ELEMENTS (actions); i++)
    ok = hp_strategy_exec (db, "INSERT INTO action (id, strategy_id, goal_id, text, owner, start_on, "
                               "deadline, status, position, changed_at) VALUES "
                               "(?1, ?2, nullif (?3, 0), ?4, ?5, ?6, ?7, ?8, ?1, ?9)", error, "iiittttt" "t",
                           first_action + i, id,
                           actions[i].goal ? first_goal + actions[i].goal - 1 : (gint64) 0,
                           actions[i].text, actions[i].owner, actions[i].start, actions[i].deadline,
                           actions[i].status, now) &&
         hp_strategy_exec (db, "INSERT INTO action_direction VALUES (?1, ?2)", error, "it",
                           first_action + i, actions[i].direction);
  return ok;
}

static gint64
max_id (HpDatabase *db,
        const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (max (id), 0) FROM %s", table);
  sqlite3_stmt *stmt = hp_database_prepare (db, sql, NULL);
  gint64 id = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return id;
}

/* Adds the example strategy (another one, if one is there already) and
 * returns its id, or 0 with @error set. */
gint64
hp_strategy_example_create (HpStrategyStore  *store,
                            GError          **error)
{
  HpDatabase *db = hp_strategy_store_get_database (store);
  HpStrategyEdit *edit = hp_strategy_edit_begin (store, _("Example opened"), 0, error);
  gint64 id, snapshot, goal, action;
  g_autofree char *now = hp_strategy_now ();
  gboolean ok;

  if (edit == NULL)
    return 0;
  id = max_id (db, "strategy") + 1;
  snapshot = max_id (db, "strategy_snapshot") + 1;
  goal = max_id (db, "goal") + 1;
  action = max_id (db, "action") + 1;
  ok = hp_strategy_edit_track (edit, "strategy", "id = ?1", id, NULL, error) &&
       hp_strategy_edit_track_strategy (edit, id, error) &&
       insert_strategy (db, id, error) &&
       hp_strategy_exec (db, "INSERT INTO strategy_snapshot (id, strategy_id, label, taken_on, "
                             "is_baseline, created_at) VALUES (?1, ?2, 'Baseline', ?3, 1, ?4)", error,
                         "iitt", snapshot, id, BASELINE_DATE, now) &&
       insert_assessments (db, id, snapshot, error) &&
       insert_plan (db, id, goal, action, error);
  hp_strategy_edit_set_strategy (edit, id);
  return hp_strategy_edit_end (edit, ok, error) ? id : 0;
}
