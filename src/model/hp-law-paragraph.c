/* hp-law-paragraph.c — one cited paragraph of a law and what cites it
 *
 * Made by HpLawIndex.  A range the publication cites as one ("§§ 82a-82d")
 * is an entry of its own rather than being expanded into its paragraphs:
 * which paragraphs lie between two others depends on the law's later
 * amendments (§§ 5-6 of Retssikkerhedsloven include § 5a), and the corpus
 * does not know them.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hp-law-paragraph.h"

/* Wide enough for any paragraph number, so keys compare as strings. */
#define NUMBER_DIGITS 10

struct _HpLawParagraph
{
  GObject     parent_instance;

  char       *law_key;
  char       *law_name;
  char       *paragraph;
  char       *paragraph_to;
  char       *key;
  char       *label;
  char       *sort_key;
  GListModel *footnotes;
  GListModel *citing;
  GListModel *pages;
};

G_DEFINE_FINAL_TYPE (HpLawParagraph, hp_law_paragraph, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LAW_KEY,
  PROP_LAW_NAME,
  PROP_KEY,
  PROP_LABEL,
  PROP_SORT_KEY,
  PROP_N_CITING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hp_law_paragraph_finalize (GObject *object)
{
  HpLawParagraph *self = HP_LAW_PARAGRAPH (object);

  g_free (self->law_key);
  g_free (self->law_name);
  g_free (self->paragraph);
  g_free (self->paragraph_to);
  g_free (self->key);
  g_free (self->label);
  g_free (self->sort_key);
  g_clear_object (&self->footnotes);
  g_clear_object (&self->citing);
  g_clear_object (&self->pages);
  G_OBJECT_CLASS (hp_law_paragraph_parent_class)->finalize (object);
}

static void
hp_law_paragraph_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HpLawParagraph *self = HP_LAW_PARAGRAPH (object);

  switch (prop_id)
    {
    case PROP_LAW_KEY:
      g_value_set_string (value, self->law_key);
      break;
    case PROP_LAW_NAME:
      g_value_set_string (value, self->law_name);
      break;
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_SORT_KEY:
      g_value_set_string (value, self->sort_key);
      break;
    case PROP_N_CITING:
      g_value_set_uint (value, g_list_model_get_n_items (self->citing));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_law_paragraph_class_init (HpLawParagraphClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hp_law_paragraph_finalize;
  object_class->get_property = hp_law_paragraph_get_property;

  properties[PROP_LAW_KEY] = g_param_spec_string ("law-key", NULL, NULL, NULL, flags);
  properties[PROP_LAW_NAME] = g_param_spec_string ("law-name", NULL, NULL, NULL, flags);
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_SORT_KEY] = g_param_spec_string ("sort-key", NULL, NULL, NULL, flags);
  properties[PROP_N_CITING] = g_param_spec_uint ("n-citing", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hp_law_paragraph_init (HpLawParagraph *self)
{
}

/* "§ 110", "§§ 82a-82d": Danish legal notation whatever the interface
 * language, as in hp_law_ref_format(). */
static char *
make_label (const char *paragraph,
            const char *paragraph_to)
{
  if (*paragraph == '\0')
    /* Translators: entry of the law index for footnotes that cite a law
     * without naming a paragraph.  Danish: "Loven generelt" */
    return g_strdup (_("The act as a whole"));
  if (*paragraph_to != '\0')
    return g_strdup_printf ("§§ %s-%s", paragraph, paragraph_to);
  return g_strdup_printf ("§ %s", paragraph);
}

/* The key HpLawIndex takes to name an entry: "110", "82a-82d", or "" for
 * the law as a whole.  Paragraph labels never contain "-", so the key can
 * be split back at it. */
char *
hp_law_paragraph_make_key (const char *paragraph,
                           const char *paragraph_to)
{
  g_return_val_if_fail (paragraph != NULL && paragraph_to != NULL, NULL);

  if (*paragraph_to != '\0')
    return g_strdup_printf ("%s-%s", paragraph, paragraph_to);
  return g_strdup (paragraph);
}

/* The number zero-padded, then the letters in lower case: "82a" becomes
 * "0000000082a", so § 4 < § 10 < § 82 < § 82a < § 82b < § 110 as strings.
 * A label without a leading number goes after every numbered one. */
static void
append_paragraph_sort_key (GString    *out,
                           const char *paragraph)
{
  const char *p = paragraph;
  char *end;
  guint64 number;

  while (g_ascii_isspace (*p))
    p++;
  if (!g_ascii_isdigit (*p))
    {
      g_string_append_printf (out, "~%s", p);
      return;
    }
  number = g_ascii_strtoull (p, &end, 10);
  g_string_append_printf (out, "%0*" G_GUINT64_FORMAT, NUMBER_DIGITS, number);
  for (; *end != '\0'; end++)
    if (!g_ascii_isspace (*end))
      g_string_append_c (out, g_ascii_tolower (*end));
}

/* The law as a whole ("") sorts first; a range sorts right after the
 * paragraph it starts at ("0000000082a" < "0000000082a-0000000082d" <
 * "0000000082b", because "-" sorts before letters). */
char *
hp_law_paragraph_make_sort_key (const char *paragraph,
                                const char *paragraph_to)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (paragraph != NULL && paragraph_to != NULL, NULL);

  if (*paragraph != '\0')
    append_paragraph_sort_key (out, paragraph);
  if (*paragraph != '\0' && *paragraph_to != '\0')
    {
      g_string_append_c (out, '-');
      append_paragraph_sort_key (out, paragraph_to);
    }
  return g_string_free (out, FALSE);
}

HpLawParagraph *
hp_law_paragraph_new (const HpLawParagraphFields *fields)
{
  HpLawParagraph *self;

  g_return_val_if_fail (fields != NULL && fields->law_key != NULL, NULL);
  g_return_val_if_fail (fields->paragraph != NULL && fields->paragraph_to != NULL, NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (fields->footnotes), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (fields->citing), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (fields->pages), NULL);

  self = g_object_new (HP_TYPE_LAW_PARAGRAPH, NULL);
  self->law_key = g_strdup (fields->law_key);
  self->law_name = g_strdup (fields->law_name);
  self->paragraph = g_strdup (fields->paragraph);
  self->paragraph_to = g_strdup (fields->paragraph_to);
  self->key = hp_law_paragraph_make_key (fields->paragraph, fields->paragraph_to);
  self->label = make_label (fields->paragraph, fields->paragraph_to);
  self->sort_key = hp_law_paragraph_make_sort_key (fields->paragraph, fields->paragraph_to);
  self->footnotes = g_object_ref (fields->footnotes);
  self->citing = g_object_ref (fields->citing);
  self->pages = g_object_ref (fields->pages);
  return self;
}

const char *
hp_law_paragraph_get_law_key (HpLawParagraph *self)
{
  g_return_val_if_fail (HP_IS_LAW_PARAGRAPH (self), NULL);
  return self->law_key;
}

const char *
hp_law_paragraph_get_law_name (HpLawParagraph *self)
{
  g_return_val_if_fail (HP_IS_LAW_PARAGRAPH (self), NULL);
  return self->law_name;
}

const char *
hp_law_paragraph_get_paragraph (HpLawParagraph *self)
{
  g_return_val_if_fail (HP_IS_LAW_PARAGRAPH (self), NULL);
  return self->paragraph;
}

const char *
hp_law_paragraph_get_paragraph_to (HpLawParagraph *self)
{
  g_return_val_if_fail (HP_IS_LAW_PARAGRAPH (self), NULL);
  return self->paragraph_to;
}

const char *
hp_law_paragraph_get_key (HpLawParagraph *self)
{
  g_return_val_if_fail (HP_IS_LAW_PARAGRAPH (self), NULL);
  return self->key;
}

const char *
hp_law_paragraph_get_label (HpLawParagraph *self)
{
  g_return_val_if_fail (HP_IS_LAW_PARAGRAPH (self), NULL);
  return self->label;
}

const char *
hp_law_paragraph_get_sort_key (HpLawParagraph *self)
{
  g_return_val_if_fail (HP_IS_LAW_PARAGRAPH (self), NULL);
  return self->sort_key;
}

/* The footnotes that cite this paragraph, in document order. */
GListModel *
hp_law_paragraph_get_footnotes (HpLawParagraph *self)
{
  g_return_val_if_fail (HP_IS_LAW_PARAGRAPH (self), NULL);
  return self->footnotes;
}

/* The items whose footnote markers point at those footnotes (directions,
 * sub-points, paragraphs…), each once, in document order. */
GListModel *
hp_law_paragraph_get_citing (HpLawParagraph *self)
{
  g_return_val_if_fail (HP_IS_LAW_PARAGRAPH (self), NULL);
  return self->citing;
}

/* The pages (mostly guidelines) the citing items are on, in document order. */
GListModel *
hp_law_paragraph_get_pages (HpLawParagraph *self)
{
  g_return_val_if_fail (HP_IS_LAW_PARAGRAPH (self), NULL);
  return self->pages;
}

/* The page of a citing item, from get_pages(); NULL when it is not there. */
HpCorpusItem *
hp_law_paragraph_get_page_of (HpLawParagraph *self,
                              HpCorpusItem   *item)
{
  const char *page_id;
  guint n;

  g_return_val_if_fail (HP_IS_LAW_PARAGRAPH (self), NULL);
  g_return_val_if_fail (HP_IS_CORPUS_ITEM (item), NULL);

  page_id = hp_corpus_item_get_page_id (item);
  n = g_list_model_get_n_items (self->pages);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpCorpusItem) page = g_list_model_get_item (self->pages, i);

      if (g_strcmp0 (hp_corpus_item_get_id (page), page_id) == 0)
        return page;   /* still owned by self->pages */
    }
  return NULL;
}

/* Natural paragraph order, for g_list_store_sort() and friends. */
int
hp_law_paragraph_compare (gconstpointer a,
                          gconstpointer b,
                          gpointer      user_data)
{
  HpLawParagraph *pa = HP_LAW_PARAGRAPH ((gpointer) a);
  HpLawParagraph *pb = HP_LAW_PARAGRAPH ((gpointer) b);

  return strcmp (pa->sort_key, pb->sort_key);
}
