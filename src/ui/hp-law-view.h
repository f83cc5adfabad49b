/* hp-law-view.h — one law: its paragraphs and what cites each
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-context.h"

G_BEGIN_DECLS

#define HP_TYPE_LAW_VIEW (hp_law_view_get_type ())
G_DECLARE_FINAL_TYPE (HpLawView, hp_law_view, HP, LAW_VIEW, GtkWidget)

void        hp_law_view_set_context     (HpLawView   *self,
                                         HpContext   *context);
gboolean    hp_law_view_show            (HpLawView   *self,
                                         const char  *law_key,
                                         const char  *paragraph_key,
                                         GError     **error);
const char *hp_law_view_get_law_key     (HpLawView   *self);
guint       hp_law_view_get_n_paragraphs (HpLawView  *self);
GtkWidget  *hp_law_view_lookup_paragraph (HpLawView  *self,
                                          const char *paragraph_key);

G_END_DECLS
