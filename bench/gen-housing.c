/* gen-housing.c — a national-size housing inventory as Danish CSV
 *
 * Usage: gen-housing FILE [ROWS]   (default 3,000,000 dwellings)
 *
 * One row per dwelling, as a register extract has it: the mix of types,
 * rents and sizes is roughly the Danish one (about a fifth social housing,
 * a third private rental), the numbers are random with a fixed seed so
 * every run writes the same file.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>

static const struct {
  const char *name;
  int         weight;     /* per thousand dwellings */
  int         rent_min;
  int         rent_max;
  double      turnover;
  int         share;      /* allocation share, % */
} types[] = {
  { "Almen familiebolig", 560, 3000, 9000, 0.10, 25 },
  { "Almen ungdomsbolig", 60, 2400, 4500, 0.30, 25 },
  { "Startbolig", 5, 2800, 4200, 0.35, 100 },
  { "Skæv bolig", 2, 2200, 3600, 0.10, 100 },
  { "Privat udlejning", 340, 4000, 14000, 0.15, 0 },
  { "Værelse", 20, 1800, 4500, 0.35, 10 },
  { "Udslusningsbolig", 3, 2600, 4000, 0.50, 100 },
  { "Botilbud", 6, 3000, 4500, 0.10, 100 },
  { "§ 110-plads", 2, 1500, 2500, 1.0, 100 },
  { "Alternativ plejehjemsplads", 2, 3000, 4200, 0.12, 100 },
};

static const char *const areas[] = {
  "Nørrebro", "Vesterbro", "Amager", "Valby", "Aarhus C", "Gellerup", "Odense SØ", "Vollsmose",
  "Aalborg Øst", "Esbjerg N", "Randers C", "Kolding", "Horsens", "Vejle Øst", "Roskilde", "Næstved",
};

static const char *
pick_type (GRand *rand,
           guint *index)
{
  int r = g_rand_int_range (rand, 0, 1000);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      if (r < types[i].weight)
        {
          *index = i;
          return types[i].name;
        }
      r -= types[i].weight;
    }
  *index = 0;
  return types[0].name;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2024);
  long rows = argc > 2 ? atol (argv[2]) : 3000000;
  FILE *out;

  if (argc < 2 || (out = fopen (argv[1], "w")) == NULL)
    {
      fprintf (stderr, "usage: %s FILE [ROWS]\n", argv[0]);
      return 2;
    }
  fputs ("\xef\xbb\xbf" "Boligtype;Område;Boligorganisation;Antal boliger;Areal m²;Værelser;"
         "Husleje pr. måned;Niveaufri adgang;Genudlejning pr. år;Anvisningsret\r\n", out);
  for (long i = 0; i < rows; i++)
    {
      guint t;
      const char *type = pick_type (rand, &t);
      int rent = g_rand_int_range (rand, types[t].rent_min, types[t].rent_max);
      int rooms = g_rand_int_range (rand, 1, 5);

      fprintf (out, "%s;%s;Boligselskab %d;1;%d;%d;%d.%03d,%02d;%s;%d %%;%d %%\r\n",
               type, areas[g_rand_int_range (rand, 0, G_N_ELEMENTS (areas))], g_rand_int_range (rand, 1, 400),
               20 + rooms * 22 + g_rand_int_range (rand, 0, 20), rooms, rent / 1000, rent % 1000,
               g_rand_int_range (rand, 0, 100), g_rand_boolean (rand) ? "ja" : "nej",
               (int) (types[t].turnover * 100), types[t].share);
    }
  return fclose (out) == 0 ? 0 : 1;
}
