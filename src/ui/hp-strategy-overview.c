/* hp-strategy-overview.c — progress, legal findings, overdue actions and
 * the comparison of snapshots
 *
 * All of it derived by HpStrategyProgress on every change, so it never
 * disagrees with the checklist.  The comparison runs from a snapshot (the
 * baseline by default) to a later one or to the current assessment; the
 * choice is kept across changes for as long as the snapshots exist.  The
 * snapshots themselves are listed to be renamed or deleted (after asking,
 * and undoably, like every strategy edit).
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-strategy-chart.h"
#include "hp-strategy-overview.h"
#include "hp-strategy-form.h"
#include "hp-strategy-progress.h"
#include "hp-strategy-toast.h"

struct _HpStrategyOverview
{
  GtkWidget        parent_instance;

  HpStrategyStore *store;
  gint64           strategy_id;
  GPtrArray       *snapshots;
  GPtrArray       *changes;
  guint            n_findings;
  guint            n_overdue;
  gboolean         updating;

  GtkWidget       *page;
  GtkWidget       *chart;
  GtkWidget       *findings_group;
  GtkWidget       *overdue_group;
  GtkWidget       *compare_group;
  GtkWidget       *compare_row;     /* the from → to choice, when there is a snapshot */
  GtkWidget       *snapshot_group;
  HpStrategyForm  *form;          /* weak */
  GtkWindow       *dialog;        /* weak */
  GtkWidget       *from_dropdown;
  GtkWidget       *to_dropdown;
  GPtrArray       *rows;
};

G_DEFINE_FINAL_TYPE (HpStrategyOverview, hp_strategy_overview, GTK_TYPE_WIDGET)

static void
hp_strategy_overview_dispose (GObject *object)
{
  HpStrategyOverview *self = HP_STRATEGY_OVERVIEW (object);

  g_clear_weak_pointer (&self->form);
  g_clear_weak_pointer (&self->dialog);
  g_clear_pointer (&self->page, gtk_widget_unparent);
  g_clear_pointer (&self->snapshots, g_ptr_array_unref);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (hp_strategy_overview_parent_class)->dispose (object);
}

static void rename_snapshot_action (GtkWidget *widget, const char *name, GVariant *parameter);
static void delete_snapshot_action (GtkWidget *widget, const char *name, GVariant *parameter);

static void
hp_strategy_overview_class_init (HpStrategyOverviewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_strategy_overview_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "overview.rename-snapshot", "x", rename_snapshot_action);
  gtk_widget_class_install_action (widget_class, "overview.delete-snapshot", "x", delete_snapshot_action);
}

static void
hp_strategy_overview_init (HpStrategyOverview *self)
{
  self->rows = g_ptr_array_new ();
}

static GtkWidget *
add_row (HpStrategyOverview *self,
         GtkWidget          *group,
         const char         *title,
         const char         *subtitle,
         const char         *item_id)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  if (item_id != NULL)
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("go-next-symbolic");

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Show in the checklist"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Show in the checklist"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.assess-direction");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", item_id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_ptr_array_add (self->rows, row);
  return row;
}

static void
clear_rows (HpStrategyOverview *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = self->rows->pdata[i];

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
fill_findings (HpStrategyOverview *self)
{
  g_autoptr(GPtrArray) findings = hp_strategy_progress_findings (self->store, self->strategy_id, NULL);
  g_autofree char *description = NULL;

  self->n_findings = findings ? findings->len : 0;
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u legal requirement (“skal”) is not in place",
                                              "%u legal requirements (“skal”) are not in place",
                                              self->n_findings), self->n_findings);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->findings_group), description);
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      HpDirectionStatus *f = findings->pdata[i];
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", hp_assessment_status_get_label (f->status),
                                                   f->guideline_title);

      add_row (self, self->findings_group, f->text, subtitle, f->item_id);
    }
}

static void
fill_overdue (HpStrategyOverview *self)
{
  g_autofree char *today = hp_strategy_today ();
  g_autoptr(GPtrArray) overdue = hp_strategy_progress_overdue (self->store, self->strategy_id, today, NULL);

  self->n_overdue = overdue ? overdue->len : 0;
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->overdue_group),
                                         self->n_overdue ? NULL : _("No action is past its deadline."));
  for (guint i = 0; overdue != NULL && i < overdue->len; i++)
    {
      HpAction *a = overdue->pdata[i];
      g_autofree char *deadline = hp_strategy_format_date (a->deadline);
      g_autofree char *subtitle = g_strdup_printf (_("Deadline %s · %s · %s"), deadline,
                                                   *a->owner ? a->owner : _("No owner"),
                                                   hp_action_status_get_label (a->status));

      add_row (self, self->overdue_group, a->text, subtitle, NULL);
    }
}

static gint64
snapshot_at (HpStrategyOverview *self,
             guint               index)
{
  /* The "to" list ends with the current assessment (id 0). */
  return self->snapshots != NULL && index < self->snapshots->len
         ? ((HpSnapshot *) self->snapshots->pdata[index])->id : 0;
}

static void
fill_changes (HpStrategyOverview *self)
{
  guint from = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->from_dropdown));
  guint to = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->to_dropdown));
  guint n_up = 0, n_down = 0;
  g_autofree char *description = NULL;

  g_clear_pointer (&self->changes, g_ptr_array_unref);
  gtk_widget_set_visible (self->compare_row, self->snapshots != NULL && self->snapshots->len > 0);
  if (self->snapshots == NULL || self->snapshots->len == 0)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->compare_group),
                                             _("Take a snapshot (for example the baseline) to compare with it later."));
      return;
    }
  self->changes = hp_strategy_progress_compare (self->store, self->strategy_id, snapshot_at (self, from),
                                                snapshot_at (self, to), NULL);
  for (guint i = 0; self->changes != NULL && i < self->changes->len; i++)
    {
      HpDirectionStatus *c = self->changes->pdata[i];
      const char *mark = c->trend > 0 ? "▲" : c->trend < 0 ? "▼" : "•";
      g_autofree char *subtitle = g_strdup_printf ("%s %s → %s · %s", mark, hp_assessment_status_get_label (c->from),
                                                   hp_assessment_status_get_label (c->status), c->guideline_title);
      GtkWidget *row = add_row (self, self->compare_group, c->text, subtitle, c->item_id);

      gtk_widget_add_css_class (row, c->trend > 0 ? "improved" : c->trend < 0 ? "worsened" : "changed");
      n_up += c->trend > 0;
      n_down += c->trend < 0;
    }
  description = g_strdup_printf (_("%u improved, %u worsened, %u changed in all"), n_up, n_down,
                                 self->changes ? self->changes->len : 0);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->compare_group), description);
}

static GtkWidget *
row_button (const char *icon,
            const char *tooltip,
            const char *action,
            gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  return button;
}

static void
fill_snapshots (HpStrategyOverview *self)
{
  guint n = self->snapshots ? self->snapshots->len : 0;

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->snapshot_group),
                                         n ? NULL : _("No snapshots yet. Take one from the strategy menu."));
  for (guint i = 0; i < n; i++)
    {
      HpSnapshot *s = self->snapshots->pdata[i];
      g_autofree char *date = hp_strategy_format_date (s->taken_on);
      g_autofree char *subtitle = s->is_baseline ? g_strdup_printf ("%s · %s", date, _("Baseline")) : NULL;
      GtkWidget *row = add_row (self, self->snapshot_group, s->label, subtitle ? subtitle : date, NULL);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), row_button ("document-edit-symbolic", _("Rename snapshot"),
                                                                   "overview.rename-snapshot", s->id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), row_button ("user-trash-symbolic", _("Delete snapshot"),
                                                                   "overview.delete-snapshot", s->id));
    }
}

static void
refresh (HpStrategyOverview *self)
{
  g_autoptr(GPtrArray) groups = hp_strategy_progress_by_group (self->store, self->strategy_id, 0, NULL);

  clear_rows (self);
  hp_strategy_chart_set_data (HP_STRATEGY_CHART (self->chart), groups);
  fill_findings (self);
  fill_overdue (self);
  fill_changes (self);
  fill_snapshots (self);
}

static void
on_compare_changed (HpStrategyOverview *self)
{
  if (self->updating)
    return;
  refresh (self);
}

/* The index of snapshot @id in the list, or @fallback. */
static guint
index_of_snapshot (HpStrategyOverview *self,
                   gint64              id,
                   guint               fallback)
{
  for (guint i = 0; id != 0 && self->snapshots != NULL && i < self->snapshots->len; i++)
    if (((HpSnapshot *) self->snapshots->pdata[i])->id == id)
      return i;
  return fallback;
}

static void
update_snapshot_choices (HpStrategyOverview *self)
{
  g_autoptr(GtkStringList) from = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) to = gtk_string_list_new (NULL);
  gint64 from_id = snapshot_at (self, gtk_drop_down_get_selected (GTK_DROP_DOWN (self->from_dropdown)));
  gint64 to_id = snapshot_at (self, gtk_drop_down_get_selected (GTK_DROP_DOWN (self->to_dropdown)));
  guint now;

  g_clear_pointer (&self->snapshots, g_ptr_array_unref);
  self->snapshots = hp_strategy_store_list_snapshots (self->store, self->strategy_id, NULL);
  for (guint i = 0; self->snapshots != NULL && i < self->snapshots->len; i++)
    {
      HpSnapshot *s = self->snapshots->pdata[i];
      g_autofree char *date = hp_strategy_format_date (s->taken_on);
      g_autofree char *label = g_strdup_printf ("%s (%s)", s->label, date);

      gtk_string_list_append (from, label);
      gtk_string_list_append (to, label);
    }
  gtk_string_list_append (to, _("Now"));
  self->updating = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->from_dropdown), G_LIST_MODEL (from));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->to_dropdown), G_LIST_MODEL (to));
  now = g_list_model_get_n_items (G_LIST_MODEL (to)) - 1;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->from_dropdown), index_of_snapshot (self, from_id, 0));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->to_dropdown), index_of_snapshot (self, to_id, now));
  self->updating = FALSE;
}

static GtkWidget *
group (const char *title)
{
  GtkWidget *g = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (g), title);
  return g;
}

/* A row of its own at the head of the comparison: in the group's header
 * the two drop-downs squeezed its title to "Comparis…".  The row needs no
 * title of its own beside the group's, and one would be squeezed in turn
 * by a long snapshot name ("Sammenli-gn"). */
static GtkWidget *
compare_chooser (HpStrategyOverview *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_label_new ("→");
  GtkWidget *choice = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Compare"), -1);
  gtk_widget_add_css_class (row, "compare-row");
  self->from_dropdown = gtk_drop_down_new (NULL, NULL);
  self->to_dropdown = gtk_drop_down_new (NULL, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->from_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Compare from"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->to_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Compare to"), -1);
  g_signal_connect_swapped (self->from_dropdown, "notify::selected", G_CALLBACK (on_compare_changed), self);
  g_signal_connect_swapped (self->to_dropdown, "notify::selected", G_CALLBACK (on_compare_changed), self);
  gtk_widget_set_valign (self->from_dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (self->to_dropdown, GTK_ALIGN_CENTER);
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (choice), self->from_dropdown);
  gtk_box_append (GTK_BOX (choice), arrow);
  gtk_box_append (GTK_BOX (choice), self->to_dropdown);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), choice);
  return row;
}

GtkWidget *
hp_strategy_overview_new (HpStrategyStore *store)
{
  HpStrategyOverview *self = g_object_new (HP_TYPE_STRATEGY_OVERVIEW, NULL);
  GtkWidget *progress = group (_("Progress per Chapter"));

  self->store = g_object_ref (store);
  self->page = adw_preferences_page_new ();
  gtk_widget_set_parent (self->page, GTK_WIDGET (self));
  self->chart = hp_strategy_chart_new ();
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (progress),
                                         _("Green: in place · yellow: partly · red: not started · "
                                           "grey: not relevant · light: not assessed"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (progress), self->chart);
  self->findings_group = group (_("Legal Requirements Not in Place"));
  self->overdue_group = group (_("Overdue Actions"));
  self->compare_group = group (_("Comparison"));
  self->snapshot_group = group (_("Snapshots"));
  self->compare_row = compare_chooser (self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->compare_group), self->compare_row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (progress));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (self->compare_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (self->snapshot_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (self->findings_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (self->overdue_group));
  return GTK_WIDGET (self);
}

void
hp_strategy_overview_set_strategy (HpStrategyOverview *self,
                                   gint64              strategy_id)
{
  self->strategy_id = strategy_id;
  update_snapshot_choices (self);
  refresh (self);
}

/* Compares snapshot @from_index with @to_index (the last index: now). */
void
hp_strategy_overview_compare (HpStrategyOverview *self,
                              guint               from_index,
                              guint               to_index)
{
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->from_dropdown), from_index);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->to_dropdown), to_index);
  on_compare_changed (self);
}

guint
hp_strategy_overview_n_findings (HpStrategyOverview *self)
{
  return self->n_findings;
}

guint
hp_strategy_overview_n_overdue (HpStrategyOverview *self)
{
  return self->n_overdue;
}

/* Changes in the comparison with @trend (1, -1, 0), or all with 2. */
guint
hp_strategy_overview_n_changes (HpStrategyOverview *self,
                                int                 trend)
{
  guint n = 0;

  for (guint i = 0; self->changes != NULL && i < self->changes->len; i++)
    n += trend == 2 || ((HpDirectionStatus *) self->changes->pdata[i])->trend == trend;
  return n;
}

guint
hp_strategy_overview_n_bars (HpStrategyOverview *self)
{
  return hp_strategy_chart_get_n_bars (HP_STRATEGY_CHART (self->chart));
}

/* --- renaming and deleting snapshots --------------------------------------- */

static HpSnapshot *
find_snapshot (HpStrategyOverview *self,
               gint64              id)
{
  guint i = index_of_snapshot (self, id, G_MAXUINT);

  return i != G_MAXUINT ? self->snapshots->pdata[i] : NULL;
}

static gboolean
submit_rename (HpStrategyForm *form,
               gpointer        data)
{
  HpStrategyOverview *self = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = hp_strategy_form_get_text (form, "label");
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (form), "id"));

  if (!hp_strategy_store_rename_snapshot (self->store, id, label, &error))
    {
      hp_strategy_form_set_error (form, "label", error->message);
      return FALSE;
    }
  return TRUE;
}

static void
rename_snapshot_action (GtkWidget  *widget,
                        const char *name,
                        GVariant   *parameter)
{
  HpStrategyOverview *self = HP_STRATEGY_OVERVIEW (widget);
  HpSnapshot *snapshot = find_snapshot (self, g_variant_get_int64 (parameter));
  HpStrategyForm *form;

  if (snapshot == NULL)
    return;
  form = hp_strategy_form_new (widget, _("Rename Snapshot"), _("_Rename"), submit_rename, self, NULL);
  g_object_set_data (G_OBJECT (form), "id", GSIZE_TO_POINTER (snapshot->id));
  hp_strategy_form_add_entry (form, "label", _("_Name"), snapshot->label, NULL);
  g_set_weak_pointer (&self->form, form);
  gtk_window_present (GTK_WINDOW (form));
}

static void
on_delete_response (AdwMessageDialog   *dialog,
                    const char         *response,
                    HpStrategyOverview *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "id"));

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (hp_strategy_store_delete_snapshot (self->store, id, &error))
    hp_strategy_toast (GTK_WIDGET (self), _("Snapshot deleted"), TRUE);
  else
    hp_strategy_toast (GTK_WIDGET (self), error->message, FALSE);
}

static void
delete_snapshot_action (GtkWidget  *widget,
                        const char *name,
                        GVariant   *parameter)
{
  HpStrategyOverview *self = HP_STRATEGY_OVERVIEW (widget);
  HpSnapshot *snapshot = find_snapshot (self, g_variant_get_int64 (parameter));
  GtkWidget *dialog;

  if (snapshot == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Delete the snapshot?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The assessment as it stood in “%s” will be deleted. "
                                    "You can undo this with Ctrl+Z."), snapshot->label);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "id", GSIZE_TO_POINTER (snapshot->id));
  g_signal_connect (dialog, "response", G_CALLBACK (on_delete_response), self);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

HpStrategyForm *
hp_strategy_overview_get_form (HpStrategyOverview *self)
{
  return self->form;
}

GtkWindow *
hp_strategy_overview_get_dialog (HpStrategyOverview *self)
{
  return self->dialog;
}

/* The snapshots listed, oldest first: their names, for tests. */
GStrv
hp_strategy_overview_list_snapshots (HpStrategyOverview *self)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; self->snapshots != NULL && i < self->snapshots->len; i++)
    g_strv_builder_add (names, ((HpSnapshot *) self->snapshots->pdata[i])->label);
  return g_strv_builder_end (names);
}
