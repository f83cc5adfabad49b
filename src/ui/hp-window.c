/* hp-window.c — the main window: header, view stack with the panes
 *
 * Window size and the last opened page are kept in GSettings.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-guideline-printer.h"
#include "hp-housing-pane.h"
#include "hp-strategy-pane.h"
#include "hp-window.h"

struct _HpWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  HpContext            *context;

  AdwViewStack         *stack;
  HpBrowserPane        *browser_pane;
  AdwBin               *housing_bin;
  AdwBin               *strategy_bin;
  HpHousingPane        *housing_pane;    /* NULL until first shown */
  HpStrategyPane       *strategy_pane;   /* NULL until first shown */
  GtkToggleButton      *search_button;
  AdwToastOverlay      *toast_overlay;
};

G_DEFINE_FINAL_TYPE (HpWindow, hp_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_undo_actions (HpWindow *self)
{
  HpUndoStack *stack = hp_context_get_undo_stack (self->context);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", hp_undo_stack_can_undo (stack));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", hp_undo_stack_can_redo (stack));
}

static void
show_toast (HpWindow   *self,
            const char *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/* Undo and redo act on the one history in the context, whichever pane
 * made the edit. */
static void
undo_redo (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);
  HpUndoStack *stack = hp_context_get_undo_stack (self->context);
  g_autoptr(GError) error = NULL;
  gboolean undo = g_str_equal (action_name, "win.undo");
  g_autofree char *label = g_strdup (undo ? hp_undo_stack_get_undo_label (stack)
                                          : hp_undo_stack_get_redo_label (stack));
  g_autofree char *message = NULL;

  if (!(undo ? hp_undo_stack_undo (stack, &error) : hp_undo_stack_redo (stack, &error)))
    {
      show_toast (self, error->message);
      return;
    }
  /* TRANSLATORS: "Undone: Status changed" */
  message = g_strdup_printf (undo ? _("Undone: %s") : _("Redone: %s"), label);
  show_toast (self, message);
}

/* The housing and strategy panes are built when first shown (or asked
 * for), not with the window: a start shows the guidelines, and a pane not
 * looked at costs nothing to build, style or lay out before the first
 * frame. */
static HpHousingPane *
ensure_housing_pane (HpWindow *self)
{
  if (self->housing_pane == NULL)
    {
      self->housing_pane = g_object_new (HP_TYPE_HOUSING_PANE, NULL);
      adw_bin_set_child (self->housing_bin, GTK_WIDGET (self->housing_pane));
      hp_housing_pane_set_context (self->housing_pane, self->context);
    }
  return self->housing_pane;
}

static HpStrategyPane *
ensure_strategy_pane (HpWindow *self)
{
  if (self->strategy_pane == NULL)
    {
      self->strategy_pane = g_object_new (HP_TYPE_STRATEGY_PANE, NULL);
      adw_bin_set_child (self->strategy_bin, GTK_WIDGET (self->strategy_pane));
      hp_strategy_pane_set_context (self->strategy_pane, self->context);
    }
  return self->strategy_pane;
}

static void
on_visible_child_changed (HpWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (name, "housing") == 0)
    ensure_housing_pane (self);
  else if (g_strcmp0 (name, "strategy") == 0)
    ensure_strategy_pane (self);
}

static void
assess_direction (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "strategy");
  if (!hp_strategy_pane_assess (ensure_strategy_pane (self), g_variant_get_string (parameter, NULL)))
    show_toast (self, _("Start a strategy first to assess the directions"));
}

/* F5 from anywhere in the window, not only from inside the strategy pane:
 * a facilitator clicks "Strategy" in the header bar and presses F5 with
 * the focus still on the switcher. */
static void
start_workshop (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);
  HpStrategyPane *pane = ensure_strategy_pane (self);

  adw_view_stack_set_visible_child_name (self->stack, "strategy");
  if (hp_strategy_pane_get_strategy_id (pane) == 0)
    show_toast (self, _("Start a strategy first to hold a workshop"));
  else
    gtk_widget_activate_action (GTK_WIDGET (pane), "strategy.workshop", NULL);
}

static void
show_in_guidelines (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  adw_view_stack_set_visible_child_name (self->stack, "guidelines");
  if (!hp_browser_pane_show (self->browser_pane, g_variant_get_string (parameter, NULL), &error))
    show_toast (self, error->message);
}

static void
hp_window_constructed (GObject *object)
{
  HpWindow *self = HP_WINDOW (object);
  g_autofree char *last_item = NULL;

  G_OBJECT_CLASS (hp_window_parent_class)->constructed (object);

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  hp_browser_pane_set_context (self->browser_pane, self->context);
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (on_visible_child_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hp_context_get_undo_stack (self->context), "notify::can-undo",
                           G_CALLBACK (update_undo_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hp_context_get_undo_stack (self->context), "notify::can-redo",
                           G_CALLBACK (update_undo_actions), self, G_CONNECT_SWAPPED);
  update_undo_actions (self);
  g_object_bind_property (hp_browser_pane_get_search_bar (self->browser_pane), "search-mode-enabled",
                          self->search_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  last_item = g_settings_get_string (self->settings, "last-item");
  hp_browser_pane_open_initial (self->browser_pane, last_item);
  g_settings_bind (self->settings, "last-item", self->browser_pane, "current-id",
                   G_SETTINGS_BIND_SET);
  /* For bench/bench-housing-memory: open on the housing pane (which then
   * reports when its supply table is shown, and quits). */
  if (g_strcmp0 (g_getenv ("HJEMPLAN_BENCH_HOUSING"), "1") == 0)
    adw_view_stack_set_visible_child_name (self->stack, "housing");
}

static void
hp_window_dispose (GObject *object)
{
  HpWindow *self = HP_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (hp_window_parent_class)->dispose (object);
}

static void
hp_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  HpWindow *self = HP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
go_back (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  hp_browser_pane_go_back (HP_WINDOW (widget)->browser_pane);
}

static void
start_search (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "guidelines");
  hp_browser_pane_start_search (self->browser_pane, NULL);
}

/* Prints (or, through the dialog's "Print to File", exports to PDF) the
 * page the browser shows. */
static void
print_page (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);
  HpCorpusItem *page = hp_page_view_get_page (hp_browser_pane_get_page_view (self->browser_pane));

  if (page != NULL)
    hp_guideline_printer_run (hp_context_get_corpus (self->context), page, GTK_WINDOW (self));
}

/* A file just exported, opened in the program the desktop has for it
 * (the "Open" button of the toast that says where it went). */
static void
open_file (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

static void
go_forward (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  hp_browser_pane_go_forward (HP_WINDOW (widget)->browser_pane);
}

/* Back and forward belong to the browser, but live in the window's header;
 * keep the window actions' sensitivity in step with the browser history. */
static void
update_history_actions (HpWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back",
                                 hp_browser_pane_can_go_back (self->browser_pane));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.forward",
                                 hp_browser_pane_can_go_forward (self->browser_pane));
}

static void
hp_window_class_init (HpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hp_window_constructed;
  object_class->dispose = hp_window_dispose;
  object_class->set_property = hp_window_set_property;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, HP_TYPE_CONTEXT,
                                                 G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY |
                                                 G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HP_TYPE_BROWSER_PANE);
  g_type_ensure (HP_TYPE_HOUSING_PANE);
  g_type_ensure (HP_TYPE_STRATEGY_PANE);
  gtk_widget_class_set_template_from_resource (widget_class, "/dk/hjemplan/Hjemplan/hp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HpWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, browser_pane);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, housing_bin);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, strategy_bin);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, update_history_actions);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, go_back);
  gtk_widget_class_install_action (widget_class, "win.forward", NULL, go_forward);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, start_search);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_page);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_redo);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_redo);
  gtk_widget_class_install_action (widget_class, "win.assess-direction", "s", assess_direction);
  gtk_widget_class_install_action (widget_class, "win.show-in-guidelines", "s", show_in_guidelines);
  gtk_widget_class_install_action (widget_class, "win.workshop", NULL, start_workshop);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.workshop", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "win.forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Forward, 0, "win.forward", NULL);
}

static void
hp_window_init (HpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.forward", FALSE);
}

HpWindow *
hp_window_new (GtkApplication *application,
               HpContext      *context)
{
  return g_object_new (HP_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

HpBrowserPane *
hp_window_get_browser_pane (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);
  return self->browser_pane;
}

HpStrategyPane *
hp_window_get_strategy_pane (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);
  return ensure_strategy_pane (self);
}
