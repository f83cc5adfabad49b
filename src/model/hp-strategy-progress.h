/* hp-strategy-progress.h — what the self-assessment adds up to
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-classification.h"
#include "hp-strategy-store.h"

G_BEGIN_DECLS

/* Directions per status in one chapter or guideline. */
typedef struct {
  char     *id;
  char     *number;
  char     *title;
  gboolean  is_chapter;
  guint     counts[HP_N_ASSESSMENT_STATUSES];
  guint     total;
} HpProgressGroup;

/* A direction (or sub-point) with its status, or its two statuses when
 * comparing; @trend is 1 (improved), -1 (worsened) or 0 (changed outside
 * the not started → in place scale). */
typedef struct {
  char               *item_id;
  char               *guideline_id;
  char               *guideline_title;
  char               *text;
  HpClassification    classification;
  HpAssessmentStatus  from;
  HpAssessmentStatus  status;
  int                 trend;
} HpDirectionStatus;

void       hp_progress_group_free          (HpProgressGroup   *group);
void       hp_direction_status_free        (HpDirectionStatus *status);
guint      hp_progress_group_count_done    (const HpProgressGroup *group);

GPtrArray *hp_strategy_progress_by_group   (HpStrategyStore  *store,
                                            gint64            strategy_id,
                                            gint64            snapshot_id,
                                            GError          **error);
GPtrArray *hp_strategy_progress_findings   (HpStrategyStore  *store,
                                            gint64            strategy_id,
                                            GError          **error);
GPtrArray *hp_strategy_progress_overdue    (HpStrategyStore  *store,
                                            gint64            strategy_id,
                                            const char       *today,
                                            GError          **error);
GPtrArray *hp_strategy_progress_compare    (HpStrategyStore  *store,
                                            gint64            strategy_id,
                                            gint64            from_snapshot,
                                            gint64            to_snapshot,
                                            GError          **error);

G_END_DECLS
