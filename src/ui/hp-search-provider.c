/* hp-search-provider.c — GNOME Shell search provider (SearchProvider2)
 *
 * Typing in the Activities overview asks this object, over D-Bus, for
 * guidelines and directions matching the words; activating a result opens
 * it in the app.  The shell starts Hjemplan as a D-Bus service for this
 * (see the .service file in data/), so the database is opened on the first call and
 * each call holds the application while it runs.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-search-provider.h"

#define MAX_RESULTS 20
#define DESCRIPTION_CHARS 160

static const char introspection_xml[] =
  "<node>"
  "  <interface name='org.gnome.Shell.SearchProvider2'>"
  "    <method name='GetInitialResultSet'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetSubsearchResultSet'>"
  "      <arg type='as' name='previous_results' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetResultMetas'>"
  "      <arg type='as' name='identifiers' direction='in'/>"
  "      <arg type='aa{sv}' name='metas' direction='out'/>"
  "    </method>"
  "    <method name='ActivateResult'>"
  "      <arg type='s' name='identifier' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "    <method name='LaunchSearch'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

struct _HpSearchProvider
{
  GObject          parent_instance;

  HpApplication   *application;   /* not owned: the application owns us */
  GDBusConnection *connection;
  guint            registration_id;
};

G_DEFINE_FINAL_TYPE (HpSearchProvider, hp_search_provider, G_TYPE_OBJECT)

static void
hp_search_provider_dispose (GObject *object)
{
  hp_search_provider_unexport (HP_SEARCH_PROVIDER (object));
  G_OBJECT_CLASS (hp_search_provider_parent_class)->dispose (object);
}

static void
hp_search_provider_class_init (HpSearchProviderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hp_search_provider_dispose;
}

static void
hp_search_provider_init (HpSearchProvider *self)
{
}

HpSearchProvider *
hp_search_provider_new (HpApplication *application)
{
  HpSearchProvider *self = g_object_new (HP_TYPE_SEARCH_PROVIDER, NULL);

  self->application = application;
  return self;
}

/* The result ids for @terms, as the shell wants them. */
static GVariant *
search (HpSearchProvider  *self,
        const char       **terms,
        GError           **error)
{
  g_autofree char *query = g_strjoinv (" ", (char **) terms);
  HpSearchFilter filter = { .limit = MAX_RESULTS };
  GVariantBuilder builder;
  g_autoptr(GListModel) results = NULL;
  HpContext *context = hp_application_ensure_context (self->application, error);

  if (context == NULL)
    return NULL;
  results = hp_search_run (hp_context_get_search (context), query, &filter, error);
  if (results == NULL)
    return NULL;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("as"));
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(HpSearchResult) result = g_list_model_get_item (results, i);
      g_variant_builder_add (&builder, "s", hp_search_result_get_id (result));
    }
  return g_variant_new ("(as)", &builder);
}

static char *
shorten (const char *text)
{
  g_autofree char *start = NULL;

  if (g_utf8_strlen (text, -1) <= DESCRIPTION_CHARS)
    return g_strdup (text);
  start = g_utf8_substring (text, 0, DESCRIPTION_CHARS);
  return g_strconcat (g_strchomp (start), "…", NULL);
}

/* Name: the guideline (or the item's own title); description: the
 * classification and the text, so "Lovkrav: Kommunen skal …" reads at a
 * glance in the overview. */
static void
add_meta (GVariantBuilder *builder,
          HpCorpus        *corpus,
          HpCorpusItem    *item)
{
  g_autoptr(HpCorpusItem) page = NULL;
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
  g_autoptr(GVariant) serialized_icon = g_icon_serialize (icon);
  HpClassification classification = hp_corpus_item_get_classification (item);
  g_autofree char *text = shorten (hp_corpus_item_get_text (item));
  g_autofree char *description = NULL;
  const char *name = hp_corpus_item_get_title (item);

  if (hp_corpus_item_get_page_id (item) != NULL)
    page = hp_corpus_lookup (corpus, hp_corpus_item_get_page_id (item), NULL);
  if (name == NULL || *name == '\0')
    name = page ? hp_corpus_item_get_title (page) : _("Guidelines on homelessness");
  description = classification != HP_CLASSIFICATION_NONE
    ? g_strdup_printf ("%s: %s", hp_classification_get_label (classification), text)
    : g_strdup (*text != '\0' ? text : (page ? hp_corpus_item_get_title (page) : ""));

  g_variant_builder_open (builder, G_VARIANT_TYPE ("a{sv}"));
  g_variant_builder_add (builder, "{sv}", "id", g_variant_new_string (hp_corpus_item_get_id (item)));
  g_variant_builder_add (builder, "{sv}", "name", g_variant_new_string (name));
  g_variant_builder_add (builder, "{sv}", "description", g_variant_new_string (description));
  g_variant_builder_add (builder, "{sv}", "icon", serialized_icon);
  g_variant_builder_close (builder);
}

static GVariant *
result_metas (HpSearchProvider  *self,
              const char       **ids,
              GError           **error)
{
  HpContext *context = hp_application_ensure_context (self->application, error);
  GVariantBuilder builder;

  if (context == NULL)
    return NULL;
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(HpCorpusItem) item = hp_corpus_lookup (hp_context_get_corpus (context), ids[i], NULL);
      if (item != NULL)
        add_meta (&builder, hp_context_get_corpus (context), item);
    }
  return g_variant_new ("(aa{sv})", &builder);
}

static GVariant *
handle_call (HpSearchProvider  *self,
             const char        *method,
             GVariant          *parameters,
             GError           **error)
{
  g_autofree const char **terms = NULL;
  g_autofree const char **ids = NULL;
  const char *id;
  guint32 timestamp;

  if (g_str_equal (method, "GetInitialResultSet"))
    {
      g_variant_get (parameters, "(^a&s)", &terms);
      return search (self, terms, error);
    }
  if (g_str_equal (method, "GetSubsearchResultSet"))
    {
      /* Searching afresh is fast enough (a few ms) and ranks correctly. */
      g_variant_get (parameters, "(^a&s^a&s)", &ids, &terms);
      return search (self, terms, error);
    }
  if (g_str_equal (method, "GetResultMetas"))
    {
      g_variant_get (parameters, "(^a&s)", &ids);
      return result_metas (self, ids, error);
    }
  if (g_str_equal (method, "ActivateResult"))
    {
      g_variant_get (parameters, "(&s^a&su)", &id, &terms, &timestamp);
      hp_application_show_item (self->application, id, timestamp);
      return g_variant_new ("()");
    }
  if (g_str_equal (method, "LaunchSearch"))
    {
      g_autofree char *query = NULL;

      g_variant_get (parameters, "(^a&su)", &terms, &timestamp);
      query = g_strjoinv (" ", (char **) terms);
      hp_application_show_search (self->application, query, timestamp);
      return g_variant_new ("()");
    }
  g_set_error (error, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD, "Unknown method %s", method);
  return NULL;
}

static void
method_call (GDBusConnection       *connection,
             const char            *sender,
             const char            *object_path,
             const char            *interface_name,
             const char            *method_name,
             GVariant              *parameters,
             GDBusMethodInvocation *invocation,
             gpointer               user_data)
{
  HpSearchProvider *self = user_data;
  g_autoptr(GError) error = NULL;
  GVariant *reply;

  /* Keep a service instance alive while it answers. */
  g_application_hold (G_APPLICATION (self->application));
  reply = handle_call (self, method_name, parameters, &error);
  if (reply != NULL)
    g_dbus_method_invocation_return_value (invocation, reply);
  else
    g_dbus_method_invocation_return_gerror (invocation, error);
  g_application_release (G_APPLICATION (self->application));
}

static const GDBusInterfaceVTable vtable = { method_call, NULL, NULL, { 0 } };

gboolean
hp_search_provider_export (HpSearchProvider  *self,
                           GDBusConnection   *connection,
                           const char        *object_path,
                           GError           **error)
{
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (introspection_xml, error);

  if (info == NULL)
    return FALSE;
  self->registration_id = g_dbus_connection_register_object (connection, object_path,
                                                             info->interfaces[0], &vtable,
                                                             self, NULL, error);
  if (self->registration_id == 0)
    return FALSE;
  self->connection = g_object_ref (connection);
  return TRUE;
}

void
hp_search_provider_unexport (HpSearchProvider *self)
{
  if (self->registration_id != 0)
    g_dbus_connection_unregister_object (self->connection, self->registration_id);
  self->registration_id = 0;
  g_clear_object (&self->connection);
}
