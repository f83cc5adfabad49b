/* hp-housing-number.c — numbers, money and shares as Danes write them
 *
 * Display follows LC_NUMERIC (glibc's ' flag groups thousands), so a Danish
 * locale shows 1.234,5 and an English one 1,234.5.  Files are different:
 * a Danish spreadsheet writes 1.234,50 whatever the reader's locale, so CSV
 * code asks for HP_NUMBER_DANISH explicitly.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "hp-housing-number.h"

/* Removes @sep from @s in place when it separates groups of exactly three
 * digits after the first group ("1.234.567"); FALSE when @sep is used any
 * other way, so "1.5" is not mistaken for fifteen hundred. */
static gboolean
strip_groups (char *s,
              char  sep)
{
  char *first = strchr (s, sep);
  char *out = s;
  int digits = 0;

  if (first == NULL)
    return TRUE;
  if (first == s || first - s - (s[0] == '-') > 3 || first - s - (s[0] == '-') < 1)
    return FALSE;
  for (char *p = first; *p != '\0'; p++)
    {
      if (*p == sep)
        {
          if (p != first && digits != 3)
            return FALSE;
          digits = 0;
        }
      else if (g_ascii_isdigit (*p))
        digits++;
      else
        break;
    }
  if (digits != 3)
    return FALSE;
  for (char *p = s; *p != '\0'; p++)
    if (*p != sep)
      *out++ = *p;
  *out = '\0';
  return TRUE;
}

/* Drops blanks (also the no-break spaces spreadsheets put in numbers), a
 * currency word and a percent sign.  Byte by byte: this runs for every
 * number of a million-row import. */
static char *
clean (const char *text,
       gboolean   *percent)
{
  static const char *const units[] = { "kr.", "kr", "dkk", "m\xc2\xb2", "m2" };
  gsize len = strlen (text);
  char *s = g_malloc (len + 1);
  gsize n = 0;

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t')
        continue;
      if (p[0] == 0xc2 && p[1] == 0xa0)                      /* U+00A0 */
        p += 1;
      else if (p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0xaf)  /* U+202F */
        p += 2;
      else
        s[n++] = *p;
    }
  s[n] = '\0';
  *percent = n > 0 && s[n - 1] == '%';
  if (*percent)
    s[--n] = '\0';
  for (guint i = 0; n > 0 && !g_ascii_isdigit (s[n - 1]) && i < G_N_ELEMENTS (units); i++)
    {
      gsize u = strlen (units[i]);

      if (n > u && g_ascii_strcasecmp (s + n - u, units[i]) == 0)
        s[n -= u] = '\0';
    }
  for (guint i = 0; n > 0 && !g_ascii_isdigit (s[0]) && s[0] != '-' && i < G_N_ELEMENTS (units); i++)
    {
      gsize u = strlen (units[i]);

      if (n > u && g_ascii_strncasecmp (s, units[i], u) == 0)
        {
          memmove (s, s + u, n - u + 1);
          n -= u;
        }
    }
  return s;
}

/* The forms a register extract writes millions of times — "1.234,50",
 * "42", "25 %" — read without copying.  Anything else (a currency word, a
 * no-break space, a lone dot, a sign, very long digit strings) returns
 * FALSE and goes the general way, so this path only ever agrees with it:
 * the digits make an exact integer below 2^53, and dividing it by an exact
 * power of ten rounds once, as strtod does. */
static gboolean
parse_plain (const char *text,
             char        decimal,
             char        group,
             double     *value,
             gboolean   *percent)
{
  static const double powers[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
  const char *p = text;
  guint64 mantissa = 0;
  int digits = 0, group_digits = 0, decimals = -1;
  gboolean grouped = FALSE, negative = FALSE;

  while (*p == ' ')
    p++;
  negative = *p == '-';
  p += negative;
  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (++digits > 15)
            return FALSE;
          mantissa = mantissa * 10 + (guint64) (*p - '0');
          group_digits++;
          decimals += decimals >= 0;
        }
      else if (*p == group && decimals < 0 && group_digits >= 1 && (grouped ? group_digits == 3 : group_digits <= 3))
        {
          grouped = TRUE;
          group_digits = 0;
        }
      else if (*p == decimal && decimals < 0 && group_digits > 0 && (!grouped || group_digits == 3))
        decimals = 0;
      else
        break;
    }
  if (digits == 0 || (grouped && decimals < 0 && group_digits != 3) || decimals == 0)
    return FALSE;
  while (*p == ' ')
    p++;
  *percent = *p == '%';
  p += *percent;
  while (*p == ' ')
    p++;
  if (*p != '\0')
    return FALSE;
  *value = (double) mantissa / powers[decimals < 0 ? 0 : decimals];
  if (negative)
    *value = -*value;
  return TRUE;
}

static gboolean
locale_uses_comma (void)
{
  const struct lconv *lc = localeconv ();
  return lc->decimal_point != NULL && lc->decimal_point[0] == ',';
}

gboolean
hp_housing_parse_number (const char    *text,
                         HpNumberStyle  style,
                         double        *value,
                         gboolean      *percent)
{
  gboolean is_percent = FALSE;
  g_autofree char *s = NULL;
  char decimal, group;
  char *end = NULL;
  double v;

  g_return_val_if_fail (value != NULL, FALSE);
  if (text == NULL)
    return FALSE;
  if (style == HP_NUMBER_LOCALE)
    style = locale_uses_comma () ? HP_NUMBER_DANISH : HP_NUMBER_ENGLISH;
  decimal = style == HP_NUMBER_DANISH ? ',' : '.';
  group = style == HP_NUMBER_DANISH ? '.' : ',';
  if (parse_plain (text, decimal, group, &v, &is_percent))
    {
      *value = is_percent ? v / 100.0 : v;
      if (percent != NULL)
        *percent = is_percent;
      return TRUE;
    }
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  s = clean (text, &is_percent);

  if (strchr (s, decimal) != NULL)
    {
      char *d = strrchr (s, decimal);

      *d = '\0';
      if (strchr (s, decimal) != NULL || !strip_groups (s, group))
        return FALSE;
      memmove (s + strlen (s) + 1, d + 1, strlen (d + 1) + 1);
      s[strlen (s)] = '.';
    }
  else if (strchr (s, group) != NULL && !strip_groups (s, group) && group == ',')
    return FALSE;
  /* A lone dot that is no thousands separator ("2.5") is read as a decimal
   * point even in Danish: nobody means twenty-five by it. */

  if (s[0] == '\0' || strspn (s, "-+0123456789.") != strlen (s))
    return FALSE;
  v = g_ascii_strtod (s, &end);
  if (end == s || *end != '\0' || !isfinite (v))
    return FALSE;
  *value = is_percent ? v / 100.0 : v;
  if (percent != NULL)
    *percent = is_percent;
  return TRUE;
}

char *
hp_housing_format_number (double value,
                          int    decimals)
{
  /* -0 would print as "-0". */
  if (fabs (value) < 0.5 * pow (10, -decimals))
    value = 0;
  return g_strdup_printf ("%'.*f", decimals, value);
}

/* Always 1.234,50, for files. */
char *
hp_housing_format_danish (double value,
                          int    decimals)
{
  g_autofree char *plain = g_strdup_printf ("%.*f", decimals, fabs (value) < 0.5 * pow (10, -decimals) ? 0 : value);
  GString *out = g_string_new (NULL);
  const char *point = strchr (plain, '.');
  const char *digits = plain + (plain[0] == '-');
  gsize int_len = (point ? (gsize) (point - digits) : strlen (digits));

  if (plain[0] == '-')
    g_string_append_c (out, '-');
  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append_c (out, '.');
      g_string_append_c (out, digits[i]);
    }
  if (point != NULL)
    {
      g_string_append_c (out, ',');
      g_string_append (out, point + 1);
    }
  return g_string_free (out, FALSE);
}

char *
hp_housing_format_money (double value)
{
  gboolean whole = fabs (value - round (value)) < 0.005;
  g_autofree char *number = hp_housing_format_number (value, whole ? 0 : 2);

  /* Translators: an amount of money; Danish writes "3.500 kr." */
  return g_strdup_printf (_("DKK %s"), number);
}

char *
hp_housing_format_percent (double share)
{
  double percent = share * 100;
  gboolean whole = fabs (percent - round (percent)) < 0.05;
  g_autofree char *number = hp_housing_format_number (percent, whole ? 0 : 1);

  /* Translators: a percentage; Danish puts a space before the sign */
  return g_strdup_printf (_("%s%%"), number);
}

/* Years are rounded up to a tenth: a plan should not promise 2.0 years when
 * it takes 2.03. */
double
hp_housing_round_years (double years)
{
  if (!isfinite (years))
    return years;
  return ceil (years * 10 - 1e-9) / 10;
}

char *
hp_housing_format_years (double years)
{
  if (!isfinite (years))
    return g_strdup (_("never"));
  return hp_housing_format_number (hp_housing_round_years (years), 1);
}
