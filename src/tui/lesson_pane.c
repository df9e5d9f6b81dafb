/* tui/lesson_pane.c: the Lesson pane: title, story, goal, the hints shown
 * so far and, after a pass, the explanation. Wrapped to the pane's width;
 * wide characters (Chinese) count two columns. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "tui/crt.h"
#include "tui/view.h"

/* unwrap joins the lines of each markdown paragraph (the YAML text is
 * wrapped at 78 columns; the pane wraps it again at its own width). */
static char *unwrap(const char *s)
{
    char *o = xstrdup(s);
    for (char *q = o; *q; q++)
        if (*q == '\n' && q > o && q[-1] != '\n' && q[1] && q[1] != '\n' && q[1] != '-' && q[1] != ' ')
            *q = ' ';
    return o;
}

static void para(Pane *p, const char *text)
{
    char *u = unwrap(text);
    pane_wrap(p, u, 0, "");
    free(u);
}

void lesson_pane_fill(View *v, Pane *p)
{
    uint64_t key = ((uint64_t)pane_inner_w(p) << 32) | ((uint64_t)v->hints << 1) | v->passed;
    if (v->filled[P_LESSON] == key + 1) return;
    v->filled[P_LESSON] = key + 1;
    pane_clear(p);
    LessonText t;
    lesson_text(v->l, v->lang, &t);
    char head[512];
    snprintf(head, sizeof head, "%d. %s", v->l->number, t.title);
    pane_wrap(p, head, crt_attr(C_TITLE), "");
    pane_add(p, "", 0);
    para(p, t.story);
    pane_add(p, "", 0);
    pane_add(p, "Goal", crt_attr(C_TITLE));
    para(p, t.goal);
    for (int i = 0; i < v->hints && i < t.hints->len; i++) {
        pane_add(p, "", 0);
        pane_addf(p, crt_attr(C_MARK), "Hint %d", i + 1);
        para(p, t.hints->items[i]);
    }
    if (v->passed && t.explanation[0]) {
        pane_add(p, "", 0);
        pane_add(p, "Why it works", crt_attr(C_OK));
        para(p, t.explanation);
    }
    if (v->hints < t.hints->len && !v->passed) {
        pane_add(p, "", 0);
        pane_addf(p, crt_attr(C_DIM), "(h: hint %d of %d)", v->hints + 1, t.hints->len);
    }
}
