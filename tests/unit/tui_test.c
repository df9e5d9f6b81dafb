/* tui_test.c: unit tests for the lesson view's parts that need no terminal:
 * the runner (bounded advancing, stepping back by replay, compile errors),
 * goroutine ordering and pprof-style grouping, and file watching. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lesson/lesson.h"
#include "tui/ggroup.h"
#include "tui/gradejob.h"
#include "tui/crt.h"
#include "tui/view.h"
#include "tui/runner.h"
#include "tui/watch.h"
#include "tap.h"

static char dir[] = "/tmp/tui_test.XXXXXX";

static const char *write_go(const char *name, const char *src)
{
    static char path[600];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f) { perror(path); exit(1); }
    fputs(src, f);
    fclose(f);
    return path;
}

/* state renders a snapshot's clock and goroutines, to compare two of them */
static char *state(const Snapshot *s)
{
    Buf b = BUF_INIT;
    buf_printf(&b, "t=%lld steps=%llu", (long long)s->now_ns, (unsigned long long)s->steps);
    for (int i = 0; i < s->ngs; i++)
        buf_printf(&b, " g%lld:%s@%d", (long long)s->gs[i].id, s->gs[i].state, s->gs[i].line);
    return buf_take(&b);
}

static const char pipeline[] =
    "package main\n"
    "import (\"fmt\"; \"time\")\n"
    "func worker(id int, jobs <-chan int, out chan<- int) {\n"
    "\tfor j := range jobs {\n"
    "\t\ttime.Sleep(time.Millisecond)\n"
    "\t\tout <- j * id\n"
    "\t}\n"
    "}\n"
    "func main() {\n"
    "\tjobs, out := make(chan int, 2), make(chan int)\n"
    "\tfor i := 1; i <= 3; i++ {\n"
    "\t\tgo worker(i, jobs, out)\n"
    "\t}\n"
    "\tfor j := 0; j < 6; j++ {\n"
    "\t\tjobs <- j\n"
    "\t\tfmt.Println(\"sum\", <-out)\n"
    "\t}\n"
    "}\n";

static void test_back(void)
{
    const char *path = write_go("pipeline.go", pipeline);
    Runner r = {0};
    r.paths = &path;
    r.npaths = 1;
    r.edit_path = path;
    r.seed = 7;
    runner_start(&r);
    ok(r.compiled && r.vm && !r.finished, "the pipeline compiles and starts");
    char *at[12] = {0};
    char *out_at[12] = {0};
    for (int i = 0; i < 12; i++) {
        runner_event(&r);
        at[i] = state(r.snap);
        out_at[i] = strdup(buf_str(&r.out));
    }
    is_int(r.nmoves, 12, "twelve moves recorded");
    for (int i = 10; i >= 6; i--) {
        ok(runner_back(&r), "back from move %d", i + 2);
        char *now = state(r.snap);
        is_str(now, at[i], "back replays to the state after move %d", i + 1);
        is_str(buf_str(&r.out), out_at[i], "and to its output");
        free(now);
    }
    is_int(r.at, 7, "stepping keeps the position: event 7");
    /* a frame of virtual time, then back: exactly one event back, not the frame */
    char *before = state(r.snap);
    int64_t at_before = r.at;
    runner_advance(&r, 3000000, 1000000000);
    char *after = state(r.snap);
    int64_t ev_after = insp_event_count(r.vm);
    ok(strcmp(before, after) != 0, "advancing 3ms changes the state");
    is_int(r.at, -1, "a frame loses the position");
    int64_t k = runner_position(&r);
    ok(k > at_before + 1, "runner_position finds it again: event %lld (was %lld)", (long long)k, (long long)at_before);
    char *still = r.snap ? state(r.snap) : NULL;
    ok(still && strcmp(still, after) == 0, "and leaves the run where it was");
    free(still);
    ok(runner_back(&r), "back after advancing");
    is_int(r.at, k - 1, "back undoes one event");
    ok(r.said && strncmp(r.said, "back one event, undoing: ", 25) == 0, "and says which (%s)", r.said ? r.said : "");
    ok(insp_event_count(r.vm) < ev_after, "it is before the frame's last event");
    runner_event(&r);
    is_int(insp_event_count(r.vm), ev_after, "n redoes it: the events of the frame's end again");
    is_int(r.at, k, "at event %lld", (long long)k);
    char *again = state(r.snap);
    free(again);
    runner_advance(&r, -1, 5000000000LL);
    ok(r.finished && r.st == RUN_EXITED, "running on reaches the end (%s)", run_state_name(r.st));
    ok(strstr(buf_str(&r.out), "[program exited, exit status 0]") != NULL, "the end line is in the output");
    int64_t end = runner_position(&r);
    ok(end > k && r.at_end == end, "the run's end is event %lld of %lld", (long long)end, (long long)r.at_end);
    ok(runner_back(&r), "back from the end");
    ok(!r.finished && r.st == RUN_PAUSED, "back from the end is paused before it");
    ok(r.at == end - 1 && r.at_end == end, "at event %lld of %lld", (long long)r.at, (long long)r.at_end);
    ok(r.said && strstr(r.said, "main returns: the program ends"), "undoing main's return (%s)", r.said ? r.said : "");
    bool back2 = runner_back(&r);
    ok(back2 && r.at == end - 2, "and one more back: event %lld", (long long)r.at);
    while (runner_back(&r)) {}
    is_int(r.at, 0, "back to event 0");
    is_int(r.nmoves, 0, "back to the start");
    ok(!runner_back(&r), "no move before the start");
    for (int i = 0; i < 12; i++) { free(at[i]); free(out_at[i]); }
    free(before);
    free(after);
    runner_free(&r);
}

static void test_narrate(void)
{
    const char *path = write_go("pipeline.go", pipeline);
    Runner r = {0};
    r.paths = &path;
    r.npaths = 1;
    r.seed = 7;
    runner_start(&r);
    Buf all = BUF_INIT;
    int steps = 0, empty = 0;
    while (!r.finished && steps < 400) {
        runner_event(&r);
        steps++;
        if (!r.said || !r.said[0]) empty++;
        buf_printf(&all, "%s\n", r.said ? r.said : "");
    }
    const char *text = buf_str(&all);
    ok(r.finished, "stepping by events reaches the end (%d steps)", steps);
    is_int(empty, 0, "every step says what it did");
    const char *want[] = {
        "g1 makes a channel (cap 2)", "g1 starts g2", "g1 sends on jobs", "receives from jobs",
        "blocks in chan receive on out", "wakes up", "a timer fires", "sends on out",
        "g1 receives from out", "g1 prints", "main returns: the program ends",
        "wakes up (its timer fired)", "g1 wakes up (g",
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        ok(strstr(text, want[i]) != NULL, "a step says \"%s\"", want[i]);
    if (!strstr(text, "g1 sends on jobs")) diag("%s", text);
    buf_fini(&all);
    runner_free(&r);
}

static void test_narrate_zh(void)
{
    const char *path = write_go("pipeline.go", pipeline);
    Runner r = {0};
    r.paths = &path;
    r.npaths = 1;
    r.seed = 7;
    r.lang = "zh";
    runner_start(&r);
    Buf all = BUF_INIT;
    for (int steps = 0; !r.finished && steps < 400; steps++) {
        runner_event(&r);
        buf_printf(&all, "%s\n", r.said ? r.said : "");
    }
    const char *text = buf_str(&all);
    const char *want[] = {"g1 创建了一个通道（容量 2）", "g1 启动了 g2", "g1 向 jobs 发送", "从 jobs 接收",
                          "阻塞在 out 上（chan receive）", "被唤醒", "main 返回：程序结束"};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        ok(strstr(text, want[i]) != NULL, "a step says \"%s\"", want[i]);
    bool back = runner_back(&r);
    ok(back && r.said && strncmp(r.said, "退回一步，撤销了：", strlen("退回一步，撤销了：")) == 0,
       "b says in Chinese what it undid (%s)", r.said ? r.said : "");
    buf_fini(&all);
    runner_free(&r);
}

static void test_timeline(void)
{
    const char *path = write_go("leak.go",
        "package main\n"
        "import \"time\"\n"
        "func main() {\n"
        "\tresults := make(chan int)\n"
        "\tdone := make(chan bool)\n"
        "\tgo func() { results <- 1 }()\n"
        "\tgo func() { time.Sleep(time.Millisecond); close(done) }()\n"
        "\t<-done\n"
        "\ttime.Sleep(time.Second)\n"
        "}\n");
    Runner r = {0};
    r.paths = &path;
    r.npaths = 1;
    r.seed = 1;
    runner_start(&r);
    runner_advance(&r, -1, 5000000000LL);
    ok(r.finished, "the program ends");
    const Timeline *tl = &r.tl;
    const TlLane *m = tl_lane(tl, 1), *s = tl_lane(tl, 2), *c = tl_lane(tl, 3);
    if (!ok(m && s && c, "three lanes: main, the sender, the closer")) return;
    ok(tl->end >= 1000000000, "the timeline reaches the end (%lld ns)", (long long)tl->end);
    is_int(tl_class_at(s, tl->end), TL_CHAN, "the sender waits on a channel to the end");
    ok(s->leaked, "and is marked leaked");
    ok(c->died > 0 && c->died < 2000000 && tl_class_at(c, tl->end) == TL_NONE, "the closer ends after 1ms");
    is_int(tl_class_at(m, 500000000), TL_SLEEP, "main sleeps at 500ms");
    bool closed = false, created = false;
    for (int i = 0; i < c->nmark; i++) closed |= c->mark[i].kind == TLM_CLOSE;
    for (int i = 0; i < m->nmark; i++) created |= m->mark[i].kind == TLM_CREATE;
    ok(closed && created, "marks: the closer's close, main's go statements");
    uint8_t cls[10], mk[10];
    tl_cells(c, 0, 100000, 10, cls, mk);   /* 10 cells of 100µs: born, sleeping, ... */
    ok(cls[0] == TL_RUNNING || cls[0] == TL_RUNNABLE, "the closer's first cell: it runs");
    is_int(cls[5], TL_SLEEP, "then sleeps");
    uint64_t gen = tl->gen;
    ok(runner_back(&r) && r.tl.gen != gen, "a step back rebuilds the timeline from the replay");
    ok(tl_lane(&r.tl, 3) != NULL && r.tl.end > 0, "with its lanes");
    runner_free(&r);
}

static void test_timeline_full(void)
{
    const char *path = write_go("tick.go",
        "package main\n"
        "import \"time\"\n"
        "func main() {\n"
        "\tfor i := 0; i < 2000000; i++ { time.Sleep(time.Microsecond) }\n"
        "}\n");
    Runner r = {0};
    r.paths = &path;
    r.npaths = 1;
    r.seed = 1;
    r.max_steps = 1000000000;
    runner_start(&r);
    runner_advance(&r, -1, 20000000000LL);
    ok(r.tl.items <= TL_MAX_ITEMS + 8, "the timeline keeps at most TL_MAX_ITEMS (%lld)", (long long)r.tl.items);
    ok(r.tl.full_at > 0, "and says from when it keeps nothing (t=%lld)", (long long)r.tl.full_at);
    runner_free(&r);
}

static void test_bounded(void)
{
    const char *path = write_go("spin.go",
        "package main\n"
        "func main() {\n"
        "\tx := 0\n"
        "\tfor i := 0; i < 4000000000; i++ { x += i }\n"
        "\tprintln(x)\n"
        "}\n");
    Runner r = {0};
    r.paths = &path;
    r.npaths = 1;
    r.seed = 1;
    r.max_steps = 100000000000LL;
    runner_start(&r);
    runner_advance(&r, -1, 2000000);   /* as far as it goes, in 2ms of wall time */
    ok(!r.finished && r.snap && r.snap->now_ns > 0, "a busy loop is paused after the wall-time budget");
    ok(r.snap->now_ns < 2000000000LL, "long before it ends (t=%lldns)", (long long)r.snap->now_ns);
    int64_t t1 = r.snap->now_ns;
    ok(runner_back(&r) && r.snap->now_ns == 0, "back to the start");
    runner_advance(&r, -1, 2000000);
    ok(r.snap->now_ns > 0 && t1 > 0, "advancing again moves on");
    runner_free(&r);
}

static void test_output_kept(void)
{
    const char *path = write_go("loud.go",
        "package main\n"
        "import \"fmt\"\n"
        "func main() {\n"
        "\tfor i := 0; i < 60000; i++ { fmt.Println(\"line\", i, \"of a program that prints more than a megabyte\") }\n"
        "}\n");
    Runner r = {0};
    r.paths = &path;
    r.npaths = 1;
    runner_start(&r);
    uint64_t epoch = r.out_epoch;
    runner_advance(&r, -1, 10000000000LL);
    const char *out = buf_str(&r.out);
    ok(r.finished, "the loud program ends");
    ok(r.out.len <= (1 << 20), "at most a megabyte of output is kept (%zu bytes)", r.out.len);
    ok(strncmp(out, "[... earlier output dropped ...]\nline ", 38) == 0, "the oldest is dropped, from a line's start");
    ok(strstr(out, "line 59999 of a program") != NULL, "the newest line is kept");
    ok(r.out_epoch != epoch, "dropping output changes out_epoch (the pane rewraps)");
    runner_free(&r);
}

static void test_compile_error(void)
{
    const char *path = write_go("bad.go", "package main\n\nfunc main() {\n\tx := 1\n}\n");
    Runner r = {0};
    r.paths = &path;
    r.npaths = 1;
    r.edit_path = path;
    runner_start(&r);
    ok(!r.compiled && r.finished && r.status == 1, "a compile error ends the run with status 1");
    is_int(r.err_line, 4, "the error's line in the learner's copy");
    is_str(r.err_msg ? r.err_msg : "", "declared and not used: x", "the error's message");
    ok(strstr(buf_str(&r.out), "bad.go:4:2: declared and not used: x") != NULL, "the output has Go's message");
    runner_event(&r);
    ok(!runner_back(&r), "nothing to step or go back to");
    runner_free(&r);
}

static void test_groups(void)
{
    const char *path = write_go("crowd.go",
        "package main\n"
        "import (\"sync\"; \"time\")\n"
        "func waiter(c chan int) { <-c }\n"
        "func locker(mu *sync.Mutex) { mu.Lock() }\n"
        "func main() {\n"
        "\tc := make(chan int)\n"
        "\tvar mu sync.Mutex\n"
        "\tmu.Lock()\n"
        "\tfor i := 0; i < 1000; i++ { go waiter(c) }\n"
        "\tfor i := 0; i < 10; i++ { go locker(&mu) }\n"
        "\ttime.Sleep(time.Second)\n"
        "}\n");
    Runner r = {0};
    r.paths = &path;
    r.npaths = 1;
    r.seed = 1;
    runner_start(&r);
    runner_advance(&r, 500000000, 5000000000LL);
    Snapshot *s = r.snap;
    ok(s && s->ngs == 1011, "1011 goroutines live (%d)", s ? s->ngs : -1);
    GGroup *g = NULL;
    int n = ggroup_build(s, &g);
    is_int(n, 3, "three groups: waiters, lockers, main");
    is_int(g[0].count, 1000, "the biggest first: 1000 waiters");
    is_str(s->gs[g[0].first].func, "main.waiter", "grouped by function");
    is_str(s->gs[g[0].first].state, "chan receive", "and state");
    is_int(s->gs[g[0].first].line, 3, "and line");
    is_int(s->gs[g[0].first].id, 2, "represented by the oldest");
    is_int(g[0].max_wait_ns > 0, 1, "with their longest wait");
    is_int(g[1].count, 10, "then 10 lockers");
    is_str(s->gs[g[1].first].state, "sync.Mutex.Lock", "waiting in sync.Mutex.Lock");
    is_int(g[2].count, 1, "then main");
    is_str(s->gs[g[2].first].state, "sleep", "asleep");
    free(g);
    int *idx = malloc((size_t)s->ngs * sizeof *idx);
    int live = ggroup_order(s, idx);
    is_int(live, 1011, "every live goroutine is ordered");
    bool by_id = true;
    for (int i = 1; i < live; i++) by_id &= s->gs[idx[i - 1]].id < s->gs[idx[i]].id;
    ok(by_id, "all waiting: by id");
    free(idx);
    runner_advance(&r, -1, 5000000000LL);
    ok(r.finished, "the program ends");
    idx = malloc((size_t)r.snap->ngs * sizeof *idx + 1);
    live = ggroup_order(r.snap, idx);
    bool no_main = true;
    for (int i = 0; i < live; i++) no_main &= r.snap->gs[idx[i]].id != 1;
    ok(no_main && live == 1010, "after main returned it is not listed (%d listed)", live);
    free(idx);
    runner_free(&r);
}

static void test_watch(void)
{
    const char *path = write_go("w.go", "package main\n");
    FileStamp st = watch_stamp(path);
    ok(st.exists, "a stamp of an existing file");
    ok(!watch_changed(&st, path), "unchanged");
    write_go("w.go", "package main\n\nfunc main() {}\n");
    ok(watch_changed(&st, path), "a rewrite with new content is a change");
    ok(!watch_changed(&st, path), "and then unchanged again");
    unlink(path);
    ok(watch_changed(&st, path) && !st.exists, "removal is a change");
}

/* grade_wait polls a job to its end (as the lesson view does between frames). */
static GradeOutcome grade_wait(GradeJob *j)
{
    GradeOutcome o = {0};
    for (int i = 0; i < 3000 && !gradejob_poll(j, &o); i++) usleep(10000);
    return o;
}

static void test_gradejob(void)
{
    const char *srcdir = getenv("srcdir") ? getenv("srcdir") : ".";
    char packdir[600];
    snprintf(packdir, sizeof packdir, "%s/lessons/01-basics", srcdir);
    DiagList d;
    diag_init(&d, NULL);
    Pack *pack = pack_load(packdir, &d);
    diag_fini(&d);
    Lesson *l = pack ? pack_find(pack, "unclosed-channel") : NULL;
    if (!ok(l != NULL, "the bundled lesson 1 loads")) return;
    for (int sol = 0; sol < 2; sol++) {
        int n;
        const char **paths = lesson_program(l, NULL, sol, &n);
        char *why = NULL;
        GradeJob *j = gradejob_start(l, NULL, paths, n, &why);
        if (!ok(j != NULL, "grading starts in a child (%s)", why ? why : "")) continue;
        GradeOutcome o = grade_wait(j);
        if (sol) {
            is_int(o.verdict, GRADE_PASS, "the solution passes");
        } else {
            is_int(o.verdict, GRADE_FAIL, "the starter fails");
            if (!ok(o.message && strstr(o.message, "(settle, main.go:24)"), "the explanation names main.go:24"))
                diag("%s", o.message ? o.message : "(no message)");
            ok(o.replay.set && o.replay.race && o.replay.nargs > 0 && strncmp(o.replay.args[0], "-n=", 3) == 0,
               "the failure comes with its run: race on, the world's arguments (%s)",
               o.replay.nargs ? o.replay.args[0] : "none");
        }
        free(o.message);
        grade_replay_clear(&o.replay);
        free(paths);
    }
    int n;
    const char **paths = lesson_program(l, NULL, false, &n);
    char *why = NULL;
    GradeJob *j = gradejob_start(l, NULL, paths, n, &why);
    ok(j != NULL, "a second job starts");
    gradejob_cancel(j);
    ok(1, "and is cancelled without waiting for it");
    free(paths);
    pack_free(pack);
}

/* The lab runs and grades a lesson's program with its world sealed
 * (lab_files_seal): a learner's copy that reads a private world variable
 * does not compile there; the same files with no lesson do. */
static void test_world_sealed(void)
{
    const char *srcdir = getenv("srcdir") ? getenv("srcdir") : ".";
    char yaml[600], fix[600];
    snprintf(yaml, sizeof yaml, "%s/tests/cli/testdata/world/lesson.yaml", srcdir);
    snprintf(fix, sizeof fix, "%s/tests/cli/testdata/world/fixes/var.go", srcdir);
    DiagList d;
    diag_init(&d, NULL);
    Pack *pack = pack_load(yaml, &d);
    diag_fini(&d);
    Lesson *l = pack ? pack_lesson(pack, 1) : NULL;
    if (!ok(l != NULL && !l->broken, "the world-private test lesson loads")) return;
    const char *edits[] = {fix};
    int n;
    const char **paths = lesson_program(l, edits, false, &n);
    for (int sealed = 1; sealed >= 0; sealed--) {
        Runner r = {0};
        r.paths = paths;
        r.npaths = n;
        r.edit_path = fix;
        r.lesson = sealed ? l : NULL;
        runner_start(&r);
        if (sealed) {
            ok(!r.compiled && r.err_line == 7, "the lab: a private world variable is a compile error at line 7");
            ok(r.err_msg && strstr(r.err_msg, "db is private to the lesson's world (world.go:32:5)"),
               "naming the world's declaration (%s)", r.err_msg ? r.err_msg : "none");
        } else {
            ok(r.compiled, "no lesson: the same files compile");
        }
        runner_free(&r);
    }
    char *why = NULL;
    GradeJob *j = gradejob_start(l, NULL, paths, n, &why);
    if (ok(j != NULL, "grading starts (%s)", why ? why : "")) {
        GradeOutcome o = grade_wait(j);
        is_int(o.verdict, GRADE_FAIL, "the grade fails");
        if (!ok(o.message && strstr(o.message, "db is private to the lesson's world"), "with the compile error"))
            diag("%s", o.message ? o.message : "(no message)");
        free(o.message);
        grade_replay_clear(&o.replay);
    }
    free(paths);
    pack_free(pack);
}

/* md renders markdown and returns "text|roles" with roles as c (code), b (bold), . (plain) */
static char *md(const char *src)
{
    PaneText t = {0};
    lesson_markdown(src, &t);
    Buf b = BUF_INIT;
    buf_printf(&b, "%s|", t.text ? t.text : "");
    for (size_t i = 0; i < t.len; i++)
        buf_putc(&b, t.roles[i] == C_STRING ? 'c' : t.roles[i] == C_TITLE ? 'b' : '.');
    line_fini(&t);
    return buf_take(&b);
}

static void test_markdown(void)
{
    static const struct { const char *src, *want; } cases[] = {
        {"plain", "plain|....."},
        {"a `x := 1` b", "a x := 1 b|..cccccc.."},
        {"*and* or **all**", "and or all|bbb....bbb"},
        {"`chan *T` and *x*", "chan *T and x|ccccccc.....b"},
        {"a * b * c", "a * b * c|........."},
        {"2 * 3", "2 * 3|....."},
        {"lone ` tick", "lone ` tick|..........."},
        {"*open\nclose*", "*open\nclose*|............"},
        {"中文 `代码` 字", "中文 代码 字|.......cccccc...."},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *got = md(cases[i].src);
        is_str(got, cases[i].want, "markdown case %zu", i + 1);
        free(got);
    }
}

static void test_duration(void)
{
    static const struct { int64_t d; const char *want; } cases[] = {
        {0, "0ns"}, {999, "999ns"}, {1500, "1.5us"}, {999600, "1ms"}, {20000000, "20ms"},
        {999999999, "1s"}, {1250000000, "1.25s"}, {59000000000LL, "59s"}, {90000000000LL, "1m30s"},
        {7200000000000LL, "2h0m"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[40];
        view_duration(cases[i].d, out, sizeof out);
        is_str(out, cases[i].want, "duration %lldns", (long long)cases[i].d);
    }
}

/* Chinese wraps between characters, never leaving a space where none was,
 * and no line starts with a closing mark. */
static void test_break(void)
{
    const char *zh = "如果发送方发完就走，所有接收方都会阻塞";
    size_t n = strlen("如果发送方发完就走");   /* the next character is the comma */
    size_t k = crt_break(zh, n);
    is_int((int)k, (int)strlen("如果发送方发完就"), "no line starts with ，");
    const char *mix = "未关闭的 channel：永远结束不了的 range";
    n = strlen("未关闭的 channel：永远结束不了的");
    is_int((int)crt_break(mix, n), (int)n, "a space is still a break");
    const char *cut = "等待接收的 goroutine 堆积";
    n = strlen("等待接收的 gorou");
    is_int((int)crt_break(cut, n), (int)strlen("等待接收的"), "not inside an English word");
    const char *en = "the quick brown fox jumps";
    n = strlen("the quick brown fo");
    is_int((int)crt_break(en, n), (int)strlen("the quick brown"), "English breaks at the last space");
    const char *han = "一二三四五六七八九十";
    n = strlen("一二三四五六");
    is_int((int)crt_break(han, n), (int)n, "between two characters: where it fills the line");
}

int main(void)
{
    if (!mkdtemp(dir)) { perror("mkdtemp"); return 1; }
    plan_lazy();
    test_back();
    test_narrate();
    test_narrate_zh();
    test_timeline();
    test_timeline_full();
    test_bounded();
    test_compile_error();
    test_output_kept();
    test_groups();
    test_watch();
    test_markdown();
    test_duration();
    test_gradejob();
    test_world_sealed();
    test_break();
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) diag("could not remove %s", dir);
    return done_testing();
}
