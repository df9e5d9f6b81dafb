/* tui/keys.c: the binding tables. */
#include <curses.h>

#include "base/i18n.h"
#include "tui/keys.h"

const KeyBinding keys_view[] = {
    {' ', K_RUN, "Space", N_("run / pause")},
    {'n', K_STEP, "n", N_("one scheduling event (says which)")},
    {'b', K_BACK, "b", N_("back exactly one event (a replay)")},
    {'+', K_FASTER, "+ -", N_("faster / slower")},
    {'=', K_FASTER, NULL, NULL},
    {'-', K_SLOWER, NULL, NULL},
    {'r', K_RESTART, "r", N_("restart")},
    {'[', K_PREV_SEED, "[ ]", N_("previous / next seed")},
    {']', K_NEXT_SEED, NULL, NULL},
    {'e', K_EDIT, "e", N_("edit in $EDITOR, rerun")},
    {'g', K_GRADE, "g", N_("grade your copy")},
    {'h', K_HINT, "h", N_("next hint")},
    {'N', K_NEXT_LESSON, "N", N_("next lesson")},
    {'R', K_RESET, "R", N_("reset copy (keeps .bak)")},
    {'d', K_RACE, "d", N_("race detector on / off")},
    {'f', K_FAILURE, "f", N_("replay the grade's failure / back")},
    {'\t', K_FOCUS, "Tab", N_("next pane (S-Tab: back)")},
    {KEY_BTAB, K_FOCUS_BACK, NULL, NULL},
    {KEY_UP, K_UP, "Up Down", N_("scroll / select (k j)")},
    {'k', K_UP, NULL, NULL},
    {KEY_DOWN, K_DOWN, NULL, NULL},
    {'j', K_DOWN, NULL, NULL},
    {KEY_PPAGE, K_PGUP, "PgUp PgDn", N_("page (also Home End)")},
    {KEY_NPAGE, K_PGDN, NULL, NULL},
    {KEY_HOME, K_HOME, NULL, NULL},
    {KEY_END, K_END, NULL, NULL},
    {'\n', K_OPEN, "Enter", N_("stack, who could unblock it")},
    {'\r', K_OPEN, NULL, NULL},
    {KEY_ENTER, K_OPEN, NULL, NULL},
    {'G', K_GROUP, "G", N_("group goroutines (pprof)")},
    {'L', K_LAYOUT, "L", N_("demo layout")},
    {'z', K_ZOOM, "z", N_("zoom the pane")},
    {'T', K_TIMELINE, "T", N_("timeline pane on / off")},
    {'>', K_TL_IN, "< >", N_("timeline: zoom out / in")},
    {'<', K_TL_OUT, NULL, NULL},
    {KEY_LEFT, K_LEFT, "Left Right", N_("timeline: earlier / later")},
    {KEY_RIGHT, K_RIGHT, NULL, NULL},
    {'0', K_TL_FIT, "0", N_("timeline: fit the whole run")},
    {'c', K_CONTRAST, "c", N_("high contrast on / off")},
    {27, K_CANCEL, "Esc", N_("close box, stop grading")},
    {'?', K_HELP, "?", N_("help (the mouse works too)")},
    {'q', K_QUIT, "q", N_("back to the list")},
    {0, K_NONE, NULL, NULL},
};

const KeyBinding keys_browser[] = {
    {KEY_UP, K_UP, "Up/k", N_("previous lesson")},
    {'k', K_UP, NULL, NULL},
    {KEY_DOWN, K_DOWN, "Down/j", N_("next lesson")},
    {'j', K_DOWN, NULL, NULL},
    {'\n', K_OPEN, "Enter", N_("open the lesson")},
    {'\r', K_OPEN, NULL, NULL},
    {KEY_ENTER, K_OPEN, NULL, NULL},
    {'p', K_PACKS, "p", N_("lesson packs: every installed pack")},
    {'c', K_CONTRAST, "c", N_("high contrast on / off")},
    {'?', K_HELP, "?", N_("this help")},
    {'q', K_QUIT, "q", N_("quit")},
    {0, K_NONE, NULL, NULL},
};

KeyAction keys_lookup(const KeyBinding *table, int key)
{
    for (int i = 0; table[i].key; i++)
        if (table[i].key == key) return table[i].action;
    return K_NONE;
}
