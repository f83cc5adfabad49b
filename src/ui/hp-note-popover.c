/* hp-note-popover.c — edit the personal note on a direction
 *
 * There is no Save button: the note is stored shortly after each pause in
 * typing and when the popover closes, so a crash loses at most the last
 * few keystrokes.  A note that cannot be stored (too long) says so in the
 * popover and keeps the text, so nothing typed is lost.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-note-popover.h"

#define SAVE_DELAY_MS 500

struct _HpNotePopover
{
  GtkPopover     parent_instance;

  HpNotes       *notes;
  char          *item_id;
  GtkTextBuffer *buffer;
  GtkWidget     *status;
  guint          save_source;
};

G_DEFINE_FINAL_TYPE (HpNotePopover, hp_note_popover, GTK_TYPE_POPOVER)

static void
hp_note_popover_dispose (GObject *object)
{
  HpNotePopover *self = HP_NOTE_POPOVER (object);

  if (self->save_source != 0)
    hp_note_popover_save (self);
  g_clear_object (&self->notes);
  g_clear_pointer (&self->item_id, g_free);
  G_OBJECT_CLASS (hp_note_popover_parent_class)->dispose (object);
}

static void
hp_note_popover_class_init (HpNotePopoverClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hp_note_popover_dispose;
}

static void
hp_note_popover_init (HpNotePopover *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "note-popover");
}

gboolean
hp_note_popover_save (HpNotePopover *self)
{
  g_autoptr(GError) error = NULL;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  text = gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
  if (!hp_notes_set (self->notes, self->item_id, g_strstrip (text), &error))
    {
      gtk_label_set_text (GTK_LABEL (self->status), error->message);
      gtk_widget_add_css_class (self->status, "error");
      return FALSE;
    }
  gtk_label_set_text (GTK_LABEL (self->status), _("Saved automatically"));
  gtk_widget_remove_css_class (self->status, "error");
  return TRUE;
}

static gboolean
save_later (gpointer user_data)
{
  HpNotePopover *self = user_data;

  self->save_source = 0;
  hp_note_popover_save (self);
  return G_SOURCE_REMOVE;
}

static void
on_text_changed (HpNotePopover *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_later, self);
}

static GtkWidget *
text_view (HpNotePopover *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new_with_buffer (self->buffer);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Personal note"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 140);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scroller), 380);
  gtk_widget_add_css_class (scroller, "card");
  return scroller;
}

GtkWidget *
hp_note_popover_new (HpNotes    *notes,
                     const char *item_id)
{
  HpNotePopover *self = g_object_new (HP_TYPE_NOTE_POPOVER, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *heading = gtk_label_new (_("Personal Note"));
  g_autofree char *text = NULL;

  self->notes = g_object_ref (notes);
  self->item_id = g_strdup (item_id);
  self->buffer = gtk_text_buffer_new (NULL);
  text = hp_notes_get (notes, item_id, NULL);
  gtk_text_buffer_set_text (self->buffer, text ? text : "", -1);
  g_signal_connect_swapped (self->buffer, "changed", G_CALLBACK (on_text_changed), self);

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  self->status = gtk_label_new (_("Only you see this note. It is saved automatically."));
  gtk_label_set_xalign (GTK_LABEL (self->status), 0);
  gtk_label_set_wrap (GTK_LABEL (self->status), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->status), 44);
  gtk_widget_add_css_class (self->status, "dim-label");
  gtk_widget_add_css_class (self->status, "caption");

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), text_view (self));
  gtk_box_append (GTK_BOX (box), self->status);
  gtk_popover_set_child (GTK_POPOVER (self), box);
  g_signal_connect (self, "closed", G_CALLBACK (hp_note_popover_save), NULL);
  g_object_unref (self->buffer);  /* the text view holds it */
  return GTK_WIDGET (self);
}

GtkTextBuffer *
hp_note_popover_get_buffer (HpNotePopover *self)
{
  return self->buffer;
}
