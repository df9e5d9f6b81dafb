/* rt/chan.c: Go channels and select, after Go's runtime/chan.go and select.go.
 *
 * One virtual CPU, so no locks: an operation either completes at once
 * (direct hand-off to a parked peer, or through the ring buffer) or parks the
 * goroutine on the channel's queue with a Waiter (Go's sudog) and returns
 * CHAN_PARKED. The peer that completes it fills g->rt.wake, dequeues every
 * Waiter of that goroutine (a select waits on several queues) and readies it.
 */
#include "rt/chan.h"
#include "rt/explore.h"
#include "rt/sched_priv.h"
#include "rt/leak.h"
#include "rt/hb.h"
#include "rt/race.h"

#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "lang/types.h"
#include "rt/inspect.h"
#include "rt/sched.h"
#include "vm/gc.h"

#define MAX_CHAN_BYTES ((int64_t)1 << 48)   /* Go's maxAlloc */

/* ---- queues ---- */

static void q_push(WaiterQ *q, Waiter *w)
{
    w->next = NULL;
    w->prev = q->last;
    if (q->last) q->last->next = w;
    else q->first = w;
    q->last = w;
}

static void q_remove(WaiterQ *q, Waiter *w)
{
    if (w->prev) w->prev->next = w->next;
    else q->first = w->next;
    if (w->next) w->next->prev = w->prev;
    else q->last = w->prev;
    w->next = w->prev = NULL;
}

void chan_release_waiters(G *g)
{
    for (int32_t i = 0; i < g->rt.nwaiters; i++) {
        Waiter *w = &g->rt.waiters[i];
        if (w->c) q_remove(w->is_send ? &w->c->sendq : &w->c->recvq, w);
        w->c = NULL;
        w->elem = val_zero();
    }
    g->rt.nwaiters = 0;
}

/* new_waiters makes room for n waiters of g (none may be queued). */
static Waiter *new_waiters(G *g, int32_t n)
{
    if (n > g->rt.capwaiters) {
        g->rt.capwaiters = n;   /* one for a send or receive; a select's case count */
        g->rt.waiters = xrealloc(g->rt.waiters, (size_t)g->rt.capwaiters * sizeof(Waiter));
    }
    if (n > 0) memset(g->rt.waiters, 0, (size_t)n * sizeof(Waiter));
    g->rt.nwaiters = 0;
    return g->rt.waiters;
}

/* pop_waiter removes the first waiter of q and every other waiter of its G. */
static Waiter *pop_waiter(WaiterQ *q, Waiter *copy)
{
    Waiter *w = q->first;
    if (!w) return NULL;
    *copy = *w;
    chan_release_waiters(w->g);
    return copy;
}

/* wake hands a result to the goroutine of waiter w and readies it. */
static void wake(VM *vm, const Waiter *w, bool ok, Value v)
{
    G *g = w->g;
    if (g->rt.reason == WAIT_SELECT) insp_record_named(vm, EV_SELECT, g, w->which, w->c ? w->c->id : 0, w->c ? w->c->name : NULL);
    g->rt.wake.done = true;
    g->rt.wake.ok = ok;
    g->rt.wake.which = w->which;
    g->rt.wake.value = v;
    sched_ready(vm, g);
}

/* ---- values ---- */

static Type *elem_type(const ObjChan *c)
{
    Type *t = c->type;
    if (t && t->under) t = t->under;
    return t ? t->elem : NULL;
}

static Value zero_elem(VM *vm, const ObjChan *c)
{
    Type *et = elem_type(c);
    return et ? val_zero_of(vm, et) : val_zero();
}

/* copy_elem copies an aggregate so sender and receiver never share it. */
static Value clone_elem(VM *vm, const ObjChan *c, Value v)
{
    Type *et = elem_type(c);
    if (et && type_agg(et) && v.o) return val_clone(vm, et, v);
    return v;
}

static inline Value copy_elem(VM *vm, const ObjChan *c, Value v)
{
    return VAL_IS_REF(v) ? clone_elem(vm, c, v) : v;   /* a scalar: nothing to share */
}

/* ---- make, len, GC ---- */

ObjChan *chan_make(VM *vm, Type *t, int64_t cap)
{
    ObjChan *c = gc_alloc(vm, OBJ_CHAN, sizeof(ObjChan) + (size_t)cap * sizeof(Value));
    c->type = t;
    c->cap = cap;
    c->buf = cap ? (Value *)(c + 1) : NULL;
    c->id = ++vm->next_chan_id;
    G *g = vm->cur;
    if (g && g->nframes > 0) {   /* made_at: the MAKECHAN instruction (its pc was saved past it) */
        const Frame *f = &g->frames[g->nframes - 1];
        const Proto *p = f->proto;
        int64_t i = f->pc ? f->pc - p->code - 1 : 0;
        if (i < 0) i = 0;
        c->made_at.file = (uint16_t)p->pos.file;
        c->made_at.line = p->lines && i < p->ncode ? (uint32_t)p->lines[i] : p->pos.line;
        static const char std[] = "$GOROOT/src/";
        for (int k = g->nframes - 1; k >= 0; k--) {   /* the first frame outside the standard library */
            const Frame *fk = &g->frames[k];
            int32_t file = fk->proto->pos.file;
            const char *name = file >= 0 && file < vm->prog->nfiles ? vm->prog->files[file] : NULL;
            if (name && strncmp(name, std, sizeof std - 1) == 0) continue;
            if (k == g->nframes - 1) break;   /* made in the learner's code: made_at says it */
            int64_t j = fk->pc ? fk->pc - fk->proto->code - 1 : 0;
            if (j < 0) j = 0;
            c->user_at.file = (uint16_t)file;
            c->user_at.line = fk->proto->lines && j < fk->proto->ncode ? (uint32_t)fk->proto->lines[j] : fk->proto->pos.line;
            break;
        }
    }
    insp_record_named(vm, EV_CHAN_MAKE, g, c->id, cap, c->name);
    return c;
}

int64_t chan_len(const ObjChan *c)
{
    return c ? c->count : 0;
}

static int64_t hook_len(Obj *o, bool want_cap)
{
    ObjChan *c = (ObjChan *)o;
    if (o->flags & OBJF_TIMERCHAN) return 0;
    return want_cap ? c->cap : c->count;
}

static void hook_trace(VM *vm, Obj *o)
{
    ObjChan *c = (ObjChan *)o;
    for (int64_t i = 0, k = c->recvx; i < c->count; i++, k = (k + 1 == c->cap ? 0 : k + 1))
        gc_mark_value(vm, c->buf[k]);
}

void chan_mark_waiters(VM *vm, G *g)
{
    for (int32_t i = 0; i < g->rt.nwaiters; i++) gc_mark_value(vm, g->rt.waiters[i].elem);
}

void chan_install(void)
{
    gc_trace_hook = hook_trace;
    vm_chan_len = hook_len;
    leak_install();   /* collections also find goroutines blocked forever */
}

/* ---- send and receive ---- */

static void park_one(VM *vm, G *g, ObjChan *c, bool is_send, Value v)
{
    Waiter *w = new_waiters(g, 1);
    w->g = g;
    w->c = c;
    w->is_send = is_send;
    w->elem = is_send ? v : val_zero();
    g->rt.nwaiters = 1;
    q_push(is_send ? &c->sendq : &c->recvq, w);
    g->rt.wake = (Wake){0};
    sched_park(vm, g, is_send ? WAIT_CHAN_SEND : WAIT_CHAN_RECEIVE, c);
}

/* send_ready: c can take a value now (or panics: closed). */
static bool send_ready(const ObjChan *c)
{
    return c && (c->closed || c->recvq.first || c->count < c->cap);
}

static bool recv_ready(const ObjChan *c)
{
    return c && (c->count > 0 || c->sendq.first || c->closed);
}

/* do_send completes a send on a ready, open channel; v already copied. */
static void do_send(VM *vm, ObjChan *c, Value v)
{
    Waiter wc;
    Waiter *w = pop_waiter(&c->recvq, &wc);
    rt_record(vm, EV_CHAN_SEND, vm->cur, c->id, 0, c->name);
    if (w) {
        rt_record(vm, EV_CHAN_RECV, w->g, c->id, 1, c->name);
        if (c->cap == 0) {
            hb_pair(vm, vm->cur, w->g);   /* the hand-off orders both sides */
        } else {
            /* as Go's send(): the value passes through slot recvx, so the
             * receive is ordered before send k+cap, not before this one */
            hb_slot_acqrel(vm, vm->cur, c, &c->race, (uint32_t)c->recvx);
            hb_slot_acqrel(vm, w->g, c, &c->race, (uint32_t)c->recvx);
            if (++c->recvx == c->cap) c->recvx = 0;
            c->sendx = c->recvx;
        }
        wake(vm, w, true, v);
        return;
    }
    hb_slot_acqrel(vm, vm->cur, c, &c->race, (uint32_t)c->sendx);   /* slot k's receive before send k+cap */
    c->buf[c->sendx] = v;
    if (++c->sendx == c->cap) c->sendx = 0;
    c->count++;
}

/* do_recv completes a receive on a ready channel. May allocate (zero value). */
static void do_recv(VM *vm, ObjChan *c, Value *out, bool *ok)
{
    Waiter wc;
    Waiter *w = pop_waiter(&c->sendq, &wc);
    if (w) {
        rt_record(vm, EV_CHAN_RECV, vm->cur, c->id, 1, c->name);
        rt_record(vm, EV_CHAN_SEND, w->g, c->id, 0, c->name);
        if (c->cap == 0) {
            hb_pair(vm, vm->cur, w->g);
            *out = w->elem;
        } else {
            hb_slot_acqrel(vm, vm->cur, c, &c->race, (uint32_t)c->recvx);
            hb_slot_acqrel(vm, w->g, c, &c->race, (uint32_t)c->recvx);   /* the parked sender's value enters the slot */
            /* the buffer is full: take its head, the sender's value goes to the tail */
            *out = c->buf[c->recvx];
            c->buf[c->recvx] = w->elem;
            if (++c->recvx == c->cap) c->recvx = 0;
            c->sendx = c->recvx;
        }
        *ok = true;
        wake(vm, w, true, val_zero());
        return;
    }
    rt_record(vm, EV_CHAN_RECV, vm->cur, c->id, c->count > 0, c->name);
    if (c->count > 0) {
        hb_slot_acqrel(vm, vm->cur, c, &c->race, (uint32_t)c->recvx);
        *out = c->buf[c->recvx];
        c->buf[c->recvx] = val_zero();
        if (++c->recvx == c->cap) c->recvx = 0;
        c->count--;
        *ok = true;
        return;
    }
    /* closed and drained */
    hb_acquire(vm, vm->cur, c, RACE_SLOT_CLOSE, false);
    *ok = false;
    *out = zero_elem(vm, c);
}

ChanResult chan_send(VM *vm, G *g, ObjChan *c, Value v)
{
    if (!c) {
        g->rt.nwaiters = 0;
        sched_park(vm, g, WAIT_CHAN_SEND_NIL, NULL);
        return CHAN_PARKED;
    }
    if (c->closed) {
        vm_panic_plain(vm, "send on closed channel");
        return CHAN_PANICKED;
    }
    if (send_ready(c)) {
        do_send(vm, c, copy_elem(vm, c, v));
        return CHAN_DONE;
    }
    park_one(vm, g, c, true, copy_elem(vm, c, v));
    return CHAN_PARKED;
}

ChanResult chan_recv(VM *vm, G *g, ObjChan *c, Value *out, bool *ok)
{
    if (!c) {
        g->rt.nwaiters = 0;
        sched_park(vm, g, WAIT_CHAN_RECEIVE_NIL, NULL);
        return CHAN_PARKED;
    }
    if (recv_ready(c)) {
        do_recv(vm, c, out, ok);
        return CHAN_DONE;
    }
    park_one(vm, g, c, false, val_zero());
    return CHAN_PARKED;
}

ChanResult chan_close(VM *vm, G *g, ObjChan *c)
{
    (void)g;
    if (!c) {
        vm_panic_plain(vm, "close of nil channel");
        return CHAN_PANICKED;
    }
    if (c->closed) {
        vm_panic_plain(vm, "close of closed channel");
        return CHAN_PANICKED;
    }
    c->closed = true;
    hb_release(vm, g, c, RACE_SLOT_CLOSE, true);   /* with the close event, next */
    insp_record_named(vm, EV_CHAN_CLOSE, g, c->id, 0, c->name);
    Waiter wc;
    Waiter *w;
    /* every receiver gets the zero value and ok == false; the woken goroutine's
     * wake.value roots its zero while the next one is allocated */
    while ((w = pop_waiter(&c->recvq, &wc)) != NULL) {
        G *wg = w->g;
        insp_record_named(vm, EV_CHAN_RECV, wg, c->id, 0, c->name);
        hb_acquire(vm, wg, c, RACE_SLOT_CLOSE, false);
        wake(vm, w, false, val_zero());
        wg->rt.wake.value = zero_elem(vm, c);
    }
    /* every sender panics when it runs again */
    while ((w = pop_waiter(&c->sendq, &wc)) != NULL) wake(vm, w, false, val_zero());
    return CHAN_DONE;
}

/* ---- select ---- */

ChanResult chan_select(VM *vm, G *g, SelectCase *cases, int n, bool has_default, int *chosen,
                       Value *recv, bool *ok)
{
    *recv = val_zero();
    *ok = false;
    /* Go's pollorder: a random permutation; the first ready case wins, so the
     * choice is uniform among the ready ones */
    int small[64];
    int *order = n <= 64 ? small : xmalloc((size_t)n * sizeof(int));
    for (int i = 0; i < n; i++) {
        int j = (int)(vm_rand(vm) % (uint64_t)(i + 1));
        order[i] = order[j];
        order[j] = i;
    }
    int pick = -1;
    for (int k = 0; k < n; k++) {
        SelectCase *sc = &cases[order[k]];
        if (sc->is_send ? send_ready(sc->chan) : recv_ready(sc->chan)) {
            pick = order[k];
            break;
        }
    }
    if (order != small) free(order);
    ScheduleCtl *ctl = sched_get(vm)->ctl;
    if (ctl && pick >= 0) {   /* a schedule may force the case (rt/explore.h) */
        int ready[16], nr = 0;
        for (int i = 0; i < n && nr < 16; i++)
            if (cases[i].chan && (cases[i].is_send ? send_ready(cases[i].chan) : recv_ready(cases[i].chan)))
                ready[nr++] = i;
        if (nr >= 2) pick = schedctl_select(ctl, g->id, ready, nr, pick);
    }
    if (pick >= 0) {
        SelectCase *sc = &cases[pick];
        *chosen = pick;
        insp_record_named(vm, EV_SELECT, g, pick, sc->chan->id, sc->chan->name);
        if (sc->is_send) {
            if (sc->chan->closed) {
                vm_panic_plain(vm, "send on closed channel");
                return CHAN_PANICKED;
            }
            do_send(vm, sc->chan, copy_elem(vm, sc->chan, sc->value));
            *ok = true;
        } else {
            do_recv(vm, sc->chan, recv, ok);
        }
        return CHAN_DONE;
    }
    if (has_default) {
        *chosen = -1;
        insp_record(vm, EV_SELECT, g, -1, 0);
        return CHAN_DONE;
    }
    /* park on every case; copies of sent aggregates are made first (allocation
     * may collect), then the waiters are linked */
    int nw = 0;
    for (int i = 0; i < n; i++) if (cases[i].chan) nw++;
    Waiter *ws = new_waiters(g, nw);
    int k = 0;
    for (int i = 0; i < n; i++) {
        if (!cases[i].chan) continue;
        Waiter *w = &ws[k++];
        w->g = g;
        w->is_send = cases[i].is_send;
        w->which = i;
        w->elem = w->is_send ? copy_elem(vm, cases[i].chan, cases[i].value) : val_zero();
        g->rt.nwaiters = k;   /* roots the copies made so far */
    }
    k = 0;
    for (int i = 0; i < n; i++) {
        if (!cases[i].chan) continue;
        Waiter *w = &ws[k++];
        w->c = cases[i].chan;
        q_push(w->is_send ? &w->c->sendq : &w->c->recvq, w);
    }
    g->rt.wake = (Wake){0};
    sched_park(vm, g, n == 0 ? WAIT_SELECT_NO_CASES : WAIT_SELECT, NULL);
    return CHAN_PARKED;
}
