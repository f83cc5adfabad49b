/* hp-housing-store-supply.c — HpHousingStore: supply segments, scenarios
 * and the gap analysis (the other half is in hp-housing-store.c)
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-housing-store-private.h"
#include "hp-housing-types.h"

static sqlite3_stmt *
prepare (HpHousingStore  *self,
         const char      *sql,
         GError         **error)
{
  return hp_database_prepare (hp_housing_store_get_database (self), sql, error);
}

static gboolean
step_done (HpHousingStore  *self,
           sqlite3_stmt    *stmt,
           GError         **error)
{
  return hp_database_step_done (hp_housing_store_get_database (self), stmt, error);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  return text ? text : "";
}

void
hp_housing_segment_data_read (sqlite3_stmt         *stmt,
                              HpHousingSegmentData *data)
{
  int dwelling = hp_housing_index_of (HP_HOUSING_LIST_DWELLING, column_text (stmt, 1));

  data->id = sqlite3_column_int64 (stmt, 0);
  data->dwelling = dwelling < 0 ? 0 : dwelling;
  g_free (data->area);
  data->area = g_strdup (column_text (stmt, 2));
  g_free (data->organisation);
  data->organisation = g_strdup (column_text (stmt, 3));
  data->units = sqlite3_column_int (stmt, 4);
  data->m2 = sqlite3_column_double (stmt, 5);
  data->rooms = sqlite3_column_int (stmt, 6);
  data->rent = sqlite3_column_double (stmt, 7);
  data->step_free = sqlite3_column_int (stmt, 8) != 0;
  data->turnover = sqlite3_column_double (stmt, 9);
  data->share = sqlite3_column_double (stmt, 10);
}

/* Columns 2-11 in HP_HOUSING_SEGMENT_COLUMNS order after the id. */
static void
bind_segment (sqlite3_stmt               *stmt,
              const HpHousingSegmentData *d)
{
  sqlite3_bind_text (stmt, 2, hp_housing_key (HP_HOUSING_LIST_DWELLING, d->dwelling), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, d->area ? d->area : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, d->organisation ? d->organisation : "", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, d->units);
  sqlite3_bind_double (stmt, 6, d->m2);
  sqlite3_bind_int (stmt, 7, d->rooms);
  sqlite3_bind_double (stmt, 8, d->rent);
  sqlite3_bind_int (stmt, 9, d->step_free ? 1 : 0);
  sqlite3_bind_double (stmt, 10, d->turnover);
  sqlite3_bind_double (stmt, 11, d->share);
}

/* ?1 is the id (NULL: a new one), ?12 the year. */
static const char insert_segment_sql[] =
  "INSERT INTO housing_segment (id, dwelling, area, organisation, units, m2, rooms, rent, step_free,"
  " turnover, share, year_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

gboolean
hp_housing_store_insert_segment_row (HpHousingStore              *self,
                                     gint64                       year_id,
                                     const HpHousingSegmentData  *data,
                                     GError                     **error)
{
  sqlite3_stmt *stmt = hp_housing_store_insert_segment_stmt (self, insert_segment_sql, error);

  if (stmt == NULL)
    return FALSE;
  if (data->id > 0)
    sqlite3_bind_int64 (stmt, 1, data->id);
  bind_segment (stmt, data);
  sqlite3_bind_int64 (stmt, 12, year_id);
  return step_done (self, stmt, error);
}

/* With data->id set the segment comes back under its old id (undo of a
 * removal), so anything remembering it still finds it. */
gint64
hp_housing_store_add_segment (HpHousingStore              *self,
                              int                          year,
                              const HpHousingSegmentData  *data,
                              GError                     **error)
{
  gint64 year_id;
  gint64 id;

  if (!hp_housing_segment_data_validate (data, error) ||
      (year_id = hp_housing_store_year_id (self, year, error)) == 0 ||
      !hp_housing_store_insert_segment_row (self, year_id, data, error))
    return 0;
  id = sqlite3_last_insert_rowid (hp_database_get_handle (hp_housing_store_get_database (self)));
  hp_housing_store_emit_changed (self, year);
  return id;
}

gboolean
hp_housing_store_update_segment (HpHousingStore              *self,
                                 const HpHousingSegmentData  *data,
                                 GError                     **error)
{
  sqlite3_stmt *stmt;

  if (!hp_housing_segment_data_validate (data, error))
    return FALSE;
  stmt = prepare (self, "UPDATE housing_segment SET dwelling = ?2, area = ?3, organisation = ?4,"
                        " units = ?5, m2 = ?6, rooms = ?7, rent = ?8, step_free = ?9, turnover = ?10,"
                        " share = ?11 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->id);
  bind_segment (stmt, data);
  if (!step_done (self, stmt, error))
    return FALSE;
  hp_housing_store_emit_segment_updated (self, data->id);
  hp_housing_store_emit_changed (self, hp_housing_store_year_of_row (self, "housing_segment", data->id));
  return TRUE;
}

gboolean
hp_housing_store_get_segment (HpHousingStore        *self,
                              gint64                 id,
                              HpHousingSegmentData  *data,
                              GError               **error)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT " HP_HOUSING_SEGMENT_COLUMNS
                                      " FROM housing_segment WHERE id = ?", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (found)
    hp_housing_segment_data_read (stmt, data);
  sqlite3_reset (stmt);
  if (!found)
    g_set_error (error, HP_ERROR, HP_ERROR_NOT_FOUND, _("The housing segment no longer exists"));
  return found;
}

gboolean
hp_housing_store_delete_segment (HpHousingStore        *self,
                                 gint64                 id,
                                 HpHousingSegmentData  *removed,
                                 GError               **error)
{
  int year = hp_housing_store_year_of_row (self, "housing_segment", id);
  HpHousingSegmentData old = { 0 };
  sqlite3_stmt *stmt;

  if (!hp_housing_store_get_segment (self, id, &old, error) ||
      (stmt = prepare (self, "DELETE FROM housing_segment WHERE id = ?", error)) == NULL)
    {
      hp_housing_segment_data_clear (&old);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_done (self, stmt, error))
    {
      hp_housing_segment_data_clear (&old);
      return FALSE;
    }
  if (removed != NULL)
    *removed = old;
  else
    hp_housing_segment_data_clear (&old);
  hp_housing_store_emit_changed (self, year);
  return TRUE;
}

gint64
hp_housing_store_count_segments (HpHousingStore *self,
                                 int             year)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT count(*) FROM housing_segment"
                                      " WHERE year_id = (SELECT id FROM housing_year WHERE year = ?)", NULL);
  gint64 n = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int (stmt, 1, year);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/* Not through the statement cache: @func may itself use the store. */
gboolean
hp_housing_store_foreach_segment (HpHousingStore        *self,
                                  int                    year,
                                  HpHousingSegmentFunc   func,
                                  gpointer               user_data,
                                  GError               **error)
{
  HpDatabase *db = hp_housing_store_get_database (self);
  HpHousingSegmentData data = { 0 };
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;
  int rc;

  if (sqlite3_prepare_v2 (hp_database_get_handle (db),
                          "SELECT " HP_HOUSING_SEGMENT_COLUMNS " FROM housing_segment"
                          " WHERE year_id = (SELECT id FROM housing_year WHERE year = ?) ORDER BY id",
                          -1, &stmt, NULL) != SQLITE_OK)
    return hp_database_set_error (db, error, "segments");
  sqlite3_bind_int (stmt, 1, year);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      hp_housing_segment_data_read (stmt, &data);
      ok = func (&data, user_data, error);
    }
  if (ok && rc != SQLITE_DONE)
    ok = hp_database_set_error (db, error, "segments");
  hp_housing_segment_data_clear (&data);
  sqlite3_finalize (stmt);
  return ok;
}

/* --- scenarios ----------------------------------------------------------- */

static void
scenario_free (gpointer data)
{
  hp_housing_scenario_clear (data);
  g_free (data);
}

static double
optional_double (sqlite3_stmt *stmt,
                 int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? -1 : sqlite3_column_double (stmt, column);
}

GPtrArray *
hp_housing_store_list_scenarios (HpHousingStore  *self,
                                 int              year,
                                 GError         **error)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT id, name, dwelling, share, max_rent, new_units, new_rent,"
                                      " new_share FROM housing_scenario"
                                      " WHERE year_id = (SELECT id FROM housing_year WHERE year = ?)"
                                      " ORDER BY id", error);
  GPtrArray *scenarios;

  if (stmt == NULL)
    return NULL;
  scenarios = g_ptr_array_new_with_free_func (scenario_free);
  sqlite3_bind_int (stmt, 1, year);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      HpHousingScenario *s = g_new0 (HpHousingScenario, 1);

      s->id = sqlite3_column_int64 (stmt, 0);
      s->name = g_strdup (column_text (stmt, 1));
      s->dwelling = hp_housing_index_of (HP_HOUSING_LIST_DWELLING, (const char *) sqlite3_column_text (stmt, 2));
      s->share = optional_double (stmt, 3);
      s->max_rent = optional_double (stmt, 4);
      s->new_units = sqlite3_column_int (stmt, 5);
      s->new_rent = sqlite3_column_double (stmt, 6);
      s->new_share = sqlite3_column_double (stmt, 7);
      g_ptr_array_add (scenarios, s);
    }
  sqlite3_reset (stmt);
  return scenarios;
}

static gboolean
check_scenario (const HpHousingScenario  *s,
                GError                  **error)
{
  g_autofree char *name = g_strdup (s->name);

  if (name == NULL || g_strstrip (name)[0] == '\0')
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID, _("A scenario needs a name"));
      return FALSE;
    }
  if (s->new_units > 0 && s->dwelling < 0)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID, _("Choose the dwelling type of the new build"));
      return FALSE;
    }
  return (s->share < 0 || hp_housing_check (HP_HOUSING_FIELD_SHARE, s->share, error)) &&
         (s->max_rent < 0 || hp_housing_check (HP_HOUSING_FIELD_RENT, s->max_rent, error)) &&
         hp_housing_check (HP_HOUSING_FIELD_UNITS, s->new_units, error) &&
         hp_housing_check (HP_HOUSING_FIELD_RENT, s->new_rent, error) &&
         hp_housing_check (HP_HOUSING_FIELD_SHARE, s->new_share, error);
}

gint64
hp_housing_store_add_scenario (HpHousingStore           *self,
                               int                       year,
                               const HpHousingScenario  *s,
                               GError                  **error)
{
  gint64 year_id;
  sqlite3_stmt *stmt;

  if (!check_scenario (s, error) || (year_id = hp_housing_store_year_id (self, year, error)) == 0)
    return 0;
  stmt = prepare (self, "INSERT INTO housing_scenario (year_id, name, dwelling, share, max_rent, new_units,"
                        " new_rent, new_share) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, year_id);
  sqlite3_bind_text (stmt, 2, s->name, -1, SQLITE_TRANSIENT);
  if (s->dwelling >= 0)
    sqlite3_bind_text (stmt, 3, hp_housing_key (HP_HOUSING_LIST_DWELLING, s->dwelling), -1, SQLITE_STATIC);
  if (s->share >= 0)
    sqlite3_bind_double (stmt, 4, s->share);
  if (s->max_rent >= 0)
    sqlite3_bind_double (stmt, 5, s->max_rent);
  sqlite3_bind_int (stmt, 6, s->new_units);
  sqlite3_bind_double (stmt, 7, s->new_rent);
  sqlite3_bind_double (stmt, 8, s->new_share);
  if (!step_done (self, stmt, error))
    return 0;
  hp_housing_store_emit_changed (self, year);
  return sqlite3_last_insert_rowid (hp_database_get_handle (hp_housing_store_get_database (self)));
}

gboolean
hp_housing_store_delete_scenario (HpHousingStore  *self,
                                  gint64           id,
                                  GError         **error)
{
  int year = hp_housing_store_year_of_row (self, "housing_scenario", id);
  sqlite3_stmt *stmt = prepare (self, "DELETE FROM housing_scenario WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_done (self, stmt, error))
    return FALSE;
  hp_housing_store_emit_changed (self, year);
  return TRUE;
}

/* --- the gap ------------------------------------------------------------- */

/* One pass over the year's segments, reading only the five columns the
 * analysis needs; the dwelling key is mapped through a small cache because
 * a national extract repeats a dozen keys millions of times. */
static gboolean
stream_supply (HpHousingStore  *self,
               gint64           year_id,
               HpHousingGap    *gap,
               GError         **error)
{
  HpDatabase *db = hp_housing_store_get_database (self);
  sqlite3_stmt *stmt = NULL;
  char last_key[64] = "";
  int last_index = -1;
  int rc;

  if (sqlite3_prepare_v2 (hp_database_get_handle (db),
                          "SELECT dwelling, units, rent, turnover, share FROM housing_segment WHERE year_id = ?",
                          -1, &stmt, NULL) != SQLITE_OK)
    return hp_database_set_error (db, error, "gap");
  sqlite3_bind_int64 (stmt, 1, year_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);

      if (last_index < 0 || g_strcmp0 (key, last_key) != 0)
        {
          last_index = hp_housing_index_of (HP_HOUSING_LIST_DWELLING, key);
          g_strlcpy (last_key, key ? key : "", sizeof last_key);
        }
      if (last_index >= 0)
        hp_housing_gap_add_supply (gap, last_index, sqlite3_column_double (stmt, 1),
                                   sqlite3_column_double (stmt, 2), sqlite3_column_double (stmt, 3),
                                   sqlite3_column_double (stmt, 4));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return hp_database_set_error (db, error, "gap");
  return TRUE;
}

HpHousingGap *
hp_housing_store_compute_gap (HpHousingStore           *self,
                              int                       year,
                              const HpHousingScenario  *scenario,
                              GError                  **error)
{
  HpHousingRule rule;
  g_autoptr(GArray) incomes = NULL;
  g_autoptr(GArray) groups = NULL;
  g_autoptr(HpHousingGap) gap = NULL;
  gint64 year_id;

  g_return_val_if_fail (HP_IS_HOUSING_STORE (self), NULL);

  if ((year_id = hp_housing_store_year_id (self, year, error)) == 0 ||
      !hp_housing_store_get_rule (self, year, &rule, error) ||
      (incomes = hp_housing_store_get_incomes (self, year, error)) == NULL ||
      (groups = hp_housing_store_get_groups (self, year, error)) == NULL)
    return NULL;
  gap = hp_housing_gap_new (&rule, (HpHousingIncome *) incomes->data, incomes->len,
                            (HpHousingGroup *) groups->data, groups->len, scenario);
  if (!stream_supply (self, year_id, gap, error))
    return NULL;
  hp_housing_gap_finish (gap);
  return g_steal_pointer (&gap);
}
