/* hp-error.c
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hp-error.h"

G_DEFINE_QUARK (hp-error-quark, hp_error)
