/* hp-strategy-figure.c — the housing mapping's figures a goal may follow
 *
 * A goal such as "everyone housed within two years" is tied to the figure
 * the housing pane computes, so the manager sees where the municipality
 * stands now next to the goal's baseline and target.  The value is always
 * computed afresh from the newest mapping year (no scenario): a stored copy
 * would go stale the moment the mapping changes.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-housing-number.h"
#include "hp-strategy-figure.h"
#include "hp-strategy-types.h"

typedef struct {
  const char *key;
  const char *label;
} Figure;

static const Figure figures[] = {
  { HP_FIGURE_YEARS_TO_HOUSE_EVERYONE, N_("Years to house everyone (housing mapping)") },
  { HP_FIGURE_HOMELESS_TOTAL, N_("Homeless citizens in all (housing mapping)") },
  { HP_FIGURE_REACHED_PER_YEAR, N_("Affordable dwellings allocated per year (housing mapping)") },
};

const char * const *
hp_strategy_figure_list_keys (void)
{
  static const char * const keys[] = {
    HP_FIGURE_YEARS_TO_HOUSE_EVERYONE, HP_FIGURE_HOMELESS_TOTAL, HP_FIGURE_REACHED_PER_YEAR, NULL,
  };

  return keys;
}

static const Figure *
lookup (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    if (g_strcmp0 (figures[i].key, key) == 0)
      return &figures[i];
  return NULL;
}

gboolean
hp_strategy_figure_is_known (const char *key)
{
  return lookup (key) != NULL;
}

const char *
hp_strategy_figure_get_label (const char *key)
{
  const Figure *figure = lookup (key);

  return figure != NULL ? _(figure->label) : NULL;
}

static double
value_of (const char             *key,
          const HpHousingGapLine *total)
{
  if (g_str_equal (key, HP_FIGURE_HOMELESS_TOTAL))
    return total->need;
  if (g_str_equal (key, HP_FIGURE_REACHED_PER_YEAR))
    return total->reachable;
  return total->years;
}

gboolean
hp_strategy_figure_compute (HpHousingStore  *housing,
                            const char      *key,
                            int             *year,
                            double          *value,
                            GError         **error)
{
  g_autoptr(GArray) years = NULL;
  g_autoptr(HpHousingGap) gap = NULL;

  *year = 0;
  *value = 0;
  if (!hp_strategy_figure_is_known (key))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID, _("Unknown figure “%s”"), key);
      return FALSE;
    }
  years = hp_housing_store_list_years (housing, error);
  if (years == NULL)
    return FALSE;
  if (years->len == 0)
    return TRUE;
  /* Listed oldest first. */
  *year = g_array_index (years, int, years->len - 1);
  gap = hp_housing_store_compute_gap (housing, *year, NULL, error);
  if (gap == NULL)
    return FALSE;
  *value = value_of (key, hp_housing_gap_get_total (gap));
  return TRUE;
}

static char *
format_value (const char *key,
              double      value)
{
  g_autofree char *number = NULL;

  if (g_str_equal (key, HP_FIGURE_HOMELESS_TOTAL))
    {
      number = hp_housing_format_number (value, 0);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s homeless citizen", "%s homeless citizens",
                                           (gulong) MAX (round (value), 0)), number);
    }
  if (g_str_equal (key, HP_FIGURE_REACHED_PER_YEAR))
    {
      number = hp_housing_format_number (value, 1);
      return g_strdup_printf (_("%s affordable dwellings allocated per year"), number);
    }
  if (!isfinite (value))
    return g_strdup (_("not everyone can be housed at the present rate"));
  number = hp_housing_format_years (value);
  return g_strdup_printf (_("%s years to house everyone"), number);
}

/* One line for the goal's row: "Now: 6,0 years to house everyone (housing
 * mapping 2024)", or why there is no value. */
char *
hp_strategy_figure_describe (HpHousingStore *housing,
                             const char     *key)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  double value;
  int year;

  if (!hp_strategy_figure_compute (housing, key, &year, &value, &error))
    return g_strdup (error->message);
  if (year == 0)
    return g_strdup (_("No housing mapping yet"));
  text = format_value (key, value);
  /* TRANSLATORS: a goal's housing figure now, e.g. "Now: 6.0 years to house everyone (housing mapping 2024)" */
  return g_strdup_printf (_("Now: %s (housing mapping %d)"), text, year);
}
