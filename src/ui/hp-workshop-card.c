/* hp-workshop-card.c — one direction as a workshop shows it
 *
 * Where it stands (chapter and guideline), its classification and status,
 * the direction's text and the group's note.  Everything that matters is
 * in words: the classification badge names it, the status has a word and
 * a shape of its own, so the card reads the same in greyscale, on a washed
 * out projector and to a screen reader.  The projected view and both
 * halves of the presenter view are cards; the CSS around them sets the
 * size.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-classification-badge.h"
#include "hp-workshop-card.h"

/* Short texts get bigger type; the longest direction has under 300
 * characters, and the view scrolls if even that does not fit. */
#define SHORT_TEXT 110
#define MEDIUM_TEXT 200

struct _HpWorkshopCard
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkWidget *chapter;
  GtkWidget *guideline;
  GtkWidget *meta;
  GtkWidget *badge;
  GtkWidget *status_icon;
  GtkWidget *status_label;
  GtkWidget *text_box;
  GtkWidget *text;
  GtkWidget *note;
};

G_DEFINE_FINAL_TYPE (HpWorkshopCard, hp_workshop_card, GTK_TYPE_WIDGET)

/* A shape per status, so it is never told by colour alone. */
static const struct {
  const char *icon;
  const char *css_class;
} statuses[HP_N_ASSESSMENT_STATUSES] = {
  [HP_ASSESSMENT_NOT_ASSESSED] = { "dialog-question-symbolic", "not-assessed" },
  [HP_ASSESSMENT_NOT_STARTED]  = { "window-close-symbolic", "not-started" },
  [HP_ASSESSMENT_PARTLY]       = { "radio-mixed-symbolic", "partly" },
  [HP_ASSESSMENT_IN_PLACE]     = { "emblem-ok-symbolic", "in-place" },
  [HP_ASSESSMENT_NOT_RELEVANT] = { "action-unavailable-symbolic", "not-relevant" },
};

static const char * const sizes[] = { "short", "medium", "long" };

static void
hp_workshop_card_dispose (GObject *object)
{
  HpWorkshopCard *self = HP_WORKSHOP_CARD (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (hp_workshop_card_parent_class)->dispose (object);
}

static void
hp_workshop_card_class_init (HpWorkshopCardClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_workshop_card_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "workshopcard");
}

static GtkWidget *
wrapped_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
hp_workshop_card_init (HpWorkshopCard *self)
{
  GtkWidget *status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->chapter = wrapped_label ("workshop-chapter");
  self->guideline = wrapped_label ("workshop-guideline");
  self->meta = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  gtk_widget_add_css_class (self->meta, "workshop-meta");
  gtk_widget_add_css_class (status, "workshop-status");
  self->status_icon = gtk_image_new ();
  gtk_widget_add_css_class (self->status_icon, "workshop-status-icon");
  self->status_label = gtk_label_new (NULL);
  gtk_box_append (GTK_BOX (status), self->status_icon);
  gtk_box_append (GTK_BOX (status), self->status_label);
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->meta), status);
  self->text = wrapped_label ("workshop-text");
  /* A focusable box around the text (a label that cannot be selected
   * takes no focus), so that moving focus to it makes a screen reader read
   * the new direction. */
  self->text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->text_box, "workshop-text-box");
  gtk_widget_set_focusable (self->text_box, TRUE);
  gtk_box_append (GTK_BOX (self->text_box), self->text);
  self->note = wrapped_label ("workshop-note");
  gtk_box_append (GTK_BOX (self->box), self->chapter);
  gtk_box_append (GTK_BOX (self->box), self->guideline);
  gtk_box_append (GTK_BOX (self->box), self->meta);
  gtk_box_append (GTK_BOX (self->box), self->text_box);
  gtk_box_append (GTK_BOX (self->box), self->note);
}

GtkWidget *
hp_workshop_card_new (void)
{
  return g_object_new (HP_TYPE_WORKSHOP_CARD, NULL);
}

static void
show_badge (HpWorkshopCard   *self,
            HpClassification  classification)
{
  if (self->badge != NULL)
    gtk_box_remove (GTK_BOX (self->meta), self->badge);
  self->badge = hp_classification_badge_new (classification);
  gtk_widget_set_valign (self->badge, GTK_ALIGN_CENTER);
  gtk_box_prepend (GTK_BOX (self->meta), self->badge);
}

static void
show_status (HpWorkshopCard     *self,
             HpAssessmentStatus  status)
{
  g_autofree char *text = g_strdup_printf (_("Status: %s"), hp_assessment_status_get_label (status));

  for (guint i = 0; i < HP_N_ASSESSMENT_STATUSES; i++)
    gtk_widget_remove_css_class (self->meta, statuses[i].css_class);
  gtk_widget_add_css_class (self->meta, statuses[status].css_class);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->status_icon), statuses[status].icon);
  gtk_label_set_text (GTK_LABEL (self->status_label), text);
}

static void
show_text (HpWorkshopCard *self,
           const char     *text)
{
  gsize length = g_utf8_strlen (text, -1);
  guint size = length <= SHORT_TEXT ? 0 : length <= MEDIUM_TEXT ? 1 : 2;

  gtk_label_set_text (GTK_LABEL (self->text), text);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    gtk_widget_remove_css_class (self->text, sizes[i]);
  gtk_widget_add_css_class (self->text, sizes[size]);
}

static void
show_note (HpWorkshopCard *self,
           const char     *note)
{
  gboolean empty = note == NULL || *note == '\0';
  g_autofree char *text = empty ? g_strdup (_("No note yet"))
                                : g_strdup_printf (_("Note: %s"), note);

  gtk_label_set_text (GTK_LABEL (self->note), text);
  if (empty)
    gtk_widget_add_css_class (self->note, "empty");
  else
    gtk_widget_remove_css_class (self->note, "empty");
}

/* Shows @place with @assessment (NULL: not assessed, no note). */
void
hp_workshop_card_show (HpWorkshopCard     *self,
                       HpDirectionPlace   *place,
                       const HpAssessment *assessment)
{
  HpAssessmentStatus status = assessment ? assessment->status : HP_ASSESSMENT_NOT_ASSESSED;
  HpClassification classification;
  g_autofree char *chapter = NULL;
  g_autofree char *guideline = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (HP_IS_WORKSHOP_CARD (self));
  g_return_if_fail (place != NULL);

  classification = hp_corpus_item_get_classification (place->direction);
  chapter = g_strdup_printf (_("Chapter %s · %s"), hp_corpus_item_get_number (place->chapter),
                             hp_corpus_item_get_title (place->chapter));
  guideline = g_strdup_printf ("%s · %s", hp_corpus_item_get_number (place->guideline),
                               hp_corpus_item_get_title (place->guideline));
  gtk_label_set_text (GTK_LABEL (self->chapter), chapter);
  gtk_label_set_text (GTK_LABEL (self->guideline), guideline);
  show_badge (self, classification);
  show_status (self, status);
  show_text (self, hp_corpus_item_get_text (place->direction));
  show_note (self, assessment ? assessment->note : NULL);
  /* What a screen reader says with the text: where it is and how it is
   * rated. */
  description = g_strdup_printf ("%s. %s. %s. %s.", guideline, hp_classification_get_label (classification),
                                 gtk_label_get_text (GTK_LABEL (self->status_label)),
                                 gtk_label_get_text (GTK_LABEL (self->note)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, hp_corpus_item_get_text (place->direction),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

void
hp_workshop_card_set_note_visible (HpWorkshopCard *self,
                                   gboolean        visible)
{
  g_return_if_fail (HP_IS_WORKSHOP_CARD (self));
  gtk_widget_set_visible (self->note, visible);
}

/* Moves keyboard focus to the direction's text, which screen readers then
 * read with its description. */
void
hp_workshop_card_announce (HpWorkshopCard *self)
{
  g_return_if_fail (HP_IS_WORKSHOP_CARD (self));
  gtk_widget_grab_focus (self->text_box);
}

const char *
hp_workshop_card_get_status_text (HpWorkshopCard *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_CARD (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->status_label));
}

const char *
hp_workshop_card_get_text (HpWorkshopCard *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_CARD (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->text));
}

const char *
hp_workshop_card_get_note_text (HpWorkshopCard *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_CARD (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->note));
}
