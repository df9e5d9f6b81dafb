/* rt/sched.c: the scheduler: run queue, park/ready, the virtual clock and its
 * timer heap, deadlock and leak reports, and rt_run, the program's main loop.
 *
 * After Go's runtime/proc.go: a goroutine readied by the running one goes to
 * runnext (kicking the previous runnext to the tail), and runs next with high
 * probability; otherwise the next goroutine is a seeded choice among the
 * runnable ones, so --seed explores interleavings while ping-pong programs
 * still behave as they do under Go.
 *
 * Under --race, as Go's race mode does (randomizeScheduler), runnext runs
 * next only half the time; and since Go runs a new goroutine at once on an
 * idle P while its creator goes on, the creator yields after a go statement
 * and the new goroutine runs first, so a racy goroutine's accesses happen
 * even when main never blocks (Go 1.19 -race reports such a race 20 times
 * in 20; gorolab did on no seed in 100 before).
 */
#include "rt/sched.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "rt/chan.h"
#include "rt/explore.h"
#include "rt/hb.h"
#include "rt/race.h"
#include "rt/sched_priv.h"
#include "vm/gc.h"

const char *const wait_reason_text[WAIT_COUNT] = {
#define WAIT(name, text) text,
#include "rt/waitreason.def"
#undef WAIT
};

#define DEFAULT_MAX_GOROUTINES 1000000


/* A goroutine started on a native function (go fmt.Println(x)) runs a small
 * Go-like frame that calls it: CALLV R0 (args R1..); RET. */
typedef struct Tramp {
    struct Tramp *next;
    Proto *native, *proto;
    ObjClosure *cl;
} Tramp;

/* Freed timers are kept for the next ones, and a VM's go to the next VM
 * (explore makes a VM per schedule): a program that arms time.After in a
 * loop made a malloc and a free per timer. At most TIMER_KEEP. */
typedef struct TimerSpare {
    Timer  *list;   /* linked through ctx */
    int64_t n;
} TimerSpare;
static _Atomic(TimerSpare *) spare_timers;
enum { TIMER_KEEP = 4096 };

static void free_timers(Timer *t)
{
    for (Timer *n; t; t = n) {
        n = t->ctx;
        free(t);
    }
}

Sched *sched_create(VM *vm)
{
    Sched *s = xcalloc(1, sizeof(Sched));
    TimerSpare *sp = atomic_exchange(&spare_timers, NULL);
    if (sp) {
        s->tfree = sp->list;
        s->ntfree = sp->n;
        free(sp);
    }
    vm->rt = s;
    vm->ev_total = 0;
    return s;
}

/* keep_timers hands s's freed timers on to the next VM's scheduler. */
static void keep_timers(Sched *s)
{
    TimerSpare *sp = xmalloc(sizeof *sp);
    *sp = (TimerSpare){s->tfree, s->ntfree};
    s->tfree = NULL;
    s->ntfree = 0;
    TimerSpare *old = atomic_exchange(&spare_timers, sp);
    if (old) {
        free_timers(old->list);
        free(old);
    }
}

void sched_forget_timers(VM *vm)
{
    Sched *s = vm->rt;
    if (!s) return;
    for (int32_t i = 0; i < s->nheap; i++) s->heap[i]->heap_index = -1;
    s->nheap = 0;
}

void sched_free(VM *vm)
{
    Sched *s = vm->rt;
    if (!s) return;
    vm->ev_count_only = false;
    vm_sync_refresh(vm);
    vm->ev_total = 0;
    free(s->runq);
    free(s->runq_ids);
    free(s->rbits);
    free(s->rslot);
    free(s->heap);
    keep_timers(s);
    insp_free_log(s);
    hb_free_log(vm);
    for (Tramp *t = s->tramps, *n; t; t = n) {
        n = t->next;
        free(t->proto->code);
        free(t->proto->jcost);
        free(t->cl);
        free(t->proto);
        free(t);
    }
    free(s);
    vm->rt = NULL;
}

SchedStats sched_stats(VM *vm)
{
    Sched *s = sched_get(vm);
    s->stats.live = vm->nallgs;
    return s->stats;
}

/* ---- the run queue ---- */

/* The runnable set: runnext and the run queue as bits by goroutine id, kept
 * as they change, so that the explorer's choices by id order (the k-th
 * lowest, the lowest above the last one run) take a few words' popcounts
 * instead of passes over every candidate (rt/explore.h: SchedSet); and
 * where each one sits, so that the chosen one is found without a search.
 * Only while an explorer is attached (Sched.track): plain runs, where
 * nothing asks, do not pay for it. */
static inline void runnable_add(Sched *s, int64_t id, int64_t slot)
{
    if (!s->track) return;
    int64_t w = id >> 6;
    if (w >= s->rwords) {
        int64_t n = s->rwords ? s->rwords * 2 : 2;
        while (n <= w) n *= 2;
        s->rbits = xrealloc(s->rbits, (size_t)n * sizeof *s->rbits);
        memset(s->rbits + s->rwords, 0, (size_t)(n - s->rwords) * sizeof *s->rbits);
        s->rslot = xrealloc(s->rslot, (size_t)n * 64 * sizeof *s->rslot);
        s->rwords = n;
    }
    s->rbits[w] |= 1ULL << (id & 63);
    s->rslot[id] = (int32_t)slot;   /* the run queue holds at most the goroutine limit */
    if (w < s->rlo) s->rlo = w;
    if (w >= s->rhi) s->rhi = w + 1;
}

static inline void runnable_del(Sched *s, int64_t id)
{
    if (s->track) s->rbits[id >> 6] &= ~(1ULL << (id & 63));
}

/* runnable_set returns the runnable set, trimmed of its zero words at
 * both ends (n >= 1 runnable). */
static SchedSet runnable_set(Sched *s)
{
    while (!s->rbits[s->rlo]) s->rlo++;
    while (!s->rbits[s->rhi - 1]) s->rhi--;
    return (SchedSet){.w = s->rbits + s->rlo, .lo = s->rlo * 64, .n = s->rhi - s->rlo};
}

static void runq_push(Sched *s, G *g)
{
    if (s->len == s->cap) {
        int64_t ncap = s->cap ? s->cap * 2 : 64;
        G **q = xmalloc((size_t)ncap * sizeof *q);
        int64_t *qid = xmalloc((size_t)ncap * sizeof *qid);
        for (int64_t i = 0; i < s->len; i++) {
            q[i] = s->runq[(s->head + i) & (s->cap - 1)];
            qid[i] = q[i]->id;
            if (s->track) s->rslot[qid[i]] = (int32_t)i;
        }
        free(s->runq);
        free(s->runq_ids);
        s->runq = q;
        s->runq_ids = qid;
        s->cap = ncap;
        s->head = 0;
    }
    int64_t k = (s->head + s->len) & (s->cap - 1);   /* cap: a power of two */
    s->runq[k] = g;
    s->len++;
    if (s->track) {
        s->runq_ids[k] = g->id;
        runnable_add(s, g->id, k);
    }
}

static inline G *runq_take(Sched *s, int64_t i)
{
    int64_t k = (s->head + i) & (s->cap - 1);
    G *g = s->runq[k];
    s->runq[k] = s->runq[s->head];   /* the head moves into the hole */
    if (s->track) {
        s->runq_ids[k] = s->runq_ids[s->head];
        s->rslot[s->runq_ids[k]] = (int32_t)k;
        runnable_del(s, g->id);
    }
    s->head = (s->head + 1) & (s->cap - 1);
    s->len--;
    return g;
}

void sched_track_runnable(VM *vm, bool on)
{
    Sched *s = sched_get(vm);
    if (s->track == on) return;
    s->track = on;
    if (!on) return;
    if (s->rbits) memset(s->rbits, 0, (size_t)s->rwords * sizeof *s->rbits);
    s->rlo = s->rhi = 0;
    for (int64_t i = 0; i < s->len; i++) {
        int64_t k = (s->head + i) & (s->cap - 1);
        s->runq_ids[k] = s->runq[k]->id;
        runnable_add(s, s->runq[k]->id, k);
    }
    if (s->runnext) runnable_add(s, s->runnext->id, -1);
}

static void fire_one(VM *vm, Sched *s);
static void fire_due(VM *vm, Sched *s);
static void wake_sleeper(VM *vm, Timer *t);

/* copy_ids: a loop for a few ids, where a call to memcpy costs more */
static inline void copy_ids(int64_t *dst, const int64_t *src, int64_t n)
{
    if (n > 16) {
        memcpy(dst, src, (size_t)n * sizeof *dst);
        return;
    }
    for (int64_t i = 0; i < n; i++) dst[i] = src[i];
}

/* ---- CHOICE POINT (rt/explore.h): with a ScheduleCtl attached, the next
 * goroutine is schedctl_decide's pick among runnext and the run queue, or
 * time passes first (the timing adversary) while a timer within the time
 * limit is pending. ---- */
static G *pick_ctl(VM *vm, Sched *s)
{
    for (;;) {
        int64_t n = s->len + (s->runnext ? 1 : 0);
        if (n == 0) return NULL;
        int64_t *ids = schedctl_ids(s->ctl, n);
        int64_t k = 0, first = s->cap - s->head < s->len ? s->cap - s->head : s->len;
        if (s->runnext) ids[k++] = s->runnext->id;
        copy_ids(ids + k, s->runq_ids + s->head, first);   /* the ring, unwrapped */
        copy_ids(ids + k + first, s->runq_ids, s->len - first);
        bool time_ok = s->nheap > 0 && s->heap[0]->when <= s->max_time;
        SchedSet set = runnable_set(s);
        int64_t id = schedctl_decide(s->ctl, ids, (int)n, &set, time_ok);
        if (id == SCHED_ASK) return NULL;   /* a challenge: the learner picks (rt_step pauses) */
        if (id == 0) {   /* time passes: the next timer fires, the runnable ones wait */
            Timer *t = s->heap[0];   /* a sleeper woken while they wait may starve them */
            G *sl = t->fn == wake_sleeper ? t->ctx : NULL;
            schedctl_time_passes(s->ctl, sl && sl->rt.reason == WAIT_SLEEP ? sl->id : 0, ids, (int)n);
            fire_one(vm, s);
            fire_due(vm, s);
            continue;
        }
        G *g;
        if (s->runnext && s->runnext->id == id) {
            g = s->runnext;
            s->runnext = NULL;
            runnable_del(s, g->id);
        } else {
            g = runq_take(s, (s->rslot[id] - s->head) & (s->cap - 1));
        }
        g->rt.in_runq = false;
        s->slice_len = s->ctl->slice ? s->ctl->slice : SCHED_SLICE;
        return g;
    }
}

static G *pick(VM *vm, Sched *s)
{
    int64_t n = s->len + (s->runnext ? 1 : 0);
    G *g;
    if (s->ctl) return pick_ctl(vm, s);
    s->slice_len = SCHED_SLICE;
    if (n == 0) return NULL;
    bool spawned = s->spawned;
    s->spawned = false;
    if (s->runnext && (n == 1 || spawned || vm_rand(vm) % (race_detecting(vm) ? 2 : 4) != 0)) {
        g = s->runnext;
        s->runnext = NULL;
        runnable_del(s, g->id);
    } else {
        if (s->runnext) {
            runq_push(s, s->runnext);
            s->runnext = NULL;
        }
        int64_t i = 0;
        if (s->len > 1) {
            uint64_t r = vm_rand(vm);
            i = (r & 1) ? 0 : (int64_t)((r >> 1) % (uint64_t)s->len);
        }
        g = runq_take(s, i);
    }
    g->rt.in_runq = false;
    return g;
}

static void make_runnable(G *g)
{
    g->rt.gc_since = 0;   /* as Go's ready: waitsince = 0 */
    g->status = G_RUNNABLE;
    g->rt.reason = WAIT_NONE;
    g->rt.waiting_on = NULL;
    g->rt.wake_at = 0;
    g->rt.in_runq = true;
}

/* wake_cause: how g, about to be readied by `by` (NULL: a timer), was woken
 * (EV_GO_UNBLOCK's b). */
static int64_t wake_cause(const G *g, const G *by)
{
    switch (g->rt.reason) {
    case WAIT_CHAN_RECEIVE: return g->rt.wake.ok ? WAKE_SEND : WAKE_CLOSE;
    case WAIT_CHAN_SEND: return g->rt.wake.ok ? WAKE_RECV : WAKE_CLOSE;
    case WAIT_SELECT: return g->rt.wake.ok ? WAKE_SELECT : WAKE_CLOSE;
    case WAIT_SLEEP: return WAKE_TIMER;
    case WAIT_SYNC_MUTEX_LOCK: case WAIT_SYNC_RWMUTEX_LOCK: case WAIT_SYNC_RWMUTEX_RLOCK: case WAIT_SEMACQUIRE:
        return WAKE_UNLOCK;
    case WAIT_SYNC_WAITGROUP_WAIT: return WAKE_DONE;
    case WAIT_SYNC_COND_WAIT: return WAKE_SIGNAL;
    default: return by ? WAKE_OTHER : WAKE_TIMER;
    }
}

void sched_ready(VM *vm, G *g)
{
    Sched *s = sched_get(vm);
    if (g->rt.in_runq || g->status == G_DEAD) return;
    if (g->status == G_WAITING && g->rt.reason != WAIT_NONE) {
        G *by = s->in_exec && vm->cur && vm->cur != g ? vm->cur : NULL;   /* NULL: a timer */
        rt_record(vm, EV_GO_UNBLOCK, g, by ? by->id : 0, wake_cause(g, by), NULL);
    }
    make_runnable(g);
    if (s->in_exec && g != vm->cur) {
        if (s->runnext) runq_push(s, s->runnext);
        s->runnext = g;
        runnable_add(s, g->id, -1);
    } else {
        runq_push(s, g);
    }
}

void sched_gosched(VM *vm, G *g)
{
    Sched *s = sched_get(vm);
    if (s->ctl) schedctl_yielded(s->ctl, g->id);
    g->rt.wake = (Wake){0};
    g->rt.wake.done = true;
    make_runnable(g);
    runq_push(s, g);
}

void sched_yield_to_next(VM *vm)
{
    Sched *s = sched_get(vm);
    if (s->ctl || !s->in_exec || s->settling || !s->runnext) return;
    s->yield_req = true;
    s->spawned = true;
    vm->pause_req = true;
}

void sched_park(VM *vm, G *g, WaitReason reason, void *obj)
{
    Sched *s = sched_get(vm);
    g->status = G_WAITING;
    g->rt.reason = reason;
    g->rt.waiting_on = obj;
    g->rt.wait_since = sched_now(vm);
    bool on_chan = obj && (reason == WAIT_CHAN_SEND || reason == WAIT_CHAN_RECEIVE);
    rt_record(vm, EV_GO_BLOCK, g, on_chan ? ((ObjChan *)obj)->id : 0, 0,
                      on_chan ? ((ObjChan *)obj)->name : NULL);
    if (s->running_id == g->id) s->running_id = 0;
    if (s->ctl) schedctl_parked(s->ctl, g->id, reason == WAIT_SLEEP);
}

static Value trampoline(Sched *s, Proto *native, int nargs)
{
    Tramp *t;
    for (t = s->tramps; t; t = t->next)
        if (t->native == native && t->proto->nparams == nargs + 1) break;
    if (!t) {
        t = xcalloc(1, sizeof *t);
        Proto *p = xcalloc(1, sizeof *p);
        p->name = native->name;
        p->pos = native->pos;
        p->wrapper = true;
        p->code = xcalloc(2, sizeof(Instr));
        p->code[0] = (Instr){.op = OP_CALLV};
        p->code[1] = (Instr){.op = OP_RET};
        p->ncode = 2;
        p->jcost = proto_jump_costs(p->code, p->ncode, NULL);
        p->nparams = (uint16_t)(nargs + 1);
        int nr = (nargs > native->nresults ? nargs : native->nresults) + 1;
        p->nregs = (uint16_t)nr;
        /* a permanent closure: never on the heap list, never marked or freed by the GC */
        ObjClosure *cl = xcalloc(1, sizeof(ObjClosure));
        cl->hdr.kind = OBJ_CLOSURE;
        cl->hdr.permanent = 1;
        cl->proto = p;
        p->closure0 = cl;
        t->native = native;
        t->proto = p;
        t->cl = cl;
        t->next = s->tramps;
        s->tramps = t;
    }
    return val_ref(&t->cl->hdr);
}

G *sched_spawn(VM *vm, Value fn, const Value *args, int nargs)
{
    Sched *s = sched_get(vm);
    uint64_t max = vm->opt.max_goroutines ? vm->opt.max_goroutines : DEFAULT_MAX_GOROUTINES;
    if ((uint64_t)vm->nallgs >= max) {
        vm_limit(vm, "--max-goroutines", "goroutine limit of %llu exceeded", (unsigned long long)max);
        return NULL;
    }
    G *cur = vm->cur;
    G *g;
    ObjClosure *fcl = (ObjClosure *)fn.o;
    if (fcl->proto->native) {
        Value *tv = xmalloc((size_t)(nargs + 1) * sizeof(Value));
        tv[0] = fn;
        for (int i = 0; i < nargs; i++) tv[i + 1] = args[i];
        g = vm_new_g(vm, trampoline(s, fcl->proto, nargs), tv, nargs + 1);
        free(tv);
    } else {
        g = vm_new_g(vm, fn, args, nargs);
    }
    if (cur && cur->nframes > 0) {
        Frame *f = &cur->frames[cur->nframes - 1];
        const Proto *p = f->proto;
        int32_t i = (int32_t)(f->pc - p->code) - 1;   /* pc is past the GO instruction */
        if (i < 0) i = 0;
        g->rt.created_by = cur->id;
        g->rt.created_fn = p->name ? p->name : "?";
        g->rt.created_file = (int32_t)p->pos.file;
        g->rt.created_line = p->lines && i < p->ncode ? p->lines[i] : (int32_t)p->pos.line;
        g->rt.created_pc = i * 4;
    }
    if (s->ctl) schedctl_spawned(s->ctl, g->id, cur ? cur->id : 0);
    s->stats.created++;
    if (vm->nallgs > s->stats.peak_live) s->stats.peak_live = vm->nallgs;
    insp_name_goroutine(vm, g->id, g->nframes ? g->frames[0].proto->name : NULL);
    rt_record(vm, EV_GO_CREATE, cur, g->id, 0, g->nframes ? g->frames[0].proto->name : NULL);
    g->status = G_WAITING;   /* so that sched_ready queues it */
    sched_ready(vm, g);
    if (race_detecting(vm) && !s->ctl && cur && s->in_exec) {
        s->yield_req = true;   /* run_slice ends cur's slice after the go statement */
        s->spawned = true;     /* and pick() runs the new goroutine (runnext) */
        vm->pause_req = true;
    }
    return g;
}

/* ---- the clock and timers ---- */

int64_t sched_now(VM *vm)
{
    Sched *s = sched_get(vm);
    return (int64_t)(vm->steps + vm->exec_used) * SCHED_NS_PER_STEP + s->jumped;
}

static bool timer_less(const Timer *a, const Timer *b)
{
    return a->when < b->when || (a->when == b->when && a->seq < b->seq);
}

static void heap_set(Sched *s, int32_t i, Timer *t)
{
    s->heap[i] = t;
    t->heap_index = i;
}

static void heap_up(Sched *s, int32_t i)
{
    Timer *t = s->heap[i];
    while (i > 0) {
        int32_t p = (i - 1) / 2;
        if (!timer_less(t, s->heap[p])) break;
        heap_set(s, i, s->heap[p]);
        i = p;
    }
    heap_set(s, i, t);
}

static void heap_down(Sched *s, int32_t i)
{
    Timer *t = s->heap[i];
    for (;;) {
        int32_t c = 2 * i + 1;
        if (c >= s->nheap) break;
        if (c + 1 < s->nheap && timer_less(s->heap[c + 1], s->heap[c])) c++;
        if (!timer_less(s->heap[c], t)) break;
        heap_set(s, i, s->heap[c]);
        i = c;
    }
    heap_set(s, i, t);
}

static void heap_remove(Sched *s, Timer *t)
{
    int32_t i = t->heap_index;
    Timer *last = s->heap[--s->nheap];
    t->heap_index = -1;
    if (i == s->nheap) return;
    heap_set(s, i, last);
    heap_down(s, i);
    heap_up(s, last->heap_index);
}

Timer *timer_new(VM *vm, TimerFn fn, Value arg)
{
    Sched *s = sched_get(vm);
    Timer *t = s->tfree;
    if (t) {
        s->tfree = t->ctx;
        s->ntfree--;
        memset(t, 0, sizeof *t);
    } else {
        t = xcalloc(1, sizeof *t);
    }
    t->fn = fn;
    t->arg = arg;
    t->heap_index = -1;
    t->seq = ++s->timer_seq;
    return t;
}

void timer_arm(VM *vm, Timer *t, int64_t when, int64_t period)
{
    Sched *s = sched_get(vm);
    if (t->heap_index >= 0) heap_remove(s, t);
    t->when = when;
    t->period = period;
    t->seq = ++s->timer_seq;
    if (s->nheap == s->capheap) {
        s->capheap = s->capheap ? s->capheap * 2 : 16;
        s->heap = xrealloc(s->heap, (size_t)s->capheap * sizeof *s->heap);
    }
    heap_set(s, s->nheap++, t);
    heap_up(s, t->heap_index);
}

bool timer_stop(VM *vm, Timer *t)
{
    if (!t || t->heap_index < 0) return false;
    heap_remove(sched_get(vm), t);
    return true;
}

void timer_free(VM *vm, Timer *t)
{
    if (!t) return;
    timer_stop(vm, t);
    Sched *s = sched_get(vm);
    if (s->ntfree >= TIMER_KEEP) {
        free(t);
        return;
    }
    t->ctx = s->tfree;
    s->tfree = t;
    s->ntfree++;
}

/* fire_one runs the earliest timer, jumping the clock to it if needed. */
static void fire_one(VM *vm, Sched *s)
{
    Timer *t = s->heap[0];
    int64_t now = sched_now(vm);
    if (t->when > now) s->jumped += t->when - now;
    heap_remove(s, t);
    if (t->period > 0) timer_arm(vm, t, t->when + t->period, t->period);
    rt_record(vm, EV_TIMER, NULL, t->when - (t->period > 0 ? t->period : 0), 0, NULL);
    vm->steps++;   /* a firing costs a step: the step limit bounds endless tickers */
    t->fn(vm, t);
}

static void fire_due(VM *vm, Sched *s)
{
    while (s->nheap > 0 && s->heap[0]->when <= sched_now(vm)) fire_one(vm, s);
}

static void wake_sleeper(VM *vm, Timer *t)
{
    G *g = t->ctx;
    if (g->status != G_WAITING || g->rt.reason != WAIT_SLEEP) return;
    g->rt.wake.done = true;
    sched_ready(vm, g);
}

void sched_sleep(VM *vm, G *g, int64_t ns)
{
    if (ns <= 0) {
        sched_gosched(vm, g);
        return;
    }
    if (!g->rt.sleep_timer) {
        g->rt.sleep_timer = timer_new(vm, wake_sleeper, val_zero());
        g->rt.sleep_timer->ctx = g;
    }
    int64_t now = sched_now(vm);
    int64_t when = ns > INT64_MAX - now ? INT64_MAX : now + ns;
    g->rt.wake = (Wake){0};
    sched_park(vm, g, WAIT_SLEEP, NULL);
    g->rt.wake_at = when;
    timer_arm(vm, g->rt.sleep_timer, when, 0);
}

/* ---- GC roots ---- */

static void mark_roots(VM *vm)
{
    Sched *s = vm->rt;
    if (s)
        for (int32_t i = 0; i < s->nheap; i++) gc_mark_value(vm, s->heap[i]->arg);
    for (int32_t i = 0; i < vm->nallgs; i++) {
        G *g = vm->allgs[i];
        gc_mark_value(vm, g->rt.wake.value);
        chan_mark_waiters(vm, g);
        for (int32_t k = 0; k < g->rt.ncb_results; k++) gc_mark_value(vm, g->rt.cb_results[k]);
    }
}

/* ---- Go's waitsince: the ", N minutes" of a goroutine header ----
 * Go's traceback prints minutes from g.waitsince, which the first collection
 * that sees the goroutine blocked sets to the time of the collection before
 * it (work.tstart), and which is 0 before any collection: so a goroutine
 * blocked for minutes in a program that never collected shows none. Go's
 * sysmon forces a collection 2 minutes after the last one (only once there
 * was one). gc_cycle runs each real collection; the forced ones are played
 * lazily (forced_gcs) before a collection and before a header is printed. */
#define FORCE_GC_NS (2 * 60 * 1000000000LL)

static void gc_observe(VM *vm, Sched *s, int64_t t)
{
    for (int32_t i = 0; i < vm->nallgs; i++) {
        G *g = vm->allgs[i];
        if (g->status == G_WAITING && g->rt.gc_since == 0 && g->rt.wait_since <= t && s->gc_tstart > 0)
            g->rt.gc_since = s->gc_tstart;
    }
    s->gc_tstart = t > 0 ? t : 1;
    s->last_gc = t;
}

static void forced_gcs(VM *vm, Sched *s)
{
    int64_t now = sched_now(vm);
    if (s->last_gc < 0 || !s->gc_tstart) return;
    while (s->last_gc + FORCE_GC_NS <= now) gc_observe(vm, s, s->last_gc + FORCE_GC_NS);
}

static void gc_cycle(VM *vm)
{
    Sched *s = sched_get(vm);
    if (!s->gc_tstart) s->last_gc = -1;   /* first use */
    forced_gcs(vm, s);
    gc_observe(vm, s, sched_now(vm));
}

/* ---- dumps ---- */

static const char *file_name(VM *vm, int32_t f)
{
    return f >= 0 && f < vm->prog->nfiles ? vm->prog->files[f] : "?";
}

static void created_by(VM *vm, G *g, Buf *out)
{
    if (g->id == 1 || !g->rt.created_fn) return;
    buf_printf(out, "created by %s", g->rt.created_fn);
    if (g->rt.created_by) buf_printf(out, " in goroutine %lld", (long long)g->rt.created_by);
    buf_printf(out, "\n\t%s:%d +0x%x\n", file_name(vm, g->rt.created_file), (int)g->rt.created_line,
               (unsigned)g->rt.created_pc);
}

static void state_text(VM *vm, G *g, Buf *out)
{
    switch (g->status) {
    case G_RUNNING: buf_puts(out, "running"); break;
    case G_RUNNABLE: buf_puts(out, "runnable"); break;
    case G_DEAD: buf_puts(out, "dead"); break;
    case G_WAITING: {
        buf_puts(out, wait_reason_text[g->rt.reason < WAIT_COUNT ? g->rt.reason : 0]);
        forced_gcs(vm, sched_get(vm));
        int64_t mins = g->rt.gc_since ? (sched_now(vm) - g->rt.gc_since) / 60000000000LL : 0;
        if (mins >= 1) buf_printf(out, ", %lld minutes", (long long)mins);
        break;
    }
    }
}

void sched_dump_goroutine(VM *vm, G *g, Buf *out)
{
    buf_printf(out, "goroutine %lld [", (long long)g->id);
    state_text(vm, g, out);
    buf_puts(out, "]:\n");
    vm_traceback(vm, g, out);
    created_by(vm, g, out);
}

/* vm.c's print_panics appends these to a goroutine's panic trace. */
void sched_created_by(VM *vm, G *g, Buf *out)
{
    created_by(vm, g, out);
}

static int by_id(const void *a, const void *b)
{
    const G *x = *(G *const *)a, *y = *(G *const *)b;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* sorted_gs returns the live goroutines by id (main first); free it. */
static G **sorted_gs(VM *vm)
{
    G **v = xmalloc((size_t)(vm->nallgs ? vm->nallgs : 1) * sizeof *v);
    memcpy(v, vm->allgs, (size_t)vm->nallgs * sizeof *v);
    if (vm->nallgs > 1) qsort(v, (size_t)vm->nallgs, sizeof *v, by_id);
    return v;
}

static void dump_all(VM *vm, Buf *out)
{
    G **v = sorted_gs(vm);
    for (int32_t i = 0; i < vm->nallgs; i++) {
        if (v[i]->status == G_DEAD) continue;   /* main after it returned: Go lists no dead ones */
        buf_putc(out, '\n');
        sched_dump_goroutine(vm, v[i], out);
    }
    free(v);
}

static void deadlock(VM *vm)
{
    Buf b = BUF_INIT;
    buf_puts(&b, "fatal error: all goroutines are asleep - deadlock!\n");
    dump_all(vm, &b);
    vm_write(vm, 2, b.data, b.len);
    buf_fini(&b);
    vm->halted = true;
    vm->exit_code = 2;
}

/* leaked says whether g, other than main, is left over when main returned:
 * blocked, or still runnable after settle. */
static bool leaked(VM *vm, const G *g)
{
    return g != vm->main_g && (g->status == G_WAITING || g->status == G_RUNNABLE);
}

enum { LEAK_SCREEN = 40 };   /* lines a leak report keeps to, unless --leaks=full */

typedef struct LeakGroup {
    char   *key;      /* state, top function, then the traceback and creation site */
    size_t  body;     /* where the traceback starts in key */
    G     **gs;       /* its goroutines, by id */
    int32_t n;
} LeakGroup;

static int group_order(const void *a, const void *b)
{
    const LeakGroup *x = a, *y = b;
    if (x->n != y->n) return x->n > y->n ? -1 : 1;   /* the biggest first, as pprof */
    return x->gs[0]->id < y->gs[0]->id ? -1 : x->gs[0]->id > y->gs[0]->id;
}

static int count_lines(const char *s, size_t n)
{
    int k = 0;
    for (size_t i = 0; i < n; i++) k += s[i] == '\n';
    return k;
}

static void leak_block(VM *vm, const LeakGroup *lg, bool found, Buf *out)
{
    G *g = lg->gs[0];
    const char *top = vm_top_function(vm, g);
    if (found) {
        if (lg->n == 1)
            buf_printf(out, "gorolab: goroutine %lld can never run again: nothing that runs can reach what it waits on\n",
                       (long long)g->id);
        else
            buf_printf(out, "gorolab: %d goroutines can never run again: nothing that runs can reach what they wait on\n",
                       (int)lg->n);
    }
    if (lg->n == 1) {
        buf_printf(out, "[Goroutine %lld in state ", (long long)g->id);
        state_text(vm, g, out);
    } else {
        buf_printf(out, "[%d goroutines (", (int)lg->n);
        for (int32_t k = 0; k < lg->n; k++) {
            if (lg->n > 6 && k == 4) {
                buf_puts(out, "..., ");
                k = lg->n - 1;
            }
            buf_printf(out, "%lld%s", (long long)lg->gs[k]->id, k + 1 < lg->n ? ", " : "");
        }
        buf_puts(out, ") in state ");
        if (g->status == G_WAITING) buf_puts(out, wait_reason_text[g->rt.reason < WAIT_COUNT ? g->rt.reason : 0]);
        else state_text(vm, g, out);   /* minutes differ between them: the reason alone */
    }
    buf_printf(out, ", with %s on top of the stack:\n%s]\n", top ? top : "?", lg->key + lg->body);
}

/* same_text: a and b (b's top function btop) print the same group key: the
 * same state, frames (function, pc, flags), panic flag and creation site,
 * which are all that the header, vm_traceback and created_by read (a parked
 * native is named by the top function). Conservative: pointers, not strings. */
static bool same_text(const G *a, const char *atop, const G *b, const char *btop)
{
    if (atop != btop || a->status != b->status || a->rt.reason != b->rt.reason ||
        a->rt.wake.done != b->rt.wake.done || (a->panic != NULL) != (b->panic != NULL) ||
        a->nframes != b->nframes || a->id == 1 || b->id == 1 || a->rt.created_fn != b->rt.created_fn ||
        a->rt.created_by != b->rt.created_by || a->rt.created_file != b->rt.created_file ||
        a->rt.created_line != b->rt.created_line || a->rt.created_pc != b->rt.created_pc)
        return false;
    for (int32_t k = 0; k < a->nframes; k++)
        if (a->frames[k].proto != b->frames[k].proto || a->frames[k].pc != b->frames[k].pc ||
            a->frames[k].flags != b->frames[k].flags)
            return false;
    return true;
}

static uint64_t text_hash(const G *g, const char *top)
{
    uint64_t h = (uint64_t)(uintptr_t)top ^ (uint64_t)g->nframes << 48 ^ (uint64_t)g->rt.created_pc << 32;
    for (int32_t k = 0; k < g->nframes; k++)
        h = (h ^ (uint64_t)(uintptr_t)g->frames[k].pc ^ g->frames[k].flags) * 0xff51afd7ed558ccdULL;
    return h ^ h >> 29;
}

void sched_leak_blocks(VM *vm, G **gs, int32_t n, bool found, Buf *out)
{
    if (n <= 0) return;
    LeakGroup *grp = xcalloc((size_t)n, sizeof *grp);
    int32_t ng = 0;
    bool full = vm->opt.leaks_full;
    /* goroutines stopped at the same place print the same text: each such
     * set is formatted once (a leak of 600 handlers formatted 600 tracebacks,
     * a quarter of an explored schedule's time in lesson 12) */
    uint32_t cap = 16;
    while (cap < (uint32_t)n * 2) cap *= 2;
    struct { G *g; const char *top; int32_t k; } *seen = full ? NULL : xcalloc(cap, sizeof *seen);
    for (int32_t i = 0; i < n; i++) {
        G *g = gs[i];
        const char *top = vm_top_function(vm, g);
        uint32_t h = 0;
        if (seen) {
            h = (uint32_t)text_hash(g, top) & (cap - 1);
            while (seen[h].g && !same_text(seen[h].g, seen[h].top, g, top)) h = (h + 1) & (cap - 1);
            if (seen[h].g) {
                int32_t k = seen[h].k;
                grp[k].gs[grp[k].n++] = g;
                continue;
            }
        }
        Buf st = BUF_INIT;
        buf_printf(&st, "%d %d %s\n", (int)g->status, (int)g->rt.reason, top ? top : "?");
        size_t body = st.len;
        vm_traceback(vm, g, &st);
        created_by(vm, g, &st);
        int32_t k = 0;
        if (!full)
            while (k < ng && strcmp(grp[k].key, buf_str(&st)) != 0) k++;
        else
            k = ng;
        if (k == ng) {
            grp[ng].key = xstrdup(buf_str(&st));
            grp[ng].body = body;
            grp[ng].gs = xcalloc((size_t)(n - i), sizeof *grp[ng].gs);
            ng++;
        }
        grp[k].gs[grp[k].n++] = g;
        buf_fini(&st);
        if (seen) {
            seen[h].g = g;
            seen[h].top = top;
            seen[h].k = k;
        }
    }
    free(seen);
    if (!full && ng > 1) qsort(grp, (size_t)ng, sizeof *grp, group_order);
    int lines = 0;
    int32_t shown = 0, left = 0;
    for (int32_t k = 0; k < ng; k++) {
        Buf blk = BUF_INIT;
        leak_block(vm, &grp[k], found, &blk);
        int bl = count_lines(blk.data, blk.len);
        if (!full && shown > 0 && lines + bl > LEAK_SCREEN - 1) {
            for (int32_t j = k; j < ng; j++) left += grp[j].n;
            buf_fini(&blk);
            break;
        }
        buf_add(out, blk.data, blk.len);
        lines += bl;
        shown++;
        buf_fini(&blk);
    }
    if (shown < ng)
        buf_printf(out, "... and %d more goroutine%s in %d other stack%s (--leaks=full lists every one)\n",
                   (int)left, left == 1 ? "" : "s", (int)(ng - shown), ng - shown == 1 ? "" : "s");
    for (int32_t k = 0; k < ng; k++) {
        free(grp[k].key);
        free(grp[k].gs);
    }
    free(grp);
}

static void leak_report(VM *vm)
{
    G **v = sorted_gs(vm);
    int32_t n = 0;
    for (int32_t i = 0; i < vm->nallgs; i++)
        if (leaked(vm, v[i])) v[n++] = v[i];
    if (n > 0) {
        Buf b = BUF_INIT;
        buf_puts(&b, "gorolab: found unexpected goroutines:\n");
        sched_leak_blocks(vm, v, n, false, &b);
        vm_write(vm, 2, b.data, b.len);
        buf_fini(&b);
    }
    free(v);
}

/* ---- native-callback state: per goroutine ---- */

static void swap_in(VM *vm, G *g)
{
    Value *r = vm->cb_results;
    int32_t n = vm->ncb_results, cap = vm->capcb_results;
    vm->cb_results = g->rt.cb_results;
    vm->ncb_results = g->rt.ncb_results;
    vm->capcb_results = g->rt.capcb_results;
    vm->cb_base = g->rt.cb_base;
    g->rt.cb_results = r;
    g->rt.ncb_results = n;
    g->rt.capcb_results = cap;
}

static void swap_out(VM *vm, G *g)
{
    Value *r = g->rt.cb_results;
    int32_t cap = g->rt.capcb_results;
    g->rt.cb_results = vm->cb_results;
    g->rt.ncb_results = vm->ncb_results;
    g->rt.capcb_results = vm->capcb_results;
    g->rt.cb_base = vm->cb_base;
    vm->cb_results = r;   /* the spare array swap_in left here */
    vm->ncb_results = 0;
    vm->capcb_results = cap;
    vm->cb_base = 0;
}

/* ---- the main loop ---- */

static void goexit(VM *vm, Sched *s, G *g)
{
    rt_record(vm, EV_GO_END, g, 0, 0, NULL);
    if (s->running_id == g->id) s->running_id = 0;
    if (s->ctl) schedctl_parked(s->ctl, g->id, false);
    chan_release_waiters(g);
    s->stats.exited++;
    vm_release_g(vm, g);
}

/* settle runs, when main has returned, the goroutines that were still
 * runnable until each blocks, ends or spends its share of SETTLE_STEPS, as
 * goleak gives them time before it looks: one woken just before main
 * returned, and about to block forever, is a leak too. Nothing of it is
 * seen: output, events and the race detector are off, and the clock,
 * steps and exit state are put back. Timers do not fire. */
enum { SETTLE_STEPS = 200000 };

static void settle(VM *vm, Sched *s)
{
    if (!s->len && !s->runnext) return;
    vm_flush(vm);
    uint64_t steps = vm->steps;
    int exit_code = vm->exit_code;
    bool halted = vm->halted, limit_hit = vm->limit_hit, race_on = vm->race_on;
    vm->muted = true;
    vm->race_on = false;
    vm_sync_refresh(vm);
    s->settling = true;
    insp_refresh_counting(vm, s);
    ScheduleCtl *ctl = s->ctl;
    s->ctl = NULL;
    int64_t spent = 0;
    G *g;
    while (spent < SETTLE_STEPS && (g = pick(vm, s)) != NULL) {
        uint64_t before = vm->steps;
        swap_in(vm, g);
        s->in_exec = true;
        ExecStatus st = vm_exec(vm, g, SCHED_SLICE);
        s->in_exec = false;
        swap_out(vm, g);
        vm->pause_req = false;
        spent += (int64_t)(vm->steps - before);
        if (st == EXEC_YIELD) {
            if (!g->rt.in_runq) {
                make_runnable(g);
                runq_push(s, g);
            }
        } else if (st == EXEC_BLOCKED) {
            if (g->rt.in_runq) g->status = G_RUNNABLE;
        } else if (st == EXEC_DONE) {
            goexit(vm, s, g);
        } else {
            break;   /* it panicked, exited or hit a limit: Go never ran it; stop here */
        }
    }
    s->ctl = ctl;
    s->settling = false;
    insp_refresh_counting(vm, s);
    vm->race_on = race_on;
    vm_sync_refresh(vm);
    vm->muted = false;
    vm->steps = steps;
    vm->exit_code = exit_code;
    vm->halted = halted;
    vm->limit_hit = limit_hit;
    vm->cur = NULL;
}

/* leak_events records EV_LEAK for every goroutine other than main left over
 * when main returned, in id order. */
static void leak_events(VM *vm)
{
    G **v = sorted_gs(vm);
    for (int32_t i = 0; i < vm->nallgs; i++) {
        G *g = v[i];
        if (!leaked(vm, g)) continue;
        bool on_chan = g->rt.waiting_on &&
                       (g->rt.reason == WAIT_CHAN_SEND || g->rt.reason == WAIT_CHAN_RECEIVE);
        insp_record_named(vm, EV_LEAK, g, on_chan ? ((ObjChan *)g->rt.waiting_on)->id : 0, 0,
                          on_chan ? ((ObjChan *)g->rt.waiting_on)->name : NULL);
    }
    free(v);
}

void rt_start(VM *vm)
{
    Sched *s = sched_get(vm);
    if (s->started) return;
    s->started = true;
    s->state = RUN_PAUSED;
    s->max_time = vm->opt.max_time > 0 ? vm->opt.max_time : RT_DEFAULT_MAX_TIME;
    chan_install();
    gc_roots_hook = mark_roots;
    gc_cycle_hook = gc_cycle;
    Value fn = vm_func_value(vm, vm->prog->entry);
    G *main_g = vm_new_g(vm, fn, NULL, 0);
    vm->main_g = main_g;
    s->stats.created = 1;
    s->stats.peak_live = 1;
    insp_name_goroutine(vm, main_g->id, "main.main");
    rt_record(vm, EV_GO_CREATE, NULL, main_g->id, 0, "main.main");
    main_g->status = G_WAITING;
    sched_ready(vm, main_g);
}

RunState rt_state(VM *vm)
{
    Sched *s = sched_get(vm);
    return s->started ? s->state : RUN_PAUSED;
}

/* end_run records how the run ended. */
static RunState end_run(VM *vm, Sched *s, RunState st, int code)
{
    vm->cur = NULL;
    if (vm->limit_hit) {
        st = RUN_LIMIT;
        code = EXIT_LIMIT;
    }
    s->state = st;
    s->code = code;
    s->cur_g = NULL;
    vm_flush(vm);
    return st;
}

/* time_limit ends the run: the clock passed the virtual-time limit. */
static RunState time_limit(VM *vm, Sched *s)
{
    char d[40];
    insp_duration_string(s->max_time, d);
    vm->cur = NULL;
    /* the goroutine whose slice ran the clock past the limit is the running one */
    for (int32_t i = 0; s->running_id && i < vm->nallgs; i++)
        if (vm->allgs[i]->id == s->running_id && vm->allgs[i]->status == G_RUNNABLE) vm->cur = vm->allgs[i];
    vm_limit(vm, "--max-time", "virtual time limit of %s exceeded", d);
    vm->cur = NULL;
    return end_run(vm, s, RUN_LIMIT, EXIT_LIMIT);
}

/* run_slice runs s->cur_g for the rest of its time slice (or less: up to
 * virtual time `until` >= 0, or to the next event when stepping by event).
 * Returns RUN_PAUSED while the program goes on. */
static RunState run_slice(VM *vm, Sched *s, int64_t until, int64_t room_left)
{
    G *g = s->cur_g;
    int64_t budget = s->slice_len - s->slice_used;
    if (room_left > 0 && room_left < budget) budget = room_left < 2 ? 2 : room_left;
    if (vm->steps < vm->opt.max_steps && vm->opt.max_steps - vm->steps + 1 < (uint64_t)budget)
        budget = (int64_t)(vm->opt.max_steps - vm->steps + 1);   /* stop at the step limit, not a slice later */
    if (until >= 0) {
        int64_t room = (until - sched_now(vm) + SCHED_NS_PER_STEP - 1) / SCHED_NS_PER_STEP;
        if (room < 2) room = 2;   /* a call re-run after a stop must get past its tick */
        if (room < budget) budget = room;
    }
    uint64_t before = vm->steps;
    vm->pause_req = false;
    swap_in(vm, g);
    s->in_exec = true;
    ExecStatus st = vm_exec(vm, g, budget);
    s->in_exec = false;
    swap_out(vm, g);
    vm->pause_req = false;
    int64_t used = (int64_t)(vm->steps - before);
    bool yielded = (s->yield_req || vm->point_yield) && st == EXEC_YIELD;
    s->yield_req = false;
    vm->point_yield = false;
    if (st == EXEC_YIELD && s->slice_used + used < s->slice_len && !yielded) {
        /* stopped inside the slice (a shorter budget, or an event): a yield at a
         * call re-runs and re-counts it, so give that instruction back */
        if (vm->yield_ctick && used > 0) {
            vm->steps--;
            used--;
        }
        g->rt.cpu_steps += used;
        s->slice_used += used;
        return RUN_PAUSED;
    }
    g->rt.cpu_steps += used;
    s->cur_g = NULL;
    s->slice_used = 0;
    switch (st) {
    case EXEC_YIELD:
        if (!g->rt.in_runq) {
            make_runnable(g);
            runq_push(s, g);
        }
        if (s->ctl) s->ctl->preempted = g->id;   /* CHOICE POINT: end of the time slice */
        return RUN_PAUSED;
    case EXEC_BLOCKED:
        if (g->rt.in_runq) g->status = G_RUNNABLE;
        return RUN_PAUSED;
    case EXEC_DONE:
        if (g != vm->main_g) {
            goexit(vm, s, g);
            return RUN_PAUSED;
        }
        rt_record(vm, EV_GO_END, g, 1, 0, NULL);
        s->main_returned = true;
        settle(vm, s);
        leak_events(vm);
        return end_run(vm, s, RUN_EXITED, 0);
    case EXEC_PANIC: return end_run(vm, s, RUN_PANICKED, 2);
    case EXEC_EXIT:   /* os.Exit ends the program as main's return does: what is left leaked */
        s->main_returned = true;
        settle(vm, s);
        leak_events(vm);
        return end_run(vm, s, RUN_EXITED, vm->exit_code);
    default: return end_run(vm, s, RUN_FATAL, vm->exit_code ? vm->exit_code : 2);
    }
}

RunState rt_step(VM *vm, StepMode mode, int64_t arg)
{
    return rt_step_max(vm, mode, arg, 0);
}

int64_t rt_now(VM *vm) { return sched_now(vm); }

RunState rt_step_max(VM *vm, StepMode mode, int64_t arg, int64_t max_instr)
{
    Sched *s = sched_get(vm);
    if (!s->started) rt_start(vm);
    if (s->state != RUN_PAUSED) return s->state;
    int64_t ev0 = vm->ev_total;
    uint64_t steps0 = vm->steps;
    s->mode = mode;
    if (s->ctl) s->mode = STEP_EVENT;   /* explore: a running goroutine stops after each event */
    insp_refresh_counting(vm, s);
    RunState r = RUN_PAUSED;
    for (;;) {
        if (mode == STEP_EVENT && vm->ev_total > ev0) break;
        if (mode == STEP_UNTIL && sched_now(vm) >= arg) break;
        if (!s->cur_g) {
            /* between slices every goroutine's pc is saved: the leak scan a collection asked for */
            if (vm->leak_scan_due && gc_leak_hook) gc_leak_hook(vm);
            if (sched_now(vm) > s->max_time) { r = time_limit(vm, s); break; }
            fire_due(vm, s);
            G *g = pick(vm, s);
            if (!g && s->ctl && s->ctl->asking) break;   /* the learner's pick (rt/explore.h) */
            if (!g) {
                if (s->nheap > 0) {
                    int64_t when = s->heap[0]->when;
                    if (when > s->max_time) { r = time_limit(vm, s); break; }
                    if (mode == STEP_UNTIL && when > arg) {
                        s->jumped += arg - sched_now(vm);   /* idle until arg */
                        break;
                    }
                    fire_one(vm, s);
                    if (vm->wall_deadline && (vm->cur = NULL, vm_wall_over(vm))) {
                        r = end_run(vm, s, RUN_LIMIT, EXIT_LIMIT);
                        break;
                    }
                    if (vm->steps > vm->opt.max_steps) {
                        vm->cur = NULL;
                        vm_limit(vm, "--max-steps", "step limit of %llu instructions exceeded",
                                 (unsigned long long)vm->opt.max_steps);
                        r = end_run(vm, s, RUN_LIMIT, EXIT_LIMIT);
                        break;
                    }
                    continue;
                }
                vm->cur = NULL;
                deadlock(vm);
                r = end_run(vm, s, RUN_DEADLOCK, 2);
                break;
            }
            s->cur_g = g;
            s->slice_used = 0;
            if (s->running_id != g->id) {
                s->running_id = g->id;
                rt_record(vm, EV_GO_START, g, 0, 0, NULL);
            }
            continue;
        }
        int64_t room = 0;
        if (max_instr > 0) {
            room = max_instr - (int64_t)(vm->steps - steps0);
            if (room <= 0) break;
        }
        int64_t ev_slice = vm->ev_total;
        r = run_slice(vm, s, mode == STEP_UNTIL ? arg : -1, room);
        if (r != RUN_PAUSED) break;
        if (s->ctl && s->cur_g && vm->ev_total > ev_slice) {
            /* CHOICE POINT (explore): after an event the running goroutine
             * goes back to the run queue; pick() decides whether it goes on */
            G *g = s->cur_g;
            make_runnable(g);
            runq_push(s, g);
            s->ctl->preempted = g->id;
            s->cur_g = NULL;
            s->slice_used = 0;
        }
        if (mode == STEP_SLICE && !s->cur_g) break;
    }
    s->mode = STEP_END;
    insp_refresh_counting(vm, s);
    return r;
}

int rt_finish(VM *vm, bool dump)
{
    Sched *s = sched_get(vm);
    vm->cur = NULL;
    if (s->main_returned) leak_report(vm);
    if (dump) {
        Buf b = BUF_INIT;
        buf_puts(&b, "gorolab: goroutines at the end of the run:\n");
        dump_all(vm, &b);
        vm_write(vm, 2, b.data, b.len);
        buf_fini(&b);
    }
    vm_flush(vm);
    return s->code;
}

int rt_run(VM *vm, bool dump)
{
    rt_start(vm);
    rt_step(vm, STEP_END, 0);
    return rt_finish(vm, dump);
}
