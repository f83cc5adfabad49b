/* hp-report-export.c — the council report written in the format asked for
 *
 * The file's extension chooses the format, in the report dialog as on
 * the command line: .pdf to print or mail, .odt and .docx to go on
 * editing in LibreOffice or Word.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-report-builder.h"
#include "hp-report-docx.h"
#include "hp-report-export.h"
#include "hp-report-odt.h"
#include "hp-report-pdf.h"

static const char * const extensions[] = {
  [HP_REPORT_FORMAT_UNKNOWN] = "",
  [HP_REPORT_FORMAT_PDF] = ".pdf",
  [HP_REPORT_FORMAT_ODT] = ".odt",
  [HP_REPORT_FORMAT_DOCX] = ".docx",
};

HpReportFormat
hp_report_format_from_path (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path != NULL ? path : "", -1);

  for (guint i = HP_REPORT_FORMAT_PDF; i < G_N_ELEMENTS (extensions); i++)
    if (g_str_has_suffix (lower, extensions[i]))
      return i;
  return HP_REPORT_FORMAT_UNKNOWN;
}

const char *
hp_report_format_get_extension (HpReportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (extensions), "");
  return extensions[format];
}

/**
 * hp_report_export:
 * @today: the report's date, ISO
 * @path: ends in .pdf, .odt or .docx
 *
 * Builds the report of strategy @strategy_id and writes it to @path,
 * replacing an existing file in one step; on error nothing is written.
 */
gboolean
hp_report_export (HpStrategyStore  *store,
                  gint64            strategy_id,
                  const char       *today,
                  const char       *path,
                  GError          **error)
{
  HpReportFormat format = hp_report_format_from_path (path);
  g_autoptr(HpReport) report = NULL;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL && today != NULL, FALSE);

  if (format == HP_REPORT_FORMAT_UNKNOWN)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                   _("“%s” names no report format: the file name must end in .pdf, .odt or .docx"), path);
      return FALSE;
    }
  report = hp_report_build (store, strategy_id, today, error);
  if (report == NULL)
    return FALSE;
  switch (format)
    {
    case HP_REPORT_FORMAT_PDF:
      return hp_report_write_pdf (report, path, error);
    case HP_REPORT_FORMAT_ODT:
      return hp_report_write_odt (report, path, error);
    case HP_REPORT_FORMAT_DOCX:
    default:
      return hp_report_write_docx (report, path, error);
    }
}
