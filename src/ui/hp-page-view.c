/* hp-page-view.c — renders one page of the publication readably
 *
 * A page (a guideline, a chapter, a section of the introduction) is read
 * from the corpus as a flat list in document order; each item is turned
 * into widgets and appended to the container of its parent, so directions
 * become cards holding their sub-points, lists hold their items, and so on.
 * Links in the text carry their meaning in the URI: "fn:31" opens footnote
 * 31 in a popover, "xref:ID" navigates to another page.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "hp-citation.h"
#include "hp-classification-badge.h"
#include "hp-direction-card.h"
#include "hp-bookmark-button.h"
#include "hp-note-popover.h"
#include "hp-footnote-popover.h"
#include "hp-page-caption.h"
#include "hp-page-view.h"
#include "hp-toast.h"

#define HIGHLIGHT_SECONDS 3
/* A page's first items (the top of the screen) are shown at once and the
 * rest added a few per frame once the page is on screen: the first frame
 * of a long page (and of the app) does not wait for text nobody can see
 * yet.  What an item costs to lay out is counted as its characters plus a
 * row's worth for its widgets. */
#define FIRST_BUDGET      1200
#define FRAME_BUDGET      4000
#define ITEM_COST         200

struct _HpPageView
{
  GtkWidget     parent_instance;

  HpContext    *context;
  HpCorpus     *corpus;
  HpCorpusItem *page;

  GtkWidget    *scroller;
  GtkWidget    *content;
  GHashTable   *widgets;      /* item id → its widget, owned by the content box */
  GHashTable   *containers;   /* item seq → GtkBox its children go into */
  GtkWidget    *popover;
  GtkWidget    *highlighted;
  GtkSizeGroup *badge_sizes;  /* one width for every badge, so text lines up */
  guint         highlight_source;
  GListModel   *pending;      /* the page's items, while some are not yet shown */
  guint         pending_next;
  guint         pending_tick;
  gboolean      first_frame;  /* the page's first frame is still to be painted */

  double        press_x, press_y;  /* last click, in our coordinates */
  gint64        press_time;
};

G_DEFINE_FINAL_TYPE (HpPageView, hp_page_view, GTK_TYPE_WIDGET)

enum {
  SIGNAL_NAVIGATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
hp_page_view_dispose (GObject *object)
{
  HpPageView *self = HP_PAGE_VIEW (object);

  g_clear_handle_id (&self->highlight_source, g_source_remove);
  g_clear_object (&self->pending);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->widgets, g_hash_table_unref);
  g_clear_pointer (&self->containers, g_hash_table_unref);
  g_clear_object (&self->badge_sizes);
  g_clear_object (&self->page);
  g_clear_object (&self->corpus);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (hp_page_view_parent_class)->dispose (object);
}

static void
hp_page_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  gtk_widget_measure (HP_PAGE_VIEW (widget)->scroller, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* A popover must be presented by its parent whenever the parent moves. */
static void
hp_page_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  HpPageView *self = HP_PAGE_VIEW (widget);

  gtk_widget_allocate (self->scroller, width, height, baseline, NULL);
  if (self->popover != NULL && gtk_widget_get_visible (self->popover))
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
follow_link_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  hp_page_view_follow_link (HP_PAGE_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void present_popover (HpPageView *self, GtkWidget *popover, GtkWidget *anchor, gboolean at_click);

static void
toggle_bookmark_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HpPageView *self = HP_PAGE_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!hp_bookmarks_toggle (hp_context_get_bookmarks (self->context),
                            g_variant_get_string (parameter, NULL), NULL, &error))
    g_warning ("Cannot change the bookmark: %s", error->message);
}

static void
edit_note_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HpPageView *self = HP_PAGE_VIEW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  GtkWidget *card = hp_page_view_lookup (self, id);
  GtkWidget *anchor = HP_IS_DIRECTION_CARD (card)
                      ? hp_direction_card_get_note_button (HP_DIRECTION_CARD (card)) : card;

  present_popover (self, hp_note_popover_new (hp_context_get_notes (self->context), id), anchor, FALSE);
}

static void
show_toast (HpPageView *self,
            const char *title)
{
  hp_toast_show_message (GTK_WIDGET (self), title);
}

/* Puts the item's text with its source on the clipboard, ready to paste
 * into a strategy or a case note. */
static void
copy_with_source_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  HpPageView *self = HP_PAGE_VIEW (widget);
  g_autoptr(HpCorpusItem) item = hp_corpus_lookup (self->corpus, g_variant_get_string (parameter, NULL), NULL);
  g_autofree char *citation = item ? hp_citation_format (self->corpus, item) : NULL;

  if (citation == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), citation);
  show_toast (self, _("Copied with source"));
}

static void
hp_page_view_class_init (HpPageViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_page_view_dispose;
  widget_class->measure = hp_page_view_measure;
  widget_class->size_allocate = hp_page_view_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "pageview");

  signals[SIGNAL_NAVIGATE] = g_signal_new ("navigate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "page.follow-link", "s", follow_link_action);
  gtk_widget_class_install_action (widget_class, "page.toggle-bookmark", "s", toggle_bookmark_action);
  gtk_widget_class_install_action (widget_class, "page.edit-note", "s", edit_note_action);
  gtk_widget_class_install_action (widget_class, "page.copy-with-source", "s", copy_with_source_action);
}

static void
remember_press (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                HpPageView      *self)
{
  self->press_x = x;
  self->press_y = y;
  self->press_time = g_get_monotonic_time ();
}

static void
hp_page_view_init (HpPageView *self)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkGesture *press = gtk_gesture_click_new ();

  self->widgets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->containers = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->badge_sizes = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 820);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 640);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);

  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (self->content, "page-content");
  adw_clamp_set_child (ADW_CLAMP (clamp), self->content);

  /* Links are activated on release; remember where the press was so the
   * footnote popover can point at the marker, not at the whole paragraph. */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (press), GTK_PHASE_CAPTURE);
  g_signal_connect (press, "pressed", G_CALLBACK (remember_press), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (press));
}

void
hp_page_view_set_context (HpPageView *self,
                          HpContext  *context)
{
  g_return_if_fail (HP_IS_PAGE_VIEW (self));
  g_set_object (&self->context, context);
  g_set_object (&self->corpus, hp_context_get_corpus (context));
}

static gboolean
on_activate_link (GtkLabel   *label,
                  const char *uri,
                  HpPageView *self)
{
  if (g_str_has_prefix (uri, "fn:") || g_str_has_prefix (uri, "xref:"))
    {
      g_object_set_data (G_OBJECT (self), "link-label", label);
      hp_page_view_follow_link (self, uri);
      g_object_set_data (G_OBJECT (self), "link-label", NULL);
      return TRUE;
    }
  return FALSE;  /* web addresses: the default handler opens them */
}

static GtkWidget *
make_label (HpPageView        *self,
            const char        *markup,
            const char        *css_class,
            GtkAccessibleRole  role)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "accessible-role", role, NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  g_signal_connect (label, "activate-link", G_CALLBACK (on_activate_link), self);
  return label;
}

/* Running text: selectable, so planners can copy from it. */
static GtkWidget *
text_label (HpPageView *self,
            const char *markup,
            const char *css_class)
{
  GtkWidget *label = make_label (self, markup, css_class, GTK_ACCESSIBLE_ROLE_LABEL);

  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  return label;
}

static GtkWidget *
heading_label (HpPageView *self,
               const char *text,
               const char *css_class)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return make_label (self, escaped, css_class, GTK_ACCESSIBLE_ROLE_HEADING);
}

static GtkWidget *
container_for (HpPageView   *self,
               HpCorpusItem *item)
{
  gint64 parent_seq = hp_corpus_item_get_parent_seq (item);
  GtkWidget *container = g_hash_table_lookup (self->containers, &parent_seq);

  return container ? container : self->content;
}

static void
register_widget (HpPageView   *self,
                 HpCorpusItem *item,
                 GtkWidget    *widget,
                 GtkWidget    *container)
{
  g_hash_table_insert (self->widgets, g_strdup (hp_corpus_item_get_id (item)), widget);
  if (container != NULL)
    {
      gint64 *seq = g_new (gint64, 1);

      *seq = hp_corpus_item_get_seq (item);
      /* The key lives as long as the container's widget. */
      g_object_set_data_full (G_OBJECT (container), "hp-seq", seq, g_free);
      g_hash_table_insert (self->containers, seq, container);
    }
}

/* A bullet, number or badge beside running text. */
static GtkWidget *
marked_row (HpPageView *self,
            GtkWidget  *marker,
            const char *markup,
            const char *css_class)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);

  gtk_widget_add_css_class (row, css_class);
  gtk_widget_set_valign (marker, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (row), marker);
  gtk_box_append (GTK_BOX (row), text_label (self, markup, NULL));
  return row;
}

static GtkWidget *
bullet (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "bullet");
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  return label;
}

static GtkWidget *
badge_for (HpPageView   *self,
           HpCorpusItem *item)
{
  GtkWidget *badge = hp_classification_badge_new (hp_corpus_item_get_classification (item));

  gtk_size_group_add_widget (self->badge_sizes, badge);
  return badge;
}

static GtkWidget *
render_direction (HpPageView   *self,
                  HpCorpusItem *item,
                  GtkWidget   **container)
{
  GtkWidget *text = text_label (self, hp_corpus_item_get_markup (item), NULL);
  GtkWidget *card = hp_direction_card_new (self->context, item, badge_for (self, item), text);

  *container = hp_direction_card_get_subpoint_box (HP_DIRECTION_CARD (card));
  return card;
}

static GtkWidget *
render_method (HpPageView   *self,
               HpCorpusItem *item)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s – %s.</b> ",
                                                     hp_corpus_item_get_number (item),
                                                     hp_corpus_item_get_title (item));
  g_autofree char *full = g_strconcat (markup, hp_corpus_item_get_markup (item), NULL);

  return text_label (self, full, "method");
}

/* A sub-page listed on its parent's page (a chapter's guidelines). */
static GtkWidget *
render_subpage_link (HpPageView   *self,
                     HpCorpusItem *item,
                     GtkWidget    *container)
{
  GtkWidget *last = gtk_widget_get_last_child (container);
  GtkWidget *list;
  GtkWidget *row = adw_action_row_new ();

  if (last != NULL && gtk_widget_has_css_class (last, "subpages"))
    list = last;
  else
    {
      list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_widget_add_css_class (list, "subpages");
      gtk_box_append (GTK_BOX (container), list);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hp_corpus_item_get_title (item));
  if (hp_corpus_item_get_page (item) > 0)
    {
      g_autofree char *page = g_strdup_printf (_("Page %d"), hp_corpus_item_get_page (item));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), page);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "page.follow-link");
  {
    g_autofree char *uri = g_strconcat ("xref:", hp_corpus_item_get_id (item), NULL);
    gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", uri);
  }
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static const char *
heading_class_for (const char *kind)
{
  if (g_str_equal (kind, "subsection") || g_str_equal (kind, "principle"))
    return "title-4";
  return "title-3";
}

/* Creates the widgets for one item, appends them to the container of its
 * parent and returns the widget that stands for the item. */
static GtkWidget *
render_item (HpPageView   *self,
             HpCorpusItem *item)
{
  const char *kind = hp_corpus_item_get_kind (item);
  const char *markup = hp_corpus_item_get_markup (item);
  GtkWidget *container = container_for (self, item);
  GtkWidget *inner = NULL;
  GtkWidget *widget;

  if (hp_corpus_is_page_kind (kind))
    {
      widget = render_subpage_link (self, item, container);
      register_widget (self, item, widget, NULL);
      return widget;
    }

  if (g_str_equal (kind, "paragraph") || g_str_equal (kind, "literature-entry"))
    widget = text_label (self, markup, kind);
  else if (g_str_equal (kind, "item"))
    widget = marked_row (self, bullet ("•"), markup, "list-item");
  else if (g_str_equal (kind, "core-principle"))
    {
      g_autofree char *number = g_strdup_printf ("%s.", hp_corpus_item_get_number (item));
      widget = marked_row (self, bullet (number), markup, "list-item");
    }
  else if (g_str_equal (kind, "subpoint"))
    widget = marked_row (self, badge_for (self, item), markup, "subpoint");
  else if (g_str_equal (kind, "direction"))
    widget = render_direction (self, item, &inner);
  else if (g_str_equal (kind, "method"))
    widget = render_method (self, item);
  else if (g_str_equal (kind, "list"))
    {
      widget = inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      gtk_widget_add_css_class (widget, "list");
    }
  else
    {
      /* Sections within a page: a heading, their content follows it. */
      const char *title = hp_corpus_item_get_title (item);
      g_autofree char *numbered = NULL;

      if (hp_corpus_item_get_number (item) != NULL && g_str_equal (kind, "principle"))
        title = numbered = g_strdup_printf ("%s. %s", hp_corpus_item_get_number (item), title);
      widget = heading_label (self, title ? title : "", heading_class_for (kind));
      gtk_widget_add_css_class (widget, "section-heading");
      inner = container;
      if (title == NULL)
        gtk_widget_set_visible (widget, FALSE);
    }

  gtk_box_append (GTK_BOX (container), widget);
  register_widget (self, item, widget, inner);
  return widget;
}

static void
render_header (HpPageView   *self,
               HpCorpusItem *page)
{
  g_autoptr(HpCorpusItem) chapter = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *title = NULL;
  GtkWidget *label;

  if (hp_corpus_item_is_kind (page, "guideline"))
    {
      g_autoptr(GListModel) chapters = hp_corpus_list_kind (self->corpus, "chapter", NULL);
      for (guint i = 0; chapters && i < g_list_model_get_n_items (chapters); i++)
        {
          g_autoptr(HpCorpusItem) candidate = g_list_model_get_item (chapters, i);
          if (hp_corpus_item_get_seq (candidate) == hp_corpus_item_get_parent_seq (page))
            chapter = g_steal_pointer (&candidate);
        }
    }
  else if (hp_corpus_item_is_kind (page, "chapter"))
    chapter = g_object_ref (page);

  caption = hp_page_caption_format (page, hp_corpus_item_is_kind (page, "chapter") ? NULL : chapter);
  if (*caption != '\0')
    {
      label = heading_label (self, caption, "page-caption");
      gtk_box_append (GTK_BOX (self->content), label);
    }

  if (hp_corpus_item_is_kind (page, "chapter"))
    title = g_strdup_printf (_("Chapter %s: %s"), hp_corpus_item_get_number (page),
                             hp_corpus_item_get_title (page));
  else
    title = g_strdup (hp_corpus_item_get_title (page));
  label = heading_label (self, title, "title-1");
  {
    GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

    gtk_widget_add_css_class (row, "page-title");
    gtk_box_append (GTK_BOX (row), label);
    gtk_box_append (GTK_BOX (row), hp_bookmark_button_new (hp_context_get_bookmarks (self->context),
                                                           hp_corpus_item_get_id (page)));
    gtk_box_append (GTK_BOX (self->content), row);
  }
  g_hash_table_insert (self->widgets, g_strdup (hp_corpus_item_get_id (page)), label);
}

static void
clear_content (HpPageView *self)
{
  GtkWidget *child;

  g_clear_handle_id (&self->highlight_source, g_source_remove);
  self->highlighted = NULL;
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  g_hash_table_remove_all (self->widgets);
  g_hash_table_remove_all (self->containers);
  while ((child = gtk_widget_get_first_child (self->content)) != NULL)
    gtk_box_remove (GTK_BOX (self->content), child);
}

/* Renders pending items until @budget is spent (at least one); forgets
 * them when all are shown. */
static void
render_items (HpPageView *self,
              gsize       budget)
{
  guint n = g_list_model_get_n_items (self->pending);
  gsize spent = 0;

  for (; self->pending_next < n && spent < budget; self->pending_next++)
    {
      g_autoptr(HpCorpusItem) item = g_list_model_get_item (self->pending, self->pending_next);

      render_item (self, item);
      spent += strlen (hp_corpus_item_get_text (item)) + ITEM_COST;
    }
  if (self->pending_next >= n)
    {
      g_clear_object (&self->pending);
      self->pending_next = 0;
    }
}

static void
stop_rendering (HpPageView *self)
{
  if (self->pending_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->pending_tick);
  self->pending_tick = 0;
  g_clear_object (&self->pending);
  self->pending_next = 0;
}

/* The rest of the page, at once: for whoever looks for an item's widget. */
static void
finish_rendering (HpPageView *self)
{
  if (self->pending == NULL)
    return;
  render_items (self, G_MAXSIZE);
  stop_rendering (self);
}

/* A tick comes before its frame is laid out and painted: the first one
 * lets the page's first frame go out as it is. */
static gboolean
render_on_tick (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  HpPageView *self = HP_PAGE_VIEW (widget);

  if (self->first_frame)
    {
      self->first_frame = FALSE;
      return G_SOURCE_CONTINUE;
    }
  render_items (self, FRAME_BUDGET);
  if (self->pending != NULL)
    return G_SOURCE_CONTINUE;
  self->pending_tick = 0;
  return G_SOURCE_REMOVE;
}

gboolean
hp_page_view_show_page (HpPageView    *self,
                        HpCorpusItem  *page,
                        GError       **error)
{
  g_autoptr(GListModel) items = NULL;
  GtkAdjustment *adjustment;

  g_return_val_if_fail (HP_IS_PAGE_VIEW (self), FALSE);
  g_return_val_if_fail (HP_IS_CORPUS_ITEM (page), FALSE);

  items = hp_corpus_list_contents (self->corpus, page, error);
  if (items == NULL)
    return FALSE;

  stop_rendering (self);
  clear_content (self);
  g_set_object (&self->page, page);
  render_header (self, page);
  self->pending = g_steal_pointer (&items);
  render_items (self, FIRST_BUDGET);
  if (self->pending != NULL)
    {
      self->first_frame = TRUE;
      self->pending_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), render_on_tick, NULL, NULL);
    }

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  gtk_adjustment_set_value (adjustment, 0);
  return TRUE;
}

HpCorpusItem *
hp_page_view_get_page (HpPageView *self)
{
  g_return_val_if_fail (HP_IS_PAGE_VIEW (self), NULL);
  return self->page;
}

GtkWidget *
hp_page_view_lookup (HpPageView *self,
                     const char *id)
{
  g_return_val_if_fail (HP_IS_PAGE_VIEW (self), NULL);
  finish_rendering (self);
  return g_hash_table_lookup (self->widgets, id);
}

GtkPopover *
hp_page_view_get_popover (HpPageView *self)
{
  g_return_val_if_fail (HP_IS_PAGE_VIEW (self), NULL);
  return self->popover ? GTK_POPOVER (self->popover) : NULL;
}

static gboolean
remove_highlight (gpointer user_data)
{
  HpPageView *self = user_data;

  if (self->highlighted != NULL)
    gtk_widget_remove_css_class (self->highlighted, "highlighted");
  self->highlighted = NULL;
  self->highlight_source = 0;
  return G_SOURCE_REMOVE;
}

/* Scrolling needs the new content laid out, which may take a few frames
 * (or, at startup, until the window is shown); try until it is. */
static gboolean
scroll_when_laid_out (GtkWidget     *widget,
                      GdkFrameClock *clock,
                      gpointer       user_data)
{
  HpPageView *self = HP_PAGE_VIEW (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  guint *frames_left = user_data;
  graphene_point_t point;
  double target;

  if (self->highlighted == NULL || --(*frames_left) == 0)
    return G_SOURCE_REMOVE;
  if (gtk_widget_get_height (self->highlighted) == 0 ||
      !gtk_widget_compute_point (self->highlighted, self->content, &GRAPHENE_POINT_INIT (0, 0), &point))
    return G_SOURCE_CONTINUE;

  target = MAX (0, point.y - 24);
  if (target > gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) + 1)
    return G_SOURCE_CONTINUE;  /* the scrolled window has not caught up yet */
  gtk_adjustment_set_value (adjustment, target);
  return G_SOURCE_REMOVE;
}

/* Scrolls to the item @id on the current page and highlights it briefly. */
void
hp_page_view_reveal (HpPageView *self,
                     const char *id)
{
  GtkWidget *widget;

  g_return_if_fail (HP_IS_PAGE_VIEW (self));

  widget = hp_page_view_lookup (self, id);
  if (widget == NULL)
    return;
  remove_highlight (self);
  g_clear_handle_id (&self->highlight_source, g_source_remove);
  self->highlighted = widget;
  gtk_widget_add_css_class (widget, "highlighted");
  self->highlight_source = g_timeout_add_seconds (HIGHLIGHT_SECONDS, remove_highlight, self);
  {
    guint *frames_left = g_new (guint, 1);
    *frames_left = 120;
    gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_when_laid_out, frames_left, g_free);
  }
}

static void
popover_closed (GtkPopover *popover,
                HpPageView *self)
{
  /* Unparent after the closing animation has had its frame. */
  if (self->popover == GTK_WIDGET (popover))
    {
      g_clear_pointer (&self->popover, gtk_widget_unparent);
    }
}

static void
point_popover (HpPageView *self,
               GtkWidget  *anchor,
               gboolean    at_click)
{
  GdkRectangle rect = { 0, 0, 1, 1 };
  graphene_rect_t bounds;
  gboolean recent_click = g_get_monotonic_time () - self->press_time < G_USEC_PER_SEC;

  if (at_click && recent_click)
    {
      rect.x = (int) self->press_x;
      rect.y = (int) self->press_y;
    }
  else if (anchor != NULL && gtk_widget_compute_bounds (anchor, GTK_WIDGET (self), &bounds))
    {
      rect.x = (int) bounds.origin.x;
      rect.y = (int) bounds.origin.y;
      rect.width = MAX (1, (int) bounds.size.width);
      rect.height = MAX (1, (int) bounds.size.height);
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &rect);
}

/* Shows @popover (a footnote, a note editor) pointing at @anchor or at the
 * link just clicked; one popover at a time. */
static void
present_popover (HpPageView *self,
                 GtkWidget  *popover,
                 GtkWidget  *anchor,
                 gboolean    at_click)
{
  if (self->popover != NULL)
    g_clear_pointer (&self->popover, gtk_widget_unparent);

  self->popover = popover;
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
  g_signal_connect (self->popover, "closed", G_CALLBACK (popover_closed), self);
  point_popover (self, anchor, at_click);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

static gboolean
show_footnote (HpPageView *self,
               int         number)
{
  g_autoptr(HpCorpusItem) footnote = hp_corpus_lookup_footnote (self->corpus, number, NULL);

  if (footnote == NULL)
    return FALSE;
  /* A footnote points at the marker clicked, not the whole paragraph. */
  present_popover (self, hp_footnote_popover_new (self->corpus, footnote),
                   g_object_get_data (G_OBJECT (self), "link-label"), TRUE);
  return TRUE;
}

/* Handles the app's own link schemes; returns FALSE for anything else. */
gboolean
hp_page_view_follow_link (HpPageView *self,
                          const char *uri)
{
  g_return_val_if_fail (HP_IS_PAGE_VIEW (self), FALSE);

  if (g_str_has_prefix (uri, "fn:"))
    return show_footnote (self, atoi (uri + 3));
  if (g_str_has_prefix (uri, "xref:"))
    {
      g_signal_emit (self, signals[SIGNAL_NAVIGATE], 0, uri + 5);
      return TRUE;
    }
  return FALSE;
}
