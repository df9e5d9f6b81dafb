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
 * Starvation episodes: in real Go a runnable goroutine can wait for a CPU
 * longer than any sleep, so when time passes and wakes a goroutine S from
 * time.Sleep while T (not S's creator, nor its creator's creator...) waits
 * to run, T may stay off the CPU while S runs and across S's next 1..3
 * sleeps (time passes while T is alone), as long as S only sleeps: when S
 * blocks on anything else or ends, T runs again; so it does when S spins
 * (yields twice between two sleeps, or runs 256 decisions: a loop
 * that waits for T with Gosched or atomics). A goroutine is starved
 * across a sleep once a run: a long stall is rare, and chained ones would
 * starve it for the whole run (an auditor that never audits). So `Sleep; Gosched;
 * Sleep` in main is found to wait for nothing, while an ancestor of the
 * sleeper (main starting one goroutine per file) is never held back behind
 * its children's sleeps.
 *
 * The VM's own generator (vm_rand: select order, map order, math/rand) is
 * never used here, so a replay with the same VM seed sees the same values.
 * Choices among a select's ready cases are therefore not explored; a
 * schedule may force them ("S" elements, below: a challenge's learner picks
 * them).
 *
 * Schedule strings: "v1-SEED-BODY": SEED the VM seed in base 36; BODY the
 * recorded decisions separated by '.': the chosen goroutine id (base 36), or
 * 0 for "time passes", followed by "~SLICE" (base 36) when the goroutine got
 * a short time slice of SLICE instructions; a run of the same decision is
 * written once with "*COUNT" (base 36), e.g. "v1-1-2.1*3.0.2~f". An element
 * "S" followed by a case index (base 36) is not a scheduling decision: the
 * next select with two or more ready cases takes that case (when it is
 * ready) instead of the seed's; it is recorded only where the choice was
 * forced to differ from the seed's, e.g. "v2-1-2.S1.3". After the
 * string ends, choices fall back to a random choice seeded from SEED.
 *
 * "v2-SEED-BODY" is the same body with a calm default instead: after the
 * string ends (and where a decision names no candidate), the goroutine that
 * was running goes on when it still can, else the next runnable id after the
 * one that ran last (round robin), and time never passes early. So a v2
 * string names only the decisions that matter: its trailing default
 * decisions are left out (schedctl_string), and shrinking (schedctl_shrink)
 * and challenge lessons (the learner's picks) write v2 strings.
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

/* a recorded or wanted element that is a select's case, not a goroutine */
#define SCHED_SELECT_BIT (1LL << 62)
#define SCHED_IS_SELECT(e) (((e) & SCHED_SELECT_BIT) != 0)

struct ScheduleCtl;
/* an observer of the choices that differ from the calm default (a failing
 * schedule's story): chosen is the goroutine run (0: time passed), def the
 * one the calm default would have run; called before the chosen one runs */
typedef void (*SchedObserve)(void *ctx, struct ScheduleCtl *c, int64_t chosen, int64_t def, bool preempt);

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
    bool      calm;        /* v2: the calm default after the string (see above) */
    int64_t  *recdef;      /* per recorded decision: the calm default's choice */
    int64_t  *recpre;      /* per recorded decision: 1 when it was a preemption */
    /* asking (challenge lessons): a replay that runs out of decisions stops at
     * the next choice instead: schedctl_decide returns SCHED_ASK with the
     * candidates in ask_ids (no time) and the scheduler pauses. want then
     * holds only the learner's picks: a decision with one goroutine (time
     * may pass) takes the calm default without using one; the recorded
     * decisions (schedctl_string) replay the same run without asking. */
    bool      ask;
    bool      asking;      /* the last decision asked */
    int64_t   ask_prev;    /* the goroutine stopped at the asked decision (0: none) */
    int64_t  *ask_ids;
    int       nask, capask;
    /* the first select with two or more ready cases since sel_mark (for the
     * lab, which sets sel_mark = sel_seq before a pick) */
    int64_t   sel_seq;     /* how many so far in this run */
    int64_t   sel_mark;
    int64_t   sel_g;       /* its goroutine */
    int       sel_ready[16], sel_n;   /* the ready cases, in case order */
    int       sel_taken;   /* the case it took */
    SchedObserve observe;  /* NULL: none */
    void     *observe_ctx;
    /* replay */
    int64_t  *want;
    int64_t   nwant, capwant, pos;
    /* PCT */
    int       pct_depth;
    int64_t   pct_steps;   /* estimated decisions per run (k in the paper) */
    int64_t   change[16];  /* the d-1 priority change points (decision numbers) */
    int64_t  *prio;        /* goroutine id -> priority (0: not yet assigned) */
    int64_t  *yielded_at;  /* goroutine id -> decision number of its last yield + 1 (0: none) */
    int64_t   nprio;
    int64_t   yield_prio;  /* the last priority a yield gave: below every other */
    /* starvation episodes (the timing adversary, random and PCT) */
    int64_t  *parent;      /* goroutine id -> its creator's id (0: none known) */
    int64_t   nparent;
    int64_t   starve_g;    /* the goroutine kept off the CPU (0: no episode) */
    int64_t   starve_for;  /* the sleeper it is kept off behind */
    int32_t   starve_sleeps; /* more sleeps of starve_for the episode lasts across */
    int32_t   starve_forced; /* times it may still make time pass with starve_g alone */
    int32_t   starve_turns;  /* decisions it may still keep starve_g off the CPU */
    int32_t   starve_yields; /* yields of starve_for since its last sleep */
    bool      starve_used; /* the episode lasted across a sleep of starve_for */
    uint8_t  *starved;     /* goroutine id -> 1: it was starved across a sleep in this run */
    /* DFS */
    int       max_preempt;
    DfsFrame *frames;
    int64_t   nframes, capframes, dpos;
    int64_t  *pool;
    int64_t   npool, cappool;
    /* a decision's candidates (rt/sched.c's and ours), kept across decisions */
    int64_t  *ids_buf, *cand_buf;
    int64_t   cap_ids, cap_cand;
    uint64_t *set_buf;     /* a decision's candidates as bits, when made here */
    int64_t   cap_set;
} ScheduleCtl;

/* schedctl_ids returns c's buffer for n candidate ids (grown as needed). */
int64_t *schedctl_ids(ScheduleCtl *c, int64_t n);

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
/* schedctl_yielded tells that goroutine id gave up its turn (runtime.Gosched,
 * time.Sleep(0)): PCT lowers it below every other goroutine, as CHESS does
 * for a yield, so that a goroutine spinning on a lock with Gosched lets the
 * holder run instead of starving it forever. */
void schedctl_yielded(ScheduleCtl *c, int64_t id);

/* schedctl_spawned tells that goroutine parent (0: the runtime) created child. */
void schedctl_spawned(ScheduleCtl *c, int64_t child, int64_t parent);
/* schedctl_time_passes tells that time passes over the runnable goroutines
 * ids (n of them) and wakes sleeper (a goroutine in time.Sleep; 0: the timer
 * is not a sleep's): a starvation episode may begin (see above). */
void schedctl_time_passes(ScheduleCtl *c, int64_t sleeper, const int64_t *ids, int n);
/* schedctl_parked tells that goroutine id parked (in time.Sleep: sleep) or
 * ended (sleep false): it may end a starvation episode. */
void schedctl_parked(ScheduleCtl *c, int64_t id, bool sleep);

/* schedctl_dfs_next moves the exhaustive search to the next schedule;
 * false when every schedule has been run. */
bool schedctl_dfs_next(ScheduleCtl *c);

/* schedctl_attach makes vm's scheduler decide through c (borrowed; it must
 * outlive the run). Call before rt_start. */
void schedctl_attach(VM *vm, ScheduleCtl *c);

/* SchedSet: a set of goroutine ids as bits: bit b of w[i] is id
 * lo + 64 i + b (lo a multiple of 64); w[0] and w[n - 1] are nonzero. */
typedef struct SchedSet {
    const uint64_t *w;
    int64_t lo, n;
} SchedSet;

/* schedctl_decide is the scheduler's one choice: ids are the runnable
 * goroutines (n >= 1, any order), and set the same ids as bits (NULL: made
 * from ids when needed); time_ok says a timer is pending, so time may pass
 * instead. Returns the id of the one to run (its time slice in c->slice),
 * 0: let the clock jump to the next timer, or SCHED_ASK. */
int64_t schedctl_decide(ScheduleCtl *c, const int64_t *ids, int n, const SchedSet *set, bool time_ok);
#define SCHED_ASK (-2)

/* schedctl_select is a select's choice among its n ready cases (ready, in
 * case order) in goroutine g, seed_pick the seed's choice: a wanted "S"
 * element next names the case, else the seed's; a forced choice is
 * recorded. Returns the case index. */
int schedctl_select(ScheduleCtl *c, int64_t g, const int *ready, int n, int seed_pick);

/* schedctl_pick appends the learner's pick (a goroutine id, or 0 for time
 * passes) to the decisions to replay: the paused run goes on with it. */
void schedctl_pick(ScheduleCtl *c, int64_t id);

/* schedctl_replay makes c replay the n decisions want ((slice << 32) | id)
 * with the calm default (v2) from VM seed seed. */
void schedctl_replay(ScheduleCtl *c, uint64_t seed, const int64_t *want, int64_t n);

/* Shrinking a failing schedule: delta debugging over its decisions (drop
 * chunks, then turn each preemption into the calm default), keeping a
 * candidate when it still fails the same way and has fewer preemptions, or
 * as many and fewer decisions. test runs the program once with c attached
 * (replaying; schedctl_begin_run already called) and says whether that run
 * fails the same way as the original. */
typedef bool (*SchedTest)(void *ctx, ScheduleCtl *c);
typedef struct ShrinkStats {
    int64_t from, to;           /* decisions: the original's, the shrunk one's */
    int64_t pre_from, pre_to;   /* preemptions */
    int     runs;               /* test runs made */
} ShrinkStats;
/* schedctl_shrink returns the shrunk v2 schedule string (new; the original
 * in v2 form when nothing smaller fails, NULL when even the original does
 * not fail again when replayed). At most max_runs test runs. */
char *schedctl_shrink(const char *sched, SchedTest test, void *ctx, int max_runs, ShrinkStats *st);

#endif
