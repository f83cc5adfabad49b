/* hp-bookmark-button.h — a star that bookmarks one corpus item
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-bookmarks.h"

G_BEGIN_DECLS

#define HP_TYPE_BOOKMARK_BUTTON (hp_bookmark_button_get_type ())
G_DECLARE_FINAL_TYPE (HpBookmarkButton, hp_bookmark_button, HP, BOOKMARK_BUTTON, GtkButton)

GtkWidget *hp_bookmark_button_new (HpBookmarks *bookmarks,
                                   const char  *item_id);

G_END_DECLS
