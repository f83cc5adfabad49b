/* test-report-office.c — the report as OpenDocument and Word files, and
 * its chart
 *
 * The packages are read back with libarchive, an independent zip reader
 * (hp_test_zip_read()), and every XML part with libxml2.  content.xml, word/document.xml and the
 * two styles parts are compared with golden files in fixtures/report/;
 * after an intended change, regenerate them with
 *
 *   HP_UPDATE_GOLDEN=1 meson test -C build test-report-office
 *
 * and review the diff before committing it.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <locale.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "hp-error.h"
#include "hp-office-xml.h"
#include "hp-page-layout.h"
#include "hp-report-chart.h"
#include "hp-report-docx.h"
#include "hp-report-odt.h"
#include "hp-test-util.h"
#include "hp-xml.h"

#define ODT_MIMETYPE "application/vnd.oasis.opendocument.text"
#define MANIFEST_NS "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
#define TEXT_WIDTH_POINTS (160 / 25.4 * 72)
#define LONG_TABLE_ROWS 40

/* Reading the packages ----------------------------------------------------- */

static xmlDocPtr
parse_xml (GBytes     *bytes,
           const char *name)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  xmlDocPtr doc = xmlReadMemory (data, size, name, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

  if (doc == NULL)
    g_error ("%s is not well-formed XML", name);
  return doc;
}

static void
assert_all_xml_parses (HpTestZip *zip)
{
  for (guint i = 0; i < zip->names->len; i++)
    {
      const char *name = zip->names->pdata[i];

      if (g_str_has_suffix (name, ".xml") || g_str_has_suffix (name, ".rels"))
        xmlFreeDoc (parse_xml (hp_test_zip_get (zip, name), name));
    }
}

static cairo_status_t
read_from_bytes (void          *closure,
                 unsigned char *data,
                 unsigned int   length)
{
  GInputStream *stream = closure;

  return g_input_stream_read_all (stream, data, length, NULL, NULL, NULL) ? CAIRO_STATUS_SUCCESS
                                                                           : CAIRO_STATUS_READ_ERROR;
}

/* A valid PNG as wide as the text at three pixels a point. */
static void
assert_chart_png (GBytes *png)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (png);
  cairo_surface_t *surface = cairo_image_surface_create_from_png_stream (read_from_bytes, stream);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, (int) ceil (TEXT_WIDTH_POINTS * 3));
  g_assert_cmpint (cairo_image_surface_get_height (surface), >, 100);
  g_assert_cmpint (cairo_image_surface_get_height (surface), <, 3000);
  cairo_surface_destroy (surface);
}

static gboolean
contains (GBytes     *bytes,
          const char *needle)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strstr_len (data, size, needle) != NULL;
}

/* The report ------------------------------------------------------------- */

static void
add_chart (HpReport   *report,
           const char *caption,
           guint       n_bars)
{
  HpReportBlock *chart = hp_report_add_chart (report, caption);

  for (guint i = 0; i < n_bars; i++)
    {
      g_autofree char *label = g_strdup_printf ("Kapitel %u: Forebyggelse & tidlig indsats", i + 1);
      guint counts[HP_N_ASSESSMENT_STATUSES] = {
        [HP_ASSESSMENT_NOT_ASSESSED] = i,
        [HP_ASSESSMENT_NOT_STARTED] = 2 + i,
        [HP_ASSESSMENT_PARTLY] = 5,
        [HP_ASSESSMENT_IN_PLACE] = 9 - i,
        [HP_ASSESSMENT_NOT_RELEVANT] = i % 2,
      };

      hp_report_chart_add_bar (chart, label, counts);
    }
}

static void
add_long_table (HpReport *report)
{
  const char *header[] = { "Retningslinje", "Anvisning", "Klassifikation", "Status", "Ansvarlig", NULL };
  HpReportBlock *table = hp_report_add_table (report, header);

  for (guint i = 1; i <= LONG_TABLE_ROWS; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u.%u", i / 10 + 1, i % 10 + 1);
      g_autofree char *text = g_strdup_printf ("Kommunen skal sikre, at borgere i hjemløshed får tilbudt en "
                                               "boligløsning med bostøtte (anvisning %u).", i);
      const char *row[] = { number, text, i % 3 ? "Bør" : "Skal", i % 2 ? "Delvist på plads" : "På plads",
                            "Socialafdelingen", NULL };

      hp_report_table_add_row (table, row);
    }
}

/* Every block kind, Danish text with characters XML must escape, and text
 * that no XML can carry. */
static HpReport *
build_report (void)
{
  HpReport *report = hp_report_new ();
  const char *small_header[] = { "Mål", "Udgangspunkt", "Frist", NULL };
  const char *small_row[] = { "Færre på gaden", "1.234", "31-12-2026", NULL };
  HpReportBlock *small_table;

  report->title = g_strdup ("Hjemløsestrategi for Ærø & Åbenrå: “Et hjem til alle”");
  report->municipality = g_strdup ("Eksempelby Kommune");
  report->period = g_strdup ("2025–2028");
  report->date = g_strdup ("31. december 2026");
  report->iso_date = g_strdup ("2026-12-31");
  report->attribution = g_strdup ("Kilde: Socialstyrelsen, Nationale retningslinjer for indsatsen mod hjemløshed.");
  report->language = g_strdup ("da-DK");
  report->is_example = TRUE;

  hp_report_add_heading (report, 1, "Vision & fokusområder");
  hp_report_add_paragraph (report, HP_REPORT_STYLE_QUOTE, "“Ingen skal sove på gaden” — byrådet <2025>");
  hp_report_add_paragraph (report, HP_REPORT_STYLE_NORMAL,
                           "Første linje\nanden linje\r\ntredje\tefter en tabulator;\x01 "
                           "et kontroltegn er væk, og 5 < 7 > 3 & \"anførselstegn\" står.");
  hp_report_add_paragraph (report, HP_REPORT_STYLE_SMALL, "Note: tallene er fra øjebliksbilledet i 2026.");
  hp_report_add_bullet (report, "Boligløsninger med bostøtte");
  hp_report_add_bullet (report, "Forebyggelse af udsættelser");
  hp_report_add_bullet (report, "Unge i hjemløshed");
  hp_report_add_heading (report, 2, "Mål og udgangspunkt");
  small_table = hp_report_add_table (report, small_header);
  hp_report_table_add_row (small_table, small_row);
  add_chart (report, "Anvisninger pr. kapitel efter status", 4);
  hp_report_add_page_break (report);
  hp_report_add_page_break (report);
  hp_report_add_heading (report, 2, "Alle anvisninger");
  add_long_table (report);
  hp_report_add_page_break (report);
  small_table = hp_report_add_table (report, small_header);
  hp_report_table_add_row (small_table, small_row);
  hp_report_add_heading (report, 3, "Fremdrift");
  add_chart (report, NULL, 2);
  hp_report_add_page_break (report);
  hp_report_add_bullet (report, "Et punkt øverst på en ny side");
  hp_report_add_page_break (report);
  return report;
}

typedef struct {
  char     *tmp;
  HpReport *report;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->tmp = g_dir_make_tmp ("hjemplan-report-XXXXXX", &error);
  g_assert_no_error (error);
  f->report = build_report ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hp_test_remove_tree (f->tmp);
  g_free (f->tmp);
  hp_report_free (f->report);
}

static GBytes *
write_and_read (Fixture    *f,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->tmp, name, NULL);
  g_autofree char *contents = NULL;
  gsize size;
  gboolean ok;

  if (g_str_has_suffix (name, ".odt"))
    ok = hp_report_write_odt (f->report, path, &error);
  else
    ok = hp_report_write_docx (f->report, path, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  contents = hp_test_read_file (path, &size);
  return g_bytes_new_take (g_steal_pointer (&contents), size);
}

/* Golden files ------------------------------------------------------------ */

/* Equal to fixtures/report/@name, or rewritten there with HP_UPDATE_GOLDEN. */
static void
assert_golden (GBytes     *actual,
               const char *name)
{
  g_autofree char *relative = g_build_filename ("report", name, NULL);
  g_autofree char *path = hp_test_fixture (relative);
  g_autofree char *expected = NULL;
  g_auto(GStrv) expected_lines = NULL;
  g_auto(GStrv) actual_lines = NULL;
  g_autofree char *actual_text = g_strndup (g_bytes_get_data (actual, NULL), g_bytes_get_size (actual));

  if (g_getenv ("HP_UPDATE_GOLDEN") != NULL)
    {
      g_autoptr(GError) error = NULL;

      g_file_set_contents (path, actual_text, -1, &error);
      g_assert_no_error (error);
      g_test_message ("updated %s", path);
      return;
    }
  expected = hp_test_read_file (path, NULL);
  expected_lines = g_strsplit (expected, "\n", -1);
  actual_lines = g_strsplit (actual_text, "\n", -1);
  for (guint i = 0; expected_lines[i] != NULL || actual_lines[i] != NULL; i++)
    if (g_strcmp0 (expected_lines[i], actual_lines[i]) != 0)
      g_error ("%s differs from %s at line %u:\nexpected: %s\nactual:   %s\n(HP_UPDATE_GOLDEN=1 rewrites it)", name,
               path, i + 1, expected_lines[i] ? expected_lines[i] : "(end)",
               actual_lines[i] ? actual_lines[i] : "(end)");
  g_assert_cmpstr (expected, ==, actual_text);
}

/* Tests: text ------------------------------------------------------------- */

static void
test_text_clean (void)
{
  g_auto(GStrv) lines = hp_office_text_lines ("a\tb\r\nc\rd\ne\x01\x1f\xef\xbf\xbe" "f");
  g_autofree char *invalid = hp_office_text_clean ("ok\xc3(");
  const char *expected[] = { "a", "b", "c", "d", "ef", NULL };
  g_auto(GStrv) empty = hp_office_text_lines ("");

  g_assert_cmpstrv (lines, expected);
  g_assert_true (g_utf8_validate (invalid, -1, NULL));
  g_assert_cmpstr (invalid, ==, "ok\xef\xbf\xbd(");
  g_assert_cmpuint (g_strv_length (empty), ==, 1);
  g_assert_cmpstr (empty[0], ==, "");
}

/* Tests: the chart --------------------------------------------------------- */

static HpReportChart *
chart_with (HpReport   *report,
            guint       n_bars)
{
  g_autofree char *caption = g_strdup_printf ("%u søjler", n_bars);

  add_chart (report, caption, n_bars);
  return ((HpReportBlock *) report->blocks->pdata[report->blocks->len - 1])->chart;
}

static void
test_chart_height (void)
{
  g_autoptr(HpReport) report = hp_report_new ();
  HpReportChart *none = chart_with (report, 0);
  HpReportChart *one = chart_with (report, 1);
  HpReportChart *four = chart_with (report, 4);
  HpReportChart *many = chart_with (report, 25);
  double row = hp_report_chart_get_height (four, 450) - hp_report_chart_get_height (one, 450);

  g_assert_cmpfloat (hp_report_chart_get_height (none, 450), >, 0);
  g_assert_cmpfloat (hp_report_chart_get_height (one, 450), >, hp_report_chart_get_height (none, 450));
  g_assert_cmpfloat (row, >, 3 * 20);
  g_assert_cmpfloat_with_epsilon (hp_report_chart_get_height (many, 450) - hp_report_chart_get_height (four, 450),
                                  row * 7, 1e-6);
  /* A narrow chart puts its legend on more lines. */
  g_assert_cmpfloat (hp_report_chart_get_height (four, 150), >, hp_report_chart_get_height (four, 450));
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

static guint
count_pixels (cairo_surface_t *surface,
              int              top,
              int              bottom,
              guint32          colour)
{
  guint n = 0;

  for (int y = top; y < bottom; y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      n += pixel_at (surface, x, y) == colour;
  return n;
}

/* One bar of one status, drawn on white at one pixel a point. */
static cairo_surface_t *
draw_single_status (HpAssessmentStatus  status,
                    double             *height)
{
  g_autoptr(HpReport) report = hp_report_new ();
  HpReportBlock *block = hp_report_add_chart (report, "Status");
  guint counts[HP_N_ASSESSMENT_STATUSES] = { 0 };
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context;

  counts[status] = 12;
  hp_report_chart_add_bar (block, "Kapitel 1", counts);
  *height = hp_report_chart_get_height (block->chart, 400);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, ceil (*height));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  context = hp_page_layout_create_print_context (cr);
  hp_report_chart_draw (block->chart, cr, context, 400);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
test_chart_draw (void)
{
  static const struct {
    HpAssessmentStatus status;
    guint32            colour;
  } statuses[] = {
    { HP_ASSESSMENT_IN_PLACE, 0x2ec27e },
    { HP_ASSESSMENT_PARTLY, 0xf5c211 },
    { HP_ASSESSMENT_NOT_STARTED, 0xe01b24 },
    { HP_ASSESSMENT_NOT_RELEVANT, 0x9a9996 },
    { HP_ASSESSMENT_NOT_ASSESSED, 0xdeddda },
  };

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      double height;
      cairo_surface_t *surface = draw_single_status (statuses[i].status, &height);
      int bar_middle = (int) height - 7;
      /* Above the bar and its line of text. */
      int legend_bottom = (int) height - 26;

      /* The bar is at the bottom, all in its status's colour... */
      g_assert_cmphex (pixel_at (surface, 200, bar_middle), ==, statuses[i].colour);
      g_assert_cmpuint (count_pixels (surface, bar_middle, bar_middle + 1, statuses[i].colour), >, 390);
      /* ...and the legend above shows every status's swatch, with text. */
      for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
        g_assert_cmpuint (count_pixels (surface, 0, legend_bottom, statuses[s].colour), >=, 16);
      g_assert_cmpuint (count_pixels (surface, 0, legend_bottom, 0xffffff), <,
                        400 * legend_bottom - 5 * 16 - 100);
      cairo_surface_destroy (surface);
    }
}

static void
test_chart_describe_and_png (void)
{
  g_autoptr(HpReport) report = hp_report_new ();
  HpReportChart *chart = chart_with (report, 2);
  g_autofree char *description = hp_report_chart_describe (chart);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = hp_report_chart_to_png (chart, TEXT_WIDTH_POINTS, 3, &error);
  g_autoptr(GBytes) again = hp_report_chart_to_png (chart, TEXT_WIDTH_POINTS, 3, &error);
  g_autoptr(GBytes) huge = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (description, ==,
                   "Kapitel 1: Forebyggelse & tidlig indsats: 9 in place, 5 partly in place, 2 not started. "
                   "Kapitel 2: Forebyggelse & tidlig indsats: 8 in place, 5 partly in place, 3 not started, "
                   "1 not relevant, 1 not assessed.");
  assert_chart_png (png);
  g_assert_true (g_bytes_equal (png, again));
  huge = hp_report_chart_to_png (chart, 20000, 3, &error);
  g_assert_null (huge);
  g_assert_error (error, HP_ERROR, HP_ERROR_TOO_LARGE);
}

/* Tests: OpenDocument ----------------------------------------------------- */

static void
assert_manifest_lists_every_part (HpTestZip *zip)
{
  g_autoptr(xmlDoc) doc = parse_xml (hp_test_zip_get (zip, "META-INF/manifest.xml"), "manifest.xml");
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (xmlNodePtr node = xmlDocGetRootElement (doc)->children; node != NULL; node = node->next)
    {
      xmlChar *path = node->type == XML_ELEMENT_NODE ? xmlGetNsProp (node, BAD_CAST "full-path",
                                                                     BAD_CAST MANIFEST_NS) : NULL;

      if (path != NULL)
        g_hash_table_add (listed, g_strdup ((char *) path));
      xmlFree (path);
    }
  g_assert_true (g_hash_table_contains (listed, "/"));
  for (guint i = 0; i < zip->names->len; i++)
    {
      const char *name = zip->names->pdata[i];

      if (!g_str_equal (name, "mimetype") && !g_str_equal (name, "META-INF/manifest.xml"))
        g_assert_true (g_hash_table_remove (listed, name));
    }
  g_hash_table_remove (listed, "/");
  g_hash_table_remove (listed, "META-INF/manifest.xml");
  g_assert_cmpuint (g_hash_table_size (listed), ==, 0);
}

static void
test_odt_package (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GBytes) odt = write_and_read (f, "rapport.odt");
  g_autoptr(HpTestZip) zip = hp_test_zip_read (odt);
  GBytes *content = hp_test_zip_get (zip, "content.xml");
  GBytes *meta = hp_test_zip_get (zip, "meta.xml");

  hp_test_assert_stored_first (odt, "mimetype", ODT_MIMETYPE);
  g_assert_cmpstr (zip->names->pdata[0], ==, "mimetype");
  g_assert_cmpmem (g_bytes_get_data (hp_test_zip_get (zip, "mimetype"), NULL), g_bytes_get_size (hp_test_zip_get (zip, "mimetype")),
                   ODT_MIMETYPE, strlen (ODT_MIMETYPE));
  assert_all_xml_parses (zip);
  assert_manifest_lists_every_part (zip);
  assert_chart_png (hp_test_zip_get (zip, "Pictures/chart-1.png"));
  assert_chart_png (hp_test_zip_get (zip, "Pictures/chart-2.png"));
  g_assert_false (g_hash_table_contains (zip->entries, "Pictures/chart-3.png"));

  /* Escaped, kept, and the control character dropped. */
  g_assert_true (contains (content, "Ærø &amp; Åbenrå: “Et hjem til alle”"));
  g_assert_true (contains (content, "5 &lt; 7 &gt; 3 &amp;"));
  g_assert_true (contains (content, "Første linje<text:line-break/>anden linje<text:line-break/>tredje"));
  g_assert_false (contains (content, "\x01"));
  g_assert_true (contains (content, "<table:table-header-rows>"));
  g_assert_true (contains (content, "Fictional example"));
  g_assert_true (contains (content, "<svg:desc>Kapitel 1: Forebyggelse &amp; tidlig indsats: 9 in place"));
  g_assert_true (contains (meta, "<meta:generator>Hjemplan/"));
  g_assert_true (contains (meta, "<meta:creation-date>2026-12-31T00:00:00</meta:creation-date>"));
  g_assert_true (contains (meta, "<dc:language>da-DK</dc:language>"));
}

static void
test_odt_example_and_language (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GBytes) odt = NULL;
  g_autoptr(HpTestZip) zip = NULL;

  f->report->is_example = FALSE;
  g_free (f->report->language);
  f->report->language = g_strdup ("en-US");
  g_clear_pointer (&f->report->iso_date, g_free);
  odt = write_and_read (f, "rapport.odt");
  zip = hp_test_zip_read (odt);
  g_assert_false (contains (hp_test_zip_get (zip, "content.xml"), "Fictional example"));
  g_assert_true (contains (hp_test_zip_get (zip, "styles.xml"), "fo:language=\"en\" fo:country=\"US\""));
  g_assert_false (contains (hp_test_zip_get (zip, "meta.xml"), "creation-date"));
}

/* Tests: Word ------------------------------------------------------------ */

/* Every part has a content type, by name or by extension. */
static void
assert_content_types_cover_every_part (HpTestZip *zip)
{
  g_autoptr(xmlDoc) doc = parse_xml (hp_test_zip_get (zip, "[Content_Types].xml"), "[Content_Types].xml");
  g_autoptr(GHashTable) overrides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) defaults = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (xmlNodePtr node = xmlDocGetRootElement (doc)->children; node != NULL; node = node->next)
    {
      xmlChar *part = xmlGetProp (node, BAD_CAST "PartName");
      xmlChar *extension = xmlGetProp (node, BAD_CAST "Extension");

      if (part != NULL)
        g_hash_table_add (overrides, g_strdup ((char *) part + 1));
      if (extension != NULL)
        g_hash_table_add (defaults, g_strdup ((char *) extension));
      xmlFree (part);
      xmlFree (extension);
    }
  for (guint i = 0; i < zip->names->len; i++)
    {
      const char *name = zip->names->pdata[i];
      const char *dot = strrchr (name, '.');

      if (g_str_equal (name, "[Content_Types].xml"))
        continue;
      if (!g_hash_table_remove (overrides, name))
        g_assert_true (dot != NULL && g_hash_table_contains (defaults, dot + 1));
    }
  /* ...and no override names a part that is not there. */
  g_assert_cmpuint (g_hash_table_size (overrides), ==, 0);
}

/* Every relationship's target is in the package. */
static void
assert_relationships_resolve (HpTestZip  *zip,
                              const char *rels,
                              const char *base)
{
  g_autoptr(xmlDoc) doc = parse_xml (hp_test_zip_get (zip, rels), rels);
  guint n = 0;

  for (xmlNodePtr node = xmlDocGetRootElement (doc)->children; node != NULL; node = node->next)
    {
      xmlChar *target = xmlGetProp (node, BAD_CAST "Target");
      g_autofree char *path = NULL;

      if (target == NULL)
        continue;
      path = g_strconcat (base, (char *) target, NULL);
      g_assert_true (g_hash_table_contains (zip->entries, path));
      xmlFree (target);
      n++;
    }
  g_assert_cmpuint (n, >=, 3);
}

static void
test_docx_package (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GBytes) docx = write_and_read (f, "rapport.docx");
  g_autoptr(HpTestZip) zip = hp_test_zip_read (docx);
  GBytes *document = hp_test_zip_get (zip, "word/document.xml");
  GBytes *styles = hp_test_zip_get (zip, "word/styles.xml");

  g_assert_cmpstr (zip->names->pdata[0], ==, "[Content_Types].xml");
  assert_all_xml_parses (zip);
  assert_content_types_cover_every_part (zip);
  assert_relationships_resolve (zip, "_rels/.rels", "");
  assert_relationships_resolve (zip, "word/_rels/document.xml.rels", "word/");
  assert_chart_png (hp_test_zip_get (zip, "word/media/chart1.png"));
  assert_chart_png (hp_test_zip_get (zip, "word/media/chart2.png"));

  g_assert_true (contains (document, "Ærø &amp; Åbenrå: “Et hjem til alle”"));
  g_assert_true (contains (document, "5 &lt; 7 &gt; 3 &amp;"));
  g_assert_true (contains (document, "Første linje</w:t><w:br/><w:t xml:space=\"preserve\">anden linje"));
  g_assert_false (contains (document, "\x01"));
  g_assert_true (contains (document, "<w:tblHeader/>"));
  g_assert_true (contains (document, "<w:pageBreakBefore/>"));
  g_assert_true (contains (document, "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
  g_assert_true (contains (document, "descr=\"Kapitel 1: Forebyggelse &amp; tidlig indsats: 9 in place"));
  g_assert_true (contains (styles, "<w:lang w:val=\"da-DK\""));
  g_assert_true (contains (styles, "<w:outlineLvl w:val=\"2\"/>"));
  g_assert_true (contains (hp_test_zip_get (zip, "word/footer1.xml"), "PAGE"));
  g_assert_true (contains (hp_test_zip_get (zip, "docProps/core.xml"), "2026-12-31T00:00:00Z"));
  g_assert_true (contains (hp_test_zip_get (zip, "docProps/app.xml"), "<Application>Hjemplan</Application>"));
}

/* Tests: both -------------------------------------------------------------- */

/* @name written under a Danish LC_NUMERIC where there is one (lengths must
 * not come out as "16,000cm"), its parts @first and @second compared with
 * their golden files. */
static void
assert_golden_parts (Fixture    *f,
                     const char *name,
                     const char *first,
                     const char *second)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HpTestZip) zip = NULL;
  const char *parts[] = { first, second };

  setlocale (LC_NUMERIC, "da_DK.UTF-8");
  bytes = write_and_read (f, name);
  setlocale (LC_NUMERIC, "C.UTF-8");
  zip = hp_test_zip_read (bytes);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *golden = g_strdelimit (g_strdup_printf ("%s-%s.expected", strrchr (name, '.') + 1, parts[i]),
                                              "/", '-');

      assert_golden (hp_test_zip_get (zip, parts[i]), golden);
    }
}

static void
test_golden (Fixture       *f,
             gconstpointer  data)
{
  assert_golden_parts (f, "rapport.odt", "content.xml", "styles.xml");
  assert_golden_parts (f, "rapport.docx", "word/document.xml", "word/styles.xml");
}

static void
test_reproducible (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GBytes) odt = hp_report_to_odt (f->report, NULL);
  g_autoptr(GBytes) odt_again = hp_report_to_odt (f->report, NULL);
  g_autoptr(GBytes) docx = hp_report_to_docx (f->report, NULL);
  g_autoptr(GBytes) docx_again = hp_report_to_docx (f->report, NULL);

  g_assert_true (g_bytes_equal (odt, odt_again));
  g_assert_true (g_bytes_equal (docx, docx_again));
}

/* A file that cannot be written leaves an older one as it was. */
static void
test_write_fails_cleanly (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->tmp, "ingen-mappe", "rapport.odt", NULL);
  g_autofree char *existing = g_build_filename (f->tmp, "rapport.docx", NULL);
  g_autofree char *after = NULL;
  HpReportBlock *chart;

  g_assert_false (hp_report_write_odt (f->report, missing, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (existing, "den gamle rapport", -1, NULL));
  /* A chart too large to draw fails the whole document. */
  chart = hp_report_add_chart (f->report, "For stor");
  for (guint i = 0; i < 400; i++)
    hp_report_chart_add_bar (chart, "Søjle", (guint[HP_N_ASSESSMENT_STATUSES]) { 1, 1, 1, 1, 1 });
  g_assert_false (hp_report_write_docx (f->report, existing, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_TOO_LARGE);
  after = hp_test_read_file (existing, NULL);
  g_assert_cmpstr (after, ==, "den gamle rapport");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/report-office/text/clean", test_text_clean);
  g_test_add_func ("/report-office/chart/height", test_chart_height);
  g_test_add_func ("/report-office/chart/draw", test_chart_draw);
  g_test_add_func ("/report-office/chart/describe-and-png", test_chart_describe_and_png);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/report-office/odt/package", test_odt_package);
  ADD ("/report-office/odt/example-and-language", test_odt_example_and_language);
  ADD ("/report-office/docx/package", test_docx_package);
  ADD ("/report-office/golden", test_golden);
  ADD ("/report-office/reproducible", test_reproducible);
  ADD ("/report-office/write-fails-cleanly", test_write_fails_cleanly);
  return g_test_run ();
}
