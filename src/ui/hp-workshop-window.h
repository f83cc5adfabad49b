/* hp-workshop-window.h — the workshop, full screen on the wall
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hp-workshop-card.h"
#include "hp-workshop-session.h"

G_BEGIN_DECLS

#define HP_TYPE_WORKSHOP_WINDOW (hp_workshop_window_get_type ())
G_DECLARE_FINAL_TYPE (HpWorkshopWindow, hp_workshop_window, HP, WORKSHOP_WINDOW, AdwWindow)

HpWorkshopWindow   *hp_workshop_window_new               (GtkWindow         *parent,
                                                          HpWorkshopSession *session,
                                                          const char        *scope_title);
void                hp_workshop_window_start             (HpWorkshopWindow  *self,
                                                          GdkMonitor        *show,
                                                          GdkMonitor        *presenter);
gboolean            hp_workshop_window_handle_key        (HpWorkshopWindow  *self,
                                                          guint              keyval,
                                                          GdkModifierType    state);
void                hp_workshop_window_end               (HpWorkshopWindow  *self);
HpWorkshopSession  *hp_workshop_window_get_session       (HpWorkshopWindow  *self);
HpWorkshopCard     *hp_workshop_window_get_card          (HpWorkshopWindow  *self);
GtkEventController *hp_workshop_window_get_key_controller (HpWorkshopWindow *self);
GtkWidget          *hp_workshop_window_get_note_editor   (HpWorkshopWindow  *self);
gboolean            hp_workshop_window_is_editing        (HpWorkshopWindow  *self);
GtkWindow          *hp_workshop_window_get_presenter     (HpWorkshopWindow  *self);
const char         *hp_workshop_window_get_progress_text (HpWorkshopWindow  *self);
char               *hp_workshop_window_describe_status_keys (void);

G_END_DECLS
