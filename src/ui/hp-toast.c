/* hp-toast.c — one way to show a toast from anywhere in a window
 *
 * A new toast replaces the one shown before it instead of queueing behind
 * it, so a toast with an Undo button is at hand at once.  That is done by
 * dismissing the previous toast rather than with ADW_TOAST_PRIORITY_HIGH,
 * which makes libadwaita 1.2 abort when it pushes back a toast that is
 * still animating out.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hp-toast.h"

#define CURRENT_KEY "hp-current-toast"

static void
forget (AdwToast        *toast,
        AdwToastOverlay *overlay)
{
  if (g_object_get_data (G_OBJECT (overlay), CURRENT_KEY) == toast)
    g_object_set_data (G_OBJECT (overlay), CURRENT_KEY, NULL);
}

/* Shows @toast (floating; consumed) in the toast overlay around @widget. */
void
hp_toast_show (GtkWidget *widget,
               AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *previous;

  if (overlay == NULL)
    {
      g_object_unref (g_object_ref_sink (toast));
      return;
    }
  previous = g_object_get_data (G_OBJECT (overlay), CURRENT_KEY);
  if (previous != NULL)
    adw_toast_dismiss (previous);
  g_object_set_data (G_OBJECT (overlay), CURRENT_KEY, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (forget), overlay, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

void
hp_toast_show_message (GtkWidget  *widget,
                       const char *message)
{
  hp_toast_show (widget, adw_toast_new (message));
}
