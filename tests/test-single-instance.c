/* test-single-instance.c — starting Hjemplan twice opens it once
 *
 * Starts the built app with a display on a session bus of its own, waits
 * for its window, then starts it again with the same arguments.  The
 * second process must hand the start over to the first (an Activate call
 * to org.gtk.Application, seen by a bus monitor) and exit at once with
 * status 0, and the first must still show exactly one window.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#define BUS_NAME "dk.hjemplan.Hjemplan"
#define APP_PATH "/dk/hjemplan/Hjemplan"
#define WINDOWS_PATH APP_PATH "/window"
#define TIMEOUT_SECONDS 60
/* The second start only forwards its arguments: it must not take long. */
#define MAX_SECOND_START_SECONDS 30

/* GTestDBus unsets DISPLAY; the app needs it: kept from the start. */
static char *display;

typedef struct {
  GTestDBus       *test_bus;   /* a bus of our own: the search provider test owns the name too */
  char            *dir;
  char            *database;
  GPid             first;
  GDBusConnection *bus;
  GDBusConnection *monitor;
  gint             activations; /* Activate calls to the first instance, seen by the monitor */
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

/* The windows GtkApplication exports under /dk/hjemplan/Hjemplan/window/N. */
static guint
count_windows (GDBusConnection *bus)
{
  g_autoptr(GVariant) reply =
    g_dbus_connection_call_sync (bus, BUS_NAME, WINDOWS_PATH, "org.freedesktop.DBus.Introspectable",
                                 "Introspect", NULL, G_VARIANT_TYPE ("(s)"),
                                 G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  g_autoptr(GDBusNodeInfo) node = NULL;
  const char *xml;
  guint n = 0;

  if (reply == NULL)
    return 0;
  g_variant_get (reply, "(&s)", &xml);
  node = g_dbus_node_info_new_for_xml (xml, NULL);
  while (node != NULL && node->nodes != NULL && node->nodes[n] != NULL)
    n++;
  return n;
}

static GDBusMessage *
watch_activations (GDBusConnection *connection,
                   GDBusMessage    *message,
                   gboolean         incoming,
                   gpointer         user_data)
{
  Fixture *fixture = user_data;

  if (g_dbus_message_get_message_type (message) == G_DBUS_MESSAGE_TYPE_METHOD_CALL &&
      g_strcmp0 (g_dbus_message_get_interface (message), "org.gtk.Application") == 0 &&
      g_strcmp0 (g_dbus_message_get_member (message), "Activate") == 0 &&
      g_strcmp0 (g_dbus_message_get_path (message), APP_PATH) == 0)
    g_atomic_int_inc (&fixture->activations);
  /* A monitor must never answer: every message is consumed here. */
  g_object_unref (message);
  return NULL;
}

/* A second connection that sees every org.gtk.Application call on the bus. */
static void
start_monitor (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  const char *rules[] = { "type='method_call',interface='org.gtk.Application'", NULL };

  fixture->monitor = g_dbus_connection_new_for_address_sync (
    g_test_dbus_get_bus_address (fixture->test_bus),
    G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT | G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
    NULL, NULL, &error);
  g_assert_no_error (error);
  reply = g_dbus_connection_call_sync (fixture->monitor, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus.Monitoring", "BecomeMonitor",
                                       g_variant_new ("(^asu)", rules, 0), NULL,
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_dbus_connection_add_filter (fixture->monitor, watch_activations, fixture, NULL);
}

static GStrv
app_environment (Fixture *fixture)
{
  GStrv env = g_get_environ ();

  if (display != NULL)
    env = g_environ_setenv (env, "DISPLAY", display, TRUE);
  env = g_environ_setenv (env, "DBUS_SESSION_BUS_ADDRESS",
                          g_test_dbus_get_bus_address (fixture->test_bus), TRUE);
  /* Settings in a file of our own, not the user's. */
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "keyfile", TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", fixture->dir, TRUE);
  /* Nor the user's default database, should a start not hand over. */
  env = g_environ_setenv (env, "XDG_DATA_HOME", fixture->dir, TRUE);
  return env;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_auto(GStrv) env = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("HJEMPLAN_BIN"), "--database", NULL, NULL };
  gint64 deadline;

  fixture->test_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (fixture->test_bus);
  fixture->dir = g_dir_make_tmp ("hjemplan-single-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->database = g_build_filename (fixture->dir, "kommune.db", NULL);
  argv[2] = fixture->database;
  env = app_environment (fixture);

  fixture->bus = g_dbus_connection_new_for_address_sync (
    g_test_dbus_get_bus_address (fixture->test_bus),
    G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT | G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
    NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (name_has_owner (fixture->bus));

  g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &fixture->first, &error);
  g_assert_no_error (error);
  /* Up once it owns the name and shows its window. */
  deadline = g_get_monotonic_time () + TIMEOUT_SECONDS * G_USEC_PER_SEC;
  while ((!name_has_owner (fixture->bus) || count_windows (fixture->bus) == 0) &&
         g_get_monotonic_time () < deadline)
    g_usleep (50 * 1000);
  g_assert_true (name_has_owner (fixture->bus));
  g_assert_cmpuint (count_windows (fixture->bus), ==, 1);
  start_monitor (fixture);
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
  kill (fixture->first, SIGTERM);
  waitpid (fixture->first, NULL, 0);
  g_spawn_close_pid (fixture->first);
  g_clear_object (&fixture->monitor);
  g_clear_object (&fixture->bus);
  g_test_dbus_down (fixture->test_bus);
  g_clear_object (&fixture->test_bus);
  remove_tree (fixture->dir);
  g_free (fixture->database);
  g_free (fixture->dir);

}

/* Runs the app again with @argv's arguments; returns its wait status once
 * it has exited, failing if that takes too long. */
static int
start_again (Fixture     *fixture,
             const char **argv)
{
  g_auto(GStrv) env = app_environment (fixture);
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + MAX_SECOND_START_SECONDS * G_USEC_PER_SEC;
  GPid second;
  int status = 0;
  pid_t done = 0;

  g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &second, &error);
  g_assert_no_error (error);
  while ((done = waitpid (second, &status, WNOHANG)) == 0 && g_get_monotonic_time () < deadline)
    g_usleep (20 * 1000);
  if (done == 0)
    {
      /* Still running: it opened a window of its own instead of handing over. */
      kill (second, SIGKILL);
      waitpid (second, NULL, 0);
    }
  g_spawn_close_pid (second);
  g_assert_cmpint (done, ==, second);
  return status;
}

static void
wait_for_activations (Fixture *fixture,
                      gint     wanted)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_SECONDS * G_USEC_PER_SEC;

  /* The monitor's messages arrive on GDBus's worker thread. */
  while (g_atomic_int_get (&fixture->activations) < wanted && g_get_monotonic_time () < deadline)
    g_usleep (20 * 1000);
  g_assert_cmpint (g_atomic_int_get (&fixture->activations), ==, wanted);
}

static void
test_second_start_activates_first (Fixture       *fixture,
                                   gconstpointer  user_data)
{
  const char *argv[] = { g_getenv ("HJEMPLAN_BIN"), "--database", fixture->database, NULL };
  int status = start_again (fixture, argv);

  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  wait_for_activations (fixture, 1);
  /* The first instance raised its window and opened no other. */
  g_assert_true (name_has_owner (fixture->bus));
  g_assert_cmpint (waitpid (fixture->first, NULL, WNOHANG), ==, 0);
  g_assert_cmpuint (count_windows (fixture->bus), ==, 1);

  /* And again: every later start does the same. */
  status = start_again (fixture, argv);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  wait_for_activations (fixture, 2);
  g_assert_cmpuint (count_windows (fixture->bus), ==, 1);
}

/* Started without --database the second time, it still goes to the one
 * running instance (the database is the first instance's business). */
static void
test_second_start_without_arguments (Fixture       *fixture,
                                     gconstpointer  user_data)
{
  const char *argv[] = { g_getenv ("HJEMPLAN_BIN"), NULL };
  int status = start_again (fixture, argv);

  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  wait_for_activations (fixture, 1);
  g_assert_cmpuint (count_windows (fixture->bus), ==, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  display = g_strdup (g_getenv ("DISPLAY"));
  g_test_add ("/single-instance/second-start-activates-first", Fixture, NULL,
              fixture_set_up, test_second_start_activates_first, fixture_tear_down);
  g_test_add ("/single-instance/second-start-without-arguments", Fixture, NULL,
              fixture_set_up, test_second_start_without_arguments, fixture_tear_down);
  return g_test_run ();
}
