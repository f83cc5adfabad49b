/* test-search-provider.c — the GNOME Shell search provider, over D-Bus
 *
 * Starts the built app as the shell would (as a D-Bus service), on the
 * session bus of dbus-run-session, and asks it what the shell asks.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>

#define BUS_NAME "dk.hjemplan.Hjemplan"
#define OBJECT_PATH "/dk/hjemplan/Hjemplan/SearchProvider"
#define INTERFACE "org.gnome.Shell.SearchProvider2"

typedef struct {
  char            *dir;
  GPid             pid;
  GDBusConnection *bus;
} Fixture;

static gboolean
name_has_owner (GDBusConnection *bus)
{
  g_autoptr(GVariant) reply =
    g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                 "org.freedesktop.DBus", "NameHasOwner",
                                 g_variant_new ("(s)", BUS_NAME), G_VARIANT_TYPE ("(b)"),
                                 G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  gboolean owned = FALSE;

  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *database = NULL;
  g_autofree char *config = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("HJEMPLAN_BIN"), "--gapplication-service", "--database", NULL, NULL };
  gint64 deadline;

  fixture->dir = g_dir_make_tmp ("hjemplan-provider-XXXXXX", &error);
  g_assert_no_error (error);
  database = g_build_filename (fixture->dir, "kommune.db", NULL);
  argv[3] = database;
  /* Settings in a file of our own, so the test can see what the app stored. */
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "keyfile", TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", fixture->dir, TRUE);

  fixture->bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (name_has_owner (fixture->bus));
  g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &fixture->pid, &error);
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (!name_has_owner (fixture->bus) && g_get_monotonic_time () < deadline)
    g_usleep (50 * 1000);
  g_assert_true (name_has_owner (fixture->bus));
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  kill (fixture->pid, SIGTERM);
  waitpid (fixture->pid, NULL, 0);
  g_spawn_close_pid (fixture->pid);
  g_clear_object (&fixture->bus);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GVariant *
call (Fixture    *fixture,
      const char *method,
      GVariant   *parameters,
      const char *reply_type)
{
  g_autoptr(GError) error = NULL;
  GVariant *reply = g_dbus_connection_call_sync (fixture->bus, BUS_NAME, OBJECT_PATH, INTERFACE,
                                                 method, parameters, G_VARIANT_TYPE (reply_type),
                                                 G_DBUS_CALL_FLAGS_NONE, 30000, NULL, &error);
  g_assert_no_error (error);
  return reply;
}

static GStrv
result_set (Fixture    *fixture,
            const char *first_term,
            const char *second_term)
{
  const char *terms[] = { first_term, second_term, NULL };
  g_autoptr(GVariant) reply = call (fixture, "GetInitialResultSet",
                                    g_variant_new ("(^as)", terms), "(as)");
  GStrv results = NULL;

  g_variant_get (reply, "(^as)", &results);
  return results;
}

static void
test_initial_and_subsearch (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_auto(GStrv) initial = result_set (fixture, "anvisningsret", NULL);
  g_auto(GStrv) narrower = NULL;
  g_auto(GStrv) none = result_set (fixture, "xyzzyqwv", NULL);
  const char *terms[] = { "anvisningsretten", "almene", NULL };
  g_autoptr(GVariant) reply = NULL;

  g_assert_cmpuint (g_strv_length (initial), >=, 5);
  g_assert_cmpstr (initial[0], ==, "planlaegning-af-boligindsatsen.kommunens-anvisningsret");
  g_assert_cmpuint (g_strv_length (none), ==, 0);

  reply = call (fixture, "GetSubsearchResultSet",
                g_variant_new ("(^as^as)", initial, terms), "(as)");
  g_variant_get (reply, "(^as)", &narrower);
  g_assert_cmpuint (g_strv_length (narrower), >=, 1);
  g_assert_cmpuint (g_strv_length (narrower), <, g_strv_length (initial));
  g_assert_cmpstr (narrower[0], ==, "planlaegning-af-boligindsatsen.a3.2");
}

static void
test_result_metas (Fixture       *fixture,
                   gconstpointer  user_data)
{
  const char *ids[] = { "planlaegning-af-boligindsatsen.a3.2", "no-such-item", NULL };
  g_autoptr(GVariant) reply = call (fixture, "GetResultMetas", g_variant_new ("(^as)", ids), "(aa{sv})");
  g_autoptr(GVariant) metas = g_variant_get_child_value (reply, 0);
  g_autoptr(GVariant) meta = NULL;
  const char *value;

  /* Unknown ids are left out rather than failing the whole call. */
  g_assert_cmpuint (g_variant_n_children (metas), ==, 1);
  meta = g_variant_get_child_value (metas, 0);
  g_assert_true (g_variant_lookup (meta, "id", "&s", &value));
  g_assert_cmpstr (value, ==, ids[0]);
  g_assert_true (g_variant_lookup (meta, "name", "&s", &value));
  g_assert_cmpstr (value, ==, "Retningslinje for planlægning af boligindsatsen");
  g_assert_true (g_variant_lookup (meta, "description", "&s", &value));
  g_assert_cmpstr (value, ==, "Recommendation: Kommunen bør anvende anvisningsretten til almene "
                              "familie- og ungdomsboliger.");
}

/* Activating a result opens the app on it: the page it stands on becomes
 * the one the app remembers as last opened. */
static void
test_activate_result (Fixture       *fixture,
                      gconstpointer  user_data)
{
  const char *terms[] = { "anvisningsret", NULL };
  g_autofree char *keyfile = g_build_filename (fixture->dir, "glib-2.0", "settings", "keyfile", NULL);
  g_autoptr(GVariant) reply = call (fixture, "ActivateResult",
                                    g_variant_new ("(s^asu)", "planlaegning-af-boligindsatsen.a3.2", terms, 0),
                                    "()");
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  gboolean opened = FALSE;

  while (!opened && g_get_monotonic_time () < deadline)
    {
      g_autofree char *contents = NULL;

      g_usleep (100 * 1000);
      if (g_file_get_contents (keyfile, &contents, NULL, NULL))
        opened = strstr (contents, "last-item='planlaegning-af-boligindsatsen'") != NULL;
    }
  g_assert_true (opened);
}

#define ADD(path, func) \
  g_test_add ("/search-provider/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int argc, char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  ADD ("initial-and-subsearch", test_initial_and_subsearch);
  ADD ("result-metas", test_result_metas);
  ADD ("activate-result", test_activate_result);
  return g_test_run ();
}
