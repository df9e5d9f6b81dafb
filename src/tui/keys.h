/* tui/keys.h: the key binding tables: every key of the lab with its help
 * text; `?` shows them, the status bar shows the short hints. */
#ifndef GOROLAB_TUI_KEYS_H
#define GOROLAB_TUI_KEYS_H

typedef enum KeyAction {
    K_NONE, K_QUIT, K_RUN, K_STEP, K_BACK, K_FASTER, K_SLOWER, K_RESTART, K_PREV_SEED,
    K_NEXT_SEED, K_EDIT, K_GRADE, K_HINT, K_FOCUS, K_FOCUS_BACK, K_UP, K_DOWN, K_PGUP, K_PGDN,
    K_HOME, K_END, K_HELP, K_OPEN, K_GROUP, K_LAYOUT, K_ZOOM, K_CONTRAST, K_NEXT_LESSON,
    K_RESET, K_CANCEL, K_RACE, K_FAILURE,
    K_PACKS,   /* the browser: every pack, bundled and installed */
    K_TIMELINE, K_LEFT, K_RIGHT, K_TL_IN, K_TL_OUT, K_TL_FIT,
} KeyAction;

typedef struct KeyBinding {
    int         key;       /* curses key code */
    KeyAction   action;
    const char *label;     /* "Space"; NULL: an alias, not listed in the help */
    const char *help;      /* "run / pause" */
} KeyBinding;

extern const KeyBinding keys_view[];    /* lesson view; ends with key 0 */
extern const KeyBinding keys_browser[]; /* lesson browser; ends with key 0 */

KeyAction keys_lookup(const KeyBinding *table, int key);

#endif
