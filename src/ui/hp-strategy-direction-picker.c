/* hp-strategy-direction-picker.c — choose the directions a goal or an
 * action serves
 *
 * A search field over a list of all 132 directions, each with a check box,
 * its classification badge and its guideline.  The directions of the
 * strategy's focus areas come first, as they are the ones goals are set
 * for (the publication's method); the rest follow in document order.  The
 * chosen ones stay checked while the search narrows the list, so a search
 * never drops a choice.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-classification-badge.h"
#include "hp-strategy-direction-picker.h"
#include "hp-strategy-directions.h"

struct _HpStrategyDirectionPicker
{
  GtkWidget   parent_instance;

  GPtrArray  *places;
  GHashTable *checks;      /* direction id → GtkCheckButton */
  char       *needle;      /* the search, case-folded */

  GtkWidget  *box;
  GtkWidget  *search;
  GtkWidget  *list;
};

G_DEFINE_FINAL_TYPE (HpStrategyDirectionPicker, hp_strategy_direction_picker, GTK_TYPE_WIDGET)

static void
hp_strategy_direction_picker_dispose (GObject *object)
{
  HpStrategyDirectionPicker *self = HP_STRATEGY_DIRECTION_PICKER (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->checks, g_hash_table_unref);
  g_clear_pointer (&self->places, g_ptr_array_unref);
  g_clear_pointer (&self->needle, g_free);
  G_OBJECT_CLASS (hp_strategy_direction_picker_parent_class)->dispose (object);
}

static void
hp_strategy_direction_picker_class_init (HpStrategyDirectionPickerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hp_strategy_direction_picker_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "directionpicker");
}

static void
hp_strategy_direction_picker_init (HpStrategyDirectionPicker *self)
{
  self->checks = g_hash_table_new (g_str_hash, g_str_equal);
}

static HpDirectionPlace *
place_of (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "place");
}

static gboolean
in_focus (GtkListBoxRow *row)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "focus"));
}

static gboolean
contains_folded (const char *text,
                 const char *needle)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return strstr (folded, needle) != NULL;
}

static gboolean
row_visible (GtkListBoxRow *row,
             gpointer       data)
{
  HpStrategyDirectionPicker *self = data;
  HpDirectionPlace *place = place_of (row);

  if (self->needle == NULL || *self->needle == '\0')
    return TRUE;
  return contains_folded (hp_corpus_item_get_text (place->direction), self->needle) ||
         contains_folded (hp_corpus_item_get_title (place->guideline), self->needle);
}

static GtkWidget *
section_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 4);
  return label;
}

/* "In the focus areas" above the first of those, "All directions" above
 * the rest. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       data)
{
  gboolean focus = in_focus (row);

  if (before != NULL && in_focus (before) == focus)
    gtk_list_box_row_set_header (row, NULL);
  else if (gtk_list_box_row_get_header (row) == NULL)
    gtk_list_box_row_set_header (row, section_heading (focus ? _("In the focus areas") : _("All directions")));
}

static GtkWidget *
direction_row (HpStrategyDirectionPicker *self,
               HpDirectionPlace          *place,
               gboolean                   focus,
               gboolean                   active)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *text = gtk_label_new (hp_corpus_item_get_text (place->direction));
  GtkWidget *guideline = gtk_label_new (hp_corpus_item_get_title (place->guideline));
  GtkWidget *badge = hp_classification_badge_new (hp_corpus_item_get_classification (place->direction));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_widget_set_valign (check, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hp_corpus_item_get_text (place->direction), -1);
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (text), 3);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_xalign (GTK_LABEL (guideline), 0);
  gtk_label_set_ellipsize (GTK_LABEL (guideline), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (guideline, "dim-label");
  gtk_widget_add_css_class (guideline, "caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), text);
  gtk_box_append (GTK_BOX (texts), guideline);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "place", place);
  g_object_set_data (G_OBJECT (row), "focus", GINT_TO_POINTER (focus));
  g_object_set_data (G_OBJECT (row), "check", check);
  g_hash_table_insert (self->checks, (gpointer) hp_corpus_item_get_id (place->direction), check);
  return row;
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row)
{
  GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");

  gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
}

static void
on_search_changed (HpStrategyDirectionPicker *self)
{
  hp_strategy_direction_picker_set_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search)));
}

static gboolean
guideline_in (HpDirectionPlace   *place,
              const char * const *guidelines)
{
  return guidelines != NULL && g_strv_contains (guidelines, hp_corpus_item_get_id (place->guideline));
}

/* Focus areas' directions first, then the others, each in document order. */
static void
fill (HpStrategyDirectionPicker *self,
      const char * const        *focus_areas,
      const char * const        *selected)
{
  for (int pass = 1; pass >= 0; pass--)
    for (guint i = 0; i < self->places->len; i++)
      {
        HpDirectionPlace *place = self->places->pdata[i];
        gboolean active = selected != NULL && g_strv_contains (selected, hp_corpus_item_get_id (place->direction));

        if (guideline_in (place, focus_areas) == pass)
          gtk_list_box_append (GTK_LIST_BOX (self->list), direction_row (self, place, pass, active));
      }
}

GtkWidget *
hp_strategy_direction_picker_new (GPtrArray          *places,
                                  const char * const *focus_areas,
                                  const char * const *selected)
{
  HpStrategyDirectionPicker *self = g_object_new (HP_TYPE_STRATEGY_DIRECTION_PICKER, NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->places = g_ptr_array_ref (places);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->search = gtk_search_entry_new ();
  g_object_set (self->search, "placeholder-text", _("Search the directions"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search the directions"), -1);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (on_search_changed), self);
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (GTK_LIST_BOX (self->list), row_visible, self, NULL);
  gtk_list_box_set_header_func (GTK_LIST_BOX (self->list), update_header, NULL, NULL);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), NULL);
  fill (self, focus_areas, selected);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 220);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_box_append (GTK_BOX (self->box), self->search);
  gtk_box_append (GTK_BOX (self->box), scrolled);
  return GTK_WIDGET (self);
}

/* The checked directions' ids, in document order. */
GStrv
hp_strategy_direction_picker_get_selected (HpStrategyDirectionPicker *self)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; i < self->places->len; i++)
    {
      const char *id = hp_corpus_item_get_id (((HpDirectionPlace *) self->places->pdata[i])->direction);
      GtkCheckButton *check = g_hash_table_lookup (self->checks, id);

      if (check != NULL && gtk_check_button_get_active (check))
        g_strv_builder_add (ids, id);
    }
  return g_strv_builder_end (ids);
}

void
hp_strategy_direction_picker_set_active (HpStrategyDirectionPicker *self,
                                         const char                *item_id,
                                         gboolean                   active)
{
  GtkCheckButton *check = g_hash_table_lookup (self->checks, item_id);

  g_return_if_fail (check != NULL);
  gtk_check_button_set_active (check, active);
}

void
hp_strategy_direction_picker_set_search (HpStrategyDirectionPicker *self,
                                         const char                *text)
{
  g_free (self->needle);
  self->needle = g_utf8_casefold (text, -1);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search), text);
  gtk_list_box_invalidate_filter (GTK_LIST_BOX (self->list));
}

guint
hp_strategy_direction_picker_n_visible (HpStrategyDirectionPicker *self)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (self->list); row; row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row) && row_visible (GTK_LIST_BOX_ROW (row), self);
  return n;
}

/* The id of the @n-th direction the search leaves, or NULL. */
const char *
hp_strategy_direction_picker_get_nth_visible (HpStrategyDirectionPicker *self,
                                              guint                      n)
{
  for (GtkWidget *row = gtk_widget_get_first_child (self->list); row; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && row_visible (GTK_LIST_BOX_ROW (row), self) && n-- == 0)
      return hp_corpus_item_get_id (place_of (GTK_LIST_BOX_ROW (row))->direction);
  return NULL;
}
