/* test-browser.c — the guideline browser, driven under Xvfb
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "hjemplan-resources.h"
#include "hp-classification-badge.h"
#include "hp-direction-card.h"
#include "hp-footnote-popover.h"
#include "hp-note-popover.h"
#include "hp-test-ui.h"
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
  HpContext     *context;
  HpCorpus      *corpus;
  HpWindow      *window;
  HpBrowserPane *pane;
  HpPageView    *view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "last-item");
  fixture->db = hp_test_open_corpus_db ();
  fixture->context = hp_context_new (fixture->db, NULL);
  fixture->corpus = hp_context_get_corpus (fixture->context);
  fixture->window = hp_window_new (NULL, fixture->context);
  fixture->pane = hp_window_get_browser_pane (fixture->window);
  fixture->view = hp_browser_pane_get_page_view (fixture->pane);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1366, 768);
  /* Tests drive the window through its actions; keep Xvfb's idle pointer
   * from hovering a tooltip whose timer would outlive the window. */
  gtk_widget_set_can_target (GTK_WIDGET (fixture->window), FALSE);
  hp_test_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  hp_test_flush_events ();
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->db);
}

/* Lets debounced handlers (search-as-you-type) run. */
static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  hp_test_flush_events ();
}

static HpSearchResultsView *
search_for (Fixture    *fixture,
            const char *query)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (hp_browser_pane_get_search_bar (fixture->pane)));
  hp_browser_pane_start_search (fixture->pane, query);
  wait_ms (400);
  return hp_browser_pane_get_results_view (fixture->pane);
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
          hp_test_flush_events ();
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
  hp_test_flush_events ();
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "page.follow-link", "s", "fn:31");
  hp_test_flush_events ();

  popover = hp_page_view_get_popover (fixture->view);
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
  hp_test_flush_events ();
  g_assert_false (hp_browser_pane_can_go_forward (fixture->pane));

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "page.follow-link", "s",
                              "xref:" GUIDELINE_RETAIN);
  hp_test_flush_events ();
  g_assert_cmpstr (hp_browser_pane_get_current_id (fixture->pane), ==, GUIDELINE_RETAIN);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));
  hp_test_flush_events ();
  g_assert_cmpstr (hp_browser_pane_get_current_id (fixture->pane), ==, GUIDELINE_HOUSING);
  g_assert_true (hp_browser_pane_can_go_forward (fixture->pane));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.forward", NULL));
  hp_test_flush_events ();
  g_assert_cmpstr (hp_browser_pane_get_current_id (fixture->pane), ==, GUIDELINE_RETAIN);
}

static void
test_reveal_direction (Fixture       *fixture,
                       gconstpointer  user_data)
{
  GtkWidget *widget;

  g_assert_true (hp_browser_pane_show (fixture->pane, GUIDELINE_1_BOER, NULL));
  hp_test_flush_events ();
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
  hp_test_flush_events ();
  stored = g_settings_get_string (settings, "last-item");
  g_assert_cmpstr (stored, ==, GUIDELINE_HOUSING);

  second = hp_window_new (NULL, fixture->context);
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

static void
test_search_shows_grouped_results (Fixture       *fixture,
                                   gconstpointer  user_data)
{
  HpSearchResultsView *results = search_for (fixture, "anvisningsret");

  g_assert_true (hp_browser_pane_is_showing_results (fixture->pane));
  g_assert_cmpuint (hp_search_results_view_get_n_results (results), >=, 5);
  g_assert_cmpuint (hp_search_results_view_get_n_groups (results), >=, 2);
  g_assert_cmpuint (hp_search_results_view_get_n_groups (results), <,
                    hp_search_results_view_get_n_results (results));
  g_assert_cmpstr (hp_search_results_view_get_result_id (results, 0), ==,
                   GUIDELINE_HOUSING ".kommunens-anvisningsret");
}

static void
test_activate_result_opens_and_highlights (Fixture       *fixture,
                                           gconstpointer  user_data)
{
  HpSearchResultsView *results = search_for (fixture, "anvisningsretten almene familie");
  g_autofree char *id = g_strdup (hp_search_results_view_get_result_id (results, 0));
  GtkWidget *widget;

  g_assert_cmpstr (id, ==, GUIDELINE_HOUSING ".a3.2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (results), "results.activate", "s", id));
  hp_test_flush_events ();
  g_assert_false (hp_browser_pane_is_showing_results (fixture->pane));
  g_assert_cmpstr (hp_browser_pane_get_current_id (fixture->pane), ==, GUIDELINE_HOUSING);
  widget = hp_page_view_lookup (fixture->view, id);
  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_has_css_class (widget, "highlighted"));
}

static void
test_search_filters (Fixture       *fixture,
                     gconstpointer  user_data)
{
  HpSearchResultsView *results = search_for (fixture, "bolig");
  guint unfiltered = hp_search_results_view_get_n_results (results);

  /* Classification: only legal requirements. */
  hp_browser_pane_set_filters (fixture->pane, 0, 1, 0);
  wait_ms (50);
  g_assert_cmpuint (hp_search_results_view_get_n_results (results), >, 0);
  g_assert_cmpuint (hp_search_results_view_get_n_results (results), <, unfiltered);
  for (guint i = 0; i < hp_search_results_view_get_n_results (results); i++)
    {
      g_autoptr(HpCorpusItem) item =
        hp_corpus_lookup (fixture->corpus, hp_search_results_view_get_result_id (results, i), NULL);
      g_assert_cmpint (hp_corpus_item_get_classification (item), ==, HP_CLASSIFICATION_SKAL);
    }

  /* A word that is nowhere: the empty state, not an error. */
  hp_browser_pane_start_search (fixture->pane, "xyzzyqwv");
  wait_ms (400);
  g_assert_cmpuint (hp_search_results_view_get_n_results (results), ==, 0);
  g_assert_true (hp_search_results_view_is_empty_shown (results));
}

static void
test_footnote_hit_opens_footnote (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  GtkPopover *popover;

  g_assert_true (hp_browser_pane_show (fixture->pane, "fn-31", NULL));
  hp_test_flush_events ();
  g_assert_cmpstr (hp_browser_pane_get_current_id (fixture->pane), ==, GUIDELINE_1);
  popover = hp_page_view_get_popover (fixture->view);
  g_assert_nonnull (popover);
  g_assert_true (g_str_has_prefix (hp_footnote_popover_get_text (HP_FOOTNOTE_POPOVER (popover)),
                                   "Servicelovens §§ 10 og 11"));
}

static void
test_bookmark_direction (Fixture       *fixture,
                         gconstpointer  user_data)
{
  HpBookmarks *bookmarks = hp_context_get_bookmarks (fixture->context);
  GListModel *listed = hp_bookmarks_get_model (bookmarks);

  g_assert_true (hp_browser_pane_show (fixture->pane, GUIDELINE_1, NULL));
  hp_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "page.toggle-bookmark", "s",
                                             GUIDELINE_1_SKAL));
  hp_test_flush_events ();
  g_assert_true (hp_bookmarks_is_bookmarked (bookmarks, GUIDELINE_1_SKAL));
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 1);
  g_assert_true (g_list_model_get_item_type (listed) == HP_TYPE_CORPUS_ITEM);

  /* The bookmark in the sidebar leads back to the direction. */
  g_assert_true (hp_browser_pane_show (fixture->pane, GUIDELINE_HOUSING, NULL));
  hp_test_flush_events ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (hp_browser_pane_get_bookmarks_list (fixture->pane)),
                                             "list.activate-item", "u", 0));
  hp_test_flush_events ();
  g_assert_cmpstr (hp_browser_pane_get_current_id (fixture->pane), ==, GUIDELINE_1);
  g_assert_true (gtk_widget_has_css_class (hp_page_view_lookup (fixture->view, GUIDELINE_1_SKAL),
                                           "highlighted"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "page.toggle-bookmark", "s",
                                             GUIDELINE_1_SKAL));
  hp_test_flush_events ();
  g_assert_false (hp_bookmarks_is_bookmarked (bookmarks, GUIDELINE_1_SKAL));
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 0);
}

static void
test_note_on_direction (Fixture       *fixture,
                        gconstpointer  user_data)
{
  const char *text = "Drøftes på næste møde med boligorganisationerne.";
  HpNotes *notes = hp_context_get_notes (fixture->context);
  g_autofree char *stored = NULL;
  GtkPopover *popover;
  GtkWidget *card;

  g_assert_true (hp_browser_pane_show (fixture->pane, GUIDELINE_1, NULL));
  hp_test_flush_events ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "page.edit-note", "s",
                                             GUIDELINE_1_SKAL));
  hp_test_flush_events ();
  popover = hp_page_view_get_popover (fixture->view);
  g_assert_true (HP_IS_NOTE_POPOVER (popover));
  gtk_text_buffer_set_text (hp_note_popover_get_buffer (HP_NOTE_POPOVER (popover)), text, -1);
  gtk_popover_popdown (popover);
  hp_test_flush_events ();

  stored = hp_notes_get (notes, GUIDELINE_1_SKAL, NULL);
  g_assert_cmpstr (stored, ==, text);
  card = hp_page_view_lookup (fixture->view, GUIDELINE_1_SKAL);
  g_assert_cmpstr (hp_direction_card_get_note_text (HP_DIRECTION_CARD (card)), ==, text);
}

static void
clipboard_text_ready (GObject      *clipboard,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
}

static void
test_copy_with_source (Fixture       *fixture,
                       gconstpointer  user_data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->view));
  g_autofree char *text = NULL;

  g_assert_true (hp_browser_pane_show (fixture->pane, GUIDELINE_1, NULL));
  hp_test_flush_events ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "page.copy-with-source", "s",
                                             GUIDELINE_1_SKAL));
  gdk_clipboard_read_text_async (clipboard, NULL, clipboard_text_ready, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (text, ==,
                   "Kommunen skal stille rådgivning og vejledning gratis og anonymt til rådighed for "
                   "borgerne. (Socialstyrelsen 2020: Nationale retningslinjer for indsatsen mod "
                   "hjemløshed, Retningslinje for generel forebyggelse af hjemløshed – primær "
                   "forebyggelse, s. 18)");
}

static GtkButton *
find_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return GTK_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *button = find_button (child);
      if (button != NULL)
        return button;
    }
  return NULL;
}

/* From a footnote: "show everything that cites this paragraph". */
static void
test_footnote_to_law_index (Fixture       *fixture,
                            gconstpointer  user_data)
{
  GtkPopover *popover;
  GtkButton *button;

  g_assert_true (hp_browser_pane_show (fixture->pane, GUIDELINE_1, NULL));
  hp_test_flush_events ();
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "page.follow-link", "s", "fn:34");
  hp_test_flush_events ();
  popover = hp_page_view_get_popover (fixture->view);
  button = find_button (gtk_popover_get_child (popover));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  hp_test_flush_events ();
  g_assert_cmpstr (hp_browser_pane_get_visible_content (fixture->pane), ==, "law");
  g_assert_cmpstr (hp_law_view_get_law_key (hp_browser_pane_get_law_view (fixture->pane)), ==, "serviceloven");
}

static void
test_law_index (Fixture       *fixture,
                gconstpointer  user_data)
{
  HpLawView *law_view = hp_browser_pane_get_law_view (fixture->pane);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "browser.show-law", "(ss)",
                                             "serviceloven", "110"));
  hp_test_flush_events ();
  g_assert_cmpstr (hp_browser_pane_get_visible_content (fixture->pane), ==, "law");
  g_assert_cmpstr (hp_law_view_get_law_key (law_view), ==, "serviceloven");
  g_assert_cmpuint (hp_law_view_get_n_paragraphs (law_view), >, 20);
  g_assert_nonnull (hp_law_view_lookup_paragraph (law_view, "110"));

  /* Following a citing item opens it in the text. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (law_view), "law.open-item", "s",
                                             "forebyggelse-af-tilbagevendende-hjemloeshed.a3"));
  hp_test_flush_events ();
  g_assert_cmpstr (hp_browser_pane_get_visible_content (fixture->pane), ==, "page");
  g_assert_cmpstr (hp_browser_pane_get_current_id (fixture->pane), ==,
                   "forebyggelse-af-tilbagevendende-hjemloeshed");
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
  ADD ("search/grouped-results", test_search_shows_grouped_results);
  ADD ("search/activate-result", test_activate_result_opens_and_highlights);
  ADD ("search/filters", test_search_filters);
  ADD ("search/footnote-hit", test_footnote_hit_opens_footnote);
  ADD ("bookmark-direction", test_bookmark_direction);
  ADD ("note-on-direction", test_note_on_direction);
  ADD ("copy-with-source", test_copy_with_source);
  ADD ("law-index", test_law_index);
  ADD ("footnote-to-law-index", test_footnote_to_law_index);
  return g_test_run ();
}
