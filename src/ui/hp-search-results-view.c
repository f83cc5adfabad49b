/* hp-search-results-view.c — search hits grouped by guideline
 *
 * Results arrive ranked; they are shown grouped by the page (guideline or
 * section) that holds them, groups in the order of their best hit, so the
 * best guideline comes first and its hits stay together.  Activating a hit
 * emits "activate-result" with the item's stable identifier.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hp-classification-badge.h"
#include "hp-search-result.h"
#include "hp-search-results-view.h"

struct _HpSearchResultsView
{
  GtkWidget   parent_instance;

  GtkWidget  *stack;
  GtkWidget  *groups_box;
  GtkWidget  *summary;
  GtkWidget  *empty_page;
  GListModel *results;
  guint       n_groups;
  GtkSizeGroup *badge_sizes;  /* one width for every badge, so snippets line up */
};

G_DEFINE_FINAL_TYPE (HpSearchResultsView, hp_search_results_view, GTK_TYPE_WIDGET)

enum {
  SIGNAL_ACTIVATE_RESULT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
hp_search_results_view_dispose (GObject *object)
{
  HpSearchResultsView *self = HP_SEARCH_RESULTS_VIEW (object);

  g_clear_pointer (&self->stack, gtk_widget_unparent);
  g_clear_object (&self->results);
  g_clear_object (&self->badge_sizes);
  G_OBJECT_CLASS (hp_search_results_view_parent_class)->dispose (object);
}

static void
activate_result_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_ACTIVATE_RESULT], 0, g_variant_get_string (parameter, NULL));
}

static void
hp_search_results_view_class_init (HpSearchResultsViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_search_results_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "searchresults");

  signals[SIGNAL_ACTIVATE_RESULT] =
    g_signal_new ("activate-result", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "results.activate", "s", activate_result_action);
}

static void
hp_search_results_view_init (HpSearchResultsView *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  self->badge_sizes = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->stack = gtk_stack_new ();
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 820);
  gtk_widget_add_css_class (box, "results-content");
  self->summary = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_widget_add_css_class (self->summary, "dim-label");
  self->groups_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (box), self->summary);
  gtk_box_append (GTK_BOX (box), self->groups_box);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_stack_add_named (GTK_STACK (self->stack), scroller, "results");

  self->empty_page = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->empty_page), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty_page), _("No Results"));
  gtk_stack_add_named (GTK_STACK (self->stack), self->empty_page, "empty");
}

/* "Direction", "Footnote 31"… a word on what kind of text the hit is in. */
static char *
kind_caption (HpSearchResult *result)
{
  const char *kind = hp_search_result_get_kind (result);
  const char *title = hp_search_result_get_title (result);

  if (g_str_equal (kind, "direction"))
    return g_strdup (_("Direction"));
  if (g_str_equal (kind, "subpoint"))
    return g_strdup (_("Sub-point"));
  if (g_str_equal (kind, "footnote"))
    return g_strdup_printf (_("Footnote %s"), title ? title : "");
  if (g_str_equal (kind, "literature-entry"))
    return g_strdup (_("Literature"));
  if (title != NULL && g_strcmp0 (title, hp_search_result_get_snippet_text (result)) == 0)
    return g_strdup (_("Heading"));
  if (title != NULL && *title != '\0')
    return g_strdup (title);
  return g_strdup (_("Text"));
}

static GtkWidget *
result_row (HpSearchResultsView *self,
            HpSearchResult      *result)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *caption = gtk_label_new (NULL);
  GtkWidget *snippet = gtk_label_new (NULL);
  g_autofree char *caption_text = kind_caption (result);

  gtk_widget_add_css_class (box, "result");
  if (hp_search_result_get_classification (result) != HP_CLASSIFICATION_NONE)
    {
      GtkWidget *badge = hp_classification_badge_new (hp_search_result_get_classification (result));

      gtk_size_group_add_widget (self->badge_sizes, badge);
      gtk_box_append (GTK_BOX (box), badge);
    }

  gtk_label_set_text (GTK_LABEL (caption), caption_text);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_ellipsize (GTK_LABEL (caption), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (caption, "caption-heading");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_label_set_markup (GTK_LABEL (snippet), hp_search_result_get_snippet_markup (result));
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (snippet), 0);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), caption);
  gtk_box_append (GTK_BOX (texts), snippet);
  gtk_box_append (GTK_BOX (box), texts);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "results.activate");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", hp_search_result_get_id (result));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hp_search_result_get_snippet_text (result), -1);
  return row;
}

static GtkWidget *
new_group (HpSearchResultsView *self,
           HpSearchResult      *first)
{
  GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *heading = g_object_new (GTK_TYPE_LABEL,
                                     "label", hp_search_result_get_page_title (first),
                                     "xalign", 0.0f, "wrap", TRUE,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_add_css_class (heading, "heading");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (group), heading);
  gtk_box_append (GTK_BOX (group), list);
  gtk_box_append (GTK_BOX (self->groups_box), group);
  self->n_groups++;
  return list;
}

static void
clear_groups (HpSearchResultsView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->groups_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->groups_box), child);
  self->n_groups = 0;
}

static void
show_groups (HpSearchResultsView *self)
{
  g_autoptr(GHashTable) lists = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (self->results);
  g_autofree char *summary = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpSearchResult) result = g_list_model_get_item (self->results, i);
      const char *page = hp_search_result_get_page_id (result);
      GtkWidget *list = g_hash_table_lookup (lists, page ? page : "");

      if (list == NULL)
        {
          list = new_group (self, result);
          g_hash_table_insert (lists, (char *) (page ? page : ""), list);
        }
      gtk_list_box_append (GTK_LIST_BOX (list), result_row (self, result));
    }

  /* Translators: "12 results in 5 places" */
  summary = g_strdup_printf (ngettext ("%u result", "%u results", n), n);
  {
    g_autofree char *places = g_strdup_printf (ngettext ("in %u place", "in %u places", self->n_groups),
                                               self->n_groups);
    g_autofree char *line = g_strconcat (summary, " ", places, NULL);
    gtk_label_set_text (GTK_LABEL (self->summary), line);
  }
}

/* Shows @results; @filtered says whether filters narrowed the search, so an
 * empty result can suggest removing them. */
void
hp_search_results_view_set_results (HpSearchResultsView *self,
                                    GListModel          *results,
                                    gboolean             filtered)
{
  g_return_if_fail (HP_IS_SEARCH_RESULTS_VIEW (self));

  g_set_object (&self->results, results);
  clear_groups (self);
  if (results == NULL || g_list_model_get_n_items (results) == 0)
    {
      adw_status_page_set_description (ADW_STATUS_PAGE (self->empty_page),
                                       filtered ? _("Nothing matches all the words with these filters. "
                                                    "Try removing a filter.")
                                                : _("Nothing in the guidelines matches all the words. "
                                                    "Try fewer or shorter words."));
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
      return;
    }
  show_groups (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "results");
}

guint
hp_search_results_view_get_n_groups (HpSearchResultsView *self)
{
  return self->n_groups;
}

guint
hp_search_results_view_get_n_results (HpSearchResultsView *self)
{
  return self->results ? g_list_model_get_n_items (self->results) : 0;
}

gboolean
hp_search_results_view_is_empty_shown (HpSearchResultsView *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (self->stack)), "empty") == 0;
}

const char *
hp_search_results_view_get_result_id (HpSearchResultsView *self,
                                      guint                position)
{
  g_autoptr(HpSearchResult) result = NULL;

  if (self->results == NULL || position >= g_list_model_get_n_items (self->results))
    return NULL;
  result = g_list_model_get_item (self->results, position);
  /* The model keeps the result alive, so the string outlives this call. */
  return hp_search_result_get_id (result);
}
