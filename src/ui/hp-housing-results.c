/* hp-housing-results.c — the gap per group, charts and scenarios
 *
 * Recomputed from the store when the year's data change: the analysis is
 * one pass over the stock, but for a national extract that pass takes most
 * of a second, once for the baseline and once per scenario.  So a change
 * only marks the figures stale; they are recomputed 200 ms after the last
 * change (an edit or an undo often comes in a burst), and only while the
 * page is on screen or when someone asks for them.  Scenarios are computed
 * beside the baseline and shown side by side; the trend chart keeps each
 * year's total and recomputes only the years that changed.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "hp-housing-chart.h"
#include "hp-housing-number.h"
#include "hp-housing-results.h"
#include "hp-toast.h"
#include "hp-housing-types.h"

struct _HpHousingResults
{
  GtkWidget        parent_instance;

  HpHousingStore  *store;
  int              year;
  guint            refresh_id;     /* the debounce timeout */
  gboolean         stale;          /* a change not yet shown */
  GHashTable      *trend;          /* year → HpHousingGapLine (the total), NULL: not computed */
  HpHousingGapLine total;
  GArray          *compared;       /* HpHousingGapLine: baseline, then scenarios */
  GPtrArray       *scenarios;

  GtkWidget       *box;
  GtkLabel        *summary[3];
  GtkGrid         *groups_grid;
  HpHousingChart  *dwelling_chart;
  HpHousingChart  *trend_chart;
  GtkGrid         *scenario_grid;
  GtkEditable     *scenario_name;
  GtkDropDown     *scenario_type;
  GtkSpinButton   *scenario_share;
  GtkSpinButton   *scenario_rent;
  GtkSpinButton   *scenario_units;
};

G_DEFINE_FINAL_TYPE (HpHousingResults, hp_housing_results, GTK_TYPE_WIDGET)

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static GtkWidget *
cell (GtkGrid    *grid,
      int         column,
      int         row,
      const char *text,
      gboolean    number)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), number ? 1 : 0);
  gtk_label_set_wrap (GTK_LABEL (label), !number);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  if (row == 0)
    gtk_widget_add_css_class (label, "heading");
  if (number)
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (grid, label, column, row, 1, 1);
  return label;
}

static void
line_cells (GtkGrid                *grid,
            int                     column,
            int                     row,
            const HpHousingGapLine *line)
{
  g_autofree char *reachable = hp_housing_format_number (line->reachable + line->first_year, 1);
  g_autofree char *shortfall = hp_housing_format_number (line->shortfall, 1);
  g_autofree char *years = hp_housing_format_years (line->years);
  GtkWidget *label;

  cell (grid, column, row, reachable, TRUE);
  cell (grid, column + 1, row, shortfall, TRUE);
  label = cell (grid, column + 2, row, years, TRUE);
  if (isinf (line->years) || line->years > 5)
    gtk_widget_add_css_class (label, "error");
}

static void
header (GtkGrid           *grid,
        const char *const *titles,
        guint              n)
{
  for (guint i = 0; i < n; i++)
    cell (grid, i, 0, _(titles[i]), i >= 3);
}

static void
fill_groups (HpHousingResults *self,
             HpHousingGap     *gap)
{
  static const char *const titles[] = {
    N_("Group"), N_("Needs"), N_("Support"), N_("Persons"), N_("Rent limit"), N_("Affordable units"),
    N_("Housed per year"), N_("Left after a year"), N_("Years to house all"),
  };

  clear_grid (self->groups_grid);
  header (self->groups_grid, titles, G_N_ELEMENTS (titles));
  for (guint i = 0; i < hp_housing_gap_get_n_groups (gap); i++)
    {
      const HpHousingGroup *g = hp_housing_gap_get_group (gap, i);
      const HpHousingGapLine *line = hp_housing_gap_get_group_line (gap, i);
      g_autofree char *name = g_strdup_printf ("%s, %s", hp_housing_label (HP_HOUSING_LIST_CATEGORY, g->category),
                                               hp_housing_label (HP_HOUSING_LIST_AGE, g->age));
      g_autofree char *count = hp_housing_format_number (g->count, 0);
      g_autofree char *limit = hp_housing_format_money (line->rent_limit);
      g_autofree char *affordable = hp_housing_format_number (line->affordable, 0);

      gtk_label_set_width_chars (GTK_LABEL (cell (self->groups_grid, 0, i + 1, name, FALSE)), 24);
      cell (self->groups_grid, 1, i + 1, hp_housing_label (HP_HOUSING_LIST_DWELLING, g->need), FALSE);
      cell (self->groups_grid, 2, i + 1, hp_housing_label (HP_HOUSING_LIST_SUPPORT, g->support), FALSE);
      cell (self->groups_grid, 3, i + 1, count, TRUE);
      cell (self->groups_grid, 4, i + 1, limit, TRUE);
      cell (self->groups_grid, 5, i + 1, affordable, TRUE);
      line_cells (self->groups_grid, 6, i + 1, line);
    }
}

static void
fill_summary (HpHousingResults *self)
{
  g_autofree char *need = hp_housing_format_number (self->total.need, 0);
  g_autofree char *reachable = hp_housing_format_number (self->total.reachable + self->total.first_year, 1);
  g_autofree char *years = hp_housing_format_years (self->total.years);
  g_autofree char *a = g_strdup_printf ("<span size='x-large' weight='bold'>%s</span>\n%s", need, _("homeless persons"));
  g_autofree char *b = g_strdup_printf ("<span size='x-large' weight='bold'>%s</span>\n%s", reachable,
                                        _("affordable dwellings allocated per year"));
  g_autofree char *c = g_strdup_printf ("<span size='x-large' weight='bold'>%s</span>\n%s", years,
                                        _("years to house everyone"));

  gtk_label_set_markup (self->summary[0], a);
  gtk_label_set_markup (self->summary[1], b);
  gtk_label_set_markup (self->summary[2], c);
}

static void
fill_dwelling_chart (HpHousingResults *self,
                     HpHousingGap     *gap)
{
  hp_housing_chart_clear (self->dwelling_chart);
  for (guint d = 0; d < hp_housing_list_size (HP_HOUSING_LIST_DWELLING); d++)
    {
      const HpHousingGapLine *line = hp_housing_gap_get_dwelling_line (gap, d);

      if (line->need > 0 || line->reachable > 0)
        hp_housing_chart_add (self->dwelling_chart, hp_housing_label (HP_HOUSING_LIST_DWELLING, d),
                              line->need, line->reachable + line->first_year);
    }
}

/* The total of @year, computed only if no change since the last time. */
static const HpHousingGapLine *
trend_total (HpHousingResults *self,
             int               year)
{
  HpHousingGapLine *line = g_hash_table_lookup (self->trend, GINT_TO_POINTER (year));
  g_autoptr(HpHousingGap) gap = NULL;

  if (line != NULL)
    return line;
  if ((gap = hp_housing_store_compute_gap (self->store, year, NULL, NULL)) == NULL)
    return NULL;
  line = g_memdup2 (hp_housing_gap_get_total (gap), sizeof *line);
  g_hash_table_insert (self->trend, GINT_TO_POINTER (year), line);
  return line;
}

static void
fill_trend (HpHousingResults *self)
{
  g_autoptr(GArray) years = hp_housing_store_list_years (self->store, NULL);

  hp_housing_chart_clear (self->trend_chart);
  for (guint i = 0; years != NULL && i < years->len; i++)
    {
      int year = g_array_index (years, int, i);
      const HpHousingGapLine *total = trend_total (self, year);
      g_autofree char *label = g_strdup_printf ("%d", year);

      if (total != NULL)
        hp_housing_chart_add (self->trend_chart, label, total->need, total->reachable + total->first_year);
    }
}

static void
delete_scenario (GtkButton        *button,
                 HpHousingResults *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "id");

  if (!hp_housing_store_delete_scenario (self->store, id, &error))
    g_warning ("%s", error->message);
}

static void
compare_row (HpHousingResults        *self,
             int                      row,
             const char              *name,
             const HpHousingGapLine  *line,
             const HpHousingScenario *scenario)
{
  g_array_append_val (self->compared, *line);
  cell (self->scenario_grid, 0, row, name, FALSE);
  line_cells (self->scenario_grid, 1, row, line);
  if (scenario != NULL)
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Delete the scenario"));
      g_object_set_data_full (G_OBJECT (button), "id", g_memdup2 (&scenario->id, sizeof (gint64)), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (delete_scenario), self);
      gtk_grid_attach (self->scenario_grid, button, 4, row, 1, 1);
    }
}

static void
fill_scenarios (HpHousingResults *self,
                HpHousingGap     *baseline)
{
  static const char *const titles[] = { N_("Scenario"), N_("Housed per year"), N_("Left after a year"),
                                        N_("Years to house all") };

  clear_grid (self->scenario_grid);
  g_array_set_size (self->compared, 0);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    cell (self->scenario_grid, i, 0, _(titles[i]), i > 0);
  compare_row (self, 1, _("Baseline"), hp_housing_gap_get_total (baseline), NULL);
  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
  self->scenarios = hp_housing_store_list_scenarios (self->store, self->year, NULL);
  for (guint i = 0; self->scenarios != NULL && i < self->scenarios->len; i++)
    {
      HpHousingScenario *s = g_ptr_array_index (self->scenarios, i);
      g_autoptr(HpHousingGap) gap = hp_housing_store_compute_gap (self->store, self->year, s, NULL);

      if (gap != NULL)
        compare_row (self, i + 2, s->name, hp_housing_gap_get_total (gap), s);
    }
}

void
hp_housing_results_refresh (HpHousingResults *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpHousingGap) gap = NULL;

  g_return_if_fail (HP_IS_HOUSING_RESULTS (self));
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->stale = FALSE;
  if (self->year == 0 || (gap = hp_housing_store_compute_gap (self->store, self->year, NULL, &error)) == NULL)
    return;
  self->total = *hp_housing_gap_get_total (gap);
  /* The trend's point for this year is the baseline just computed. */
  g_hash_table_insert (self->trend, GINT_TO_POINTER (self->year), g_memdup2 (&self->total, sizeof self->total));
  fill_summary (self);
  fill_groups (self, gap);
  fill_dwelling_chart (self, gap);
  fill_trend (self);
  fill_scenarios (self, gap);
}

gboolean
hp_housing_results_add_scenario (HpHousingResults         *self,
                                 const HpHousingScenario  *scenario,
                                 GError                  **error)
{
  g_return_val_if_fail (HP_IS_HOUSING_RESULTS (self), FALSE);
  return hp_housing_store_add_scenario (self->store, self->year, scenario, error) != 0;
}

/* The form's zeros mean "unchanged": a 0 % allocation share or a rent
 * limit of 0 kr. is no scenario anyone wants to try. */
static void
add_scenario_clicked (HpHousingResults *self)
{
  g_autoptr(GError) error = NULL;
  HpHousingScenario s;
  guint type = gtk_drop_down_get_selected (self->scenario_type);
  double share = gtk_spin_button_get_value (self->scenario_share);
  double rent = gtk_spin_button_get_value (self->scenario_rent);

  hp_housing_scenario_init (&s);
  s.name = (char *) gtk_editable_get_text (self->scenario_name);
  s.dwelling = type == 0 || type == GTK_INVALID_LIST_POSITION ? -1 : (int) type - 1;
  s.share = share > 0 ? share / 100 : -1;
  s.max_rent = rent > 0 ? rent : -1;
  s.new_units = gtk_spin_button_get_value_as_int (self->scenario_units);
  s.new_rent = rent > 0 ? rent : HP_HOUSING_DEFAULT_MAX_RENT;
  if (!hp_housing_results_add_scenario (self, &s, &error))
    {
      hp_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }
  gtk_editable_set_text (self->scenario_name, "");
}

static GtkWidget *
labelled (const char *text,
          GtkWidget  *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), widget);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  return box;
}

static GtkSpinButton *
spin (double max,
      double step)
{
  return GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, max, step));
}

static GtkWidget *
build_scenario_form (HpHousingResults *self)
{
  GtkWidget *form = gtk_flow_box_new ();
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Scenario"));

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (form), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (form), 7);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (form), 12);
  gtk_string_list_append (types, _("All types"));
  for (guint i = 0; i < hp_housing_list_size (HP_HOUSING_LIST_DWELLING); i++)
    gtk_string_list_append (types, hp_housing_label (HP_HOUSING_LIST_DWELLING, i));
  self->scenario_name = GTK_EDITABLE (gtk_entry_new ());
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->scenario_name), _("e.g. Allocation 50 %"));
  self->scenario_type = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&types)), NULL));
  self->scenario_share = spin (100, 5);
  self->scenario_rent = spin (20000, 100);
  self->scenario_units = spin (10000, 1);
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_widget_set_valign (add, GTK_ALIGN_END);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_scenario_clicked), self);
  gtk_flow_box_append (GTK_FLOW_BOX (form), labelled (_("Name"), GTK_WIDGET (self->scenario_name)));
  gtk_flow_box_append (GTK_FLOW_BOX (form), labelled (_("Dwelling type"), GTK_WIDGET (self->scenario_type)));
  gtk_flow_box_append (GTK_FLOW_BOX (form), labelled (_("Allocation share (%)"), GTK_WIDGET (self->scenario_share)));
  gtk_flow_box_append (GTK_FLOW_BOX (form), labelled (_("Rent limit (kr.)"), GTK_WIDGET (self->scenario_rent)));
  gtk_flow_box_append (GTK_FLOW_BOX (form), labelled (_("New dwellings"), GTK_WIDGET (self->scenario_units)));
  gtk_flow_box_append (GTK_FLOW_BOX (form), add);
  return form;
}

static GtkWidget *
section (HpHousingResults *self,
         const char       *title,
         const char       *subtitle,
         GtkWidget        *content)
{
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "title-4");
  gtk_box_append (GTK_BOX (self->box), heading);
  if (subtitle != NULL)
    {
      GtkWidget *sub = gtk_label_new (subtitle);
      gtk_label_set_xalign (GTK_LABEL (sub), 0);
      gtk_label_set_wrap (GTK_LABEL (sub), TRUE);
      gtk_widget_add_css_class (sub, "dim-label");
      gtk_box_append (GTK_BOX (self->box), sub);
    }
  gtk_widget_add_css_class (frame, "card");
  gtk_widget_add_css_class (frame, "housing-card");
  gtk_box_append (GTK_BOX (frame), content);
  gtk_box_append (GTK_BOX (self->box), frame);
  return frame;
}

static GtkGrid *
new_grid (void)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());

  gtk_grid_set_column_spacing (grid, 18);
  gtk_grid_set_row_spacing (grid, 6);
  return grid;
}

static void
build (HpHousingResults *self)
{
  GtkWidget *summary = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *scenarios = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_box_set_homogeneous (GTK_BOX (summary), TRUE);
  for (int i = 0; i < 3; i++)
    {
      self->summary[i] = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_justify (self->summary[i], GTK_JUSTIFY_CENTER);
      gtk_label_set_wrap (self->summary[i], TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->summary[i]), "card");
      gtk_widget_add_css_class (GTK_WIDGET (self->summary[i]), "housing-figure");
      gtk_box_append (GTK_BOX (summary), GTK_WIDGET (self->summary[i]));
    }
  gtk_box_append (GTK_BOX (self->box), summary);
  self->groups_grid = new_grid ();
  section (self, _("Gap per homeless group"),
           _("Affordable dwellings reached per year through allocation (units × turnover × allocation share, "
             "affordable segments only), shared between the groups needing the same type."),
           GTK_WIDGET (self->groups_grid));
  self->dwelling_chart = HP_HOUSING_CHART (hp_housing_chart_new ());
  hp_housing_chart_set_legend (self->dwelling_chart, _("Homeless persons needing it"), _("Allocated per year"));
  section (self, _("Need and yearly supply by dwelling type"), NULL, GTK_WIDGET (self->dwelling_chart));
  self->trend_chart = HP_HOUSING_CHART (hp_housing_chart_new ());
  hp_housing_chart_set_legend (self->trend_chart, _("Homeless persons"), _("Allocated per year"));
  section (self, _("Across mapping years"), NULL, GTK_WIDGET (self->trend_chart));
  self->scenario_grid = new_grid ();
  gtk_box_append (GTK_BOX (scenarios), GTK_WIDGET (self->scenario_grid));
  gtk_box_append (GTK_BOX (scenarios), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (scenarios), build_scenario_form (self));
  section (self, _("Scenarios"),
           _("Try a higher allocation share, new dwellings or another rent limit; leave a field at 0 to keep "
             "the baseline's value."), scenarios);
}

/* Figures asked for (by a test, an export) are never stale. */
static void
ensure_fresh (HpHousingResults *self)
{
  if (self->stale)
    hp_housing_results_refresh (self);
}

static gboolean
refresh_timeout (gpointer data)
{
  HpHousingResults *self = data;

  self->refresh_id = 0;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    hp_housing_results_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (HpHousingResults *self,
                  int               year)
{
  if (year == 0)
    g_hash_table_remove_all (self->trend);
  else
    g_hash_table_remove (self->trend, GINT_TO_POINTER (year));
  /* Another year shows only in the trend, which keeps the rest. */
  self->stale = TRUE;
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->refresh_id = g_timeout_add (200, refresh_timeout, self);
}

static void
on_map (HpHousingResults *self)
{
  ensure_fresh (self);
}

static void
hp_housing_results_dispose (GObject *object)
{
  HpHousingResults *self = HP_HOUSING_RESULTS (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_object (&self->store);
  g_clear_pointer (&self->trend, g_hash_table_unref);
  g_clear_pointer (&self->compared, g_array_unref);
  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
  G_OBJECT_CLASS (hp_housing_results_parent_class)->dispose (object);
}

static void
hp_housing_results_class_init (HpHousingResultsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_housing_results_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "housingresults");
}

static void
hp_housing_results_init (HpHousingResults *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  self->compared = g_array_new (FALSE, TRUE, sizeof (HpHousingGapLine));
  self->trend = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  gtk_widget_add_css_class (self->box, "housing-results");
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1100);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (scrolled, GTK_WIDGET (self));
  build (self);
}

GtkWidget *
hp_housing_results_new (HpHousingStore *store)
{
  HpHousingResults *self = g_object_new (HP_TYPE_HOUSING_RESULTS, NULL);

  self->store = g_object_ref (store);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed), self);
  return GTK_WIDGET (self);
}

void
hp_housing_results_set_year (HpHousingResults *self,
                             int               year)
{
  g_return_if_fail (HP_IS_HOUSING_RESULTS (self));
  self->year = year;
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    hp_housing_results_refresh (self);
}

const HpHousingGapLine *
hp_housing_results_get_total (HpHousingResults *self)
{
  ensure_fresh (self);
  return &self->total;
}

guint
hp_housing_results_get_n_compared (HpHousingResults *self)
{
  ensure_fresh (self);
  return self->compared->len;
}

const HpHousingGapLine *
hp_housing_results_get_compared (HpHousingResults *self,
                                 guint             index)
{
  ensure_fresh (self);
  g_return_val_if_fail (index < self->compared->len, NULL);
  return &g_array_index (self->compared, HpHousingGapLine, index);
}
