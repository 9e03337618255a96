/* sd-quiz-page.c
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The Quiz page of the side panel: ten questions drawn from the model (sd-quiz.c), one at a
 * time. Answer by choosing (keys 1–8 toggle a choice) or, for a layer at a depth, by
 * clicking the picture; Check shows at once whether it was right, with the explanation and
 * its source; a score over the ten questions; New Questions draws another seed. The result
 * line has the "status" role, so screen readers read each verdict (GTK 4.8 has no announce
 * API). Nothing is stored: a quiz lives as long as the page shows it.
 */

#define G_LOG_DOMAIN "sd-quiz-page"

#include "config.h"

#include "sd-quiz-page.h"
#include "sd-worksheet.h"

#include <glib/gi18n.h>

struct _SdQuizPage
{
  GtkBox          parent_instance;

  /* Widgets */
  GtkLabel       *progress_label;
  GtkLabel       *prompt_label;
  GtkWidget      *picture;
  GtkLabel       *hint_label;
  GtkBox         *choices_box;
  GtkWidget      *choice_buttons[SD_QUIZ_MAX_CHOICES];
  GtkWidget      *check_button;
  GtkLabel       *result_label;
  GtkLabel       *explanation_label;
  GtkLabel       *source_label;
  GtkWidget      *next_button;
  GtkWidget      *retry_button;

  /* Owned */
  SdQuiz         *quiz;
  SdPainter      *painter;

  /* State */
  guint           position;
  guint           score;
  guint           checked : 1;
  guint           finished : 1;
};

G_DEFINE_FINAL_TYPE (SdQuizPage, sd_quiz_page, GTK_TYPE_BOX)

/*
 * Helpers
 */

static const SdQuizQuestion *
current_question (SdQuizPage *self)
{
  if (self->quiz == NULL || self->finished)
    return NULL;
  return sd_quiz_get_question (self->quiz, self->position);
}

static void
update_actions (SdQuizPage *self)
{
  gboolean asking = current_question (self) != NULL && !self->checked;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.choose", asking);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.check", asking);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.next",
                                 current_question (self) != NULL && self->checked);
}

static void
update_progress (SdQuizPage *self)
{
  g_autofree char *text = NULL;
  guint n = sd_quiz_get_n_questions (self->quiz);

  if (self->finished)
    /* translators: the quiz's progress line once it is over */
    text = g_strdup_printf (_("Score %u of %u"), self->score, n);
  else
    /* translators: the quiz's progress line: question number, count, score so far */
    text = g_strdup_printf (_("Question %u of %u · Score %u"), self->position + 1, n,
                            self->score);
  gtk_label_set_label (self->progress_label, text);
}

static void
clear_choices (SdQuizPage *self)
{
  for (guint i = 0; i < SD_QUIZ_MAX_CHOICES; i++)
    if (self->choice_buttons[i] != NULL)
      {
        gtk_box_remove (self->choices_box, self->choice_buttons[i]);
        self->choice_buttons[i] = NULL;
      }
}

static void
set_feedback (SdQuizPage *self,
              const char *result,
              const char *explanation,
              const char *source)
{
  gtk_label_set_label (self->result_label, result != NULL ? result : "");
  gtk_widget_set_visible (GTK_WIDGET (self->result_label), result != NULL);
  gtk_label_set_label (self->explanation_label, explanation != NULL ? explanation : "");
  gtk_widget_set_visible (GTK_WIDGET (self->explanation_label), explanation != NULL);
  gtk_label_set_label (self->source_label, source != NULL ? source : "");
  gtk_widget_set_visible (GTK_WIDGET (self->source_label), source != NULL);
}

/* A screen reader's name for a button with a mnemonic (GTK 4.8 would read the underscore) */
static void
set_button_name (GtkWidget  *button,
                 const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
show_question (SdQuizPage *self)
{
  const SdQuizQuestion *q = current_question (self);
  GtkCheckButton *group = NULL;
  g_autofree char *hint = NULL;

  clear_choices (self);
  set_feedback (self, NULL, NULL, NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->result_label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->result_label), "error");
  update_progress (self);

  if (q == NULL)
    {
      g_autofree char *summary = NULL;
      guint n = sd_quiz_get_n_questions (self->quiz);

      /* translators: the end of the quiz; %u are the right answers and the questions */
      summary = g_strdup_printf (ngettext ("You answered %u of %u question right.",
                                           "You answered %u of %u questions right.", n),
                                 self->score, n);
      /* translators: the heading once the quiz's last question is answered */
      gtk_label_set_label (self->prompt_label, _("Quiz complete"));
      gtk_widget_set_visible (self->picture, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->hint_label), FALSE);
      gtk_widget_set_visible (self->check_button, FALSE);
      gtk_widget_set_visible (self->next_button, FALSE);
      set_feedback (self, summary, _("Try new questions for another set drawn from the model, "
                                     "at other sites, ages and needles."), NULL);
      update_actions (self);
      gtk_widget_grab_focus (self->retry_button);
      return;
    }

  gtk_label_set_label (self->prompt_label, q->prompt);
  gtk_widget_set_visible (self->picture, sd_quiz_question_has_picture (q));
  gtk_widget_queue_draw (self->picture);
  if (sd_quiz_question_has_picture (q))
    /* translators: %u is the number of choices */
    hint = g_strdup_printf (_("Click the layer at the dashed line, or press 1 to %u. "
                              "Ctrl+Enter checks."), q->n_choices);
  else if (q->multiple)
    /* translators: %u is the number of choices */
    hint = g_strdup_printf (_("Choose every answer that applies: press 1 to %u to tick "
                              "them. Ctrl+Enter checks."), q->n_choices);
  else
    /* translators: %u is the number of choices */
    hint = g_strdup_printf (_("Choose one answer, or press 1 to %u. Ctrl+Enter checks."),
                            q->n_choices);
  gtk_label_set_label (self->hint_label, hint);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), TRUE);

  for (guint i = 0; i < q->n_choices; i++)
    {
      /* translators: a choice of the quiz; %u is its number key, %s its text */
      g_autofree char *label = g_strdup_printf (_("%u. %s"), i + 1, q->choices[i]);
      GtkWidget *button = gtk_check_button_new_with_label (label);

      gtk_label_set_wrap (GTK_LABEL (gtk_widget_get_last_child (button)), TRUE);
      if (!q->multiple)
        {
          if (group == NULL)
            group = GTK_CHECK_BUTTON (button);
          else
            gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
        }
      gtk_box_append (self->choices_box, button);
      self->choice_buttons[i] = button;
    }

  gtk_widget_set_visible (self->check_button, TRUE);
  gtk_widget_set_sensitive (self->check_button, TRUE);
  gtk_widget_set_visible (self->next_button, FALSE);
  update_actions (self);
  if (self->choice_buttons[0] != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (self->choice_buttons[0]);
}

static void
check_answer (SdQuizPage *self)
{
  const SdQuizQuestion *q = current_question (self);
  g_autoptr(GString) right = g_string_new (NULL);
  g_autofree char *result = NULL;
  g_autofree char *source = NULL;
  guint chosen[SD_QUIZ_MAX_CHOICES];
  guint n_chosen = 0;
  gboolean correct;

  if (q == NULL || self->checked)
    return;

  for (guint i = 0; i < q->n_choices; i++)
    {
      GtkWidget *button = self->choice_buttons[i];

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (button)))
        chosen[n_chosen++] = i;
      gtk_widget_set_sensitive (button, FALSE);
      if (sd_quiz_question_is_answer (q, i))
        {
          gtk_widget_add_css_class (button, "success");
          if (right->len > 0)
            g_string_append (right, ", ");
          g_string_append (right, q->choices[i]);
        }
    }
  correct = sd_quiz_question_check (q, chosen, n_chosen);
  if (correct)
    self->score++;
  self->checked = TRUE;

  if (correct)
    /* translators: the verdict on a quiz answer; %s are the right choices */
    result = g_strdup_printf (_("Right: %s."), right->str);
  else
    /* translators: the verdict on a quiz answer; %s are the right choices */
    result = g_strdup_printf (_("Not quite. The answer is: %s."), right->str);
  source = g_strdup_printf (_("Source: %s"), q->source);
  set_feedback (self, result, q->explanation, source);
  gtk_widget_add_css_class (GTK_WIDGET (self->result_label), correct ? "success" : "error");

  gtk_widget_set_visible (self->check_button, FALSE);
  {
    gboolean last = self->position + 1 >= sd_quiz_get_n_questions (self->quiz);

    gtk_button_set_label (GTK_BUTTON (self->next_button),
                          last ? _("See Your _Score") : _("_Next Question"));
    set_button_name (self->next_button, last ? _("See your score") : _("Next question"));
  }
  gtk_widget_set_visible (self->next_button, TRUE);
  update_progress (self);
  update_actions (self);
  gtk_widget_queue_draw (self->picture);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (self->next_button);
}

static void
next_question (SdQuizPage *self)
{
  if (current_question (self) == NULL || !self->checked)
    return;

  self->checked = FALSE;
  if (self->position + 1 < sd_quiz_get_n_questions (self->quiz))
    self->position++;
  else
    self->finished = TRUE;
  show_question (self);
}

static void
toggle_choice (SdQuizPage *self,
               guint       index)
{
  const SdQuizQuestion *q = current_question (self);
  GtkCheckButton *button;

  if (q == NULL || self->checked || index >= q->n_choices)
    return;

  button = GTK_CHECK_BUTTON (self->choice_buttons[index]);
  /* a single-answer choice is chosen, not toggled off, like a click on a radio button */
  gtk_check_button_set_active (button, q->multiple ? !gtk_check_button_get_active (button)
                                                   : TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (button));
  gtk_widget_queue_draw (self->picture);
}

/* The layer the picture marks as chosen: the answer once checked, else the choice made */
static int
picture_selected_layer (SdQuizPage           *self,
                        const SdQuizQuestion *q)
{
  for (guint i = 0; i < q->n_choices; i++)
    {
      gboolean marked = self->checked
                      ? sd_quiz_question_is_answer (q, i)
                      : gtk_check_button_get_active (GTK_CHECK_BUTTON (self->choice_buttons[i]));

      if (marked)
        return q->choice_values[i];
    }
  return -1;
}

static void
draw_picture (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  SdQuizPage *self = user_data;
  const SdQuizQuestion *q = current_question (self);
  SdSkinProfile profile;
  SdPaintOptions options;

  if (q == NULL || !sd_quiz_question_has_picture (q))
    return;

  sd_quiz_picture_setup (q, width, height, &profile, &options);
  options.selected_layer = picture_selected_layer (self, q);
  options.accent = (SdPaintColor) { 0.21, 0.52, 0.89, 1 };
  sd_quiz_picture_paint (self->painter, cr, q, &profile, &options, width, height);
}

/*
 * Signal callbacks
 */

static void
on_check_clicked_cb (SdQuizPage *self)
{
  check_answer (self);
}

static void
on_next_clicked_cb (SdQuizPage *self)
{
  next_question (self);
}

static void
on_retry_clicked_cb (SdQuizPage *self)
{
  sd_quiz_page_start (self, g_random_int ());
  if (self->choice_buttons[0] != NULL)
    gtk_widget_grab_focus (self->choice_buttons[0]);
}

static void
on_picture_pressed_cb (SdQuizPage *self,
                       int         n_press,
                       double      x,
                       double      y)
{
  sd_quiz_page_click_picture (self, x, y);
}

/*
 * Actions
 */

static void
sd_quiz_page_choose_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  guint number = g_variant_get_uint32 (param);

  if (number >= 1)
    toggle_choice (SD_QUIZ_PAGE (widget), number - 1);
}

static void
sd_quiz_page_check_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  check_answer (SD_QUIZ_PAGE (widget));
}

static void
sd_quiz_page_next_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  next_question (SD_QUIZ_PAGE (widget));
}

static void
sd_quiz_page_retry_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  on_retry_clicked_cb (SD_QUIZ_PAGE (widget));
}

/*
 * GtkWidget
 */

static void
sd_quiz_page_map (GtkWidget *widget)
{
  SdQuizPage *self = SD_QUIZ_PAGE (widget);

  /* The first quiz is drawn when the page is first shown, not at start-up */
  if (self->quiz == NULL)
    sd_quiz_page_start (self, g_random_int ());

  GTK_WIDGET_CLASS (sd_quiz_page_parent_class)->map (widget);

  /* Opening the page puts the keyboard on its first answer, where 1–8 and Ctrl+Enter work */
  if (self->choice_buttons[0] != NULL)
    gtk_widget_grab_focus (self->choice_buttons[0]);
  else
    gtk_widget_grab_focus (self->retry_button);
}

/*
 * GObject
 */

static void
sd_quiz_page_dispose (GObject *object)
{
  SdQuizPage *self = SD_QUIZ_PAGE (object);

  g_clear_pointer (&self->quiz, sd_quiz_free);
  g_clear_pointer (&self->painter, sd_painter_free);

  G_OBJECT_CLASS (sd_quiz_page_parent_class)->dispose (object);
}

static void
sd_quiz_page_class_init (SdQuizPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_quiz_page_dispose;
  widget_class->map = sd_quiz_page_map;

  gtk_widget_class_set_css_name (widget_class, "quizpage");

  gtk_widget_class_install_action (widget_class, "quiz.choose", "u",
                                   sd_quiz_page_choose_action);
  gtk_widget_class_install_action (widget_class, "quiz.check", NULL, sd_quiz_page_check_action);
  gtk_widget_class_install_action (widget_class, "quiz.next", NULL, sd_quiz_page_next_action);
  gtk_widget_class_install_action (widget_class, "quiz.retry", NULL, sd_quiz_page_retry_action);

  for (guint i = 0; i < SD_QUIZ_MAX_CHOICES; i++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, 0, "quiz.choose",
                                           "u", i + 1);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1 + i, 0, "quiz.choose",
                                           "u", i + 1);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "quiz.check", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "quiz.next", NULL);
}

static GtkLabel *
add_label (SdQuizPage *self,
           const char *css_class,
           GtkAccessibleRole role)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "accessible-role", role, "wrap", TRUE,
                                   "xalign", 0.0f, NULL);

  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (self), label);
  return GTK_LABEL (label);
}

static void
sd_quiz_page_init (SdQuizPage *self)
{
  GtkGesture *click;
  GtkWidget *intro;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 18);
  gtk_widget_set_margin_start (GTK_WIDGET (self), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 18);
  self->painter = sd_painter_new ();

  intro = GTK_WIDGET (add_label (self, "dim-label", GTK_ACCESSIBLE_ROLE_LABEL));
  gtk_label_set_label (GTK_LABEL (intro),
                       _("Test yourself: ten questions drawn from the model at random body "
                         "sites, ages and needles. Nothing is kept."));
  gtk_widget_add_css_class (intro, "caption");

  self->progress_label = add_label (self, "heading", GTK_ACCESSIBLE_ROLE_LABEL);
  self->prompt_label = add_label (self, "title-4", GTK_ACCESSIBLE_ROLE_LABEL);
  gtk_label_set_selectable (self->prompt_label, FALSE);

  self->picture = g_object_new (GTK_TYPE_DRAWING_AREA, "accessible-role",
                                GTK_ACCESSIBLE_ROLE_IMG, "content-width", 300,
                                "content-height", 180, NULL);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->picture), draw_picture, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Cross-section of the skin at this site, drawn to scale "
                                    "without layer names; a dashed line marks the depth "
                                    "asked about"),
                                  -1);
  gtk_widget_set_tooltip_text (self->picture, _("Click the layer at the dashed line"));
  gtk_widget_add_css_class (self->picture, "sd-quiz-picture");
  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_picture_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->picture, GTK_EVENT_CONTROLLER (click));
  gtk_box_append (GTK_BOX (self), self->picture);

  self->hint_label = add_label (self, "dim-label", GTK_ACCESSIBLE_ROLE_LABEL);

  self->choices_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 2));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->choices_box),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->prompt_label, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->choices_box));

  self->check_button = gtk_button_new_with_mnemonic (_("_Check Answer"));
  gtk_widget_set_tooltip_text (self->check_button, _("Check Answer (Ctrl+Enter)"));
  set_button_name (self->check_button, _("Check the answer"));
  gtk_widget_add_css_class (self->check_button, "suggested-action");
  gtk_widget_add_css_class (self->check_button, "pill");
  gtk_widget_set_halign (self->check_button, GTK_ALIGN_CENTER);
  g_signal_connect_object (self->check_button, "clicked", G_CALLBACK (on_check_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self), self->check_button);

  /* The verdict is a status line: screen readers read it when it changes */
  self->result_label = add_label (self, "heading", GTK_ACCESSIBLE_ROLE_STATUS);
  self->explanation_label = add_label (self, NULL, GTK_ACCESSIBLE_ROLE_LABEL);
  self->source_label = add_label (self, "dim-label", GTK_ACCESSIBLE_ROLE_LABEL);
  gtk_widget_add_css_class (GTK_WIDGET (self->source_label), "caption");
  gtk_label_set_selectable (self->source_label, TRUE);

  self->next_button = gtk_button_new_with_mnemonic (_("_Next Question"));
  gtk_widget_set_tooltip_text (self->next_button, _("Next Question (Alt+Right)"));
  set_button_name (self->next_button, _("Next question"));
  gtk_widget_add_css_class (self->next_button, "suggested-action");
  gtk_widget_add_css_class (self->next_button, "pill");
  gtk_widget_set_halign (self->next_button, GTK_ALIGN_CENTER);
  g_signal_connect_object (self->next_button, "clicked", G_CALLBACK (on_next_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self), self->next_button);

  self->retry_button = gtk_button_new_with_mnemonic (_("New _Questions"));
  gtk_widget_set_tooltip_text (self->retry_button,
                               _("Start again with ten new questions"));
  set_button_name (self->retry_button, _("Draw ten new questions"));
  gtk_widget_set_halign (self->retry_button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (self->retry_button, 12);
  g_signal_connect_object (self->retry_button, "clicked", G_CALLBACK (on_retry_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self), self->retry_button);

  set_feedback (self, NULL, NULL, NULL);
  gtk_widget_set_visible (self->picture, FALSE);
  gtk_widget_set_visible (self->next_button, FALSE);
  update_actions (self);
}

/*
 * Public API
 */

GtkWidget *
sd_quiz_page_new (void)
{
  return g_object_new (SD_TYPE_QUIZ_PAGE, NULL);
}

void
sd_quiz_page_start (SdQuizPage *self,
                    guint32     seed)
{
  g_return_if_fail (SD_IS_QUIZ_PAGE (self));

  g_clear_pointer (&self->quiz, sd_quiz_free);
  self->quiz = sd_quiz_generate (seed, SD_QUIZ_COUNT_DEFAULT, NULL);
  g_assert (self->quiz != NULL);
  self->position = 0;
  self->score = 0;
  self->checked = FALSE;
  self->finished = FALSE;
  show_question (self);
}

const SdQuiz *
sd_quiz_page_get_quiz (SdQuizPage *self)
{
  g_return_val_if_fail (SD_IS_QUIZ_PAGE (self), NULL);
  return self->quiz;
}

guint
sd_quiz_page_get_position (SdQuizPage *self)
{
  g_return_val_if_fail (SD_IS_QUIZ_PAGE (self), 0);
  return self->position;
}

guint
sd_quiz_page_get_score (SdQuizPage *self)
{
  g_return_val_if_fail (SD_IS_QUIZ_PAGE (self), 0);
  return self->score;
}

gboolean
sd_quiz_page_get_checked (SdQuizPage *self)
{
  g_return_val_if_fail (SD_IS_QUIZ_PAGE (self), FALSE);
  return self->checked;
}

gboolean
sd_quiz_page_get_finished (SdQuizPage *self)
{
  g_return_val_if_fail (SD_IS_QUIZ_PAGE (self), FALSE);
  return self->finished;
}

gboolean
sd_quiz_page_click_picture (SdQuizPage *self,
                            double      x,
                            double      y)
{
  const SdQuizQuestion *q;
  SdSkinProfile profile;
  SdPaintOptions options;
  SdLayerId layer;
  int width, height, index;

  g_return_val_if_fail (SD_IS_QUIZ_PAGE (self), FALSE);

  q = current_question (self);
  if (q == NULL || self->checked || !sd_quiz_question_has_picture (q))
    return FALSE;

  width = gtk_widget_get_width (self->picture);
  height = gtk_widget_get_height (self->picture);
  sd_quiz_picture_setup (q, width, height, &profile, &options);
  if (!sd_painter_layer_at (self->painter, &profile, &options, width, height, x, y, &layer))
    return FALSE;
  index = sd_quiz_question_find_layer (q, layer);
  if (index < 0)
    return FALSE;
  toggle_choice (self, (guint)index);
  return TRUE;
}

GtkWidget *
sd_quiz_page_get_picture (SdQuizPage *self)
{
  g_return_val_if_fail (SD_IS_QUIZ_PAGE (self), NULL);
  return self->picture;
}
