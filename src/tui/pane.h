/* tui/pane.h: a titled, bordered box of text lines with scrolling and, for
 * lists, a selected line. A pane's owner refills its lines when what they
 * show changed (pane_clear + pane_add*), then draws it every frame. */
#ifndef GOROLAB_TUI_PANE_H
#define GOROLAB_TUI_PANE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct PaneLine {
    char *text;             /* UTF-8, one display line */
    int   attr;
    unsigned char *roles;   /* a CrtColor per byte of text, or NULL (attr for all) */
} PaneLine;

typedef struct Pane {
    const char *title;
    int   y, x, h, w;      /* outer rectangle, border included (h 0: hidden) */
    PaneLine *lines;
    int   nlines, cap;
    int   scroll;          /* first line shown */
    int   sel;             /* selected line of a list pane; -1 when none */
    bool  focus;
    bool  follow;          /* keep the end in view (Output) */
    char  note[64];        /* shown at the right of the title ("12 goroutines") */
    PaneLine header;       /* a fixed first row (column names); text NULL: none */
} Pane;

void pane_clear(Pane *p);
void pane_free(Pane *p);
/* pane_add appends one line (clipped when drawn). */
void pane_add(Pane *p, const char *text, int attr);
/* pane_addf is pane_add with printf formatting. */
void pane_addf(Pane *p, int attr, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* pane_add_roles appends a line of len bytes drawn with one CrtColor per byte. */
void pane_add_roles(Pane *p, const char *text, size_t len, const unsigned char *roles);
/* A line built from pieces in different colours: line_put / line_putf add
 * a piece with a CrtColor, pane_add_line appends the line and empties it. */
typedef struct PaneText {
    char *text;
    unsigned char *roles;
    size_t len, cap;
} PaneText;

void line_put(PaneText *t, const char *s, int role);
void line_putn(PaneText *t, const char *s, size_t n, int role);
void line_put_roles(PaneText *t, const char *s, size_t n, const unsigned char *roles);
void line_putf(PaneText *t, int role, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* line_col adds s padded to |width| display columns (wide characters count
 * twice): left-aligned for width > 0, right-aligned for width < 0. */
void line_col(PaneText *t, int role, const char *s, int width);
void pane_add_line(Pane *p, PaneText *t);
void line_fini(PaneText *t);
/* pane_set_header makes t the pane's fixed first row (NULL: none) and empties t. */
void pane_set_header(Pane *p, PaneText *t);

/* pane_wrap appends text split at newlines and wrapped to the inner width
 * (display columns, wide characters counted twice), with an indent prefix. */
void pane_wrap(Pane *p, const char *text, int attr, const char *indent);
/* pane_wrap_line is pane_wrap for a coloured text (its lines keep their
 * roles); it empties t. */
void pane_wrap_line(Pane *p, PaneText *t, const char *indent);
int  pane_inner_w(const Pane *p);
int  pane_inner_h(const Pane *p);
void pane_scroll(Pane *p, int delta);
/* pane_select moves the selection by delta lines and keeps it in view. */
void pane_select(Pane *p, int delta);
/* pane_hit returns the line index at screen cell (y, x), -1 on the border or
 * below the last line, -2 outside the pane. */
int  pane_hit(const Pane *p, int y, int x);
void pane_draw(Pane *p);

#endif
