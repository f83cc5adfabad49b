/* hp-citation.c — quoting the publication with its source named
 *
 * The publication may be quoted freely "med angivelse af kilde".  A quote
 * reads
 *
 *   Kommunen bør … (Socialstyrelsen 2020: Nationale retningslinjer for
 *   indsatsen mod hjemløshed, Retningslinje for planlægning af
 *   boligindsatsen, s. 84)
 *
 * The source is Danish whatever the interface language: it names a Danish
 * publication and goes into Danish documents, so nothing here is
 * translatable.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hp-citation.h"

/* "2020" from the edition's published date ("2020-12"). */
static char *
year_of (const char *published)
{
  if (strlen (published) >= 4 && g_ascii_isdigit (published[0]) && g_ascii_isdigit (published[1]) &&
      g_ascii_isdigit (published[2]) && g_ascii_isdigit (published[3]))
    return g_strndup (published, 4);
  return g_strdup (published);
}

/* The page (guideline, chapter, section…) @item is shown on; the item
 * itself when it is a page.  NULL for items on no page (footnotes). */
static HpCorpusItem *
page_of (HpCorpus     *corpus,
         HpCorpusItem *item,
         GError      **error)
{
  const char *page_id = hp_corpus_item_get_page_id (item);

  if (hp_corpus_is_page_kind (hp_corpus_item_get_kind (item)))
    return g_object_ref (item);
  if (page_id == NULL || *page_id == '\0')
    return NULL;
  return hp_corpus_lookup (corpus, page_id, error);
}

/* Only the source: "Socialstyrelsen 2020: Nationale retningslinjer for
 * indsatsen mod hjemløshed, Retningslinje for planlægning af
 * boligindsatsen, s. 84".  The page number is the first page of the
 * item's guideline (or other page): the corpus records where each page
 * begins, not the printed page of every direction on it.  NULL (with a
 * warning) when the database cannot be read. */
char *
hp_citation_format_source (HpCorpus     *corpus,
                           HpCorpusItem *item)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCorpusEdition) edition = NULL;
  g_autoptr(HpCorpusItem) page = NULL;
  g_autofree char *year = NULL;
  GString *source;

  g_return_val_if_fail (HP_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (HP_IS_CORPUS_ITEM (item), NULL);

  edition = hp_corpus_get_edition (corpus, &error);
  if (edition != NULL)
    page = page_of (corpus, item, &error);
  if (error != NULL || edition == NULL)
    {
      g_warning ("Cannot cite “%s”: %s", hp_corpus_item_get_id (item),
                 error != NULL ? error->message : "no corpus loaded");
      return NULL;
    }

  year = year_of (edition->published);
  source = g_string_new (NULL);
  g_string_append_printf (source, "%s %s: %s", edition->publisher, year, edition->title);
  if (page != NULL && hp_corpus_item_get_title (page) != NULL)
    g_string_append_printf (source, ", %s", hp_corpus_item_get_title (page));
  if (page != NULL && hp_corpus_item_get_page (page) > 0)
    g_string_append_printf (source, ", s. %d", hp_corpus_item_get_page (page));
  return g_string_free (source, FALSE);
}

/* What is quoted: a page (a guideline, say) by its title, anything else by
 * its text, or its title when it has no text of its own. */
static const char *
quoted_text (HpCorpusItem *item)
{
  const char *text = hp_corpus_item_get_text (item);
  const char *title = hp_corpus_item_get_title (item);

  if (title != NULL && (hp_corpus_is_page_kind (hp_corpus_item_get_kind (item)) || *text == '\0'))
    return title;
  return text;
}

/* The item's text followed by its source in parentheses, ready to paste
 * into a municipal document. */
char *
hp_citation_format (HpCorpus     *corpus,
                    HpCorpusItem *item)
{
  g_autofree char *source = NULL;

  g_return_val_if_fail (HP_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (HP_IS_CORPUS_ITEM (item), NULL);

  source = hp_citation_format_source (corpus, item);
  if (source == NULL)
    return NULL;
  return g_strdup_printf ("%s (%s)", quoted_text (item), source);
}

/**
 * hp_citation_format_attribution:
 * @publication: (out) (optional): the publication's title
 *
 * The line printed at the foot of every page of a print or report that
 * reproduces the publication: "Source: Socialstyrelsen (2020): Nationale
 * retningslinjer …  Reproduced with the source named."  Unlike a citation
 * it is in the interface language, like the rest of the page it is on.
 * The shipped edition's source stands in when none is loaded, so paper
 * never goes out unattributed.
 */
char *
hp_citation_format_attribution (HpCorpus  *corpus,
                                char     **publication)
{
  g_autoptr(HpCorpusEdition) edition = hp_corpus_get_edition (corpus, NULL);
  const char *title = "Nationale retningslinjer for indsatsen mod hjemløshed";
  const char *publisher = "Socialstyrelsen";
  g_autofree char *year = g_strdup ("2020");

  if (edition != NULL && edition->title != NULL && edition->publisher != NULL)
    {
      title = edition->title;
      publisher = edition->publisher;
      if (edition->published != NULL)
        {
          g_free (year);
          year = year_of (edition->published);
        }
    }
  if (publication != NULL)
    *publication = g_strdup (title);
  /* Translators: the attribution printed at the foot of every page; the
   * publication may be reproduced only with its source named.  Danish:
   * "Kilde: %s (%s): %s. Gengivet med kildeangivelse." */
  return g_strdup_printf (_("Source: %s (%s): %s. Reproduced with the source named."),
                          publisher, year, title);
}
