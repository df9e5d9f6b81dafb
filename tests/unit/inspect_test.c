/* tests/unit/inspect_test.c: the inspection API (rt/inspect.h) through Go
 * source: snapshots at a known point (goroutine states, wait reasons, channel
 * buffers and queues, lines), the event stream of a small program, stepping
 * by event, slice and virtual time (and that stepping never changes the run),
 * determinism of events and trace JSON per seed, every RunState, durations. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/diag.h"
#include "base/xalloc.h"
#include "lang/compile.h"
#include "rt/inspect.h"
#include "gosrc.h"
#include "tap.h"
#include "vm/vm.h"

/* A compiled program and its VM, ready to step. */
typedef struct Run {
    Program *prog;
    VM      *vm;
} Run;

static bool start(Run *r, const char *src, uint64_t seed, uint64_t max_steps)
{
    r->prog = compile_src(src);
    if (!r->prog) {
        compile_fini();
        return false;
    }
    VMOptions vo = {.seed = seed, .write = capture, .max_steps = max_steps};
    r->vm = vm_new(r->prog, &vo);
    rt_start(r->vm);
    return true;
}

static void stop(Run *r)
{
    vm_free(r->vm);
    program_free(r->prog);
    compile_fini();
}

/* trace_text returns the trace JSON of r as a new string. */
static char *trace_text(Run *r)
{
    char *data = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&data, &len);
    bool ok = insp_write_trace(r->vm, f);
    fclose(f);
    if (!ok) diag("insp_write_trace failed");
    return data;
}

/* ---- a snapshot at a known point ---- */

static const char *known_src =
    "package main\n"                               /* 1 */
    "\n"                                           /* 2 */
    "import (\n"                                   /* 3 */
    "\t\"fmt\"\n"                                  /* 4 */
    "\t\"time\"\n"                                 /* 5 */
    ")\n"                                          /* 6 */
    "\n"                                           /* 7 */
    "func filler(c chan int) {\n"                  /* 8 */
    "\tc <- 1\n"                                   /* 9 */
    "\tc <- 2\n"                                   /* 10 */
    "\tc <- 3\n"                                   /* 11: blocks, buffer full */
    "}\n"                                          /* 12 */
    "\n"                                           /* 13 */
    "func waiter(d chan string) {\n"               /* 14 */
    "\tfmt.Println(<-d)\n"                         /* 15: blocks */
    "}\n"                                          /* 16 */
    "\n"                                           /* 17 */
    "func main() {\n"                              /* 18 */
    "\tc := make(chan int, 2)\n"                   /* 19 */
    "\td := make(chan string)\n"                   /* 20 */
    "\tgo filler(c)\n"                             /* 21 */
    "\tgo waiter(d)\n"                             /* 22 */
    "\ttime.Sleep(time.Second)\n"                  /* 23 */
    "\tfmt.Println(<-c, <-c, <-c)\n"               /* 24 */
    "\td <- \"bye\"\n"                             /* 25 */
    "\ttime.Sleep(time.Millisecond)\n"             /* 26 */
    "}\n";                                         /* 27 */

static void test_snapshot(void)
{
    Run r;
    if (!start(&r, known_src, 1, 0)) {
        ok(false, "known program compiles");
        return;
    }
    const int64_t at = 500000000;   /* 500ms: everyone is blocked */
    is_int(rt_step(r.vm, STEP_UNTIL, at), RUN_PAUSED, "STEP_UNTIL 500ms: paused");
    Snapshot *s = insp_snapshot(r.vm);
    is_int(s->now_ns, at, "STEP_UNTIL stops at exactly 500ms while everyone sleeps");
    is_int(s->state, RUN_PAUSED, "snapshot state paused");
    is_int(s->ngs, 3, "three goroutines");
    if (s->ngs == 3) {
        GSnap *m = &s->gs[0], *f = &s->gs[1], *w = &s->gs[2];
        is_int(m->id, 1, "main first");
        is_str(m->state, "sleep", "main sleeps");
        is_int(m->reason, WAIT_SLEEP, "main's reason");
        is_str(m->func, "main.main", "main's top frame");
        is_int(m->line, 23, "main at the Sleep line");
        ok(m->created_fn == NULL && m->created_by == 0, "main has no creator");

        is_int(f->id, 2, "filler is goroutine 2");
        is_str(f->state, "chan send", "filler blocked in chan send");
        is_int(f->reason, WAIT_CHAN_SEND, "filler's reason");
        is_str(f->func, "main.filler", "filler's function");
        is_str(f->file, "/tmp/prog.go", "filler's file");
        is_int(f->line, 11, "filler blocked on the third send");
        is_int(f->chan_id, 1, "filler waits on channel 1");
        ok(f->waiting_ns > 499000000 && f->waiting_ns <= at, "filler waited about 500ms (%lld)",
           (long long)f->waiting_ns);
        is_str(f->created_fn, "main.main", "filler created by main.main");
        is_int(f->created_by, 1, "in goroutine 1");
        is_int(f->created_line, 21, "at the go statement");
        ok(m->cpu_ns > 0, "main used some CPU");
        ok(strncmp(f->stack, "goroutine 2 [chan send]:\nmain.filler(", 36) == 0, "filler's dump header");
        ok(strstr(f->stack, "created by main.main in goroutine 1\n") != NULL, "dump has created by");

        is_int(w->id, 3, "waiter is goroutine 3");
        is_str(w->state, "chan receive", "waiter blocked in chan receive");
        is_int(w->line, 15, "waiter's line");
        is_int(w->chan_id, 2, "waiter waits on channel 2");
    }
    is_int(s->nchans, 2, "two channels");
    if (s->nchans == 2) {
        ChanSnap *c = &s->chans[0], *d = &s->chans[1];
        is_int(c->id, 1, "channel 1");
        is_str(c->type, "chan int", "channel 1's type");
        is_int(c->cap, 2, "cap 2");
        is_int(c->len, 2, "len 2");
        if (c->len == 2) {
            is_str(c->values[0], "1", "buffered value 1");
            is_str(c->values[1], "2", "buffered value 2");
        }
        ok(!c->closed, "not closed");
        ok(c->nsendq == 1 && c->sendq[0] == 2, "goroutine 2 in the send queue");
        is_int(c->nrecvq, 0, "nobody receives on channel 1");
        is_int(c->made_line, 19, "channel 1 made at line 19");
        is_str(c->made_file, "/tmp/prog.go", "channel 1's file");
        is_str(c->name, "c", "channel 1 is the variable c");
        is_str(d->name, "d", "channel 2 is the variable d");
        is_str(d->type, "chan string", "channel 2's type");
        is_int(d->cap, 0, "unbuffered");
        ok(d->nrecvq == 1 && d->recvq[0] == 3, "goroutine 3 in the receive queue");
        is_int(d->nsendq, 0, "nobody sends on channel 2");
    }
    is_int(s->ntimers, 1, "one armed timer (main's sleep)");
    is_int(s->stats.created, 3, "stats: three created");
    is_int(s->stats.live, 3, "stats: three live");
    ok(s->heap_bytes > 0 && s->heap_peak >= s->heap_bytes, "heap numbers");
    insp_free(s);

    /* on to the end */
    is_int(rt_step(r.vm, STEP_END, 0), RUN_EXITED, "STEP_END: exited");
    is_int(rt_finish(r.vm, false), 0, "exit status 0");
    is_str(buf_str(&out), "1 2 3\nbye\n", "output");
    s = insp_snapshot(r.vm);
    is_int(s->state, RUN_EXITED, "final snapshot says exited");
    insp_free(s);
    stop(&r);
}

/* ---- the event stream ---- */

static void test_events(void)
{
    const char *src =
        "package main\n"                     /* 1 */
        "\n"                                 /* 2 */
        "func main() {\n"                    /* 3 */
        "\tc := make(chan int)\n"            /* 4 */
        "\tgo func() { c <- 42 }()\n"        /* 5 */
        "\t<-c\n"                            /* 6 */
        "}\n";                               /* 7 */
    Run r;
    if (!start(&r, src, 1, 0)) {
        ok(false, "compiles");
        return;
    }
    rt_step(r.vm, STEP_END, 0);
    rt_finish(r.vm, false);
    int64_t n;
    Event *ev = insp_events(r.vm, 0, &n);
    static const struct { EventKind k; int64_t g, a, line; } want[] = {
        {EV_GO_CREATE, 0, 1, 0},   {EV_GO_START, 1, 0, -1},    {EV_CHAN_MAKE, 1, 1, 4},
        {EV_GO_CREATE, 1, 2, 5},   {EV_GO_BLOCK, 1, 1, 6},     {EV_GO_START, 2, 0, 5},
        {EV_CHAN_SEND, 2, 1, 5},   {EV_CHAN_RECV, 1, 1, 6},    {EV_GO_UNBLOCK, 1, 2, 6},   /* a: woken by g2 */
        {EV_GO_END, 2, 0, -1},     {EV_GO_START, 1, 0, 6},     {EV_GO_END, 1, 1, -1},
    };
    int nw = (int)(sizeof want / sizeof want[0]);
    is_int(n, nw, "event count");
    is_int(insp_event_count(r.vm), nw, "insp_event_count");
    bool same = n == nw;
    for (int i = 0; same && i < nw; i++) {
        if (ev[i].kind != want[i].k || ev[i].g != want[i].g || ev[i].a != want[i].a ||
            (want[i].line >= 0 && ev[i].line != want[i].line)) {
            diag("event %d: got %s g%lld a%lld line %d, want %s g%lld a%lld line %lld", i,
                 event_kind_name[ev[i].kind], (long long)ev[i].g, (long long)ev[i].a, (int)ev[i].line,
                 event_kind_name[want[i].k], (long long)want[i].g, (long long)want[i].a,
                 (long long)want[i].line);
            same = false;
        }
    }
    if (!same)
        for (int64_t i = 0; i < n; i++)
            diag("  %s g%lld a%lld b%lld line %d t %lld", event_kind_name[ev[i].kind], (long long)ev[i].g,
                 (long long)ev[i].a, (long long)ev[i].b, (int)ev[i].line, (long long)ev[i].t);
    ok(same, "events in order: create, start, make, go, block, start, send, recv, unblock, end...");
    if (n >= 5) is_int(ev[4].reason, WAIT_CHAN_RECEIVE, "block reason: chan receive");
    bool monotonic = true;
    for (int64_t i = 1; i < n; i++) monotonic = monotonic && ev[i].t >= ev[i - 1].t;
    ok(monotonic, "event times never go back");
    free(ev);
    ev = insp_events(r.vm, n - 2, &n);
    ok(n == 2 && ev[1].kind == EV_GO_END, "insp_events from an index");
    free(ev);
    stop(&r);
}

/* ---- determinism and stepping ---- */

static const char *racy_src =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"sync\"\n"
    ")\n"
    "\n"
    "func main() {\n"
    "\tvar wg sync.WaitGroup\n"
    "\tvar mu sync.Mutex\n"
    "\tc := make(chan int, 3)\n"
    "\ttotal := 0\n"
    "\tfor i := 0; i < 6; i++ {\n"
    "\t\twg.Add(1)\n"
    "\t\tgo func() {\n"
    "\t\t\tdefer wg.Done()\n"
    "\t\t\tfor k := 0; k < 3000; k++ {\n"
    "\t\t\t\tmu.Lock()\n"
    "\t\t\t\ttotal += k\n"
    "\t\t\t\tmu.Unlock()\n"
    "\t\t\t}\n"
    "\t\t\tc <- i\n"
    "\t\t}()\n"
    "\t}\n"
    "\tgo func() { wg.Wait(); close(c) }()\n"
    "\tfor v := range c {\n"
    "\t\tfmt.Print(v, \" \")\n"
    "\t}\n"
    "\tselect {\n"
    "\tcase <-c:\n"
    "\tdefault:\n"
    "\t}\n"
    "\tfmt.Println(total)\n"
    "}\n";

/* Record of one whole run. */
typedef struct Result {
    Event  *ev;
    int64_t n;
    char   *trace;
    char   *out;
    int     status;
    int64_t now;
} Result;

static void result_free(Result *r)
{
    free(r->ev);
    free(r->trace);
    free(r->out);
}

/* run_mode runs src with seed, stepping with mode (arg: the STEP_UNTIL
 * increment), and records everything. */
/* intern keeps one copy of each name an event points to: events outlive the
 * program their names are borrowed from, and two runs compare equal only
 * when their names are the same pointers. */
static const char *intern(const char *name)
{
    static char *names[256];
    static int n;
    if (!name) return NULL;
    for (int i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0) return names[i];
    if (n == 256) return "?";
    return names[n++] = xstrdup(name);
}

static bool run_mode(const char *src, uint64_t seed, StepMode mode, int64_t arg, Result *res, int64_t *nsteps)
{
    Run r;
    memset(res, 0, sizeof *res);
    if (!start(&r, src, seed, 0)) return false;
    int64_t steps = 0, t = 0;
    RunState st;
    for (;;) {
        int64_t before = insp_event_count(r.vm);
        if (mode == STEP_UNTIL) t += arg;
        st = rt_step(r.vm, mode, t);
        steps++;
        if (st != RUN_PAUSED) break;
        if (mode == STEP_EVENT && insp_event_count(r.vm) == before) {
            diag("STEP_EVENT returned without an event");
            break;
        }
        if (steps > 10000000) break;
    }
    res->status = rt_finish(r.vm, false);
    res->ev = insp_events(r.vm, 0, &res->n);
    for (int64_t i = 0; i < res->n; i++) {
        res->ev[i].fn = intern(res->ev[i].fn);
        res->ev[i].name = intern(res->ev[i].name);
    }
    res->trace = trace_text(&r);
    res->out = xstrdup(buf_str(&out));
    Snapshot *s = insp_snapshot(r.vm);
    res->now = s->now_ns;
    insp_free(s);
    stop(&r);
    if (nsteps) *nsteps = steps;
    return true;
}

static bool same_result(const Result *a, const Result *b)
{
    return a->n == b->n && memcmp(a->ev, b->ev, (size_t)a->n * sizeof(Event)) == 0 &&
           strcmp(a->trace, b->trace) == 0 && strcmp(a->out, b->out) == 0 && a->status == b->status &&
           a->now == b->now;
}

static void test_determinism(void)
{
    Result a, b;
    if (!run_mode(racy_src, 7, STEP_END, 0, &a, NULL) || !run_mode(racy_src, 7, STEP_END, 0, &b, NULL)) {
        ok(false, "racy program compiles");
        return;
    }
    is_int(a.status, 0, "racy program exits 0");
    ok(a.n > 100, "racy program records events (%lld)", (long long)a.n);
    ok(a.n == b.n && memcmp(a.ev, b.ev, (size_t)a.n * sizeof(Event)) == 0,
       "same seed: byte-identical event lists");
    ok(strcmp(a.trace, b.trace) == 0, "same seed: byte-identical trace JSON");
    ok(strncmp(a.trace, "{\"traceEvents\":[", 16) == 0, "trace starts as Chrome's format");
    ok(strstr(a.trace, "\"name\":\"running\",\"ph\":\"X\"") != NULL, "trace has running slices");
    ok(strstr(a.trace, "\"name\":\"sync.Mutex.Lock\",\"ph\":\"X\"") != NULL ||
       strstr(a.trace, "\"name\":\"chan receive\",\"ph\":\"X\"") != NULL, "trace has blocked slices");
    ok(strstr(a.trace, "\"args\":{\"name\":\"goroutine 1 main.main\"}") != NULL, "trace names goroutine 1");
    ok(strstr(a.trace, "\"args\":{\"name\":\"goroutine 2 main.main.func1\"}") != NULL,
       "trace names goroutine 2 by its function");
    ok(strstr(a.trace, "\"name\":\"mutex lock\",\"ph\":\"i\"") != NULL, "trace has mutex instants");

    /* another seed changes the interleaving */
    bool differs = false;
    for (uint64_t seed = 8; seed < 20 && !differs; seed++) {
        Result c;
        if (!run_mode(racy_src, seed, STEP_END, 0, &c, NULL)) break;
        differs = c.n != a.n || memcmp(c.ev, a.ev, (size_t)(c.n < a.n ? c.n : a.n) * sizeof(Event)) != 0;
        result_free(&c);
    }
    ok(differs, "another seed gives another event order");

    /* stepping never changes the run */
    Result e, s, u, u2;
    int64_t nev = 0, nsl = 0, nun = 0;
    run_mode(racy_src, 7, STEP_EVENT, 0, &e, &nev);
    ok(same_result(&a, &e), "stepping by event: same events, trace and output (%lld steps)", (long long)nev);
    ok(nev > a.n / 2, "stepping by event stops often");
    run_mode(racy_src, 7, STEP_SLICE, 0, &s, &nsl);
    ok(same_result(&a, &s), "stepping by slice: same run (%lld steps)", (long long)nsl);
    run_mode(racy_src, 7, STEP_UNTIL, 997, &u, &nun);
    ok(same_result(&a, &u), "stepping by 997ns: same run (%lld steps)", (long long)nun);
    run_mode(racy_src, 7, STEP_UNTIL, 1, &u2, NULL);
    ok(same_result(&a, &u2), "stepping by 1ns: same run");
    result_free(&e);
    result_free(&s);
    result_free(&u);
    result_free(&u2);

    /* the python check of the JSON is in tests/cli; here: balanced and closed */
    size_t len = strlen(a.trace);
    ok(len > 2 && strcmp(a.trace + len - 2, "}\n") == 0, "trace ends the object");
    result_free(&a);
    result_free(&b);
}

static void test_until(void)
{
    const char *src =
        "package main\n"
        "\n"
        "import (\n"
        "\t\"fmt\"\n"
        "\t\"time\"\n"
        ")\n"
        "\n"
        "func main() {\n"
        "\tn := 0\n"
        "\tfor i := 0; i < 200000; i++ {\n"
        "\t\tn += i\n"
        "\t}\n"
        "\ttime.Sleep(time.Second)\n"
        "\tfmt.Println(n)\n"
        "}\n";
    Run r;
    if (!start(&r, src, 1, 0)) {
        ok(false, "compiles");
        return;
    }
    is_int(rt_step(r.vm, STEP_UNTIL, 1000), RUN_PAUSED, "busy: paused at 1µs");
    Snapshot *s = insp_snapshot(r.vm);
    ok(s->now_ns >= 1000 && s->now_ns < 1020, "busy loop: STEP_UNTIL 1µs stops within a few ns (%lld)",
       (long long)s->now_ns);
    ok(s->ngs == 1 && strcmp(s->gs[0].state, "running") == 0, "main is running in the middle of its slice");
    is_int(s->gs[0].line, 11, "main is in its loop");
    insp_free(s);
    is_int(rt_step(r.vm, STEP_UNTIL, 800000000), RUN_PAUSED, "paused at 800ms");
    s = insp_snapshot(r.vm);
    is_int(s->now_ns, 800000000, "sleeping: STEP_UNTIL 800ms stops exactly");
    is_str(s->gs[0].state, "sleep", "main sleeps");
    insp_free(s);
    is_int(rt_step(r.vm, STEP_UNTIL, 800000000), RUN_PAUSED, "STEP_UNTIL a time already reached: no-op");
    is_int(rt_step(r.vm, STEP_UNTIL, 5000000000LL), RUN_EXITED, "STEP_UNTIL 5s: the program ends first");
    s = insp_snapshot(r.vm);
    ok(s->now_ns > 1000000000 && s->now_ns < 1100000000, "ended soon after 1s (%lld)", (long long)s->now_ns);
    insp_free(s);
    is_int(rt_step(r.vm, STEP_EVENT, 0), RUN_EXITED, "rt_step after the end keeps the state");
    is_int(rt_finish(r.vm, false), 0, "exit 0");
    is_str(buf_str(&out), "19999900000\n", "output");
    stop(&r);
}

/* ---- every RunState ---- */

static void state_case(const char *body, const char *imports, uint64_t max_steps, RunState want_st,
                       int want_code, const char *want_err, const char *name)
{
    char src[1024];
    snprintf(src, sizeof src, "package main\n\n%s\nfunc main() {\n%s\n}\n", imports, body);
    Run r;
    if (!start(&r, src, 1, max_steps)) {
        ok(false, "%s: compiles", name);
        return;
    }
    RunState st = RUN_PAUSED;
    for (int i = 0; i < 1000000 && st == RUN_PAUSED; i++) st = rt_step(r.vm, STEP_SLICE, 0);
    is_str(run_state_name(st), run_state_name(want_st), "%s: state", name);
    is_int(rt_state(r.vm), want_st, "%s: rt_state", name);
    is_int(rt_finish(r.vm, false), want_code, "%s: exit status", name);
    if (want_err && !ok(strstr(buf_str(&err), want_err) != NULL, "%s: message", name))
        diag("stderr: %s", buf_str(&err));
    stop(&r);
}

static void test_states(void)
{
    is_str(run_state_name(RUN_PAUSED), "paused", "state name");
    state_case("", "", 0, RUN_EXITED, 0, NULL, "exit");
    state_case("\tos.Exit(5)", "import \"os\"\n", 0, RUN_EXITED, 5, NULL, "os.Exit");
    state_case("\tpanic(\"boom\")", "", 0, RUN_PANICKED, 2, "panic: boom\n", "panic");
    state_case("\t<-make(chan int)", "", 0, RUN_DEADLOCK, 2,
               "fatal error: all goroutines are asleep - deadlock!", "deadlock");
    state_case("\tvar mu sync.Mutex\n\tmu.Unlock()", "import \"sync\"\n", 0, RUN_FATAL, 2,
               "fatal error: sync: unlock of unlocked mutex", "fatal");
    state_case("\tfor {\n\t}", "", 50000, RUN_LIMIT, EXIT_LIMIT,
               "fatal error: gorolab: step limit of 50000 instructions exceeded (raise it with --max-steps)",
               "step limit");
    state_case("\tfor range time.Tick(time.Hour) {\n\t}", "import \"time\"\n", 0, RUN_LIMIT, EXIT_LIMIT,
               "fatal error: gorolab: virtual time limit of 24h0m0s exceeded (raise it with --max-time)",
               "time limit (default 24h)");
}

/* ---- sync events ---- */

static void test_sync_events(void)
{
    const char *src =
        "package main\n"
        "\n"
        "import \"sync\"\n"
        "\n"
        "func main() {\n"
        "\tvar wg sync.WaitGroup\n"
        "\tvar mu sync.Mutex\n"
        "\twg.Add(2)\n"
        "\tfor i := 0; i < 2; i++ {\n"
        "\t\tgo func() {\n"
        "\t\t\tdefer wg.Done()\n"
        "\t\t\tmu.Lock()\n"
        "\t\t\tmu.Unlock()\n"
        "\t\t}()\n"
        "\t}\n"
        "\twg.Wait()\n"
        "}\n";
    Run r;
    if (!start(&r, src, 1, 0)) {
        ok(false, "compiles");
        return;
    }
    rt_step(r.vm, STEP_END, 0);
    rt_finish(r.vm, false);
    int64_t n;
    Event *ev = insp_events(r.vm, 0, &n);
    int locks = 0, unlocks = 0, adds = 0, waits = 0;
    int64_t wg_id = -1, mu_id = -1;
    for (int64_t i = 0; i < n; i++) {
        switch (ev[i].kind) {
        case EV_LOCK: locks++; mu_id = ev[i].a; break;
        case EV_UNLOCK: unlocks++; break;
        case EV_WG_ADD: adds++; if (adds == 1) { wg_id = ev[i].a; is_int(ev[i].b, 2, "Add(2) delta"); is_int(ev[i].line, 8, "Add's line"); } break;
        case EV_WG_WAIT: waits++; break;
        default: break;
        }
    }
    is_int(locks, 2, "two locks");
    is_int(unlocks, 2, "two unlocks");
    is_int(adds, 3, "Add and two Done");
    is_int(waits, 1, "one Wait");
    ok(wg_id == 1 && mu_id == 2, "sync objects numbered in order of first use (wg %lld, mu %lld)",
       (long long)wg_id, (long long)mu_id);
    free(ev);
    stop(&r);
}

static void test_durations(void)
{
    char b[40];
    struct { int64_t d; const char *s; } cases[] = {
        {0, "0s"}, {1, "1ns"}, {1500, "1.5\xc2\xb5s"}, {2000000, "2ms"}, {1500000000, "1.5s"},
        {90000000000LL, "1m30s"}, {86400000000000LL, "24h0m0s"}, {-5000000000LL, "-5s"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        insp_duration_string(cases[i].d, b);
        is_str(b, cases[i].s, "duration %lld", (long long)cases[i].d);
    }
    int64_t d = 0;
    ok(insp_parse_duration("1h30m", &d) && d == 5400000000000LL, "parse 1h30m");
    ok(insp_parse_duration("5.5s", &d) && d == 5500000000LL, "parse 5.5s");
    ok(insp_parse_duration("250ms", &d) && d == 250000000LL, "parse 250ms");
    ok(insp_parse_duration("10us", &d) && d == 10000, "parse 10us");
    ok(!insp_parse_duration("10", &d), "a number without unit is refused");
    ok(!insp_parse_duration("fast", &d), "nonsense is refused");
    ok(!insp_parse_duration("", &d), "empty is refused");
}

/* ---- raw element arrays in the channel pane's values ---- */

static const char *raw_src =
    "package main\n"
    "\n"
    "import \"time\"\n"
    "\n"
    "func main() {\n"
    "\tb := make(chan []byte, 1)\n"
    "\ta := make(chan [3]int16, 1)\n"
    "\tf := make(chan []float32, 1)\n"
    "\tbuf := []byte(\"xhi\")\n"
    "\tb <- buf[1:]\n"
    "\ta <- [3]int16{1, -2, 300}\n"
    "\tf <- []float32{0.5, -1}\n"
    "\ttime.Sleep(time.Second)\n"
    "}\n";

static void test_raw_values(void)
{
    Run r;
    if (!start(&r, raw_src, 1, 0)) {
        ok(false, "raw-element program compiles");
        return;
    }
    is_int(rt_step(r.vm, STEP_UNTIL, 500000000), RUN_PAUSED, "raw: paused in the sleep");
    Snapshot *s = insp_snapshot(r.vm);
    is_int(s->nchans, 3, "raw: three channels");
    if (s->nchans == 3) {
        ok(s->chans[0].len == 1 && strcmp(s->chans[0].values[0], "[104 105]") == 0,
           "a []byte shows its bytes (%s)", s->chans[0].len ? s->chans[0].values[0] : "");
        ok(s->chans[1].len == 1 && strcmp(s->chans[1].values[0], "[1 -2 300]") == 0,
           "a [3]int16 shows its elements (%s)", s->chans[1].len ? s->chans[1].values[0] : "");
        ok(s->chans[2].len == 1 && strcmp(s->chans[2].values[0], "[0.5 -1]") == 0,
           "a []float32 shows its elements (%s)", s->chans[2].len ? s->chans[2].values[0] : "");
    }
    insp_free(s);
    stop(&r);
}

int main(void)
{
    plan_lazy();
    test_snapshot();
    test_events();
    test_determinism();
    test_until();
    test_states();
    test_sync_events();
    test_durations();
    test_raw_values();
    buf_fini(&out);
    buf_fini(&err);
    return done_testing();
}
