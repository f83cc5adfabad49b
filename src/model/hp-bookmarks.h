/* hp-bookmarks.h — the planner's bookmarked guidelines and directions
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hp-corpus.h"

G_BEGIN_DECLS

#define HP_TYPE_BOOKMARKS (hp_bookmarks_get_type ())
G_DECLARE_FINAL_TYPE (HpBookmarks, hp_bookmarks, HP, BOOKMARKS, GObject)

HpBookmarks *hp_bookmarks_new           (HpCorpus     *corpus,
                                         GError      **error);
HpCorpus    *hp_bookmarks_get_corpus    (HpBookmarks  *self);
GListModel  *hp_bookmarks_get_model     (HpBookmarks  *self);
gboolean     hp_bookmarks_add           (HpBookmarks  *self,
                                         const char   *item_id,
                                         GError      **error);
gboolean     hp_bookmarks_remove        (HpBookmarks  *self,
                                         const char   *item_id,
                                         GError      **error);
gboolean     hp_bookmarks_toggle        (HpBookmarks  *self,
                                         const char   *item_id,
                                         gboolean     *bookmarked,
                                         GError      **error);
gboolean     hp_bookmarks_is_bookmarked (HpBookmarks  *self,
                                         const char   *item_id);
gboolean     hp_bookmarks_reload        (HpBookmarks  *self,
                                         GError      **error);

G_END_DECLS
