/* tui/keys.c: the binding tables. */
#include <curses.h>

#include "tui/keys.h"

const KeyBinding keys_view[] = {
    {' ', K_RUN, "Space", "run / pause the program"},
    {'n', K_STEP, "n", "one scheduling event"},
    {'+', K_FASTER, "+", "faster (more virtual time per frame)"},
    {'=', K_FASTER, NULL, NULL},
    {'-', K_SLOWER, "-", "slower"},
    {'r', K_RESTART, "r", "restart the run"},
    {'[', K_PREV_SEED, "[", "previous seed (and restart)"},
    {']', K_NEXT_SEED, "]", "next seed (and restart)"},
    {'e', K_EDIT, "e", "edit your copy in $VISUAL/$EDITOR, recompile"},
    {'g', K_GRADE, "g", "grade your copy"},
    {'h', K_HINT, "h", "show the next hint"},
    {'\t', K_FOCUS, "Tab", "focus the next pane"},
    {KEY_UP, K_UP, "Up/k", "scroll the focused pane up"},
    {'k', K_UP, NULL, NULL},
    {KEY_DOWN, K_DOWN, "Down/j", "scroll the focused pane down"},
    {'j', K_DOWN, NULL, NULL},
    {KEY_PPAGE, K_PGUP, "PgUp", "page up"},
    {KEY_NPAGE, K_PGDN, "PgDn", "page down"},
    {'?', K_HELP, "?", "this help"},
    {'q', K_QUIT, "q", "back to the lesson list"},
    {0, K_NONE, NULL, NULL},
};

const KeyBinding keys_browser[] = {
    {KEY_UP, K_UP, "Up/k", "previous lesson"},
    {'k', K_UP, NULL, NULL},
    {KEY_DOWN, K_DOWN, "Down/j", "next lesson"},
    {'j', K_DOWN, NULL, NULL},
    {'\n', K_OPEN, "Enter", "open the lesson"},
    {'\r', K_OPEN, NULL, NULL},
    {KEY_ENTER, K_OPEN, NULL, NULL},
    {'?', K_HELP, "?", "this help"},
    {'q', K_QUIT, "q", "quit"},
    {0, K_NONE, NULL, NULL},
};

KeyAction keys_lookup(const KeyBinding *table, int key)
{
    for (int i = 0; table[i].key; i++)
        if (table[i].key == key) return table[i].action;
    return K_NONE;
}
