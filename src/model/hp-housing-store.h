/* hp-housing-store.h — the housing mapping's tables: years, supply,
 * demand, incomes, the affordability rule and scenarios
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-database.h"
#include "hp-housing-gap.h"
#include "hp-housing-segment.h"

G_BEGIN_DECLS

#define HP_TYPE_HOUSING_STORE (hp_housing_store_get_type ())
G_DECLARE_FINAL_TYPE (HpHousingStore, hp_housing_store, HP, HOUSING_STORE, GObject)

typedef gboolean (*HpHousingSegmentFunc) (const HpHousingSegmentData *data,
                                          gpointer                    user_data,
                                          GError                    **error);

HpHousingStore *hp_housing_store_new            (HpDatabase      *database);
HpDatabase *hp_housing_store_get_database       (HpHousingStore  *self);
void        hp_housing_store_emit_changed       (HpHousingStore  *self,
                                                 int              year);

/* Mapping years */
GArray     *hp_housing_store_list_years         (HpHousingStore  *self,
                                                 GError         **error);
gint64      hp_housing_store_year_id            (HpHousingStore  *self,
                                                 int              year,
                                                 GError         **error);
gboolean    hp_housing_store_add_year           (HpHousingStore  *self,
                                                 int              year,
                                                 const char      *municipality,
                                                 GError         **error);
gboolean    hp_housing_store_copy_year          (HpHousingStore  *self,
                                                 int              from,
                                                 int              to,
                                                 GError         **error);
gboolean    hp_housing_store_delete_year        (HpHousingStore  *self,
                                                 int              year,
                                                 GError         **error);
char       *hp_housing_store_get_municipality   (HpHousingStore  *self,
                                                 int              year);

/* Affordability */
gboolean    hp_housing_store_get_rule           (HpHousingStore  *self,
                                                 int              year,
                                                 HpHousingRule   *rule,
                                                 GError         **error);
gboolean    hp_housing_store_set_rule           (HpHousingStore  *self,
                                                 int              year,
                                                 const HpHousingRule *rule,
                                                 GError         **error);
GArray     *hp_housing_store_get_incomes        (HpHousingStore  *self,
                                                 int              year,
                                                 GError         **error);
gboolean    hp_housing_store_set_income         (HpHousingStore  *self,
                                                 int              year,
                                                 guint            benefit,
                                                 double           monthly,
                                                 GError         **error);

/* Demand */
GArray     *hp_housing_store_get_groups         (HpHousingStore  *self,
                                                 int              year,
                                                 GError         **error);
gint64      hp_housing_store_add_group          (HpHousingStore  *self,
                                                 int              year,
                                                 const HpHousingGroup *group,
                                                 GError         **error);
gboolean    hp_housing_store_update_group       (HpHousingStore  *self,
                                                 const HpHousingGroup *group,
                                                 GError         **error);
gboolean    hp_housing_store_delete_group       (HpHousingStore  *self,
                                                 gint64           id,
                                                 GError         **error);
gboolean    hp_housing_store_check_group        (const HpHousingGroup *group,
                                                 GError         **error);

/* Supply */
gint64      hp_housing_store_add_segment        (HpHousingStore  *self,
                                                 int              year,
                                                 const HpHousingSegmentData *data,
                                                 GError         **error);
gboolean    hp_housing_store_update_segment     (HpHousingStore  *self,
                                                 const HpHousingSegmentData *data,
                                                 GError         **error);
gboolean    hp_housing_store_get_segment        (HpHousingStore  *self,
                                                 gint64           id,
                                                 HpHousingSegmentData *data,
                                                 GError         **error);
gboolean    hp_housing_store_delete_segment     (HpHousingStore  *self,
                                                 gint64           id,
                                                 HpHousingSegmentData *removed,
                                                 GError         **error);
gint64      hp_housing_store_count_segments     (HpHousingStore  *self,
                                                 int              year);
gboolean    hp_housing_store_foreach_segment    (HpHousingStore  *self,
                                                 int              year,
                                                 HpHousingSegmentFunc func,
                                                 gpointer         user_data,
                                                 GError         **error);
void        hp_housing_segment_data_read        (sqlite3_stmt    *stmt,
                                                 HpHousingSegmentData *data);
#define HP_HOUSING_SEGMENT_COLUMNS \
  "id, dwelling, area, organisation, units, m2, rooms, rent, step_free, turnover, share"

/* Bulk writes for importers, inside a transaction the caller holds; they
 * neither validate against the fixed lists again nor emit signals. */
gboolean    hp_housing_store_clear_year_rows    (HpHousingStore  *self,
                                                 gint64           year_id,
                                                 gboolean         supply,
                                                 GError         **error);
gboolean    hp_housing_store_insert_segment_row (HpHousingStore  *self,
                                                 gint64           year_id,
                                                 const HpHousingSegmentData *data,
                                                 GError         **error);
gboolean    hp_housing_store_insert_group_row   (HpHousingStore  *self,
                                                 gint64           year_id,
                                                 const HpHousingGroup *group,
                                                 GError         **error);

/* Scenarios and the gap */
GPtrArray  *hp_housing_store_list_scenarios     (HpHousingStore  *self,
                                                 int              year,
                                                 GError         **error);
gint64      hp_housing_store_add_scenario       (HpHousingStore  *self,
                                                 int              year,
                                                 const HpHousingScenario *scenario,
                                                 GError         **error);
gboolean    hp_housing_store_delete_scenario    (HpHousingStore  *self,
                                                 gint64           id,
                                                 GError         **error);
HpHousingGap *hp_housing_store_compute_gap      (HpHousingStore  *self,
                                                 int              year,
                                                 const HpHousingScenario *scenario,
                                                 GError         **error);

G_END_DECLS
