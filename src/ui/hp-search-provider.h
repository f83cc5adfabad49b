/* hp-search-provider.h — GNOME Shell search provider (SearchProvider2)
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hp-application.h"

G_BEGIN_DECLS

#define HP_SEARCH_PROVIDER_PATH "/dk/hjemplan/Hjemplan/SearchProvider"

#define HP_TYPE_SEARCH_PROVIDER (hp_search_provider_get_type ())
G_DECLARE_FINAL_TYPE (HpSearchProvider, hp_search_provider, HP, SEARCH_PROVIDER, GObject)

HpSearchProvider *hp_search_provider_new        (HpApplication    *application);
gboolean          hp_search_provider_export     (HpSearchProvider *self,
                                                 GDBusConnection  *connection,
                                                 const char       *object_path,
                                                 GError          **error);
void              hp_search_provider_unexport   (HpSearchProvider *self);

G_END_DECLS
