/* hp-housing-segment-list.h — a year's supply as a lazily paged GListModel
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hp-housing-store.h"

G_BEGIN_DECLS

#define HP_TYPE_HOUSING_SEGMENT_LIST (hp_housing_segment_list_get_type ())
G_DECLARE_FINAL_TYPE (HpHousingSegmentList, hp_housing_segment_list, HP, HOUSING_SEGMENT_LIST, GObject)

HpHousingSegmentList *hp_housing_segment_list_new        (HpHousingStore       *store);
void                  hp_housing_segment_list_set_year   (HpHousingSegmentList *self,
                                                          int                   year);
void                  hp_housing_segment_list_set_filter (HpHousingSegmentList *self,
                                                          const char           *text,
                                                          int                   dwelling);
void                  hp_housing_segment_list_set_sort   (HpHousingSegmentList *self,
                                                          const char           *key,
                                                          gboolean              descending);
void                  hp_housing_segment_list_reload     (HpHousingSegmentList *self);
guint                 hp_housing_segment_list_get_n_loaded (HpHousingSegmentList *self);
gboolean              hp_housing_segment_list_get_loading  (HpHousingSegmentList *self);
void                  hp_housing_segment_list_refresh_rows (HpHousingSegmentList *self);

G_END_DECLS
