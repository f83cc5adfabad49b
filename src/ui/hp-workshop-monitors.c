/* hp-workshop-monitors.c — which screen shows the workshop, which the notes
 *
 * A facilitator starts the workshop from the app's window on the laptop,
 * with the projector as a second monitor.  So the show goes by default to
 * a monitor the window is not on, and the presenter view to the window's
 * own monitor — or, when the facilitator puts the show there, to the first
 * other one.  With a single monitor there is no presenter view.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-workshop-monitors.h"

static gboolean
contains (GListModel *monitors,
          GdkMonitor *monitor)
{
  for (guint i = 0; monitor != NULL && i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) item = g_list_model_get_item (monitors, i);

      if (item == monitor)
        return TRUE;
    }
  return FALSE;
}

/* The position in @monitors of the monitor to project on: the first one
 * @window_monitor (where the app's window is; may be NULL) is not. */
guint
hp_workshop_monitors_choose_show (GListModel *monitors,
                                  GdkMonitor *window_monitor)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (monitors), 0);

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) item = g_list_model_get_item (monitors, i);

      if (item != window_monitor)
        return i;
    }
  return 0;
}

/* The monitor for the presenter view when the show is on @show, or NULL
 * when there is no other monitor.  Not a new reference. */
GdkMonitor *
hp_workshop_monitors_choose_presenter (GListModel *monitors,
                                       GdkMonitor *show,
                                       GdkMonitor *window_monitor)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (monitors), NULL);

  if (window_monitor != show && contains (monitors, window_monitor))
    return window_monitor;
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) item = g_list_model_get_item (monitors, i);

      if (item != show)
        return item;
    }
  return NULL;
}

/* "HDMI-1 · DELL U2415 · 1920 × 1200", as far as the monitor tells;
 * "Monitor 2 · 1024 × 768" when it names neither connector nor model. */
char *
hp_workshop_monitors_describe (GdkMonitor *monitor,
                               guint       index)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *connector = gdk_monitor_get_connector (monitor);
  const char *maker = gdk_monitor_get_manufacturer (monitor);
  const char *model = gdk_monitor_get_model (monitor);
  GdkRectangle geometry;

  g_return_val_if_fail (GDK_IS_MONITOR (monitor), NULL);

  if (connector != NULL && *connector != '\0')
    g_ptr_array_add (parts, g_strdup (connector));
  if (model != NULL && *model != '\0' && g_strcmp0 (model, connector) != 0)
    g_ptr_array_add (parts, maker != NULL && *maker != '\0' ? g_strdup_printf ("%s %s", maker, model)
                                                             : g_strdup (model));
  if (parts->len == 0)
    /* TRANSLATORS: a monitor without a name, by its place in the list */
    g_ptr_array_add (parts, g_strdup_printf (_("Monitor %u"), index + 1));
  gdk_monitor_get_geometry (monitor, &geometry);
  if (geometry.width > 0)
    /* TRANSLATORS: a monitor's size in pixels, "1920 × 1080" */
    g_ptr_array_add (parts, g_strdup_printf (_("%d × %d"), geometry.width, geometry.height));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}
