/* hp-workshop-setup.c — what a workshop goes through, where and how fast
 *
 * The three choices before a workshop: the directions (all, one chapter or
 * the strategy's focus areas, each with how many there are), the monitor
 * to project on (only asked when there is more than one; the presenter
 * view goes to another) and the minutes per direction.  A choice that
 * cannot work — focus areas before any are chosen — is explained here,
 * before anything goes on the wall.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-workshop-monitors.h"
#include "hp-workshop-setup.h"
#include "hp-workshop-window.h"

static const guint minute_choices[] = { 0, 1, 2, 3, 5, 10, 15 };

typedef struct {
  HpWorkshopScope  scope;
  char            *chapter_id;
  char            *title;
} Scope;

struct _HpWorkshopSetup
{
  AdwWindow        parent_instance;

  GtkWindow       *parent;        /* weak */
  HpStrategyStore *store;
  gint64           strategy_id;
  GArray          *scopes;        /* of Scope, in the order of the row */
  GListModel      *monitors;

  GtkWidget       *scope_row;
  GtkWidget       *monitor_row;
  GtkWidget       *timer_row;
  GtkWidget       *error_label;
  GtkWidget       *start_button;
};

G_DEFINE_FINAL_TYPE (HpWorkshopSetup, hp_workshop_setup, ADW_TYPE_WINDOW)

static void
clear_scope (Scope *scope)
{
  g_free (scope->chapter_id);
  g_free (scope->title);
}

static void
hp_workshop_setup_dispose (GObject *object)
{
  HpWorkshopSetup *self = HP_WORKSHOP_SETUP (object);

  if (self->parent != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->parent), (gpointer *) &self->parent);
  self->parent = NULL;
  g_clear_object (&self->store);
  g_clear_pointer (&self->scopes, g_array_unref);
  G_OBJECT_CLASS (hp_workshop_setup_parent_class)->dispose (object);
}

static GdkMonitor *
window_monitor (HpWorkshopSetup *self)
{
  GtkNative *native = self->parent ? GTK_NATIVE (self->parent) : GTK_NATIVE (self);
  GdkSurface *surface = gtk_native_get_surface (native);

  return surface ? gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (self)), surface) : NULL;
}

static void
show_error (HpWorkshopSetup *self,
            const char      *message)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message);
  gtk_widget_set_visible (self->error_label, TRUE);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HpWorkshopSetup *self = HP_WORKSHOP_SETUP (widget);
  Scope *scope = &g_array_index (self->scopes, Scope, adw_combo_row_get_selected (ADW_COMBO_ROW (self->scope_row)));
  g_autoptr(GError) error = NULL;
  g_autoptr(HpWorkshopSession) session = NULL;
  g_autoptr(GdkMonitor) show = g_list_model_get_item (self->monitors, hp_workshop_setup_get_monitor (self));
  HpWorkshopWindow *workshop;

  session = hp_workshop_session_new (self->store, self->strategy_id, scope->scope, scope->chapter_id, &error);
  if (session == NULL)
    {
      show_error (self, error->message);
      return;
    }
  hp_workshop_session_set_minutes (session,
                                   minute_choices[adw_combo_row_get_selected (ADW_COMBO_ROW (self->timer_row))]);
  workshop = hp_workshop_window_new (self->parent, session, scope->title);
  hp_workshop_window_start (workshop, show,
                            hp_workshop_monitors_choose_presenter (self->monitors, show, window_monitor (self)));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hp_workshop_setup_class_init (HpWorkshopSetupClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_workshop_setup_dispose;
  gtk_widget_class_install_action (widget_class, "setup.start", NULL, start_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hp_workshop_setup_init (HpWorkshopSetup *self)
{
  self->scopes = g_array_new (FALSE, TRUE, sizeof (Scope));
  g_array_set_clear_func (self->scopes, (GDestroyNotify) clear_scope);
}

/* --- the choices ----------------------------------------------------------- */

static void
add_scope (HpWorkshopSetup *self,
           GtkStringList   *labels,
           HpWorkshopScope  kind,
           const char      *chapter_id,
           const char      *title)
{
  guint n = hp_workshop_session_count_scope (self->store, self->strategy_id, kind, chapter_id);
  Scope scope = { kind, g_strdup (chapter_id), g_strdup (title) };
  g_autofree char *label = NULL;

  if (n == 0 && kind == HP_WORKSHOP_SCOPE_CHAPTER)
    {
      clear_scope (&scope);
      return;
    }
  if (n == 0)
    label = g_strdup_printf (_("%s (none chosen yet)"), title);
  else
    /* TRANSLATORS: a choice of directions for the workshop, "Focus areas (13 directions)" */
    label = g_strdup_printf (g_dngettext (NULL, "%s (%u direction)", "%s (%u directions)", n), title, n);
  gtk_string_list_append (labels, label);
  g_array_append_val (self->scopes, scope);
}

static GtkWidget *
scope_row (HpWorkshopSetup *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GListModel) chapters = hp_corpus_list_kind (hp_strategy_store_get_corpus (self->store), "chapter", NULL);
  GtkWidget *row = adw_combo_row_new ();

  add_scope (self, labels, HP_WORKSHOP_SCOPE_ALL, NULL, _("All directions"));
  for (guint i = 0; chapters != NULL && i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr(HpCorpusItem) chapter = g_list_model_get_item (chapters, i);
      g_autofree char *title = g_strdup_printf (_("Chapter %s · %s"), hp_corpus_item_get_number (chapter),
                                                hp_corpus_item_get_title (chapter));

      add_scope (self, labels, HP_WORKSHOP_SCOPE_CHAPTER, hp_corpus_item_get_id (chapter), title);
    }
  add_scope (self, labels, HP_WORKSHOP_SCOPE_FOCUS_AREAS, NULL, _("The strategy’s focus areas"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Directions"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  /* The choice as the row's subtitle, where it has the row's width. */
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (gtk_widget_hide), self->error_label);
  return row;
}

static GtkWidget *
monitor_row (HpWorkshopSetup *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  guint n = g_list_model_get_n_items (self->monitors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (self->monitors, i);
      g_autofree char *label = hp_workshop_monitors_describe (monitor, i);

      gtk_string_list_append (labels, label);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Project on"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), hp_workshop_monitors_choose_show (self->monitors, window_monitor (self)));
  /* One monitor: nothing to choose, and no presenter view. */
  gtk_widget_set_visible (row, n > 1);
  return row;
}

static GtkWidget *
timer_row (void)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < G_N_ELEMENTS (minute_choices); i++)
    {
      g_autofree char *label = minute_choices[i] == 0
        ? g_strdup (_("Off"))
        : g_strdup_printf (g_dngettext (NULL, "%u minute per direction", "%u minutes per direction",
                                        minute_choices[i]), minute_choices[i]);

      gtk_string_list_append (labels, label);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Timer"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Counts down for each direction and stops at zero"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  return row;
}

/* Start is the default and has the focus, so Enter starts the workshop
 * at once, as a facilitator in front of the group expects. */
static GtkWidget *
header (HpWorkshopSetup *self)
{
  GtkWidget *bar = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *start = gtk_button_new_with_mnemonic (_("_Start"));

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (bar), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (bar), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (start), "setup.start");
  gtk_widget_add_css_class (start, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (bar), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (bar), start);
  self->start_button = start;
  return bar;
}

static GtkWidget *
content (HpWorkshopSetup *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_visible (self->error_label, FALSE);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
    _("The directions are shown full screen, one at a time, for the group to rate together. "
      "Every status and note is saved in the strategy at once."));
  if (g_list_model_get_n_items (self->monitors) > 1)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
      _("The directions are shown full screen, one at a time, for the group to rate together. "
        "Every status and note is saved in the strategy at once. The presenter view, with the "
        "next direction and the keys, goes on the other monitor."));
  self->scope_row = scope_row (self);
  self->monitor_row = monitor_row (self);
  self->timer_row = timer_row ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->scope_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->monitor_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->timer_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->error_label);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  gtk_box_append (GTK_BOX (box), header (self));
  gtk_box_append (GTK_BOX (box), page);
  return box;
}

HpWorkshopSetup *
hp_workshop_setup_new (GtkWindow       *parent,
                       HpStrategyStore *store,
                       gint64           strategy_id)
{
  HpWorkshopSetup *self = g_object_new (HP_TYPE_WORKSHOP_SETUP, NULL);

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (store), NULL);

  self->parent = parent;
  if (parent != NULL)
    g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *) &self->parent);
  self->store = g_object_ref (store);
  self->strategy_id = strategy_id;
  self->monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  gtk_window_set_title (GTK_WINDOW (self), _("Start Workshop"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_set_default_size (GTK_WINDOW (self), 640, -1);
  adw_window_set_content (ADW_WINDOW (self), content (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->start_button);
  gtk_window_set_focus (GTK_WINDOW (self), self->start_button);
  return self;
}

/* --- for tests and callers that know what they want ------------------------ */

gboolean
hp_workshop_setup_set_scope (HpWorkshopSetup *self,
                             HpWorkshopScope  scope,
                             const char      *chapter_id)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SETUP (self), FALSE);

  for (guint i = 0; i < self->scopes->len; i++)
    {
      Scope *s = &g_array_index (self->scopes, Scope, i);

      if (s->scope == scope && g_strcmp0 (s->chapter_id, chapter_id) == 0)
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (self->scope_row), i);
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
hp_workshop_setup_set_minutes (HpWorkshopSetup *self,
                               guint            minutes)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SETUP (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (minute_choices); i++)
    if (minute_choices[i] == minutes)
      {
        adw_combo_row_set_selected (ADW_COMBO_ROW (self->timer_row), i);
        return TRUE;
      }
  return FALSE;
}

gboolean
hp_workshop_setup_set_monitor (HpWorkshopSetup *self,
                               guint            position)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SETUP (self), FALSE);

  if (position >= g_list_model_get_n_items (self->monitors))
    return FALSE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->monitor_row), position);
  return TRUE;
}

guint
hp_workshop_setup_get_monitor (HpWorkshopSetup *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SETUP (self), 0);
  return MIN (adw_combo_row_get_selected (ADW_COMBO_ROW (self->monitor_row)),
              g_list_model_get_n_items (self->monitors) - 1);
}

/* The reason the workshop could not start, or NULL. */
const char *
hp_workshop_setup_get_error (HpWorkshopSetup *self)
{
  g_return_val_if_fail (HP_IS_WORKSHOP_SETUP (self), NULL);
  return gtk_widget_get_visible (self->error_label) ? gtk_label_get_text (GTK_LABEL (self->error_label)) : NULL;
}
