/* hp-database.c — the one owner of the SQLite connection
 *
 * Opening is careful about order: the schema version is read before anything
 * that writes (journal mode, migrations), so a database written by a newer
 * Hjemplan, or a file that is no database at all, is refused without a
 * single byte of it changing.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-danish-tokenizer.h"
#include "hp-database.h"
#include "hp-error.h"
#include "hp-migrations.h"

#define BUSY_TIMEOUT_MS 5000

struct _HpDatabase
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;   /* SQL text → prepared sqlite3_stmt, reused */
  int         schema_version;
};

G_DEFINE_FINAL_TYPE (HpDatabase, hp_database, G_TYPE_OBJECT)

static void
hp_database_finalize (GObject *object)
{
  HpDatabase *self = HP_DATABASE (object);

  /* Statements must be finalized before the connection can close. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (hp_database_parent_class)->finalize (object);
}

static void
hp_database_class_init (HpDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hp_database_finalize;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
hp_database_init (HpDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
}

static int
error_code_for (int sqlite_code)
{
  switch (sqlite_code & 0xff)
    {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return HP_ERROR_NOT_A_DATABASE;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return HP_ERROR_BUSY;
    default:
      return HP_ERROR_FAILED;
    }
}

/* Always returns FALSE so callers can `return hp_database_set_error (…)`. */
gboolean
hp_database_set_error (HpDatabase  *self,
                       GError     **error,
                       const char  *what)
{
  int code = sqlite3_extended_errcode (self->db);

  if ((code & 0xff) == SQLITE_NOTADB)
    g_set_error (error, HP_ERROR, HP_ERROR_NOT_A_DATABASE,
                 _("“%s” is not a Hjemplan database (or it is damaged)"),
                 self->path);
  else if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
    g_set_error (error, HP_ERROR, HP_ERROR_BUSY,
                 _("The database “%s” is in use by another program; try again in a moment"),
                 self->path);
  else
    g_set_error (error, HP_ERROR, error_code_for (code),
                 "%s: %s (%s)", what, sqlite3_errmsg (self->db), self->path);
  return FALSE;
}

sqlite3_stmt *
hp_database_prepare (HpDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HP_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      hp_database_set_error (self, error, "prepare");
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
hp_database_exec (HpDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  g_return_val_if_fail (HP_IS_DATABASE (self), FALSE);

  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return hp_database_set_error (self, error, "exec");
  return TRUE;
}

/* Steps a statement that returns no rows and resets it for reuse. */
gboolean
hp_database_step_done (HpDatabase    *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      hp_database_set_error (self, error, "step");
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
hp_database_begin (HpDatabase  *self,
                   GError     **error)
{
  return hp_database_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
hp_database_commit (HpDatabase  *self,
                    GError     **error)
{
  return hp_database_exec (self, "COMMIT", error);
}

void
hp_database_rollback (HpDatabase *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
read_user_version (HpDatabase  *self,
                   int         *version,
                   GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK)
    return hp_database_set_error (self, error, "user_version");
  rc = sqlite3_step (stmt);
  *version = rc == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : 0;
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    return hp_database_set_error (self, error, "user_version");
  return TRUE;
}

int
hp_database_latest_schema_version (void)
{
  guint n;
  const HpMigration *migrations = hp_migrations_get (&n);

  return migrations[n - 1].version;
}

/* All pending migrations run in one transaction: either the schema reaches
 * the latest version or the file stays exactly as it was. */
static gboolean
migrate (HpDatabase  *self,
         GError     **error)
{
  guint n;
  const HpMigration *migrations = hp_migrations_get (&n);
  g_autofree char *set_version = NULL;

  if (self->schema_version >= hp_database_latest_schema_version ())
    return TRUE;

  if (!hp_database_begin (self, error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      if (migrations[i].version <= self->schema_version)
        continue;
      if (!hp_database_exec (self, migrations[i].sql, error))
        {
          g_prefix_error (error, "migration %d: ", migrations[i].version);
          hp_database_rollback (self);
          return FALSE;
        }
    }

  set_version = g_strdup_printf ("PRAGMA user_version = %d", hp_database_latest_schema_version ());
  if (!hp_database_exec (self, set_version, error) || !hp_database_commit (self, error))
    {
      hp_database_rollback (self);
      return FALSE;
    }
  self->schema_version = hp_database_latest_schema_version ();
  return TRUE;
}

static gboolean
configure_connection (HpDatabase  *self,
                      GError     **error)
{
  gboolean in_memory = g_strcmp0 (self->path, ":memory:") == 0;

  sqlite3_extended_result_codes (self->db, 1);
  if (!hp_database_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;
  /* The search index's tokenizer; migrations create tables that use it. */
  if (!hp_danish_tokenizer_register (self->db, error))
    return FALSE;
  /* WAL keeps readers and the writer apart and survives power cuts well;
   * synchronous=NORMAL is durable up to the last commit in WAL mode except
   * on power loss, where at most the last transaction is lost. */
  if (!in_memory &&
      !hp_database_exec (self, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", error))
    return FALSE;
  return TRUE;
}

HpDatabase *
hp_database_open (const char  *path,
                  GError     **error)
{
  g_autoptr(HpDatabase) self = NULL;
  int version;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (HP_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  if (sqlite3_open_v2 (path, &self->db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                       NULL) != SQLITE_OK)
    {
      if (self->db == NULL)
        {
          g_set_error (error, HP_ERROR, HP_ERROR_FAILED, _("Could not open “%s”"), path);
          return NULL;
        }
      hp_database_set_error (self, error, _("Could not open the database"));
      return NULL;
    }

  /* Before the first read: while another process opens or checkpoints the
   * same WAL file, even reading the schema version must wait, not fail. */
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  if (!read_user_version (self, &version, error))
    return NULL;

  if (version > hp_database_latest_schema_version ())
    {
      g_set_error (error, HP_ERROR, HP_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Hjemplan (database version %d; "
                     "this version understands up to %d). Update Hjemplan to open it; "
                     "the file has not been changed."),
                   path, version, hp_database_latest_schema_version ());
      return NULL;
    }
  self->schema_version = version;

  if (!configure_connection (self, error) || !migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

char *
hp_database_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "hjemplan", "hjemplan.db", NULL);
}

const char *
hp_database_get_path (HpDatabase *self)
{
  g_return_val_if_fail (HP_IS_DATABASE (self), NULL);
  return self->path;
}

int
hp_database_get_schema_version (HpDatabase *self)
{
  g_return_val_if_fail (HP_IS_DATABASE (self), 0);
  return self->schema_version;
}

sqlite3 *
hp_database_get_handle (HpDatabase *self)
{
  g_return_val_if_fail (HP_IS_DATABASE (self), NULL);
  return self->db;
}

/* How long a write waits for another process holding the database before
 * it fails with HP_ERROR_BUSY (5 s by default). */
void
hp_database_set_busy_timeout (HpDatabase *self,
                              guint       milliseconds)
{
  g_return_if_fail (HP_IS_DATABASE (self));
  sqlite3_busy_timeout (self->db, (int) MIN (milliseconds, (guint) G_MAXINT));
}
