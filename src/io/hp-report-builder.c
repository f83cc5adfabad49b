/* hp-report-builder.c — the strategy as a report for the city council
 *
 * What a manager hands the city council: a title page, the vision, the
 * focus areas with their goals and actions (owners, deadlines), the
 * assessment of current practice per chapter with a chart, the legal
 * requirements not yet in place, and the full checklist as an appendix,
 * with the publication named as the source.  The report is built once as
 * an HpReport and each format (PDF, ODT, DOCX) renders the same blocks,
 * so the three files always say the same thing.  The text follows the
 * interface language; the guidelines' own text stays Danish.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-citation.h"
#include "hp-direction-refs.h"
#include "hp-report-assessment.h"
#include "hp-report-builder.h"
#include "hp-strategy-figure.h"
#include "hp-strategy-plan.h"
#include "hp-strategy-progress.h"

/* What the plan's part needs to name directions and guidelines. */
typedef struct {
  HpStrategyStore *store;
  gint64           strategy_id;
  const char      *today;
  HpDirectionRefs *refs;
} PlanContext;

static void
fill_title_page (HpReport         *report,
                 HpStrategyStore  *store,
                 const HpStrategy *strategy,
                 const char       *today)
{
  report->title = g_strdup (strategy->title);
  report->municipality = g_strdup (strategy->municipality);
  report->period = g_strdup_printf ("%d–%d", strategy->period_start, strategy->period_end);
  report->date = hp_strategy_format_date (today);
  report->iso_date = g_strdup (today);
  report->attribution = hp_citation_format_attribution (hp_strategy_store_get_corpus (store), NULL);
  /* Translators: the language the report's documents are marked with, as
   * a BCP 47 tag; Danish "da-DK" */
  report->language = g_strdup (_("en-US"));
  report->is_example = strategy->is_example;
}

/* Paragraphs are separated by an empty line; single line breaks stay. */
static void
add_paragraphs (HpReport      *report,
                HpReportStyle  style,
                const char    *text)
{
  g_auto(GStrv) paragraphs = g_regex_split_simple ("\\n[ \\t]*\\n", text, 0, 0);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autofree char *paragraph = g_strstrip (g_strdup (paragraphs[i]));

      if (*paragraph != '\0')
        hp_report_add_paragraph (report, style, paragraph);
    }
}

static void
add_vision (HpReport         *report,
            const HpStrategy *strategy)
{
  g_autofree char *vision = g_strstrip (g_strdup (strategy->vision ? strategy->vision : ""));

  hp_report_add_heading (report, 1, _("Vision"));
  if (*vision == '\0')
    hp_report_add_paragraph (report, HP_REPORT_STYLE_SMALL, _("No vision has been written yet."));
  else
    add_paragraphs (report, HP_REPORT_STYLE_QUOTE, vision);
}

/* "Serves: 12.1, 12.3 Retningslinje for planlægning af boligindsatsen.",
 * numbered as in the appendix and the exports. */
static char *
directions_sentence (PlanContext *plan,
                     GStrv        directions)
{
  g_autofree char *list = NULL;

  if (directions == NULL || directions[0] == NULL)
    return NULL;
  list = hp_direction_refs_format (plan->refs, (const char * const *) directions);
  return g_strdup_printf (_("Serves: %s."), list);
}

static void
add_focus_areas (HpReport    *report,
                 PlanContext *plan,
                 GStrv        focus_areas)
{
  HpCorpus *corpus = hp_strategy_store_get_corpus (plan->store);

  hp_report_add_heading (report, 2, _("Focus Areas"));
  if (focus_areas[0] == NULL)
    {
      hp_report_add_paragraph (report, HP_REPORT_STYLE_NORMAL, _("No focus areas have been chosen yet."));
      return;
    }
  hp_report_add_paragraph (report, HP_REPORT_STYLE_NORMAL,
                           _("The strategy concentrates on the directions of these guidelines:"));
  for (guint i = 0; focus_areas[i] != NULL; i++)
    {
      g_autoptr(HpCorpusItem) guideline = hp_corpus_lookup (corpus, focus_areas[i], NULL);

      hp_report_add_bullet (report, guideline ? hp_corpus_item_get_title (guideline) : focus_areas[i]);
    }
}

static char *
format_date_or_dash (const char *iso)
{
  return iso != NULL && *iso != '\0' ? hp_strategy_format_date (iso) : g_strdup ("–");
}

static HpReportBlock *
actions_table (HpReport *report)
{
  const char *header[] = { _("Action"), _("Owner"), _("Start"), _("Deadline"), _("Status"), NULL };

  return hp_report_add_table (report, header);
}

static void
add_action_row (HpReportBlock  *table,
                const HpAction *action)
{
  g_autofree char *start = format_date_or_dash (action->start);
  g_autofree char *deadline = format_date_or_dash (action->deadline);
  const char *cells[] = { action->text, *action->owner ? action->owner : "–", start, deadline,
                          hp_action_status_get_label (action->status), NULL };

  hp_report_table_add_row (table, cells);
}

/* The actions under goal @goal_id (0: those under no goal) as a table;
 * nothing when there are none. */
static void
add_actions (HpReport  *report,
             GPtrArray *actions,
             gint64     goal_id)
{
  HpReportBlock *table = NULL;

  for (guint i = 0; i < actions->len; i++)
    {
      HpAction *action = g_ptr_array_index (actions, i);

      if (action->goal_id != goal_id)
        continue;
      if (table == NULL)
        table = actions_table (report);
      add_action_row (table, action);
    }
}

static char *
goal_measure (const HpGoal *goal)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (goal->indicator != NULL && *goal->indicator != '\0')
    g_ptr_array_add (parts, g_strdup_printf (_("Indicator: %s"), goal->indicator));
  if (goal->has_baseline)
    {
      g_autofree char *value = hp_strategy_format_number (goal->baseline);
      g_ptr_array_add (parts, g_strdup_printf (_("Baseline: %s"), value));
    }
  if (goal->has_target)
    {
      g_autofree char *value = hp_strategy_format_number (goal->target);
      g_ptr_array_add (parts, g_strdup_printf (_("Target: %s"), value));
    }
  if (goal->deadline != NULL && *goal->deadline != '\0')
    {
      g_autofree char *date = hp_strategy_format_date (goal->deadline);
      g_ptr_array_add (parts, g_strdup_printf (_("Deadline: %s"), date));
    }
  if (goal->figure != NULL && hp_strategy_figure_is_known (goal->figure))
    g_ptr_array_add (parts, g_strdup_printf (_("Follows the housing figure “%s”"),
                                             hp_strategy_figure_get_label (goal->figure)));
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (GStrv) parts->pdata);
}

static void
add_goal (HpReport     *report,
          PlanContext  *plan,
          const HpGoal *goal,
          GPtrArray    *actions)
{
  g_autofree char *measure = goal_measure (goal);
  g_autofree char *serves = directions_sentence (plan, goal->directions);

  hp_report_add_heading (report, 3, goal->text);
  if (measure != NULL)
    hp_report_add_paragraph (report, HP_REPORT_STYLE_NORMAL, measure);
  if (serves != NULL)
    hp_report_add_paragraph (report, HP_REPORT_STYLE_SMALL, serves);
  add_actions (report, actions, goal->id);
}

static guint
count_without_goal (GPtrArray *actions)
{
  guint n = 0;

  for (guint i = 0; i < actions->len; i++)
    n += ((HpAction *) g_ptr_array_index (actions, i))->goal_id == 0;
  return n;
}

static gboolean
add_overdue (HpReport     *report,
             PlanContext  *plan,
             GError      **error)
{
  g_autoptr(GPtrArray) overdue = hp_strategy_progress_overdue (plan->store, plan->strategy_id,
                                                               plan->today, error);
  HpReportBlock *table;

  if (overdue == NULL)
    return FALSE;
  if (overdue->len == 0)
    return TRUE;
  hp_report_add_heading (report, 2, _("Overdue Actions"));
  hp_report_add_paragraph (report, HP_REPORT_STYLE_NORMAL,
                           _("These actions are past their deadline and neither done nor cancelled:"));
  table = actions_table (report);
  for (guint i = 0; i < overdue->len; i++)
    add_action_row (table, g_ptr_array_index (overdue, i));
  return TRUE;
}

static gboolean
add_goals_and_actions (HpReport     *report,
                       PlanContext  *plan,
                       GError      **error)
{
  g_autoptr(GPtrArray) goals = hp_strategy_plan_list_goals (plan->store, plan->strategy_id, error);
  g_autoptr(GPtrArray) actions = goals ? hp_strategy_plan_list_actions (plan->store, plan->strategy_id, error)
                                       : NULL;

  if (actions == NULL)
    return FALSE;
  hp_report_add_heading (report, 2, _("Goals and Their Actions"));
  if (goals->len == 0)
    hp_report_add_paragraph (report, HP_REPORT_STYLE_NORMAL, _("No goals have been set yet."));
  for (guint i = 0; i < goals->len; i++)
    add_goal (report, plan, g_ptr_array_index (goals, i), actions);
  if (count_without_goal (actions) > 0)
    {
      hp_report_add_heading (report, 2, _("Other Actions"));
      hp_report_add_paragraph (report, HP_REPORT_STYLE_NORMAL, _("Actions not under any goal:"));
      add_actions (report, actions, 0);
    }
  return add_overdue (report, plan, error);
}

static gboolean
add_plan (HpReport     *report,
          PlanContext  *plan,
          GError      **error)
{
  g_auto(GStrv) focus_areas = hp_strategy_plan_list_focus_areas (plan->store, plan->strategy_id, error);

  if (focus_areas == NULL)
    return FALSE;
  hp_report_add_heading (report, 1, _("Focus Areas, Goals and Actions"));
  add_focus_areas (report, plan, focus_areas);
  return add_goals_and_actions (report, plan, error);
}

static void
add_source (HpReport   *report,
            const char *today)
{
  g_autofree char *date = hp_strategy_format_date (today);
  g_autofree char *made = g_strdup_printf (_("Made with Hjemplan on %s."), date);

  hp_report_add_heading (report, 1, _("Source"));
  hp_report_add_paragraph (report, HP_REPORT_STYLE_SMALL, report->attribution);
  hp_report_add_paragraph (report, HP_REPORT_STYLE_SMALL, made);
}

static gboolean
add_body (HpReport         *report,
          HpStrategyStore  *store,
          const HpStrategy *strategy,
          const char       *today,
          GError          **error)
{
  g_autoptr(HpDirectionRefs) refs = hp_direction_refs_new (hp_strategy_store_get_corpus (store));
  g_autoptr(GHashTable) assessments = hp_strategy_store_list_assessments (store, strategy->id, 0, error);
  PlanContext plan = { store, strategy->id, today, refs };

  if (assessments == NULL)
    return FALSE;
  add_vision (report, strategy);
  if (!add_plan (report, &plan, error) ||
      !hp_report_add_assessment_summary (report, store, strategy->id, error) ||
      !hp_report_add_findings (report, store, strategy->id, assessments, error))
    return FALSE;
  hp_report_add_checklist (report, store, refs, assessments);
  add_source (report, today);
  return TRUE;
}

/**
 * hp_report_build:
 * @today: the report's date, ISO (it decides which actions are overdue)
 *
 * Reads strategy @strategy_id and everything under it into a report.
 * Returns NULL with @error set when the strategy does not exist or the
 * database cannot be read.
 */
HpReport *
hp_report_build (HpStrategyStore  *store,
                 gint64            strategy_id,
                 const char       *today,
                 GError          **error)
{
  g_autoptr(HpStrategy) strategy = NULL;
  g_autoptr(HpReport) report = NULL;

  g_return_val_if_fail (HP_IS_STRATEGY_STORE (store), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  strategy = hp_strategy_store_get_strategy (store, strategy_id, error);
  if (strategy == NULL)
    return NULL;
  report = hp_report_new ();
  fill_title_page (report, store, strategy, today);
  if (!add_body (report, store, strategy, today, error))
    return NULL;
  return g_steal_pointer (&report);
}
