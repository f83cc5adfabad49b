/* hp-housing-supply-view.c — the supply table: sortable, filterable,
 * editable in place
 *
 * The rows come from HpHousingSegmentList, which pages them in lazily, so
 * sorting and filtering are done by the database, not by a GtkSortListModel
 * (that would load every row).  GTK 4.8 does not say which column header
 * was clicked, so each column's sorter is a probe: comparing two dummies
 * through the view's sorter calls the primary column's sorter first, and
 * the sign of the answer tells the direction.
 *
 * Cells are GtkEditableLabels; a committed edit is parsed the way the
 * locale writes numbers, checked by the store and either saved or undone
 * with the reason in a toast.  Removal can be undone from its toast.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hp-error.h"
#include "hp-housing-number.h"
#include "hp-housing-supply-view.h"
#include "hp-toast.h"
#include "hp-housing-types.h"

struct _HpHousingSupplyView
{
  GtkWidget             parent_instance;

  HpHousingStore       *store;
  HpHousingSegmentList *list;
  GtkSingleSelection   *selection;
  GtkColumnView        *view;
  GtkEditable          *search;
  GtkDropDown          *type_filter;
  GArray               *limits;       /* double: each group's rent limit */
  int                   year;
  const char           *probe_hit;    /* the column whose sorter ran first */
};

G_DEFINE_FINAL_TYPE (HpHousingSupplyView, hp_housing_supply_view, GTK_TYPE_WIDGET)

typedef enum { KIND_TEXT, KIND_NUMBER, KIND_SHARE, KIND_DWELLING, KIND_YES_NO, KIND_DERIVED } Kind;

static const struct {
  const char *key;
  const char *title;
  Kind        kind;
  gboolean    expand;
} columns[] = {
  { "dwelling", N_("Type"), KIND_DWELLING, FALSE },
  { "area", N_("Area"), KIND_TEXT, TRUE },
  { "organisation", N_("Housing organisation"), KIND_TEXT, TRUE },
  { "units", N_("Units"), KIND_NUMBER, FALSE },
  { "rent", N_("Rent/month"), KIND_NUMBER, FALSE },
  { "step-free", N_("Step-free"), KIND_YES_NO, FALSE },
  { "turnover", N_("Turnover"), KIND_SHARE, FALSE },
  { "share", N_("Allocation"), KIND_SHARE, FALSE },
  { "reachable", N_("Per year"), KIND_DERIVED, FALSE },
  { "affordable", N_("Affordable for"), KIND_DERIVED, FALSE },
};

static int
column_index (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (g_str_equal (columns[i].key, key))
      return i;
  return -1;
}

/* --- showing values ------------------------------------------------------ */

static char *
affordable_text (HpHousingSupplyView        *self,
                 const HpHousingSegmentData *d)
{
  guint n = 0;

  if (self->limits == NULL || self->limits->len == 0)
    return g_strdup ("–");
  for (guint i = 0; i < self->limits->len; i++)
    n += d->rent <= g_array_index (self->limits, double, i) + 0.005;
  if (n == self->limits->len)
    return g_strdup (_("All groups"));
  if (n == 0)
    return g_strdup (_("No group"));
  /* Translators: how many homeless groups can afford a segment */
  return g_strdup_printf (_("%u of %u groups"), n, self->limits->len);
}

static char *
cell_text (HpHousingSupplyView        *self,
           const HpHousingSegmentData *d,
           const char                 *key)
{
  switch (key[0] == 'a' && key[1] == 'f' ? 'A' : key[0])
    {
    case 'd': return g_strdup (hp_housing_label (HP_HOUSING_LIST_DWELLING, d->dwelling));
    case 'a': return g_strdup (d->area);
    case 'o': return g_strdup (d->organisation);
    case 'u': return hp_housing_format_number (d->units, 0);
    case 'r': return g_str_equal (key, "rent") ? hp_housing_format_money (d->rent)
                                               : hp_housing_format_number (hp_housing_segment_data_reachable (d), 1);
    case 's': return g_str_equal (key, "share") ? hp_housing_format_percent (d->share)
                                                : g_strdup (d->step_free ? _("Yes") : _("No"));
    case 't': return hp_housing_format_percent (d->turnover);
    case 'A': return affordable_text (self, d);
    default: return g_strdup ("");
    }
}

/* --- editing ------------------------------------------------------------- */

static gboolean
parse_value (Kind         kind,
             const char  *text,
             double      *value,
             GError     **error)
{
  gboolean percent = FALSE;

  if (!hp_housing_parse_number (text, HP_NUMBER_LOCALE, value, &percent))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID, _("“%s” is not a number"), text);
      return FALSE;
    }
  if (kind == KIND_SHARE && !percent && *value > 1)
    *value /= 100;
  return TRUE;
}

static gboolean
apply_edit (HpHousingSegmentData  *d,
            int                    column,
            const char            *text,
            GError               **error)
{
  double v = 0;
  int i;

  switch (columns[column].kind)
    {
    case KIND_TEXT:
      g_free (column == 1 ? d->area : d->organisation);
      *(column == 1 ? &d->area : &d->organisation) = g_strstrip (g_strdup (text));
      return TRUE;
    case KIND_DWELLING:
      if ((i = hp_housing_lookup (HP_HOUSING_LIST_DWELLING, text)) < 0)
        {
          g_set_error (error, HP_ERROR, HP_ERROR_INVALID, _("“%s” is not a dwelling type"), text);
          return FALSE;
        }
      d->dwelling = i;
      return TRUE;
    case KIND_YES_NO:
      d->step_free = g_ascii_strcasecmp (text, "ja") == 0 || g_ascii_strcasecmp (text, "yes") == 0 ||
                     g_strcmp0 (text, _("Yes")) == 0;
      return TRUE;
    case KIND_NUMBER:
    case KIND_SHARE:
      if (!parse_value (columns[column].kind, text, &v, error))
        return FALSE;
      if (g_str_equal (columns[column].key, "units"))
        d->units = (v == (int) v) ? (int) v : -1;
      else if (g_str_equal (columns[column].key, "rent"))
        d->rent = v;
      else if (g_str_equal (columns[column].key, "turnover"))
        d->turnover = v;
      else
        d->share = v;
      return TRUE;
    case KIND_DERIVED:
    default:
      return FALSE;
    }
}

gboolean
hp_housing_supply_view_edit (HpHousingSupplyView  *self,
                             guint                 position,
                             const char           *column,
                             const char           *text,
                             GError              **error)
{
  g_autoptr(HpHousingSegment) segment = g_list_model_get_item (G_LIST_MODEL (self->list), position);
  HpHousingSegmentData d = { 0 };
  int c = column_index (column);
  gboolean ok;

  g_return_val_if_fail (segment != NULL && c >= 0, FALSE);
  if (!hp_housing_store_get_segment (self->store, hp_housing_segment_get_id (segment), &d, error))
    return FALSE;
  ok = apply_edit (&d, c, text, error) && hp_housing_store_update_segment (self->store, &d, error);
  hp_housing_segment_data_clear (&d);
  return ok;
}

static void
toast (HpHousingSupplyView *self,
       AdwToast            *t)
{
  hp_toast_show (GTK_WIDGET (self), t);
}

static void
on_label_editing (GtkEditableLabel *label,
                  GParamSpec       *pspec,
                  GtkListItem      *item)
{
  HpHousingSupplyView *self = g_object_get_data (G_OBJECT (label), "view");
  const char *key = g_object_get_data (G_OBJECT (label), "column");
  HpHousingSegment *segment = gtk_list_item_get_item (item);
  g_autoptr(GError) error = NULL;
  g_autofree char *old = NULL;

  if (gtk_editable_label_get_editing (label) || segment == NULL)
    return;
  old = cell_text (self, hp_housing_segment_get_data (segment), key);
  if (g_strcmp0 (old, gtk_editable_get_text (GTK_EDITABLE (label))) == 0)
    return;
  if (!hp_housing_supply_view_edit (self, gtk_list_item_get_position (item), key,
                                    gtk_editable_get_text (GTK_EDITABLE (label)), &error))
    {
      gtk_editable_set_text (GTK_EDITABLE (label), old);
      toast (self, adw_toast_new (error->message));
    }
}

/* --- columns ------------------------------------------------------------- */

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            HpHousingSupplyView      *self)
{
  const char *key = g_object_get_data (G_OBJECT (factory), "column");
  Kind kind = columns[column_index (key)].kind;
  GtkWidget *widget;

  if (kind == KIND_DERIVED)
    {
      widget = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (widget), g_str_equal (key, "reachable") ? 1 : 0);
    }
  else
    {
      widget = gtk_editable_label_new ("");
      g_object_set_data (G_OBJECT (widget), "view", self);
      g_signal_connect (widget, "notify::editing", G_CALLBACK (on_label_editing), item);
      if (kind == KIND_NUMBER || kind == KIND_SHARE)
        gtk_editable_set_alignment (GTK_EDITABLE (widget), 1);
    }
  g_object_set_data (G_OBJECT (widget), "column", (gpointer) key);
  gtk_list_item_set_child (item, widget);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           HpHousingSupplyView      *self)
{
  GtkWidget *widget = gtk_list_item_get_child (item);
  HpHousingSegment *segment = gtk_list_item_get_item (item);
  const char *key = g_object_get_data (G_OBJECT (widget), "column");
  g_autofree char *text = segment ? cell_text (self, hp_housing_segment_get_data (segment), key) : g_strdup ("");

  if (GTK_IS_LABEL (widget))
    gtk_label_set_text (GTK_LABEL (widget), text);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(columns[column_index (key)].title), -1);
}

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  HpHousingSupplyView *self = g_object_get_data (G_OBJECT (user_data), "view");

  if (self->probe_hit == NULL)
    self->probe_hit = g_object_get_data (G_OBJECT (user_data), "column");
  return GTK_ORDERING_SMALLER;
}

static void
on_sort_changed (HpHousingSupplyView *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->view);
  g_autoptr(GObject) a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) b = g_object_new (G_TYPE_OBJECT, NULL);
  GtkOrdering order;

  self->probe_hit = NULL;
  order = gtk_sorter_compare (sorter, a, b);
  hp_housing_segment_list_set_sort (self->list, self->probe_hit, order == GTK_ORDERING_LARGER);
}

static void
add_column (HpHousingSupplyView *self,
            guint                i)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_object_set_data (G_OBJECT (factory), "column", (gpointer) columns[i].key);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  column = gtk_column_view_column_new (_(columns[i].title), factory);
  gtk_column_view_column_set_expand (column, columns[i].expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (!g_str_equal (columns[i].key, "affordable"))
    {
      GtkSorter *sorter = GTK_SORTER (gtk_custom_sorter_new (NULL, NULL, NULL));

      g_object_set_data (G_OBJECT (sorter), "column", (gpointer) columns[i].key);
      g_object_set_data (G_OBJECT (sorter), "view", self);
      gtk_custom_sorter_set_sort_func (GTK_CUSTOM_SORTER (sorter), probe_compare, sorter, NULL);
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
    }
  gtk_column_view_append_column (self->view, column);
}

/* --- filtering, adding, removing ------------------------------------------ */

static void
on_filter_changed (HpHousingSupplyView *self)
{
  guint type = gtk_drop_down_get_selected (self->type_filter);

  hp_housing_segment_list_set_filter (self->list, gtk_editable_get_text (self->search),
                                      type == 0 || type == GTK_INVALID_LIST_POSITION ? -1 : (int) type - 1);
}

/* A new segment starts as an almen familiebolig at the rent limit with the
 * usual 25 % allocation; the planner edits it in place. */
static void
add_segment (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HpHousingSupplyView *self = HP_HOUSING_SUPPLY_VIEW (widget);
  guint type = gtk_drop_down_get_selected (self->type_filter);
  g_autoptr(GError) error = NULL;
  HpHousingSegmentData d;

  hp_housing_segment_data_init (&d);
  d.dwelling = type > 0 && type != GTK_INVALID_LIST_POSITION ? type - 1 : 0;
  d.units = 1;
  d.rent = HP_HOUSING_DEFAULT_MAX_RENT;
  d.area = (char *) _("New segment");
  if (hp_housing_store_add_segment (self->store, self->year, &d, &error) == 0)
    toast (self, adw_toast_new (error->message));
  /* Show it: new rows come last in the default order. */
  hp_housing_segment_list_reload (self->list);
  gtk_single_selection_set_selected (self->selection, g_list_model_get_n_items (G_LIST_MODEL (self->list)) - 1);
}

typedef struct {
  HpHousingStore       *store;
  int                   year;
  HpHousingSegmentData  data;
} Removed;

static void
removed_free (gpointer  p,
              GClosure *closure)
{
  Removed *r = p;

  g_object_unref (r->store);
  hp_housing_segment_data_clear (&r->data);
  g_free (r);
}

static void
undo_remove (AdwToast *t,
             Removed  *r)
{
  g_autoptr(GError) error = NULL;

  if (hp_housing_store_add_segment (r->store, r->year, &r->data, &error) == 0)
    g_warning ("Cannot restore the segment: %s", error->message);
}

static void
remove_segment (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HpHousingSupplyView *self = HP_HOUSING_SUPPLY_VIEW (widget);
  HpHousingSegment *segment = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GError) error = NULL;
  Removed *r;
  AdwToast *t;

  if (segment == NULL)
    return;
  r = g_new0 (Removed, 1);
  r->store = g_object_ref (self->store);
  r->year = self->year;
  if (!hp_housing_store_delete_segment (self->store, hp_housing_segment_get_id (segment), &r->data, &error))
    {
      removed_free (r, NULL);
      toast (self, adw_toast_new (error->message));
      return;
    }
  t = adw_toast_new (_("Segment removed"));
  adw_toast_set_button_label (t, _("_Undo"));
  g_signal_connect_data (t, "button-clicked", G_CALLBACK (undo_remove), r, (GClosureNotify) removed_free, 0);
  toast (self, t);
}

static GtkWidget *
build_toolbar (HpHousingSupplyView *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  GtkWidget *search = gtk_search_entry_new ();
  GtkWidget *spinner = gtk_spinner_new ();

  gtk_string_list_append (types, _("All types"));
  for (guint i = 0; i < hp_housing_list_size (HP_HOUSING_LIST_DWELLING); i++)
    gtk_string_list_append (types, hp_housing_label (HP_HOUSING_LIST_DWELLING, i));
  self->search = GTK_EDITABLE (search);
  gtk_widget_set_hexpand (search, TRUE);
  g_object_set (search, "placeholder-text", _("Filter by area or organisation"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Filter by area or organisation"), -1);
  g_signal_connect_swapped (search, "search-changed", G_CALLBACK (on_filter_changed), self);
  self->type_filter = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&types)), NULL));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->type_filter), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Dwelling type"), -1);
  g_signal_connect_swapped (self->type_filter, "notify::selected", G_CALLBACK (on_filter_changed), self);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "supply.add");
  gtk_widget_set_tooltip_text (add, _("Add a segment"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "supply.remove");
  gtk_widget_set_tooltip_text (remove, _("Remove the selected segment"));
  /* Sorting or filtering millions of rows happens in a thread; the old
   * order stays usable meanwhile. */
  gtk_widget_set_tooltip_text (spinner, _("Sorting the supply…"));
  g_object_bind_property (self->list, "loading", spinner, "spinning", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->list, "loading", spinner, "visible", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (bar), search);
  gtk_box_append (GTK_BOX (bar), spinner);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->type_filter));
  gtk_box_append (GTK_BOX (bar), add);
  gtk_box_append (GTK_BOX (bar), remove);
  return bar;
}

static void
hp_housing_supply_view_dispose (GObject *object)
{
  HpHousingSupplyView *self = HP_HOUSING_SUPPLY_VIEW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->store);
  g_clear_pointer (&self->limits, g_array_unref);
  G_OBJECT_CLASS (hp_housing_supply_view_parent_class)->dispose (object);
}

static void
hp_housing_supply_view_class_init (HpHousingSupplyViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_housing_supply_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "supplyview");
  gtk_widget_class_install_action (widget_class, "supply.add", NULL, add_segment);
  gtk_widget_class_install_action (widget_class, "supply.remove", NULL, remove_segment);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "supply.remove", NULL);
}

static void
hp_housing_supply_view_init (HpHousingSupplyView *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 8);
}

GtkWidget *
hp_housing_supply_view_new (HpHousingStore *store)
{
  HpHousingSupplyView *self = g_object_new (HP_TYPE_HOUSING_SUPPLY_VIEW, NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->store = g_object_ref (store);
  self->list = hp_housing_segment_list_new (store);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection))));
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Housing supply"), -1);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    add_column (self, i);
  g_signal_connect_swapped (gtk_column_view_get_sorter (self->view), "changed",
                            G_CALLBACK (on_sort_changed), self);
  gtk_widget_set_parent (build_toolbar (self), GTK_WIDGET (self));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->view));
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_widget_set_parent (scrolled, GTK_WIDGET (self));
  return GTK_WIDGET (self);
}

void
hp_housing_supply_view_set_year (HpHousingSupplyView *self,
                                 int                  year)
{
  g_return_if_fail (HP_IS_HOUSING_SUPPLY_VIEW (self));
  self->year = year;
  hp_housing_segment_list_set_year (self->list, year);
}

/* The rent limit of each homeless group, for the "Affordable for" column. */
void
hp_housing_supply_view_set_limits (HpHousingSupplyView *self,
                                   GArray              *limits)
{
  g_return_if_fail (HP_IS_HOUSING_SUPPLY_VIEW (self));
  g_clear_pointer (&self->limits, g_array_unref);
  self->limits = limits ? g_array_ref (limits) : NULL;
  /* Rebinds the visible cells; only a page or two is read again. */
  hp_housing_segment_list_refresh_rows (self->list);
}

GtkColumnView *
hp_housing_supply_view_get_column_view (HpHousingSupplyView *self)
{
  return self->view;
}

GListModel *
hp_housing_supply_view_get_model (HpHousingSupplyView *self)
{
  return G_LIST_MODEL (self->list);
}
