/* tui/chan_pane.c: the Channels pane: each channel by its variable's name,
 * its buffer drawn as slots holding the values, len/cap, closed, and the
 * goroutines queued to send and to receive (runtime/chan.go's sendq, recvq).
 * Channels alike are one row with a count; a channel made inside the
 * standard library (a timer's) says the learner's line that asked for it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/xalloc.h"
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

/* Channels alike (same name, type, line made at, closed or not, nobody
 * waiting) are one row with a count: a time.After in a loop makes
 * thousands of them. */
typedef struct Row {
    const ChanSnap *c;
    char label[32];
    int  n, full;   /* channels in the group; of them holding a value */
} Row;

static const char *made_file(const ChanSnap *c) { return c->user_file ? c->user_file : c->made_file; }
static int made_line(const ChanSnap *c) { return c->user_file ? c->user_line : c->made_line; }

static bool alike(const Row *r, const ChanSnap *c, const char *label)
{
    const ChanSnap *a = r->c;
    if (a->nrecvq || a->nsendq || c->nrecvq || c->nsendq) return false;
    if (strcmp(r->label, label) != 0 || a->closed != c->closed || a->timer != c->timer || a->cap != c->cap) return false;
    if (strcmp(a->type ? a->type : "", c->type ? c->type : "") != 0) return false;
    const char *fa = made_file(a), *fc = made_file(c);
    return made_line(a) == made_line(c) && (fa == fc || (fa && fc && strcmp(fa, fc) == 0));
}

/* row_hash hashes what alike compares (the label, the line, the capacity). */
static unsigned row_hash(const char *label, const ChanSnap *c)
{
    unsigned h = 2166136261u;
    for (const char *q = label; *q; q++) h = (h ^ (unsigned char)*q) * 16777619u;
    return (h ^ (unsigned)made_line(c) * 40503u ^ (unsigned)c->cap) * 16777619u;
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
    /* group, keeping the order of each group's first channel */
    Row *rows = xcalloc((size_t)s->nchans, sizeof *rows);
    size_t hsize = 16;
    while (hsize < (size_t)s->nchans * 2) hsize *= 2;
    int *slot = xmalloc(hsize * sizeof *slot);
    for (size_t i = 0; i < hsize; i++) slot[i] = -1;
    int nrows = 0;
    for (int i = 0; i < s->nchans; i++) {
        const ChanSnap *c = &s->chans[i];
        char tmp[32], label[32];
        snprintf(label, sizeof label, "%s", chan_label(s, c->id, tmp, sizeof tmp));
        size_t h = row_hash(label, c) & (hsize - 1);
        int r = -1;
        for (; slot[h] >= 0; h = (h + 1) & (hsize - 1))
            if (alike(&rows[slot[h]], c, label)) { r = slot[h]; break; }
        if (r < 0) {
            r = nrows++;
            rows[r].c = c;
            snprintf(rows[r].label, sizeof rows[r].label, "%s", label);
            if (!c->nrecvq && !c->nsendq) slot[h] = r;   /* a channel with waiters stays on its own */
        }
        rows[r].n++;
        rows[r].full += c->len > 0;
    }
    free(slot);
    PaneText t = {0};
    const char *to_recv = crt_utf8() ? "  recv ← " : "  recv <- ";
    const char *to_send = crt_utf8() ? "  send → " : "  send -> ";
    for (int i = 0; i < nrows; i++) {
        const ChanSnap *c = rows[i].c;
        line_put(&t, rows[i].label, watched(v, c->name) ? C_WATCH : C_TITLE);
        if (rows[i].n > 1) line_putf(&t, C_TITLE, crt_utf8() ? " ×%d" : " x%d", rows[i].n);
        line_putf(&t, C_NORMAL, "  %s", c->type ? c->type : "chan");
        if (c->timer) {   /* Go 1.23's timer channels: len and cap read 0 to the program */
            line_put(&t, _("  timer"), C_DIM);
            if (rows[i].n > 1 && rows[i].full) line_putf(&t, C_STRING, _("  %d fired"), rows[i].full);
            else if (rows[i].full) line_put(&t, _("  fired"), C_STRING);
        } else if (c->cap && rows[i].n > 1) {
            line_putf(&t, C_NORMAL, _("  cap %lld, %d holding values"), (long long)c->cap, rows[i].full);
        } else if (c->cap) {
            line_putf(&t, C_NORMAL, "  %lld/%lld", (long long)c->len, (long long)c->cap);
        } else {
            line_put(&t, _("  unbuffered"), C_DIM);
        }
        if (c->closed) line_put(&t, _("  closed"), C_ERROR);
        if (made_file(c)) line_putf(&t, C_DIM, _("  made at %s:%d"), path_base(made_file(c)), made_line(c));
        pane_add_line(p, &t);
        if (c->cap && !c->timer && rows[i].n == 1) {
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
    free(rows);
    line_fini(&t);
}
