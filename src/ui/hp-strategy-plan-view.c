/* hp-strategy-plan-view.c — focus areas, goals and actions
 *
 * The second step of the publication's method: choose guidelines to work
 * with, and set goals and actions for their directions.  Goals and actions
 * are edited in a form that checks every field and shows the model's own
 * message under the field at fault (a deadline before the start, text in
 * a number field…), storing nothing until all is well.  Deleting asks
 * first and can be undone.  Each goal and action names the directions it
 * serves (chosen in the form, shown as links on its row), and a goal may
 * follow a figure of the housing mapping, shown as it stands now.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-housing-store.h"
#include "hp-strategy-direction-picker.h"
#include "hp-strategy-directions.h"
#include "hp-strategy-figure.h"
#include "hp-strategy-link-row.h"
#include "hp-strategy-plan-view.h"
#include "hp-strategy-plan.h"
#include "hp-strategy-toast.h"

struct _HpStrategyPlanView
{
  GtkWidget        parent_instance;

  HpStrategyStore *store;
  HpHousingStore  *housing;
  gint64           strategy_id;
  GPtrArray       *places;       /* of HpDirectionPlace */
  GHashTable      *place_index;  /* direction id → HpDirectionPlace */
  GPtrArray       *guidelines;   /* of HpCorpusItem, for the focus-area chooser */
  GPtrArray       *goals;
  HpStrategyForm  *form;         /* weak */
  GtkWindow       *dialog;       /* weak */

  GtkWidget       *page;
  GtkWidget       *focus_group;
  GtkWidget       *goal_group;
  GtkWidget       *action_group;
  GtkWidget       *guideline_dropdown;
  GPtrArray       *rows;         /* rows to remove on refresh */
};

G_DEFINE_FINAL_TYPE (HpStrategyPlanView, hp_strategy_plan_view, GTK_TYPE_WIDGET)

static void
hp_strategy_plan_view_dispose (GObject *object)
{
  HpStrategyPlanView *self = HP_STRATEGY_PLAN_VIEW (object);

  g_clear_weak_pointer (&self->form);
  g_clear_weak_pointer (&self->dialog);
  g_clear_pointer (&self->page, gtk_widget_unparent);
  g_clear_pointer (&self->guidelines, g_ptr_array_unref);
  g_clear_pointer (&self->goals, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->place_index, g_hash_table_unref);
  g_clear_pointer (&self->places, g_ptr_array_unref);
  g_clear_object (&self->housing);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (hp_strategy_plan_view_parent_class)->dispose (object);
}

static void
report (HpStrategyPlanView *self,
        const char         *message,
        gboolean            with_undo)
{
  hp_strategy_toast (GTK_WIDGET (self), message, with_undo);
}

static const char *
guideline_title (HpStrategyPlanView *self,
                 const char         *id)
{
  for (guint i = 0; i < self->guidelines->len; i++)
    if (g_strcmp0 (hp_corpus_item_get_id (self->guidelines->pdata[i]), id) == 0)
      return hp_corpus_item_get_title (self->guidelines->pdata[i]);
  return id;
}

/* --- the lists ------------------------------------------------------------- */

static GtkWidget *
row_button (const char *icon,
            const char *tooltip,
            const char *action,
            GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

static GtkWidget *
add_link_row (HpStrategyPlanView *self,
              GtkWidget          *group,
              const char         *title,
              const char         *subtitle,
              const char         *figure,
              GStrv               directions)
{
  GtkWidget *row = hp_strategy_link_row_new (title, subtitle, figure, self->place_index,
                                             (const char * const *) directions);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_ptr_array_add (self->rows, row);
  return row;
}

static GtkWidget *
add_row (HpStrategyPlanView *self,
         GtkWidget          *group,
         const char         *title,
         const char         *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_ptr_array_add (self->rows, row);
  return row;
}

static char *
goal_subtitle (const HpGoal *goal)
{
  GString *out = g_string_new (goal->indicator);
  g_autofree char *deadline = hp_strategy_format_date (goal->deadline);

  if (goal->has_baseline || goal->has_target)
    {
      g_autofree char *from = goal->has_baseline ? hp_strategy_format_number (goal->baseline) : g_strdup ("–");
      g_autofree char *to = goal->has_target ? hp_strategy_format_number (goal->target) : g_strdup ("–");

      g_string_append_printf (out, "%s%s → %s", out->len ? " · " : "", from, to);
    }
  if (goal->deadline != NULL)
    g_string_append_printf (out, "%s%s %s", out->len ? " · " : "", _("by"), deadline);
  return g_string_free (out, FALSE);
}

static char *
action_subtitle (const HpAction *action,
                 const char     *today)
{
  GString *out = g_string_new (action->owner);
  g_autofree char *start = hp_strategy_format_date (action->start);
  g_autofree char *deadline = hp_strategy_format_date (action->deadline);

  if (action->start != NULL || action->deadline != NULL)
    g_string_append_printf (out, "%s%s – %s", out->len ? " · " : "", start, deadline);
  g_string_append_printf (out, "%s%s", out->len ? " · " : "", hp_action_status_get_label (action->status));
  if (action->deadline != NULL && strcmp (action->deadline, today) < 0 &&
      action->status != HP_ACTION_DONE && action->status != HP_ACTION_CANCELLED)
    g_string_append_printf (out, " · %s", _("Overdue"));
  return g_string_free (out, FALSE);
}

static void
fill_focus_areas (HpStrategyPlanView *self)
{
  g_auto(GStrv) areas = hp_strategy_plan_list_focus_areas (self->store, self->strategy_id, NULL);

  for (guint i = 0; areas != NULL && areas[i] != NULL; i++)
    {
      GtkWidget *row = add_row (self, self->focus_group, guideline_title (self, areas[i]), NULL);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 row_button ("list-remove-symbolic", _("Remove focus area"),
                                             "plan.remove-focus", g_variant_new_string (areas[i])));
    }
}

static void
fill_goals_and_actions (HpStrategyPlanView *self)
{
  g_autoptr(GPtrArray) actions = hp_strategy_plan_list_actions (self->store, self->strategy_id, NULL);
  g_autofree char *today = hp_strategy_today ();

  g_clear_pointer (&self->goals, g_ptr_array_unref);
  self->goals = hp_strategy_plan_list_goals (self->store, self->strategy_id, NULL);
  for (guint i = 0; self->goals != NULL && i < self->goals->len; i++)
    {
      HpGoal *goal = self->goals->pdata[i];
      g_autofree char *subtitle = goal_subtitle (goal);
      g_autofree char *figure = *goal->figure ? hp_strategy_figure_describe (self->housing, goal->figure) : NULL;
      GtkWidget *row = add_link_row (self, self->goal_group, goal->text, subtitle, figure, goal->directions);

      hp_strategy_link_row_add_suffix (row, row_button ("document-edit-symbolic", _("Edit goal"),
                                                        "plan.edit-goal", g_variant_new_int64 (goal->id)));
      hp_strategy_link_row_add_suffix (row, row_button ("user-trash-symbolic", _("Delete goal"),
                                                        "plan.delete-goal", g_variant_new_int64 (goal->id)));
    }
  for (guint i = 0; actions != NULL && i < actions->len; i++)
    {
      HpAction *action = actions->pdata[i];
      g_autofree char *subtitle = action_subtitle (action, today);
      GtkWidget *row = add_link_row (self, self->action_group, action->text, subtitle, NULL, action->directions);

      hp_strategy_link_row_add_suffix (row, row_button ("document-edit-symbolic", _("Edit action"),
                                                        "plan.edit-action", g_variant_new_int64 (action->id)));
      hp_strategy_link_row_add_suffix (row, row_button ("user-trash-symbolic", _("Delete action"),
                                                        "plan.delete-action", g_variant_new_int64 (action->id)));
    }
}

static void
refresh (HpStrategyPlanView *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = self->rows->pdata[i];
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
  if (self->strategy_id == 0)
    return;
  if (self->places == NULL)
    {
      self->places = hp_strategy_directions_list (hp_strategy_store_get_corpus (self->store));
      self->place_index = hp_strategy_directions_index (self->places);
    }
  fill_focus_areas (self);
  fill_goals_and_actions (self);
}

/* --- focus areas ----------------------------------------------------------- */

static void
set_focus (HpStrategyPlanView *self,
           const char         *guideline_id,
           gboolean            chosen)
{
  g_autoptr(GError) error = NULL;

  if (!hp_strategy_plan_set_focus_area (self->store, self->strategy_id, guideline_id, chosen, &error))
    report (self, error->message, FALSE);
}

static void
add_focus_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  HpStrategyPlanView *self = HP_STRATEGY_PLAN_VIEW (widget);
  guint i = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->guideline_dropdown));

  if (i < self->guidelines->len)
    set_focus (self, hp_corpus_item_get_id (self->guidelines->pdata[i]), TRUE);
}

static void
remove_focus_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  set_focus (HP_STRATEGY_PLAN_VIEW (widget), g_variant_get_string (parameter, NULL), FALSE);
}

/* --- goal and action forms ------------------------------------------------- */

static gboolean
read_date (HpStrategyForm  *form,
           const char      *key,
           char           **iso)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = hp_strategy_form_get_text (form, key);

  if (hp_strategy_parse_date (text, iso, &error))
    return TRUE;
  hp_strategy_form_set_error (form, key, error->message);
  return FALSE;
}

static gboolean
read_number (HpStrategyForm *form,
             const char     *key,
             gboolean       *has,
             double         *value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = hp_strategy_form_get_text (form, key);

  if (hp_strategy_parse_number (text, has, value, &error))
    return TRUE;
  hp_strategy_form_set_error (form, key, error->message);
  return FALSE;
}

/* Which field a model error is about, so it is shown there. */
static const char *
field_of_error (const char *message)
{
  if (strstr (message, _("The deadline")) != NULL)
    return "deadline";
  if (strstr (message, _("The start")) != NULL)
    return "start";
  return "text";
}

static GStrv
chosen_directions (HpStrategyForm *form)
{
  return hp_strategy_direction_picker_get_selected (
    HP_STRATEGY_DIRECTION_PICKER (hp_strategy_form_get_widget (form, "directions")));
}

/* The direction picker, the strategy's focus areas first. */
static void
add_directions_field (HpStrategyPlanView *self,
                      HpStrategyForm     *form,
                      GStrv               selected)
{
  g_auto(GStrv) focus = hp_strategy_plan_list_focus_areas (self->store, self->strategy_id, NULL);

  hp_strategy_form_add_widget (form, "directions", _("Serves the _directions"),
                               hp_strategy_direction_picker_new (self->places, (const char * const *) focus,
                                                                 (const char * const *) selected));
}

static guint
figure_index (const char *key)
{
  const char * const *keys = hp_strategy_figure_list_keys ();

  for (guint i = 0; key != NULL && keys[i] != NULL; i++)
    if (g_str_equal (keys[i], key))
      return i + 1;
  return 0;
}

static gboolean
submit_goal (HpStrategyForm *form,
             gpointer        data)
{
  HpStrategyPlanView *self = data;
  g_autoptr(HpGoal) goal = g_new0 (HpGoal, 1);
  g_autoptr(GError) error = NULL;
  guint figure = hp_strategy_form_get_choice (form, "figure");
  gboolean ok;

  goal->id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (form), "id"));
  goal->text = hp_strategy_form_get_text (form, "text");
  goal->indicator = hp_strategy_form_get_text (form, "indicator");
  goal->figure = g_strdup (figure > 0 ? hp_strategy_figure_list_keys ()[figure - 1] : "");
  goal->directions = chosen_directions (form);
  if (!read_number (form, "baseline", &goal->has_baseline, &goal->baseline) ||
      !read_number (form, "target", &goal->has_target, &goal->target) ||
      !read_date (form, "deadline", &goal->deadline))
    return FALSE;
  if (goal->id != 0)
    ok = hp_strategy_plan_update_goal (self->store, goal, &error);
  else
    ok = hp_strategy_plan_add_goal (self->store, self->strategy_id, goal, &error) != 0;
  if (!ok)
    hp_strategy_form_set_error (form, field_of_error (error->message), error->message);
  return ok;
}

static void
keep_form (HpStrategyPlanView *self,
           HpStrategyForm     *form)
{
  g_set_weak_pointer (&self->form, form);
  gtk_window_present (GTK_WINDOW (form));
}

static void
goal_form (HpStrategyPlanView *self,
           const HpGoal       *goal)
{
  const char * const *keys = hp_strategy_figure_list_keys ();
  const char *figures[8] = { _("None") };
  g_autofree char *baseline = goal && goal->has_baseline ? hp_strategy_format_number (goal->baseline) : NULL;
  g_autofree char *target = goal && goal->has_target ? hp_strategy_format_number (goal->target) : NULL;
  g_autofree char *deadline = NULL;
  HpStrategyForm *form = hp_strategy_form_new (GTK_WIDGET (self), goal ? _("Edit Goal") : _("New Goal"),
                                               goal ? _("_Save") : _("_Add"), submit_goal, self, NULL);

  for (guint i = 0; keys[i] != NULL && i + 2 < G_N_ELEMENTS (figures); i++)
    figures[i + 1] = hp_strategy_figure_get_label (keys[i]);
  if (goal != NULL && goal->deadline != NULL)
    deadline = g_strdup_printf ("%.2s-%.2s-%.4s", goal->deadline + 8, goal->deadline + 5, goal->deadline);
  g_object_set_data (G_OBJECT (form), "id", GSIZE_TO_POINTER (goal ? goal->id : 0));
  hp_strategy_form_add_text (form, "text", _("_Goal"), goal ? goal->text : "");
  hp_strategy_form_add_entry (form, "indicator", _("_Indicator"), goal ? goal->indicator : "",
                              _("e.g. Number of citizens in homelessness"));
  hp_strategy_form_add_entry (form, "baseline", _("_Baseline"), baseline, _("e.g. 142"));
  hp_strategy_form_add_entry (form, "target", _("_Target"), target, _("e.g. 90"));
  hp_strategy_form_add_entry (form, "deadline", _("_Deadline"), deadline, _("e.g. 31-12-2028"));
  hp_strategy_form_add_choice (form, "figure", _("_Follows a figure"), figures,
                               figure_index (goal ? goal->figure : NULL));
  add_directions_field (self, form, goal ? goal->directions : NULL);
  keep_form (self, form);
}

static gboolean
submit_action (HpStrategyForm *form,
               gpointer        data)
{
  HpStrategyPlanView *self = data;
  g_autoptr(HpAction) action = g_new0 (HpAction, 1);
  g_autoptr(GError) error = NULL;
  guint goal_index = hp_strategy_form_get_choice (form, "goal");
  gboolean ok;

  action->id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (form), "id"));
  action->text = hp_strategy_form_get_text (form, "text");
  action->owner = hp_strategy_form_get_text (form, "owner");
  action->status = hp_strategy_form_get_choice (form, "status");
  action->directions = chosen_directions (form);
  if (goal_index > 0 && self->goals != NULL && goal_index <= self->goals->len)
    action->goal_id = ((HpGoal *) self->goals->pdata[goal_index - 1])->id;
  if (!read_date (form, "start", &action->start) || !read_date (form, "deadline", &action->deadline))
    return FALSE;
  if (action->id != 0)
    ok = hp_strategy_plan_update_action (self->store, action, &error);
  else
    ok = hp_strategy_plan_add_action (self->store, self->strategy_id, action, &error) != 0;
  if (!ok)
    hp_strategy_form_set_error (form, field_of_error (error->message), error->message);
  return ok;
}

static char *
danish_date (const char *iso)
{
  return iso ? g_strdup_printf ("%.2s-%.2s-%.4s", iso + 8, iso + 5, iso) : NULL;
}

static void
action_form (HpStrategyPlanView *self,
             const HpAction     *action)
{
  g_autoptr(GPtrArray) goal_names = g_ptr_array_new ();
  const char *statuses[HP_N_ACTION_STATUSES + 1] = { NULL };
  g_autofree char *start = danish_date (action ? action->start : NULL);
  g_autofree char *deadline = danish_date (action ? action->deadline : NULL);
  HpStrategyForm *form = hp_strategy_form_new (GTK_WIDGET (self), action ? _("Edit Action") : _("New Action"),
                                               action ? _("_Save") : _("_Add"), submit_action, self, NULL);
  guint goal_selected = 0;

  for (guint i = 0; i < HP_N_ACTION_STATUSES; i++)
    statuses[i] = hp_action_status_get_label (i);
  g_ptr_array_add (goal_names, _("No goal"));
  for (guint i = 0; self->goals != NULL && i < self->goals->len; i++)
    {
      g_ptr_array_add (goal_names, ((HpGoal *) self->goals->pdata[i])->text);
      if (action && action->goal_id == ((HpGoal *) self->goals->pdata[i])->id)
        goal_selected = i + 1;
    }
  g_ptr_array_add (goal_names, NULL);
  g_object_set_data (G_OBJECT (form), "id", GSIZE_TO_POINTER (action ? action->id : 0));
  hp_strategy_form_add_text (form, "text", _("_Action"), action ? action->text : "");
  hp_strategy_form_add_entry (form, "owner", _("_Owner"), action ? action->owner : "",
                              _("e.g. Housing team"));
  hp_strategy_form_add_entry (form, "start", _("_Start"), start, _("e.g. 1-2-2026"));
  hp_strategy_form_add_entry (form, "deadline", _("_Deadline"), deadline, _("e.g. 31-12-2026"));
  hp_strategy_form_add_choice (form, "status", _("_Status"), statuses, action ? action->status : 0);
  hp_strategy_form_add_choice (form, "goal", _("Under _goal"), (const char * const *) goal_names->pdata,
                               goal_selected);
  add_directions_field (self, form, action ? action->directions : NULL);
  keep_form (self, form);
}

static void
add_goal_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  goal_form (HP_STRATEGY_PLAN_VIEW (widget), NULL);
}

static void
edit_goal_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  HpStrategyPlanView *self = HP_STRATEGY_PLAN_VIEW (widget);
  g_autoptr(HpGoal) goal = hp_strategy_plan_get_goal (self->store, g_variant_get_int64 (parameter), NULL);

  if (goal != NULL)
    goal_form (self, goal);
}

static void
add_action_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  action_form (HP_STRATEGY_PLAN_VIEW (widget), NULL);
}

static void
edit_action_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  HpStrategyPlanView *self = HP_STRATEGY_PLAN_VIEW (widget);
  g_autoptr(HpAction) action = hp_strategy_plan_get_action (self->store, g_variant_get_int64 (parameter), NULL);

  if (action != NULL)
    action_form (self, action);
}

/* --- deleting, after asking ------------------------------------------------ */

static void
on_delete_response (AdwMessageDialog   *dialog,
                    const char         *response,
                    HpStrategyPlanView *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "id"));
  gboolean goal = g_object_get_data (G_OBJECT (dialog), "goal") != NULL;
  gboolean ok;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  ok = goal ? hp_strategy_plan_delete_goal (self->store, id, &error)
            : hp_strategy_plan_delete_action (self->store, id, &error);
  report (self, ok ? (goal ? _("Goal deleted") : _("Action deleted")) : error->message, ok);
}

static void
confirm_delete (HpStrategyPlanView *self,
                gint64              id,
                gboolean            goal)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              goal ? _("Delete the goal?") : _("Delete the action?"),
                                              goal ? _("The goal and the actions under it will be deleted. "
                                                       "You can undo this with Ctrl+Z.")
                                                   : _("You can undo this with Ctrl+Z."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "id", GSIZE_TO_POINTER (id));
  g_object_set_data (G_OBJECT (dialog), "goal", GINT_TO_POINTER (goal));
  g_signal_connect (dialog, "response", G_CALLBACK (on_delete_response), self);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_goal_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  confirm_delete (HP_STRATEGY_PLAN_VIEW (widget), g_variant_get_int64 (parameter), TRUE);
}

static void
delete_action_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  confirm_delete (HP_STRATEGY_PLAN_VIEW (widget), g_variant_get_int64 (parameter), FALSE);
}

static void
hp_strategy_plan_view_class_init (HpStrategyPlanViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_strategy_plan_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "plan.add-focus", NULL, add_focus_action);
  gtk_widget_class_install_action (widget_class, "plan.remove-focus", "s", remove_focus_action);
  gtk_widget_class_install_action (widget_class, "plan.add-goal", NULL, add_goal_action);
  gtk_widget_class_install_action (widget_class, "plan.edit-goal", "x", edit_goal_action);
  gtk_widget_class_install_action (widget_class, "plan.delete-goal", "x", delete_goal_action);
  gtk_widget_class_install_action (widget_class, "plan.add-action", NULL, add_action_action);
  gtk_widget_class_install_action (widget_class, "plan.edit-action", "x", edit_action_action);
  gtk_widget_class_install_action (widget_class, "plan.delete-action", "x", delete_action_action);
}

static void
hp_strategy_plan_view_init (HpStrategyPlanView *self)
{
  self->rows = g_ptr_array_new ();
}

static GtkWidget *
group (const char *title,
       const char *description,
       GtkWidget  *suffix)
{
  GtkWidget *g = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (g), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (g), description);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (g), suffix);
  return g;
}

static GtkWidget *
add_button (const char *label,
            const char *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static void
setup_title (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (ellipsize != NULL)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_title (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

/* Guideline titles are long: shortened on the button (which would else
 * squeeze the group's heading), whole in the list. */
static GtkListItemFactory *
title_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_title), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_title), NULL);
  return factory;
}

static GtkWidget *
focus_chooser (HpStrategyPlanView *self)
{
  g_autoptr(GListModel) items = hp_corpus_list_kind (hp_strategy_store_get_corpus (self->store), "guideline", NULL);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->guidelines = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      HpCorpusItem *item = g_list_model_get_item (items, i);

      g_ptr_array_add (self->guidelines, item);
      gtk_string_list_append (titles, hp_corpus_item_get_title (item));
    }
  self->guideline_dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (titles)), NULL);
  g_autoptr(GtkListItemFactory) button_factory = title_factory (TRUE);
  g_autoptr(GtkListItemFactory) list_factory = title_factory (FALSE);

  gtk_drop_down_set_factory (GTK_DROP_DOWN (self->guideline_dropdown), button_factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (self->guideline_dropdown), list_factory);
  gtk_widget_set_size_request (self->guideline_dropdown, 260, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->guideline_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Guideline"), -1);
  gtk_box_append (GTK_BOX (box), self->guideline_dropdown);
  gtk_box_append (GTK_BOX (box), add_button (_("_Choose"), "plan.add-focus"));
  return box;
}

GtkWidget *
hp_strategy_plan_view_new (HpStrategyStore *store)
{
  HpStrategyPlanView *self = g_object_new (HP_TYPE_STRATEGY_PLAN_VIEW, NULL);

  self->store = g_object_ref (store);
  self->housing = hp_housing_store_new (hp_strategy_store_get_database (store));
  /* The housing pane has its own store, so a changed mapping is seen when
   * the plan is next shown. */
  g_signal_connect (self, "map", G_CALLBACK (refresh), NULL);
  self->page = adw_preferences_page_new ();
  gtk_widget_set_parent (self->page, GTK_WIDGET (self));
  self->focus_group = group (_("Focus Areas"), _("The guidelines the strategy works with first"),
                             focus_chooser (self));
  self->goal_group = group (_("Goals"), _("What the municipality wants to achieve, and how it is measured"),
                            add_button (_("Add _Goal…"), "plan.add-goal"));
  self->action_group = group (_("Actions"), _("Who does what, and by when"),
                              add_button (_("Add _Action…"), "plan.add-action"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (self->focus_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (self->goal_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (self->action_group));
  return GTK_WIDGET (self);
}

void
hp_strategy_plan_view_set_strategy (HpStrategyPlanView *self,
                                    gint64              strategy_id)
{
  self->strategy_id = strategy_id;
  refresh (self);
}

HpStrategyForm *
hp_strategy_plan_view_get_form (HpStrategyPlanView *self)
{
  return self->form;
}

GtkWindow *
hp_strategy_plan_view_get_dialog (HpStrategyPlanView *self)
{
  return self->dialog;
}
