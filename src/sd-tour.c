/* sd-tour.c — the guided tour through the main window
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Walks the steps of sd-tour-steps.c over the real picture and controls: each
 * step sets the site, age, selection, zoom, needle, course day and side-panel
 * page through the window's public API, and a caption card above the picture
 * says what is shown. Leaving the tour (Esc, the close button, or Next on the
 * last step) puts back what the user had. The caption is a status region, so
 * screen readers read each step; the card's reveal follows gtk-enable-animations
 * (GtkRevealer), and a step sets the zoom at once, without an animation.
 */

#define G_LOG_DOMAIN "sd-tour"

#include "config.h"

#include "sd-tour.h"
#include "sd-section-view.h"
#include "sd-tour-steps.h"
#include "sd-window.h"

#include <glib/gi18n.h>

typedef struct
{
  SdSite   site;
  double   age;
  SdSex    sex;
  int      layer;
  double   zoom;
  gboolean show_needle;
  double   needle_progress;
  SdDevice device;
  double   length_mm;
  guint    day;
  char    *page;
  gboolean sidebar_revealed;
} SavedState;

struct _SdTour
{
  GObject     parent_instance;

  SdWindow   *window;          /* not owned: it owns us */
  GtkWidget  *revealer;        /* the card; owned by its parent once placed */
  GtkWidget  *counter_label;
  GtkWidget  *title_label;
  GtkWidget  *caption_label;
  GtkWidget  *back_button;
  GtkWidget  *next_button;
  GtkWidget  *close_button;
  GtkWidget  *term_button;

  SavedState  saved;
  guint       step;
  guint       running : 1;
  guint       offering : 1;
};

G_DEFINE_FINAL_TYPE (SdTour, sd_tour, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RUNNING,
  PROP_STEP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Auxiliary methods
 */

static SdSectionView *
get_view (SdTour *self)
{
  return SD_SECTION_VIEW (sd_window_get_section_view (self->window));
}

static void
save_state (SdTour *self)
{
  SdSection *section = sd_window_get_section (self->window);
  SdSectionView *view = get_view (self);
  SavedState *s = &self->saved;

  s->site = sd_section_get_site (section);
  s->age = sd_section_get_age (section);
  s->sex = sd_section_get_sex (section);
  s->device = sd_section_get_device (section);
  s->length_mm = sd_section_get_length_mm (section);
  s->layer = sd_section_view_get_selected_layer (view);
  s->zoom = sd_section_view_get_zoom (view);
  s->show_needle = sd_section_view_get_show_needle (view);
  s->needle_progress = sd_section_view_get_needle_progress (view);
  s->day = sd_treatment_get_day (sd_window_get_treatment (self->window));
  g_free (s->page);
  s->page = g_strdup (sd_window_get_sidebar_page (self->window));
  s->sidebar_revealed = sd_window_get_sidebar_revealed (self->window);
}

static void
restore_state (SdTour *self)
{
  SdSection *section = sd_window_get_section (self->window);
  SdSectionView *view = get_view (self);
  SavedState *s = &self->saved;

  /* The site first: it decides which layers exist to be selected. */
  sd_section_set_site (section, s->site);
  sd_section_set_age (section, s->age);
  sd_section_set_sex (section, s->sex);
  sd_section_set_device (section, s->device);
  sd_section_set_length_mm (section, s->length_mm);
  sd_treatment_set_day (sd_window_get_treatment (self->window), s->day);
  if (s->page != NULL)
    sd_window_set_sidebar_page (self->window, s->page);
  sd_window_set_sidebar_revealed (self->window, s->sidebar_revealed);
  sd_section_view_set_selected_layer (view, s->layer);
  sd_section_view_set_zoom (view, s->zoom);
  sd_section_view_set_show_needle (view, s->show_needle);
  sd_section_view_set_needle_progress (view, s->needle_progress);
}

static void
apply_step (SdTour           *self,
            const SdTourStep *step)
{
  SdSection *section = sd_window_get_section (self->window);
  SdSectionView *view = get_view (self);

  sd_section_set_site (section, step->site);
  sd_section_set_age (section, step->age_years);
  sd_section_set_device (section, step->device);
  sd_section_set_length_mm (section, step->length_mm);
  sd_treatment_set_day (sd_window_get_treatment (self->window), step->day);
  sd_window_set_sidebar_page (self->window, step->page);
  sd_section_view_set_selected_layer (view, step->layer);
  sd_section_view_set_zoom (view, step->zoom);
  sd_section_view_set_show_needle (view, step->show_needle);
  sd_section_view_set_needle_progress (view, 1.0);
}

static void
update_card (SdTour *self)
{
  guint n_steps;
  const SdTourStep *steps = sd_tour_get_steps (&n_steps);
  const SdTourStep *step = &steps[MIN (self->step, n_steps - 1)];
  g_autofree char *counter = NULL;
  g_autofree char *a11y = NULL;

  if (self->offering)
    {
      g_autofree char *offer = NULL;

      /* translators: %u is the number of steps */
      offer = g_strdup_printf (_("A tour in %u short steps walks through the layers, a needle, "
                                 "bleeding, healing and ageing, on the real picture."), n_steps);
      gtk_label_set_label (GTK_LABEL (self->counter_label), _("Guided tour"));
      gtk_label_set_label (GTK_LABEL (self->title_label), _("New to Skin Deep?"));
      gtk_label_set_label (GTK_LABEL (self->caption_label), offer);
      gtk_button_set_label (GTK_BUTTON (self->next_button), _("Take the Tour"));
      gtk_widget_set_visible (self->back_button, FALSE);
      gtk_widget_set_visible (self->term_button, FALSE);
      gtk_widget_set_tooltip_text (self->close_button, _("Not Now"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->close_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Not now"), -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->revealer),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Guided tour"), -1);
      return;
    }

  /* translators: the tour's step counter, "Step 3 of 15" */
  counter = g_strdup_printf (_("Step %u of %u"), self->step + 1, n_steps);
  gtk_label_set_label (GTK_LABEL (self->counter_label), counter);
  gtk_label_set_label (GTK_LABEL (self->title_label), _(step->title));
  gtk_label_set_label (GTK_LABEL (self->caption_label), _(step->caption));
  gtk_widget_set_visible (self->back_button, TRUE);
  gtk_widget_set_sensitive (self->back_button, self->step > 0);
  gtk_button_set_label (GTK_BUTTON (self->next_button),
                        self->step + 1 < n_steps ? _("Next") : _("Finish"));
  gtk_widget_set_tooltip_text (self->close_button, _("Leave the Tour (Esc)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->close_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Leave the tour"), -1);

  gtk_widget_set_visible (self->term_button, step->glossary_id != NULL);
  if (step->glossary_id != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (self->term_button), "s", step->glossary_id);

  /* translators: the tour card's name for screen readers, "Tour, step 3 of 15: The spiny layer" */
  a11y = g_strdup_printf (_("Tour, step %u of %u: %s"), self->step + 1, n_steps, _(step->title));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->revealer),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->next_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, a11y, -1);
}

static void
build_card (SdTour *self)
{
  GtkWidget *card, *top, *buttons, *spacer;

  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "sd-tour-card");
  gtk_widget_set_margin_top (card, 6);
  gtk_widget_set_margin_bottom (card, 6);
  gtk_widget_set_margin_start (card, 12);
  gtk_widget_set_margin_end (card, 12);

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (top, 6);
  gtk_widget_set_margin_start (top, 12);
  gtk_widget_set_margin_end (top, 6);
  self->counter_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->counter_label), 0.0);
  gtk_widget_set_hexpand (self->counter_label, TRUE);
  gtk_widget_add_css_class (self->counter_label, "caption");
  gtk_widget_add_css_class (self->counter_label, "dim-label");
  gtk_box_append (GTK_BOX (top), self->counter_label);
  self->close_button = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_add_css_class (self->close_button, "flat");
  gtk_widget_add_css_class (self->close_button, "circular");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->close_button), "win.tour-stop");
  gtk_box_append (GTK_BOX (top), self->close_button);
  gtk_box_append (GTK_BOX (card), top);

  self->title_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title_label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (self->title_label), TRUE);
  gtk_widget_add_css_class (self->title_label, "title-4");
  gtk_widget_set_margin_start (self->title_label, 12);
  gtk_widget_set_margin_end (self->title_label, 12);
  gtk_box_append (GTK_BOX (card), self->title_label);

  self->caption_label = g_object_new (GTK_TYPE_LABEL,
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_STATUS,
                                      "xalign", 0.0f, "wrap", TRUE,
                                      "margin-start", 12, "margin-end", 12, NULL);
  gtk_box_append (GTK_BOX (card), self->caption_label);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (buttons, 6);
  gtk_widget_set_margin_bottom (buttons, 12);
  gtk_widget_set_margin_start (buttons, 12);
  gtk_widget_set_margin_end (buttons, 12);
  self->term_button = gtk_button_new_with_label (_("Look It Up"));
  gtk_widget_set_tooltip_text (self->term_button, _("Open this step’s term in the glossary"));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->term_button), "s", "epidermis");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->term_button), "app.show-term");
  gtk_widget_add_css_class (self->term_button, "flat");
  gtk_box_append (GTK_BOX (buttons), self->term_button);
  spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (buttons), spacer);
  self->back_button = gtk_button_new_with_label (_("Back"));
  gtk_widget_set_tooltip_text (self->back_button, _("Previous Step (Left)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->back_button), "win.tour-previous");
  gtk_box_append (GTK_BOX (buttons), self->back_button);
  /* no mnemonic (Right moves on): GTK 4.8 would read a mnemonic button's name twice */
  self->next_button = gtk_button_new_with_label (_("Next"));
  gtk_widget_set_tooltip_text (self->next_button, _("Next Step (Right)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->next_button), "win.tour-next");
  gtk_widget_add_css_class (self->next_button, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), self->next_button);
  gtk_box_append (GTK_BOX (card), buttons);

  self->revealer = g_object_new (GTK_TYPE_REVEALER,
                                 "transition-type", GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN,
                                 "reveal-child", FALSE, "visible", FALSE,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                 "child", card, NULL);
  g_object_ref_sink (self->revealer);
}

static void
show_card (SdTour *self)
{
  update_card (self);
  gtk_widget_set_visible (self->revealer, TRUE);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), TRUE);
  /* Focus on Next: Enter goes on, and screen readers read the step. */
  gtk_widget_grab_focus (self->next_button);
}

static void
set_running (SdTour   *self,
             gboolean  running)
{
  if (self->running == !!running)
    return;

  self->running = !!running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

/*
 * GObject overrides
 */

static void
sd_tour_dispose (GObject *object)
{
  SdTour *self = (SdTour *)object;

  g_clear_object (&self->revealer);
  g_clear_pointer (&self->saved.page, g_free);

  G_OBJECT_CLASS (sd_tour_parent_class)->dispose (object);
}

static void
sd_tour_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  SdTour *self = SD_TOUR (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;
    case PROP_STEP:
      g_value_set_uint (value, self->step);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_tour_class_init (SdTourClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sd_tour_dispose;
  object_class->get_property = sd_tour_get_property;

  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STEP] =
    g_param_spec_uint ("step", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sd_tour_init (SdTour *self)
{
  build_card (self);
}

/*
 * Public API
 */

SdTour *
sd_tour_new (SdWindow *window)
{
  SdTour *self;

  g_return_val_if_fail (SD_IS_WINDOW (window), NULL);

  self = g_object_new (SD_TYPE_TOUR, NULL);
  self->window = window;

  return self;
}

/**
 * sd_tour_get_card:
 *
 * Returns: (transfer none): the caption card
 */
GtkWidget *
sd_tour_get_card (SdTour *self)
{
  g_return_val_if_fail (SD_IS_TOUR (self), NULL);

  return self->revealer;
}

void
sd_tour_offer (SdTour *self)
{
  g_return_if_fail (SD_IS_TOUR (self));

  if (self->running)
    return;

  self->offering = TRUE;
  show_card (self);
}

void
sd_tour_start (SdTour *self)
{
  g_return_if_fail (SD_IS_TOUR (self));

  self->offering = FALSE;
  if (!self->running)
    {
      save_state (self);
      set_running (self, TRUE);
    }
  sd_tour_go_to (self, 0);
}

void
sd_tour_go_to (SdTour *self,
               guint   step)
{
  guint n_steps;
  const SdTourStep *steps = sd_tour_get_steps (&n_steps);

  g_return_if_fail (SD_IS_TOUR (self));
  g_return_if_fail (step < n_steps);

  if (!self->running)
    return;

  apply_step (self, &steps[step]);
  if (self->step != step)
    {
      self->step = step;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
    }
  show_card (self);
}

void
sd_tour_next (SdTour *self)
{
  guint n_steps;

  g_return_if_fail (SD_IS_TOUR (self));

  sd_tour_get_steps (&n_steps);

  if (self->offering)
    sd_tour_start (self);
  else if (!self->running)
    return;
  else if (self->step + 1 < n_steps)
    sd_tour_go_to (self, self->step + 1);
  else
    sd_tour_stop (self);
}

void
sd_tour_previous (SdTour *self)
{
  g_return_if_fail (SD_IS_TOUR (self));

  if (self->running && self->step > 0)
    sd_tour_go_to (self, self->step - 1);
}

void
sd_tour_stop (SdTour *self)
{
  g_return_if_fail (SD_IS_TOUR (self));

  self->offering = FALSE;
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), FALSE);
  gtk_widget_set_visible (self->revealer, FALSE);

  if (!self->running)
    return;

  restore_state (self);
  set_running (self, FALSE);
  gtk_widget_grab_focus (sd_window_get_section_view (self->window));
}

gboolean
sd_tour_get_card_shown (SdTour *self)
{
  g_return_val_if_fail (SD_IS_TOUR (self), FALSE);

  return self->running || self->offering;
}

gboolean
sd_tour_get_running (SdTour *self)
{
  g_return_val_if_fail (SD_IS_TOUR (self), FALSE);

  return self->running;
}

guint
sd_tour_get_step (SdTour *self)
{
  g_return_val_if_fail (SD_IS_TOUR (self), 0);

  return self->step;
}
