/* hp-housing-segment.c — one segment of the housing stock
 *
 * A read-only snapshot of a row for list models: editing goes through
 * HpHousingStore, which validates, writes and tells the lists to reload.
 * Properties exist so list items can be bound and looked up by name.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-housing-segment.h"
#include "hp-housing-types.h"

struct _HpHousingSegment
{
  GObject              parent_instance;
  HpHousingSegmentData data;
};

G_DEFINE_FINAL_TYPE (HpHousingSegment, hp_housing_segment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DWELLING,
  PROP_AREA,
  PROP_ORGANISATION,
  PROP_UNITS,
  PROP_RENT,
  PROP_REACHABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
hp_housing_segment_data_init (HpHousingSegmentData *data)
{
  *data = (HpHousingSegmentData) { .turnover = 0.1, .share = 0.25 };
}

void
hp_housing_segment_data_clear (HpHousingSegmentData *data)
{
  g_clear_pointer (&data->area, g_free);
  g_clear_pointer (&data->organisation, g_free);
}

static gboolean
check_text (const char  *text,
            const char  *what,
            GError     **error)
{
  if (text != NULL && (!g_utf8_validate (text, -1, NULL) || g_utf8_strlen (text, -1) > 200))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                   _("%s must be text of at most 200 characters"), what);
      return FALSE;
    }
  return TRUE;
}

gboolean
hp_housing_segment_data_validate (const HpHousingSegmentData  *data,
                                  GError                     **error)
{
  if (data->dwelling >= hp_housing_list_size (HP_HOUSING_LIST_DWELLING))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID, _("Unknown dwelling type"));
      return FALSE;
    }
  return check_text (data->area, _("Area"), error) &&
         check_text (data->organisation, _("Housing organisation"), error) &&
         hp_housing_check (HP_HOUSING_FIELD_UNITS, data->units, error) &&
         hp_housing_check (HP_HOUSING_FIELD_M2, data->m2, error) &&
         hp_housing_check (HP_HOUSING_FIELD_ROOMS, data->rooms, error) &&
         hp_housing_check (HP_HOUSING_FIELD_RENT, data->rent, error) &&
         hp_housing_check (HP_HOUSING_FIELD_TURNOVER, data->turnover, error) &&
         hp_housing_check (HP_HOUSING_FIELD_SHARE, data->share, error);
}

/* Dwellings per year the municipality can allocate from this segment:
 * units × turnover × allocation share (Principle 9's "reachable" supply). */
double
hp_housing_segment_data_reachable (const HpHousingSegmentData *data)
{
  return data->units * data->turnover * data->share;
}

static void
hp_housing_segment_finalize (GObject *object)
{
  hp_housing_segment_data_clear (&HP_HOUSING_SEGMENT (object)->data);
  G_OBJECT_CLASS (hp_housing_segment_parent_class)->finalize (object);
}

static void
hp_housing_segment_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  const HpHousingSegmentData *d = &HP_HOUSING_SEGMENT (object)->data;

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, d->id); break;
    case PROP_DWELLING: g_value_set_uint (value, d->dwelling); break;
    case PROP_AREA: g_value_set_string (value, d->area ? d->area : ""); break;
    case PROP_ORGANISATION: g_value_set_string (value, d->organisation ? d->organisation : ""); break;
    case PROP_UNITS: g_value_set_int (value, d->units); break;
    case PROP_RENT: g_value_set_double (value, d->rent); break;
    case PROP_REACHABLE: g_value_set_double (value, hp_housing_segment_data_reachable (d)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_housing_segment_class_init (HpHousingSegmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hp_housing_segment_finalize;
  object_class->get_property = hp_housing_segment_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DWELLING] = g_param_spec_uint ("dwelling", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_AREA] = g_param_spec_string ("area", NULL, NULL, "", flags);
  properties[PROP_ORGANISATION] = g_param_spec_string ("organisation", NULL, NULL, "", flags);
  properties[PROP_UNITS] = g_param_spec_int ("units", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_RENT] = g_param_spec_double ("rent", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  properties[PROP_REACHABLE] = g_param_spec_double ("reachable", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hp_housing_segment_init (HpHousingSegment *self)
{
}

HpHousingSegment *
hp_housing_segment_new (const HpHousingSegmentData *data)
{
  HpHousingSegment *self = g_object_new (HP_TYPE_HOUSING_SEGMENT, NULL);

  self->data = *data;
  self->data.area = g_strdup (data->area ? data->area : "");
  self->data.organisation = g_strdup (data->organisation ? data->organisation : "");
  return self;
}

const HpHousingSegmentData *
hp_housing_segment_get_data (HpHousingSegment *self)
{
  g_return_val_if_fail (HP_IS_HOUSING_SEGMENT (self), NULL);
  return &self->data;
}

gint64
hp_housing_segment_get_id (HpHousingSegment *self)
{
  g_return_val_if_fail (HP_IS_HOUSING_SEGMENT (self), 0);
  return self->data.id;
}
