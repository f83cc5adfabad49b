/* hp-assessment-status.h — how far current practice meets a direction
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* In the order of the keys 1-5 that set them. */
typedef enum {
  HP_ASSESSMENT_NOT_ASSESSED,
  HP_ASSESSMENT_NOT_STARTED,
  HP_ASSESSMENT_PARTLY,
  HP_ASSESSMENT_IN_PLACE,
  HP_ASSESSMENT_NOT_RELEVANT,
  HP_N_ASSESSMENT_STATUSES
} HpAssessmentStatus;

extern const HpAssessmentStatus hp_assessment_status_chart_order[HP_N_ASSESSMENT_STATUSES];

HpAssessmentStatus  hp_assessment_status_from_string (const char         *key);
const char         *hp_assessment_status_to_string   (HpAssessmentStatus  status);
const char         *hp_assessment_status_get_label   (HpAssessmentStatus  status);
int                 hp_assessment_status_get_rank    (HpAssessmentStatus  status);
guint32             hp_assessment_status_get_colour  (HpAssessmentStatus  status);
gboolean            hp_assessment_status_is_unmet    (HpAssessmentStatus  status);

G_END_DECLS
