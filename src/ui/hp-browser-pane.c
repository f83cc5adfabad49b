/* hp-browser-pane.c — the guideline browser: contents sidebar and page
 *
 * The sidebar is a GtkTreeListModel over corpus items (introduction,
 * chapters and their guidelines, literature); the page view renders the
 * selected page.  Navigation, from the sidebar or from links, goes through
 * hp_browser_pane_show(), which keeps a browser-like back/forward history.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-browser-pane.h"
#include "hp-law-view.h"
#include "hp-search-results-view.h"

struct _HpBrowserPane
{
  GtkWidget           parent_instance;

  HpContext          *context;
  HpCorpus           *corpus;
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;
  GPtrArray          *history;        /* ids, oldest first */
  guint               history_index;  /* position of the current page */
  char               *current_id;     /* the page shown */
  gboolean            syncing_sidebar;

  GPtrArray          *chapter_ids;     /* filter choices, parallel to the drop-downs */
  GPtrArray          *law_keys;

  GtkWidget          *paned;
  GtkListView        *sidebar;
  HpPageView         *page_view;
  GtkSearchBar       *search_bar;
  GtkEditable        *search_entry;
  GtkDropDown        *chapter_filter;
  GtkDropDown        *classification_filter;
  GtkDropDown        *law_filter;
  GtkStack           *content_stack;
  HpSearchResultsView *results_view;
  GtkStack           *sidebar_stack;
  GtkStack           *bookmarks_stack;
  GtkListView        *bookmarks_list;
  GtkListView        *laws_list;
  HpLawView          *law_view;
};

/* Classification filter choices, in drop-down order after "All kinds". */
static const HpClassification classification_choices[] = {
  HP_CLASSIFICATION_SKAL, HP_CLASSIFICATION_BOER, HP_CLASSIFICATION_KAN, HP_CLASSIFICATION_GOD_PRAKSIS,
};

G_DEFINE_FINAL_TYPE (HpBrowserPane, hp_browser_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CURRENT_ID,
  N_PROPS
};

enum {
  SIGNAL_HISTORY_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
hp_browser_pane_dispose (GObject *object)
{
  HpBrowserPane *self = HP_BROWSER_PANE (object);

  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_BROWSER_PANE);
  /* The template's unnamed top-level box is ours to remove. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->corpus);
  g_clear_object (&self->context);
  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_pointer (&self->current_id, g_free);
  g_clear_pointer (&self->chapter_ids, g_ptr_array_unref);
  g_clear_pointer (&self->law_keys, g_ptr_array_unref);
  G_OBJECT_CLASS (hp_browser_pane_parent_class)->dispose (object);
}

static void
hp_browser_pane_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HpBrowserPane *self = HP_BROWSER_PANE (object);

  switch (prop_id)
    {
    case PROP_CURRENT_ID:
      g_value_set_string (value, self->current_id ? self->current_id : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
on_navigate (HpBrowserPane *self,
             const char    *id)
{
  g_autoptr(GError) error = NULL;

  if (!hp_browser_pane_show (self, id, &error))
    g_warning ("Cannot open %s: %s", id, error->message);
}

static gboolean
filters_active (HpBrowserPane *self)
{
  return gtk_drop_down_get_selected (self->chapter_filter) > 0 ||
         gtk_drop_down_get_selected (self->classification_filter) > 0 ||
         gtk_drop_down_get_selected (self->law_filter) > 0;
}

static const char *
chosen (GPtrArray *choices,
        guint      selected)
{
  return choices != NULL && selected > 0 && selected < choices->len + 1
         ? g_ptr_array_index (choices, selected - 1) : NULL;
}

/* Runs on every (debounced) change of the query or a filter. */
static void
run_search (HpBrowserPane *self)
{
  const char *query = gtk_editable_get_text (self->search_entry);
  guint classification = gtk_drop_down_get_selected (self->classification_filter);
  HpSearchFilter filter = { 0 };
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (query));

  if (self->context == NULL)
    return;
  if (trimmed[0] == '\0')
    {
      gtk_stack_set_visible_child_name (self->content_stack, "page");
      return;
    }
  filter.chapter_id = chosen (self->chapter_ids, gtk_drop_down_get_selected (self->chapter_filter));
  filter.law = chosen (self->law_keys, gtk_drop_down_get_selected (self->law_filter));
  if (classification > 0 && classification <= G_N_ELEMENTS (classification_choices))
    filter.classification = classification_choices[classification - 1];

  results = hp_search_run (hp_context_get_search (self->context), query, &filter, &error);
  if (results == NULL)
    g_warning ("Search failed: %s", error->message);
  hp_search_results_view_set_results (self->results_view, results, filters_active (self));
  gtk_stack_set_visible_child_name (self->content_stack, "results");
}

static void
on_search_mode_changed (HpBrowserPane *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    gtk_stack_set_visible_child_name (self->content_stack, "page");
}

static void
on_bookmark_activated (HpBrowserPane *self,
                       guint          position)
{
  g_autoptr(HpCorpusItem) item =
    g_list_model_get_item (hp_bookmarks_get_model (hp_context_get_bookmarks (self->context)), position);

  if (item != NULL)
    on_navigate (self, hp_corpus_item_get_id (item));
}

static void
on_law_activated (HpBrowserPane *self,
                  guint          position)
{
  GListModel *laws = G_LIST_MODEL (gtk_list_view_get_model (self->laws_list));
  g_autoptr(HpLaw) law = g_list_model_get_item (laws, position);
  g_autoptr(GError) error = NULL;

  if (law != NULL && !hp_browser_pane_show_law (self, hp_law_get_key (law), NULL, &error))
    g_warning ("Cannot show %s: %s", hp_law_get_key (law), error->message);
}

/* "Show everything that cites this paragraph", from a footnote popover. */
static void
show_law_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HpBrowserPane *self = HP_BROWSER_PANE (widget);
  const char *law, *paragraph;
  g_autoptr(GError) error = NULL;

  g_variant_get (parameter, "(&s&s)", &law, &paragraph);
  if (!hp_browser_pane_show_law (self, law, paragraph, &error))
    g_warning ("Cannot show %s: %s", law, error->message);
}

static void
hp_browser_pane_class_init (HpBrowserPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_browser_pane_dispose;
  object_class->get_property = hp_browser_pane_get_property;

  properties[PROP_CURRENT_ID] = g_param_spec_string ("current-id", NULL, NULL, NULL,
                                                     G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                     G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_HISTORY_CHANGED] = g_signal_new ("history-changed", G_TYPE_FROM_CLASS (klass),
                                                  G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                  G_TYPE_NONE, 0);

  g_type_ensure (HP_TYPE_PAGE_VIEW);
  g_type_ensure (HP_TYPE_SEARCH_RESULTS_VIEW);
  g_type_ensure (HP_TYPE_LAW_VIEW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/dk/hjemplan/Hjemplan/hp-browser-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, paned);
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, sidebar);
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, page_view);
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, search_bar);
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, chapter_filter);
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, classification_filter);
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, law_filter);
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, content_stack);
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, results_view);
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, bookmarks_stack);
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, bookmarks_list);
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, laws_list);
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, law_view);
  gtk_widget_class_bind_template_callback (widget_class, on_bookmark_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_law_activated);
  gtk_widget_class_install_action (widget_class, "browser.show-law", "(ss)", show_law_action);
  gtk_widget_class_bind_template_callback (widget_class, on_navigate);
  gtk_widget_class_bind_template_callback (widget_class, run_search);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_changed);
}

/* "Retningslinje for boligfastholdelse" reads as "Boligfastholdelse" under
 * its chapter; chapters get their number. */
static char *
sidebar_title (HpCorpusItem *item)
{
  const char *title = hp_corpus_item_get_title (item);
  const char *prefix = "Retningslinje for ";

  if (hp_corpus_item_is_kind (item, "chapter") || hp_corpus_item_is_kind (item, "introduction"))
    return g_strdup_printf (_("Chapter %s: %s"), hp_corpus_item_get_number (item), title);
  if (hp_corpus_item_is_kind (item, "guideline") && g_str_has_prefix (title, prefix))
    {
      const char *rest = title + strlen (prefix);
      g_autofree char *first = g_utf8_strup (rest, g_utf8_next_char (rest) - rest);
      return g_strconcat (first, g_utf8_next_char (rest), NULL);
    }
  return g_strdup (title);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  /* Long guideline titles wrap at the sidebar's width, not at their
   * minimum width. */
  gtk_label_set_width_chars (GTK_LABEL (label), 26);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
  gtk_list_item_set_child (list_item, expander);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  HpCorpusItem *item = gtk_tree_list_row_get_item (row);
  g_autofree char *title = sidebar_title (item);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  gtk_label_set_text (GTK_LABEL (label), title);
  if (gtk_tree_list_row_get_depth (row) == 0)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
  g_object_unref (item);
}

static GtkWidget *
two_line_row (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  for (int i = 0; i < 2; i++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
      gtk_label_set_lines (GTK_LABEL (label), 3);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 26);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      if (i == 1)
        {
          gtk_widget_add_css_class (label, "dim-label");
          gtk_widget_add_css_class (label, "caption");
        }
      gtk_box_append (GTK_BOX (box), label);
    }
  return box;
}

static void
set_two_lines (GtkWidget  *box,
               const char *first,
               const char *second)
{
  GtkWidget *top = gtk_widget_get_first_child (box);
  GtkWidget *bottom = gtk_widget_get_next_sibling (top);

  gtk_label_set_text (GTK_LABEL (top), first);
  gtk_label_set_text (GTK_LABEL (bottom), second ? second : "");
  gtk_widget_set_visible (bottom, second != NULL && *second != '\0');
}

static void
setup_two_line_row (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, two_line_row ());
}

/* A bookmark: a page by its title; a direction by its text, under the
 * title of its guideline. */
static void
bind_bookmark_row (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   HpBrowserPane            *self)
{
  HpCorpusItem *item = gtk_list_item_get_item (list_item);
  g_autoptr(HpCorpusItem) page = NULL;
  g_autofree char *title = NULL;

  if (hp_corpus_is_page_kind (hp_corpus_item_get_kind (item)))
    {
      title = sidebar_title (item);
      set_two_lines (gtk_list_item_get_child (list_item), title, NULL);
      return;
    }
  if (hp_corpus_item_get_page_id (item) != NULL)
    page = hp_corpus_lookup (self->corpus, hp_corpus_item_get_page_id (item), NULL);
  if (page != NULL)
    title = sidebar_title (page);
  set_two_lines (gtk_list_item_get_child (list_item), hp_corpus_item_get_text (item), title);
}

static void
bind_law_row (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  HpLaw *law = gtk_list_item_get_item (list_item);
  guint n = hp_law_get_n_citations (law);
  g_autofree char *count = g_strdup_printf (ngettext ("Cited in %u footnote", "Cited in %u footnotes", n), n);

  set_two_lines (gtk_list_item_get_child (list_item), hp_law_get_name (law), count);
}

static GtkListItemFactory *
two_line_factory (GCallback bind,
                  gpointer  user_data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_two_line_row), NULL);
  g_signal_connect (factory, "bind", bind, user_data);
  return factory;
}

static void
update_bookmarks_stack (HpBrowserPane *self)
{
  GListModel *bookmarks = hp_bookmarks_get_model (hp_context_get_bookmarks (self->context));

  gtk_stack_set_visible_child_name (self->bookmarks_stack,
                                    g_list_model_get_n_items (bookmarks) > 0 ? "list" : "empty");
}

static void
set_up_bookmarks_and_laws (HpBrowserPane *self)
{
  GListModel *bookmarks = hp_bookmarks_get_model (hp_context_get_bookmarks (self->context));
  g_autoptr(GtkListItemFactory) bookmark_factory = two_line_factory (G_CALLBACK (bind_bookmark_row), self);
  g_autoptr(GtkListItemFactory) law_factory = two_line_factory (G_CALLBACK (bind_law_row), NULL);
  GListModel *laws = hp_law_index_list_laws (hp_context_get_law_index (self->context), NULL);

  gtk_list_view_set_factory (self->bookmarks_list, bookmark_factory);
  gtk_list_view_set_model (self->bookmarks_list,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (bookmarks))));
  g_signal_connect_object (bookmarks, "items-changed", G_CALLBACK (update_bookmarks_stack), self,
                           G_CONNECT_SWAPPED);
  update_bookmarks_stack (self);

  gtk_list_view_set_factory (self->laws_list, law_factory);
  if (laws != NULL)
    gtk_list_view_set_model (self->laws_list, GTK_SELECTION_MODEL (gtk_no_selection_new (laws)));
  hp_law_view_set_context (self->law_view, self->context);
}

static GListModel *
page_children (HpCorpus     *corpus,
               HpCorpusItem *parent)
{
  g_autoptr(GListModel) children = hp_corpus_list_children (corpus, parent, NULL);
  GListStore *pages = g_list_store_new (HP_TYPE_CORPUS_ITEM);

  for (guint i = 0; children && i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(HpCorpusItem) child = g_list_model_get_item (children, i);
      if (hp_corpus_is_page_kind (hp_corpus_item_get_kind (child)))
        g_list_store_append (pages, child);
    }
  return G_LIST_MODEL (pages);
}

static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  HpBrowserPane *self = user_data;
  GListModel *children = page_children (self->corpus, item);

  if (g_list_model_get_n_items (children) == 0)
    {
      g_object_unref (children);
      return NULL;
    }
  return children;
}

static void
on_selection_changed (HpBrowserPane *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(HpCorpusItem) item = NULL;

  if (self->syncing_sidebar || row == NULL)
    return;
  item = gtk_tree_list_row_get_item (row);
  on_navigate (self, hp_corpus_item_get_id (item));
}

static void
hp_browser_pane_init (HpBrowserPane *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->history = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->sidebar, factory);
  g_object_unref (factory);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
}

static void
fill_chapter_filter (HpBrowserPane *self,
                     GListModel    *roots)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_clear_pointer (&self->chapter_ids, g_ptr_array_unref);
  self->chapter_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (labels, _("All chapters"));
  for (guint i = 0; i < g_list_model_get_n_items (roots); i++)
    {
      g_autoptr(HpCorpusItem) item = g_list_model_get_item (roots, i);
      g_autofree char *title = sidebar_title (item);

      gtk_string_list_append (labels, title);
      g_ptr_array_add (self->chapter_ids, g_strdup (hp_corpus_item_get_id (item)));
    }
  gtk_drop_down_set_model (self->chapter_filter, G_LIST_MODEL (labels));
}

static void
fill_classification_filter (HpBrowserPane *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, _("All kinds"));
  for (guint i = 0; i < G_N_ELEMENTS (classification_choices); i++)
    gtk_string_list_append (labels, hp_classification_get_label (classification_choices[i]));
  gtk_drop_down_set_model (self->classification_filter, G_LIST_MODEL (labels));
}

static void
fill_law_filter (HpBrowserPane *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GListModel) laws = hp_law_index_list_laws (hp_context_get_law_index (self->context), NULL);

  g_clear_pointer (&self->law_keys, g_ptr_array_unref);
  self->law_keys = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (labels, _("All laws"));
  for (guint i = 0; laws != NULL && i < g_list_model_get_n_items (laws); i++)
    {
      g_autoptr(HpLaw) law = g_list_model_get_item (laws, i);

      gtk_string_list_append (labels, hp_law_get_name (law));
      g_ptr_array_add (self->law_keys, g_strdup (hp_law_get_key (law)));
    }
  gtk_drop_down_set_model (self->law_filter, G_LIST_MODEL (labels));
}

void
hp_browser_pane_set_context (HpBrowserPane *self,
                             HpContext     *context)
{
  GListModel *roots;

  g_return_if_fail (HP_IS_BROWSER_PANE (self));
  g_return_if_fail (HP_IS_CONTEXT (context));

  g_set_object (&self->context, context);
  g_set_object (&self->corpus, hp_context_get_corpus (context));
  hp_page_view_set_context (self->page_view, context);

  roots = page_children (self->corpus, NULL);
  fill_chapter_filter (self, roots);
  fill_classification_filter (self);
  fill_law_filter (self);
  set_up_bookmarks_and_laws (self);
  self->tree = gtk_tree_list_model_new (roots, FALSE, FALSE, create_child_model, self, NULL);
  g_clear_object (&self->selection);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->tree));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (on_selection_changed), self);
  gtk_list_view_set_model (self->sidebar, GTK_SELECTION_MODEL (self->selection));
}

/* Selects @page in the sidebar, expanding its chapter if need be. */
static void
sync_sidebar (HpBrowserPane *self,
              HpCorpusItem  *page)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  self->syncing_sidebar = TRUE;
  for (guint i = 0; i < n; i++)
    {
      GtkTreeListRow *row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(HpCorpusItem) item = gtk_tree_list_row_get_item (row);

      if (hp_corpus_item_get_seq (item) == hp_corpus_item_get_seq (page))
        {
          /* Opening a chapter also unfolds its guidelines. */
          gtk_tree_list_row_set_expanded (row, TRUE);
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->sidebar), "list.scroll-to-item", "u", i);
          g_object_unref (row);
          break;
        }
      if (hp_corpus_item_get_seq (item) == hp_corpus_item_get_parent_seq (page))
        {
          gtk_tree_list_row_set_expanded (row, TRUE);
          n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
        }
      g_object_unref (row);
    }
  self->syncing_sidebar = FALSE;
}

static gboolean display (HpBrowserPane *self, const char *id, GError **error);

/* A footnote has no page of its own: show where its marker stands, with
 * the footnote opened. */
static gboolean
display_footnote (HpBrowserPane  *self,
                  HpCorpusItem   *footnote,
                  GError        **error)
{
  int number = atoi (hp_corpus_item_get_number (footnote));
  g_autoptr(HpCorpusItem) citing = hp_corpus_lookup_citing (self->corpus, number, error);
  g_autofree char *uri = g_strdup_printf ("fn:%d", number);

  if (citing == NULL || !display (self, hp_corpus_item_get_id (citing), error))
    return FALSE;
  hp_page_view_follow_link (self->page_view, uri);
  return TRUE;
}

/* Shows the item without touching the history. */
static gboolean
display (HpBrowserPane  *self,
         const char     *id,
         GError        **error)
{
  g_autoptr(HpCorpusItem) item = hp_corpus_lookup (self->corpus, id, error);
  g_autoptr(HpCorpusItem) page = NULL;
  HpCorpusItem *shown;

  if (item == NULL)
    return FALSE;
  if (hp_corpus_item_is_kind (item, "footnote"))
    return display_footnote (self, item, error);
  if (hp_corpus_is_page_kind (hp_corpus_item_get_kind (item)))
    page = g_object_ref (item);
  else if (hp_corpus_item_get_page_id (item) != NULL)
    page = hp_corpus_lookup (self->corpus, hp_corpus_item_get_page_id (item), error);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "“%s” is not on any page", id);
  if (page == NULL)
    return FALSE;

  shown = hp_page_view_get_page (self->page_view);
  if ((shown == NULL || hp_corpus_item_get_seq (shown) != hp_corpus_item_get_seq (page)) &&
      !hp_page_view_show_page (self->page_view, page, error))
    return FALSE;
  if (page != item)
    hp_page_view_reveal (self->page_view, id);

  gtk_stack_set_visible_child_name (self->content_stack, "page");
  sync_sidebar (self, page);
  if (g_strcmp0 (self->current_id, hp_corpus_item_get_id (page)) != 0)
    {
      g_free (self->current_id);
      self->current_id = g_strdup (hp_corpus_item_get_id (page));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_ID]);
    }
  return TRUE;
}

/* Opens the page holding @id (scrolled to @id) and records it in the
 * history, dropping any forward entries as a web browser does. */
gboolean
hp_browser_pane_show (HpBrowserPane  *self,
                      const char     *id,
                      GError        **error)
{
  g_return_val_if_fail (HP_IS_BROWSER_PANE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->history->len > 0 &&
      g_str_equal (g_ptr_array_index (self->history, self->history_index), id))
    return display (self, id, error);
  if (!display (self, id, error))
    return FALSE;

  if (self->history->len > 0)
    g_ptr_array_set_size (self->history, self->history_index + 1);
  g_ptr_array_add (self->history, g_strdup (id));
  self->history_index = self->history->len - 1;
  g_signal_emit (self, signals[SIGNAL_HISTORY_CHANGED], 0);
  return TRUE;
}

void
hp_browser_pane_open_initial (HpBrowserPane *self,
                              const char    *id)
{
  g_autoptr(GListModel) roots = NULL;
  g_autoptr(HpCorpusItem) first = NULL;

  g_return_if_fail (HP_IS_BROWSER_PANE (self));

  if (id != NULL && *id != '\0' && hp_browser_pane_show (self, id, NULL))
    return;
  roots = page_children (self->corpus, NULL);
  if (g_list_model_get_n_items (roots) == 0)
    return;
  first = g_list_model_get_item (roots, 0);
  hp_browser_pane_show (self, hp_corpus_item_get_id (first), NULL);
}

static void
move_in_history (HpBrowserPane *self,
                 int            delta)
{
  guint target = self->history_index + delta;

  if (target >= self->history->len)
    return;
  self->history_index = target;
  display (self, g_ptr_array_index (self->history, target), NULL);
  g_signal_emit (self, signals[SIGNAL_HISTORY_CHANGED], 0);
}

gboolean
hp_browser_pane_can_go_back (HpBrowserPane *self)
{
  return self->history->len > 0 && self->history_index > 0;
}

gboolean
hp_browser_pane_can_go_forward (HpBrowserPane *self)
{
  return self->history->len > 0 && self->history_index + 1 < self->history->len;
}

void
hp_browser_pane_go_back (HpBrowserPane *self)
{
  if (hp_browser_pane_can_go_back (self))
    move_in_history (self, -1);
}

void
hp_browser_pane_go_forward (HpBrowserPane *self)
{
  if (hp_browser_pane_can_go_forward (self))
    move_in_history (self, 1);
}

const char *
hp_browser_pane_get_current_id (HpBrowserPane *self)
{
  g_return_val_if_fail (HP_IS_BROWSER_PANE (self), NULL);
  return self->current_id;
}

HpPageView *
hp_browser_pane_get_page_view (HpBrowserPane *self)
{
  g_return_val_if_fail (HP_IS_BROWSER_PANE (self), NULL);
  return self->page_view;
}

GtkListView *
hp_browser_pane_get_sidebar (HpBrowserPane *self)
{
  g_return_val_if_fail (HP_IS_BROWSER_PANE (self), NULL);
  return self->sidebar;
}

/* Opens the search bar, optionally with @text as the query. */
void
hp_browser_pane_start_search (HpBrowserPane *self,
                              const char    *text)
{
  g_return_if_fail (HP_IS_BROWSER_PANE (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  if (text != NULL)
    gtk_editable_set_text (self->search_entry, text);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

GtkSearchBar *
hp_browser_pane_get_search_bar (HpBrowserPane *self)
{
  return self->search_bar;
}

HpSearchResultsView *
hp_browser_pane_get_results_view (HpBrowserPane *self)
{
  return self->results_view;
}

gboolean
hp_browser_pane_is_showing_results (HpBrowserPane *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "results") == 0;
}

void
hp_browser_pane_set_filters (HpBrowserPane *self,
                             guint          chapter,
                             guint          classification,
                             guint          law)
{
  gtk_drop_down_set_selected (self->chapter_filter, chapter);
  gtk_drop_down_set_selected (self->classification_filter, classification);
  gtk_drop_down_set_selected (self->law_filter, law);
}

/* Shows which directions and passages rest on @law_key, scrolled to
 * @paragraph_key (e.g. "110") when given. */
gboolean
hp_browser_pane_show_law (HpBrowserPane  *self,
                          const char     *law_key,
                          const char     *paragraph_key,
                          GError        **error)
{
  g_return_val_if_fail (HP_IS_BROWSER_PANE (self), FALSE);

  if (!hp_law_view_show (self->law_view, law_key, paragraph_key, error))
    return FALSE;
  gtk_stack_set_visible_child_name (self->sidebar_stack, "laws");
  gtk_stack_set_visible_child_name (self->content_stack, "law");
  return TRUE;
}

HpLawView *
hp_browser_pane_get_law_view (HpBrowserPane *self)
{
  return self->law_view;
}

GtkListView *
hp_browser_pane_get_bookmarks_list (HpBrowserPane *self)
{
  return self->bookmarks_list;
}

const char *
hp_browser_pane_get_visible_content (HpBrowserPane *self)
{
  return gtk_stack_get_visible_child_name (self->content_stack);
}
