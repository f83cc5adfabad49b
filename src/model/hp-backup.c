/* hp-backup.c — rotating backups of the user database, health check, restore
 *
 * A planner's database holds months of work, so it is copied with SQLite's
 * online backup API into "backups/" next to it, at most once a day, keeping
 * the last HP_BACKUP_KEEP copies.  Every copy is written under a temporary
 * name, checked with PRAGMA quick_check and only then renamed into place,
 * so a damaged source never pushes a good backup out of the rotation.
 *
 * At start the database is checked read-only before anything opens it for
 * writing; a damaged one is moved aside (never deleted) and the newest
 * backup that passes the check takes its place.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "hp-backup.h"
#include "hp-error.h"

#define STAMP_FORMAT "%Y%m%d-%H%M%S"
#define STAMP_LENGTH 15     /* YYYYMMDD-HHMMSS */

static const char * const sidecar_suffixes[] = { "-wal", "-shm", "-journal" };

static gboolean
is_in_memory (const char *db_path)
{
  return g_strcmp0 (db_path, ":memory:") == 0 || g_str_has_prefix (db_path, "file::memory:");
}

/* "kommune.db" → "kommune": the prefix of its backups' names. */
static char *
stem_of (const char *db_path)
{
  g_autofree char *base = g_path_get_basename (db_path);

  if (g_str_has_suffix (base, ".db") && strlen (base) > 3)
    base[strlen (base) - 3] = '\0';
  return g_steal_pointer (&base);
}

char *
hp_backup_dir (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);

  return g_build_filename (dir, "backups", NULL);
}

static gboolean
is_stamp (const char *text)
{
  for (guint i = 0; i < STAMP_LENGTH; i++)
    if (i == 8 ? text[i] != '-' : !g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* "<stem>-YYYYMMDD-HHMMSS.db" and nothing else, so that a file the user put
 * in the folder is never deleted by the rotation. */
static gboolean
is_backup_name (const char *name,
                const char *stem)
{
  gsize stem_len = strlen (stem);

  return strlen (name) == stem_len + 1 + STAMP_LENGTH + 3 &&
         strncmp (name, stem, stem_len) == 0 && name[stem_len] == '-' &&
         is_stamp (name + stem_len + 1) && g_str_has_suffix (name, ".db");
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  return -g_strcmp0 (*(const char **) a, *(const char **) b);
}

/**
 * hp_backup_list:
 * @db_path: the database file
 *
 * Returns: (transfer full): the backups of @db_path, full paths, newest first
 */
GPtrArray *
hp_backup_list (const char *db_path)
{
  g_autofree char *dir_path = hp_backup_dir (db_path);
  g_autofree char *stem = stem_of (db_path);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *backups = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (is_backup_name (name, stem))
      g_ptr_array_add (backups, g_build_filename (dir_path, name, NULL));
  /* The stamp sorts by time; the common prefix does not disturb that. */
  g_ptr_array_sort (backups, compare_newest_first);
  return backups;
}

/* When the backup at @backup_path was made, from its name. */
GDateTime *
hp_backup_get_time (const char *backup_path)
{
  g_autofree char *base = g_path_get_basename (backup_path);
  const char *stamp = base + strlen (base) - 3 - STAMP_LENGTH;
  int date = atoi (stamp);
  int time = atoi (stamp + 9);

  return g_date_time_new_local (date / 10000, date / 100 % 100, date % 100,
                                time / 10000, time / 100 % 100, time % 100);
}

/* TRUE when @db answers PRAGMA quick_check with "ok"; otherwise the first
 * problem goes to @problem and SQLite's result code (SQLITE_ROW when the
 * check ran and found something) to @code; both may be NULL. */
static gboolean
quick_check_code (sqlite3  *db,
                  char    **problem,
                  int      *code)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (code != NULL)
    *code = rc & 0xff;
  if (rc == SQLITE_ROW)
    {
      const char *first = (const char *) sqlite3_column_text (stmt, 0);
      ok = g_strcmp0 (first, "ok") == 0;
      if (!ok && problem != NULL)
        *problem = g_strdup (first ? first : "?");
    }
  else if (problem != NULL)
    *problem = g_strdup (sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
quick_check (sqlite3  *db,
             char    **problem)
{
  return quick_check_code (db, problem, NULL);
}

static sqlite3 *
open_read_only (const char *path)
{
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    g_clear_pointer (&db, sqlite3_close);
  else
    sqlite3_extended_result_codes (db, 1);
  return db;
}

static gboolean
file_passes_check (const char *path)
{
  sqlite3 *db = open_read_only (path);
  gboolean ok = db != NULL && quick_check (db, NULL);

  sqlite3_close (db);
  return ok;
}

/**
 * hp_backup_check_health:
 * @db_path: the database file about to be opened
 * @error: set to a message for the user when the result is DAMAGED
 *
 * Checks @db_path read-only, before anything opens it for writing.  A file
 * that is no SQLite database at all counts as damaged only if it has
 * backups (then it was ours); otherwise it is left to hp_database_open(),
 * which refuses it without changing it.
 */
HpBackupHealth
hp_backup_check_health (const char  *db_path,
                        GError     **error)
{
  g_autofree char *problem = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  sqlite3 *db;
  gboolean ok;
  int code;

  g_return_val_if_fail (db_path != NULL, HP_BACKUP_HEALTH_OK);

  if (is_in_memory (db_path) || !g_file_test (db_path, G_FILE_TEST_EXISTS))
    return HP_BACKUP_HEALTH_OK;
  db = open_read_only (db_path);
  if (db == NULL)
    return HP_BACKUP_HEALTH_FOREIGN;
  ok = quick_check_code (db, &problem, &code);
  sqlite3_close (db);
  if (ok)
    return HP_BACKUP_HEALTH_OK;

  /* A damaged first page makes a file look like no database at all. */
  backups = hp_backup_list (db_path);
  if (code != SQLITE_ROW && code != SQLITE_CORRUPT &&
      !(code == SQLITE_NOTADB && backups->len > 0))
    return HP_BACKUP_HEALTH_FOREIGN;

  g_set_error (error, HP_ERROR, HP_ERROR_NOT_A_DATABASE,
               _("The database “%s” is damaged (%s). It has not been changed."),
               db_path, problem);
  return HP_BACKUP_HEALTH_DAMAGED;
}

/* Copies the open database @source into @target through a temporary file:
 * a self-contained file (rollback journal, not WAL) that passed
 * quick_check, or nothing. */
static gboolean
copy_into (sqlite3     *source,
           const char  *target,
           GError     **error)
{
  g_autofree char *part = g_strconcat (target, ".part", NULL);
  g_autofree char *problem = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  g_unlink (part);
  rc = sqlite3_open_v2 (part, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", source, "main");
      rc = backup != NULL ? sqlite3_backup_step (backup, -1) : sqlite3_errcode (dest);
      if (backup != NULL && sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_DONE)
        rc = sqlite3_errcode (dest);
    }
  if (rc == SQLITE_DONE)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    problem = g_strdup (dest != NULL ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
  else if (!quick_check (dest, &problem))
    rc = SQLITE_CORRUPT;
  sqlite3_close (dest);

  if (rc == SQLITE_OK && g_rename (part, target) == 0)
    return TRUE;
  g_unlink (part);
  g_set_error (error, HP_ERROR, HP_ERROR_FAILED, _("Could not write the backup “%s”: %s"),
               target, problem ? problem : g_strerror (errno));
  return FALSE;
}

/**
 * hp_backup_create:
 * @database: an open file database
 * @now: (nullable): the time to name the backup by; NULL for now
 *
 * Returns: (transfer full): the path of the new backup, or NULL on error
 */
char *
hp_backup_create (HpDatabase  *database,
                  GDateTime   *now,
                  GError     **error)
{
  const char *db_path = hp_database_get_path (database);
  g_autoptr(GDateTime) local_now = now ? g_date_time_ref (now) : g_date_time_new_now_local ();
  g_autofree char *dir = hp_backup_dir (db_path);
  g_autofree char *stem = stem_of (db_path);
  g_autofree char *stamp = g_date_time_format (local_now, STAMP_FORMAT);
  g_autofree char *name = g_strdup_printf ("%s-%s.db", stem, stamp);
  g_autofree char *target = g_build_filename (dir, name, NULL);

  g_return_val_if_fail (!is_in_memory (db_path), NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_FAILED, _("Could not create the folder “%s”: %s"),
                   dir, g_strerror (errno));
      return NULL;
    }
  if (!copy_into (hp_database_get_handle (database), target, error))
    return NULL;
  return g_steal_pointer (&target);
}

/* Deletes all but the newest @keep backups of @db_path. */
gboolean
hp_backup_prune (const char  *db_path,
                 guint        keep,
                 GError     **error)
{
  g_autoptr(GPtrArray) backups = hp_backup_list (db_path);

  for (guint i = keep; i < backups->len; i++)
    {
      const char *path = g_ptr_array_index (backups, i);

      if (g_unlink (path) != 0)
        {
          g_set_error (error, HP_ERROR, HP_ERROR_FAILED, _("Could not delete the old backup “%s”: %s"),
                       path, g_strerror (errno));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
backup_is_due (const char *db_path,
               GDateTime  *now)
{
  g_autoptr(GPtrArray) backups = hp_backup_list (db_path);
  g_autoptr(GDateTime) newest = NULL;
  GTimeSpan age;

  if (backups->len == 0)
    return TRUE;
  newest = hp_backup_get_time (g_ptr_array_index (backups, 0));
  if (newest == NULL)
    return TRUE;
  age = g_date_time_difference (now, newest);
  /* A clock set back leaves a backup "from the future": make a new one. */
  return age >= HP_BACKUP_INTERVAL || age < 0;
}

/**
 * hp_backup_ensure_recent:
 * @database: the open user database
 * @now: (nullable): the current time; NULL for now
 * @keep: how many backups to keep
 * @created: (out) (optional) (transfer full): the new backup's path, or NULL
 *
 * Makes a backup if there is none younger than HP_BACKUP_INTERVAL, then
 * rotates.  In-memory databases have nothing to back up.
 */
gboolean
hp_backup_ensure_recent (HpDatabase  *database,
                         GDateTime   *now,
                         guint        keep,
                         char       **created,
                         GError     **error)
{
  const char *db_path;
  g_autoptr(GDateTime) local_now = NULL;
  g_autofree char *backup = NULL;

  g_return_val_if_fail (HP_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (keep > 0, FALSE);

  if (created != NULL)
    *created = NULL;
  db_path = hp_database_get_path (database);
  if (is_in_memory (db_path))
    return TRUE;
  local_now = now ? g_date_time_ref (now) : g_date_time_new_now_local ();
  if (!backup_is_due (db_path, local_now))
    return TRUE;
  backup = hp_backup_create (database, local_now, error);
  if (backup == NULL || !hp_backup_prune (db_path, keep, error))
    return FALSE;
  if (created != NULL)
    *created = g_steal_pointer (&backup);
  return TRUE;
}

/**
 * hp_backup_find_newest_good:
 * @db_path: the database file
 *
 * Returns: (transfer full) (nullable): the newest backup of @db_path that
 *   passes quick_check
 */
char *
hp_backup_find_newest_good (const char *db_path)
{
  g_autoptr(GPtrArray) backups = hp_backup_list (db_path);

  for (guint i = 0; i < backups->len; i++)
    if (file_passes_check (g_ptr_array_index (backups, i)))
      return g_strdup (g_ptr_array_index (backups, i));
  return NULL;
}

static char *
damaged_name (const char *db_path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *stem = stem_of (db_path);
  g_autofree char *stamp = g_date_time_format (now, STAMP_FORMAT);

  for (guint n = 1;; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s-damaged-%s.db", stem, stamp)
                                     : g_strdup_printf ("%s-damaged-%s-%u.db", stem, stamp, n);
      char *path = g_build_filename (dir, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return path;
      g_free (path);
    }
}

/**
 * hp_backup_set_aside:
 * @db_path: a damaged database file
 *
 * Renames @db_path and its WAL and shared-memory files to
 * "<name>-damaged-YYYYMMDD-HHMMSS.db" in the same folder, so that nothing
 * of it is lost and a fresh or restored database can take its place.
 *
 * Returns: (transfer full): the new path of the damaged file
 */
char *
hp_backup_set_aside (const char  *db_path,
                     GError     **error)
{
  g_autofree char *aside = damaged_name (db_path);

  g_return_val_if_fail (!is_in_memory (db_path), NULL);

  if (g_rename (db_path, aside) != 0)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_FAILED, _("Could not move “%s” aside: %s"),
                   db_path, g_strerror (errno));
      return NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (sidecar_suffixes); i++)
    {
      g_autofree char *from = g_strconcat (db_path, sidecar_suffixes[i], NULL);
      g_autofree char *to = g_strconcat (aside, sidecar_suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }
  return g_steal_pointer (&aside);
}

/**
 * hp_backup_restore_newest:
 * @db_path: the (damaged or missing) database file
 * @damaged_copy: (out) (optional) (transfer full): where the damaged file
 *   was moved, or NULL if there was none
 *
 * Moves @db_path aside and puts a copy of its newest good backup in its
 * place.  Nothing is moved when there is no good backup.
 *
 * Returns: (transfer full): the backup restored, or NULL on error
 */
char *
hp_backup_restore_newest (const char  *db_path,
                          char       **damaged_copy,
                          GError     **error)
{
  g_autofree char *good = NULL;
  g_autofree char *aside = NULL;
  sqlite3 *source;
  gboolean ok;

  g_return_val_if_fail (db_path != NULL && !is_in_memory (db_path), NULL);

  if (damaged_copy != NULL)
    *damaged_copy = NULL;
  good = hp_backup_find_newest_good (db_path);
  if (good == NULL)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_NOT_FOUND,
                   _("There is no good backup of “%s” to restore."), db_path);
      return NULL;
    }
  if (g_file_test (db_path, G_FILE_TEST_EXISTS) &&
      (aside = hp_backup_set_aside (db_path, error)) == NULL)
    return NULL;

  source = open_read_only (good);
  ok = source != NULL && copy_into (source, db_path, error);
  if (source == NULL)
    g_set_error (error, HP_ERROR, HP_ERROR_FAILED, _("Could not read the backup “%s”"), good);
  sqlite3_close (source);
  if (!ok)
    return NULL;
  if (damaged_copy != NULL)
    *damaged_copy = g_steal_pointer (&aside);
  return g_steal_pointer (&good);
}
