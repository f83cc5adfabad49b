/* hp-context.c — the model objects a window works with, in one place
 *
 * Passed to widgets instead of global singletons, so tests can build a
 * window over an in-memory database and several windows share one set of
 * bookmarks and notes.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hp-context.h"

struct _HpContext
{
  GObject      parent_instance;

  HpDatabase  *database;
  HpCorpus    *corpus;
  HpSearch    *search;
  HpBookmarks *bookmarks;
  HpNotes     *notes;
  HpLawIndex  *law_index;
  HpUndoStack *undo_stack;   /* one history for every pane */
  HpStrategyStore *strategy_store;
};

G_DEFINE_FINAL_TYPE (HpContext, hp_context, G_TYPE_OBJECT)

static void
hp_context_finalize (GObject *object)
{
  HpContext *self = HP_CONTEXT (object);

  g_clear_object (&self->strategy_store);
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->law_index);
  g_clear_object (&self->notes);
  g_clear_object (&self->bookmarks);
  g_clear_object (&self->search);
  g_clear_object (&self->corpus);
  g_clear_object (&self->database);
  G_OBJECT_CLASS (hp_context_parent_class)->finalize (object);
}

static void
hp_context_class_init (HpContextClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hp_context_finalize;
}

static void
hp_context_init (HpContext *self)
{
}

HpContext *
hp_context_new (HpDatabase  *database,
                GError     **error)
{
  g_autoptr(HpContext) self = NULL;

  g_return_val_if_fail (HP_IS_DATABASE (database), NULL);

  self = g_object_new (HP_TYPE_CONTEXT, NULL);
  self->database = g_object_ref (database);
  self->corpus = hp_corpus_new (database);
  self->search = hp_search_new (database);
  self->bookmarks = hp_bookmarks_new (self->corpus, error);
  if (self->bookmarks == NULL)
    return NULL;
  self->notes = hp_notes_new (self->corpus);
  self->law_index = hp_law_index_new (self->corpus);
  self->undo_stack = hp_undo_stack_new ();
  self->strategy_store = hp_strategy_store_new (self->corpus, self->undo_stack);
  return g_steal_pointer (&self);
}

HpDatabase  *hp_context_get_database  (HpContext *self) { return self->database; }
HpCorpus    *hp_context_get_corpus    (HpContext *self) { return self->corpus; }
HpSearch    *hp_context_get_search    (HpContext *self) { return self->search; }
HpBookmarks *hp_context_get_bookmarks (HpContext *self) { return self->bookmarks; }
HpNotes     *hp_context_get_notes     (HpContext *self) { return self->notes; }
HpLawIndex  *hp_context_get_law_index (HpContext *self) { return self->law_index; }
HpUndoStack *hp_context_get_undo_stack (HpContext *self) { return self->undo_stack; }
HpStrategyStore *hp_context_get_strategy_store (HpContext *self) { return self->strategy_store; }
