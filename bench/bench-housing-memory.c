/* bench-housing-memory.c — peak memory of Hjemplan showing a national
 * housing inventory, against a bare libadwaita window in the same run
 *
 * Usage: bench-housing-memory HJEMPLAN MINIMAL-WINDOW GENERATOR [ROWS] [ROUNDS]
 *
 * Writes the inventory (3,000,000 dwellings by default) with the generator,
 * imports it with the command line (`hjemplan --database … --year 2024
 * --import-supply …`) into a private database, and removes the CSV file.
 * Then, interleaved per round: the minimal window, which prints
 * "first-frame T" when painted and quits; and Hjemplan with
 * HJEMPLAN_BENCH_HOUSING=1, which opens on the housing pane and prints
 * "housing-shown T N" when the supply table has its N rows and has painted
 * them, and quits.  Peak memory is each child's ru_maxrss (VmHWM); times
 * are from just before the spawn.  A first run of Hjemplan, not counted,
 * loads the guideline corpus into the database.  Run it under Xvfb and a
 * session bus (see bench/README.md); GSK_RENDERER is passed on to both.
 * Exits 1 when Hjemplan needs more than 250 MB above the minimal window.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_EXTRA_RSS_MB 250.0

typedef struct {
  double ms;
  double rss_mb;
} Sample;

/* Runs @argv to its end; the time is to the line starting with @marker. */
static Sample
run_once (const char * const *argv,
          char              **env,
          const char         *marker)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  struct rusage usage;
  const char *line;
  gint64 start;
  GPid pid;
  int out_fd, status;
  char chunk[256];
  ssize_t n;

  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, env,
                                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, &pid, NULL, &out_fd, NULL, &error))
    g_error ("%s: %s", argv[0], error->message);
  while ((n = read (out_fd, chunk, sizeof chunk)) > 0)
    g_string_append_len (out, chunk, n);
  close (out_fd);
  if (wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s did not exit cleanly", argv[0]);
  if ((line = strstr (out->str, marker)) == NULL)
    g_error ("%s printed no “%s” (is a display and a session bus there?)", argv[0], marker);
  return (Sample) { (g_ascii_strtoll (line + strlen (marker), NULL, 10) - start) / 1000.0,
                    usage.ru_maxrss / 1024.0 };
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static Sample
median (GArray *samples)
{
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rss = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < samples->len; i++)
    {
      g_array_append_val (ms, g_array_index (samples, Sample, i).ms);
      g_array_append_val (rss, g_array_index (samples, Sample, i).rss_mb);
    }
  g_array_sort (ms, compare_doubles);
  g_array_sort (rss, compare_doubles);
  return (Sample) { g_array_index (ms, double, ms->len / 2), g_array_index (rss, double, rss->len / 2) };
}

static void
run_or_die (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                     &status, &error) || !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", argv[0], error->message);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_unlink (file);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *db = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GArray) minimal = g_array_new (FALSE, FALSE, sizeof (Sample));
  g_autoptr(GArray) app = g_array_new (FALSE, FALSE, sizeof (Sample));
  const char *rows = argc > 4 ? argv[4] : "3000000";
  guint rounds = argc > 5 ? (guint) atoi (argv[5]) : 3;
  Sample m, a;
  gint64 start;

  /* The figures print × and ≤: the terminal's UTF-8, not ASCII "?". */
  setlocale (LC_ALL, "");

  if (argc < 4)
    {
      g_printerr ("usage: %s HJEMPLAN MINIMAL-WINDOW GENERATOR [ROWS] [ROUNDS]\n", argv[0]);
      return 2;
    }
  dir = g_dir_make_tmp ("hjemplan-bench-XXXXXX", &error);
  g_assert_no_error (error);
  csv = g_build_filename (dir, "inventory.csv", NULL);
  db = g_build_filename (dir, "kommune.db", NULL);
  {
    const char *gen_argv[] = { argv[3], csv, rows, NULL };
    const char *import_argv[] = { argv[1], "--database", db, "--year", "2024", "--import-supply", csv, NULL };

    run_or_die (gen_argv);
    start = g_get_monotonic_time ();
    run_or_die (import_argv);
    g_print ("inventory: %s dwellings, imported with the command line in %.1f s\n",
             rows, (g_get_monotonic_time () - start) / 1e6);
    g_unlink (csv);
  }

  {
    const char *app_argv[] = { argv[1], "--database", db, NULL };
    const char *minimal_argv[] = { argv[2], NULL };
    g_auto(GStrv) app_env = g_environ_setenv (g_strdupv (env), "HJEMPLAN_BENCH_HOUSING", "1", TRUE);
    Sample s;

    app_env = g_environ_unsetenv (app_env, "HJEMPLAN_EXIT_AFTER_FIRST_FRAME");
    run_once (app_argv, app_env, "housing-shown ");
    for (guint i = 0; i < rounds; i++)
      {
        /* Interleaved, so that a slow moment of the machine hits both. */
        s = run_once (minimal_argv, env, "first-frame ");
        g_array_append_val (minimal, s);
        s = run_once (app_argv, app_env, "housing-shown ");
        g_array_append_val (app, s);
      }
  }
  remove_dir (dir);

  m = median (minimal);
  a = median (app);
  g_print ("renderer: %s; median of %u rounds\n",
           g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "default", rounds);
  g_print ("%-44s %9s %9s\n", "", "shown", "peak RSS");
  g_print ("%-44s %6.0f ms %6.1f MB\n", "minimal libadwaita window (first frame)", m.ms, m.rss_mb);
  g_print ("%-44s %6.0f ms %6.1f MB\n", "Hjemplan, housing pane with the supply table", a.ms, a.rss_mb);
  g_print ("memory: +%.1f MB above the minimal window (target ≤ %.0f MB)\n", a.rss_mb - m.rss_mb, MAX_EXTRA_RSS_MB);
  return a.rss_mb - m.rss_mb <= MAX_EXTRA_RSS_MB ? 0 : 1;
}
