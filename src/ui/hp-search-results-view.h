/* hp-search-results-view.h — search hits grouped by guideline
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_SEARCH_RESULTS_VIEW (hp_search_results_view_get_type ())
G_DECLARE_FINAL_TYPE (HpSearchResultsView, hp_search_results_view, HP, SEARCH_RESULTS_VIEW, GtkWidget)

void        hp_search_results_view_set_results   (HpSearchResultsView *self,
                                                  GListModel          *results,
                                                  gboolean             filtered);
guint       hp_search_results_view_get_n_groups  (HpSearchResultsView *self);
guint       hp_search_results_view_get_n_results (HpSearchResultsView *self);
gboolean    hp_search_results_view_is_empty_shown (HpSearchResultsView *self);
const char *hp_search_results_view_get_result_id (HpSearchResultsView *self,
                                                  guint                position);

G_END_DECLS
