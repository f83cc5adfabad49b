/* hp-strategy-ical.c — a strategy's action deadlines as an iCalendar file
 *
 * RFC 5545: one VTODO per action that has a start or a deadline (an
 * action with neither has no place in a calendar; it is skipped and
 * counted, so the caller can say so).  Dates are all-day (VALUE=DATE), as
 * the plan keeps them.
 *
 * The deadline is the last day the action may be done on.  RFC 5545
 * §3.8.2.3 defines DUE as the moment *before which* the to-do is to be
 * completed, and a DATE value as a moment is the start of that day (the
 * RFC's own example: a tax return due by 30 April has DUE:…0501).  So DUE
 * is the day after the deadline, which also keeps DUE later than DTSTART,
 * as §3.8.2.3 requires, when an action starts and ends on the same day.
 * Clients that show DUE as it is would show that next day, so the
 * description states the deadline in words as well.
 *
 * UIDs are stable across exports — the strategy's creation time and id and
 * the action's id — so importing a newer export updates the to-dos
 * instead of doubling them.  TEXT values are escaped (§3.3.11), lines end
 * in CRLF and are folded at 75 octets between UTF-8 characters (§3.1).
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "hp-action-export.h"
#include "hp-error.h"
#include "hp-strategy-ical.h"

#define FOLD_OCTETS 75

static const char * const todo_statuses[] = {
  [HP_ACTION_PLANNED]     = "NEEDS-ACTION",
  [HP_ACTION_IN_PROGRESS] = "IN-PROCESS",
  [HP_ACTION_DONE]        = "COMPLETED",
  [HP_ACTION_CANCELLED]   = "CANCELLED",
};

/* --- content lines --------------------------------------------------------- */

/* Appends @line with CRLF, folded so no line exceeds 75 octets; a fold
 * never falls inside a UTF-8 character (§3.1). */
static void
append_line (GString    *out,
             const char *line)
{
  gsize octets = 0;

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize width = g_utf8_next_char (p) - p;

      if (octets + width > FOLD_OCTETS)
        {
          g_string_append (out, "\r\n ");
          octets = 1;
        }
      g_string_append_len (out, p, width);
      octets += width;
    }
  g_string_append (out, "\r\n");
}

/* TEXT (§3.3.11): backslash, semicolon, comma and line breaks escaped;
 * other control characters are not allowed in TEXT and are dropped. */
static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == '\\' || *p == ';' || *p == ',')
        g_string_append_c (out, '\\');
      if (*p == '\n' || (*p == '\r' && p[1] != '\n'))
        g_string_append (out, "\\n");
      else if (*p == '\t' || ((guchar) *p >= 0x20 && *p != 0x7f))
        g_string_append_c (out, *p);
    }
}

static void
append_text (GString    *out,
             const char *name,
             const char *text)
{
  g_autoptr(GString) line = g_string_new (name);

  g_string_append_c (line, ':');
  append_escaped (line, text);
  append_line (out, line->str);
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);

  append_line (out, line);
}

/* "2026-06-30" as a DATE value "20260630", @days later. */
static void
append_date (GString    *out,
             const char *name,
             const char *iso,
             int         days)
{
  g_autoptr(GDateTime) date = hp_strategy_date_from_iso (iso);
  g_autoptr(GDateTime) later = NULL;
  g_autofree char *value = NULL;

  if (date == NULL)
    return;
  later = g_date_time_add_days (date, days);
  value = g_date_time_format (later, "%Y%m%d");
  append_property (out, name, value);
}

/* --- one to-do ------------------------------------------------------------- */

static char *
todo_uid (const HpStrategy *strategy,
          const HpAction   *action)
{
  g_autoptr(GString) created = g_string_new (NULL);

  for (const char *p = strategy->created_at != NULL ? strategy->created_at : ""; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (created, *p);
  return g_strdup_printf ("strategy-%s-%" G_GINT64_FORMAT "-action-%" G_GINT64_FORMAT "@"
                          HP_STRATEGY_ICAL_UID_DOMAIN, created->str, strategy->id, action->id);
}

static void
describe_line (GString    *description,
               const char *format,
               const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  if (description->len > 0)
    g_string_append_c (description, '\n');
  g_string_append_printf (description, format, value);
}

static char *
describe (HpActionExport *export,
          const HpAction *action)
{
  GString *description = g_string_new (NULL);
  g_autofree char *start = hp_strategy_format_date (action->start);
  g_autofree char *deadline = hp_strategy_format_date (action->deadline);
  g_autofree char *directions = hp_direction_refs_format (export->refs,
                                                          (const char * const *) action->directions);
  g_autofree char *strategy = g_strdup_printf ("%s (%s)", export->strategy->title,
                                               export->strategy->municipality);

  describe_line (description, _("Goal: %s"), hp_action_export_goal_text (export, action));
  describe_line (description, _("Owner: %s"), action->owner);
  describe_line (description, _("Start: %s"), start);
  describe_line (description, _("Deadline: %s"), deadline);
  describe_line (description, _("Directions: %s"), directions);
  describe_line (description, _("Strategy: %s"), strategy);
  return g_string_free (description, FALSE);
}

/* The titles of the guidelines @action serves, each once, comma-separated. */
static void
append_categories (GString        *out,
                   HpActionExport *export,
                   const HpAction *action)
{
  g_autoptr(GString) line = g_string_new ("CATEGORIES:");
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint i = 0; action->directions != NULL && action->directions[i] != NULL; i++)
    {
      HpDirectionPlace *place = hp_direction_refs_lookup (export->refs, action->directions[i], NULL);

      if (place == NULL || g_ptr_array_find (seen, place->guideline, NULL))
        continue;
      if (seen->len > 0)
        g_string_append_c (line, ',');
      append_escaped (line, hp_corpus_item_get_title (place->guideline));
      g_ptr_array_add (seen, place->guideline);
    }
  if (seen->len > 0)
    append_line (out, line->str);
}

static void
append_todo (GString        *out,
             HpActionExport *export,
             const HpAction *action,
             const char     *stamp)
{
  g_autofree char *uid = todo_uid (export->strategy, action);
  g_autofree char *description = describe (export, action);

  append_property (out, "BEGIN", "VTODO");
  append_text (out, "UID", uid);
  append_property (out, "DTSTAMP", stamp);
  append_date (out, "DTSTART;VALUE=DATE", action->start, 0);
  append_date (out, "DUE;VALUE=DATE", action->deadline, 1);
  append_text (out, "SUMMARY", action->text);
  append_text (out, "DESCRIPTION", description);
  append_property (out, "STATUS", todo_statuses[action->status]);
  if (action->status == HP_ACTION_DONE)
    append_property (out, "PERCENT-COMPLETE", "100");
  append_categories (out, export, action);
  append_property (out, "END", "VTODO");
}

/* --- the calendar ---------------------------------------------------------- */

/* The calendar of strategy @strategy_id's actions, with DTSTAMP @stamp (any
 * time zone; written in UTC).  @n_skipped (may be NULL) is set to the
 * number of actions left out for having no dates.  An unknown strategy,
 * and a strategy without a dated action (RFC 5545 wants at least one
 * component), are HP_ERROR_NOT_FOUND. */
GBytes *
hp_strategy_ical_build (HpStrategyStore  *store,
                        gint64            strategy_id,
                        GDateTime        *stamp,
                        guint            *n_skipped,
                        GError          **error)
{
  g_autoptr(HpActionExport) export = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *dtstamp = NULL;
  g_autoptr(GString) out = NULL;
  guint skipped = 0;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (store), NULL);
  g_return_val_if_fail (stamp != NULL, NULL);

  if (n_skipped != NULL)
    *n_skipped = 0;
  export = hp_action_export_load (store, strategy_id, error);
  if (export == NULL)
    return NULL;
  utc = g_date_time_to_utc (stamp);
  dtstamp = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
  out = g_string_new (NULL);
  append_property (out, "BEGIN", "VCALENDAR");
  append_property (out, "VERSION", "2.0");
  append_property (out, "PRODID", "-//Hjemplan//Hjemplan//DA");
  append_property (out, "CALSCALE", "GREGORIAN");
  append_text (out, "X-WR-CALNAME", export->strategy->title);
  for (guint i = 0; i < export->actions->len; i++)
    {
      HpAction *action = export->actions->pdata[i];

      if (action->start == NULL && action->deadline == NULL)
        skipped++;
      else
        append_todo (out, export, action, dtstamp);
    }
  append_property (out, "END", "VCALENDAR");
  if (n_skipped != NULL)
    *n_skipped = skipped;
  if (skipped == export->actions->len)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_NOT_FOUND,
                   _("No action in “%s” has a start or a deadline, so there is nothing to put in a calendar"),
                   export->strategy->title);
      return NULL;
    }
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

static gboolean
write_stdout (GBytes  *bytes,
              GError **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (fwrite (data, 1, size, stdout) == size && fflush (stdout) == 0 && !ferror (stdout))
    return TRUE;
  g_set_error (error, HP_ERROR, HP_ERROR_FAILED, _("Cannot write to standard output: %s"),
               g_strerror (errno));
  return FALSE;
}

/* Writes the calendar to @path ("-": standard output), whole or not at all:
 * a failed write leaves no file and an older one at @path intact.  @stamp
 * NULL is now. */
gboolean
hp_strategy_ical_export (HpStrategyStore  *store,
                         gint64            strategy_id,
                         GDateTime        *stamp,
                         const char       *path,
                         guint            *n_skipped,
                         GError          **error)
{
  g_autoptr(GDateTime) now = stamp == NULL ? g_date_time_new_now_utc () : g_date_time_ref (stamp);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (path != NULL, FALSE);

  bytes = hp_strategy_ical_build (store, strategy_id, now, n_skipped, error);
  if (bytes == NULL)
    return FALSE;
  if (g_str_equal (path, "-"))
    return write_stdout (bytes, error);
  data = g_bytes_get_data (bytes, &size);
  if (!g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0644, &local))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_FAILED, _("Cannot write “%s”: %s"), path, local->message);
      return FALSE;
    }
  return TRUE;
}
