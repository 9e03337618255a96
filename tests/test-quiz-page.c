/* test-quiz-page.c: the Quiz page of the window, played by keyboard actions
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (run under xvfb-run); exits 77 ("skipped") without one.
 */

#include "config.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sd-quiz-page.h"
#include "sd-window.h"
#include "sd-worksheet.h"
#include "sd-test-gtk.h"

#include <adwaita.h>

typedef struct
{
  SdWindow   *window;
  SdQuizPage *page;
  GtkStack   *stack;
} Fixture;

static void
fixture_init (Fixture *f)
{
  f->window = sd_window_new (NULL);
  f->page = SD_QUIZ_PAGE (gtk_widget_get_template_child (GTK_WIDGET (f->window), SD_TYPE_WINDOW,
                                                         "quiz_page"));
  f->stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (f->window), SD_TYPE_WINDOW,
                                                       "sidebar_stack"));
  ck_assert_ptr_nonnull (f->page);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  sd_test_spin_main_loop ();
}

static void
fixture_clear (Fixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  sd_test_spin_main_loop ();
}

static void
show_quiz (Fixture *f)
{
  gtk_stack_set_visible_child_name (f->stack, "quiz");
  sd_test_spin_main_loop ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
choose (Fixture *f,
        guint    index)
{
  /* the number keys' action: 1 is the first choice */
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (f->page), "quiz.choose", "u", index + 1));
}

static void
activate (Fixture    *f,
          const char *action)
{
  ck_assert_msg (gtk_widget_activate_action (GTK_WIDGET (f->page), action, NULL), "%s", action);
  sd_test_spin_main_loop ();
}

/* The first visible descendant of @widget with accessible role @role */
static GtkWidget *
find_role (GtkWidget         *widget,
           GtkAccessibleRole  role)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (gtk_widget_get_visible (c) && gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (c)) == role)
        return c;
      if ((found = find_role (c, role)) != NULL)
        return found;
    }
  return NULL;
}

static const char *
status_text (Fixture *f)
{
  GtkWidget *status = find_role (GTK_WIDGET (f->page), GTK_ACCESSIBLE_ROLE_STATUS);

  ck_assert_msg (status != NULL && GTK_IS_LABEL (status), "no visible status line");
  return gtk_label_get_label (GTK_LABEL (status));
}

/*
 * Tests
 */

START_TEST (test_first_quiz_when_shown)
{
  Fixture f;

  fixture_init (&f);
  ck_assert_ptr_null (sd_quiz_page_get_quiz (f.page));
  show_quiz (&f);
  ck_assert_ptr_nonnull (sd_quiz_page_get_quiz (f.page));
  ck_assert_uint_eq (sd_quiz_get_n_questions (sd_quiz_page_get_quiz (f.page)), 10);
  ck_assert_uint_eq (sd_quiz_page_get_position (f.page), 0);
  fixture_clear (&f);
}
END_TEST

START_TEST (test_play_whole_quiz_by_keyboard)
{
  Fixture f;
  guint expected = 0;
  const SdQuiz *quiz;
  g_autofree char *final = NULL;

  fixture_init (&f);
  show_quiz (&f);
  sd_quiz_page_start (f.page, 2026);
  quiz = sd_quiz_page_get_quiz (f.page);

  for (guint i = 0; i < sd_quiz_get_n_questions (quiz); i++)
    {
      const SdQuizQuestion *q = sd_quiz_get_question (quiz, i);
      gboolean answer_right = i % 3 != 0;   /* questions 1, 4, 7 and 10 answered wrong */
      const char *status;

      ck_assert_uint_eq (sd_quiz_page_get_position (f.page), i);
      ck_assert (!sd_quiz_page_get_checked (f.page));
      /* Next does nothing before the answer is checked */
      ck_assert (!gtk_widget_activate_action (GTK_WIDGET (f.page), "quiz.next", NULL) ||
                 sd_quiz_page_get_position (f.page) == i);

      if (answer_right)
        {
          for (guint a = 0; a < q->n_answers; a++)
            choose (&f, q->answer[a]);
        }
      else
        {
          guint wrong = 0;

          while (sd_quiz_question_is_answer (q, wrong))
            wrong++;
          choose (&f, wrong);
        }
      activate (&f, "quiz.check");
      if (answer_right)
        expected++;

      ck_assert (sd_quiz_page_get_checked (f.page));
      ck_assert_uint_eq (sd_quiz_page_get_score (f.page), expected);
      /* the verdict names the right choice; the explanation and source are shown */
      status = status_text (&f);
      ck_assert_msg (strstr (status, q->choices[q->answer[0]]) != NULL, "“%s”", status);
      ck_assert_msg (g_str_has_prefix (status, answer_right ? "Right" : "Not quite"),
                     "question %u: “%s”", i + 1, status);
      /* choosing after the check changes nothing */
      ck_assert (!gtk_widget_activate_action (GTK_WIDGET (f.page), "quiz.choose", "u", 1) ||
                 sd_quiz_page_get_score (f.page) == expected);

      activate (&f, "quiz.next");
    }

  ck_assert (sd_quiz_page_get_finished (f.page));
  ck_assert_uint_eq (sd_quiz_page_get_score (f.page), 6);
  ck_assert_uint_eq (expected, 6);
  final = g_strdup_printf ("You answered %u of 10 questions right.", expected);
  ck_assert_str_eq (status_text (&f), final);

  /* New questions: another seed, score 0, first question */
  activate (&f, "quiz.retry");
  ck_assert (sd_quiz_page_get_quiz (f.page) != NULL);
  ck_assert (!sd_quiz_page_get_finished (f.page));
  ck_assert_uint_eq (sd_quiz_page_get_score (f.page), 0);
  ck_assert_uint_eq (sd_quiz_page_get_position (f.page), 0);
  fixture_clear (&f);
}
END_TEST

START_TEST (test_multiple_answers_need_all)
{
  Fixture f;
  const SdQuiz *quiz;
  guint done = 0;

  fixture_init (&f);
  show_quiz (&f);
  sd_quiz_page_start (f.page, 5);
  quiz = sd_quiz_page_get_quiz (f.page);

  /* A multiple-answer question answered with one right choice missing is wrong */
  for (guint i = 0; i < sd_quiz_get_n_questions (quiz); i++)
    {
      const SdQuizQuestion *q = sd_quiz_get_question (quiz, i);
      guint before = sd_quiz_page_get_score (f.page);

      if (q->multiple && q->n_answers > 1)
        {
          for (guint a = 1; a < q->n_answers; a++)
            choose (&f, q->answer[a]);
          activate (&f, "quiz.check");
          ck_assert_uint_eq (sd_quiz_page_get_score (f.page), before);
          done++;
        }
      else
        activate (&f, "quiz.check");
      activate (&f, "quiz.next");
    }
  ck_assert_uint_gt (done, 0);
  fixture_clear (&f);
}
END_TEST

START_TEST (test_click_picture_answers)
{
  Fixture f;
  gboolean found = FALSE;

  fixture_init (&f);
  show_quiz (&f);
  for (guint32 seed = 0; seed < 20 && !found; seed++)
    {
      const SdQuiz *quiz;

      sd_quiz_page_start (f.page, seed);
      quiz = sd_quiz_page_get_quiz (f.page);
      for (guint i = 0; i < sd_quiz_get_n_questions (quiz); i++)
        {
          const SdQuizQuestion *q = sd_quiz_get_question (quiz, i);
          GtkWidget *picture = sd_quiz_page_get_picture (f.page);

          ck_assert_int_eq (gtk_widget_get_visible (picture), sd_quiz_question_has_picture (q));
          if (sd_quiz_question_has_picture (q))
            {
              SdSkinProfile profile;
              SdPaintOptions options;
              double w, h, x0, x1, y;
              guint before = sd_quiz_page_get_score (f.page);

              gtk_test_widget_wait_for_draw (GTK_WIDGET (f.window));
              w = gtk_widget_get_width (picture);
              h = gtk_widget_get_height (picture);
              ck_assert (w > 100 && h > 100);
              /* the picture's own geometry: a click where the dashed line crosses the
               * tissue chooses the layer at that depth, the right answer */
              sd_quiz_picture_setup (q, w, h, &profile, &options);
              sd_paint_get_tissue_x (&options, w, &x0, &x1);
              y = sd_paint_y_for_depth (&profile, &options, w, h, q->depth_um);
              ck_assert (y > 0 && y < h);
              ck_assert (sd_quiz_page_click_picture (f.page, (x0 + x1) / 2, y));
              activate (&f, "quiz.check");
              ck_assert_uint_eq (sd_quiz_page_get_score (f.page), before + 1);
              found = TRUE;
              break;
            }
          activate (&f, "quiz.check");
          activate (&f, "quiz.next");
        }
    }
  ck_assert (found);
  fixture_clear (&f);
}
END_TEST

START_TEST (test_keys_and_names)
{
  Fixture f;
  g_autoptr(GtkShortcut) one = NULL;
  g_autoptr(GtkShortcut) check = NULL;
  g_autoptr(GtkShortcut) next = NULL;
  GtkWidget *picture;

  fixture_init (&f);
  show_quiz (&f);
  one = sd_test_find_shortcut (GTK_WIDGET (f.page), NULL, GDK_KEY_1, 0);
  check = sd_test_find_shortcut (GTK_WIDGET (f.page), NULL, GDK_KEY_Return, GDK_CONTROL_MASK);
  next = sd_test_find_shortcut (GTK_WIDGET (f.page), NULL, GDK_KEY_Right, GDK_ALT_MASK);
  ck_assert_ptr_nonnull (one);
  ck_assert_ptr_nonnull (check);
  ck_assert_ptr_nonnull (next);

  picture = sd_quiz_page_get_picture (f.page);
  ck_assert_int_eq (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (picture)),
                    GTK_ACCESSIBLE_ROLE_IMG);
  ck_assert (gtk_test_accessible_has_property (GTK_ACCESSIBLE (picture),
                                               GTK_ACCESSIBLE_PROPERTY_LABEL));
  /* every choice is a check button named by its text */
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (f.page)); c;
       c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_BOX (c))
      for (GtkWidget *b = gtk_widget_get_first_child (c); b; b = gtk_widget_get_next_sibling (b))
        if (GTK_IS_CHECK_BUTTON (b))
          ck_assert (gtk_check_button_get_label (GTK_CHECK_BUTTON (b)) != NULL);
  fixture_clear (&f);
}
END_TEST

static Suite *
quiz_page_suite (void)
{
  Suite *suite = suite_create ("quiz-page");
  TCase *tcase = tcase_create ("page");

  tcase_set_timeout (tcase, 120);
  tcase_add_checked_fixture (tcase, sd_test_gtk_init, NULL);
  tcase_add_test (tcase, test_first_quiz_when_shown);
  tcase_add_test (tcase, test_play_whole_quiz_by_keyboard);
  tcase_add_test (tcase, test_multiple_answers_need_all);
  tcase_add_test (tcase, test_click_picture_answers);
  tcase_add_test (tcase, test_keys_and_names);
  suite_add_tcase (suite, tcase);
  return suite;
}

int
main (void)
{
  if (!sd_test_have_display ("test-quiz-page"))
    return 77;
  return sd_test_run_suite (quiz_page_suite ());
}
