/* hp-law.h — one law (or other instrument) the publication cites
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HP_TYPE_LAW (hp_law_get_type ())
G_DECLARE_FINAL_TYPE (HpLaw, hp_law, HP, LAW, GObject)

HpLaw      *hp_law_new             (const char *key,
                                    const char *name,
                                    guint       n_citations);
const char *hp_law_get_key         (HpLaw      *self);
const char *hp_law_get_name        (HpLaw      *self);
guint       hp_law_get_n_citations (HpLaw      *self);

G_END_DECLS
