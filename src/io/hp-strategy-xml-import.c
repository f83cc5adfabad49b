/* hp-strategy-xml-import.c — reading a strategy file into a new strategy
 *
 * The file comes from another installation or from someone's editor, so
 * nothing in it is trusted.  First the size cap, a safe parse and the
 * schema (hp-xml.c: no network, no entities, no DOCTYPE).  Then every
 * value gets the check the editor gives it — real dates, years in range,
 * text lengths, start before deadline — and every id of the guidelines
 * must exist in the loaded edition with the right kind (all unknown ones
 * are reported together, as a planner fixing a file wants them).  Only
 * when the whole file has passed is anything written, as one edit that
 * one undo removes again.  Every message names the file and the line.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-data-file.h"
#include "hp-error.h"
#include "hp-strategy-document.h"
#include "hp-strategy-figure.h"
#include "hp-strategy-xml.h"
#include "hp-xml.h"

/* Unknown ids listed in the message; a planner fixes a file from the top,
 * and a file made against another edition may have hundreds. */
#define MAX_LISTED 10

typedef enum {
  WANT_DIRECTION,     /* a direction or a sub-point */
  WANT_GUIDELINE,
} Want;

typedef struct {
  xmlNodePtr  node;
  char       *id;
  char       *message;
} Unknown;

typedef struct {
  HpCorpus           *corpus;
  const char         *path;
  HpStrategyDocument *document;
  GHashTable         *kinds;        /* item id → its kind, "" when not in the guidelines */
  GHashTable         *goal_ids;     /* local id → position of the goal */
  GHashTable         *action_ids;   /* local ids of the actions */
  GPtrArray          *unknown;      /* of Unknown: the first MAX_LISTED */
  guint               n_unknown;
  gboolean            has_baseline;
} Reader;

static void
unknown_free (gpointer data)
{
  Unknown *unknown = data;

  g_free (unknown->id);
  g_free (unknown->message);
  g_free (unknown);
}

/* The schema next to the corpus. */
char *
hp_strategy_xml_schema_path (void)
{
  return hp_data_file ("strategy.rng");
}

/* The text of child element @name; "" when there is none, which is how
 * the exporter writes empty text. */
static char *
element_text (xmlNodePtr  node,
              const char *name)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    if (hp_xml_is (child, name))
      {
        xmlChar *content = xmlNodeGetContent (child);
        char *text = g_strdup (content != NULL ? (const char *) content : "");

        xmlFree (content);
        return text;
      }
  return g_strdup ("");
}

/* The schema requires @name; should it be missing all the same, say so. */
static char *
required_prop (Reader      *r,
               xmlNodePtr   node,
               const char  *name,
               GError     **error)
{
  char *value = hp_xml_get_prop (node, name);

  if (value == NULL)
    hp_xml_set_error_at (error, HP_ERROR_INVALID, r->path, node,
                         _("The attribute “%s” is missing"), name);
  return value;
}

/* --- ids of the guidelines ------------------------------------------------- */

static const char *
kind_of (Reader     *r,
         const char *id)
{
  const char *kind = g_hash_table_lookup (r->kinds, id);

  if (kind == NULL)
    {
      g_autoptr(HpCorpusItem) item = hp_corpus_lookup (r->corpus, id, NULL);

      kind = g_strdup (item != NULL ? hp_corpus_item_get_kind (item) : "");
      g_hash_table_insert (r->kinds, g_strdup (id), (char *) kind);
    }
  return kind;
}

static char *
unknown_message (const char *id,
                 const char *kind,
                 Want        want)
{
  gboolean exists = *kind != '\0';

  if (want == WANT_GUIDELINE)
    return exists ? g_strdup_printf (_("“%s” is not a guideline"), id)
                  : g_strdup_printf (_("The guideline “%s” does not exist in the guidelines"), id);
  return exists ? g_strdup_printf (_("“%s” is not a direction or sub-point"), id)
                : g_strdup_printf (_("The direction or sub-point “%s” does not exist in the guidelines"),
                                   id);
}

/* Notes @id when it is not of the kind wanted; reported at the end. */
static void
check_item (Reader     *r,
            xmlNodePtr  node,
            const char *id,
            Want        want)
{
  const char *kind = kind_of (r, id);
  Unknown *unknown;

  if (want == WANT_GUIDELINE ? g_str_equal (kind, "guideline")
                             : g_str_equal (kind, "direction") || g_str_equal (kind, "subpoint"))
    return;
  if (r->n_unknown++ >= MAX_LISTED)
    return;
  unknown = g_new0 (Unknown, 1);
  unknown->node = node;
  unknown->id = g_strdup (id);
  unknown->message = unknown_message (id, kind, want);
  g_ptr_array_add (r->unknown, unknown);
}

static gboolean
report_unknown (Reader  *r,
                GError **error)
{
  g_autoptr(GString) more = g_string_new (NULL);
  Unknown *first;

  if (r->n_unknown == 0)
    return TRUE;
  first = g_ptr_array_index (r->unknown, 0);
  if (r->n_unknown > 1)
    {
      g_string_append (more, "; ");
      g_string_append_printf (more, g_dngettext (GETTEXT_PACKAGE, "%u more id is unknown too:",
                                                 "%u more ids are unknown too:", r->n_unknown - 1),
                              r->n_unknown - 1);
      for (guint i = 1; i < r->unknown->len; i++)
        {
          Unknown *unknown = g_ptr_array_index (r->unknown, i);

          g_string_append (more, i > 1 ? ", " : " ");
          g_string_append_printf (more, _("“%s” (line %ld)"), unknown->id, hp_xml_line (unknown->node));
        }
      if (r->n_unknown > r->unknown->len)
        g_string_append (more, " …");
    }
  return hp_xml_set_error_at (error, HP_ERROR_NOT_FOUND, r->path, first->node, "%s%s",
                              first->message, more->str);
}

/* --- values ---------------------------------------------------------------- */

static gboolean
check_timestamp (Reader      *r,
                 xmlNodePtr   node,
                 const char  *value,
                 GError     **error)
{
  g_autoptr(GDateTime) time = value != NULL ? g_date_time_new_from_iso8601 (value, NULL) : NULL;

  if (time == NULL)
    return hp_xml_set_error_at (error, HP_ERROR_INVALID, r->path, node,
                                _("“%s” is not a valid time"), value != NULL ? value : "");
  return TRUE;
}

static gboolean
parse_number (Reader      *r,
              xmlNodePtr   node,
              const char  *value,
              gboolean    *has_value,
              double      *number,
              GError     **error)
{
  char *end = NULL;

  *has_value = value != NULL;
  if (value == NULL)
    return TRUE;
  *number = g_ascii_strtod (value, &end);
  if (end == value || *end != '\0')
    return hp_xml_set_error_at (error, HP_ERROR_INVALID, r->path, node,
                                _("“%s” is not a number"), value);
  return TRUE;
}

/* A local id or an item listed once only. */
static gboolean
check_once (Reader      *r,
            xmlNodePtr   node,
            GHashTable  *seen,
            const char  *id,
            gpointer     value,
            GError     **error)
{
  if (g_hash_table_contains (seen, id))
    return hp_xml_set_error_at (error, HP_ERROR_INVALID, r->path, node,
                                _("“%s” occurs more than once"), id);
  g_hash_table_insert (seen, g_strdup (id), value);
  return TRUE;
}

/* --- the parts of the file ------------------------------------------------- */

static gboolean
read_strategy (Reader      *r,
               xmlNodePtr   node,
               GError     **error)
{
  HpStrategy *strategy = g_new0 (HpStrategy, 1);
  g_autofree char *start = hp_xml_get_prop (node, "period-start");
  g_autofree char *end = hp_xml_get_prop (node, "period-end");
  g_autofree char *example = hp_xml_get_prop (node, "is-example");

  hp_strategy_free (r->document->strategy);
  r->document->strategy = strategy;
  strategy->municipality = element_text (node, "municipality");
  strategy->title = element_text (node, "title");
  strategy->vision = element_text (node, "vision");
  /* Four digits, by the schema. */
  strategy->period_start = start != NULL ? (int) g_ascii_strtoll (start, NULL, 10) : 0;
  strategy->period_end = end != NULL ? (int) g_ascii_strtoll (end, NULL, 10) : 0;
  strategy->is_example = g_strcmp0 (example, "true") == 0;
  strategy->created_at = hp_xml_get_prop (node, "created-at");
  strategy->changed_at = hp_xml_get_prop (node, "changed-at");
  if (!hp_strategy_validate (strategy, error))
    return hp_xml_prefix_error_at (error, r->path, node);
  return check_timestamp (r, node, strategy->created_at, error) &&
         check_timestamp (r, node, strategy->changed_at, error);
}

/* The enums' from_string() read an unknown key as a default: a key is
 * known when it comes back as itself. */
static gboolean
check_status (Reader      *r,
              xmlNodePtr   node,
              const char  *key,
              const char  *known,
              GError     **error)
{
  if (g_strcmp0 (known, key) != 0)
    return hp_xml_set_error_at (error, HP_ERROR_INVALID, r->path, node, _("Unknown status “%s”"),
                                key != NULL ? key : "");
  return TRUE;
}

/* The <item>s under @parent: the assessment (@with_time) or a snapshot's. */
static gboolean
read_items (Reader      *r,
            xmlNodePtr   parent,
            GPtrArray   *into,
            gboolean     with_time,
            GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (xmlNodePtr node = parent->children; node != NULL; node = node->next)
    {
      g_autofree char *status = NULL;
      HpAssessment *item;

      if (!hp_xml_is (node, "item"))
        continue;
      item = g_new0 (HpAssessment, 1);
      g_ptr_array_add (into, item);
      status = hp_xml_get_prop (node, "status");
      item->status = hp_assessment_status_from_string (status);
      item->item_id = required_prop (r, node, "id", error);
      item->note = element_text (node, "note");
      item->responsible = element_text (node, "responsible");
      if (with_time)
        item->changed_at = hp_xml_get_prop (node, "changed-at");
      if (item->item_id == NULL ||
          !check_once (r, node, seen, item->item_id, NULL, error) ||
          !check_status (r, node, status, hp_assessment_status_to_string (item->status), error) ||
          (with_time && !check_timestamp (r, node, item->changed_at, error)))
        return FALSE;
      if (!hp_strategy_check_text (item->note, _("The evidence note"), FALSE,
                                   HP_STRATEGY_TEXT_MAX_CHARS, error) ||
          !hp_strategy_check_text (item->responsible, _("The responsible unit"), FALSE,
                                   HP_STRATEGY_SHORT_MAX_CHARS, error))
        return hp_xml_prefix_error_at (error, r->path, node);
      check_item (r, node, item->item_id, WANT_DIRECTION);
    }
  return TRUE;
}

static gboolean
read_focus_areas (Reader      *r,
                  xmlNodePtr   parent,
                  GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (xmlNodePtr node = parent->children; node != NULL; node = node->next)
    {
      char *guideline;

      if (!hp_xml_is (node, "focus-area"))
        continue;
      guideline = required_prop (r, node, "guideline", error);
      if (guideline == NULL)
        return FALSE;
      g_ptr_array_add (r->document->focus_areas, guideline);
      if (!check_once (r, node, seen, guideline, NULL, error))
        return FALSE;
      check_item (r, node, guideline, WANT_GUIDELINE);
    }
  return TRUE;
}

/* The directions and sub-points a goal or action serves. */
static GStrv
read_serves (Reader      *r,
             xmlNodePtr   parent,
             GError     **error)
{
  g_autoptr(GStrvBuilder) directions = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (xmlNodePtr node = parent->children; node != NULL; node = node->next)
    {
      g_autofree char *id = NULL;

      if (!hp_xml_is (node, "serves"))
        continue;
      id = required_prop (r, node, "direction", error);
      if (id == NULL || !check_once (r, node, seen, id, NULL, error))
        return NULL;
      check_item (r, node, id, WANT_DIRECTION);
      g_strv_builder_add (directions, id);
    }
  return g_strv_builder_end (directions);
}

static gboolean
read_goal (Reader      *r,
           xmlNodePtr   node,
           GError     **error)
{
  HpGoal *goal = g_new0 (HpGoal, 1);
  g_autofree char *local_id = required_prop (r, node, "id", error);
  g_autofree char *baseline = hp_xml_get_prop (node, "baseline");
  g_autofree char *target = hp_xml_get_prop (node, "target");

  g_ptr_array_add (r->document->goals, goal);
  goal->id = r->document->goals->len;
  goal->text = element_text (node, "text");
  goal->indicator = element_text (node, "indicator");
  goal->deadline = hp_xml_get_prop (node, "deadline");
  goal->figure = hp_xml_get_prop (node, "figure");
  if (goal->figure == NULL)
    goal->figure = g_strdup ("");
  if (local_id == NULL ||
      !check_once (r, node, r->goal_ids, local_id, GINT_TO_POINTER (goal->id), error) ||
      !parse_number (r, node, baseline, &goal->has_baseline, &goal->baseline, error) ||
      !parse_number (r, node, target, &goal->has_target, &goal->target, error))
    return FALSE;
  if (*goal->figure != '\0' && !hp_strategy_figure_is_known (goal->figure))
    return hp_xml_set_error_at (error, HP_ERROR_INVALID, r->path, node, _("Unknown figure “%s”"),
                                goal->figure);
  if (!hp_goal_validate (goal, error))
    return hp_xml_prefix_error_at (error, r->path, node);
  goal->directions = read_serves (r, node, error);
  return goal->directions != NULL;
}

static gboolean
read_action (Reader      *r,
             xmlNodePtr   node,
             GError     **error)
{
  HpAction *action = g_new0 (HpAction, 1);
  g_autofree char *local_id = required_prop (r, node, "id", error);
  g_autofree char *goal = hp_xml_get_prop (node, "goal");
  g_autofree char *status = hp_xml_get_prop (node, "status");
  gpointer position = NULL;

  g_ptr_array_add (r->document->actions, action);
  action->id = r->document->actions->len;
  action->text = element_text (node, "text");
  action->owner = element_text (node, "owner");
  action->start = hp_xml_get_prop (node, "start");
  action->deadline = hp_xml_get_prop (node, "deadline");
  action->status = hp_action_status_from_string (status);
  if (local_id == NULL || !check_once (r, node, r->action_ids, local_id, NULL, error) ||
      !check_status (r, node, status, hp_action_status_to_string (action->status), error))
    return FALSE;
  if (goal != NULL && !g_hash_table_lookup_extended (r->goal_ids, goal, NULL, &position))
    return hp_xml_set_error_at (error, HP_ERROR_NOT_FOUND, r->path, node,
                                _("The action belongs to the goal “%s”, which is not in the file"), goal);
  action->goal_id = GPOINTER_TO_INT (position);
  if (!hp_action_validate (action, error))
    return hp_xml_prefix_error_at (error, r->path, node);
  action->directions = read_serves (r, node, error);
  return action->directions != NULL;
}

static gboolean
read_snapshot (Reader      *r,
               xmlNodePtr   node,
               GError     **error)
{
  HpSnapshot *snapshot = g_new0 (HpSnapshot, 1);
  HpDocumentSnapshot *entry = hp_document_snapshot_new (snapshot);
  g_autofree char *baseline = hp_xml_get_prop (node, "baseline");

  g_ptr_array_add (r->document->snapshots, entry);
  snapshot->label = element_text (node, "label");
  snapshot->taken_on = hp_xml_get_prop (node, "taken-on");
  snapshot->is_baseline = g_strcmp0 (baseline, "true") == 0;
  if (snapshot->taken_on == NULL)
    return hp_xml_set_error_at (error, HP_ERROR_INVALID, r->path, node, _("The snapshot needs a date"));
  if (!hp_strategy_check_text (snapshot->label, _("The name of the snapshot"), TRUE,
                               HP_STRATEGY_SHORT_MAX_CHARS, error) ||
      !hp_strategy_check_date (snapshot->taken_on, _("The date of the snapshot"), error))
    return hp_xml_prefix_error_at (error, r->path, node);
  if (snapshot->is_baseline && r->has_baseline)
    return hp_xml_set_error_at (error, HP_ERROR_INVALID, r->path, node,
                                _("Only one snapshot can be the baseline"));
  r->has_baseline |= snapshot->is_baseline;
  return read_items (r, node, entry->items, FALSE, error);
}

typedef gboolean (*ReadFunc) (Reader *r, xmlNodePtr node, GError **error);

static gboolean
read_each (Reader      *r,
           xmlNodePtr   parent,
           const char  *name,
           ReadFunc     read,
           GError     **error)
{
  for (xmlNodePtr node = parent->children; node != NULL; node = node->next)
    if (hp_xml_is (node, name) && !read (r, node, error))
      return FALSE;
  return TRUE;
}

/* The schema fixes which elements come, and in which order. */
static gboolean
read_root (Reader      *r,
           xmlNodePtr   root,
           GError     **error)
{
  for (xmlNodePtr node = root->children; node != NULL; node = node->next)
    {
      gboolean ok = TRUE;

      if (hp_xml_is (node, "corpus"))
        {
          g_free (r->document->edition);
          r->document->edition = hp_xml_get_prop (node, "edition");
        }
      else if (hp_xml_is (node, "strategy"))
        ok = read_strategy (r, node, error);
      else if (hp_xml_is (node, "assessment"))
        ok = read_items (r, node, r->document->assessments, TRUE, error);
      else if (hp_xml_is (node, "focus-areas"))
        ok = read_focus_areas (r, node, error);
      else if (hp_xml_is (node, "goals"))
        ok = read_each (r, node, "goal", read_goal, error);
      else if (hp_xml_is (node, "actions"))
        ok = read_each (r, node, "action", read_action, error);
      else if (hp_xml_is (node, "snapshots"))
        ok = read_each (r, node, "snapshot", read_snapshot, error);
      if (!ok)
        return FALSE;
    }
  if (r->document->strategy == NULL)
    return hp_xml_set_error_at (error, HP_ERROR_INVALID, r->path, root, _("The file holds no strategy"));
  return report_unknown (r, error);
}

static HpStrategyDocument *
read_document (HpStrategyStore  *store,
               const char       *path,
               xmlDocPtr         doc,
               GError          **error)
{
  g_autoptr(HpStrategyDocument) document = hp_strategy_document_new ();
  g_autoptr(GHashTable) kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) goal_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) action_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) unknown = g_ptr_array_new_with_free_func (unknown_free);
  Reader r = {
    .corpus = hp_strategy_store_get_corpus (store),
    .path = path,
    .document = document,
    .kinds = kinds,
    .goal_ids = goal_ids,
    .action_ids = action_ids,
    .unknown = unknown,
  };

  if (!read_root (&r, xmlDocGetRootElement (doc), error))
    return NULL;
  return g_steal_pointer (&document);
}

/* @edition when it is not the loaded corpus's edition, else NULL. */
static char *
edition_if_other (HpStrategyStore *store,
                  const char      *edition)
{
  g_autoptr(HpCorpusEdition) loaded = hp_corpus_get_edition (hp_strategy_store_get_corpus (store), NULL);

  if (edition == NULL || loaded == NULL || g_strcmp0 (edition, loaded->edition) == 0)
    return NULL;
  return g_strdup (edition);
}

/* Adds the strategy in the file at @path to @store as a new strategy and
 * returns its id; returns 0 with @error set (HP_ERROR_TOO_LARGE,
 * _MALFORMED, _INVALID or _NOT_FOUND, the message naming file and line)
 * and nothing written when the file is refused.  The file is checked as a
 * whole before anything is written; then the strategy is added in one
 * transaction and one undo step, "changed" is emitted, and nothing that
 * was there before is touched.  Every value is kept as in the file, the
 * timestamps too, so exporting the new strategy gives the file back (in
 * the exporter's canonical form).
 *
 * A file made against another edition of the guidelines is imported when
 * every direction it names exists in the loaded one, but the texts may
 * have changed: @other_edition (optional) then receives the file's
 * edition, for the caller to say so; otherwise NULL. */
gint64
hp_strategy_xml_import (HpStrategyStore  *store,
                        const char       *path,
                        char            **other_edition,
                        GError          **error)
{
  g_autofree char *schema = hp_strategy_xml_schema_path ();
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(HpStrategyDocument) document = NULL;
  gint64 id;

  if (other_edition != NULL)
    *other_edition = NULL;
  g_return_val_if_fail (HP_IS_STRATEGY_STORE (store), 0);
  g_return_val_if_fail (path != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);
  doc = hp_xml_read_validated (path, schema, HP_STRATEGY_XML_MAX_FILE_SIZE, NULL, error);
  if (doc == NULL)
    return 0;
  document = read_document (store, path, doc, error);
  if (document == NULL)
    return 0;
  id = hp_strategy_document_insert (store, document, error);
  if (id != 0 && other_edition != NULL)
    *other_edition = edition_if_other (store, document->edition);
  return id;
}
