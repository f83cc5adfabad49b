/* hp-strategy-chart.c — progress per chapter as stacked bars
 *
 * One bar per chapter, split by status in the checklist's colours, with
 * the chapter's name and its counts written beside it, so the chart reads
 * in greyscale and for a screen reader (the accessible description carries
 * the same counts as text).
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-strategy-chart.h"
#include "hp-strategy-progress.h"

#define BAR_HEIGHT 22
#define ROW_HEIGHT 58
#define LABEL_GAP 6

struct _HpStrategyChart
{
  GtkWidget  parent_instance;
  GPtrArray *groups;   /* of HpProgressGroup, chapters only */
};

G_DEFINE_FINAL_TYPE (HpStrategyChart, hp_strategy_chart, GTK_TYPE_WIDGET)


static void
hp_strategy_chart_finalize (GObject *object)
{
  g_clear_pointer (&HP_STRATEGY_CHART (object)->groups, g_ptr_array_unref);
  G_OBJECT_CLASS (hp_strategy_chart_parent_class)->finalize (object);
}

static char *
caption (HpProgressGroup *group)
{
  return g_strdup_printf (_("%s — %u of %u in place, %u partly, %u not started"), group->title,
                          group->counts[HP_ASSESSMENT_IN_PLACE], group->total,
                          group->counts[HP_ASSESSMENT_PARTLY], group->counts[HP_ASSESSMENT_NOT_STARTED]);
}

static void
draw_bar (GtkSnapshot     *snapshot,
          HpProgressGroup *group,
          float            y,
          float            width)
{
  float x = 0;

  for (guint s = 0; s < HP_N_ASSESSMENT_STATUSES; s++)
    {
      HpAssessmentStatus status = hp_assessment_status_chart_order[s];
      guint32 rgb = hp_assessment_status_get_colour (status);
      float w = group->total ? width * group->counts[status] / group->total : 0;
      GdkRGBA colour = { ((rgb >> 16) & 0xff) / 255.f, ((rgb >> 8) & 0xff) / 255.f, (rgb & 0xff) / 255.f, 1 };

      gtk_snapshot_append_color (snapshot, &colour, &GRAPHENE_RECT_INIT (x, y, w, BAR_HEIGHT));
      x += w;
    }
}

static void
hp_strategy_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  HpStrategyChart *self = HP_STRATEGY_CHART (widget);
  float width = gtk_widget_get_width (widget);

  for (guint i = 0; self->groups != NULL && i < self->groups->len; i++)
    {
      HpProgressGroup *group = self->groups->pdata[i];
      g_autofree char *text = caption (group);
      PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
      GdkRGBA fg;
      float y = i * ROW_HEIGHT;

      gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, y));
      gtk_snapshot_append_layout (snapshot, layout, &fg);
      gtk_snapshot_restore (snapshot);
      draw_bar (snapshot, group, y + ROW_HEIGHT - BAR_HEIGHT - LABEL_GAP * 2, width);
      g_object_unref (layout);
    }
}

static void
hp_strategy_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  HpStrategyChart *self = HP_STRATEGY_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = 200, *natural = 600;
  else
    *minimum = *natural = (self->groups ? self->groups->len : 0) * ROW_HEIGHT;
}

static void
hp_strategy_chart_class_init (HpStrategyChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hp_strategy_chart_finalize;
  widget_class->snapshot = hp_strategy_chart_snapshot;
  widget_class->measure = hp_strategy_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "strategychart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hp_strategy_chart_init (HpStrategyChart *self)
{
}

GtkWidget *
hp_strategy_chart_new (void)
{
  return g_object_new (HP_TYPE_STRATEGY_CHART, NULL);
}

/* Takes the chapters of @groups (from hp_strategy_progress_by_group). */
void
hp_strategy_chart_set_data (HpStrategyChart *self,
                            GPtrArray       *groups)
{
  g_autoptr(GString) description = g_string_new (NULL);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  self->groups = g_ptr_array_new ();
  for (guint i = 0; groups != NULL && i < groups->len; i++)
    if (((HpProgressGroup *) groups->pdata[i])->is_chapter)
      {
        g_autofree char *text = caption (groups->pdata[i]);

        g_ptr_array_add (self->groups, groups->pdata[i]);
        g_string_append_printf (description, "%s\n", text);
      }
  /* The chart borrows the groups; keep the array they live in alive. */
  if (groups != NULL)
    g_object_set_data_full (G_OBJECT (self), "groups", g_ptr_array_ref (groups),
                            (GDestroyNotify) g_ptr_array_unref);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description->str, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
hp_strategy_chart_get_n_bars (HpStrategyChart *self)
{
  return self->groups ? self->groups->len : 0;
}
