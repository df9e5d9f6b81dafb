/* rt/inspect.c: the inspection API (rt/inspect.h): the event log, snapshots,
 * the Chrome trace-event writer and the sync-object numbering; the stepping
 * functions themselves live with the scheduler (rt/sched.c).
 *
 * The event log is a ring on the scheduler state: it grows by doubling up to
 * INSP_MAX_EVENTS, then each new event replaces the oldest. Events are
 * numbered by ev_total, so a reader that asks from an index that was dropped
 * gets the oldest kept. Everything handed out is a copy owned by the caller.
 * Determinism: nothing here reads C addresses into its results (sync objects
 * get numbers in order of first use), so the same run gives the same bytes.
 */
#include "rt/inspect.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xalloc.h"
#include "lang/types.h"
#include "lib/format.h"
#include "rt/chan.h"
#include "rt/sched_priv.h"
#include "vm/map.h"

const char *const event_kind_name[EV_COUNT] = {
    "go create", "go start", "go block", "go unblock", "go end",
    "chan make", "chan send", "chan recv", "chan close", "select",
    "mutex lock", "mutex unlock", "waitgroup add", "waitgroup wait",
    "timer", "panic", "leak", "output",
    "data race", "atomic", "memory",
};

const char *const wake_cause_name[WAKE_COUNT] = {
    "wake", "send", "receive", "close", "unlock", "Done", "signal", "timer", "select",
};

const char *run_state_name(RunState st)
{
    switch (st) {
    case RUN_PAUSED: return "paused";
    case RUN_EXITED: return "exited";
    case RUN_PANICKED: return "panicked";
    case RUN_DEADLOCK: return "deadlock";
    case RUN_FATAL: return "fatal";
    case RUN_LIMIT: return "limit";
    }
    return "?";
}

/* ---- sync objects: stable numbers ---- */

struct SyncId {
    const void *obj;    /* NULL: empty slot */
    uint32_t    slot;
    uint32_t    id;
};

static size_t sync_hash(const void *obj, uint32_t slot)
{
    uint64_t h = (uint64_t)(uintptr_t)obj * 0x9E3779B97F4A7C15ull ^ (uint64_t)slot * 0xC2B2AE3D27D4EB4Full;
    return (size_t)(h ^ (h >> 31));
}

int64_t insp_sync_id(VM *vm, const void *obj, uint32_t slot)
{
    Sched *s = sched_get(vm);
    if (!obj) return 0;
    if ((s->nsync_ids + 1) * 2 > s->capsync_ids) {
        int64_t ncap = s->capsync_ids ? s->capsync_ids * 2 : 64;
        SyncId *t = xcalloc((size_t)ncap, sizeof *t);
        for (int64_t i = 0; i < s->capsync_ids; i++) {
            SyncId *e = &s->sync_ids[i];
            if (!e->obj) continue;
            size_t k = sync_hash(e->obj, e->slot) & (size_t)(ncap - 1);
            while (t[k].obj) k = (k + 1) & (size_t)(ncap - 1);
            t[k] = *e;
        }
        free(s->sync_ids);
        s->sync_ids = t;
        s->capsync_ids = ncap;
    }
    size_t mask = (size_t)s->capsync_ids - 1;
    size_t k = sync_hash(obj, slot) & mask;
    while (s->sync_ids[k].obj) {
        if (s->sync_ids[k].obj == obj && s->sync_ids[k].slot == slot) return s->sync_ids[k].id;
        k = (k + 1) & mask;
    }
    s->sync_ids[k] = (SyncId){obj, slot, ++s->next_sync_id};
    s->nsync_ids++;
    return s->sync_ids[k].id;
}

/* ---- the event log ---- */

void insp_set_recording(VM *vm, bool on)
{
    Sched *s = sched_get(vm);
    if (on && s->ev_off) s->ev_len = s->ev_head = 0;   /* the kept events stay contiguous */
    s->ev_off = !on;
    insp_refresh_counting(vm, s);
}

void insp_refresh_counting(VM *vm, Sched *s)
{
    vm->ev_count_only = !s->settling && s->ev_off && s->mode != STEP_EVENT;   /* as insp_record_named */
    vm_sync_refresh(vm);
}

/* only_count counts an event when events are only counted (nothing records,
 * nobody steps by event), before the work of finding what it is about. */
static bool only_count(VM *vm)
{
    if (!vm->ev_count_only) return false;
    vm->ev_total++;
    return true;
}

void insp_free_log(Sched *s)
{
    free(s->ev);
    s->ev = NULL;
    s->ev_cap = s->ev_len = s->ev_head = 0;
    free(s->sync_ids);
    s->sync_ids = NULL;
    s->nsync_ids = s->capsync_ids = 0;
    free(s->gnames);
    s->gnames = NULL;
    s->ngnames = 0;
}

void insp_name_goroutine(VM *vm, int64_t id, const char *fn)
{
    Sched *s = sched_get(vm);
    if (s->ev_off || id < 0 || id >= INSP_MAX_NAMES) return;
    if (id >= s->ngnames) {
        int64_t n = s->ngnames ? s->ngnames : 64;
        while (n <= id) n *= 2;
        s->gnames = xrealloc(s->gnames, (size_t)n * sizeof *s->gnames);
        memset(s->gnames + s->ngnames, 0, (size_t)(n - s->ngnames) * sizeof *s->gnames);
        s->ngnames = n;
    }
    s->gnames[id] = fn;
}

/* position sets g's source position: the instruction it runs (inside
 * vm_exec the saved pc is past it) or will run next. */
/* main_func names the innermost frame of g in package main (the world's
 * Query under time.Sleep), else the top frame's function. */
static const char *main_func(const G *g)
{
    for (int32_t i = g->nframes - 1; i >= 0; i--) {
        const Proto *p = g->frames[i].proto;
        if (p && p->name && strncmp(p->name, "main.", 5) == 0) return p->name;
    }
    const Proto *top = g->frames[g->nframes - 1].proto;
    return top ? top->name : NULL;
}

static void position(VM *vm, Sched *s, G *g, int32_t *file, int32_t *line)
{
    *file = 0;
    *line = 0;
    if (!g || g->nframes <= 0) return;
    const Frame *f = &g->frames[g->nframes - 1];
    const Proto *p = f->proto;
    if (!p) return;
    *file = (int32_t)p->pos.file;
    *line = (int32_t)p->pos.line;
    if (!p->lines || p->ncode <= 0 || !f->pc) return;
    int64_t i = f->pc - p->code;
    if (g == vm->cur && s->in_exec) i--;
    if (i < 0) i = 0;
    if (i >= p->ncode) i = p->ncode - 1;
    *line = p->lines[i];
}

/* While events are only counted (`run`, explore), recording one is
 * rt_record's increment: the whole rule is out of line (noinline), so that
 * the common case sets up no frame (it was a tenth of sieve's time). */
void insp_record(VM *vm, EventKind kind, G *g, int64_t a, int64_t b)
{
    rt_record(vm, kind, g, a, b, NULL);
}

void insp_record_named(VM *vm, EventKind kind, G *g, int64_t a, int64_t b, const char *name)
{
    rt_record(vm, kind, g, a, b, name);
}

__attribute__((noinline)) void insp_record_event(VM *vm, EventKind kind, G *g, int64_t a, int64_t b,
                                                 const char *name)
{
    Sched *s = sched_get(vm);
    if (s->settling) return;   /* after main returned: nothing happened in Go */
    vm->ev_total++;
    if (s->mode == STEP_EVENT && s->in_exec) vm->pause_req = true;
    if (s->ev_off) return;
    Event e;
    memset(&e, 0, sizeof e);
    e.kind = kind;
    e.t = sched_now(vm);
    e.g = g ? g->id : 0;
    e.reason = kind == EV_GO_BLOCK && g ? g->rt.reason : WAIT_NONE;
    e.a = a;
    e.b = b;
    e.name = name;
    position(vm, s, g, &e.file, &e.line);
    if (g && g->nframes > 0) e.fn = main_func(g);
    if (s->ev_len == s->ev_cap && s->ev_cap < INSP_MAX_EVENTS) {
        int64_t ncap = s->ev_cap ? s->ev_cap * 2 : 1024;
        if (ncap > INSP_MAX_EVENTS) ncap = INSP_MAX_EVENTS;
        Event *ne = xmalloc((size_t)ncap * sizeof *ne);
        for (int64_t i = 0; i < s->ev_len; i++) ne[i] = s->ev[(s->ev_head + i) % s->ev_cap];
        free(s->ev);
        s->ev = ne;
        s->ev_cap = ncap;
        s->ev_head = 0;
    }
    if (s->ev_len == s->ev_cap) {   /* full: drop the oldest */
        s->ev[s->ev_head] = e;
        s->ev_head = (s->ev_head + 1) % s->ev_cap;
        return;
    }
    s->ev[(s->ev_head + s->ev_len) % s->ev_cap] = e;
    s->ev_len++;
}

int64_t insp_event_count(VM *vm)
{
    return vm->ev_total;
}

Event *insp_events(VM *vm, int64_t from, int64_t *n)
{
    Sched *s = sched_get(vm);
    int64_t oldest = vm->ev_total - s->ev_len;
    if (from < oldest) from = oldest;
    int64_t cnt = vm->ev_total - from;
    if (cnt < 0 || s->ev_off) cnt = 0;
    Event *v = xmalloc((size_t)(cnt ? cnt : 1) * sizeof *v);
    for (int64_t i = 0; i < cnt; i++) v[i] = s->ev[(s->ev_head + (from - oldest) + i) % s->ev_cap];
    *n = cnt;
    return v;
}

/* ---- sync natives (sync.Mutex, sync.WaitGroup) ---- */

enum { HOOK_LOCK, HOOK_TRYLOCK, HOOK_UNLOCK, HOOK_WG_ADD, HOOK_WG_WAIT, NHOOKS };
static const char *const hook_names[NHOOKS] = {
    "sync.Mutex.Lock", "sync.Mutex.TryLock", "sync.Mutex.Unlock", "sync.WaitGroup.Add",
    "sync.WaitGroup.Wait",
};
static NativeFn hooks[NHOOKS];
static uintptr_t hooks_lo = 1, hooks_hi;   /* the hooks' lowest and highest addresses */
static bool hooks_ready;

static void find_hooks(void)
{
    for (int i = 0; i < NHOOKS; i++) {
        hooks[i] = native_lookup(hook_names[i]);
        uintptr_t a = (uintptr_t)hooks[i];
        if (!a) continue;
        if (hooks_lo > hooks_hi || a < hooks_lo) hooks_lo = a;
        if (a > hooks_hi) hooks_hi = a;
    }
    hooks_ready = true;
}

void insp_after_native(VM *vm, G *g, const Proto *p, const Value *args, const Value *rets)
{
    if (!hooks_ready) find_hooks();
    /* most natives (fmt, time, strings) are none of the hooks: one test
     * of the address says so (hooks_lo > hooks_hi: no hook found, the
     * test passes them all on to the search) */
    if ((uintptr_t)p->native - hooks_lo > hooks_hi - hooks_lo) return;
    int h;
    for (h = 0; h < NHOOKS; h++)
        if (hooks[h] && p->native == hooks[h]) break;
    if (h == NHOOKS) return;
    if (only_count(vm) || sched_get(vm)->settling) return;
    int64_t id = insp_sync_id(vm, args[0].o, args[0].aux);
    switch (h) {
    case HOOK_LOCK: insp_record(vm, EV_LOCK, g, id, 0); break;
    case HOOK_TRYLOCK: if (rets[0].i) insp_record(vm, EV_LOCK, g, id, 1); break;
    case HOOK_UNLOCK: insp_record(vm, EV_UNLOCK, g, id, 0); break;
    case HOOK_WG_ADD: insp_record(vm, EV_WG_ADD, g, id, args[1].i); break;
    case HOOK_WG_WAIT: insp_record(vm, EV_WG_WAIT, g, id, 0); break;
    }
}

void insp_mutex_op(VM *vm, G *g, bool lock, const Value *recv)
{
    if (only_count(vm) || sched_get(vm)->settling) return;
    insp_record(vm, lock ? EV_LOCK : EV_UNLOCK, g, insp_sync_id(vm, recv->o, recv->aux), 0);
}

void insp_atomic(VM *vm, G *g, const void *obj, int64_t slot, bool write)
{
    if (only_count(vm) || sched_get(vm)->settling) return;
    insp_record(vm, EV_ATOMIC, g, insp_sync_id(vm, obj, slot), write);
}

/* ---- values as fmt's %v, without calling Go code ---- */

static Type *under(Type *t) { return t && t->under ? t->under : t; }

static void put_value(VM *vm, Buf *b, Type *t, Value v, int depth, bool top)
{
    t = t ? t : NULL;
    Type *u = under(t);
    if (!u) {
        buf_puts(b, "?");
        return;
    }
    if (depth > 4) {
        buf_puts(b, "...");
        return;
    }
    switch (u->kind) {
    case K_BOOL: buf_puts(b, v.i ? "true" : "false"); return;
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
        buf_printf(b, "%lld", (long long)v.i);
        return;
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
        buf_printf(b, "%llu", (unsigned long long)v.u);
        return;
    case K_FLOAT32: fmt_float(b, v.f, 'g', -1, 32); return;
    case K_FLOAT64: fmt_float(b, v.f, 'g', -1, 64); return;
    case K_STRING:
        if (v.o) buf_add(b, ((ObjString *)v.o)->data, (size_t)((ObjString *)v.o)->len);
        return;
    case K_STRUCT: {
        ObjCells *c = (ObjCells *)v.o;
        buf_putc(b, '{');
        for (int i = 0; c && i < u->nfields && i < c->n; i++) {
            if (i) buf_putc(b, ' ');
            put_value(vm, b, u->fields[i].type, c->v[i], depth + 1, false);
        }
        buf_putc(b, '}');
        return;
    }
    case K_ARRAY: case K_SLICE: {
        ObjCells *el = NULL;
        int64_t n = 0, off = 0;
        if (u->kind == K_ARRAY && v.o) {
            el = (ObjCells *)v.o;
            n = el->n;
        } else if (v.o) {
            ObjSlice *sl = (ObjSlice *)v.o;
            el = sl->arr;
            off = sl->off;
            n = slice_len(v);
        }
        buf_putc(b, '[');
        for (int64_t i = 0; i < n; i++) {
            if (i) buf_putc(b, ' ');
            if (i == 32) {
                buf_puts(b, "...");
                break;
            }
            put_value(vm, b, u->elem, cells_get(el, off + i), depth + 1, false);
        }
        buf_putc(b, ']');
        return;
    }
    case K_MAP: {
        ObjMap *m = (ObjMap *)v.o;
        buf_puts(b, "map[");
        int64_t n = 0;
        MapEntry *es = map_sorted_entries(m, &n);   /* fmt's order */
        for (int64_t k = 0; k < n; k++) {
            MapEntry *e = &es[k];
            if (k) buf_putc(b, ' ');
            put_value(vm, b, u->key, e->key, depth + 1, false);
            buf_putc(b, ':');
            put_value(vm, b, u->elem, e->value, depth + 1, false);
        }
        free(es);
        buf_putc(b, ']');
        return;
    }
    case K_POINTER:
        if (!v.o) {
            buf_puts(b, "<nil>");
        } else if (top && under(u->elem) && (under(u->elem)->kind == K_STRUCT ||
                                             under(u->elem)->kind == K_ARRAY)) {
            buf_putc(b, '&');
            put_value(vm, b, u->elem, val_ref(v.o), depth + 1, false);
        } else {
            buf_puts(b, "0xc000012000");
        }
        return;
    case K_INTERFACE:
        if (!VAL_TYPE(v)) {
            buf_puts(b, "<nil>");
            return;
        }
        put_value(vm, b, vm_type(vm, VAL_TYPE(v)), val_unbox(v), depth + 1, top);
        return;
    case K_CHAN: case K_FUNC:
        buf_puts(b, v.o ? "0xc000012000" : "<nil>");
        return;
    default: buf_puts(b, "?"); return;
    }
}

/* ---- snapshots ---- */

static int g_by_id(const void *a, const void *b)
{
    const G *x = *(G *const *)a, *y = *(G *const *)b;
    return x->id < y->id ? -1 : x->id > y->id;
}

static int c_by_id(const void *a, const void *b)
{
    const ObjChan *x = *(ObjChan *const *)a, *y = *(ObjChan *const *)b;
    return x->id < y->id ? -1 : x->id > y->id;
}

static const char *file_name(VM *vm, int32_t f)
{
    return f >= 0 && f < vm->prog->nfiles ? vm->prog->files[f] : "?";
}

static char *stack_of(VM *vm, G *g)
{
    Buf b = BUF_INIT;
    sched_dump_goroutine(vm, g, &b);
    return buf_take(&b);
}

static void snap_g(VM *vm, Sched *s, G *g, GSnap *o, bool stacks)
{
    int64_t now = sched_now(vm);
    o->id = g->id;
    o->reason = g->status == G_WAITING ? g->rt.reason : WAIT_NONE;
    switch (g->status) {
    case G_RUNNING: o->state = xstrdup("running"); break;
    /* the goroutine the scheduler just switched to runs next: it is the running one */
    case G_RUNNABLE: o->state = xstrdup(g == s->cur_g ? "running" : "runnable"); break;
    case G_DEAD: o->state = xstrdup("dead"); break;
    case G_WAITING:
        o->state = xstrdup(wait_reason_text[g->rt.reason < WAIT_COUNT ? g->rt.reason : 0]);
        o->waiting_ns = now - g->rt.wait_since;
        break;
    }
    if (g->nframes > 0) {
        const Proto *p = g->frames[g->nframes - 1].proto;
        int32_t file, line;
        bool in = s->in_exec;
        s->in_exec = false;   /* a snapshot is taken between steps */
        position(vm, s, g, &file, &line);
        s->in_exec = in;
        o->func = xstrdup(p && p->name ? p->name : "?");
        o->file = xstrdup(file_name(vm, file));
        o->line = line;
    } else {
        o->func = xstrdup("?");
        o->file = xstrdup("?");
    }
    if (stacks) o->stack = stack_of(vm, g);
    if (g != vm->main_g && g->rt.created_fn) {
        o->created_fn = xstrdup(g->rt.created_fn);
        o->created_by = g->rt.created_by;
        o->created_file = xstrdup(file_name(vm, g->rt.created_file));
        o->created_line = g->rt.created_line;
    }
    if (g->status == G_WAITING && g->rt.waiting_on &&
        (g->rt.reason == WAIT_CHAN_SEND || g->rt.reason == WAIT_CHAN_RECEIVE))
        o->chan_id = ((ObjChan *)g->rt.waiting_on)->id;
    o->cpu_ns = g->rt.cpu_steps * SCHED_NS_PER_STEP;
}

static int64_t *queue_ids(const WaiterQ *q, int *n)
{
    int cnt = 0;
    for (const Waiter *w = q->first; w; w = w->next) cnt++;
    int64_t *v = xmalloc((size_t)(cnt ? cnt : 1) * sizeof *v);
    cnt = 0;
    for (const Waiter *w = q->first; w; w = w->next) v[cnt++] = w->g->id;
    *n = cnt;
    return v;
}

static void snap_chan(VM *vm, ObjChan *c, ChanSnap *o)
{
    o->id = c->id;
    o->type = xstrdup(c->type ? type_str(c->type) : "chan");
    o->cap = c->cap;
    o->len = c->count;
    o->values = xcalloc((size_t)(c->count ? c->count : 1), sizeof *o->values);
    Type *ct = under(c->type);
    for (int64_t i = 0, k = c->recvx; i < c->count; i++, k = (k + 1 == c->cap ? 0 : k + 1)) {
        Buf b = BUF_INIT;
        put_value(vm, &b, ct ? ct->elem : NULL, c->buf[k], 0, true);
        o->values[i] = buf_take(&b);
    }
    o->closed = c->closed;
    o->sendq = queue_ids(&c->sendq, &o->nsendq);
    o->recvq = queue_ids(&c->recvq, &o->nrecvq);
    if (c->name) o->name = xstrdup(c->name);
    if (c->made_at.line) {
        o->made_file = xstrdup(file_name(vm, c->made_at.file));
        o->made_line = (int)c->made_at.line;
    }
    if (c->user_at.line) {
        o->user_file = xstrdup(file_name(vm, c->user_at.file));
        o->user_line = (int)c->user_at.line;
    }
    o->timer = (c->hdr.flags & OBJF_TIMERCHAN) != 0;
}

char *insp_stack(VM *vm, int64_t id)
{
    for (int32_t i = 0; i < vm->nallgs; i++)
        if (vm->allgs[i]->id == id) return stack_of(vm, vm->allgs[i]);
    return NULL;
}

Snapshot *insp_snapshot(VM *vm) { return insp_snapshot_ex(vm, true); }

Snapshot *insp_snapshot_ex(VM *vm, bool stacks)
{
    Sched *s = sched_get(vm);
    Snapshot *sn = xcalloc(1, sizeof *sn);
    sn->now_ns = sched_now(vm);
    sn->steps = vm->steps;
    G **gs = xmalloc((size_t)(vm->nallgs ? vm->nallgs : 1) * sizeof *gs);
    memcpy(gs, vm->allgs, (size_t)vm->nallgs * sizeof *gs);
    if (vm->nallgs > 1) qsort(gs, (size_t)vm->nallgs, sizeof *gs, g_by_id);
    sn->gs = xcalloc((size_t)(vm->nallgs ? vm->nallgs : 1), sizeof *sn->gs);
    for (int32_t i = 0; i < vm->nallgs; i++) snap_g(vm, s, gs[i], &sn->gs[i], stacks);
    sn->ngs = vm->nallgs;
    free(gs);
    int nc = 0, capc = 16;
    ObjChan **cs = xmalloc((size_t)capc * sizeof *cs);
    for (Obj *o = vm->objects; o; o = o->next) {
        if (o->kind != OBJ_CHAN) continue;
        if (nc == capc) {
            capc *= 2;
            cs = xrealloc(cs, (size_t)capc * sizeof *cs);
        }
        cs[nc++] = (ObjChan *)o;
    }
    if (nc > 1) qsort(cs, (size_t)nc, sizeof *cs, c_by_id);
    sn->chans = xcalloc((size_t)(nc ? nc : 1), sizeof *sn->chans);
    for (int i = 0; i < nc; i++) snap_chan(vm, cs[i], &sn->chans[i]);
    sn->nchans = nc;
    free(cs);
    sn->ntimers = s->nheap;
    sn->stats = sched_stats(vm);
    sn->heap_bytes = vm->heap_bytes;
    sn->heap_peak = vm->heap_peak;
    sn->state = rt_state(vm);
    return sn;
}

void insp_free(Snapshot *sn)
{
    if (!sn) return;
    for (int i = 0; i < sn->ngs; i++) {
        GSnap *g = &sn->gs[i];
        free(g->state);
        free(g->func);
        free(g->file);
        free(g->stack);
        free(g->created_fn);
        free(g->created_file);
    }
    free(sn->gs);
    for (int i = 0; i < sn->nchans; i++) {
        ChanSnap *c = &sn->chans[i];
        free(c->type);
        for (int64_t k = 0; k < c->len; k++) free(c->values[k]);
        free(c->values);
        free(c->sendq);
        free(c->recvq);
        free(c->made_file);
        free(c->user_file);
        free(c->name);
    }
    free(sn->chans);
    free(sn);
}

/* ---- the Chrome trace ---- */

/* Per-goroutine state while writing: open spans. */
typedef struct Track {
    int64_t    id;          /* goroutine; -1: empty slot */
    int64_t    run_since;   /* -1: not running */
    int64_t    block_since; /* -1: not blocked */
    WaitReason reason;
    const Event *block;     /* the EV_GO_BLOCK that opened the blocked span (its channel, position) */
} Track;

typedef struct Tracks {
    Track  *v;
    int64_t n, cap;         /* cap: power of two */
} Tracks;

static Track *track(Tracks *ts, int64_t id)
{
    if ((ts->n + 1) * 2 > ts->cap) {
        int64_t ncap = ts->cap ? ts->cap * 2 : 64;
        Track *nv = xmalloc((size_t)ncap * sizeof *nv);
        for (int64_t i = 0; i < ncap; i++) nv[i].id = -1;
        for (int64_t i = 0; i < ts->cap; i++) {
            if (ts->v[i].id < 0) continue;
            int64_t k = (int64_t)((uint64_t)ts->v[i].id * 0x9E3779B97F4A7C15ull >> 7) & (ncap - 1);
            while (nv[k].id >= 0) k = (k + 1) & (ncap - 1);
            nv[k] = ts->v[i];
        }
        free(ts->v);
        ts->v = nv;
        ts->cap = ncap;
    }
    int64_t k = (int64_t)((uint64_t)id * 0x9E3779B97F4A7C15ull >> 7) & (ts->cap - 1);
    while (ts->v[k].id >= 0 && ts->v[k].id != id) k = (k + 1) & (ts->cap - 1);
    if (ts->v[k].id < 0) {
        ts->v[k] = (Track){id, -1, -1, WAIT_NONE, NULL};
        ts->n++;
    }
    return &ts->v[k];
}

static void json_str(Buf *b, const char *s)
{
    buf_putc(b, '"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') buf_printf(b, "\\%c", c);
        else if (c < 0x20) buf_printf(b, "\\u%04x", c);
        else buf_putc(b, (char)c);
    }
    buf_putc(b, '"');
}

static void us(Buf *b, int64_t ns)
{
    if (ns < 0) ns = 0;
    buf_printf(b, "%lld.%03lld", (long long)(ns / 1000), (long long)(ns % 1000));
}

static void sep(Buf *b, bool *first)
{
    buf_puts(b, *first ? "\n" : ",\n");
    *first = false;
}

static void slice(Buf *b, bool *first, const char *name, int64_t tid, int64_t from, int64_t to)
{
    sep(b, first);
    buf_puts(b, "{\"name\":");
    json_str(b, name);
    buf_puts(b, ",\"ph\":\"X\",\"ts\":");
    us(b, from);
    buf_puts(b, ",\"dur\":");
    us(b, to - from);
    buf_printf(b, ",\"pid\":1,\"tid\":%lld}", (long long)tid);
}

/* pos_arg appends ,"pos":"file:line" for e's position, if it has one. */
static void pos_arg(VM *vm, Buf *b, const Event *e)
{
    if (!e->line) return;
    buf_puts(b, ",\"pos\":");
    char *pos = xmalloc(strlen(file_name(vm, e->file)) + 32);
    sprintf(pos, "%s:%d", file_name(vm, e->file), (int)e->line);
    json_str(b, pos);
    free(pos);
}

/* blocked_slice closes t's blocked span at `to`, with what it waited on and
 * where (the EV_GO_BLOCK's channel and position) as args. */
static void blocked_slice(VM *vm, Buf *b, bool *first, Track *t, int64_t to)
{
    slice(b, first, wait_reason_text[t->reason], t->id, t->block_since, to);
    b->len--;   /* reopen the object for its args */
    buf_puts(b, ",\"args\":{\"reason\":");
    json_str(b, wait_reason_text[t->reason]);
    const Event *e = t->block;
    if (e && e->a) {
        buf_printf(b, ",\"chan\":%lld", (long long)e->a);
        if (e->name) {
            buf_puts(b, ",\"chan_name\":");
            json_str(b, e->name);
        }
    }
    if (e) pos_arg(vm, b, e);
    buf_puts(b, "}}");
    t->block_since = -1;
    t->block = NULL;
}

/* flow draws an unblock's cause as a Chrome flow event: from the waker's
 * track (0: the scheduler's, a timer) to the woken goroutine's, named by how
 * it was woken ("send", "close", "unlock", ...). */
static void flow(Buf *b, bool *first, const Event *e, int64_t id)
{
    int64_t cause = e->b >= 0 && e->b < WAKE_COUNT ? e->b : WAKE_OTHER;
    for (int end = 0; end < 2; end++) {
        sep(b, first);
        buf_puts(b, "{\"name\":");
        json_str(b, wake_cause_name[cause]);
        buf_printf(b, ",\"cat\":\"unblock\",\"ph\":\"%s\",\"id\":%lld,\"ts\":", end ? "f" : "s", (long long)id);
        us(b, e->t);
        buf_printf(b, ",\"pid\":1,\"tid\":%lld", (long long)(end ? e->g : e->a));
        if (end) buf_puts(b, ",\"bp\":\"e\"");
        buf_printf(b, ",\"args\":{\"cause\":\"%s\",\"by\":%lld,\"woken\":%lld}}", wake_cause_name[cause],
                   (long long)e->a, (long long)e->g);
    }
}

static void instant(VM *vm, Buf *b, bool *first, const Event *e)
{
    sep(b, first);
    buf_puts(b, "{\"name\":");
    json_str(b, event_kind_name[e->kind]);
    buf_puts(b, ",\"ph\":\"i\",\"s\":\"t\",\"ts\":");
    us(b, e->t);
    buf_printf(b, ",\"pid\":1,\"tid\":%lld,\"args\":{", (long long)e->g);
    switch (e->kind) {
    case EV_GO_CREATE: buf_printf(b, "\"goroutine\":%lld", (long long)e->a); break;
    case EV_CHAN_MAKE: buf_printf(b, "\"chan\":%lld,\"cap\":%lld", (long long)e->a, (long long)e->b); break;
    case EV_CHAN_RECV: buf_printf(b, "\"chan\":%lld,\"ok\":%s", (long long)e->a, e->b ? "true" : "false"); break;
    case EV_CHAN_SEND: case EV_CHAN_CLOSE: case EV_LEAK: buf_printf(b, "\"chan\":%lld", (long long)e->a); break;
    case EV_SELECT: buf_printf(b, "\"case\":%lld,\"chan\":%lld", (long long)e->a, (long long)e->b); break;
    case EV_LOCK: case EV_UNLOCK: case EV_WG_WAIT: buf_printf(b, "\"object\":%lld", (long long)e->a); break;
    case EV_WG_ADD: buf_printf(b, "\"object\":%lld,\"delta\":%lld", (long long)e->a, (long long)e->b); break;
    case EV_TIMER: buf_puts(b, "\"due\":"); us(b, e->a); break;
    case EV_OUTPUT: buf_printf(b, "\"fd\":%lld,\"bytes\":%lld", (long long)e->a, (long long)e->b); break;
    default: buf_puts(b, "\"_\":0"); break;
    }
    if (e->name && e->kind >= EV_CHAN_MAKE && e->kind <= EV_SELECT) {
        buf_puts(b, ",\"chan_name\":");
        json_str(b, e->name);
    }
    pos_arg(vm, b, e);
    buf_puts(b, "}}");
}

static void end_run_span(Buf *b, bool *first, Track *t, int64_t at)
{
    if (t->run_since < 0) return;
    slice(b, first, "running", t->id, t->run_since, at);
    t->run_since = -1;
}

bool insp_write_trace(VM *vm, FILE *out)
{
    Sched *s = sched_get(vm);
    int64_t n;
    Event *ev = insp_events(vm, 0, &n);
    int64_t end = sched_now(vm);
    if (n > 0 && ev[n - 1].t > end) end = ev[n - 1].t;
    Tracks ts = {0};
    Buf b = BUF_INIT;
    bool first = true;
    bool ok = true;
    Track *running = NULL;
    int64_t running_id = 0, flows = 0;
    buf_puts(&b, "{\"traceEvents\":[");
    for (int64_t i = 0; i < n; i++) {
        const Event *e = &ev[i];
        if (e->g) track(&ts, e->g);
        switch (e->kind) {
        case EV_GO_CREATE: {
            track(&ts, e->a);
            instant(vm, &b, &first, e);
            break;
        }
        case EV_GO_START: {
            if (running_id && running_id != e->g) {
                running = track(&ts, running_id);
                end_run_span(&b, &first, running, e->t);
            }
            Track *t = track(&ts, e->g);
            if (t->block_since >= 0) blocked_slice(vm, &b, &first, t, e->t);   /* no unblock seen (dropped): close it here */
            t->run_since = e->t;
            running_id = e->g;
            break;
        }
        case EV_GO_BLOCK: {
            Track *t = track(&ts, e->g);
            end_run_span(&b, &first, t, e->t);
            if (running_id == e->g) running_id = 0;
            t->block_since = e->t;
            t->reason = e->reason < WAIT_COUNT ? e->reason : WAIT_NONE;
            t->block = e;
            break;
        }
        case EV_GO_UNBLOCK: {
            /* g of an unblock is the goroutine made runnable */
            Track *t = track(&ts, e->g);
            if (t->block_since >= 0) blocked_slice(vm, &b, &first, t, e->t);
            flow(&b, &first, e, ++flows);
            break;
        }
        case EV_GO_END: {
            Track *t = track(&ts, e->g);
            end_run_span(&b, &first, t, e->t);
            if (running_id == e->g) running_id = 0;
            break;
        }
        default:
            instant(vm, &b, &first, e);
            break;
        }
        if (b.len > (1 << 16)) {
            if (fwrite(b.data, 1, b.len, out) != b.len) ok = false;
            buf_reset(&b);
        }
    }
    /* spans still open at the end, and the tracks' names */
    int64_t *ids = xmalloc((size_t)(ts.n ? ts.n : 1) * sizeof *ids);
    int64_t nids = 0;
    for (int64_t i = 0; i < ts.cap; i++)
        if (ts.v[i].id >= 0) ids[nids++] = ts.v[i].id;
    for (int64_t i = 1; i < nids; i++) {   /* insertion sort: ids in order, for stable output */
        int64_t x = ids[i], j = i;
        while (j > 0 && ids[j - 1] > x) { ids[j] = ids[j - 1]; j--; }
        ids[j] = x;
    }
    for (int64_t i = 0; i < nids; i++) {
        Track *t = track(&ts, ids[i]);
        end_run_span(&b, &first, t, end);
        if (t->block_since >= 0) blocked_slice(vm, &b, &first, t, end);
        sep(&b, &first);
        buf_printf(&b, "{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":%lld,\"args\":{\"name\":",
                   (long long)t->id);
        char name[256];
        const char *fn = t->id > 0 && t->id < s->ngnames ? s->gnames[t->id] : NULL;
        if (t->id == 0) snprintf(name, sizeof name, "scheduler (timers)");
        else if (fn) snprintf(name, sizeof name, "goroutine %lld %s", (long long)t->id, fn);
        else snprintf(name, sizeof name, "goroutine %lld", (long long)t->id);
        json_str(&b, name);
        buf_printf(&b, "}},\n{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":1,\"tid\":%lld,"
                       "\"args\":{\"sort_index\":%lld}}",
                   (long long)t->id, (long long)t->id);
    }
    sep(&b, &first);
    buf_puts(&b, "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"tid\":0,\"args\":{\"name\":\"gorolab\"}}");
    buf_puts(&b, "\n],\"displayTimeUnit\":\"ns\"}\n");
    if (fwrite(b.data, 1, b.len, out) != b.len) ok = false;
    buf_fini(&b);
    free(ids);
    free(ts.v);
    free(ev);
    if (fflush(out) != 0) ok = false;
    return ok;
}

/* ---- durations ---- */

static int frac(char *buf, int w, uint64_t v, int prec, uint64_t *nv)
{
    bool print = false;
    for (int i = 0; i < prec; i++) {
        int digit = (int)(v % 10);
        print = print || digit != 0;
        if (print) buf[--w] = (char)('0' + digit);
        v /= 10;
    }
    if (print) buf[--w] = '.';
    *nv = v;
    return w;
}

static int uint_digits(char *buf, int w, uint64_t v)
{
    if (v == 0) {
        buf[--w] = '0';
        return w;
    }
    while (v > 0) {
        buf[--w] = (char)('0' + v % 10);
        v /= 10;
    }
    return w;
}

size_t insp_duration_string(int64_t d, char *out)
{
    char buf[32];
    int w = (int)sizeof buf;
    uint64_t u = d < 0 ? -(uint64_t)d : (uint64_t)d;
    bool neg = d < 0;
    if (u < 1000000000ull) {
        int prec = 0;
        buf[--w] = 's';
        w--;
        if (u == 0) {
            strcpy(out, "0s");
            return 2;
        } else if (u < 1000ull) {
            prec = 0;
            buf[w] = 'n';
        } else if (u < 1000000ull) {
            prec = 3;
            w--;
            memcpy(&buf[w], "\xc2\xb5", 2);   /* µ */
        } else {
            prec = 6;
            buf[w] = 'm';
        }
        w = frac(buf, w, u, prec, &u);
        w = uint_digits(buf, w, u);
    } else {
        buf[--w] = 's';
        w = frac(buf, w, u, 9, &u);
        w = uint_digits(buf, w, u % 60);
        u /= 60;
        if (u > 0) {
            buf[--w] = 'm';
            w = uint_digits(buf, w, u % 60);
            u /= 60;
            if (u > 0) {
                buf[--w] = 'h';
                w = uint_digits(buf, w, u);
            }
        }
    }
    if (neg) buf[--w] = '-';
    size_t n = sizeof buf - (size_t)w;
    memcpy(out, buf + w, n);
    out[n] = 0;
    return n;
}

bool insp_parse_duration(const char *s, int64_t *out)
{
    static const struct { const char *unit; double ns; } units[] = {
        {"ns", 1}, {"us", 1e3}, {"\xc2\xb5s", 1e3}, {"\xce\xbcs", 1e3}, {"ms", 1e6},
        {"s", 1e9}, {"m", 60e9}, {"h", 3600e9},
    };
    double total = 0;
    if (!s || !*s) return false;
    if (strcmp(s, "0") == 0) {
        *out = 0;
        return true;
    }
    while (*s) {
        char *end;
        if (!((*s >= '0' && *s <= '9') || *s == '.')) return false;
        double v = strtod(s, &end);
        if (end == s) return false;
        s = end;
        size_t best = 0;
        double scale = 0;
        for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
            size_t l = strlen(units[i].unit);
            if (strncmp(s, units[i].unit, l) == 0 && l > best) {
                best = l;
                scale = units[i].ns;
            }
        }
        if (!best) return false;
        s += best;
        total += v * scale;
        if (total > 9.2e18) return false;
    }
    *out = (int64_t)(total + 0.5);
    return true;
}
