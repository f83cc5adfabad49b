/* hp-workshop-window.c — the workshop, full screen on the wall
 *
 * One direction at a time in large type, the scope's progress and the
 * countdown, driven from the keyboard or a presentation clicker: a key
 * controller in the capture phase sees every key first, so the keys work
 * wherever focus is, and while the note is being written it takes only
 * Enter (save) and Esc (cancel) for itself.  Every status and note goes
 * to the store at once through the session: the checklist behind follows,
 * and Ctrl+Z undoes it through the main window's win.undo like any edit.
 *
 * With a second monitor a presenter view (hp-workshop-presenter.c) shows
 * the facilitator the next direction, the note and the keys; closing the
 * workshop closes it too.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-strategy-checklist.h"
#include "hp-workshop-presenter.h"
#include "hp-workshop-timer.h"
#include "hp-workshop-window.h"

/* Below this height (a 1024×768 projector) the type is set smaller. */
#define COMPACT_HEIGHT 900

struct _HpWorkshopWindow
{
  AdwWindow           parent_instance;

  HpWorkshopSession  *session;
  GtkWindow          *parent;       /* weak: where win.undo lives */
  GtkWindow          *presenter;    /* owned by GTK's window list */
  GtkEventController *keys;
  gboolean            editing;

  GtkWidget          *toasts;
  GtkWidget          *progress_label;
  GtkWidget          *progress_bar;
  GtkWidget          *scrolled;
  HpWorkshopCard     *card;
  GtkWidget          *editor;
  GtkWidget          *note_view;
};

G_DEFINE_FINAL_TYPE (HpWorkshopWindow, hp_workshop_window, ADW_TYPE_WINDOW)

static void
hp_workshop_window_dispose (GObject *object)
{
  HpWorkshopWindow *self = HP_WORKSHOP_WINDOW (object);

  if (self->presenter != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->presenter), (gpointer *) &self->presenter);
      gtk_window_destroy (g_steal_pointer (&self->presenter));
    }
  if (self->parent != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->parent), (gpointer *) &self->parent);
  self->parent = NULL;
  if (self->session != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->session, self);
      g_signal_handlers_disconnect_by_data (hp_workshop_session_get_store (self->session), self);
    }
  g_clear_object (&self->session);
  G_OBJECT_CLASS (hp_workshop_window_parent_class)->dispose (object);
}

static void
hp_workshop_window_class_init (HpWorkshopWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hp_workshop_window_dispose;
}

static void
hp_workshop_window_init (HpWorkshopWindow *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "workshop");
}

/* --- showing where the group is -------------------------------------------- */

static void
toast (HpWorkshopWindow *self,
       const char       *message)
{
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toasts), adw_toast_new (message));
}

static void
refresh (HpWorkshopWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpAssessment) assessment = hp_workshop_session_get_assessment (self->session, &error);
  g_autofree char *progress = hp_workshop_session_format_progress (self->session);

  if (error != NULL)
    toast (self, error->message);
  hp_workshop_card_show (self->card, hp_workshop_session_get_current (self->session), assessment);
  gtk_label_set_text (GTK_LABEL (self->progress_label), progress);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar),
                                 hp_workshop_session_get_fraction (self->session));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar), GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT,
                                  progress, -1);
}

static void
on_moved (HpWorkshopWindow *self)
{
  refresh (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled)), 0);
  if (!self->editing)
    hp_workshop_card_announce (self->card);
}

static void
on_store_changed (HpWorkshopWindow *self,
                  gint64            strategy_id)
{
  if (strategy_id == hp_workshop_session_get_strategy_id (self->session))
    refresh (self);
}

/* --- the note -------------------------------------------------------------- */

static GtkTextBuffer *
note_buffer (HpWorkshopWindow *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->note_view));
}

static void
set_editing (HpWorkshopWindow *self,
             gboolean          editing)
{
  self->editing = editing;
  gtk_widget_set_visible (self->editor, editing);
  hp_workshop_card_set_note_visible (self->card, !editing);
  if (editing)
    gtk_widget_grab_focus (self->note_view);
  else
    hp_workshop_card_announce (self->card);
}

static void
edit_note (HpWorkshopWindow *self)
{
  g_autoptr(HpAssessment) assessment = hp_workshop_session_get_assessment (self->session, NULL);

  gtk_text_buffer_set_text (note_buffer (self), assessment ? assessment->note : "", -1);
  set_editing (self, TRUE);
}

static void
save_note (HpWorkshopWindow *self)
{
  g_autoptr(GError) error = NULL;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (note_buffer (self), &start, &end);
  text = gtk_text_buffer_get_text (note_buffer (self), &start, &end, FALSE);
  if (!hp_workshop_session_set_note (self->session, g_strstrip (text), &error))
    {
      /* Stay in the field, so nothing typed is lost. */
      toast (self, error->message);
      return;
    }
  set_editing (self, FALSE);
}

/* --- keys ------------------------------------------------------------------ */

static void
set_status (HpWorkshopWindow   *self,
            HpAssessmentStatus  status)
{
  g_autoptr(GError) error = NULL;

  if (!hp_workshop_session_set_status (self->session, status, &error))
    toast (self, error->message);
}

/* Through the main window's action, so the workshop's edits are undone
 * exactly like every other (with its toast there); on the stack itself
 * when the workshop has no main window. */
static void
undo_redo (HpWorkshopWindow *self,
           gboolean          undo)
{
  HpUndoStack *stack = hp_strategy_store_get_undo_stack (hp_workshop_session_get_store (self->session));

  if (self->parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->parent), undo ? "win.undo" : "win.redo", NULL);
  else if (undo)
    hp_undo_stack_undo (stack, NULL);
  else
    hp_undo_stack_redo (stack, NULL);
}

static gboolean
editing_key (HpWorkshopWindow *self,
             guint             keyval,
             GdkModifierType   state)
{
  if (keyval == GDK_KEY_Escape)
    set_editing (self, FALSE);
  else if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && !(state & GDK_SHIFT_MASK))
    save_note (self);
  else
    return FALSE;    /* typing, and Shift+Enter for a new line */
  return TRUE;
}

static void
next (HpWorkshopWindow *self)
{
  if (!hp_workshop_session_next (self->session))
    toast (self, _("That was the last direction. Esc ends the workshop."));
}

static gboolean
move_key (HpWorkshopWindow *self,
          guint             keyval)
{
  switch (keyval)
    {
    case GDK_KEY_Right: case GDK_KEY_KP_Right: case GDK_KEY_space:
    case GDK_KEY_Page_Down: case GDK_KEY_KP_Page_Down:
      next (self);
      return TRUE;
    case GDK_KEY_Left: case GDK_KEY_KP_Left: case GDK_KEY_Page_Up: case GDK_KEY_KP_Page_Up:
      hp_workshop_session_previous (self->session);
      return TRUE;
    case GDK_KEY_Home: case GDK_KEY_KP_Home:
      hp_workshop_session_first (self->session);
      return TRUE;
    case GDK_KEY_End: case GDK_KEY_KP_End:
      hp_workshop_session_last (self->session);
      return TRUE;
    default:
      return FALSE;
    }
}

/* What the workshop does with a key, from its own window or from the
 * presenter's; TRUE when it used it. */
gboolean
hp_workshop_window_handle_key (HpWorkshopWindow *self,
                               guint             keyval,
                               GdkModifierType   state)
{
  int status;

  g_return_val_if_fail (HP_IS_WORKSHOP_WINDOW (self), FALSE);

  state &= gtk_accelerator_get_default_mod_mask ();
  if (self->editing)
    return editing_key (self, keyval, state);
  if (state == GDK_CONTROL_MASK && keyval == GDK_KEY_z)
    undo_redo (self, TRUE);
  else if ((state & GDK_CONTROL_MASK) && (keyval == GDK_KEY_Z || keyval == GDK_KEY_z))
    undo_redo (self, FALSE);
  else if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  else if ((status = hp_strategy_checklist_status_for_key (keyval)) >= 0)
    set_status (self, status);
  else if (keyval == GDK_KEY_n || keyval == GDK_KEY_N)
    edit_note (self);
  else if (keyval == GDK_KEY_p || keyval == GDK_KEY_P)
    hp_workshop_session_set_paused (self->session, !hp_workshop_session_get_paused (self->session));
  else if (keyval == GDK_KEY_Escape)
    hp_workshop_window_end (self);
  else
    return move_key (self, keyval);
  return TRUE;
}

static gboolean
on_key_pressed (HpWorkshopWindow *self,
                guint             keyval,
                guint             keycode,
                GdkModifierType   state)
{
  return hp_workshop_window_handle_key (self, keyval, state);
}

/* --- building -------------------------------------------------------------- */

static GtkWidget *
top_bar (HpWorkshopWindow *self,
         const char       *scope_title)
{
  GtkWidget *bar = gtk_center_box_new ();
  GtkWidget *scope = gtk_label_new (scope_title);

  gtk_widget_add_css_class (bar, "workshop-top");
  gtk_widget_add_css_class (scope, "workshop-scope");
  gtk_label_set_ellipsize (GTK_LABEL (scope), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (scope), 0);
  self->progress_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->progress_label, "workshop-progress");
  gtk_widget_add_css_class (self->progress_label, "numeric");
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (bar), scope);
  gtk_center_box_set_center_widget (GTK_CENTER_BOX (bar), self->progress_label);
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (bar), hp_workshop_timer_new (self->session, FALSE));
  return bar;
}

static GtkWidget *
note_editor (HpWorkshopWindow *self)
{
  GtkWidget *caption = gtk_label_new (_("Note — Enter saves, Shift+Enter starts a new line, Esc cancels"));

  self->editor = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_add_css_class (self->editor, "workshop-editor");
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_widget_add_css_class (caption, "workshop-editor-caption");
  self->note_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->note_view), GTK_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (self->note_view, "workshop-note-view");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Evidence note"), -1);
  gtk_box_append (GTK_BOX (self->editor), caption);
  gtk_box_append (GTK_BOX (self->editor), self->note_view);
  gtk_widget_set_visible (self->editor, FALSE);
  return self->editor;
}

/* "1 Not assessed · 2 Not started · …", for the foot of the show and the
 * presenter's key list. */
char *
hp_workshop_window_describe_status_keys (void)
{
  GString *keys = g_string_new (NULL);

  for (guint i = 0; i < HP_N_ASSESSMENT_STATUSES; i++)
    g_string_append_printf (keys, "%s%u %s", i ? " · " : "", i + 1, hp_assessment_status_get_label (i));
  return g_string_free (keys, FALSE);
}

static GtkWidget *
foot (HpWorkshopWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  g_autofree char *statuses = hp_workshop_window_describe_status_keys ();
  g_autofree char *keys = g_strdup_printf ("%s   ·   %s", statuses,
                                           _("→ next · ← back · N note · Esc end"));
  GtkWidget *hint = gtk_label_new (keys);

  gtk_widget_add_css_class (box, "workshop-foot");
  self->progress_bar = gtk_progress_bar_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Progress through the directions"), -1);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_justify (GTK_LABEL (hint), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (hint, "workshop-keys");
  gtk_box_append (GTK_BOX (box), self->progress_bar);
  gtk_box_append (GTK_BOX (box), hint);
  return box;
}

static GtkWidget *
content (HpWorkshopWindow *self,
         const char       *scope_title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *middle = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);

  gtk_widget_add_css_class (box, "workshop-content");
  self->card = HP_WORKSHOP_CARD (hp_workshop_card_new ());
  gtk_box_append (GTK_BOX (middle), GTK_WIDGET (self->card));
  gtk_box_append (GTK_BOX (middle), note_editor (self));
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1500);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 1200);
  adw_clamp_set_child (ADW_CLAMP (clamp), middle);
  gtk_widget_set_valign (clamp, GTK_ALIGN_CENTER);
  /* The text is never cut off: if it does not fit, it scrolls. */
  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), clamp);
  gtk_widget_set_vexpand (self->scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), top_bar (self, scope_title));
  gtk_box_append (GTK_BOX (box), self->scrolled);
  gtk_box_append (GTK_BOX (box), foot (self));
  self->toasts = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (self->toasts), box);
  return self->toasts;
}

/* The workshop on @session, above @parent (the main window, whose
 * win.undo it uses; may be NULL).  @scope_title names the scope. */
HpWorkshopWindow *
hp_workshop_window_new (GtkWindow         *parent,
                        HpWorkshopSession *session,
                        const char        *scope_title)
{
  HpWorkshopWindow *self = g_object_new (HP_TYPE_WORKSHOP_WINDOW, NULL);
  g_autofree char *title = g_strdup_printf (_("Workshop: %s"), scope_title);

  g_return_val_if_fail (HP_IS_WORKSHOP_SESSION (session), NULL);

  self->session = g_object_ref (session);
  self->parent = parent;
  if (parent != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *) &self->parent);
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_set_content (ADW_WINDOW (self), content (self, scope_title));
  self->keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (self->keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (self->keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), self->keys);
  g_signal_connect_swapped (session, "notify::position", G_CALLBACK (on_moved), self);
  g_signal_connect_swapped (hp_workshop_session_get_store (session), "changed",
                            G_CALLBACK (on_store_changed), self);
  refresh (self);
  return self;
}

static void
size_for (GtkWindow  *window,
          GdkMonitor *monitor)
{
  GdkRectangle geometry;

  gdk_monitor_get_geometry (monitor, &geometry);
  /* Also the size where no window manager makes it full screen. */
  gtk_window_set_default_size (window, geometry.width, geometry.height);
  if (geometry.height < COMPACT_HEIGHT)
    gtk_widget_add_css_class (GTK_WIDGET (window), "compact");
}

/* Full screen on @show, and the presenter view full screen on @presenter
 * when not NULL. */
void
hp_workshop_window_start (HpWorkshopWindow *self,
                          GdkMonitor       *show,
                          GdkMonitor       *presenter)
{
  g_return_if_fail (HP_IS_WORKSHOP_WINDOW (self));
  g_return_if_fail (GDK_IS_MONITOR (show));

  size_for (GTK_WINDOW (self), show);
  gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), show);
  if (presenter != NULL)
    {
      self->presenter = GTK_WINDOW (hp_workshop_presenter_new (self));
      g_object_add_weak_pointer (G_OBJECT (self->presenter), (gpointer *) &self->presenter);
      size_for (self->presenter, presenter);
      gtk_window_fullscreen_on_monitor (self->presenter, presenter);
      gtk_window_present (self->presenter);
    }
  gtk_window_present (GTK_WINDOW (self));
  hp_workshop_card_announce (self->card);
}

/* Leaves full screen and closes the workshop and its presenter view; the
 * main window comes to the front. */
void
hp_workshop_window_end (HpWorkshopWindow *self)
{
  g_return_if_fail (HP_IS_WORKSHOP_WINDOW (self));

  gtk_window_unfullscreen (GTK_WINDOW (self));
  if (self->parent != NULL)
    gtk_window_present (self->parent);
  gtk_window_destroy (GTK_WINDOW (self));
}

HpWorkshopSession *
hp_workshop_window_get_session (HpWorkshopWindow *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_WINDOW (self), NULL);
  return self->session;
}

HpWorkshopCard *
hp_workshop_window_get_card (HpWorkshopWindow *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_WINDOW (self), NULL);
  return self->card;
}

GtkEventController *
hp_workshop_window_get_key_controller (HpWorkshopWindow *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_WINDOW (self), NULL);
  return self->keys;
}

GtkWidget *
hp_workshop_window_get_note_editor (HpWorkshopWindow *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_WINDOW (self), NULL);
  return self->note_view;
}

gboolean
hp_workshop_window_is_editing (HpWorkshopWindow *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_WINDOW (self), FALSE);
  return self->editing;
}

GtkWindow *
hp_workshop_window_get_presenter (HpWorkshopWindow *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_WINDOW (self), NULL);
  return self->presenter;
}

const char *
hp_workshop_window_get_progress_text (HpWorkshopWindow *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_WINDOW (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->progress_label));
}
