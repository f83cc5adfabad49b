/* hp-search-result.c — one hit of a full-text search, immutable
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "hp-search-result.h"

struct _HpSearchResult
{
  GObject           parent_instance;

  guint             rank;
  double            score;
  char             *id;
  char             *kind;
  char             *title;
  HpClassification  classification;
  char             *page_id;
  char             *page_title;
  char             *chapter_id;
  char             *snippet_markup;
  char             *snippet_text;
};

G_DEFINE_FINAL_TYPE (HpSearchResult, hp_search_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RANK,
  PROP_ID,
  PROP_KIND,
  PROP_PAGE_ID,
  PROP_PAGE_TITLE,
  PROP_CHAPTER_ID,
  PROP_SNIPPET_MARKUP,
  PROP_SNIPPET_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hp_search_result_finalize (GObject *object)
{
  HpSearchResult *self = HP_SEARCH_RESULT (object);

  g_free (self->id);
  g_free (self->kind);
  g_free (self->title);
  g_free (self->page_id);
  g_free (self->page_title);
  g_free (self->chapter_id);
  g_free (self->snippet_markup);
  g_free (self->snippet_text);

  G_OBJECT_CLASS (hp_search_result_parent_class)->finalize (object);
}

static const char *
string_property (HpSearchResult *self,
                 guint           prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return self->id;
    case PROP_KIND: return self->kind;
    case PROP_PAGE_ID: return self->page_id;
    case PROP_PAGE_TITLE: return self->page_title;
    case PROP_CHAPTER_ID: return self->chapter_id;
    case PROP_SNIPPET_MARKUP: return self->snippet_markup;
    case PROP_SNIPPET_TEXT: return self->snippet_text;
    default: return NULL;
    }
}

static void
hp_search_result_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HpSearchResult *self = HP_SEARCH_RESULT (object);

  if (prop_id == PROP_RANK)
    g_value_set_uint (value, self->rank);
  else if (prop_id > PROP_RANK && prop_id < N_PROPS)
    g_value_set_string (value, string_property (self, prop_id));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
hp_search_result_class_init (HpSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hp_search_result_finalize;
  object_class->get_property = hp_search_result_get_property;

  properties[PROP_RANK] = g_param_spec_uint ("rank", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_PAGE_ID] = g_param_spec_string ("page-id", NULL, NULL, NULL, flags);
  properties[PROP_PAGE_TITLE] = g_param_spec_string ("page-title", NULL, NULL, NULL, flags);
  properties[PROP_CHAPTER_ID] = g_param_spec_string ("chapter-id", NULL, NULL, NULL, flags);
  properties[PROP_SNIPPET_MARKUP] = g_param_spec_string ("snippet-markup", NULL, NULL, NULL, flags);
  properties[PROP_SNIPPET_TEXT] = g_param_spec_string ("snippet-text", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hp_search_result_init (HpSearchResult *self)
{
}

/* Turns a snippet with match marks into Pango markup, matches in <b>, and
 * into plain text.  Everything but the marks is escaped: the corpus text
 * contains "&" and may contain "<". */
void
hp_search_result_render_snippet (const char  *marked,
                                 char       **markup,
                                 char       **text)
{
  GString *out_markup = g_string_new (NULL);
  GString *out_text = g_string_new (NULL);
  gboolean open = FALSE;
  const char *p = marked != NULL ? marked : "";

  while (*p != '\0')
    {
      gsize run = strcspn (p, HP_SEARCH_MARK_OPEN HP_SEARCH_MARK_CLOSE);

      if (run > 0)
        {
          g_autofree char *escaped = g_markup_escape_text (p, run);
          g_string_append (out_markup, escaped);
          g_string_append_len (out_text, p, run);
          p += run;
          continue;
        }
      /* Marks arrive paired; this keeps the markup balanced even if not. */
      if (*p == HP_SEARCH_MARK_OPEN[0] && !open)
        {
          g_string_append (out_markup, "<b>");
          open = TRUE;
        }
      else if (*p == HP_SEARCH_MARK_CLOSE[0] && open)
        {
          g_string_append (out_markup, "</b>");
          open = FALSE;
        }
      p++;
    }
  if (open)
    g_string_append (out_markup, "</b>");
  *markup = g_string_free (out_markup, FALSE);
  *text = g_string_free (out_text, FALSE);
}

HpSearchResult *
hp_search_result_new (const HpSearchResultFields *fields)
{
  HpSearchResult *self;

  g_return_val_if_fail (fields != NULL && fields->id != NULL && fields->kind != NULL, NULL);

  self = g_object_new (HP_TYPE_SEARCH_RESULT, NULL);
  self->rank = fields->rank;
  self->score = fields->score;
  self->id = g_strdup (fields->id);
  self->kind = g_strdup (fields->kind);
  self->title = g_strdup (fields->title);
  self->classification = fields->classification;
  self->page_id = g_strdup (fields->page_id);
  self->page_title = g_strdup (fields->page_title);
  self->chapter_id = g_strdup (fields->chapter_id);
  hp_search_result_render_snippet (fields->marked_snippet, &self->snippet_markup, &self->snippet_text);
  return self;
}

guint        hp_search_result_get_rank           (HpSearchResult *self) { return self->rank; }
double       hp_search_result_get_score          (HpSearchResult *self) { return self->score; }
const char  *hp_search_result_get_id             (HpSearchResult *self) { return self->id; }
const char  *hp_search_result_get_kind           (HpSearchResult *self) { return self->kind; }
const char  *hp_search_result_get_title          (HpSearchResult *self) { return self->title; }
const char  *hp_search_result_get_page_id        (HpSearchResult *self) { return self->page_id; }
const char  *hp_search_result_get_page_title     (HpSearchResult *self) { return self->page_title; }
const char  *hp_search_result_get_chapter_id     (HpSearchResult *self) { return self->chapter_id; }
const char  *hp_search_result_get_snippet_markup (HpSearchResult *self) { return self->snippet_markup; }
const char  *hp_search_result_get_snippet_text   (HpSearchResult *self) { return self->snippet_text; }

HpClassification
hp_search_result_get_classification (HpSearchResult *self)
{
  return self->classification;
}
