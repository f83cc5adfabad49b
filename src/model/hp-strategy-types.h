/* hp-strategy-types.h — the records of a strategy, and checking them
 *
 * Plain structs, not objects: they are values read from and written to the
 * store, and the store's "changed" signal is what the UI follows.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hp-assessment-status.h"

G_BEGIN_DECLS

#define HP_STRATEGY_YEAR_MIN 2000
#define HP_STRATEGY_YEAR_MAX 2100
#define HP_STRATEGY_SHORT_MAX_CHARS 200      /* titles, names, units */
#define HP_STRATEGY_TEXT_MAX_CHARS 20000     /* vision, notes */

/* The housing pane's figures a goal may follow (hp-strategy-figure.h). */
#define HP_FIGURE_YEARS_TO_HOUSE_EVERYONE "housing.years-to-house-everyone"
#define HP_FIGURE_HOMELESS_TOTAL "housing.homeless-total"
#define HP_FIGURE_REACHED_PER_YEAR "housing.affordable-reached-per-year"

typedef enum {
  HP_ACTION_PLANNED,
  HP_ACTION_IN_PROGRESS,
  HP_ACTION_DONE,
  HP_ACTION_CANCELLED,
  HP_N_ACTION_STATUSES
} HpActionStatus;

typedef struct {
  gint64    id;
  char     *municipality;
  char     *title;
  int       period_start;
  int       period_end;
  char     *vision;
  gboolean  is_example;
  char     *created_at;
  char     *changed_at;
} HpStrategy;

typedef struct {
  char               *item_id;
  HpAssessmentStatus  status;
  char               *note;
  char               *responsible;
  char               *changed_at;    /* NULL when never assessed */
} HpAssessment;

typedef struct {
  gint64    id;
  gint64    strategy_id;
  char     *label;
  char     *taken_on;      /* ISO date */
  gboolean  is_baseline;
} HpSnapshot;

typedef struct {
  gint64    id;
  gint64    strategy_id;
  char     *text;
  char     *indicator;
  gboolean  has_baseline;
  double    baseline;
  gboolean  has_target;
  double    target;
  char     *deadline;      /* ISO date or NULL */
  char     *figure;        /* a figure key such as HP_FIGURE_…, or "" */
  GStrv     directions;    /* stable ids of the directions it serves */
} HpGoal;

typedef struct {
  gint64          id;
  gint64          strategy_id;
  gint64          goal_id;     /* 0: not under a goal */
  char           *text;
  char           *owner;
  char           *start;       /* ISO date or NULL */
  char           *deadline;    /* ISO date or NULL */
  HpActionStatus  status;
  GStrv           directions;
} HpAction;

HpStrategy   *hp_strategy_copy      (const HpStrategy *strategy);
void          hp_strategy_free      (HpStrategy       *strategy);
gboolean      hp_strategy_validate  (const HpStrategy *strategy,
                                     GError          **error);
void          hp_assessment_free    (HpAssessment     *assessment);
void          hp_snapshot_free      (HpSnapshot       *snapshot);
HpGoal       *hp_goal_copy          (const HpGoal     *goal);
void          hp_goal_free          (HpGoal           *goal);
gboolean      hp_goal_validate      (const HpGoal     *goal,
                                     GError          **error);
HpAction     *hp_action_copy        (const HpAction   *action);
void          hp_action_free        (HpAction         *action);
gboolean      hp_action_validate    (const HpAction   *action,
                                     GError          **error);

const char    *hp_action_status_to_string   (HpActionStatus  status);
HpActionStatus hp_action_status_from_string (const char     *key);
const char    *hp_action_status_get_label   (HpActionStatus  status);

gboolean      hp_strategy_check_date   (const char  *iso,
                                        const char  *what,
                                        GError     **error);
gboolean      hp_strategy_parse_date   (const char  *text,
                                        char       **iso,
                                        GError     **error);
char         *hp_strategy_format_date  (const char  *iso);
char         *hp_strategy_format_date_numeric (const char *iso);
GDateTime    *hp_strategy_date_from_iso (const char *iso);
gboolean      hp_strategy_parse_number (const char  *text,
                                        gboolean    *has_value,
                                        double      *value,
                                        GError     **error);
char         *hp_strategy_format_number (double      value);
gboolean      hp_strategy_parse_year   (const char  *text,
                                        int         *year,
                                        GError     **error);
gboolean      hp_strategy_check_text   (const char  *text,
                                        const char  *what,
                                        gboolean     required,
                                        int          max_chars,
                                        GError     **error);
char         *hp_strategy_today        (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpStrategy, hp_strategy_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpAssessment, hp_assessment_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpSnapshot, hp_snapshot_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpGoal, hp_goal_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpAction, hp_action_free)

G_END_DECLS
