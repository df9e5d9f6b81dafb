/* rt/explore.h: schedule control: when a ScheduleCtl is attached to a VM,
 * every scheduling decision goes through schedctl_decide(): seeded random,
 * replay of a schedule string, PCT priorities, or exhaustive depth-first
 * enumeration with a preemption bound (CHESS). Every decision is recorded so
 * that a run can be replayed exactly (gorolab run --schedule).
 *
 * Decision points. With a ScheduleCtl attached the scheduler decides
 *   - whenever it picks the next goroutine (the running one blocked, exited,
 *     yielded, or was preempted), and
 *   - after every runtime event a running goroutine records (a channel
 *     operation, a select, a go statement, a sync call, output...): the
 *     running goroutine stops there and is a candidate again, so "preempt or
 *     continue" is the choice between it and the other runnable goroutines.
 * The second kind is the exploration mode's short time slice: it makes
 * interleavings at every synchronising operation reachable within a few
 * preemptions. A map write is a decision point of that kind too: the
 * goroutine stops in the middle of the write (Go's hashWriting set), so that
 * explore finds Go's "concurrent map writes" where an unlucky schedule shows
 * it. Only decisions with two or more candidates are choices; only those
 * are recorded or replayed. A switch away from a goroutine stopped at a
 * preemption point (an event, a map write or the end of a time slice) while
 * it is still runnable is a preemption; runtime.Gosched, blocking and
 * exiting are not.
 *
 * The timing adversary (timing, on by default): in real Go time passes while
 * runnable goroutines wait for a CPU, so a time.Sleep is never synchronisation.
 * When a timer is pending, "time passes" is one more candidate at a decision:
 * the clock jumps to the next timer and it fires while the runnable
 * goroutines starve. How eager time is varies per run (never, rarely, often,
 * mostly), so some schedules keep the fair clock and others stretch it, and
 * a random or PCT run lets time pass at most 1..16 times (a runnable
 * goroutine is delayed, never starved for hours: a ticker's goroutine under
 * PCT priorities would otherwise keep the lowest one off the CPU). The
 * same runs also draw short time slices, so a CPU-bound loop can be
 * preempted between the read and the write of a read-modify-write.
 *
 * The VM's own generator (vm_rand: select order, map order, math/rand) is
 * never used here, so a replay with the same VM seed sees the same values.
 * Choices among a select's ready cases are therefore not explored.
 *
 * Schedule strings: "v1-SEED-BODY": SEED the VM seed in base 36; BODY the
 * recorded decisions separated by '.': the chosen goroutine id (base 36), or
 * 0 for "time passes", followed by "~SLICE" (base 36) when the goroutine got
 * a short time slice of SLICE instructions; a run of the same decision is
 * written once with "*COUNT" (base 36), e.g. "v1-1-2.1*3.0.2~f". After the
 * string ends, choices fall back to a random choice seeded from SEED.
 */
#ifndef GOROLAB_RT_EXPLORE_H
#define GOROLAB_RT_EXPLORE_H

#include <stdbool.h>
#include <stdint.h>
#include "vm/vm.h"

typedef enum SchedMode {
    SCHED_RANDOM,   /* uniform seeded choice among the candidates */
    SCHED_REPLAY,   /* follow a schedule string, then random */
    SCHED_PCT,      /* probabilistic concurrency testing with depth pct_depth */
    SCHED_DFS,      /* every schedule with at most max_preempt preemptions */
} SchedMode;

typedef struct DfsFrame {
    int64_t off;   /* alternatives: pool[off .. off+n) */
    int32_t n, idx;
} DfsFrame;

typedef struct ScheduleCtl {
    SchedMode mode;
    uint64_t  vm_seed;     /* the VM seed the schedule belongs to */
    uint64_t  rng;         /* splitmix64 state of the current run */
    /* set by rt/sched.c: the goroutine stopped at a preemption point (0: none) */
    int64_t   preempted;
    /* this run */
    int64_t   ndecisions;  /* every decision, choices or not (PCT's steps) */
    int64_t   npreempt;    /* preemptions so far */
    int64_t   last;        /* goroutine chosen last */
    int64_t  *rec;         /* recorded decisions: (slice << 32) | id; id 0: time passed */
    int64_t   nrec, caprec;
    /* the timing adversary */
    bool      timing;      /* time may pass while goroutines are runnable */
    uint32_t  time_rate;   /* this run: time passes at a choice with probability rate/256 */
    int64_t   time_left;   /* this run: how many more times it may (random and PCT) */
    int64_t   slice;       /* the chosen goroutine's time slice (0: the default SCHED_SLICE) */
    bool      diverged;    /* a replayed or DFS choice was not a candidate */
    /* replay */
    int64_t  *want;
    int64_t   nwant, capwant, pos;
    /* PCT */
    int       pct_depth;
    int64_t   pct_steps;   /* estimated decisions per run (k in the paper) */
    int64_t   change[16];  /* the d-1 priority change points (decision numbers) */
    int64_t  *prio;        /* goroutine id -> priority (0: not yet assigned) */
    int64_t   nprio;
    /* DFS */
    int       max_preempt;
    DfsFrame *frames;
    int64_t   nframes, capframes, dpos;
    int64_t  *pool;
    int64_t   npool, cappool;
} ScheduleCtl;

/* schedctl_new returns a new controller; free it with schedctl_free. */
ScheduleCtl *schedctl_new(SchedMode mode, uint64_t vm_seed);
void schedctl_free(ScheduleCtl *c);

/* schedctl_parse makes c replay the schedule string s (and sets c->vm_seed);
 * false with *cause (static text) when s is malformed. */
bool schedctl_parse(ScheduleCtl *c, const char *s, const char **cause);

/* schedctl_string returns the schedule string of the run so far (new,
 * free it). */
char *schedctl_string(const ScheduleCtl *c);

/* schedctl_begin_run resets the per-run state before a run; run_seed seeds
 * the random and PCT choices of that run. */
void schedctl_begin_run(ScheduleCtl *c, uint64_t run_seed);

/* schedctl_dfs_next moves the exhaustive search to the next schedule;
 * false when every schedule has been run. */
bool schedctl_dfs_next(ScheduleCtl *c);

/* schedctl_attach makes vm's scheduler decide through c (borrowed; it must
 * outlive the run). Call before rt_start. */
void schedctl_attach(VM *vm, ScheduleCtl *c);

/* schedctl_decide is the scheduler's one choice: ids are the runnable
 * goroutines (n >= 1, any order); time_ok says a timer is pending, so time
 * may pass instead. Returns the index in ids of the one to run (its time
 * slice in c->slice), or -1: let the clock jump to the next timer. */
int schedctl_decide(ScheduleCtl *c, const int64_t *ids, int n, bool time_ok);

#endif
