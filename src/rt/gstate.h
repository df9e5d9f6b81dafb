/* rt/gstate.h: the scheduling state every goroutine carries (G.rt): why it
 * waits, what its waker handed over, where it was created. Kept apart from
 * rt/sched.h so that vm/vm.h can embed it. */
#ifndef GOROLAB_RT_GSTATE_H
#define GOROLAB_RT_GSTATE_H

#include <stdbool.h>
#include <stdint.h>
#include "vm/value.h"

typedef enum WaitReason {
#define WAIT(name, text) WAIT_##name,
#include "rt/waitreason.def"
#undef WAIT
    WAIT_COUNT
} WaitReason;

extern const char *const wait_reason_text[WAIT_COUNT];

enum {
    SCHED_NS_PER_STEP = 1,                        /* virtual nanoseconds per instruction */
    SCHED_SLICE = 10000,                          /* instructions before a preemption point */
};
#define SCHED_EPOCH_NS 1257894000000000000LL      /* 2009-11-10 23:00:00 UTC */

/* What a parked goroutine receives when it is woken (see the protocol above). */
typedef struct Wake {
    bool  done;       /* the operation completed while parked */
    bool  ok;         /* receive: a value (true) or a closed channel (false) */
    int   which;      /* select: the case that fired */
    Value value;      /* received value; GC root */
} Wake;
/* A send (or a select's send case) woken with ok == false found the channel
 * closed: it panics "send on closed channel" when it runs again. */

/* Per-goroutine scheduling state, embedded in G (vm/vm.h) as g->rt. */
typedef struct GSched {
    WaitReason reason;      /* why it waits (WAIT_NONE when runnable/running) */
    void      *waiting_on;  /* the channel, mutex... (for snapshots and leak reports) */
    int64_t    wait_since;  /* virtual ns when it parked */
    int64_t    gc_since;    /* Go's g.waitsince: set by the first collection that sees it
                               blocked, to the previous collection's time (0: not yet) */
    int64_t    wake_at;     /* sleeping: virtual ns to wake at; else 0 */
    Wake       wake;        /* result handed over by the waker */
    int64_t    created_by;  /* creator goroutine id (0 for main) */
    const char *created_fn; /* creator function name ("main.main") */
    int32_t    created_file, created_line, created_pc;   /* the go statement */
    int64_t    cpu_steps;   /* instructions it executed */
    bool       in_runq;
    struct G  *waitnext;    /* link in a wait queue (semaphore) */
    void      *waitdata;    /* owner data for the queue (e.g. the select case table) */
    /* channel wait entries (Go's sudogs, rt/chan.h): one per case of a parked
     * select, one for a send or receive; owned by the G (C heap) */
    struct Waiter *waiters;
    int32_t    nwaiters, capwaiters;
    struct Timer *sleep_timer; /* time.Sleep's timer, made on first use; owned */
    int32_t    allg_index;  /* index in vm->allgs */
    /* native-callback state saved while another goroutine runs (vm.c/sched.c swap it) */
    Value     *cb_results;
    int32_t    ncb_results, capcb_results, cb_base;
    bool       leak_reported; /* rt/leak.c proved it can never run again, and said so */
    void      *race;        /* rt/race.c: the goroutine's vector clock (--race); owned */
} GSched;

#endif
