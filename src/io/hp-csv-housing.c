/* hp-csv-housing.c — import and export of the housing mapping as CSV
 *
 * An import reads the whole file and checks every row before it counts as
 * good: the header is mapped to fields by Danish or English names, each
 * value is parsed the Danish way (1.234,50; 25 %; ja/nej) and checked
 * against the same limits as the pane's editing.  Problems are listed by
 * line and column.  Writing happens in one transaction that replaces the
 * year's rows and is rolled back if anything is wrong, so an import is all
 * or nothing; the check alone (for the preview) writes nothing at all.
 *
 * Export writes the form it reads: UTF-8 with a byte order mark (so Excel
 * shows æ, ø and å), ';' between fields, Danish numbers.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hp-csv-housing.h"
#include "hp-csv-reader.h"
#include "hp-csv-writer.h"
#include "hp-error.h"
#include "hp-housing-number.h"
#include "hp-housing-types.h"

typedef enum {
  F_DWELLING, F_AREA, F_ORGANISATION, F_UNITS, F_M2, F_ROOMS, F_RENT, F_STEP_FREE,
  F_TURNOVER, F_VACANCIES, F_SHARE,
  F_CATEGORY, F_AGE, F_COUNT, F_NEED, F_SUPPORT, F_BENEFIT,
  N_FIELDS
} Field;

/* Header names, compared without case, spaces or punctuation.  The first
 * is what export writes. */
static const char *const field_names[N_FIELDS][6] = {
  [F_DWELLING] = { "Boligtype", "type", "dwelling", "dwellingtype", "segment" },
  [F_AREA] = { "Område", "distrikt", "area", "district", "bydel" },
  [F_ORGANISATION] = { "Boligorganisation", "organisation", "organization", "udlejer", "boligselskab" },
  [F_UNITS] = { "Antal boliger", "boliger", "units", "antal", "dwellings" },
  [F_M2] = { "Areal m²", "arealm2", "m2", "m²", "size", "areal" },
  [F_ROOMS] = { "Værelser", "rum", "rooms", "antalværelser" },
  [F_RENT] = { "Husleje pr. måned", "husleje", "rent", "monthlyrent", "månedlighusleje" },
  [F_STEP_FREE] = { "Niveaufri adgang", "niveaufri", "stepfree", "stepfreeaccess", "tilgængelig" },
  [F_TURNOVER] = { "Genudlejning pr. år", "genudlejning", "turnover", "fraflytning", "fraflytningsprocent" },
  [F_VACANCIES] = { "Ledige pr. år", "ledigeboliger", "vacancies", "yearlyvacancies", "ledigheder" },
  [F_SHARE] = { "Anvisningsret", "anvisningsandel", "allocationshare", "allocation", "share" },
  [F_CATEGORY] = { "Kategori", "category", "vivekategori", "opholdssted" },
  [F_AGE] = { "Aldersgruppe", "alder", "age", "agegroup" },
  [F_COUNT] = { "Antal hjemløse", "antal", "count", "homeless", "personer" },
  [F_NEED] = { "Boligbehov", "need", "housingneed", "behov" },
  [F_SUPPORT] = { "Støttebehov", "støtte", "support", "supportneed", "metode" },
  [F_BENEFIT] = { "Forsørgelse", "ydelse", "benefit", "income", "indkomst" },
};

static const Field supply_fields[] = {
  F_DWELLING, F_AREA, F_ORGANISATION, F_UNITS, F_M2, F_ROOMS, F_RENT, F_STEP_FREE, F_TURNOVER, F_VACANCIES, F_SHARE,
};
static const Field demand_fields[] = { F_CATEGORY, F_AGE, F_COUNT, F_NEED, F_SUPPORT, F_BENEFIT };

struct _HpCsvImport
{
  HpCsvKind       kind;
  int             column_of[N_FIELDS];   /* -1: not in the file */
  gboolean        header_done;
  GPtrArray      *header;
  GPtrArray      *problems;     /* HpCsvProblem, at most HP_CSV_MAX_PROBLEMS */
  guint           n_problems;
  guint           n_rows;
  double          total;        /* units or persons */
  GPtrArray      *preview;      /* GStrv per row, in header order */
  char            separator;
  const char     *encoding;
  gboolean        danish_numbers;
  GHashTable     *seen[N_FIELDS]; /* per field: text → index + 1 of choices looked up */
  HpHousingStore *store;        /* NULL while only checking */
  gint64          year_id;
};

static void
problem_free (gpointer data)
{
  HpCsvProblem *p = data;

  g_free (p->column);
  g_free (p->problem);
  g_free (p);
}

HpCsvImport *
hp_csv_import_new (HpCsvKind kind)
{
  HpCsvImport *self = g_new0 (HpCsvImport, 1);

  self->kind = kind;
  self->problems = g_ptr_array_new_with_free_func (problem_free);
  self->preview = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->header = g_ptr_array_new_with_free_func (g_free);
  for (int f = 0; f < N_FIELDS; f++)
    self->seen[f] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

void
hp_csv_import_free (HpCsvImport *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->problems);
  g_ptr_array_unref (self->preview);
  g_ptr_array_unref (self->header);
  for (int f = 0; f < N_FIELDS; f++)
    g_hash_table_unref (self->seen[f]);
  g_free (self);
}

static void
reset (HpCsvImport *self)
{
  g_ptr_array_set_size (self->problems, 0);
  g_ptr_array_set_size (self->preview, 0);
  g_ptr_array_set_size (self->header, 0);
  self->n_problems = self->n_rows = 0;
  self->total = 0;
  self->header_done = FALSE;
  for (int f = 0; f < N_FIELDS; f++)
    self->column_of[f] = -1;
}

static void
add_problem (HpCsvImport *self,
             guint        line,
             int          column,
             const char  *problem)
{
  HpCsvProblem *p;

  if (self->n_problems++ >= HP_CSV_MAX_PROBLEMS)
    return;
  p = g_new0 (HpCsvProblem, 1);
  p->line = line;
  p->column = g_strdup (column >= 0 && (guint) column < self->header->len
                        ? g_ptr_array_index (self->header, column) : "");
  p->problem = g_strdup (problem);
  g_ptr_array_add (self->problems, p);
}

/* "Husleje pr. måned" → "huslejeprmåned" */
static char *
normalise (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c) || c == 0xb2)   /* keep the ² of m² */
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static int
field_for_header (HpCsvImport *self,
                  const char  *name)
{
  g_autofree char *wanted = normalise (name);
  const Field *fields = self->kind == HP_CSV_SUPPLY ? supply_fields : demand_fields;
  guint n = self->kind == HP_CSV_SUPPLY ? G_N_ELEMENTS (supply_fields) : G_N_ELEMENTS (demand_fields);

  for (guint i = 0; i < n; i++)
    for (guint k = 0; k < G_N_ELEMENTS (field_names[0]) && field_names[fields[i]][k]; k++)
      {
        g_autofree char *candidate = normalise (field_names[fields[i]][k]);
        if (g_str_equal (candidate, wanted))
          return fields[i];
      }
  return -1;
}

static gboolean
read_header (HpCsvImport  *self,
             GPtrArray    *fields,
             GError      **error)
{
  static const Field supply_required[] = { F_DWELLING, F_UNITS, F_RENT };
  static const Field demand_required[] = { F_CATEGORY, F_AGE, F_COUNT, F_NEED };
  const Field *required = self->kind == HP_CSV_SUPPLY ? supply_required : demand_required;
  guint n_required = self->kind == HP_CSV_SUPPLY ? G_N_ELEMENTS (supply_required) : G_N_ELEMENTS (demand_required);
  g_autofree char *found = NULL;

  for (guint i = 0; i < fields->len; i++)
    {
      const char *name = g_ptr_array_index (fields, i);
      int f = field_for_header (self, name);

      g_ptr_array_add (self->header, g_strdup (name));
      if (f >= 0 && self->column_of[f] < 0)
        self->column_of[f] = i;
    }
  for (guint i = 0; i < n_required; i++)
    if (self->column_of[required[i]] < 0)
      {
        g_ptr_array_add (self->header, NULL);
        found = g_strjoinv (", ", (char **) self->header->pdata);
        g_ptr_array_set_size (self->header, self->header->len - 1);
        g_set_error (error, HP_ERROR, HP_ERROR_MALFORMED,
                     _("Line 1: the header has no column “%s” (found: %s)"), field_names[required[i]][0], found);
        return FALSE;
      }
  self->header_done = TRUE;
  return TRUE;
}

static const char *
value_of (HpCsvImport *self,
          GPtrArray   *fields,
          Field        f)
{
  int column = self->column_of[f];
  return column >= 0 && (guint) column < fields->len ? g_ptr_array_index (fields, column) : NULL;
}

static gboolean
is_blank (const char *text)
{
  return text == NULL || text[strspn (text, " \t")] == '\0';
}

/* Parses @f of the row into *@value; FALSE (and a problem listed) if the
 * text is no number or out of range.  Missing optional values keep the
 * default already in *@value. */
static gboolean
number (HpCsvImport    *self,
        GPtrArray      *fields,
        guint           line,
        Field           f,
        HpHousingField  range,
        double         *value)
{
  const char *text = value_of (self, fields, f);
  g_autoptr(GError) error = NULL;
  gboolean percent = FALSE;
  double v;

  if (is_blank (text))
    return TRUE;
  if (!hp_housing_parse_number (text, self->danish_numbers ? HP_NUMBER_DANISH : HP_NUMBER_ENGLISH, &v, &percent))
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a number"), text);
      add_problem (self, line, self->column_of[f], msg);
      return FALSE;
    }
  /* "25" in a share column means 25 %. */
  if ((range == HP_HOUSING_FIELD_SHARE || range == HP_HOUSING_FIELD_TURNOVER) && !percent && v > 1 && v <= 100)
    v /= 100;
  if (!hp_housing_check (range, v, &error))
    {
      add_problem (self, line, self->column_of[f], error->message);
      return FALSE;
    }
  *value = v;
  return TRUE;
}

static gboolean
choice (HpCsvImport   *self,
        GPtrArray     *fields,
        guint          line,
        Field          f,
        HpHousingList  list,
        guint         *index)
{
  const char *text = value_of (self, fields, f);
  gpointer found;
  int i;

  if (is_blank (text) && self->column_of[f] >= 0 && f != F_SUPPORT && f != F_BENEFIT)
    {
      add_problem (self, line, self->column_of[f], _("Empty; a value is needed"));
      return FALSE;
    }
  if (is_blank (text))
    return TRUE;
  /* A national extract repeats a dozen names millions of times; looking
   * each up again (case-folding every candidate) would dominate. */
  if ((found = g_hash_table_lookup (self->seen[f], text)) != NULL)
    i = GPOINTER_TO_INT (found) - 1;
  else
    {
      i = hp_housing_lookup (list, text);
      if (g_hash_table_size (self->seen[f]) < 10000)
        g_hash_table_insert (self->seen[f], g_strdup (text), GINT_TO_POINTER (i + 1));
    }
  if (i < 0)
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not one of the known values"), text);
      add_problem (self, line, self->column_of[f], msg);
      return FALSE;
    }
  *index = i;
  return TRUE;
}

static gboolean
yes_no (HpCsvImport *self,
        GPtrArray   *fields,
        guint        line,
        gboolean    *value)
{
  static const char *const yes[] = { "ja", "j", "yes", "y", "1", "x", "true", "sand" };
  static const char *const no[] = { "nej", "n", "no", "0", "false", "falsk", "-" };
  const char *text = value_of (self, fields, F_STEP_FREE);
  char t[8] = "";   /* longer than any word above: not one of them */
  gsize start, len;

  if (is_blank (text))
    return TRUE;
  /* Without copying to the heap: this runs for every row. */
  start = strspn (text, " \t");
  for (len = strlen (text + start); len > 0 && (text[start + len - 1] == ' ' || text[start + len - 1] == '\t'); len--)
    ;
  for (gsize i = 0; len < sizeof t && i < len; i++)
    t[i] = g_ascii_tolower (text[start + i]);
  *value = g_strv_contains (yes, t);
  if (*value || g_strv_contains (no, t))
    return TRUE;
  add_problem (self, line, self->column_of[F_STEP_FREE], _("Write “ja” or “nej”"));
  return FALSE;
}

static gboolean
supply_row (HpCsvImport          *self,
            GPtrArray            *fields,
            guint                 line,
            HpHousingSegmentData *d)
{
  double units = 0, m2 = 0, rooms = 0, vacancies = -1;
  gboolean ok;

  hp_housing_segment_data_init (d);
  d->area = (char *) value_of (self, fields, F_AREA);
  d->organisation = (char *) value_of (self, fields, F_ORGANISATION);
  ok = choice (self, fields, line, F_DWELLING, HP_HOUSING_LIST_DWELLING, &d->dwelling);
  ok &= number (self, fields, line, F_UNITS, HP_HOUSING_FIELD_UNITS, &units);
  ok &= number (self, fields, line, F_M2, HP_HOUSING_FIELD_M2, &m2);
  ok &= number (self, fields, line, F_ROOMS, HP_HOUSING_FIELD_ROOMS, &rooms);
  ok &= number (self, fields, line, F_RENT, HP_HOUSING_FIELD_RENT, &d->rent);
  ok &= yes_no (self, fields, line, &d->step_free);
  ok &= number (self, fields, line, F_TURNOVER, HP_HOUSING_FIELD_TURNOVER, &d->turnover);
  ok &= number (self, fields, line, F_VACANCIES, HP_HOUSING_FIELD_VACANCIES, &vacancies);
  ok &= number (self, fields, line, F_SHARE, HP_HOUSING_FIELD_SHARE, &d->share);
  if (is_blank (value_of (self, fields, F_UNITS)) || is_blank (value_of (self, fields, F_RENT)))
    {
      add_problem (self, line, self->column_of[is_blank (value_of (self, fields, F_UNITS)) ? F_UNITS : F_RENT],
                   _("Empty; a value is needed"));
      ok = FALSE;
    }
  d->units = units;
  d->m2 = m2;
  d->rooms = rooms;
  /* A count of yearly vacancies instead of a turnover rate. */
  if (ok && vacancies >= 0 && is_blank (value_of (self, fields, F_TURNOVER)))
    {
      if (vacancies > units)
        {
          add_problem (self, line, self->column_of[F_VACANCIES], _("More vacancies than units"));
          return FALSE;
        }
      d->turnover = units > 0 ? vacancies / units : 0;
    }
  self->total += ok ? units : 0;
  return ok;
}

static gboolean
demand_row (HpCsvImport    *self,
            GPtrArray      *fields,
            guint           line,
            HpHousingGroup *g)
{
  double count = 0;
  gboolean ok;

  *g = (HpHousingGroup) { 0 };
  ok = choice (self, fields, line, F_CATEGORY, HP_HOUSING_LIST_CATEGORY, &g->category);
  ok &= choice (self, fields, line, F_AGE, HP_HOUSING_LIST_AGE, &g->age);
  ok &= number (self, fields, line, F_COUNT, HP_HOUSING_FIELD_COUNT, &count);
  ok &= choice (self, fields, line, F_NEED, HP_HOUSING_LIST_DWELLING, &g->need);
  ok &= choice (self, fields, line, F_SUPPORT, HP_HOUSING_LIST_SUPPORT, &g->support);
  ok &= choice (self, fields, line, F_BENEFIT, HP_HOUSING_LIST_BENEFIT, &g->benefit);
  g->count = count;
  self->total += ok ? count : 0;
  return ok;
}

static void
keep_preview (HpCsvImport *self,
              GPtrArray   *fields)
{
  GStrv row;

  if (self->preview->len >= HP_CSV_PREVIEW_ROWS)
    return;
  row = g_new0 (char *, self->header->len + 1);
  for (guint i = 0; i < self->header->len; i++)
    row[i] = g_strdup (i < fields->len ? g_ptr_array_index (fields, i) : "");
  g_ptr_array_add (self->preview, row);
}

static gboolean
write_row (HpCsvImport  *self,
           GPtrArray    *fields,
           guint         line,
           GError      **error)
{
  gboolean ok;

  if (self->kind == HP_CSV_SUPPLY)
    {
      HpHousingSegmentData d;

      if (!supply_row (self, fields, line, &d))
        return TRUE;
      ok = self->store == NULL || self->n_problems > 0 ||
           hp_housing_store_insert_segment_row (self->store, self->year_id, &d, error);
    }
  else
    {
      HpHousingGroup g;

      if (!demand_row (self, fields, line, &g))
        return TRUE;
      ok = self->store == NULL || self->n_problems > 0 ||
           hp_housing_store_insert_group_row (self->store, self->year_id, &g, error);
    }
  return ok;
}

static gboolean
on_row (HpCsvReader  *reader,
        GPtrArray    *fields,
        guint         line,
        gpointer      user_data,
        GError      **error)
{
  HpCsvImport *self = user_data;

  if (!self->header_done)
    {
      /* Comma-separated files come from English tools, with decimal points. */
      self->danish_numbers = hp_csv_reader_get_separator (reader) != ',';
      return read_header (self, fields, error);
    }
  if (fields->len == 1 && is_blank (g_ptr_array_index (fields, 0)))
    return TRUE;   /* a blank line */
  self->n_rows++;
  keep_preview (self, fields);
  if (fields->len != self->header->len)
    {
      g_autofree char *msg = g_strdup_printf (_("%u values, but the header has %u columns"),
                                              fields->len, self->header->len);
      add_problem (self, line, -1, msg);
      return TRUE;
    }
  return write_row (self, fields, line, error);
}

static gboolean
run (HpCsvImport  *self,
     const char   *path,
     GError      **error)
{
  g_autoptr(HpCsvReader) reader = hp_csv_reader_new ();

  reset (self);
  if (!hp_csv_reader_read_file (reader, path, on_row, self, error))
    return FALSE;
  self->separator = hp_csv_reader_get_separator (reader);
  self->encoding = hp_csv_reader_get_encoding (reader);
  if (!self->header_done)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_MALFORMED, _("The file is empty"));
      return FALSE;
    }
  return TRUE;
}

gboolean
hp_csv_import_check (HpCsvImport  *self,
                     const char   *path,
                     GError      **error)
{
  g_return_val_if_fail (self != NULL && path != NULL, FALSE);

  self->store = NULL;
  return run (self, path, error);
}

static gboolean
fail_with_problems (HpCsvImport  *self,
                    GError      **error)
{
  HpCsvProblem *first = g_ptr_array_index (self->problems, 0);

  g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
               g_dngettext (GETTEXT_PACKAGE, "%u problem in the file, nothing was imported. Line %u%s%s: %s",
                            "%u problems in the file, nothing was imported. First, line %u%s%s: %s",
                            self->n_problems),
               self->n_problems, first->line, first->column[0] ? ", " : "", first->column, first->problem);
  return FALSE;
}

gboolean
hp_csv_import_apply (HpCsvImport     *self,
                     const char      *path,
                     HpHousingStore  *store,
                     int              year,
                     GError         **error)
{
  HpDatabase *db;
  gboolean ok;

  g_return_val_if_fail (self != NULL && path != NULL && HP_IS_HOUSING_STORE (store), FALSE);

  if (!hp_housing_check (HP_HOUSING_FIELD_YEAR, year, error))
    return FALSE;
  db = hp_housing_store_get_database (store);
  /* Every row refers to the year made or found just below, so checking
   * its foreign key millions of times would only cost time (a twentieth of
   * the import).  The pragma cannot change inside a transaction. */
  if (!hp_database_exec (db, "PRAGMA foreign_keys = OFF", error))
    return FALSE;
  if (!hp_database_begin (db, error))
    {
      hp_database_exec (db, "PRAGMA foreign_keys = ON", NULL);
      return FALSE;
    }
  self->store = store;
  if (!hp_housing_store_add_year (store, year, NULL, error) ||
      (self->year_id = hp_housing_store_year_id (store, year, error)) == 0 ||
      !hp_housing_store_clear_year_rows (store, self->year_id, self->kind == HP_CSV_SUPPLY, error) ||
      !run (self, path, error) ||
      (self->n_problems > 0 && !fail_with_problems (self, error)) ||
      !hp_database_commit (db, error))
    {
      hp_database_rollback (db);
      hp_database_exec (db, "PRAGMA foreign_keys = ON", NULL);
      self->store = NULL;
      hp_housing_store_emit_changed (store, 0);
      return FALSE;
    }
  self->store = NULL;
  ok = hp_database_exec (db, "PRAGMA foreign_keys = ON", error);
  hp_housing_store_emit_changed (store, year);
  return ok;
}

guint hp_csv_import_get_n_rows (HpCsvImport *self) { return self->n_rows; }
guint hp_csv_import_get_n_problems (HpCsvImport *self) { return self->n_problems; }
GPtrArray *hp_csv_import_get_problems (HpCsvImport *self) { return self->problems; }
GPtrArray *hp_csv_import_get_header (HpCsvImport *self) { return self->header; }
GPtrArray *hp_csv_import_get_preview (HpCsvImport *self) { return self->preview; }
const char *hp_csv_import_get_encoding (HpCsvImport *self) { return self->encoding; }
char hp_csv_import_get_separator (HpCsvImport *self) { return self->separator; }
double hp_csv_import_get_total (HpCsvImport *self) { return self->total; }

/* --- export -------------------------------------------------------------- */

static void
write_names (HpCsvWriter *writer,
             const Field *fields,
             guint        n)
{
  for (guint i = 0; i < n; i++)
    hp_csv_writer_text (writer, field_names[fields[i]][0]);
  hp_csv_writer_end_row (writer);
}

static void
write_share (HpCsvWriter *writer,
             double       share)
{
  g_autofree char *number = hp_housing_format_danish (share * 100, share * 1000 == (int) (share * 1000) ? 1 : 2);
  g_autofree char *text = NULL;

  /* "25,0" → "25" */
  if (g_str_has_suffix (number, ",0"))
    number[strlen (number) - 2] = '\0';
  text = g_strconcat (number, " %", NULL);
  hp_csv_writer_text (writer, text);
}

static gboolean
write_segment (const HpHousingSegmentData  *d,
               gpointer                     user_data,
               GError                     **error)
{
  HpCsvWriter *writer = user_data;

  hp_csv_writer_text (writer, hp_housing_danish (HP_HOUSING_LIST_DWELLING, d->dwelling));
  hp_csv_writer_text (writer, d->area);
  hp_csv_writer_text (writer, d->organisation);
  hp_csv_writer_number (writer, d->units, 0);
  hp_csv_writer_number (writer, d->m2, d->m2 == (int) d->m2 ? 0 : 1);
  hp_csv_writer_number (writer, d->rooms, 0);
  hp_csv_writer_number (writer, d->rent, 2);
  hp_csv_writer_text (writer, d->step_free ? "ja" : "nej");
  write_share (writer, d->turnover);
  /* For the reader; import goes by the turnover when both are there. */
  hp_csv_writer_number (writer, d->units * d->turnover, 1);
  write_share (writer, d->share);
  hp_csv_writer_end_row (writer);
  return TRUE;
}

static gboolean
write_groups (HpHousingStore  *store,
              int              year,
              HpCsvWriter     *writer,
              GError         **error)
{
  g_autoptr(GArray) groups = hp_housing_store_get_groups (store, year, error);

  if (groups == NULL)
    return FALSE;
  write_names (writer, demand_fields, G_N_ELEMENTS (demand_fields));
  for (guint i = 0; i < groups->len; i++)
    {
      const HpHousingGroup *g = &g_array_index (groups, HpHousingGroup, i);

      hp_csv_writer_text (writer, hp_housing_danish (HP_HOUSING_LIST_CATEGORY, g->category));
      hp_csv_writer_text (writer, hp_housing_danish (HP_HOUSING_LIST_AGE, g->age));
      hp_csv_writer_number (writer, g->count, 0);
      hp_csv_writer_text (writer, hp_housing_danish (HP_HOUSING_LIST_DWELLING, g->need));
      hp_csv_writer_text (writer, hp_housing_danish (HP_HOUSING_LIST_SUPPORT, g->support));
      hp_csv_writer_text (writer, hp_housing_danish (HP_HOUSING_LIST_BENEFIT, g->benefit));
      hp_csv_writer_end_row (writer);
    }
  return TRUE;
}

gboolean
hp_csv_export (HpHousingStore  *store,
               int              year,
               HpCsvKind        kind,
               const char      *path,
               GError         **error)
{
  g_autoptr(HpCsvWriter) writer = NULL;

  g_return_val_if_fail (HP_IS_HOUSING_STORE (store) && path != NULL, FALSE);

  if (hp_housing_store_year_id (store, year, error) == 0 ||
      (writer = hp_csv_writer_new (path, error)) == NULL)
    return FALSE;
  if (kind == HP_CSV_SUPPLY)
    {
      write_names (writer, supply_fields, G_N_ELEMENTS (supply_fields));
      if (!hp_housing_store_foreach_segment (store, year, write_segment, writer, error))
        return FALSE;
    }
  else if (!write_groups (store, year, writer, error))
    return FALSE;
  return hp_csv_writer_finish (writer, error);
}

static void
write_gap_line (HpCsvWriter            *writer,
                const HpHousingGapLine *line)
{
  hp_csv_writer_number (writer, line->need, 0);
  hp_csv_writer_number (writer, line->rent_limit, 0);
  hp_csv_writer_number (writer, line->affordable, 0);
  hp_csv_writer_number (writer, line->reachable + line->first_year, 1);
  hp_csv_writer_number (writer, line->shortfall, 1);
  if (isfinite (line->years))
    hp_csv_writer_number (writer, hp_housing_round_years (line->years), 1);
  else
    hp_csv_writer_text (writer, "aldrig");
  hp_csv_writer_end_row (writer);
}

/* One row per homeless group, then per dwelling type needed, then the
 * total: the table a planner pastes into the yearly report. */
gboolean
hp_csv_export_gap (HpHousingGap  *gap,
                   const char    *path,
                   GError       **error)
{
  static const char *const names[] = {
    "Kategori", "Aldersgruppe", "Boligbehov", "Støttebehov", "Antal hjemløse", "Huslejegrænse",
    "Betalelige boliger", "Anvises pr. år", "Mangel efter 1 år", "År til alle har bolig",
  };
  g_autoptr(HpCsvWriter) writer = hp_csv_writer_new (path, error);

  if (writer == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    hp_csv_writer_text (writer, names[i]);
  hp_csv_writer_end_row (writer);
  for (guint i = 0; i < hp_housing_gap_get_n_groups (gap); i++)
    {
      const HpHousingGroup *g = hp_housing_gap_get_group (gap, i);

      hp_csv_writer_text (writer, hp_housing_danish (HP_HOUSING_LIST_CATEGORY, g->category));
      hp_csv_writer_text (writer, hp_housing_danish (HP_HOUSING_LIST_AGE, g->age));
      hp_csv_writer_text (writer, hp_housing_danish (HP_HOUSING_LIST_DWELLING, g->need));
      hp_csv_writer_text (writer, hp_housing_danish (HP_HOUSING_LIST_SUPPORT, g->support));
      write_gap_line (writer, hp_housing_gap_get_group_line (gap, i));
    }
  for (guint d = 0; d < hp_housing_list_size (HP_HOUSING_LIST_DWELLING); d++)
    {
      const HpHousingGapLine *line = hp_housing_gap_get_dwelling_line (gap, d);

      if (line->need <= 0)
        continue;
      hp_csv_writer_text (writer, "I alt");
      hp_csv_writer_text (writer, "");
      hp_csv_writer_text (writer, hp_housing_danish (HP_HOUSING_LIST_DWELLING, d));
      hp_csv_writer_text (writer, "");
      write_gap_line (writer, line);
    }
  for (guint i = 0; i < 4; i++)
    hp_csv_writer_text (writer, i == 0 ? "I alt" : "");
  write_gap_line (writer, hp_housing_gap_get_total (gap));
  return hp_csv_writer_finish (writer, error);
}
