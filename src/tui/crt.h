/* tui/crt.h: the terminal: curses init and teardown, colours (NO_COLOR),
 * UTF-8 text drawn with the ncursesw wide functions, display widths, and the
 * signal handlers that always restore the terminal (like htop's CRT.c). */
#ifndef GOROLAB_TUI_CRT_H
#define GOROLAB_TUI_CRT_H

#include <stdbool.h>

enum {
    CRT_MIN_W = 80,
    CRT_MIN_H = 24,
};

/* Colour roles; crt_attr() maps them to attributes (plain when NO_COLOR). */
typedef enum CrtColor {
    C_NORMAL, C_TITLE, C_FOCUS, C_STATUS, C_MARK, C_ERROR, C_OK, C_DIM, C_SEL,
    C_KEYWORD, C_TYPE, C_STRING, C_NUMBER, C_COMMENT, C_WATCH, C_COUNT
} CrtColor;

/* Themes: the default one for a desk; high contrast (white on black, bold,
 * no dim text) for a projector. NO_COLOR wins over both. */
typedef enum CrtTheme { THEME_DEFAULT, THEME_HIGH_CONTRAST } CrtTheme;

bool crt_init(CrtTheme theme); /* false when the terminal cannot be set up */
void crt_done(void);          /* restores the terminal; safe to call twice */
bool crt_active(void);
/* crt_set_theme switches colours while running (panes must redraw). */
void crt_set_theme(CrtTheme t);
CrtTheme crt_theme(void);
int  crt_attr(CrtColor c);

/* crt_width returns the display width of UTF-8 s (wcwidth; bad bytes count 1). */
int  crt_width(const char *s);
/* crt_put draws UTF-8 s at (y, x) in at most maxw columns; returns columns used. */
int  crt_put(int y, int x, const char *s, int maxw, int attr);
/* crt_prefix returns how many bytes of s fit in maxw columns (*w gets their width). */
size_t crt_prefix(const char *s, int maxw, int *w);
/* crt_put_cut is crt_put that, when s does not fit, cuts it at a word's
 * end (or between Chinese characters) and ends it with an ellipsis. */
int  crt_put_cut(int y, int x, const char *s, int maxw, int attr);
/* crt_break picks where to wrap s, whose first n bytes fit (s[n] not NUL):
 * at the last space, or between two characters where one is wide (Chinese
 * has no spaces between words; no line starts with a closing ，。：）),
 * when that is in the second half; else n. */
size_t crt_break(const char *s, size_t n);

/* crt_put_roles is crt_put with one colour role per byte of s. */
int  crt_put_roles(int y, int x, const char *s, int maxw, const unsigned char *roles);
/* crt_utf8 tells whether the locale can draw UTF-8 (block characters). */
bool crt_utf8(void);

/* crt_child is for a forked child (the grading job): the terminal is the
 * parent's, so the child's signals must not restore it. */
void crt_child(void);

/* crt_suspend / crt_resume leave curses for a child program ($EDITOR). */
void crt_suspend(void);
void crt_resume(void);

#endif
