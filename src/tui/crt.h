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
    C_NORMAL, C_TITLE, C_FOCUS, C_STATUS, C_MARK, C_ERROR, C_OK, C_DIM, C_SEL, C_COUNT
} CrtColor;

bool crt_init(void);          /* false when the terminal cannot be set up */
void crt_done(void);          /* restores the terminal; safe to call twice */
bool crt_active(void);
int  crt_attr(CrtColor c);

/* crt_width returns the display width of UTF-8 s (wcwidth; bad bytes count 1). */
int  crt_width(const char *s);
/* crt_put draws UTF-8 s at (y, x) in at most maxw columns; returns columns used. */
int  crt_put(int y, int x, const char *s, int maxw, int attr);
/* crt_prefix returns how many bytes of s fit in maxw columns (*w gets their width). */
size_t crt_prefix(const char *s, int maxw, int *w);

/* crt_suspend / crt_resume leave curses for a child program ($EDITOR). */
void crt_suspend(void);
void crt_resume(void);

#endif
