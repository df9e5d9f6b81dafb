/* tui/pane.c: titled boxes of text lines. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curses.h>

#include "base/xalloc.h"
#include "tui/crt.h"
#include "tui/pane.h"

void pane_clear(Pane *p)
{
    for (int i = 0; i < p->nlines; i++) {
        free(p->lines[i].text);
        free(p->lines[i].roles);
    }
    p->nlines = 0;
}

void pane_set_header(Pane *p, PaneText *t)
{
    free(p->header.text);
    free(p->header.roles);
    memset(&p->header, 0, sizeof p->header);
    if (!t) return;
    p->header.text = xstrdup(t->text ? t->text : "");
    p->header.roles = xmalloc(t->len + 1);
    memcpy(p->header.roles, t->roles ? t->roles : (unsigned char *)"", t->len);
    p->header.roles[t->len] = 0;
    t->len = 0;
}

void pane_free(Pane *p)
{
    pane_set_header(p, NULL);
    pane_clear(p);
    free(p->lines);
    p->lines = NULL;
    p->cap = 0;
}

static PaneLine *push(Pane *p)
{
    if (p->nlines == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 64;
        p->lines = xrealloc(p->lines, (size_t)p->cap * sizeof *p->lines);
    }
    PaneLine *l = &p->lines[p->nlines++];
    memset(l, 0, sizeof *l);
    return l;
}

void pane_add(Pane *p, const char *text, int attr)
{
    PaneLine *l = push(p);
    l->text = xstrdup(text);
    l->attr = attr;
}

void pane_add_roles(Pane *p, const char *text, size_t len, const unsigned char *roles)
{
    PaneLine *l = push(p);
    l->text = xmalloc(len + 1);
    memcpy(l->text, text, len);
    l->text[len] = 0;
    l->roles = xmalloc(len + 1);
    memcpy(l->roles, roles, len);
    l->roles[len] = 0;
}

void line_put(PaneText *t, const char *s, int role) { line_putn(t, s, strlen(s), role); }

void line_put_roles(PaneText *t, const char *s, size_t n, const unsigned char *roles)
{
    size_t at = t->len;
    line_putn(t, s, n, C_NORMAL);
    memcpy(t->roles + at, roles, n);
}

void line_putn(PaneText *t, const char *s, size_t n, int role)
{
    if (t->len + n + 1 > t->cap) {
        while (t->len + n + 1 > t->cap) t->cap = t->cap ? t->cap * 2 : 128;
        t->text = xrealloc(t->text, t->cap);
        t->roles = xrealloc(t->roles, t->cap);
    }
    memcpy(t->text + t->len, s, n);
    memset(t->roles + t->len, role, n);
    t->len += n;
    t->text[t->len] = 0;
}

void line_putf(PaneText *t, int role, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    line_put(t, buf, role);
}

void line_col(PaneText *t, int role, const char *s, int width)
{
    int pad = (width < 0 ? -width : width) - crt_width(s);
    if (width < 0) line_putf(t, role, "%*s", pad > 0 ? pad : 0, "");
    line_put(t, s, role);
    if (width > 0) line_putf(t, role, "%*s", pad > 0 ? pad : 0, "");
}

void pane_add_line(Pane *p, PaneText *t)
{
    pane_add_roles(p, t->text ? t->text : "", t->len, t->roles);
    t->len = 0;
}

void line_fini(PaneText *t)
{
    free(t->text);
    free(t->roles);
    memset(t, 0, sizeof *t);
}

void pane_addf(Pane *p, int attr, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    pane_add(p, buf, attr);
}

int pane_inner_w(const Pane *p) { return p->w > 2 ? p->w - 2 : 0; }
/* top is the first screen row of the scrolled lines */
static int top(const Pane *p) { return p->y + 1 + (p->header.text != NULL); }

int pane_inner_h(const Pane *p)
{
    int h = p->h - 2 - (p->header.text != NULL);
    return h > 0 ? h : 0;
}

/* wrap appends text split at newlines and wrapped to the inner width, each
 * piece in attr or, when roles is not NULL, with the roles of its bytes. */
static void wrap(Pane *p, const char *text, const unsigned char *roles, int attr, const char *indent)
{
    int width = pane_inner_w(p);
    int iw = crt_width(indent);
    if (width - iw < 4) { iw = 0; indent = ""; }
    PaneText t = {0};
    const char *s = text;
    for (;;) {
        size_t len = strcspn(s, "\n");
        char *line = xmalloc(len + 1);
        memcpy(line, s, len);
        line[len] = 0;
        const unsigned char *lr = roles ? roles + (s - text) : NULL;
        const char *q = line;
        bool first = true;
        do {
            int avail = width - (first ? 0 : iw);
            if (avail < 1) avail = 1;
            size_t n = crt_prefix(q, avail, NULL);
            if (q[n]) n = crt_break(q, n);   /* at a space or beside a Chinese character */
            if (n == 0 && *q) n = 1;
            line_put(&t, first ? "" : indent, C_NORMAL);
            if (lr) line_put_roles(&t, q, n, lr + (q - line));
            else line_putn(&t, q, n, C_NORMAL);
            if (lr) {
                pane_add_line(p, &t);
            } else {
                pane_add(p, t.text, attr);
                t.len = 0;
            }
            q += n;
            while (*q == ' ') q++;
            first = false;
        } while (*q);
        free(line);
        if (!s[len]) break;
        s += len + 1;
    }
    line_fini(&t);
}

void pane_wrap(Pane *p, const char *text, int attr, const char *indent) { wrap(p, text, NULL, attr, indent); }

void pane_wrap_line(Pane *p, PaneText *t, const char *indent)
{
    wrap(p, t->text ? t->text : "", t->roles, 0, indent);
    t->len = 0;
}

void pane_scroll(Pane *p, int delta)
{
    p->scroll += delta;
    int max = p->nlines - pane_inner_h(p);
    if (p->scroll > max) p->scroll = max;
    if (p->scroll < 0) p->scroll = 0;
    p->follow = delta > 0 && p->scroll == max;
}

void pane_select(Pane *p, int delta)
{
    if (p->nlines == 0) { p->sel = -1; return; }
    int s = (p->sel < 0 ? p->scroll : p->sel) + delta;
    if (s >= p->nlines) s = p->nlines - 1;
    if (s < 0) s = 0;
    p->sel = s;
    int ih = pane_inner_h(p);
    if (s < p->scroll) p->scroll = s;
    if (ih > 0 && s >= p->scroll + ih) p->scroll = s - ih + 1;
    p->follow = false;
}

int pane_hit(const Pane *p, int y, int x)
{
    if (p->h < 2 || y < p->y || y >= p->y + p->h || x < p->x || x >= p->x + p->w) return -2;
    if (y < top(p) || y == p->y + p->h - 1 || x == p->x || x == p->x + p->w - 1) return -1;
    int k = p->scroll + (y - top(p));
    return k < p->nlines ? k : -1;
}

void pane_draw(Pane *p)
{
    if (p->h < 2 || p->w < 4) return;
    int battr = p->focus ? crt_attr(C_FOCUS) : crt_attr(C_DIM);
    attrset((attr_t)battr);
    mvhline(p->y, p->x + 1, ACS_HLINE, p->w - 2);
    mvhline(p->y + p->h - 1, p->x + 1, ACS_HLINE, p->w - 2);
    mvvline(p->y + 1, p->x, ACS_VLINE, p->h - 2);
    mvvline(p->y + 1, p->x + p->w - 1, ACS_VLINE, p->h - 2);
    mvaddch(p->y, p->x, ACS_ULCORNER);
    mvaddch(p->y, p->x + p->w - 1, ACS_URCORNER);
    mvaddch(p->y + p->h - 1, p->x, ACS_LLCORNER);
    mvaddch(p->y + p->h - 1, p->x + p->w - 1, ACS_LRCORNER);
    attrset(A_NORMAL);
    char t[128];
    snprintf(t, sizeof t, " %s ", p->title);
    int tw = crt_put(p->y, p->x + 2, t, p->w - 4, p->focus ? crt_attr(C_FOCUS) : crt_attr(C_TITLE));
    if (p->note[0] && tw + 6 < p->w) crt_put(p->y, p->x + 2 + tw, p->note, p->w - 6 - tw, crt_attr(C_DIM));
    int ih = pane_inner_h(p), iw = pane_inner_w(p);
    int max = p->nlines - ih;
    if (max < 0) max = 0;
    if (p->follow) p->scroll = max;
    if (p->scroll > max) p->scroll = max;
    if (p->scroll < 0) p->scroll = 0;
    if (p->header.text) {
        mvhline(p->y + 1, p->x + 1, ' ', iw);
        crt_put_roles(p->y + 1, p->x + 1, p->header.text, iw, p->header.roles);
    }
    for (int i = 0; i < ih; i++) {
        int k = p->scroll + i;
        bool sel = p->focus && k == p->sel && k < p->nlines;
        int sa = crt_attr(C_SEL);
        attrset((attr_t)(sel ? sa : 0));
        int y = top(p) + i;
        mvhline(y, p->x + 1, ' ', iw);
        attrset(A_NORMAL);
        if (k >= p->nlines) continue;
        PaneLine *l = &p->lines[k];
        if (sel) crt_put(y, p->x + 1, l->text, iw, sa);
        else if (l->roles) crt_put_roles(y, p->x + 1, l->text, iw, l->roles);
        else crt_put(y, p->x + 1, l->text, iw, l->attr);
    }
    if (p->nlines > ih && ih > 0) {
        char m[32];
        snprintf(m, sizeof m, " %d/%d ", p->scroll + ih < p->nlines ? p->scroll + ih : p->nlines, p->nlines);
        crt_put(p->y + p->h - 1, p->x + p->w - 2 - (int)strlen(m), m, (int)strlen(m), crt_attr(C_DIM));
    }
}
