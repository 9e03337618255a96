/* test-display-length.c: the metainfo's display length is the window's real minimum width
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Software centres show <requires><display_length> as "fits a phone" (360) or not. The
 * claim must be what the window really needs: at least its narrowest width, with every
 * side-panel page and with the panel folded or shown, and not far above it either (a
 * claim left behind when the layout got narrower is just as wrong). The metainfo is the
 * built one (SD_METAINFO), read with GMarkup.
 *
 * Needs a display (run under xvfb-run); exits 77 ("skipped") without one.
 * GTK is initialised only inside Check's forked children (STYLE.md §5.9).
 */

#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "sd-window.h"
#include "sd-test-gtk.h"

#include <adwaita.h>

/* How far above the window's minimum the claim may round up (to a round number). */
#define SLACK_PX 20

typedef struct
{
  gboolean in_display_length;
  gboolean in_requires;
  int      count;
  GString *text;
  char    *compare;
} ParseState;

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  ParseState *state = user_data;

  if (strcmp (element, "requires") == 0)
    state->in_requires = TRUE;
  if (strcmp (element, "display_length") == 0 && state->in_requires)
    {
      const char *compare = NULL;

      g_markup_collect_attributes (element, names, values, error,
                                   G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                   "compare", &compare,
                                   G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                   "side", NULL,
                                   G_MARKUP_COLLECT_INVALID);
      state->in_display_length = TRUE;
      state->count++;
      g_free (state->compare);
      state->compare = g_strdup (compare);
      g_string_truncate (state->text, 0);
    }
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  ParseState *state = user_data;

  if (strcmp (element, "requires") == 0)
    state->in_requires = FALSE;
  if (strcmp (element, "display_length") == 0)
    state->in_display_length = FALSE;
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  ParseState *state = user_data;

  if (state->in_display_length)
    g_string_append_len (state->text, text, length);
}

/* The <requires><display_length compare="ge"> of the built metainfo, in px. */
static int
claimed_display_length (void)
{
  static const GMarkupParser parser = { start_element_cb, end_element_cb, text_cb, NULL, NULL };
  const char *path = g_getenv ("SD_METAINFO");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  ParseState state = { FALSE, FALSE, 0, g_string_new (NULL), NULL };
  guint64 value = 0;
  int result;

  ck_assert_msg (path != NULL, "SD_METAINFO (the built metainfo) is not set");
  ck_assert_msg (g_file_get_contents (path, &contents, NULL, &error), "%s: %s", path,
                 error ? error->message : "");
  context = g_markup_parse_context_new (&parser, 0, &state, NULL);
  ck_assert_msg (g_markup_parse_context_parse (context, contents, -1, &error)
                 && g_markup_parse_context_end_parse (context, &error),
                 "%s: %s", path, error ? error->message : "");

  ck_assert_msg (state.count == 1, "%s: %d <requires><display_length> elements, expected one",
                 path, state.count);
  ck_assert_msg (g_strcmp0 (state.compare, "ge") == 0,
                 "%s: display_length compare=\"%s\", expected \"ge\"", path,
                 state.compare ? state.compare : "(none)");
  g_strstrip (state.text->str);
  ck_assert_msg (g_ascii_string_to_unsigned (state.text->str, 10, 1, 100000, &value, NULL),
                 "%s: display_length \"%s\" is not a number of pixels", path, state.text->str);
  result = (int)value;

  g_string_free (state.text, TRUE);
  g_free (state.compare);
  return result;
}

/* The window's minimum width as GTK measures it now. */
static int
window_minimum_width (SdWindow *window)
{
  int minimum = 0;

  sd_test_spin_main_loop ();
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  return minimum;
}

START_TEST (test_display_length_is_the_window_minimum)
{
  const char *pages[] = { "skin", "treatment" };
  const gboolean revealed[] = { FALSE, TRUE };
  int claim = claimed_display_length ();
  SdWindow *window = sd_window_new (NULL);
  int widest = 0;
  int narrowest = G_MAXINT;

  gtk_window_set_default_size (GTK_WINDOW (window), claim, 640);
  gtk_window_present (GTK_WINDOW (window));
  sd_window_offer_tour (window);   /* the first start's card is part of the window too */

  for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
    for (guint r = 0; r < G_N_ELEMENTS (revealed); r++)
      {
        int width;

        sd_window_set_sidebar_page (window, pages[p]);
        sd_window_set_sidebar_revealed (window, revealed[r]);
        width = window_minimum_width (window);
        g_print ("page %s, panel %s: minimum width %d px (metainfo: %d)\n", pages[p],
                 revealed[r] ? "shown" : "folded", width, claim);
        widest = MAX (widest, width);
        narrowest = MIN (narrowest, width);
      }

  /* The panel folds over the content when the window is narrow, so the minimum is the
   * folded one; every state must still fit in the claim. */
  ck_assert_msg (widest <= claim,
                 "the window needs %d px but the metainfo claims it fits %d px: "
                 "raise <display_length> or make the window narrower", widest, claim);
  ck_assert_msg (claim - narrowest <= SLACK_PX,
                 "the window fits %d px but the metainfo claims it needs %d px: "
                 "lower <display_length> to the real minimum", narrowest, claim);

  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

static Suite *
display_length_suite (void)
{
  Suite *suite = suite_create ("display-length");
  TCase *tcase = tcase_create ("metainfo");

  tcase_add_checked_fixture (tcase, sd_test_gtk_init, NULL);
  tcase_add_test (tcase, test_display_length_is_the_window_minimum);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  if (!sd_test_have_display ("test-display-length"))
    return 77;

  return sd_test_run_suite (display_length_suite ());
}
