/* hp-housing-example.h — the fictional example municipality's mapping
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-housing-store.h"

G_BEGIN_DECLS

#define HP_HOUSING_EXAMPLE_MUNICIPALITY "Eksempelby Kommune (fiktiv)"

gboolean hp_housing_example_load (HpHousingStore  *store,
                                  GError         **error);

G_END_DECLS
