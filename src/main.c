/* main.c
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HpApplication) app = NULL;

  hp_application_mark_startup ("main");
  hp_application_setup_i18n ();
  app = hp_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
