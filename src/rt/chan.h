/* rt/chan.h: Go channels (make, send, receive, close, select) and their
 * wait queues.
 *
 * Modelled on Go's runtime/chan.go and select.go. Invariants:
 *   - at least one of recvq and sendq is empty (one goroutine cannot select
 *     on both ends here: a select parks on every case, but a case that could
 *     proceed would have proceeded);
 *   - count > 0 implies recvq is empty; count < cap implies sendq is empty.
 * A sender finding a parked receiver hands the value over directly (into the
 * receiver's g->rt.wake) and readies it, as Go does; queues are FIFO.
 * Ownership: an ObjChan is a GC object whose buffer is allocated with it;
 * queues only link Waiters, which belong to their goroutines.
 */
#ifndef GOROLAB_RT_CHAN_H
#define GOROLAB_RT_CHAN_H

#include <stdbool.h>
#include <stdint.h>
#include "base/srcpos.h"
#include "vm/vm.h"
#include "rt/race.h"

typedef struct WaitQ { G *first, *last; } WaitQ;   /* G-linked queue (g->rt.waitnext), for rt/sema */

/* Waiter: one goroutine waiting on one channel (Go's sudog). It lives in its
 * G's g->rt.waiters array (a select has one per case); channel queues link
 * waiters, FIFO. The first waker dequeues every waiter of that G. */
typedef struct Waiter Waiter;
struct Waiter {
    G       *g;
    struct ObjChan *c;
    Waiter  *next, *prev;
    Value    elem;        /* send: the value offered (a copy for aggregates); GC root */
    bool     is_send;
    int32_t  which;       /* select: the case index; else 0 */
};
typedef struct WaiterQ { Waiter *first, *last; } WaiterQ;

typedef struct ObjChan {
    Obj      hdr;
    Type    *type;        /* the chan type (element type in type->elem) */
    uint32_t id;          /* stable number shown in panes and traces (1, 2, ...) */
    int64_t  cap, count;  /* Go: dataqsiz, qcount */
    int64_t  sendx, recvx;/* ring indices into buf */
    Value   *buf;         /* cap Values, C heap; traced by the GC */
    bool     closed;
    WaiterQ  recvq, sendq; /* parked receivers and senders, FIFO */
    SrcPos   made_at;     /* where make() ran */
    SrcPos   user_at;     /* when that is in the standard library (time.NewTimer's
                             channel), the first caller outside it: the learner's line */
    const char *name;     /* the variable it was first stored in, when the compiler knows; borrowed from the Proto */
    RaceSlots race;       /* the race detector's clocks of the buffer slots (rt/race.h), zero: none yet */
} ObjChan;

typedef enum ChanResult { CHAN_DONE, CHAN_PARKED, CHAN_PANICKED } ChanResult;

/* chan_make returns a new channel of chan type t with buffer cap (>= 0). */
ObjChan *chan_make(VM *vm, Type *t, int64_t cap);
/* chan_send sends v on c from goroutine g. Nil c parks forever
 * (WAIT_CHAN_SEND_NIL); a closed c panics "send on closed channel". */
ChanResult chan_send(VM *vm, G *g, ObjChan *c, Value v);
/* chan_recv receives into *out; *ok false once c is closed and drained. */
ChanResult chan_recv(VM *vm, G *g, ObjChan *c, Value *out, bool *ok);

/* chan_can_put: a buffer slot to fill with v, no receiver waiting, v a
 * scalar; chan_can_take: a value to take, no sender waiting. The buffer is
 * tested first, so an unbuffered channel leaves at once. */
static inline bool chan_can_put(const ObjChan *c, Value v)
{
    return c && c->count < c->cap && !c->closed && !c->recvq.first && !VAL_IS_REF(v);
}
static inline bool chan_can_take(const ObjChan *c) { return c && c->count > 0 && !c->sendq.first; }

/* chan_put, chan_take: fill or take the buffer's next slot, and count the event */
static inline void chan_put(VM *vm, ObjChan *c, Value v)
{
    c->buf[c->sendx] = v;
    if (++c->sendx == c->cap) c->sendx = 0;
    c->count++;
    vm->ev_total++;
}
static inline void chan_take(VM *vm, ObjChan *c, Value *out)
{
    *out = c->buf[c->recvx];
    c->buf[c->recvx] = val_zero();
    if (++c->recvx == c->cap) c->recvx = 0;
    c->count--;
    vm->ev_total++;
}

/* chan_send_fast and chan_recv_fast are chan_send's and chan_recv's common
 * buffered case, inline for the VM: a slot to fill (no receiver waiting) or a
 * value to take (no sender waiting), a scalar (nothing to copy), and nothing
 * that records events, checks races or logs order (VM.sync_plain): the event
 * is only counted. False: nothing done, call chan_send or chan_recv. */
static inline bool chan_send_fast(VM *vm, ObjChan *c, Value v)
{
    if (!chan_can_put(c, v) || !vm->sync_plain) return false;
    chan_put(vm, c, v);
    return true;
}

static inline bool chan_recv_fast(VM *vm, ObjChan *c, Value *out)
{
    if (!chan_can_take(c) || !vm->sync_plain) return false;
    chan_take(vm, c, out);
    return true;
}
/* chan_close panics with Go's text on nil or closed c; readies every waiter
 * (receivers get the zero value and ok=false, senders panic). */
ChanResult chan_close(VM *vm, G *g, ObjChan *c);

/* select: cases[i] is a send (is_send, value) or receive on chans[i] (which
 * may be nil: never ready). Picks uniformly at random among ready cases
 * (vm_rand), else the default when has_default (returns -1), else parks on
 * every case (WAIT_SELECT, or WAIT_SELECT_NO_CASES with n == 0) and returns
 * CHAN_PARKED; the waker sets g->rt.wake.which. */
typedef struct SelectCase {
    ObjChan *chan;
    bool     is_send;
    Value    value;       /* to send */
} SelectCase;
ChanResult chan_select(VM *vm, G *g, SelectCase *cases, int n, bool has_default, int *chosen,
                       Value *recv, bool *ok);

int64_t chan_len(const ObjChan *c);

/* chan_release_waiters dequeues every Waiter of g from its channels (the
 * first waker of a select does this; also a goroutine's end). */
void chan_release_waiters(G *g);
/* chan_install sets the GC and VM hooks for channels (rt_run calls it). */
void chan_install(void);
/* chan_mark_waiters marks the values parked senders offer (GC roots hook). */
void chan_mark_waiters(VM *vm, G *g);

#endif
