/* hp-direction-card.c — one direction: badge, text, tools, note, sub-points
 *
 * The tools (bookmark, personal note, copy with source) only trigger the
 * page view's actions; the card follows the notes model, so a note shows
 * under its direction as soon as it is stored, wherever it was edited.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-bookmark-button.h"
#include "hp-direction-card.h"

struct _HpDirectionCard
{
  GtkWidget  parent_instance;

  HpNotes   *notes;
  char      *item_id;
  GtkWidget *box;
  GtkWidget *note_button;
  GtkWidget *note_box;
  GtkWidget *note_label;
  GtkWidget *subpoints;
};

G_DEFINE_FINAL_TYPE (HpDirectionCard, hp_direction_card, GTK_TYPE_WIDGET)

static void
hp_direction_card_dispose (GObject *object)
{
  HpDirectionCard *self = HP_DIRECTION_CARD (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->notes);
  g_clear_pointer (&self->item_id, g_free);
  G_OBJECT_CLASS (hp_direction_card_parent_class)->dispose (object);
}

static void
hp_direction_card_class_init (HpDirectionCardClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_direction_card_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hp_direction_card_init (HpDirectionCard *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_widget_add_css_class (GTK_WIDGET (self), "direction");
}

static GtkWidget *
tool_button (const char *icon,
             const char *tooltip,
             const char *action,
             const char *item_id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", item_id);
  return button;
}

static GtkWidget *
tools_box (HpDirectionCard *self,
           HpContext       *context)
{
  GtkWidget *tools = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (tools, "item-tools");
  gtk_widget_set_valign (tools, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (tools), hp_bookmark_button_new (hp_context_get_bookmarks (context), self->item_id));
  self->note_button = tool_button ("document-edit-symbolic", _("Personal note"),
                                   "page.edit-note", self->item_id);
  gtk_box_append (GTK_BOX (tools), self->note_button);
  gtk_box_append (GTK_BOX (tools), tool_button ("edit-copy-symbolic", _("Copy with source"),
                                                "page.copy-with-source", self->item_id));
  gtk_box_append (GTK_BOX (tools), tool_button ("object-select-symbolic", _("Assess in the strategy"),
                                                "win.assess-direction", self->item_id));
  return tools;
}

static void
update_note (HpDirectionCard *self)
{
  g_autofree char *text = hp_notes_get (self->notes, self->item_id, NULL);

  gtk_label_set_text (GTK_LABEL (self->note_label), text ? text : "");
  gtk_widget_set_visible (self->note_box, text != NULL && *text != '\0');
}

static void
on_note_changed (HpDirectionCard *self,
                 const char      *item_id)
{
  if (g_strcmp0 (item_id, self->item_id) == 0)
    update_note (self);
}

static GtkWidget *
note_box (HpDirectionCard *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name ("document-edit-symbolic");

  gtk_widget_add_css_class (box, "note");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Personal note"), -1);
  self->note_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->note_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->note_label), 0);
  gtk_label_set_selectable (GTK_LABEL (self->note_label), TRUE);
  gtk_widget_set_hexpand (self->note_label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), self->note_label);
  return box;
}

/* @badge and @text are made by the page view, which owns their size group
 * and link handling. */
GtkWidget *
hp_direction_card_new (HpContext    *context,
                       HpCorpusItem *direction,
                       GtkWidget    *badge,
                       GtkWidget    *text)
{
  HpDirectionCard *self = g_object_new (HP_TYPE_DIRECTION_CARD, NULL);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);

  self->notes = g_object_ref (hp_context_get_notes (context));
  self->item_id = g_strdup (hp_corpus_item_get_id (direction));
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_widget_add_css_class (header, "direction-text");
  gtk_box_append (GTK_BOX (header), badge);
  gtk_box_append (GTK_BOX (header), text);
  gtk_box_append (GTK_BOX (header), tools_box (self, context));
  gtk_box_append (GTK_BOX (self->box), header);

  self->note_box = note_box (self);
  gtk_box_append (GTK_BOX (self->box), self->note_box);
  self->subpoints = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_add_css_class (self->subpoints, "subpoints");
  gtk_box_append (GTK_BOX (self->box), self->subpoints);

  g_signal_connect_object (self->notes, "note-changed", G_CALLBACK (on_note_changed), self,
                           G_CONNECT_SWAPPED);
  update_note (self);
  return GTK_WIDGET (self);
}

GtkWidget *
hp_direction_card_get_subpoint_box (HpDirectionCard *self)
{
  return self->subpoints;
}

GtkWidget *
hp_direction_card_get_note_button (HpDirectionCard *self)
{
  return self->note_button;
}

const char *
hp_direction_card_get_note_text (HpDirectionCard *self)
{
  return gtk_widget_get_visible (self->note_box) ? gtk_label_get_text (GTK_LABEL (self->note_label)) : NULL;
}
