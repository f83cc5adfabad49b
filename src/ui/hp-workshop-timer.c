/* hp-workshop-timer.c — the time left for a direction, or the workshop's
 *
 * The countdown is read from the session a few times a second.  At zero it
 * stops and says so in words, with an alarm-clock shape and a calm colour
 * rather than red or blinking: running over is the group's choice, not an
 * error.  A paused countdown says "Paused".  The other kind shows how long
 * the workshop has run, for the presenter view.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-workshop-timer.h"

#define TICK_MS 250

struct _HpWorkshopTimer
{
  GtkWidget          parent_instance;

  HpWorkshopSession *session;
  gboolean           elapsed;
  guint              tick;
  GtkWidget         *box;
  GtkWidget         *icon;
  GtkWidget         *label;
};

G_DEFINE_FINAL_TYPE (HpWorkshopTimer, hp_workshop_timer, GTK_TYPE_WIDGET)

static void
hp_workshop_timer_dispose (GObject *object)
{
  HpWorkshopTimer *self = HP_WORKSHOP_TIMER (object);

  g_clear_handle_id (&self->tick, g_source_remove);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (hp_workshop_timer_parent_class)->dispose (object);
}

static void
hp_workshop_timer_class_init (HpWorkshopTimerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_workshop_timer_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "workshoptimer");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TIMER);
}

static void
hp_workshop_timer_init (HpWorkshopTimer *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->icon = gtk_image_new ();
  self->label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->label, "numeric");
  gtk_box_append (GTK_BOX (self->box), self->icon);
  gtk_box_append (GTK_BOX (self->box), self->label);
}

static gboolean
tick_cb (gpointer data)
{
  hp_workshop_timer_update (data);
  return G_SOURCE_CONTINUE;
}

/* A countdown (@elapsed FALSE; hidden while the session has none) or the
 * workshop's running time. */
GtkWidget *
hp_workshop_timer_new (HpWorkshopSession *session,
                       gboolean           elapsed)
{
  HpWorkshopTimer *self = g_object_new (HP_TYPE_WORKSHOP_TIMER, NULL);

  self->session = g_object_ref (session);
  self->elapsed = elapsed;
  self->tick = g_timeout_add (TICK_MS, tick_cb, self);
  hp_workshop_timer_update (self);
  return GTK_WIDGET (self);
}

static void
show (HpWorkshopTimer *self,
      const char      *icon,
      const char      *text,
      const char      *accessible)
{
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (self->label)), text) == 0)
    return;
  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), icon);
  gtk_label_set_text (GTK_LABEL (self->label), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

void
hp_workshop_timer_update (HpWorkshopTimer *self)
{
  gint64 seconds = self->elapsed ? hp_workshop_session_get_elapsed (self->session)
                                 : hp_workshop_session_get_remaining (self->session);
  g_autofree char *time = hp_workshop_format_duration (seconds);
  g_autofree char *text = NULL;
  g_autofree char *accessible = NULL;
  gboolean up = !self->elapsed && seconds == 0;
  gboolean paused = !self->elapsed && hp_workshop_session_get_paused (self->session);

  g_return_if_fail (HP_IS_WORKSHOP_TIMER (self));

  gtk_widget_set_visible (GTK_WIDGET (self), seconds >= 0);
  if (seconds < 0)
    return;
  if (up)
    /* TRANSLATORS: the countdown for a direction has reached 0:00 */
    text = g_strdup_printf (_("%s · Time is up"), time);
  else if (paused)
    /* TRANSLATORS: the countdown for a direction, stopped by the facilitator */
    text = g_strdup_printf (_("%s · Paused"), time);
  else if (self->elapsed)
    /* TRANSLATORS: how long the workshop has run, "Workshop 1:02:09" */
    text = g_strdup_printf (_("Workshop %s"), time);
  else
    text = g_strdup (time);
  if (self->elapsed)
    accessible = g_strdup_printf (_("Workshop time: %s"), time);
  else
    accessible = g_strdup_printf (_("Time left for this direction: %s"), text);
  if (up)
    gtk_widget_add_css_class (GTK_WIDGET (self), "time-up");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "time-up");
  show (self, up ? "alarm-symbolic" : paused ? "media-playback-pause-symbolic" : "preferences-system-time-symbolic",
        text, accessible);
}

const char *
hp_workshop_timer_get_text (HpWorkshopTimer *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_TIMER (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self)) ? gtk_label_get_text (GTK_LABEL (self->label)) : NULL;
}
