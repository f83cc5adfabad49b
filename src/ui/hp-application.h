/* hp-application.h
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hp-context.h"

G_BEGIN_DECLS

#define HP_TYPE_APPLICATION (hp_application_get_type ())
G_DECLARE_FINAL_TYPE (HpApplication, hp_application, HP, APPLICATION, AdwApplication)

HpApplication *hp_application_new          (void);
void           hp_application_mark_startup (const char    *what);
void           hp_application_setup_i18n   (void);
gboolean       hp_application_open_database (HpApplication *self,
                                             const char    *path,
                                             GError       **error);
HpContext     *hp_application_ensure_context (HpApplication *self,
                                             GError       **error);
void           hp_application_show_search   (HpApplication *self,
                                             const char    *query,
                                             guint32        timestamp);
void           hp_application_show_item     (HpApplication *self,
                                             const char    *id,
                                             guint32        timestamp);

G_END_DECLS
