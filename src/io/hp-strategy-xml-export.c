/* hp-strategy-xml-export.c — writing a whole strategy as an XML file
 *
 * The file (data/strategy.rng) is written by hand rather than through
 * libxml2's serializer so every byte is decided here: a fixed order, two
 * spaces of indentation, UTF-8, no export timestamp.  The same strategy
 * therefore always gives the same file, which makes files comparable with
 * diff and lets the tests check a round trip byte for byte.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>

#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "hp-error.h"
#include "hp-strategy-document.h"
#include "hp-strategy-xml.h"

#define REPLACEMENT_CHARACTER "\xef\xbf\xbd"

typedef struct {
  GString *out;
  int      depth;
} Writer;

static void
append_char (GString    *out,
             const char *p,
             gunichar    c,
             gboolean    attribute)
{
  switch (c)
    {
    case '&': g_string_append (out, "&amp;"); break;
    case '<': g_string_append (out, "&lt;"); break;
    case '>': g_string_append (out, "&gt;"); break;
    /* A parser turns a raw CR into LF, and in an attribute every raw
     * line break or tab into a space: written as references they survive. */
    case '\r': g_string_append (out, "&#13;"); break;
    case '"': g_string_append (out, attribute ? "&quot;" : "\""); break;
    case '\n': g_string_append (out, attribute ? "&#10;" : "\n"); break;
    case '\t': g_string_append (out, attribute ? "&#9;" : "\t"); break;
    default:
      /* XML 1.0 cannot carry other control characters at all, not even as
       * references; a file with one could not be imported anywhere. */
      if (c < 0x20 || c == 0xfffe || c == 0xffff)
        g_string_append (out, REPLACEMENT_CHARACTER);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
}

static void
append_escaped (GString    *out,
                const char *text,
                gboolean    attribute)
{
  g_autofree char *valid = g_utf8_validate (text, -1, NULL) ? NULL : g_utf8_make_valid (text, -1);

  for (const char *p = valid ? valid : text; *p != '\0'; p = g_utf8_next_char (p))
    append_char (out, p, g_utf8_get_char (p), attribute);
}

static void
indent (Writer *w)
{
  for (int i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
}

/* <name a="v" …> or, when @empty, <name …/>.  The attributes are name and
 * value pairs up to a NULL name; a NULL value leaves its attribute out. */
static void
open_element (Writer     *w,
              const char *name,
              gboolean    empty,
              ...)
{
  const char *attribute;
  va_list args;

  indent (w);
  g_string_append_printf (w->out, "<%s", name);
  va_start (args, empty);
  while ((attribute = va_arg (args, const char *)) != NULL)
    {
      const char *value = va_arg (args, const char *);

      if (value == NULL)
        continue;
      g_string_append_printf (w->out, " %s=\"", attribute);
      append_escaped (w->out, value, TRUE);
      g_string_append_c (w->out, '"');
    }
  va_end (args);
  g_string_append (w->out, empty ? "/>\n" : ">\n");
  if (!empty)
    w->depth++;
}

static void
close_element (Writer     *w,
               const char *name)
{
  w->depth--;
  indent (w);
  g_string_append_printf (w->out, "</%s>\n", name);
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Free text is kept exactly, so it sits inside its element unindented;
 * empty text is no element at all. */
static void
text_element (Writer     *w,
              const char *name,
              const char *text)
{
  if (!is_set (text))
    return;
  indent (w);
  g_string_append_printf (w->out, "<%s>", name);
  append_escaped (w->out, text, FALSE);
  g_string_append_printf (w->out, "</%s>\n", name);
}

static const char *
boolean (gboolean value)
{
  return value ? "true" : "false";
}

/* The shortest form that reads back as the same double. */
static char *
format_number (gboolean has_value,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!has_value)
    return NULL;
  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  if (g_ascii_strtod (buffer, NULL) != value)
    g_ascii_formatd (buffer, sizeof buffer, "%.17g", value);
  return g_strdup (buffer);
}

/* --- the parts of the file ------------------------------------------------- */

static void
write_strategy (Writer           *w,
                const HpStrategy *strategy)
{
  g_autofree char *start = g_strdup_printf ("%d", strategy->period_start);
  g_autofree char *end = g_strdup_printf ("%d", strategy->period_end);

  open_element (w, "strategy", FALSE, "period-start", start, "period-end", end,
                "is-example", boolean (strategy->is_example), "created-at", strategy->created_at,
                "changed-at", strategy->changed_at, NULL);
  text_element (w, "municipality", strategy->municipality);
  text_element (w, "title", strategy->title);
  text_element (w, "vision", strategy->vision);
  close_element (w, "strategy");
}

/* Snapshot items have no time of their own (changed_at NULL). */
static void
write_item (Writer       *w,
            HpAssessment *item)
{
  gboolean empty = !is_set (item->note) && !is_set (item->responsible);

  open_element (w, "item", empty, "id", item->item_id,
                "status", hp_assessment_status_to_string (item->status),
                "changed-at", item->changed_at, NULL);
  if (empty)
    return;
  text_element (w, "note", item->note);
  text_element (w, "responsible", item->responsible);
  close_element (w, "item");
}

static void
write_serves (Writer *w,
              GStrv   directions)
{
  for (guint i = 0; directions != NULL && directions[i] != NULL; i++)
    open_element (w, "serves", TRUE, "direction", directions[i], NULL);
}

static void
write_goal (Writer *w,
            HpGoal *goal)
{
  g_autofree char *id = g_strdup_printf ("g%" G_GINT64_FORMAT, goal->id);
  g_autofree char *baseline = format_number (goal->has_baseline, goal->baseline);
  g_autofree char *target = format_number (goal->has_target, goal->target);

  open_element (w, "goal", FALSE, "id", id, "baseline", baseline, "target", target,
                "deadline", goal->deadline, "figure", is_set (goal->figure) ? goal->figure : NULL, NULL);
  text_element (w, "text", goal->text);
  text_element (w, "indicator", goal->indicator);
  write_serves (w, goal->directions);
  close_element (w, "goal");
}

static void
write_action (Writer   *w,
              HpAction *action)
{
  g_autofree char *id = g_strdup_printf ("a%" G_GINT64_FORMAT, action->id);
  g_autofree char *goal = action->goal_id > 0 ? g_strdup_printf ("g%" G_GINT64_FORMAT, action->goal_id)
                                              : NULL;

  open_element (w, "action", FALSE, "id", id, "goal", goal, "start", action->start,
                "deadline", action->deadline, "status", hp_action_status_to_string (action->status), NULL);
  text_element (w, "text", action->text);
  text_element (w, "owner", action->owner);
  write_serves (w, action->directions);
  close_element (w, "action");
}

static void
write_focus_area (Writer     *w,
                  const char *guideline_id)
{
  open_element (w, "focus-area", TRUE, "guideline", guideline_id, NULL);
}

static void
write_snapshot (Writer             *w,
                HpDocumentSnapshot *snapshot)
{
  open_element (w, "snapshot", FALSE, "taken-on", snapshot->snapshot->taken_on,
                "baseline", boolean (snapshot->snapshot->is_baseline), NULL);
  text_element (w, "label", snapshot->snapshot->label);
  for (guint i = 0; i < snapshot->items->len; i++)
    write_item (w, g_ptr_array_index (snapshot->items, i));
  close_element (w, "snapshot");
}

typedef void (*WriteFunc) (Writer *w, gpointer record);

static void
write_list (Writer     *w,
            const char *name,
            GPtrArray  *records,
            WriteFunc   write)
{
  open_element (w, name, records->len == 0, NULL);
  if (records->len == 0)
    return;
  for (guint i = 0; i < records->len; i++)
    write (w, g_ptr_array_index (records, i));
  close_element (w, name);
}

static GBytes *
write_document (HpStrategyDocument *document)
{
  Writer w = { g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), 0 };

  open_element (&w, "hjemplan-strategy", FALSE, "xmlns", HP_STRATEGY_XML_NAMESPACE,
                "format", HP_STRATEGY_XML_FORMAT, NULL);
  open_element (&w, "corpus", TRUE, "edition", document->edition, NULL);
  write_strategy (&w, document->strategy);
  write_list (&w, "assessment", document->assessments, (WriteFunc) write_item);
  write_list (&w, "focus-areas", document->focus_areas, (WriteFunc) write_focus_area);
  write_list (&w, "goals", document->goals, (WriteFunc) write_goal);
  write_list (&w, "actions", document->actions, (WriteFunc) write_action);
  write_list (&w, "snapshots", document->snapshots, (WriteFunc) write_snapshot);
  close_element (&w, "hjemplan-strategy");
  return g_string_free_to_bytes (w.out);
}

/* --- public ---------------------------------------------------------------- */

/* Returns strategy @strategy_id with its assessment, focus areas, goals,
 * actions and snapshots as a strategy file (data/strategy.rng), or NULL
 * with @error set.  The same strategy always gives the same bytes. */
GBytes *
hp_strategy_xml_export_bytes (HpStrategyStore  *store,
                              gint64            strategy_id,
                              GError          **error)
{
  g_autoptr(HpStrategyDocument) document = NULL;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  document = hp_strategy_document_read (store, strategy_id, error);
  return document != NULL ? write_document (document) : NULL;
}

/* Writes hp_strategy_xml_export_bytes() to @path.  The file is replaced
 * atomically: on failure an existing file at @path is left as it was and
 * no half-written file remains. */
gboolean
hp_strategy_xml_export (HpStrategyStore  *store,
                        gint64            strategy_id,
                        const char       *path,
                        GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  bytes = hp_strategy_xml_export_bytes (store, strategy_id, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  file = g_file_new_for_path (path);
  if (!g_file_replace_contents (file, data, size, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL,
                                &local_error))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_FAILED, _("Cannot write “%s”: %s"), path,
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}
