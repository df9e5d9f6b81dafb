/* rt/sched.h: goroutines on one virtual CPU: the run queue, parking and
 * readying, the virtual clock and its timers, deadlock and leak detection,
 * and the program's main loop.
 *
 * Modelled on Go's runtime/proc.go (gopark/goready, runqueue with runnext),
 * time.go (timers on a heap, driven by the clock) and the fatal "all
 * goroutines are asleep - deadlock!" check.
 *
 * Determinism: the run is a pure function of (program, seed): the scheduler
 * switches goroutines only at safe points, after a time slice of
 * instructions, or when the running one blocks; the next goroutine is chosen
 * among the runnable ones with the VM's seeded generator (vm_rand).
 *
 * Virtual time: the clock advances SCHED_NS_PER_STEP per executed
 * instruction (so busy loops cost time) and, when every goroutine is
 * blocked, jumps to the next timer. time.Now() starts at the Go playground's
 * 2009-11-10 23:00:00 UTC (SCHED_EPOCH_NS).
 *
 * Blocking protocol (opcodes and natives): an operation that must wait calls
 * sched_park() and returns EXEC_BLOCKED / NAT_BLOCK with the goroutine's pc
 * left ON the instruction. Whoever completes the operation (a sender handing a
 * value to a parked receiver, a timer, an Unlock) fills g->wake (the result)
 * and calls sched_ready(). When the goroutine runs again it re-executes the
 * instruction, which sees g->wake.done, takes the result, clears it and goes
 * on: no C stack is kept across a block.
 */
#ifndef GOROLAB_RT_SCHED_H
#define GOROLAB_RT_SCHED_H

#include <stdbool.h>
#include <stdint.h>
#include "vm/vm.h"

#include "rt/gstate.h"

/* rt_run runs the program from prog->entry to its end: goroutines,
 * deadlock reports, the leak report when main returns with goroutines
 * blocked, panics. Returns the exit status. dump: print the goroutine dump
 * at the end whatever the reason (gorolab run --dump). */
int rt_run(VM *vm, bool dump);

/* sched_spawn creates a goroutine running func value fn(args...), created by
 * the current goroutine at its current pc (for "created by" lines), and
 * makes it runnable. */
G *sched_spawn(VM *vm, Value fn, const Value *args, int nargs);

/* sched_park marks the running goroutine g as waiting for `reason` on obj. */
void sched_park(VM *vm, G *g, WaitReason reason, void *obj);
/* sched_ready makes a parked goroutine runnable (it runs next, as Go's
 * runnext, unless the scheduler's seeded choice says otherwise). */
void sched_ready(VM *vm, G *g);

/* The virtual clock. */
int64_t sched_now(VM *vm);                 /* ns since the start of the run */
/* sched_sleep parks g until now + ns (time.Sleep); ns <= 0 only yields. */
void sched_sleep(VM *vm, G *g, int64_t ns);

/* Timers: fire at virtual time `when` (ns since start). On firing the
 * callback runs in the scheduler (not in a goroutine): it may send on a
 * channel without blocking or spawn a goroutine. period > 0 re-arms. */
typedef struct Timer Timer;
typedef void (*TimerFn)(VM *vm, Timer *t);
struct Timer {
    int64_t  when, period;
    TimerFn  fn;
    Value    arg;        /* e.g. the channel, or the func for AfterFunc; GC root while armed */
    int32_t  heap_index; /* -1 when not armed */
    uint64_t seq;        /* creation order: ties fire in order */
    void    *ctx;        /* owner data (e.g. the sleeping G); not traced */
};
Timer *timer_new(VM *vm, TimerFn fn, Value arg);   /* not armed; freed with timer_free */
void   timer_arm(VM *vm, Timer *t, int64_t when, int64_t period);
bool   timer_stop(VM *vm, Timer *t);                /* true if it was armed */
void   timer_free(VM *vm, Timer *t);

/* Goroutine dump in Go's format for g ("goroutine 7 [chan receive, 2 minutes]:",
 * frames, "created by main.main in goroutine 1" and its position). */
void sched_dump_goroutine(VM *vm, G *g, Buf *out);

/* sched_gosched makes the running goroutine g runnable again at the back of
 * the run queue (runtime.Gosched) with g->rt.wake.done set; the caller
 * returns NAT_BLOCK and, run again, sees wake.done. */
void sched_gosched(VM *vm, G *g);
/* sched_yield_to_next: Go's goyield after a direct hand-off (a starving
 * mutex's Unlock): once the running goroutine's native returns, its slice
 * ends and the goroutine just readied (runnext) runs next. Not under
 * explore, where the next goroutine is the explorer's choice. */
void sched_yield_to_next(VM *vm);

/* sched_created_by appends g's "created by F in goroutine N" pair (nothing
 * for main). */
void sched_created_by(VM *vm, G *g, Buf *out);
/* sched_leak_blocks appends goleak's "[Goroutine N in state S, with F on top
 * of the stack: ...]" blocks for gs (n of them, in id order) to out.
 * Goroutines with the same state, stack and creation site share one block
 * ("[3 goroutines (2, 3, 4) in state ...", as pprof's debug=1 counts them),
 * the biggest first, and the whole stays within a screen (LEAK_SCREEN lines)
 * with a last line saying how many are left out; vm->opt.leaks_full
 * (--leaks=full) gives one block per goroutine, all of them. found: the
 * running detector's form, each block after its "can never run again" line. */
void sched_leak_blocks(VM *vm, G **gs, int32_t n, bool found, Buf *out);

/* sched_free frees the scheduler state hung on vm->rt (vm_free calls it). */
void sched_free(VM *vm);
/* sched_forget_timers empties the timer heap without touching the timers
 * (vm_free: some are about to be freed with their goroutines). */
void sched_forget_timers(VM *vm);

/* Counters for --stats and snapshots. */
typedef struct SchedStats {
    int64_t created, exited, live, peak_live;
} SchedStats;
SchedStats sched_stats(VM *vm);

#endif
