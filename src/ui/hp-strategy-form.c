/* hp-strategy-form.c — a small modal form with inline errors
 *
 * Used for everything the strategy pane asks for in a dialog (a strategy,
 * a snapshot, a goal, an action).  A value the model refuses is marked on
 * its own field with the model's message, and nothing is stored: the form
 * stays open with what was typed, so nothing has to be typed again.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-strategy-form.h"

typedef struct {
  GtkWidget *input;    /* GtkEntry, GtkTextView, GtkDropDown or the caller's */
  GtkWidget *error;
} Field;

struct _HpStrategyForm
{
  GtkWindow             parent_instance;

  GtkWidget            *fields_box;
  GtkWidget            *general_error;
  GHashTable           *fields;    /* key → Field */
  HpStrategyFormSubmit  submit;
  gpointer              user_data;
  GDestroyNotify        destroy;
};

G_DEFINE_FINAL_TYPE (HpStrategyForm, hp_strategy_form, GTK_TYPE_WINDOW)

static void
hp_strategy_form_dispose (GObject *object)
{
  HpStrategyForm *self = HP_STRATEGY_FORM (object);

  if (self->destroy != NULL)
    g_clear_pointer (&self->user_data, self->destroy);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  G_OBJECT_CLASS (hp_strategy_form_parent_class)->dispose (object);
}

static void
hp_strategy_form_class_init (HpStrategyFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_strategy_form_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hp_strategy_form_init (HpStrategyForm *self)
{
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 520, -1);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "strategy-form");
}

static Field *
field (HpStrategyForm *self,
       const char     *key)
{
  Field *f = g_hash_table_lookup (self->fields, key);

  g_return_val_if_fail (f != NULL, NULL);
  return f;
}

static void
on_submit_clicked (HpStrategyForm *self)
{
  hp_strategy_form_submit (self);
}

static GtkWidget *
header (HpStrategyForm *self,
        const char     *submit_label)
{
  GtkWidget *bar = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *submit = gtk_button_new_with_mnemonic (submit_label);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (bar), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (bar), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_widget_add_css_class (submit, "suggested-action");
  g_signal_connect_swapped (submit, "clicked", G_CALLBACK (on_submit_clicked), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (bar), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (bar), submit);
  gtk_window_set_default_widget (GTK_WINDOW (self), submit);
  return bar;
}

HpStrategyForm *
hp_strategy_form_new (GtkWidget            *parent,
                      const char           *title,
                      const char           *submit_label,
                      HpStrategyFormSubmit  submit,
                      gpointer              user_data,
                      GDestroyNotify        destroy)
{
  HpStrategyForm *self = g_object_new (HP_TYPE_STRATEGY_FORM, "title", title, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *root = parent != NULL ? GTK_WIDGET (gtk_widget_get_root (parent)) : NULL;

  self->submit = submit;
  self->user_data = user_data;
  self->destroy = destroy;
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  gtk_window_set_titlebar (GTK_WINDOW (self), header (self, submit_label));
  self->fields_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (self->fields_box, "form-fields");
  self->general_error = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->general_error, "error");
  gtk_label_set_wrap (GTK_LABEL (self->general_error), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->general_error), 0);
  gtk_widget_set_visible (self->general_error, FALSE);
  gtk_box_append (GTK_BOX (box), self->fields_box);
  gtk_box_append (GTK_BOX (self->fields_box), self->general_error);
  /* A long form (a goal with its directions) scrolls rather than growing
   * past a small laptop screen. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 600);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_window_set_child (GTK_WINDOW (self), scrolled);
  return self;
}

static void
clear_error_of (Field *f)
{
  gtk_widget_set_visible (f->error, FALSE);
  gtk_widget_remove_css_class (f->input, "error");
}

static void
on_input_changed (Field *f)
{
  clear_error_of (f);
}

static void
add_field (HpStrategyForm *self,
           const char     *key,
           const char     *label,
           GtkWidget      *input,
           GtkWidget      *shown)
{
  Field *f = g_new0 (Field, 1);
  GtkWidget *title = gtk_label_new_with_mnemonic (label);

  f->input = input;
  f->error = gtk_label_new (NULL);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), input);
  gtk_widget_add_css_class (f->error, "error");
  gtk_widget_add_css_class (f->error, "caption");
  gtk_label_set_xalign (GTK_LABEL (f->error), 0);
  gtk_label_set_wrap (GTK_LABEL (f->error), TRUE);
  gtk_widget_set_visible (f->error, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (input), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_add_css_class (title, "form-label");
  gtk_box_append (GTK_BOX (self->fields_box), title);
  gtk_box_append (GTK_BOX (self->fields_box), shown);
  gtk_box_append (GTK_BOX (self->fields_box), f->error);
  g_hash_table_insert (self->fields, g_strdup (key), f);
}

void
hp_strategy_form_add_entry (HpStrategyForm *self,
                            const char     *key,
                            const char     *label,
                            const char     *value,
                            const char     *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), value ? value : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  add_field (self, key, label, entry, entry);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (on_input_changed), field (self, key));
}

void
hp_strategy_form_add_text (HpStrategyForm *self,
                           const char     *key,
                           const char     *label,
                           const char     *value)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), value ? value : "", -1);
  gtk_widget_add_css_class (view, "form-text");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 90);
  gtk_widget_add_css_class (scrolled, "card");
  add_field (self, key, label, view, scrolled);
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                            G_CALLBACK (on_input_changed), field (self, key));
}

void
hp_strategy_form_add_choice (HpStrategyForm     *self,
                             const char         *key,
                             const char         *label,
                             const char * const *choices,
                             guint               selected)
{
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (choices);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  add_field (self, key, label, dropdown, dropdown);
}

/* A field of the caller's own making, such as a list of check boxes. */
void
hp_strategy_form_add_widget (HpStrategyForm *self,
                             const char     *key,
                             const char     *label,
                             GtkWidget      *widget)
{
  add_field (self, key, label, widget, widget);
}

GtkWidget *
hp_strategy_form_get_widget (HpStrategyForm *self,
                             const char     *key)
{
  return field (self, key)->input;
}

char *
hp_strategy_form_get_text (HpStrategyForm *self,
                           const char     *key)
{
  Field *f = field (self, key);

  if (GTK_IS_TEXT_VIEW (f->input))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->input));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (f->input)));
}

void
hp_strategy_form_set_text (HpStrategyForm *self,
                           const char     *key,
                           const char     *value)
{
  Field *f = field (self, key);

  if (GTK_IS_TEXT_VIEW (f->input))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->input)), value, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (f->input), value);
}

guint
hp_strategy_form_get_choice (HpStrategyForm *self,
                             const char     *key)
{
  return gtk_drop_down_get_selected (GTK_DROP_DOWN (field (self, key)->input));
}

void
hp_strategy_form_set_choice (HpStrategyForm *self,
                             const char     *key,
                             guint           selected)
{
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (self, key)->input), selected);
}

/* Shows @message under field @key, or above all fields when @key is NULL. */
void
hp_strategy_form_set_error (HpStrategyForm *self,
                            const char     *key,
                            const char     *message)
{
  GtkWidget *label = key != NULL ? field (self, key)->error : self->general_error;

  gtk_label_set_text (GTK_LABEL (label), message);
  gtk_widget_set_visible (label, TRUE);
  if (key != NULL)
    {
      gtk_widget_add_css_class (field (self, key)->input, "error");
      gtk_widget_grab_focus (field (self, key)->input);
    }
}

/* The error shown on @key (NULL: the form's general one), or NULL. */
const char *
hp_strategy_form_get_error (HpStrategyForm *self,
                            const char     *key)
{
  GtkWidget *label = key != NULL ? field (self, key)->error : self->general_error;

  return gtk_widget_get_visible (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

/* Returns whether the values were stored (and the form closed). */
gboolean
hp_strategy_form_submit (HpStrategyForm *self)
{
  GHashTableIter iter;
  Field *f;

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &f))
    clear_error_of (f);
  gtk_widget_set_visible (self->general_error, FALSE);
  if (!self->submit (self, self->user_data))
    return FALSE;
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
