/* hp-database.h — the one owner of the SQLite connection
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define HP_TYPE_DATABASE (hp_database_get_type ())
G_DECLARE_FINAL_TYPE (HpDatabase, hp_database, HP, DATABASE, GObject)

HpDatabase   *hp_database_open               (const char  *path,
                                              GError     **error);
char         *hp_database_default_path       (void);
const char   *hp_database_get_path           (HpDatabase  *self);
int           hp_database_get_schema_version (HpDatabase  *self);
int           hp_database_latest_schema_version (void);
sqlite3      *hp_database_get_handle         (HpDatabase  *self);
void          hp_database_set_busy_timeout   (HpDatabase  *self,
                                              guint        milliseconds);

sqlite3_stmt *hp_database_prepare            (HpDatabase  *self,
                                              const char  *sql,
                                              GError     **error);
gboolean      hp_database_exec               (HpDatabase  *self,
                                              const char  *sql,
                                              GError     **error);
gboolean      hp_database_step_done          (HpDatabase  *self,
                                              sqlite3_stmt *stmt,
                                              GError     **error);
gboolean      hp_database_begin              (HpDatabase  *self,
                                              GError     **error);
gboolean      hp_database_commit             (HpDatabase  *self,
                                              GError     **error);
void          hp_database_rollback           (HpDatabase  *self);
gboolean      hp_database_set_error          (HpDatabase  *self,
                                              GError     **error,
                                              const char  *what);

G_END_DECLS
