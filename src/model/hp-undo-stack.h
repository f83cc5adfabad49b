/* hp-undo-stack.h — one undo/redo history for the whole window
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Brings the data to the state before (@undo TRUE) or after the edit. */
typedef gboolean (*HpUndoApplyFunc) (gpointer   data,
                                     gboolean   undo,
                                     GError   **error);

#define HP_UNDO_STACK_MAX_DEPTH 500

#define HP_TYPE_UNDO_STACK (hp_undo_stack_get_type ())
G_DECLARE_FINAL_TYPE (HpUndoStack, hp_undo_stack, HP, UNDO_STACK, GObject)

HpUndoStack *hp_undo_stack_new            (void);
void         hp_undo_stack_push           (HpUndoStack     *self,
                                           const char      *label,
                                           HpUndoApplyFunc  apply,
                                           gpointer         data,
                                           GDestroyNotify   destroy);
gboolean     hp_undo_stack_undo           (HpUndoStack     *self,
                                           GError         **error);
gboolean     hp_undo_stack_redo           (HpUndoStack     *self,
                                           GError         **error);
gboolean     hp_undo_stack_can_undo       (HpUndoStack     *self);
gboolean     hp_undo_stack_can_redo       (HpUndoStack     *self);
const char  *hp_undo_stack_get_undo_label (HpUndoStack     *self);
const char  *hp_undo_stack_get_redo_label (HpUndoStack     *self);
void         hp_undo_stack_clear          (HpUndoStack     *self);

G_END_DECLS
