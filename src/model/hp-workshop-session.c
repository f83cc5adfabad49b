/* hp-workshop-session.c — one pass through the directions in a workshop
 *
 * A workshop rates the directions of one scope — all of them, one
 * chapter, or the strategy's focus areas — one at a time, in the order of
 * the publication.  The session holds that list and where the group is in
 * it; statuses and notes go straight to HpStrategyStore, so each is one
 * step on the same undo stack as every other edit and nothing is lost if
 * the workshop ends abruptly.
 *
 * The timer counts down the minutes a facilitator allows per direction,
 * from the moment the direction is shown, and stops at zero: the group
 * decides whether to go on talking.  Time comes from a clock that tests
 * replace, so they need not sleep; the session never ticks itself, the
 * view asks it when it redraws.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-strategy-plan.h"
#include "hp-workshop-session.h"

struct _HpWorkshopSession
{
  GObject              parent_instance;

  HpStrategyStore     *store;
  gint64               strategy_id;
  HpWorkshopScope      scope;
  GPtrArray           *places;        /* of HpDirectionPlace, the scope's */
  guint                position;

  HpWorkshopClockFunc  clock;
  gpointer             clock_data;
  guint                minutes;       /* per direction; 0: no countdown */
  gint64               started;       /* when the workshop started, µs */
  gint64               shown;         /* when the direction was shown, µs */
  gint64               paused_at;     /* 0 while running */
  gint64               paused_total;  /* µs paused since shown */
};

G_DEFINE_FINAL_TYPE (HpWorkshopSession, hp_workshop_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_PAUSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hp_workshop_session_finalize (GObject *object)
{
  HpWorkshopSession *self = HP_WORKSHOP_SESSION (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->places, g_ptr_array_unref);
  G_OBJECT_CLASS (hp_workshop_session_parent_class)->finalize (object);
}

static void
hp_workshop_session_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HpWorkshopSession *self = HP_WORKSHOP_SESSION (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case PROP_PAUSED:
      g_value_set_boolean (value, self->paused_at != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_workshop_session_class_init (HpWorkshopSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hp_workshop_session_finalize;
  object_class->get_property = hp_workshop_session_get_property;
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAUSED] =
    g_param_spec_boolean ("paused", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static gint64
monotonic_clock (gpointer data)
{
  return g_get_monotonic_time ();
}

static void
hp_workshop_session_init (HpWorkshopSession *self)
{
  self->clock = monotonic_clock;
}

static gint64
now (HpWorkshopSession *self)
{
  return self->clock (self->clock_data);
}

/* --- the scope ------------------------------------------------------------- */

static gboolean
in_scope (HpDirectionPlace *place,
          HpWorkshopScope   scope,
          const char       *chapter_id,
          GStrv             focus_areas)
{
  switch (scope)
    {
    case HP_WORKSHOP_SCOPE_CHAPTER:
      return g_strcmp0 (hp_corpus_item_get_id (place->chapter), chapter_id) == 0;
    case HP_WORKSHOP_SCOPE_FOCUS_AREAS:
      return focus_areas != NULL &&
             g_strv_contains ((const char * const *) focus_areas, hp_corpus_item_get_id (place->guideline));
    case HP_WORKSHOP_SCOPE_ALL:
    default:
      return TRUE;
    }
}

/* The scope's directions in the publication's order (a new array). */
static GPtrArray *
collect (HpStrategyStore *store,
         gint64           strategy_id,
         HpWorkshopScope  scope,
         const char      *chapter_id)
{
  g_autoptr(GPtrArray) all = hp_strategy_directions_list (hp_strategy_store_get_corpus (store));
  g_auto(GStrv) focus_areas = NULL;
  GPtrArray *places = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_direction_place_free);

  if (scope == HP_WORKSHOP_SCOPE_FOCUS_AREAS)
    focus_areas = hp_strategy_plan_list_focus_areas (store, strategy_id, NULL);
  /* Each place moves into @places or is freed here. */
  g_ptr_array_set_free_func (all, NULL);
  for (guint i = 0; i < all->len; i++)
    {
      HpDirectionPlace *place = all->pdata[i];

      if (in_scope (place, scope, chapter_id, focus_areas))
        g_ptr_array_add (places, place);
      else
        hp_direction_place_free (place);
    }
  return places;
}

/* How many directions a workshop on that scope would go through, for the
 * choices of the setup dialog. */
guint
hp_workshop_session_count_scope (HpStrategyStore *store,
                                 gint64           strategy_id,
                                 HpWorkshopScope  scope,
                                 const char      *chapter_id)
{
  g_autoptr(GPtrArray) places = NULL;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (store), 0);
  places = collect (store, strategy_id, scope, chapter_id);
  return places->len;
}

/* Fails when the scope holds no direction: a workshop on nothing is a
 * mistake to say, not an empty screen to project. */
HpWorkshopSession *
hp_workshop_session_new (HpStrategyStore  *store,
                         gint64            strategy_id,
                         HpWorkshopScope   scope,
                         const char       *chapter_id,
                         GError          **error)
{
  g_autoptr(HpWorkshopSession) self = NULL;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (store), NULL);
  g_return_val_if_fail (scope != HP_WORKSHOP_SCOPE_CHAPTER || chapter_id != NULL, NULL);

  self = g_object_new (HP_TYPE_WORKSHOP_SESSION, NULL);
  self->store = g_object_ref (store);
  self->strategy_id = strategy_id;
  self->scope = scope;
  self->places = collect (store, strategy_id, scope, chapter_id);
  if (self->places->len == 0)
    {
      g_set_error_literal (error, HP_ERROR, HP_ERROR_NOT_FOUND,
                           scope == HP_WORKSHOP_SCOPE_FOCUS_AREAS
                           ? _("The strategy has no focus areas yet. Choose them under Focus Areas and Goals.")
                           : _("There are no directions to go through in this part."));
      return NULL;
    }
  self->started = self->shown = now (self);
  return g_steal_pointer (&self);
}

HpStrategyStore *
hp_workshop_session_get_store (HpWorkshopSession *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), NULL);
  return self->store;
}

gint64
hp_workshop_session_get_strategy_id (HpWorkshopSession *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), 0);
  return self->strategy_id;
}

HpWorkshopScope
hp_workshop_session_get_scope (HpWorkshopSession *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), HP_WORKSHOP_SCOPE_ALL);
  return self->scope;
}

/* --- moving ---------------------------------------------------------------- */

guint
hp_workshop_session_get_n_directions (HpWorkshopSession *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), 0);
  return self->places->len;
}

guint
hp_workshop_session_get_position (HpWorkshopSession *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), 0);
  return self->position;
}

/* NULL past the end: the presenter asks for the next one at the last. */
HpDirectionPlace *
hp_workshop_session_get_place (HpWorkshopSession *self,
                               guint              position)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), NULL);
  return position < self->places->len ? self->places->pdata[position] : NULL;
}

HpDirectionPlace *
hp_workshop_session_get_current (HpWorkshopSession *self)
{
  return hp_workshop_session_get_place (self, hp_workshop_session_get_position (self));
}

const char *
hp_workshop_session_get_current_id (HpWorkshopSession *self)
{
  return hp_corpus_item_get_id (hp_workshop_session_get_current (self)->direction);
}

/* FALSE, and nothing changes, when @position is outside the scope or is
 * where the group already is. */
gboolean
hp_workshop_session_jump (HpWorkshopSession *self,
                          guint              position)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), FALSE);

  if (position >= self->places->len || position == self->position)
    return FALSE;
  self->position = position;
  /* A new direction gets the full time, running. */
  self->shown = now (self);
  self->paused_total = 0;
  if (self->paused_at != 0)
    {
      self->paused_at = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
  return TRUE;
}

gboolean
hp_workshop_session_next (HpWorkshopSession *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), FALSE);
  return hp_workshop_session_jump (self, self->position + 1);
}

gboolean
hp_workshop_session_previous (HpWorkshopSession *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), FALSE);
  return self->position > 0 && hp_workshop_session_jump (self, self->position - 1);
}

gboolean
hp_workshop_session_first (HpWorkshopSession *self)
{
  return hp_workshop_session_jump (self, 0);
}

gboolean
hp_workshop_session_last (HpWorkshopSession *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), FALSE);
  return hp_workshop_session_jump (self, self->places->len - 1);
}

/* The share of the scope reached, counting the direction shown. */
double
hp_workshop_session_get_fraction (HpWorkshopSession *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), 0);
  return (double) (self->position + 1) / self->places->len;
}

char *
hp_workshop_session_format_progress (HpWorkshopSession *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), NULL);
  /* TRANSLATORS: the workshop's progress, "3 of 12" (directions) */
  return g_strdup_printf (_("%u of %u"), self->position + 1, self->places->len);
}

/* --- the current direction's assessment ------------------------------------ */

HpAssessment *
hp_workshop_session_get_assessment (HpWorkshopSession  *self,
                                    GError            **error)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), NULL);
  return hp_strategy_store_get_assessment (self->store, self->strategy_id,
                                           hp_workshop_session_get_current_id (self), error);
}

gboolean
hp_workshop_session_set_status (HpWorkshopSession   *self,
                                HpAssessmentStatus   status,
                                GError             **error)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), FALSE);
  return hp_strategy_store_set_status (self->store, self->strategy_id,
                                       hp_workshop_session_get_current_id (self), status, error);
}

gboolean
hp_workshop_session_set_note (HpWorkshopSession  *self,
                              const char         *note,
                              GError            **error)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), FALSE);
  return hp_strategy_store_set_note (self->store, self->strategy_id,
                                     hp_workshop_session_get_current_id (self), note, error);
}

/* --- the timer ------------------------------------------------------------- */

/* Restarts the workshop's time and the direction's on @clock's time. */
void
hp_workshop_session_set_clock (HpWorkshopSession   *self,
                               HpWorkshopClockFunc  clock,
                               gpointer             data)
{
  g_return_if_fail (HP_IS_WORKSHOP_SESSION (self));
  g_return_if_fail (clock != NULL);

  self->clock = clock;
  self->clock_data = data;
  self->started = self->shown = now (self);
  self->paused_at = 0;
  self->paused_total = 0;
}

/* Minutes per direction, 0 for no countdown; counting starts afresh. */
void
hp_workshop_session_set_minutes (HpWorkshopSession *self,
                                 guint              minutes)
{
  g_return_if_fail (HP_IS_WORKSHOP_SESSION (self));
  g_return_if_fail (minutes <= HP_WORKSHOP_MAX_MINUTES);

  self->minutes = minutes;
  self->shown = now (self);
  self->paused_total = 0;
  if (self->paused_at != 0)
    self->paused_at = self->shown;
}

guint
hp_workshop_session_get_minutes (HpWorkshopSession *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), 0);
  return self->minutes;
}

void
hp_workshop_session_set_paused (HpWorkshopSession *self,
                                gboolean           paused)
{
  g_return_if_fail (HP_IS_WORKSHOP_SESSION (self));

  if (paused == (self->paused_at != 0))
    return;
  if (paused)
    self->paused_at = MAX (now (self), 1);
  else
    {
      self->paused_total += now (self) - self->paused_at;
      self->paused_at = 0;
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
}

gboolean
hp_workshop_session_get_paused (HpWorkshopSession *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), FALSE);
  return self->paused_at != 0;
}

/* Whole seconds left for the direction, rounded up so that the display
 * reads 0:00 only when the time is really up; -1 without a countdown. */
gint64
hp_workshop_session_get_remaining (HpWorkshopSession *self)
{
  gint64 until, run, left;

  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), -1);
  if (self->minutes == 0)
    return -1;
  until = self->paused_at != 0 ? self->paused_at : now (self);
  run = until - self->shown - self->paused_total;
  left = (gint64) self->minutes * 60 * G_USEC_PER_SEC - run;
  return left <= 0 ? 0 : (left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;
}

gboolean
hp_workshop_session_is_time_up (HpWorkshopSession *self)
{
  return hp_workshop_session_get_remaining (self) == 0;
}

/* Seconds since the workshop started, pauses included: the meeting's time. */
gint64
hp_workshop_session_get_elapsed (HpWorkshopSession *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (self), 0);
  return (now (self) - self->started) / G_USEC_PER_SEC;
}

/* "4:05", or "1:02:09" past the hour. */
char *
hp_workshop_format_duration (gint64 seconds)
{
  seconds = MAX (seconds, 0);
  if (seconds >= 3600)
    return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d:%02d", seconds / 3600,
                            (int) (seconds / 60 % 60), (int) (seconds % 60));
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", seconds / 60, (int) (seconds % 60));
}
