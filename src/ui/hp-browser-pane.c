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

struct _HpBrowserPane
{
  GtkWidget           parent_instance;

  HpCorpus           *corpus;
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;
  GPtrArray          *history;        /* ids, oldest first */
  guint               history_index;  /* position of the current page */
  char               *current_id;     /* the page shown */
  gboolean            syncing_sidebar;

  GtkWidget          *paned;
  GtkListView        *sidebar;
  HpPageView         *page_view;
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

  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_BROWSER_PANE);
  g_clear_object (&self->selection);
  g_clear_object (&self->corpus);
  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_pointer (&self->current_id, g_free);
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
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/dk/hjemplan/Hjemplan/hp-browser-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, paned);
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, sidebar);
  gtk_widget_class_bind_template_child (widget_class, HpBrowserPane, page_view);
  gtk_widget_class_bind_template_callback (widget_class, on_navigate);
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
}

void
hp_browser_pane_set_corpus (HpBrowserPane *self,
                            HpCorpus      *corpus)
{
  GListModel *roots;

  g_return_if_fail (HP_IS_BROWSER_PANE (self));
  g_return_if_fail (HP_IS_CORPUS (corpus));

  g_set_object (&self->corpus, corpus);
  hp_page_view_set_corpus (self->page_view, corpus);

  roots = page_children (corpus, NULL);
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
