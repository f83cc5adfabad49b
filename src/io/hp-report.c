/* hp-report.c — the strategy report as a document, before any format
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hp-report.h"

static void
bar_free (HpReportBar *bar)
{
  g_free (bar->label);
  g_free (bar);
}

static void
chart_free (HpReportChart *chart)
{
  if (chart == NULL)
    return;
  g_free (chart->caption);
  g_ptr_array_unref (chart->bars);
  g_free (chart);
}

static void
block_free (HpReportBlock *block)
{
  g_free (block->text);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  chart_free (block->chart);
  g_free (block);
}

HpReport *
hp_report_new (void)
{
  HpReport *report = g_new0 (HpReport, 1);

  report->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  return report;
}

void
hp_report_free (HpReport *report)
{
  if (report == NULL)
    return;
  g_free (report->title);
  g_free (report->municipality);
  g_free (report->period);
  g_free (report->date);
  g_free (report->iso_date);
  g_free (report->attribution);
  g_free (report->language);
  g_ptr_array_unref (report->blocks);
  g_free (report);
}

static HpReportBlock *
add_block (HpReport          *report,
           HpReportBlockKind  kind,
           const char        *text)
{
  HpReportBlock *block = g_new0 (HpReportBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  g_ptr_array_add (report->blocks, block);
  return block;
}

HpReportBlock *
hp_report_add_heading (HpReport   *report,
                       int         level,
                       const char *text)
{
  HpReportBlock *block;

  g_return_val_if_fail (level >= 1 && level <= 3, NULL);
  block = add_block (report, HP_REPORT_HEADING, text);
  block->level = level;
  return block;
}

HpReportBlock *
hp_report_add_paragraph (HpReport      *report,
                         HpReportStyle  style,
                         const char    *text)
{
  HpReportBlock *block = add_block (report, HP_REPORT_PARAGRAPH, text);

  block->style = style;
  return block;
}

HpReportBlock *
hp_report_add_bullet (HpReport   *report,
                      const char *text)
{
  return add_block (report, HP_REPORT_BULLET, text);
}

HpReportBlock *
hp_report_add_table (HpReport           *report,
                     const char * const *header)
{
  HpReportBlock *block = add_block (report, HP_REPORT_TABLE, NULL);

  g_return_val_if_fail (header != NULL && header[0] != NULL, NULL);
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  block->n_columns = g_strv_length ((GStrv) header);
  g_ptr_array_add (block->rows, g_strdupv ((GStrv) header));
  return block;
}

void
hp_report_table_add_row (HpReportBlock      *table,
                         const char * const *cells)
{
  g_return_if_fail (table->kind == HP_REPORT_TABLE);
  g_return_if_fail (g_strv_length ((GStrv) cells) == table->n_columns);
  g_ptr_array_add (table->rows, g_strdupv ((GStrv) cells));
}

HpReportBlock *
hp_report_add_chart (HpReport   *report,
                     const char *caption)
{
  HpReportBlock *block = add_block (report, HP_REPORT_CHART, NULL);

  block->chart = g_new0 (HpReportChart, 1);
  block->chart->caption = g_strdup (caption);
  block->chart->bars = g_ptr_array_new_with_free_func ((GDestroyNotify) bar_free);
  return block;
}

void
hp_report_chart_add_bar (HpReportBlock *chart,
                         const char    *label,
                         const guint   *counts)
{
  HpReportBar *bar;

  g_return_if_fail (chart->kind == HP_REPORT_CHART);
  bar = g_new0 (HpReportBar, 1);
  bar->label = g_strdup (label);
  memcpy (bar->counts, counts, sizeof bar->counts);
  g_ptr_array_add (chart->chart->bars, bar);
}

HpReportBlock *
hp_report_add_page_break (HpReport *report)
{
  return add_block (report, HP_REPORT_PAGE_BREAK, NULL);
}

static void
title_line_free (HpReportTitleLine *line)
{
  g_free (line->text);
  g_free (line);
}

static void
add_title_line (GPtrArray         *lines,
                HpReportTitleRole  role,
                char              *text)
{
  HpReportTitleLine *line;

  if (text == NULL || *text == '\0')
    {
      g_free (text);
      return;
    }
  line = g_new0 (HpReportTitleLine, 1);
  line->role = role;
  line->text = text;
  g_ptr_array_add (lines, line);
}

/* Of HpReportTitleLine, in order; fields the report lacks are left out. */
GPtrArray *
hp_report_get_title_page (const HpReport *report)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) title_line_free);

  g_return_val_if_fail (report != NULL, lines);
  add_title_line (lines, HP_REPORT_TITLE_MAIN, g_strdup (report->title));
  add_title_line (lines, HP_REPORT_TITLE_SUBTITLE, g_strdup (report->municipality));
  if (report->period != NULL && *report->period != '\0')
    add_title_line (lines, HP_REPORT_TITLE_DETAIL, g_strdup_printf (_("Strategy period %s"), report->period));
  add_title_line (lines, HP_REPORT_TITLE_DETAIL, g_strdup (report->date));
  if (report->is_example)
    add_title_line (lines, HP_REPORT_TITLE_NOTE,
                    g_strdup (_("Fictional example: the municipality, its figures and its assessments are made up.")));
  add_title_line (lines, HP_REPORT_TITLE_ATTRIBUTION, g_strdup (report->attribution));
  return lines;
}
