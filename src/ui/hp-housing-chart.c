/* hp-housing-chart.c — paired horizontal bars: need against supply
 *
 * One row per dwelling type (or per mapping year): the first bar is the
 * need, the second what allocation reaches.  Horizontal because Danish
 * dwelling names are long; each bar carries its number, so the chart reads
 * in greyscale and the accessible description repeats the figures for
 * screen readers.  Drawn with Cairo through GtkSnapshot.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-housing-chart.h"
#include "hp-housing-number.h"

#define ROW_HEIGHT 44
#define BAR_HEIGHT 15
#define LABEL_WIDTH 220
#define LEGEND_HEIGHT 28

typedef struct {
  char   *label;
  double  value[2];
} Bar;

struct _HpHousingChart
{
  GtkWidget  parent_instance;
  GArray    *bars;
  char      *legend[2];
};

G_DEFINE_FINAL_TYPE (HpHousingChart, hp_housing_chart, GTK_TYPE_WIDGET)

/* Need in a warm red, supply in blue: distinguishable for the common
 * colour-vision deficiencies, and told apart by the legend text too. */
static const GdkRGBA colours[2] = {
  { 0.75, 0.22, 0.17, 1 },
  { 0.11, 0.44, 0.85, 1 },
};

static double
largest (HpHousingChart *self)
{
  double max = 0;

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      max = MAX (max, MAX (bar->value[0], bar->value[1]));
    }
  return max > 0 ? max : 1;
}

static void
draw_text (cairo_t     *cr,
           GtkWidget   *widget,
           const char  *text,
           double       x,
           double       y,
           int          max_width,
           gboolean     bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);

  if (bold)
    {
      PangoAttrList *attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  if (max_width > 0)
    {
      pango_layout_set_width (layout, max_width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static void
draw_legend (HpHousingChart *self,
             cairo_t        *cr,
             const GdkRGBA  *fg)
{
  double x = LABEL_WIDTH;

  for (int k = 0; k < 2; k++)
    {
      gdk_cairo_set_source_rgba (cr, &colours[k]);
      cairo_rectangle (cr, x, 6, 14, 14);
      cairo_fill (cr);
      gdk_cairo_set_source_rgba (cr, fg);
      draw_text (cr, GTK_WIDGET (self), self->legend[k] ? self->legend[k] : "", x + 20, 3, -1, FALSE);
      x += 260;
    }
}

static void
draw_row (HpHousingChart *self,
          cairo_t        *cr,
          const GdkRGBA  *fg,
          const Bar      *bar,
          double          y,
          double          scale)
{
  draw_text (cr, GTK_WIDGET (self), bar->label, 0, y + 10, LABEL_WIDTH - 12, FALSE);
  for (int k = 0; k < 2; k++)
    {
      double top = y + 4 + k * (BAR_HEIGHT + 3);
      double w = bar->value[k] * scale;
      g_autofree char *number = hp_housing_format_number (bar->value[k], bar->value[k] < 10 && k == 1 ? 1 : 0);

      gdk_cairo_set_source_rgba (cr, &colours[k]);
      cairo_rectangle (cr, LABEL_WIDTH, top, MAX (w, 1.5), BAR_HEIGHT);
      cairo_fill (cr);
      gdk_cairo_set_source_rgba (cr, fg);
      draw_text (cr, GTK_WIDGET (self), number, LABEL_WIDTH + MAX (w, 1.5) + 6, top - 2, -1, FALSE);
    }
}

static void
hp_housing_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  HpHousingChart *self = HP_HOUSING_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA fg;
  double scale;
  cairo_t *cr;

  if (self->bars->len == 0)
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  /* Room on the right for the number after the longest bar. */
  scale = MAX (width - LABEL_WIDTH - 70, 40) / largest (self);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_legend (self, cr, &fg);
  for (guint i = 0; i < self->bars->len; i++)
    draw_row (self, cr, &fg, &g_array_index (self->bars, Bar, i), LEGEND_HEIGHT + i * ROW_HEIGHT, scale);
  cairo_destroy (cr);
}

static void
hp_housing_chart_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  HpHousingChart *self = HP_HOUSING_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = LABEL_WIDTH + 160;
  else
    *minimum = *natural = self->bars->len ? LEGEND_HEIGHT + self->bars->len * ROW_HEIGHT + 4 : 0;
}

static void
clear_bar (gpointer data)
{
  g_free (((Bar *) data)->label);
}

static void
hp_housing_chart_finalize (GObject *object)
{
  HpHousingChart *self = HP_HOUSING_CHART (object);

  g_array_unref (self->bars);
  g_free (self->legend[0]);
  g_free (self->legend[1]);
  G_OBJECT_CLASS (hp_housing_chart_parent_class)->finalize (object);
}

static void
hp_housing_chart_class_init (HpHousingChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hp_housing_chart_finalize;
  widget_class->snapshot = hp_housing_chart_snapshot;
  widget_class->measure = hp_housing_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "housingchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hp_housing_chart_init (HpHousingChart *self)
{
  self->bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  g_array_set_clear_func (self->bars, clear_bar);
}

GtkWidget *
hp_housing_chart_new (void)
{
  return g_object_new (HP_TYPE_HOUSING_CHART, NULL);
}

void
hp_housing_chart_set_legend (HpHousingChart *self,
                             const char     *first,
                             const char     *second)
{
  g_return_if_fail (HP_IS_HOUSING_CHART (self));
  g_free (self->legend[0]);
  g_free (self->legend[1]);
  self->legend[0] = g_strdup (first);
  self->legend[1] = g_strdup (second);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_description (HpHousingChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autofree char *a = hp_housing_format_number (bar->value[0], 0);
      g_autofree char *b = hp_housing_format_number (bar->value[1], 1);

      g_string_append_printf (text, "%s: %s %s, %s %s. ", bar->label, self->legend[0], a, self->legend[1], b);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str, -1);
}

void
hp_housing_chart_clear (HpHousingChart *self)
{
  g_return_if_fail (HP_IS_HOUSING_CHART (self));
  g_array_set_size (self->bars, 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
hp_housing_chart_add (HpHousingChart *self,
                      const char     *label,
                      double          first,
                      double          second)
{
  Bar bar = { g_strdup (label), { first, second } };

  g_return_if_fail (HP_IS_HOUSING_CHART (self));
  g_array_append_val (self->bars, bar);
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
hp_housing_chart_get_n_bars (HpHousingChart *self)
{
  return self->bars->len;
}
