/* hp-xml-validation.c — RELAX NG validation in a thread of its own
 *
 * Validating the corpus takes about as long as the rest of its load, and
 * the two only read the same tree, so the corpus loader validates in a
 * second thread while it writes the rows in its transaction, and commits
 * only once the validation has passed.  hp_xml_validate() reads the tree
 * and writes nothing the reader looks at (libxml2 notes ID attributes in
 * the document's own ID table), so the tree needs no lock.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libxml/relaxng.h>

#include "hp-xml.h"
#include "hp-xml-validation.h"

struct _HpXmlValidation {
  GThread   *thread;
  xmlDocPtr  doc;
  char      *path;
  char      *schema_path;
  GError    *error;
};

static gpointer
validate_in_thread (gpointer data)
{
  HpXmlValidation *validation = data;

  return GINT_TO_POINTER (hp_xml_validate (validation->doc, validation->path,
                                           validation->schema_path, &validation->error));
}

/**
 * hp_xml_validation_start:
 * @doc: a document that stays alive and unchanged until
 *   hp_xml_validation_finish() returns; other threads may read it meanwhile
 * @path: the file @doc was read from, for messages
 * @schema_path: the RELAX NG schema
 *
 * Starts hp_xml_validate() on @doc in a new thread.
 *
 * Returns: (transfer full): the running validation, for
 *   hp_xml_validation_finish()
 */
HpXmlValidation *
hp_xml_validation_start (xmlDocPtr   doc,
                         const char *path,
                         const char *schema_path)
{
  HpXmlValidation *validation = g_new0 (HpXmlValidation, 1);

  validation->doc = doc;
  validation->path = g_strdup (path);
  validation->schema_path = g_strdup (schema_path);
  /* libxml2 sets up its datatype tables on first use without a lock. */
  xmlRelaxNGInitTypes ();
  validation->thread = g_thread_new ("hp-validate", validate_in_thread, validation);
  return validation;
}

/**
 * hp_xml_validation_finish:
 * @validation: (transfer full): a validation from hp_xml_validation_start()
 * @error: where hp_xml_validate()'s error goes
 *
 * Waits for @validation to end and frees it.
 *
 * Returns: whether the document is valid
 */
gboolean
hp_xml_validation_finish (HpXmlValidation  *validation,
                          GError          **error)
{
  gboolean valid = GPOINTER_TO_INT (g_thread_join (validation->thread));

  if (!valid)
    g_propagate_error (error, g_steal_pointer (&validation->error));
  g_clear_error (&validation->error);
  g_free (validation->path);
  g_free (validation->schema_path);
  g_free (validation);
  return valid;
}
