/* hp-law.c — one law (or other instrument) the publication cites
 *
 * An immutable summary made by HpLawIndex: the law's key as in
 * corpus_lawref.law, its name, and how many footnotes cite it.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hp-law.h"

struct _HpLaw
{
  GObject  parent_instance;

  char    *key;
  char    *name;
  guint    n_citations;
};

G_DEFINE_FINAL_TYPE (HpLaw, hp_law, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_NAME,
  PROP_N_CITATIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hp_law_finalize (GObject *object)
{
  HpLaw *self = HP_LAW (object);

  g_free (self->key);
  g_free (self->name);
  G_OBJECT_CLASS (hp_law_parent_class)->finalize (object);
}

static void
hp_law_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  HpLaw *self = HP_LAW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_N_CITATIONS:
      g_value_set_uint (value, self->n_citations);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_law_class_init (HpLawClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hp_law_finalize;
  object_class->get_property = hp_law_get_property;

  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_N_CITATIONS] =
    g_param_spec_uint ("n-citations", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hp_law_init (HpLaw *self)
{
}

HpLaw *
hp_law_new (const char *key,
            const char *name,
            guint       n_citations)
{
  HpLaw *self;

  g_return_val_if_fail (key != NULL && name != NULL, NULL);

  self = g_object_new (HP_TYPE_LAW, NULL);
  self->key = g_strdup (key);
  self->name = g_strdup (name);
  self->n_citations = n_citations;
  return self;
}

const char *
hp_law_get_key (HpLaw *self)
{
  g_return_val_if_fail (HP_IS_LAW (self), NULL);
  return self->key;
}

const char *
hp_law_get_name (HpLaw *self)
{
  g_return_val_if_fail (HP_IS_LAW (self), NULL);
  return self->name;
}

/* The number of footnotes citing the law: a footnote naming three of its
 * paragraphs is one citation. */
guint
hp_law_get_n_citations (HpLaw *self)
{
  g_return_val_if_fail (HP_IS_LAW (self), 0);
  return self->n_citations;
}
