/* tests/unit/race_test.c: the race detector (rt/race.c) through Go source:
 * happens-before from go, channels (the buffered k / k+C rule), sync and
 * atomics; the report list kept for the grader; deterministic report bytes;
 * nothing tracked before the first go statement. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/diag.h"
#include "lang/compile.h"
#include "rt/race.h"
#include "rt/sched.h"
#include "gosrc.h"
#include "tap.h"
#include "vm/vm.h"

static RaceReport last[8];
static int nlast;

/* run_race compiles and runs src with --race; returns the exit status; the
 * reports are copied to last[] (their strings point into freed programs:
 * only numbers are kept valid). */
static int run_race(const char *src)
{
    Program *prog = compile_src(src);
    if (!prog) { compile_fini(); return -1; }
    VMOptions vo = {.seed = 1, .write = capture};
    VM *vm = vm_new(prog, &vo);
    race_enable(vm);
    int st = rt_run(vm, false);
    st = race_finish(vm, st);
    const RaceReport *r = race_reports(vm, &nlast);
    if (nlast > 8) nlast = 8;
    for (int i = 0; i < nlast; i++) {
        last[i] = r[i];
        last[i].file = last[i].prev_file = last[i].func = last[i].prev_func = last[i].var = NULL;
    }
    vm_free(vm);
    program_free(prog);
    compile_fini();
    return st;
}

static const char *racy =
    "package main\n"
    "var x int\n"
    "func main() {\n"
    "\tdone := make(chan bool)\n"
    "\tgo func() {\n"
    "\t\tx = 1\n"            /* line 6 */
    "\t\tdone <- true\n"
    "\t}()\n"
    "\tx = 2\n"              /* line 9 */
    "\t<-done\n"
    "}\n";

int main(void)
{
    plan_lazy();

    /* a write/write race on a global, with both sides in the report list */
    is_int(run_race(racy), 66, "racy program exits 66");
    is_int(nlast, 1, "one report");
    ok(last[0].write && last[0].prev_write, "write against write");
    ok((last[0].line == 6 && last[0].prev_line == 9) || (last[0].line == 9 && last[0].prev_line == 6),
       "both lines (%d, %d)", last[0].line, last[0].prev_line);
    ok(last[0].goid != last[0].prev_goid, "two goroutines");
    ok(strstr(err.data ? err.data : "", "WARNING: DATA RACE\n") != NULL, "printed");
    ok(strstr(err.data ? err.data : "", "Found 1 data race(s)\n") != NULL, "summary");

    /* same program, same bytes */
    char *first = strdup(err.data ? err.data : "");
    run_race(racy);
    is_str(err.data ? err.data : "", first, "deterministic report");
    free(first);

    /* the unbuffered hand-off orders both sides */
    is_int(run_race("package main\nvar x int\nfunc main() {\n\tc := make(chan int)\n"
               "\tgo func() { x = 1; c <- 0 }()\n\t<-c\n\tx = 2\n}\n"), 0, "channel edge");
    is_int(nlast, 0, "no report");

    /* a buffered channel of capacity 1 as a lock: receive k before send k+1 */
    is_int(run_race("package main\nvar x int\nfunc main() {\n\tsem := make(chan int, 1)\n\tdone := make(chan int)\n"
               "\tfor i := 0; i < 3; i++ {\n\t\tgo func() { sem <- 1; x++; <-sem; done <- 1 }()\n\t}\n"
               "\tfor i := 0; i < 3; i++ { <-done }\n}\n"), 0, "buffered-channel semaphore");
    is_int(nlast, 0, "no report");

    /* without the rule's edge (capacity 3: no mutual exclusion) it races */
    is_int(run_race("package main\nvar x int\nfunc main() {\n\tsem := make(chan int, 3)\n\tdone := make(chan int)\n"
               "\tfor i := 0; i < 3; i++ {\n\t\tgo func() { sem <- 1; x++; <-sem; done <- 1 }()\n\t}\n"
               "\tfor i := 0; i < 3; i++ { <-done }\n}\n"), 66, "capacity 3 is no lock");

    /* close happens before a receive that sees it */
    is_int(run_race("package main\nvar x int\nfunc main() {\n\tc := make(chan int)\n"
               "\tgo func() { x = 1; close(c) }()\n\t<-c\n\tx = 2\n}\n"), 0, "close edge");

    /* mutex and atomics */
    is_int(run_race("package main\nimport (\"sync\"; \"sync/atomic\")\nvar x, y int\nvar f int32\n"
               "func main() {\n\tvar mu sync.Mutex\n\tvar wg sync.WaitGroup\n\twg.Add(2)\n"
               "\tgo func() { defer wg.Done(); mu.Lock(); x++; mu.Unlock() }()\n"
               "\tgo func() { defer wg.Done(); mu.Lock(); x++; mu.Unlock() }()\n"
               "\tgo func() { y = 1; atomic.StoreInt32(&f, 1) }()\n"
               "\tfor atomic.LoadInt32(&f) == 0 {}\n\ty = 2\n\twg.Wait()\n\tx++\n}\n"),
           0, "mutex, waitgroup, atomics");

    /* accesses before the first go statement are never tracked, and race with nothing */
    is_int(run_race("package main\nvar x int\nfunc main() {\n\tfor i := 0; i < 100; i++ { x++ }\n"
               "\tdone := make(chan bool)\n\tgo func() { x++; done <- true }()\n\t<-done\n\tx++\n}\n"),
           0, "single goroutine prefix");

    /* a mutex locked again and again by one goroutine (its clock skips the
     * joins: race.c's stamps) still orders that goroutine before the next
     * locker, and does not order an access made without the lock */
    is_int(run_race("package main\nimport \"sync\"\nvar x int\nfunc main() {\n\tvar mu sync.Mutex\n"
               "\tdone := make(chan bool)\n"
               "\tgo func() { for i := 0; i < 50; i++ { mu.Lock(); x++; mu.Unlock() }; done <- true }()\n"
               "\tfor i := 0; i < 50; i++ { mu.Lock(); x++; mu.Unlock() }\n\t<-done\n}\n"),
           0, "mutex locked repeatedly by two goroutines");
    is_int(run_race("package main\nimport \"sync\"\nvar x int\nfunc main() {\n\tvar mu sync.Mutex\n"
               "\tdone := make(chan bool)\n"
               "\tgo func() { for i := 0; i < 50; i++ { mu.Lock(); x++; mu.Unlock() }; x = 1; done <- true }()\n"
               "\tfor i := 0; i < 50; i++ { mu.Lock(); x++; mu.Unlock() }\n\tx = 2\n\t<-done\n}\n"),
           66, "an access outside the lock races");
    is_int(nlast, 1, "one report");

    /* reads by several goroutines at once (a read set), then a write: ordered
     * after all of them, no race; unordered, a race with a read */
    const char *readers =
        "package main\nimport \"sync\"\nvar x int\nvar sink [4]int\nfunc main() {\n\tvar wg sync.WaitGroup\n"
        "\tfor i := 0; i < 4; i++ {\n\t\twg.Add(1)\n"
        "\t\tgo func(i int) { defer wg.Done(); sink[i] = x }(i)\n\t}\n"
        "\t%s\n\tx = 1\n\t%s\n}\n";
    char src[1024];
    snprintf(src, sizeof src, readers, "wg.Wait()", "");
    is_int(run_race(src), 0, "a write after every read");
    snprintf(src, sizeof src, readers, "for i := 0; i < 100; i++ {}", "wg.Wait()");
    is_int(run_race(src), 66, "a write among the reads");
    ok(nlast >= 1 && last[0].write && !last[0].prev_write, "write against a read");

    /* the detector's state is reused by the next VM: a clean program after a
     * racy one reports nothing, and the racy one the same bytes again */
    run_race(racy);
    first = strdup(err.data ? err.data : "");
    is_int(run_race("package main\nvar x int\nfunc main() {\n\tc := make(chan int)\n"
               "\tgo func() { x = 1; c <- 0 }()\n\t<-c\n\tx = 2\n}\n"), 0, "clean after racy");
    is_int(nlast, 0, "no report left over");
    run_race(racy);
    is_str(err.data ? err.data : "", first, "racy after clean: the same report");
    free(first);

    buf_fini(&out);
    buf_fini(&err);
    return done_testing();
}
