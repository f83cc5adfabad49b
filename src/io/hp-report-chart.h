/* hp-report-chart.h — a report's chart drawn with cairo, for print
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "hp-report.h"

G_BEGIN_DECLS

/* Sizes are in points.  The caption is not drawn: each format sets it as
 * text (searchable, and the image's title); hp_report_chart_describe() is
 * the chart in words, for the image's alternative text. */
double        hp_report_chart_get_height     (const HpReportChart  *chart,
                                              double                width);
void          hp_report_chart_draw           (const HpReportChart  *chart,
                                              cairo_t              *cr,
                                              PangoContext         *context,
                                              double                width);
GBytes       *hp_report_chart_to_png         (const HpReportChart  *chart,
                                              double                width,
                                              double                scale,
                                              GError              **error);
char         *hp_report_chart_describe       (const HpReportChart  *chart);

G_END_DECLS
