/* test-browser.c — the guideline browser, driven under Xvfb
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "hjemplan-resources.h"
#include "hp-classification-badge.h"
#include "hp-footnote-popover.h"
#include "hp-test-util.h"
#include "hp-window.h"

/* Stable identifiers from data/guidelines.xml. */
#define GUIDELINE_1        "generel-forebyggelse-af-hjemloeshed"
#define GUIDELINE_1_SKAL   GUIDELINE_1 ".a1"
#define GUIDELINE_1_BOER   GUIDELINE_1 ".a3"
#define GUIDELINE_HOUSING  "planlaegning-af-boligindsatsen"
#define GUIDELINE_RETAIN   "boligfastholdelse"

typedef struct {
  HpDatabase    *db;
  HpCorpus      *corpus;
  HpWindow      *window;
  HpBrowserPane *pane;
  HpPageView    *view;
} Fixture;

static void
flush_events (void)
{
  for (int i = 0; i < 50; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "last-item");
  fixture->db = hp_test_open_corpus_db ();
  fixture->corpus = hp_corpus_new (fixture->db);
  fixture->window = hp_window_new (NULL, fixture->corpus);
  fixture->pane = hp_window_get_browser_pane (fixture->window);
  fixture->view = hp_browser_pane_get_page_view (fixture->pane);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1366, 768);
  gtk_window_present (GTK_WINDOW (fixture->window));
  flush_events ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  flush_events ();
  g_clear_object (&fixture->corpus);
  g_clear_object (&fixture->db);
}

static HpClassificationBadge *
find_badge (GtkWidget *widget)
{
  if (HP_IS_CLASSIFICATION_BADGE (widget))
    return HP_CLASSIFICATION_BADGE (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      HpClassificationBadge *badge = find_badge (child);
      if (badge != NULL)
        return badge;
    }
  return NULL;
}

static const char *
badge_text_of (Fixture    *fixture,
               const char *id)
{
  GtkWidget *widget = hp_page_view_lookup (fixture->view, id);

  g_assert_nonnull (widget);
  return hp_classification_badge_get_text (find_badge (widget));
}

/* Selects the sidebar row titled @title (expanding the chapter first). */
static void
select_in_sidebar (Fixture    *fixture,
                   const char *chapter_title,
                   const char *guideline_title)
{
  GtkListView *sidebar = hp_browser_pane_get_sidebar (fixture->pane);
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (sidebar));
  GListModel *rows = gtk_single_selection_get_model (selection);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(HpCorpusItem) item = gtk_tree_list_row_get_item (row);

      if (g_strcmp0 (hp_corpus_item_get_title (item), chapter_title) == 0)
        gtk_tree_list_row_set_expanded (row, TRUE);
      if (g_strcmp0 (hp_corpus_item_get_title (item), guideline_title) == 0)
        {
          gtk_single_selection_set_selected (selection, i);
          flush_events ();
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_opens_introduction (Fixture       *fixture,
                         gconstpointer  user_data)
{
  HpCorpusItem *page = hp_page_view_get_page (fixture->view);

  g_assert_nonnull (page);
  GtkListView *sidebar = hp_browser_pane_get_sidebar (fixture->pane);
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (sidebar));
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (selection);
  g_autoptr(HpCorpusItem) selected = NULL;

  g_assert_cmpstr (hp_corpus_item_get_kind (page), ==, "introduction");
  g_assert_nonnull (row);
  selected = gtk_tree_list_row_get_item (row);
  g_assert_cmpstr (hp_corpus_item_get_id (selected), ==, hp_corpus_item_get_id (page));
  /* A fresh window has nothing to go back to. */
  g_assert_false (hp_browser_pane_can_go_back (fixture->pane));
}

static void
test_select_guideline_shows_directions (Fixture       *fixture,
                                        gconstpointer  user_data)
{
  g_autoptr(HpCorpusItem) guideline = hp_corpus_lookup (fixture->corpus, GUIDELINE_1, NULL);

  select_in_sidebar (fixture, "Forebyggelse af hjemløshed", hp_corpus_item_get_title (guideline));
  g_assert_cmpstr (hp_browser_pane_get_current_id (fixture->pane), ==, GUIDELINE_1);
  g_assert_cmpstr (hp_corpus_item_get_id (hp_page_view_get_page (fixture->view)), ==, GUIDELINE_1);

  g_assert_cmpstr (badge_text_of (fixture, GUIDELINE_1_SKAL), ==, "Legal requirement");
  g_assert_cmpstr (badge_text_of (fixture, GUIDELINE_1_BOER), ==, "Recommendation");
  g_assert_cmpstr (badge_text_of (fixture, GUIDELINE_1_SKAL ".4"), ==, "Option");
  g_assert_true (gtk_widget_get_mapped (hp_page_view_lookup (fixture->view, GUIDELINE_1_SKAL)));
}

static void
test_footnote_popover (Fixture       *fixture,
                       gconstpointer  user_data)
{
  GtkPopover *popover;

  g_assert_true (hp_browser_pane_show (fixture->pane, GUIDELINE_1, NULL));
  flush_events ();
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "page.follow-link", "s", "fn:31");
  flush_events ();

  popover = hp_page_view_get_footnote_popover (fixture->view);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_cmpstr (hp_footnote_popover_get_text (HP_FOOTNOTE_POPOVER (popover)), ==,
                   "Servicelovens §§ 10 og 11, stk. 2 og 7, og § 12, jf. lovbekendtgørelse "
                   "nr. 1287 af 28. august 2020.");
  g_assert_cmpuint (hp_footnote_popover_get_n_lawrefs (HP_FOOTNOTE_POPOVER (popover)), ==, 3);
}

static void
test_cross_reference_and_back (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_assert_true (hp_browser_pane_show (fixture->pane, GUIDELINE_HOUSING, NULL));
  flush_events ();
  g_assert_false (hp_browser_pane_can_go_forward (fixture->pane));

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "page.follow-link", "s",
                              "xref:" GUIDELINE_RETAIN);
  flush_events ();
  g_assert_cmpstr (hp_browser_pane_get_current_id (fixture->pane), ==, GUIDELINE_RETAIN);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));
  flush_events ();
  g_assert_cmpstr (hp_browser_pane_get_current_id (fixture->pane), ==, GUIDELINE_HOUSING);
  g_assert_true (hp_browser_pane_can_go_forward (fixture->pane));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.forward", NULL));
  flush_events ();
  g_assert_cmpstr (hp_browser_pane_get_current_id (fixture->pane), ==, GUIDELINE_RETAIN);
}

static void
test_reveal_direction (Fixture       *fixture,
                       gconstpointer  user_data)
{
  GtkWidget *widget;

  g_assert_true (hp_browser_pane_show (fixture->pane, GUIDELINE_1_BOER, NULL));
  flush_events ();
  g_assert_cmpstr (hp_browser_pane_get_current_id (fixture->pane), ==, GUIDELINE_1);
  widget = hp_page_view_lookup (fixture->view, GUIDELINE_1_BOER);
  g_assert_true (gtk_widget_has_css_class (widget, "highlighted"));
}

static void
test_last_item_restored (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *stored = NULL;
  HpWindow *second;

  g_assert_true (hp_browser_pane_show (fixture->pane, GUIDELINE_HOUSING, NULL));
  flush_events ();
  stored = g_settings_get_string (settings, "last-item");
  g_assert_cmpstr (stored, ==, GUIDELINE_HOUSING);

  second = hp_window_new (NULL, fixture->corpus);
  g_assert_cmpstr (hp_browser_pane_get_current_id (hp_window_get_browser_pane (second)), ==,
                   GUIDELINE_HOUSING);
  gtk_window_destroy (GTK_WINDOW (second));
}

static void
test_unknown_id_is_an_error (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = g_strdup (hp_browser_pane_get_current_id (fixture->pane));

  g_assert_false (hp_browser_pane_show (fixture->pane, "no-such-guideline", &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (hp_browser_pane_get_current_id (fixture->pane), ==, before);
}

#define ADD(path, func) \
  g_test_add ("/browser/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int argc, char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  hjemplan_register_resource ();

  ADD ("opens-introduction", test_opens_introduction);
  ADD ("select-guideline-shows-directions", test_select_guideline_shows_directions);
  ADD ("footnote-popover", test_footnote_popover);
  ADD ("cross-reference-and-back", test_cross_reference_and_back);
  ADD ("reveal-direction", test_reveal_direction);
  ADD ("last-item-restored", test_last_item_restored);
  ADD ("unknown-id-is-an-error", test_unknown_id_is_an_error);
  return g_test_run ();
}
