/* hp-notes.c — the planner's personal note on a direction (or any item)
 *
 * One note per item, in user_note keyed by the item's stable id so it
 * survives a corpus reload.  The text is stored exactly as given: a note is
 * the planner's own words, and trimming or normalising it would change what
 * they wrote.  No note and an empty note are the same thing, so setting ""
 * deletes the row.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-notes.h"

struct _HpNotes
{
  GObject   parent_instance;
  HpCorpus *corpus;
};

G_DEFINE_FINAL_TYPE (HpNotes, hp_notes, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CORPUS,
  N_PROPS
};

enum {
  SIGNAL_NOTE_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
hp_notes_finalize (GObject *object)
{
  HpNotes *self = HP_NOTES (object);

  g_clear_object (&self->corpus);
  G_OBJECT_CLASS (hp_notes_parent_class)->finalize (object);
}

static void
hp_notes_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  HpNotes *self = HP_NOTES (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_notes_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  HpNotes *self = HP_NOTES (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      self->corpus = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_notes_class_init (HpNotesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hp_notes_finalize;
  object_class->get_property = hp_notes_get_property;
  object_class->set_property = hp_notes_set_property;

  properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL, HP_TYPE_CORPUS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HpNotes::note-changed:
   * @item_id: the item whose note was written or deleted
   */
  signals[SIGNAL_NOTE_CHANGED] =
    g_signal_new ("note-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
hp_notes_init (HpNotes *self)
{
}

HpNotes *
hp_notes_new (HpCorpus *corpus)
{
  g_return_val_if_fail (HP_IS_CORPUS (corpus), NULL);
  return g_object_new (HP_TYPE_NOTES, "corpus", corpus, NULL);
}

HpCorpus *
hp_notes_get_corpus (HpNotes *self)
{
  g_return_val_if_fail (HP_IS_NOTES (self), NULL);
  return self->corpus;
}

static HpDatabase *
database (HpNotes *self)
{
  return hp_corpus_get_database (self->corpus);
}

/* The note on @item_id, or NULL without an error when it has none. */
char *
hp_notes_get (HpNotes     *self,
              const char  *item_id,
              GError     **error)
{
  HpDatabase *db;
  sqlite3_stmt *stmt;
  char *text = NULL;
  int rc;

  g_return_val_if_fail (HP_IS_NOTES (self), NULL);
  g_return_val_if_fail (item_id != NULL, NULL);

  db = database (self);
  stmt = hp_database_prepare (db, "SELECT text FROM user_note WHERE item_id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, item_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    hp_database_set_error (db, error, "note");
  sqlite3_reset (stmt);
  return text;
}

gboolean
hp_notes_has_note (HpNotes    *self,
                   const char *item_id)
{
  g_autofree char *text = hp_notes_get (self, item_id, NULL);

  return text != NULL;
}

/* Refuses what must not reach the database: text that is not UTF-8 (the
 * rest of the app and SQLite's text functions assume it) and notes so long
 * they are surely a paste gone wrong. */
static gboolean
validate_text (const char  *text,
               GError     **error)
{
  glong n_chars;

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, HP_ERROR, HP_ERROR_INVALID,
                           _("The note contains text that is not valid UTF-8; it was not saved"));
      return FALSE;
    }
  n_chars = g_utf8_strlen (text, -1);
  if (n_chars > HP_NOTE_MAX_CHARS)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_TOO_LARGE,
                   _("The note is %ld characters long; a note can be at most %d characters. "
                     "It was not saved."),
                   n_chars, HP_NOTE_MAX_CHARS);
      return FALSE;
    }
  return TRUE;
}

static char *
now_iso8601 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* Writes (or with @text NULL deletes) the row in its own transaction. */
static gboolean
write_note (HpNotes     *self,
            const char  *item_id,
            const char  *text,
            GError     **error)
{
  HpDatabase *db = database (self);
  g_autofree char *now = now_iso8601 ();
  sqlite3_stmt *stmt;

  if (!hp_database_begin (db, error))
    return FALSE;
  if (text != NULL)
    stmt = hp_database_prepare (db, "INSERT INTO user_note (item_id, text, changed_at) "
                                    "VALUES (?1, ?2, ?3) ON CONFLICT (item_id) DO UPDATE "
                                    "SET text = excluded.text, changed_at = excluded.changed_at",
                                error);
  else
    stmt = hp_database_prepare (db, "DELETE FROM user_note WHERE item_id = ?1", error);
  if (stmt == NULL)
    {
      hp_database_rollback (db);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, item_id, -1, SQLITE_TRANSIENT);
  if (text != NULL)
    {
      sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
    }
  if (!hp_database_step_done (db, stmt, error) || !hp_database_commit (db, error))
    {
      hp_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

/* Sets the note on @item_id; "" deletes it.  A new note needs the item in
 * the loaded corpus, but an existing one can always be changed or deleted,
 * even when a new edition no longer has its item, so nothing the planner
 * wrote becomes stuck.  Emits "note-changed" only when the text changed. */
gboolean
hp_notes_set (HpNotes     *self,
              const char  *item_id,
              const char  *text,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *old = NULL;
  gboolean deleting;

  g_return_val_if_fail (HP_IS_NOTES (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!validate_text (text, error))
    return FALSE;
  old = hp_notes_get (self, item_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  deleting = *text == '\0';
  if (g_strcmp0 (old, deleting ? NULL : text) == 0)
    return TRUE;
  if (old == NULL)
    {
      g_autoptr(HpCorpusItem) item = hp_corpus_lookup (self->corpus, item_id, error);

      if (item == NULL)
        return FALSE;
    }
  if (!write_note (self, item_id, deleting ? NULL : text, error))
    return FALSE;
  g_signal_emit (self, signals[SIGNAL_NOTE_CHANGED], 0, item_id);
  return TRUE;
}

/* The ids of every item with a note: those in the loaded corpus in
 * document order, then (sorted by id) notes whose item the corpus no longer
 * has, which are listed all the same so the planner can still read them. */
GStrv
hp_notes_list_ids (HpNotes  *self,
                   GError  **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  HpDatabase *db;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HP_IS_NOTES (self), NULL);

  db = database (self);
  stmt = hp_database_prepare (db, "SELECT n.item_id FROM user_note n "
                                  "LEFT JOIN corpus_item i ON i.id = n.item_id "
                                  "ORDER BY i.seq IS NULL, i.seq, n.item_id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hp_database_set_error (db, error, "notes");
      return NULL;
    }
  return g_strv_builder_end (builder);
}
