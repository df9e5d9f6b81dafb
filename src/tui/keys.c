/* tui/keys.c: the binding tables. */
#include <curses.h>

#include "tui/keys.h"

const KeyBinding keys_view[] = {
    {' ', K_RUN, "Space", "run / pause the program"},
    {'n', K_STEP, "n", "one scheduling event"},
    {'b', K_BACK, "b", "back: replay to the previous step"},
    {'+', K_FASTER, "+ -", "faster / slower (virtual time per second)"},
    {'=', K_FASTER, NULL, NULL},
    {'-', K_SLOWER, NULL, NULL},
    {'r', K_RESTART, "r", "restart the run"},
    {'[', K_PREV_SEED, "[ ]", "previous / next seed (and restart)"},
    {']', K_NEXT_SEED, NULL, NULL},
    {'e', K_EDIT, "e", "edit your copy in $VISUAL/$EDITOR (reruns it)"},
    {'g', K_GRADE, "g", "grade your copy"},
    {'h', K_HINT, "h", "show the next hint"},
    {'N', K_NEXT_LESSON, "N", "next lesson"},
    {'R', K_RESET, "R", "reset your copy to the starter (backup kept)"},
    {'d', K_RACE, "d", "data race detector on / off (and restart)"},
    {'\t', K_FOCUS, "Tab", "focus the next pane (Shift-Tab: previous)"},
    {KEY_BTAB, K_FOCUS_BACK, NULL, NULL},
    {KEY_UP, K_UP, "Up Down", "scroll, or move in the goroutine list (also k j)"},
    {'k', K_UP, NULL, NULL},
    {KEY_DOWN, K_DOWN, NULL, NULL},
    {'j', K_DOWN, NULL, NULL},
    {KEY_PPAGE, K_PGUP, "PgUp PgDn", "page up / down (also Home End)"},
    {KEY_NPAGE, K_PGDN, NULL, NULL},
    {KEY_HOME, K_HOME, NULL, NULL},
    {KEY_END, K_END, NULL, NULL},
    {'\n', K_OPEN, "Enter", "the selected goroutine's stack and creator"},
    {'\r', K_OPEN, NULL, NULL},
    {KEY_ENTER, K_OPEN, NULL, NULL},
    {'G', K_GROUP, "G", "goroutines: group like pprof / one per row / auto"},
    {'L', K_LAYOUT, "L", "layout: normal / demo (big goroutines, channels)"},
    {'z', K_ZOOM, "z", "zoom the focused pane"},
    {'c', K_CONTRAST, "c", "high-contrast colours on / off"},
    {27, K_CANCEL, "Esc", "close a box; cancel grading"},
    {'?', K_HELP, "?", "this help (mouse: click focuses, wheel scrolls)"},
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
    {'c', K_CONTRAST, "c", "high-contrast colours on / off"},
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
