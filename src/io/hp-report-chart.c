/* hp-report-chart.c — a report's chart drawn with cairo, for print
 *
 * The report's counterpart of the strategy pane's chart: one stacked bar
 * per group in the same colours, and everything the colours say also
 * written out, so the chart reads on a greyscale printer: a legend, the
 * group's counts beside its label, segments in the legend's order with a
 * white gap between them.  The PDF draws it directly; the office formats
 * embed it as a PNG.
 *
 * Every size is fixed (text is ellipsized, never wrapped), so the height
 * is known without laying out any text and is the same whatever the
 * output: the PDF can reserve the space before it draws.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "hp-error.h"
#include "hp-housing-number.h"
#include "hp-page-layout.h"
#include "hp-report-chart.h"

/* Points. */
#define FONT              "Cantarell, DejaVu Sans"
#define LABEL_SIZE        9.0
#define SMALL_SIZE        7.5
#define LEGEND_CELL       88.0
#define LEGEND_ROW        13.0
#define LEGEND_SWATCH     8.0
#define LEGEND_GAP        8.0
#define TEXT_LINE         13.0
#define BAR_HEIGHT        13.0
#define ROW_GAP           8.0
#define ROW_HEIGHT        (TEXT_LINE + BAR_HEIGHT + ROW_GAP)
#define SEGMENT_GAP       1.0
#define COUNTS_GAP        12.0
#define MAX_PIXELS        32767      /* cairo's limit for an image side */


#define TEXT_COLOUR     0x241f31
#define OUTLINE_COLOUR  0x77767b

static void
set_colour (cairo_t *cr,
            guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
}

static guint
legend_columns (double width)
{
  return CLAMP ((guint) (width / LEGEND_CELL), 1, HP_N_ASSESSMENT_STATUSES);
}

static double
legend_height (double width)
{
  guint columns = legend_columns (width);

  return (HP_N_ASSESSMENT_STATUSES + columns - 1) / columns * LEGEND_ROW + LEGEND_GAP;
}

double
hp_report_chart_get_height (const HpReportChart *chart,
                            double               width)
{
  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (width > 0, 0);
  return legend_height (width) + chart->bars->len * ROW_HEIGHT - ROW_GAP;
}

static guint
bar_total (const HpReportBar *bar)
{
  guint total = 0;

  for (guint s = 0; s < HP_N_ASSESSMENT_STATUSES; s++)
    total += bar->counts[s];
  return total;
}

/* "8 på plads, 3 delvist på plads": the statuses that occur, in the
 * segments' order. */
static char *
counts_text (const HpReportBar *bar,
             const char        *separator)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint s = 0; s < HP_N_ASSESSMENT_STATUSES; s++)
    {
      guint count = bar->counts[hp_assessment_status_chart_order[s]];
      g_autofree char *number = NULL;
      g_autofree char *label = NULL;

      if (count == 0)
        continue;
      number = hp_housing_format_number (count, 0);
      label = g_utf8_strdown (hp_assessment_status_get_label (hp_assessment_status_chart_order[s]), -1);
      if (text->len > 0)
        g_string_append (text, separator);
      g_string_append_printf (text, "%s %s", number, label);
    }
  if (text->len == 0)
    g_string_append (text, _("none"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
hp_report_chart_describe (const HpReportChart *chart)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (chart != NULL, NULL);
  for (guint i = 0; i < chart->bars->len; i++)
    {
      const HpReportBar *bar = chart->bars->pdata[i];
      g_autofree char *counts = counts_text (bar, ", ");

      if (text->len > 0)
        g_string_append_c (text, ' ');
      /* TRANSLATORS: one bar of a chart in words: "Kapitel 1: 8 på plads, 3 ikke påbegyndt." */
      g_string_append_printf (text, _("%s: %s."), bar->label ? bar->label : "", counts);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static PangoLayout *
make_layout (PangoContext *context,
             const char   *text,
             double        size,
             gboolean      bold,
             double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);

  pango_font_description_set_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text ? text : "", -1);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
  return layout;
}

/* @layout centred vertically in a line of @line_height at @y. */
static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             double       line_height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, x, y + (line_height - (double) logical.height / PANGO_SCALE) / 2);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_legend (cairo_t      *cr,
             PangoContext *context,
             double        width)
{
  guint columns = legend_columns (width);
  double cell = width / columns;

  for (guint s = 0; s < HP_N_ASSESSMENT_STATUSES; s++)
    {
      double x = (s % columns) * cell;
      double y = (s / columns) * LEGEND_ROW;
      double text_x = LEGEND_SWATCH + 4;
      g_autoptr(PangoLayout) layout = make_layout (context, hp_assessment_status_get_label (hp_assessment_status_chart_order[s]),
                                                   SMALL_SIZE, FALSE, cell - text_x - 4);

      cairo_rectangle (cr, x + 0.25, y + (LEGEND_ROW - LEGEND_SWATCH) / 2, LEGEND_SWATCH, LEGEND_SWATCH);
      set_colour (cr, hp_assessment_status_get_colour (hp_assessment_status_chart_order[s]));
      cairo_fill_preserve (cr);
      set_colour (cr, OUTLINE_COLOUR);
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
      set_colour (cr, TEXT_COLOUR);
      show_layout (cr, layout, x + text_x, y, LEGEND_ROW);
    }
}

/* The label on the left, the counts on the right, above the bar. */
static void
draw_text_line (cairo_t           *cr,
                PangoContext      *context,
                const HpReportBar *bar,
                double             y,
                double             width)
{
  g_autofree char *counts = counts_text (bar, " · ");
  g_autoptr(PangoLayout) counts_layout = make_layout (context, counts, SMALL_SIZE, FALSE, width);
  g_autoptr(PangoLayout) label_layout = NULL;
  PangoRectangle ink, logical;

  pango_layout_set_alignment (counts_layout, PANGO_ALIGN_RIGHT);
  pango_layout_get_pixel_extents (counts_layout, &ink, &logical);
  label_layout = make_layout (context, bar->label, LABEL_SIZE, TRUE, width - logical.width - COUNTS_GAP);
  set_colour (cr, TEXT_COLOUR);
  show_layout (cr, label_layout, 0, y, TEXT_LINE);
  show_layout (cr, counts_layout, 0, y, TEXT_LINE);
}

static void
draw_bar (cairo_t           *cr,
          const HpReportBar *bar,
          double             y,
          double             width)
{
  guint total = bar_total (bar);
  double x = 0;

  for (guint s = 0; total > 0 && s < HP_N_ASSESSMENT_STATUSES; s++)
    {
      double w = width * bar->counts[hp_assessment_status_chart_order[s]] / total;

      if (w <= 0)
        continue;
      /* The white gap between two segments shows where one ends in grey. */
      cairo_rectangle (cr, x, y, MAX (w - (x + w < width - 0.01 ? SEGMENT_GAP : 0), 0.5), BAR_HEIGHT);
      set_colour (cr, hp_assessment_status_get_colour (hp_assessment_status_chart_order[s]));
      cairo_fill (cr);
      x += w;
    }
  cairo_rectangle (cr, 0.25, y + 0.25, width - 0.5, BAR_HEIGHT - 0.5);
  set_colour (cr, OUTLINE_COLOUR);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
}

/* Draws at the current origin, @width points wide and
 * hp_report_chart_get_height() high.  @context is a PangoCairo context at
 * 72 dpi, so that a unit is a point; it is updated to @cr's transformation. */
void
hp_report_chart_draw (const HpReportChart *chart,
                      cairo_t             *cr,
                      PangoContext        *context,
                      double               width)
{
  double y;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (width > 0);

  cairo_save (cr);
  pango_cairo_update_context (cr, context);
  draw_legend (cr, context, width);
  y = legend_height (width);
  for (guint i = 0; i < chart->bars->len; i++, y += ROW_HEIGHT)
    {
      const HpReportBar *bar = chart->bars->pdata[i];

      draw_text_line (cr, context, bar, y, width);
      draw_bar (cr, bar, y + TEXT_LINE, width);
    }
  cairo_restore (cr);
}

/* The chart on white, @scale pixels to the point (2 or more for print). */
GBytes *
hp_report_chart_to_png (const HpReportChart  *chart,
                        double                width,
                        double                scale,
                        GError              **error)
{
  double height;
  double pixels_wide, pixels_high;
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context;
  GByteArray *png;
  cairo_status_t status;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (width > 0 && scale > 0, NULL);
  height = hp_report_chart_get_height (chart, width);
  pixels_wide = ceil (width * scale);
  pixels_high = ceil (height * scale);
  if (pixels_wide > MAX_PIXELS || pixels_high > MAX_PIXELS)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_TOO_LARGE, _("The chart “%s” is too large to draw"),
                   chart->caption ? chart->caption : "");
      return NULL;
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, MAX (pixels_wide, 1), MAX (pixels_high, 1));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  context = hp_page_layout_create_print_context (cr);
  hp_report_chart_draw (chart, cr, context, width);
  g_object_unref (context);
  cairo_destroy (cr);

  png = g_byte_array_new ();
  status = cairo_surface_write_to_png_stream (surface, hp_page_append_bytes, png);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_byte_array_unref (png);
      g_set_error (error, HP_ERROR, HP_ERROR_FAILED, _("Cannot draw the chart “%s”: %s"),
                   chart->caption ? chart->caption : "", cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (png);
}
