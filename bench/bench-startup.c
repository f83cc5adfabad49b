/* bench-startup.c — time to the first frame and peak memory of Hjemplan
 * against a bare libadwaita window, in the same run and the same display
 *
 * Usage: bench-startup HJEMPLAN MINIMAL-WINDOW [ROUNDS]
 *
 * Both programs print "first-frame T" (CLOCK_MONOTONIC, µs) when their
 * window's first frame is painted and quit; Hjemplan does so when
 * HJEMPLAN_EXIT_AFTER_FIRST_FRAME=1.  Start-up is T minus the moment just
 * before the spawn; peak memory is the child's ru_maxrss.  Hjemplan runs on
 * a private database: once on a new one per round ("first start": the
 * corpus is loaded into it) and on one already loaded ("start").  Run it
 * under Xvfb and a session bus (see bench/README.md); GSK_RENDERER is
 * passed on to both programs.
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

#define MAX_START_RATIO   1.5
#define MAX_EXTRA_RSS_MB  60.0

typedef struct {
  double ms;
  double rss_mb;
} Sample;

static Sample
run_once (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *out = NULL;
  GString *buffer = g_string_new (NULL);
  struct rusage usage;
  const char *line;
  gint64 start, painted = 0;
  GPid pid;
  int out_fd, status;
  char chunk[256];
  ssize_t n;

  env = g_environ_setenv (env, "HJEMPLAN_EXIT_AFTER_FIRST_FRAME", "1", TRUE);
  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, env,
                                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, &pid, NULL, &out_fd, NULL, &error))
    g_error ("%s: %s", argv[0], error->message);
  while ((n = read (out_fd, chunk, sizeof chunk)) > 0)
    g_string_append_len (buffer, chunk, n);
  close (out_fd);
  if (wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s did not exit cleanly", argv[0]);
  out = g_string_free (buffer, FALSE);
  line = strstr (out, "first-frame ");
  if (line == NULL)
    g_error ("%s printed no first frame (is a display and a session bus there?)", argv[0]);
  painted = g_ascii_strtoll (line + strlen ("first-frame "), NULL, 10);
  return (Sample) { (painted - start) / 1000.0, usage.ru_maxrss / 1024.0 };
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
remove_database (const char *dir)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", dir);

  if (system (cmd) != 0)
    g_warning ("could not remove %s", dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *db = NULL;
  g_autoptr(GArray) minimal = g_array_new (FALSE, FALSE, sizeof (Sample));
  g_autoptr(GArray) first = g_array_new (FALSE, FALSE, sizeof (Sample));
  g_autoptr(GArray) warm = g_array_new (FALSE, FALSE, sizeof (Sample));
  guint rounds = argc > 3 ? (guint) atoi (argv[3]) : 7;
  Sample m, f, w;
  gboolean ok;

  /* The figures print × and ≤: the terminal's UTF-8, not ASCII "?". */
  setlocale (LC_ALL, "");

  if (argc < 3)
    {
      g_printerr ("usage: %s HJEMPLAN MINIMAL-WINDOW [ROUNDS]\n", argv[0]);
      return 2;
    }
  tmp = g_dir_make_tmp ("hjemplan-bench-XXXXXX", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < rounds; i++)
    {
      g_autofree char *dir = g_strdup_printf ("%s/round-%u", tmp, i);
      g_autofree char *path = g_strdup_printf ("%s/kommune.db", dir);
      const char *app_argv[] = { argv[1], "--database", path, NULL };
      const char *minimal_argv[] = { argv[2], NULL };
      Sample s;

      g_mkdir (dir, 0700);
      /* Interleaved, so that a slow moment of the machine hits both. */
      s = run_once (minimal_argv);
      g_array_append_val (minimal, s);
      s = run_once (app_argv);
      g_array_append_val (first, s);
      s = run_once (app_argv);
      g_array_append_val (warm, s);
      remove_database (dir);
    }
  remove_database (tmp);

  m = median (minimal);
  f = median (first);
  w = median (warm);
  g_print ("renderer: %s; median of %u rounds\n",
           g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "default", rounds);
  g_print ("%-28s %9s %9s\n", "", "first frame", "peak RSS");
  g_print ("%-28s %8.0f ms %6.1f MB\n", "minimal libadwaita window", m.ms, m.rss_mb);
  g_print ("%-28s %8.0f ms %6.1f MB\n", "Hjemplan, start", w.ms, w.rss_mb);
  g_print ("%-28s %8.0f ms %6.1f MB\n", "Hjemplan, first-ever start", f.ms, f.rss_mb);
  g_print ("start: %.2f× the minimal window (target ≤ %.1f×); memory: +%.1f MB (target ≤ %.0f MB)\n",
           w.ms / m.ms, MAX_START_RATIO, w.rss_mb - m.rss_mb, MAX_EXTRA_RSS_MB);
  ok = w.ms <= MAX_START_RATIO * m.ms && w.rss_mb - m.rss_mb <= MAX_EXTRA_RSS_MB;
  return ok ? 0 : 1;
}
