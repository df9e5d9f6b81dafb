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
    ok(!schedctl_parse(c, "v3-1-1", &cause) && cause, "a wrong version tag is refused");
    ok(schedctl_parse(c, "v2-1-1.2", &cause) && c->calm && c->nwant == 2, "v2: the calm default after the string");
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
    ok(schedctl_parse(c, "v2-1-S1.2", &cause) && c->nwant == 2 && c->want[0] == (SCHED_SELECT_BIT | 1) &&
           c->want[1] == 2, "S: a select's case, not a goroutine");
    c->rec = realloc(c->rec, 2 * sizeof *c->rec);
    c->caprec = 2;
    memcpy(c->rec, c->want, 2 * sizeof *c->rec);
    c->nrec = 2;
    free(c->recdef);
    c->recdef = NULL;
    s = schedctl_string(c);
    is_str(s, "v2-1-S1.2", "select cases print back the same");
    free(s);
    c->nrec = 0;
    ok(!schedctl_parse(c, "v2-1-S1~f", &cause), "a select's case has no time slice");
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
/* two senders, one asleep first: decisions with one runnable goroutine
 * while a timer is pending */
static const char two_senders[] =
    "package main\n"
    "\n"
    "import (\n\t\"fmt\"\n\t\"time\"\n)\n"
    "\n"
    "func main() {\n"
    "\tch := make(chan int)\n"
    "\tgo func() {\n"
    "\t\ttime.Sleep(time.Millisecond)\n"
    "\t\tch <- 1\n"
    "\t\ttime.Sleep(time.Millisecond)\n"
    "\t\tch <- 3\n"
    "\t}()\n"
    "\tgo func() { ch <- 2 }()\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\tfmt.Println(<-ch)\n"
    "\t}\n"
    "}\n";

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

/* A select with two ready cases: the seed's choice, or the case a schedule
 * forces ("S"), recorded only when it differs from the seed's. */
static const char two_ready[] =
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\ta := make(chan int, 1)\n"
    "\tb := make(chan int, 1)\n"
    "\ta <- 1\n"
    "\tb <- 2\n"
    "\tselect {\n"
    "\tcase v := <-a:\n"
    "\t\tfmt.Println(\"a\", v)\n"
    "\tcase v := <-b:\n"
    "\t\tfmt.Println(\"b\", v)\n"
    "\t}\n"
    "}\n";

static void test_select_case(void)
{
    Program *p = compile_src(two_ready);
    ok(p != NULL, "two ready cases compiles");
    if (!p) return;
    char seeds[8] = "";
    for (int k = 0; k < 2; k++) {
        const char *want = k ? "v2-1-S1" : "v2-1-S0";
        ScheduleCtl *c = schedctl_new(SCHED_RANDOM, 1);
        const char *cause;
        ok(schedctl_parse(c, want, &cause), "%s parses", want);
        run_one(p, c, 1);
        char *got = schedctl_string(c);
        is_str(buf_str(&out), k ? "b 2\n" : "a 1\n", "%s: the select takes case %d", want, k);
        ok(c->sel_seq == 1 && c->sel_n == 2 && c->sel_ready[0] == 0 && c->sel_ready[1] == 1 && c->sel_taken == k,
           "the lab sees the ready cases and the one taken");
        /* recorded only when forced away from the seed's choice */
        ok(strcmp(got, want) == 0 || strcmp(got, "v2-1-") == 0, "%s records %s", want, got);
        if (strcmp(got, "v2-1-") == 0) seeds[0] = (char)('0' + k);
        free(got);
        schedctl_free(c);
    }
    ok(seeds[0] != 0, "the seed's own case is not recorded (it is case %s)", seeds);
    program_free(p);
}

/* Package variables as switch points (VMOptions.mem_points, a challenge's
 * switch_points: [memory]): visits++ is a read and a write, and a schedule
 * can run the other visitor between them. */
static const char two_visits[] =
    "package main\n"
    "\n"
    "import (\n\t\"fmt\"\n\t\"sync\"\n)\n"
    "\n"
    "var visits int\n"
    "\n"
    "func visit(wg *sync.WaitGroup) {\n"
    "\tdefer wg.Done()\n"
    "\tvisits++\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tvar wg sync.WaitGroup\n"
    "\twg.Add(2)\n"
    "\tgo visit(&wg)\n"
    "\tgo visit(&wg)\n"
    "\twg.Wait()\n"
    "\tfmt.Println(\"visits:\", visits)\n"
    "}\n";

static void test_mem_points(void)
{
    Program *p = compile_src(two_visits);
    ok(p != NULL, "two visits compiles");
    if (!p) return;
    for (int mem = 0; mem < 2; mem++) {
        ScheduleCtl *c = schedctl_new(SCHED_REPLAY, 1);
        const char *cause;
        schedctl_parse(c, "v2-1-1*2.2.3", &cause);
        schedctl_begin_run(c, 1);
        buf_reset(&out);
        VMOptions vo = {.seed = 1, .write = capture, .max_steps = 1000000, .mem_points = mem};
        VM *vm = vm_new(p, &vo);
        insp_set_recording(vm, true);
        schedctl_attach(vm, c);
        rt_start(vm);
        rt_step(vm, STEP_END, 0);
        int64_t n = 0, reads = 0, writes = 0;
        Event *ev = insp_events(vm, 0, &n);
        for (int64_t i = 0; i < n; i++)
            if (ev[i].kind == EV_MEMORY && ev[i].g != 1) *(ev[i].b ? &writes : &reads) += 1;
        free(ev);
        rt_finish(vm, false);
        vm_free(vm);
        if (mem) {
            is_str(buf_str(&out), "visits: 1\n", "memory switch points: the second visitor runs between the read and the write");
            ok(reads == 2 && writes == 2, "each visitor's read and write of visits is an event (%lld reads, %lld writes)",
               (long long)reads, (long long)writes);
        } else {
            is_str(buf_str(&out), "visits: 2\n", "without them visits++ is not split");
            is_int(reads + writes, 0, "and no memory events");
        }
        schedctl_free(c);
    }
    program_free(p);
}

/* ask_replays picks through prog asking (the newest goroutine each time;
 * after three picks, the calm rest), then replays the recorded v2 string
 * without asking: the same decisions, the same output. */
static void ask_replays(const char *src, const char *what)
{
    Program *p = compile_src(src);
    if (!p) return;
    ScheduleCtl *c = schedctl_new(SCHED_REPLAY, 1);
    schedctl_replay(c, 1, NULL, 0);
    c->ask = true;
    schedctl_begin_run(c, 1);
    buf_reset(&out);
    buf_reset(&err);
    VMOptions vo = {.seed = 1, .write = capture, .max_steps = 1000000};
    VM *vm = vm_new(p, &vo);
    schedctl_attach(vm, c);
    rt_start(vm);
    RunState st = rt_step(vm, STEP_END, 0);
    int picks = 0;
    int64_t picked[3];
    char *at3 = NULL;
    while (st == RUN_PAUSED && c->asking && picks < 100) {
        if (++picks > 3) {
            at3 = schedctl_string(c);
            c->ask = false;
        } else {
            picked[picks - 1] = c->ask_ids[picks == 2 ? 0 : c->nask - 1];
            schedctl_pick(c, picked[picks - 1]);
        }
        st = rt_step(vm, STEP_END, 0);
    }
    rt_finish(vm, false);
    vm_free(vm);
    Buf first = BUF_INIT;
    buf_add(&first, out.data, out.len);
    buf_add(&first, err.data, err.len);
    if (at3) {   /* the same picks from a fresh start stop at the same choice (the lab's b) */
        ScheduleCtl *c2 = schedctl_new(SCHED_REPLAY, 1);
        schedctl_replay(c2, 1, picked, 3);
        c2->ask = true;
        schedctl_begin_run(c2, 1);
        VM *vm2 = vm_new(p, &vo);
        schedctl_attach(vm2, c2);
        rt_start(vm2);
        RunState st3 = rt_step(vm2, STEP_END, 0);
        char *again3 = schedctl_string(c2);
        ok(st3 == RUN_PAUSED && c2->asking && strcmp(at3, again3) == 0,
           "%s: the picks replayed from the start stop at the same choice (%s, %s)", what, at3, again3);
        free(again3);
        rt_finish(vm2, false);
        vm_free(vm2);
        schedctl_free(c2);
        free(at3);
    }
    char *s = schedctl_string(c);
    ScheduleCtl *r = schedctl_new(SCHED_RANDOM, 1);
    const char *cause;
    bool parsed = schedctl_parse(r, s, &cause);
    RunState st2 = parsed ? run_one(p, r, 1) : RUN_FATAL;
    Buf again = BUF_INIT;
    buf_add(&again, out.data, out.len);
    buf_add(&again, err.data, err.len);
    char *s2 = schedctl_string(r);
    ok(parsed && st2 == st && !r->diverged && strcmp(buf_str(&first), buf_str(&again)) == 0 && strcmp(s, s2) == 0,
       "%s: the asked run's schedule %s replays it without asking (%s)", what, s, s2);
    free(s);
    free(s2);
    buf_fini(&first);
    buf_fini(&again);
    schedctl_free(r);
    schedctl_free(c);
    program_free(p);
}

/* Shrinking (rt/explore.h): the overdraft found by random exploration
 * shrinks to the one preemption that matters (after the first withdrawal's
 * check, the second one runs), and the shrunk v2 string replays it. */
static Program *shrink_prog;
static bool overdrawn(void *ctx, ScheduleCtl *c)
{
    (void)ctx;
    buf_reset(&out);
    buf_reset(&err);
    VMOptions vo = {.seed = c->vm_seed, .write = capture, .max_steps = 1000000};
    VM *vm = vm_new(shrink_prog, &vo);
    insp_set_recording(vm, false);
    schedctl_attach(vm, c);
    rt_start(vm);
    RunState st = rt_step(vm, STEP_END, 0);
    rt_finish(vm, false);
    vm_free(vm);
    return st == RUN_PANICKED && strstr(buf_str(&err), "panic: overdrawn");
}

static void test_shrink(void)
{
    shrink_prog = compile_src(bank);
    if (!shrink_prog) return;
    char *found = NULL;
    int at = explore_finds(shrink_prog, SCHED_RANDOM, 500, true, &found);
    ok(at > 0 && found, "random exploration finds the overdraft (run %d)", at);
    if (found) {
        ShrinkStats ss;
        char *s = schedctl_shrink(found, overdrawn, NULL, 400, &ss);
        ok(s != NULL, "it shrinks: %s -> %s (%d runs)", found, s ? s : "-", ss.runs);
        is_int(ss.pre_to, 1, "to one preemption (from %lld)", (long long)ss.pre_from);
        ok(ss.to <= ss.from && ss.to <= 6, "and few decisions: %lld -> %lld", (long long)ss.from,
           (long long)ss.to);
        ok(s && !strncmp(s, "v2-", 3), "a v2 string");
        ScheduleCtl *r = schedctl_new(SCHED_RANDOM, 1);
        const char *cause;
        ok(s && schedctl_parse(r, s, &cause) && (schedctl_begin_run(r, r->vm_seed), overdrawn(NULL, r)),
           "the shrunk schedule replays the overdraft");
        char *again = schedctl_string(r);
        is_str(again, s, "and records the same v2 string");
        free(again);
        schedctl_free(r);
        /* nothing fails: no shrunk schedule */
        char *none = schedctl_shrink("v2-1-", overdrawn, NULL, 50, &ss);
        ok(none == NULL, "a schedule that does not fail is not shrunk");
        free(s);
        free(found);
    }

    /* asking (challenge lessons): with no decisions left the run pauses at
     * the next choice with the runnable goroutines; a pick goes on */
    ScheduleCtl *c = schedctl_new(SCHED_REPLAY, 1);
    schedctl_replay(c, 1, NULL, 0);
    c->ask = true;
    schedctl_begin_run(c, 1);
    VMOptions vo = {.seed = 1, .write = capture, .max_steps = 1000000};
    VM *vm = vm_new(shrink_prog, &vo);
    schedctl_attach(vm, c);
    rt_start(vm);
    RunState st = rt_step(vm, STEP_END, 0);
    ok(st == RUN_PAUSED && c->asking && c->nask == 2 && c->ask_ids[0] == 1 && c->ask_ids[1] == 2,
       "the run pauses at the first choice: main or the first withdrawal (%d candidates)", c->nask);
    int64_t picks = 0;
    while (st == RUN_PAUSED && c->asking && picks < 100) {
        schedctl_pick(c, c->ask_ids[c->nask - 1]);   /* always the newest goroutine */
        st = rt_step(vm, STEP_END, 0);
        picks++;
    }
    ok(st == RUN_EXITED && picks > 0, "picking goes on to the end (%lld picks)", (long long)picks);
    rt_finish(vm, false);
    vm_free(vm);
    schedctl_free(c);
    program_free(shrink_prog);
    ask_replays(bank, "bank");
    ask_replays(sleepy, "sleepy");
    ask_replays(two_senders, "two senders (timers: a lone goroutine's decisions are not asked)");
    compile_fini();
}

int main(void)
{
    plan_lazy();
    test_strings();
    test_dfs_count();
    test_replay();
    test_adversary();
    test_shrink();
    test_select_case();
    test_mem_points();
    compile_fini();
    buf_fini(&out);
    buf_fini(&err);
    return done_testing();
}
