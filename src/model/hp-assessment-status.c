/* hp-assessment-status.c
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-assessment-status.h"

static const struct {
  const char *key;    /* as stored in the database and in exported files */
  const char *label;
  int         rank;   /* how far along; 0 where "better" has no meaning */
  guint32     colour; /* 0xRRGGBB in charts: the GNOME palette's green, yellow, red, greys */
} statuses[] = {
  [HP_ASSESSMENT_NOT_ASSESSED] = { "not-assessed", N_("Not assessed"), 0, 0xdeddda },
  [HP_ASSESSMENT_NOT_STARTED]  = { "not-started", N_("Not started"), 1, 0xe01b24 },
  [HP_ASSESSMENT_PARTLY]       = { "partly", N_("Partly in place"), 2, 0xf5c211 },
  [HP_ASSESSMENT_IN_PLACE]     = { "in-place", N_("In place"), 3, 0x2ec27e },
  [HP_ASSESSMENT_NOT_RELEVANT] = { "not-relevant", N_("Not relevant"), 0, 0x9a9996 },
};

/* How charts and tables of counts list the statuses: done first, so a
 * bar grows from the left as practice improves. */
const HpAssessmentStatus hp_assessment_status_chart_order[HP_N_ASSESSMENT_STATUSES] = {
  HP_ASSESSMENT_IN_PLACE, HP_ASSESSMENT_PARTLY, HP_ASSESSMENT_NOT_STARTED,
  HP_ASSESSMENT_NOT_RELEVANT, HP_ASSESSMENT_NOT_ASSESSED,
};

/* Unknown keys read as "not assessed": that claims nothing. */
HpAssessmentStatus
hp_assessment_status_from_string (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (key, statuses[i].key) == 0)
      return i;
  return HP_ASSESSMENT_NOT_ASSESSED;
}

const char *
hp_assessment_status_to_string (HpAssessmentStatus status)
{
  g_return_val_if_fail (status < HP_N_ASSESSMENT_STATUSES, NULL);
  return statuses[status].key;
}

const char *
hp_assessment_status_get_label (HpAssessmentStatus status)
{
  g_return_val_if_fail (status < HP_N_ASSESSMENT_STATUSES, NULL);
  return _(statuses[status].label);
}

/* The status's colour in a chart, 0xRRGGBB; every chart also writes the
 * counts as text, so nothing rests on the colour alone. */
guint32
hp_assessment_status_get_colour (HpAssessmentStatus status)
{
  g_return_val_if_fail (status < HP_N_ASSESSMENT_STATUSES, 0);
  return statuses[status].colour;
}

/* Not started < partly < in place.  "Not assessed" and "not relevant" are
 * outside that scale, so a change to or from them is neither an
 * improvement nor a setback. */
int
hp_assessment_status_get_rank (HpAssessmentStatus status)
{
  g_return_val_if_fail (status < HP_N_ASSESSMENT_STATUSES, 0);
  return statuses[status].rank;
}

/* Whether a legal duty with this status is a compliance finding: it is,
 * until it is in place or judged not relevant to the municipality. */
gboolean
hp_assessment_status_is_unmet (HpAssessmentStatus status)
{
  return status == HP_ASSESSMENT_NOT_ASSESSED ||
         status == HP_ASSESSMENT_NOT_STARTED ||
         status == HP_ASSESSMENT_PARTLY;
}
