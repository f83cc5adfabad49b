/* hp-strategy-document.h — a whole strategy in memory, as the exchange
 * file carries it
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-strategy-store.h"

G_BEGIN_DECLS

typedef struct {
  HpSnapshot *snapshot;     /* id and strategy_id unused */
  GPtrArray  *items;        /* of HpAssessment */
} HpDocumentSnapshot;

/* Goals and actions are numbered by position (from 1) in their id, and an
 * action's goal_id is its goal's position (0: none): the file's local ids
 * g1, a1…, never the rows of any database. */
typedef struct {
  char       *edition;      /* of the guidelines the strategy was made against */
  HpStrategy *strategy;     /* id unused */
  GPtrArray  *assessments;  /* of HpAssessment */
  GPtrArray  *focus_areas;  /* of char *: guideline ids, in order */
  GPtrArray  *goals;        /* of HpGoal */
  GPtrArray  *actions;      /* of HpAction */
  GPtrArray  *snapshots;    /* of HpDocumentSnapshot, oldest first */
} HpStrategyDocument;

HpStrategyDocument *hp_strategy_document_new    (void);
void                hp_strategy_document_free   (HpStrategyDocument *document);
HpDocumentSnapshot *hp_document_snapshot_new    (HpSnapshot         *snapshot);
HpStrategyDocument *hp_strategy_document_read   (HpStrategyStore    *store,
                                                 gint64              strategy_id,
                                                 GError            **error);
gint64              hp_strategy_document_insert (HpStrategyStore    *store,
                                                 HpStrategyDocument *document,
                                                 GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpStrategyDocument, hp_strategy_document_free)

G_END_DECLS
