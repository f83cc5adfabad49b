/* hp-workshop-session.h — one pass through the directions in a workshop
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hp-strategy-directions.h"
#include "hp-strategy-store.h"

G_BEGIN_DECLS

typedef enum {
  HP_WORKSHOP_SCOPE_ALL,
  HP_WORKSHOP_SCOPE_CHAPTER,
  HP_WORKSHOP_SCOPE_FOCUS_AREAS,
} HpWorkshopScope;

/* Monotonic time in microseconds, as g_get_monotonic_time(). */
typedef gint64 (*HpWorkshopClockFunc) (gpointer data);

#define HP_WORKSHOP_MAX_MINUTES 60

#define HP_TYPE_WORKSHOP_SESSION (hp_workshop_session_get_type ())
G_DECLARE_FINAL_TYPE (HpWorkshopSession, hp_workshop_session, HP, WORKSHOP_SESSION, GObject)

HpWorkshopSession *hp_workshop_session_new              (HpStrategyStore     *store,
                                                         gint64               strategy_id,
                                                         HpWorkshopScope      scope,
                                                         const char          *chapter_id,
                                                         GError             **error);
guint              hp_workshop_session_count_scope      (HpStrategyStore     *store,
                                                         gint64               strategy_id,
                                                         HpWorkshopScope      scope,
                                                         const char          *chapter_id);
HpStrategyStore   *hp_workshop_session_get_store        (HpWorkshopSession   *self);
gint64             hp_workshop_session_get_strategy_id  (HpWorkshopSession   *self);
HpWorkshopScope    hp_workshop_session_get_scope        (HpWorkshopSession   *self);

/* Where the group is */
guint              hp_workshop_session_get_n_directions (HpWorkshopSession   *self);
guint              hp_workshop_session_get_position     (HpWorkshopSession   *self);
HpDirectionPlace  *hp_workshop_session_get_place        (HpWorkshopSession   *self,
                                                         guint                position);
HpDirectionPlace  *hp_workshop_session_get_current      (HpWorkshopSession   *self);
const char        *hp_workshop_session_get_current_id   (HpWorkshopSession   *self);
gboolean           hp_workshop_session_jump             (HpWorkshopSession   *self,
                                                         guint                position);
gboolean           hp_workshop_session_next             (HpWorkshopSession   *self);
gboolean           hp_workshop_session_previous         (HpWorkshopSession   *self);
gboolean           hp_workshop_session_first            (HpWorkshopSession   *self);
gboolean           hp_workshop_session_last             (HpWorkshopSession   *self);
double             hp_workshop_session_get_fraction     (HpWorkshopSession   *self);
char              *hp_workshop_session_format_progress  (HpWorkshopSession   *self);

/* The current direction's assessment, through the store (one undo step each) */
HpAssessment      *hp_workshop_session_get_assessment   (HpWorkshopSession   *self,
                                                         GError             **error);
gboolean           hp_workshop_session_set_status       (HpWorkshopSession   *self,
                                                         HpAssessmentStatus   status,
                                                         GError             **error);
gboolean           hp_workshop_session_set_note         (HpWorkshopSession   *self,
                                                         const char          *note,
                                                         GError             **error);

/* The timer */
void               hp_workshop_session_set_clock        (HpWorkshopSession   *self,
                                                         HpWorkshopClockFunc  clock,
                                                         gpointer             data);
void               hp_workshop_session_set_minutes      (HpWorkshopSession   *self,
                                                         guint                minutes);
guint              hp_workshop_session_get_minutes      (HpWorkshopSession   *self);
void               hp_workshop_session_set_paused       (HpWorkshopSession   *self,
                                                         gboolean             paused);
gboolean           hp_workshop_session_get_paused       (HpWorkshopSession   *self);
gint64             hp_workshop_session_get_remaining    (HpWorkshopSession   *self);
gboolean           hp_workshop_session_is_time_up       (HpWorkshopSession   *self);
gint64             hp_workshop_session_get_elapsed      (HpWorkshopSession   *self);
char              *hp_workshop_format_duration          (gint64               seconds);

G_END_DECLS
