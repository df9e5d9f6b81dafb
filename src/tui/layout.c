/* tui/layout.c: where the panes go for the terminal's size.
 *
 *   normal                         demo (classroom: --demo or L)
 *   +---------+-----------+        +-----------+---------------+
 *   | Lesson  | Source    |        | Source    | Goroutines    |
 *   |         +-----------+        |           |               |
 *   +---------+ Goroutines|        |           +---------------+
 *   | Output  +-----------+        +-----------+ Channels      |
 *   |         | Channels  |        | Output    |               |
 *   +---------+-----------+        +-----------+---------------+
 *
 * T puts the Timeline pane in the right column, under Goroutines (the
 * others give it room). z shows the focused pane alone. Hidden panes get
 * h = 0. */
#include <curses.h>

#include "base/i18n.h"
#include "tui/view.h"

static void place(Pane *p, const char *title, int y, int x, int h, int w)
{
    p->title = _(title);
    p->y = y;
    p->x = x;
    p->h = h;
    p->w = w;
}

void layout_place(View *v)
{
    static const char *const titles[P_COUNT] = {N_("Lesson"), N_("Source"), N_("Goroutines"), N_("Channels"), N_("Output"), N_("Timeline")};
    Pane *p = v->panes;
    int H = LINES - 1, W = COLS;
    for (int i = 0; i < P_COUNT; i++) place(&p[i], titles[i], 0, 0, 0, 0);
    if (v->zoom >= 0) {
        place(&p[v->zoom], titles[v->zoom], 0, 0, H, W);
    } else if (v->demo) {
        /* the Source pane gets the wider half (a Go line and its gutter
         * note), the right side keeps 40 columns for the goroutines */
        int lw = W * 11 / 20;
        if (W - lw < 40) lw = W - 40;
        if (lw < W * 2 / 5) lw = W * 2 / 5;
        int rw = W - lw;
        int sh = H * 2 / 3, gh = H * 11 / 20;
        place(&p[P_SOURCE], titles[P_SOURCE], 0, 0, sh, lw);
        place(&p[P_OUTPUT], titles[P_OUTPUT], sh, 0, H - sh, lw);
        if (v->timeline) {   /* the timeline between goroutines and channels */
            gh = H * 2 / 5;
            int th = (H - gh) * 3 / 5;
            place(&p[P_TIMELINE], titles[P_TIMELINE], gh, lw, th, rw);
            place(&p[P_GOROUTINES], titles[P_GOROUTINES], 0, lw, gh, rw);
            place(&p[P_CHANNELS], titles[P_CHANNELS], gh + th, lw, H - gh - th, rw);
        } else {
            place(&p[P_GOROUTINES], titles[P_GOROUTINES], 0, lw, gh, rw);
            place(&p[P_CHANNELS], titles[P_CHANNELS], gh, lw, H - gh, rw);
        }
    } else {
        int lw = W * 2 / 5;
        if (lw < 34) lw = 34;
        int rw = W - lw, lh = H * 3 / 5;
        int sh = H * 9 / 20, gh = (H - sh) / 2;
        place(&p[P_LESSON], titles[P_LESSON], 0, 0, lh, lw);
        place(&p[P_OUTPUT], titles[P_OUTPUT], lh, 0, H - lh, lw);
        if (v->timeline) {   /* Source, Goroutines, Timeline, Channels */
            sh = H * 3 / 10;
            gh = (H - sh) / 3;
            int th = (H - sh - gh) * 3 / 5;
            place(&p[P_SOURCE], titles[P_SOURCE], 0, lw, sh, rw);
            place(&p[P_GOROUTINES], titles[P_GOROUTINES], sh, lw, gh, rw);
            place(&p[P_TIMELINE], titles[P_TIMELINE], sh + gh, lw, th, rw);
            place(&p[P_CHANNELS], titles[P_CHANNELS], sh + gh + th, lw, H - sh - gh - th, rw);
        } else {
            place(&p[P_SOURCE], titles[P_SOURCE], 0, lw, sh, rw);
            place(&p[P_GOROUTINES], titles[P_GOROUTINES], sh, lw, gh, rw);
            place(&p[P_CHANNELS], titles[P_CHANNELS], sh + gh, lw, H - sh - gh, rw);
        }
    }
    if (p[v->focus].h == 0)
        for (int i = 0; i < P_COUNT; i++)
            if (p[i].h) { v->focus = i; break; }
    for (int i = 0; i < P_COUNT; i++) p[i].focus = i == v->focus;
}
