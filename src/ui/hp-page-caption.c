/* hp-page-caption.c — "Chapter 4 · Guideline 12 · Page 84" above a page's title
 *
 * Shared by the browser and the printed page so both name a page the same
 * way.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-page-caption.h"

/* @chapter is the chapter @page belongs to, or NULL when the page is not
 * in one (or is the chapter itself, whose title already says so). */
char *
hp_page_caption_format (HpCorpusItem *page,
                        HpCorpusItem *chapter)
{
  GString *caption = g_string_new (NULL);

  g_return_val_if_fail (HP_IS_CORPUS_ITEM (page), NULL);

  if (chapter != NULL)
    g_string_append_printf (caption, _("Chapter %s"), hp_corpus_item_get_number (chapter));
  if (hp_corpus_item_is_kind (page, "guideline"))
    {
      g_string_append (caption, " · ");
      g_string_append_printf (caption, _("Guideline %s"), hp_corpus_item_get_number (page));
    }
  if (hp_corpus_item_get_page (page) > 0)
    {
      if (caption->len > 0)
        g_string_append (caption, " · ");
      g_string_append_printf (caption, _("Page %d"), hp_corpus_item_get_page (page));
    }
  return g_string_free (caption, FALSE);
}

/* Guidelines are the only pages that sit inside a chapter. */
static HpCorpusItem *
chapter_of (HpCorpus     *corpus,
            HpCorpusItem *page)
{
  g_autoptr(GListModel) chapters = NULL;

  if (!hp_corpus_item_is_kind (page, "guideline"))
    return NULL;
  chapters = hp_corpus_list_kind (corpus, "chapter", NULL);
  for (guint i = 0; chapters != NULL && i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr(HpCorpusItem) candidate = g_list_model_get_item (chapters, i);

      if (hp_corpus_item_get_seq (candidate) == hp_corpus_item_get_parent_seq (page))
        return g_steal_pointer (&candidate);
    }
  return NULL;
}

/* The caption of @page, looking its chapter up; may be empty. */
char *
hp_page_caption_build (HpCorpus     *corpus,
                       HpCorpusItem *page)
{
  g_autoptr(HpCorpusItem) chapter = NULL;

  g_return_val_if_fail (HP_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (HP_IS_CORPUS_ITEM (page), NULL);

  chapter = chapter_of (corpus, page);
  return hp_page_caption_format (page, chapter);
}
