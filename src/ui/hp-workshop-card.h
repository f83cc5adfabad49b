/* hp-workshop-card.h — one direction as a workshop shows it
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-strategy-directions.h"
#include "hp-strategy-types.h"

G_BEGIN_DECLS

#define HP_TYPE_WORKSHOP_CARD (hp_workshop_card_get_type ())
G_DECLARE_FINAL_TYPE (HpWorkshopCard, hp_workshop_card, HP, WORKSHOP_CARD, GtkWidget)

GtkWidget  *hp_workshop_card_new              (void);
void        hp_workshop_card_show             (HpWorkshopCard     *self,
                                               HpDirectionPlace   *place,
                                               const HpAssessment *assessment);
void        hp_workshop_card_set_note_visible (HpWorkshopCard     *self,
                                               gboolean            visible);
void        hp_workshop_card_announce         (HpWorkshopCard     *self);
const char *hp_workshop_card_get_status_text  (HpWorkshopCard     *self);
const char *hp_workshop_card_get_text         (HpWorkshopCard     *self);
const char *hp_workshop_card_get_note_text    (HpWorkshopCard     *self);

G_END_DECLS
