/* lib/lib_sync.c: the natives of package sync (src/lib/go/sync.go): the
 * blocking halves of Mutex, RWMutex, WaitGroup and Cond's notifyList.
 *
 * Modelled on Go's sync/mutex.go, rwmutex.go, waitgroup.go and
 * runtime/sema.go's notifyList; the state lives in the Go structs' fields
 * (cells), the wait queues in rt/sema.c, keyed by (object, field slot).
 *
 * Every native that blocks parks at most once, as its last step, and starts
 * by checking g->rt.wake.done: when set, the goroutine was woken by the
 * operation it waited for (rt/sched.h's protocol) and the native completes
 * without redoing its work. One native call is atomic: the scheduler only
 * switches goroutines between instructions.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include "base/buf.h"
#include "base/xalloc.h"
#include "lib/stdlib.h"
#include "rt/sched.h"
#include "rt/sema.h"
#include "rt/hb.h"
#include "rt/race.h"

/* Mutex.state bits (Go's mutexLocked, mutexWoken, mutexStarving). */
enum { MUTEX_LOCKED = 1, MUTEX_WOKEN = 2, MUTEX_STARVING = 4 };
/* Go's starvationThresholdNs: a waiter that waited this long (virtual
 * time) switches the mutex to starvation mode. */
#define STARVATION_NS 1000000
/* wake.which codes from Unlock. */
enum { WAKE_RETRY = 0, WAKE_HANDOFF = 1 };

/* Field slots. */
enum { MU_STATE = 0, MU_SEMA = 1 };
enum { RW_W = 0, RW_WRITER_SEM = 1, RW_READER_SEM = 2, RW_READER_COUNT = 3, RW_READER_WAIT = 4 };
enum { WG_COUNTER = 0, WG_WAITERS = 1, WG_SEMA = 2 };
enum { NL_WAIT = 0, NL_NOTIFY = 1 };

#define RWMUTEX_MAX_READERS (1 << 30)

/* cells returns the struct behind pointer p, or NULL after starting Go's nil
 * dereference panic. */
static ObjCells *cells(VM *vm, Value p)
{
    if (p.o) return (ObjCells *)p.o;
    vm_panic_runtime(vm, "invalid memory address or nil pointer dereference");
    if (vm->cur && vm->cur->panic) vm->cur->panic->sigsegv = true;
    return NULL;
}

/* woken consumes a pending wake-up: true when g was readied by the
 * operation it parked for. */
static bool woken(G *g)
{
    if (!g->rt.wake.done) return false;
    g->rt.wake.done = false;
    return true;
}

static int64_t i32(int64_t v) { return (int32_t)(uint32_t)(uint64_t)v; }
static int64_t u32(int64_t v) { return (int64_t)(uint32_t)(uint64_t)v; }

/* semacquire: Go's runtime_Semacquire on the uint32 counter in slot `slot`:
 * takes a token or parks. Returns true when acquired now. */
static bool semacquire(VM *vm, G *g, ObjCells *o, uint32_t slot, WaitReason why)
{
    if (o->v[slot].i > 0) {
        o->v[slot].i--;
        return true;
    }
    SemaKey k = {o, slot};
    sema_acquire(vm, g, k, why);
    return false;
}

/* semrelease: hands a token to the first waiter, or keeps it in the counter. */
static void semrelease(VM *vm, ObjCells *o, uint32_t slot)
{
    SemaKey k = {o, slot};
    if (sema_release(vm, k, false, WAKE_HANDOFF) == 0) o->v[slot].i = u32(o->v[slot].i + 1);
}

/* sync_fatal ends the run with Go's sync.fatal (vm_fatal_user). */
static NatStatus sync_fatal(VM *vm, const char *msg) { return vm_fatal_user(vm, msg); }

/* ---- Mutex ------------------------------------------------------------------ */

static void mutex_count_waiters(VM *vm, ObjCells *m)
{
    SemaKey k = {m, MU_SEMA};
    m->v[MU_SEMA] = val_int(sema_waiters(vm, k));
}

/* mutex_lock: Go's Lock/lockSlow. Returns NAT_OK or NAT_BLOCK. */
static NatStatus mutex_lock(VM *vm, G *g, ObjCells *m)
{
    int64_t *st = &m->v[MU_STATE].i;
    SemaKey k = {m, MU_SEMA};
    if (woken(g)) {
        int64_t since = g->rt.wake.value.i;
        g->rt.wake.value = val_zero();
        int64_t waited = sched_now(vm) - since;
        if (g->rt.wake.which == WAKE_HANDOFF) {
            /* starvation mode: Unlock left the mutex locked for us; leave the
             * mode when we did not wait long or nobody else waits */
            if (waited < STARVATION_NS || sema_waiters(vm, k) == 0) *st &= ~MUTEX_STARVING;
            mutex_count_waiters(vm, m);
            return NAT_OK;
        }
        *st &= ~MUTEX_WOKEN;
        if (!(*st & MUTEX_LOCKED)) {
            *st |= MUTEX_LOCKED;
            mutex_count_waiters(vm, m);
            return NAT_OK;
        }
        /* lost the race against a newcomer: back to the front of the queue */
        if (waited > STARVATION_NS) *st |= MUTEX_STARVING;
        sema_acquire_ex(vm, g, k, WAIT_SYNC_MUTEX_LOCK, true, since, 0);
        mutex_count_waiters(vm, m);
        return NAT_BLOCK;
    }
    if (!(*st & MUTEX_LOCKED)) {
        *st |= MUTEX_LOCKED;
        return NAT_OK;
    }
    sema_acquire(vm, g, k, WAIT_SYNC_MUTEX_LOCK);
    mutex_count_waiters(vm, m);
    return NAT_BLOCK;
}

/* mutex_unlock: Go's Unlock/unlockSlow. */
static NatStatus mutex_unlock(VM *vm, ObjCells *m)
{
    int64_t *st = &m->v[MU_STATE].i;
    SemaKey k = {m, MU_SEMA};
    if (!(*st & MUTEX_LOCKED)) return sync_fatal(vm, "sync: unlock of unlocked mutex");
    int n = sema_waiters(vm, k);
    if ((*st & MUTEX_STARVING) && n > 0) {
        sema_release(vm, k, false, WAKE_HANDOFF);   /* stays locked: ownership passes */
        mutex_count_waiters(vm, m);
        sched_yield_to_next(vm);   /* Go's goyield: the waiter runs at once, before we can queue again */
        return NAT_OK;
    }
    *st &= ~(MUTEX_LOCKED | MUTEX_STARVING);
    if (n > 0 && !(*st & MUTEX_WOKEN)) {
        *st |= MUTEX_WOKEN;
        sema_release(vm, k, false, WAKE_RETRY);
        mutex_count_waiters(vm, m);
    }
    return NAT_OK;
}

static NatStatus n_mutex_lock(VM *vm, Value *a, Value *r)
{
    (void)r;
    ObjCells *m = cells(vm, a[0]);
    if (!m) return NAT_PANIC;
    return mutex_lock(vm, vm->cur, m);
}

static NatStatus n_mutex_trylock(VM *vm, Value *a, Value *r)
{
    ObjCells *m = cells(vm, a[0]);
    if (!m) return NAT_PANIC;
    int64_t *st = &m->v[MU_STATE].i;
    bool ok = !(*st & (MUTEX_LOCKED | MUTEX_STARVING));
    if (ok) *st |= MUTEX_LOCKED;
    r[0] = val_bool(ok);
    return NAT_OK;
}

static NatStatus n_mutex_unlock(VM *vm, Value *a, Value *r)
{
    (void)r;
    ObjCells *m = cells(vm, a[0]);
    if (!m) return NAT_PANIC;
    return mutex_unlock(vm, m);
}

/* ---- RWMutex ------------------------------------------------------------------ */

static NatStatus n_rw_rlock(VM *vm, Value *a, Value *r)
{
    (void)r;
    ObjCells *rw = cells(vm, a[0]);
    if (!rw) return NAT_PANIC;
    G *g = vm->cur;
    if (woken(g)) return NAT_OK;
    Value *rc = &rw->v[RW_READER_COUNT];
    rc->i = i32(rc->i + 1);
    if (rc->i < 0) {   /* a writer is pending: wait for it */
        if (!semacquire(vm, g, rw, RW_READER_SEM, WAIT_SYNC_RWMUTEX_RLOCK)) return NAT_BLOCK;
    }
    return NAT_OK;
}

static NatStatus n_rw_tryrlock(VM *vm, Value *a, Value *r)
{
    ObjCells *rw = cells(vm, a[0]);
    if (!rw) return NAT_PANIC;
    Value *rc = &rw->v[RW_READER_COUNT];
    bool ok = rc->i >= 0;
    if (ok) rc->i = i32(rc->i + 1);
    r[0] = val_bool(ok);
    return NAT_OK;
}

static NatStatus n_rw_runlock(VM *vm, Value *a, Value *r)
{
    (void)r;
    ObjCells *rw = cells(vm, a[0]);
    if (!rw) return NAT_PANIC;
    Value *rc = &rw->v[RW_READER_COUNT];
    rc->i = i32(rc->i - 1);
    int64_t c = rc->i;
    if (c < 0) {
        if (c + 1 == 0 || c + 1 == -RWMUTEX_MAX_READERS)
            return sync_fatal(vm, "sync: RUnlock of unlocked RWMutex");
        Value *rwait = &rw->v[RW_READER_WAIT];
        rwait->i = i32(rwait->i - 1);
        if (rwait->i == 0) semrelease(vm, rw, RW_WRITER_SEM);   /* the last reader unblocks the writer */
    }
    return NAT_OK;
}

static NatStatus n_rw_lockslow(VM *vm, Value *a, Value *r)
{
    (void)r;
    ObjCells *rw = cells(vm, a[0]);
    if (!rw) return NAT_PANIC;
    G *g = vm->cur;
    if (woken(g)) return NAT_OK;
    Value *rc = &rw->v[RW_READER_COUNT];
    rc->i = i32(rc->i - RWMUTEX_MAX_READERS);
    int64_t readers = rc->i + RWMUTEX_MAX_READERS;
    if (readers != 0) {
        Value *rwait = &rw->v[RW_READER_WAIT];
        rwait->i = i32(rwait->i + readers);
        if (rwait->i != 0 && !semacquire(vm, g, rw, RW_WRITER_SEM, WAIT_SYNC_RWMUTEX_LOCK))
            return NAT_BLOCK;
    }
    return NAT_OK;
}

static NatStatus n_rw_trywriterlock(VM *vm, Value *a, Value *r)
{
    ObjCells *rw = cells(vm, a[0]);
    if (!rw) return NAT_PANIC;
    Value *rc = &rw->v[RW_READER_COUNT];
    bool ok = rc->i == 0;
    if (ok) rc->i = -RWMUTEX_MAX_READERS;
    r[0] = val_bool(ok);
    return NAT_OK;
}

static NatStatus n_rw_unlockslow(VM *vm, Value *a, Value *r)
{
    (void)r;
    ObjCells *rw = cells(vm, a[0]);
    if (!rw) return NAT_PANIC;
    Value *rc = &rw->v[RW_READER_COUNT];
    if (rc->i + RWMUTEX_MAX_READERS >= RWMUTEX_MAX_READERS)
        return sync_fatal(vm, "sync: Unlock of unlocked RWMutex");
    rc->i = i32(rc->i + RWMUTEX_MAX_READERS);
    for (int64_t i = 0; i < rc->i; i++) semrelease(vm, rw, RW_READER_SEM);
    return NAT_OK;
}

/* ---- WaitGroup ------------------------------------------------------------------ */

static NatStatus n_wg_add(VM *vm, Value *a, Value *r)
{
    (void)r;
    ObjCells *wg = cells(vm, a[0]);
    if (!wg) return NAT_PANIC;
    int64_t delta = a[1].i;
    Value *cnt = &wg->v[WG_COUNTER], *w = &wg->v[WG_WAITERS];
    cnt->i = i32(cnt->i + delta);   /* Go keeps the counter in 32 bits */
    if (cnt->i < 0) return vm_panic_string(vm, "sync: negative WaitGroup counter");
    if (delta > 0 && cnt->i == delta && w->i != 0)
        return vm_panic_string(vm, "sync: WaitGroup misuse: Add called concurrently with Wait");
    if (cnt->i > 0 || w->i == 0) return NAT_OK;
    w->i = 0;
    SemaKey k = {wg, WG_SEMA};
    sema_release(vm, k, true, WAKE_HANDOFF);
    return NAT_OK;
}

static NatStatus n_wg_wait(VM *vm, Value *a, Value *r)
{
    (void)r;
    ObjCells *wg = cells(vm, a[0]);
    if (!wg) return NAT_PANIC;
    G *g = vm->cur;
    if (woken(g)) return NAT_OK;
    if (wg->v[WG_COUNTER].i == 0) return NAT_OK;
    wg->v[WG_WAITERS].i = i32(wg->v[WG_WAITERS].i + 1);
    int minor = vm->opt.go_minor;
    WaitReason why = minor == 0 || minor >= 25 ? WAIT_SYNC_WAITGROUP_WAIT : WAIT_SEMACQUIRE;
    SemaKey k = {wg, WG_SEMA};
    sema_acquire(vm, g, k, why);
    return NAT_BLOCK;
}

/* ---- notifyList (Cond) ---------------------------------------------------------- */

static bool ticket_less(uint32_t a, uint32_t b) { return (int32_t)(a - b) < 0; }

static NatStatus n_nl_add(VM *vm, Value *a, Value *r)
{
    ObjCells *l = cells(vm, a[0]);
    if (!l) return NAT_PANIC;
    uint32_t t = (uint32_t)l->v[NL_WAIT].u;
    l->v[NL_WAIT] = val_int(u32(t + 1));
    r[0] = val_int(t);
    return NAT_OK;
}

static NatStatus n_nl_wait(VM *vm, Value *a, Value *r)
{
    (void)r;
    ObjCells *l = cells(vm, a[0]);
    if (!l) return NAT_PANIC;
    G *g = vm->cur;
    if (woken(g)) return NAT_OK;
    uint32_t t = (uint32_t)a[1].u;
    if (ticket_less(t, (uint32_t)l->v[NL_NOTIFY].u)) return NAT_OK;   /* already notified */
    SemaKey k = {l, 0};
    sema_acquire_ex(vm, g, k, WAIT_SYNC_COND_WAIT, false, sched_now(vm), t);
    return NAT_BLOCK;
}

static NatStatus n_nl_notify_one(VM *vm, Value *a, Value *r)
{
    (void)r;
    ObjCells *l = cells(vm, a[0]);
    if (!l) return NAT_PANIC;
    uint32_t wait = (uint32_t)l->v[NL_WAIT].u, notify = (uint32_t)l->v[NL_NOTIFY].u;
    if (wait == notify) return NAT_OK;
    l->v[NL_NOTIFY] = val_int(u32(notify + 1));
    SemaKey k = {l, 0};
    sema_release_ticket(vm, k, notify, WAKE_HANDOFF);   /* not parked yet: it will see the ticket */
    return NAT_OK;
}

static NatStatus n_nl_notify_all(VM *vm, Value *a, Value *r)
{
    (void)r;
    ObjCells *l = cells(vm, a[0]);
    if (!l) return NAT_PANIC;
    if (l->v[NL_WAIT].u == l->v[NL_NOTIFY].u) return NAT_OK;
    l->v[NL_NOTIFY] = l->v[NL_WAIT];
    SemaKey k = {l, 0};
    sema_release(vm, k, true, WAKE_HANDOFF);
    return NAT_OK;
}

/* ---- happens-before edges (rt/hb.h: --race and lab.order) -----------------------
 * Each lock-like object has one clock (RACE_SLOT_SYNC): an unlock (Unlock,
 * WaitGroup.Done) joins the goroutine's clock into it, a lock that succeeds
 * (Lock, Wait returning) joins it into the goroutine's. An RWMutex has two,
 * as Go's rwmutex.go annotates them: readerSem (RACE_SLOT_RSEM: Unlock
 * releases it, RLock and Lock acquire it) and writerSem (RACE_SLOT_WSEM:
 * RUnlock releases it, Lock acquires it). Readers are thus not ordered among
 * themselves: two goroutines writing under RLock race. Cond and Once are Go
 * code over these and sync/atomic. */

#define RACE_WRAP_ACQ(name, base, slot, slot2, ev)                         \
    static NatStatus name(VM *vm, Value *a, Value *r)                      \
    {                                                                      \
        NatStatus st = base(vm, a, r);                                     \
        bool got = st == NAT_OK && (r == NULL || r[0].i != 0 || !is_try);  \
        if (got && a[0].o) {                                               \
            hb_acquire(vm, vm->cur, a[0].o, slot, ev);                     \
            if (slot2) hb_acquire(vm, vm->cur, a[0].o, slot2, ev);         \
        }                                                                  \
        return st;                                                         \
    }
#define RACE_WRAP_REL(name, base, slot, ev)                                \
    static NatStatus name(VM *vm, Value *a, Value *r)                      \
    {                                                                      \
        if (a[0].o) hb_release(vm, vm->cur, a[0].o, slot, ev);             \
        return base(vm, a, r);                                             \
    }

/* ev: insp_after_native records the operation's event right after the
 * native (Mutex, WaitGroup): the edge belongs to that event (rt/hb.h). */
#define is_try false
RACE_WRAP_ACQ(r_mutex_lock, n_mutex_lock, RACE_SLOT_SYNC, 0, true)
RACE_WRAP_ACQ(r_rw_rlock, n_rw_rlock, RACE_SLOT_RSEM, 0, false)
RACE_WRAP_ACQ(r_rw_lockslow, n_rw_lockslow, RACE_SLOT_RSEM, RACE_SLOT_WSEM, false)
RACE_WRAP_ACQ(r_wg_wait, n_wg_wait, RACE_SLOT_SYNC, 0, true)
#undef is_try
#define is_try true
RACE_WRAP_ACQ(r_mutex_trylock, n_mutex_trylock, RACE_SLOT_SYNC, 0, true)
RACE_WRAP_ACQ(r_rw_tryrlock, n_rw_tryrlock, RACE_SLOT_RSEM, 0, false)
RACE_WRAP_ACQ(r_rw_trywriterlock, n_rw_trywriterlock, RACE_SLOT_RSEM, RACE_SLOT_WSEM, false)
#undef is_try
RACE_WRAP_REL(r_mutex_unlock, n_mutex_unlock, RACE_SLOT_SYNC, true)
RACE_WRAP_REL(r_rw_runlock, n_rw_runlock, RACE_SLOT_WSEM, false)
RACE_WRAP_REL(r_rw_unlockslow, n_rw_unlockslow, RACE_SLOT_RSEM, false)

static NatStatus r_wg_add(VM *vm, Value *a, Value *r)
{
    if (a[0].o && a[1].i < 0) hb_release(vm, vm->cur, a[0].o, RACE_SLOT_SYNC, true);
    return n_wg_add(vm, a, r);
}

const NativeDef lib_sync_natives[] = {
    {"sync.Mutex.Lock", r_mutex_lock},
    {"sync.Mutex.TryLock", r_mutex_trylock},
    {"sync.Mutex.Unlock", r_mutex_unlock},
    {"sync.RWMutex.RLock", r_rw_rlock},
    {"sync.RWMutex.TryRLock", r_rw_tryrlock},
    {"sync.RWMutex.RUnlock", r_rw_runlock},
    {"sync.RWMutex.lockSlow", r_rw_lockslow},
    {"sync.RWMutex.tryWriterLock", r_rw_trywriterlock},
    {"sync.RWMutex.unlockSlow", r_rw_unlockslow},
    {"sync.WaitGroup.Add", r_wg_add},
    {"sync.WaitGroup.Wait", r_wg_wait},
    {"sync.runtime_notifyListAdd", n_nl_add},
    {"sync.runtime_notifyListWait", n_nl_wait},
    {"sync.runtime_notifyListNotifyOne", n_nl_notify_one},
    {"sync.runtime_notifyListNotifyAll", n_nl_notify_all},
    {NULL, NULL},
};
