/* hp-office-package.c — the parts of an office document, zipped
 *
 * Both formats are zip packages of XML parts and images, which a manifest
 * in the package lists ([Content_Types].xml, META-INF/manifest.xml); the
 * package keeps the parts in order so that the manifest can be written
 * from them, and zips them all at the end.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-office-package.h"

struct _HpOfficePackage
{
  GPtrArray *parts;     /* of HpOfficePart, in the order they are zipped */
  char      *failed;    /* the name of the first part that could not be written */
};

static void
part_free (HpOfficePart *part)
{
  g_free (part->name);
  g_free (part->media_type);
  g_bytes_unref (part->bytes);
  g_free (part);
}

HpOfficePackage *
hp_office_package_new (void)
{
  HpOfficePackage *package = g_new0 (HpOfficePackage, 1);

  package->parts = g_ptr_array_new_with_free_func ((GDestroyNotify) part_free);
  return package;
}

void
hp_office_package_free (HpOfficePackage *package)
{
  if (package == NULL)
    return;
  g_ptr_array_unref (package->parts);
  g_free (package->failed);
  g_free (package);
}

static void
insert_part (HpOfficePackage *package,
             int              index,
             const char      *name,
             const char      *media_type,
             GBytes          *bytes,
             HpZipMethod      method)
{
  HpOfficePart *part = g_new0 (HpOfficePart, 1);

  part->name = g_strdup (name);
  part->media_type = g_strdup (media_type);
  part->bytes = g_bytes_ref (bytes);
  part->method = method;
  g_ptr_array_insert (package->parts, index, part);
}

/* Adds a reference to @bytes. */
void
hp_office_package_add (HpOfficePackage *package,
                       const char      *name,
                       const char      *media_type,
                       GBytes          *bytes,
                       HpZipMethod      method)
{
  insert_part (package, -1, name, media_type, bytes, method);
}

static void
insert_xml (HpOfficePackage *package,
            int              index,
            const char      *name,
            const char      *media_type,
            HpOfficeXml     *xml)
{
  g_autoptr(HpOfficeXml) owned = xml;
  g_autoptr(GBytes) bytes = hp_office_xml_finish (owned);

  if (bytes == NULL)
    {
      if (package->failed == NULL)
        package->failed = g_strdup (name);
      return;
    }
  insert_part (package, index, name, media_type, bytes, HP_ZIP_DEFLATED);
}

/* Finishes @xml, which it frees, into the part @name, deflated. */
void
hp_office_package_add_xml (HpOfficePackage *package,
                           const char      *name,
                           const char      *media_type,
                           HpOfficeXml     *xml)
{
  insert_xml (package, -1, name, media_type, xml);
}

/* The same, as the first part: a manifest written last that file type
 * sniffers look for first. */
void
hp_office_package_prepend_xml (HpOfficePackage *package,
                               const char      *name,
                               const char      *media_type,
                               HpOfficeXml     *xml)
{
  insert_xml (package, 0, name, media_type, xml);
}

/* Of HpOfficePart, owned by @package: for the manifest. */
GPtrArray *
hp_office_package_get_parts (HpOfficePackage *package)
{
  return package->parts;
}

GBytes *
hp_office_package_zip (HpOfficePackage  *package,
                       GError          **error)
{
  g_autoptr(HpZipWriter) zip = hp_zip_writer_new ();

  if (package->failed != NULL)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_FAILED, _("Cannot write the part “%s” of the document"),
                   package->failed);
      return NULL;
    }
  for (guint i = 0; i < package->parts->len; i++)
    {
      HpOfficePart *part = package->parts->pdata[i];

      if (!hp_zip_writer_add_bytes (zip, part->name, part->bytes, part->method, error))
        return NULL;
    }
  return hp_zip_writer_finish (zip);
}
