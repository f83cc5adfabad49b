/* hp-classification.h — legal duty or good practice
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The publication's own rule (Kapitel 1): "skal" where the municipality is
 * obliged by law; "bør", "kan" or similar wording for good practice. */
typedef enum {
  HP_CLASSIFICATION_NONE,
  HP_CLASSIFICATION_SKAL,
  HP_CLASSIFICATION_BOER,
  HP_CLASSIFICATION_KAN,
  HP_CLASSIFICATION_GOD_PRAKSIS,
} HpClassification;

HpClassification  hp_classification_from_string (const char       *key);
const char       *hp_classification_to_string   (HpClassification  classification);
const char       *hp_classification_get_label   (HpClassification  classification);
const char       *hp_classification_get_description (HpClassification classification);

G_END_DECLS
