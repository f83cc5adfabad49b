/* hp-classification-badge.c — "Lovkrav", "Anbefaling"… in colour and words
 *
 * The colour helps at a glance; the word carries the meaning, so the badge
 * still works in greyscale, on a projector and for screen readers.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hp-classification-badge.h"

struct _HpClassificationBadge
{
  GtkWidget         parent_instance;
  GtkWidget        *label;
  HpClassification  classification;
};

G_DEFINE_FINAL_TYPE (HpClassificationBadge, hp_classification_badge, GTK_TYPE_WIDGET)

static void
hp_classification_badge_dispose (GObject *object)
{
  HpClassificationBadge *self = HP_CLASSIFICATION_BADGE (object);

  g_clear_pointer (&self->label, gtk_widget_unparent);
  G_OBJECT_CLASS (hp_classification_badge_parent_class)->dispose (object);
}

static void
hp_classification_badge_class_init (HpClassificationBadgeClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_classification_badge_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "badge");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
hp_classification_badge_init (HpClassificationBadge *self)
{
  self->label = gtk_label_new (NULL);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
}

GtkWidget *
hp_classification_badge_new (HpClassification classification)
{
  HpClassificationBadge *self = g_object_new (HP_TYPE_CLASSIFICATION_BADGE, NULL);
  const char *key = hp_classification_to_string (classification);

  self->classification = classification;
  gtk_label_set_text (GTK_LABEL (self->label), hp_classification_get_label (classification));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), hp_classification_get_description (classification));
  if (key != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), key);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hp_classification_get_label (classification),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  hp_classification_get_description (classification),
                                  -1);
  return GTK_WIDGET (self);
}

HpClassification
hp_classification_badge_get_classification (HpClassificationBadge *self)
{
  g_return_val_if_fail (HP_IS_CLASSIFICATION_BADGE (self), HP_CLASSIFICATION_NONE);
  return self->classification;
}

const char *
hp_classification_badge_get_text (HpClassificationBadge *self)
{
  g_return_val_if_fail (HP_IS_CLASSIFICATION_BADGE (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->label));
}
