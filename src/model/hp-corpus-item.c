/* hp-corpus-item.c — an immutable snapshot of one corpus row
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hp-corpus-item.h"

struct _HpCorpusItem
{
  GObject           parent_instance;

  gint64            seq;
  gint64            parent_seq;
  char             *id;
  char             *kind;
  char             *number;
  char             *title;
  int               page;
  HpClassification  classification;
  char             *text;
  char             *markup;
  char             *page_id;
};

G_DEFINE_FINAL_TYPE (HpCorpusItem, hp_corpus_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hp_corpus_item_finalize (GObject *object)
{
  HpCorpusItem *self = HP_CORPUS_ITEM (object);

  g_free (self->id);
  g_free (self->kind);
  g_free (self->number);
  g_free (self->title);
  g_free (self->text);
  g_free (self->markup);
  g_free (self->page_id);

  G_OBJECT_CLASS (hp_corpus_item_parent_class)->finalize (object);
}

static void
hp_corpus_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HpCorpusItem *self = HP_CORPUS_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_corpus_item_class_init (HpCorpusItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hp_corpus_item_finalize;
  object_class->get_property = hp_corpus_item_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hp_corpus_item_init (HpCorpusItem *self)
{
}

HpCorpusItem *
hp_corpus_item_new (const HpCorpusItemFields *fields)
{
  HpCorpusItem *self;

  g_return_val_if_fail (fields != NULL && fields->id != NULL && fields->kind != NULL, NULL);

  self = g_object_new (HP_TYPE_CORPUS_ITEM, NULL);
  self->seq = fields->seq;
  self->parent_seq = fields->parent_seq;
  self->id = g_strdup (fields->id);
  self->kind = g_strdup (fields->kind);
  self->number = g_strdup (fields->number);
  self->title = g_strdup (fields->title);
  self->page = fields->page;
  self->classification = fields->classification;
  self->text = g_strdup (fields->text ? fields->text : "");
  self->markup = g_strdup (fields->markup ? fields->markup : "");
  self->page_id = g_strdup (fields->page_id);
  return self;
}

gint64       hp_corpus_item_get_seq          (HpCorpusItem *self) { return self->seq; }
gint64       hp_corpus_item_get_parent_seq   (HpCorpusItem *self) { return self->parent_seq; }
const char  *hp_corpus_item_get_id           (HpCorpusItem *self) { return self->id; }
const char  *hp_corpus_item_get_kind         (HpCorpusItem *self) { return self->kind; }
const char  *hp_corpus_item_get_number       (HpCorpusItem *self) { return self->number; }
const char  *hp_corpus_item_get_title        (HpCorpusItem *self) { return self->title; }
int          hp_corpus_item_get_page         (HpCorpusItem *self) { return self->page; }
const char  *hp_corpus_item_get_text         (HpCorpusItem *self) { return self->text; }
const char  *hp_corpus_item_get_markup       (HpCorpusItem *self) { return self->markup; }
const char  *hp_corpus_item_get_page_id (HpCorpusItem *self) { return self->page_id; }

HpClassification
hp_corpus_item_get_classification (HpCorpusItem *self)
{
  return self->classification;
}

gboolean
hp_corpus_item_is_kind (HpCorpusItem *self,
                        const char   *kind)
{
  return g_strcmp0 (self->kind, kind) == 0;
}
