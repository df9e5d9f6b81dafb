/* rt/hb.h: the happens-before log: every sync edge the race detector joins
 * its vector clocks on (rt/race.h: acquire, release, acquire+release of a
 * sync clock keyed by object and slot; the meeting of two goroutines at an
 * unbuffered hand-off), kept beside the event log so that the grader's
 * lab.order replays Go's memory model exactly as --race applies it, instead
 * of re-deriving it from the events. A `go` statement is the EV_GO_CREATE
 * event itself and is not logged here.
 *
 * Each edge is placed after one event (HbEdge.after, an event number as in
 * insp_events): the last event recorded, or, for an edge made just before
 * the event that reports its operation (a Lock, a Wait, an atomic), that
 * coming event, so that a reader sees the event with the clock from before
 * what it acquires and a release includes the event that made it.
 * Logging is off unless hb_set_logging turned it on (the grader's runs);
 * the call sites then cost two flag tests (the race detector acts only once
 * a `go` statement turned it on: vm->race_on).
 * Ownership: the log lives on the scheduler state and dies with the VM.
 */
#ifndef GOROLAB_RT_HB_H
#define GOROLAB_RT_HB_H

#include <stdbool.h>
#include <stdint.h>
#include "rt/race.h"
#include "vm/vm.h"

typedef enum HbOp { HB_ACQUIRE = 1, HB_RELEASE, HB_ACQREL, HB_PAIR } HbOp;

typedef struct HbEdge {
    int64_t after;   /* the event it follows (event number) */
    int64_t g;       /* the goroutine whose clock it joins */
    int64_t x;       /* HB_PAIR: the other goroutine; else the sync clock's key (1, 2, ...) */
    HbOp    op;
    bool    next;    /* it belongs to g's next event (after: the number that event would take) */
} HbEdge;

/* hb_set_logging turns the log on or off (off by default). */
void hb_set_logging(VM *vm, bool on);
/* hb_log appends an edge of g (other: HB_PAIR's second goroutine; o, slot: the
 * sync clock otherwise). with_next: it belongs to the next event recorded. */
void hb_log(VM *vm, HbOp op, G *g, const void *o, uint32_t slot, G *other, bool with_next);
/* hb_edges returns a new array (free with free()) of the edges placed after
 * events numbered from `from` on, in order; *n gets the count. */
HbEdge *hb_edges(VM *vm, int64_t from, int64_t *n);
/* hb_free_log frees vm's log (sched_free calls it through insp_free_log). */
void hb_free_log(VM *vm);

/* The sync edges, for the race detector (when on) and the log (when on). */
static inline void hb_acquire(VM *vm, G *g, const void *o, uint32_t slot, bool with_next)
{
    if (vm->hb_log) hb_log(vm, HB_ACQUIRE, g, o, slot, NULL, with_next);
    if (vm->race_on) race_acquire(vm, g, o, slot);
}
static inline void hb_release(VM *vm, G *g, const void *o, uint32_t slot, bool with_next)
{
    if (vm->hb_log) hb_log(vm, HB_RELEASE, g, o, slot, NULL, with_next);
    if (vm->race_on) race_release(vm, g, o, slot);
}
static inline void hb_acqrel(VM *vm, G *g, const void *o, uint32_t slot, bool with_next)
{
    if (vm->hb_log) hb_log(vm, HB_ACQREL, g, o, slot, NULL, with_next);
    if (vm->race_on) race_acqrel(vm, g, o, slot);
}
/* hb_slot_acqrel: hb_acqrel of buffer slot `slot` of a channel, whose clock
 * the channel keeps a way to (rs: its RaceSlots, race_slot_acqrel). */
static inline void hb_slot_acqrel(VM *vm, G *g, const void *c, RaceSlots *rs, uint32_t slot)
{
    if (vm->hb_log) hb_log(vm, HB_ACQREL, g, c, slot, NULL, false);
    if (vm->race_on) race_slot_acqrel(vm, g, c, rs, slot);
}
static inline void hb_pair(VM *vm, G *a, G *b)
{
    if (vm->hb_log) hb_log(vm, HB_PAIR, a, NULL, 0, b, false);
    if (vm->race_on) race_sync_pair(vm, a, b);
}

#endif
