/* hp-strategy-toast.c — tell the manager what just happened
 *
 * A toast in the window's overlay, with an Undo button (win.undo) after an
 * edit worth undoing, such as a deletion.  Widgets outside a window (in
 * tests) log the message instead, so an error is never silently lost.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hp-strategy-toast.h"
#include "hp-toast.h"

void
hp_strategy_toast (GtkWidget  *widget,
                   const char *title,
                   gboolean    with_undo)
{
  AdwToast *toast = adw_toast_new (title);

  if (with_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  hp_toast_show (widget, toast);
}
