/* hp-context.h — the model objects a window works with, in one place
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-bookmarks.h"
#include "hp-corpus.h"
#include "hp-database.h"
#include "hp-law-index.h"
#include "hp-notes.h"
#include "hp-search.h"
#include "hp-strategy-store.h"
#include "hp-undo-stack.h"

G_BEGIN_DECLS

#define HP_TYPE_CONTEXT (hp_context_get_type ())
G_DECLARE_FINAL_TYPE (HpContext, hp_context, HP, CONTEXT, GObject)

HpContext   *hp_context_new           (HpDatabase  *database,
                                       GError     **error);
HpDatabase  *hp_context_get_database  (HpContext   *self);
HpCorpus    *hp_context_get_corpus    (HpContext   *self);
HpSearch    *hp_context_get_search    (HpContext   *self);
HpBookmarks *hp_context_get_bookmarks (HpContext   *self);
HpNotes     *hp_context_get_notes     (HpContext   *self);
HpLawIndex  *hp_context_get_law_index (HpContext   *self);
HpUndoStack *hp_context_get_undo_stack (HpContext  *self);
HpStrategyStore *hp_context_get_strategy_store (HpContext *self);

G_END_DECLS
