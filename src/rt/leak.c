/* rt/leak.c: goroutines that can never run again, proved by the collector.
 *
 * Go keeps quiet about a goroutine blocked forever; Go 1.25's experimental
 * goroutine-leak profile finds them with the garbage collector, and so does
 * gorolab, at every collection: mark the heap from every root except the
 * stacks of goroutines blocked on a channel or a sync primitive; then, until
 * nothing changes, a blocked goroutine whose channel (or mutex, WaitGroup,
 * cond) got marked could still be woken: mark its stack too. Whatever stays
 * blocked on unmarked objects is leaked for certain: nothing that can run will
 * ever reach what it waits on. Goroutines blocked on nil channels or in an
 * empty select are leaked as soon as they block. Each leak is reported once,
 * on standard error, in goleak's shape. Sleeping goroutines are never leaks.
 */
#include "rt/leak.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xalloc.h"
#include "rt/chan.h"
#include "rt/inspect.h"
#include "vm/gc.h"

static bool blocked_on_objects(const G *g)
{
    if (g->status != G_WAITING) return false;
    switch (g->rt.reason) {
    case WAIT_CHAN_RECEIVE: case WAIT_CHAN_SEND: case WAIT_CHAN_RECEIVE_NIL: case WAIT_CHAN_SEND_NIL:
    case WAIT_SELECT: case WAIT_SELECT_NO_CASES: case WAIT_SEMACQUIRE: case WAIT_SYNC_COND_WAIT:
    case WAIT_SYNC_MUTEX_LOCK: case WAIT_SYNC_RWMUTEX_RLOCK: case WAIT_SYNC_RWMUTEX_LOCK:
    case WAIT_SYNC_WAITGROUP_WAIT:
        return true;
    default:
        return false;
    }
}

/* can_be_woken: after marking, whether something that can run reaches what g waits on. */
static bool can_be_woken(const G *g)
{
    switch (g->rt.reason) {
    case WAIT_CHAN_RECEIVE_NIL: case WAIT_CHAN_SEND_NIL: case WAIT_SELECT_NO_CASES:
        return false;
    case WAIT_CHAN_RECEIVE: case WAIT_CHAN_SEND: case WAIT_SELECT:
        for (int32_t i = 0; i < g->rt.nwaiters; i++) {
            const ObjChan *c = g->rt.waiters[i].c;
            if (c && c->hdr.marked) return true;
        }
        return false;
    default: {
        const Obj *o = g->rt.waiting_on;
        return !o || o->marked || o->permanent;
    }
    }
}

static int by_id(const void *a, const void *b)
{
    int64_t x = (*(G *const *)a)->id, y = (*(G *const *)b)->id;
    return (x > y) - (x < y);
}

void leak_live(VM *vm, bool *live)
{
    int32_t n = vm->nallgs;
    gc_mark_common_roots(vm);
    for (int32_t i = 0; i < n; i++) {
        G *g = vm->allgs[i];
        live[i] = false;
        if (blocked_on_objects(g)) continue;
        live[i] = true;
        gc_mark_goroutine_live(vm, g);
    }
    gc_drain(vm);
    for (bool changed = true; changed;) {
        changed = false;
        for (int32_t i = 0; i < n; i++) {
            if (live[i] || !can_be_woken(vm->allgs[i])) continue;
            live[i] = true;
            gc_mark_goroutine_live(vm, vm->allgs[i]);
            gc_drain(vm);
            changed = true;
        }
    }
}

static void leak_scan(VM *vm)
{
    vm->leak_scan_due = false;
    int32_t n = vm->nallgs;
    bool any = false;
    for (int32_t i = 0; i < n && !any; i++) any = blocked_on_objects(vm->allgs[i]) && !vm->allgs[i]->rt.leak_reported;
    if (!any) return;
    bool *live = xcalloc((size_t)n, sizeof *live);
    leak_live(vm, live);
    gc_unmark_all(vm);
    G **found = xmalloc((size_t)n * sizeof *found);
    int32_t nf = 0;
    for (int32_t i = 0; i < n; i++) {
        G *g = vm->allgs[i];
        if (live[i] || g->rt.leak_reported) continue;
        found[nf++] = g;
    }
    if (nf > 1) qsort(found, (size_t)nf, sizeof *found, by_id);
    for (int32_t i = 0; i < nf; i++) {
        G *g = found[i];
        g->rt.leak_reported = true;
        const ObjChan *c = g->rt.nwaiters ? g->rt.waiters[0].c : NULL;
        insp_record_named(vm, EV_LEAK, g, c ? c->id : 0, 1, c ? c->name : NULL);   /* b = 1: found while running */
    }
    if (nf > 0) {   /* each leak once, in goleak's shape, identical ones together */
        Buf b = BUF_INIT;
        sched_leak_blocks(vm, found, nf, true, &b);
        vm_write(vm, 2, b.data, b.len);
        buf_fini(&b);
    }
    free(found);
    free(live);
}

void leak_install(void) { gc_leak_hook = leak_scan; }
