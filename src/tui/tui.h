/* tui/tui.h: the terminal lab: the lesson browser and the lesson view. */
#ifndef GOROLAB_TUI_TUI_H
#define GOROLAB_TUI_TUI_H

#include <stdbool.h>
#include "lesson/lesson.h"
#include "tui/crt.h"
#include "tui/keys.h"

typedef struct TuiOptions {
    const char *pack_path;    /* NULL: the bundled pack */
    const char *lesson_key;   /* open this lesson first (NULL: the browser) */
    const char *lang;         /* --lang (NULL: from LANG) */
    bool        demo;         /* --demo: the classroom layout */
    CrtTheme    theme;        /* --theme high-contrast */
} TuiOptions;

/* tui_main opens the lab; returns the exit status. */
int tui_main(const TuiOptions *o);

typedef enum ViewExit { VIEW_BACK, VIEW_QUIT, VIEW_NEXT } ViewExit;

/* view_run shows one lesson until the learner leaves it: back to the list,
 * quit the lab, or on to the next lesson. */
ViewExit view_run(Pack *pack, Lesson *l, const TuiOptions *o, Progress *pg);

/* tui_too_small draws the "enlarge the terminal" notice when the screen is
 * below 80x24; returns true then. */
bool tui_too_small(void);
/* tui_help draws the help box for a binding table. */
void tui_help(const char *title, const KeyBinding *table);
/* tui_box draws a centred box with lines of text (NULL-terminated). */
void tui_box(const char *title, const char *const *lines, int attr);
/* tui_text_box draws text (newlines split it, long lines wrap) in a box. */
void tui_text_box(const char *title, const char *text, const char *footer, int attr);

#endif
