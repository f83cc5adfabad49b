/* hp-housing-types.h — the fixed, translatable lists of the housing mapping
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Each list is stored by its stable keys; labels are for people. */
typedef enum {
  HP_HOUSING_LIST_DWELLING,   /* dwelling types: supply and housing need */
  HP_HOUSING_LIST_CATEGORY,   /* VIVE's count categories */
  HP_HOUSING_LIST_AGE,        /* age groups */
  HP_HOUSING_LIST_SUPPORT,    /* support need: none, CTI, ICM, ACT */
  HP_HOUSING_LIST_BENEFIT,    /* income by benefit type */
  HP_HOUSING_N_LISTS
} HpHousingList;

/* Numbers a user can enter, each with its allowed range. */
typedef enum {
  HP_HOUSING_FIELD_UNITS,
  HP_HOUSING_FIELD_M2,
  HP_HOUSING_FIELD_ROOMS,
  HP_HOUSING_FIELD_RENT,
  HP_HOUSING_FIELD_TURNOVER,
  HP_HOUSING_FIELD_SHARE,
  HP_HOUSING_FIELD_COUNT,
  HP_HOUSING_FIELD_INCOME,
  HP_HOUSING_FIELD_INCOME_SHARE,
  HP_HOUSING_FIELD_YEAR,
  HP_HOUSING_FIELD_VACANCIES,
  HP_HOUSING_N_FIELDS
} HpHousingField;

guint       hp_housing_list_size   (HpHousingList  list);
const char *hp_housing_key         (HpHousingList  list,
                                    guint          index);
const char *hp_housing_label       (HpHousingList  list,
                                    guint          index);
const char *hp_housing_danish      (HpHousingList  list,
                                    guint          index);
int         hp_housing_index_of    (HpHousingList  list,
                                    const char    *key);
int         hp_housing_lookup      (HpHousingList  list,
                                    const char    *text);

const char *hp_housing_field_label (HpHousingField field);
gboolean    hp_housing_check       (HpHousingField field,
                                    double         value,
                                    GError       **error);

G_END_DECLS
