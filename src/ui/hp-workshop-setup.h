/* hp-workshop-setup.h — what a workshop goes through, where and how fast
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hp-workshop-session.h"

G_BEGIN_DECLS

#define HP_TYPE_WORKSHOP_SETUP (hp_workshop_setup_get_type ())
G_DECLARE_FINAL_TYPE (HpWorkshopSetup, hp_workshop_setup, HP, WORKSHOP_SETUP, AdwWindow)

HpWorkshopSetup *hp_workshop_setup_new         (GtkWindow       *parent,
                                                HpStrategyStore *store,
                                                gint64           strategy_id);
gboolean         hp_workshop_setup_set_scope   (HpWorkshopSetup *self,
                                                HpWorkshopScope  scope,
                                                const char      *chapter_id);
gboolean         hp_workshop_setup_set_minutes (HpWorkshopSetup *self,
                                                guint            minutes);
gboolean         hp_workshop_setup_set_monitor (HpWorkshopSetup *self,
                                                guint            position);
guint            hp_workshop_setup_get_monitor (HpWorkshopSetup *self);
const char      *hp_workshop_setup_get_error   (HpWorkshopSetup *self);

G_END_DECLS
