/* hp-direction-refs.c — directions and sub-points named by number and
 * guideline, for exports
 *
 * The publication numbers its 25 guidelines but not the directions in
 * them.  A spreadsheet or a calendar cannot link to the checklist as the
 * plan view does, so an export names a direction by its guideline's
 * number and its place among that guideline's directions — "12.3" is the
 * third direction of guideline 12, "12.3.2" its second sub-point — and
 * the guideline's title, which is what a reader can look up in the
 * publication.  Numbers follow the corpus order, so they are the same on
 * every machine for an edition; the stable ids stay the key for programs.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-direction-refs.h"

typedef struct {
  HpDirectionPlace *place;    /* owned by the places array */
  char             *number;
} Ref;

struct _HpDirectionRefs
{
  GPtrArray  *places;
  GHashTable *by_id;          /* direction or sub-point id → Ref */
};

static void
ref_free (Ref *ref)
{
  g_free (ref->number);
  g_free (ref);
}

static Ref *
add_ref (HpDirectionRefs  *self,
         HpCorpusItem     *item,
         HpDirectionPlace *place,
         char             *number)
{
  Ref *ref = g_new (Ref, 1);

  ref->place = place;
  ref->number = number;
  g_hash_table_insert (self->by_id, g_strdup (hp_corpus_item_get_id (item)), ref);
  return ref;
}

/* Directions come in document order, so a guideline's are together. */
static GHashTable *
number_directions (HpDirectionRefs *self)
{
  GHashTable *by_seq = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  HpCorpusItem *guideline = NULL;
  guint n = 0;

  for (guint i = 0; i < self->places->len; i++)
    {
      HpDirectionPlace *place = self->places->pdata[i];
      const char *guideline_number = hp_corpus_item_get_number (place->guideline);
      gint64 *seq = g_new (gint64, 1);

      n = place->guideline == guideline ? n + 1 : 1;
      guideline = place->guideline;
      *seq = hp_corpus_item_get_seq (place->direction);
      g_hash_table_insert (by_seq, seq,
                           add_ref (self, place->direction, place,
                                    g_strdup_printf ("%s.%u", guideline_number ? guideline_number : "", n)));
    }
  return by_seq;
}

static void
number_subpoints (HpDirectionRefs *self,
                  HpCorpus        *corpus,
                  GHashTable      *directions_by_seq)
{
  g_autoptr(GListModel) subpoints = hp_corpus_list_kind (corpus, "subpoint", NULL);
  Ref *direction = NULL;
  guint n = 0;

  for (guint i = 0; subpoints != NULL && i < g_list_model_get_n_items (subpoints); i++)
    {
      g_autoptr(HpCorpusItem) subpoint = g_list_model_get_item (subpoints, i);
      gint64 parent = hp_corpus_item_get_parent_seq (subpoint);
      Ref *ref = g_hash_table_lookup (directions_by_seq, &parent);

      if (ref == NULL)
        continue;
      n = ref == direction ? n + 1 : 1;
      direction = ref;
      add_ref (self, subpoint, ref->place, g_strdup_printf ("%s.%u", ref->number, n));
    }
}

HpDirectionRefs *
hp_direction_refs_new (HpCorpus *corpus)
{
  HpDirectionRefs *self = g_new0 (HpDirectionRefs, 1);
  g_autoptr(GHashTable) by_seq = NULL;

  g_return_val_if_fail (HP_IS_CORPUS (corpus), NULL);
  self->places = hp_strategy_directions_list (corpus);
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) ref_free);
  by_seq = number_directions (self);
  number_subpoints (self, corpus, by_seq);
  return self;
}

void
hp_direction_refs_free (HpDirectionRefs *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_id);
  g_ptr_array_unref (self->places);
  g_free (self);
}

/* Every direction's place, in the publication's order. */
GPtrArray *
hp_direction_refs_get_places (HpDirectionRefs *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->places;
}

/* The place of direction or sub-point @id (a sub-point's is its
 * direction's) and its number, or NULL for an id the corpus lacks. */
HpDirectionPlace *
hp_direction_refs_lookup (HpDirectionRefs  *self,
                          const char       *id,
                          const char      **number)
{
  Ref *ref;

  g_return_val_if_fail (self != NULL, NULL);
  ref = id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
  if (number != NULL)
    *number = ref != NULL ? ref->number : NULL;
  return ref != NULL ? ref->place : NULL;
}

/* "12.1, 12.3 Retningslinje for planlægning af boligindsatsen; 4.2 …":
 * neighbours under one guideline share its title.  An id the corpus lacks
 * (from another edition, say) is kept as it is, so nothing is lost. */
char *
hp_direction_refs_format (HpDirectionRefs     *self,
                          const char * const  *ids)
{
  GString *text = g_string_new (NULL);
  HpCorpusItem *open = NULL;     /* the guideline whose title is pending */

  g_return_val_if_fail (self != NULL, NULL);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const char *number = NULL;
      HpDirectionPlace *place = hp_direction_refs_lookup (self, ids[i], &number);
      HpCorpusItem *guideline = place != NULL ? place->guideline : NULL;

      if (open != NULL && guideline != open)
        g_string_append_printf (text, " %s", hp_corpus_item_get_title (open));
      if (text->len > 0)
        g_string_append (text, guideline != NULL && guideline == open ? ", " : "; ");
      g_string_append (text, place != NULL ? number : ids[i]);
      open = guideline;
    }
  if (open != NULL)
    g_string_append_printf (text, " %s", hp_corpus_item_get_title (open));
  return g_string_free (text, FALSE);
}
