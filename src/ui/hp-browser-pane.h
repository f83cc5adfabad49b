/* hp-browser-pane.h — the guideline browser: contents sidebar and page
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-context.h"
#include "hp-law-view.h"
#include "hp-page-view.h"
#include "hp-search-results-view.h"

G_BEGIN_DECLS

#define HP_TYPE_BROWSER_PANE (hp_browser_pane_get_type ())
G_DECLARE_FINAL_TYPE (HpBrowserPane, hp_browser_pane, HP, BROWSER_PANE, GtkWidget)

void        hp_browser_pane_set_context    (HpBrowserPane *self,
                                            HpContext     *context);
void        hp_browser_pane_open_initial   (HpBrowserPane *self,
                                            const char    *id);
gboolean    hp_browser_pane_show           (HpBrowserPane *self,
                                            const char    *id,
                                            GError       **error);
const char *hp_browser_pane_get_current_id (HpBrowserPane *self);
gboolean    hp_browser_pane_can_go_back    (HpBrowserPane *self);
gboolean    hp_browser_pane_can_go_forward (HpBrowserPane *self);
void        hp_browser_pane_go_back        (HpBrowserPane *self);
void        hp_browser_pane_go_forward     (HpBrowserPane *self);
HpPageView *hp_browser_pane_get_page_view  (HpBrowserPane *self);
GtkListView *hp_browser_pane_get_sidebar   (HpBrowserPane *self);
void        hp_browser_pane_start_search   (HpBrowserPane *self,
                                            const char    *text);
GtkSearchBar *hp_browser_pane_get_search_bar (HpBrowserPane *self);
HpSearchResultsView *hp_browser_pane_get_results_view (HpBrowserPane *self);
gboolean    hp_browser_pane_is_showing_results (HpBrowserPane *self);
gboolean    hp_browser_pane_show_law       (HpBrowserPane *self,
                                            const char    *law_key,
                                            const char    *paragraph_key,
                                            GError       **error);
HpLawView  *hp_browser_pane_get_law_view   (HpBrowserPane *self);
GtkListView *hp_browser_pane_get_bookmarks_list (HpBrowserPane *self);
const char *hp_browser_pane_get_visible_content (HpBrowserPane *self);
void        hp_browser_pane_set_filters    (HpBrowserPane *self,
                                            guint          chapter,
                                            guint          classification,
                                            guint          law);

G_END_DECLS
