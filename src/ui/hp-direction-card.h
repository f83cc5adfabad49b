/* hp-direction-card.h — one direction: badge, text, tools, note, sub-points
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-context.h"

G_BEGIN_DECLS

#define HP_TYPE_DIRECTION_CARD (hp_direction_card_get_type ())
G_DECLARE_FINAL_TYPE (HpDirectionCard, hp_direction_card, HP, DIRECTION_CARD, GtkWidget)

GtkWidget  *hp_direction_card_new              (HpContext       *context,
                                                HpCorpusItem    *direction,
                                                GtkWidget       *badge,
                                                GtkWidget       *text);
GtkWidget  *hp_direction_card_get_subpoint_box (HpDirectionCard *self);
GtkWidget  *hp_direction_card_get_note_button  (HpDirectionCard *self);
const char *hp_direction_card_get_note_text    (HpDirectionCard *self);

G_END_DECLS
