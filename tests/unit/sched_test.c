/* tests/unit/sched_test.c: the scheduler (rt/sched.c) through Go source:
 * deadlock message and dump, leak report, panics in goroutines with their
 * "created by" lines, virtual time, Gosched/NumGoroutine, the goroutine
 * limit, determinism and interleaving exploration across seeds. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/buf.h"
#include "base/diag.h"
#include "base/xalloc.h"
#include "lang/compile.h"
#include "rt/sched.h"
#include "gosrc.h"
#include "tap.h"
#include "vm/vm.h"

static void test_deadlock(void)
{
    const char *src =
        "package main\n"                                   /* 1 */
        "\n"                                               /* 2 */
        "func worker(c chan int) {\n"                      /* 3 */
        "\tc <- 1\n"                                       /* 4 */
        "}\n"                                              /* 5 */
        "\n"                                               /* 6 */
        "func main() {\n"                                  /* 7 */
        "\tc := make(chan int)\n"                          /* 8 */
        "\tgo worker(c)\n"                                 /* 9 */
        "\tgo func() {\n"                                  /* 10 */
        "\t\t<-c\n"                                        /* 11 */
        "\t\t<-c\n"                                        /* 12 */
        "\t}()\n"                                          /* 13 */
        "\tvar n chan int\n"                               /* 14 */
        "\tn <- 1\n"                                       /* 15 */
        "}\n";
    is_int(run(src, 1), 2, "deadlock exits 2");
    const char *e = buf_str(&err);
    ok(starts(e, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send (nil chan)]:\n"
                  "main.main()\n\t/tmp/prog.go:15 +0x"), "deadlock: message, main first, its line");
    ok(strstr(e, "\n\ngoroutine 3 [chan receive]:\nmain.main.func1()\n\t/tmp/prog.go:12 +0x") != NULL,
       "deadlock: goroutine 3 blocked at line 12");
    ok(strstr(e, "created by main.main in goroutine 1\n\t/tmp/prog.go:10 +0x") != NULL,
       "deadlock: created by with the go statement's line");
    ok(strstr(e, "goroutine 2") == NULL, "a finished goroutine is not dumped");
    ok(e[strlen(e) - 1] == '\n' && e[strlen(e) - 2] != '\n', "no trailing blank line");
}

static void test_minutes(void)
{
    const char *src =
        "package main\n"
        "import (\"runtime\"; \"time\")\n"
        "func main() {\n"
        "\truntime.GC()\n"
        "\tc := make(chan int)\n"
        "\tgo func() { time.Sleep(3*time.Minute + 30*time.Second); <-c }()\n"
        "\tgo func() { <-c }()\n"
        "\ttime.Sleep(5 * time.Minute)\n"
        "\tc <- 1\n"
        "\tvar m chan int\n"
        "\t<-m\n"
        "}\n";
    run(src, 1);
    const char *e = buf_str(&err);
    ok(strstr(e, "goroutine 1 [chan receive (nil chan)]:") != NULL, "main just parked: no minutes");
    /* Go's waitsince: the collection forced at 4 minutes (2 after the one at
     * 2, itself 2 after runtime.GC) first sees the goroutine blocked since
     * 3m30s, and gives it the previous collection's time: 5 - 2 minutes */
    ok(strstr(e, "[chan receive, 3 minutes]:") != NULL, "waited minutes are shown, from Go's waitsince");
}

/* pcs: "+0x1c" becomes "+0x?" (offsets follow the compiler's code) */
static char *no_offsets(const char *s)
{
    char *r = xstrdup(s), *w = r;
    for (const char *p = s; *p;) {
        if (p[0] == '+' && p[1] == '0' && p[2] == 'x') {
            memcpy(w, "+0x?", 4);
            w += 4;
            p += 3;
            while ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')) p++;
        } else {
            *w++ = *p++;
        }
    }
    *w = 0;
    return r;
}

static void test_leak(void)
{
    const char *src =
        "package main\n"
        "import (\"fmt\"; \"time\")\n"
        "func worker(c chan int) {\n"
        "\tfmt.Println(<-c)\n"
        "}\n"
        "func main() {\n"
        "\tc := make(chan int)\n"
        "\tgo worker(c)\n"
        "\ttime.Sleep(time.Millisecond)\n"
        "\tfmt.Println(\"bye\")\n"
        "}\n";
    /* main sleeps: the worker is blocked when main returns */
    int leaks = 0, clean = 0;
    for (uint64_t seed = 1; seed <= 8; seed++) {
        is_int(run(src, seed), 0, "leak: exit status 0 (seed %llu)", (unsigned long long)seed);
        is_str(buf_str(&out), "bye\n", "leak: stdout (seed %llu)", (unsigned long long)seed);
        const char *e = buf_str(&err);
        if (!*e) { clean++; continue; }
        leaks++;
        char *n = no_offsets(e);
        is_str(n,
               "gorolab: found unexpected goroutines:\n"
               "[Goroutine 2 in state chan receive, with main.worker on top of the stack:\n"
               "main.worker(...)\n\t/tmp/prog.go:4 +0x?\n"
               "created by main.main in goroutine 1\n\t/tmp/prog.go:8 +0x?\n"
               "]\n",
               "leak report in goleak's shape");
        free(n);
    }
    ok(leaks == 8, "a blocked goroutine is reported (%d leaks, %d abandoned runnable)", leaks, clean);
}

static void test_panic_in_goroutine(void)
{
    const char *src =
        "package main\n"
        "import \"time\"\n"
        "func boom(n int) {\n"
        "\tvar a []int\n"
        "\t_ = a[n]\n"
        "}\n"
        "func main() {\n"
        "\tgo boom(3)\n"
        "\ttime.Sleep(time.Second)\n"
        "}\n";
    is_int(run(src, 1), 2, "panic in a goroutine exits 2");
    const char *e = buf_str(&err);
    ok(starts(e, "panic: runtime error: index out of range [3] with length 0\n\ngoroutine 2 [running]:\n"
                  "main.boom(...)\n\t/tmp/prog.go:5 +0x"), "panic: goroutine 2 running, its frame");
    ok(strstr(e, "created by main.main in goroutine 1\n\t/tmp/prog.go:8 +0x") != NULL, "panic: created by lines");
}

static void test_sleep(void)
{
    const char *src =
        "package main\n"
        "import (\"fmt\"; \"time\")\n"
        "func main() {\n"
        "\tstart := time.Now()\n"
        "\tdone := make(chan bool)\n"
        "\tfor _, d := range []int{3, 1, 2} {\n"
        "\t\tgo func() { time.Sleep(time.Duration(d) * time.Hour); fmt.Println(d); done <- true }()\n"
        "\t}\n"
        "\tfor i := 0; i < 3; i++ { <-done }\n"
        "\tel := time.Since(start)\n"
        "\tfmt.Println(el >= 3*time.Hour, el < 3*time.Hour+time.Second)\n"
        "\tfmt.Println(time.Now().Year())\n"
        "}\n";
    clock_t c0 = clock();
    for (uint64_t seed = 1; seed <= 4; seed++) {
        is_int(run(src, seed), 0, "sleep exits 0");
        is_str(buf_str(&out), "1\n2\n3\ntrue true\n2009\n", "sleepers wake in order of their deadlines (seed %llu)",
               (unsigned long long)seed);
    }
    ok((double)(clock() - c0) / CLOCKS_PER_SEC < 5.0, "hours of virtual time cost no wall time");

    const char *busy =
        "package main\n"
        "import (\"fmt\"; \"time\")\n"
        "func main() {\n"
        "\tgo func() { for { } }()\n"
        "\ttime.Sleep(time.Millisecond)\n"
        "\tfmt.Println(\"woke\")\n"
        "}\n";
    is_int(run(busy, 1), 0, "a busy goroutine is preempted; the sleeper wakes");
    is_str(buf_str(&out), "woke\n", "timers fire while others run");
}

static void test_runtime(void)
{
    const char *src =
        "package main\n"
        "import (\"fmt\"; \"runtime\")\n"
        "func main() {\n"
        "\tc := make(chan int)\n"
        "\tfor i := 0; i < 5; i++ { go func() { <-c }() }\n"
        "\tfmt.Println(runtime.NumGoroutine())\n"
        "\tfor i := 0; i < 5; i++ { runtime.Gosched() }\n"
        "\tfor i := 0; i < 5; i++ { c <- i }\n"
        "\tfor i := 0; i < 5; i++ { runtime.Gosched() }\n"
        "\tfmt.Println(runtime.NumGoroutine())\n"
        "\tx := 0\n"
        "\tgo func() { x = 1 }()\n"
        "\tfor x == 0 { runtime.Gosched() }\n"
        "\tfmt.Println(x)\n"
        "}\n";
    for (uint64_t seed = 1; seed <= 3; seed++) {
        is_int(run(src, seed), 0, "runtime natives exit 0");
        is_str(buf_str(&out), "6\n1\n1\n", "NumGoroutine counts live goroutines; Gosched yields");
    }
}

static void test_limit(void)
{
    const char *src =
        "package main\n"
        "func main() {\n"
        "\tc := make(chan int)\n"
        "\tfor {\n"
        "\t\tgo func() { <-c }()\n"
        "\t}\n"
        "}\n";
    is_int(run_opts(src, 1, false, 100), 3, "goroutine limit exits 3 (EXIT_LIMIT)");
    ok(starts(buf_str(&err), "fatal error: gorolab: goroutine limit of 100 exceeded (raise it with --max-goroutines)\n"), "goroutine limit message");

    const char *many =
        "package main\n"
        "import \"fmt\"\n"
        "func main() {\n"
        "\tdone := make(chan int, 100)\n"
        "\tfor i := 0; i < 20000; i++ {\n"
        "\t\tgo func() { done <- 1 }()\n"
        "\t\tif i%100 == 99 { for k := 0; k < 100; k++ { <-done } }\n"
        "\t}\n"
        "\tfmt.Println(\"ok\")\n"
        "}\n";
    is_int(run_opts(many, 1, false, 1000), 0, "finished goroutines are freed (limit 1000, 20000 made)");
    is_str(buf_str(&out), "ok\n", "many short goroutines");
}

static void test_dump(void)
{
    const char *src =
        "package main\n"
        "func main() {\n"
        "\tc := make(chan int)\n"
        "\tgo func() { <-c }()\n"
        "\tgo func() { <-c }()\n"
        "\tc <- 1\n"
        "}\n";
    run_opts(src, 1, true, 0);
    const char *e = buf_str(&err);
    ok(strstr(e, "gorolab: goroutines at the end of the run:\n\ngoroutine 2 [") != NULL &&
       strstr(e, "goroutine 1 [") == NULL, "--dump lists the goroutines left, not main, which returned");
}

static const char *racy =
    "package main\n"
    "import (\"fmt\"; \"time\")\n"
    "func main() {\n"
    "\tfor i := 0; i < 4; i++ {\n"
    "\t\tgo func() { fmt.Print(i) }()\n"
    "\t}\n"
    "\ttime.Sleep(time.Millisecond)\n"
    "\tfmt.Println()\n"
    "}\n";

static void test_determinism(void)
{
    char *first = NULL;
    bool same = true;
    for (int k = 0; k < 3; k++) {
        run(racy, 42);
        if (!first) first = xstrdup(buf_str(&out));
        else same &= strcmp(first, buf_str(&out)) == 0;
    }
    ok(same, "same seed, same output (%s)", first ? strtok(first, "\n") : "");
    free(first);
    char seen[16][8];
    int nseen = 0;
    for (uint64_t seed = 1; seed <= 30; seed++) {
        run(racy, seed);
        const char *s = buf_str(&out);
        bool dup = false;
        for (int i = 0; i < nseen; i++) dup |= strncmp(seen[i], s, 4) == 0;
        if (!dup && nseen < 16) snprintf(seen[nseen++], sizeof seen[0], "%.4s", s);
    }
    ok(nseen >= 2, "different seeds explore different interleavings (%d seen)", nseen);
}

int main(void)
{
    plan_lazy();
    test_deadlock();
    test_minutes();
    test_leak();
    test_panic_in_goroutine();
    test_sleep();
    test_runtime();
    test_limit();
    test_dump();
    test_determinism();
    buf_fini(&out);
    buf_fini(&err);
    return done_testing();
}
