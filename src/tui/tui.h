/* tui/tui.h: the terminal lab: the lesson browser and the lesson view. */
#ifndef GOROLAB_TUI_TUI_H
#define GOROLAB_TUI_TUI_H

#include <stdbool.h>
#include "lesson/lesson.h"
#include "tui/keys.h"

/* tui_main opens the lab on the pack at pack_path (NULL: the bundled pack);
 * lesson_key, if not NULL, opens that lesson first. lang is --lang (NULL:
 * from LANG). Returns the exit status. */
int tui_main(const char *pack_path, const char *lesson_key, const char *lang);

/* view_run shows one lesson until the learner leaves it; false when the
 * learner wants to quit the lab altogether. */
bool view_run(Pack *pack, Lesson *l, const char *lang, Progress *pg);

/* tui_too_small draws the "enlarge the terminal" notice when the screen is
 * below 80x24; returns true then. */
bool tui_too_small(void);
/* tui_help draws the help box for a binding table. */
void tui_help(const char *title, const KeyBinding *table);
/* tui_box draws a centred box with lines of text (NULL-terminated). */
void tui_box(const char *title, const char *const *lines, int attr);

#endif
