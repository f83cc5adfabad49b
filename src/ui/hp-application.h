/* hp-application.h
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hp-corpus.h"
#include "hp-database.h"

G_BEGIN_DECLS

#define HP_TYPE_APPLICATION (hp_application_get_type ())
G_DECLARE_FINAL_TYPE (HpApplication, hp_application, HP, APPLICATION, AdwApplication)

HpApplication *hp_application_new          (void);
void           hp_application_setup_i18n   (void);
const char    *hp_application_get_data_dir (void);
HpDatabase    *hp_application_get_database (HpApplication *self);
HpCorpus      *hp_application_get_corpus   (HpApplication *self);
gboolean       hp_application_open_database (HpApplication *self,
                                             const char    *path,
                                             GError       **error);

G_END_DECLS
