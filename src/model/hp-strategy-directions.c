/* hp-strategy-directions.c — every direction with its guideline and chapter
 *
 * The checklist, the direction picker of the goal and action forms and the
 * links on their rows all show a direction under its guideline; the corpus
 * nests directions in a "directions" section of the guideline, so the walk
 * up is done once here, with one query per kind rather than one per item.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-strategy-directions.h"

void
hp_direction_place_free (HpDirectionPlace *place)
{
  g_clear_object (&place->direction);
  g_clear_object (&place->guideline);
  g_clear_object (&place->chapter);
  g_free (place);
}

static GHashTable *
items_by_seq (HpCorpus   *corpus,
              const char *kind)
{
  g_autoptr(GListModel) items = hp_corpus_list_kind (corpus, kind, NULL);
  GHashTable *map = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      HpCorpusItem *item = g_list_model_get_item (items, i);
      gint64 *seq = g_new (gint64, 1);

      *seq = hp_corpus_item_get_seq (item);
      g_hash_table_insert (map, seq, item);
    }
  return map;
}

static HpCorpusItem *
parent_in (GHashTable   *map,
           HpCorpusItem *item)
{
  gint64 seq;

  if (item == NULL)
    return NULL;
  seq = hp_corpus_item_get_parent_seq (item);
  return g_hash_table_lookup (map, &seq);
}

/* Sub-points per direction, keyed by the direction's seq. */
static GHashTable *
count_subpoints (HpCorpus *corpus)
{
  g_autoptr(GListModel) subpoints = hp_corpus_list_kind (corpus, "subpoint", NULL);
  GHashTable *counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; subpoints != NULL && i < g_list_model_get_n_items (subpoints); i++)
    {
      g_autoptr(HpCorpusItem) subpoint = g_list_model_get_item (subpoints, i);
      gint64 *seq = g_new (gint64, 1);

      *seq = hp_corpus_item_get_parent_seq (subpoint);
      g_hash_table_insert (counts, seq, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, seq)) + 1));
    }
  return counts;
}

/* Of HpDirectionPlace, in document order; directions outside a chapter
 * (none in the publication) are left out. */
GPtrArray *
hp_strategy_directions_list (HpCorpus *corpus)
{
  g_autoptr(GHashTable) chapters = items_by_seq (corpus, "chapter");
  g_autoptr(GHashTable) guidelines = items_by_seq (corpus, "guideline");
  g_autoptr(GHashTable) sections = items_by_seq (corpus, "directions");
  g_autoptr(GHashTable) subpoints = count_subpoints (corpus);
  g_autoptr(GListModel) directions = hp_corpus_list_kind (corpus, "direction", NULL);
  GPtrArray *places = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_direction_place_free);

  for (guint i = 0; directions != NULL && i < g_list_model_get_n_items (directions); i++)
    {
      g_autoptr(HpCorpusItem) direction = g_list_model_get_item (directions, i);
      HpCorpusItem *guideline = parent_in (guidelines, parent_in (sections, direction));
      HpCorpusItem *chapter = parent_in (chapters, guideline);
      gint64 seq = hp_corpus_item_get_seq (direction);
      HpDirectionPlace *place;

      if (chapter == NULL)
        continue;
      place = g_new0 (HpDirectionPlace, 1);
      place->direction = g_object_ref (direction);
      place->guideline = g_object_ref (guideline);
      place->chapter = g_object_ref (chapter);
      place->n_subpoints = GPOINTER_TO_UINT (g_hash_table_lookup (subpoints, &seq));
      g_ptr_array_add (places, place);
    }
  return places;
}

/* Direction id → its HpDirectionPlace in @places (which must outlive it). */
GHashTable *
hp_strategy_directions_index (GPtrArray *places)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < places->len; i++)
    {
      HpDirectionPlace *place = places->pdata[i];

      g_hash_table_insert (index, (gpointer) hp_corpus_item_get_id (place->direction), place);
    }
  return index;
}
