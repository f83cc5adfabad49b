/* hp-law-view.c — one law: its paragraphs and what cites each
 *
 * The answer to "which of this rests on the law?": for every paragraph of
 * a law, the directions, sub-points and passages whose footnotes cite it,
 * grouped under the paragraph in document order, each a link to the text.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hp-classification-badge.h"
#include "hp-law-view.h"

#define EXCERPT_CHARS 220

struct _HpLawView
{
  GtkWidget    parent_instance;

  HpContext   *context;
  char        *law_key;
  GtkWidget   *scroller;
  GtkWidget   *content;
  GHashTable  *paragraphs;   /* paragraph key → heading widget */
  GtkSizeGroup *badge_sizes;
  guint        n_paragraphs;
};

G_DEFINE_FINAL_TYPE (HpLawView, hp_law_view, GTK_TYPE_WIDGET)

enum {
  SIGNAL_NAVIGATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
hp_law_view_dispose (GObject *object)
{
  HpLawView *self = HP_LAW_VIEW (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->paragraphs, g_hash_table_unref);
  g_clear_object (&self->badge_sizes);
  g_clear_object (&self->context);
  g_clear_pointer (&self->law_key, g_free);
  G_OBJECT_CLASS (hp_law_view_parent_class)->dispose (object);
}

static void
open_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_NAVIGATE], 0, g_variant_get_string (parameter, NULL));
}

static void
hp_law_view_class_init (HpLawViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_law_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lawview");

  signals[SIGNAL_NAVIGATE] = g_signal_new ("navigate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_install_action (widget_class, "law.open-item", "s", open_item_action);
}

static void
hp_law_view_init (HpLawView *self)
{
  GtkWidget *clamp = adw_clamp_new ();

  self->paragraphs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->badge_sizes = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 820);
  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  gtk_widget_add_css_class (self->content, "law-content");
  adw_clamp_set_child (ADW_CLAMP (clamp), self->content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);
}

void
hp_law_view_set_context (HpLawView *self,
                         HpContext *context)
{
  g_set_object (&self->context, context);
}

static GtkWidget *
label_new (const char        *text,
           const char        *css_class,
           GtkAccessibleRole  role)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "label", text, "xalign", 0.0f, "wrap", TRUE,
                                   "accessible-role", role, NULL);

  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static char *
excerpt (const char *text)
{
  if (g_utf8_strlen (text, -1) <= EXCERPT_CHARS)
    return g_strdup (text);
  {
    g_autofree char *start = g_utf8_substring (text, 0, EXCERPT_CHARS);
    return g_strconcat (g_strchomp (start), "…", NULL);
  }
}

/* One citing item: its badge, an excerpt and where it stands. */
static GtkWidget *
citing_row (HpLawView      *self,
            HpLawParagraph *paragraph,
            HpCorpusItem   *item)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  HpCorpusItem *page = hp_law_paragraph_get_page_of (paragraph, item);  /* borrowed */
  g_autofree char *text = excerpt (hp_corpus_item_get_text (item));
  gboolean is_footnote = hp_corpus_item_is_kind (item, "footnote");
  g_autofree char *where = is_footnote
    ? g_strdup_printf (_("Footnote %s"), hp_corpus_item_get_number (item))
    : g_strdup (page ? hp_corpus_item_get_title (page) : "");

  gtk_widget_add_css_class (box, "citing");
  if (hp_corpus_item_get_classification (item) != HP_CLASSIFICATION_NONE)
    {
      GtkWidget *badge = hp_classification_badge_new (hp_corpus_item_get_classification (item));
      gtk_size_group_add_widget (self->badge_sizes, badge);
      gtk_box_append (GTK_BOX (box), badge);
    }
  gtk_box_append (GTK_BOX (texts), label_new (where, "caption-heading", GTK_ACCESSIBLE_ROLE_LABEL));
  gtk_box_append (GTK_BOX (texts), label_new (text, NULL, GTK_ACCESSIBLE_ROLE_LABEL));
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "law.open-item");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", hp_corpus_item_get_id (item));
  return row;
}

static void
append_list (HpLawView      *self,
             HpLawParagraph *paragraph,
             GListModel     *items)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HpCorpusItem) item = g_list_model_get_item (items, i);
      gtk_list_box_append (GTK_LIST_BOX (list), citing_row (self, paragraph, item));
    }
  gtk_box_append (GTK_BOX (self->content), list);
}

static void
append_paragraph (HpLawView      *self,
                  HpLawParagraph *paragraph)
{
  GListModel *citing = hp_law_paragraph_get_citing (paragraph);
  GListModel *footnotes = hp_law_paragraph_get_footnotes (paragraph);
  GtkWidget *heading = label_new (hp_law_paragraph_get_label (paragraph), "title-3",
                                  GTK_ACCESSIBLE_ROLE_HEADING);

  gtk_widget_add_css_class (heading, "section-heading");
  gtk_box_append (GTK_BOX (self->content), heading);
  g_hash_table_insert (self->paragraphs, g_strdup (hp_law_paragraph_get_key (paragraph)), heading);
  self->n_paragraphs++;
  append_list (self, paragraph, citing);
  append_list (self, paragraph, footnotes);
}

static void
clear (HpLawView *self)
{
  GtkWidget *child;

  g_hash_table_remove_all (self->paragraphs);
  self->n_paragraphs = 0;
  while ((child = gtk_widget_get_first_child (self->content)) != NULL)
    gtk_box_remove (GTK_BOX (self->content), child);
}

static gboolean
scroll_to (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       user_data)
{
  HpLawView *self = HP_LAW_VIEW (widget);
  GtkWidget *target = g_hash_table_lookup (self->paragraphs, user_data);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  graphene_point_t point;

  if (target == NULL || gtk_widget_get_height (target) == 0)
    return target != NULL ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
  if (gtk_widget_compute_point (target, self->content, &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (adjustment, MAX (0, point.y - 12));
  return G_SOURCE_REMOVE;
}

/* Shows the law @law_key, scrolled to @paragraph_key if given. */
gboolean
hp_law_view_show (HpLawView   *self,
                  const char  *law_key,
                  const char  *paragraph_key,
                  GError     **error)
{
  HpLawIndex *index = hp_context_get_law_index (self->context);
  g_autoptr(GListModel) paragraphs = hp_law_index_list_paragraphs (index, law_key, error);
  g_autofree char *count = NULL;

  if (paragraphs == NULL)
    return FALSE;
  clear (self);
  g_free (self->law_key);
  self->law_key = g_strdup (law_key);

  for (guint i = 0; i < g_list_model_get_n_items (paragraphs); i++)
    {
      g_autoptr(HpLawParagraph) paragraph = g_list_model_get_item (paragraphs, i);

      if (i == 0)
        {
          GtkWidget *title = label_new (hp_law_paragraph_get_law_name (paragraph), "title-1",
                                        GTK_ACCESSIBLE_ROLE_HEADING);
          gtk_box_append (GTK_BOX (self->content), title);
        }
      append_paragraph (self, paragraph);
    }
  count = g_strdup_printf (ngettext ("%u paragraph cited", "%u paragraphs cited", self->n_paragraphs),
                           self->n_paragraphs);
  {
    GtkWidget *caption = label_new (count, "dim-label", GTK_ACCESSIBLE_ROLE_LABEL);
    GtkWidget *first = gtk_widget_get_first_child (self->content);
    gtk_box_insert_child_after (GTK_BOX (self->content), caption, first);
  }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
  if (paragraph_key != NULL)
    gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to, g_strdup (paragraph_key), g_free);
  return TRUE;
}

const char *
hp_law_view_get_law_key (HpLawView *self)
{
  return self->law_key;
}

guint
hp_law_view_get_n_paragraphs (HpLawView *self)
{
  return self->n_paragraphs;
}

GtkWidget *
hp_law_view_lookup_paragraph (HpLawView  *self,
                              const char *paragraph_key)
{
  return g_hash_table_lookup (self->paragraphs, paragraph_key);
}
