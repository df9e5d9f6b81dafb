/* tui/pane.h: a titled, bordered box of text lines with scrolling. The
 * content is rebuilt for every frame (pane_clear + pane_add*), then drawn. */
#ifndef GOROLAB_TUI_PANE_H
#define GOROLAB_TUI_PANE_H

#include <stdbool.h>

typedef struct PaneLine {
    char *text;     /* UTF-8, one display line */
    int   attr;
} PaneLine;

typedef struct Pane {
    const char *title;
    int   y, x, h, w;      /* outer rectangle, border included */
    PaneLine *lines;
    int   nlines, cap;
    int   scroll;          /* first line shown */
    bool  focus;
    bool  follow;          /* keep the end in view (Output) */
} Pane;

void pane_clear(Pane *p);
void pane_free(Pane *p);
/* pane_add appends one line (clipped when drawn). */
void pane_add(Pane *p, const char *text, int attr);
/* pane_addf is pane_add with printf formatting. */
void pane_addf(Pane *p, int attr, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* pane_wrap appends text split at newlines and wrapped to the inner width
 * (display columns, wide characters counted twice), with an indent prefix. */
void pane_wrap(Pane *p, const char *text, int attr, const char *indent);
int  pane_inner_w(const Pane *p);
int  pane_inner_h(const Pane *p);
void pane_scroll(Pane *p, int delta);
void pane_draw(Pane *p);

#endif
