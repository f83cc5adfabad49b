/* hp-notes.h — the planner's personal note on a direction (or any item)
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hp-corpus.h"

G_BEGIN_DECLS

/* Longest note accepted, in characters (not bytes). */
#define HP_NOTE_MAX_CHARS 20000

#define HP_TYPE_NOTES (hp_notes_get_type ())
G_DECLARE_FINAL_TYPE (HpNotes, hp_notes, HP, NOTES, GObject)

HpNotes    *hp_notes_new       (HpCorpus    *corpus);
HpCorpus   *hp_notes_get_corpus (HpNotes    *self);
char       *hp_notes_get       (HpNotes     *self,
                                const char  *item_id,
                                GError     **error);
gboolean    hp_notes_set       (HpNotes     *self,
                                const char  *item_id,
                                const char  *text,
                                GError     **error);
gboolean    hp_notes_has_note  (HpNotes     *self,
                                const char  *item_id);
GStrv       hp_notes_list_ids  (HpNotes     *self,
                                GError     **error);

G_END_DECLS
