/* hp-backup.h — rotating backups of the user database, health check, restore
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-database.h"

G_BEGIN_DECLS

/* How many backups are kept per database file. */
#define HP_BACKUP_KEEP 7

/* A new backup is made at start (and while the app runs) when the newest
 * one is older than this. */
#define HP_BACKUP_INTERVAL G_TIME_SPAN_DAY

typedef enum {
  HP_BACKUP_HEALTH_OK,        /* passes quick_check, or does not exist yet */
  HP_BACKUP_HEALTH_DAMAGED,   /* a Hjemplan database that fails quick_check */
  HP_BACKUP_HEALTH_FOREIGN,   /* not checkable (no database, never backed up, or in
                               * use): hp_database_open() says why */
} HpBackupHealth;

HpBackupHealth hp_backup_check_health    (const char  *db_path,
                                          GError     **error);
char          *hp_backup_dir             (const char  *db_path);
GPtrArray     *hp_backup_list            (const char  *db_path);
GDateTime     *hp_backup_get_time        (const char  *backup_path);
char          *hp_backup_create          (HpDatabase  *database,
                                          GDateTime   *now,
                                          GError     **error);
gboolean       hp_backup_ensure_recent   (HpDatabase  *database,
                                          GDateTime   *now,
                                          guint        keep,
                                          char       **created,
                                          GError     **error);
gboolean       hp_backup_prune           (const char  *db_path,
                                          guint        keep,
                                          GError     **error);
char          *hp_backup_find_newest_good (const char *db_path);
char          *hp_backup_set_aside       (const char  *db_path,
                                          GError     **error);
char          *hp_backup_restore_newest  (const char  *db_path,
                                          char       **damaged_copy,
                                          GError     **error);

G_END_DECLS
