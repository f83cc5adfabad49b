/* hp-workshop-presenter.h — the facilitator's view on the second monitor
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hp-workshop-card.h"
#include "hp-workshop-window.h"

G_BEGIN_DECLS

#define HP_TYPE_WORKSHOP_PRESENTER (hp_workshop_presenter_get_type ())
G_DECLARE_FINAL_TYPE (HpWorkshopPresenter, hp_workshop_presenter, HP, WORKSHOP_PRESENTER, AdwWindow)

HpWorkshopPresenter *hp_workshop_presenter_new      (HpWorkshopWindow    *show);
HpWorkshopCard      *hp_workshop_presenter_get_card (HpWorkshopPresenter *self,
                                                     gboolean             next);
gboolean             hp_workshop_presenter_has_next (HpWorkshopPresenter *self);

G_END_DECLS
