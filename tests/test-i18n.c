/* test-i18n.c — the app's strings come out in Danish under da_DK.UTF-8
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "hp-application.h"
#include "hp-classification.h"
#include "hp-corpus.h"

static void
use_danish (void)
{
  g_setenv ("LANGUAGE", "da", TRUE);
  g_setenv ("LC_ALL", "da_DK.UTF-8", TRUE);
  hp_application_setup_i18n ();
  g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, "da_DK.UTF-8");
}

static void
test_classification_labels (void)
{
  g_assert_cmpstr (hp_classification_get_label (HP_CLASSIFICATION_SKAL), ==, "Lovkrav");
  g_assert_cmpstr (hp_classification_get_label (HP_CLASSIFICATION_BOER), ==, "Anbefaling");
  g_assert_cmpstr (hp_classification_get_label (HP_CLASSIFICATION_KAN), ==, "Mulighed");
  g_assert_cmpstr (hp_classification_get_label (HP_CLASSIFICATION_GOD_PRAKSIS), ==, "God praksis");
}

static void
test_ui_strings (void)
{
  g_assert_cmpstr (_("Guidelines"), ==, "Retningslinjer");
  g_assert_cmpstr (_("_About Hjemplan"), ==, "_Om Hjemplan");
}

/* Dates of law notices read as Danish citations do: "28. august 2020". */
static void
test_law_date (void)
{
  HpLawRef ref = { "serviceloven", "Serviceloven", "110", "", "1 2", "lbk", "1287", "2020-08-28" };
  g_autofree char *citation = hp_law_ref_format (&ref);
  g_autofree char *act = hp_law_ref_format_act (&ref);

  g_assert_cmpstr (citation, ==, "Serviceloven § 110, stk. 1 og 2");
  g_assert_cmpstr (act, ==, "Lovbekendtgørelse nr. 1287 af 28. august 2020");
}

int
main (int argc, char *argv[])
{
  use_danish ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/i18n/danish/classification-labels", test_classification_labels);
  g_test_add_func ("/i18n/danish/ui-strings", test_ui_strings);
  g_test_add_func ("/i18n/danish/law-date", test_law_date);
  return g_test_run ();
}
