/* hp-workshop-timer.h — the time left for a direction, or the workshop's
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-workshop-session.h"

G_BEGIN_DECLS

#define HP_TYPE_WORKSHOP_TIMER (hp_workshop_timer_get_type ())
G_DECLARE_FINAL_TYPE (HpWorkshopTimer, hp_workshop_timer, HP, WORKSHOP_TIMER, GtkWidget)

GtkWidget  *hp_workshop_timer_new      (HpWorkshopSession *session,
                                        gboolean           elapsed);
void        hp_workshop_timer_update   (HpWorkshopTimer   *self);
const char *hp_workshop_timer_get_text (HpWorkshopTimer   *self);

G_END_DECLS
