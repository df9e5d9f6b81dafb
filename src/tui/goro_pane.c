/* tui/goro_pane.c: the Goroutines pane: one row per goroutine (id,
 * function, state or Go's wait reason, the channel it waits on, for how
 * long in virtual time, where), running first; when they do not fit,
 * grouped like a pprof debug=1 profile (`1200 @ main.worker ...`). Enter
 * opens the selected goroutine's stack and where it was created. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/path.h"
#include "base/buf.h"
#include "base/xalloc.h"
#include "tui/crt.h"
#include "tui/narrate.h"
#include "tui/view.h"
#include "rt/unblock.h"


enum { GROUP_AT = 64 };   /* GROUP_AUTO groups above this many goroutines */

static bool watched(const View *v, const char *func)
{
    if (!func) return false;
    const char *dot = strrchr(func, '.');
    const char *name = dot ? dot + 1 : func;
    for (int i = 0; i < v->l->watch_funcs.len; i++)
        if (strcmp(v->l->watch_funcs.items[i], name) == 0 || strcmp(v->l->watch_funcs.items[i], func) == 0)
            return true;
    return false;
}

static int state_role(const GSnap *g)
{
    if (strcmp(g->state, "running") == 0) return C_OK;
    if (strcmp(g->state, "runnable") == 0) return C_NORMAL;
    return C_MARK;
}

/* Column widths, from the rows shown (capped so the position still fits);
 * lead: digits of the widest id or count (at least 4 or 5), so that ids of
 * 10,000 and more do not push their row's columns right. */
typedef struct Cols { int func, state, on, lead; } Cols;

static int digits(long long n)
{
    int d = 1;
    while (n >= 10 || n <= -10) n /= 10, d++;
    return d;
}

static void widen(Cols *c, const View *v, const GSnap *g)
{
    char tmp[40];
    int f = g->func ? (int)strlen(g->func) : 1, s = (int)strlen(g->state);
    int o = g->chan_id ? (int)strlen(chan_label(v->run.snap, g->chan_id, tmp, sizeof tmp)) : 0;
    if (f > c->func) c->func = f < 24 ? f : 24;
    if (s > c->state) c->state = s < 22 ? s : 22;
    if (o > c->on) c->on = o < 12 ? o : 12;
}

/* fit narrows the function column when the row would not fit the pane,
 * so that the state (what the learner looks for) stays in view */
static void fit(Cols *c, int width)
{
    if (c->func < 8) c->func = 8;
    if (c->state < 5) c->state = 5;
    int rest = (c->lead > 5 ? c->lead + 3 : 8) + 1 + c->state + (c->on ? c->on + 1 : 0) + 10 + 12;   /* lead, state, on, wait, where */
    int room = width - rest > 12 ? width - rest : 12;
    if (c->func > room) c->func = room;
}

/* header names the columns as the rows lay them out */
static void header(Pane *p, PaneText *t, const Cols *c, bool grouped)
{
    /* TRANSLATORS: the goroutine pane's column headers, in capitals in English */
    if (grouped) {
        line_col(t, C_DIM, _("COUNT"), c->lead + 3);
    } else {
        line_col(t, C_DIM, _("ID"), -c->lead);
        line_put(t, "  ", C_DIM);
    }
    line_col(t, C_DIM, _("FUNCTION"), c->func + 1);
    line_col(t, C_DIM, _("STATE"), c->state + 1);
    if (c->on) line_col(t, C_DIM, _("ON"), c->on + 1);
    line_col(t, C_DIM, grouped ? _("LONGEST") : _("WAITED"), -8);
    line_put(t, "  ", C_DIM);
    line_put(t, _("WHERE"), C_DIM);
    pane_set_header(p, t);
}

/* row appends one goroutine's (or group's) line: lead is the id or count. */
static void row(View *v, Pane *p, PaneText *t, const Cols *c, const char *lead, const GSnap *g, int64_t wait_ns)
{
    char on[40] = "", tmp[40], wait[40] = "";
    if (g->chan_id) snprintf(on, sizeof on, "%s", chan_label(v->run.snap, g->chan_id, tmp, sizeof tmp));
    if (wait_ns > 0) view_duration(wait_ns, wait, sizeof wait);
    line_put(t, lead, C_NORMAL);
    line_putf(t, watched(v, g->func) ? C_WATCH : C_TITLE, "%-*.*s", c->func, c->func, g->func ? g->func : "?");
    line_putf(t, state_role(g), " %-*.*s", c->state, c->state, g->state);
    if (c->on) line_putf(t, C_NORMAL, " %-*.*s", c->on, c->on, on);
    line_putf(t, C_NORMAL, " %7s  ", wait);
    line_putf(t, C_DIM, "%s:%d", path_base(g->file), g->line);
    pane_add_line(p, t);
}

void goro_pane_fill(View *v, Pane *p)
{
    Snapshot *s = v->run.snap;
    int ih = pane_inner_h(p);
    uint64_t key = ((uint64_t)pane_inner_w(p) << 48) ^ ((uint64_t)ih << 36) ^ ((uint64_t)v->group_mode << 34) ^ v->run.gen;
    if (v->filled[P_GOROUTINES] == key + 1) return;
    v->filled[P_GOROUTINES] = key + 1;
    pane_clear(p);
    free(v->rows);
    free(v->groups);
    v->rows = NULL;
    v->groups = NULL;
    v->nrows = 0;
    p->note[0] = 0;
    p->sel = -1;
    pane_set_header(p, NULL);
    if (!s) {
        pane_add(p, _("(no program running)"), crt_attr(C_DIM));
        return;
    }
    v->rows = xmalloc(((size_t)s->ngs + 1) * sizeof *v->rows);
    int live = ggroup_order(s, v->rows);
    /* a learner reads a few dozen rows one by one; beyond that, and more
     * than fit, the groups tell the story (1200 handlers stuck at one line) */
    v->grouped = v->group_mode == GROUP_ON || (v->group_mode == GROUP_AUTO && live > ih && live > GROUP_AT);
    PaneText t = {0};
    Cols c = {0};
    char lead[32];
    if (v->grouped) {
        free(v->rows);
        v->rows = NULL;
        v->nrows = ggroup_build(s, &v->groups);
        snprintf(p->note, sizeof p->note, ngettext("%d in %d group ", "%d in %d groups ", v->nrows), live, v->nrows);
        c.lead = 5;
        for (int i = 0; i < v->nrows; i++) {
            widen(&c, v, &s->gs[v->groups[i].first]);
            if (digits(v->groups[i].count) > c.lead) c.lead = digits(v->groups[i].count);
        }
        fit(&c, pane_inner_w(p));
        header(p, &t, &c, true);
        for (int i = 0; i < v->nrows; i++) {
            GGroup *gr = &v->groups[i];
            snprintf(lead, sizeof lead, "%*d @ ", c.lead, gr->count);
            row(v, p, &t, &c, lead, &s->gs[gr->first], gr->max_wait_ns);
            if (s->gs[gr->first].id == v->sel_g) p->sel = i;
        }
    } else {
        v->nrows = live;
        snprintf(p->note, sizeof p->note, "%d ", live);
        c.lead = 4;
        for (int i = 0; i < live; i++) {
            widen(&c, v, &s->gs[v->rows[i]]);
            if (digits(s->gs[v->rows[i]].id) > c.lead) c.lead = digits(s->gs[v->rows[i]].id);
        }
        fit(&c, pane_inner_w(p));
        if (live) header(p, &t, &c, false);
        for (int i = 0; i < live; i++) {
            const GSnap *g = &s->gs[v->rows[i]];
            int k = chal_candidate(v, g->id);   /* a challenge: the goroutines the learner may pick */
            if (k) snprintf(lead, sizeof lead, "[%d]%*lld ", k, c.lead > 3 ? c.lead - 2 : 1, (long long)g->id);
            else snprintf(lead, sizeof lead, "%*lld  ", c.lead, (long long)g->id);
            row(v, p, &t, &c, lead, g, g->waiting_ns);
            if (g->id == v->sel_g) p->sel = i;
        }
    }
    line_fini(&t);
    if (live == 0) pane_add(p, v->run.finished ? _("(no goroutines left)") : _("(no goroutines)"), crt_attr(C_DIM));
    if (p->sel < 0 && v->nrows > 0) goro_pane_pick(v, 0);
    /* rows move as goroutines come and go: keep the selected one in view */
    if (p->sel >= 0 && p->sel < p->scroll) p->scroll = p->sel;
    if (p->sel >= 0 && ih > 0 && p->sel >= p->scroll + ih) p->scroll = p->sel - ih + 1;
}

static const GSnap *row_g(const View *v, int k)
{
    if (k < 0 || k >= v->nrows || !v->run.snap) return NULL;
    return &v->run.snap->gs[v->grouped ? v->groups[k].first : v->rows[k]];
}

void goro_pane_pick(View *v, int k)
{
    Pane *p = &v->panes[P_GOROUTINES];
    const GSnap *g = row_g(v, k);
    if (!g) return;
    p->sel = k;
    v->sel_g = g->id;
}

void goro_pane_select(View *v, int delta)
{
    Pane *p = &v->panes[P_GOROUTINES];
    pane_select(p, delta);
    goro_pane_pick(v, p->sel);
}

/* unblock_box says, for a blocked goroutine, what it waits on, who could
 * wake it and whether anything ever will (rt/unblock.h), before its stack. */
static void unblock_box(View *v, int64_t id, Buf *b)
{
    if (!v->run.vm) return;
    Unblock *u = insp_unblock(v->run.vm, id);
    if (u && u->reason != WAIT_NONE) {
        unblock_say(u, true, v->lang, b);
        buf_puts(b, "\n");
    }
    unblock_free(u);
}

char *goro_pane_stack(View *v)
{
    Snapshot *s = v->run.snap;
    const GSnap *g = NULL;
    for (int i = 0; s && i < s->ngs; i++)
        if (s->gs[i].id == v->stack_g) g = &s->gs[i];
    if (!g) return NULL;
    Buf b = BUF_INIT;
    if (v->grouped) {
        for (int i = 0; i < v->nrows; i++) {
            if (s->gs[v->groups[i].first].id != g->id || v->groups[i].count < 2) continue;
            buf_printf(&b, _("%d goroutines stand here like this one, the oldest:\n\n"), v->groups[i].count);
        }
    }
    unblock_box(v, g->id, &b);
    char *stack = v->run.vm ? insp_stack(v->run.vm, g->id) : NULL;
    buf_puts(&b, stack ? stack : "");
    free(stack);
    if (g->cpu_ns > 0) {
        char d[40];
        insp_duration_string(g->cpu_ns, d);
        buf_printf(&b, _("\n(it has run for %s of virtual CPU time)\n"), d);
    }
    return buf_take(&b);
}
