/* hp-housing-types.c — the fixed, translatable lists of the housing mapping
 *
 * Keys are what the database stores and never change.  The English label is
 * the msgid shown through gettext; the Danish name is fixed here as well,
 * because CSV files written by Danish spreadsheets use it whatever language
 * the app runs in, and export writes it back.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hp-error.h"
#include "hp-housing-number.h"
#include "hp-housing-types.h"

typedef struct {
  const char *key;
  const char *label;
  const char *danish;
} Choice;

static const Choice dwellings[] = {
  { "almen-familiebolig", N_("Social family dwelling"), "Almen familiebolig" },
  { "almen-ungdomsbolig", N_("Social youth dwelling"), "Almen ungdomsbolig" },
  { "startbolig", N_("Starter dwelling"), "Startbolig" },
  { "skaev-bolig", N_("Skæv bolig (alternative dwelling)"), "Skæv bolig" },
  { "privat-udlejning", N_("Private rental"), "Privat udlejning" },
  { "vaerelse", N_("Room"), "Værelse" },
  { "udslusningsbolig", N_("Transitional dwelling"), "Udslusningsbolig" },
  { "botilbud", N_("Supported accommodation (botilbud)"), "Botilbud" },
  { "par-110-plads", N_("Shelter place (§ 110)"), "§ 110-plads" },
  { "alternativ-plejehjemsplads", N_("Alternative nursing home place"), "Alternativ plejehjemsplads" },
};

/* VIVE's national count (Hjemløshed i Danmark) categories. */
static const Choice categories[] = {
  { "gadesovende", N_("Rough sleeping"), "Gadesovende" },
  { "natvarmestue", N_("Emergency night shelter"), "Natvarmestue/nødherberg" },
  { "herberg", N_("§ 110 shelter"), "Herberg/forsorgshjem (§ 110)" },
  { "familie-venner", N_("Temporarily with family or friends"), "Midlertidigt hos familie/venner" },
  { "hotel", N_("Hotel, hostel or camping"), "Hotel/vandrehjem/camping" },
  { "overgangsbolig", N_("Transitional housing"), "Overgangsbolig" },
  { "faengsel", N_("Awaiting release from prison"), "Afventer løsladelse" },
  { "hospital", N_("Awaiting discharge from hospital or treatment"), "Afventer udskrivning" },
  { "andet", N_("Other"), "Andet" },
};

static const Choice ages[] = {
  { "18-24", N_("18–24 years"), "18-24 år" },
  { "25-29", N_("25–29 years"), "25-29 år" },
  { "30-49", N_("30–49 years"), "30-49 år" },
  { "50-59", N_("50–59 years"), "50-59 år" },
  { "60+", N_("60 years or older"), "60+ år" },
};

static const Choice supports[] = {
  { "none", N_("No support"), "Ingen" },
  { "cti", N_("CTI"), "CTI" },
  { "icm", N_("ICM"), "ICM" },
  { "act", N_("ACT"), "ACT" },
};

static const Choice benefits[] = {
  { "kontanthjaelp", N_("Social assistance (kontanthjælp)"), "Kontanthjælp" },
  { "uddannelseshjaelp", N_("Education benefit (uddannelseshjælp)"), "Uddannelseshjælp" },
  { "su", N_("Student grant (SU)"), "SU" },
  { "ressourceforloeb", N_("Resource programme benefit"), "Ressourceforløbsydelse" },
  { "sygedagpenge", N_("Sickness benefit"), "Sygedagpenge" },
  { "foertidspension", N_("Disability pension (førtidspension)"), "Førtidspension" },
  { "folkepension", N_("State pension (folkepension)"), "Folkepension" },
  { "loen", N_("Wages"), "Løn" },
};

static const struct {
  const Choice *choices;
  guint         n;
} lists[HP_HOUSING_N_LISTS] = {
  { dwellings, G_N_ELEMENTS (dwellings) },
  { categories, G_N_ELEMENTS (categories) },
  { ages, G_N_ELEMENTS (ages) },
  { supports, G_N_ELEMENTS (supports) },
  { benefits, G_N_ELEMENTS (benefits) },
};

/* The limits are wide enough for a national register extract and narrow
 * enough to catch a value typed into the wrong column (a rent in the units
 * column, a year in the count column). */
static const struct {
  const char *label;
  double      min;
  double      max;
  gboolean    whole;
  gboolean    share;
} fields[HP_HOUSING_N_FIELDS] = {
  { N_("Units"), 0, 100000, TRUE, FALSE },
  { N_("Size (m²)"), 0, 1000, FALSE, FALSE },
  { N_("Rooms"), 0, 20, TRUE, FALSE },
  { N_("Monthly rent"), 0, 100000, FALSE, FALSE },
  { N_("Yearly turnover"), 0, 1, FALSE, TRUE },
  { N_("Allocation share"), 0, 1, FALSE, TRUE },
  { N_("Homeless count"), 0, 50000, TRUE, FALSE },
  { N_("Monthly income"), 0, 1000000, FALSE, FALSE },
  { N_("Share of income"), 0.01, 1, FALSE, TRUE },
  { N_("Year"), 1990, 2100, TRUE, FALSE },
  { N_("Yearly vacancies"), 0, 100000, FALSE, FALSE },
};

guint
hp_housing_list_size (HpHousingList list)
{
  g_return_val_if_fail (list < HP_HOUSING_N_LISTS, 0);
  return lists[list].n;
}

static const Choice *
choice (HpHousingList list,
        guint         index)
{
  g_return_val_if_fail (list < HP_HOUSING_N_LISTS, NULL);
  g_return_val_if_fail (index < lists[list].n, NULL);
  return &lists[list].choices[index];
}

const char *
hp_housing_key (HpHousingList list,
                guint         index)
{
  const Choice *c = choice (list, index);
  return c ? c->key : NULL;
}

const char *
hp_housing_label (HpHousingList list,
                  guint         index)
{
  const Choice *c = choice (list, index);
  return c ? _(c->label) : NULL;
}

const char *
hp_housing_danish (HpHousingList list,
                   guint         index)
{
  const Choice *c = choice (list, index);
  return c ? c->danish : NULL;
}

int
hp_housing_index_of (HpHousingList  list,
                     const char    *key)
{
  g_return_val_if_fail (list < HP_HOUSING_N_LISTS, -1);

  for (guint i = 0; key != NULL && i < lists[list].n; i++)
    if (g_str_equal (lists[list].choices[i].key, key))
      return i;
  return -1;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_str_equal (fa, fb);
}

/* What a person or a spreadsheet may write: the key, the Danish name, or the
 * English or translated label, in any case. */
int
hp_housing_lookup (HpHousingList  list,
                   const char    *text)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (list < HP_HOUSING_N_LISTS, -1);
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return -1;
  stripped = g_strstrip (g_strdup (text));
  for (guint i = 0; i < lists[list].n; i++)
    {
      const Choice *c = &lists[list].choices[i];

      if (same_text (stripped, c->key) || same_text (stripped, c->danish) ||
          same_text (stripped, c->label) || same_text (stripped, _(c->label)))
        return i;
    }
  return -1;
}

const char *
hp_housing_field_label (HpHousingField field)
{
  g_return_val_if_fail (field < HP_HOUSING_N_FIELDS, NULL);
  return _(fields[field].label);
}

static char *
format_limit (HpHousingField field,
              double         value)
{
  if (fields[field].share)
    return hp_housing_format_percent (value);
  return hp_housing_format_number (value, fields[field].whole ? 0 : 2);
}

gboolean
hp_housing_check (HpHousingField   field,
                  double           value,
                  GError         **error)
{
  g_return_val_if_fail (field < HP_HOUSING_N_FIELDS, FALSE);

  if (!isfinite (value) || value < fields[field].min || value > fields[field].max)
    {
      g_autofree char *min = format_limit (field, fields[field].min);
      g_autofree char *max = format_limit (field, fields[field].max);

      g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                   /* Translators: e.g. "Units must be between 0 and 100.000" */
                   _("%s must be between %s and %s"), _(fields[field].label), min, max);
      return FALSE;
    }
  if (fields[field].whole && value != floor (value))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                   _("%s must be a whole number"), _(fields[field].label));
      return FALSE;
    }
  return TRUE;
}
