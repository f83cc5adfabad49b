/* hp-footnote-popover.h — a footnote, opened in place
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-corpus.h"

G_BEGIN_DECLS

#define HP_TYPE_FOOTNOTE_POPOVER (hp_footnote_popover_get_type ())
G_DECLARE_FINAL_TYPE (HpFootnotePopover, hp_footnote_popover, HP, FOOTNOTE_POPOVER, GtkPopover)

GtkWidget  *hp_footnote_popover_new      (HpCorpus          *corpus,
                                          HpCorpusItem      *footnote);
const char *hp_footnote_popover_get_text (HpFootnotePopover *self);
guint       hp_footnote_popover_get_n_lawrefs (HpFootnotePopover *self);

G_END_DECLS
