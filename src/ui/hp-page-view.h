/* hp-page-view.h — renders one page of the publication readably
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-context.h"

G_BEGIN_DECLS

#define HP_TYPE_PAGE_VIEW (hp_page_view_get_type ())
G_DECLARE_FINAL_TYPE (HpPageView, hp_page_view, HP, PAGE_VIEW, GtkWidget)

void          hp_page_view_set_context       (HpPageView   *self,
                                              HpContext    *context);
gboolean      hp_page_view_show_page         (HpPageView   *self,
                                              HpCorpusItem *page,
                                              GError      **error);
HpCorpusItem *hp_page_view_get_page          (HpPageView   *self);
void          hp_page_view_reveal            (HpPageView   *self,
                                              const char   *id);
GtkWidget    *hp_page_view_lookup            (HpPageView   *self,
                                              const char   *id);
GtkPopover   *hp_page_view_get_popover (HpPageView *self);
gboolean      hp_page_view_follow_link       (HpPageView   *self,
                                              const char   *uri);

G_END_DECLS
