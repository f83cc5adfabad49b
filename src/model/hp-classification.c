/* hp-classification.c
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-classification.h"

static const struct {
  const char *key;         /* as stored in the corpus XML and the database */
  const char *label;       /* badge text */
  const char *description; /* what the badge means, for tooltips and screen readers */
} classes[] = {
  [HP_CLASSIFICATION_NONE]        = { NULL, NULL, NULL },
  [HP_CLASSIFICATION_SKAL]        = { "skal", N_("Legal requirement"),
                                      N_("“Skal”: the municipality is obliged by law") },
  [HP_CLASSIFICATION_BOER]        = { "boer", N_("Recommendation"),
                                      N_("“Bør”: recommended good practice") },
  [HP_CLASSIFICATION_KAN]         = { "kan", N_("Option"),
                                      N_("“Kan”: an option worth considering") },
  [HP_CLASSIFICATION_GOD_PRAKSIS] = { "god-praksis", N_("Good practice"),
                                      N_("Good practice described without “skal”, “bør” or “kan”") },
};

HpClassification
hp_classification_from_string (const char *key)
{
  for (guint i = HP_CLASSIFICATION_SKAL; i < G_N_ELEMENTS (classes); i++)
    if (g_strcmp0 (key, classes[i].key) == 0)
      return i;
  return HP_CLASSIFICATION_NONE;
}

const char *
hp_classification_to_string (HpClassification classification)
{
  g_return_val_if_fail (classification < G_N_ELEMENTS (classes), NULL);
  return classes[classification].key;
}

const char *
hp_classification_get_label (HpClassification classification)
{
  g_return_val_if_fail (classification < G_N_ELEMENTS (classes), NULL);
  return classes[classification].label ? _(classes[classification].label) : NULL;
}

const char *
hp_classification_get_description (HpClassification classification)
{
  g_return_val_if_fail (classification < G_N_ELEMENTS (classes), NULL);
  return classes[classification].description ? _(classes[classification].description) : NULL;
}
