/* hp-test-ui.c — helpers for the tests that drive windows under Xvfb
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hp-test-ui.h"
#include "hp-test-util.h"

static gboolean
has_size (gpointer widget)
{
  return gtk_widget_get_height (widget) > 0;
}

/* Waits until @widget has been laid out with a size: GTK lays out on the
 * frame clock's next tick, not when a widget is shown.  Returns FALSE if
 * that took more than 10 s. */
gboolean
hp_test_wait_for_size (GtkWidget *widget)
{
  return hp_test_wait_for (has_size, widget);
}

/* Presents @window and waits until the X server has mapped it and GTK has
 * given it a size: under a loaded sanitizer run that can take longer than
 * hp_test_flush_events(), and checks of focus or layout made before it
 * fail for no fault of the code. */
void
hp_test_present (GtkWindow *window)
{
  gtk_window_present (window);
  g_assert_true (hp_test_wait_for_size (GTK_WIDGET (window)));
}

/* A main window on @context, 1200 × 800, shown and laid out. */
HpWindow *
hp_test_open_window (HpContext *context)
{
  HpWindow *window = hp_window_new (NULL, context);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  hp_test_present (GTK_WINDOW (window));
  return window;
}

/* @widget or the first widget of @type below it, depth first; NULL if none. */
GtkWidget *
hp_test_find_descendant (GtkWidget *widget,
                         GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = hp_test_find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The one toplevel window of @type (asserting there is no second), or NULL. */
gpointer
hp_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gpointer found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        {
          g_assert_null (found);
          found = window;
        }
    }
  return found;
}
