/* hp-undo-rows.h — the rows an edit touched, before and after it
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-database.h"

G_BEGIN_DECLS

typedef struct _HpUndoRows HpUndoRows;

HpUndoRows *hp_undo_rows_new           (void);
void        hp_undo_rows_free          (HpUndoRows  *self);
gboolean    hp_undo_rows_track         (HpUndoRows  *self,
                                        HpDatabase  *db,
                                        const char  *table,
                                        const char  *where,
                                        gint64       key,
                                        const char  *key2,
                                        GError     **error);
gboolean    hp_undo_rows_capture_after (HpUndoRows  *self,
                                        HpDatabase  *db,
                                        GError     **error);
gboolean    hp_undo_rows_changed       (HpUndoRows  *self);
gboolean    hp_undo_rows_apply         (HpUndoRows  *self,
                                        HpDatabase  *db,
                                        gboolean     undo,
                                        GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpUndoRows, hp_undo_rows_free)

G_END_DECLS
