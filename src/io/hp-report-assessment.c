/* hp-report-assessment.c — the self-assessment's part of the council report
 *
 * Three parts of the report read the assessment: the summary per chapter
 * (counts, a chart and, when there is a baseline, how far practice has
 * moved since), the legal requirements not yet in place, and the full
 * checklist as an appendix — every direction with its classification,
 * status, evidence note and responsible unit, and the sub-points that
 * were assessed one by one.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-report-assessment.h"
#include "hp-strategy-progress.h"


static char *
chapter_label (const HpProgressGroup *group)
{
  return g_strdup_printf (_("Chapter %s: %s"), group->number, group->title);
}

static void
add_totals_sentence (HpReport    *report,
                     const guint *totals,
                     guint        n_directions)
{
  g_autofree char *text = g_strdup_printf (
    _("The municipality’s current practice has been compared with all %u directions of the "
      "guidelines. In place: %u · partly in place: %u · not started: %u · not relevant: %u · "
      "not yet assessed: %u."),
    n_directions, totals[HP_ASSESSMENT_IN_PLACE], totals[HP_ASSESSMENT_PARTLY],
    totals[HP_ASSESSMENT_NOT_STARTED], totals[HP_ASSESSMENT_NOT_RELEVANT],
    totals[HP_ASSESSMENT_NOT_ASSESSED]);

  hp_report_add_paragraph (report, HP_REPORT_STYLE_NORMAL, text);
}

static void
add_chapter_table (HpReport  *report,
                   GPtrArray *chapters)
{
  const char *header[HP_N_ASSESSMENT_STATUSES + 3] = { _("Chapter") };
  HpReportBlock *table;

  for (guint c = 0; c < HP_N_ASSESSMENT_STATUSES; c++)
    header[c + 1] = hp_assessment_status_get_label (hp_assessment_status_chart_order[c]);
  header[HP_N_ASSESSMENT_STATUSES + 1] = _("Total");
  table = hp_report_add_table (report, header);
  for (guint i = 0; i < chapters->len; i++)
    {
      HpProgressGroup *group = g_ptr_array_index (chapters, i);
      g_auto(GStrv) cells = g_new0 (char *, HP_N_ASSESSMENT_STATUSES + 3);

      cells[0] = chapter_label (group);
      for (guint c = 0; c < HP_N_ASSESSMENT_STATUSES; c++)
        cells[c + 1] = g_strdup_printf ("%u", group->counts[hp_assessment_status_chart_order[c]]);
      cells[HP_N_ASSESSMENT_STATUSES + 1] = g_strdup_printf ("%u", group->total);
      hp_report_table_add_row (table, (const char * const *) cells);
    }
}

static HpSnapshot *
find_baseline (GPtrArray *snapshots)
{
  for (guint i = snapshots->len; i > 0; i--)
    if (((HpSnapshot *) g_ptr_array_index (snapshots, i - 1))->is_baseline)
      return g_ptr_array_index (snapshots, i - 1);
  return NULL;
}

/* "Since the baseline … of 1 March 2025: 12 directions improved, 2
 * worsened."  Nothing without a baseline. */
static gboolean
add_baseline_comparison (HpReport         *report,
                         HpStrategyStore  *store,
                         gint64            strategy_id,
                         GError          **error)
{
  g_autoptr(GPtrArray) snapshots = hp_strategy_store_list_snapshots (store, strategy_id, error);
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  HpSnapshot *baseline;
  guint up = 0, down = 0;

  if (snapshots == NULL)
    return FALSE;
  baseline = find_baseline (snapshots);
  if (baseline == NULL)
    return TRUE;
  changes = hp_strategy_progress_compare (store, strategy_id, baseline->id, 0, error);
  if (changes == NULL)
    return FALSE;
  for (guint i = 0; i < changes->len; i++)
    {
      HpDirectionStatus *change = g_ptr_array_index (changes, i);

      up += change->trend > 0;
      down += change->trend < 0;
    }
  date = hp_strategy_format_date (baseline->taken_on);
  text = g_strdup_printf (_("Since the baseline “%s” of %s, directions and sub-points improved: %u, "
                            "worsened: %u."), baseline->label, date, up, down);
  hp_report_add_paragraph (report, HP_REPORT_STYLE_NORMAL, text);
  return TRUE;
}

gboolean
hp_report_add_assessment_summary (HpReport         *report,
                                  HpStrategyStore  *store,
                                  gint64            strategy_id,
                                  GError          **error)
{
  g_autoptr(GPtrArray) groups = hp_strategy_progress_by_group (store, strategy_id, 0, error);
  g_autoptr(GPtrArray) chapters = g_ptr_array_new ();
  guint totals[HP_N_ASSESSMENT_STATUSES] = { 0 };
  guint n_directions = 0;
  HpReportBlock *chart;

  if (groups == NULL)
    return FALSE;
  hp_report_add_heading (report, 1, _("Assessment of Current Practice"));
  for (guint i = 0; i < groups->len; i++)
    {
      HpProgressGroup *group = g_ptr_array_index (groups, i);

      if (!group->is_chapter)
        continue;
      g_ptr_array_add (chapters, group);
      n_directions += group->total;
      for (guint s = 0; s < HP_N_ASSESSMENT_STATUSES; s++)
        totals[s] += group->counts[s];
    }
  add_totals_sentence (report, totals, n_directions);
  if (!add_baseline_comparison (report, store, strategy_id, error))
    return FALSE;
  chart = hp_report_add_chart (report, _("Directions per chapter by status"));
  for (guint i = 0; i < chapters->len; i++)
    {
      HpProgressGroup *group = g_ptr_array_index (chapters, i);
      g_autofree char *label = chapter_label (group);

      hp_report_chart_add_bar (chart, label, group->counts);
    }
  add_chapter_table (report, chapters);
  return TRUE;
}

static const char *
note_of (GHashTable *assessments,
         const char *item_id)
{
  HpAssessment *assessment = g_hash_table_lookup (assessments, item_id);

  return assessment != NULL ? assessment->note : "";
}

/* @assessments: the strategy's, item id → HpAssessment, for the notes */
gboolean
hp_report_add_findings (HpReport         *report,
                        HpStrategyStore  *store,
                        gint64            strategy_id,
                        GHashTable       *assessments,
                        GError          **error)
{
  g_autoptr(GPtrArray) findings = hp_strategy_progress_findings (store, strategy_id, error);
  const char *header[] = { _("Guideline"), _("Direction"), _("Status"), _("Evidence note"), NULL };
  HpReportBlock *table;

  if (findings == NULL)
    return FALSE;
  hp_report_add_heading (report, 1, _("Legal Requirements Not in Place"));
  hp_report_add_paragraph (report, HP_REPORT_STYLE_NORMAL,
    _("Directions marked as legal requirements repeat what the municipality is obliged to do by "
      "law; the guidelines say “skal”. Every such direction that is not assessed as in place or "
      "not relevant is listed here."));
  if (findings->len == 0)
    {
      hp_report_add_paragraph (report, HP_REPORT_STYLE_NORMAL,
                               _("Every legal requirement is assessed as in place or not relevant."));
      return TRUE;
    }
  table = hp_report_add_table (report, header);
  for (guint i = 0; i < findings->len; i++)
    {
      HpDirectionStatus *finding = g_ptr_array_index (findings, i);
      const char *cells[] = { finding->guideline_title, finding->text,
                              hp_assessment_status_get_label (finding->status),
                              note_of (assessments, finding->item_id), NULL };

      hp_report_table_add_row (table, cells);
    }
  return TRUE;
}

/* ---- The appendix ------------------------------------------------------ */

static char *
evidence (HpAssessment *assessment)
{
  if (assessment == NULL)
    return g_strdup ("");
  if (*assessment->responsible == '\0')
    return g_strdup (assessment->note);
  if (*assessment->note == '\0')
    return g_strdup_printf (_("Responsible: %s"), assessment->responsible);
  return g_strdup_printf (_("%s\nResponsible: %s"), assessment->note, assessment->responsible);
}

static void
add_checklist_row (HpReportBlock *table,
                   const char    *number,
                   HpCorpusItem  *item,
                   GHashTable    *assessments)
{
  HpAssessment *assessment = g_hash_table_lookup (assessments, hp_corpus_item_get_id (item));
  const char *classification = hp_classification_get_label (hp_corpus_item_get_classification (item));
  g_autofree char *note = evidence (assessment);
  const char *cells[] = { number, hp_corpus_item_get_text (item), classification ? classification : "",
                          hp_assessment_status_get_label (assessment ? assessment->status
                                                                     : HP_ASSESSMENT_NOT_ASSESSED),
                          note, NULL };

  hp_report_table_add_row (table, cells);
}

/* The places whose sub-points were assessed one by one: only those are
 * listed, and only their sub-points need reading from the corpus. */
static GHashTable *
places_with_assessed_subpoints (HpDirectionRefs *refs,
                                GHashTable      *assessments)
{
  GHashTable *places = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  const char *id;

  g_hash_table_iter_init (&iter, assessments);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    {
      HpDirectionPlace *place = hp_direction_refs_lookup (refs, id, NULL);

      if (place != NULL && g_strcmp0 (hp_corpus_item_get_id (place->direction), id) != 0)
        g_hash_table_add (places, place);
    }
  return places;
}

static void
add_subpoint_rows (HpReportBlock    *table,
                   HpStrategyStore  *store,
                   HpDirectionRefs  *refs,
                   HpDirectionPlace *place,
                   GHashTable       *assessments)
{
  g_autoptr(GListModel) subpoints = hp_corpus_list_children (hp_strategy_store_get_corpus (store),
                                                             place->direction, NULL);

  for (guint i = 0; subpoints != NULL && i < g_list_model_get_n_items (subpoints); i++)
    {
      g_autoptr(HpCorpusItem) subpoint = g_list_model_get_item (subpoints, i);
      const char *number = NULL;

      if (!g_hash_table_contains (assessments, hp_corpus_item_get_id (subpoint)))
        continue;
      hp_direction_refs_lookup (refs, hp_corpus_item_get_id (subpoint), &number);
      add_checklist_row (table, number ? number : "", subpoint, assessments);
    }
}

static HpReportBlock *
checklist_table (HpReport *report)
{
  const char *header[] = { _("No."), _("Direction"), _("Classification"), _("Status"),
                           _("Evidence and responsible unit"), NULL };

  return hp_report_add_table (report, header);
}

static void
add_checklist_places (HpReport        *report,
                      HpStrategyStore *store,
                      HpDirectionRefs *refs,
                      GHashTable      *assessments)
{
  GPtrArray *places = hp_direction_refs_get_places (refs);
  g_autoptr(GHashTable) with_subpoints = places_with_assessed_subpoints (refs, assessments);
  HpCorpusItem *chapter = NULL, *guideline = NULL;
  HpReportBlock *table = NULL;

  for (guint i = 0; i < places->len; i++)
    {
      HpDirectionPlace *place = g_ptr_array_index (places, i);
      const char *number = NULL;

      if (place->chapter != chapter)
        {
          g_autofree char *title = g_strdup_printf (_("Chapter %s: %s"), hp_corpus_item_get_number (place->chapter),
                                                    hp_corpus_item_get_title (place->chapter));
          hp_report_add_heading (report, 2, title);
          chapter = place->chapter;
        }
      if (place->guideline != guideline)
        {
          g_autofree char *title = g_strdup_printf ("%s. %s", hp_corpus_item_get_number (place->guideline),
                                                    hp_corpus_item_get_title (place->guideline));
          hp_report_add_heading (report, 3, title);
          table = checklist_table (report);
          guideline = place->guideline;
        }
      hp_direction_refs_lookup (refs, hp_corpus_item_get_id (place->direction), &number);
      add_checklist_row (table, number ? number : "", place->direction, assessments);
      if (g_hash_table_contains (with_subpoints, place))
        add_subpoint_rows (table, store, refs, place, assessments);
    }
}

void
hp_report_add_checklist (HpReport         *report,
                         HpStrategyStore  *store,
                         HpDirectionRefs  *refs,
                         GHashTable       *assessments)
{
  hp_report_add_page_break (report);
  hp_report_add_heading (report, 1, _("Appendix: The Full Checklist"));
  hp_report_add_paragraph (report, HP_REPORT_STYLE_NORMAL,
    _("Every direction of the guidelines, numbered by guideline and place, with its classification "
      "(legal requirement, recommendation, option or good practice), the status of current "
      "practice, the evidence noted and the unit responsible."));
  add_checklist_places (report, store, refs, assessments);
}
