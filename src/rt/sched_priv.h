/* rt/sched_priv.h: the scheduler's state (hung on vm->rt), shared by
 * rt/sched.c (which owns it), rt/inspect.c (events, snapshots, stepping) and
 * rt/hb.c (the happens-before log).
 * Nothing outside rt/ includes this file: others use rt/sched.h and
 * rt/inspect.h.
 *
 * Invariants: cur_g is non-NULL only between two rt_step calls that stopped
 * in the middle of cur_g's time slice (slice_used instructions of it done);
 * the event ring keeps the last ev_len events, the oldest at ev_head, and
 * VM.ev_total counts every event ever recorded (the next event's number).
 */
#ifndef GOROLAB_RT_SCHED_PRIV_H
#define GOROLAB_RT_SCHED_PRIV_H

#include "rt/inspect.h"
#include "rt/sched.h"

typedef struct SyncId SyncId;   /* inspect.c: stable numbers for sync objects */
typedef struct HbLog HbLog;     /* hb.c: the happens-before log */

typedef struct Sched {
    int64_t  last_gc;       /* virtual ns of the last collection, forced ones too (-1: none yet) */
    int64_t  gc_tstart;     /* what the next collection sets waitsince to (Go's work.tstart; -1: none) */
    G      **runq;          /* ring buffer of runnable goroutines */
    int64_t *runq_ids;      /* their ids, slot by slot (the explorer's candidates, no pointer chase) */
    int64_t  head, len, cap;
    G       *runnext;
    /* the runnable set, kept only while an explorer is attached (track):
     * runq_ids, rbits, rslot, rlo and rhi are stale while track is false */
    bool     track;
    uint64_t *rbits;        /* bit id set: goroutine id is runnext or in the run queue */
    int32_t  *rslot;        /* id -> its run queue slot, where its bit is set (-1: runnext) */
    int64_t  rwords;        /* rbits' words (rslot: 64 ids a word) */
    int64_t  rlo, rhi;      /* rbits' words below rlo and from rhi on are zero */
    bool     in_exec;       /* a goroutine is running: sched_ready uses runnext */
    Timer  **heap;          /* min-heap by (when, seq) */
    Timer   *tfree;         /* freed timers for timer_new, linked through ctx */
    int64_t  ntfree;
    int32_t  nheap, capheap;
    uint64_t timer_seq;
    int64_t  jumped;        /* virtual ns added by jumps to timers */
    SchedStats stats;
    struct Tramp *tramps;   /* trampolines for `go` on natives */
    /* stepping: rt_start / rt_step / rt_finish */
    bool     started;       /* rt_start ran */
    RunState state;         /* RUN_PAUSED until the program ends */
    int      code;          /* exit status once state != RUN_PAUSED */
    bool     main_returned; /* main.main returned: leaks are reported */
    G       *cur_g;         /* goroutine stopped in the middle of its slice, or NULL */
    int64_t  slice_used;    /* instructions of cur_g's slice already run */
    int64_t  slice_len;     /* cur_g's slice: SCHED_SLICE, or shorter under the timing adversary */
    bool     yield_req;     /* the running goroutine yields after this instruction (--race: its go
                               statement; a starving mutex's hand-off) */
    bool     spawned;       /* ... and the goroutine it readied (runnext) runs next */
    bool     settling;      /* main returned: the runnable goroutines run to where they block */
    StepMode mode;          /* of the running rt_step call */
    int64_t  running_id;    /* goroutine last switched in (EV_GO_START), 0 after it stopped */
    int64_t  max_time;      /* virtual-time limit, ns */
    /* the event log (inspect.c) */
    Event   *ev;            /* ring of ev_cap events */
    int64_t  ev_cap, ev_head, ev_len;
    bool     ev_off;        /* recording disabled (insp_set_recording) */
    SyncId  *sync_ids;      /* open-addressing table: sync object -> number */
    int64_t  nsync_ids, capsync_ids;
    uint32_t next_sync_id;
    HbLog   *hb;            /* rt/hb.h: the happens-before log, or NULL */
    const char **gnames;    /* goroutine id -> its function ("main.worker"), ids < INSP_MAX_NAMES */
    int64_t  ngnames;
    struct ScheduleCtl *ctl; /* rt/explore.h: decides every choice when set (borrowed) */
} Sched;

enum { INSP_MAX_NAMES = 1 << 20 };   /* goroutines whose names the trace keeps */

/* sched_get returns vm's scheduler state, created on first use (by
 * sched_create; inline: the hot paths ask for it at every event). */
Sched *sched_create(VM *vm);
static inline Sched *sched_get(VM *vm)
{
    return vm->rt ? (Sched *)vm->rt : sched_create(vm);
}

/* sched_track_runnable keeps the runnable set (Sched.track) from now on,
 * built from the run queue, or stops keeping it. */
void sched_track_runnable(VM *vm, bool on);

/* insp_record_event records an event, the whole rule (inspect.c); rt_record
 * takes its common cases first. */
void insp_record_event(VM *vm, EventKind kind, G *g, int64_t a, int64_t b, const char *name);

/* rt_record is insp_record_named (which is rt_record, out of line) for the
 * hot paths (channel operations, the scheduler's own events): no call when
 * events are only counted (VM.ev_count_only), or counted and not kept
 * (explore: each one also ends the running goroutine's turn). */
static inline void rt_record(VM *vm, EventKind kind, G *g, int64_t a, int64_t b, const char *name)
{
    if (vm->ev_count_only) {
        vm->ev_total++;
        return;
    }
    Sched *s = sched_get(vm);
    if (s->ev_off && !s->settling) {   /* insp_record_event's first steps */
        vm->ev_total++;
        if (s->mode == STEP_EVENT && s->in_exec) vm->pause_req = true;
        return;
    }
    insp_record_event(vm, kind, g, a, b, name);
}

/* insp_name_goroutine remembers that goroutine id runs function fn (borrowed:
 * a Proto name, valid while the program lives). */
void insp_name_goroutine(VM *vm, int64_t id, const char *fn);

/* insp_refresh_counting recomputes VM.ev_count_only after a change of
 * s->ev_off, s->mode or s->settling (the fields insp_record_named looks at). */
void insp_refresh_counting(VM *vm, Sched *s);

/* insp_free_log frees the event log and sync ids of s (sched_free calls it). */
void insp_free_log(Sched *s);

#endif
