/* hp-direction-refs.h — directions and sub-points named by number and
 * guideline, for exports
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-strategy-directions.h"

G_BEGIN_DECLS

typedef struct _HpDirectionRefs HpDirectionRefs;

HpDirectionRefs  *hp_direction_refs_new    (HpCorpus            *corpus);
void              hp_direction_refs_free   (HpDirectionRefs     *self);
GPtrArray        *hp_direction_refs_get_places (HpDirectionRefs *self);
HpDirectionPlace *hp_direction_refs_lookup (HpDirectionRefs     *self,
                                            const char          *id,
                                            const char         **number);
char             *hp_direction_refs_format (HpDirectionRefs     *self,
                                            const char * const  *ids);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpDirectionRefs, hp_direction_refs_free)

G_END_DECLS
