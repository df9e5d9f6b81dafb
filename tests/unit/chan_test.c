/* tests/unit/chan_test.c: channels and select (rt/chan.c) through Go source:
 * hand-off, buffered FIFO order, close semantics and its panics, nil
 * channels, select with default, select fairness, aggregates by value, GC. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/diag.h"
#include "lang/compile.h"
#include "rt/sched.h"
#include "gosrc.h"
#include "tap.h"
#include "vm/vm.h"

static void test_pingpong(void)
{
    const char *src =
        "package main\n"
        "import \"fmt\"\n"
        "func main() {\n"
        "\tping, pong := make(chan int), make(chan int)\n"
        "\tgo func() {\n"
        "\t\tfor v := range ping {\n"
        "\t\t\tpong <- v + 1\n"
        "\t\t}\n"
        "\t\tclose(pong)\n"
        "\t}()\n"
        "\tfor i := 0; i < 3; i++ {\n"
        "\t\tping <- i * 10\n"
        "\t\tfmt.Println(<-pong)\n"
        "\t}\n"
        "\tclose(ping)\n"
        "\t_, ok := <-pong\n"
        "\tfmt.Println(ok)\n"
        "}\n";
    for (uint64_t seed = 1; seed <= 5; seed++) {
        int st = run(src, seed);
        is_int(st, 0, "ping-pong exits 0 (seed %llu)", (unsigned long long)seed);
        is_str(buf_str(&out), "1\n11\n21\nfalse\n", "ping-pong output (seed %llu)", (unsigned long long)seed);
    }
    is_str(buf_str(&err), "", "ping-pong: nothing on stderr");
}

static void test_buffered(void)
{
    const char *src =
        "package main\n"
        "import \"fmt\"\n"
        "func main() {\n"
        "\tc := make(chan string, 3)\n"
        "\tc <- \"a\"\n"
        "\tc <- \"b\"\n"
        "\tfmt.Println(len(c), cap(c))\n"
        "\tgo func() { for _, s := range []string{\"c\", \"d\", \"e\", \"f\"} { c <- s }; close(c) }()\n"
        "\tfor s := range c {\n"
        "\t\tfmt.Print(s)\n"
        "\t}\n"
        "\tfmt.Println()\n"
        "\tv, ok := <-c\n"
        "\tfmt.Printf(\"%q %v\\n\", v, ok)\n"
        "}\n";
    for (uint64_t seed = 1; seed <= 4; seed++) {
        is_int(run(src, seed), 0, "buffered exits 0");
        is_str(buf_str(&out), "2 3\nabcdef\n\"\" false\n", "buffered FIFO order (seed %llu)", (unsigned long long)seed);
    }
}

static void test_close_panics(void)
{
    const char *src =
        "package main\n"
        "func main() {\n"
        "\tc := make(chan int)\n"
        "\tclose(c)\n"
        "\tclose(c)\n"
        "}\n";
    is_int(run(src, 1), 2, "close of closed channel exits 2");
    ok(starts(buf_str(&err),
           "panic: close of closed channel\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/prog.go:5 +0x"),
           "close of closed channel: Go's text");

    src = "package main\n"
          "func main() {\n"
          "\tvar c chan int\n"
          "\tclose(c)\n"
          "}\n";
    is_int(run(src, 1), 2, "close of nil channel exits 2");
    ok(starts(buf_str(&err), "panic: close of nil channel\n"), "close of nil channel: Go's text");

    src = "package main\n"
          "import \"fmt\"\n"
          "func main() {\n"
          "\tdefer func() { fmt.Println(\"recovered:\", recover()) }()\n"
          "\tc := make(chan int, 1)\n"
          "\tclose(c)\n"
          "\tc <- 1\n"
          "}\n";
    is_int(run(src, 1), 0, "send on closed channel can be recovered");
    is_str(buf_str(&out), "recovered: send on closed channel\n", "recovered value prints Go's text");

    /* a parked sender panics when the channel is closed under it */
    src = "package main\n"
          "import \"time\"\n"
          "func main() {\n"
          "\tc := make(chan int)\n"
          "\tgo func() { time.Sleep(time.Second); close(c) }()\n"
          "\tc <- 1\n"
          "}\n";
    is_int(run(src, 1), 2, "parked sender panics on close");
    ok(starts(buf_str(&err), "panic: send on closed channel\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/prog.go:6 "),
       "parked sender: panic at the send's line");

    /* parked receivers all wake with the zero value */
    src = "package main\n"
          "import (\"fmt\"; \"time\")\n"
          "type P struct{ X, Y int }\n"
          "func main() {\n"
          "\tc := make(chan P)\n"
          "\tdone := make(chan bool)\n"
          "\tfor i := 0; i < 3; i++ {\n"
          "\t\tgo func() { v, ok := <-c; v.X++; fmt.Println(v, ok); done <- true }()\n"
          "\t}\n"
          "\ttime.Sleep(time.Second)\n"
          "\tclose(c)\n"
          "\tfor i := 0; i < 3; i++ { <-done }\n"
          "}\n";
    is_int(run(src, 3), 0, "close wakes every receiver");
    is_str(buf_str(&out), "{1 0} false\n{1 0} false\n{1 0} false\n", "each gets a fresh zero struct");
}

static void test_makechan(void)
{
    const char *src =
        "package main\n"
        "func main() {\n"
        "\tn := -1\n"
        "\t_ = make(chan int, n)\n"
        "}\n";
    is_int(run(src, 1), 2, "negative size panics");
    ok(starts(buf_str(&err), "panic: makechan: size out of range\n"), "makechan: Go's text");
}

static void test_nil_chan(void)
{
    const char *src =
        "package main\n"
        "func main() {\n"
        "\tvar c chan int\n"
        "\t<-c\n"
        "}\n";
    is_int(run(src, 1), 2, "receive from nil channel deadlocks");
    ok(starts(buf_str(&err),
           "fatal error: all goroutines are asleep - deadlock!\n\n"
           "goroutine 1 [chan receive (nil chan)]:\nmain.main()\n\t/tmp/prog.go:4 +0x"),
           "nil channel: wait reason and line");
}

static void test_select_default(void)
{
    const char *src =
        "package main\n"
        "import \"fmt\"\n"
        "func main() {\n"
        "\tc := make(chan int, 1)\n"
        "\tfor i := 0; i < 3; i++ {\n"
        "\t\tselect {\n"
        "\t\tcase c <- i:\n"
        "\t\t\tfmt.Println(\"sent\", i)\n"
        "\t\tdefault:\n"
        "\t\t\tfmt.Println(\"full\", i)\n"
        "\t\t}\n"
        "\t}\n"
        "\tselect {\n"
        "\tcase v := <-c:\n"
        "\t\tfmt.Println(\"got\", v)\n"
        "\tdefault:\n"
        "\t\tfmt.Println(\"none\")\n"
        "\t}\n"
        "\tselect {\n"
        "\tcase v := <-c:\n"
        "\t\tfmt.Println(\"got\", v)\n"
        "\tdefault:\n"
        "\t\tfmt.Println(\"none\")\n"
        "\t}\n"
        "}\n";
    is_int(run(src, 1), 0, "select with default exits 0");
    is_str(buf_str(&out), "sent 0\nfull 1\nfull 2\ngot 0\nnone\n", "select with default");
}

static void test_select_fair(void)
{
    const char *src =
        "package main\n"
        "import \"fmt\"\n"
        "func main() {\n"
        "\ta, b := make(chan int, 100), make(chan int, 100)\n"
        "\tfor i := 0; i < 100; i++ { a <- 1; b <- 2 }\n"
        "\tna, nb := 0, 0\n"
        "\tfor i := 0; i < 100; i++ {\n"
        "\t\tselect {\n"
        "\t\tcase <-a: na++\n"
        "\t\tcase <-b: nb++\n"
        "\t\t}\n"
        "\t}\n"
        "\tfmt.Println(na > 20 && nb > 20, na+nb)\n"
        "}\n";
    is_int(run(src, 7), 0, "fairness program exits 0");
    is_str(buf_str(&out), "true 100\n", "both ready cases chosen often within a run");

    const char *one =
        "package main\n"
        "import \"fmt\"\n"
        "func main() {\n"
        "\ta, b := make(chan int, 1), make(chan int, 1)\n"
        "\ta <- 1; b <- 2\n"
        "\tselect {\n"
        "\tcase v := <-a: fmt.Println(v)\n"
        "\tcase v := <-b: fmt.Println(v)\n"
        "\t}\n"
        "}\n";
    int seen[3] = {0, 0, 0};
    for (uint64_t seed = 1; seed <= 40; seed++) {
        run(one, seed);
        const char *s = buf_str(&out);
        if (s[0] == '1' || s[0] == '2') seen[s[0] - '0']++;
    }
    ok(seen[1] > 5 && seen[2] > 5, "across seeds both cases are chosen (%d/%d)", seen[1], seen[2]);
}

static void test_select_block(void)
{
    /* select parks on every case; the first sender wins, the others stay queued */
    const char *src =
        "package main\n"
        "import (\"fmt\"; \"time\")\n"
        "func main() {\n"
        "\ta, b := make(chan string), make(chan string)\n"
        "\tgo func() { time.Sleep(2 * time.Second); a <- \"a\" }()\n"
        "\tgo func() { time.Sleep(time.Second); b <- \"b\" }()\n"
        "\tfor i := 0; i < 2; i++ {\n"
        "\t\tselect {\n"
        "\t\tcase s := <-a: fmt.Println(s)\n"
        "\t\tcase s := <-b: fmt.Println(s)\n"
        "\t\t}\n"
        "\t}\n"
        "\tout := make(chan int)\n"
        "\tgo func() { fmt.Println(<-out) }()\n"
        "\tselect {\n"
        "\tcase out <- 42:\n"
        "\tcase <-a:\n"
        "\t}\n"
        "\ttime.Sleep(time.Second)\n"
        "}\n";
    for (uint64_t seed = 1; seed <= 4; seed++) {
        is_int(run(src, seed), 0, "blocking select exits 0");
        is_str(buf_str(&out), "b\na\n42\n", "blocking select: timer order, send case (seed %llu)", (unsigned long long)seed);
    }
    const char *none = "package main\nfunc main() {\n\tselect {}\n}\n";
    is_int(run(none, 1), 2, "select {} deadlocks");
    ok(starts(buf_str(&err),
           "fatal error: all goroutines are asleep - deadlock!\n\n"
           "goroutine 1 [select (no cases)]:\nmain.main()\n\t/tmp/prog.go:3 +0x"),
           "select {}: wait reason");
}

static void test_values(void)
{
    /* an array sent by value: the receiver's copy does not change with the sender's */
    const char *src =
        "package main\n"
        "import \"fmt\"\n"
        "type S struct{ A [3]int }\n"
        "func main() {\n"
        "\tc := make(chan S, 1)\n"
        "\tvar s S\n"
        "\ts.A[0] = 1\n"
        "\tc <- s\n"
        "\ts.A[0] = 2\n"
        "\tr := <-c\n"
        "\tfmt.Println(r.A[0], s.A[0])\n"
        "}\n";
    is_int(run(src, 1), 0, "aggregate by value exits 0");
    is_str(buf_str(&out), "1 2\n", "aggregates are copied on send");
}

static void test_gc(void)
{
    /* many values through a buffered channel and parked senders, with garbage */
    const char *src =
        "package main\n"
        "import \"fmt\"\n"
        "func main() {\n"
        "\tc := make(chan []int, 64)\n"
        "\tdone := make(chan int)\n"
        "\tfor w := 0; w < 4; w++ {\n"
        "\t\tgo func() {\n"
        "\t\t\tsum := 0\n"
        "\t\t\tfor s := range c { sum += s[len(s)-1] }\n"
        "\t\t\tdone <- sum\n"
        "\t\t}()\n"
        "\t}\n"
        "\tfor i := 0; i < 20000; i++ {\n"
        "\t\ts := make([]int, 100)\n"
        "\t\ts[99] = 1\n"
        "\t\tc <- s\n"
        "\t}\n"
        "\tclose(c)\n"
        "\ttotal := 0\n"
        "\tfor w := 0; w < 4; w++ { total += <-done }\n"
        "\tfmt.Println(total)\n"
        "}\n";
    is_int(run(src, 5), 0, "GC under channel traffic exits 0");
    is_str(buf_str(&out), "20000\n", "no value lost or corrupted across collections");
}

int main(void)
{
    plan_lazy();
    test_pingpong();
    test_buffered();
    test_close_panics();
    test_makechan();
    test_nil_chan();
    test_select_default();
    test_select_fair();
    test_select_block();
    test_values();
    test_gc();
    buf_fini(&out);
    buf_fini(&err);
    return done_testing();
}
