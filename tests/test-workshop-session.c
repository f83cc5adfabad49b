/* test-workshop-session.c — the workshop's list, position, edits and timer
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "hp-error.h"
#include "hp-strategy-example.h"
#include "hp-test-util.h"
#include "hp-workshop-session.h"

#define N_DIRECTIONS 132
#define G_TRANSIT "forebyggelse-af-hjemloeshed-i-risikofyldte-overgange"
#define G_HOUSING "planlaegning-af-boligindsatsen"
#define G_RETAIN "boligfastholdelse"

typedef struct {
  HpDatabase      *db;
  HpCorpus        *corpus;
  HpUndoStack     *undo;
  HpStrategyStore *store;
  gint64           strategy_id;
  gint64           time;          /* the fake clock, µs */
  guint            n_moves;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HpStrategy fields = {
    .municipality = "Aarhus Kommune", .title = "Hjemløsestrategi", .period_start = 2025,
    .period_end = 2028, .vision = "",
  };

  /* Loading the corpus is the slow part (very slow under the sanitizers):
   * the tests share one database, each with a strategy of its own. */
  static HpDatabase *db;

  if (db == NULL)
    db = hp_test_open_corpus_db ();
  fixture->db = g_object_ref (db);
  fixture->corpus = hp_corpus_new (fixture->db);
  fixture->undo = hp_undo_stack_new ();
  fixture->store = hp_strategy_store_new (fixture->corpus, fixture->undo);
  fixture->strategy_id = hp_strategy_store_create_strategy (fixture->store, &fields, &error);
  g_assert_no_error (error);
  fixture->time = 1000 * G_USEC_PER_SEC;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->undo);
  g_clear_object (&fixture->corpus);
  g_clear_object (&fixture->db);
}

static HpWorkshopSession *
new_session (Fixture         *fixture,
             HpWorkshopScope  scope,
             const char      *chapter_id)
{
  g_autoptr(GError) error = NULL;
  HpWorkshopSession *session = hp_workshop_session_new (fixture->store, fixture->strategy_id,
                                                        scope, chapter_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (session);
  return session;
}

static const char *
guideline_at (HpWorkshopSession *session,
              guint              position)
{
  return hp_corpus_item_get_id (hp_workshop_session_get_place (session, position)->guideline);
}

/* --- scopes ---------------------------------------------------------------- */

static void
test_scope_all (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HpWorkshopSession) session = new_session (fixture, HP_WORKSHOP_SCOPE_ALL, NULL);
  g_autofree char *progress = hp_workshop_session_format_progress (session);

  g_assert_cmpuint (hp_workshop_session_get_n_directions (session), ==, N_DIRECTIONS);
  g_assert_cmpuint (hp_workshop_session_count_scope (fixture->store, fixture->strategy_id,
                                                     HP_WORKSHOP_SCOPE_ALL, NULL), ==, N_DIRECTIONS);
  g_assert_cmpuint (hp_workshop_session_get_position (session), ==, 0);
  g_assert_cmpstr (hp_workshop_session_get_current_id (session), ==, "generel-forebyggelse-af-hjemloeshed.a1");
  g_assert_cmpstr (progress, ==, "1 of 132");
  g_assert_null (hp_workshop_session_get_place (session, N_DIRECTIONS));
  /* In the publication's order: the last is in the last chapter. */
  g_assert_cmpstr (hp_corpus_item_get_id (hp_workshop_session_get_place (session, N_DIRECTIONS - 1)->chapter),
                   ==, "kapitel-5");
}

static void
test_scope_chapter (Fixture       *fixture,
                    gconstpointer  data)
{
  static const struct { const char *id; guint n; } chapters[] = {
    { "kapitel-2", 21 }, { "kapitel-3", 43 }, { "kapitel-4", 14 }, { "kapitel-5", 54 },
  };
  guint total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (chapters); i++)
    {
      g_autoptr(HpWorkshopSession) session = new_session (fixture, HP_WORKSHOP_SCOPE_CHAPTER, chapters[i].id);
      guint n = hp_workshop_session_get_n_directions (session);

      g_assert_cmpuint (n, ==, chapters[i].n);
      for (guint p = 0; p < n; p++)
        g_assert_cmpstr (hp_corpus_item_get_id (hp_workshop_session_get_place (session, p)->chapter),
                         ==, chapters[i].id);
      total += n;
    }
  g_assert_cmpuint (total, ==, N_DIRECTIONS);

  /* Chapter 1 introduces the publication and has no directions. */
  {
    g_autoptr(GError) error = NULL;
    g_assert_null (hp_workshop_session_new (fixture->store, fixture->strategy_id, HP_WORKSHOP_SCOPE_CHAPTER,
                                            "kapitel-1", &error));
    g_assert_error (error, HP_ERROR, HP_ERROR_NOT_FOUND);
  }
}

static void
test_scope_focus_areas (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpWorkshopSession) session = NULL;

  /* A new strategy has no focus areas: a clear error, not an empty show. */
  g_assert_null (hp_workshop_session_new (fixture->store, fixture->strategy_id, HP_WORKSHOP_SCOPE_FOCUS_AREAS,
                                          NULL, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "focus areas"));

  fixture->strategy_id = hp_strategy_example_create (fixture->store, NULL);
  g_assert_cmpint (fixture->strategy_id, >, 0);
  session = new_session (fixture, HP_WORKSHOP_SCOPE_FOCUS_AREAS, NULL);
  /* Guidelines 4, 12 and 15 with 4, 5 and 4 directions, in that order. */
  g_assert_cmpuint (hp_workshop_session_get_n_directions (session), ==, 13);
  g_assert_cmpstr (guideline_at (session, 0), ==, G_TRANSIT);
  g_assert_cmpstr (guideline_at (session, 3), ==, G_TRANSIT);
  g_assert_cmpstr (guideline_at (session, 4), ==, G_HOUSING);
  g_assert_cmpstr (guideline_at (session, 8), ==, G_HOUSING);
  g_assert_cmpstr (guideline_at (session, 9), ==, G_RETAIN);
  g_assert_cmpstr (guideline_at (session, 12), ==, G_RETAIN);
  g_assert_cmpuint (hp_workshop_session_count_scope (fixture->store, fixture->strategy_id,
                                                     HP_WORKSHOP_SCOPE_FOCUS_AREAS, NULL), ==, 13);
}

/* --- moving ---------------------------------------------------------------- */

static void
on_position (Fixture *fixture)
{
  fixture->n_moves++;
}

static void
test_navigation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(HpWorkshopSession) session = new_session (fixture, HP_WORKSHOP_SCOPE_CHAPTER, "kapitel-4");
  guint n = hp_workshop_session_get_n_directions (session);

  g_signal_connect_swapped (session, "notify::position", G_CALLBACK (on_position), fixture);
  /* Nothing before the first. */
  g_assert_false (hp_workshop_session_previous (session));
  g_assert_false (hp_workshop_session_first (session));
  g_assert_cmpuint (fixture->n_moves, ==, 0);

  for (guint i = 1; i < n; i++)
    {
      g_assert_true (hp_workshop_session_next (session));
      g_assert_cmpuint (hp_workshop_session_get_position (session), ==, i);
    }
  g_assert_cmpuint (fixture->n_moves, ==, n - 1);
  /* Nothing after the last, and the last stays shown. */
  g_assert_false (hp_workshop_session_next (session));
  g_assert_false (hp_workshop_session_last (session));
  g_assert_cmpuint (hp_workshop_session_get_position (session), ==, n - 1);
  g_assert_cmpfloat (hp_workshop_session_get_fraction (session), ==, 1.0);
  {
    g_autofree char *progress = hp_workshop_session_format_progress (session);
    g_assert_cmpstr (progress, ==, "14 of 14");
  }

  g_assert_true (hp_workshop_session_previous (session));
  g_assert_cmpuint (hp_workshop_session_get_position (session), ==, n - 2);
  g_assert_true (hp_workshop_session_first (session));
  g_assert_cmpuint (hp_workshop_session_get_position (session), ==, 0);
  g_assert_cmpfloat_with_epsilon (hp_workshop_session_get_fraction (session), 1.0 / 14, 1e-9);
  g_assert_false (hp_workshop_session_jump (session, n));
  g_assert_true (hp_workshop_session_jump (session, 5));
  g_assert_cmpuint (hp_workshop_session_get_position (session), ==, 5);
  g_assert_true (hp_workshop_session_last (session));
  g_assert_cmpuint (hp_workshop_session_get_position (session), ==, n - 1);
}

/* --- edits ----------------------------------------------------------------- */

static void
test_edits_are_undoable (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(HpWorkshopSession) session = new_session (fixture, HP_WORKSHOP_SCOPE_ALL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (hp_workshop_session_next (session));
  g_assert_true (hp_workshop_session_set_status (session, HP_ASSESSMENT_PARTLY, &error));
  g_assert_true (hp_workshop_session_set_note (session, "Aftale med boligselskaberne mangler", &error));
  g_assert_no_error (error);
  {
    g_autoptr(HpAssessment) stored = hp_strategy_store_get_assessment (fixture->store, fixture->strategy_id,
                                                                       "generel-forebyggelse-af-hjemloeshed.a2",
                                                                       NULL);
    g_assert_cmpint (stored->status, ==, HP_ASSESSMENT_PARTLY);
    g_assert_cmpstr (stored->note, ==, "Aftale med boligselskaberne mangler");
  }
  /* One step each on the shared stack. */
  g_assert_true (hp_undo_stack_undo (fixture->undo, NULL));
  {
    g_autoptr(HpAssessment) current = hp_workshop_session_get_assessment (session, NULL);
    g_assert_cmpint (current->status, ==, HP_ASSESSMENT_PARTLY);
    g_assert_cmpstr (current->note, ==, "");
  }
  g_assert_true (hp_undo_stack_undo (fixture->undo, NULL));
  {
    g_autoptr(HpAssessment) current = hp_workshop_session_get_assessment (session, NULL);
    g_assert_cmpint (current->status, ==, HP_ASSESSMENT_NOT_ASSESSED);
  }
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM assessment WHERE strategy_id = %" G_GINT64_FORMAT
                                            " AND status != 'not-assessed'", fixture->strategy_id);
    g_assert_cmpint (hp_test_query_int (fixture->db, sql), ==, 0);
  }
}

/* --- the timer ------------------------------------------------------------- */

static gint64
fake_clock (gpointer data)
{
  return ((Fixture *) data)->time;
}

static void
advance (Fixture *fixture,
         double   seconds)
{
  fixture->time += (gint64) (seconds * G_USEC_PER_SEC);
}

static void
test_timer (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(HpWorkshopSession) session = new_session (fixture, HP_WORKSHOP_SCOPE_ALL, NULL);

  hp_workshop_session_set_clock (session, fake_clock, fixture);
  /* Off: no countdown, never "up"; the workshop's time still runs. */
  g_assert_cmpint (hp_workshop_session_get_remaining (session), ==, -1);
  g_assert_false (hp_workshop_session_is_time_up (session));
  advance (fixture, 61);
  g_assert_cmpint (hp_workshop_session_get_elapsed (session), ==, 61);

  hp_workshop_session_set_minutes (session, 2);
  g_assert_cmpuint (hp_workshop_session_get_minutes (session), ==, 2);
  g_assert_cmpint (hp_workshop_session_get_remaining (session), ==, 120);
  advance (fixture, 30.5);
  g_assert_cmpint (hp_workshop_session_get_remaining (session), ==, 90);
  advance (fixture, 89.2);
  g_assert_cmpint (hp_workshop_session_get_remaining (session), ==, 1);
  g_assert_false (hp_workshop_session_is_time_up (session));
  advance (fixture, 0.3);
  g_assert_cmpint (hp_workshop_session_get_remaining (session), ==, 0);
  g_assert_true (hp_workshop_session_is_time_up (session));
  /* It stops at zero. */
  advance (fixture, 600);
  g_assert_cmpint (hp_workshop_session_get_remaining (session), ==, 0);

  /* The next direction gets the full time. */
  g_assert_true (hp_workshop_session_next (session));
  g_assert_cmpint (hp_workshop_session_get_remaining (session), ==, 120);

  /* A pause holds the countdown, not the workshop's time. */
  advance (fixture, 10);
  hp_workshop_session_set_paused (session, TRUE);
  g_assert_true (hp_workshop_session_get_paused (session));
  advance (fixture, 50);
  g_assert_cmpint (hp_workshop_session_get_remaining (session), ==, 110);
  hp_workshop_session_set_paused (session, FALSE);
  advance (fixture, 10);
  g_assert_cmpint (hp_workshop_session_get_remaining (session), ==, 100);
  g_assert_cmpint (hp_workshop_session_get_elapsed (session), ==, 61 + 120 + 600 + 70);

  /* Moving on while paused starts the next direction running. */
  hp_workshop_session_set_paused (session, TRUE);
  g_assert_true (hp_workshop_session_previous (session));
  g_assert_false (hp_workshop_session_get_paused (session));
  advance (fixture, 5);
  g_assert_cmpint (hp_workshop_session_get_remaining (session), ==, 115);
}

static void
test_format_duration (void)
{
  static const struct { gint64 seconds; const char *text; } cases[] = {
    { 0, "0:00" }, { 9, "0:09" }, { 65, "1:05" }, { 600, "10:00" }, { 3729, "1:02:09" }, { -4, "0:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = hp_workshop_format_duration (cases[i].seconds);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/workshop-session/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("scope-all", test_scope_all);
  ADD ("scope-chapter", test_scope_chapter);
  ADD ("scope-focus-areas", test_scope_focus_areas);
  ADD ("navigation", test_navigation);
  ADD ("edits-are-undoable", test_edits_are_undoable);
  ADD ("timer", test_timer);
#undef ADD
  g_test_add_func ("/workshop-session/format-duration", test_format_duration);
  return g_test_run ();
}
