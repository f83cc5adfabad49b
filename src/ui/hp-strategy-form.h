/* hp-strategy-form.h — a small modal form with inline errors
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HP_TYPE_STRATEGY_FORM (hp_strategy_form_get_type ())
G_DECLARE_FINAL_TYPE (HpStrategyForm, hp_strategy_form, HP, STRATEGY_FORM, GtkWindow)

/* Stores the form's values; on a bad value calls hp_strategy_form_set_error
 * and returns FALSE, which keeps the form open. */
typedef gboolean (*HpStrategyFormSubmit) (HpStrategyForm *form,
                                          gpointer        user_data);

HpStrategyForm *hp_strategy_form_new        (GtkWidget            *parent,
                                             const char           *title,
                                             const char           *submit_label,
                                             HpStrategyFormSubmit  submit,
                                             gpointer              user_data,
                                             GDestroyNotify        destroy);
void            hp_strategy_form_add_entry  (HpStrategyForm *self,
                                             const char     *key,
                                             const char     *label,
                                             const char     *value,
                                             const char     *placeholder);
void            hp_strategy_form_add_text   (HpStrategyForm *self,
                                             const char     *key,
                                             const char     *label,
                                             const char     *value);
void            hp_strategy_form_add_choice (HpStrategyForm     *self,
                                             const char         *key,
                                             const char         *label,
                                             const char * const *choices,
                                             guint               selected);
void            hp_strategy_form_add_widget (HpStrategyForm *self,
                                             const char     *key,
                                             const char     *label,
                                             GtkWidget      *widget);
GtkWidget      *hp_strategy_form_get_widget (HpStrategyForm *self,
                                             const char     *key);
char           *hp_strategy_form_get_text   (HpStrategyForm *self,
                                             const char     *key);
guint           hp_strategy_form_get_choice (HpStrategyForm *self,
                                             const char     *key);
void            hp_strategy_form_set_text   (HpStrategyForm *self,
                                             const char     *key,
                                             const char     *value);
void            hp_strategy_form_set_choice (HpStrategyForm *self,
                                             const char     *key,
                                             guint           selected);
void            hp_strategy_form_set_error  (HpStrategyForm *self,
                                             const char     *key,
                                             const char     *message);
const char     *hp_strategy_form_get_error  (HpStrategyForm *self,
                                             const char     *key);
gboolean        hp_strategy_form_submit     (HpStrategyForm *self);

G_END_DECLS
