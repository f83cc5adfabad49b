/* hp-strategy-checklist.c — the self-assessment checklist
 *
 * Every direction of the publication, grouped by chapter and guideline,
 * with its status.  Keys 1-5 on a focused row set the status (in the order
 * of the drop-down) and move on to the next row, so a whole guideline can
 * be rated from the keyboard.  The rows are made once; a change in the
 * store only updates their values, so focus and scrolling stay put.
 * Sub-points, shown under their direction on demand, are rated the same
 * way, but the counts at the top stay per direction, as in the overview.
 *
 * Measuring 132 rows of wrapped text took GTK about 2.5 s under Xvfb, most
 * of it shaping text, so the first screenful of rows is made at once and
 * the rest a few per frame: the checklist shows at once and fills in below.
 * Whatever looks rows up or walks them makes the rest first (finish_rows()).
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hp-strategy-checklist.h"
#include "hp-strategy-directions.h"
#include "hp-strategy-plan.h"
#include "hp-strategy-toast.h"

struct _HpStrategyChecklist
{
  GtkWidget        parent_instance;

  HpStrategyStore *store;
  gint64           strategy_id;
  GPtrArray       *places;        /* HpDirectionPlace of every direction, in order */
  guint            n_built;       /* rows made so far, of places[0 … n_built) */
  guint            build_tick;    /* the tick callback making the rest, or 0 */
  GHashTable      *assessments;   /* item id → HpAssessment, as last read */
  GHashTable      *rows;          /* item id → HpStrategyRow (owned by the list) */
  GHashTable      *subrows;       /* sub-point id → HpStrategyRow, once shown */
  GStrv            focus_areas;
  guint            counts[HP_N_ASSESSMENT_STATUSES];
  char            *summary;

  GtkWidget       *box;
  GtkWidget       *summary_label;
  GtkWidget       *level;
  GtkWidget       *status_filter;
  GtkWidget       *class_filter;
  GtkWidget       *focus_toggle;
  GtkWidget       *unassessed_toggle;
  GtkWidget       *list;
  GtkWidget       *scrolled;
};

G_DEFINE_FINAL_TYPE (HpStrategyChecklist, hp_strategy_checklist, GTK_TYPE_WIDGET)

static void
hp_strategy_checklist_dispose (GObject *object)
{
  HpStrategyChecklist *self = HP_STRATEGY_CHECKLIST (object);

  if (self->build_tick != 0)
    gtk_widget_remove_tick_callback (self->list, self->build_tick);
  self->build_tick = 0;
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->places, g_ptr_array_unref);
  g_clear_pointer (&self->assessments, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->subrows, g_hash_table_unref);
  g_clear_pointer (&self->focus_areas, g_strfreev);
  g_clear_pointer (&self->summary, g_free);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (hp_strategy_checklist_parent_class)->dispose (object);
}

static void
show_error (HpStrategyChecklist *self,
            GError              *error)
{
  hp_strategy_toast (GTK_WIDGET (self), error->message, FALSE);
}

static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HpStrategyChecklist *self = HP_STRATEGY_CHECKLIST (widget);
  g_autoptr(GError) error = NULL;
  const char *item_id;
  gint32 status;

  g_variant_get (parameter, "(&si)", &item_id, &status);
  if (status < 0 || status >= HP_N_ASSESSMENT_STATUSES)
    return;
  if (!hp_strategy_store_set_status (self->store, self->strategy_id, item_id, status, &error))
    show_error (self, error);
}

static void
set_text_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HpStrategyChecklist *self = HP_STRATEGY_CHECKLIST (widget);
  g_autoptr(GError) error = NULL;
  const char *item_id, *text;
  gboolean ok;

  g_variant_get (parameter, "(&s&s)", &item_id, &text);
  if (g_str_equal (action_name, "checklist.set-note"))
    ok = hp_strategy_store_set_note (self->store, self->strategy_id, item_id, text, &error);
  else
    ok = hp_strategy_store_set_responsible (self->store, self->strategy_id, item_id, text, &error);
  if (!ok)
    show_error (self, error);
}

static void load_subpoints (HpStrategyChecklist *self,
                            HpStrategyRow       *row);

static void
load_subpoints_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HpStrategyChecklist *self = HP_STRATEGY_CHECKLIST (widget);
  HpStrategyRow *row = g_hash_table_lookup (self->rows, g_variant_get_string (parameter, NULL));

  if (row != NULL)
    load_subpoints (self, row);
}

static void
hp_strategy_checklist_class_init (HpStrategyChecklistClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_strategy_checklist_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "checklist");
  gtk_widget_class_install_action (widget_class, "checklist.set-status", "(si)", set_status_action);
  gtk_widget_class_install_action (widget_class, "checklist.set-note", "(ss)", set_text_action);
  gtk_widget_class_install_action (widget_class, "checklist.set-responsible", "(ss)", set_text_action);
  gtk_widget_class_install_action (widget_class, "checklist.load-subpoints", "s", load_subpoints_action);
}

static void
hp_strategy_checklist_init (HpStrategyChecklist *self)
{
  self->rows = g_hash_table_new (g_str_hash, g_str_equal);
  self->subrows = g_hash_table_new (g_str_hash, g_str_equal);
}

/* --- filtering and grouping ------------------------------------------------ */

static gboolean
row_visible (GtkListBoxRow *list_row,
             gpointer       data)
{
  HpStrategyChecklist *self = data;
  HpStrategyRow *row = HP_STRATEGY_ROW (list_row);
  guint status = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->status_filter));
  guint classification = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->class_filter));

  if (status > 0 && hp_strategy_row_get_status (row) != status - 1)
    return FALSE;
  if (classification > 0 && hp_strategy_row_get_classification (row) != classification)
    return FALSE;
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->unassessed_toggle)) &&
      hp_strategy_row_get_status (row) != HP_ASSESSMENT_NOT_ASSESSED)
    return FALSE;
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->focus_toggle)) &&
      (self->focus_areas == NULL ||
       !g_strv_contains ((const char * const *) self->focus_areas,
                         hp_corpus_item_get_id (hp_strategy_row_get_guideline (row)))))
    return FALSE;
  return TRUE;
}

static GtkWidget *
heading (const char *text,
         const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A heading above the first row of each guideline (and of each chapter). */
static void
update_header (GtkListBoxRow *list_row,
               GtkListBoxRow *before,
               gpointer       data)
{
  HpStrategyChecklist *self = data;
  HpStrategyRow *row = HP_STRATEGY_ROW (list_row);
  HpCorpusItem *guideline = hp_strategy_row_get_guideline (row);
  HpCorpusItem *chapter = hp_strategy_row_get_chapter (row);
  gboolean new_chapter = before == NULL || hp_strategy_row_get_chapter (HP_STRATEGY_ROW (before)) != chapter;
  gboolean new_guideline = before == NULL || hp_strategy_row_get_guideline (HP_STRATEGY_ROW (before)) != guideline;
  g_autofree char *chapter_title = NULL;
  GtkWidget *box;
  gboolean focus;

  if (!new_guideline)
    {
      gtk_list_box_row_set_header (list_row, NULL);
      return;
    }
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (box, "checklist-header");
  if (new_chapter)
    {
      chapter_title = g_strdup_printf (_("Chapter %s · %s"), hp_corpus_item_get_number (chapter),
                                       hp_corpus_item_get_title (chapter));
      gtk_box_append (GTK_BOX (box), heading (chapter_title, "chapter-heading"));
    }
  gtk_box_append (GTK_BOX (box), heading (hp_corpus_item_get_title (guideline), "guideline-heading"));
  focus = self->focus_areas != NULL &&
          g_strv_contains ((const char * const *) self->focus_areas, hp_corpus_item_get_id (guideline));
  if (focus)
    gtk_box_append (GTK_BOX (box), heading (_("Focus area"), "focus-tag"));
  gtk_list_box_row_set_header (list_row, box);
}

static void
refilter (HpStrategyChecklist *self)
{
  gtk_list_box_invalidate_filter (GTK_LIST_BOX (self->list));
  gtk_list_box_invalidate_headers (GTK_LIST_BOX (self->list));
}

/* --- building -------------------------------------------------------------- */

static void show_assessment (HpStrategyChecklist *self, HpStrategyRow *row);

/* About a screenful, then a few per frame: each row costs GTK a few ms to
 * measure, so a frame stays short while the list fills. */
#define FIRST_ROWS     12
#define ROWS_PER_FRAME 4

static void
build_rows_up_to (HpStrategyChecklist *self,
                  guint                n)
{
  for (n = MIN (n, self->places->len); self->n_built < n; self->n_built++)
    {
      HpDirectionPlace *place = self->places->pdata[self->n_built];
      GtkWidget *row = hp_strategy_row_new (place->direction, place->guideline, place->chapter);

      hp_strategy_row_set_n_subpoints (HP_STRATEGY_ROW (row), place->n_subpoints);
      show_assessment (self, HP_STRATEGY_ROW (row));
      gtk_list_box_append (GTK_LIST_BOX (self->list), row);
      g_hash_table_insert (self->rows, (gpointer) hp_strategy_row_get_item_id (HP_STRATEGY_ROW (row)), row);
    }
}

static gboolean
build_next_rows (GtkWidget     *list,
                 GdkFrameClock *clock,
                 gpointer       data)
{
  HpStrategyChecklist *self = data;

  build_rows_up_to (self, self->n_built + ROWS_PER_FRAME);
  if (self->n_built < self->places->len)
    return G_SOURCE_CONTINUE;
  self->build_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
start_rows (HpStrategyChecklist *self)
{
  build_rows_up_to (self, FIRST_ROWS);
  if (self->n_built < self->places->len)
    self->build_tick = gtk_widget_add_tick_callback (self->list, build_next_rows, self, NULL);
}

/* Every row, now: for looking one up or walking them. */
static void
finish_rows (HpStrategyChecklist *self)
{
  if (self->places == NULL)
    return;
  build_rows_up_to (self, self->places->len);
  if (self->build_tick != 0)
    gtk_widget_remove_tick_callback (self->list, self->build_tick);
  self->build_tick = 0;
}

static HpAssessmentStatus
stored_status (HpStrategyChecklist *self,
               const char          *item_id)
{
  HpAssessment *assessment = self->assessments ? g_hash_table_lookup (self->assessments, item_id) : NULL;

  return assessment != NULL ? assessment->status : HP_ASSESSMENT_NOT_ASSESSED;
}

static void
show_assessment (HpStrategyChecklist *self,
                 HpStrategyRow       *row)
{
  hp_strategy_row_update (row, self->assessments ? g_hash_table_lookup (self->assessments,
                                                                        hp_strategy_row_get_item_id (row))
                                                 : NULL);
}

/* Makes the rows of @row's sub-points, the first time they are shown. */
static void
load_subpoints (HpStrategyChecklist *self,
                HpStrategyRow       *row)
{
  HpCorpus *corpus = hp_strategy_store_get_corpus (self->store);
  g_autoptr(GListModel) children = hp_corpus_list_children (corpus, hp_strategy_row_get_item (row), NULL);

  if (hp_strategy_row_get_first_subpoint (row) != NULL || children == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(HpCorpusItem) child = g_list_model_get_item (children, i);
      GtkWidget *subrow;

      if (!hp_corpus_item_is_kind (child, "subpoint") ||
          g_hash_table_contains (self->subrows, hp_corpus_item_get_id (child)))
        continue;
      subrow = hp_strategy_row_new (child, hp_strategy_row_get_guideline (row), hp_strategy_row_get_chapter (row));
      hp_strategy_row_add_subpoint (row, subrow);
      g_hash_table_insert (self->subrows, (gpointer) hp_strategy_row_get_item_id (HP_STRATEGY_ROW (subrow)), subrow);
      show_assessment (self, HP_STRATEGY_ROW (subrow));
    }
}

static GtkWidget *
filter_dropdown (HpStrategyChecklist *self,
                 const char * const  *labels,
                 const char          *name)
{
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (labels);

  gtk_widget_set_tooltip_text (dropdown, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_signal_connect_swapped (dropdown, "notify::selected", G_CALLBACK (refilter), self);
  return dropdown;
}

static GtkWidget *
filter_toggle (HpStrategyChecklist *self,
               const char          *label)
{
  GtkWidget *toggle = gtk_toggle_button_new_with_label (label);

  g_signal_connect_swapped (toggle, "toggled", G_CALLBACK (refilter), self);
  return toggle;
}

static GtkWidget *
filter_bar (HpStrategyChecklist *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char *statuses[HP_N_ASSESSMENT_STATUSES + 2] = { _("All statuses") };
  const char *classes[] = { _("All classifications"), NULL, NULL, NULL, NULL, NULL };

  for (guint i = 0; i < HP_N_ASSESSMENT_STATUSES; i++)
    statuses[i + 1] = hp_assessment_status_get_label (i);
  for (guint i = HP_CLASSIFICATION_SKAL; i <= HP_CLASSIFICATION_GOD_PRAKSIS; i++)
    classes[i] = hp_classification_get_label (i);
  gtk_widget_add_css_class (bar, "filter-bar");
  self->status_filter = filter_dropdown (self, statuses, _("Filter by status"));
  self->class_filter = filter_dropdown (self, classes, _("Filter by classification"));
  self->focus_toggle = filter_toggle (self, _("Focus areas only"));
  self->unassessed_toggle = filter_toggle (self, _("Not yet assessed"));
  gtk_box_append (GTK_BOX (bar), self->status_filter);
  gtk_box_append (GTK_BOX (bar), self->class_filter);
  gtk_box_append (GTK_BOX (bar), self->focus_toggle);
  gtk_box_append (GTK_BOX (bar), self->unassessed_toggle);
  return bar;
}

static gboolean
on_key_pressed (HpStrategyChecklist *self,
                guint                keyval,
                guint                keycode,
                GdkModifierType      state)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  return hp_strategy_checklist_press_key (self, keyval);
}

static GtkWidget *
summary_box (HpStrategyChecklist *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_add_css_class (box, "checklist-summary");
  self->summary_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->summary_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->summary_label), TRUE);
  self->level = gtk_level_bar_new_for_interval (0, 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->level), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Share of directions assessed"), -1);
  gtk_box_append (GTK_BOX (box), self->summary_label);
  gtk_box_append (GTK_BOX (box), self->level);
  gtk_box_append (GTK_BOX (box), filter_bar (self));
  return box;
}

GtkWidget *
hp_strategy_checklist_new (HpStrategyStore *store)
{
  HpStrategyChecklist *self = g_object_new (HP_TYPE_STRATEGY_CHECKLIST, NULL);
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *top = adw_clamp_new ();

  self->store = g_object_ref (store);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->list = gtk_list_box_new ();
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (GTK_LIST_BOX (self->list), row_visible, self, NULL);
  gtk_list_box_set_header_func (GTK_LIST_BOX (self->list), update_header, self, NULL);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (self->list, keys);
  adw_clamp_set_maximum_size (ADW_CLAMP (top), 1100);
  adw_clamp_set_child (ADW_CLAMP (top), summary_box (self));
  gtk_box_append (GTK_BOX (self->box), top);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1100);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->list);
  gtk_widget_add_css_class (clamp, "checklist-content");
  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), clamp);
  gtk_widget_set_vexpand (self->scrolled, TRUE);
  gtk_box_append (GTK_BOX (self->box), self->scrolled);
  return GTK_WIDGET (self);
}

/* --- showing the stored statuses ------------------------------------------- */

/* Which rows show depends on the assessment (their status, the focus
 * areas) only while such a filter is on.  Filtering again relays out the
 * whole list with its headings, too slow to do for every key 1-5. */
static gboolean
filters_follow_assessment (HpStrategyChecklist *self)
{
  return gtk_drop_down_get_selected (GTK_DROP_DOWN (self->status_filter)) > 0 ||
         gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->unassessed_toggle)) ||
         gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->focus_toggle));
}

static void
update_summary (HpStrategyChecklist *self)
{
  guint total = self->places != NULL ? self->places->len : 0;
  guint assessed = total - self->counts[HP_ASSESSMENT_NOT_ASSESSED];
  g_autofree char *counts = g_strdup_printf (
    /* TRANSLATORS: the checklist's counts, e.g. "80 of 132 directions assessed: 30 in place, …" */
    _("%u of %u directions assessed: %u in place, %u partly in place, %u not started, %u not relevant"),
    assessed, total, self->counts[HP_ASSESSMENT_IN_PLACE], self->counts[HP_ASSESSMENT_PARTLY],
    self->counts[HP_ASSESSMENT_NOT_STARTED], self->counts[HP_ASSESSMENT_NOT_RELEVANT]);

  g_free (self->summary);
  self->summary = g_strdup_printf ("%s. %s", counts,
                                   _("Counts are per direction; sub-points are assessed under their "
                                     "direction and not counted here."));
  gtk_label_set_text (GTK_LABEL (self->summary_label), self->summary);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (self->level), total > 0 ? (double) assessed / total : 0);
}

/* The counts are the store's, rows made or not. */
static void
count_statuses (HpStrategyChecklist *self)
{
  memset (self->counts, 0, sizeof self->counts);
  for (guint i = 0; self->places != NULL && i < self->places->len; i++)
    {
      HpDirectionPlace *place = self->places->pdata[i];

      self->counts[stored_status (self, hp_corpus_item_get_id (place->direction))]++;
    }
}

void
hp_strategy_checklist_refresh (HpStrategyChecklist *self)
{
  GHashTableIter iter;
  HpStrategyRow *row;

  g_clear_pointer (&self->assessments, g_hash_table_unref);
  self->assessments = hp_strategy_store_list_assessments (self->store, self->strategy_id, 0, NULL);
  g_clear_pointer (&self->focus_areas, g_strfreev);
  self->focus_areas = hp_strategy_plan_list_focus_areas (self->store, self->strategy_id, NULL);
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &row))
    show_assessment (self, row);
  g_hash_table_iter_init (&iter, self->subrows);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &row))
    show_assessment (self, row);
  count_statuses (self);
  update_summary (self);
  if (filters_follow_assessment (self))
    refilter (self);
}

void
hp_strategy_checklist_set_strategy (HpStrategyChecklist *self,
                                    gint64               strategy_id)
{
  /* The 132 rows are made when there is first something to assess, not
   * with every window: most windows never show the checklist. */
  gboolean other = strategy_id != self->strategy_id;

  if (strategy_id > 0 && self->places == NULL)
    self->places = hp_strategy_directions_list (hp_strategy_store_get_corpus (self->store));
  self->strategy_id = strategy_id;
  hp_strategy_checklist_refresh (self);
  if (self->places != NULL && self->n_built == 0)
    start_rows (self);
  if (other && !filters_follow_assessment (self))
    refilter (self);
}

/* The row of direction or sub-point @item_id; a sub-point's row is made
 * (and shown) when need be. */
HpStrategyRow *
hp_strategy_checklist_lookup (HpStrategyChecklist *self,
                              const char          *item_id)
{
  HpStrategyRow *row;
  g_autoptr(HpCorpusItem) item = NULL;
  GHashTableIter iter;

  finish_rows (self);
  row = g_hash_table_lookup (self->rows, item_id);
  if (row == NULL)
    row = g_hash_table_lookup (self->subrows, item_id);
  if (row != NULL)
    return row;
  item = hp_corpus_lookup (hp_strategy_store_get_corpus (self->store), item_id, NULL);
  if (item == NULL || !hp_corpus_item_is_kind (item, "subpoint"))
    return NULL;
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &row))
    if (hp_corpus_item_get_seq (hp_strategy_row_get_item (row)) == hp_corpus_item_get_parent_seq (item))
      {
        hp_strategy_row_set_subpoints_expanded (row, TRUE);
        return g_hash_table_lookup (self->subrows, item_id);
      }
  return NULL;
}

static void
focus_row (HpStrategyChecklist *self,
           GtkWidget           *row)
{
  gtk_widget_grab_focus (row);
  /* Scroll by hand too: a row focused before the first layout is not
   * scrolled to by GTK. */
  {
    graphene_point_t point;

    if (gtk_widget_compute_point (row, self->list, &GRAPHENE_POINT_INIT (0, 0), &point))
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled)),
                                MAX (point.y - 120, 0));
  }
}

/* Shows and focuses the row of @item_id, clearing filters that hide it. */
gboolean
hp_strategy_checklist_reveal (HpStrategyChecklist *self,
                              const char          *item_id)
{
  HpStrategyRow *row = hp_strategy_checklist_lookup (self, item_id);
  HpStrategyRow *direction_row;

  if (row == NULL)
    return FALSE;
  direction_row = hp_strategy_row_get_parent_row (row);
  if (direction_row != NULL)
    hp_strategy_row_set_subpoints_expanded (direction_row, TRUE);
  else
    direction_row = row;
  if (!row_visible (GTK_LIST_BOX_ROW (direction_row), self))
    hp_strategy_checklist_set_filters (self, 0, 0, FALSE, FALSE);
  focus_row (self, GTK_WIDGET (row));
  return TRUE;
}

static GtkWidget *
focused_row (HpStrategyChecklist *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));

  if (focus == NULL)
    return NULL;
  return HP_IS_STRATEGY_ROW (focus) ? focus : gtk_widget_get_ancestor (focus, HP_TYPE_STRATEGY_ROW);
}

static GtkWidget *
next_sibling_row (GtkWidget *row)
{
  for (GtkWidget *next = gtk_widget_get_next_sibling (row); next; next = gtk_widget_get_next_sibling (next))
    if (HP_IS_STRATEGY_ROW (next) && gtk_widget_get_child_visible (next))
      return next;
  return NULL;
}

/* The row after @row as read: into a direction's shown sub-points, and from
 * the last sub-point on to the next direction. */
static GtkWidget *
next_visible_row (GtkWidget *row)
{
  GtkWidget *next = hp_strategy_row_get_first_subpoint (HP_STRATEGY_ROW (row));
  HpStrategyRow *direction_row;

  if (next == NULL)
    next = next_sibling_row (row);
  if (next == NULL && (direction_row = hp_strategy_row_get_parent_row (HP_STRATEGY_ROW (row))) != NULL)
    next = next_sibling_row (GTK_WIDGET (direction_row));
  return next;
}

/* The status keys 1-5 (main row or keypad) set, in the order of
 * HpAssessmentStatus; -1 for any other key.  The workshop uses the same. */
int
hp_strategy_checklist_status_for_key (guint keyval)
{
  if (keyval >= GDK_KEY_1 && keyval <= GDK_KEY_5)
    return keyval - GDK_KEY_1;
  if (keyval >= GDK_KEY_KP_1 && keyval <= GDK_KEY_KP_5)
    return keyval - GDK_KEY_KP_1;
  return -1;
}

/* Keys 1-5 on a focused row: its status, then on to the next row. */
gboolean
hp_strategy_checklist_press_key (HpStrategyChecklist *self,
                                 guint                keyval)
{
  GtkWidget *row = focused_row (self);
  GtkWidget *next;
  int status = hp_strategy_checklist_status_for_key (keyval);

  if (status < 0 || row == NULL)
    return FALSE;
  finish_rows (self);
  next = next_visible_row (row);
  gtk_widget_activate_action (row, "checklist.set-status", "(si)",
                              hp_strategy_row_get_item_id (HP_STRATEGY_ROW (row)), status);
  if (next != NULL)
    gtk_widget_grab_focus (next);
  return TRUE;
}

void
hp_strategy_checklist_set_filters (HpStrategyChecklist *self,
                                   guint                status,
                                   guint                classification,
                                   gboolean             focus_only,
                                   gboolean             unassessed_only)
{
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->status_filter), status);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->class_filter), classification);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->focus_toggle), focus_only);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->unassessed_toggle), unassessed_only);
  refilter (self);
}

guint
hp_strategy_checklist_count (HpStrategyChecklist *self,
                             HpAssessmentStatus   status)
{
  g_return_val_if_fail (status < HP_N_ASSESSMENT_STATUSES, 0);
  return self->counts[status];
}

guint
hp_strategy_checklist_n_visible (HpStrategyChecklist *self)
{
  GHashTableIter iter;
  GtkListBoxRow *row;
  guint n = 0;

  finish_rows (self);
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &row))
    n += row_visible (row, self);
  return n;
}

/* How many direction rows exist yet (they are made a few per frame). */
guint
hp_strategy_checklist_n_rows_made (HpStrategyChecklist *self)
{
  return self->n_built;
}

const char *
hp_strategy_checklist_get_summary (HpStrategyChecklist *self)
{
  return self->summary;
}
