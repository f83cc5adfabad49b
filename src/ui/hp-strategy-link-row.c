/* hp-strategy-link-row.c — a goal or an action, with links to the
 * directions it serves
 *
 * Like an AdwActionRow (title, subtitle, buttons at the end), plus the
 * goal's housing figure and a line "Serves: …" whose links open each
 * direction in the checklist, or its guideline in the guidelines, so the
 * plan never loses sight of what it is for.  The links are win.* actions,
 * as everywhere a direction is named.
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-strategy-directions.h"
#include "hp-strategy-link-row.h"

#define SHORT_TEXT_CHARS 48
#define CHECKLIST_SCHEME "checklist:"
#define GUIDELINES_SCHEME "guidelines:"

static GtkWidget *
row_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_visible (label, text != NULL && *text != '\0');
  return label;
}

/* The direction's first words, for a link that fits on a line. */
static char *
short_text (const char *text)
{
  g_autofree char *cut = NULL;

  if (g_utf8_strlen (text, -1) <= SHORT_TEXT_CHARS)
    return g_strdup (text);
  cut = g_utf8_substring (text, 0, SHORT_TEXT_CHARS);
  if (strrchr (cut, ' ') != NULL)
    *strrchr (cut, ' ') = '\0';
  return g_strconcat (cut, "…", NULL);
}

static void
append_link (GString          *markup,
             HpDirectionPlace *place)
{
  const char *id = hp_corpus_item_get_id (place->direction);
  g_autofree char *text = short_text (hp_corpus_item_get_text (place->direction));
  g_autofree char *tip = g_strdup_printf (_("Assess in the checklist: %s"), hp_corpus_item_get_text (place->direction));
  g_autofree char *link = g_markup_printf_escaped ("<a href=\"" CHECKLIST_SCHEME "%s\" title=\"%s\">%s</a> "
                                                   "(<a href=\"" GUIDELINES_SCHEME "%s\" title=\"%s\">%s</a>)",
                                                   id, tip, text, id, _("Show in the guidelines"),
                                                   hp_corpus_item_get_title (place->guideline));

  g_string_append_printf (markup, "%s%s", markup->len ? ", " : "", link);
}

static char *
links_markup (GHashTable         *places,
              const char * const *directions)
{
  g_autoptr(GString) links = g_string_new (NULL);

  for (guint i = 0; directions != NULL && directions[i] != NULL; i++)
    {
      HpDirectionPlace *place = g_hash_table_lookup (places, directions[i]);

      if (place != NULL)
        append_link (links, place);
    }
  if (links->len == 0)
    return NULL;
  /* TRANSLATORS: before the links to the directions a goal or action serves */
  return g_strdup_printf (_("Serves: %s"), links->str);
}

static gboolean
on_activate_link (GtkLabel   *label,
                  const char *uri)
{
  if (g_str_has_prefix (uri, CHECKLIST_SCHEME))
    gtk_widget_activate_action (GTK_WIDGET (label), "win.assess-direction", "s", uri + strlen (CHECKLIST_SCHEME));
  else if (g_str_has_prefix (uri, GUIDELINES_SCHEME))
    gtk_widget_activate_action (GTK_WIDGET (label), "win.show-in-guidelines", "s", uri + strlen (GUIDELINES_SCHEME));
  return TRUE;
}

GtkWidget *
hp_strategy_link_row_new (const char         *title,
                          const char         *subtitle,
                          const char         *figure,
                          GHashTable         *places,
                          const char * const *directions)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  g_autofree char *markup = links_markup (places, directions);
  GtkWidget *links = row_label (NULL, "caption");
  GtkWidget *figure_label = row_label (figure, "caption-heading");

  gtk_widget_add_css_class (figure_label, "goal-figure");
  gtk_label_set_markup (GTK_LABEL (links), markup ? markup : "");
  gtk_widget_set_visible (links, markup != NULL);
  gtk_widget_add_css_class (links, "direction-links");
  g_signal_connect (links, "activate-link", G_CALLBACK (on_activate_link), NULL);
  gtk_box_append (GTK_BOX (texts), row_label (title, NULL));
  gtk_box_append (GTK_BOX (texts), row_label (subtitle, "dim-label"));
  gtk_box_append (GTK_BOX (texts), figure_label);
  gtk_box_append (GTK_BOX (texts), links);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data (G_OBJECT (row), "box", box);
  g_object_set_data (G_OBJECT (row), "links", links);
  g_object_set_data (G_OBJECT (row), "figure", figure_label);
  return row;
}

void
hp_strategy_link_row_add_suffix (GtkWidget *row,
                                 GtkWidget *suffix)
{
  gtk_box_append (GTK_BOX (g_object_get_data (G_OBJECT (row), "box")), suffix);
}

GtkLabel *
hp_strategy_link_row_get_links (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "links");
}

GtkLabel *
hp_strategy_link_row_get_figure (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "figure");
}
