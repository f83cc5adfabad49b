/* hp-strategy-types.c — the records of a strategy, and checking them
 *
 * Every check a user's typing can fail lives here, in the model, so the
 * store refuses bad values whoever calls it, and the editor shows the very
 * same message inline.  Dates are kept as ISO text (sortable, and what the
 * strategy XML will carry); years outside 2000-2100 are refused as typos.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-strategy-types.h"

static const struct {
  const char *key;
  const char *label;
} action_statuses[] = {
  [HP_ACTION_PLANNED]     = { "planned", N_("Planned") },
  [HP_ACTION_IN_PROGRESS] = { "in-progress", N_("In progress") },
  [HP_ACTION_DONE]        = { "done", N_("Done") },
  [HP_ACTION_CANCELLED]   = { "cancelled", N_("Cancelled") },
};

const char *
hp_action_status_to_string (HpActionStatus status)
{
  g_return_val_if_fail (status < HP_N_ACTION_STATUSES, NULL);
  return action_statuses[status].key;
}

HpActionStatus
hp_action_status_from_string (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (action_statuses); i++)
    if (g_strcmp0 (key, action_statuses[i].key) == 0)
      return i;
  return HP_ACTION_PLANNED;
}

const char *
hp_action_status_get_label (HpActionStatus status)
{
  g_return_val_if_fail (status < HP_N_ACTION_STATUSES, NULL);
  return _(action_statuses[status].label);
}

/* --- records -------------------------------------------------------------- */

HpStrategy *
hp_strategy_copy (const HpStrategy *strategy)
{
  HpStrategy *copy = g_memdup2 (strategy, sizeof *strategy);

  copy->municipality = g_strdup (strategy->municipality);
  copy->title = g_strdup (strategy->title);
  copy->vision = g_strdup (strategy->vision);
  copy->created_at = g_strdup (strategy->created_at);
  copy->changed_at = g_strdup (strategy->changed_at);
  return copy;
}

void
hp_strategy_free (HpStrategy *strategy)
{
  if (strategy == NULL)
    return;
  g_free (strategy->municipality);
  g_free (strategy->title);
  g_free (strategy->vision);
  g_free (strategy->created_at);
  g_free (strategy->changed_at);
  g_free (strategy);
}

void
hp_assessment_free (HpAssessment *assessment)
{
  if (assessment == NULL)
    return;
  g_free (assessment->item_id);
  g_free (assessment->note);
  g_free (assessment->responsible);
  g_free (assessment->changed_at);
  g_free (assessment);
}

void
hp_snapshot_free (HpSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;
  g_free (snapshot->label);
  g_free (snapshot->taken_on);
  g_free (snapshot);
}

HpGoal *
hp_goal_copy (const HpGoal *goal)
{
  HpGoal *copy = g_memdup2 (goal, sizeof *goal);

  copy->text = g_strdup (goal->text);
  copy->indicator = g_strdup (goal->indicator);
  copy->deadline = g_strdup (goal->deadline);
  copy->figure = g_strdup (goal->figure);
  copy->directions = g_strdupv (goal->directions);
  return copy;
}

void
hp_goal_free (HpGoal *goal)
{
  if (goal == NULL)
    return;
  g_free (goal->text);
  g_free (goal->indicator);
  g_free (goal->deadline);
  g_free (goal->figure);
  g_strfreev (goal->directions);
  g_free (goal);
}

HpAction *
hp_action_copy (const HpAction *action)
{
  HpAction *copy = g_memdup2 (action, sizeof *action);

  copy->text = g_strdup (action->text);
  copy->owner = g_strdup (action->owner);
  copy->start = g_strdup (action->start);
  copy->deadline = g_strdup (action->deadline);
  copy->directions = g_strdupv (action->directions);
  return copy;
}

void
hp_action_free (HpAction *action)
{
  if (action == NULL)
    return;
  g_free (action->text);
  g_free (action->owner);
  g_free (action->start);
  g_free (action->deadline);
  g_strfreev (action->directions);
  g_free (action);
}

/* --- checks --------------------------------------------------------------- */

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

/* Always FALSE, for `return invalid (…)`. */
static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (HP_ERROR, HP_ERROR_INVALID, format, args);
  va_end (args);
  return FALSE;
}

/* @what names the field in the message, e.g. "The title". */
gboolean
hp_strategy_check_text (const char  *text,
                        const char  *what,
                        gboolean     required,
                        int          max_chars,
                        GError     **error)
{
  g_autofree char *stripped = NULL;

  if (text == NULL)
    text = "";
  if (!g_utf8_validate (text, -1, NULL))
    return invalid (error, _("%s contains text that is not valid UTF-8"), what);
  stripped = g_strstrip (g_strdup (text));
  if (required && *stripped == '\0')
    return invalid (error, _("%s must not be empty"), what);
  if (g_utf8_strlen (text, -1) > max_chars)
    return invalid (error, _("%s is too long (at most %d characters)"), what, max_chars);
  return TRUE;
}

static gboolean
check_year (int          year,
            GError     **error)
{
  if (year < HP_STRATEGY_YEAR_MIN || year > HP_STRATEGY_YEAR_MAX)
    return invalid (error, _("The year %d is outside %d-%d"), year,
                    HP_STRATEGY_YEAR_MIN, HP_STRATEGY_YEAR_MAX);
  return TRUE;
}

/* @iso must be a real calendar date in YYYY-MM-DD form; NULL is no date. */
gboolean
hp_strategy_check_date (const char  *iso,
                        const char  *what,
                        GError     **error)
{
  int y, m, d;
  char rest;

  if (iso == NULL)
    return TRUE;
  if (strlen (iso) != 10 || sscanf (iso, "%4d-%2d-%2d%c", &y, &m, &d, &rest) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return invalid (error, _("%s is not a valid date"), what);
  if (y < HP_STRATEGY_YEAR_MIN || y > HP_STRATEGY_YEAR_MAX)
    return invalid (error, _("%s must be a date between %d and %d"), what,
                    HP_STRATEGY_YEAR_MIN, HP_STRATEGY_YEAR_MAX);
  return TRUE;
}

gboolean
hp_strategy_validate (const HpStrategy  *strategy,
                      GError           **error)
{
  if (!hp_strategy_check_text (strategy->municipality, _("The municipality"), TRUE,
                               HP_STRATEGY_SHORT_MAX_CHARS, error) ||
      !hp_strategy_check_text (strategy->title, _("The title"), TRUE,
                               HP_STRATEGY_SHORT_MAX_CHARS, error) ||
      !hp_strategy_check_text (strategy->vision, _("The vision"), FALSE,
                               HP_STRATEGY_TEXT_MAX_CHARS, error) ||
      !check_year (strategy->period_start, error) || !check_year (strategy->period_end, error))
    return FALSE;
  if (strategy->period_end < strategy->period_start)
    return invalid (error, _("The period ends (%d) before it starts (%d)"),
                    strategy->period_end, strategy->period_start);
  return TRUE;
}

static gboolean
check_number (gboolean     has_value,
              double       value,
              const char  *what,
              GError     **error)
{
  if (has_value && !isfinite (value))
    return invalid (error, _("%s must be a number"), what);
  return TRUE;
}

gboolean
hp_goal_validate (const HpGoal  *goal,
                  GError       **error)
{
  return hp_strategy_check_text (goal->text, _("The goal"), TRUE, HP_STRATEGY_TEXT_MAX_CHARS, error) &&
         hp_strategy_check_text (goal->indicator, _("The indicator"), FALSE,
                                 HP_STRATEGY_SHORT_MAX_CHARS, error) &&
         check_number (goal->has_baseline, goal->baseline, _("The baseline"), error) &&
         check_number (goal->has_target, goal->target, _("The target"), error) &&
         hp_strategy_check_date (goal->deadline, _("The deadline"), error);
}

gboolean
hp_action_validate (const HpAction  *action,
                    GError         **error)
{
  g_autofree char *start = NULL;
  g_autofree char *deadline = NULL;

  if (!hp_strategy_check_text (action->text, _("The action"), TRUE, HP_STRATEGY_TEXT_MAX_CHARS, error) ||
      !hp_strategy_check_text (action->owner, _("The owner"), FALSE, HP_STRATEGY_SHORT_MAX_CHARS, error) ||
      !hp_strategy_check_date (action->start, _("The start"), error) ||
      !hp_strategy_check_date (action->deadline, _("The deadline"), error))
    return FALSE;
  if (action->status >= HP_N_ACTION_STATUSES)
    return invalid (error, _("Unknown action status"));
  if (action->start != NULL && action->deadline != NULL && strcmp (action->deadline, action->start) < 0)
    {
      start = hp_strategy_format_date (action->start);
      deadline = hp_strategy_format_date (action->deadline);
      return invalid (error, _("The deadline (%s) is before the start (%s)"), deadline, start);
    }
  return TRUE;
}

/* --- what people type ------------------------------------------------------ */

/* Accepts 2025-03-01 and the Danish ways of writing it: 1-3-2025, 1.3.2025,
 * 1/3/2025.  Empty text is no date (*@iso NULL). */
gboolean
hp_strategy_parse_date (const char  *text,
                        char       **iso,
                        GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  int a, b, c, n = 0;
  int y, m, d;

  *iso = NULL;
  if (*stripped == '\0')
    return TRUE;
  if (sscanf (stripped, "%4d-%2d-%2d%n", &a, &b, &c, &n) == 3 && stripped[n] == '\0' && n == 10)
    y = a, m = b, d = c;
  else if ((sscanf (stripped, "%2d-%2d-%4d%n", &a, &b, &c, &n) == 3 ||
            sscanf (stripped, "%2d.%2d.%4d%n", &a, &b, &c, &n) == 3 ||
            sscanf (stripped, "%2d/%2d/%4d%n", &a, &b, &c, &n) == 3) && stripped[n] == '\0' && c >= 1000)
    d = a, m = b, y = c;
  else
    return invalid (error, _("“%s” is not a date; write it as 31-12-2026"), stripped);
  if (!g_date_valid_dmy (d, m, y))
    return invalid (error, _("“%s” is not a date in the calendar"), stripped);
  if (y < HP_STRATEGY_YEAR_MIN || y > HP_STRATEGY_YEAR_MAX)
    return invalid (error, _("%d is not a plausible year (%d-%d)"), y,
                    HP_STRATEGY_YEAR_MIN, HP_STRATEGY_YEAR_MAX);
  *iso = g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  return TRUE;
}

/* @iso as midnight UTC on that day, or NULL when it is no date. */
GDateTime *
hp_strategy_date_from_iso (const char *iso)
{
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return NULL;
  return g_date_time_new_utc (y, m, d, 0, 0, 0);
}

static char *
format_iso_date (const char *iso,
                 const char *format)
{
  g_autoptr(GDateTime) date = hp_strategy_date_from_iso (iso);

  if (date == NULL)
    return g_strdup (iso == NULL ? "" : iso);
  return g_date_time_format (date, format);
}

/* "1 March 2025" / "1. marts 2025", by the translation of the format. */
char *
hp_strategy_format_date (const char *iso)
{
  /* TRANSLATORS: a date as in "1 March 2025"; see strftime(3) */
  return format_iso_date (iso, _("%-d %B %Y"));
}

/* "2025-03-01" / "01-03-2025": the numeric form a spreadsheet recognises as
 * a date under the locale, and that hp_strategy_parse_date reads back. */
char *
hp_strategy_format_date_numeric (const char *iso)
{
  /* TRANSLATORS: a date spreadsheets read as one, as in "2025-03-01" (Danish "%d-%m-%Y"); see strftime(3) */
  return format_iso_date (iso, _("%Y-%m-%d"));
}

gboolean
hp_strategy_parse_year (const char  *text,
                        int         *year,
                        GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint64 value;

  if (!g_ascii_string_to_unsigned (stripped, 10, 0, 9999, &value, NULL))
    return invalid (error, _("“%s” is not a year"), stripped);
  *year = (int) value;
  return check_year (*year, error);
}

/* Removes thousands dots ("1.250" → "1250") only where they group digits in
 * threes, so "3.5" stays a decimal point. */
static gboolean
strip_thousands (GString    *digits,
                 const char *text)
{
  const char *dot = strchr (text, '.');
  gboolean grouped = dot != NULL;

  for (const char *p = dot; p != NULL; p = strchr (p + 1, '.'))
    if (strspn (p + 1, "0123456789") != 3)
      grouped = FALSE;
  for (const char *p = text; *p; p++)
    if (!(grouped && *p == '.'))
      g_string_append_c (digits, *p == ',' ? '.' : *p);
  return grouped;
}

/* A number as a Danish spreadsheet or a person writes it: "1.250", "3,5",
 * "-2"; "1250" and "3.5" too.  Empty text is no value. */
gboolean
hp_strategy_parse_number (const char  *text,
                          gboolean    *has_value,
                          double      *value,
                          GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autoptr(GString) plain = g_string_new (NULL);
  char *end = NULL;
  double parsed;

  *has_value = FALSE;
  if (*stripped == '\0')
    return TRUE;
  if (strchr (stripped, ',') != NULL)
    {
      g_autofree char *no_dots = g_strdup (stripped);
      char *out = no_dots;

      for (const char *p = stripped; *p; p++)
        if (*p != '.')
          *out++ = *p == ',' ? '.' : *p;
      *out = '\0';
      g_string_assign (plain, no_dots);
    }
  else
    strip_thousands (plain, stripped);
  if (strspn (plain->str, "+-0123456789.") != plain->len)
    return invalid (error, _("“%s” is not a number; write for example 1.250 or 3,5"), stripped);
  parsed = g_ascii_strtod (plain->str, &end);
  if (end == plain->str || *end != '\0' || !isfinite (parsed) || fabs (parsed) > 1e12)
    return invalid (error, _("“%s” is not a number; write for example 1.250 or 3,5"), stripped);
  *has_value = TRUE;
  *value = parsed;
  return TRUE;
}

/* With the locale's decimal separator, as hp_strategy_parse_number reads it. */
char *
hp_strategy_format_number (double value)
{
  return g_strdup_printf ("%.10g", value);
}

char *
hp_strategy_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}
