/* hp-guideline-printer.h — one page of the publication laid out for paper
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-corpus.h"

G_BEGIN_DECLS

#define HP_TYPE_GUIDELINE_PRINTER (hp_guideline_printer_get_type ())
G_DECLARE_FINAL_TYPE (HpGuidelinePrinter, hp_guideline_printer, HP, GUIDELINE_PRINTER, GObject)

HpGuidelinePrinter *hp_guideline_printer_new              (HpCorpus            *corpus,
                                                           HpCorpusItem        *page,
                                                           GError             **error);
int                 hp_guideline_printer_get_n_pages      (HpGuidelinePrinter  *self);
GtkPrintOperation  *hp_guideline_printer_create_operation (HpGuidelinePrinter  *self);
gboolean            hp_guideline_printer_write_pdf        (HpGuidelinePrinter  *self,
                                                           const char          *pdf_path,
                                                           GError             **error);

gboolean            hp_guideline_printer_export_pdf       (HpCorpus            *corpus,
                                                           HpCorpusItem        *page,
                                                           const char          *pdf_path,
                                                           GError             **error);
void                hp_guideline_printer_run              (HpCorpus            *corpus,
                                                           HpCorpusItem        *page,
                                                           GtkWindow           *parent);

G_END_DECLS
