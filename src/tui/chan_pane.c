/* tui/chan_pane.c: the Channels pane: each channel by its variable's name,
 * its buffer drawn as slots holding the values, len/cap, closed, and the
 * goroutines queued to send and to receive (runtime/chan.go's sendq, recvq). */
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "base/path.h"
#include "tui/crt.h"
#include "tui/narrate.h"
#include "tui/view.h"

enum { SLOT_W = 10 };   /* display columns of one buffer slot */

static bool watched(const View *v, const char *name)
{
    for (int i = 0; name && i < v->l->watch_channels.len; i++)
        if (strcmp(v->l->watch_channels.items[i], name) == 0) return true;
    return false;
}


/* slots draws the buffer: [ 1 │ 2 │   ] with as many slots as fit. */
static void slots(PaneText *t, const ChanSnap *c, int width)
{
    const char *bar = crt_utf8() ? "│" : "|";
    int fit = (width - 8) / (SLOT_W + 3);
    if (fit < 1) fit = 1;
    line_put(t, "  [", C_DIM);
    for (int k = 0; k < c->cap && k < fit; k++) {
        char cell[SLOT_W * 4 + 1];
        const char *val = k < c->len ? c->values[k] : "";
        int w;
        size_t n = crt_prefix(val, SLOT_W, &w);
        snprintf(cell, sizeof cell, " %.*s%*s ", (int)n, val, SLOT_W - w, "");
        line_put(t, cell, k < c->len ? C_STRING : C_NORMAL);
        if (k + 1 < c->cap && k + 1 < fit) line_put(t, bar, C_DIM);
    }
    line_put(t, "]", C_DIM);
    if (c->cap > fit) line_putf(t, C_DIM, _(" +%lld more slots"), (long long)(c->cap - fit));
}

/* queue draws a wait queue in order: its length first (the row is cut at
 * the pane's edge), then the goroutines, and for a short queue what it means. */
static void queue(PaneText *t, const char *label, const int64_t *q, int n, const char *meaning)
{
    line_put(t, label, C_MARK);
    line_putf(t, C_MARK, "%d:", n);
    for (int k = 0; k < n && k < 64; k++) line_putf(t, C_NORMAL, " g%lld", (long long)q[k]);
    if (n > 64) line_put(t, " ...", C_DIM);
    else if (n <= 8) line_putf(t, C_DIM, "  (%s)", meaning);
}

void chan_pane_fill(View *v, Pane *p)
{
    uint64_t key = ((uint64_t)pane_inner_w(p) << 40) ^ v->run.gen;
    if (v->filled[P_CHANNELS] == key + 1) return;
    v->filled[P_CHANNELS] = key + 1;
    pane_clear(p);
    Snapshot *s = v->run.snap;
    p->note[0] = 0;
    if (!s) return;
    if (s->nchans == 0) {
        pane_add(p, _("(no channels)"), crt_attr(C_DIM));
        return;
    }
    snprintf(p->note, sizeof p->note, "%d ", s->nchans);
    PaneText t = {0};
    const char *to_recv = crt_utf8() ? "  recv ← " : "  recv <- ";
    const char *to_send = crt_utf8() ? "  send → " : "  send -> ";
    for (int i = 0; i < s->nchans; i++) {
        ChanSnap *c = &s->chans[i];
        char nm[32];
        line_put(&t, chan_label(v->run.snap, c->id, nm, sizeof nm), watched(v, c->name) ? C_WATCH : C_TITLE);
        line_putf(&t, C_NORMAL, "  %s", c->type ? c->type : "chan");
        if (c->cap) line_putf(&t, C_NORMAL, "  %lld/%lld", (long long)c->len, (long long)c->cap);
        else line_put(&t, _("  unbuffered"), C_DIM);
        if (c->closed) line_put(&t, _("  closed"), C_ERROR);
        if (c->made_file) line_putf(&t, C_DIM, _("  made at %s:%d"), path_base(c->made_file), c->made_line);
        pane_add_line(p, &t);
        if (c->cap) {
            slots(&t, c, pane_inner_w(p));
            pane_add_line(p, &t);
        }
        if (c->nrecvq) {
            queue(&t, to_recv, c->recvq, c->nrecvq, _("waiting to receive"));
            pane_add_line(p, &t);
        }
        if (c->nsendq) {
            queue(&t, to_send, c->sendq, c->nsendq, _("waiting to send"));
            pane_add_line(p, &t);
        }
    }
    line_fini(&t);
}
