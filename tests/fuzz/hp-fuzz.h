/* hp-fuzz.h — what the fuzz harnesses share
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *hp_fuzz_data_file      (const char *name);
void  hp_fuzz_silence_libxml (void);

G_END_DECLS
