/* tests/unit/explore_test.c: schedule control (rt/explore.c): schedule
 * strings (round trip, run-length, errors), the exhaustive search's schedule
 * count for a tiny program computed by hand, replay of a recorded schedule,
 * and determinism of random and PCT exploration. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/diag.h"
#include "lang/compile.h"
#include "rt/explore.h"
#include "rt/inspect.h"
#include "rt/sched.h"
#include "gosrc.h"
#include "tap.h"
#include "vm/vm.h"

/* run_one runs prog once under c; returns the run's end state. */
static RunState run_one(Program *prog, ScheduleCtl *c, uint64_t run_seed)
{
    buf_reset(&out);
    buf_reset(&err);
    VMOptions vo = {.seed = c->vm_seed, .write = capture, .max_steps = 1000000};
    schedctl_begin_run(c, run_seed);
    VM *vm = vm_new(prog, &vo);
    insp_set_recording(vm, false);
    schedctl_attach(vm, c);
    rt_start(vm);
    RunState st = rt_step(vm, STEP_END, 0);
    rt_finish(vm, false);
    vm_free(vm);
    return st;
}

static void test_strings(void)
{
    ScheduleCtl *c = schedctl_new(SCHED_REPLAY, 1);
    const char *cause = NULL;
    ok(schedctl_parse(c, "v1-z-1*3.2.a*2.1", &cause), "parse a schedule string");
    is_int(c->vm_seed, 35, "the seed is base 36");
    is_int(c->nwant, 7, "run lengths expand");
    ok(c->nwant == 7 && c->want[0] == 1 && c->want[2] == 1 && c->want[3] == 2 && c->want[4] == 10 &&
           c->want[5] == 10 && c->want[6] == 1, "ids in order");
    /* what was parsed, recorded, prints back the same */
    c->rec = realloc(c->rec, 7 * sizeof *c->rec);
    c->caprec = 7;
    memcpy(c->rec, c->want, 7 * sizeof *c->rec);
    c->nrec = 7;
    char *s = schedctl_string(c);
    is_str(s, "v1-z-1*3.2.a*2.1", "schedule string round trip");
    free(s);
    ok(!schedctl_parse(c, "v2-1-1", &cause) && cause, "a wrong version tag is refused");
    ok(!schedctl_parse(c, "v1-1-1.-2", &cause), "a bad id is refused");
    ok(!schedctl_parse(c, "v1-1-1*", &cause), "a missing count is refused");
    ok(!schedctl_parse(c, "v1-1-0", &cause), "goroutine 0 is refused");
    ok(schedctl_parse(c, "v1-1-", &cause) && c->nwant == 0, "an empty schedule is fine");
    schedctl_free(c);
}

/* The hand count. tiny: main makes c (cap 2), starts A, receives twice; A
 * sends 1 then 2. Decision points follow every event a running goroutine
 * records (make, go, send, receive; a receiver woken by a hand-off finishes
 * without a new event) and every pick. Write M for main, "->X" for a
 * choice, "*" for a preemption (leaving a goroutine stopped at an event while
 * it is still runnable).
 *   after `go`: {M, A}.
 *   ->M: M blocks on the empty channel; A sends 1 (hand-off, M runnable): {A, M}
 *      ->A: A sends 2 into the buffer: {A, M}
 *          ->A: A exits; M takes 2 from the buffer; returns.            1
 *          ->M*: M takes 2: {M, A}: ->M returns (1), ->A* exits (1)     2
 *      ->M*: M finishes receive 1, blocks on receive 2; A sends 2
 *          (hand-off): {A, M}: ->A (1), ->M* (1)                        2
 *   ->A*: A sends 1 into the buffer: {A, M}
 *      ->A: A sends 2: {A, M}: ->A (1), ->M* (then no budget left: 1)   2
 *      ->M*: M takes 1, blocks on receive 2; A (alone) sends 2 ...      1
 * With at most 2 preemptions: 1+2+2+2+1 = 8 schedules. With at most 1:
 * 1 + 1 (->M*, then M only) + 1 (->M* then A only) + 1 (->A* then A only)
 * = 4. With 0: the one schedule without a switch at a preemption point. */
static const char tiny[] =
    "package main\n"
    "\n"
    "func main() {\n"
    "\tc := make(chan int, 2)\n"
    "\tgo func() {\n"
    "\t\tc <- 1\n"
    "\t\tc <- 2\n"
    "\t}()\n"
    "\t<-c\n"
    "\t<-c\n"
    "}\n";

static int count_dfs(Program *prog, int k)
{
    ScheduleCtl *c = schedctl_new(SCHED_DFS, 1);
    c->max_preempt = k;
    int n = 0;
    do {
        run_one(prog, c, 1);
        n++;
    } while (n < 1000 && schedctl_dfs_next(c));
    schedctl_free(c);
    return n;
}

static void test_dfs_count(void)
{
    Program *prog = compile_src(tiny);
    ok(prog != NULL, "tiny compiles");
    if (!prog) return;
    is_int(count_dfs(prog, 0), 1, "0 preemptions: 1 schedule");
    is_int(count_dfs(prog, 1), 4, "at most 1 preemption: 4 schedules");
    is_int(count_dfs(prog, 2), 8, "at most 2 preemptions: 8 schedules");
    program_free(prog);
    compile_fini();
}

/* A check-then-act bug: each withdrawal checks the balance under the lock,
 * releases it, then subtracts. */
static const char bank[] =
    "package main\n"
    "\n"
    "import \"sync\"\n"
    "\n"
    "var balance = 100\n"
    "\n"
    "func withdraw(n int, mu *sync.Mutex, wg *sync.WaitGroup) {\n"
    "\tdefer wg.Done()\n"
    "\tmu.Lock()\n"
    "\tok := balance >= n\n"
    "\tmu.Unlock()\n"
    "\tif ok {\n"
    "\t\tmu.Lock()\n"
    "\t\tbalance -= n\n"
    "\t\tmu.Unlock()\n"
    "\t}\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tvar mu sync.Mutex\n"
    "\tvar wg sync.WaitGroup\n"
    "\twg.Add(2)\n"
    "\tgo withdraw(80, &mu, &wg)\n"
    "\tgo withdraw(70, &mu, &wg)\n"
    "\twg.Wait()\n"
    "\tif balance < 0 {\n"
    "\t\tpanic(\"overdrawn\")\n"
    "\t}\n"
    "}\n";

static void test_replay(void)
{
    Program *prog = compile_src(bank);
    ok(prog != NULL, "bank compiles");
    if (!prog) return;
    ScheduleCtl *c = schedctl_new(SCHED_DFS, 1);
    c->max_preempt = 2;
    int n = 0;
    RunState st;
    do {
        st = run_one(prog, c, 1);
        n++;
    } while (st != RUN_PANICKED && n < 1000 && schedctl_dfs_next(c));
    ok(st == RUN_PANICKED, "the exhaustive search finds the overdraft (schedule %d)", n);
    char *s = schedctl_string(c);
    Buf first_err = BUF_INIT;
    buf_add(&first_err, err.data, err.len);
    ScheduleCtl *r = schedctl_new(SCHED_RANDOM, 1);
    const char *cause;
    ok(schedctl_parse(r, s, &cause), "its schedule string parses: %s", s);
    st = run_one(prog, r, r->vm_seed);
    ok(st == RUN_PANICKED && !r->diverged, "replaying it panics again");
    is_str(buf_str(&err), buf_str(&first_err), "with the same stderr");
    char *again = schedctl_string(r);
    is_str(again, s, "and records the same schedule");
    free(again);
    free(s);
    buf_fini(&first_err);
    schedctl_free(r);
    schedctl_free(c);

    /* random and PCT: the same seeds give the same schedules */
    for (int mode = 0; mode < 2; mode++) {
        ScheduleCtl *a = schedctl_new(mode ? SCHED_PCT : SCHED_RANDOM, 1);
        ScheduleCtl *b = schedctl_new(mode ? SCHED_PCT : SCHED_RANDOM, 1);
        bool same = true;
        for (uint64_t i = 1; i <= 20; i++) {
            run_one(prog, a, i);
            run_one(prog, b, i);
            char *x = schedctl_string(a), *y = schedctl_string(b);
            same = same && strcmp(x, y) == 0;
            free(x);
            free(y);
        }
        ok(same, "%s: same seed, same schedule", mode ? "PCT" : "random");
        schedctl_free(a);
        schedctl_free(b);
    }
    program_free(prog);
    compile_fini();
}

int main(void)
{
    plan_lazy();
    test_strings();
    test_dfs_count();
    test_replay();
    buf_fini(&out);
    buf_fini(&err);
    return done_testing();
}
