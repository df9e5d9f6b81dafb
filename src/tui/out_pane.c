/* tui/out_pane.c: the Output pane: the program's stdout and stderr and the
 * runtime's reports (deadlock, panic, leaks), as they come. Output only
 * grows while a program runs, so only the new lines are wrapped: a program
 * that prints a lot costs each frame what it printed since the last one. */
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "tui/crt.h"
#include "tui/view.h"

/* The pane keeps the newest lines only, as a terminal's scrollback: a
 * program printing as fast as it can would otherwise be rewrapped whole
 * each frame. */
enum { KEEP_BYTES = 64 << 10, KEEP_LINES = 4000 };

static void drop_first(Pane *p, int n)
{
    if (n <= 0) return;
    for (int i = 0; i < n; i++) {
        free(p->lines[i].text);
        free(p->lines[i].roles);
    }
    memmove(p->lines, p->lines + n, (size_t)(p->nlines - n) * sizeof *p->lines);
    p->nlines -= n;
}

static void drop_last(Pane *p, int n)
{
    while (n-- > 0 && p->nlines > 0) {
        p->nlines--;
        free(p->lines[p->nlines].text);
        free(p->lines[p->nlines].roles);
    }
}

/* add wraps len bytes of text (without a final newline) and colours the
 * runtime's reports; returns the lines added. */
/* relative cuts the folders of the lesson's files out of s, in place:
 * "/home/ana/.local/share/gorolab/pack/lesson/main.go:12" becomes
 * "main.go:12", as the Source pane and the lesson name the file (a long
 * absolute path would wrap mid-word in a narrow pane). */
static void relative(const View *v, char *s)
{
    for (int i = 0; i < v->npaths; i++) {
        const char *path = v->paths[i], *slash = path ? strrchr(path, '/') : NULL;
        if (!slash || slash == path) continue;
        size_t dl = (size_t)(slash - path) + 1;   /* the folder with its slash */
        for (char *q = s; (q = strstr(q, path)) != NULL;) {
            if (strncmp(q, path, dl) != 0) break;
            memmove(q, q + dl, strlen(q + dl) + 1);
        }
    }
}

static int add(const View *v, Pane *p, const char *text, size_t len)
{
    int before = p->nlines;
    char *s = xmalloc(len + 1);
    memcpy(s, text, len);
    s[len] = 0;
    relative(v, s);
    pane_wrap(p, s, 0, "  ");
    free(s);
    for (int i = before; i < p->nlines; i++) {
        const char *t = p->lines[i].text;
        if (!strncmp(t, "fatal error:", 12) || !strncmp(t, "panic:", 6) || !strncmp(t, "WARNING: DATA RACE", 18) ||
            !strncmp(t, "gorolab: ", 9) || !strncmp(t, "[program ", 9))
            p->lines[i].attr = !strncmp(t, "[program exited, exit status 0]", 31) ? crt_attr(C_OK) : crt_attr(C_ERROR);
    }
    return p->nlines - before;
}

void out_pane_fill(View *v, Pane *p)
{
    Runner *r = &v->run;
    int w = pane_inner_w(p);
    if (!r->out.len) {   /* a hint instead of nothing */
        bool fresh = r->vm && r->nmoves == 0;
        pane_clear(p);
        pane_add(p, fresh ? _("(no output yet: Space runs the program)") : _("(no output yet)"), crt_attr(C_DIM));
        v->out_epoch = 0;
        return;
    }
    if (v->out_epoch != r->out_epoch + 1 || v->out_w != w) {   /* a new run, a cut, or a new width */
        pane_clear(p);
        v->out_epoch = r->out_epoch + 1;
        v->out_w = w;
        v->out_done = v->out_seen = 0;
        v->out_tail = 0;
    }
    if (v->out_seen == r->out.len) return;
    v->out_seen = r->out.len;
    drop_last(p, v->out_tail);
    v->out_tail = 0;
    if (r->out.len - v->out_done > KEEP_BYTES) {   /* more than the pane keeps: its newest lines */
        pane_clear(p);
        size_t from = r->out.len - KEEP_BYTES;
        const char *nl = memchr(r->out.data + from, '\n', KEEP_BYTES);
        v->out_done = nl ? (size_t)(nl - r->out.data) + 1 : from;
        pane_add(p, _("[... earlier output scrolled away ...]"), crt_attr(C_DIM));
    }
    const char *s = r->out.data + v->out_done;
    size_t n = r->out.len - v->out_done, complete = n;
    while (complete > 0 && s[complete - 1] != '\n') complete--;   /* up to the last newline */
    if (complete) add(v, p, s, complete - 1);
    v->out_done += complete;
    if (complete < n) v->out_tail = add(v, p, s + complete, n - complete);
    if (p->nlines > KEEP_LINES) drop_first(p, p->nlines - KEEP_LINES);
}
