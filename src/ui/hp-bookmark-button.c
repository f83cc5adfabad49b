/* hp-bookmark-button.c — a star that bookmarks one corpus item
 *
 * The button only triggers "page.toggle-bookmark"; its look follows the
 * bookmarks model, so every star for the same item stays right whichever
 * one was pressed, or the sidebar.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-bookmark-button.h"

struct _HpBookmarkButton
{
  GtkButton    parent_instance;
  HpBookmarks *bookmarks;
  char        *item_id;
};

G_DEFINE_FINAL_TYPE (HpBookmarkButton, hp_bookmark_button, GTK_TYPE_BUTTON)

static void
hp_bookmark_button_finalize (GObject *object)
{
  HpBookmarkButton *self = HP_BOOKMARK_BUTTON (object);

  g_clear_object (&self->bookmarks);
  g_free (self->item_id);
  G_OBJECT_CLASS (hp_bookmark_button_parent_class)->finalize (object);
}

static void
hp_bookmark_button_class_init (HpBookmarkButtonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hp_bookmark_button_finalize;
}

static void
hp_bookmark_button_init (HpBookmarkButton *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self), "circular");
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_START);
}

static void
update (HpBookmarkButton *self)
{
  gboolean marked = hp_bookmarks_is_bookmarked (self->bookmarks, self->item_id);
  const char *text = marked ? _("Remove bookmark") : _("Bookmark");

  gtk_button_set_icon_name (GTK_BUTTON (self), marked ? "starred-symbolic" : "non-starred-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  if (marked)
    gtk_widget_add_css_class (GTK_WIDGET (self), "bookmarked");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "bookmarked");
}

static void
on_bookmarks_changed (HpBookmarkButton *self,
                      const char       *item_id)
{
  /* NULL: everything may have changed (a corpus reload). */
  if (item_id == NULL || g_strcmp0 (item_id, self->item_id) == 0)
    update (self);
}

GtkWidget *
hp_bookmark_button_new (HpBookmarks *bookmarks,
                        const char  *item_id)
{
  HpBookmarkButton *self = g_object_new (HP_TYPE_BOOKMARK_BUTTON, NULL);

  self->bookmarks = g_object_ref (bookmarks);
  self->item_id = g_strdup (item_id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "page.toggle-bookmark");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s", item_id);
  g_signal_connect_object (bookmarks, "changed", G_CALLBACK (on_bookmarks_changed), self,
                           G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}
