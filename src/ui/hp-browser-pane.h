/* hp-browser-pane.h — the guideline browser: contents sidebar and page
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-corpus.h"
#include "hp-page-view.h"

G_BEGIN_DECLS

#define HP_TYPE_BROWSER_PANE (hp_browser_pane_get_type ())
G_DECLARE_FINAL_TYPE (HpBrowserPane, hp_browser_pane, HP, BROWSER_PANE, GtkWidget)

void        hp_browser_pane_set_corpus     (HpBrowserPane *self,
                                            HpCorpus      *corpus);
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

G_END_DECLS
