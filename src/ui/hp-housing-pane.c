/* hp-housing-pane.c — the housing-stock mapping ("Boligkortlægning")
 *
 * One mapping year at a time (chosen in the pane's own bar), in four pages:
 * supply (a lazily paged table), homeless counts, affordability (income
 * table and rule) and results (gap, charts, scenarios).  Without any year
 * the pane explains itself and offers the fictional example.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-csv-housing.h"
#include "hp-housing-example.h"
#include "hp-housing-import-dialog.h"
#include "hp-housing-number.h"
#include "hp-housing-pane.h"
#include "hp-toast.h"
#include "hp-housing-types.h"

struct _HpHousingPane
{
  GtkWidget            parent_instance;

  HpHousingStore      *store;
  GArray              *years;
  int                  year;
  gboolean             updating;      /* our own edit: do not rebuild the forms */

  AdwToastOverlay     *toast_overlay;
  GtkStack            *main_stack;
  GtkStack            *page_stack;
  GtkDropDown         *year_dropdown;
  GtkLabel            *municipality_label;
  GtkLabel            *national_label;
  GtkSpinButton       *year_spin;
  GtkPopover          *year_popover;

  HpHousingSupplyView *supply;
  GtkListBox          *demand_list;
  AdwComboRow         *rule_row;
  GtkSpinButton       *max_rent;
  GtkSpinButton       *income_share;
  GtkEditable         *income_date;
  GtkSpinButton       *incomes[16];
  HpHousingResults    *results;
};

G_DEFINE_FINAL_TYPE (HpHousingPane, hp_housing_pane, GTK_TYPE_WIDGET)

static void
toast (HpHousingPane *self,
       const char    *message)
{
  hp_toast_show_message (GTK_WIDGET (self->toast_overlay), message);
}

/* --- demand -------------------------------------------------------------- */

static const HpHousingList group_lists[] = {
  HP_HOUSING_LIST_CATEGORY, HP_HOUSING_LIST_AGE, HP_HOUSING_LIST_DWELLING, HP_HOUSING_LIST_SUPPORT,
  HP_HOUSING_LIST_BENEFIT,
};

static const char *const group_titles[] = {
  N_("Where they stay (VIVE)"), N_("Age"), N_("Housing need"), N_("Support"), N_("Lives on"),
};

static GtkDropDown *
choice_dropdown (HpHousingList list,
                 guint         selected,
                 const char   *title)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkDropDown *dropdown;

  for (guint i = 0; i < hp_housing_list_size (list); i++)
    gtk_string_list_append (labels, hp_housing_label (list, i));
  dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL));
  gtk_drop_down_set_selected (dropdown, selected);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _(title), -1);
  return dropdown;
}

/* Reads a demand row's widgets back into a group and saves it. */
static void
on_group_edited (GtkWidget *row)
{
  HpHousingPane *self = g_object_get_data (G_OBJECT (row), "pane");
  HpHousingGroup g = { .id = *(gint64 *) g_object_get_data (G_OBJECT (row), "id") };
  guint *fields[] = { &g.category, &g.age, &g.need, &g.support, &g.benefit };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (group_lists); i++)
    *fields[i] = gtk_drop_down_get_selected (g_object_get_data (G_OBJECT (row), group_titles[i]));
  g.count = gtk_spin_button_get_value_as_int (g_object_get_data (G_OBJECT (row), "count"));
  self->updating = TRUE;
  if (!hp_housing_store_update_group (self->store, &g, &error))
    toast (self, error->message);
  self->updating = FALSE;
}

static void
on_group_delete (GtkWidget *button,
                 GtkWidget *row)
{
  HpHousingPane *self = g_object_get_data (G_OBJECT (row), "pane");
  g_autoptr(GError) error = NULL;

  if (!hp_housing_store_delete_group (self->store, *(gint64 *) g_object_get_data (G_OBJECT (row), "id"), &error))
    toast (self, error->message);
}

static GtkWidget *
group_row (HpHousingPane        *self,
           const HpHousingGroup *g)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const guint values[] = { g->category, g->age, g->need, g->support, g->benefit };
  GtkWidget *count = gtk_spin_button_new_with_range (0, 50000, 1);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  g_object_set_data (G_OBJECT (row), "pane", self);
  g_object_set_data_full (G_OBJECT (row), "id", g_memdup2 (&g->id, sizeof g->id), g_free);
  for (guint i = 0; i < G_N_ELEMENTS (group_lists); i++)
    {
      GtkDropDown *dd = choice_dropdown (group_lists[i], values[i], group_titles[i]);

      gtk_widget_set_hexpand (GTK_WIDGET (dd), i == 0 || i == 2);
      g_object_set_data (G_OBJECT (row), group_titles[i], dd);
      g_signal_connect_swapped (dd, "notify::selected", G_CALLBACK (on_group_edited), row);
      gtk_box_append (GTK_BOX (row), GTK_WIDGET (dd));
      if (i == 1)
        gtk_box_append (GTK_BOX (row), count);
    }
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (count), g->count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (count), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Persons"), -1);
  g_object_set_data (G_OBJECT (row), "count", count);
  g_signal_connect_swapped (count, "value-changed", G_CALLBACK (on_group_edited), row);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove the group"));
  g_signal_connect (remove, "clicked", G_CALLBACK (on_group_delete), row);
  gtk_box_append (GTK_BOX (row), remove);
  return row;
}

static void
fill_demand (HpHousingPane *self)
{
  g_autoptr(GArray) groups = hp_housing_store_get_groups (self->store, self->year, NULL);

  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->demand_list))) != NULL)
    gtk_list_box_remove (self->demand_list, child);
  for (guint i = 0; groups != NULL && i < groups->len; i++)
    gtk_list_box_append (self->demand_list, group_row (self, &g_array_index (groups, HpHousingGroup, i)));
}

static void
add_group (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HpHousingPane *self = HP_HOUSING_PANE (widget);
  HpHousingGroup g = { .count = 1 };
  g_autoptr(GError) error = NULL;

  if (hp_housing_store_add_group (self->store, self->year, &g, &error) == 0)
    toast (self, error->message);
}

static GtkWidget *
build_demand_page (HpHousingPane *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *intro = gtk_label_new (_("Homeless citizens by VIVE’s count categories and age, with the dwelling "
                                      "each group needs, the support method and what they live on (which "
                                      "decides the rent they can afford)."));
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Group"));

  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_widget_add_css_class (intro, "dim-label");
  self->demand_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->demand_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->demand_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->demand_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Homeless groups"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "housing.add-group");
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), intro);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->demand_list));
  gtk_box_append (GTK_BOX (box), add);
  gtk_widget_add_css_class (box, "housing-page");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  return scrolled;
}

/* --- affordability ----------------------------------------------------------- */

static void
on_rule_edited (HpHousingPane *self)
{
  HpHousingRule rule = { 0 };
  g_autoptr(GError) error = NULL;

  if (self->year == 0 || self->updating)
    return;
  rule.kind = adw_combo_row_get_selected (self->rule_row) == 1 ? HP_HOUSING_RULE_INCOME_SHARE
                                                                : HP_HOUSING_RULE_MAX_RENT;
  rule.max_rent = gtk_spin_button_get_value (self->max_rent);
  rule.income_share = gtk_spin_button_get_value (self->income_share) / 100;
  g_strlcpy (rule.income_date, gtk_editable_get_text (self->income_date), sizeof rule.income_date);
  self->updating = TRUE;
  if (!hp_housing_store_set_rule (self->store, self->year, &rule, &error))
    toast (self, error->message);
  self->updating = FALSE;
}

static void
on_income_edited (GtkSpinButton *spin,
                  HpHousingPane *self)
{
  guint benefit = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "benefit"));
  g_autoptr(GError) error = NULL;

  if (self->year == 0 || self->updating)
    return;
  self->updating = TRUE;
  if (!hp_housing_store_set_income (self->store, self->year, benefit, gtk_spin_button_get_value (spin), &error))
    toast (self, error->message);
  self->updating = FALSE;
}

static GtkSpinButton *
spin_row (AdwPreferencesGroup *group,
          const char          *title,
          const char          *subtitle,
          double               max,
          double               step)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, step);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (group, row);
  return GTK_SPIN_BUTTON (spin);
}

static GtkWidget *
build_rule_group (HpHousingPane *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  const char *kinds[] = { _("A maximum rent for everyone"), _("A share of each group’s income"), NULL };
  GtkWidget *date = adw_entry_row_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Affordability rule"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
    _("A dwelling is affordable when its monthly rent is at most the limit. 3,500 kr. a month is the "
      "widely used rule of thumb for citizens on kontanthjælp."));
  self->rule_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rule_row), _("Rule"));
  adw_combo_row_set_model (self->rule_row, G_LIST_MODEL (gtk_string_list_new (kinds)));
  g_signal_connect_swapped (self->rule_row, "notify::selected", G_CALLBACK (on_rule_edited), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->rule_row));
  self->max_rent = spin_row (ADW_PREFERENCES_GROUP (group), _("Maximum rent (kr. a month)"), NULL, 100000, 50);
  self->income_share = spin_row (ADW_PREFERENCES_GROUP (group), _("Share of income (%)"), NULL, 100, 1);
  g_signal_connect_swapped (self->max_rent, "value-changed", G_CALLBACK (on_rule_edited), self);
  g_signal_connect_swapped (self->income_share, "value-changed", G_CALLBACK (on_rule_edited), self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (date), _("Incomes apply from (YYYY-MM-DD)"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (date), TRUE);
  g_signal_connect_swapped (date, "apply", G_CALLBACK (on_rule_edited), self);
  self->income_date = GTK_EDITABLE (date);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), date);
  return group;
}

static GtkWidget *
build_affordability_page (HpHousingPane *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *incomes = adw_preferences_group_new ();

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (build_rule_group (self)));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (incomes), _("Monthly income after tax"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (incomes),
    _("For a single person without children, by what they live on; used by the income-share rule."));
  g_assert (hp_housing_list_size (HP_HOUSING_LIST_BENEFIT) <= G_N_ELEMENTS (self->incomes));
  for (guint i = 0; i < hp_housing_list_size (HP_HOUSING_LIST_BENEFIT); i++)
    {
      self->incomes[i] = spin_row (ADW_PREFERENCES_GROUP (incomes), hp_housing_label (HP_HOUSING_LIST_BENEFIT, i),
                                   NULL, 1000000, 100);
      g_object_set_data (G_OBJECT (self->incomes[i]), "benefit", GUINT_TO_POINTER (i));
      g_signal_connect (self->incomes[i], "value-changed", G_CALLBACK (on_income_edited), self);
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (incomes));
  return page;
}

static void
fill_affordability (HpHousingPane *self)
{
  HpHousingRule rule = { 0 };
  g_autoptr(GArray) incomes = hp_housing_store_get_incomes (self->store, self->year, NULL);

  if (!hp_housing_store_get_rule (self->store, self->year, &rule, NULL))
    return;
  self->updating = TRUE;
  adw_combo_row_set_selected (self->rule_row, rule.kind == HP_HOUSING_RULE_INCOME_SHARE);
  gtk_spin_button_set_value (self->max_rent, rule.max_rent);
  gtk_spin_button_set_value (self->income_share, rule.income_share * 100);
  gtk_editable_set_text (self->income_date, rule.income_date);
  for (guint i = 0; i < hp_housing_list_size (HP_HOUSING_LIST_BENEFIT); i++)
    gtk_spin_button_set_value (self->incomes[i], 0);
  for (guint i = 0; incomes != NULL && i < incomes->len; i++)
    gtk_spin_button_set_value (self->incomes[g_array_index (incomes, HpHousingIncome, i).benefit],
                               g_array_index (incomes, HpHousingIncome, i).monthly);
  self->updating = FALSE;
}

/* The rent limit of every group, for the supply table's "Affordable for". */
static void
update_limits (HpHousingPane *self)
{
  HpHousingRule rule = { 0 };
  g_autoptr(GArray) incomes = hp_housing_store_get_incomes (self->store, self->year, NULL);
  g_autoptr(GArray) groups = hp_housing_store_get_groups (self->store, self->year, NULL);
  g_autoptr(GArray) limits = g_array_new (FALSE, FALSE, sizeof (double));

  if (incomes == NULL || groups == NULL || !hp_housing_store_get_rule (self->store, self->year, &rule, NULL))
    return;
  for (guint i = 0; i < groups->len; i++)
    {
      double limit = hp_housing_gap_rent_limit (&rule, (HpHousingIncome *) incomes->data, incomes->len,
                                                g_array_index (groups, HpHousingGroup, i).benefit);
      g_array_append_val (limits, limit);
    }
  hp_housing_supply_view_set_limits (self->supply, limits);
}

/* --- years ---------------------------------------------------------------- */

static void
show_year (HpHousingPane *self)
{
  g_autofree char *municipality = hp_housing_store_get_municipality (self->store, self->year);

  gtk_label_set_text (self->municipality_label, municipality);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->municipality_label),
                               g_str_equal (municipality, HP_HOUSING_EXAMPLE_MUNICIPALITY)
                               ? _("A fictional municipality with invented numbers, to show how the mapping works")
                               : NULL);
  hp_housing_supply_view_set_year (self->supply, self->year);
  fill_demand (self);
  fill_affordability (self);
  update_limits (self);
  hp_housing_results_set_year (self->results, self->year);
}

static void
reload_years (HpHousingPane *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  g_clear_pointer (&self->years, g_array_unref);
  self->years = hp_housing_store_list_years (self->store, NULL);
  if (self->years == NULL || self->years->len == 0)
    {
      self->year = 0;
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
      return;
    }
  for (guint i = 0; i < self->years->len; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", g_array_index (self->years, int, i));
      gtk_string_list_append (labels, label);
      if (g_array_index (self->years, int, i) == self->year)
        selected = i + 1;
    }
  /* The latest year unless the one shown still exists. */
  selected = selected ? selected - 1 : self->years->len - 1;
  self->year = g_array_index (self->years, int, selected);
  self->updating = TRUE;
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->year_dropdown, selected);
  self->updating = FALSE;
  gtk_stack_set_visible_child_name (self->main_stack, "content");
  show_year (self);
}

static void
on_year_selected (HpHousingPane *self)
{
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);

  if (self->updating || self->years == NULL || selected >= self->years->len)
    return;
  self->year = g_array_index (self->years, int, selected);
  show_year (self);
}

static void
on_store_changed (HpHousingPane *self,
                  int            year)
{
  if (year == 0)
    reload_years (self);
  else if (year == self->year && !self->updating)
    {
      fill_demand (self);
      fill_affordability (self);
      update_limits (self);
    }
  else if (year == self->year)
    update_limits (self);
}

/* --- actions -------------------------------------------------------------- */

static void
open_example (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HpHousingPane *self = HP_HOUSING_PANE (widget);
  g_autoptr(GError) error = NULL;

  if (!hp_housing_example_load (self->store, &error))
    {
      toast (self, error->message);
      return;
    }
  /* Show the latest of its years. */
  self->year = 0;
  reload_years (self);
  toast (self, _("Opened Eksempelby Kommune (fiktiv): a fictional example with invented numbers"));
}

static void
add_year (HpHousingPane *self,
          int            year)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->year != 0)
    ok = hp_housing_store_copy_year (self->store, self->year, year, &error);
  else
    ok = hp_housing_store_add_year (self->store, year, NULL, &error);
  if (!ok)
    {
      toast (self, error->message);
      return;
    }
  self->year = year;
  reload_years (self);
}

static void
start_mapping (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  add_year (HP_HOUSING_PANE (widget), g_date_time_get_year (now));
}

static void
new_year (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  HpHousingPane *self = HP_HOUSING_PANE (widget);

  gtk_popover_popdown (self->year_popover);
  add_year (self, gtk_spin_button_get_value_as_int (self->year_spin));
}

static HpCsvKind
kind_of (GVariant *parameter)
{
  return g_str_equal (g_variant_get_string (parameter, NULL), "demand") ? HP_CSV_DEMAND : HP_CSV_SUPPLY;
}

static void
on_import_chosen (GtkNativeDialog *chooser,
                  int              response,
                  HpHousingPane   *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  HpCsvKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "kind"));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL && g_file_peek_path (file) != NULL)
    gtk_window_present (GTK_WINDOW (hp_housing_import_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                                  self->store, self->year, kind,
                                                                  g_file_peek_path (file))));
  g_object_unref (chooser);
}

static GtkFileChooserNative *
csv_chooser (HpHousingPane        *self,
             const char           *title,
             GtkFileChooserAction  action)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                               action, NULL, NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return chooser;
}

static void
import_csv (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HpHousingPane *self = HP_HOUSING_PANE (widget);
  HpCsvKind kind = kind_of (parameter);
  GtkFileChooserNative *chooser = csv_chooser (self, kind == HP_CSV_SUPPLY ? _("Import Supply") : _("Import Homeless Counts"),
                                               GTK_FILE_CHOOSER_ACTION_OPEN);

  g_object_set_data (G_OBJECT (chooser), "kind", GINT_TO_POINTER (kind));
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_export_chosen (GtkNativeDialog *chooser,
                  int              response,
                  HpHousingPane   *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  const char *what = g_object_get_data (G_OBJECT (chooser), "what");
  g_autoptr(GError) error = NULL;
  g_autoptr(HpHousingGap) gap = NULL;
  gboolean ok;

  if (response == GTK_RESPONSE_ACCEPT && file != NULL && g_file_peek_path (file) != NULL)
    {
      const char *path = g_file_peek_path (file);

      if (g_str_equal (what, "gap"))
        ok = (gap = hp_housing_store_compute_gap (self->store, self->year, NULL, &error)) != NULL &&
             hp_csv_export_gap (gap, path, &error);
      else
        ok = hp_csv_export (self->store, self->year, g_str_equal (what, "demand") ? HP_CSV_DEMAND : HP_CSV_SUPPLY,
                            path, &error);
      toast (self, ok ? _("Exported") : error->message);
    }
  g_object_unref (chooser);
}

static void
export_csv (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HpHousingPane *self = HP_HOUSING_PANE (widget);
  const char *what = g_variant_get_string (parameter, NULL);
  GtkFileChooserNative *chooser = csv_chooser (self, _("Export"), GTK_FILE_CHOOSER_ACTION_SAVE);
  /* Danish file names: the files are for Danish colleagues and spreadsheets. */
  g_autofree char *name = g_strdup_printf ("%s-%d.csv", g_str_equal (what, "gap") ? "boligmangel"
                                                        : g_str_equal (what, "demand") ? "hjemloese" : "boligudbud",
                                           self->year);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "what", g_strdup (what), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* --- class ---------------------------------------------------------------- */

static void
hp_housing_pane_dispose (GObject *object)
{
  HpHousingPane *self = HP_HOUSING_PANE (object);
  GtkWidget *child;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_HOUSING_PANE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_pointer (&self->years, g_array_unref);
  G_OBJECT_CLASS (hp_housing_pane_parent_class)->dispose (object);
}

static void
hp_housing_pane_class_init (HpHousingPaneClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_housing_pane_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "housingpane");
  gtk_widget_class_set_template_from_resource (widget_class, "/dk/hjemplan/Hjemplan/hp-housing-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, HpHousingPane, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HpHousingPane, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HpHousingPane, page_stack);
  gtk_widget_class_bind_template_child (widget_class, HpHousingPane, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HpHousingPane, municipality_label);
  gtk_widget_class_bind_template_child (widget_class, HpHousingPane, national_label);
  gtk_widget_class_bind_template_child (widget_class, HpHousingPane, year_spin);
  gtk_widget_class_bind_template_child (widget_class, HpHousingPane, year_popover);
  gtk_widget_class_bind_template_callback (widget_class, on_year_selected);
  gtk_widget_class_install_action (widget_class, "housing.open-example", NULL, open_example);
  gtk_widget_class_install_action (widget_class, "housing.start", NULL, start_mapping);
  gtk_widget_class_install_action (widget_class, "housing.new-year", NULL, new_year);
  gtk_widget_class_install_action (widget_class, "housing.add-group", NULL, add_group);
  gtk_widget_class_install_action (widget_class, "housing.import", "s", import_csv);
  gtk_widget_class_install_action (widget_class, "housing.export", "s", export_csv);
}

/* VIVE's national counts (Hjemløshed i Danmark 2019, 2022 and 2024). */
static void
show_national_figures (HpHousingPane *self)
{
  g_autofree char *a = hp_housing_format_number (6431, 0);
  g_autofree char *b = hp_housing_format_number (5789, 0);
  g_autofree char *c = hp_housing_format_number (5989, 0);
  g_autofree char *text = g_strdup_printf (_("For reference, VIVE’s national counts of homeless citizens: "
                                             "%s in 2019, %s in 2022 and %s in 2024 "
                                             "(source: VIVE, Hjemløshed i Danmark 2019, 2022 and 2024)."),
                                           a, b, c);

  gtk_label_set_text (self->national_label, text);
}

static void
hp_housing_pane_init (HpHousingPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_national_figures (self);
}

static void
add_page (HpHousingPane *self,
          GtkWidget     *child,
          const char    *name,
          const char    *title)
{
  gtk_stack_add_titled (self->page_stack, child, name, title);
}

/* --- for bench/bench-housing-memory ----------------------------------------- */

static void
print_shown_and_quit (GdkFrameClock *clock,
                      HpHousingPane *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_signal_handlers_disconnect_by_func (clock, print_shown_and_quit, self);
  g_print ("housing-shown %" G_GINT64_FORMAT " %u\n", g_get_monotonic_time (),
           g_list_model_get_n_items (hp_housing_supply_view_get_model (self->supply)));
  if (GTK_IS_WINDOW (root) && gtk_window_get_application (GTK_WINDOW (root)) != NULL)
    g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (root))));
}

/* Once the supply table has its rows, the next painted frame shows them. */
static gboolean
bench_poll (gpointer data)
{
  HpHousingPane *self = data;
  HpHousingSegmentList *list = HP_HOUSING_SEGMENT_LIST (hp_housing_supply_view_get_model (self->supply));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL || hp_housing_segment_list_get_loading (list) ||
      g_list_model_get_n_items (G_LIST_MODEL (list)) == 0)
    return G_SOURCE_CONTINUE;
  g_signal_connect (clock, "after-paint", G_CALLBACK (print_shown_and_quit), self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

void
hp_housing_pane_set_context (HpHousingPane *self,
                             HpContext     *context)
{
  g_return_if_fail (HP_IS_HOUSING_PANE (self));
  g_return_if_fail (self->store == NULL);

  self->store = hp_housing_store_new (hp_context_get_database (context));
  self->supply = HP_HOUSING_SUPPLY_VIEW (hp_housing_supply_view_new (self->store));
  gtk_widget_add_css_class (GTK_WIDGET (self->supply), "housing-page");
  self->results = HP_HOUSING_RESULTS (hp_housing_results_new (self->store));
  add_page (self, GTK_WIDGET (self->supply), "supply", _("Supply"));
  add_page (self, build_demand_page (self), "demand", _("Homeless"));
  add_page (self, build_affordability_page (self), "affordability", _("Affordability"));
  add_page (self, GTK_WIDGET (self->results), "results", _("Gap"));
  g_signal_connect_swapped (self->store, "changed", G_CALLBACK (on_store_changed), self);
  reload_years (self);
  if (g_strcmp0 (g_getenv ("HJEMPLAN_BENCH_HOUSING"), "1") == 0)
    g_timeout_add_full (G_PRIORITY_DEFAULT, 50, bench_poll, g_object_ref (self), g_object_unref);
}

HpHousingStore *hp_housing_pane_get_store (HpHousingPane *self) { return self->store; }
int hp_housing_pane_get_year (HpHousingPane *self) { return self->year; }
HpHousingSupplyView *hp_housing_pane_get_supply_view (HpHousingPane *self) { return self->supply; }
HpHousingResults *hp_housing_pane_get_results (HpHousingPane *self) { return self->results; }

gboolean
hp_housing_pane_is_empty (HpHousingPane *self)
{
  return g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "empty");
}

void
hp_housing_pane_set_year (HpHousingPane *self,
                          int            year)
{
  for (guint i = 0; self->years != NULL && i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == year)
      gtk_drop_down_set_selected (self->year_dropdown, i);
}

void
hp_housing_pane_show_page (HpHousingPane *self,
                           const char    *name)
{
  gtk_stack_set_visible_child_name (self->page_stack, name);
}
