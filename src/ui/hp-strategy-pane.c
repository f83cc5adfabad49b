/* hp-strategy-pane.c — the strategy worksheet
 *
 * Empty until there is a strategy: then the two sentences of the
 * publication's method and the way in (a new strategy, or the fictional
 * example).  With a strategy: its title, and three pages — the checklist,
 * the plan (focus areas, goals, actions) and the overview.  The pane opens
 * the most recently changed strategy, so after a restart the manager is
 * where they left off.  Everything here goes through HpStrategyStore, so it
 * is stored at once and can be undone from anywhere (win.undo).
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-strategy-example.h"
#include "hp-strategy-exchange.h"
#include "hp-strategy-overview.h"
#include "hp-strategy-pane.h"
#include "hp-strategy-plan-view.h"
#include "hp-strategy-toast.h"
#include "hp-workshop-setup.h"

struct _HpStrategyPane
{
  GtkWidget        parent_instance;

  HpContext       *context;
  HpStrategyStore *store;
  gint64           strategy_id;
  GPtrArray       *strategies;
  gboolean         updating;
  HpStrategyForm  *form;        /* weak */
  HpStrategyExchange *exchange;

  GtkWidget       *stack;
  GtkWidget       *pages;
  GtkWidget       *title;
  GtkWidget       *subtitle;
  GtkWidget       *switcher_dropdown;
  HpStrategyChecklist *checklist;
  GtkWidget       *plan_view;
  GtkWidget       *overview;
  gboolean         plan_stale;      /* shows an older state of the strategy */
  gboolean         overview_stale;
};

G_DEFINE_FINAL_TYPE (HpStrategyPane, hp_strategy_pane, GTK_TYPE_WIDGET)

static void
hp_strategy_pane_dispose (GObject *object)
{
  HpStrategyPane *self = HP_STRATEGY_PANE (object);

  if (self->form != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->form), (gpointer *) &self->form);
  g_clear_pointer (&self->stack, gtk_widget_unparent);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->exchange);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_pointer (&self->strategies, g_ptr_array_unref);
  G_OBJECT_CLASS (hp_strategy_pane_parent_class)->dispose (object);
}

static void
toast (HpStrategyPane *self,
       const char     *title,
       gboolean        with_undo)
{
  hp_strategy_toast (GTK_WIDGET (self), title, with_undo);
}

/* --- which strategy is shown ----------------------------------------------- */

static HpStrategy *
current (HpStrategyPane *self)
{
  for (guint i = 0; self->strategies != NULL && i < self->strategies->len; i++)
    if (((HpStrategy *) self->strategies->pdata[i])->id == self->strategy_id)
      return self->strategies->pdata[i];
  return NULL;
}

static void
update_switcher (HpStrategyPane *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; i < self->strategies->len; i++)
    {
      HpStrategy *s = self->strategies->pdata[i];
      g_autofree char *label = g_strdup_printf ("%s — %s", s->municipality, s->title);

      gtk_string_list_append (titles, label);
      if (s->id == self->strategy_id)
        selected = i;
    }
  self->updating = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->switcher_dropdown), G_LIST_MODEL (titles));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->switcher_dropdown), selected);
  self->updating = FALSE;
  gtk_widget_set_visible (self->switcher_dropdown, self->strategies->len > 1);
}

static void
update_header (HpStrategyPane *self,
               HpStrategy     *strategy)
{
  g_autofree char *subtitle = g_strdup_printf ("%s · %d–%d", strategy->municipality,
                                               strategy->period_start, strategy->period_end);

  gtk_label_set_text (GTK_LABEL (self->title), strategy->title);
  /* The switcher keeps the middle, so a long title may still be cut. */
  gtk_widget_set_tooltip_text (self->title, strategy->title);
  gtk_label_set_text (GTK_LABEL (self->subtitle), subtitle);
}

/* The plan and the overview are made again after every change: the one
 * shown at once, a hidden one when it is next shown, so that a status
 * set in the checklist does not wait for two pages nobody sees. */
static void
refresh_shown_page (HpStrategyPane *self)
{
  const char *shown = gtk_stack_get_visible_child_name (GTK_STACK (self->pages));

  if (self->plan_stale && g_strcmp0 (shown, "plan") == 0)
    {
      self->plan_stale = FALSE;
      hp_strategy_plan_view_set_strategy (HP_STRATEGY_PLAN_VIEW (self->plan_view), self->strategy_id);
    }
  if (self->overview_stale && g_strcmp0 (shown, "overview") == 0)
    {
      self->overview_stale = FALSE;
      hp_strategy_overview_set_strategy (HP_STRATEGY_OVERVIEW (self->overview), self->strategy_id);
    }
}

/* Reads the strategies again and shows @prefer (0: keep the current one,
 * or the most recently changed when it is gone). */
static void
reload (HpStrategyPane *self,
        gint64          prefer)
{
  HpStrategy *strategy;

  g_clear_pointer (&self->strategies, g_ptr_array_unref);
  self->strategies = hp_strategy_store_list_strategies (self->store, NULL);
  if (self->strategies == NULL)
    self->strategies = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_strategy_free);
  if (prefer > 0)
    self->strategy_id = prefer;
  strategy = current (self);
  if (strategy == NULL && self->strategies->len > 0)
    strategy = self->strategies->pdata[0];
  self->strategy_id = strategy ? strategy->id : 0;
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), strategy ? "strategy" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "strategy.edit", strategy != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "strategy.delete", strategy != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "strategy.snapshot", strategy != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "strategy.workshop", strategy != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "strategy.export", strategy != NULL);
  if (strategy == NULL)
    return;
  update_header (self, strategy);
  update_switcher (self);
  hp_strategy_checklist_set_strategy (self->checklist, self->strategy_id);
  self->plan_stale = self->overview_stale = TRUE;
  refresh_shown_page (self);
}

static void
on_store_changed (HpStrategyPane *self,
                  gint64          strategy_id)
{
  /* A change to another strategy (undo of its deletion, say) shows it. */
  reload (self, strategy_id);
}

static void
on_switcher_selected (HpStrategyPane *self)
{
  guint i = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->switcher_dropdown));

  if (!self->updating && self->strategies != NULL && i < self->strategies->len)
    reload (self, ((HpStrategy *) self->strategies->pdata[i])->id);
}

/* --- strategy forms -------------------------------------------------------- */

/* Always FALSE, for `return field_error (…)`. */
static gboolean
field_error (HpStrategyForm *form,
             const char     *key,
             GError         *error)
{
  hp_strategy_form_set_error (form, key, error->message);
  return FALSE;
}

static gboolean
read_strategy_form (HpStrategyForm *form,
                    HpStrategy     *fields)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *start = hp_strategy_form_get_text (form, "start");
  g_autofree char *end = hp_strategy_form_get_text (form, "end");

  fields->municipality = hp_strategy_form_get_text (form, "municipality");
  fields->title = hp_strategy_form_get_text (form, "title");
  fields->vision = hp_strategy_form_get_text (form, "vision");
  if (!hp_strategy_check_text (fields->municipality, _("The municipality"), TRUE, HP_STRATEGY_SHORT_MAX_CHARS, &error))
    return field_error (form, "municipality", error);
  if (!hp_strategy_check_text (fields->title, _("The title"), TRUE, HP_STRATEGY_SHORT_MAX_CHARS, &error))
    return field_error (form, "title", error);
  if (!hp_strategy_parse_year (start, &fields->period_start, &error))
    return field_error (form, "start", error);
  if (!hp_strategy_parse_year (end, &fields->period_end, &error))
    return field_error (form, "end", error);
  return TRUE;
}

static void
clear_fields (HpStrategy *fields)
{
  g_free (fields->municipality);
  g_free (fields->title);
  g_free (fields->vision);
}

static gboolean
submit_strategy (HpStrategyForm *form,
                 gpointer        data)
{
  HpStrategyPane *self = data;
  g_autoptr(GError) error = NULL;
  HpStrategy fields = { 0 };
  gboolean editing = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (form), "editing"));
  gint64 id = 0;

  if (read_strategy_form (form, &fields))
    {
      if (editing)
        id = hp_strategy_store_update_strategy (self->store, self->strategy_id, &fields, &error)
             ? self->strategy_id : 0;
      else
        id = hp_strategy_store_create_strategy (self->store, &fields, &error);
      if (id == 0)
        hp_strategy_form_set_error (form, fields.period_end < fields.period_start ? "end" : NULL,
                                    error->message);
    }
  clear_fields (&fields);
  if (id != 0)
    reload (self, id);
  return id != 0;
}

static void
present_form (HpStrategyPane *self,
              HpStrategyForm *form)
{
  self->form = form;
  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &self->form);
  gtk_window_present (GTK_WINDOW (form));
}

static void
strategy_form (HpStrategyPane *self,
               HpStrategy     *strategy)
{
  g_autofree char *start = g_strdup_printf ("%d", strategy ? strategy->period_start : 2025);
  g_autofree char *end = g_strdup_printf ("%d", strategy ? strategy->period_end : 2028);
  HpStrategyForm *form = hp_strategy_form_new (GTK_WIDGET (self),
                                               strategy ? _("Edit Strategy") : _("New Strategy"),
                                               strategy ? _("_Save") : _("_Create"),
                                               submit_strategy, self, NULL);

  g_object_set_data (G_OBJECT (form), "editing", GINT_TO_POINTER (strategy != NULL));
  hp_strategy_form_add_entry (form, "municipality", _("_Municipality"),
                              strategy ? strategy->municipality : "", _("e.g. Vejle Kommune"));
  hp_strategy_form_add_entry (form, "title", _("_Title"), strategy ? strategy->title : "",
                              _("e.g. Homelessness strategy 2025–2028"));
  hp_strategy_form_add_entry (form, "start", _("Period _from (year)"), start, NULL);
  hp_strategy_form_add_entry (form, "end", _("Period _to (year)"), end, NULL);
  hp_strategy_form_add_text (form, "vision", _("_Vision"), strategy ? strategy->vision : "");
  present_form (self, form);
}

static void
new_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  strategy_form (HP_STRATEGY_PANE (widget), NULL);
}

static void
edit_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  HpStrategyPane *self = HP_STRATEGY_PANE (widget);

  if (current (self) != NULL)
    strategy_form (self, current (self));
}

static gboolean
submit_snapshot (HpStrategyForm *form,
                 gpointer        data)
{
  HpStrategyPane *self = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = hp_strategy_form_get_text (form, "label");
  g_autofree char *date_text = hp_strategy_form_get_text (form, "date");
  g_autofree char *date = NULL;
  gboolean baseline = hp_strategy_form_get_choice (form, "kind") == 1;

  if (!hp_strategy_parse_date (date_text, &date, &error) || date == NULL)
    {
      hp_strategy_form_set_error (form, "date", error ? error->message : _("The snapshot needs a date"));
      return FALSE;
    }
  if (hp_strategy_store_take_snapshot (self->store, self->strategy_id, label, date, baseline, &error) == 0)
    {
      hp_strategy_form_set_error (form, "label", error->message);
      return FALSE;
    }
  toast (self, baseline ? _("Baseline taken") : _("Snapshot taken"), TRUE);
  return TRUE;
}

static void
snapshot_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  HpStrategyPane *self = HP_STRATEGY_PANE (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%d-%m-%Y");
  const char *kinds[] = { _("Follow-up"), _("Baseline"), NULL };
  HpStrategyForm *form = hp_strategy_form_new (widget, _("Take Snapshot"), _("_Take Snapshot"),
                                               submit_snapshot, self, NULL);

  hp_strategy_form_add_entry (form, "label", _("_Name"), _("Follow-up"), NULL);
  hp_strategy_form_add_entry (form, "date", _("_Date"), today, _("e.g. 31-12-2026"));
  hp_strategy_form_add_choice (form, "kind", _("_Kind"), kinds, 0);
  present_form (self, form);
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    HpStrategyPane   *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "id"));

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!hp_strategy_store_delete_strategy (self->store, id, &error))
    toast (self, error->message, FALSE);
  else
    toast (self, _("Strategy deleted"), TRUE);
}

static void
delete_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  HpStrategyPane *self = HP_STRATEGY_PANE (widget);
  HpStrategy *strategy = current (self);
  GtkWidget *dialog;

  if (strategy == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Delete the strategy?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” with its assessment, snapshots, goals and actions will be "
                                    "deleted. You can undo this with Ctrl+Z."), strategy->title);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "id", GSIZE_TO_POINTER (strategy->id));
  g_signal_connect (dialog, "response", G_CALLBACK (on_delete_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
example_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  HpStrategyPane *self = HP_STRATEGY_PANE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;

  for (guint i = 0; self->strategies != NULL && i < self->strategies->len; i++)
    if (((HpStrategy *) self->strategies->pdata[i])->is_example)
      {
        reload (self, ((HpStrategy *) self->strategies->pdata[i])->id);
        return;
      }
  id = hp_strategy_example_create (self->store, &error);
  if (id == 0)
    toast (self, error->message, FALSE);
  else
    reload (self, id);
}

static void
workshop_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  HpStrategyPane *self = HP_STRATEGY_PANE (widget);

  if (self->strategy_id != 0)
    gtk_window_present (GTK_WINDOW (hp_workshop_setup_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                           self->store, self->strategy_id)));
}

static void
export_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  HpStrategyPane *self = HP_STRATEGY_PANE (widget);
  const char *what = g_variant_get_string (parameter, NULL);
  HpStrategyExportKind kind = g_str_equal (what, "actions") ? HP_STRATEGY_EXPORT_ACTIONS
                              : g_str_equal (what, "calendar") ? HP_STRATEGY_EXPORT_CALENDAR
                              : g_str_equal (what, "file") ? HP_STRATEGY_EXPORT_FILE
                              : HP_STRATEGY_EXPORT_REPORT;

  if (self->strategy_id > 0)
    hp_strategy_exchange_export (self->exchange, self->strategy_id, kind);
}

static void
import_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  hp_strategy_exchange_import (HP_STRATEGY_PANE (widget)->exchange);
}

static void
hp_strategy_pane_class_init (HpStrategyPaneClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_strategy_pane_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "strategypane");
  gtk_widget_class_install_action (widget_class, "strategy.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "strategy.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "strategy.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "strategy.snapshot", NULL, snapshot_action);
  gtk_widget_class_install_action (widget_class, "strategy.example", NULL, example_action);
  gtk_widget_class_install_action (widget_class, "strategy.workshop", NULL, workshop_action);
  gtk_widget_class_install_action (widget_class, "strategy.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "strategy.import", NULL, import_action);
}

/* --- building -------------------------------------------------------------- */

static GtkWidget *
pill_button (const char *label,
             const char *action,
             gboolean    suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "pill");
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  return button;
}

static GtkWidget *
empty_page (void)
{
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "checkbox-checked-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Plan the Municipality’s Strategy"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
    _("Compare current practice with every direction in the guidelines to see where development "
      "is needed. Then choose focus areas and set goals and actions for the directions there."));
  gtk_box_append (GTK_BOX (buttons), pill_button (_("_New Strategy…"), "strategy.new", TRUE));
  gtk_box_append (GTK_BOX (buttons), pill_button (_("Open the _Example Municipality"), "strategy.example", FALSE));
  adw_status_page_set_child (ADW_STATUS_PAGE (status), buttons);
  return status;
}

static GMenuModel *
strategy_menu (void)
{
  GMenu *menu = g_menu_new ();
  GMenu *first = g_menu_new ();
  GMenu *exports = g_menu_new ();
  GMenu *second = g_menu_new ();

  g_menu_append (first, _("_Edit Strategy…"), "strategy.edit");
  g_menu_append (first, _("_Take Snapshot…"), "strategy.snapshot");
  {
    g_autoptr(GMenuItem) workshop = g_menu_item_new (_("Start _Workshop…"), "strategy.workshop");

    g_menu_item_set_attribute (workshop, "accel", "s", "F5");
    g_menu_append_item (first, workshop);
  }
  g_menu_append (exports, _("_Report for the City Council…"), "strategy.export::report");
  g_menu_append (exports, _("Export _Actions as Spreadsheet…"), "strategy.export::actions");
  g_menu_append (exports, _("Export Deadlines to _Calendar…"), "strategy.export::calendar");
  g_menu_append (exports, _("E_xport Strategy File…"), "strategy.export::file");
  g_menu_append (exports, _("_Import Strategy File…"), "strategy.import");
  g_menu_append (second, _("_New Strategy…"), "strategy.new");
  g_menu_append (second, _("Open the _Example Municipality"), "strategy.example");
  g_menu_append (second, _("_Delete Strategy…"), "strategy.delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (first));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (exports));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (second));
  g_object_unref (first);
  g_object_unref (exports);
  g_object_unref (second);
  return G_MENU_MODEL (menu);
}

static GtkWidget *
top_bar (HpStrategyPane *self)
{
  GtkWidget *bar = gtk_center_box_new ();
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *end = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *switcher = gtk_stack_switcher_new ();
  GtkWidget *menu = gtk_menu_button_new ();
  g_autoptr(GMenuModel) model = strategy_menu ();

  gtk_widget_add_css_class (bar, "strategy-bar");
  self->title = gtk_label_new (NULL);
  self->subtitle = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->title, "title-3");
  gtk_widget_add_css_class (self->subtitle, "dim-label");
  for (GtkWidget *l = self->title; l; l = l == self->title ? self->subtitle : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (l), 0);
      gtk_label_set_ellipsize (GTK_LABEL (l), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (titles), l);
    }
  /* Titles such as "Hjemløsestrategi 2025-2028: Tag over hovedet" are
   * longer than the room beside the switcher: two lines before "…". */
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (self->title), 2);
  gtk_widget_set_valign (switcher, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (end, GTK_ALIGN_CENTER);
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), GTK_STACK (self->pages));
  self->switcher_dropdown = gtk_drop_down_new (NULL, NULL);
  gtk_widget_set_tooltip_text (self->switcher_dropdown, _("Strategy"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->switcher_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Strategy"), -1);
  g_signal_connect_swapped (self->switcher_dropdown, "notify::selected", G_CALLBACK (on_switcher_selected), self);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu), model);
  gtk_widget_set_tooltip_text (menu, _("Strategy Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Strategy Menu"), -1);
  gtk_box_append (GTK_BOX (end), self->switcher_dropdown);
  gtk_box_append (GTK_BOX (end), menu);
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (bar), titles);
  gtk_center_box_set_center_widget (GTK_CENTER_BOX (bar), switcher);
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (bar), end);
  return bar;
}

static void
hp_strategy_pane_init (HpStrategyPane *self)
{
  self->stack = gtk_stack_new ();
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));
  gtk_stack_add_named (GTK_STACK (self->stack), empty_page (), "empty");
}

static void
build_strategy_page (HpStrategyPane *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->pages = gtk_stack_new ();
  gtk_stack_set_transition_type (GTK_STACK (self->pages), GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  /* Said outright: the expand GTK 4.8 works out from the pages is late
   * for pages built after the stack is shown. */
  gtk_widget_set_vexpand (self->pages, TRUE);
  g_signal_connect_swapped (self->pages, "notify::visible-child-name", G_CALLBACK (refresh_shown_page), self);
  self->checklist = HP_STRATEGY_CHECKLIST (hp_strategy_checklist_new (self->store));
  self->plan_view = hp_strategy_plan_view_new (self->store);
  self->overview = hp_strategy_overview_new (self->store);
  gtk_stack_add_titled (GTK_STACK (self->pages), GTK_WIDGET (self->checklist), "checklist", _("Checklist"));
  gtk_stack_add_titled (GTK_STACK (self->pages), self->plan_view, "plan", _("Focus Areas and Goals"));
  gtk_stack_add_titled (GTK_STACK (self->pages), self->overview, "overview", _("Overview"));
  gtk_box_append (GTK_BOX (box), top_bar (self));
  gtk_box_append (GTK_BOX (box), self->pages);
  gtk_stack_add_named (GTK_STACK (self->stack), box, "strategy");
}

void
hp_strategy_pane_set_context (HpStrategyPane *self,
                              HpContext      *context)
{
  g_return_if_fail (HP_IS_STRATEGY_PANE (self));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  self->store = g_object_ref (hp_context_get_strategy_store (context));
  self->exchange = hp_strategy_exchange_new (GTK_WIDGET (self), self->store);
  build_strategy_page (self);
  g_signal_connect_swapped (self->store, "changed", G_CALLBACK (on_store_changed), self);
  reload (self, 0);
}

gint64
hp_strategy_pane_get_strategy_id (HpStrategyPane *self)
{
  return self->strategy_id;
}

/* Shows @item_id's row in the checklist; FALSE when there is no strategy
 * to assess it in (the empty state shows how to start one). */
gboolean
hp_strategy_pane_assess (HpStrategyPane *self,
                         const char     *item_id)
{
  if (self->strategy_id == 0)
    return FALSE;
  gtk_stack_set_visible_child_name (GTK_STACK (self->pages), "checklist");
  return hp_strategy_checklist_reveal (self->checklist, item_id);
}

HpStrategyChecklist *
hp_strategy_pane_get_checklist (HpStrategyPane *self)
{
  return self->checklist;
}

HpStrategyExchange *
hp_strategy_pane_get_exchange (HpStrategyPane *self)
{
  return self->exchange;
}

HpStrategyForm *
hp_strategy_pane_get_form (HpStrategyPane *self)
{
  return self->form;
}

const char *
hp_strategy_pane_get_visible (HpStrategyPane *self)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (self->stack));
}

void
hp_strategy_pane_show_page (HpStrategyPane *self,
                            const char     *page)
{
  gtk_stack_set_visible_child_name (GTK_STACK (self->pages), page);
}

GtkWidget *
hp_strategy_pane_get_plan_view (HpStrategyPane *self)
{
  return self->plan_view;
}

GtkWidget *
hp_strategy_pane_get_overview (HpStrategyPane *self)
{
  return self->overview;
}
