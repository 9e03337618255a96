/* sd-glossary-window.c — the Glossary and Sources window
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two searchable lists: the glossary (sd-glossary.c), each term with a short
 * definition, its source and, where it is a structure in the picture, a "Show Me"
 * button; and the sources (sd-sources.c), grouped by what they support, each with
 * the figures it backs and the values assumed next to it.
 */

#define G_LOG_DOMAIN "sd-glossary-window"

#include "config.h"

#include "sd-glossary-window.h"
#include "sd-glossary.h"
#include "sd-sources.h"

#include <glib/gi18n.h>
#include <string.h>

struct _SdGlossaryWindow
{
  AdwWindow       parent_instance;

  /* Template widgets */
  GtkSearchEntry *search_entry;
  AdwViewStack   *view_stack;
  GtkListBox     *glossary_list;
  GtkListBox     *sources_list;

  /* State */
  char           *query;   /* casefolded, or NULL */
};

G_DEFINE_FINAL_TYPE (SdGlossaryWindow, sd_glossary_window, ADW_TYPE_WINDOW)

enum {
  SHOW_LAYER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

static GtkWidget *
new_label (const char *text,
           const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);

  return label;
}

/* Keeps the row's searchable text, casefolded, on the row. */
static void
set_haystack (GtkWidget  *row,
              GString    *text)
{
  g_object_set_data_full (G_OBJECT (row), "sd-haystack", g_utf8_casefold (text->str, -1), g_free);
}

static GtkWidget *
new_row_box (GtkWidget **out_row)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  *out_row = row;

  return box;
}

static void
on_show_me_clicked_cb (SdGlossaryWindow *self,
                       GtkButton        *button)
{
  const SdGlossaryEntry *entry = g_object_get_data (G_OBJECT (button), "sd-entry");

  g_assert (SD_IS_GLOSSARY_WINDOW (self));

  g_signal_emit (self, signals[SHOW_LAYER], 0, entry->layer);
}

static void
on_source_clicked_cb (SdGlossaryWindow *self,
                      GtkButton        *button)
{
  const SdGlossaryEntry *entry = g_object_get_data (G_OBJECT (button), "sd-entry");

  g_assert (SD_IS_GLOSSARY_WINDOW (self));

  sd_glossary_window_show_source (self, entry->source_id);
}

static GtkWidget *
create_term_row (SdGlossaryWindow      *self,
                 const SdGlossaryEntry *entry)
{
  const SdSource *source = sd_sources_lookup (entry->source_id);
  g_autoptr(GString) haystack = g_string_new (NULL);
  g_autofree char *heading = NULL;
  g_autofree char *source_text = NULL;
  GtkWidget *row, *box, *buttons, *button;

  box = new_row_box (&row);

  if (entry->plain != NULL)
    /* translators: a glossary term and its plain name, "Stratum basale (basal layer)" */
    heading = g_strdup_printf (_("%s (%s)"), _(entry->term), _(entry->plain));
  else
    heading = g_strdup (_(entry->term));

  gtk_box_append (GTK_BOX (box), new_label (heading, "heading"));
  gtk_box_append (GTK_BOX (box), new_label (_(entry->definition), NULL));
  source_text = g_strdup_printf (_("Source: %s"), source != NULL ? source->citation : "—");
  gtk_box_append (GTK_BOX (box), new_label (source_text, "dim-label"));
  gtk_widget_add_css_class (gtk_widget_get_last_child (box), "caption");

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (buttons, 4);
  gtk_box_append (GTK_BOX (box), buttons);

  if (entry->layer >= 0)
    {
      g_autofree char *a11y = g_strdup_printf (_("Show %s in the picture"), _(entry->term));

      button = gtk_button_new_with_mnemonic (_("Show _Me"));
      gtk_widget_set_tooltip_text (button, _("Select this structure’s layer in the picture"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data (G_OBJECT (button), "sd-entry", (gpointer)entry);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_show_me_clicked_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (buttons), button);
    }

  if (source != NULL)
    {
      g_autofree char *a11y = g_strdup_printf (_("Show the source of %s"), _(entry->term));

      button = gtk_button_new_with_label (_("Source"));
      gtk_widget_set_tooltip_text (button, _("Show this source on the Sources page"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data (G_OBJECT (button), "sd-entry", (gpointer)entry);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_source_clicked_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (buttons), button);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(entry->definition),
                                  -1);

  /* Searched in the language shown and in English, so that an English textbook term
   * is found in a translated glossary too. */
  g_string_append_printf (haystack, "%s\n%s\n%s\n%s\n%s", heading, _(entry->definition),
                          entry->term, entry->plain != NULL ? entry->plain : "",
                          source != NULL ? source->citation : "");
  set_haystack (row, haystack);
  g_object_set_data (G_OBJECT (row), "sd-id", (gpointer)entry->id);

  return row;
}

static GtkWidget *
create_source_row (const SdSource *source)
{
  g_autoptr(GString) haystack = g_string_new (NULL);
  g_autofree char *figures = NULL;
  GtkWidget *row, *box;

  box = new_row_box (&row);

  gtk_box_append (GTK_BOX (box), new_label (source->citation, "heading"));
  /* translators: what a source backs in the app, "Backs: Forearm horny layer 18.3 µm…" */
  figures = g_strdup_printf (_("Backs: %s"), _(source->figures));
  gtk_box_append (GTK_BOX (box), new_label (figures, NULL));
  if (source->assumptions != NULL)
    {
      g_autofree char *assumed = g_strdup_printf (_("Assumed: %s"), _(source->assumptions));
      GtkWidget *label = new_label (assumed, "warning");

      gtk_box_append (GTK_BOX (box), label);
      g_string_append_printf (haystack, "%s\n", assumed);
    }
  if (source->url != NULL)
    {
      GtkWidget *link = gtk_link_button_new_with_label (source->url, source->url);
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (link));

      gtk_widget_set_halign (link, GTK_ALIGN_START);
      if (GTK_IS_LABEL (child))
        {
          gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_MIDDLE);
          gtk_label_set_max_width_chars (GTK_LABEL (child), 50);
        }
      gtk_box_append (GTK_BOX (box), link);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, source->citation,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, figures, -1);

  g_string_append_printf (haystack, "%s\n%s\n%s\n%s", source->citation, figures,
                          source->figures, _(sd_source_topic_get_name (source->topic)));
  set_haystack (row, haystack);
  g_object_set_data (G_OBJECT (row), "sd-id", (gpointer)source->id);
  g_object_set_data (G_OBJECT (row), "sd-topic", GUINT_TO_POINTER (source->topic + 1));

  return row;
}

static gboolean
filter_row_func (GtkListBoxRow *row,
                 gpointer       user_data)
{
  SdGlossaryWindow *self = user_data;
  const char *haystack = g_object_get_data (G_OBJECT (row), "sd-haystack");

  if (self->query == NULL || self->query[0] == '\0')
    return TRUE;

  return haystack != NULL && strstr (haystack, self->query) != NULL;
}

/* A topic heading above the first source of each topic. */
static void
sources_header_func (GtkListBoxRow *row,
                     GtkListBoxRow *before,
                     gpointer       user_data)
{
  guint topic = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "sd-topic"));
  guint before_topic = before != NULL
    ? GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (before), "sd-topic")) : 0;
  GtkWidget *header;

  if (topic == before_topic || topic == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = new_label (_(sd_source_topic_get_name (topic - 1)), "heading");
  gtk_widget_set_margin_top (header, 12);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_add_css_class (header, "sd-glossary-topic");
  gtk_list_box_row_set_header (row, header);
}

static GtkListBoxRow *
find_row (GtkListBox *list,
          const char *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) &&
        g_strcmp0 (g_object_get_data (G_OBJECT (child), "sd-id"), id) == 0)
      return GTK_LIST_BOX_ROW (child);

  return NULL;
}

static gboolean
show_row (SdGlossaryWindow *self,
          const char       *page,
          GtkListBox       *list,
          const char       *id)
{
  GtkListBoxRow *row = find_row (list, id);

  if (row == NULL)
    return FALSE;

  sd_glossary_window_set_search_text (self, "");
  adw_view_stack_set_visible_child_name (self->view_stack, page);
  gtk_list_box_set_selection_mode (list, GTK_SELECTION_SINGLE);
  gtk_list_box_select_row (list, row);
  gtk_widget_set_focusable (GTK_WIDGET (row), TRUE);
  /* Focus scrolls the row into view and has screen readers read it. */
  gtk_widget_grab_focus (GTK_WIDGET (row));

  return TRUE;
}

/*
 * Signal callbacks
 */

static void
on_search_changed_cb (SdGlossaryWindow *self,
                      GtkSearchEntry   *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_assert (SD_IS_GLOSSARY_WINDOW (self));

  g_free (self->query);
  self->query = g_utf8_casefold (text, -1);
  gtk_list_box_invalidate_filter (self->glossary_list);
  gtk_list_box_invalidate_filter (self->sources_list);
}

/*
 * GObject overrides
 */

static void
sd_glossary_window_finalize (GObject *object)
{
  SdGlossaryWindow *self = (SdGlossaryWindow *)object;

  g_free (self->query);

  G_OBJECT_CLASS (sd_glossary_window_parent_class)->finalize (object);
}

static void
sd_glossary_window_class_init (SdGlossaryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sd_glossary_window_finalize;

  /**
   * SdGlossaryWindow::show-layer:
   * @layer: the SdLayerId to select in the picture
   *
   * "Show Me" was pressed on a term that is a structure in the picture.
   */
  signals[SHOW_LAYER] =
    g_signal_new ("show-layer", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/sd-glossary-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SdGlossaryWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SdGlossaryWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SdGlossaryWindow, glossary_list);
  gtk_widget_class_bind_template_child (widget_class, SdGlossaryWindow, sources_list);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sd_glossary_window_init (SdGlossaryWindow *self)
{
  const SdGlossaryEntry *entries;
  const SdSource *sources;
  guint n;

  gtk_widget_init_template (GTK_WIDGET (self));

  entries = sd_glossary_get_entries (&n);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->glossary_list, create_term_row (self, &entries[i]));

  sources = sd_sources_get_all (&n);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->sources_list, create_source_row (&sources[i]));

  gtk_list_box_set_filter_func (self->glossary_list, filter_row_func, self, NULL);
  gtk_list_box_set_filter_func (self->sources_list, filter_row_func, self, NULL);
  gtk_list_box_set_header_func (self->sources_list, sources_header_func, NULL, NULL);
  gtk_list_box_set_placeholder (self->glossary_list,
                                new_label (_("No term matches the search."), "dim-label"));
  gtk_list_box_set_placeholder (self->sources_list,
                                new_label (_("No source matches the search."), "dim-label"));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);
}

/*
 * Public API
 */

SdGlossaryWindow *
sd_glossary_window_new (void)
{
  return g_object_new (SD_TYPE_GLOSSARY_WINDOW, NULL);
}

gboolean
sd_glossary_window_show_term (SdGlossaryWindow *self,
                              const char       *id)
{
  g_return_val_if_fail (SD_IS_GLOSSARY_WINDOW (self), FALSE);

  return show_row (self, "glossary", self->glossary_list, id);
}

gboolean
sd_glossary_window_show_source (SdGlossaryWindow *self,
                                const char       *id)
{
  g_return_val_if_fail (SD_IS_GLOSSARY_WINDOW (self), FALSE);

  return show_row (self, "sources", self->sources_list, id);
}

void
sd_glossary_window_set_search_text (SdGlossaryWindow *self,
                                    const char       *text)
{
  g_return_if_fail (SD_IS_GLOSSARY_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* At once, not after the entry's search delay. */
  on_search_changed_cb (self, self->search_entry);
}

const char *
sd_glossary_window_get_page (SdGlossaryWindow *self)
{
  g_return_val_if_fail (SD_IS_GLOSSARY_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

guint
sd_glossary_window_count_visible (SdGlossaryWindow *self,
                                  const char       *page)
{
  GtkListBox *list;
  guint n = 0;

  g_return_val_if_fail (SD_IS_GLOSSARY_WINDOW (self), 0);

  list = g_strcmp0 (page, "sources") == 0 ? self->sources_list : self->glossary_list;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && filter_row_func (GTK_LIST_BOX_ROW (child), self))
      n++;

  return n;
}
