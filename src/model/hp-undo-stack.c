/* hp-undo-stack.c — one undo/redo history for the whole window
 *
 * The stack knows nothing about what an edit is: each entry brings its own
 * apply function, so any model (strategy, housing…) can put its edits on
 * the same history and Ctrl+Z undoes the last edit wherever it was made.
 * It lives in HpContext, not in a pane, so switching panes keeps it.
 *
 * An entry whose apply fails stays where it was: the data is unchanged
 * (every apply runs in one transaction), so trying again is safe.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hp-undo-stack.h"

typedef struct {
  char            *label;
  HpUndoApplyFunc  apply;
  gpointer         data;
  GDestroyNotify   destroy;
} Entry;

struct _HpUndoStack
{
  GObject    parent_instance;

  GPtrArray *undo;   /* of Entry, oldest first */
  GPtrArray *redo;   /* of Entry, the next to redo last */
};

G_DEFINE_FINAL_TYPE (HpUndoStack, hp_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
entry_free (gpointer pointer)
{
  Entry *entry = pointer;

  if (entry->destroy != NULL)
    entry->destroy (entry->data);
  g_free (entry->label);
  g_free (entry);
}

static Entry *
last (GPtrArray *entries)
{
  return entries->len > 0 ? g_ptr_array_index (entries, entries->len - 1) : NULL;
}

static void
notify_all (HpUndoStack *self)
{
  for (guint i = 1; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
}

static void
hp_undo_stack_finalize (GObject *object)
{
  HpUndoStack *self = HP_UNDO_STACK (object);

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  G_OBJECT_CLASS (hp_undo_stack_parent_class)->finalize (object);
}

static void
hp_undo_stack_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HpUndoStack *self = HP_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, hp_undo_stack_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, hp_undo_stack_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, hp_undo_stack_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, hp_undo_stack_get_redo_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_undo_stack_class_init (HpUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hp_undo_stack_finalize;
  object_class->get_property = hp_undo_stack_get_property;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, flags);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hp_undo_stack_init (HpUndoStack *self)
{
  self->undo = g_ptr_array_new_with_free_func (entry_free);
  self->redo = g_ptr_array_new_with_free_func (entry_free);
}

HpUndoStack *
hp_undo_stack_new (void)
{
  return g_object_new (HP_TYPE_UNDO_STACK, NULL);
}

/* Records an edit that has already been made.  A new edit ends the redo
 * history, as in every editor. */
void
hp_undo_stack_push (HpUndoStack     *self,
                    const char      *label,
                    HpUndoApplyFunc  apply,
                    gpointer         data,
                    GDestroyNotify   destroy)
{
  Entry *entry;

  g_return_if_fail (HP_IS_UNDO_STACK (self));
  g_return_if_fail (label != NULL && apply != NULL);

  entry = g_new0 (Entry, 1);
  entry->label = g_strdup (label);
  entry->apply = apply;
  entry->data = data;
  entry->destroy = destroy;
  g_ptr_array_set_size (self->redo, 0);
  g_ptr_array_add (self->undo, entry);
  if (self->undo->len > HP_UNDO_STACK_MAX_DEPTH)
    g_ptr_array_remove_index (self->undo, 0);
  notify_all (self);
}

/* Moves the last entry of @from to @to once its apply has succeeded. */
static gboolean
move_entry (HpUndoStack  *self,
            GPtrArray    *from,
            GPtrArray    *to,
            gboolean      undo,
            GError      **error)
{
  Entry *entry = last (from);

  if (entry == NULL)
    return TRUE;
  if (!entry->apply (entry->data, undo, error))
    return FALSE;
  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  notify_all (self);
  return TRUE;
}

gboolean
hp_undo_stack_undo (HpUndoStack  *self,
                    GError      **error)
{
  g_return_val_if_fail (HP_IS_UNDO_STACK (self), FALSE);
  return move_entry (self, self->undo, self->redo, TRUE, error);
}

gboolean
hp_undo_stack_redo (HpUndoStack  *self,
                    GError      **error)
{
  g_return_val_if_fail (HP_IS_UNDO_STACK (self), FALSE);
  return move_entry (self, self->redo, self->undo, FALSE, error);
}

gboolean
hp_undo_stack_can_undo (HpUndoStack *self)
{
  g_return_val_if_fail (HP_IS_UNDO_STACK (self), FALSE);
  return self->undo->len > 0;
}

gboolean
hp_undo_stack_can_redo (HpUndoStack *self)
{
  g_return_val_if_fail (HP_IS_UNDO_STACK (self), FALSE);
  return self->redo->len > 0;
}

const char *
hp_undo_stack_get_undo_label (HpUndoStack *self)
{
  Entry *entry;

  g_return_val_if_fail (HP_IS_UNDO_STACK (self), NULL);
  entry = last (self->undo);
  return entry != NULL ? entry->label : NULL;
}

const char *
hp_undo_stack_get_redo_label (HpUndoStack *self)
{
  Entry *entry;

  g_return_val_if_fail (HP_IS_UNDO_STACK (self), NULL);
  entry = last (self->redo);
  return entry != NULL ? entry->label : NULL;
}

void
hp_undo_stack_clear (HpUndoStack *self)
{
  g_return_if_fail (HP_IS_UNDO_STACK (self));
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  notify_all (self);
}
