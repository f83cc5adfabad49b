/* hp-note-popover.h — edit the personal note on a direction
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-notes.h"

G_BEGIN_DECLS

#define HP_TYPE_NOTE_POPOVER (hp_note_popover_get_type ())
G_DECLARE_FINAL_TYPE (HpNotePopover, hp_note_popover, HP, NOTE_POPOVER, GtkPopover)

GtkWidget     *hp_note_popover_new        (HpNotes       *notes,
                                           const char    *item_id);
GtkTextBuffer *hp_note_popover_get_buffer (HpNotePopover *self);
gboolean       hp_note_popover_save       (HpNotePopover *self);

G_END_DECLS
