/* hp-footnote-popover.c — a footnote, opened in place
 *
 * Shows the footnote as printed and, below it, the laws it cites in
 * structured form (law, paragraph, stk., lovbekendtgørelse).
 *
 * Copyright 2026 The Hjemplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hp-footnote-popover.h"
#include "hp-law-paragraph.h"

struct _HpFootnotePopover
{
  GtkPopover    parent_instance;
  HpCorpusItem *footnote;
  GtkWidget    *text_label;
  guint         n_lawrefs;
};

G_DEFINE_FINAL_TYPE (HpFootnotePopover, hp_footnote_popover, GTK_TYPE_POPOVER)

static void
hp_footnote_popover_dispose (GObject *object)
{
  HpFootnotePopover *self = HP_FOOTNOTE_POPOVER (object);

  g_clear_object (&self->footnote);
  G_OBJECT_CLASS (hp_footnote_popover_parent_class)->dispose (object);
}

static void
hp_footnote_popover_class_init (HpFootnotePopoverClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hp_footnote_popover_dispose;
}

static void
hp_footnote_popover_init (HpFootnotePopover *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "footnote-popover");
}

static GtkWidget *
wrapped_label (const char *markup,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 52);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Not selectable: a popover focuses its first selectable label, which
   * would show the whole text selected on opening. */
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
show_citations (GtkButton         *button,
                HpFootnotePopover *self)
{
  GVariant *target = g_object_get_data (G_OBJECT (button), "law-target");

  /* Activate first: closing unparents the popover, and with it goes the
   * way up to the browser's actions. */
  g_object_ref (self);  /* the page view drops us when we close */
  gtk_widget_activate_action_variant (GTK_WIDGET (self), "browser.show-law", target);
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    gtk_popover_popdown (GTK_POPOVER (self));
  g_object_unref (self);
}

/* "Everything that cites Serviceloven § 110", in the law index. */
static GtkWidget *
citations_button (HpFootnotePopover *self,
                  const HpLawRef    *ref)
{
  g_autofree char *key = hp_law_paragraph_make_key (ref->paragraph, ref->paragraph_to);
  GtkWidget *button = gtk_button_new_with_label (_("Show everything that cites this"));

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "link-button");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  g_object_set_data_full (G_OBJECT (button), "law-target",
                          g_variant_ref_sink (g_variant_new ("(ss)", ref->law, key)),
                          (GDestroyNotify) g_variant_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (show_citations), self);
  return button;
}

static GtkWidget *
lawref_row (HpFootnotePopover *self,
            const HpLawRef    *ref)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *citation = hp_law_ref_format (ref);
  g_autofree char *act = hp_law_ref_format_act (ref);
  g_autofree char *escaped = g_markup_escape_text (citation, -1);

  gtk_box_append (GTK_BOX (box), wrapped_label (escaped, "heading"));
  if (act != NULL)
    {
      g_autofree char *escaped_act = g_markup_escape_text (act, -1);
      gtk_box_append (GTK_BOX (box), wrapped_label (escaped_act, "dim-label"));
    }
  gtk_box_append (GTK_BOX (box), citations_button (self, ref));
  return box;
}

static void
append_lawrefs (HpFootnotePopover *self,
                HpCorpus          *corpus,
                GtkBox            *content)
{
  g_autoptr(GPtrArray) refs = hp_corpus_list_lawrefs (corpus, self->footnote, NULL);
  GtkWidget *list;

  if (refs == NULL || refs->len == 0)
    return;
  self->n_lawrefs = refs->len;
  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (list, "lawrefs");
  gtk_box_append (GTK_BOX (list), wrapped_label (_("Cites"), "caption-heading"));
  for (guint i = 0; i < refs->len; i++)
    gtk_box_append (GTK_BOX (list), lawref_row (self, g_ptr_array_index (refs, i)));
  gtk_box_append (content, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (content, list);
}

GtkWidget *
hp_footnote_popover_new (HpCorpus     *corpus,
                         HpCorpusItem *footnote)
{
  HpFootnotePopover *self = g_object_new (HP_TYPE_FOOTNOTE_POPOVER, NULL);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  g_autofree char *heading = g_strdup_printf (_("Footnote %s"), hp_corpus_item_get_number (footnote));
  g_autofree char *escaped = g_markup_escape_text (heading, -1);

  self->footnote = g_object_ref (footnote);
  gtk_widget_set_margin_start (content, 6);
  gtk_widget_set_margin_end (content, 6);
  gtk_widget_set_margin_top (content, 6);
  gtk_widget_set_margin_bottom (content, 6);
  gtk_box_append (GTK_BOX (content), wrapped_label (escaped, "caption-heading"));
  self->text_label = wrapped_label (hp_corpus_item_get_markup (footnote), NULL);
  gtk_box_append (GTK_BOX (content), self->text_label);
  append_lawrefs (self, corpus, GTK_BOX (content));
  gtk_popover_set_child (GTK_POPOVER (self), content);
  return GTK_WIDGET (self);
}

const char *
hp_footnote_popover_get_text (HpFootnotePopover *self)
{
  g_return_val_if_fail (HP_IS_FOOTNOTE_POPOVER (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->text_label));
}

guint
hp_footnote_popover_get_n_lawrefs (HpFootnotePopover *self)
{
  g_return_val_if_fail (HP_IS_FOOTNOTE_POPOVER (self), 0);
  return self->n_lawrefs;
}
