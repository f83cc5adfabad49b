/* test-strategy-exports.c — a strategy's actions as CSV and as iCalendar
 *
 * The exports are compared byte for byte with the golden files in
 * fixtures/strategy-exports/, under the C locale and under da_DK.UTF-8.
 * After a deliberate change of the output, regenerate them with
 *
 *   HP_UPDATE_GOLDEN=1 meson test -C build test-strategy-exports
 *
 * and review the diff before committing it.  The calendar is also checked
 * against the rules of RFC 5545 that a golden file cannot show were meant.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <csv.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "hp-direction-refs.h"
#include "hp-error.h"
#include "hp-strategy-actions-csv.h"
#include "hp-strategy-edit.h"
#include "hp-strategy-example.h"
#include "hp-strategy-ical.h"
#include "hp-strategy-plan.h"
#include "hp-test-util.h"

#define G_HOUSING "planlaegning-af-boligindsatsen"
#define G_TRANSIT "forebyggelse-af-hjemloeshed-i-risikofyldte-overgange"
#define D_HOUSING_A1 G_HOUSING ".a1"
#define D_HOUSING_A3 G_HOUSING ".a3"
#define S_HOUSING_A3_2 G_HOUSING ".a3.2"
#define D_TRANSIT_A1 G_TRANSIT ".a1"
#define D_TRANSIT_A2 G_TRANSIT ".a2"
#define D_RETAIN_A2 "boligfastholdelse.a2"

#define CREATED_AT "2026-01-05T09:30:00Z"
#define STAMP "2026-03-02T09:30:00+01:00"

/* Quote, semicolon, comma, newline and Danish letters, as people write. */
#define TEXT_QUOTED "Forhandle en \"udvidet\" anvisningsaftale med boligorganisationerne; op til 33 %, også i Søby\n" \
                    "Derefter: opfølgning hvert kvartal"
/* 200 characters: the SUMMARY line is folded twice, once where "å" would
 * straddle the 75th octet. */
#define TEXT_LONG "Udarbejde en plan for boligsociale indsatser i alle tre bydele, så hver borger i hjemløshed " \
                  "får tilbudt en egen bolig, støtte efter behov og en fast kontaktperson; planen følges op af " \
                  "byrådet hvert år"
#define TEXT_BACKSLASH "Opfølgning på udsættelser (C:\\sager\\udsættelser), inden for 5 hverdage"
#define N_ACTIONS 5
#define N_UNDATED 1

typedef struct {
  HpDatabase      *db;
  HpCorpus        *corpus;
  HpUndoStack     *undo;
  HpStrategyStore *store;
  gint64           strategy;
  GDateTime       *stamp;
  char            *dir;
} Fixture;

static gint64
add_goal (Fixture            *fixture,
          const char         *text,
          const char * const *directions)
{
  g_autoptr(GError) error = NULL;
  HpGoal goal = { .text = (char *) text, .indicator = "", .directions = (GStrv) directions };
  gint64 id = hp_strategy_plan_add_goal (fixture->store, fixture->strategy, &goal, &error);

  g_assert_no_error (error);
  return id;
}

static void
add_action (Fixture            *fixture,
            gint64              goal_id,
            const char         *text,
            const char         *owner,
            const char         *start,
            const char         *deadline,
            HpActionStatus      status,
            const char * const *directions)
{
  g_autoptr(GError) error = NULL;
  HpAction action = { .goal_id = goal_id, .text = (char *) text, .owner = (char *) owner,
                      .start = (char *) start, .deadline = (char *) deadline, .status = status,
                      .directions = (GStrv) directions };

  g_assert_cmpint (hp_strategy_plan_add_action (fixture->store, fixture->strategy, &action, &error), >, 0);
  g_assert_no_error (error);
}

static gint64
new_strategy (Fixture    *fixture,
              const char *title)
{
  g_autoptr(GError) error = NULL;
  HpStrategy fields = { .municipality = "Ærø Kommune", .title = (char *) title,
                        .period_start = 2026, .period_end = 2029, .vision = "" };
  gint64 id = hp_strategy_store_create_strategy (fixture->store, &fields, &error);

  g_assert_no_error (error);
  /* The UIDs derive from the creation time: fixed, for the golden files. */
  g_assert_true (hp_strategy_exec (fixture->db, "UPDATE strategy SET created_at = ?2 WHERE id = ?1",
                                   &error, "it", id, CREATED_AT));
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char * const housing[] = { D_HOUSING_A1, NULL };
  const char * const transit[] = { D_TRANSIT_A1, NULL };
  const char * const many[] = { D_HOUSING_A3, D_TRANSIT_A2, S_HOUSING_A3_2, D_HOUSING_A1, NULL };
  const char * const retain[] = { D_RETAIN_A2, NULL };
  gint64 fewer, street;
  g_autoptr(GError) error = NULL;

  fixture->db = hp_test_open_corpus_db ();
  fixture->corpus = hp_corpus_new (fixture->db);
  fixture->undo = hp_undo_stack_new ();
  fixture->store = hp_strategy_store_new (fixture->corpus, fixture->undo);
  fixture->stamp = g_date_time_new_from_iso8601 (STAMP, NULL);
  fixture->dir = g_dir_make_tmp ("hjemplan-exports-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->strategy = new_strategy (fixture, "Hjemløsestrategi 2026-2029: \"Et hjem til alle\"; "
                                             "Ærøskøbing, Marstal og Søby");
  fewer = add_goal (fixture, "Færre borgere i hjemløshed, især unge; fra 40 til under 20", housing);
  street = add_goal (fixture, "Ingen udskrives til gaden\nheller ikke fra psykiatrien", transit);
  add_action (fixture, fewer, TEXT_QUOTED, "Social- og Sundhedsforvaltningen", "2026-02-01", "2026-06-30",
              HP_ACTION_IN_PROGRESS, many);
  add_action (fixture, street, TEXT_LONG, "Myndighedsafdelingen", "2026-03-15", "2026-03-15",
              HP_ACTION_DONE, transit);
  add_action (fixture, 0, TEXT_BACKSLASH, "", NULL, "2026-09-30", HP_ACTION_CANCELLED, NULL);
  add_action (fixture, fewer, "Kortlægge boligmassen", "Boligsocialt team", NULL, NULL, HP_ACTION_PLANNED, NULL);
  add_action (fixture, 0, "Etablere 20 skæve boliger", "Teknik og Miljø", "2026-04-01", NULL,
              HP_ACTION_PLANNED, retain);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_date_time_unref (fixture->stamp);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->undo);
  g_clear_object (&fixture->corpus);
  g_clear_object (&fixture->db);
}

static char *
tmp_path (Fixture    *fixture,
          const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (listing);
  while (g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

static void
assert_golden (const char *name,
               const char *data,
               gsize       size)
{
  g_autofree char *relative = g_build_filename ("strategy-exports", name, NULL);
  g_autofree char *path = hp_test_fixture (relative);
  g_autofree char *actual = g_strndup (data, size);
  g_autofree char *expected = NULL;
  gsize expected_size;

  if (g_strcmp0 (g_getenv ("HP_UPDATE_GOLDEN"), "1") == 0)
    {
      g_autoptr(GError) error = NULL;

      g_file_set_contents (path, data, size, &error);
      g_assert_no_error (error);
      g_test_message ("updated %s", path);
    }
  expected = hp_test_read_file (path, &expected_size);
  g_assert_cmpstr (actual, ==, expected);
  g_assert_cmpuint (size, ==, expected_size);
}

static void
assert_file_golden (const char *path,
                    const char *golden)
{
  gsize size;
  g_autofree char *data = hp_test_read_file (path, &size);

  assert_golden (golden, data, size);
}

static GBytes *
build_ical (Fixture *fixture,
            guint   *n_skipped)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = hp_strategy_ical_build (fixture->store, fixture->strategy, fixture->stamp, n_skipped, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* --- direction numbers and dates ------------------------------------------ */

static void
test_direction_refs (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HpDirectionRefs) refs = hp_direction_refs_new (fixture->corpus);
  const char * const ids[] = { D_TRANSIT_A2, D_HOUSING_A1, D_HOUSING_A3, S_HOUSING_A3_2, "gone.a9", NULL };
  g_autofree char *text = hp_direction_refs_format (refs, ids);
  const char *number = NULL;
  HpDirectionPlace *place;

  place = hp_direction_refs_lookup (refs, D_HOUSING_A3, &number);
  g_assert_cmpstr (number, ==, "12.3");
  g_assert_cmpstr (hp_corpus_item_get_id (place->guideline), ==, G_HOUSING);
  place = hp_direction_refs_lookup (refs, S_HOUSING_A3_2, &number);
  g_assert_cmpstr (number, ==, "12.3.2");
  g_assert_cmpstr (hp_corpus_item_get_id (place->direction), ==, D_HOUSING_A3);
  g_assert_null (hp_direction_refs_lookup (refs, "gone.a9", &number));
  g_assert_null (number);
  g_assert_cmpstr (text, ==, "4.2 Retningslinje for forebyggelse af hjemløshed i risikofyldte overgange; "
                             "12.1, 12.3, 12.3.2 Retningslinje for planlægning af boligindsatsen; gone.a9");
}

static void
test_numeric_dates (void)
{
  g_autofree char *date = hp_strategy_format_date_numeric ("2026-02-01");
  g_autofree char *none = hp_strategy_format_date_numeric (NULL);

  g_assert_cmpstr (date, ==, "2026-02-01");
  g_assert_cmpstr (none, ==, "");
}

/* --- CSV ------------------------------------------------------------------ */

typedef struct {
  GPtrArray    *rows;
  GStrvBuilder *row;
} Cells;

static void
on_field (void   *data,
          size_t  size,
          void   *user_data)
{
  Cells *cells = user_data;

  g_strv_builder_add (cells->row, data);
}

static void
on_record (int   end,
           void *user_data)
{
  Cells *cells = user_data;

  g_ptr_array_add (cells->rows, g_strv_builder_end (cells->row));
  g_strv_builder_unref (cells->row);
  cells->row = g_strv_builder_new ();
}

/* With libcsv itself rather than hp-csv-reader, which refuses a quoted
 * value over several lines in an import; spreadsheets read them. */
static GPtrArray *
read_csv (const char *path)
{
  gsize size;
  g_autofree char *data = hp_test_read_file (path, &size);
  Cells cells = { g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev), g_strv_builder_new () };
  struct csv_parser parser;

  g_assert_true (g_str_has_prefix (data, "\xef\xbb\xbf"));
  g_assert_cmpint (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL), ==, 0);
  csv_set_delim (&parser, ';');
  g_assert_cmpuint (csv_parse (&parser, data + 3, size - 3, on_field, on_record, &cells), ==, size - 3);
  g_assert_cmpint (csv_fini (&parser, on_field, on_record, &cells), ==, 0);
  csv_free (&parser);
  g_strv_builder_unref (cells.row);
  return cells.rows;
}

static void
assert_row (GPtrArray          *rows,
            guint               index,
            const char * const *expected)
{
  GStrv row = g_ptr_array_index (rows, index);

  g_assert_cmpstrv (row, expected);
}

static GPtrArray *
export_csv (Fixture    *fixture,
            const char *golden)
{
  g_autofree char *path = tmp_path (fixture, "handlinger.csv");
  g_autoptr(GError) error = NULL;
  GPtrArray *rows;

  g_assert_true (hp_strategy_actions_csv_export (fixture->store, fixture->strategy, path, &error));
  g_assert_no_error (error);
  assert_file_golden (path, golden);
  rows = read_csv (path);
  g_assert_cmpuint (rows->len, ==, 1 + N_ACTIONS);
  g_unlink (path);
  return rows;
}

/* The cells read back are the texts as stored, quotes and newlines too. */
static void
test_csv_c (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = export_csv (fixture, "actions.C.csv.expected");
  const char * const header[] = { "Action", "Goal", "Owner", "Start", "Deadline", "Status", "Directions",
                                  "Direction ids", NULL };
  const char * const first[] = {
    TEXT_QUOTED, "Færre borgere i hjemløshed, især unge; fra 40 til under 20",
    "Social- og Sundhedsforvaltningen", "2026-02-01", "2026-06-30", "In progress",
    "4.2 Retningslinje for forebyggelse af hjemløshed i risikofyldte overgange; "
    "12.1, 12.3, 12.3.2 Retningslinje for planlægning af boligindsatsen",
    D_TRANSIT_A2 ", " D_HOUSING_A1 ", " D_HOUSING_A3 ", " S_HOUSING_A3_2, NULL };
  const char * const undated[] = { "Kortlægge boligmassen", "Færre borgere i hjemløshed, især unge; fra 40 til under 20",
                                   "Boligsocialt team", "", "", "Planned", "", "", NULL };
  const char * const no_goal[] = { TEXT_BACKSLASH, "", "", "", "2026-09-30", "Cancelled", "", "", NULL };

  assert_row (rows, 0, header);
  assert_row (rows, 1, first);
  assert_row (rows, 3, no_goal);
  assert_row (rows, 4, undated);
  g_assert_cmpstr (((GStrv) rows->pdata[2])[0], ==, TEXT_LONG);
  g_assert_cmpstr (((GStrv) rows->pdata[2])[5], ==, "Done");
}

/* --- iCalendar ------------------------------------------------------------ */

static void
test_ical_golden (Fixture       *fixture,
                  gconstpointer  data)
{
  guint n_skipped = 0;
  g_autoptr(GBytes) bytes = build_ical (fixture, &n_skipped);
  g_autofree char *path = tmp_path (fixture, "frister.ics");
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data_bytes = g_bytes_get_data (bytes, &size);

  g_assert_cmpuint (n_skipped, ==, N_UNDATED);
  assert_golden ("actions.C.ics.expected", data_bytes, size);
  n_skipped = 0;
  g_assert_true (hp_strategy_ical_export (fixture->store, fixture->strategy, fixture->stamp, path, &n_skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_skipped, ==, N_UNDATED);
  assert_file_golden (path, "actions.C.ics.expected");
  g_unlink (path);
}

/* Undoes §3.1 folding: CRLF followed by one space or tab goes. */
static char *
unfold (const char *data,
        gsize       size)
{
  GString *out = g_string_sized_new (size);

  for (gsize i = 0; i < size; i++)
    {
      if (i + 2 < size && data[i] == '\r' && data[i + 1] == '\n' && (data[i + 2] == ' ' || data[i + 2] == '\t'))
        i += 2;
      else
        g_string_append_c (out, data[i]);
    }
  return g_string_free (out, FALSE);
}

/* The TEXT value of a content line, unescaped (§3.3.11). */
static char *
unescape (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          g_string_append_c (out, *p == 'n' || *p == 'N' ? '\n' : *p);
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* Physical lines: each ends in CRLF, is at most 75 octets and valid UTF-8
 * on its own (so no fold split a character).  Returns the number of
 * folds; @n_early counts those made before a character that would not fit. */
static guint
check_physical_lines (const char *data,
                      gsize       size,
                      guint      *n_early)
{
  gsize start = 0;
  guint n_folds = 0;

  *n_early = 0;
  g_assert_cmpuint (size, >, 2);
  g_assert_true (data[size - 2] == '\r' && data[size - 1] == '\n');
  while (start < size)
    {
      const char *lf = memchr (data + start, '\n', size - start);
      gsize length;

      g_assert_nonnull (lf);
      length = lf - (data + start);
      g_assert_cmpuint (length, >=, 1);
      g_assert_cmpint (data[start + length - 1], ==, '\r');
      g_assert_null (memchr (data + start, '\r', length - 1));
      g_assert_cmpuint (length - 1, <=, 75);
      g_assert_true (g_utf8_validate_len (data + start, length - 1, NULL));
      n_folds += data[start] == ' ';
      start += length + 1;
      if (start + 1 < size && data[start] == ' ' && (guchar) data[start + 1] >= 0x80)
        *n_early += length - 1 < 75;
    }
  return n_folds;
}

typedef struct {
  guint      n_todos;
  guint      n_folds;
  guint      n_early_folds;
  char      *start;
  char      *due;
  GPtrArray *uids;
  GPtrArray *summaries;      /* unescaped */
} Calendar;

static void
calendar_clear (Calendar *calendar)
{
  g_ptr_array_unref (calendar->uids);
  g_ptr_array_unref (calendar->summaries);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Calendar, calendar_clear)

static void
check_dates (Calendar *calendar)
{
  /* Both DATE values: DUE strictly later (§3.8.2.3), as text they sort. */
  if (calendar->start != NULL && calendar->due != NULL)
    g_assert_cmpstr (calendar->due, >, calendar->start);
  g_clear_pointer (&calendar->start, g_free);
  g_clear_pointer (&calendar->due, g_free);
}

static void
check_end (Calendar   *calendar,
           GPtrArray  *open,
           const char *line)
{
  g_assert_cmpuint (open->len, >, 0);
  g_assert_cmpstr (g_ptr_array_index (open, open->len - 1), ==, line + 4);
  g_ptr_array_remove_index (open, open->len - 1);
  if (g_str_equal (line, "END:VTODO"))
    {
      check_dates (calendar);
      calendar->n_todos++;
    }
}

/* Content lines: components balanced, VCALENDAR outermost, every VTODO
 * with consistent dates, DTSTAMP in UTC. */
static void
check_content_lines (GStrv     lines,
                     Calendar *calendar)
{
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (g_free);
  guint i;

  g_assert_cmpstr (lines[0], ==, "BEGIN:VCALENDAR");
  for (i = 0; lines[i + 1] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "BEGIN:"))
        g_ptr_array_add (open, g_strdup (line + 6));
      else if (g_str_has_prefix (line, "END:"))
        check_end (calendar, open, line);
      else if (g_str_has_prefix (line, "UID:"))
        g_ptr_array_add (calendar->uids, g_strdup (line + 4));
      else if (g_str_has_prefix (line, "SUMMARY:"))
        g_ptr_array_add (calendar->summaries, unescape (line + 8));
      else if (g_str_has_prefix (line, "DTSTART;VALUE=DATE:"))
        calendar->start = g_strdup (line + 19);
      else if (g_str_has_prefix (line, "DUE;VALUE=DATE:"))
        calendar->due = g_strdup (line + 15);
      else if (g_str_has_prefix (line, "DTSTAMP:"))
        g_assert_cmpstr (line, ==, "DTSTAMP:20260302T083000Z");
      g_assert_true (open->len > 0 || lines[i + 2] == NULL);
    }
  g_assert_cmpstr (lines[i], ==, "");
  g_assert_cmpuint (open->len, ==, 0);
}

/* Every rule for any calendar the export makes; the UIDs unique. */
static void
check_calendar (GBytes   *bytes,
                Calendar *calendar)
{
  gsize size;
  const char *ics = g_bytes_get_data (bytes, &size);
  g_autofree char *unfolded = unfold (ics, size);
  g_auto(GStrv) lines = g_strsplit (unfolded, "\r\n", -1);

  calendar->uids = g_ptr_array_new_with_free_func (g_free);
  calendar->summaries = g_ptr_array_new_with_free_func (g_free);
  calendar->n_folds = check_physical_lines (ics, size, &calendar->n_early_folds);
  g_assert_true (g_utf8_validate (unfolded, -1, NULL));
  check_content_lines (lines, calendar);
  g_assert_cmpuint (calendar->uids->len, ==, calendar->n_todos);
  for (guint i = 0; i < calendar->uids->len; i++)
    {
      g_assert_true (g_str_has_suffix (calendar->uids->pdata[i], "@" HP_STRATEGY_ICAL_UID_DOMAIN));
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (calendar->uids->pdata[i], !=, calendar->uids->pdata[j]);
    }
}

static void
test_ical_properties (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GBytes) bytes = build_ical (fixture, NULL);
  g_auto(Calendar) calendar = { 0 };
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  check_calendar (bytes, &calendar);
  g_assert_cmpuint (calendar.n_todos, ==, N_ACTIONS - N_UNDATED);
  g_assert_cmpuint (calendar.n_folds, >=, 2);
  g_assert_cmpuint (calendar.n_early_folds, >=, 1);
  /* Escaping loses nothing: quote, semicolon, comma, newline, backslash. */
  g_assert_cmpstr (calendar.summaries->pdata[0], ==, TEXT_QUOTED);
  g_assert_cmpstr (calendar.summaries->pdata[1], ==, TEXT_LONG);
  g_assert_cmpstr (calendar.summaries->pdata[2], ==, TEXT_BACKSLASH);
  /* An action starting and due the same day is due before the next. */
  g_assert_nonnull (strstr (text, "DTSTART;VALUE=DATE:20260315\r\nDUE;VALUE=DATE:20260316\r\n"));
}

/* The example municipality's strategy: every action is dated. */
static void
test_example (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = hp_strategy_example_create (fixture->store, &error);
  guint n_skipped = 99;
  g_autoptr(GBytes) bytes = NULL;
  g_auto(Calendar) calendar = { 0 };
  g_autofree char *path = tmp_path (fixture, "eksempel.csv");
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_no_error (error);
  bytes = hp_strategy_ical_build (fixture->store, id, fixture->stamp, &n_skipped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_skipped, ==, 0);
  check_calendar (bytes, &calendar);
  g_assert_cmpuint (calendar.n_todos, ==, 6);
  g_assert_true (hp_strategy_actions_csv_export (fixture->store, id, path, &error));
  g_assert_no_error (error);
  rows = read_csv (path);
  g_unlink (path);
  g_assert_cmpuint (rows->len, ==, 1 + 6);
  g_assert_cmpstr (((GStrv) rows->pdata[1])[4], ==, "2025-06-30");
  g_assert_cmpstr (((GStrv) rows->pdata[1])[7], ==, "planlaegning-af-boligindsatsen.a1");
}

/* Another export, later: only DTSTAMP differs, so UIDs stay the same and a
 * calendar updates its to-dos rather than doubling them. */
static void
test_ical_stable (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GBytes) first = build_ical (fixture, NULL);
  g_autoptr(GDateTime) later = g_date_time_new_utc (2027, 11, 30, 23, 59, 59);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) second = hp_strategy_ical_build (fixture->store, fixture->strategy, later, NULL, &error);
  g_autofree char *a = g_strndup (g_bytes_get_data (first, NULL), g_bytes_get_size (first));
  g_autofree char *b = NULL;
  char *found;

  g_assert_no_error (error);
  b = g_strndup (g_bytes_get_data (second, NULL), g_bytes_get_size (second));
  while ((found = strstr (a, "DTSTAMP:20260302T083000Z")) != NULL)
    memcpy (found, "DTSTAMP:20271130T235959Z", 24);
  g_assert_cmpstr (a, ==, b);
}

static void
test_ical_nothing_dated (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path (fixture, "frister.ics");
  guint n_skipped = 0;

  fixture->strategy = new_strategy (fixture, "Uden datoer");
  add_action (fixture, 0, "Tænke over det", "", NULL, NULL, HP_ACTION_PLANNED, NULL);
  g_assert_null (hp_strategy_ical_build (fixture->store, fixture->strategy, fixture->stamp, &n_skipped, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_NOT_FOUND);
  g_assert_cmpuint (n_skipped, ==, 1);
  g_clear_error (&error);
  g_assert_false (hp_strategy_ical_export (fixture->store, fixture->strategy, fixture->stamp, path, NULL, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_NOT_FOUND);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 0);
}

/* --- under a Danish locale ------------------------------------------------ */

static void
check_danish_dates (void)
{
  g_autofree char *date = hp_strategy_format_date_numeric ("2026-02-01");
  g_autofree char *iso = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (date, ==, "01-02-2026");
  /* What the sheet says can be typed back into the app. */
  g_assert_true (hp_strategy_parse_date (date, &iso, &error));
  g_assert_cmpstr (iso, ==, "2026-02-01");
}

static void
check_danish_csv (Fixture *fixture)
{
  g_autoptr(GPtrArray) rows = export_csv (fixture, "actions.da.csv.expected");
  const char * const header[] = { "Handling", "Mål", "Ansvarlig", "Start", "Frist", "Status", "Anvisninger",
                                  "Anvisnings-id", NULL };

  assert_row (rows, 0, header);
  g_assert_cmpstr (((GStrv) rows->pdata[1])[3], ==, "01-02-2026");
  g_assert_cmpstr (((GStrv) rows->pdata[1])[4], ==, "30-06-2026");
  g_assert_cmpstr (((GStrv) rows->pdata[1])[5], ==, "I gang");
  g_assert_cmpstr (((GStrv) rows->pdata[2])[5], ==, "Gennemført");
  g_assert_cmpstr (((GStrv) rows->pdata[3])[4], ==, "30-09-2026");
}

static void
check_danish_ical (Fixture *fixture)
{
  g_autoptr(GBytes) bytes = build_ical (fixture, NULL);
  gsize size;
  const char *ics = g_bytes_get_data (bytes, &size);

  assert_golden ("actions.da.ics.expected", ics, size);
  g_assert_nonnull (strstr (ics, "\\nFrist: 30. juni 2026\\n"));
}

/* All that follows the locale, in one child process (each loads the corpus
 * again, which is slow under the sanitizers). */
static void
test_danish (Fixture       *fixture,
             gconstpointer  data)
{
  if (!hp_test_in_danish ())
    return;
  check_danish_dates ();
  check_danish_csv (fixture);
  check_danish_ical (fixture);
}

/* --- errors --------------------------------------------------------------- */

static void
test_unknown_strategy (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = tmp_path (fixture, "handlinger.csv");
  g_autofree char *ics = tmp_path (fixture, "frister.ics");
  guint n_skipped = 99;

  g_assert_false (hp_strategy_actions_csv_export (fixture->store, 4711, csv, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (hp_strategy_ical_build (fixture->store, 4711, fixture->stamp, &n_skipped, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_NOT_FOUND);
  g_assert_cmpuint (n_skipped, ==, 0);
  g_clear_error (&error);
  g_assert_false (hp_strategy_ical_export (fixture->store, 4711, fixture->stamp, ics, NULL, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_NOT_FOUND);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 0);
}

/* A directory in the way and a missing directory: an error, no file and
 * no temporary file left behind. */
static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *blocker = tmp_path (fixture, "optaget");
  g_autofree char *missing = g_build_filename (fixture->dir, "findes-ikke", "frister.ics", NULL);
  const char *paths[] = { blocker, missing };

  g_assert_cmpint (g_mkdir (blocker, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (hp_strategy_actions_csv_export (fixture->store, fixture->strategy, paths[i], &error));
      g_assert_error (error, HP_ERROR, HP_ERROR_FAILED);
      g_clear_error (&error);
      g_assert_false (hp_strategy_ical_export (fixture->store, fixture->strategy, NULL, paths[i], NULL, &error));
      g_assert_error (error, HP_ERROR, HP_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, paths[i]));
    }
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);
  g_assert_true (g_file_test (blocker, G_FILE_TEST_IS_DIR));
  g_rmdir (blocker);
}

/* "-" writes to standard output; a full one is an error, not silence. */
static void
test_stdout (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) csv_error = NULL;
  g_autoptr(GError) ics_error = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stdout ("\xef\xbb\xbf" "Action;Goal;*\r\nBEGIN:VCALENDAR\r\n*END:VCALENDAR\r\n");
      return;
    }
  g_assert_true (hp_strategy_actions_csv_export (fixture->store, fixture->strategy, "-", &csv_error));
  g_assert_no_error (csv_error);
  g_assert_true (hp_strategy_ical_export (fixture->store, fixture->strategy, NULL, "-", NULL, &ics_error));
  g_assert_no_error (ics_error);
  if (freopen ("/dev/full", "w", stdout) == NULL)
    {
      g_test_message ("no /dev/full: a full standard output is not tested");
      return;
    }
  g_assert_false (hp_strategy_actions_csv_export (fixture->store, fixture->strategy, "-", &csv_error));
  g_assert_error (csv_error, HP_ERROR, HP_ERROR_FAILED);
  g_assert_false (hp_strategy_ical_export (fixture->store, fixture->strategy, NULL, "-", NULL, &ics_error));
  g_assert_error (ics_error, HP_ERROR, HP_ERROR_FAILED);
}

#define ADD(path, func, data) \
  g_test_add ("/strategy-exports/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hp_test_init_locale ();

  ADD ("direction-refs", test_direction_refs, NULL);
  g_test_add_func ("/strategy-exports/numeric-dates", test_numeric_dates);
  ADD ("csv/c", test_csv_c, NULL);
  ADD ("ical/golden", test_ical_golden, NULL);
  ADD ("ical/properties", test_ical_properties, NULL);
  ADD ("ical/stable", test_ical_stable, NULL);
  ADD ("example", test_example, NULL);
  ADD ("danish", test_danish, NULL);
  ADD ("ical/nothing-dated", test_ical_nothing_dated, NULL);
  ADD ("errors/unknown-strategy", test_unknown_strategy, NULL);
  ADD ("errors/unwritable", test_unwritable, NULL);
  ADD ("stdout", test_stdout, NULL);
  return g_test_run ();
}
