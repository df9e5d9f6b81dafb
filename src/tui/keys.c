/* tui/keys.c: the binding tables. */
#include <curses.h>

#include "tui/keys.h"

const KeyBinding keys_view[] = {
    {' ', K_RUN, "Space", "run / pause"},
    {'n', K_STEP, "n", "one scheduling event (says which)"},
    {'b', K_BACK, "b", "back exactly one event (a replay)"},
    {'+', K_FASTER, "+ -", "faster / slower"},
    {'=', K_FASTER, NULL, NULL},
    {'-', K_SLOWER, NULL, NULL},
    {'r', K_RESTART, "r", "restart"},
    {'[', K_PREV_SEED, "[ ]", "previous / next seed"},
    {']', K_NEXT_SEED, NULL, NULL},
    {'e', K_EDIT, "e", "edit in $EDITOR, rerun"},
    {'g', K_GRADE, "g", "grade your copy"},
    {'h', K_HINT, "h", "next hint"},
    {'N', K_NEXT_LESSON, "N", "next lesson"},
    {'R', K_RESET, "R", "reset copy (keeps .bak)"},
    {'d', K_RACE, "d", "race detector on / off"},
    {'f', K_FAILURE, "f", "replay the grade's failure / back"},
    {'\t', K_FOCUS, "Tab", "next pane (S-Tab: back)"},
    {KEY_BTAB, K_FOCUS_BACK, NULL, NULL},
    {KEY_UP, K_UP, "Up Down", "scroll / select (k j)"},
    {'k', K_UP, NULL, NULL},
    {KEY_DOWN, K_DOWN, NULL, NULL},
    {'j', K_DOWN, NULL, NULL},
    {KEY_PPAGE, K_PGUP, "PgUp PgDn", "page (also Home End)"},
    {KEY_NPAGE, K_PGDN, NULL, NULL},
    {KEY_HOME, K_HOME, NULL, NULL},
    {KEY_END, K_END, NULL, NULL},
    {'\n', K_OPEN, "Enter", "stack, who could unblock it"},
    {'\r', K_OPEN, NULL, NULL},
    {KEY_ENTER, K_OPEN, NULL, NULL},
    {'G', K_GROUP, "G", "group goroutines (pprof)"},
    {'L', K_LAYOUT, "L", "demo layout"},
    {'z', K_ZOOM, "z", "zoom the pane"},
    {'T', K_TIMELINE, "T", "timeline pane on / off"},
    {'>', K_TL_IN, "< >", "timeline: zoom out / in"},
    {'<', K_TL_OUT, NULL, NULL},
    {KEY_LEFT, K_LEFT, "Left Right", "timeline: earlier / later"},
    {KEY_RIGHT, K_RIGHT, NULL, NULL},
    {'0', K_TL_FIT, "0", "timeline: fit the whole run"},
    {'c', K_CONTRAST, "c", "high contrast on / off"},
    {27, K_CANCEL, "Esc", "close box, stop grading"},
    {'?', K_HELP, "?", "help (the mouse works too)"},
    {'q', K_QUIT, "q", "back to the list"},
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
    {'p', K_PACKS, "p", "lesson packs: every installed pack"},
    {'c', K_CONTRAST, "c", "high contrast on / off"},
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
