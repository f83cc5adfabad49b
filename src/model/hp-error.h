/* hp-error.h — the application's error domain
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HP_ERROR (hp_error_quark ())

typedef enum {
  HP_ERROR_FAILED,
  HP_ERROR_NOT_A_DATABASE,
  HP_ERROR_TOO_NEW,
  HP_ERROR_BUSY,
  HP_ERROR_MALFORMED,
  HP_ERROR_INVALID,
  HP_ERROR_NOT_FOUND,
  HP_ERROR_TOO_LARGE,
} HpError;

GQuark hp_error_quark (void);

G_END_DECLS
