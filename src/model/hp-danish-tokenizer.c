/* hp-danish-tokenizer.c — the "danish" SQLite FTS5 tokenizer
 *
 * FTS5's unicode61 tokenizer either keeps diacritics (then "idé" and "ide"
 * never meet) or strips them all (then "får" finds "far" and "kø" finds
 * "ko", which is wrong in Danish).  This tokenizer lets unicode61 split the
 * text with diacritics kept and passes every token through
 * hp_danish_normalize(), which folds only what Danish readers treat as the
 * same letter.  Offsets are those unicode61 reports on the original text, so
 * snippet() highlights the words as printed.  FTS5 runs the same tokenizer
 * over query strings, so indexing and searching share one normalisation.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hp-danish-tokenizer.h"
#include "hp-error.h"

#define COMBINING_RING_ABOVE 0x030A
#define COMBINING_DIAERESIS  0x0308

/* --- normalisation ------------------------------------------------------- */

/* The letter a base character with its combining marks stands for: ö and
 * ä are the Swedish and German spellings of ø and æ, å keeps its ring, and
 * every other mark (é, ü, ñ …) is dropped. */
static gunichar
fold_letter (gunichar base,
             gunichar mark)
{
  if (base == 'a' && mark == COMBINING_RING_ABOVE)
    return 0x00E5;  /* å */
  if (base == 'a' && mark == COMBINING_DIAERESIS)
    return 0x00E6;  /* æ */
  if (base == 'o' && mark == COMBINING_DIAERESIS)
    return 0x00F8;  /* ø */
  return base;
}

/* Appends @c to @out.  Old spelling writes å as "aa" (Aabenraa, paa);
 * merging the pair as it is written makes both spellings one token. */
static void
append_letter (GString  *out,
               gunichar  c)
{
  if (c == 'a' && out->len > 0 && out->str[out->len - 1] == 'a')
    {
      g_string_truncate (out, out->len - 1);
      g_string_append (out, "å");
    }
  else if (c < 0x80)
    g_string_append_c (out, (char) c);
  else
    g_string_append_unichar (out, c);
}

/* A mark written as a character of its own (decomposed input) changes the
 * letter before it, as the same mark on a composed letter would. */
static void
apply_mark (GString  *out,
            gunichar  mark)
{
  char last = out->len > 0 ? out->str[out->len - 1] : '\0';
  gunichar folded;

  if (last != 'a' && last != 'o')
    return;
  folded = fold_letter ((gunichar) last, mark);
  if (folded == (gunichar) last)
    return;
  g_string_truncate (out, out->len - 1);
  g_string_append_unichar (out, folded);
}

static void
append_folded (GString  *out,
               gunichar  c)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;
  gunichar mark = 0;

  if (c < 0x80)
    {
      append_letter (out, g_ascii_tolower ((char) c));
      return;
    }
  if (g_unichar_ismark (c))
    {
      apply_mark (out, c);
      return;
    }
  /* Compatibility decomposition also unfolds ligatures (ﬁ → fi). */
  n = g_unichar_fully_decompose (g_unichar_tolower (c), TRUE, parts, G_N_ELEMENTS (parts));
  for (gsize i = 1; i < n; i++)
    if (parts[i] == COMBINING_RING_ABOVE || parts[i] == COMBINING_DIAERESIS)
      mark = parts[i];
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && g_unichar_ismark (parts[i]))
        continue;
      append_letter (out, i == 0 ? fold_letter (g_unichar_tolower (parts[0]), mark)
                                 : g_unichar_tolower (parts[i]));
    }
}

/* The body of hp_danish_normalize(), appending to a buffer the tokenizer
 * reuses: it runs for every word of every snippet. */
static void
normalize_into (GString    *out,
                const char *text,
                gsize       length)
{
  const char *end = text + length;

  for (const char *p = text; p < end; )
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          append_letter (out, 0xFFFD);  /* invalid UTF-8 */
          p++;
          continue;
        }
      append_folded (out, c);
      p = g_utf8_next_char (p);
    }
}

/**
 * hp_danish_normalize:
 * @text: UTF-8 text (invalid bytes become U+FFFD)
 * @length: length of @text in bytes, or -1 if it is nul-terminated
 *
 * The one normalisation used for indexing and for queries: lower case
 * (Æ/Ø/Å included), "aa" → "å", ö → ø, ä → æ, all other diacritics removed
 * (é → e, ü → u), while æ, ø and å stay letters of their own.
 *
 * Returns: (transfer full): the normalised text
 */
char *
hp_danish_normalize (const char *text,
                     gssize      length)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);
  out = g_string_sized_new (length + 1);
  normalize_into (out, text, length);
  return g_string_free (out, FALSE);
}

/* --- the FTS5 tokenizer -------------------------------------------------- */

typedef struct {
  fts5_tokenizer  unicode61;   /* the wrapped tokenizer's functions */
  Fts5Tokenizer  *inner;       /* its instance */
} DanishTokenizer;

typedef struct {
  void    *context;
  int    (*emit) (void *context, int flags, const char *token, int n_token, int start, int end);
  GString *buffer;
} TokenSink;

static int
danish_create (void           *user_data,
               const char    **args,
               int             n_args,
               Fts5Tokenizer **out)
{
  fts5_api *api = user_data;
  void *unicode61_data = NULL;
  g_autofree const char **inner_args = g_new0 (const char *, n_args + 2);
  DanishTokenizer *self = g_new0 (DanishTokenizer, 1);
  int rc;

  /* Diacritics are ours to fold; unicode61 only splits and lower-cases.
   * Arguments given to "danish" follow and may refine the splitting. */
  inner_args[0] = "remove_diacritics";
  inner_args[1] = "0";
  for (int i = 0; i < n_args; i++)
    inner_args[i + 2] = args[i];

  rc = api->xFindTokenizer (api, "unicode61", &unicode61_data, &self->unicode61);
  if (rc == SQLITE_OK)
    rc = self->unicode61.xCreate (unicode61_data, inner_args, n_args + 2, &self->inner);
  if (rc != SQLITE_OK)
    {
      g_free (self);
      return rc;
    }
  *out = (Fts5Tokenizer *) self;
  return SQLITE_OK;
}

static void
danish_delete (Fts5Tokenizer *tokenizer)
{
  DanishTokenizer *self = (DanishTokenizer *) tokenizer;

  self->unicode61.xDelete (self->inner);
  g_free (self);
}

/* Whether hp_danish_normalize() would return @token unchanged because it
 * is plain lower-case ASCII without "aa".  Most words of the corpus are,
 * and passing them on uncopied saves a tenth of the index build. */
static gboolean
is_normal_ascii (const char *token,
                 int         n_token)
{
  for (int i = 0; i < n_token; i++)
    {
      unsigned char c = (unsigned char) token[i];

      if (c >= 0x80 || g_ascii_isupper (c) || (c == 'a' && i > 0 && token[i - 1] == 'a'))
        return FALSE;
    }
  return TRUE;
}

static int
emit_normalized (void       *data,
                 int         flags,
                 const char *token,
                 int         n_token,
                 int         start,
                 int         end)
{
  TokenSink *sink = data;

  if (is_normal_ascii (token, n_token))
    return sink->emit (sink->context, flags, token, n_token, start, end);
  g_string_truncate (sink->buffer, 0);
  normalize_into (sink->buffer, token, n_token);
  /* start and end still point into the original text. */
  return sink->emit (sink->context, flags, sink->buffer->str, (int) sink->buffer->len, start, end);
}

static int
danish_tokenize (Fts5Tokenizer *tokenizer,
                 void          *context,
                 int            flags,
                 const char    *text,
                 int            n_text,
                 int          (*emit) (void *, int, const char *, int, int, int))
{
  DanishTokenizer *self = (DanishTokenizer *) tokenizer;
  TokenSink sink = { context, emit, g_string_sized_new (64) };
  int rc;

  rc = self->unicode61.xTokenize (self->inner, &sink, flags, text, n_text, emit_normalized);
  g_string_free (sink.buffer, TRUE);
  return rc;
}

static fts5_api *
find_fts5_api (sqlite3 *db)
{
  fts5_api *api = NULL;
  sqlite3_stmt *stmt;

  if (sqlite3_prepare_v2 (db, "SELECT fts5(?1)", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_pointer (stmt, 1, &api, "fts5_api_ptr", NULL);
  sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return api;
}

/* Makes tokenize='danish' available on @db; needed on every connection
 * before any statement touches a table that uses it. */
gboolean
hp_danish_tokenizer_register (sqlite3  *db,
                              GError  **error)
{
  static fts5_tokenizer danish = { danish_create, danish_delete, danish_tokenize };
  fts5_api *api = find_fts5_api (db);

  if (api == NULL || api->iVersion < 2)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_FAILED,
                   _("This SQLite library has no full-text search (FTS5)"));
      return FALSE;
    }
  if (api->xCreateTokenizer (api, "danish", api, &danish, NULL) != SQLITE_OK)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_FAILED,
                   "danish tokenizer: %s", sqlite3_errmsg (db));
      return FALSE;
    }
  return TRUE;
}
