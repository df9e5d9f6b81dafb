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
    ok(schedctl_parse(c, "v1-1-0.2~f*2.3", &cause) && c->nwant == 4 && c->want[0] == 0 &&
           c->want[1] == (15LL << 32 | 2) && c->want[2] == c->want[1] && c->want[3] == 3,
       "0 is time passing; ~ gives a time slice, repeated with *");
    c->rec = realloc(c->rec, 4 * sizeof *c->rec);
    memcpy(c->rec, c->want, 4 * sizeof *c->rec);
    c->nrec = 4;
    s = schedctl_string(c);
    is_str(s, "v1-1-0.2~f*2.3", "time and slices print back the same");
    free(s);
    ok(!schedctl_parse(c, "v1-1-2~1", &cause), "a slice of one instruction is refused");
    ok(!schedctl_parse(c, "v1-1-2~", &cause), "a missing slice is refused");
    ok(schedctl_parse(c, "v1-1-", &cause) && c->nwant == 0, "an empty schedule is fine");
    /* the fuzzer's: repeat counts adding up to a billion decisions took minutes */
    ok(!schedctl_parse(c, "v1-1-1*g00000.2*g00000", &cause) && cause && strstr(cause, "16777216"),
       "more than 2^24 decisions are refused");
    ok(!schedctl_parse(c, "v1-1-1*5zzzz.2*5zzzz", &cause), "so are several repeats that add up");
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

/* The timing adversary (rt/explore.h): a sleep is not synchronisation. */
static const char sleepy[] =
    "package main\n"
    "\n"
    "import \"time\"\n"
    "\n"
    "func main() {\n"
    "\tch := make(chan int, 1)\n"
    "\tgo func() {\n"
    "\t\ttime.Sleep(10 * time.Millisecond)\n"
    "\t\tch <- 1\n"
    "\t}()\n"
    "\ttime.Sleep(time.Second) // \"long enough\"\n"
    "\tselect {\n"
    "\tcase <-ch:\n"
    "\tdefault:\n"
    "\t\tpanic(\"the worker has not sent yet\")\n"
    "\t}\n"
    "}\n";

/* The same with a blocking receive: right on every schedule. */
static const char synced[] =
    "package main\n"
    "\n"
    "import \"time\"\n"
    "\n"
    "func main() {\n"
    "\tch := make(chan int, 1)\n"
    "\tgo func() {\n"
    "\t\ttime.Sleep(10 * time.Millisecond)\n"
    "\t\tch <- 1\n"
    "\t}()\n"
    "\ttime.Sleep(time.Second)\n"
    "\t<-ch\n"
    "}\n";

/* Lost updates: %s is the increment (an atomic Load then Store, one atomic
 * Add, or a read and a write with a call between them: a short time slice
 * can end at the call; the VM counts its slice at calls and back edges). */
static const char counter_fmt[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"sync\"\n"
    "\t\"sync/atomic\"\n"
    ")\n"
    "\n"
    "var n int64\n"
    "\n"
    "func work() int { return 1 }\n"
    "\n"
    "func main() {\n"
    "\tvar wg sync.WaitGroup\n"
    "\tfor g := 0; g < 2; g++ {\n"
    "\t\twg.Add(1)\n"
    "\t\tgo func() {\n"
    "\t\t\tdefer wg.Done()\n"
    "\t\t\tfor i := 0; i < 50; i++ {\n"
    "\t\t\t\t%s\n"
    "\t\t\t}\n"
    "\t\t}()\n"
    "\t}\n"
    "\twg.Wait()\n"
    "\tif atomic.LoadInt64(&n) != 100 {\n"
    "\t\tpanic(\"lost update\")\n"
    "\t}\n"
    "}\n";

/* explore_finds runs prog under mode up to runs times; returns the number of
 * the first run that panicked (0: none), its schedule in *sched (new). */
static int explore_finds(Program *prog, SchedMode mode, int runs, bool timing, char **sched)
{
    ScheduleCtl *c = schedctl_new(mode, 1);
    c->timing = timing;
    int found = 0;
    for (int i = 1; i <= runs && !found; i++) {
        if (run_one(prog, c, (uint64_t)i) == RUN_PANICKED) found = i;
        else if (mode == SCHED_DFS && !schedctl_dfs_next(c)) break;
    }
    if (sched) *sched = found ? schedctl_string(c) : NULL;
    schedctl_free(c);
    return found;
}

/* A ticker keeps a goroutine busy while main works (lessons-c's report):
 * PCT gives main the lowest priority; if time could pass without bound,
 * every tick would wake the higher one again and main would starve for
 * hours of virtual time. */
static const char ticker_prog[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "func main() {\n"
    "\tt := time.NewTicker(time.Second)\n"
    "\tdefer t.Stop()\n"
    "\tevents := make(chan int)\n"
    "\tdone := make(chan struct{})\n"
    "\tout := make(chan int, 16)\n"
    "\tgo func() {\n"
    "\t\tfor {\n"
    "\t\t\tselect {\n"
    "\t\t\tcase <-events:\n"
    "\t\t\tcase <-t.C:\n"
    "\t\t\t\tout <- 1\n"
    "\t\t\tcase <-done:\n"
    "\t\t\t\tclose(out)\n"
    "\t\t\t\treturn\n"
    "\t\t\t}\n"
    "\t\t}\n"
    "\t}()\n"
    "\tprinted := make(chan struct{})\n"
    "\tgo func() {\n"
    "\t\tn := 0\n"
    "\t\tfor range out {\n"
    "\t\t\tn++\n"
    "\t\t}\n"
    "\t\tfmt.Println(\"flushes:\", n)\n"
    "\t\tclose(printed)\n"
    "\t}()\n"
    "\tfor i := 0; i < 40; i++ {\n"
    "\t\tevents <- i\n"
    "\t\ttime.Sleep(25 * time.Millisecond)\n"
    "\t}\n"
    "\tclose(done)\n"
    "\t<-printed\n"
    "}\n";

static void test_adversary(void)
{
    Program *p = compile_src(sleepy);
    ok(p != NULL, "sleepy compiles");
    if (!p) return;
    is_int(explore_finds(p, SCHED_RANDOM, 300, false, NULL), 0, "a fair clock: the sleep always looks long enough");
    char *s = NULL;
    int at = explore_finds(p, SCHED_RANDOM, 300, true, &s);
    ok(at > 0, "random + timing: the worker starves past main's sleep (run %d: %s)", at, s ? s : "-");
    ok(s && strstr(s, ".0") != NULL, "the schedule says where time passed");
    if (s) {
        ScheduleCtl *r = schedctl_new(SCHED_REPLAY, 1);
        const char *cause;
        ok(schedctl_parse(r, s, &cause) && run_one(p, r, r->vm_seed) == RUN_PANICKED && !r->diverged,
           "replaying it panics again");
        schedctl_free(r);
    }
    free(s);
    ok(explore_finds(p, SCHED_PCT, 300, true, NULL) > 0, "PCT + timing finds it");
    ok(explore_finds(p, SCHED_DFS, 1000, true, NULL) > 0, "the exhaustive search finds it");
    program_free(p);

    p = compile_src(synced);
    ok(p != NULL, "synced compiles");
    if (!p) return;
    is_int(explore_finds(p, SCHED_RANDOM, 300, true, NULL) + explore_finds(p, SCHED_PCT, 300, true, NULL) +
               explore_finds(p, SCHED_DFS, 1000, true, NULL), 0,
           "a blocking receive passes every schedule, random, PCT and exhaustive");
    program_free(p);

    p = compile_src(ticker_prog);
    ok(p != NULL, "the ticker program compiles");
    if (p) {
        ScheduleCtl *c = schedctl_new(SCHED_PCT, 1);
        int limited = 0;
        for (int i = 1; i <= 200; i++)
            if (run_one(p, c, (uint64_t)i) == RUN_LIMIT) limited++;
        is_int(limited, 0, "PCT + timing: no run starves main past the time limit (200 runs)");
        schedctl_free(c);
        program_free(p);
    }

    static const struct { const char *incr; bool lost; const char *what; } cases[] = {
        {"atomic.StoreInt64(&n, atomic.LoadInt64(&n)+1)", true, "atomic Load then Store"},
        {"atomic.AddInt64(&n, 1)", false, "one atomic Add"},
        {"v := n; work(); n = v + 1", true, "a read, a call, a write in a CPU-bound loop"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char src[2048];
        snprintf(src, sizeof src, counter_fmt, cases[k].incr);
        p = compile_src(src);
        ok(p != NULL, "%s compiles", cases[k].what);
        if (!p) continue;
        int r = explore_finds(p, SCHED_RANDOM, 300, true, NULL);
        if (cases[k].lost) ok(r > 0, "%s: explore loses an update (run %d)", cases[k].what, r);
        else is_int(r, 0, "%s: no update is lost in 300 schedules", cases[k].what);
        program_free(p);
    }
}

int main(void)
{
    plan_lazy();
    test_strings();
    test_dfs_count();
    test_replay();
    test_adversary();
    buf_fini(&out);
    buf_fini(&err);
    return done_testing();
}
