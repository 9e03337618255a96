/* sd-layer-list.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The side panel's list of layers (a GtkListView, so screen readers read the
 * same data the picture shows) and, below it, the selected layer's details:
 * names, depth at this site, what it does and where its thickness comes from.
 */

#define G_LOG_DOMAIN "sd-layer-list"

#include "config.h"

#include "sd-layer-list.h"
#include "sd-course-label.h"
#include "sd-painter.h"
#include "sd-sources.h"

#include <glib/gi18n.h>
#include <string.h>

struct _SdLayerList
{
  GtkWidget           parent_instance;

  /* Template widgets (the direct children are bound so that
   * gtk_widget_dispose_template() unparents them) */
  GtkFrame           *list_frame;
  GtkListView        *list_view;
  GtkStack           *details_stack;
  GtkLabel           *name_label;
  GtkLabel           *aliases_label;
  GtkLabel           *depth_label;
  GtkLabel           *description_label;
  GtkWidget          *assumed_box;
  GtkLabel           *assumed_label;
  GtkLabel           *source_label;
  GtkWidget          *source_button;
  GtkWidget          *term_button;

  /* Owned references */
  SdSection          *section;
  GSignalGroup       *section_signals;
  GtkStringList      *layers;       /* layer ids ("stratum-corneum"), surface first */
  GtkSingleSelection *selection;

  /* State */
  int                 selected_layer;  /* SdLayerId or -1 */
  guint               millimetres : 1;
};

G_DEFINE_FINAL_TYPE (SdLayerList, sd_layer_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SECTION,
  PROP_SELECTED_LAYER,
  PROP_MILLIMETRES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Auxiliary methods
 */

static const SdSkinProfile *
get_profile (SdLayerList *self)
{
  if (self->section == NULL)
    return NULL;

  return sd_section_get_profile (self->section);
}

static const SdLayer *
find_layer (SdLayerList *self,
            int          id)
{
  const SdSkinProfile *profile = get_profile (self);

  if (profile == NULL || id < 0 || id >= SD_N_LAYERS)
    return NULL;

  return sd_skin_profile_find_layer (profile, id);
}

static int
layer_id_at (SdLayerList *self,
             guint        position)
{
  const char *str = gtk_string_list_get_string (self->layers, position);
  SdLayerId id;

  if (str == NULL || !sd_layer_id_from_string (str, &id, NULL))
    return -1;

  return id;
}

static guint
position_of_layer (SdLayerList *self,
                   int          id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->layers));

  for (guint i = 0; i < n; i++)
    if (layer_id_at (self, i) == id)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

/* A depth without its unit, in the unit the user chose, with one precision for the
 * whole list so that a column of ranges lines up: millimetres to the micrometre
 * (0.017 mm, 1.369 mm) and the surface as "0"; whole micrometres, except below
 * 10 µm (5.7 µm). */
static char *
format_number (SdLayerList *self,
               double       um,
               double       scale_um)
{
  if (self->millimetres)
    return um == 0.0 ? g_strdup ("0") : g_strdup_printf ("%.3f", um / 1000.0);

  return g_strdup_printf (scale_um < 10.0 && scale_um > 0.0 ? "%.1f" : "%.0f", um);
}

static const char *
get_unit (SdLayerList *self)
{
  /* translators: abbreviations of micrometre and millimetre */
  return self->millimetres ? _("mm") : _("µm");
}

static char *
format_depth (SdLayerList *self,
              double       um)
{
  g_autofree char *number = format_number (self, um, um);

  /* translators: a depth or thickness, e.g. "17 µm"; the space is a no-break space, so
   * that number and unit never part */
  return g_strdup_printf (_("%s %s"), number, get_unit (self));
}

static char *
format_range (SdLayerList   *self,
              const SdLayer *layer)
{
  g_autofree char *top = format_number (self, layer->top_um, layer->bottom_um);
  g_autofree char *bottom = format_number (self, layer->bottom_um, layer->bottom_um);

  /* translators: a depth range, e.g. "17–45 µm", with a no-break space */
  return g_strdup_printf (_("%s–%s %s"), top, bottom, get_unit (self));
}

/* The model's assumed sources start "Assumption: "; the heading says so already. */
static const char *
strip_assumption_prefix (const char *source)
{
  if (source == NULL)
    return "—";

  if (g_str_has_prefix (source, "Assumption: "))
    return source + strlen ("Assumption: ");

  return source;
}

static void
update_details (SdLayerList *self)
{
  const SdSkinProfile *profile = get_profile (self);
  const SdLayer *layer = find_layer (self, self->selected_layer);
  g_autofree char *aliases = NULL;
  g_autofree char *depth = NULL;
  g_autofree char *top = NULL;
  g_autofree char *bottom = NULL;
  g_autofree char *thickness = NULL;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autofree char *source = NULL;
  g_autofree char *site = NULL;
  const char *common;
  const char *region;
  SdLayerId id;

  if (layer == NULL)
    {
      gtk_stack_set_visible_child_name (self->details_stack, "empty");
      return;
    }

  id = layer->id;
  common = sd_layer_get_common_name (id);

  if (sd_layer_is_epidermis (id))
    region = _("Epidermis");
  else if (sd_layer_is_dermis (id))
    region = _("Dermis");
  else
    region = _("Below the dermis");

  if (common != NULL && *common != '\0')
    /* translators: "Epidermis · also called the horny layer" */
    aliases = g_strdup_printf (_("%s · also called the %s"), region, _(common));
  else
    aliases = g_strdup (region);

  top = format_depth (self, layer->top_um);
  bottom = format_depth (self, layer->bottom_um);
  thickness = format_depth (self, layer->bottom_um - layer->top_um);
  site = sd_name_in_sentence (_(sd_site_get_name (profile->site)));
  low = format_depth (self, layer->range_low_um);
  high = format_depth (self, layer->range_high_um);
  /* translators: "At the cheek: 17 µm to 45 µm deep, 28 µm thick", then the range of
   * published thicknesses and the method of the value, e.g. "Published: 12 µm to 21 µm
   * thick (method: Raman spectroscopy)" */
  depth = g_strdup_printf (_("At the %s: %s to %s deep, %s thick\n"
                             "Published: %s to %s thick (method: %s)"),
                           site, top, bottom, thickness, low, high,
                           layer->method != NULL ? _(layer->method) : "—");

  gtk_label_set_label (self->name_label, _(sd_layer_get_name (id)));
  gtk_label_set_label (self->aliases_label, aliases);
  gtk_label_set_label (self->depth_label, depth);
  gtk_label_set_label (self->description_label, _(sd_layer_get_description (id)));

  gtk_widget_set_visible (self->assumed_box, layer->assumed);
  if (layer->assumed)
    gtk_label_set_label (self->assumed_label,
                         _("This thickness is an assumption: no measurement was found, so the "
                           "model uses a documented estimate. Treat it as approximate."));

  if (layer->assumed)
    /* translators: %s is a short citation */
    source = g_strdup_printf (_("Basis of the assumed thickness: %s\n"
                                "Source of the description: %s"),
                              strip_assumption_prefix (layer->source),
                              _(sd_layer_get_description_source (id)));
  else
    /* translators: %s is a short citation */
    source = g_strdup_printf (_("Source of the thickness: %s\n"
                                "Source of the description: %s"),
                              layer->source ? layer->source : "—",
                              _(sd_layer_get_description_source (id)));
  gtk_label_set_label (self->source_label, source);
  /* The description's source and the layer's glossary entry (whose id is the
   * layer's), opened at that entry by the application's actions. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->source_button), "s",
                                    sd_sources_for_layer (id)->id);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->term_button), "s",
                                    sd_layer_id_to_string (id));

  gtk_stack_set_visible_child_name (self->details_stack, "layer");
}

/* Puts the profile's layers in the list. When only depths changed (age, sex,
 * most site changes) the rows are rebound in place and the selection stays. */
static void
reload_layers (SdLayerList *self)
{
  const SdSkinProfile *profile = get_profile (self);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->layers));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  gboolean same = TRUE;

  if (profile != NULL)
    for (guint i = 0; i < profile->n_layers; i++)
      g_ptr_array_add (ids, (gpointer)sd_layer_id_to_string (profile->layers[i].id));

  if (ids->len != n_old)
    same = FALSE;
  for (guint i = 0; same && i < ids->len; i++)
    same = g_strcmp0 (ids->pdata[i], gtk_string_list_get_string (self->layers, i)) == 0;

  if (same)
    {
      g_list_model_items_changed (G_LIST_MODEL (self->layers), 0, n_old, n_old);
    }
  else
    {
      int selected = self->selected_layer;

      g_ptr_array_add (ids, NULL);
      gtk_string_list_splice (self->layers, 0, n_old, (const char * const *)ids->pdata);

      /* Keep the selection when the layer still exists (it may have moved). */
      if (find_layer (self, selected) != NULL)
        gtk_single_selection_set_selected (self->selection, position_of_layer (self, selected));
      else
        sd_layer_list_set_selected_layer (self, -1);
    }

  update_details (self);
}

/*
 * Signal callbacks
 */

static void
on_section_changed_cb (SdLayerList *self,
                       SdSection   *section)
{
  g_assert (SD_IS_LAYER_LIST (self));

  reload_layers (self);
}

static void
on_selection_selected_cb (SdLayerList        *self,
                          GParamSpec         *pspec,
                          GtkSingleSelection *selection)
{
  guint position = gtk_single_selection_get_selected (selection);
  int id = position == GTK_INVALID_LIST_POSITION ? -1 : layer_id_at (self, position);

  g_assert (SD_IS_LAYER_LIST (self));

  sd_layer_list_set_selected_layer (self, id);
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  int id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (area), "sd-layer-id")) - 1;
  SdPaintColor color;

  if (id < 0 || id >= SD_N_LAYERS)
    return;

  color = sd_painter_get_layer_color (id);

  /* A rounded square with a thin dark edge, visible on light and dark panels. */
  cairo_new_sub_path (cr);
  cairo_arc (cr, width - 3.5, 3.5, 3, -G_PI / 2, 0);
  cairo_arc (cr, width - 3.5, height - 3.5, 3, 0, G_PI / 2);
  cairo_arc (cr, 3.5, height - 3.5, 3, G_PI / 2, G_PI);
  cairo_arc (cr, 3.5, 3.5, 3, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 1.0);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.35);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

static void
on_factory_setup_cb (SdLayerList              *self,
                     GtkListItem              *list_item,
                     GtkSignalListItemFactory *factory)
{
  GtkWidget *box;
  GtkWidget *swatch;
  GtkWidget *text_box;
  GtkWidget *name;
  GtkWidget *common;
  GtkWidget *range;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);

  swatch = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 14);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 14);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, NULL, NULL);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (swatch, "layer-swatch");
  /* Decoration only: the name next to it says the same. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), swatch);

  text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (text_box, TRUE);
  name = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (text_box), name);
  common = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (common), 0);
  gtk_label_set_ellipsize (GTK_LABEL (common), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (common, "caption");
  gtk_widget_add_css_class (common, "dim-label");
  gtk_box_append (GTK_BOX (text_box), common);
  gtk_box_append (GTK_BOX (box), text_box);

  range = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (range), 1);
  gtk_widget_add_css_class (range, "caption");
  gtk_widget_add_css_class (range, "dim-label");
  gtk_widget_add_css_class (range, "layer-depth");
  gtk_box_append (GTK_BOX (box), range);

  g_object_set_data (G_OBJECT (box), "swatch", swatch);
  g_object_set_data (G_OBJECT (box), "name", name);
  g_object_set_data (G_OBJECT (box), "common", common);
  g_object_set_data (G_OBJECT (box), "range", range);

  gtk_list_item_set_child (list_item, box);
}

static void
on_factory_bind_cb (SdLayerList              *self,
                    GtkListItem              *list_item,
                    GtkSignalListItemFactory *factory)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkStringObject *item = gtk_list_item_get_item (list_item);
  g_autofree char *range = NULL;
  const SdLayer *layer;
  SdLayerId id;

  if (!sd_layer_id_from_string (gtk_string_object_get_string (item), &id, NULL))
    return;

  layer = find_layer (self, id);

  g_object_set_data (g_object_get_data (G_OBJECT (box), "swatch"), "sd-layer-id",
                     GINT_TO_POINTER (id + 1));
  gtk_widget_queue_draw (g_object_get_data (G_OBJECT (box), "swatch"));
  gtk_label_set_label (g_object_get_data (G_OBJECT (box), "name"), _(sd_layer_get_name (id)));
  gtk_label_set_label (g_object_get_data (G_OBJECT (box), "common"),
                       _(sd_layer_get_common_name (id)));

  if (layer != NULL)
    range = format_range (self, layer);
  gtk_label_set_label (g_object_get_data (G_OBJECT (box), "range"), range ? range : "");

  /* The row itself is what a screen reader announces as the focus moves, so it
   * carries the whole text: "Stratum spinosum, spiny layer, 20–40 µm". GTK 4.8
   * has no gtk_list_item_set_accessible_label(); the row is the child's parent. */
  if (gtk_widget_get_parent (box) != NULL)
    {
      g_autofree char *label = NULL;

      /* translators: a row of the layer list as screen readers say it:
       * "Stratum spinosum, spiny layer, 20–40 µm" */
      label = g_strdup_printf (_("%s, %s, %s"), _(sd_layer_get_name (id)),
                               _(sd_layer_get_common_name (id)), range ? range : "");
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
}

/*
 * GObject overrides
 */

static void
sd_layer_list_dispose (GObject *object)
{
  SdLayerList *self = (SdLayerList *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_LAYER_LIST);

  if (self->section_signals != NULL)
    g_signal_group_set_target (self->section_signals, NULL);
  g_clear_object (&self->section_signals);
  g_clear_object (&self->section);
  g_clear_object (&self->selection);
  g_clear_object (&self->layers);

  G_OBJECT_CLASS (sd_layer_list_parent_class)->dispose (object);
}

static void
sd_layer_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SdLayerList *self = SD_LAYER_LIST (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;

    case PROP_SELECTED_LAYER:
      g_value_set_int (value, self->selected_layer);
      break;

    case PROP_MILLIMETRES:
      g_value_set_boolean (value, self->millimetres);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_layer_list_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SdLayerList *self = SD_LAYER_LIST (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      sd_layer_list_set_section (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_LAYER:
      sd_layer_list_set_selected_layer (self, g_value_get_int (value));
      break;

    case PROP_MILLIMETRES:
      sd_layer_list_set_millimetres (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_layer_list_class_init (SdLayerListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_layer_list_dispose;
  object_class->get_property = sd_layer_list_get_property;
  object_class->set_property = sd_layer_list_set_property;

  /**
   * SdLayerList:section:
   *
   * The section whose layers are listed.
   */
  properties[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL,
                         SD_TYPE_SECTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SdLayerList:selected-layer:
   *
   * The selected layer, an SdLayerId, or -1 for none.
   */
  properties[PROP_SELECTED_LAYER] =
    g_param_spec_int ("selected-layer", NULL, NULL,
                      -1, SD_N_LAYERS - 1, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SdLayerList:millimetres:
   *
   * Whether depths are shown in millimetres rather than micrometres.
   */
  properties[PROP_MILLIMETRES] =
    g_param_spec_boolean ("millimetres", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/sd-layer-list.ui");
  gtk_widget_class_bind_template_child (widget_class, SdLayerList, list_frame);
  gtk_widget_class_bind_template_child (widget_class, SdLayerList, list_view);
  gtk_widget_class_bind_template_child (widget_class, SdLayerList, details_stack);
  gtk_widget_class_bind_template_child (widget_class, SdLayerList, name_label);
  gtk_widget_class_bind_template_child (widget_class, SdLayerList, aliases_label);
  gtk_widget_class_bind_template_child (widget_class, SdLayerList, depth_label);
  gtk_widget_class_bind_template_child (widget_class, SdLayerList, description_label);
  gtk_widget_class_bind_template_child (widget_class, SdLayerList, assumed_box);
  gtk_widget_class_bind_template_child (widget_class, SdLayerList, assumed_label);
  gtk_widget_class_bind_template_child (widget_class, SdLayerList, source_label);
  gtk_widget_class_bind_template_child (widget_class, SdLayerList, source_button);
  gtk_widget_class_bind_template_child (widget_class, SdLayerList, term_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "layerlist");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sd_layer_list_init (SdLayerList *self)
{
  GtkListItemFactory *factory;
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);

  self->selected_layer = -1;

  self->layers = gtk_string_list_new (NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->layers)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_selected_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (on_factory_setup_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_factory_bind_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  self->section_signals = g_signal_group_new (SD_TYPE_SECTION);
  g_signal_group_connect_object (self->section_signals, "changed",
                                 G_CALLBACK (on_section_changed_cb), self, G_CONNECT_SWAPPED);
}

/*
 * Public API
 */

GtkWidget *
sd_layer_list_new (void)
{
  return g_object_new (SD_TYPE_LAYER_LIST, NULL);
}

/**
 * sd_layer_list_get_section:
 *
 * Returns: (transfer none) (nullable): the section
 */
SdSection *
sd_layer_list_get_section (SdLayerList *self)
{
  g_return_val_if_fail (SD_IS_LAYER_LIST (self), NULL);

  return self->section;
}

void
sd_layer_list_set_section (SdLayerList *self,
                           SdSection   *section)
{
  g_return_if_fail (SD_IS_LAYER_LIST (self));
  g_return_if_fail (section == NULL || SD_IS_SECTION (section));

  if (!g_set_object (&self->section, section))
    return;

  g_signal_group_set_target (self->section_signals, section);
  reload_layers (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

int
sd_layer_list_get_selected_layer (SdLayerList *self)
{
  g_return_val_if_fail (SD_IS_LAYER_LIST (self), -1);

  return self->selected_layer;
}

/**
 * sd_layer_list_set_selected_layer:
 * @layer: an SdLayerId, or -1 for none
 *
 * Selects a layer. A layer that the current site does not have (the stratum
 * lucidum in thin skin) selects nothing.
 */
void
sd_layer_list_set_selected_layer (SdLayerList *self,
                                  int          layer)
{
  guint position;

  g_return_if_fail (SD_IS_LAYER_LIST (self));
  g_return_if_fail (layer >= -1 && layer < SD_N_LAYERS);

  if (layer >= 0 && find_layer (self, layer) == NULL)
    layer = -1;

  position = layer < 0 ? GTK_INVALID_LIST_POSITION : position_of_layer (self, layer);
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);

  if (self->selected_layer == layer)
    return;

  self->selected_layer = layer;
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  update_details (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_LAYER]);
}

gboolean
sd_layer_list_get_millimetres (SdLayerList *self)
{
  g_return_val_if_fail (SD_IS_LAYER_LIST (self), FALSE);

  return self->millimetres;
}

void
sd_layer_list_set_millimetres (SdLayerList *self,
                               gboolean     millimetres)
{
  guint n;

  g_return_if_fail (SD_IS_LAYER_LIST (self));

  millimetres = !!millimetres;
  if (self->millimetres == millimetres)
    return;

  self->millimetres = millimetres;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->layers));
  g_list_model_items_changed (G_LIST_MODEL (self->layers), 0, n, n);
  update_details (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MILLIMETRES]);
}

/**
 * sd_layer_list_get_details:
 *
 * Returns: (transfer none): the widget that describes the selected layer, so
 *   that a scrolling container can bring it into view
 */
GtkWidget *
sd_layer_list_get_details (SdLayerList *self)
{
  g_return_val_if_fail (SD_IS_LAYER_LIST (self), NULL);

  return GTK_WIDGET (self->details_stack);
}
