/* hp-strategy-row.c — one direction in the self-assessment checklist
 *
 * Badge, text, a status drop-down, and an expandable part with the
 * evidence note and the responsible unit.  The row changes nothing itself:
 * it activates the checklist's actions (checklist.set-status, …), and
 * shows what the store holds when the checklist calls update().  The note
 * is stored after a pause in typing and when the row collapses, so there
 * is no Save button and a crash loses at most a few keystrokes.
 *
 * A direction with sub-points can show them underneath, each a row of the
 * same kind with its own status.  They are made only when first shown
 * (checklist.load-subpoints): most directions are rated as a whole, and
 * the checklist opens faster without some 360 more rows.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-classification-badge.h"
#include "hp-strategy-row.h"

#define SAVE_DELAY_MS 600

struct _HpStrategyRow
{
  GtkListBoxRow       parent_instance;

  HpCorpusItem       *direction;
  HpCorpusItem       *guideline;
  HpCorpusItem       *chapter;
  HpAssessmentStatus  status;
  gboolean            updating;   /* set while showing stored values */
  guint               save_source;

  GtkWidget          *status_dropdown;
  GtkWidget          *expand_button;
  GtkWidget          *revealer;
  GtkWidget          *note_view;
  GtkWidget          *responsible;
  GtkWidget          *note_preview;
  GtkWidget          *text_box;
  GtkWidget          *subpoints_button;
  GtkWidget          *subpoints_revealer;
  GtkWidget          *subpoints_list;
};

G_DEFINE_FINAL_TYPE (HpStrategyRow, hp_strategy_row, GTK_TYPE_LIST_BOX_ROW)

static const char * const status_classes[] = {
  "not-assessed", "not-started", "partly", "in-place", "not-relevant",
};

static void
hp_strategy_row_dispose (GObject *object)
{
  HpStrategyRow *self = HP_STRATEGY_ROW (object);

  if (self->save_source != 0)
    hp_strategy_row_flush (self);
  g_clear_object (&self->direction);
  g_clear_object (&self->guideline);
  g_clear_object (&self->chapter);
  G_OBJECT_CLASS (hp_strategy_row_parent_class)->dispose (object);
}

static void
hp_strategy_row_class_init (HpStrategyRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hp_strategy_row_dispose;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "strategyrow");
}

static void
hp_strategy_row_init (HpStrategyRow *self)
{
}

static void
on_status_selected (HpStrategyRow *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->status_dropdown));

  if (self->updating || selected >= HP_N_ASSESSMENT_STATUSES)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "checklist.set-status", "(si)",
                              hp_corpus_item_get_id (self->direction), (gint32) selected);
}

static char *
note_text (HpStrategyRow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->note_view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Stores the note and the responsible unit now if they wait to be saved. */
void
hp_strategy_row_flush (HpStrategyRow *self)
{
  g_autofree char *note = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  note = note_text (self);
  gtk_widget_activate_action (GTK_WIDGET (self), "checklist.set-note", "(ss)",
                              hp_corpus_item_get_id (self->direction), note);
  gtk_widget_activate_action (GTK_WIDGET (self), "checklist.set-responsible", "(ss)",
                              hp_corpus_item_get_id (self->direction),
                              gtk_editable_get_text (GTK_EDITABLE (self->responsible)));
}

static gboolean
save_later_cb (gpointer data)
{
  HpStrategyRow *self = data;

  self->save_source = 0;
  hp_strategy_row_flush (self);
  return G_SOURCE_REMOVE;
}

static void
on_text_changed (HpStrategyRow *self)
{
  if (self->updating)
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_later_cb, self);
}

static void
on_expanded (HpStrategyRow *self)
{
  gboolean expanded = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->expand_button));

  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), expanded);
  if (!expanded && self->save_source != 0)
    hp_strategy_row_flush (self);
}

static GtkWidget *
status_dropdown (HpStrategyRow *self)
{
  const char *labels[HP_N_ASSESSMENT_STATUSES + 1] = { NULL };

  for (guint i = 0; i < HP_N_ASSESSMENT_STATUSES; i++)
    labels[i] = hp_assessment_status_get_label (i);
  self->status_dropdown = gtk_drop_down_new_from_strings (labels);
  gtk_widget_set_valign (self->status_dropdown, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->status_dropdown, "status");
  gtk_widget_set_tooltip_text (self->status_dropdown, _("Status (keys 1-5)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Status"), -1);
  g_signal_connect_swapped (self->status_dropdown, "notify::selected", G_CALLBACK (on_status_selected), self);
  return self->status_dropdown;
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             gboolean    toggle)
{
  GtkWidget *button = toggle ? gtk_toggle_button_new () : gtk_button_new ();

  gtk_button_set_icon_name (GTK_BUTTON (button), icon);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}

static GtkWidget *
header_box (HpStrategyRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *text = gtk_label_new (hp_corpus_item_get_text (self->direction));
  GtkWidget *link = icon_button ("accessories-dictionary-symbolic", _("Show in the guidelines"), FALSE);
  GtkWidget *badge_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  /* A fixed column, so the texts line up whatever the badge says. */
  gtk_widget_set_size_request (badge_box, 140, -1);
  gtk_box_append (GTK_BOX (badge_box),
                  hp_classification_badge_new (hp_corpus_item_get_classification (self->direction)));
  gtk_box_append (GTK_BOX (box), badge_box);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_widget_add_css_class (text, "direction-text");
  self->note_preview = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->note_preview), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->note_preview), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->note_preview, "dim-label");
  gtk_widget_add_css_class (self->note_preview, "caption");
  gtk_box_append (GTK_BOX (text_box), text);
  gtk_box_append (GTK_BOX (text_box), self->note_preview);
  gtk_widget_set_hexpand (text_box, TRUE);
  self->text_box = text_box;
  gtk_box_append (GTK_BOX (box), text_box);
  gtk_box_append (GTK_BOX (box), status_dropdown (self));
  self->expand_button = icon_button ("document-edit-symbolic", _("Evidence and responsible unit"), TRUE);
  g_signal_connect_swapped (self->expand_button, "toggled", G_CALLBACK (on_expanded), self);
  gtk_box_append (GTK_BOX (box), self->expand_button);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (link), "win.show-in-guidelines");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (link), "s", hp_corpus_item_get_id (self->direction));
  gtk_box_append (GTK_BOX (box), link);
  return box;
}

static GtkWidget *
details_box (HpStrategyRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *note_label = gtk_label_new_with_mnemonic (_("_Evidence note"));
  GtkWidget *responsible_label = gtk_label_new_with_mnemonic (_("_Responsible unit"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_widget_add_css_class (box, "details");
  self->note_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->note_view), GTK_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (self->note_view, "note-text");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->note_view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 64);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_add_css_class (scrolled, "card");
  self->responsible = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->responsible), _("e.g. Housing team, Social Services"));
  for (GtkWidget *l = note_label; l != NULL; l = l == note_label ? responsible_label : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (l), 0);
      gtk_widget_add_css_class (l, "caption-heading");
    }
  gtk_label_set_mnemonic_widget (GTK_LABEL (note_label), self->note_view);
  gtk_label_set_mnemonic_widget (GTK_LABEL (responsible_label), self->responsible);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Evidence note"), -1);
  gtk_box_append (GTK_BOX (box), note_label);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), responsible_label);
  gtk_box_append (GTK_BOX (box), self->responsible);
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->note_view)), "changed",
                            G_CALLBACK (on_text_changed), self);
  g_signal_connect_swapped (self->responsible, "changed", G_CALLBACK (on_text_changed), self);
  self->revealer = gtk_revealer_new ();
  gtk_revealer_set_child (GTK_REVEALER (self->revealer), box);
  return self->revealer;
}

GtkWidget *
hp_strategy_row_new (HpCorpusItem *direction,
                     HpCorpusItem *guideline,
                     HpCorpusItem *chapter)
{
  HpStrategyRow *self = g_object_new (HP_TYPE_STRATEGY_ROW, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->direction = g_object_ref (direction);
  self->guideline = g_object_ref (guideline);
  self->chapter = g_object_ref (chapter);
  gtk_box_append (GTK_BOX (box), header_box (self));
  gtk_box_append (GTK_BOX (box), details_box (self));
  self->subpoints_revealer = gtk_revealer_new ();
  gtk_box_append (GTK_BOX (box), self->subpoints_revealer);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hp_corpus_item_get_text (direction), -1);
  hp_strategy_row_update (self, NULL);
  return GTK_WIDGET (self);
}

HpCorpusItem *
hp_strategy_row_get_item (HpStrategyRow *self)
{
  return self->direction;
}

const char *
hp_strategy_row_get_item_id (HpStrategyRow *self)
{
  return hp_corpus_item_get_id (self->direction);
}

HpCorpusItem *
hp_strategy_row_get_guideline (HpStrategyRow *self)
{
  return self->guideline;
}

HpCorpusItem *
hp_strategy_row_get_chapter (HpStrategyRow *self)
{
  return self->chapter;
}

HpClassification
hp_strategy_row_get_classification (HpStrategyRow *self)
{
  return hp_corpus_item_get_classification (self->direction);
}

HpAssessmentStatus
hp_strategy_row_get_status (HpStrategyRow *self)
{
  return self->status;
}

static void
set_note_preview (HpStrategyRow *self,
                  const char    *note,
                  const char    *responsible)
{
  g_autofree char *first_line = g_strdup (note);
  g_autofree char *preview = NULL;
  char *newline = strchr (first_line, '\n');

  if (newline != NULL)
    *newline = '\0';
  if (*responsible != '\0' && *first_line != '\0')
    preview = g_strdup_printf ("%s · %s", responsible, first_line);
  else
    preview = g_strdup (*responsible != '\0' ? responsible : first_line);
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (self->note_preview)), preview) != 0)
    gtk_label_set_text (GTK_LABEL (self->note_preview), preview);
  gtk_widget_set_visible (self->note_preview, *preview != '\0');
}

/* Shows the stored assessment (NULL: none).  Text being typed, not yet
 * stored, is left alone. */
void
hp_strategy_row_update (HpStrategyRow      *self,
                        const HpAssessment *assessment)
{
  HpAssessmentStatus status = assessment ? assessment->status : HP_ASSESSMENT_NOT_ASSESSED;
  const char *note = assessment ? assessment->note : "";
  const char *responsible = assessment ? assessment->responsible : "";

  self->updating = TRUE;
  /* A style class changed restyles the row: only when the status did. */
  if (status != self->status || !gtk_widget_has_css_class (GTK_WIDGET (self), status_classes[status]))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), status_classes[self->status]);
      self->status = status;
      gtk_widget_add_css_class (GTK_WIDGET (self), status_classes[status]);
    }
  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (self->status_dropdown)) != status)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (self->status_dropdown), status);
  if (self->save_source == 0)
    {
      g_autofree char *current = note_text (self);

      if (g_strcmp0 (current, note) != 0)
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->note_view)), note, -1);
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->responsible)), responsible) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->responsible), responsible);
    }
  set_note_preview (self, note, responsible);
  self->updating = FALSE;
}

void
hp_strategy_row_set_expanded (HpStrategyRow *self,
                              gboolean       expanded)
{
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->expand_button), expanded);
}

GtkTextBuffer *
hp_strategy_row_get_note_buffer (HpStrategyRow *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->note_view));
}

/* --- sub-points ------------------------------------------------------------ */

static void
on_subpoints_toggled (HpStrategyRow *self)
{
  gboolean expanded = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->subpoints_button));

  if (expanded && self->subpoints_list == NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "checklist.load-subpoints", "s",
                                hp_corpus_item_get_id (self->direction));
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->subpoints_revealer), expanded);
}

/* Offers to show the direction's @n_subpoints sub-points. */
void
hp_strategy_row_set_n_subpoints (HpStrategyRow *self,
                                 guint          n_subpoints)
{
  g_autofree char *label = NULL;

  if (n_subpoints == 0 || self->subpoints_button != NULL)
    return;
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sub-point", "%u sub-points", n_subpoints),
                           n_subpoints);
  self->subpoints_button = gtk_toggle_button_new_with_label (label);
  gtk_widget_set_halign (self->subpoints_button, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->subpoints_button, "flat");
  gtk_widget_add_css_class (self->subpoints_button, "caption");
  gtk_widget_set_tooltip_text (self->subpoints_button, _("Assess the sub-points one by one"));
  g_signal_connect_swapped (self->subpoints_button, "toggled", G_CALLBACK (on_subpoints_toggled), self);
  gtk_box_append (GTK_BOX (self->text_box), self->subpoints_button);
}

void
hp_strategy_row_add_subpoint (HpStrategyRow *self,
                              GtkWidget     *subpoint_row)
{
  if (self->subpoints_list == NULL)
    {
      self->subpoints_list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->subpoints_list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (self->subpoints_list, "boxed-list");
      gtk_widget_add_css_class (self->subpoints_list, "subpoints");
      gtk_widget_set_margin_start (self->subpoints_list, 48);
      gtk_widget_set_margin_top (self->subpoints_list, 6);
      gtk_widget_set_margin_bottom (self->subpoints_list, 6);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->subpoints_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Sub-points"), -1);
      gtk_revealer_set_child (GTK_REVEALER (self->subpoints_revealer), self->subpoints_list);
    }
  gtk_widget_add_css_class (subpoint_row, "subpoint");
  gtk_list_box_append (GTK_LIST_BOX (self->subpoints_list), subpoint_row);
}

void
hp_strategy_row_set_subpoints_expanded (HpStrategyRow *self,
                                        gboolean       expanded)
{
  if (self->subpoints_button != NULL)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->subpoints_button), expanded);
}

gboolean
hp_strategy_row_get_subpoints_expanded (HpStrategyRow *self)
{
  return self->subpoints_button != NULL &&
         gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->subpoints_button));
}

/* The first sub-point row when they are shown, else NULL. */
GtkWidget *
hp_strategy_row_get_first_subpoint (HpStrategyRow *self)
{
  if (!hp_strategy_row_get_subpoints_expanded (self) || self->subpoints_list == NULL)
    return NULL;
  return GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->subpoints_list), 0));
}

/* The direction row a sub-point row sits in, or NULL for a direction. */
HpStrategyRow *
hp_strategy_row_get_parent_row (HpStrategyRow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  return parent ? HP_STRATEGY_ROW (gtk_widget_get_ancestor (parent, HP_TYPE_STRATEGY_ROW)) : NULL;
}
