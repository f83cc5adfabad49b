/* hp-housing-segment.h — one segment of the housing stock
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The plain values, as the store and the CSV importer pass them around
 * without an object per row. */
typedef struct {
  gint64    id;            /* 0 until stored */
  guint     dwelling;      /* index in HP_HOUSING_LIST_DWELLING */
  char     *area;
  char     *organisation;
  int       units;
  double    m2;            /* 0 = not given */
  int       rooms;         /* 0 = not given */
  double    rent;          /* kr. per month */
  gboolean  step_free;
  double    turnover;      /* share of units let again per year, 0-1 */
  double    share;         /* the municipality's allocation share, 0-1 */
} HpHousingSegmentData;

void     hp_housing_segment_data_clear    (HpHousingSegmentData *data);
void     hp_housing_segment_data_init     (HpHousingSegmentData *data);
gboolean hp_housing_segment_data_validate (const HpHousingSegmentData *data,
                                           GError               **error);
double   hp_housing_segment_data_reachable (const HpHousingSegmentData *data);

#define HP_TYPE_HOUSING_SEGMENT (hp_housing_segment_get_type ())
G_DECLARE_FINAL_TYPE (HpHousingSegment, hp_housing_segment, HP, HOUSING_SEGMENT, GObject)

HpHousingSegment           *hp_housing_segment_new      (const HpHousingSegmentData *data);
const HpHousingSegmentData *hp_housing_segment_get_data (HpHousingSegment *self);
gint64                      hp_housing_segment_get_id   (HpHousingSegment *self);

G_END_DECLS
