/* hp-housing-store.c — the housing mapping's tables: years, supply,
 * demand, incomes, the affordability rule and scenarios
 *
 * Years are addressed by their number (2024), which is unique and what a
 * planner thinks in.  Every public write validates first, so a user gets a
 * sentence rather than a CHECK constraint, and then tells listeners through
 * "changed"; single-row edits to supply also emit "segment-updated", so a
 * list of millions of rows can refresh one row without a reload.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-housing-store-private.h"
#include "hp-housing-types.h"

struct _HpHousingStore
{
  GObject       parent_instance;
  HpDatabase   *database;
  sqlite3_stmt *insert_segment;   /* owned by the database's cache */
};

G_DEFINE_FINAL_TYPE (HpHousingStore, hp_housing_store, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  SIGNAL_SEGMENT_UPDATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
hp_housing_store_finalize (GObject *object)
{
  g_clear_object (&HP_HOUSING_STORE (object)->database);
  G_OBJECT_CLASS (hp_housing_store_parent_class)->finalize (object);
}

static void
hp_housing_store_class_init (HpHousingStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hp_housing_store_finalize;

  /* Anything of @year changed (or the list of years, with @year 0). */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[SIGNAL_SEGMENT_UPDATED] = g_signal_new ("segment-updated", G_TYPE_FROM_CLASS (klass),
                                                  G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
hp_housing_store_init (HpHousingStore *self)
{
}

HpHousingStore *
hp_housing_store_new (HpDatabase *database)
{
  HpHousingStore *self;

  g_return_val_if_fail (HP_IS_DATABASE (database), NULL);
  self = g_object_new (HP_TYPE_HOUSING_STORE, NULL);
  self->database = g_object_ref (database);
  return self;
}

/* An import inserts millions of rows: finding the statement by its text in
 * the database's cache each time (hashing the whole SQL) cost a tenth of
 * the import, so the store keeps its own pointer to it. */
sqlite3_stmt *
hp_housing_store_insert_segment_stmt (HpHousingStore  *self,
                                      const char      *sql,
                                      GError         **error)
{
  if (self->insert_segment == NULL)
    return self->insert_segment = hp_database_prepare (self->database, sql, error);
  sqlite3_reset (self->insert_segment);
  sqlite3_clear_bindings (self->insert_segment);
  return self->insert_segment;
}

HpDatabase *
hp_housing_store_get_database (HpHousingStore *self)
{
  g_return_val_if_fail (HP_IS_HOUSING_STORE (self), NULL);
  return self->database;
}

void
hp_housing_store_emit_changed (HpHousingStore *self,
                               int             year)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, year);
}

/* --- helpers ------------------------------------------------------------- */

static sqlite3_stmt *
prepare (HpHousingStore  *self,
         const char      *sql,
         GError         **error)
{
  return hp_database_prepare (self->database, sql, error);
}

static gboolean
step_done (HpHousingStore  *self,
           sqlite3_stmt    *stmt,
           GError         **error)
{
  return hp_database_step_done (self->database, stmt, error);
}

static guint
choice_of (HpHousingList  list,
           sqlite3_stmt  *stmt,
           int            column)
{
  int index = hp_housing_index_of (list, (const char *) sqlite3_column_text (stmt, column));
  return index < 0 ? 0 : (guint) index;
}

static void
bind_choice (sqlite3_stmt  *stmt,
             int            column,
             HpHousingList  list,
             guint          index)
{
  sqlite3_bind_text (stmt, column, hp_housing_key (list, index), -1, SQLITE_STATIC);
}

static gboolean
finish_write (HpHousingStore  *self,
              gboolean         ok,
              int              year)
{
  if (ok)
    hp_housing_store_emit_changed (self, year);
  return ok;
}

/* --- years --------------------------------------------------------------- */

GArray *
hp_housing_store_list_years (HpHousingStore  *self,
                             GError         **error)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT year FROM housing_year ORDER BY year", error);
  GArray *years;
  int rc;

  if (stmt == NULL)
    return NULL;
  years = g_array_new (FALSE, FALSE, sizeof (int));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      g_array_append_val (years, year);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_array_unref (years);
      hp_database_set_error (self->database, error, "years");
      return NULL;
    }
  return years;
}

gint64
hp_housing_store_year_id (HpHousingStore  *self,
                          int              year,
                          GError         **error)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT id FROM housing_year WHERE year = ?", error);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int (stmt, 1, year);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id == 0)
    g_set_error (error, HP_ERROR, HP_ERROR_NOT_FOUND, _("There is no mapping for %d"), year);
  return id;
}

gboolean
hp_housing_store_add_year (HpHousingStore  *self,
                           int              year,
                           const char      *municipality,
                           GError         **error)
{
  sqlite3_stmt *stmt;

  if (!hp_housing_check (HP_HOUSING_FIELD_YEAR, year, error))
    return FALSE;
  stmt = prepare (self, "INSERT INTO housing_year (year, municipality) VALUES (?, ?)"
                        " ON CONFLICT (year) DO NOTHING", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_text (stmt, 2, municipality ? municipality : "", -1, SQLITE_TRANSIENT);
  return finish_write (self, step_done (self, stmt, error), 0);
}

static const char *const copy_year_sql[] = {
  "INSERT INTO housing_year (year, municipality, rule_kind, max_rent, income_share, income_date)"
  " SELECT ?2, municipality, rule_kind, max_rent, income_share, income_date FROM housing_year WHERE year = ?1",
  "INSERT INTO housing_segment (year_id, dwelling, area, organisation, units, m2, rooms, rent, step_free,"
  " turnover, share) SELECT (SELECT id FROM housing_year WHERE year = ?2), dwelling, area, organisation,"
  " units, m2, rooms, rent, step_free, turnover, share FROM housing_segment"
  " WHERE year_id = (SELECT id FROM housing_year WHERE year = ?1) ORDER BY id",
  "INSERT INTO housing_group (year_id, category, age, count, need, support, benefit)"
  " SELECT (SELECT id FROM housing_year WHERE year = ?2), category, age, count, need, support, benefit"
  " FROM housing_group WHERE year_id = (SELECT id FROM housing_year WHERE year = ?1) ORDER BY id",
  "INSERT INTO housing_income (year_id, benefit, monthly)"
  " SELECT (SELECT id FROM housing_year WHERE year = ?2), benefit, monthly"
  " FROM housing_income WHERE year_id = (SELECT id FROM housing_year WHERE year = ?1)",
};

/* A new mapping year starts as a copy of an earlier one: most of the stock
 * is the same, and the planner updates what changed. */
gboolean
hp_housing_store_copy_year (HpHousingStore  *self,
                            int              from,
                            int              to,
                            GError         **error)
{
  if (!hp_housing_check (HP_HOUSING_FIELD_YEAR, to, error) ||
      hp_housing_store_year_id (self, from, error) == 0)
    return FALSE;
  if (hp_housing_store_year_id (self, to, NULL) != 0)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID, _("There is already a mapping for %d"), to);
      return FALSE;
    }
  if (!hp_database_begin (self->database, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (copy_year_sql); i++)
    {
      sqlite3_stmt *stmt = prepare (self, copy_year_sql[i], error);

      if (stmt != NULL)
        {
          sqlite3_bind_int (stmt, 1, from);
          sqlite3_bind_int (stmt, 2, to);
        }
      if (stmt == NULL || !step_done (self, stmt, error))
        {
          hp_database_rollback (self->database);
          return FALSE;
        }
    }
  return finish_write (self, hp_database_commit (self->database, error), 0);
}

gboolean
hp_housing_store_delete_year (HpHousingStore  *self,
                              int              year,
                              GError         **error)
{
  sqlite3_stmt *stmt = prepare (self, "DELETE FROM housing_year WHERE year = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  return finish_write (self, step_done (self, stmt, error), 0);
}

char *
hp_housing_store_get_municipality (HpHousingStore *self,
                                   int             year)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT municipality FROM housing_year WHERE year = ?", NULL);
  char *name = NULL;

  if (stmt == NULL)
    return g_strdup ("");
  sqlite3_bind_int (stmt, 1, year);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return name ? name : g_strdup ("");
}

/* --- affordability ------------------------------------------------------- */

gboolean
hp_housing_store_get_rule (HpHousingStore  *self,
                           int              year,
                           HpHousingRule   *rule,
                           GError         **error)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT rule_kind, max_rent, income_share, income_date"
                                      " FROM housing_year WHERE year = ?", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (found)
    {
      rule->kind = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "income-share") == 0
                   ? HP_HOUSING_RULE_INCOME_SHARE : HP_HOUSING_RULE_MAX_RENT;
      rule->max_rent = sqlite3_column_double (stmt, 1);
      rule->income_share = sqlite3_column_double (stmt, 2);
      g_strlcpy (rule->income_date, (const char *) sqlite3_column_text (stmt, 3), sizeof rule->income_date);
    }
  sqlite3_reset (stmt);
  if (!found)
    g_set_error (error, HP_ERROR, HP_ERROR_NOT_FOUND, _("There is no mapping for %d"), year);
  return found;
}

static gboolean
check_date (const char  *date,
            GError     **error)
{
  g_autoptr(GDateTime) parsed = NULL;
  g_autofree char *iso = NULL;

  if (date == NULL || date[0] == '\0')
    return TRUE;
  iso = g_strconcat (date, "T00:00:00Z", NULL);
  parsed = g_date_time_new_from_iso8601 (iso, NULL);
  if (parsed == NULL || strlen (date) != 10)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                   _("“%s” is not a date; write it as YYYY-MM-DD"), date);
      return FALSE;
    }
  return TRUE;
}

gboolean
hp_housing_store_set_rule (HpHousingStore       *self,
                           int                   year,
                           const HpHousingRule  *rule,
                           GError              **error)
{
  sqlite3_stmt *stmt;

  if (!hp_housing_check (HP_HOUSING_FIELD_RENT, rule->max_rent, error) ||
      !hp_housing_check (HP_HOUSING_FIELD_INCOME_SHARE, rule->income_share, error) ||
      !check_date (rule->income_date, error) ||
      hp_housing_store_year_id (self, year, error) == 0)
    return FALSE;
  stmt = prepare (self, "UPDATE housing_year SET rule_kind = ?, max_rent = ?, income_share = ?,"
                        " income_date = ? WHERE year = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, rule->kind == HP_HOUSING_RULE_INCOME_SHARE ? "income-share" : "max-rent",
                     -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 2, rule->max_rent);
  sqlite3_bind_double (stmt, 3, rule->income_share);
  sqlite3_bind_text (stmt, 4, rule->income_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, year);
  return finish_write (self, step_done (self, stmt, error), year);
}

GArray *
hp_housing_store_get_incomes (HpHousingStore  *self,
                              int              year,
                              GError         **error)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT benefit, monthly FROM housing_income"
                                      " WHERE year_id = (SELECT id FROM housing_year WHERE year = ?)",
                                error);
  GArray *incomes;

  if (stmt == NULL)
    return NULL;
  incomes = g_array_new (FALSE, FALSE, sizeof (HpHousingIncome));
  sqlite3_bind_int (stmt, 1, year);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      HpHousingIncome income = {
        .benefit = choice_of (HP_HOUSING_LIST_BENEFIT, stmt, 0),
        .monthly = sqlite3_column_double (stmt, 1),
      };
      g_array_append_val (incomes, income);
    }
  sqlite3_reset (stmt);
  return incomes;
}

gboolean
hp_housing_store_set_income (HpHousingStore  *self,
                             int              year,
                             guint            benefit,
                             double           monthly,
                             GError         **error)
{
  gint64 year_id;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (benefit < hp_housing_list_size (HP_HOUSING_LIST_BENEFIT), FALSE);
  if (!hp_housing_check (HP_HOUSING_FIELD_INCOME, monthly, error) ||
      (year_id = hp_housing_store_year_id (self, year, error)) == 0)
    return FALSE;
  stmt = prepare (self, "INSERT INTO housing_income (year_id, benefit, monthly) VALUES (?, ?, ?)"
                        " ON CONFLICT (year_id, benefit) DO UPDATE SET monthly = excluded.monthly", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, year_id);
  bind_choice (stmt, 2, HP_HOUSING_LIST_BENEFIT, benefit);
  sqlite3_bind_double (stmt, 3, monthly);
  return finish_write (self, step_done (self, stmt, error), year);
}

/* --- demand -------------------------------------------------------------- */

gboolean
hp_housing_store_check_group (const HpHousingGroup  *group,
                              GError               **error)
{
  if (group->category >= hp_housing_list_size (HP_HOUSING_LIST_CATEGORY) ||
      group->age >= hp_housing_list_size (HP_HOUSING_LIST_AGE) ||
      group->need >= hp_housing_list_size (HP_HOUSING_LIST_DWELLING) ||
      group->support >= hp_housing_list_size (HP_HOUSING_LIST_SUPPORT) ||
      group->benefit >= hp_housing_list_size (HP_HOUSING_LIST_BENEFIT))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID, _("Unknown choice in a homeless group"));
      return FALSE;
    }
  return hp_housing_check (HP_HOUSING_FIELD_COUNT, group->count, error);
}

GArray *
hp_housing_store_get_groups (HpHousingStore  *self,
                             int              year,
                             GError         **error)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT id, category, age, count, need, support, benefit"
                                      " FROM housing_group"
                                      " WHERE year_id = (SELECT id FROM housing_year WHERE year = ?)"
                                      " ORDER BY id", error);
  GArray *groups;

  if (stmt == NULL)
    return NULL;
  groups = g_array_new (FALSE, FALSE, sizeof (HpHousingGroup));
  sqlite3_bind_int (stmt, 1, year);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      HpHousingGroup g = {
        .id = sqlite3_column_int64 (stmt, 0),
        .category = choice_of (HP_HOUSING_LIST_CATEGORY, stmt, 1),
        .age = choice_of (HP_HOUSING_LIST_AGE, stmt, 2),
        .count = sqlite3_column_int (stmt, 3),
        .need = choice_of (HP_HOUSING_LIST_DWELLING, stmt, 4),
        .support = choice_of (HP_HOUSING_LIST_SUPPORT, stmt, 5),
        .benefit = choice_of (HP_HOUSING_LIST_BENEFIT, stmt, 6),
      };
      g_array_append_val (groups, g);
    }
  sqlite3_reset (stmt);
  return groups;
}

static void
bind_group (sqlite3_stmt         *stmt,
            const HpHousingGroup *g)
{
  bind_choice (stmt, 2, HP_HOUSING_LIST_CATEGORY, g->category);
  bind_choice (stmt, 3, HP_HOUSING_LIST_AGE, g->age);
  sqlite3_bind_int (stmt, 4, g->count);
  bind_choice (stmt, 5, HP_HOUSING_LIST_DWELLING, g->need);
  bind_choice (stmt, 6, HP_HOUSING_LIST_SUPPORT, g->support);
  bind_choice (stmt, 7, HP_HOUSING_LIST_BENEFIT, g->benefit);
}

gboolean
hp_housing_store_insert_group_row (HpHousingStore        *self,
                                   gint64                 year_id,
                                   const HpHousingGroup  *group,
                                   GError               **error)
{
  sqlite3_stmt *stmt = prepare (self, "INSERT INTO housing_group (year_id, category, age, count, need,"
                                      " support, benefit) VALUES (?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, year_id);
  bind_group (stmt, group);
  return step_done (self, stmt, error);
}

gint64
hp_housing_store_add_group (HpHousingStore        *self,
                            int                    year,
                            const HpHousingGroup  *group,
                            GError               **error)
{
  gint64 year_id;

  if (!hp_housing_store_check_group (group, error) ||
      (year_id = hp_housing_store_year_id (self, year, error)) == 0 ||
      !hp_housing_store_insert_group_row (self, year_id, group, error))
    return 0;
  hp_housing_store_emit_changed (self, year);
  return sqlite3_last_insert_rowid (hp_database_get_handle (self->database));
}

static int
year_of_row (HpHousingStore *self,
             const char     *table,
             gint64          id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT y.year FROM %s r JOIN housing_year y ON y.id = r.year_id"
                                          " WHERE r.id = ?", table);
  sqlite3_stmt *stmt = prepare (self, sql, NULL);
  int year = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    year = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return year;
}

gboolean
hp_housing_store_update_group (HpHousingStore        *self,
                               const HpHousingGroup  *group,
                               GError               **error)
{
  sqlite3_stmt *stmt;

  if (!hp_housing_store_check_group (group, error))
    return FALSE;
  stmt = prepare (self, "UPDATE housing_group SET category = ?2, age = ?3, count = ?4, need = ?5,"
                        " support = ?6, benefit = ?7 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group->id);
  bind_group (stmt, group);
  return finish_write (self, step_done (self, stmt, error), year_of_row (self, "housing_group", group->id));
}

gboolean
hp_housing_store_delete_group (HpHousingStore  *self,
                               gint64           id,
                               GError         **error)
{
  int year = year_of_row (self, "housing_group", id);
  sqlite3_stmt *stmt = prepare (self, "DELETE FROM housing_group WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return finish_write (self, step_done (self, stmt, error), year);
}

gboolean
hp_housing_store_clear_year_rows (HpHousingStore  *self,
                                  gint64           year_id,
                                  gboolean         supply,
                                  GError         **error)
{
  sqlite3_stmt *stmt = prepare (self, supply ? "DELETE FROM housing_segment WHERE year_id = ?"
                                             : "DELETE FROM housing_group WHERE year_id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, year_id);
  return step_done (self, stmt, error);
}

/* For hp-housing-store-supply.c, which holds the supply half of the class. */
void
hp_housing_store_emit_segment_updated (HpHousingStore *self,
                                       gint64          id)
{
  g_signal_emit (self, signals[SIGNAL_SEGMENT_UPDATED], 0, id);
}

int
hp_housing_store_year_of_row (HpHousingStore *self,
                              const char     *table,
                              gint64          id)
{
  return year_of_row (self, table, id);
}
