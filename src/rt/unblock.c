/* rt/unblock.c: who could unblock a goroutine (rt/unblock.h).
 *
 * The question is the leak detector's, asked for one goroutine and answered
 * with names: leak_live (rt/leak.c) says which goroutines can still run;
 * then, for every live goroutine, the heap is marked from its stack alone
 * and the objects the blocked goroutine waits on are looked up: marked, it
 * holds a reference. A walk from every root but the goroutines says whether
 * a package variable, a timer or a value in flight reaches them (then anyone
 * could). All marking happens between collections with the GC's mark log
 * on, and every mark is cleared before returning.
 */
#include "rt/unblock.h"

#include <stdlib.h>
#include <string.h>

#include "base/path.h"
#include "base/xalloc.h"
#include "lang/types.h"
#include "rt/chan.h"
#include "rt/leak.h"
#include "vm/gc.h"

static UnblockKind sync_kind(WaitReason r)
{
    switch (r) {
    case WAIT_SYNC_MUTEX_LOCK: return UNB_MUTEX;
    case WAIT_SYNC_RWMUTEX_RLOCK: case WAIT_SYNC_RWMUTEX_LOCK: return UNB_RWMUTEX;
    case WAIT_SYNC_WAITGROUP_WAIT: return UNB_WAITGROUP;
    case WAIT_SYNC_COND_WAIT: return UNB_COND;
    case WAIT_SEMACQUIRE: return UNB_SEMA;
    default: return UNB_NONE;
    }
}

static bool on_objects(const G *g)
{
    if (g->status != G_WAITING) return false;
    switch (g->rt.reason) {
    case WAIT_CHAN_RECEIVE: case WAIT_CHAN_SEND: case WAIT_SELECT: return true;
    default: return sync_kind(g->rt.reason) != UNB_NONE;
    }
}

static const char *file_name(VM *vm, int32_t f)
{
    return f >= 0 && f < vm->prog->nfiles ? vm->prog->files[f] : NULL;
}

/* main_func: the innermost package-main function of g, else its top one */
static const char *main_func(const G *g)
{
    for (int32_t i = g->nframes - 1; i >= 0; i--) {
        const Proto *p = g->frames[i].proto;
        if (p && p->name && strncmp(p->name, "main.", 5) == 0) return p->name;
    }
    const Proto *top = g->nframes > 0 ? g->frames[g->nframes - 1].proto : NULL;
    return top && top->name ? top->name : "?";
}

static char *state_of(const G *g)
{
    switch (g->status) {
    case G_RUNNING: return xstrdup("running");
    case G_RUNNABLE: return xstrdup("runnable");
    case G_DEAD: return xstrdup("dead");
    default: return xstrdup(wait_reason_text[g->rt.reason < WAIT_COUNT ? g->rt.reason : 0]);
    }
}

/* The objects one goroutine waits on, as GC objects (NULL: reached by anyone). */
typedef struct Target {
    G       *g;
    Obj    **objs;
    int      nobjs;
    Unblock *out;
} Target;

static void describe(VM *vm, Target *t)
{
    G *g = t->g;
    Unblock *u = t->out;
    u->g = g->id;
    u->reason = g->status == G_WAITING ? g->rt.reason : WAIT_NONE;
    if (!on_objects(g)) return;
    UnblockKind k = sync_kind(g->rt.reason);
    if (k != UNB_NONE) {
        t->objs = xcalloc(1, sizeof *t->objs);
        t->objs[0] = g->rt.waiting_on;
        t->nobjs = 1;
        u->objs = xcalloc(1, sizeof *u->objs);
        u->objs[0].kind = k;
        u->nobjs = 1;
        if (!t->objs[0] || t->objs[0]->permanent) u->global = true;
        return;
    }
    int n = g->rt.nwaiters;
    t->objs = xcalloc((size_t)(n ? n : 1), sizeof *t->objs);
    u->objs = xcalloc((size_t)(n ? n : 1), sizeof *u->objs);
    for (int i = 0; i < n; i++) {
        const Waiter *w = &g->rt.waiters[i];
        ObjChan *c = w->c;
        if (!c) continue;
        UnblockObj *o = &u->objs[u->nobjs++];
        t->objs[t->nobjs++] = &c->hdr;
        o->kind = UNB_CHAN;
        o->chan_id = c->id;
        o->name = c->name ? xstrdup(c->name) : NULL;
        o->type = xstrdup(c->type ? type_str(c->type) : "chan");
        const char *f = c->made_at.line ? file_name(vm, c->made_at.file) : NULL;
        o->made_file = f ? xstrdup(f) : NULL;
        o->made_line = (int)c->made_at.line;
        o->closed = c->closed;
        o->send = w->is_send;
    }
}

static bool reached(const Target *t)
{
    for (int i = 0; i < t->nobjs; i++)
        if (t->objs[i] && t->objs[i]->marked) return true;
    return false;
}

static void count_holder(Unblock *u, G *h)
{
    const char *fn = main_func(h);
    char *st = state_of(h);
    for (int i = 0; i < u->ngroups; i++) {
        if (strcmp(u->groups[i].func, fn) == 0 && strcmp(u->groups[i].state, st) == 0) {
            u->groups[i].count++;
            free(st);
            return;
        }
    }
    if (u->ngroups == UNBLOCK_MAX_GROUPS) {
        u->others++;
        free(st);
        return;
    }
    u->groups[u->ngroups++] = (UnblockGroup){xstrdup(fn), st, 1};
}

static void add_holder(Unblock *u, G *h, bool leaked)
{
    u->total++;
    count_holder(u, h);
    if (h->status == G_WAITING && u->nblocked >= UNBLOCK_MAX_BLOCKED && h->rt.reason != WAIT_SLEEP) return;
    if (h->status == G_WAITING) u->nblocked++;
    XGROW(u->holders, u->nholders, u->capholders);
    UnblockHolder *x = &u->holders[u->nholders++];
    x->id = h->id;
    x->func = xstrdup(main_func(h));
    x->state = state_of(h);
    x->blocked = h->status == G_WAITING;
    x->leaked = leaked;
}

typedef struct GL { G *g; bool leaked; } GL;

static int gl_by_id(const void *a, const void *b)
{
    const GL *x = a, *y = b;
    return x->g->id < y->g->id ? -1 : x->g->id > y->g->id;
}

static bool never_ready(const G *g)
{
    return g->status == G_WAITING && (g->rt.reason == WAIT_CHAN_RECEIVE_NIL || g->rt.reason == WAIT_CHAN_SEND_NIL ||
                                      g->rt.reason == WAIT_SELECT_NO_CASES);
}

/* answer fills the nt targets' holders, global and leaked flags. */
static void answer(VM *vm, Target *ts, int nt)
{
    int32_t n = vm->nallgs;
    bool *live = xcalloc((size_t)(n ? n : 1), sizeof *live);
    GL *gs = xcalloc((size_t)(n ? n : 1), sizeof *gs);
    gc_mark_log(true);
    leak_live(vm, live);
    gc_unmark_logged();
    for (int32_t k = 0; k < n; k++) {
        gs[k].g = vm->allgs[k];
        gs[k].leaked = (!live[k] && on_objects(vm->allgs[k])) || never_ready(vm->allgs[k]);
    }
    if (n > 1) qsort(gs, (size_t)n, sizeof *gs, gl_by_id);
    for (int i = 0; i < nt; i++)
        for (int32_t k = 0; k < n; k++)
            if (gs[k].g == ts[i].g) ts[i].out->leaked = gs[k].leaked;
    gc_mark_common_roots(vm);
    gc_drain(vm);
    for (int i = 0; i < nt; i++)
        if (reached(&ts[i])) ts[i].out->global = true;
    gc_unmark_logged();
    for (int32_t k = 0; k < n; k++) {
        G *h = gs[k].g;
        if (h->status == G_DEAD) continue;
        gc_mark_goroutine(vm, h);
        gc_drain(vm);
        for (int i = 0; i < nt; i++)
            if (ts[i].g != h && reached(&ts[i])) add_holder(ts[i].out, h, gs[k].leaked);
        gc_unmark_logged();
    }
    gc_mark_log(false);
    free(gs);
    free(live);
}

Unblock *insp_unblock(VM *vm, int64_t id)
{
    G *g = NULL;
    for (int32_t i = 0; i < vm->nallgs && !g; i++)
        if (vm->allgs[i]->id == id) g = vm->allgs[i];
    if (!g) return NULL;
    Unblock *u = xcalloc(1, sizeof *u);
    Target t = {.g = g, .out = u};
    describe(vm, &t);
    if (g->status == G_WAITING) answer(vm, &t, 1);
    free(t.objs);
    return u;
}

Unblock *insp_unblock_blocked(VM *vm, int *n)
{
    int cnt = 0;
    for (int32_t i = 0; i < vm->nallgs; i++) cnt += vm->allgs[i]->status == G_WAITING;
    Unblock *us = xcalloc((size_t)(cnt ? cnt : 1), sizeof *us);
    Target *ts = xcalloc((size_t)(cnt ? cnt : 1), sizeof *ts);
    int k = 0;
    for (int32_t i = 0; i < vm->nallgs; i++) {
        if (vm->allgs[i]->status != G_WAITING) continue;
        ts[k].g = vm->allgs[i];
        ts[k].out = &us[k];
        describe(vm, &ts[k]);
        k++;
    }
    if (k) answer(vm, ts, k);
    for (int i = 0; i < k; i++) free(ts[i].objs);
    free(ts);
    *n = k;
    return us;
}

static void fini(Unblock *u)
{
    for (int i = 0; i < u->nobjs; i++) {
        free(u->objs[i].name);
        free(u->objs[i].type);
        free(u->objs[i].made_file);
    }
    free(u->objs);
    for (int i = 0; i < u->nholders; i++) {
        free(u->holders[i].func);
        free(u->holders[i].state);
    }
    free(u->holders);
    for (int i = 0; i < u->ngroups; i++) {
        free(u->groups[i].func);
        free(u->groups[i].state);
    }
}

void unblock_free(Unblock *u)
{
    if (!u) return;
    fini(u);
    free(u);
}

void unblock_free_all(Unblock *u, int n)
{
    for (int i = 0; i < n; i++) fini(&u[i]);
    free(u);
}

/* ---- in words ---- */

typedef struct Say {
    const char *never, *nil_chan, *no_cases, *sleeps, *nobody, *only_leaked, *global, *could, *all_blocked,
        *send_on, *recv_from, *select_on, *waits_for, *made_at, *closed, *held_by, *held_none, *itself_blocked,
        *itself_leaked, *in_all, *list_sep, *not_blocked, *chan_n, *asleep;
    const char *verb[UNB_NONE + 1];   /* what a holder could do, by kind (UNB_CHAN: receive; [UNB_NONE]: send) */
    const char *verb_select;
    const char *kind_name[UNB_NONE];
} Say;

static const Say en = {
    "this goroutine can never run again (leaked)",
    "a nil channel is never ready: ",
    "a select with no cases never proceeds: ",
    "it sleeps: a timer wakes it",
    "nobody else holds %s: ",
    "only goroutines that can never run again themselves hold %s (%s): ",
    "%s is reachable from a package variable, a timer or a value in flight: it may still be woken",
    "%s still holds %s and could %s it",
    "every goroutine that holds %s is blocked itself (%s): it waits until one of them runs again",
    "Waits to send on %s", "Waits to receive from %s", "Waits in a select on %s", "Waits for %s",
    "made at %s:%d", "closed", "Held by: ", "Held by: no other goroutine", "blocked itself", "can never run again",
    "%d goroutines: ", ", ", "it is not blocked (%s)", "channel #%u", " (it sleeps now: a timer wakes it)",
    {"send on or close", "unlock", "unlock", "call Done on", "signal", "release", "receive from"},
    "send on, receive from or close",
    {"channel", "a sync.Mutex", "a sync.RWMutex", "a sync.WaitGroup", "a sync.Cond", "a semaphore"},
};

static const Say zh = {
    "这个 goroutine 再也不会运行了（泄漏）",
    "nil channel 永远不会就绪：",
    "没有 case 的 select 永远不会继续：",
    "它在睡眠：定时器会唤醒它",
    "没有别的 goroutine 持有 %s：",
    "持有 %s 的只有同样再也不会运行的 goroutine（%s）：",
    "%s 可以从包级变量、定时器或正在传递的值访问到：它仍可能被唤醒",
    "%s 仍持有 %s，可以对它%s",
    "持有 %s 的 goroutine 自己也都阻塞了（%s）：要等其中一个再次运行",
    "等待向 %s 发送", "等待从 %s 接收", "在 select 中等待 %s", "等待 %s",
    "创建于 %s:%d", "已关闭", "持有它的：", "持有它的：没有别的 goroutine", "自己也阻塞了", "再也不会运行",
    "%d 个 goroutine：", "、", "它没有阻塞（%s）", "channel #%u", "（它正在睡眠，定时器会唤醒它）",
    {"发送或关闭", "解锁", "解锁", "调用 Done", "调用 Signal", "释放", "接收"},
    "发送、接收或关闭",
    {"channel", "一个 sync.Mutex", "一个 sync.RWMutex", "一个 sync.WaitGroup", "一个 sync.Cond", "一个信号量"},
};

static const Say *words(const char *lang) { return lang && strncmp(lang, "zh", 2) == 0 ? &zh : &en; }

/* what: `results`, `a` and `b`, a sync.Mutex */
static void what(const Unblock *u, const Say *w, Buf *b)
{
    if (u->nobjs == 0) { buf_puts(b, "?"); return; }
    for (int i = 0; i < u->nobjs; i++) {
        const UnblockObj *o = &u->objs[i];
        if (i) buf_puts(b, w->list_sep);
        if (o->kind != UNB_CHAN) buf_puts(b, w->kind_name[o->kind]);
        else if (o->name) buf_printf(b, "`%s`", o->name);
        else buf_printf(b, w->chan_n, o->chan_id);
    }
}

static void holder_list(const Unblock *u, bool blocked_only, int max, const Say *w, Buf *b)
{
    int shown = 0;
    for (int i = 0; i < u->nholders; i++) {
        const UnblockHolder *h = &u->holders[i];
        if (blocked_only && !h->blocked) continue;
        if (shown == max) {
            buf_puts(b, w->list_sep);
            buf_puts(b, "...");
            return;
        }
        if (shown++) buf_puts(b, w->list_sep);
        buf_printf(b, "g%lld %s", (long long)h->id, h->state);
    }
}

static const char *verb(const Unblock *u, const Say *w)
{
    if (u->reason == WAIT_SELECT) return w->verb_select;
    if (u->nobjs == 0) return "?";
    const UnblockObj *o = &u->objs[0];
    if (o->kind == UNB_CHAN) return o->send ? w->verb[UNB_NONE] : w->verb[UNB_CHAN];
    return w->verb[o->kind];
}

void unblock_verdict(const Unblock *u, const char *lang, Buf *out)
{
    const Say *w = words(lang);
    Buf x = BUF_INIT;
    what(u, w, &x);
    const char *name = buf_str(&x);
    switch (u->reason) {
    case WAIT_NONE:
        buf_printf(out, w->not_blocked, "running");
        buf_fini(&x);
        return;
    case WAIT_CHAN_RECEIVE_NIL: case WAIT_CHAN_SEND_NIL:
        buf_printf(out, "%s%s", w->nil_chan, w->never);
        buf_fini(&x);
        return;
    case WAIT_SELECT_NO_CASES:
        buf_printf(out, "%s%s", w->no_cases, w->never);
        buf_fini(&x);
        return;
    case WAIT_SLEEP:
        buf_puts(out, w->sleeps);
        buf_fini(&x);
        return;
    default: break;
    }
    if (u->nobjs == 0) {
        buf_printf(out, w->not_blocked, wait_reason_text[u->reason < WAIT_COUNT ? u->reason : 0]);
    } else if (u->leaked && u->nholders == 0) {
        buf_printf(out, w->nobody, name);
        buf_puts(out, w->never);
    } else if (u->leaked) {
        Buf l = BUF_INIT;
        holder_list(u, false, 4, w, &l);
        buf_printf(out, w->only_leaked, name, buf_str(&l));
        buf_puts(out, w->never);
        buf_fini(&l);
    } else {
        const UnblockHolder *free_h = NULL;
        for (int i = 0; i < u->nholders && !free_h; i++)
            if (!u->holders[i].blocked) free_h = &u->holders[i];
        for (int i = 0; i < u->nholders && !free_h; i++)   /* a sleeper wakes by itself */
            if (strcmp(u->holders[i].state, "sleep") == 0) free_h = &u->holders[i];
        if (free_h) {
            char who[160];
            snprintf(who, sizeof who, "g%lld (%s)", (long long)free_h->id, free_h->func);
            buf_printf(out, w->could, who, name, verb(u, w));
            if (free_h->blocked) buf_puts(out, w->asleep);
        } else if (u->nholders) {
            Buf l = BUF_INIT;
            holder_list(u, true, 4, w, &l);
            buf_printf(out, w->all_blocked, name, buf_str(&l));
            buf_fini(&l);
        } else {
            buf_printf(out, w->global, name);
        }
    }
    buf_fini(&x);
}

/* holders_line: "Held by: g1 main.main (sleep, blocked itself), ..." with
 * more than a few summed up by function and state */
static void holders_line(const Unblock *u, const Say *w, Buf *b)
{
    if (u->nholders == 0) {
        buf_puts(b, w->held_none);
        return;
    }
    buf_puts(b, w->held_by);
    enum { SHOW = 6 };
    if (u->total > SHOW) {   /* too many to name: how many of each kind */
        buf_printf(b, w->in_all, u->total);
        for (int i = 0; i < u->ngroups; i++) {
            if (i) buf_puts(b, w->list_sep);
            buf_printf(b, "%d × %s (%s)", u->groups[i].count, u->groups[i].func, u->groups[i].state);
        }
        if (u->others) buf_printf(b, "%s%d × ...", w->list_sep, u->others);
        return;
    }
    for (int i = 0; i < u->nholders && i < SHOW; i++) {
        const UnblockHolder *h = &u->holders[i];
        if (i) buf_puts(b, w->list_sep);
        buf_printf(b, "g%lld %s (%s", (long long)h->id, h->func, h->state);
        if (h->leaked) buf_printf(b, ", %s", w->itself_leaked);
        else if (h->blocked) buf_printf(b, ", %s", w->itself_blocked);
        buf_puts(b, ")");
    }
}

void unblock_say(const Unblock *u, bool lines, const char *lang, Buf *out)
{
    const Say *w = words(lang);
    const char *nl = lines ? "\n" : (w == &zh ? "；" : "; ");
    if (u->nobjs > 0) {
        Buf x = BUF_INIT;
        what(u, w, &x);
        const char *fmt = u->reason == WAIT_SELECT ? w->select_on
                        : u->objs[0].kind != UNB_CHAN ? w->waits_for
                        : u->objs[0].send ? w->send_on : w->recv_from;
        buf_printf(out, fmt, buf_str(&x));
        buf_fini(&x);
        bool open = false;
        for (int i = 0; i < u->nobjs; i++) {
            const UnblockObj *o = &u->objs[i];
            if (o->kind != UNB_CHAN) continue;
            buf_puts(out, open ? (w == &zh ? "；" : "; ") : (w == &zh ? "（" : " ("));
            open = true;
            if (u->nobjs > 1) buf_printf(out, "%s ", o->name ? o->name : "?");
            buf_puts(out, o->type ? o->type : "chan");
            if (o->made_file) {
                buf_puts(out, w == &zh ? "，" : ", ");
                buf_printf(out, w->made_at, path_base(o->made_file), o->made_line);
            }
            if (o->closed) buf_printf(out, w == &zh ? "，%s" : ", %s", w->closed);
        }
        if (open) buf_puts(out, w == &zh ? "）" : ")");
        buf_puts(out, nl);
        holders_line(u, w, out);
        buf_puts(out, nl);
    }
    if (lines) buf_puts(out, "→ ");
    unblock_verdict(u, lang, out);
    if (lines) buf_puts(out, "\n");
}
