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
