/* hp-strategy-direction-picker.h — choose the directions a goal or an
 * action serves
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_STRATEGY_DIRECTION_PICKER (hp_strategy_direction_picker_get_type ())
G_DECLARE_FINAL_TYPE (HpStrategyDirectionPicker, hp_strategy_direction_picker, HP, STRATEGY_DIRECTION_PICKER, GtkWidget)

/* @places: of HpDirectionPlace, in document order (kept). */
GtkWidget *hp_strategy_direction_picker_new          (GPtrArray                 *places,
                                                      const char * const        *focus_areas,
                                                      const char * const        *selected);
GStrv      hp_strategy_direction_picker_get_selected (HpStrategyDirectionPicker *self);
void       hp_strategy_direction_picker_set_active   (HpStrategyDirectionPicker *self,
                                                      const char                *item_id,
                                                      gboolean                   active);
void       hp_strategy_direction_picker_set_search   (HpStrategyDirectionPicker *self,
                                                      const char                *text);
guint      hp_strategy_direction_picker_n_visible    (HpStrategyDirectionPicker *self);
const char *hp_strategy_direction_picker_get_nth_visible (HpStrategyDirectionPicker *self,
                                                      guint                      n);

G_END_DECLS
