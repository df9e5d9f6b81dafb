/* tui/timeline.c: the timeline model (tui/timeline.h) and its pane: one
 * lane per goroutine, or per function when there are more lanes than rows
 * (like the Goroutines pane's groups), drawn over a window of virtual time
 * that fits the whole run until the learner zooms (> <), pans (Left Right)
 * or fits it again (0). Only the lanes in view are drawn, so a thousand
 * goroutines cost what the rows on the screen cost. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "tui/crt.h"
#include "tui/timeline.h"
#include "tui/view.h"

/* ---- the model ---- */

static int64_t items;   /* added by set and mark during one tl_feed */

void tl_reset(Timeline *tl)
{
    for (int64_t i = 0; i < tl->nlanes; i++) {
        free(tl->lanes[i].seg);
        free(tl->lanes[i].mark);
    }
    free(tl->lanes);
    uint64_t gen = tl->gen;
    memset(tl, 0, sizeof *tl);
    tl->gen = gen + 1;
    tl->full_at = -1;
}

void tl_free(Timeline *tl) { tl_reset(tl); }

static TlLane *lane(Timeline *tl, int64_t id)
{
    if (id <= 0 || id > (1 << 24)) return NULL;
    if (id > tl->cap) {
        int64_t ncap = tl->cap ? tl->cap : 64;
        while (ncap < id) ncap *= 2;
        tl->lanes = xrealloc(tl->lanes, (size_t)ncap * sizeof *tl->lanes);
        memset(tl->lanes + tl->cap, 0, (size_t)(ncap - tl->cap) * sizeof *tl->lanes);
        tl->cap = ncap;
    }
    if (id > tl->nlanes) tl->nlanes = id;
    return &tl->lanes[id - 1];
}

const TlLane *tl_lane(const Timeline *tl, int64_t id)
{
    if (id <= 0 || id > tl->nlanes || tl->lanes[id - 1].id == 0) return NULL;
    return &tl->lanes[id - 1];
}

static TlClass class_of(WaitReason r)
{
    switch (r) {
    case WAIT_CHAN_RECEIVE: case WAIT_CHAN_SEND: case WAIT_CHAN_RECEIVE_NIL: case WAIT_CHAN_SEND_NIL:
        return TL_CHAN;
    case WAIT_SELECT: case WAIT_SELECT_NO_CASES: return TL_SELECT;
    case WAIT_SLEEP: return TL_SLEEP;
    case WAIT_SEMACQUIRE: case WAIT_SYNC_COND_WAIT: case WAIT_SYNC_MUTEX_LOCK: case WAIT_SYNC_RWMUTEX_RLOCK:
    case WAIT_SYNC_RWMUTEX_LOCK: case WAIT_SYNC_WAITGROUP_WAIT:
        return TL_SYNC;
    default: return TL_OTHER;
    }
}

static void set(TlLane *l, int64_t t, TlClass c, WaitReason r)
{
    if (!l || l->id == 0) return;
    if (l->nseg > 0) {
        TlSeg *last = &l->seg[l->nseg - 1];
        if (last->cls == c && last->reason == r) return;
        if (last->t == t) {   /* the same instant: the later state wins */
            last->cls = (uint8_t)c;
            last->reason = (uint8_t)r;
            return;
        }
    }
    XPUSH(l->seg, l->nseg, l->capseg, ((TlSeg){t, (uint8_t)c, (uint8_t)r}));
    items++;
}

static void mark(TlLane *l, int64_t t, TlMarkKind k)
{
    if (!l || l->id == 0) return;
    if (k == TLM_CLOSE || k == TLM_LEAK || k == TLM_PANIC) l->big_marks = true;
    XPUSH(l->mark, l->nmark, l->capmark, ((TlMark){t, (uint8_t)k}));
    items++;
}

static TlLane *born(Timeline *tl, int64_t id, int64_t t, const char *fn)
{
    TlLane *l = lane(tl, id);
    if (!l) return NULL;
    if (l->id == 0) {
        l->id = id;
        l->born = t;
        l->died = -1;
        l->fn = fn;
    }
    return l;
}

void tl_feed(Timeline *tl, const Event *ev, int64_t n, int64_t now)
{
    if (tl->items == 0 && tl->nlanes == 0) tl->full_at = -1;   /* a zeroed Timeline */
    for (int64_t i = 0; i < n; i++) {
        const Event *e = &ev[i];
        if (tl->full_at >= 0) break;
        tl->items += items;
        items = 0;
        if (tl->items >= TL_MAX_ITEMS) {
            tl->full_at = e->t;
            break;
        }
        TlLane *l = e->g > 0 && e->g <= tl->nlanes && tl->lanes[e->g - 1].id ? &tl->lanes[e->g - 1] : NULL;
        switch (e->kind) {
        case EV_GO_CREATE: {
            TlLane *nl = born(tl, e->a, e->t, e->name);   /* may move the lanes: l again below */
            set(nl, e->t, TL_RUNNABLE, WAIT_NONE);
            l = e->g > 0 && e->g <= tl->nlanes && tl->lanes[e->g - 1].id ? &tl->lanes[e->g - 1] : NULL;
            if (l) mark(l, e->t, TLM_CREATE);
            break;
        }
        case EV_GO_START:
            if (tl->running && tl->running != e->g) {
                TlLane *r = lane(tl, tl->running);
                if (r && r->nseg && r->seg[r->nseg - 1].cls == TL_RUNNING) set(r, e->t, TL_RUNNABLE, WAIT_NONE);
            }
            set(l, e->t, TL_RUNNING, WAIT_NONE);
            tl->running = e->g;
            break;
        case EV_GO_BLOCK:
            set(l, e->t, class_of(e->reason), e->reason);
            if (tl->running == e->g) tl->running = 0;
            break;
        case EV_GO_UNBLOCK: set(l, e->t, TL_RUNNABLE, WAIT_NONE); break;
        case EV_GO_END:
            set(l, e->t, TL_NONE, WAIT_NONE);
            if (l) l->died = e->t;
            if (tl->running == e->g) tl->running = 0;
            break;
        case EV_CHAN_SEND: mark(l, e->t, TLM_SEND); break;
        case EV_CHAN_RECV: mark(l, e->t, TLM_RECV); break;
        case EV_CHAN_CLOSE: mark(l, e->t, TLM_CLOSE); break;
        case EV_PANIC: mark(l, e->t, TLM_PANIC); break;
        case EV_LEAK:
            if (l) l->leaked = true;
            mark(l, e->t, TLM_LEAK);
            break;
        default: break;
        }
        if (e->t > tl->end) tl->end = e->t;
    }
    tl->items += items;
    items = 0;
    if (now > tl->end && tl->full_at < 0) tl->end = now;
    tl->gen++;
}

/* seg_at returns the index of the segment in force at t (-1: before the first). */
static int seg_at(const TlLane *l, int64_t t)
{
    int lo = 0, hi = l->nseg - 1, r = -1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (l->seg[mid].t <= t) { r = mid; lo = mid + 1; }
        else hi = mid - 1;
    }
    return r;
}

TlClass tl_class_at(const TlLane *l, int64_t t)
{
    int k = seg_at(l, t);
    return k < 0 ? TL_NONE : (TlClass)l->seg[k].cls;
}

void tl_cells(const TlLane *l, int64_t t0, int64_t dt, int ncells, uint8_t *cls, uint8_t *marks)
{
    if (dt < 1) dt = 1;
    int k = seg_at(l, t0);
    for (int c = 0; c < ncells; c++) {
        int64_t end = t0 + (int64_t)(c + 1) * dt - 1;
        bool ran = k >= 0 && l->seg[k].cls == TL_RUNNING;
        while (k + 1 < l->nseg && l->seg[k + 1].t <= end) {
            k++;
            ran |= l->seg[k].cls == TL_RUNNING;
        }
        cls[c] = (uint8_t)(ran ? TL_RUNNING : k < 0 ? TL_NONE : l->seg[k].cls);
    }
    if (!marks) return;
    memset(marks, 0, (size_t)ncells);
    int lo = 0, hi = l->nmark;   /* the first mark at or after t0 */
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (l->mark[mid].t < t0) lo = mid + 1;
        else hi = mid;
    }
    for (int i = lo; i < l->nmark; i++) {
        int64_t c = (l->mark[i].t - t0) / dt;
        if (c >= ncells) break;
        uint8_t m = (uint8_t)(l->mark[i].kind + 1);
        /* a close or a leak says more than a send: keep it */
        if (!marks[c] || m - 1 == TLM_CLOSE || m - 1 == TLM_LEAK || m - 1 == TLM_PANIC) marks[c] = m;
    }
}

void tl_count(const TlLane *l, int64_t t0, int64_t dt, int ncells, int (*count)[TL_NCLASS])
{
    if (dt < 1) dt = 1;
    int c = 0;
    if (l->nseg == 0) return;
    if (l->seg[0].t > t0) {   /* not born yet: TL_NONE, not counted */
        c = (int)((l->seg[0].t - t0) / dt);
        if (c >= ncells) return;
    }
    int k = seg_at(l, t0 + (int64_t)(c + 1) * dt - 1);
    if (k < 0) k = 0;
    for (; c < ncells; c++) {
        int64_t end = t0 + (int64_t)(c + 1) * dt - 1;
        bool ran = l->seg[k].cls == TL_RUNNING;
        while (k + 1 < l->nseg && l->seg[k + 1].t <= end) {
            k++;
            ran |= l->seg[k].cls == TL_RUNNING;
        }
        int cls = ran ? TL_RUNNING : l->seg[k].cls;
        if (cls == TL_NONE && k == l->nseg - 1) return;   /* ended: nothing more to count */
        count[c][cls]++;
    }
}

/* ---- the pane ---- */

typedef struct Look { const char *utf8, *ascii; int role; } Look;

static const Look look[TL_NCLASS] = {
    [TL_NONE] = {" ", " ", C_NORMAL},      [TL_RUNNING] = {"█", "#", C_OK},
    [TL_RUNNABLE] = {"▒", ":", C_NORMAL},  [TL_CHAN] = {"─", "-", C_MARK},
    [TL_SELECT] = {"┄", "~", C_STRING},    [TL_SLEEP] = {"·", ".", C_DIM},
    [TL_SYNC] = {"═", "=", C_KEYWORD},     [TL_OTHER] = {"?", "?", C_DIM},
};
static const char mark_ch[TLM_NMARK] = {'>', '<', 'x', '+', '!', 'P'};

static const char *short_fn(const char *fn)
{
    if (!fn) return "?";
    return strncmp(fn, "main.", 5) == 0 ? fn + 5 : fn;
}

/* A lane on the screen: one goroutine, or every goroutine of a function. */
typedef struct Row { int first; int count; } Row;   /* first: lane index */

/* rows builds the rows: lanes by id, or grouped by function (in order of
 * each function's first goroutine). Returns the count; *out is new. */
static int rows(const Timeline *tl, bool grouped, Row **out, int **members)
{
    int n = 0;
    Row *r = xmalloc((size_t)(tl->nlanes ? tl->nlanes : 1) * sizeof *r);
    int *next = xmalloc((size_t)(tl->nlanes ? tl->nlanes : 1) * sizeof *next);   /* next member of a group */
    for (int64_t i = 0; i < tl->nlanes; i++) {
        next[i] = -1;
        const TlLane *l = &tl->lanes[i];
        if (!l->id) continue;
        int k = -1;
        if (grouped)
            for (int j = n - 1; j >= 0 && k < 0; j--)   /* recent functions first: most rows are near */
                if (tl->lanes[r[j].first].fn == l->fn ||
                    (l->fn && tl->lanes[r[j].first].fn && strcmp(tl->lanes[r[j].first].fn, l->fn) == 0))
                    k = j;
        if (k < 0) {
            r[n++] = (Row){(int)i, 1};
        } else {
            int m = r[k].first;
            while (next[m] >= 0) m = next[m];
            next[m] = (int)i;
            r[k].count++;
        }
    }
    *out = r;
    *members = next;
    return n;
}

/* axis draws the time ticks over the cells */
static void axis(Pane *p, int lw, int ncells, int64_t t0, int64_t dt)
{
    PaneText t = {0};
    line_col(&t, C_DIM, _("GOROUTINE"), lw);
    char buf[512];
    int w = ncells < (int)sizeof buf - 1 ? ncells : (int)sizeof buf - 1;
    memset(buf, ' ', (size_t)w);
    buf[w] = 0;
    for (int c = 0; c < w; c += 14) {
        char d[40];
        view_duration(t0 + (int64_t)c * dt, d, sizeof d);
        int len = (int)strlen(d);   /* ASCII unless µs: a byte more, cut below */
        buf[c] = '|';
        for (int i = 0; i < len && c + 1 + i < w; i++) buf[c + 1 + i] = d[i];
    }
    for (int i = 0; i < w; i++)   /* keep it ASCII: a µ split by the cut would be garbage */
        if ((unsigned char)buf[i] >= 0x80) buf[i] = 'u';
    line_put(&t, buf, C_DIM);
    pane_set_header(p, &t);
    line_fini(&t);
}

void timeline_pane_fill(View *v, Pane *p)
{
    const Timeline *tl = &v->run.tl;
    int ih = pane_inner_h(p), iw = pane_inner_w(p);
    uint64_t key = tl->gen * 0x9E3779B97F4A7C15ull ^ ((uint64_t)iw << 48) ^ ((uint64_t)ih << 36) ^
                   (uint64_t)v->tl_dt * 31 ^ (uint64_t)v->tl_t0 * 17 ^ ((uint64_t)p->scroll << 20) ^
                   ((uint64_t)v->group_mode << 56) ^ (uint64_t)v->sel_g * 7;
    if (v->filled[P_TIMELINE] == key + 1) return;
    v->filled[P_TIMELINE] = key + 1;
    pane_clear(p);
    int lw = iw / 4 < 22 ? iw / 4 : 22;
    if (lw < 10) lw = 10;
    int ncells = iw - lw;
    if (ncells < 4 || tl->nlanes == 0) {
        pane_set_header(p, NULL);
        pane_add(p, _("(nothing has run yet)"), crt_attr(C_DIM));
        p->note[0] = 0;
        return;
    }
    int64_t t0 = v->tl_t0, dt = v->tl_dt;
    if (dt <= 0) {   /* fit: the whole run */
        t0 = 0;
        dt = (tl->end + ncells) / ncells;
        if (dt < 1) dt = 1;
    }
    Row *r;
    int *next;
    int nlive = 0;
    for (int64_t i = 0; i < tl->nlanes; i++) nlive += tl->lanes[i].id != 0;
    bool grouped = v->group_mode == GROUP_ON || (v->group_mode == GROUP_AUTO && nlive > ih);
    int nrows = rows(tl, grouped, &r, &next);
    char dts[40], ends[40];
    view_duration(dt, dts, sizeof dts);
    view_duration(t0 + dt * ncells, ends, sizeof ends);
    char note[160];
    char full[64] = "";
    if (tl->full_at >= 0) {
        char fa[40];
        view_duration(tl->full_at, fa, sizeof fa);
        snprintf(full, sizeof full, "  kept up to %s", fa);
    }
    snprintf(note, sizeof note, "%d %s  to %s  %s/cell%s%s ", nrows, grouped ? "groups" : "lanes", ends, dts,
             v->tl_dt <= 0 ? " (fit)" : "", full);
    size_t nl = strlen(note) < sizeof p->note - 1 ? strlen(note) : sizeof p->note - 1;
    memcpy(p->note, note, nl);
    p->note[nl] = 0;
    axis(p, lw, ncells, t0, dt);
    int scroll = p->scroll;
    if (scroll > nrows - ih) scroll = nrows - ih;
    if (scroll < 0) scroll = 0;
    uint8_t *cls = xmalloc((size_t)ncells), *mk = xmalloc((size_t)ncells);
    int (*count)[TL_NCLASS] = xmalloc((size_t)ncells * sizeof *count);
    uint8_t *c2 = xmalloc((size_t)ncells), *m2 = xmalloc((size_t)ncells);
    PaneText t = {0};
    bool utf8 = crt_utf8();
    for (int i = 0; i < nrows; i++) {
        if (i < scroll || i >= scroll + ih) {   /* out of view: a placeholder for scrolling */
            pane_add(p, "", C_NORMAL);
            continue;
        }
        const TlLane *l = &tl->lanes[r[i].first];
        bool leaked = false, sel = false;
        if (r[i].count == 1) {
            tl_cells(l, t0, dt, ncells, cls, mk);
            leaked = l->leaked;
            sel = l->id == v->sel_g;
        } else {   /* a group: per cell, the class most of its goroutines are in; marks of any */
            memset(count, 0, (size_t)ncells * sizeof *count);
            memset(mk, 0, (size_t)ncells);
            for (int m = r[i].first; m >= 0; m = next[m]) {
                const TlLane *g = &tl->lanes[m];
                tl_count(g, t0, dt, ncells, count);
                leaked |= g->leaked;
                sel |= g->id == v->sel_g;
                if (!g->big_marks) continue;   /* a group's sends and receives would hide its states */
                tl_cells(g, t0, dt, ncells, c2, m2);
                for (int c = 0; c < ncells; c++)
                    if (m2[c] && (m2[c] - 1 == TLM_CLOSE || m2[c] - 1 == TLM_LEAK || m2[c] - 1 == TLM_PANIC)) mk[c] = m2[c];
            }
            for (int c = 0; c < ncells; c++) {
                int best = TL_NONE, most = 0;
                for (int k = 1; k < TL_NCLASS; k++)
                    if (count[c][k] > most) { most = count[c][k]; best = k; }
                cls[c] = (uint8_t)best;
            }
        }
        char label[64];
        if (r[i].count == 1) snprintf(label, sizeof label, "%c%lld %s", leaked ? '!' : ' ', (long long)l->id, short_fn(l->fn));
        else snprintf(label, sizeof label, "%c%d× %s", leaked ? '!' : ' ', r[i].count, short_fn(l->fn));
        int role = sel ? C_SEL : leaked ? C_ERROR : C_TITLE;
        line_putf(&t, role, "%-*.*s", lw - 1, lw - 1, label);
        line_put(&t, " ", C_NORMAL);
        /* the leaked lane's last wait, the one it never leaves, in red */
        int64_t leak_from = INT64_MAX;
        if (leaked && r[i].count == 1 && l->nseg) leak_from = l->seg[l->nseg - 1].t;
        for (int c = 0; c < ncells; c++) {
            int64_t cend = t0 + (int64_t)(c + 1) * dt;
            if (cend > tl->end + dt) { line_put(&t, " ", C_NORMAL); continue; }   /* not yet */
            if (mk[c]) {
                char s[2] = {mark_ch[mk[c] - 1], 0};
                line_put(&t, s, mk[c] - 1 == TLM_LEAK || mk[c] - 1 == TLM_PANIC ? C_ERROR : C_WATCH);
                continue;
            }
            const Look *lk = &look[cls[c]];
            int rl = cend > leak_from && cls[c] != TL_NONE && cls[c] != TL_RUNNING ? C_ERROR : lk->role;
            line_put(&t, utf8 ? lk->utf8 : lk->ascii, rl);
        }
        pane_add_line(p, &t);
    }
    line_fini(&t);
    free(cls);
    free(mk);
    free(c2);
    free(m2);
    free(count);
    free(r);
    free(next);
}

/* timeline_key handles the keys that move the timeline's window: zoom in
 * (in > 0) or out around the window's middle, pan by a quarter of it, or fit
 * the whole run (fit). */
void timeline_key(View *v, int zoom, int pan, bool fit)
{
    Pane *p = &v->panes[P_TIMELINE];
    int iw = pane_inner_w(p);
    int lw = iw / 4 < 22 ? iw / 4 : 22;
    if (lw < 10) lw = 10;
    int ncells = iw - lw > 4 ? iw - lw : 4;
    if (fit) {
        v->tl_dt = 0;
        v->tl_t0 = 0;
        return;
    }
    if (v->tl_dt <= 0) {   /* leave fit: start from what it shows */
        v->tl_t0 = 0;
        v->tl_dt = (v->run.tl.end + ncells) / ncells;
        if (v->tl_dt < 1) v->tl_dt = 1;
    }
    int64_t mid = v->tl_t0 + v->tl_dt * ncells / 2;
    if (zoom > 0 && v->tl_dt > 1) v->tl_dt /= 2;
    else if (zoom < 0 && v->tl_dt < INT64_MAX / 4 / ncells) v->tl_dt *= 2;
    if (zoom) v->tl_t0 = mid - v->tl_dt * ncells / 2;
    v->tl_t0 += (int64_t)pan * v->tl_dt * (ncells / 4 > 1 ? ncells / 4 : 1);
    if (v->tl_t0 < 0) v->tl_t0 = 0;
}
