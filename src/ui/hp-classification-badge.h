/* hp-classification-badge.h — "Lovkrav", "Anbefaling"… in colour and words
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-classification.h"

G_BEGIN_DECLS

#define HP_TYPE_CLASSIFICATION_BADGE (hp_classification_badge_get_type ())
G_DECLARE_FINAL_TYPE (HpClassificationBadge, hp_classification_badge, HP, CLASSIFICATION_BADGE, GtkWidget)

GtkWidget        *hp_classification_badge_new                (HpClassification      classification);
HpClassification  hp_classification_badge_get_classification (HpClassificationBadge *self);
const char       *hp_classification_badge_get_text           (HpClassificationBadge *self);

G_END_DECLS
