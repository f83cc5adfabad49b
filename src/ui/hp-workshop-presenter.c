/* hp-workshop-presenter.c — the facilitator's view on the second monitor
 *
 * What the group sees, with what comes next beside it, the note, the time
 * left and the workshop's running time, and the keys.  Keys pressed here
 * act on the workshop as if pressed on the projected window, so the
 * facilitator's laptop keyboard works whichever window has focus; the note
 * is written on the projected window, so the group sees it as it is typed.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-workshop-presenter.h"
#include "hp-workshop-timer.h"

struct _HpWorkshopPresenter
{
  AdwWindow          parent_instance;

  HpWorkshopWindow  *show;       /* weak */
  HpWorkshopSession *session;
  HpWorkshopCard    *current;
  HpWorkshopCard    *next;
  GtkWidget         *next_box;
  GtkWidget         *last_label;
  GtkWidget         *progress;
};

G_DEFINE_FINAL_TYPE (HpWorkshopPresenter, hp_workshop_presenter, ADW_TYPE_WINDOW)

static void
hp_workshop_presenter_dispose (GObject *object)
{
  HpWorkshopPresenter *self = HP_WORKSHOP_PRESENTER (object);

  if (self->show != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->show), (gpointer *) &self->show);
  self->show = NULL;
  if (self->session != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->session, self);
      g_signal_handlers_disconnect_by_data (hp_workshop_session_get_store (self->session), self);
    }
  g_clear_object (&self->session);
  G_OBJECT_CLASS (hp_workshop_presenter_parent_class)->dispose (object);
}

static void
hp_workshop_presenter_class_init (HpWorkshopPresenterClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hp_workshop_presenter_dispose;
}

static void
hp_workshop_presenter_init (HpWorkshopPresenter *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "workshop");
  gtk_widget_add_css_class (GTK_WIDGET (self), "presenter");
}

static void
refresh (HpWorkshopPresenter *self)
{
  guint position = hp_workshop_session_get_position (self->session);
  HpStrategyStore *store = hp_workshop_session_get_store (self->session);
  HpDirectionPlace *next = hp_workshop_session_get_place (self->session, position + 1);
  g_autoptr(HpAssessment) current = hp_workshop_session_get_assessment (self->session, NULL);
  g_autoptr(HpAssessment) coming = NULL;
  g_autofree char *progress = hp_workshop_session_format_progress (self->session);

  hp_workshop_card_show (self->current, hp_workshop_session_get_current (self->session), current);
  if (next != NULL)
    {
      coming = hp_strategy_store_get_assessment (store, hp_workshop_session_get_strategy_id (self->session),
                                                 hp_corpus_item_get_id (next->direction), NULL);
      hp_workshop_card_show (self->next, next, coming);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->next), next != NULL);
  gtk_widget_set_visible (self->last_label, next == NULL);
  gtk_label_set_text (GTK_LABEL (self->progress), progress);
}

static void
on_store_changed (HpWorkshopPresenter *self,
                  gint64               strategy_id)
{
  if (strategy_id == hp_workshop_session_get_strategy_id (self->session))
    refresh (self);
}

static gboolean
on_key_pressed (HpWorkshopPresenter *self,
                guint                keyval,
                guint                keycode,
                GdkModifierType      state)
{
  if (self->show == NULL)
    return FALSE;
  /* The note is typed where the group can see it. */
  if (keyval == GDK_KEY_n || keyval == GDK_KEY_N)
    gtk_window_present (GTK_WINDOW (self->show));
  return hp_workshop_window_handle_key (self->show, keyval, state);
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "presenter-heading");
  return label;
}

static GtkWidget *
column (const char      *title,
        HpWorkshopCard **card)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  *card = HP_WORKSHOP_CARD (hp_workshop_card_new ());
  gtk_box_append (GTK_BOX (box), heading (title));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*card));
  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_set_size_request (box, 300, -1);
  return box;
}

static GtkWidget *
keys_label (void)
{
  g_autofree char *statuses = hp_workshop_window_describe_status_keys ();
  g_autofree char *text = g_strdup_printf ("%s\n%s\n%s", _("→, Space or Page Down: next · ← or Page Up: previous · "
                                                          "Home/End: first/last"),
                                           statuses,
                                           _("N: note (Enter saves, Esc cancels) · P: pause the timer · "
                                             "Ctrl+Z: undo · Esc: end the workshop"));
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "presenter-keys");
  return label;
}

static GtkWidget *
status_bar (HpWorkshopPresenter *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 36);
  GtkWidget *countdown = hp_workshop_timer_new (self->session, FALSE);
  GtkWidget *elapsed = hp_workshop_timer_new (self->session, TRUE);

  gtk_widget_add_css_class (bar, "workshop-top");
  self->progress = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->progress, "workshop-progress");
  gtk_widget_set_hexpand (self->progress, TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->progress), 0);
  gtk_widget_set_tooltip_text (elapsed, _("Workshop time"));
  gtk_box_append (GTK_BOX (bar), self->progress);
  gtk_box_append (GTK_BOX (bar), countdown);
  gtk_box_append (GTK_BOX (bar), elapsed);
  return bar;
}

static GtkWidget *
content (HpWorkshopPresenter *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 48);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_widget_add_css_class (box, "workshop-content");
  gtk_box_set_homogeneous (GTK_BOX (columns), TRUE);
  self->next_box = column (_("Next"), &self->next);
  self->last_label = gtk_label_new (_("This is the last direction."));
  gtk_label_set_xalign (GTK_LABEL (self->last_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->last_label), TRUE);
  gtk_widget_add_css_class (self->last_label, "workshop-note");
  gtk_box_append (GTK_BOX (self->next_box), self->last_label);
  gtk_box_append (GTK_BOX (columns), column (_("On the wall now"), &self->current));
  gtk_box_append (GTK_BOX (columns), self->next_box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), columns);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), status_bar (self));
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), keys_label ());
  return box;
}

HpWorkshopPresenter *
hp_workshop_presenter_new (HpWorkshopWindow *show)
{
  HpWorkshopPresenter *self = g_object_new (HP_TYPE_WORKSHOP_PRESENTER, NULL);
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_return_val_if_fail (HP_IS_WORKSHOP_WINDOW (show), NULL);

  self->show = show;
  g_object_add_weak_pointer (G_OBJECT (show), (gpointer *) &self->show);
  self->session = g_object_ref (hp_workshop_window_get_session (show));
  gtk_window_set_title (GTK_WINDOW (self), _("Workshop Presenter View"));
  gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (GTK_WINDOW (show)));
  adw_window_set_content (ADW_WINDOW (self), content (self));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_swapped (self->session, "notify::position", G_CALLBACK (refresh), self);
  g_signal_connect_swapped (hp_workshop_session_get_store (self->session), "changed",
                            G_CALLBACK (on_store_changed), self);
  refresh (self);
  return self;
}

/* The card of the direction on the wall, or (@next) of the one after it. */
HpWorkshopCard *
hp_workshop_presenter_get_card (HpWorkshopPresenter *self,
                                gboolean             next)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_PRESENTER (self), NULL);
  return next ? self->next : self->current;
}

gboolean
hp_workshop_presenter_has_next (HpWorkshopPresenter *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_PRESENTER (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->next));
}
