/* hp-housing-number.h — numbers, money and shares as Danes write them
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  HP_NUMBER_DANISH,    /* 1.234,50 */
  HP_NUMBER_ENGLISH,   /* 1,234.50 */
  HP_NUMBER_LOCALE,    /* as the current LC_NUMERIC writes it */
} HpNumberStyle;

gboolean hp_housing_parse_number   (const char     *text,
                                    HpNumberStyle   style,
                                    double         *value,
                                    gboolean       *percent);
char    *hp_housing_format_number  (double          value,
                                    int             decimals);
char    *hp_housing_format_danish  (double          value,
                                    int             decimals);
char    *hp_housing_format_money   (double          value);
char    *hp_housing_format_percent (double          share);
char    *hp_housing_format_years   (double          years);
double   hp_housing_round_years    (double          years);

G_END_DECLS
